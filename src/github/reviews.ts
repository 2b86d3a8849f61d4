import type { components } from '@octokit/openapi-types'
import { InvalidInput, UpstreamInvalid } from '../errors'
import * as define from '../operations/definition'
import { apiPath, callApi, type GitHubContext } from './api'
import { repositoryDictionary, type DictionaryPage } from './dictionary'
import {
  choice,
  listOptions,
  optionalCommitSha,
  optionalInteger,
  optionalString,
  optionalText,
  repository,
  repositoryPath,
  requiredInteger,
  type RepositoryRef,
} from './input'
import { listAll, type ListResult } from './pagination'
import * as param from './params'

/**
 * Code review beyond creating a review: review comments on lines of the diff, replies, dismissing and submitting
 * reviews. https://docs.github.com/en/rest/pulls/reviews and https://docs.github.com/en/rest/pulls/comments
 */

type Review = components['schemas']['pull-request-review']
type ReviewComment = components['schemas']['pull-request-review-comment']

const MAX_BODY = 65536
const MAX_NUMBER = 2 ** 31 - 1
const SUBMIT_EVENTS = { Approve: 'APPROVE', 'Request Changes': 'REQUEST_CHANGES', Comment: 'COMMENT' } as const
const SIDES = { 'New code (right)': 'RIGHT', 'Old code (left)': 'LEFT' } as const

const pullOf = (value: unknown): number => requiredInteger(value, 'pullNumber', 1, MAX_NUMBER)
const describePull = (ref: RepositoryRef, number: number): string => `pull request #${number} in ${ref.owner}/${ref.repo}`

function requiredBody(value: unknown): string {
  const text = optionalText(value, 'body', MAX_BODY)
  if (text === undefined || text.trim() === '') throw new InvalidInput('body', 'is required: the text, in GitHub Markdown.')
  return text
}

export interface ReviewInput {
  repository: unknown
  pullNumber: unknown
  reviewId: unknown
}

/** PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals */
export async function dismissReview(github: GitHubContext, input: ReviewInput & { message: unknown }): Promise<Review> {
  const ref = repository(input.repository)
  const number = pullOf(input.pullNumber)
  const id = requiredInteger(input.reviewId, 'reviewId')
  const message = optionalString(input.message, 'message', 1000)
  if (message === undefined) throw new InvalidInput('message', 'is required: why the review is dismissed (GitHub shows it).')
  const path = apiPath`/repos/${ref.owner}/${ref.repo}/pulls/${number}/reviews/${id}/dismissals`
  const subject = `review ${id} of ${describePull(ref, number)}`
  return (await callApi(github, { operation: 'pulls/dismiss-review', method: 'PUT', path, body: { message, event: 'DISMISS' }, subject }))
    .data
}

/** POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/events: a pending review becomes visible. */
export async function submitReview(github: GitHubContext, input: ReviewInput & { event: unknown; body: unknown }): Promise<Review> {
  const ref = repository(input.repository)
  const number = pullOf(input.pullNumber)
  const id = requiredInteger(input.reviewId, 'reviewId')
  const event = choice(input.event, 'event', SUBMIT_EVENTS)
  if (event === undefined) throw new InvalidInput('event', 'is required: Approve, Request Changes or Comment.')
  const text = optionalText(input.body, 'body', MAX_BODY)
  const path = apiPath`/repos/${ref.owner}/${ref.repo}/pulls/${number}/reviews/${id}/events`
  const subject = `pending review ${id} of ${describePull(ref, number)}`
  const body = { event, ...(text !== undefined && { body: text }) }
  return (await callApi(github, { operation: 'pulls/submit-review', method: 'POST', path, body, subject })).data
}

export interface CreateReviewCommentInput {
  repository: unknown
  pullNumber: unknown
  body: unknown
  path: unknown
  line: unknown
  startLine: unknown
  side: unknown
  commitId: unknown
}

/**
 * POST /repos/{owner}/{repo}/pulls/{pull_number}/comments: on a line (Line), a range (Start Line to Line) or the whole
 * file (no Line). The commit defaults to the pull request's head, which is what a person reviewing sees.
 */
export async function createReviewComment(github: GitHubContext, input: CreateReviewCommentInput): Promise<ReviewComment> {
  const ref = repository(input.repository)
  const number = pullOf(input.pullNumber)
  const body = requiredBody(input.body)
  const path = repositoryPath(input.path, 'path')
  const line = optionalInteger(input.line, 'line', 1, MAX_NUMBER)
  const startLine = optionalInteger(input.startLine, 'startLine', 1, MAX_NUMBER)
  const side = choice(input.side, 'side', SIDES)
  if (startLine !== undefined && (line === undefined || startLine >= line)) {
    throw new InvalidInput('startLine', 'must come before Line: a range is Start Line to Line (give Line too).')
  }
  let commitId = optionalCommitSha(input.commitId, 'commitId')
  if (commitId === undefined) {
    const pullPath = apiPath`/repos/${ref.owner}/${ref.repo}/pulls/${number}`
    const pull = await callApi(github, { operation: 'pulls/get', method: 'GET', path: pullPath, subject: describePull(ref, number) })
    // Read defensively: an answer without the head (not GitHub's) must not pass as a commit.
    const head = (pull.data as Partial<typeof pull.data>).head?.sha
    if (!head)
      throw new UpstreamInvalid(`GitHub answered ${describePull(ref, number)} without its head commit. Give Commit SHA, or try again.`)
    commitId = head
  }
  const request =
    line === undefined
      ? { body, commit_id: commitId, path, subject_type: 'file' as const }
      : {
          body,
          commit_id: commitId,
          path,
          line,
          side: side ?? 'RIGHT',
          ...(startLine !== undefined && { start_line: startLine, start_side: side ?? 'RIGHT' }),
        }
  const subject = `a review comment on ${path} in ${describePull(ref, number)}`
  const apiPathValue = apiPath`/repos/${ref.owner}/${ref.repo}/pulls/${number}/comments`
  return (await callApi(github, { operation: 'pulls/create-review-comment', method: 'POST', path: apiPathValue, body: request, subject }))
    .data
}

/** GET /repos/{owner}/{repo}/pulls/{pull_number}/comments, oldest first. */
export async function listReviewComments(
  github: GitHubContext,
  input: { repository: unknown; pullNumber: unknown; fetchAll: unknown; limit: unknown; cursor: unknown },
): Promise<ListResult<ReviewComment>> {
  const ref = repository(input.repository)
  const number = pullOf(input.pullNumber)
  const call = {
    operation: 'pulls/list-review-comments' as const,
    method: 'GET' as const,
    path: apiPath`/repos/${ref.owner}/${ref.repo}/pulls/${number}/comments`,
    query: { sort: 'created' as const, direction: 'asc' as const },
    subject: `the review comments of ${describePull(ref, number)}`,
  }
  return listAll(github, call, listOptions(input.fetchAll, input.limit, input.cursor))
}

/** POST /repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies: the reply joins the comment's thread. */
export async function replyToReviewComment(
  github: GitHubContext,
  input: { repository: unknown; pullNumber: unknown; commentId: unknown; body: unknown },
): Promise<ReviewComment> {
  const ref = repository(input.repository)
  const number = pullOf(input.pullNumber)
  const id = requiredInteger(input.commentId, 'commentId')
  const body = requiredBody(input.body)
  const path = apiPath`/repos/${ref.owner}/${ref.repo}/pulls/${number}/comments/${id}/replies`
  const subject = `review comment ${id} of ${describePull(ref, number)}`
  return (await callApi(github, { operation: 'pulls/create-reply-for-review-comment', method: 'POST', path, body: { body }, subject })).data
}

/** The reviews of the picked pull request: value is the review id, the label its author and state. */
export async function getReviewsDictionary(github: GitHubContext, payload: unknown): Promise<DictionaryPage> {
  return repositoryDictionary<Review>(github, payload, (ref, criteria) => {
    const number = optionalInteger(criteria['pullNumber'], 'pullNumber', 1, MAX_NUMBER)
    if (number === undefined) return undefined
    return {
      call: {
        operation: 'pulls/list-reviews',
        method: 'GET',
        path: apiPath`/repos/${ref.owner}/${ref.repo}/pulls/${number}/reviews`,
        subject: `the reviews of ${describePull(ref, number)}`,
      },
      item: (review) => ({
        label: `${review.user?.login ?? 'ghost'}: ${review.state.toLowerCase().replace(/_/g, ' ')}`,
        value: Number(review.id),
        note: review.submitted_at?.slice(0, 16).replace('T', ' ') ?? 'not submitted',
      }),
      searched: (review) => [review.user?.login, review.state, review.body],
    }
  })
}

// ── Operations ───────────────────────────────────────────────────────────────

const REVIEW_SAMPLE = {
  id: 80,
  node_id: 'MDE3OlB1bGxSZXF1ZXN0UmV2aWV3ODA=',
  user: { login: 'octocat', id: 1, type: 'User' },
  body: 'Here is the body for the review.',
  state: 'DISMISSED',
  html_url: 'https://github.com/octocat/Hello-World/pull/12#pullrequestreview-80',
  pull_request_url: 'https://api.github.com/repos/octocat/Hello-World/pulls/12',
  submitted_at: '2019-11-17T17:43:43Z',
  commit_id: 'ecdd80bb57125d7ba9641ffaa4d7d2c19d3f3091',
  author_association: 'COLLABORATOR',
} as const

const REVIEW_COMMENT_SAMPLE = {
  url: 'https://api.github.com/repos/octocat/Hello-World/pulls/comments/1',
  pull_request_review_id: 42,
  id: 10,
  diff_hunk: '@@ -16,33 +16,40 @@ public class Connection : IConnection...',
  path: 'file1.txt',
  commit_id: '6dcb09b5b57875f334f61aebed695e2e4193db5e',
  original_commit_id: '9c48853fa3dc5c1c3d6f1f1cd1f2743e72652840',
  in_reply_to_id: 8,
  user: { login: 'octocat', id: 1, type: 'User' },
  body: 'Great stuff!',
  created_at: '2011-04-14T16:00:49Z',
  updated_at: '2011-04-14T16:00:49Z',
  html_url: 'https://github.com/octocat/Hello-World/pull/1#discussion-diff-1',
  pull_request_url: 'https://api.github.com/repos/octocat/Hello-World/pulls/1',
  author_association: 'NONE',
  start_line: 1,
  original_start_line: 1,
  start_side: 'RIGHT',
  line: 2,
  original_line: 2,
  side: 'RIGHT',
} as const

const reviewIdParam = {
  type: 'Number',
  label: 'Review',
  name: 'reviewId',
  required: true,
  dictionary: 'getReviewsDictionary',
  dependsOn: ['repository', 'pullNumber'],
  description: "The review's id (pick it from the list, or take it from List Pull Request Reviews).",
} as const
const bodyParam = (description: string) =>
  ({ type: 'String', label: 'Body', name: 'body', required: true, uiComponent: { type: 'MULTI_LINE_TEXT' }, description }) as const
const WRITE = { scope: 'repo', permission: 'Pull requests: write' } as const

export const definitions = {
  dismissReview: define.action({
    label: 'Dismiss Review',
    route: 'PUT /dismiss-review',
    category: 'Pull Requests',
    description:
      "Dismisses an approving or change-requesting review, with a message saying why (it then no longer counts for branch protection). Needs admin rights, or write access when the repository's settings allow it. Returns the dismissed review.",
    requires: WRITE,
    params: [
      param.repository,
      param.pullNumber,
      reviewIdParam,
      { type: 'String', label: 'Message', name: 'message', required: true, description: 'Why the review is dismissed; GitHub shows it.' },
    ],
    sample: REVIEW_SAMPLE,
    run: dismissReview,
  }),
  submitReview: define.action({
    label: 'Submit Pending Review',
    route: 'POST /submit-review',
    category: 'Pull Requests',
    description:
      'Submits a pending review of the connected account (one started on GitHub or by another tool) as an approval, a change request or a comment; its line comments become visible with it. Returns the submitted review.',
    requires: WRITE,
    params: [
      param.repository,
      param.pullNumber,
      reviewIdParam,
      {
        type: 'String',
        label: 'Event',
        name: 'event',
        required: true,
        uiComponent: { type: 'DROPDOWN', options: { values: Object.keys(SUBMIT_EVENTS) } },
        description: 'What the review says.',
      },
      {
        type: 'String',
        label: 'Body',
        name: 'body',
        uiComponent: { type: 'MULTI_LINE_TEXT' },
        description: "The review's text (required for Request Changes and Comment unless the pending review has one).",
      },
    ],
    sample: { ...REVIEW_SAMPLE, state: 'APPROVED' },
    run: submitReview,
  }),
  createReviewComment: define.action({
    label: 'Create Review Comment',
    route: 'POST /create-review-comment',
    category: 'Pull Requests',
    description:
      "Comments on a pull request's diff: on one line (Line), on a range (Start Line to Line), or on the whole file (no Line), of the new or the old code, at the pull request's head unless a commit is given. Returns the comment.",
    requires: WRITE,
    params: [
      param.repository,
      param.pullNumber,
      bodyParam('The comment, in GitHub Markdown.'),
      { type: 'String', label: 'File Path', name: 'path', required: true, description: 'The file the comment is on, e.g. src/app.ts.' },
      {
        type: 'Number',
        label: 'Line',
        name: 'line',
        uiComponent: { type: 'NUMERIC' },
        description: 'The line in the file (the last line of a range). Empty: a comment on the whole file.',
      },
      {
        type: 'Number',
        label: 'Start Line',
        name: 'startLine',
        uiComponent: { type: 'NUMERIC' },
        description: 'For a range: its first line (before Line).',
      },
      {
        type: 'String',
        label: 'Side',
        name: 'side',
        uiComponent: { type: 'DROPDOWN', options: { values: Object.keys(SIDES) } },
        description: 'Which version of the file the line numbers refer to. Empty: the new code.',
      },
      {
        type: 'String',
        label: 'Commit SHA',
        name: 'commitId',
        description: "The commit the line numbers refer to (full SHA). Empty: the pull request's head.",
      },
    ],
    sample: REVIEW_COMMENT_SAMPLE,
    run: createReviewComment,
  }),
  listReviewComments: define.action({
    label: 'List Review Comments',
    route: 'GET /list-review-comments',
    category: 'Pull Requests',
    description:
      "Lists the comments on a pull request's diff, oldest first, each with its file, lines, author and the comment it replies to. Returns the comments and a cursor for the next page.",
    requires: { scope: 'repo', permission: 'Pull requests: read' },
    params: [param.repository, param.pullNumber, param.fetchAll, param.limit, param.cursor],
    sample: { items: [REVIEW_COMMENT_SAMPLE], nextCursor: null },
    run: listReviewComments,
  }),
  replyToReviewComment: define.action({
    label: 'Reply to Review Comment',
    route: 'POST /reply-to-review-comment',
    category: 'Pull Requests',
    description: "Replies in a review comment's thread (a reply to a reply joins the same thread). Returns the reply.",
    requires: WRITE,
    params: [
      param.repository,
      param.pullNumber,
      {
        type: 'Number',
        label: 'Comment ID',
        name: 'commentId',
        required: true,
        uiComponent: { type: 'NUMERIC' },
        description: "The review comment's id, e.g. from List Review Comments.",
      },
      bodyParam('The reply, in GitHub Markdown.'),
    ],
    sample: REVIEW_COMMENT_SAMPLE,
    run: replyToReviewComment,
  }),
  getReviewsDictionary: define.dictionary({
    label: 'Get Reviews Dictionary',
    route: 'POST /get-reviews-dictionary',
    description:
      'Lists the reviews of the selected pull request for picking: value is the review id, the label its author and state, the note when it was submitted. Search filters authors, states and texts.',
    requires: { scope: 'repo', permission: 'Pull requests: read' },
    params: [
      {
        type: 'Object',
        label: 'Payload',
        name: 'payload',
        description: 'Search text, cursor, and criteria.repository and criteria.pullNumber (the selected pull request).',
      },
    ],
    sample: { items: [{ label: 'octocat: approved', value: 80, note: '2019-11-17 17:43' }], cursor: null },
    run: (github: GitHubContext, { payload }) => getReviewsDictionary(github, payload),
  }),
}
