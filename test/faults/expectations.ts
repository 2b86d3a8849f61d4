import type { ErrorKind } from '../../src/errors'
import type { Fault, Operation, Outcome } from './harness'

/**
 * What the README documents, as an independent model: the error each fault must end in,
 * and how many attempts the documented retry policy allows within its time bound.
 * The fault tests compare the measured outcomes with this; the README table shows both.
 */

type RetryClass = 'network' | 'timeout' | '5xx' | '503' | '429' | 'primary' | 'secondary' | 'none'

interface FaultModel {
  retryClass: RetryClass
  /** How long one attempt lasts at production timeouts. */
  attemptMs: number
  retryAfterMs?: number
  /** The error kind, when it does not depend on the operation. */
  kind?: ErrorKind
}

const MODELS: Record<string, FaultModel> = {
  'connection refused': { retryClass: 'network', attemptMs: 0, kind: 'upstream_unavailable' },
  'connection reset mid-response': { retryClass: 'network', attemptMs: 0, kind: 'upstream_unavailable' },
  'DNS failure': { retryClass: 'network', attemptMs: 0, kind: 'upstream_unavailable' },
  'connect timeout (accepts, never answers)': { retryClass: 'timeout', attemptMs: 10_000, kind: 'upstream_unavailable' },
  'read timeout (stalls mid-body)': { retryClass: 'timeout', attemptMs: 10_000, kind: 'upstream_unavailable' },
  'read timeout (drips one byte every 50 ms)': { retryClass: 'timeout', attemptMs: 30_000, kind: 'upstream_unavailable' },
  'HTTP 500': { retryClass: '5xx', attemptMs: 0, kind: 'upstream_unavailable' },
  'HTTP 502 (HTML)': { retryClass: '5xx', attemptMs: 0, kind: 'upstream_unavailable' },
  '503, Retry-After: 1 (seconds)': { retryClass: '503', attemptMs: 0, retryAfterMs: 1000, kind: 'upstream_unavailable' },
  '503, Retry-After: HTTP date (+3 s)': { retryClass: '503', attemptMs: 0, retryAfterMs: 3000, kind: 'upstream_unavailable' },
  '503, Retry-After: 120': { retryClass: '503', attemptMs: 0, retryAfterMs: 120_000, kind: 'upstream_unavailable' },
  'HTTP 429': { retryClass: '429', attemptMs: 0, kind: 'rate_limited' },
  'primary rate limit (403, remaining 0)': { retryClass: 'primary', attemptMs: 0, kind: 'rate_limited' },
  'secondary rate limit (403, Retry-After: 1)': { retryClass: 'secondary', attemptMs: 0, retryAfterMs: 1000, kind: 'rate_limited' },
  'secondary rate limit (403, message only)': { retryClass: 'secondary', attemptMs: 0, kind: 'rate_limited' },
  '200 with a JSON error': { retryClass: 'none', attemptMs: 0 },
  'HTML page instead of JSON (200)': { retryClass: 'none', attemptMs: 0, kind: 'upstream_invalid' },
  'HTML error page (404)': { retryClass: 'none', attemptMs: 0 },
  'empty body (200)': { retryClass: 'none', attemptMs: 0, kind: 'upstream_invalid' },
  'truncated JSON (200)': { retryClass: 'none', attemptMs: 0, kind: 'upstream_invalid' },
  'body over the size cap (11 MiB)': { retryClass: 'none', attemptMs: 0, kind: 'upstream_invalid' },
  'redirect to another origin': { retryClass: 'none', attemptMs: 0, kind: 'upstream_invalid' },
}

interface PolicyModel {
  retries: number
  baseDelayMs: number
  maxDelayMs: number
  budgetMs: number
  retried: readonly RetryClass[]
}

/** README "Retries": code exchange, refresh, API reads, API writes. */
const EXCHANGE: PolicyModel = { retries: 2, baseDelayMs: 500, maxDelayMs: 4000, budgetMs: 10_000, retried: ['429', '503'] }
const REFRESH: PolicyModel = {
  retries: 4,
  baseDelayMs: 500,
  maxDelayMs: 8000,
  budgetMs: 20_000,
  retried: ['429', '5xx', '503', 'network', 'timeout'],
}
// GitHub documents 429 as one form of the secondary rate limit.
const READ: PolicyModel = {
  retries: 3,
  baseDelayMs: 1000,
  maxDelayMs: 8000,
  budgetMs: 20_000,
  retried: ['5xx', '503', 'secondary', '429', 'network', 'timeout'],
}
const WRITE: PolicyModel = { retries: 2, baseDelayMs: 1000, maxDelayMs: 8000, budgetMs: 20_000, retried: ['secondary', '429'] }

const POLICIES: Record<string, PolicyModel> = {
  'executeCallback: code exchange': EXCHANGE,
  'executeCallback: identity (GET /user)': READ,
  refreshToken: REFRESH,
  'read: Get Authenticated User': READ,
  'write: Create Issue': WRITE,
}

const TOKEN_OPERATIONS = new Set(['executeCallback: code exchange', 'refreshToken'])

export interface Expectation {
  kind: ErrorKind
  attempts: number
  /** The documented bound: the retry budget plus the last attempt's own timeout. */
  boundMs: number
}

function model(fault: string): FaultModel {
  const found = MODELS[fault]
  if (!found) throw new Error(`no expectation model for the fault "${fault}"`)
  return found
}

function policy(operation: string): PolicyModel {
  const found = POLICIES[operation]
  if (!found) throw new Error(`no retry policy for the operation "${operation}"`)
  return found
}

function expectedKind(operation: string, fault: string, faultModel: FaultModel): ErrorKind {
  if (faultModel.kind) return faultModel.kind
  const token = TOKEN_OPERATIONS.has(operation)
  if (fault === '200 with a JSON error') {
    if (operation === 'refreshToken') return 'reconnect_required'
    return token ? 'login_restart' : 'upstream_invalid'
  }
  if (fault === 'HTML error page (404)') return token ? 'misconfigured' : 'not_found'
  throw new Error(`no expected kind for "${fault}" in "${operation}"`)
}

/** Attempts the policy allows: the retry loop of the README, simulated on paper. */
function expectedAttempts(policyModel: PolicyModel, faultModel: FaultModel): number {
  let elapsed = 0
  for (let attempt = 0; ; attempt++) {
    elapsed += faultModel.attemptMs
    if (!policyModel.retried.includes(faultModel.retryClass)) return attempt + 1
    const backoff = Math.min(policyModel.maxDelayMs, policyModel.baseDelayMs * 2 ** attempt)
    const wait = Math.max(backoff, faultModel.retryAfterMs ?? 0)
    if (attempt >= policyModel.retries || elapsed + wait > policyModel.budgetMs) return attempt + 1
    elapsed += wait
  }
}

export function expectationFor(operation: Pick<Operation, 'name'>, fault: Pick<Fault, 'name'>): Expectation {
  const faultModel = model(fault.name)
  const policyModel = policy(operation.name)
  return {
    kind: expectedKind(operation.name, fault.name, faultModel),
    attempts: expectedAttempts(policyModel, faultModel),
    boundMs: policyModel.budgetMs + Math.max(faultModel.attemptMs, 0),
  }
}

/**
 * Deviations found by these tests and reported, not yet fixed: the row's test is marked
 * `failing` (it passes while the service deviates, and fails once it is fixed: then delete
 * the entry). Key: "operation | fault".
 */
export const KNOWN_DEVIATIONS: Record<string, string> = {}

export const deviationKey = (outcome: Pick<Outcome, 'operation' | 'fault'>): string => `${outcome.operation} | ${outcome.fault}`

/** A message is actionable when it tells the person what to do next. */
export const ACTIONABLE =
  /try again|retry|check|reconnect|log in again|start the login again|wait|register|fix|use https|ask |grant|verify|update the service|contact|report/i

export interface Verdict {
  ok: boolean
  problems: string[]
}

export function judge(outcome: Outcome): Verdict {
  const expected = expectationFor({ name: outcome.operation }, { name: outcome.fault })
  const problems: string[] = []
  if (outcome.kind !== expected.kind) problems.push(`ends in ${outcome.kind}, documented: ${expected.kind}`)
  if (outcome.attempts !== expected.attempts) problems.push(`${outcome.attempts} attempts, policy: ${expected.attempts}`)
  if (outcome.elapsedMs > expected.boundMs + 2000) problems.push(`took ${Math.round(outcome.elapsedMs)} ms, bound: ${expected.boundMs} ms`)
  return { ok: problems.length === 0, problems }
}
