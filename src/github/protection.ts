import type { components, operations } from '@octokit/openapi-types'
import { InvalidInput, NotFound } from '../errors'
import * as define from '../operations/definition'
import { apiPath, callApi, type GitHubContext } from './api'
import { optionalBoolean, optionalInteger, optionalStringList, repository, requiredRef, type RepositoryRef } from './input'
import * as param from './params'

/**
 * Branch protection: https://docs.github.com/en/rest/branches/branch-protection. GitHub's update replaces the whole
 * protection, so Update Branch Protection reads the current one and changes only what is given: nothing set before
 * (push restrictions, linear history, force pushes…) is lost by an update that does not mention it.
 */

type BranchProtection = components['schemas']['branch-protection']
type ProtectedBranch = components['schemas']['protected-branch']
type ProtectionBody = operations['repos/update-branch-protection']['requestBody']['content']['application/json']

const MAX_APPROVALS = 6
const fullName = (ref: RepositoryRef): string => `${ref.owner}/${ref.repo}`

function protectionPath(ref: RepositoryRef, branch: string): string {
  return apiPath`/repos/${ref.owner}/${ref.repo}/branches/${branch}/protection`
}

/** The current protection, or undefined when the branch has none (GitHub: 404 "Branch not protected"). */
async function currentProtection(github: GitHubContext, ref: RepositoryRef, branch: string): Promise<BranchProtection | undefined> {
  try {
    const { data } = await callApi(github, {
      operation: 'repos/get-branch-protection',
      method: 'GET',
      path: protectionPath(ref, branch),
      subject: `the protection of branch "${branch}" in ${fullName(ref)}`,
    })
    return data
  } catch (error) {
    if (error instanceof NotFound && /not protected/i.test(error.upstream?.message ?? '')) return undefined
    throw error
  }
}

/** GET …/branches/{branch}/protection: an unprotected branch is an answer (protected: false), a missing one an error. */
export async function getBranchProtection(
  github: GitHubContext,
  input: { repository: unknown; branch: unknown },
): Promise<{ repository: string; branch: string; protected: boolean; protection: BranchProtection | null }> {
  const ref = repository(input.repository)
  const branch = requiredRef(input.branch, 'branch', 'the branch name, e.g. main')
  const protection = await currentProtection(github, ref, branch)
  return { repository: fullName(ref), branch, protected: protection !== undefined, protection: protection ?? null }
}

export interface UpdateBranchProtectionInput {
  repository: unknown
  branch: unknown
  requirePullRequest: unknown
  requiredApprovals: unknown
  dismissStaleReviews: unknown
  requireCodeOwnerReviews: unknown
  requireStatusChecks: unknown
  requiredStatusChecks: unknown
  strictStatusChecks: unknown
  enforceAdmins: unknown
}

/** The new whole protection: the current one with the given settings changed. */
export function mergedProtection(
  current: BranchProtection | undefined,
  input: Omit<UpdateBranchProtectionInput, 'repository' | 'branch'>,
): ProtectionBody {
  const requirePullRequest = optionalBoolean(input.requirePullRequest, 'requirePullRequest')
  const approvals = optionalInteger(input.requiredApprovals, 'requiredApprovals', 0, MAX_APPROVALS)
  const dismissStale = optionalBoolean(input.dismissStaleReviews, 'dismissStaleReviews')
  const codeOwners = optionalBoolean(input.requireCodeOwnerReviews, 'requireCodeOwnerReviews')
  const requireChecks = optionalBoolean(input.requireStatusChecks, 'requireStatusChecks')
  const checks = optionalStringList(input.requiredStatusChecks, 'requiredStatusChecks', 100, 255)
  const strict = optionalBoolean(input.strictStatusChecks, 'strictStatusChecks')
  const enforceAdmins = optionalBoolean(input.enforceAdmins, 'enforceAdmins')
  const reviewsGiven = approvals !== undefined || dismissStale !== undefined || codeOwners !== undefined
  const checksGiven = checks !== undefined || strict !== undefined
  if (requirePullRequest === false && reviewsGiven) {
    throw new InvalidInput('requirePullRequest', 'is off, so review settings cannot apply: turn it on, or clear the review settings.')
  }
  if (requireChecks === false && checksGiven) {
    throw new InvalidInput('requireStatusChecks', 'is off, so status check settings cannot apply: turn it on, or clear them.')
  }
  if (requirePullRequest === undefined && !reviewsGiven && requireChecks === undefined && !checksGiven && enforceAdmins === undefined) {
    throw new InvalidInput('requirePullRequest', 'or another setting is needed: there is nothing to change.')
  }

  const reviews = current?.required_pull_request_reviews
  const keepReviews = requirePullRequest ?? (reviewsGiven || reviews !== undefined)
  const statusChecks = current?.required_status_checks
  const keepChecks = requireChecks ?? (checksGiven || statusChecks !== undefined)
  const restrictions = current?.restrictions
  return {
    required_status_checks: keepChecks ? statusCheckPolicy(strict ?? statusChecks?.strict ?? false, checks, statusChecks?.checks) : null,
    enforce_admins: enforceAdmins ?? current?.enforce_admins?.enabled ?? false,
    required_pull_request_reviews: keepReviews
      ? {
          required_approving_review_count: approvals ?? reviews?.required_approving_review_count ?? 1,
          dismiss_stale_reviews: dismissStale ?? reviews?.dismiss_stale_reviews ?? false,
          require_code_owner_reviews: codeOwners ?? reviews?.require_code_owner_reviews ?? false,
          require_last_push_approval: reviews?.require_last_push_approval ?? false,
        }
      : null,
    restrictions: restrictions
      ? {
          users: restrictions.users.map((user) => user.login ?? '').filter(Boolean),
          teams: restrictions.teams.map((team) => team.slug ?? '').filter(Boolean),
          apps: (restrictions.apps ?? []).map((app) => app?.slug ?? '').filter(Boolean),
        }
      : null,
    required_linear_history: current?.required_linear_history?.enabled ?? false,
    allow_force_pushes: current?.allow_force_pushes?.enabled ?? false,
    allow_deletions: current?.allow_deletions?.enabled ?? false,
    required_conversation_resolution: current?.required_conversation_resolution?.enabled ?? false,
  }
}

/** Required checks as GitHub takes them: `checks` (with the app each was pinned to) and the deprecated, still required `contexts`. */
function statusCheckPolicy(
  strict: boolean,
  given: string[] | undefined,
  current: { context: string; app_id: number | null }[] | undefined,
): NonNullable<ProtectionBody['required_status_checks']> {
  const checks =
    given?.map((context) => ({ context })) ?? current?.map(({ context, app_id }) => ({ context, ...(app_id !== null && { app_id }) })) ?? []
  return { strict, contexts: checks.map((check) => check.context), checks }
}

/** PUT …/branches/{branch}/protection with the current protection, changed only where asked. */
export async function updateBranchProtection(github: GitHubContext, input: UpdateBranchProtectionInput): Promise<ProtectedBranch> {
  const ref = repository(input.repository)
  const branch = requiredRef(input.branch, 'branch', 'the branch name, e.g. main')
  // Settings are checked before anything is read.
  mergedProtection(undefined, input)
  const body = mergedProtection(await currentProtection(github, ref, branch), input)
  const { data } = await callApi(github, {
    operation: 'repos/update-branch-protection',
    method: 'PUT',
    path: protectionPath(ref, branch),
    body,
    subject: `the protection of branch "${branch}" in ${fullName(ref)}`,
  })
  return data
}

// ── Operations ───────────────────────────────────────────────────────────────

const branchParam = {
  type: 'String',
  label: 'Branch',
  name: 'branch',
  required: true,
  dictionary: 'getBranchesDictionary',
  dependsOn: ['repository'],
  description: 'The branch, e.g. main.',
} as const
const toggle = <N extends string>(label: string, name: N, description: string) =>
  ({ type: 'Boolean', label, name, uiComponent: { type: 'TOGGLE' }, description }) as const satisfies define.ParamDef
const PROTECTION_SAMPLE = {
  url: 'https://api.github.com/repos/octocat/Hello-World/branches/main/protection',
  required_status_checks: {
    url: 'https://api.github.com/repos/octocat/Hello-World/branches/main/protection/required_status_checks',
    strict: true,
    contexts: ['ci/build'],
    checks: [{ context: 'ci/build', app_id: null }],
    contexts_url: 'https://api.github.com/repos/octocat/Hello-World/branches/main/protection/required_status_checks/contexts',
  },
  required_pull_request_reviews: {
    url: 'https://api.github.com/repos/octocat/Hello-World/branches/main/protection/required_pull_request_reviews',
    dismiss_stale_reviews: true,
    require_code_owner_reviews: false,
    required_approving_review_count: 2,
  },
  enforce_admins: { url: 'https://api.github.com/repos/octocat/Hello-World/branches/main/protection/enforce_admins', enabled: true },
  required_linear_history: { enabled: false },
  allow_force_pushes: { enabled: false },
  allow_deletions: { enabled: false },
}
const ADMIN = { scope: 'repo', permission: 'Administration: write' } as const

export const definitions = {
  getBranchProtection: define.action({
    label: 'Get Branch Protection',
    route: 'GET /get-branch-protection',
    category: 'Repositories',
    description:
      "Reads a branch's protection: required reviews, required status checks, whether admins are held to it, push restrictions. An unprotected branch answers protected: false (not an error). Returns the repository, the branch, protected and the protection.",
    requires: { scope: 'repo', permission: 'Administration: read' },
    params: [param.repository, branchParam],
    sample: { repository: 'octocat/Hello-World', branch: 'main', protected: true, protection: PROTECTION_SAMPLE },
    run: getBranchProtection,
  }),
  updateBranchProtection: define.action({
    label: 'Update Branch Protection',
    route: 'PUT /update-branch-protection',
    category: 'Repositories',
    description:
      'Protects a branch or changes its protection: pull requests with required approvals (stale approvals dismissed, code owners), required status checks (up to date with the base or not), admins enforced. Only the settings given change; everything else the branch had is kept. Returns the protection.',
    requires: ADMIN,
    params: [
      param.repository,
      branchParam,
      toggle(
        'Require Pull Request',
        'requirePullRequest',
        'On: changes reach the branch only through pull requests. Off: remove that rule. Empty: unchanged.',
      ),
      {
        type: 'Number',
        label: 'Required Approvals',
        name: 'requiredApprovals',
        uiComponent: { type: 'NUMERIC_STEPPER' },
        description: `Approving reviews a pull request needs, 0 to ${MAX_APPROVALS}. Empty: unchanged (1 when pull requests become required).`,
      },
      toggle('Dismiss Stale Approvals', 'dismissStaleReviews', 'On: a new push dismisses the approvals given before it. Empty: unchanged.'),
      toggle(
        'Require Code Owner Review',
        'requireCodeOwnerReviews',
        'On: a code owner of the changed files must approve. Empty: unchanged.',
      ),
      toggle(
        'Require Status Checks',
        'requireStatusChecks',
        'On: the checks below must pass before merging. Off: remove that rule. Empty: unchanged.',
      ),
      {
        type: 'Array<String>',
        label: 'Required Status Checks',
        name: 'requiredStatusChecks',
        description: 'The check or status names that must pass, e.g. ci/build, test. Empty: unchanged.',
      },
      toggle(
        'Branch Up to Date',
        'strictStatusChecks',
        'On: a pull request must be up to date with the branch before merging. Empty: unchanged.',
      ),
      toggle('Enforce for Admins', 'enforceAdmins', 'On: administrators are held to these rules too. Empty: unchanged.'),
    ],
    sample: PROTECTION_SAMPLE,
    run: updateBranchProtection,
  }),
}
