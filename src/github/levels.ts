import { InvalidInput } from '../errors'
import type { ParamDef } from '../operations/definition'
import { apiPath } from './api'
import { choice, optionalString, repository, requiredLogin, type RepositoryRef } from './input'

/**
 * Where GitHub Actions variables and secrets live: a repository, one of its environments, or an
 * organization. The level is picked, or worked out from the one place filled in; a field that
 * belongs to another level is refused rather than ignored, so a secret is never written somewhere
 * other than meant.
 * https://docs.github.com/en/rest/actions/variables  https://docs.github.com/en/rest/actions/secrets
 */

export const LEVELS = { Repository: 'repository', Environment: 'environment', Organization: 'organization' } as const

export type Level =
  | { kind: 'repository'; ref: RepositoryRef }
  | { kind: 'environment'; ref: RepositoryRef; environment: string }
  | { kind: 'organization'; org: string }

/** Where a result says it was read or written: the level, and each place field (null when not of that level). */
export interface Place {
  level: 'repository' | 'environment' | 'organization'
  repository: string | null
  environment: string | null
  organization: string | null
}

export interface LevelInput {
  level: unknown
  repository: unknown
  environment: unknown
  organization: unknown
}

/** GitHub's environment names: at most 255 characters. */
const MAX_ENVIRONMENT = 255

/**
 * The place the input names. An empty Level is worked out from what is filled in (an organization,
 * else an environment, else a repository); either way a field of another level is refused.
 */
export function level(input: LevelInput): Level {
  const given = {
    repository: optionalString(input.repository, 'repository', 300),
    environment: optionalString(input.environment, 'environment', MAX_ENVIRONMENT),
    organization: optionalString(input.organization, 'organization', 100),
  }
  const chosen = choice(input.level, 'level', LEVELS)
  const kind =
    chosen ?? (given.organization !== undefined ? 'organization' : given.environment !== undefined ? 'environment' : 'repository')
  const label = Object.entries(LEVELS).find(([, value]) => value === kind)?.[0] ?? kind
  const why = chosen ? `Level is ${label}` : `${label} is filled in too`
  const belongsElsewhere = (field: keyof typeof given, levels: string): never => {
    throw new InvalidInput(field, `is only for the ${levels} level, but ${why}: clear one of them, or choose the Level.`)
  }
  const needed = (field: keyof typeof given): never => {
    throw new InvalidInput(field, `is required at the ${label} level.`)
  }
  switch (kind) {
    case 'repository':
      if (given.environment !== undefined) belongsElsewhere('environment', 'Environment')
      if (given.organization !== undefined) belongsElsewhere('organization', 'Organization')
      return { kind, ref: repository(given.repository ?? needed('repository')) }
    case 'environment':
      if (given.organization !== undefined) belongsElsewhere('organization', 'Organization')
      return {
        kind,
        ref: repository(given.repository ?? needed('repository')),
        environment: given.environment ?? needed('environment'),
      }
    case 'organization':
      if (given.repository !== undefined) belongsElsewhere('repository', 'Repository and Environment')
      if (given.environment !== undefined) belongsElsewhere('environment', 'Environment')
      return { kind, org: requiredLogin(given.organization ?? needed('organization'), 'organization') }
  }
}

export function placeOf(where: Level): Place {
  return {
    level: where.kind,
    repository: where.kind === 'organization' ? null : `${where.ref.owner}/${where.ref.repo}`,
    environment: where.kind === 'environment' ? where.environment : null,
    organization: where.kind === 'organization' ? where.org : null,
  }
}

/** In words, for error messages: "repository octo/hello", "environment production of octo/hello", "organization octo-org". */
export function describeLevel(where: Level): string {
  switch (where.kind) {
    case 'repository':
      return `repository ${where.ref.owner}/${where.ref.repo}`
    case 'environment':
      return `environment "${where.environment}" of ${where.ref.owner}/${where.ref.repo}`
    case 'organization':
      return `organization ${where.org}`
  }
}

/** The collection path of variables or secrets at the level (each segment encoded). */
export function collectionPath(where: Level, what: 'variables' | 'secrets'): string {
  switch (where.kind) {
    case 'repository':
      return apiPath`/repos/${where.ref.owner}/${where.ref.repo}/actions/` + what
    case 'environment':
      return apiPath`/repos/${where.ref.owner}/${where.ref.repo}/environments/${where.environment}/` + what
    case 'organization':
      return apiPath`/orgs/${where.org}/actions/` + what
  }
}

/** Organization-level calls need more than the actions' repository requirement: said in 403/404 hints. */
export function levelNeeds(where: Level, permission: string): string | undefined {
  return where.kind === 'organization' ? `the "admin:org" scope (GitHub App organization permission "${permission}")` : undefined
}

/** Said in every variable and secret action's description. */
export const LEVEL_NOTE =
  'Repository level needs the repo scope; Environment level the GitHub App permission "Environments"; Organization level the admin:org scope.'

/** Where a sample result says it was written. */
export const PLACE_SAMPLE = { level: 'repository', repository: 'octocat/Hello-World', environment: null, organization: null } as const

/** The Name parameter of a variable or a secret. */
export const nameParam = <N extends string>(name: N, description: string) =>
  ({ type: 'String', label: 'Name', name, required: true, description }) as const satisfies ParamDef

/** Which repositories of an organization may use an organization variable or secret. */
export const VISIBILITIES = { 'Private Repositories': 'private', 'All Repositories': 'all' } as const

/** The Level and place parameters every variable and secret operation starts with. */
export const levelParams = [
  {
    type: 'String',
    label: 'Level',
    name: 'level',
    defaultValue: 'Repository',
    uiComponent: { type: 'DROPDOWN', options: { values: Object.keys(LEVELS) } },
    description: 'Repository, one of its environments (Repository and Environment), or an organization (Organization only).',
  },
  {
    type: 'String',
    label: 'Repository',
    name: 'repository',
    dictionary: 'getRepositoriesDictionary',
    description: 'For the Repository and Environment levels: owner/name, e.g. octocat/Hello-World.',
  },
  {
    type: 'String',
    label: 'Environment',
    name: 'environment',
    dictionary: 'getEnvironmentsDictionary',
    dependsOn: ['repository'],
    description: 'For the Environment level: the environment name, e.g. production.',
  },
  {
    type: 'String',
    label: 'Organization',
    name: 'organization',
    dictionary: 'getOrganizationsDictionary',
    description: 'For the Organization level: the organization login, e.g. octo-org.',
  },
] as const satisfies readonly ParamDef[]

export const visibilityParam = {
  type: 'String',
  label: 'Visibility',
  name: 'visibility',
  uiComponent: { type: 'DROPDOWN', options: { values: Object.keys(VISIBILITIES) } },
  description:
    'Organization level only: which repositories may use it. Empty: Private Repositories when creating, unchanged when updating.',
} as const satisfies ParamDef
