import type { components, operations } from '@octokit/openapi-types'
import { InvalidInput } from '../errors'
import { apiPath, callApi, type GitHubContext } from './api'
import {
  choice,
  listOptions,
  loginList,
  optionalBoolean,
  optionalDateTime,
  optionalInteger,
  optionalLogin,
  optionalString,
  optionalStringList,
  optionalText,
  repository,
  type RepositoryRef,
  requiredInteger,
  requiredString,
} from './input'
import { listAll, type ListResult } from './pagination'
import * as define from '../operations/definition'
import * as param from './params'

/**
 * Issues and their comments. GitHub treats every pull request as an issue too, so
 * these operations also work on pull request numbers (the list filters them out unless asked).
 */

export type Issue = components['schemas']['issue']
export type IssueComment = components['schemas']['issue-comment']
export type CreateIssueBody = operations['issues/create']['requestBody']['content']['application/json']
type UpdateIssueBody = NonNullable<operations['issues/update']['requestBody']>['content']['application/json']
type LockIssueBody = NonNullable<NonNullable<operations['issues/lock']['requestBody']>['content']['application/json']>
type ListIssuesQuery = NonNullable<operations['issues/list-for-repo']['parameters']['query']>

/** GitHub's limits: titles of 256 characters, bodies and comments of 65536. */
export const MAX_TITLE_LENGTH = 256
export const MAX_BODY_LENGTH = 65536
/** GitHub accepts at most 10 assignees on an issue. */
export const MAX_ASSIGNEES = 10
export const MAX_LABELS = 100
export const MAX_LABEL_NAME_LENGTH = 100
const MAX_ISSUE_NUMBER = 2 ** 31 - 1

// #region input validation shared by the issue modules

export function issueNumber(value: unknown, parameter = 'issueNumber'): number {
  return requiredInteger(value, parameter, 1, MAX_ISSUE_NUMBER)
}

export function labelList(value: unknown, parameter = 'labels'): string[] | undefined {
  return optionalStringList(value, parameter, MAX_LABELS, MAX_LABEL_NAME_LENGTH)
}

/** A milestone is given by its number (what the milestones dictionary returns). */
function milestoneNumber(value: unknown, parameter = 'milestone'): number | undefined {
  return optionalInteger(value, parameter, 1, MAX_ISSUE_NUMBER)
}

export function issueSubject(ref: RepositoryRef, number: number): string {
  return `issue #${number} of repository ${ref.owner}/${ref.repo}`
}

// #endregion

export interface CreateIssueInput {
  repository: unknown
  title: unknown
  body?: unknown
  labels?: unknown
  assignees?: unknown
  milestone?: unknown
}

/** POST /repos/{owner}/{repo}/issues: https://docs.github.com/en/rest/issues/issues#create-an-issue */
export async function createIssue(github: GitHubContext, input: CreateIssueInput): Promise<Issue> {
  return openIssue(github, repository(input.repository), issueBody(input))
}

/** The body of a new issue, every value checked (Find or Create Issue checks them before it searches). */
export function issueBody(input: Omit<CreateIssueInput, 'repository'>): CreateIssueBody {
  const body: CreateIssueBody = { title: requiredString(input.title, 'title', MAX_TITLE_LENGTH) }
  const text = optionalText(input.body, 'body', MAX_BODY_LENGTH)
  const labels = labelList(input.labels)
  const assignees = loginList(input.assignees, 'assignees', MAX_ASSIGNEES)
  const milestone = milestoneNumber(input.milestone)
  if (text !== undefined) body.body = text
  if (labels?.length) body.labels = labels
  if (assignees?.length) body.assignees = assignees
  if (milestone !== undefined) body.milestone = milestone
  return body
}

export async function openIssue(github: GitHubContext, ref: RepositoryRef, body: CreateIssueBody): Promise<Issue> {
  const { data } = await callApi(github, {
    operation: 'issues/create',
    method: 'POST',
    path: apiPath`/repos/${ref.owner}/${ref.repo}/issues`,
    body,
    subject: `a new issue in repository ${ref.owner}/${ref.repo}`,
  })
  return data
}

export interface IssueRefInput {
  repository: unknown
  issueNumber: unknown
}

/** GET /repos/{owner}/{repo}/issues/{issue_number}: https://docs.github.com/en/rest/issues/issues#get-an-issue */
export async function getIssue(github: GitHubContext, input: IssueRefInput): Promise<Issue> {
  const ref = repository(input.repository)
  const number = issueNumber(input.issueNumber)
  const { data } = await callApi(github, {
    operation: 'issues/get',
    method: 'GET',
    path: apiPath`/repos/${ref.owner}/${ref.repo}/issues/${number}`,
    subject: issueSubject(ref, number),
  })
  return data
}

export interface UpdateIssueInput extends IssueRefInput {
  title?: unknown
  body?: unknown
  state?: unknown
  stateReason?: unknown
  duplicateOf?: unknown
  labels?: unknown
  assignees?: unknown
  milestone?: unknown
  removeMilestone?: unknown
}

type IssueState = NonNullable<UpdateIssueBody['state']>
type StateReason = NonNullable<UpdateIssueBody['state_reason']>

const STATES: Record<string, IssueState> = { Open: 'open', Closed: 'closed' }
const STATE_REASONS: Record<string, StateReason> = {
  Completed: 'completed',
  'Not Planned': 'not_planned',
  Duplicate: 'duplicate',
  Reopened: 'reopened',
}
/** The state each reason belongs to: a reason alone implies it. */
const REASON_STATE: Record<StateReason, IssueState> = { completed: 'closed', not_planned: 'closed', duplicate: 'closed', reopened: 'open' }

/** PATCH /repos/{owner}/{repo}/issues/{issue_number}: https://docs.github.com/en/rest/issues/issues#update-an-issue */
export async function updateIssue(github: GitHubContext, input: UpdateIssueInput): Promise<Issue> {
  const ref = repository(input.repository)
  const number = issueNumber(input.issueNumber)
  const body = updateBody(input)
  const duplicateOf = optionalInteger(input.duplicateOf, 'duplicateOf', 1, Number.MAX_SAFE_INTEGER)
  // GitHub wants the canonical issue's id; a person knows its number.
  if (duplicateOf !== undefined) {
    body.duplicate_issue_id = Number((await getIssue(github, { repository: input.repository, issueNumber: duplicateOf })).id)
  }
  const { data } = await callApi(github, {
    operation: 'issues/update',
    method: 'PATCH',
    path: apiPath`/repos/${ref.owner}/${ref.repo}/issues/${number}`,
    body,
    subject: issueSubject(ref, number),
  })
  return data
}

/** Only the fields that were given are sent, so everything else on the issue stays as it is. */
function updateBody(input: UpdateIssueInput): UpdateIssueBody {
  const body: UpdateIssueBody = {}
  const title = optionalString(input.title, 'title', MAX_TITLE_LENGTH)
  const text = optionalText(input.body, 'body', MAX_BODY_LENGTH)
  const duplicateOf = optionalInteger(input.duplicateOf, 'duplicateOf', 1, Number.MAX_SAFE_INTEGER)
  const reason = choice(input.stateReason, 'stateReason', STATE_REASONS) ?? (duplicateOf !== undefined ? 'duplicate' : undefined)
  const state = choice(input.state, 'state', STATES) ?? (reason && REASON_STATE[reason])
  const labels = labelList(input.labels)
  const assignees = loginList(input.assignees, 'assignees', MAX_ASSIGNEES)
  const milestone = milestoneNumber(input.milestone)
  const removeMilestone = optionalBoolean(input.removeMilestone, 'removeMilestone') ?? false
  if (reason && state !== REASON_STATE[reason]) {
    throw new InvalidInput(
      'stateReason',
      `does not fit the State given: use Completed, Not Planned or Duplicate with Closed, and Reopened with Open.`,
    )
  }
  if (duplicateOf !== undefined && reason !== 'duplicate') {
    throw new InvalidInput('duplicateOf', 'goes with the State Reason Duplicate only.')
  }
  if (reason === 'duplicate' && duplicateOf === undefined) {
    throw new InvalidInput('duplicateOf', 'is required with the State Reason Duplicate: give the number of the issue this one duplicates.')
  }
  if (removeMilestone && milestone !== undefined) {
    throw new InvalidInput('removeMilestone', 'cannot be on while a Milestone is given: choose one.')
  }
  if (title !== undefined) body.title = title
  if (text !== undefined) body.body = text
  if (state !== undefined) body.state = state
  if (reason !== undefined) body.state_reason = reason
  if (labels?.length) body.labels = labels
  if (assignees?.length) body.assignees = assignees
  if (milestone !== undefined) body.milestone = milestone
  if (removeMilestone) body.milestone = null
  if (Object.keys(body).length === 0) {
    throw new InvalidInput(
      'title',
      'nothing to change: give at least one of Title, Body, State, State Reason, Labels, Assignees or Milestone.',
    )
  }
  return body
}

export interface ListIssuesInput {
  repository: unknown
  state?: unknown
  labels?: unknown
  assignee?: unknown
  creator?: unknown
  mentioned?: unknown
  milestone?: unknown
  since?: unknown
  sort?: unknown
  direction?: unknown
  includePullRequests?: unknown
  fetchAll?: unknown
  limit?: unknown
  cursor?: unknown
}

const LIST_STATES: Record<string, NonNullable<ListIssuesQuery['state']>> = { Open: 'open', Closed: 'closed', All: 'all' }
const LIST_SORTS: Record<string, NonNullable<ListIssuesQuery['sort']>> = { Created: 'created', Updated: 'updated', Comments: 'comments' }
const DIRECTIONS: Record<string, NonNullable<ListIssuesQuery['direction']>> = { Descending: 'desc', Ascending: 'asc' }

/** GET /repos/{owner}/{repo}/issues: https://docs.github.com/en/rest/issues/issues#list-repository-issues */
export async function listIssues(github: GitHubContext, input: ListIssuesInput): Promise<ListResult<Issue>> {
  const ref = repository(input.repository)
  const query: ListIssuesQuery = {
    state: choice(input.state, 'state', LIST_STATES),
    labels: labelList(input.labels)?.join(',') || undefined,
    assignee: userFilter(input.assignee, 'assignee'),
    creator: optionalLogin(input.creator, 'creator'),
    mentioned: optionalLogin(input.mentioned, 'mentioned'),
    milestone: milestoneFilter(input.milestone),
    since: optionalDateTime(input.since, 'since'),
    sort: choice(input.sort, 'sort', LIST_SORTS),
    direction: choice(input.direction, 'direction', DIRECTIONS),
  }
  const includePullRequests = optionalBoolean(input.includePullRequests, 'includePullRequests') ?? false
  const options = listOptions(input.fetchAll, input.limit, input.cursor)
  const issuesOnly = (data: unknown): Issue[] => (Array.isArray(data) ? (data as Issue[]).filter((issue) => !issue.pull_request) : [])
  return listAll(
    github,
    {
      operation: 'issues/list-for-repo',
      method: 'GET',
      path: apiPath`/repos/${ref.owner}/${ref.repo}/issues`,
      query: withoutUndefined(query),
      subject: `the issues of repository ${ref.owner}/${ref.repo}`,
    },
    options,
    includePullRequests ? undefined : issuesOnly,
  )
}

/** A login, or GitHub's "none" (nobody) and "*" (anybody) filters. */
function userFilter(value: unknown, parameter: string): string | undefined {
  const text = optionalString(value, parameter, 39)
  if (text === undefined) return undefined
  const special = ({ none: 'none', '*': '*', any: '*' } as Record<string, string>)[text.toLowerCase()]
  return special ?? optionalLogin(text, parameter)
}

/** A milestone number, or GitHub's "none" (without a milestone) and "*" (with any milestone) filters. */
function milestoneFilter(value: unknown): string | undefined {
  const text = optionalString(value, 'milestone', 20)
  if (text === undefined) return undefined
  const special = ({ none: 'none', '*': '*', any: '*' } as Record<string, string>)[text.toLowerCase()]
  if (special) return special
  if (!/^\d+$/.test(text) || Number(text) < 1) {
    throw new InvalidInput(
      'milestone',
      'must be a milestone number, "none" (issues without a milestone) or "*" (issues with any milestone).',
    )
  }
  return text
}

function withoutUndefined(query: Record<string, string | number | boolean | undefined>): Record<string, string | number | boolean> {
  return Object.fromEntries(Object.entries(query).filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined))
}

export interface AddIssueCommentInput extends IssueRefInput {
  body: unknown
}

/** POST /repos/{owner}/{repo}/issues/{issue_number}/comments: https://docs.github.com/en/rest/issues/comments#create-an-issue-comment */
export async function addIssueComment(github: GitHubContext, input: AddIssueCommentInput): Promise<IssueComment> {
  const ref = repository(input.repository)
  const number = issueNumber(input.issueNumber)
  const text = optionalText(input.body, 'body', MAX_BODY_LENGTH)
  if (text === undefined || text.trim() === '') throw new InvalidInput('body', 'is required.')
  const { data } = await callApi(github, {
    operation: 'issues/create-comment',
    method: 'POST',
    path: apiPath`/repos/${ref.owner}/${ref.repo}/issues/${number}/comments`,
    body: { body: text },
    subject: `a comment on ${issueSubject(ref, number)}`,
  })
  return data
}

export interface CommentRefInput {
  repository: unknown
  commentId: unknown
}

function commentId(value: unknown): number {
  const id = optionalInteger(value, 'commentId', 1, Number.MAX_SAFE_INTEGER)
  if (id === undefined) throw new InvalidInput('commentId', 'is required: the id of the comment (from Add or List Issue Comments).')
  return id
}

/** PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}: https://docs.github.com/en/rest/issues/comments#update-an-issue-comment */
export async function editIssueComment(github: GitHubContext, input: CommentRefInput & { body: unknown }): Promise<IssueComment> {
  const ref = repository(input.repository)
  const id = commentId(input.commentId)
  const text = optionalText(input.body, 'body', MAX_BODY_LENGTH)
  if (text === undefined || text.trim() === '') throw new InvalidInput('body', 'is required.')
  const path = apiPath`/repos/${ref.owner}/${ref.repo}/issues/comments/${id}`
  const subject = `comment ${id} in repository ${ref.owner}/${ref.repo}`
  return (await callApi(github, { operation: 'issues/update-comment', method: 'PATCH', path, body: { body: text }, subject })).data
}

/** DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}: https://docs.github.com/en/rest/issues/comments#delete-an-issue-comment */
export async function deleteIssueComment(
  github: GitHubContext,
  input: CommentRefInput,
): Promise<{ repository: string; commentId: number; deleted: true }> {
  const ref = repository(input.repository)
  const id = commentId(input.commentId)
  const path = apiPath`/repos/${ref.owner}/${ref.repo}/issues/comments/${id}`
  await callApi(github, {
    operation: 'issues/delete-comment',
    method: 'DELETE',
    path,
    subject: `comment ${id} in repository ${ref.owner}/${ref.repo}`,
  })
  return { repository: `${ref.owner}/${ref.repo}`, commentId: id, deleted: true }
}

export interface ListIssueCommentsInput extends IssueRefInput {
  since?: unknown
  fetchAll?: unknown
  limit?: unknown
  cursor?: unknown
}

/** GET /repos/{owner}/{repo}/issues/{issue_number}/comments: https://docs.github.com/en/rest/issues/comments#list-issue-comments */
export async function listIssueComments(github: GitHubContext, input: ListIssueCommentsInput): Promise<ListResult<IssueComment>> {
  const ref = repository(input.repository)
  const number = issueNumber(input.issueNumber)
  const since = optionalDateTime(input.since, 'since')
  const options = listOptions(input.fetchAll, input.limit, input.cursor)
  return listAll(
    github,
    {
      operation: 'issues/list-comments',
      method: 'GET',
      path: apiPath`/repos/${ref.owner}/${ref.repo}/issues/${number}/comments`,
      query: withoutUndefined({ since }),
      subject: `the comments of ${issueSubject(ref, number)}`,
    },
    options,
  )
}

export interface LockIssueInput extends IssueRefInput {
  lockReason?: unknown
}

const LOCK_REASONS: Record<string, NonNullable<LockIssueBody['lock_reason']>> = {
  'Off-topic': 'off-topic',
  'Too heated': 'too heated',
  Resolved: 'resolved',
  Spam: 'spam',
}

export interface LockResult {
  repository: string
  issueNumber: number
  locked: boolean
  lockReason: string | null
}

/** PUT /repos/{owner}/{repo}/issues/{issue_number}/lock: https://docs.github.com/en/rest/issues/issues#lock-an-issue */
export async function lockIssue(github: GitHubContext, input: LockIssueInput): Promise<LockResult> {
  const ref = repository(input.repository)
  const number = issueNumber(input.issueNumber)
  const reason = choice(input.lockReason, 'lockReason', LOCK_REASONS)
  const body: LockIssueBody = reason === undefined ? {} : { lock_reason: reason }
  await callApi(github, {
    operation: 'issues/lock',
    method: 'PUT',
    path: apiPath`/repos/${ref.owner}/${ref.repo}/issues/${number}/lock`,
    body,
    subject: `locking ${issueSubject(ref, number)}`,
  })
  return { repository: `${ref.owner}/${ref.repo}`, issueNumber: number, locked: true, lockReason: reason ?? null }
}

/** DELETE /repos/{owner}/{repo}/issues/{issue_number}/lock: https://docs.github.com/en/rest/issues/issues#unlock-an-issue */
export async function unlockIssue(github: GitHubContext, input: IssueRefInput): Promise<LockResult> {
  const ref = repository(input.repository)
  const number = issueNumber(input.issueNumber)
  await callApi(github, {
    operation: 'issues/unlock',
    method: 'DELETE',
    path: apiPath`/repos/${ref.owner}/${ref.repo}/issues/${number}/lock`,
    subject: `unlocking ${issueSubject(ref, number)}`,
  })
  return { repository: `${ref.owner}/${ref.repo}`, issueNumber: number, locked: false, lockReason: null }
}

// ── Operations ───────────────────────────────────────────────────────────────

/** The operations this module implements, as the platform shows them (see src/operations/definition.ts). */
export interface AssigneesInput extends IssueRefInput {
  assignees: unknown
}

/** Adds (POST) or removes (DELETE) some assignees, keeping the others: https://docs.github.com/en/rest/issues/assignees */
async function changeAssignees(github: GitHubContext, input: AssigneesInput, add: boolean): Promise<Issue> {
  const ref = repository(input.repository)
  const number = issueNumber(input.issueNumber)
  const assignees = loginList(input.assignees, 'assignees', MAX_ASSIGNEES)
  if (!assignees?.length) throw new InvalidInput('assignees', 'is required: give at least one login.')
  const path = apiPath`/repos/${ref.owner}/${ref.repo}/issues/${number}/assignees`
  const subject = `the assignees of ${issueSubject(ref, number)}`
  const call = add
    ? callApi(github, { operation: 'issues/add-assignees', method: 'POST', path, body: { assignees }, subject })
    : callApi(github, { operation: 'issues/remove-assignees', method: 'DELETE', path, body: { assignees }, subject })
  return (await call).data
}

export const assignIssue = (github: GitHubContext, input: AssigneesInput): Promise<Issue> => changeAssignees(github, input, true)
export const unassignIssue = (github: GitHubContext, input: AssigneesInput): Promise<Issue> => changeAssignees(github, input, false)

/** A comment as GitHub documents it: the sample of the comment operations. */
const COMMENT_SAMPLE = {
  id: 1,
  node_id: 'MDEyOklzc3VlQ29tbWVudDE=',
  url: 'https://api.github.com/repos/octocat/Hello-World/issues/comments/1',
  html_url: 'https://github.com/octocat/Hello-World/issues/1347#issuecomment-1',
  issue_url: 'https://api.github.com/repos/octocat/Hello-World/issues/1347',
  body: 'Me too',
  user: { login: 'octocat', id: 1, type: 'User' },
  created_at: '2011-04-14T16:00:49Z',
  updated_at: '2011-04-14T16:00:49Z',
  author_association: 'COLLABORATOR' as const,
}

const commentBodyParam = {
  type: 'String',
  label: 'Comment',
  name: 'body',
  required: true,
  uiComponent: { type: 'MULTI_LINE_TEXT' },
  description: 'The comment text, in GitHub Markdown (at most 65536 characters).',
} as const

const commentIdParam = {
  type: 'Number',
  label: 'Comment ID',
  name: 'commentId',
  required: true,
  uiComponent: { type: 'NUMERIC' },
  description: 'The id of the comment, e.g. 1 (Add Issue Comment and List Issue Comments return it).',
} as const

/** An open issue with an assignee, as the assignee operations return it. */
export const ISSUE_SAMPLE = {
  url: 'https://api.github.com/repos/octocat/Hello-World/issues/1347',
  html_url: 'https://github.com/octocat/Hello-World/issues/1347',
  id: 1,
  number: 1347,
  state: 'open',
  title: 'Found a bug',
  user: { login: 'octocat', id: 1, type: 'User' },
  labels: [],
  assignee: { login: 'hubot', id: 2, type: 'User' },
  assignees: [{ login: 'hubot', id: 2, type: 'User' }],
  comments: 0,
  created_at: '2011-04-22T13:33:48Z',
  updated_at: '2011-04-22T13:40:00Z',
}

const assigneesParam = (description: string) =>
  ({
    type: 'Array<String>',
    label: 'Assignees',
    name: 'assignees',
    required: true,
    dictionary: 'getAssigneesDictionary',
    dependsOn: ['repository'],
    description,
  }) as const

export const definitions = {
  createIssue: define.action({
    label: 'Create Issue',
    route: 'POST /create-issue',
    category: 'Issues',
    description:
      'Opens a new issue in a repository, optionally with a body, labels, assignees and a milestone. Returns the created issue with its number and URL; labels, assignees and milestone are silently dropped by GitHub unless the account can push to the repository.',
    requires: { scope: 'repo', permission: 'Issues: write' },
    params: [
      param.repository,
      { type: 'String', label: 'Title', name: 'title', required: true, description: 'The issue title (at most 256 characters).' },
      {
        type: 'String',
        label: 'Body',
        name: 'body',
        uiComponent: { type: 'MULTI_LINE_TEXT' },
        description: 'The issue text, in GitHub Markdown (at most 65536 characters).',
      },
      {
        type: 'Array<String>',
        label: 'Labels',
        name: 'labels',
        dictionary: 'getLabelsDictionary',
        dependsOn: ['repository'],
        description: 'Label names to set, e.g. bug. A name that does not exist yet is created as a new label.',
      },
      {
        type: 'Array<String>',
        label: 'Assignees',
        name: 'assignees',
        dictionary: 'getAssigneesDictionary',
        dependsOn: ['repository'],
        description: 'Logins of up to 10 people to assign; they must be able to be assigned in the repository.',
      },
      {
        type: 'Number',
        label: 'Milestone',
        name: 'milestone',
        dictionary: 'getMilestonesDictionary',
        dependsOn: ['repository'],
        description: 'The number of the milestone to put the issue in (pick it from the list).',
      },
    ],
    sample: {
      url: 'https://api.github.com/repos/octocat/Hello-World/issues/1347',
      repository_url: 'https://api.github.com/repos/octocat/Hello-World',
      html_url: 'https://github.com/octocat/Hello-World/issues/1347',
      id: 1,
      node_id: 'MDU6SXNzdWUx',
      number: 1347,
      state: 'open',
      state_reason: null,
      title: 'Found a bug',
      body: "I'm having a problem with this.",
      user: { login: 'octocat', id: 1, type: 'User' },
      labels: [
        {
          id: 208045946,
          node_id: 'MDU6TGFiZWwyMDgwNDU5NDY=',
          name: 'bug',
          color: 'f29513',
          default: true,
          description: "Something isn't working",
        },
      ],
      assignee: { login: 'octocat', id: 1, type: 'User' },
      assignees: [{ login: 'octocat', id: 1, type: 'User' }],
      milestone: { id: 1002604, number: 1, title: 'v1.0', state: 'open', open_issues: 4, closed_issues: 8, due_on: '2012-10-09T23:39:01Z' },
      locked: false,
      active_lock_reason: null,
      comments: 0,
      closed_at: null,
      created_at: '2011-04-22T13:33:48Z',
      updated_at: '2011-04-22T13:33:48Z',
      closed_by: null,
      author_association: 'COLLABORATOR',
    },
    run: createIssue,
  }),
  assignIssue: define.action({
    label: 'Assign Issue',
    route: 'POST /assign-issue',
    category: 'Issues',
    description:
      'Adds people to the assignees of an issue or pull request, keeping those already assigned (GitHub silently skips logins that cannot be assigned). Returns the issue.',
    requires: { scope: 'repo', permission: 'Issues: write' },
    params: [param.repository, param.issueOrPullNumber, assigneesParam('The logins to add, e.g. octocat (at most 10 in all).')],
    sample: ISSUE_SAMPLE,
    run: assignIssue,
  }),
  unassignIssue: define.action({
    label: 'Unassign Issue',
    route: 'POST /unassign-issue',
    category: 'Issues',
    description: 'Removes people from the assignees of an issue or pull request, keeping the others. Returns the issue.',
    requires: { scope: 'repo', permission: 'Issues: write' },
    params: [param.repository, param.issueOrPullNumber, assigneesParam('The logins to remove, e.g. octocat.')],
    sample: { ...ISSUE_SAMPLE, assignee: null, assignees: [] },
    run: unassignIssue,
  }),
  getIssue: define.action({
    label: 'Get Issue',
    route: 'GET /get-issue',
    category: 'Issues',
    description:
      'Returns one issue by number: title, body, state and state reason, labels, assignees, milestone, lock status and comment count. Pull requests are issues too: a pull request number returns its issue view, with a pull_request field.',
    requires: { scope: 'repo', permission: 'Issues: read' },
    params: [param.repository, param.issueNumber],
    sample: {
      url: 'https://api.github.com/repos/octocat/Hello-World/issues/1347',
      repository_url: 'https://api.github.com/repos/octocat/Hello-World',
      html_url: 'https://github.com/octocat/Hello-World/issues/1347',
      id: 1,
      node_id: 'MDU6SXNzdWUx',
      number: 1347,
      state: 'closed',
      state_reason: 'completed',
      title: 'Found a bug',
      body: "I'm having a problem with this.",
      user: { login: 'octocat', id: 1, type: 'User' },
      labels: [{ id: 208045946, name: 'bug', color: 'f29513', default: true, description: "Something isn't working" }],
      assignee: null,
      assignees: [],
      milestone: null,
      locked: false,
      active_lock_reason: null,
      comments: 3,
      closed_at: '2011-04-23T09:12:00Z',
      created_at: '2011-04-22T13:33:48Z',
      updated_at: '2011-04-23T09:12:00Z',
      closed_by: { login: 'octocat', id: 1, type: 'User' },
      author_association: 'COLLABORATOR',
    },
    run: getIssue,
  }),
  updateIssue: define.action({
    label: 'Update Issue',
    route: 'PUT /update-issue',
    category: 'Issues',
    description:
      'Changes an issue: title, body, open or closed with a reason (closing a duplicate names the issue it duplicates), labels, assignees or milestone. Only the fields you fill in are sent, so everything else stays as it is; Labels and Assignees replace the current ones. Returns the updated issue.',
    requires: { scope: 'repo', permission: 'Issues: write' },
    params: [
      param.repository,
      param.issueNumber,
      { type: 'String', label: 'Title', name: 'title', description: 'A new title (at most 256 characters). Empty: keep the current one.' },
      {
        type: 'String',
        label: 'Body',
        name: 'body',
        uiComponent: { type: 'MULTI_LINE_TEXT' },
        description: 'A new issue text in GitHub Markdown, replacing the current one. Empty: keep the current one.',
      },
      {
        type: 'String',
        label: 'State',
        name: 'state',
        uiComponent: { type: 'DROPDOWN', options: { values: Object.keys(STATES) } },
        description: 'Open or close the issue. Empty: keep the state (or take it from State Reason).',
      },
      {
        type: 'String',
        label: 'State Reason',
        name: 'stateReason',
        uiComponent: { type: 'DROPDOWN', options: { values: Object.keys(STATE_REASONS) } },
        description:
          'Why the state changes: Completed, Not Planned or Duplicate when closing, Reopened when opening. Given alone, it closes or reopens the issue accordingly.',
      },
      {
        type: 'Number',
        label: 'Duplicate Of',
        name: 'duplicateOf',
        uiComponent: { type: 'NUMERIC' },
        description:
          'With State Reason Duplicate (required then): the number of the issue in the same repository that this one duplicates. Given alone, it closes the issue as a duplicate.',
      },
      {
        type: 'Array<String>',
        label: 'Labels',
        name: 'labels',
        dictionary: 'getLabelsDictionary',
        dependsOn: ['repository'],
        description: 'Replaces all labels with these names. Empty: keep the current labels (use Remove Label from Issue to take one off).',
      },
      {
        type: 'Array<String>',
        label: 'Assignees',
        name: 'assignees',
        dictionary: 'getAssigneesDictionary',
        dependsOn: ['repository'],
        description: 'Replaces the assignees with these logins (at most 10). Empty: keep the current assignees.',
      },
      {
        type: 'Number',
        label: 'Milestone',
        name: 'milestone',
        dictionary: 'getMilestonesDictionary',
        dependsOn: ['repository'],
        description: 'The number of the milestone to move the issue to. Empty: keep the current one.',
      },
      {
        type: 'Boolean',
        label: 'Remove Milestone',
        name: 'removeMilestone',
        defaultValue: false,
        uiComponent: { type: 'TOGGLE' },
        description: 'On: take the issue out of its milestone. Cannot be combined with Milestone.',
      },
    ],
    sample: {
      url: 'https://api.github.com/repos/octocat/Hello-World/issues/1347',
      repository_url: 'https://api.github.com/repos/octocat/Hello-World',
      html_url: 'https://github.com/octocat/Hello-World/issues/1347',
      id: 1,
      node_id: 'MDU6SXNzdWUx',
      number: 1347,
      state: 'closed',
      state_reason: 'not_planned',
      title: 'Found a bug',
      body: "I'm having a problem with this.",
      user: { login: 'octocat', id: 1, type: 'User' },
      labels: [{ id: 208045946, name: 'wontfix', color: 'ffffff', default: true, description: 'This will not be worked on' }],
      assignee: null,
      assignees: [],
      milestone: null,
      locked: false,
      active_lock_reason: null,
      comments: 3,
      closed_at: '2011-04-23T09:12:00Z',
      created_at: '2011-04-22T13:33:48Z',
      updated_at: '2011-04-23T09:12:00Z',
      closed_by: { login: 'octocat', id: 1, type: 'User' },
      author_association: 'COLLABORATOR',
    },
    run: updateIssue,
  }),
  listIssues: define.action({
    label: 'List Issues',
    route: 'GET /list-issues',
    category: 'Issues',
    description:
      "Lists a repository's issues, filtered by state, labels, assignee, creator, mention, milestone and last update, and sorted as chosen. Pull requests, which GitHub lists as issues too, are left out unless Include Pull Requests is on. Returns the issues and a cursor for the next page.",
    requires: { scope: 'repo', permission: 'Issues: read' },
    params: [
      param.repository,
      {
        type: 'String',
        label: 'State',
        name: 'state',
        defaultValue: 'Open',
        uiComponent: { type: 'DROPDOWN', options: { values: Object.keys(LIST_STATES) } },
        description: 'Which issues to list: open ones, closed ones, or all.',
      },
      {
        type: 'Array<String>',
        label: 'Labels',
        name: 'labels',
        dictionary: 'getLabelsDictionary',
        dependsOn: ['repository'],
        description: 'Only issues that carry all of these labels.',
      },
      {
        type: 'String',
        label: 'Assignee',
        name: 'assignee',
        dictionary: 'getAssigneesDictionary',
        dependsOn: ['repository'],
        description: 'Only issues assigned to this login. Write none for unassigned issues, or * for issues assigned to anybody.',
      },
      { type: 'String', label: 'Creator', name: 'creator', description: 'Only issues opened by this login, e.g. octocat.' },
      { type: 'String', label: 'Mentioned', name: 'mentioned', description: 'Only issues that mention this login.' },
      {
        type: 'String',
        label: 'Milestone',
        name: 'milestone',
        dictionary: 'getMilestonesDictionary',
        dependsOn: ['repository'],
        description:
          'Only issues in this milestone (its number). Write none for issues without a milestone, or * for issues in any milestone.',
      },
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
        defaultValue: 'Created',
        uiComponent: { type: 'DROPDOWN', options: { values: Object.keys(LIST_SORTS) } },
        description: 'Order by creation time, last update, or number of comments.',
      },
      {
        type: 'String',
        label: 'Direction',
        name: 'direction',
        defaultValue: 'Descending',
        uiComponent: { type: 'DROPDOWN', options: { values: Object.keys(DIRECTIONS) } },
        description: 'Sort direction: newest or most first (Descending), or the reverse.',
      },
      {
        type: 'Boolean',
        label: 'Include Pull Requests',
        name: 'includePullRequests',
        defaultValue: false,
        uiComponent: { type: 'TOGGLE' },
        description:
          'On: also return pull requests (they have a pull_request field). Off: issues only, so a page may hold fewer than Limit items.',
      },
      param.fetchAll,
      param.limit,
      param.cursor,
    ],
    sample: {
      items: [
        {
          url: 'https://api.github.com/repos/octocat/Hello-World/issues/1347',
          html_url: 'https://github.com/octocat/Hello-World/issues/1347',
          id: 1,
          node_id: 'MDU6SXNzdWUx',
          number: 1347,
          state: 'open',
          state_reason: null,
          title: 'Found a bug',
          body: "I'm having a problem with this.",
          user: { login: 'octocat', id: 1, type: 'User' },
          labels: [{ id: 208045946, name: 'bug', color: 'f29513', default: true, description: "Something isn't working" }],
          assignee: null,
          assignees: [],
          milestone: null,
          locked: false,
          comments: 2,
          closed_at: null,
          created_at: '2011-04-22T13:33:48Z',
          updated_at: '2011-04-22T13:33:48Z',
          author_association: 'COLLABORATOR',
        },
      ],
      nextCursor: 'c1.eyJxIjp7InBlcl9wYWdlIjoiMzAiLCJwYWdlIjoiMiJ9fQ.MDtNPN5U1-b207jeUI6mRwR7YMhPxIzjyZspe2uOGNs',
    },
    run: listIssues,
  }),
  editIssueComment: define.action({
    label: 'Edit Issue Comment',
    route: 'PUT /edit-issue-comment',
    category: 'Issues',
    description: 'Replaces the text of a comment on an issue or pull request conversation. Returns the updated comment.',
    requires: { scope: 'repo', permission: 'Issues: write' },
    params: [param.repository, commentIdParam, { ...commentBodyParam, description: 'The new comment text, in GitHub Markdown.' }],
    sample: COMMENT_SAMPLE,
    run: editIssueComment,
  }),
  deleteIssueComment: define.action({
    label: 'Delete Issue Comment',
    route: 'DELETE /delete-issue-comment',
    category: 'Issues',
    description: 'Deletes a comment from an issue or pull request conversation. Returns the repository and the deleted comment id.',
    requires: { scope: 'repo', permission: 'Issues: write' },
    params: [param.repository, commentIdParam],
    sample: { repository: 'octocat/Hello-World', commentId: 1, deleted: true },
    run: deleteIssueComment,
  }),
  addIssueComment: define.action({
    label: 'Add Issue Comment',
    route: 'POST /add-issue-comment',
    category: 'Issues',
    description:
      'Adds a comment to an issue or pull request conversation. Returns the created comment with its id and URL; fails as forbidden when the conversation is locked and the account is not a collaborator.',
    requires: { scope: 'repo', permission: 'Issues: write' },
    params: [param.repository, param.issueOrPullNumber, commentBodyParam],
    sample: COMMENT_SAMPLE,
    run: addIssueComment,
  }),
  listIssueComments: define.action({
    label: 'List Issue Comments',
    route: 'GET /list-issue-comments',
    category: 'Issues',
    description:
      'Lists the comments of an issue or pull request conversation, oldest first, optionally only those updated since a time. Returns the comments and a cursor for the next page.',
    requires: { scope: 'repo', permission: 'Issues: read' },
    params: [
      param.repository,
      param.issueOrPullNumber,
      {
        type: 'Number',
        label: 'Updated Since',
        name: 'since',
        uiComponent: { type: 'DATE_TIME_PICKER' },
        description: 'Only comments updated at or after this time.',
      },
      param.fetchAll,
      param.limit,
      param.cursor,
    ],
    sample: {
      items: [
        {
          id: 1,
          node_id: 'MDEyOklzc3VlQ29tbWVudDE=',
          url: 'https://api.github.com/repos/octocat/Hello-World/issues/comments/1',
          html_url: 'https://github.com/octocat/Hello-World/issues/1347#issuecomment-1',
          issue_url: 'https://api.github.com/repos/octocat/Hello-World/issues/1347',
          body: 'Me too',
          user: { login: 'octocat', id: 1, type: 'User' },
          created_at: '2011-04-14T16:00:49Z',
          updated_at: '2011-04-14T16:00:49Z',
          author_association: 'COLLABORATOR',
        },
      ],
      nextCursor: null,
    },
    run: listIssueComments,
  }),
  lockIssue: define.action({
    label: 'Lock Issue',
    route: 'PUT /lock-issue',
    category: 'Issues',
    description:
      'Locks the conversation of an issue or pull request so that only collaborators can comment, optionally giving the reason GitHub shows. Returns the repository, the issue number, locked true and the reason.',
    requires: { scope: 'repo', permission: 'Issues: write' },
    params: [
      param.repository,
      param.issueOrPullNumber,
      {
        type: 'String',
        label: 'Lock Reason',
        name: 'lockReason',
        uiComponent: { type: 'DROPDOWN', options: { values: Object.keys(LOCK_REASONS) } },
        description: 'The reason shown on the conversation. Empty: locked without a reason.',
      },
    ],
    sample: { repository: 'octocat/Hello-World', issueNumber: 1347, locked: true, lockReason: 'too heated' },
    run: lockIssue,
  }),
  unlockIssue: define.action({
    label: 'Unlock Issue',
    route: 'DELETE /unlock-issue',
    category: 'Issues',
    description:
      'Unlocks the conversation of an issue or pull request so that everyone who can see it may comment again. Returns the repository, the issue number and locked false.',
    requires: { scope: 'repo', permission: 'Issues: write' },
    params: [param.repository, param.issueOrPullNumber],
    sample: { repository: 'octocat/Hello-World', issueNumber: 1347, locked: false, lockReason: null },
    run: unlockIssue,
  }),
}
