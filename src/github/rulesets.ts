import type { components, operations } from '@octokit/openapi-types'
import { InvalidInput } from '../errors'
import * as define from '../operations/definition'
import { apiPath, callApi, type GitHubContext } from './api'
import {
  choice,
  listOptions,
  optionalString,
  optionalStringList,
  repository,
  requiredInteger,
  requiredString,
  type RepositoryRef,
} from './input'
import { listAll, type ListResult } from './pagination'
import * as param from './params'

/**
 * Repository rulesets, the successor of branch protection (several rules, for branches or tags chosen by pattern,
 * enforced or only evaluated): https://docs.github.com/en/rest/repos/rules
 */

type Ruleset = components['schemas']['repository-ruleset']
type CreateBody = operations['repos/create-repo-ruleset']['requestBody']['content']['application/json']
type Rule = components['schemas']['repository-rule']

const TARGETS = { Branch: 'branch', Tag: 'tag' } as const
const ENFORCEMENTS = { Active: 'active', 'Evaluate (report only)': 'evaluate', Disabled: 'disabled' } as const
/** GitHub's rule types (the description's repository-rule variants). */
export const RULE_TYPES = [
  'creation',
  'update',
  'deletion',
  'required_linear_history',
  'merge_queue',
  'required_deployments',
  'required_signatures',
  'pull_request',
  'required_status_checks',
  'non_fast_forward',
  'commit_message_pattern',
  'commit_author_email_pattern',
  'committer_email_pattern',
  'branch_name_pattern',
  'tag_name_pattern',
  'workflows',
  'code_scanning',
  'copilot_code_review',
  'license_compliance_scanning',
  'file_path_restriction',
  'max_file_path_length',
  'file_extension_restriction',
  'max_file_size',
] as const
const MAX_RULES = 50

const where = (ref: RepositoryRef): string => `${ref.owner}/${ref.repo}`

/** The rules as a flow gives them: a list of { type, parameters? }, each type one of GitHub's; GitHub checks the parameters. */
export function rules(value: unknown): Rule[] | undefined {
  if (value === undefined || value === null || value === '') return undefined
  if (!Array.isArray(value))
    throw new InvalidInput('rules', 'must be a list of rules such as [{ "type": "deletion" }, { "type": "non_fast_forward" }].')
  if (value.length > MAX_RULES) throw new InvalidInput('rules', `has ${value.length} rules; at most ${MAX_RULES}.`)
  return value.map((rule: unknown, index) => {
    const at = `item ${index + 1}`
    if (typeof rule !== 'object' || rule === null || Array.isArray(rule))
      throw new InvalidInput('rules', `${at} must be an object with a type.`)
    const { type, parameters, ...rest } = rule as Record<string, unknown>
    if (Object.keys(rest).length > 0)
      throw new InvalidInput('rules', `${at} has "${Object.keys(rest)[0]?.slice(0, 40)}"; a rule takes type and parameters.`)
    if (typeof type !== 'string' || !(RULE_TYPES as readonly string[]).includes(type)) {
      throw new InvalidInput(
        'rules',
        `${at} has type ${JSON.stringify(type)?.slice(0, 60)}; GitHub's rule types are ${RULE_TYPES.join(', ')}.`,
      )
    }
    if (parameters !== undefined && (typeof parameters !== 'object' || parameters === null || Array.isArray(parameters))) {
      throw new InvalidInput('rules', `${at} (${type}) has parameters that are not an object.`)
    }
    return { type, ...(parameters !== undefined && { parameters }) } as Rule
  })
}

/**
 * Ref patterns: "~DEFAULT_BRANCH" and "~ALL" as they are, full refs (refs/heads/…) as they are, and a plain name or
 * pattern ("main", "release/*") made a full ref for the target.
 */
function refPatterns(value: unknown, parameter: string, target: 'branch' | 'tag'): string[] | undefined {
  const list = optionalStringList(value, parameter, 100, 255)
  return list?.map((pattern) => {
    if (pattern.startsWith('~') || pattern.startsWith('refs/')) return pattern
    if (/\s/.test(pattern) || pattern.includes('..'))
      throw new InvalidInput(parameter, `has "${pattern}", which is not a branch or tag pattern.`)
    return `refs/${target === 'branch' ? 'heads' : 'tags'}/${pattern}`
  })
}

export interface RulesetInput {
  repository: unknown
  name: unknown
  target: unknown
  enforcement: unknown
  include: unknown
  exclude: unknown
  rules: unknown
}

function rulesetBody(input: RulesetInput, creating: boolean): Partial<CreateBody> {
  const name = creating ? requiredString(input.name, 'name', 100) : optionalString(input.name, 'name', 100)
  const target = choice(input.target, 'target', TARGETS)
  const enforcement = choice(input.enforcement, 'enforcement', ENFORCEMENTS) ?? (creating ? 'active' : undefined)
  const include = refPatterns(input.include, 'include', target ?? 'branch')
  const exclude = refPatterns(input.exclude, 'exclude', target ?? 'branch')
  const ruleList = rules(input.rules)
  if (creating && (include === undefined || include.length === 0)) {
    throw new InvalidInput('include', 'is required: the branches (or tags) the ruleset applies to, e.g. ~DEFAULT_BRANCH or release/*.')
  }
  const conditions =
    include !== undefined || exclude !== undefined ? { ref_name: { include: include ?? [], exclude: exclude ?? [] } } : undefined
  return {
    ...(name !== undefined && { name }),
    ...((target ?? (creating ? 'branch' : undefined)) && { target: target ?? 'branch' }),
    ...(enforcement !== undefined && { enforcement }),
    ...(conditions && { conditions }),
    ...(ruleList && { rules: ruleList }),
  }
}

/** GET /repos/{owner}/{repo}/rulesets */
export async function listRulesets(
  github: GitHubContext,
  input: { repository: unknown; fetchAll: unknown; limit: unknown; cursor: unknown },
): Promise<ListResult<Ruleset>> {
  const ref = repository(input.repository)
  const call = {
    operation: 'repos/get-repo-rulesets' as const,
    method: 'GET' as const,
    path: apiPath`/repos/${ref.owner}/${ref.repo}/rulesets`,
    subject: `the rulesets of repository ${where(ref)}`,
  }
  return listAll(github, call, listOptions(input.fetchAll, input.limit, input.cursor))
}

/** POST /repos/{owner}/{repo}/rulesets */
export async function createRuleset(github: GitHubContext, input: RulesetInput): Promise<Ruleset> {
  const ref = repository(input.repository)
  const body = rulesetBody(input, true) as CreateBody
  const { data } = await callApi(github, {
    operation: 'repos/create-repo-ruleset',
    method: 'POST',
    path: apiPath`/repos/${ref.owner}/${ref.repo}/rulesets`,
    body,
    subject: `a new ruleset "${body.name}" in ${where(ref)}`,
  })
  return data
}

/** PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}: what is given changes (the rules, when given, replace the old ones). */
export async function updateRuleset(github: GitHubContext, input: RulesetInput & { rulesetId: unknown }): Promise<Ruleset> {
  const ref = repository(input.repository)
  const id = requiredInteger(input.rulesetId, 'rulesetId', 1)
  const body = rulesetBody(input, false)
  if (Object.keys(body).length === 0) throw new InvalidInput('name', 'or another setting is needed: there is nothing to change.')
  const { data } = await callApi(github, {
    operation: 'repos/update-repo-ruleset',
    method: 'PUT',
    path: apiPath`/repos/${ref.owner}/${ref.repo}/rulesets/${id}`,
    body,
    subject: `ruleset ${id} of ${where(ref)}`,
  })
  return data
}

/** DELETE /repos/{owner}/{repo}/rulesets/{ruleset_id} */
export async function deleteRuleset(
  github: GitHubContext,
  input: { repository: unknown; rulesetId: unknown },
): Promise<{ repository: string; rulesetId: number; deleted: true }> {
  const ref = repository(input.repository)
  const id = requiredInteger(input.rulesetId, 'rulesetId', 1)
  await callApi(github, {
    operation: 'repos/delete-repo-ruleset',
    method: 'DELETE',
    path: apiPath`/repos/${ref.owner}/${ref.repo}/rulesets/${id}`,
    subject: `ruleset ${id} of ${where(ref)}`,
  })
  return { repository: where(ref), rulesetId: id, deleted: true }
}

// ── Operations ───────────────────────────────────────────────────────────────

const rulesetParams = (creating: boolean) =>
  [
    {
      type: 'String',
      label: creating ? 'Name' : 'New Name',
      name: 'name',
      ...(creating && { required: true }),
      description: creating ? 'The ruleset name, e.g. Protect main.' : 'Rename the ruleset. Empty: keep the name.',
    },
    {
      type: 'String',
      label: 'Target',
      name: 'target',
      uiComponent: { type: 'DROPDOWN', options: { values: Object.keys(TARGETS) } },
      description: creating ? 'Branches (default) or tags.' : 'Branches or tags. Empty: unchanged.',
    },
    {
      type: 'String',
      label: 'Enforcement',
      name: 'enforcement',
      uiComponent: { type: 'DROPDOWN', options: { values: Object.keys(ENFORCEMENTS) } },
      description: creating
        ? 'Active (default) enforces the rules; Evaluate only reports what they would block; Disabled turns them off.'
        : 'Active, Evaluate or Disabled. Empty: unchanged.',
    },
    {
      type: 'Array<String>',
      label: 'Include',
      name: 'include',
      ...(creating && { required: true }),
      description:
        'The branches or tags it applies to: names or patterns (main, release/*), ~DEFAULT_BRANCH or ~ALL.' +
        (creating ? '' : ' Empty: unchanged.'),
    },
    {
      type: 'Array<String>',
      label: 'Exclude',
      name: 'exclude',
      description: 'Names or patterns left out, e.g. release/old-*.' + (creating ? '' : ' Empty: unchanged.'),
    },
    {
      type: 'Array',
      label: 'Rules',
      name: 'rules',
      description:
        'The rules, e.g. [{ "type": "deletion" }, { "type": "non_fast_forward" }, { "type": "pull_request", "parameters": { "required_approving_review_count": 1, "dismiss_stale_reviews_on_push": true, "require_code_owner_review": false, "require_last_push_approval": false, "required_review_thread_resolution": false } }].' +
        (creating ? '' : ' Given: they replace the old rules. Empty: unchanged.'),
    },
  ] as const satisfies readonly define.ParamDef[]
const rulesetIdParam = {
  type: 'Number',
  label: 'Ruleset ID',
  name: 'rulesetId',
  required: true,
  uiComponent: { type: 'NUMERIC' },
  description: "The ruleset's id, from List Rulesets (or the number at the end of its settings page URL).",
} as const
const RULESET_SAMPLE = {
  id: 42,
  name: 'Protect main',
  target: 'branch',
  source_type: 'Repository',
  source: 'octocat/Hello-World',
  enforcement: 'active',
  conditions: { ref_name: { include: ['~DEFAULT_BRANCH'], exclude: [] } },
  rules: [{ type: 'deletion' }, { type: 'non_fast_forward' }],
  created_at: '2023-07-15T08:43:03Z',
  updated_at: '2023-08-23T16:29:47Z',
} as const satisfies define.SampleOf<Ruleset>
const ADMIN = { scope: 'repo', permission: 'Administration: write' } as const

export const definitions = {
  listRulesets: define.action({
    label: 'List Rulesets',
    route: 'GET /list-rulesets',
    category: 'Repositories',
    description: "Lists a repository's rulesets (name, target, enforcement). Returns them and a cursor for the next page.",
    requires: { scope: 'repo', permission: 'Administration: read' },
    params: [param.repository, param.fetchAll, param.limit, param.cursor],
    sample: { items: [RULESET_SAMPLE], nextCursor: null },
    run: listRulesets,
  }),
  createRuleset: define.action({
    label: 'Create Ruleset',
    route: 'POST /create-ruleset',
    category: 'Repositories',
    description:
      'Creates a ruleset: rules (no deletion, no force push, pull requests with reviews, required checks, name patterns…) for the branches or tags chosen by name or pattern, enforced or only evaluated. Returns the ruleset with its id.',
    requires: ADMIN,
    params: [param.repository, ...rulesetParams(true)],
    sample: RULESET_SAMPLE,
    run: createRuleset,
  }),
  updateRuleset: define.action({
    label: 'Update Ruleset',
    route: 'PUT /update-ruleset',
    category: 'Repositories',
    description: "Changes a ruleset's name, target, enforcement, branches or rules; what is left empty stays. Returns the ruleset.",
    requires: ADMIN,
    params: [param.repository, rulesetIdParam, ...rulesetParams(false)],
    sample: RULESET_SAMPLE,
    run: updateRuleset,
  }),
  deleteRuleset: define.action({
    label: 'Delete Ruleset',
    route: 'DELETE /delete-ruleset',
    category: 'Repositories',
    description: 'Deletes a ruleset: its rules stop applying. Returns the repository and the ruleset id.',
    requires: ADMIN,
    params: [param.repository, rulesetIdParam],
    sample: { repository: 'octocat/Hello-World', rulesetId: 42, deleted: true },
    run: deleteRuleset,
  }),
}
