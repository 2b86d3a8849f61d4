/**
 * Requests that no nock interceptor answered during the current test: blocked ones (net
 * connect is disabled) and ones passed through to a loopback server. Recorded by
 * test/setup.ts from nock's 'no match' event, so a test can prove that an operation made no
 * outbound call at all: no interceptor consumed (`scope.isDone()` false) and nothing here.
 */

const KEY = Symbol.for('flowrunner-github.test-unmatched-requests')

interface UnmatchedRecord {
  requests: string[]
}

function record(): UnmatchedRecord {
  const holder = globalThis as unknown as Record<symbol, UnmatchedRecord | undefined>
  return (holder[KEY] ??= { requests: [] })
}

interface NockRequestLike {
  method?: unknown
  href?: unknown
  host?: unknown
  path?: unknown
  getHeader?: (name: string) => unknown
}

/** Called by test/setup.ts for nock's 'no match' event. */
export function recordUnmatched(request: unknown): void {
  const req = (typeof request === 'object' && request !== null ? request : {}) as NockRequestLike
  const method = typeof req.method === 'string' ? req.method : '?'
  const host = typeof req.host === 'string' ? req.host : typeof req.getHeader === 'function' ? String(req.getHeader('host')) : '?'
  const where = typeof req.href === 'string' ? req.href : `${host}${typeof req.path === 'string' ? req.path : ''}`
  record().requests.push(`${method} ${where.split('?')[0] ?? where}`)
}

/** The unanswered requests of the current test ("METHOD url-without-query"). */
export function unmatchedRequests(): readonly string[] {
  return record().requests
}

export function clearUnmatched(): void {
  record().requests.length = 0
}
