import type { ParamDef } from '../operations/definition'

/**
 * The parameters many operations share, declared once: label, description, dictionary and defaults
 * read the same wherever they appear. An operation's own parameters are declared beside it.
 */

export const committerEmail = {
  type: 'String',
  label: 'Committer Email',
  name: 'committerEmail',
  description: "The committer's email address; give Committer Name too.",
} as const satisfies ParamDef

export const committerName = {
  type: 'String',
  label: 'Committer Name',
  name: 'committerName',
  description: 'Commit as this person instead of the connected account; give Committer Email too.',
} as const satisfies ParamDef

/** A branch, tag or commit SHA of the picked repository; `description` says what is done at it. */
export const gitRef = (description: string) =>
  ({
    type: 'String',
    label: 'Branch, Tag or Commit',
    name: 'ref',
    dictionary: 'getBranchesDictionary',
    dependsOn: ['repository'],
    description,
  }) as const satisfies ParamDef

export const cursor = {
  type: 'String',
  label: 'Cursor',
  name: 'cursor',
  description:
    'The nextCursor of a previous call with the same parameters, to continue where it stopped. Leave empty to start from the beginning.',
} as const satisfies ParamDef

export const fetchAll = {
  type: 'Boolean',
  label: 'Fetch All Pages',
  name: 'fetchAll',
  defaultValue: false,
  uiComponent: { type: 'TOGGLE' },
  description: 'Off: return one page of up to Limit items. On: follow the pages and return up to Limit items in total (at most 1000).',
} as const satisfies ParamDef

export const issueNumber = {
  type: 'Number',
  label: 'Issue Number',
  name: 'issueNumber',
  required: true,
  dictionary: 'getIssuesDictionary',
  dependsOn: ['repository'],
  description: 'The issue number shown after # on GitHub, e.g. 1347.',
} as const satisfies ParamDef

export const issueOrPullNumber = {
  type: 'Number',
  label: 'Issue Number',
  name: 'issueNumber',
  required: true,
  uiComponent: { type: 'NUMERIC' },
  description: 'The issue or pull request number shown after # on GitHub, e.g. 1347.',
} as const satisfies ParamDef

export const limit = {
  type: 'Number',
  label: 'Limit',
  name: 'limit',
  defaultValue: 30,
  uiComponent: { type: 'NUMERIC_STEPPER' },
  description: 'Page size (1-100) when Fetch All Pages is off; the total maximum (1-1000) when it is on.',
} as const satisfies ParamDef

export const organization = {
  type: 'String',
  label: 'Organization',
  name: 'organization',
  required: true,
  dictionary: 'getOrganizationsDictionary',
  description: 'The organization login, e.g. github.',
} as const satisfies ParamDef

export const pullNumber = {
  type: 'Number',
  label: 'Pull Request Number',
  name: 'pullNumber',
  required: true,
  dictionary: 'getPullRequestsDictionary',
  dependsOn: ['repository'],
  description: 'The pull request number shown after # on GitHub, e.g. 1347.',
} as const satisfies ParamDef

export const username = {
  type: 'String',
  label: 'Username',
  name: 'username',
  required: true,
  dictionary: 'getUsersDictionary',
  description: 'The GitHub login, e.g. octocat.',
} as const satisfies ParamDef

export const runId = {
  type: 'Number',
  label: 'Run ID',
  name: 'runId',
  required: true,
  uiComponent: { type: 'NUMERIC' },
  description: "The run's id, e.g. 30433642 (the number in the run's URL, or runId from Trigger Workflow).",
} as const satisfies ParamDef

export const repository = {
  type: 'String',
  label: 'Repository',
  name: 'repository',
  required: true,
  dictionary: 'getRepositoriesDictionary',
  description: 'The repository as owner/name, e.g. octocat/Hello-World.',
} as const satisfies ParamDef

export const repositoryPayload = {
  type: 'Object',
  label: 'Payload',
  name: 'payload',
  description: 'Search text, cursor, and criteria.repository (the selected repository).',
} as const satisfies ParamDef

export const searchCursor = {
  type: 'String',
  label: 'Cursor',
  name: 'cursor',
  description:
    "The nextCursor of a previous call with the same parameters, to continue where it stopped (never past GitHub's first 1000 results). Leave empty to start from the beginning.",
} as const satisfies ParamDef

export const searchFetchAll = {
  type: 'Boolean',
  label: 'Fetch All Pages',
  name: 'fetchAll',
  defaultValue: false,
  uiComponent: { type: 'TOGGLE' },
  description:
    "Off: return one page of up to Limit items. On: follow the pages and return up to Limit items in total (at most 1000, which is also GitHub's cap for one search).",
} as const satisfies ParamDef

/** The search order's dropdown values and what GitHub is sent for each. */
export const SEARCH_ORDERS = { Descending: 'desc', Ascending: 'asc' } as const

export const searchOrder = {
  type: 'String',
  label: 'Order',
  name: 'order',
  defaultValue: 'Descending',
  uiComponent: { type: 'DROPDOWN', options: { values: Object.keys(SEARCH_ORDERS) } },
  description: 'Sort direction for every Sort By except Best Match.',
} as const satisfies ParamDef

export const searchPayload = {
  type: 'Object',
  label: 'Payload',
  name: 'payload',
  description: 'Search text and cursor.',
} as const satisfies ParamDef
