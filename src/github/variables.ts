import type { components } from '@octokit/openapi-types'
import { InvalidInput } from '../errors'
import * as define from '../operations/definition'
import { apiPath, callApi, type GitHubContext } from './api'
import { choice, listOptions, optionalText, requiredString } from './input'
import {
  collectionPath,
  describeLevel,
  level,
  levelNeeds,
  levelParams,
  placeOf,
  VISIBILITIES,
  visibilityParam,
  LEVEL_NOTE,
  nameParam,
  PLACE_SAMPLE,
  type LevelInput,
  type Place,
} from './levels'
import { listAll, type ListResult } from './pagination'
import * as param from './params'

/** GitHub Actions configuration variables at repository, environment and organization level: https://docs.github.com/en/rest/actions/variables */

type Variable = components['schemas']['actions-variable'] | components['schemas']['organization-actions-variable']

/** GitHub's limit on one variable's value. */
const MAX_VALUE_BYTES = 48 * 1024

const OPERATION = {
  list: {
    repository: 'actions/list-repo-variables',
    environment: 'actions/list-environment-variables',
    organization: 'actions/list-org-variables',
  },
  get: {
    repository: 'actions/get-repo-variable',
    environment: 'actions/get-environment-variable',
    organization: 'actions/get-org-variable',
  },
  create: {
    repository: 'actions/create-repo-variable',
    environment: 'actions/create-environment-variable',
    organization: 'actions/create-org-variable',
  },
  update: {
    repository: 'actions/update-repo-variable',
    environment: 'actions/update-environment-variable',
    organization: 'actions/update-org-variable',
  },
  delete: {
    repository: 'actions/delete-repo-variable',
    environment: 'actions/delete-environment-variable',
    organization: 'actions/delete-org-variable',
  },
} as const

const ORG_PERMISSION = 'Variables: write'

function value(raw: unknown, parameter: string, required: boolean): string | undefined {
  const text = optionalText(raw, parameter, MAX_VALUE_BYTES)
  if (text === undefined || text.trim() === '') {
    if (required) throw new InvalidInput(parameter, 'is required (GitHub keeps no empty variables).')
    return undefined
  }
  if (Buffer.byteLength(text, 'utf8') > MAX_VALUE_BYTES) throw new InvalidInput(parameter, "is larger than GitHub's 48 KB per variable.")
  return text
}

/** GET …/variables */
export async function listVariables(
  github: GitHubContext,
  input: LevelInput & { fetchAll: unknown; limit: unknown; cursor: unknown },
): Promise<ListResult<Variable>> {
  const where = level(input)
  const needs = levelNeeds(where, ORG_PERMISSION)
  const call = {
    operation: OPERATION.list[where.kind],
    method: 'GET' as const,
    path: collectionPath(where, 'variables'),
    subject: `the variables of ${describeLevel(where)}`,
    ...(needs && { needs }),
  }
  return listAll(github, call, listOptions(input.fetchAll, input.limit, input.cursor), (data) => data.variables)
}

/** GET …/variables/{name} */
export async function getVariable(github: GitHubContext, input: LevelInput & { variableName: unknown }): Promise<Variable> {
  const name = variableName(input.variableName, 'variableName')
  const where = level(input)
  const needs = levelNeeds(where, ORG_PERMISSION)
  const { data } = await callApi(github, {
    operation: OPERATION.get[where.kind],
    method: 'GET',
    path: collectionPath(where, 'variables') + apiPath`/${name}`,
    subject: `variable ${name} of ${describeLevel(where)}`,
    ...(needs && { needs }),
  })
  return data
}

export type VariableWritten = Place & { name: string; value?: string }

/** POST …/variables: GitHub refuses a name already taken (Update Variable changes one). */
export async function createVariable(
  github: GitHubContext,
  input: LevelInput & { variableName: unknown; value: unknown; visibility: unknown },
): Promise<VariableWritten & { created: true }> {
  const name = variableName(input.variableName, 'variableName')
  const text = value(input.value, 'value', true) as string
  const where = level(input)
  const visibility = orgVisibility(input.visibility, where.kind) ?? (where.kind === 'organization' ? 'private' : undefined)
  const needs = levelNeeds(where, ORG_PERMISSION)
  await callApi(github, {
    operation: OPERATION.create[where.kind],
    method: 'POST',
    path: collectionPath(where, 'variables'),
    body: { name, value: text, ...(visibility && { visibility }) },
    subject: `a new variable ${name} of ${describeLevel(where)}`,
    ...(needs && { needs }),
  })
  return { ...placeOf(where), name, value: text, created: true }
}

/** PATCH …/variables/{name}: a new name, a new value, or (organization) a new visibility. */
export async function updateVariable(
  github: GitHubContext,
  input: LevelInput & { variableName: unknown; newVariableName: unknown; value: unknown; visibility: unknown },
): Promise<VariableWritten & { updated: true }> {
  const name = variableName(input.variableName, 'variableName')
  const newName =
    input.newVariableName === undefined || input.newVariableName === null || input.newVariableName === ''
      ? undefined
      : variableName(input.newVariableName, 'newVariableName')
  const text = value(input.value, 'value', false)
  const where = level(input)
  const visibility = orgVisibility(input.visibility, where.kind)
  if (newName === undefined && text === undefined && visibility === undefined) {
    throw new InvalidInput('value', 'or New Name (or, for an organization variable, Visibility) is needed: there is nothing to change.')
  }
  const needs = levelNeeds(where, ORG_PERMISSION)
  await callApi(github, {
    operation: OPERATION.update[where.kind],
    method: 'PATCH',
    path: collectionPath(where, 'variables') + apiPath`/${name}`,
    body: { ...(newName && { name: newName }), ...(text !== undefined && { value: text }), ...(visibility && { visibility }) },
    subject: `variable ${name} of ${describeLevel(where)}`,
    ...(needs && { needs }),
  })
  return { ...placeOf(where), name: newName ?? name, ...(text !== undefined && { value: text }), updated: true }
}

/** DELETE …/variables/{name} */
export async function deleteVariable(
  github: GitHubContext,
  input: LevelInput & { variableName: unknown },
): Promise<VariableWritten & { deleted: true }> {
  const name = variableName(input.variableName, 'variableName')
  const where = level(input)
  const needs = levelNeeds(where, ORG_PERMISSION)
  await callApi(github, {
    operation: OPERATION.delete[where.kind],
    method: 'DELETE',
    path: collectionPath(where, 'variables') + apiPath`/${name}`,
    subject: `variable ${name} of ${describeLevel(where)}`,
    ...(needs && { needs }),
  })
  return { ...placeOf(where), name, deleted: true }
}

/**
 * GitHub's naming rules for variables and secrets: letters, digits and "_", not starting with a
 * digit nor with GITHUB_ (https://docs.github.com/en/actions/reference/variables-reference#naming-conventions-for-configuration-variables).
 * GitHub stores names in upper case; they are compared without case.
 */
export function variableName(raw: unknown, parameter: string): string {
  const name = requiredString(raw, parameter, 255)
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
    throw new InvalidInput(parameter, 'may contain only letters, digits and "_", and must not start with a digit (e.g. DEPLOY_TARGET).')
  }
  if (/^GITHUB_/i.test(name)) throw new InvalidInput(parameter, 'must not start with GITHUB_ (GitHub reserves those names).')
  return name.toUpperCase()
}

export function orgVisibility(raw: unknown, kind: string): 'private' | 'all' | undefined {
  const visibility = choice(raw, 'visibility', VISIBILITIES)
  if (visibility !== undefined && kind !== 'organization') {
    throw new InvalidInput('visibility', 'is only for the Organization level: clear it, or choose that Level.')
  }
  return visibility
}

// ── Operations ───────────────────────────────────────────────────────────────

const VARIABLE_SAMPLE = {
  name: 'USERNAME',
  value: 'octocat',
  created_at: '2019-01-24T22:45:36.000Z',
  updated_at: '2019-01-24T22:45:36.000Z',
}
const READ = { scope: 'repo', permission: 'Variables: read' } as const
const WRITE = { scope: 'repo', permission: 'Variables: write' } as const
const valueParam = (required: boolean, description: string) =>
  ({
    type: 'String',
    label: 'Value',
    name: 'value',
    ...(required && { required }),
    uiComponent: { type: 'MULTI_LINE_TEXT' },
    description,
  }) as const satisfies define.ParamDef

export const definitions = {
  listVariables: define.action({
    label: 'List Variables',
    route: 'GET /list-variables',
    category: 'Actions',
    description: `Lists the GitHub Actions variables of a repository, an environment or an organization, with their values. ${LEVEL_NOTE} Returns them and a cursor for the next page.`,
    requires: READ,
    params: [...levelParams, param.fetchAll, param.limit, param.cursor],
    sample: { items: [VARIABLE_SAMPLE], nextCursor: null },
    run: listVariables,
  }),
  getVariable: define.action({
    label: 'Get Variable',
    route: 'GET /get-variable',
    category: 'Actions',
    description: `Gets one GitHub Actions variable's value by name. ${LEVEL_NOTE} Returns the variable.`,
    requires: READ,
    params: [...levelParams, nameParam('variableName', 'The variable name, e.g. DEPLOY_TARGET (any case).')],
    sample: VARIABLE_SAMPLE,
    run: getVariable,
  }),
  createVariable: define.action({
    label: 'Create Variable',
    route: 'POST /create-variable',
    category: 'Actions',
    description: `Creates a GitHub Actions variable (workflows read it as vars.NAME); fails if the name is taken (use Update Variable). ${LEVEL_NOTE} Returns where it was created, its name and value.`,
    requires: WRITE,
    params: [
      ...levelParams,
      nameParam('variableName', 'Letters, digits and _, not starting with a digit or GITHUB_, e.g. DEPLOY_TARGET (stored in upper case).'),
      valueParam(true, 'The value, up to 48 KB (visible to anyone who can read the variables: keep secrets in secrets).'),
      visibilityParam,
    ],
    sample: { ...PLACE_SAMPLE, name: 'DEPLOY_TARGET', value: 'staging', created: true },
    run: createVariable,
  }),
  updateVariable: define.action({
    label: 'Update Variable',
    route: 'PUT /update-variable',
    category: 'Actions',
    description: `Changes a GitHub Actions variable's value, name or (organization) visibility; what is left empty stays. ${LEVEL_NOTE} Returns where it is, its name and new value.`,
    requires: WRITE,
    params: [
      ...levelParams,
      nameParam('variableName', 'The variable to change, e.g. DEPLOY_TARGET.'),
      { type: 'String', label: 'New Name', name: 'newVariableName', description: 'Rename it (same rules as Name). Empty: keep the name.' },
      valueParam(false, 'The new value, up to 48 KB. Empty: keep the value.'),
      visibilityParam,
    ],
    sample: { ...PLACE_SAMPLE, name: 'DEPLOY_TARGET', value: 'production', updated: true },
    run: updateVariable,
  }),
  deleteVariable: define.action({
    label: 'Delete Variable',
    route: 'DELETE /delete-variable',
    category: 'Actions',
    description: `Deletes a GitHub Actions variable. ${LEVEL_NOTE} Returns where it was and its name.`,
    requires: WRITE,
    params: [...levelParams, nameParam('variableName', 'The variable to delete, e.g. DEPLOY_TARGET.')],
    sample: { ...PLACE_SAMPLE, name: 'DEPLOY_TARGET', deleted: true },
    run: deleteVariable,
  }),
}
