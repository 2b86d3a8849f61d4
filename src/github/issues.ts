import type { components, operations } from '@octokit/openapi-types'
import { InvalidInput } from '../errors'
import { apiPath, callApi, type GitHubContext } from './api'
import {
  choice,
  isLogin,
  listOptions,
  optionalBoolean,
  optionalDateTime,
  optionalInteger,
  optionalString,
  optionalStringList,
  optionalText,
  repository,
  requiredInteger,
  requiredString,
  type RepositoryRef,
} from './input'
import { listAll, type ListResult } from './pagination'

/**
 * Issues and their comments. GitHub treats every pull request as an issue too, so
 * these operations also work on pull request numbers (the list filters them out unless asked).
 */

export type Issue = components['schemas']['issue']
export type IssueComment = components['schemas']['issue-comment']
type CreateIssueBody = operations['issues/create']['requestBody']['content']['application/json']
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

export const ISSUES_WRITE = 'the "repo" scope (public repositories: "public_repo"; GitHub App permission "Issues: write")'
export const ISSUES_READ = 'the "repo" scope for private repositories (GitHub App permission "Issues: read")'

// #region input validation shared by the issue modules

export function issueNumber(value: unknown, parameter = 'issueNumber'): number {
  return requiredInteger(value, parameter, 1, MAX_ISSUE_NUMBER)
}

export function labelList(value: unknown, parameter = 'labels'): string[] | undefined {
  return optionalStringList(value, parameter, MAX_LABELS, MAX_LABEL_NAME_LENGTH)
}

export function login(value: unknown, parameter: string): string | undefined {
  const text = optionalString(value, parameter, 39)
  if (text !== undefined && !isLogin(text)) throw new InvalidInput(parameter, 'must be a GitHub login such as "octocat".')
  return text
}

export function loginList(value: unknown, parameter: string, maxItems = MAX_ASSIGNEES): string[] | undefined {
  const list = optionalStringList(value, parameter, maxItems, 39)
  const wrong = list?.find((item) => !isLogin(item))
  if (wrong !== undefined) throw new InvalidInput(parameter, `contains "${wrong}", which is not a GitHub login such as "octocat".`)
  return list
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
  const ref = repository(input.repository)
  const body: CreateIssueBody = { title: requiredString(input.title, 'title', MAX_TITLE_LENGTH) }
  const text = optionalText(input.body, 'body', MAX_BODY_LENGTH)
  const labels = labelList(input.labels)
  const assignees = loginList(input.assignees, 'assignees')
  const milestone = milestoneNumber(input.milestone)
  if (text !== undefined) body.body = text
  if (labels?.length) body.labels = labels
  if (assignees?.length) body.assignees = assignees
  if (milestone !== undefined) body.milestone = milestone
  const { data } = await callApi<Issue>(github, {
    method: 'POST',
    path: apiPath`/repos/${ref.owner}/${ref.repo}/issues`,
    body,
    subject: `a new issue in repository ${ref.owner}/${ref.repo}`,
    needs: ISSUES_WRITE,
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
  const { data } = await callApi<Issue>(github, {
    method: 'GET',
    path: apiPath`/repos/${ref.owner}/${ref.repo}/issues/${number}`,
    subject: issueSubject(ref, number),
    needs: ISSUES_READ,
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
  const { data } = await callApi<Issue>(github, {
    method: 'PATCH',
    path: apiPath`/repos/${ref.owner}/${ref.repo}/issues/${number}`,
    body,
    subject: issueSubject(ref, number),
    needs: ISSUES_WRITE,
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
  const assignees = loginList(input.assignees, 'assignees')
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
    creator: login(input.creator, 'creator'),
    mentioned: login(input.mentioned, 'mentioned'),
    milestone: milestoneFilter(input.milestone),
    since: optionalDateTime(input.since, 'since'),
    sort: choice(input.sort, 'sort', LIST_SORTS),
    direction: choice(input.direction, 'direction', DIRECTIONS),
  }
  const includePullRequests = optionalBoolean(input.includePullRequests, 'includePullRequests') ?? false
  const options = listOptions(input.fetchAll, input.limit, input.cursor)
  const issuesOnly = (data: unknown): Issue[] => (Array.isArray(data) ? (data as Issue[]).filter((issue) => !issue.pull_request) : [])
  return listAll<Issue>(
    github,
    {
      method: 'GET',
      path: apiPath`/repos/${ref.owner}/${ref.repo}/issues`,
      query: withoutUndefined(query),
      subject: `the issues of repository ${ref.owner}/${ref.repo}`,
      needs: ISSUES_READ,
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
  return special ?? login(text, parameter)
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
  const { data } = await callApi<IssueComment>(github, {
    method: 'POST',
    path: apiPath`/repos/${ref.owner}/${ref.repo}/issues/${number}/comments`,
    body: { body: text },
    subject: `a comment on ${issueSubject(ref, number)}`,
    needs: ISSUES_WRITE,
  })
  return data
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
  return listAll<IssueComment>(
    github,
    {
      method: 'GET',
      path: apiPath`/repos/${ref.owner}/${ref.repo}/issues/${number}/comments`,
      query: withoutUndefined({ since }),
      subject: `the comments of ${issueSubject(ref, number)}`,
      needs: ISSUES_READ,
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
  await callApi<void>(github, {
    method: 'PUT',
    path: apiPath`/repos/${ref.owner}/${ref.repo}/issues/${number}/lock`,
    body,
    subject: `locking ${issueSubject(ref, number)}`,
    needs: ISSUES_WRITE,
  })
  return { repository: `${ref.owner}/${ref.repo}`, issueNumber: number, locked: true, lockReason: reason ?? null }
}

/** DELETE /repos/{owner}/{repo}/issues/{issue_number}/lock: https://docs.github.com/en/rest/issues/issues#unlock-an-issue */
export async function unlockIssue(github: GitHubContext, input: IssueRefInput): Promise<LockResult> {
  const ref = repository(input.repository)
  const number = issueNumber(input.issueNumber)
  await callApi<void>(github, {
    method: 'DELETE',
    path: apiPath`/repos/${ref.owner}/${ref.repo}/issues/${number}/lock`,
    subject: `unlocking ${issueSubject(ref, number)}`,
    needs: ISSUES_WRITE,
  })
  return { repository: `${ref.owner}/${ref.repo}`, issueNumber: number, locked: false, lockReason: null }
}
