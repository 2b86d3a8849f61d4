import type { components, operations } from '@octokit/openapi-types'
import { Conflict, InvalidInput, ValidationFailed } from '../errors'
import { apiPath, callApi, capitalise, githubSaid, type GitHubContext } from './api'
import {
  choice,
  isLogin,
  listOptions,
  loginList,
  optionalCommitSha,
  optionalBoolean,
  optionalRef,
  optionalString,
  optionalStringList,
  optionalText,
  repository,
  type RepositoryRef,
  requiredInteger,
  requiredRef,
  requiredString,
} from './input'
import { listAll, type ListResult } from './pagination'
import { COMMIT_SAMPLE } from './commits'
import { repositoryDictionary, type DictionaryPage } from './dictionary'
import * as define from '../operations/definition'
import * as param from './params'

/** Pull requests: https://docs.github.com/en/rest/pulls */

type PullRequest = components['schemas']['pull-request']
type PullRequestSimple = components['schemas']['pull-request-simple']
type DiffEntry = components['schemas']['diff-entry']
type MergeResult = components['schemas']['pull-request-merge-result']
type Review = components['schemas']['pull-request-review']
type Commit = components['schemas']['commit']
type CreateBody = operations['pulls/create']['requestBody']['content']['application/json']
type UpdateBody = NonNullable<operations['pulls/update']['requestBody']>['content']['application/json']
type ListQuery = NonNullable<operations['pulls/list']['parameters']['query']>
type MergeBody = NonNullable<NonNullable<operations['pulls/merge']['requestBody']>['content']['application/json']>
type ReviewersBody = NonNullable<operations['pulls/request-reviewers']['requestBody']>['content']['application/json']
type ReviewBody = NonNullable<operations['pulls/create-review']['requestBody']>['content']['application/json']

/** GitHub's limits: titles of 256 characters, bodies of 65536; PR numbers are 32-bit. */
const MAX_TITLE_LENGTH = 256
const MAX_BODY_LENGTH = 65536
const MAX_PULL_NUMBER = 2 ** 31 - 1
const MAX_REVIEWERS = 100
const TEAM_SLUG = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/

export interface CreatePullRequestInput {
  repository: unknown
  head: unknown
  base: unknown
  title: unknown
  body: unknown
  draft: unknown
  maintainerCanModify: unknown
}

/** POST /repos/{owner}/{repo}/pulls: https://docs.github.com/en/rest/pulls/pulls#create-a-pull-request */
export async function createPullRequest(github: GitHubContext, input: CreatePullRequestInput): Promise<PullRequest> {
  return openPullRequest(github, repository(input.repository), pullRequestBody(input))
}

function pullRequestBody(input: CreatePullRequestInput): CreateBody {
  const body: CreateBody = {
    head: headRef(input.head, 'head'),
    base: requiredRef(input.base, 'base'),
    title: requiredString(input.title, 'title', MAX_TITLE_LENGTH),
  }
  const text = optionalText(input.body, 'body', MAX_BODY_LENGTH)
  const draft = optionalBoolean(input.draft, 'draft')
  const maintainerCanModify = optionalBoolean(input.maintainerCanModify, 'maintainerCanModify')
  if (text !== undefined) body.body = text
  if (draft !== undefined) body.draft = draft
  if (maintainerCanModify !== undefined) body.maintainer_can_modify = maintainerCanModify
  return body
}

async function openPullRequest(github: GitHubContext, { owner, repo }: RepositoryRef, body: CreateBody): Promise<PullRequest> {
  const { data } = await callApi(github, {
    operation: 'pulls/create',
    method: 'POST',
    path: apiPath`/repos/${owner}/${repo}/pulls`,
    body,
    subject: `a new pull request from "${body.head}" into "${body.base}" in ${owner}/${repo}`,
  })
  return data
}

export interface PullRequestInput {
  repository: unknown
  pullNumber: unknown
}

/** GET /repos/{owner}/{repo}/pulls/{pull_number}: https://docs.github.com/en/rest/pulls/pulls#get-a-pull-request */
export async function getPullRequest(github: GitHubContext, input: PullRequestInput): Promise<PullRequest> {
  const { owner, repo } = repository(input.repository)
  const number = pullNumber(input.pullNumber)
  const { data } = await callApi(github, {
    operation: 'pulls/get',
    method: 'GET',
    path: apiPath`/repos/${owner}/${repo}/pulls/${number}`,
    subject: describePull({ owner, repo }, number),
  })
  return data
}

export interface ListPullRequestsInput {
  repository: unknown
  state: unknown
  head: unknown
  base: unknown
  sort: unknown
  direction: unknown
  fetchAll: unknown
  limit: unknown
  cursor: unknown
}

/** GET /repos/{owner}/{repo}/pulls: https://docs.github.com/en/rest/pulls/pulls#list-pull-requests */
const LIST_STATES = { Open: 'open', Closed: 'closed', All: 'all' } as const
const LIST_SORTS = { Created: 'created', Updated: 'updated', Popularity: 'popularity', 'Long-running': 'long-running' } as const
const DIRECTIONS = { Descending: 'desc', Ascending: 'asc' } as const
const MERGE_METHODS = { Merge: 'merge', Squash: 'squash', Rebase: 'rebase' } as const
const UPDATE_STATES = { Open: 'open', Closed: 'closed' } as const
const REVIEW_EVENTS = { Approve: 'APPROVE', 'Request Changes': 'REQUEST_CHANGES', Comment: 'COMMENT' } as const

export async function listPullRequests(github: GitHubContext, input: ListPullRequestsInput): Promise<ListResult<PullRequestSimple>> {
  const { owner, repo } = repository(input.repository)
  const head = optionalHeadRef(input.head, 'head')
  const query: ListQuery = {
    state: choice(input.state, 'state', LIST_STATES),
    // GitHub filters head only as "owner:branch"; a bare branch name means this repository's owner.
    head: head === undefined || head.includes(':') ? head : `${owner}:${head}`,
    base: optionalRef(input.base, 'base'),
    sort: choice(input.sort, 'sort', LIST_SORTS),
    direction: choice(input.direction, 'direction', DIRECTIONS),
  }
  const options = listOptions(input.fetchAll, input.limit, input.cursor)
  return listAll(
    github,
    {
      operation: 'pulls/list',
      method: 'GET',
      path: apiPath`/repos/${owner}/${repo}/pulls`,
      query,
      subject: `the pull requests of ${owner}/${repo}`,
    },
    options,
  )
}

export interface MergePullRequestInput extends PullRequestInput {
  mergeMethod: unknown
  commitTitle: unknown
  commitMessage: unknown
  sha: unknown
}

/** PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge: https://docs.github.com/en/rest/pulls/pulls#merge-a-pull-request */
export async function mergePullRequest(github: GitHubContext, input: MergePullRequestInput): Promise<MergeResult> {
  const ref = repository(input.repository)
  const number = pullNumber(input.pullNumber)
  const sha = optionalCommitSha(input.sha, 'sha')
  const body: MergeBody = {
    merge_method: choice(input.mergeMethod, 'mergeMethod', MERGE_METHODS) ?? 'merge',
  }
  const commitTitle = optionalString(input.commitTitle, 'commitTitle', 1024)
  const commitMessage = optionalText(input.commitMessage, 'commitMessage', MAX_BODY_LENGTH)
  if (commitTitle !== undefined) body.commit_title = commitTitle
  if (commitMessage !== undefined) body.commit_message = commitMessage
  if (sha !== undefined) body.sha = sha
  try {
    const { data } = await callApi(github, {
      operation: 'pulls/merge',
      method: 'PUT',
      path: apiPath`/repos/${ref.owner}/${ref.repo}/pulls/${number}/merge`,
      body,
      subject: `the merge of ${describePull(ref, number)}`,
    })
    return data
  } catch (error) {
    throw explainMergeFailure(error, ref, number, sha)
  }
}

export interface RequestReviewersInput extends PullRequestInput {
  reviewers: unknown
  teamReviewers: unknown
}

/** POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers: https://docs.github.com/en/rest/pulls/review-requests#request-reviewers-for-a-pull-request */
export async function requestReviewers(github: GitHubContext, input: RequestReviewersInput): Promise<PullRequestSimple> {
  const ref = repository(input.repository)
  const number = pullNumber(input.pullNumber)
  const body = reviewersBody(input)
  try {
    const { data } = await callApi(github, {
      operation: 'pulls/request-reviewers',
      method: 'POST',
      path: apiPath`/repos/${ref.owner}/${ref.repo}/pulls/${number}/requested_reviewers`,
      body,
      subject: `the review request on ${describePull(ref, number)}`,
    })
    return data
  } catch (error) {
    if (error instanceof ValidationFailed) {
      throw new ValidationFailed(
        `${error.message} Reviewers must be collaborators of ${ref.owner}/${ref.repo} (teams: teams of its organisation with access to it), and the author of the pull request cannot review it.`,
      )
    }
    throw error
  }
}

/** DELETE /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers: https://docs.github.com/en/rest/pulls/review-requests#remove-requested-reviewers-from-a-pull-request */
export async function removeRequestedReviewers(github: GitHubContext, input: RequestReviewersInput): Promise<PullRequestSimple> {
  const ref = repository(input.repository)
  const number = pullNumber(input.pullNumber)
  const { reviewers = [], team_reviewers } = reviewersBody(input)
  const { data } = await callApi(github, {
    operation: 'pulls/remove-requested-reviewers',
    method: 'DELETE',
    path: apiPath`/repos/${ref.owner}/${ref.repo}/pulls/${number}/requested_reviewers`,
    // GitHub's description requires the reviewers field, even when only teams are removed.
    body: { reviewers, ...(team_reviewers && { team_reviewers }) },
    subject: `the review requests on ${describePull(ref, number)}`,
  })
  return data
}

function reviewersBody(input: RequestReviewersInput): ReviewersBody {
  const reviewers = loginList(input.reviewers, 'reviewers', MAX_REVIEWERS)
  const teams = optionalStringList(input.teamReviewers, 'teamReviewers', MAX_REVIEWERS, 100)
  if (!reviewers?.length && !teams?.length) {
    throw new InvalidInput('reviewers', 'give at least one reviewer login, or a team slug in Team Reviewers.')
  }
  const wrongLogin = reviewers?.find((login) => !isLogin(login))
  if (wrongLogin !== undefined)
    throw new InvalidInput('reviewers', `contains "${wrongLogin}", which is not a GitHub login such as "octocat".`)
  const wrongTeam = teams?.find((slug) => !TEAM_SLUG.test(slug))
  if (wrongTeam !== undefined) {
    throw new InvalidInput(
      'teamReviewers',
      `contains "${wrongTeam}", which is not a team slug such as "justice-league" (without the organisation).`,
    )
  }
  return { ...(reviewers?.length && { reviewers }), ...(teams?.length && { team_reviewers: teams }) }
}

export interface ListPullRequestPageInput extends PullRequestInput {
  fetchAll: unknown
  limit: unknown
  cursor: unknown
}

/** GET /repos/{owner}/{repo}/pulls/{pull_number}/files: https://docs.github.com/en/rest/pulls/pulls#list-pull-requests-files */
export async function listPullRequestFiles(github: GitHubContext, input: ListPullRequestPageInput): Promise<ListResult<DiffEntry>> {
  const ref = repository(input.repository)
  const number = pullNumber(input.pullNumber)
  const options = listOptions(input.fetchAll, input.limit, input.cursor)
  return listAll(
    github,
    {
      operation: 'pulls/list-files',
      method: 'GET',
      path: apiPath`/repos/${ref.owner}/${ref.repo}/pulls/${number}/files`,
      subject: `the files of ${describePull(ref, number)}`,
    },
    options,
  )
}

export interface UpdatePullRequestInput extends PullRequestInput {
  title: unknown
  body: unknown
  state: unknown
  base: unknown
  maintainerCanModify: unknown
}

/** PATCH /repos/{owner}/{repo}/pulls/{pull_number}: https://docs.github.com/en/rest/pulls/pulls#update-a-pull-request */
export async function updatePullRequest(github: GitHubContext, input: UpdatePullRequestInput): Promise<PullRequest> {
  const ref = repository(input.repository)
  const number = pullNumber(input.pullNumber)
  const body: UpdateBody = {}
  const title = optionalString(input.title, 'title', MAX_TITLE_LENGTH)
  const text = optionalText(input.body, 'body', MAX_BODY_LENGTH)
  const state = choice(input.state, 'state', UPDATE_STATES)
  const base = optionalRef(input.base, 'base')
  const maintainerCanModify = optionalBoolean(input.maintainerCanModify, 'maintainerCanModify')
  if (title !== undefined) body.title = title
  if (text !== undefined) body.body = text
  if (state !== undefined) body.state = state
  if (base !== undefined) body.base = base
  if (maintainerCanModify !== undefined) body.maintainer_can_modify = maintainerCanModify
  if (Object.keys(body).length === 0) {
    throw new InvalidInput('title', 'nothing to update: give at least one of Title, Body, State, Base Branch or Maintainers Can Modify.')
  }
  const { data } = await callApi(github, {
    operation: 'pulls/update',
    method: 'PATCH',
    path: apiPath`/repos/${ref.owner}/${ref.repo}/pulls/${number}`,
    body,
    subject: describePull(ref, number),
  })
  return data
}

export interface CreatePullRequestReviewInput extends PullRequestInput {
  event: unknown
  body: unknown
  commitId: unknown
}

/** POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews: https://docs.github.com/en/rest/pulls/reviews#create-a-review-for-a-pull-request */
export async function createPullRequestReview(github: GitHubContext, input: CreatePullRequestReviewInput): Promise<Review> {
  const ref = repository(input.repository)
  const number = pullNumber(input.pullNumber)
  const event = choice(input.event, 'event', REVIEW_EVENTS)
  // Without an event GitHub leaves the review PENDING (invisible until submitted): never what a flow means.
  if (event === undefined) throw new InvalidInput('event', 'is required: Approve, Request Changes or Comment.')
  const text = optionalText(input.body, 'body', MAX_BODY_LENGTH)
  if (event !== 'APPROVE' && (text === undefined || text.trim() === '')) {
    throw new InvalidInput('body', 'is required when the review requests changes or comments.')
  }
  const commitId = optionalCommitSha(input.commitId, 'commitId')
  const body: ReviewBody = { event }
  if (text !== undefined) body.body = text
  if (commitId !== undefined) body.commit_id = commitId
  const { data } = await callApi(github, {
    operation: 'pulls/create-review',
    method: 'POST',
    path: apiPath`/repos/${ref.owner}/${ref.repo}/pulls/${number}/reviews`,
    body,
    subject: `a review of ${describePull(ref, number)}`,
  })
  return data
}

/** GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews: https://docs.github.com/en/rest/pulls/reviews#list-reviews-for-a-pull-request */
export async function listPullRequestReviews(github: GitHubContext, input: ListPullRequestPageInput): Promise<ListResult<Review>> {
  const ref = repository(input.repository)
  const number = pullNumber(input.pullNumber)
  const options = listOptions(input.fetchAll, input.limit, input.cursor)
  return listAll(
    github,
    {
      operation: 'pulls/list-reviews',
      method: 'GET',
      path: apiPath`/repos/${ref.owner}/${ref.repo}/pulls/${number}/reviews`,
      subject: `the reviews of ${describePull(ref, number)}`,
    },
    options,
  )
}

/** GET /repos/{owner}/{repo}/pulls/{pull_number}/commits: https://docs.github.com/en/rest/pulls/pulls#list-commits-on-a-pull-request */
export async function listPullRequestCommits(github: GitHubContext, input: ListPullRequestPageInput): Promise<ListResult<Commit>> {
  const ref = repository(input.repository)
  const number = pullNumber(input.pullNumber)
  const call = {
    operation: 'pulls/list-commits' as const,
    method: 'GET' as const,
    path: apiPath`/repos/${ref.owner}/${ref.repo}/pulls/${number}/commits`,
    subject: `the commits of ${describePull(ref, number)}`,
  }
  return listAll(github, call, listOptions(input.fetchAll, input.limit, input.cursor))
}

/**
 * PUT /repos/{owner}/{repo}/pulls/{pull_number}/update-branch: merges the base branch into the head branch, as the
 * "Update branch" button does. GitHub does it in the background (202). https://docs.github.com/en/rest/pulls/pulls#update-a-pull-request-branch
 */
export async function updatePullRequestBranch(
  github: GitHubContext,
  input: PullRequestInput & { expectedHeadSha: unknown },
): Promise<{ repository: string; pullNumber: number; message: string; url: string }> {
  const ref = repository(input.repository)
  const number = pullNumber(input.pullNumber)
  const expected = optionalCommitSha(input.expectedHeadSha, 'expectedHeadSha')
  const { data } = await callApi(github, {
    operation: 'pulls/update-branch',
    method: 'PUT',
    path: apiPath`/repos/${ref.owner}/${ref.repo}/pulls/${number}/update-branch`,
    body: expected === undefined ? {} : { expected_head_sha: expected },
    subject: `the head branch of ${describePull(ref, number)}`,
  })
  return { repository: `${ref.owner}/${ref.repo}`, pullNumber: number, message: data.message ?? '', url: data.url ?? '' }
}

/**
 * The open pull request from Head into Base, or a new one when there is none. A pull request opened by someone else
 * at the same moment is found, not duplicated (GitHub refuses a second one; the search then runs again).
 */
export async function findOrCreatePullRequest(
  github: GitHubContext,
  input: CreatePullRequestInput,
): Promise<{ created: boolean; pullRequest: PullRequest }> {
  const ref = repository(input.repository)
  // Everything is checked before the search, so that a bad value never leaves a half-done run.
  const body = pullRequestBody(input)
  const { head, base } = body
  const find = async (): Promise<PullRequest | undefined> => {
    const { data } = await callApi(github, {
      operation: 'pulls/list',
      method: 'GET',
      path: apiPath`/repos/${ref.owner}/${ref.repo}/pulls`,
      query: { state: 'open', head: head.includes(':') ? head : `${ref.owner}:${head}`, base, per_page: 1 },
      subject: `the open pull requests from "${head}" into "${base}" in ${ref.owner}/${ref.repo}`,
    })
    const found = Array.isArray(data) ? data[0] : undefined
    return found && getPullRequest(github, { repository: `${ref.owner}/${ref.repo}`, pullNumber: found.number })
  }
  const existing = await find()
  if (existing) return { created: false, pullRequest: existing }
  try {
    return { created: true, pullRequest: await openPullRequest(github, ref, body) }
  } catch (error) {
    const raced = error instanceof ValidationFailed ? await find() : undefined
    if (raced) return { created: false, pullRequest: raced }
    throw error
  }
}

/** The open pull requests of the picked repository, newest first: value is the number. */
export async function getPullRequestsDictionary(github: GitHubContext, payload: unknown): Promise<DictionaryPage> {
  return repositoryDictionary<PullRequestSimple>(github, payload, (ref) => ({
    call: {
      operation: 'pulls/list',
      method: 'GET',
      path: apiPath`/repos/${ref.owner}/${ref.repo}/pulls`,
      query: { state: 'open', sort: 'created', direction: 'desc' },
      subject: `the open pull requests of ${ref.owner}/${ref.repo}`,
    },
    item: (pull) => ({ label: `#${pull.number} ${pull.title}`, value: pull.number, note: `${pull.head.ref} → ${pull.base.ref}` }),
    searched: (pull) => [String(pull.number), pull.title, pull.head.ref, pull.user?.login],
  }))
}

function pullNumber(value: unknown): number {
  return requiredInteger(value, 'pullNumber', 1, MAX_PULL_NUMBER)
}

function describePull({ owner, repo }: RepositoryRef, number: number): string {
  return `pull request #${number} in ${owner}/${repo}`
}

/** A head branch: "branch", or "owner:branch" for a branch in a fork. */
function optionalHeadRef(value: unknown, parameter: string): string | undefined {
  const text = optionalString(value, parameter, 300)
  if (text === undefined) return undefined
  const colon = text.indexOf(':')
  if (colon === -1) return optionalRef(text, parameter)
  const owner = text.slice(0, colon)
  if (!isLogin(owner)) throw new InvalidInput(parameter, 'must be a branch name, or "owner:branch" for a branch in a fork.')
  return `${owner}:${requiredRef(text.slice(colon + 1), parameter)}`
}

function headRef(value: unknown, parameter: string): string {
  const ref = optionalHeadRef(value, parameter)
  if (ref === undefined) throw new InvalidInput(parameter, 'is required.')
  return ref
}

/** GitHub answers 405 when a pull request cannot be merged and 409 when its head moved past the expected SHA. */
function explainMergeFailure(error: unknown, ref: RepositoryRef, number: number, sha: string | undefined): unknown {
  const pull = describePull(ref, number)
  if (error instanceof Conflict && error.upstream?.status === 405) {
    return new Conflict(
      `${capitalise(pull)} cannot be merged.${githubSaid(error)} Check that it is open, not a draft, has no merge conflicts, passes the required checks and reviews, and that the repository allows the chosen merge method.`,
    )
  }
  if (error instanceof Conflict) {
    return new Conflict(
      `${capitalise(pull)} was not merged: its head changed${sha ? ` and is no longer ${sha}` : ''}.${githubSaid(error)} Get the pull request again, review the new commits, and merge with its current head SHA.`,
    )
  }
  return error
}

// ── Operations ───────────────────────────────────────────────────────────────

const core = {
  createPullRequest: define.action({
    label: 'Create Pull Request',
    route: 'POST /create-pull-request',
    category: 'Pull Requests',
    description:
      'Opens a pull request that asks to merge the Head branch into the Base branch, optionally as a draft. Returns the created pull request with its number, URL and head and base commits.',
    requires: { scope: 'repo', permission: 'Pull requests: write' },
    params: [
      {
        type: 'String',
        label: 'Repository',
        name: 'repository',
        required: true,
        dictionary: 'getRepositoriesDictionary',
        description:
          'The repository the pull request is opened in (the one with the base branch), as owner/name, e.g. octocat/Hello-World.',
      },
      {
        type: 'String',
        label: 'Head Branch',
        name: 'head',
        required: true,
        dictionary: 'getBranchesDictionary',
        dependsOn: ['repository'],
        description: 'The branch that holds the changes. For a branch in a fork, write owner:branch, e.g. hubot:fix-typo.',
      },
      {
        type: 'String',
        label: 'Base Branch',
        name: 'base',
        required: true,
        dictionary: 'getBranchesDictionary',
        dependsOn: ['repository'],
        description: 'The branch the changes should be merged into, e.g. main.',
      },
      { type: 'String', label: 'Title', name: 'title', required: true, description: 'The pull request title (at most 256 characters).' },
      {
        type: 'String',
        label: 'Body',
        name: 'body',
        uiComponent: { type: 'MULTI_LINE_TEXT' },
        description: 'The pull request description, in GitHub Markdown. Write "Closes #123" to close an issue when it is merged.',
      },
      {
        type: 'Boolean',
        label: 'Draft',
        name: 'draft',
        defaultValue: false,
        uiComponent: { type: 'TOGGLE' },
        description: 'On: open it as a draft, which cannot be merged until it is marked ready for review.',
      },
      {
        type: 'Boolean',
        label: 'Maintainers Can Modify',
        name: 'maintainerCanModify',
        defaultValue: true,
        uiComponent: { type: 'TOGGLE' },
        description: "For a head branch in a fork: whether the base repository's maintainers may push to it.",
      },
    ],
    sample: {
      url: 'https://api.github.com/repos/octocat/Hello-World/pulls/1347',
      id: 1,
      node_id: 'MDExOlB1bGxSZXF1ZXN0MQ==',
      html_url: 'https://github.com/octocat/Hello-World/pull/1347',
      diff_url: 'https://github.com/octocat/Hello-World/pull/1347.diff',
      number: 1347,
      state: 'open',
      locked: false,
      title: 'Amazing new feature',
      user: { login: 'octocat', id: 1, type: 'User' },
      body: 'Please pull these awesome changes in!',
      labels: [],
      milestone: null,
      created_at: '2011-01-26T19:01:12Z',
      updated_at: '2011-01-26T19:01:12Z',
      closed_at: null,
      merged_at: null,
      merge_commit_sha: null,
      assignees: [],
      requested_reviewers: [],
      draft: false,
      head: {
        label: 'octocat:new-topic',
        ref: 'new-topic',
        sha: '6dcb09b5b57875f334f61aebed695e2e4193db5e',
        user: { login: 'octocat', id: 1 },
      },
      base: { label: 'octocat:main', ref: 'main', sha: '7fd1a60b01f91b314f59955a4e4d4e80d8edf11d', user: { login: 'octocat', id: 1 } },
      author_association: 'OWNER',
      merged: false,
      mergeable: null,
      mergeable_state: 'unknown',
      merged_by: null,
      comments: 0,
      review_comments: 0,
      maintainer_can_modify: true,
      commits: 3,
      additions: 100,
      deletions: 3,
      changed_files: 5,
    },
    run: createPullRequest,
  }),
  getPullRequest: define.action({
    label: 'Get Pull Request',
    route: 'GET /get-pull-request',
    category: 'Pull Requests',
    description:
      'Returns one pull request by number: state, title, body, head and base branches and commits, whether it is merged, and whether it can be merged (mergeable is null while GitHub is still computing it; ask again a few seconds later).',
    requires: { scope: 'repo', permission: 'Pull requests: read' },
    params: [param.repository, param.pullNumber],
    sample: {
      url: 'https://api.github.com/repos/octocat/Hello-World/pulls/1347',
      id: 1,
      node_id: 'MDExOlB1bGxSZXF1ZXN0MQ==',
      html_url: 'https://github.com/octocat/Hello-World/pull/1347',
      number: 1347,
      state: 'open',
      locked: false,
      title: 'Amazing new feature',
      user: { login: 'octocat', id: 1, type: 'User' },
      body: 'Please pull these awesome changes in!',
      labels: [{ id: 208045946, name: 'enhancement', color: 'a2eeef' }],
      milestone: null,
      created_at: '2011-01-26T19:01:12Z',
      updated_at: '2011-01-26T19:01:12Z',
      closed_at: null,
      merged_at: null,
      merge_commit_sha: 'e5bd3914e2e596debea16f433f57875b5b90bcd6',
      assignees: [],
      requested_reviewers: [{ login: 'hubot', id: 2 }],
      draft: false,
      head: {
        label: 'octocat:new-topic',
        ref: 'new-topic',
        sha: '6dcb09b5b57875f334f61aebed695e2e4193db5e',
        user: { login: 'octocat', id: 1 },
      },
      base: { label: 'octocat:main', ref: 'main', sha: '7fd1a60b01f91b314f59955a4e4d4e80d8edf11d', user: { login: 'octocat', id: 1 } },
      author_association: 'OWNER',
      merged: false,
      mergeable: true,
      mergeable_state: 'clean',
      merged_by: null,
      comments: 10,
      review_comments: 0,
      maintainer_can_modify: true,
      commits: 3,
      additions: 100,
      deletions: 3,
      changed_files: 5,
    },
    run: getPullRequest,
  }),
  listPullRequests: define.action({
    label: 'List Pull Requests',
    route: 'GET /list-pull-requests',
    category: 'Pull Requests',
    description:
      "Lists a repository's pull requests, filtered by state, head and base branch and sorted as chosen. Returns the pull requests and a cursor for the next page.",
    requires: { scope: 'repo', permission: 'Pull requests: read' },
    params: [
      param.repository,
      {
        type: 'String',
        label: 'State',
        name: 'state',
        defaultValue: 'Open',
        uiComponent: { type: 'DROPDOWN', options: { values: Object.keys(LIST_STATES) } },
        description: 'Which pull requests to list: open ones, closed ones (merged or not), or all.',
      },
      {
        type: 'String',
        label: 'Head Branch',
        name: 'head',
        dictionary: 'getBranchesDictionary',
        dependsOn: ['repository'],
        description:
          "Only pull requests from this branch. A bare branch name means a branch of the repository's owner; for a fork write owner:branch.",
      },
      {
        type: 'String',
        label: 'Base Branch',
        name: 'base',
        dictionary: 'getBranchesDictionary',
        dependsOn: ['repository'],
        description: 'Only pull requests that target this branch, e.g. main.',
      },
      {
        type: 'String',
        label: 'Sort By',
        name: 'sort',
        defaultValue: 'Created',
        uiComponent: { type: 'DROPDOWN', options: { values: Object.keys(LIST_SORTS) } },
        description:
          'Order by creation date, last update, number of comments (Popularity), or Long-running: open for over a month with recent activity.',
      },
      {
        type: 'String',
        label: 'Direction',
        name: 'direction',
        uiComponent: { type: 'DROPDOWN', options: { values: Object.keys(DIRECTIONS) } },
        description: 'Sort direction. Empty: descending for Created, ascending otherwise.',
      },
      param.fetchAll,
      param.limit,
      param.cursor,
    ],
    sample: {
      items: [
        {
          url: 'https://api.github.com/repos/octocat/Hello-World/pulls/1347',
          id: 1,
          html_url: 'https://github.com/octocat/Hello-World/pull/1347',
          number: 1347,
          state: 'open',
          locked: false,
          title: 'Amazing new feature',
          user: { login: 'octocat', id: 1 },
          body: 'Please pull these awesome changes in!',
          labels: [],
          created_at: '2011-01-26T19:01:12Z',
          updated_at: '2011-01-26T19:01:12Z',
          closed_at: null,
          merged_at: null,
          draft: false,
          head: { label: 'octocat:new-topic', ref: 'new-topic', sha: '6dcb09b5b57875f334f61aebed695e2e4193db5e' },
          base: { label: 'octocat:main', ref: 'main', sha: '7fd1a60b01f91b314f59955a4e4d4e80d8edf11d' },
          author_association: 'OWNER',
        },
      ],
      nextCursor: 'c1.eyJxIjp7InBlcl9wYWdlIjoiMzAiLCJwYWdlIjoiMiJ9fQ.jlGlZq4zO6WVBScCYjnOgdpHc-Gk_3rRzQHg0W0f4PM',
    },
    run: listPullRequests,
  }),
  mergePullRequest: define.action({
    label: 'Merge Pull Request',
    route: 'PUT /merge-pull-request',
    category: 'Pull Requests',
    description:
      'Merges a pull request with a merge commit, a squash or a rebase, optionally only if its head is still the commit you reviewed. Returns the resulting commit SHA; fails with a conflict when the pull request is not mergeable (closed, draft, conflicts, failing required checks or reviews) or its head moved.',
    requires: { scope: 'repo', permission: 'Contents: write' },
    params: [
      param.repository,
      param.pullNumber,
      {
        type: 'String',
        label: 'Merge Method',
        name: 'mergeMethod',
        defaultValue: 'Merge',
        uiComponent: { type: 'DROPDOWN', options: { values: Object.keys(MERGE_METHODS) } },
        description:
          'Merge: a merge commit keeps every commit. Squash: one commit with all the changes. Rebase: the commits replayed onto the base branch. The repository must allow the method.',
      },
      {
        type: 'String',
        label: 'Commit Title',
        name: 'commitTitle',
        description:
          'Title of the merge or squash commit. Empty: GitHub\'s default, e.g. "Merge pull request #1347 from octocat/new-topic".',
      },
      {
        type: 'String',
        label: 'Commit Message',
        name: 'commitMessage',
        uiComponent: { type: 'MULTI_LINE_TEXT' },
        description: 'Extra text appended to the merge or squash commit message.',
      },
      {
        type: 'String',
        label: 'Expected Head SHA',
        name: 'sha',
        description:
          "Merge only if the pull request's head is still this full commit SHA (from Get Pull Request, head.sha); otherwise nothing is merged and a conflict is reported.",
      },
    ],
    sample: { sha: '6dcb09b5b57875f334f61aebed695e2e4193db5e', merged: true, message: 'Pull Request successfully merged' },
    run: mergePullRequest,
  }),
  requestReviewers: define.action({
    label: 'Request Reviewers',
    route: 'POST /request-reviewers',
    category: 'Pull Requests',
    description:
      'Asks people and/or teams to review a pull request; GitHub notifies them. Returns the pull request with its requested reviewers. Reviewers must be collaborators of the repository, and the author cannot review their own pull request.',
    requires: { scope: 'repo', permission: 'Pull requests: write' },
    params: [
      param.repository,
      param.pullNumber,
      {
        type: 'Array<String>',
        label: 'Reviewers',
        name: 'reviewers',
        dictionary: 'getCollaboratorsDictionary',
        dependsOn: ['repository'],
        description: 'Logins of the people to ask for a review, e.g. octocat. Give reviewers, teams, or both.',
      },
      {
        type: 'Array<String>',
        label: 'Team Reviewers',
        name: 'teamReviewers',
        description: "Slugs of the organisation's teams to ask for a review, e.g. justice-league (without the organisation name).",
      },
    ],
    sample: {
      url: 'https://api.github.com/repos/octocat/Hello-World/pulls/1347',
      id: 1,
      html_url: 'https://github.com/octocat/Hello-World/pull/1347',
      number: 1347,
      state: 'open',
      title: 'Amazing new feature',
      user: { login: 'octocat', id: 1 },
      requested_reviewers: [{ login: 'hubot', id: 2, type: 'User' }],
      requested_teams: [{ id: 1, name: 'Justice League', slug: 'justice-league' }],
      head: { ref: 'new-topic', sha: '6dcb09b5b57875f334f61aebed695e2e4193db5e' },
      base: { ref: 'main', sha: '7fd1a60b01f91b314f59955a4e4d4e80d8edf11d' },
      draft: false,
      created_at: '2011-01-26T19:01:12Z',
      updated_at: '2011-01-26T19:05:40Z',
    },
    run: requestReviewers,
  }),
  listPullRequestFiles: define.action({
    label: 'List Pull Request Files',
    route: 'GET /list-pull-request-files',
    category: 'Pull Requests',
    description:
      'Lists the files a pull request changes, each with its status (added, modified, removed, renamed), line counts and patch. Returns the files and a cursor for the next page; GitHub lists at most 3000 files.',
    requires: { scope: 'repo', permission: 'Pull requests: read' },
    params: [param.repository, param.pullNumber, param.fetchAll, param.limit, param.cursor],
    sample: {
      items: [
        {
          sha: 'bbcd538c8e72b8c175046e27cc8f907076331401',
          filename: 'file1.txt',
          status: 'added',
          additions: 103,
          deletions: 21,
          changes: 124,
          blob_url: 'https://github.com/octocat/Hello-World/blob/6dcb09b5b57875f334f61aebed695e2e4193db5e/file1.txt',
          raw_url: 'https://github.com/octocat/Hello-World/raw/6dcb09b5b57875f334f61aebed695e2e4193db5e/file1.txt',
          contents_url: 'https://api.github.com/repos/octocat/Hello-World/contents/file1.txt?ref=6dcb09b5b57875f334f61aebed695e2e4193db5e',
          patch: '@@ -132,7 +132,7 @@ module Test @@ -1000,7 +1000,7 @@ module Test',
        },
      ],
      nextCursor: null,
    },
    run: listPullRequestFiles,
  }),
  updatePullRequest: define.action({
    label: 'Update Pull Request',
    route: 'PUT /update-pull-request',
    category: 'Pull Requests',
    description:
      "Changes a pull request's title, description, state (close or reopen), base branch or whether maintainers may modify it; fields left empty stay as they are. Returns the updated pull request.",
    requires: { scope: 'repo', permission: 'Pull requests: write' },
    params: [
      param.repository,
      param.pullNumber,
      { type: 'String', label: 'Title', name: 'title', description: 'The new title (at most 256 characters). Empty: unchanged.' },
      {
        type: 'String',
        label: 'Body',
        name: 'body',
        uiComponent: { type: 'MULTI_LINE_TEXT' },
        description: 'The new description, in GitHub Markdown. Empty: unchanged.',
      },
      {
        type: 'String',
        label: 'State',
        name: 'state',
        uiComponent: { type: 'DROPDOWN', options: { values: Object.keys(UPDATE_STATES) } },
        description: 'Closed closes the pull request without merging it; Open reopens it. Empty: unchanged.',
      },
      {
        type: 'String',
        label: 'Base Branch',
        name: 'base',
        dictionary: 'getBranchesDictionary',
        dependsOn: ['repository'],
        description: 'Retarget the pull request to this branch of the same repository. Empty: unchanged.',
      },
      {
        type: 'Boolean',
        label: 'Maintainers Can Modify',
        name: 'maintainerCanModify',
        uiComponent: { type: 'TOGGLE' },
        description: "For a head branch in a fork: whether the base repository's maintainers may push to it. Empty: unchanged.",
      },
    ],
    sample: {
      url: 'https://api.github.com/repos/octocat/Hello-World/pulls/1347',
      id: 1,
      html_url: 'https://github.com/octocat/Hello-World/pull/1347',
      number: 1347,
      state: 'closed',
      locked: false,
      title: 'Amazing new feature (v2)',
      user: { login: 'octocat', id: 1 },
      body: 'Please pull these awesome changes in!',
      created_at: '2011-01-26T19:01:12Z',
      updated_at: '2011-01-27T08:30:00Z',
      closed_at: '2011-01-27T08:30:00Z',
      merged_at: null,
      draft: false,
      head: { label: 'octocat:new-topic', ref: 'new-topic', sha: '6dcb09b5b57875f334f61aebed695e2e4193db5e' },
      base: { label: 'octocat:main', ref: 'main', sha: '7fd1a60b01f91b314f59955a4e4d4e80d8edf11d' },
      merged: false,
      mergeable: null,
      maintainer_can_modify: true,
      commits: 3,
      additions: 100,
      deletions: 3,
      changed_files: 5,
    },
    run: updatePullRequest,
  }),
  createPullRequestReview: define.action({
    label: 'Create Pull Request Review',
    route: 'POST /create-pull-request-review',
    category: 'Pull Requests',
    description:
      'Submits a review of a pull request: approve it, request changes, or comment, as the connected account. Returns the submitted review with its state (APPROVED, CHANGES_REQUESTED or COMMENTED).',
    requires: { scope: 'repo', permission: 'Pull requests: write' },
    params: [
      param.repository,
      param.pullNumber,
      {
        type: 'String',
        label: 'Review',
        name: 'event',
        required: true,
        uiComponent: { type: 'DROPDOWN', options: { values: Object.keys(REVIEW_EVENTS) } },
        description: 'The verdict. Nobody can approve or request changes on their own pull request.',
      },
      {
        type: 'String',
        label: 'Body',
        name: 'body',
        uiComponent: { type: 'MULTI_LINE_TEXT' },
        description: 'The review text, in GitHub Markdown. Required for Request Changes and Comment.',
      },
      {
        type: 'String',
        label: 'Commit SHA',
        name: 'commitId',
        description: "The full SHA of the commit being reviewed. Empty: the pull request's latest commit.",
      },
    ],
    sample: {
      id: 80,
      node_id: 'MDE3OlB1bGxSZXF1ZXN0UmV2aWV3ODA=',
      user: { login: 'hubot', id: 2, type: 'User' },
      body: 'Looks good to me.',
      state: 'APPROVED',
      html_url: 'https://github.com/octocat/Hello-World/pull/1347#pullrequestreview-80',
      pull_request_url: 'https://api.github.com/repos/octocat/Hello-World/pulls/1347',
      submitted_at: '2019-11-17T17:43:43Z',
      commit_id: '6dcb09b5b57875f334f61aebed695e2e4193db5e',
      author_association: 'COLLABORATOR',
    },
    run: createPullRequestReview,
  }),
  listPullRequestReviews: define.action({
    label: 'List Pull Request Reviews',
    route: 'GET /list-pull-request-reviews',
    category: 'Pull Requests',
    description:
      'Lists the reviews submitted on a pull request, oldest first, each with its author, state (APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED) and commit. Returns the reviews and a cursor for the next page.',
    requires: { scope: 'repo', permission: 'Pull requests: read' },
    params: [param.repository, param.pullNumber, param.fetchAll, param.limit, param.cursor],
    sample: {
      items: [
        {
          id: 80,
          node_id: 'MDE3OlB1bGxSZXF1ZXN0UmV2aWV3ODA=',
          user: { login: 'hubot', id: 2, type: 'User' },
          body: 'Here is the body for the review.',
          state: 'APPROVED',
          html_url: 'https://github.com/octocat/Hello-World/pull/1347#pullrequestreview-80',
          submitted_at: '2019-11-17T17:43:43Z',
          commit_id: '6dcb09b5b57875f334f61aebed695e2e4193db5e',
          author_association: 'COLLABORATOR',
        },
      ],
      nextCursor: null,
    },
    run: listPullRequestReviews,
  }),
}

const PULL_SIMPLE_SAMPLE = core.requestReviewers.sample
/** The operations this module implements, as the platform shows them (see src/operations/definition.ts). */
export const definitions = {
  ...core,
  findOrCreatePullRequest: define.action({
    label: 'Find or Create Pull Request',
    route: 'POST /find-or-create-pull-request',
    category: 'Pull Requests',
    description:
      'Returns the open pull request from Head into Base, or opens one with the title and body given when there is none: a flow that runs again does not open a second one. Returns created (true when it was opened now) and the pull request.',
    requires: { scope: 'repo', permission: 'Pull requests: write' },
    params: core.createPullRequest.params,
    sample: { created: false, pullRequest: core.getPullRequest.sample },
    run: findOrCreatePullRequest,
  }),
  removeRequestedReviewers: define.action({
    label: 'Remove Requested Reviewers',
    route: 'DELETE /remove-requested-reviewers',
    category: 'Pull Requests',
    description:
      'Withdraws review requests from people and/or teams on a pull request (their submitted reviews stay). Returns the pull request with the reviewers still requested.',
    requires: { scope: 'repo', permission: 'Pull requests: write' },
    params: core.requestReviewers.params,
    sample: { ...PULL_SIMPLE_SAMPLE, requested_reviewers: [], requested_teams: [] },
    run: removeRequestedReviewers,
  }),
  listPullRequestCommits: define.action({
    label: 'List Pull Request Commits',
    route: 'GET /list-pull-request-commits',
    category: 'Pull Requests',
    description:
      "Lists a pull request's commits, oldest first (GitHub lists at most 250). Returns each commit's SHA, message, author and parents, and a cursor for the next page.",
    requires: { scope: 'repo', permission: 'Pull requests: read' },
    params: [param.repository, param.pullNumber, param.fetchAll, param.limit, param.cursor],
    sample: { items: [COMMIT_SAMPLE], nextCursor: null },
    run: listPullRequestCommits,
  }),
  updatePullRequestBranch: define.action({
    label: 'Update Pull Request Branch',
    route: 'PUT /update-pull-request-branch',
    category: 'Pull Requests',
    description:
      "Merges the base branch's new commits into the pull request's head branch (GitHub's Update branch button). GitHub does it in the background: the head moves a few seconds later. Fails when the head is already up to date or the merge conflicts.",
    requires: { scope: 'repo', permission: 'Contents: write' },
    params: [
      param.repository,
      param.pullNumber,
      {
        type: 'String',
        label: 'Expected Head SHA',
        name: 'expectedHeadSha',
        description: 'Update only if the head is still this commit (the full SHA), so that no newer push is merged unseen.',
      },
    ],
    sample: {
      repository: 'octocat/Hello-World',
      pullNumber: 1347,
      message: 'Updating pull request branch.',
      url: 'https://github.com/repos/octocat/Hello-World/pulls/1347',
    },
    run: updatePullRequestBranch,
  }),
  getPullRequestsDictionary: define.dictionary({
    label: 'Get Pull Requests Dictionary',
    route: 'POST /get-pull-requests-dictionary',
    description:
      'Lists the open pull requests of the selected repository, newest first, for picking: value is the number, the label "#number title", the note its branches. Search filters numbers, titles, branches and authors.',
    requires: { scope: 'repo', permission: 'Pull requests: read' },
    params: [param.repositoryPayload],
    sample: { items: [{ label: '#1347 Amazing new feature', value: 1347, note: 'new-topic → main' }], cursor: null },
    run: (github: GitHubContext, { payload }) => getPullRequestsDictionary(github, payload),
  }),
}
