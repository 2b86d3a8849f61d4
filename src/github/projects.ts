import type { components } from '@octokit/openapi-types'
import { InvalidInput } from '../errors'
import * as define from '../operations/definition'
import { apiPath, callApi, type GitHubContext } from './api'
import { pickedDictionary, type DictionaryPage } from './dictionary'
import { isLogin, listOptions, optionalText, repository, requiredInteger, requiredLogin, requiredString } from './input'
import { listAll, MAX_PAGE_SIZE, type ListResult } from './pagination'
import * as param from './params'

/**
 * Projects (the current ones, "Projects v2") of a user or an organization, through GitHub's REST API for them:
 * https://docs.github.com/en/rest/projects/items. (The classic Projects API other services call is retired.)
 */

type ProjectItem = components['schemas']['projects-v2-item-with-content']
type AddedItem = components['schemas']['projects-v2-item-simple']
type Project = components['schemas']['projects-v2']
type ProjectField = components['schemas']['projects-v2-field']

interface ProjectsBase {
  base: string
  kind: 'org' | 'user'
  /** The account's id: a user's drafts are made under /user/{user_id}/projectsV2. */
  accountId: number
}

/** Where an owner's projects live: /orgs/{org}/projectsV2 or /users/{username}/projectsV2, by the account's type. */
async function projectsBase(github: GitHubContext, owner: string): Promise<ProjectsBase> {
  const { data } = await callApi(github, {
    operation: 'users/get-by-username',
    method: 'GET',
    path: apiPath`/users/${owner}`,
    subject: `the account "${owner}"`,
  })
  return data.type === 'Organization'
    ? { base: apiPath`/orgs/${owner}/projectsV2`, kind: 'org', accountId: Number(data.id) }
    : { base: apiPath`/users/${owner}/projectsV2`, kind: 'user', accountId: Number(data.id) }
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
  const { data } = await callApi(github, {
    operation: kind === 'org' ? 'projects/add-item-for-org' : 'projects/add-item-for-user',
    method: 'POST',
    path: `${base}${apiPath`/${number}/items`}`,
    body,
    subject,
  })
  return data
}

/**
 * POST …/projectsV2/{project_number}/drafts: a draft issue, a card that lives only in the project. A user's drafts go
 * to /user/{user_id}/projectsV2 (GitHub offers it for the connected account's own projects only).
 * https://docs.github.com/en/rest/projects/drafts
 */
export async function addProjectDraft(
  github: GitHubContext,
  input: { owner: unknown; projectNumber: unknown; title: unknown; body: unknown },
): Promise<AddedItem> {
  const owner = requiredLogin(input.owner, 'owner')
  const number = projectNumber(input.projectNumber)
  const title = requiredString(input.title, 'title', 256)
  const text = optionalText(input.body, 'body')
  const body = { title, ...(text !== undefined && { body: text }) }
  const { kind, accountId } = await projectsBase(github, owner)
  const subject = `project ${number} of ${owner}`
  const { data } = await callApi(github, {
    operation: kind === 'org' ? 'projects/create-draft-item-for-org' : 'projects/create-draft-item-for-authenticated-user',
    method: 'POST',
    path: kind === 'org' ? apiPath`/orgs/${owner}/projectsV2/${number}/drafts` : apiPath`/user/${accountId}/projectsV2/${number}/drafts`,
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
  const operation = kind === 'org' ? 'projects/list-items-for-org' : 'projects/list-items-for-user'
  return listAll(github, { operation, method: 'GET', path, subject }, options)
}

const itemId = (value: unknown): number => requiredInteger(value, 'itemId', 1)

/** The field types GitHub lets the REST API set on an item; the others follow the issue (labels, assignees…). */
const SETTABLE = ['text', 'number', 'date', 'single_select', 'iteration'] as const
type Settable = (typeof SETTABLE)[number]
const isSettable = (field: ProjectField): field is ProjectField & { data_type: Settable } =>
  (SETTABLE as readonly string[]).includes(field.data_type)

/** GET …/projectsV2/{project_number}/fields, every page (a project has at most 50 fields). */
async function projectFields(
  github: GitHubContext,
  { base, kind }: ProjectsBase,
  number: number,
  project: string,
): Promise<ProjectField[]> {
  const path = `${base}${apiPath`/${number}/fields`}`
  const subject = `the fields of ${project}`
  const options = { mode: 'all', pageSize: MAX_PAGE_SIZE, limit: 1000 } as const
  const operation = kind === 'org' ? 'projects/list-fields-for-org' : 'projects/list-fields-for-user'
  const { items } = await listAll(github, { operation, method: 'GET', path, subject }, options)
  return items
}

/** The field a person named: its id (what the dictionary gives) or its name, case-insensitively. */
function fieldNamed(fields: ProjectField[], given: string, project: string): ProjectField & { data_type: Settable } {
  const field =
    fields.find((candidate) => String(candidate.id) === given) ??
    fields.find((candidate) => candidate.name.toLowerCase() === given.toLowerCase())
  const names = fields.filter(isSettable).map((candidate) => candidate.name)
  const settable = names.length > 0 ? `fields that can be set: ${names.join(', ')}` : 'it has no field that can be set'
  if (!field) throw new InvalidInput('field', `"${given}" is not a field of ${project}; ${settable}.`)
  if (!isSettable(field)) {
    throw new InvalidInput(
      'field',
      `"${field.name}" is a ${field.data_type.replace(/_/g, ' ')} field, which GitHub sets from the issue or pull request itself, not on the project item; ${settable}.`,
    )
  }
  return field
}

/**
 * The value GitHub takes for the field: an option's id for a single select (from its name), an iteration's id (from
 * its title), a number, a YYYY-MM-DD date, or the text; null (empty) clears the field.
 */
function fieldValue(field: ProjectField & { data_type: Settable }, given: string | undefined): string | number | null {
  if (given === undefined) return null
  const named = (choices: { id: string; name: string }[], what: string): string => {
    const wanted = given.trim().toLowerCase()
    const found = choices.find((choice) => choice.name.toLowerCase() === wanted) ?? choices.find((choice) => choice.id === given.trim())
    if (!found) {
      throw new InvalidInput(
        'value',
        `"${given}" is not ${what} of "${field.name}"; choose one of: ${choices.map((choice) => choice.name).join(', ')}.`,
      )
    }
    return found.id
  }
  switch (field.data_type) {
    case 'single_select':
      return named(
        (field.options ?? []).map((option) => ({ id: option.id, name: option.name.raw })),
        'an option',
      )
    case 'iteration':
      return named(
        (field.configuration?.iterations ?? []).map((iteration) => ({ id: iteration.id, name: iteration.title.raw })),
        'an iteration',
      )
    case 'number': {
      const number = Number(given.trim())
      if (given.trim() === '' || !Number.isFinite(number))
        throw new InvalidInput('value', `must be a number for "${field.name}", e.g. 3 or 2.5.`)
      return number
    }
    case 'date': {
      const date = given.trim()
      if (
        !/^\d{4}-\d{2}-\d{2}$/.test(date) ||
        Number.isNaN(Date.parse(`${date}T00:00:00Z`)) ||
        new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date
      ) {
        throw new InvalidInput('value', `must be a date as YYYY-MM-DD for "${field.name}", e.g. 2025-10-05.`)
      }
      return date
    }
    case 'text':
      return given
  }
}

/**
 * PATCH …/projectsV2/{project_number}/items/{item_id}: sets one field of an item (its status column, a priority, a
 * date…), the field and value given by name and checked against the project's fields first, so a typo is a clear
 * error listing the choices rather than GitHub's. https://docs.github.com/en/rest/projects/items#update-project-item-for-organization
 */
export async function setProjectItemField(
  github: GitHubContext,
  input: { owner: unknown; projectNumber: unknown; itemId: unknown; field: unknown; value: unknown },
): Promise<ProjectItem> {
  const owner = requiredLogin(input.owner, 'owner')
  const number = projectNumber(input.projectNumber)
  const id = itemId(input.itemId)
  const givenField = requiredString(input.field, 'field', 256)
  const givenValue = optionalText(
    typeof input.value === 'number' && Number.isFinite(input.value) ? String(input.value) : input.value,
    'value',
    1024,
  )
  const project = `project ${number} of ${owner}`
  const where = await projectsBase(github, owner)
  const field = fieldNamed(await projectFields(github, where, number, project), givenField, project)
  const body = { fields: [{ id: field.id, value: fieldValue(field, givenValue) }] }
  const { base, kind } = where
  const path = `${base}${apiPath`/${number}/items/${id}`}`
  const subject = `item ${id} of ${project}`
  const operation = kind === 'org' ? 'projects/update-item-for-org' : 'projects/update-item-for-user'
  const { data } = await callApi(github, { operation, method: 'PATCH', path, body, subject })
  return data
}

/** DELETE …/projectsV2/{project_number}/items/{item_id}: takes the item off the project (the issue itself stays). */
export async function removeProjectItem(
  github: GitHubContext,
  input: { owner: unknown; projectNumber: unknown; itemId: unknown },
): Promise<{ owner: string; projectNumber: number; itemId: number; removed: true }> {
  const owner = requiredLogin(input.owner, 'owner')
  const number = projectNumber(input.projectNumber)
  const id = itemId(input.itemId)
  const { base, kind } = await projectsBase(github, owner)
  const path = `${base}${apiPath`/${number}/items/${id}`}`
  const subject = `item ${id} of project ${number} of ${owner}`
  const operation = kind === 'org' ? 'projects/delete-item-for-org' : 'projects/delete-item-for-user'
  await callApi(github, { operation, method: 'DELETE', path, subject })
  return { owner, projectNumber: number, itemId: id, removed: true }
}

/** The picked project's owner and number from a dictionary's criteria; undefined while either is not picked. */
function pickedProject(payload: unknown): { owner: string; number: number } | undefined {
  const criteria = (payload as { criteria?: { owner?: unknown; projectNumber?: unknown } } | undefined)?.criteria
  const owner = typeof criteria?.owner === 'string' ? criteria.owner.replace(/^@/, '') : ''
  const number = Number(criteria?.projectNumber)
  return isLogin(owner) && Number.isInteger(number) && number > 0 ? { owner, number } : undefined
}

/** The fields of the picked project that an item can have set: value is the field id, the note its type and options. */
export async function getProjectFieldsDictionary(github: GitHubContext, payload: unknown): Promise<DictionaryPage> {
  const picked = pickedProject(payload)
  if (!picked) return { items: [], cursor: null }
  const { base, kind } = await projectsBase(github, picked.owner)
  const path = `${base}${apiPath`/${picked.number}/fields`}`
  const subject = `the fields of project ${picked.number} of ${picked.owner}`
  return pickedDictionary<ProjectField>(github, payload, () => ({
    call: { operation: kind === 'org' ? 'projects/list-fields-for-org' : 'projects/list-fields-for-user', method: 'GET', path, subject },
    // Only the fields an item can have set; the others (labels, assignees…) follow the issue.
    extract: (data) => (Array.isArray(data) ? (data as ProjectField[]).filter(isSettable) : []),
    item: (field) => {
      const choices =
        field.options?.map((option) => option.name.raw) ?? field.configuration?.iterations?.map((iteration) => iteration.title.raw)
      return {
        label: field.name,
        value: field.id,
        note: `${field.data_type.replace(/_/g, ' ')}${choices?.length ? `: ${choices.join(', ')}` : ''}`,
      }
    },
    searched: (field) => [field.name],
  }))
}

/** The items of the picked project: value is the item id, the label the issue's or pull request's number and title. */
export async function getProjectItemsDictionary(github: GitHubContext, payload: unknown): Promise<DictionaryPage> {
  const picked = pickedProject(payload)
  if (!picked) return { items: [], cursor: null }
  const { base, kind } = await projectsBase(github, picked.owner)
  const path = `${base}${apiPath`/${picked.number}/items`}`
  const subject = `the items of project ${picked.number} of ${picked.owner}`
  const content = (item: ProjectItem) => (item.content ?? {}) as { number?: number; title?: string }
  return pickedDictionary<ProjectItem>(github, payload, () => ({
    call: { operation: kind === 'org' ? 'projects/list-items-for-org' : 'projects/list-items-for-user', method: 'GET', path, subject },
    item: (item) => {
      const { number, title } = content(item)
      return { label: `${number !== undefined ? `#${number} ` : ''}${title ?? `item ${item.id}`}`, value: item.id, note: item.content_type }
    },
    searched: (item) => [content(item).title, String(content(item).number ?? '')],
  }))
}

/** The projects of the picked owner: value is the project number, the note whether it is closed. */
export async function getProjectsDictionary(github: GitHubContext, payload: unknown): Promise<DictionaryPage> {
  const owner = (payload as { criteria?: { owner?: unknown } } | undefined)?.criteria?.owner
  const login = typeof owner === 'string' ? owner.replace(/^@/, '') : ''
  if (!isLogin(login)) return { items: [], cursor: null }
  const { base, kind } = await projectsBase(github, login)
  return pickedDictionary<Project>(github, payload, () => ({
    call: {
      operation: kind === 'org' ? 'projects/list-for-org' : 'projects/list-for-user',
      method: 'GET',
      path: base,
      subject: `the projects of ${login}`,
    },
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
const itemParam = {
  type: 'Number',
  label: 'Item',
  name: 'itemId',
  required: true,
  dictionary: 'getProjectItemsDictionary',
  dependsOn: ['owner', 'projectNumber'],
  description:
    'The project item: pick it, or give its id (the id Add Item to Project or List Project Items returns, not the issue number).',
} as const
const projectPayload = {
  type: 'Object',
  label: 'Payload',
  name: 'payload',
  description: 'Search text, cursor, and criteria.owner and criteria.projectNumber (the selected project).',
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
const READ = { scope: 'read:project', permission: 'Projects: read' } as const
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
  addProjectDraft: define.action({
    label: 'Add Draft to Project',
    route: 'POST /add-project-draft',
    category: 'Issues',
    description:
      "Adds a draft issue to a project (the current GitHub Projects): a card with a title and text that lives only in the project until someone converts it. A user's project must be the connected account's own. Returns the project item with its id.",
    requires: WRITE,
    params: [
      ownerParam,
      projectParam,
      { type: 'String', label: 'Title', name: 'title', required: true, description: "The draft's title (at most 256 characters)." },
      {
        type: 'String',
        label: 'Body',
        name: 'body',
        uiComponent: { type: 'MULTI_LINE_TEXT' },
        description: "The draft's text, in GitHub Markdown.",
      },
    ],
    sample: {
      ...ITEM_SAMPLE,
      id: 18,
      node_id: 'PVTI_lADOANN5s84ACbL0zgBueEJ',
      content_type: 'DraftIssue',
      content: { title: 'Plan the launch' },
    },
    run: addProjectDraft,
  }),
  listProjectItems: define.action({
    label: 'List Project Items',
    route: 'GET /list-project-items',
    category: 'Issues',
    description:
      'Lists the items of a project (the current GitHub Projects) of a user or an organization: issues, pull requests and drafts with their content. Returns them and a cursor for the next page.',
    requires: READ,
    params: [ownerParam, projectParam, param.fetchAll, param.limit, param.cursor],
    sample: { items: [ITEM_SAMPLE], nextCursor: null },
    run: listProjectItems,
  }),
  setProjectItemField: define.action({
    label: 'Set Project Item Field',
    route: 'PUT /set-project-item-field',
    category: 'Issues',
    description:
      "Sets one field of a project item (the current GitHub Projects): its Status column, a priority, an iteration, a date, a number or text. The field and, for a single select or an iteration, the value are given by name and checked against the project's fields; an empty value clears the field. Returns the item.",
    requires: WRITE,
    params: [
      ownerParam,
      projectParam,
      itemParam,
      {
        type: 'String',
        label: 'Field',
        name: 'field',
        required: true,
        dictionary: 'getProjectFieldsDictionary',
        dependsOn: ['owner', 'projectNumber'],
        description:
          'The field to set, e.g. Status: pick it, or give its name or id. Text, number, date, single select and iteration fields can be set.',
      },
      {
        type: 'String',
        label: 'Value',
        name: 'value',
        description:
          'The new value: an option name for a single select (e.g. Done), an iteration title (e.g. Sprint 2), a date as YYYY-MM-DD, a number, or text. Empty clears the field.',
      },
    ],
    sample: {
      ...ITEM_SAMPLE,
      fields: [
        {
          id: 67891,
          name: 'Status',
          data_type: 'single_select',
          value: { id: 'option_6', name: { raw: 'Done', html: 'Done' }, color: 'GREEN' },
        },
      ],
    },
    run: setProjectItemField,
  }),
  removeProjectItem: define.action({
    label: 'Remove Item from Project',
    route: 'DELETE /remove-project-item',
    category: 'Issues',
    description:
      'Removes an item from a project (the current GitHub Projects) of a user or an organization; the issue or pull request itself is not changed. Returns the removed item id.',
    requires: WRITE,
    params: [ownerParam, projectParam, itemParam],
    sample: { owner: 'octo-org', projectNumber: 5, itemId: 17, removed: true },
    run: removeProjectItem,
  }),
  getProjectsDictionary: define.dictionary({
    label: 'Get Projects Dictionary',
    route: 'POST /get-projects-dictionary',
    description: 'Lists the projects of the selected owner for picking one: the value is the project number. Search filters by title.',
    requires: READ,
    params: [
      { type: 'Object', label: 'Payload', name: 'payload', description: 'Search text, cursor, and criteria.owner (the selected owner).' },
    ],
    sample: { items: [{ label: 'Roadmap', value: 5 }], cursor: null },
    run: (github: GitHubContext, { payload }) => getProjectsDictionary(github, payload),
  }),
  getProjectFieldsDictionary: define.dictionary({
    label: 'Get Project Fields Dictionary',
    route: 'POST /get-project-fields-dictionary',
    description:
      'Lists the fields of the selected project that an item can have set (text, number, date, single select, iteration): the value is the field id, the note its type and choices. Search filters by name.',
    requires: READ,
    params: [projectPayload],
    sample: { items: [{ label: 'Status', value: 67891, note: 'single select: Todo, In Progress, Done' }], cursor: null },
    run: (github: GitHubContext, { payload }) => getProjectFieldsDictionary(github, payload),
  }),
  getProjectItemsDictionary: define.dictionary({
    label: 'Get Project Items Dictionary',
    route: 'POST /get-project-items-dictionary',
    description:
      "Lists the items of the selected project for picking one: the value is the item id, the label the issue's or pull request's number and title. Search filters by title or number.",
    requires: READ,
    params: [projectPayload],
    sample: { items: [{ label: '#1347 Found a bug', value: 17, note: 'Issue' }], cursor: null },
    run: (github: GitHubContext, { payload }) => getProjectItemsDictionary(github, payload),
  }),
}
