import type { components, operations } from '@octokit/openapi-types'
import { InvalidInput, UpstreamInvalid } from '../errors'
import * as define from '../operations/definition'
import { apiPath, callApi, type GitHubContext } from './api'
import { choice, listOptions, optionalBoolean, optionalDateTime, optionalInteger, repository, type RepositoryRef } from './input'
import { definitions as issueDefinitions, getIssue, issueBody, ISSUE_SAMPLE, issueNumber, labelList, openIssue, type Issue } from './issues'
import { listAll, type ListResult } from './pagination'
import * as param from './params'

/**
 * Triage across issues: find an issue before opening a duplicate, the issues that concern the connected account in
 * every repository, reactions, and sub-issues (https://docs.github.com/en/rest/issues/sub-issues).
 */

type Reaction = components['schemas']['reaction']
type SearchItem = components['schemas']['issue-search-result-item']
type MyIssuesQuery = NonNullable<operations['issues/list']['parameters']['query']>

const REACTIONS = {
  'Thumbs Up (+1)': '+1',
  'Thumbs Down (-1)': '-1',
  Laugh: 'laugh',
  Confused: 'confused',
  Heart: 'heart',
  Hooray: 'hooray',
  Rocket: 'rocket',
  Eyes: 'eyes',
} as const
const COMMENT_KINDS = { 'Issue or pull request comment': 'issue', 'Review comment (on a diff line)': 'review' } as const
const MY_FILTERS = {
  'Assigned to me': 'assigned',
  'Created by me': 'created',
  'Mentioning me': 'mentioned',
  'I am subscribed to': 'subscribed',
  'All I can see': 'all',
} as const
const STATES = { Open: 'open', Closed: 'closed', All: 'all' } as const
const SORTS = { Created: 'created', Updated: 'updated', Comments: 'comments' } as const
const DIRECTIONS = { Descending: 'desc', Ascending: 'asc' } as const
/** Titles compared as a person reads them: case and surrounding or repeated spaces do not count. */
const sameTitle = (a: string, b: string): boolean =>
  a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase()

export interface FindOrCreateIssueInput {
  repository: unknown
  title: unknown
  body: unknown
  labels: unknown
  assignees: unknown
  milestone: unknown
  includeClosed: unknown
}

/**
 * The issue of the repository with exactly this title (GitHub's search narrowed by in:title, then compared), or a new
 * one with the values given. GitHub's search index lags a few seconds behind: an issue opened moments ago may not be
 * found yet.
 */
export async function findOrCreateIssue(github: GitHubContext, input: FindOrCreateIssueInput): Promise<{ created: boolean; issue: Issue }> {
  const ref = repository(input.repository)
  const body = issueBody(input)
  const title = String(body.title)
  const includeClosed = optionalBoolean(input.includeClosed, 'includeClosed') ?? false
  // Quotes in the title would end the phrase early; the exact comparison below is what decides.
  const phrase = title.replace(/"/g, ' ').replace(/\s+/g, ' ').trim()
  const q = `repo:${ref.owner}/${ref.repo} is:issue${includeClosed ? '' : ' is:open'} in:title "${phrase}"`
  const { data } = await callApi(github, {
    operation: 'search/issues-and-pull-requests',
    method: 'GET',
    path: '/search/issues',
    query: { q, sort: 'created', order: 'asc', per_page: 100 },
    subject: `the issues titled "${title}" in repository ${ref.owner}/${ref.repo}`,
  })
  const items: SearchItem[] = Array.isArray(data.items) ? data.items : []
  const match = items.find((item) => !item.pull_request && sameTitle(item.title, title))
  if (match) return { created: false, issue: await getIssue(github, { repository: `${ref.owner}/${ref.repo}`, issueNumber: match.number }) }
  return { created: true, issue: await openIssue(github, ref, body) }
}

export interface ListMyIssuesInput {
  filter: unknown
  state: unknown
  labels: unknown
  since: unknown
  sort: unknown
  direction: unknown
  fetchAll: unknown
  limit: unknown
  cursor: unknown
}

/** GET /issues: issues and pull requests across every repository the connected account can reach. */
export async function listMyIssues(github: GitHubContext, input: ListMyIssuesInput): Promise<ListResult<Issue>> {
  const query: MyIssuesQuery = {
    filter: choice(input.filter, 'filter', MY_FILTERS) ?? 'assigned',
    state: choice(input.state, 'state', STATES),
    labels: labelList(input.labels)?.join(',') || undefined,
    since: optionalDateTime(input.since, 'since'),
    sort: choice(input.sort, 'sort', SORTS),
    direction: choice(input.direction, 'direction', DIRECTIONS),
  }
  const call = { operation: 'issues/list' as const, method: 'GET' as const, path: '/issues', query, subject: 'your issues' }
  return listAll(github, call, listOptions(input.fetchAll, input.limit, input.cursor))
}

export interface AddReactionInput {
  repository: unknown
  content: unknown
  issueNumber: unknown
  commentId: unknown
  commentKind: unknown
}

/**
 * POST …/issues/{n}/reactions, …/issues/comments/{id}/reactions or …/pulls/comments/{id}/reactions. GitHub answers
 * 200 with the existing reaction when the account already reacted so: `created` says which.
 */
export async function addReaction(github: GitHubContext, input: AddReactionInput): Promise<Reaction & { created: boolean }> {
  const ref = repository(input.repository)
  const content = choice(input.content, 'content', REACTIONS)
  if (content === undefined) throw new InvalidInput('content', `is required: one of ${Object.values(REACTIONS).join(', ')}.`)
  const number = optionalInteger(input.issueNumber, 'issueNumber', 1, 2 ** 31 - 1)
  const commentId = optionalInteger(input.commentId, 'commentId', 1, Number.MAX_SAFE_INTEGER)
  if ((number === undefined) === (commentId === undefined)) {
    throw new InvalidInput('issueNumber', 'or Comment ID must be given, one of them: what to react to.')
  }
  const kind = choice(input.commentKind, 'commentKind', COMMENT_KINDS) ?? 'issue'
  const body = { content }
  const { owner, repo } = ref
  const { status, data } =
    number !== undefined
      ? await callApi(github, {
          operation: 'reactions/create-for-issue',
          method: 'POST',
          path: apiPath`/repos/${owner}/${repo}/issues/${number}/reactions`,
          body,
          subject: `issue #${number} of repository ${owner}/${repo}`,
        })
      : kind === 'issue'
        ? await callApi(github, {
            operation: 'reactions/create-for-issue-comment',
            method: 'POST',
            path: apiPath`/repos/${owner}/${repo}/issues/comments/${commentId ?? 0}/reactions`,
            body,
            subject: `comment ${commentId ?? 0} of repository ${owner}/${repo}`,
          })
        : await callApi(github, {
            operation: 'reactions/create-for-pull-request-review-comment',
            method: 'POST',
            path: apiPath`/repos/${owner}/${repo}/pulls/comments/${commentId ?? 0}/reactions`,
            body,
            subject: `review comment ${commentId ?? 0} of repository ${owner}/${repo}`,
          })
  return { ...data, created: status === 201 }
}

export interface SubIssueInput {
  repository: unknown
  issueNumber: unknown
  subIssueNumber: unknown
  subIssueRepository: unknown
}

/** GitHub names a sub-issue by its id; a flow has its number (and repository, when it is another one). */
async function subIssueId(github: GitHubContext, ref: RepositoryRef, input: SubIssueInput): Promise<number> {
  const number = issueNumber(input.subIssueNumber, 'subIssueNumber')
  const where =
    input.subIssueRepository === undefined || input.subIssueRepository === ''
      ? ref
      : repository(input.subIssueRepository, 'subIssueRepository')
  const issue = await getIssue(github, { repository: `${where.owner}/${where.repo}`, issueNumber: number })
  const id = Number((issue as Partial<Issue>).id)
  if (!Number.isSafeInteger(id))
    throw new UpstreamInvalid(`GitHub answered issue #${number} of ${where.owner}/${where.repo} without its id.`)
  return id
}

/** POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues */
export async function addSubIssue(github: GitHubContext, input: SubIssueInput & { replaceParent: unknown }): Promise<Issue> {
  const ref = repository(input.repository)
  const parent = issueNumber(input.issueNumber)
  const replaceParent = optionalBoolean(input.replaceParent, 'replaceParent') ?? false
  const id = await subIssueId(github, ref, input)
  const { data } = await callApi(github, {
    operation: 'issues/add-sub-issue',
    method: 'POST',
    path: apiPath`/repos/${ref.owner}/${ref.repo}/issues/${parent}/sub_issues`,
    body: { sub_issue_id: id, ...(replaceParent && { replace_parent: true }) },
    subject: `the sub-issues of issue #${parent} of repository ${ref.owner}/${ref.repo}`,
  })
  return data
}

/** DELETE /repos/{owner}/{repo}/issues/{issue_number}/sub_issue: the issue stays, no longer under this parent. */
export async function removeSubIssue(github: GitHubContext, input: SubIssueInput): Promise<Issue> {
  const ref = repository(input.repository)
  const parent = issueNumber(input.issueNumber)
  const id = await subIssueId(github, ref, input)
  const { data } = await callApi(github, {
    operation: 'issues/remove-sub-issue',
    method: 'DELETE',
    path: apiPath`/repos/${ref.owner}/${ref.repo}/issues/${parent}/sub_issue`,
    body: { sub_issue_id: id },
    subject: `the sub-issues of issue #${parent} of repository ${ref.owner}/${ref.repo}`,
  })
  return data
}

/** GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues */
export async function listSubIssues(
  github: GitHubContext,
  input: { repository: unknown; issueNumber: unknown; fetchAll: unknown; limit: unknown; cursor: unknown },
): Promise<ListResult<Issue>> {
  const ref = repository(input.repository)
  const parent = issueNumber(input.issueNumber)
  const call = {
    operation: 'issues/list-sub-issues' as const,
    method: 'GET' as const,
    path: apiPath`/repos/${ref.owner}/${ref.repo}/issues/${parent}/sub_issues`,
    subject: `the sub-issues of issue #${parent} of repository ${ref.owner}/${ref.repo}`,
  }
  return listAll(github, call, listOptions(input.fetchAll, input.limit, input.cursor))
}

// ── Operations ───────────────────────────────────────────────────────────────

const subIssueParams = [
  { ...param.issueNumber, label: 'Parent Issue Number', description: 'The issue the sub-issue belongs under, e.g. 1347.' },
  {
    type: 'Number',
    label: 'Sub-issue Number',
    name: 'subIssueNumber',
    required: true,
    uiComponent: { type: 'NUMERIC' },
    description: 'The number of the issue to put under it (or take out).',
  },
  {
    type: 'String',
    label: 'Sub-issue Repository',
    name: 'subIssueRepository',
    dictionary: 'getRepositoriesDictionary',
    description: "The sub-issue's repository as owner/name, when it is not the parent's.",
  },
] as const
const WRITE = { scope: 'repo', permission: 'Issues: write' } as const

export const definitions = {
  findOrCreateIssue: define.action({
    label: 'Find or Create Issue',
    route: 'POST /find-or-create-issue',
    category: 'Issues',
    description:
      'Returns the issue of the repository with exactly this title (case and spacing aside), or opens one with the values given: a flow that runs again reports the same problem once. Open issues only unless Include Closed is on; an issue opened in the last few seconds may not be found yet (GitHub indexes it for search). Returns created (true when it was opened now) and the issue.',
    requires: WRITE,
    params: [
      ...issueDefinitions.createIssue.params,
      {
        type: 'Boolean',
        label: 'Include Closed',
        name: 'includeClosed',
        defaultValue: false,
        uiComponent: { type: 'TOGGLE' },
        description: 'On: a closed issue with the title counts as found (it is returned as it is, not reopened).',
      },
    ],
    sample: { created: false, issue: ISSUE_SAMPLE },
    run: findOrCreateIssue,
  }),
  listMyIssues: define.action({
    label: 'List Issues Assigned to Me',
    route: 'GET /list-my-issues',
    category: 'Issues',
    description:
      'Lists issues and pull requests across every repository the connected account can reach: assigned to it (by default), created by it, mentioning it, or that it is subscribed to, with state, label and time filters. Each item names its repository. Returns the issues and a cursor for the next page.',
    requires: { scope: 'repo', permission: 'Issues: read' },
    params: [
      {
        type: 'String',
        label: 'Which Issues',
        name: 'filter',
        defaultValue: 'Assigned to me',
        uiComponent: { type: 'DROPDOWN', options: { values: Object.keys(MY_FILTERS) } },
        description: 'How the issues concern you.',
      },
      {
        type: 'String',
        label: 'State',
        name: 'state',
        defaultValue: 'Open',
        uiComponent: { type: 'DROPDOWN', options: { values: Object.keys(STATES) } },
        description: 'Open, closed or all.',
      },
      { type: 'Array<String>', label: 'Labels', name: 'labels', description: 'Only issues with all of these labels, e.g. bug.' },
      {
        type: 'Number',
        label: 'Updated Since',
        name: 'since',
        uiComponent: { type: 'DATE_TIME_PICKER' },
        description: 'Only issues updated at or after this time.',
      },
      {
        type: 'String',
        label: 'Sort By',
        name: 'sort',
        uiComponent: { type: 'DROPDOWN', options: { values: Object.keys(SORTS) } },
        description: 'Order by creation, last update or number of comments. Empty: created.',
      },
      {
        type: 'String',
        label: 'Direction',
        name: 'direction',
        uiComponent: { type: 'DROPDOWN', options: { values: Object.keys(DIRECTIONS) } },
        description: 'Empty: descending.',
      },
      param.fetchAll,
      param.limit,
      param.cursor,
    ],
    sample: {
      items: [{ ...ISSUE_SAMPLE, repository: { id: 1296269, name: 'Hello-World', full_name: 'octocat/Hello-World', private: false } }],
      nextCursor: null,
    },
    run: listMyIssues,
  }),
  addReaction: define.action({
    label: 'Add Reaction',
    route: 'POST /add-reaction',
    category: 'Issues',
    description:
      'Reacts to an issue or pull request (Issue Number) or to a comment (Comment ID) with an emoji. Reacting twice the same way keeps one reaction: created says whether it is new. Returns the reaction.',
    requires: WRITE,
    params: [
      param.repository,
      {
        type: 'String',
        label: 'Reaction',
        name: 'content',
        required: true,
        uiComponent: { type: 'DROPDOWN', options: { values: Object.keys(REACTIONS) } },
        description: 'The emoji (GitHub names: +1, -1, laugh, confused, heart, hooray, rocket, eyes).',
      },
      { ...param.issueOrPullNumber, required: false, description: 'React to this issue or pull request. Give this or Comment ID.' },
      {
        type: 'Number',
        label: 'Comment ID',
        name: 'commentId',
        uiComponent: { type: 'NUMERIC' },
        description: 'React to this comment. Give this or Issue Number.',
      },
      {
        type: 'String',
        label: 'Comment Kind',
        name: 'commentKind',
        uiComponent: { type: 'DROPDOWN', options: { values: Object.keys(COMMENT_KINDS) } },
        description: 'For a Comment ID: a comment in the conversation, or a review comment on a diff line. Empty: the conversation.',
      },
    ],
    sample: {
      id: 1,
      node_id: 'MDg6UmVhY3Rpb24x',
      user: { login: 'octocat', id: 1, type: 'User' },
      content: 'heart',
      created_at: '2016-05-20T20:09:31Z',
      created: true,
    },
    run: addReaction,
  }),
  addSubIssue: define.action({
    label: 'Add Sub-issue',
    route: 'POST /add-sub-issue',
    category: 'Issues',
    description:
      'Puts an issue under a parent issue as a sub-issue (it may live in another repository of the same owner). An issue has one parent: turn on Move From Its Parent to move one that already has another. Returns the parent issue.',
    requires: WRITE,
    params: [
      param.repository,
      ...subIssueParams,
      {
        type: 'Boolean',
        label: 'Move From Its Parent',
        name: 'replaceParent',
        defaultValue: false,
        uiComponent: { type: 'TOGGLE' },
        description: 'On: a sub-issue that already has a parent is moved here. Off: that is refused.',
      },
    ],
    sample: ISSUE_SAMPLE,
    run: addSubIssue,
  }),
  removeSubIssue: define.action({
    label: 'Remove Sub-issue',
    route: 'DELETE /remove-sub-issue',
    category: 'Issues',
    description: 'Takes a sub-issue out from under its parent issue; the issue itself stays. Returns the issue taken out.',
    requires: WRITE,
    params: [param.repository, ...subIssueParams],
    sample: ISSUE_SAMPLE,
    run: removeSubIssue,
  }),
  listSubIssues: define.action({
    label: 'List Sub-issues',
    route: 'GET /list-sub-issues',
    category: 'Issues',
    description: "Lists an issue's sub-issues, in their order on GitHub. Returns the issues and a cursor for the next page.",
    requires: { scope: 'repo', permission: 'Issues: read' },
    params: [param.repository, param.issueNumber, param.fetchAll, param.limit, param.cursor],
    sample: { items: [ISSUE_SAMPLE], nextCursor: null },
    run: listSubIssues,
  }),
}
