import type { components, operations } from '@octokit/openapi-types'
import { InvalidInput } from '../errors'
import * as define from '../operations/definition'
import { apiPath, callApi, type GitHubContext } from './api'
import { choice, listOptions, optionalDateTime, optionalInteger, optionalString, repository, requiredString } from './input'
import { listAll, type ListResult } from './pagination'
import * as param from './params'

/** Milestones of a repository: https://docs.github.com/en/rest/issues/milestones */

type Milestone = components['schemas']['milestone']
type MilestoneBody = NonNullable<operations['issues/update-milestone']['requestBody']>['content']['application/json']

const STATES = { Open: 'open', Closed: 'closed' } as const
const LIST_STATES = { Open: 'open', Closed: 'closed', All: 'all' } as const
/** GitHub's limits: a title of at most 255 characters (the description has none documented; 10,000 keeps flows sane). */
const MAX_TITLE = 255
const MAX_DESCRIPTION = 10_000

export interface MilestoneFields {
  repository: unknown
  title?: unknown
  state?: unknown
  description?: unknown
  dueOn?: unknown
}

function fields(input: MilestoneFields): MilestoneBody {
  const title = optionalString(input.title, 'title', MAX_TITLE)
  const state = choice(input.state, 'state', STATES)
  const description = optionalString(input.description, 'description', MAX_DESCRIPTION)
  const dueOn = optionalDateTime(input.dueOn, 'dueOn')
  return {
    ...(title && { title }),
    ...(state && { state }),
    ...(description !== undefined && { description }),
    ...(dueOn && { due_on: dueOn }),
  }
}

function milestoneNumber(value: unknown): number {
  const number = optionalInteger(value, 'milestone', 1, 2_147_483_647)
  if (number === undefined) throw new InvalidInput('milestone', 'is required: the number of the milestone (pick it from the list).')
  return number
}

/** POST /repos/{owner}/{repo}/milestones */
export async function createMilestone(github: GitHubContext, input: MilestoneFields): Promise<Milestone> {
  const ref = repository(input.repository)
  const body = { ...fields(input), title: requiredString(input.title, 'title', MAX_TITLE) }
  const path = apiPath`/repos/${ref.owner}/${ref.repo}/milestones`
  const subject = `a new milestone "${body.title}" in repository ${ref.owner}/${ref.repo}`
  return (await callApi(github, { operation: 'issues/create-milestone', method: 'POST', path, body, subject })).data
}

/** PATCH /repos/{owner}/{repo}/milestones/{milestone_number} */
export async function updateMilestone(github: GitHubContext, input: MilestoneFields & { milestone: unknown }): Promise<Milestone> {
  const ref = repository(input.repository)
  const number = milestoneNumber(input.milestone)
  const body = fields(input)
  if (Object.keys(body).length === 0)
    throw new InvalidInput('title', 'or State, Description or Due On must be given: there is nothing to change.')
  const path = apiPath`/repos/${ref.owner}/${ref.repo}/milestones/${number}`
  const subject = `milestone ${number} of repository ${ref.owner}/${ref.repo}`
  return (await callApi(github, { operation: 'issues/update-milestone', method: 'PATCH', path, body, subject })).data
}

/** DELETE /repos/{owner}/{repo}/milestones/{milestone_number}; the issues in it stay, without a milestone. */
export async function deleteMilestone(
  github: GitHubContext,
  input: { repository: unknown; milestone: unknown },
): Promise<{ repository: string; milestone: number; deleted: true }> {
  const ref = repository(input.repository)
  const number = milestoneNumber(input.milestone)
  const path = apiPath`/repos/${ref.owner}/${ref.repo}/milestones/${number}`
  const subject = `milestone ${number} of repository ${ref.owner}/${ref.repo}`
  await callApi(github, { operation: 'issues/delete-milestone', method: 'DELETE', path, subject })
  return { repository: `${ref.owner}/${ref.repo}`, milestone: number, deleted: true }
}

/** GET /repos/{owner}/{repo}/milestones */
export async function listMilestones(
  github: GitHubContext,
  input: { repository: unknown; state: unknown; fetchAll: unknown; limit: unknown; cursor: unknown },
): Promise<ListResult<Milestone>> {
  const ref = repository(input.repository)
  const state = choice(input.state, 'state', LIST_STATES)
  const path = apiPath`/repos/${ref.owner}/${ref.repo}/milestones`
  const subject = `the milestones of repository ${ref.owner}/${ref.repo}`
  const call = { operation: 'issues/list-milestones' as const, method: 'GET' as const, path, query: { state }, subject }
  return listAll(github, call, listOptions(input.fetchAll, input.limit, input.cursor))
}

// ── Operations ───────────────────────────────────────────────────────────────

const MILESTONE_SAMPLE = {
  url: 'https://api.github.com/repos/octocat/Hello-World/milestones/1',
  html_url: 'https://github.com/octocat/Hello-World/milestones/v1.0',
  id: 1002604,
  number: 1,
  state: 'open',
  title: 'v1.0',
  description: 'Tracking milestone for version 1.0',
  creator: { login: 'octocat', id: 1 },
  open_issues: 4,
  closed_issues: 8,
  created_at: '2011-04-10T20:09:31Z',
  updated_at: '2014-03-03T18:58:10Z',
  closed_at: null,
  due_on: '2012-10-09T23:39:01Z',
} as const

const milestoneParam = {
  type: 'Number',
  label: 'Milestone',
  name: 'milestone',
  required: true,
  dictionary: 'getMilestonesDictionary',
  dependsOn: ['repository'],
  description: 'The number of the milestone (pick it from the list).',
} as const
const titleParam = (required: boolean) =>
  ({
    type: 'String',
    label: 'Title',
    name: 'title',
    ...(required && { required }),
    description: 'The milestone title, e.g. v1.0.',
  }) as const
const stateParam = {
  type: 'String',
  label: 'State',
  name: 'state',
  uiComponent: { type: 'DROPDOWN', options: { values: Object.keys(STATES) } },
  description: 'Open or Closed. Empty: open for a new milestone, unchanged otherwise.',
} as const
const descriptionParam = { type: 'String', label: 'Description', name: 'description', description: 'What the milestone is for.' } as const
const dueOnParam = {
  type: 'Number',
  label: 'Due On',
  name: 'dueOn',
  uiComponent: { type: 'DATE_TIME_PICKER' },
  description: 'When the milestone is due (GitHub keeps the date).',
} as const
const WRITE = { scope: 'repo', permission: 'Issues: write' } as const

export const definitions = {
  createMilestone: define.action({
    label: 'Create Milestone',
    route: 'POST /create-milestone',
    category: 'Issues',
    description: 'Creates a milestone in a repository, with a due date and description if given. Returns the milestone and its number.',
    requires: WRITE,
    params: [param.repository, titleParam(true), stateParam, descriptionParam, dueOnParam],
    sample: MILESTONE_SAMPLE,
    run: createMilestone,
  }),
  updateMilestone: define.action({
    label: 'Update Milestone',
    route: 'PUT /update-milestone',
    category: 'Issues',
    description: "Changes a milestone's title, state, description or due date. Returns the updated milestone.",
    requires: WRITE,
    params: [param.repository, milestoneParam, titleParam(false), stateParam, descriptionParam, dueOnParam],
    sample: MILESTONE_SAMPLE,
    run: updateMilestone,
  }),
  deleteMilestone: define.action({
    label: 'Delete Milestone',
    route: 'DELETE /delete-milestone',
    category: 'Issues',
    description: 'Deletes a milestone; its issues stay, without a milestone. Returns the repository and the deleted number.',
    requires: WRITE,
    params: [param.repository, milestoneParam],
    sample: { repository: 'octocat/Hello-World', milestone: 1, deleted: true },
    run: deleteMilestone,
  }),
  listMilestones: define.action({
    label: 'List Milestones',
    route: 'GET /list-milestones',
    category: 'Issues',
    description:
      'Lists the milestones of a repository (open, closed or all) with their due dates and issue counts. Returns the milestones and a cursor for the next page.',
    requires: { scope: 'repo', permission: 'Issues: read' },
    params: [
      param.repository,
      {
        ...stateParam,
        uiComponent: { type: 'DROPDOWN', options: { values: Object.keys(LIST_STATES) } },
        defaultValue: 'Open',
        description: 'Which milestones to list.',
      },
      param.fetchAll,
      param.limit,
      param.cursor,
    ],
    sample: { items: [MILESTONE_SAMPLE], nextCursor: null },
    run: listMilestones,
  }),
}
