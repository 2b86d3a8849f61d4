import type { components } from '@octokit/openapi-types'
import * as define from '../operations/definition'
import { apiPath, callApi, type GitHubContext } from './api'
import { pickedDictionary, type DictionaryPage } from './dictionary'
import { isLogin, listOptions, repository, requiredInteger, requiredLogin } from './input'
import { listAll, type ListResult } from './pagination'
import * as param from './params'

/**
 * Projects (the current ones, "Projects v2") of a user or an organization, through GitHub's REST API for them:
 * https://docs.github.com/en/rest/projects/items. (The classic Projects API other services call is retired.)
 */

type ProjectItem = components['schemas']['projects-v2-item-with-content']
type AddedItem = components['schemas']['projects-v2-item-simple']
type Project = components['schemas']['projects-v2']

/** Where an owner's projects live: /orgs/{org}/projectsV2 or /users/{username}/projectsV2, by the account's type. */
async function projectsBase(github: GitHubContext, owner: string): Promise<{ base: string; kind: 'org' | 'user' }> {
  const { data } = await callApi(github, {
    operation: 'users/get-by-username',
    method: 'GET',
    path: apiPath`/users/${owner}`,
    subject: `the account "${owner}"`,
  })
  return data.type === 'Organization'
    ? { base: apiPath`/orgs/${owner}/projectsV2`, kind: 'org' }
    : { base: apiPath`/users/${owner}/projectsV2`, kind: 'user' }
}

const projectNumber = (value: unknown): number => requiredInteger(value, 'projectNumber', 1, 1_000_000)

/** POST …/projectsV2/{project_number}/items: adds an issue or a pull request (told apart by GitHub's answer for the number). */
export async function addProjectItem(
  github: GitHubContext,
  input: { owner: unknown; projectNumber: unknown; repository: unknown; issueNumber: unknown },
): Promise<AddedItem> {
  const owner = requiredLogin(input.owner, 'owner')
  const number = projectNumber(input.projectNumber)
  const ref = repository(input.repository)
  const issueNumber = requiredInteger(input.issueNumber, 'issueNumber', 1)
  const { data: issue } = await callApi(github, {
    operation: 'issues/get',
    method: 'GET',
    path: apiPath`/repos/${ref.owner}/${ref.repo}/issues/${issueNumber}`,
    subject: `issue or pull request #${issueNumber} in ${ref.owner}/${ref.repo}`,
  })
  const type = issue.pull_request ? 'PullRequest' : 'Issue'
  const { base, kind } = await projectsBase(github, owner)
  const body = { type, owner: ref.owner, repo: ref.repo, number: issueNumber } as const
  const subject = `project ${number} of ${owner}`
  const { data } =
    kind === 'org'
      ? await callApi(github, {
          operation: 'projects/add-item-for-org',
          method: 'POST',
          path: `${base}${apiPath`/${number}/items`}`,
          body,
          subject,
        })
      : await callApi(github, {
          operation: 'projects/add-item-for-user',
          method: 'POST',
          path: `${base}${apiPath`/${number}/items`}`,
          body,
          subject,
        })
  return data
}

/** GET …/projectsV2/{project_number}/items: the items with their content (issue, pull request or draft). */
export async function listProjectItems(
  github: GitHubContext,
  input: { owner: unknown; projectNumber: unknown; fetchAll: unknown; limit: unknown; cursor: unknown },
): Promise<ListResult<ProjectItem>> {
  const owner = requiredLogin(input.owner, 'owner')
  const number = projectNumber(input.projectNumber)
  const options = listOptions(input.fetchAll, input.limit, input.cursor)
  const { base, kind } = await projectsBase(github, owner)
  const path = `${base}${apiPath`/${number}/items`}`
  const subject = `the items of project ${number} of ${owner}`
  return kind === 'org'
    ? listAll(github, { operation: 'projects/list-items-for-org', method: 'GET', path, subject }, options)
    : listAll(github, { operation: 'projects/list-items-for-user', method: 'GET', path, subject }, options)
}

/** The projects of the picked owner: value is the project number, the note whether it is closed. */
export async function getProjectsDictionary(github: GitHubContext, payload: unknown): Promise<DictionaryPage> {
  const owner = (payload as { criteria?: { owner?: unknown } } | undefined)?.criteria?.owner
  const login = typeof owner === 'string' ? owner.replace(/^@/, '') : ''
  if (!isLogin(login)) return { items: [], cursor: null }
  const { base, kind } = await projectsBase(github, login)
  return pickedDictionary<Project>(github, payload, () => ({
    call:
      kind === 'org'
        ? { operation: 'projects/list-for-org', method: 'GET', path: base, subject: `the projects of ${login}` }
        : { operation: 'projects/list-for-user', method: 'GET', path: base, subject: `the projects of ${login}` },
    item: (project) => ({ label: project.title, value: project.number, ...(project.closed_at && { note: 'closed' }) }),
    searched: (project) => [project.title, project.short_description],
  }))
}

// ── Operations ───────────────────────────────────────────────────────────────

const ownerParam = {
  type: 'String',
  label: 'Owner',
  name: 'owner',
  required: true,
  dictionary: 'getOwnersDictionary',
  description: 'The user or organization the project belongs to, e.g. octo-org.',
} as const
const projectParam = {
  type: 'Number',
  label: 'Project',
  name: 'projectNumber',
  required: true,
  dictionary: 'getProjectsDictionary',
  dependsOn: ['owner'],
  description: "The project: pick it, or give its number (the number in the project's URL, e.g. 5).",
} as const
const ITEM_SAMPLE = {
  id: 17,
  node_id: 'PVTI_lADOANN5s84ACbL0zgBueEI',
  content_type: 'Issue',
  content: { number: 1347, title: 'Found a bug', html_url: 'https://github.com/octocat/Hello-World/issues/1347', state: 'open' },
  created_at: '2022-04-28T12:00:00Z',
  updated_at: '2022-04-28T12:00:00Z',
  archived_at: null,
  project_url: 'https://api.github.com/users/octocat/projectsV2/1',
  item_url: 'https://api.github.com/users/octocat/projectsV2/items/17',
} as const
const WRITE = { scope: 'project', permission: 'Projects: write' } as const

export const definitions = {
  addProjectItem: define.action({
    label: 'Add Item to Project',
    route: 'POST /add-project-item',
    category: 'Issues',
    description:
      'Adds an issue or a pull request to a project (the current GitHub Projects) of a user or an organization; one already there is returned as it is. Returns the project item with its id.',
    requires: WRITE,
    params: [
      ownerParam,
      projectParam,
      param.repository,
      { ...param.issueNumber, label: 'Issue or Pull Request Number', description: 'The number shown after # on GitHub, e.g. 1347.' },
    ],
    sample: ITEM_SAMPLE,
    run: addProjectItem,
  }),
  listProjectItems: define.action({
    label: 'List Project Items',
    route: 'GET /list-project-items',
    category: 'Issues',
    description:
      'Lists the items of a project (the current GitHub Projects) of a user or an organization: issues, pull requests and drafts with their content. Returns them and a cursor for the next page.',
    requires: { scope: 'read:project', permission: 'Projects: read' },
    params: [ownerParam, projectParam, param.fetchAll, param.limit, param.cursor],
    sample: { items: [ITEM_SAMPLE], nextCursor: null },
    run: listProjectItems,
  }),
  getProjectsDictionary: define.dictionary({
    label: 'Get Projects Dictionary',
    route: 'POST /get-projects-dictionary',
    description: 'Lists the projects of the selected owner for picking one: the value is the project number. Search filters by title.',
    requires: { scope: 'read:project', permission: 'Projects: read' },
    params: [
      { type: 'Object', label: 'Payload', name: 'payload', description: 'Search text, cursor, and criteria.owner (the selected owner).' },
    ],
    sample: { items: [{ label: 'Roadmap', value: 5 }], cursor: null },
    run: (github: GitHubContext, { payload }) => getProjectsDictionary(github, payload),
  }),
}
