import { createHash } from 'node:crypto'
import { ApiError, DOCUMENTATION_URL } from './http'

/**
 * GitHub's rate limits and conditional requests, as the REST stand-in applies them.
 * https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api
 * https://docs.github.com/en/rest/using-the-rest-api/best-practices-for-using-the-rest-api#use-conditional-requests-if-appropriate
 *
 * Each user has a window per resource (core: 5000 an hour; search: 30 a minute; code_search: 10 a minute) whose
 * X-RateLimit-Remaining goes down by one per counted request. A 304 answer is not counted (GitHub's rule), and
 * neither is GET /rate_limit. Tests (through the control server) can use a window up at once — the primary limit —
 * or make the next requests hit the secondary limit (403 with Retry-After), so the service's rate-limit paths run
 * against real answers instead of mocks.
 */

export type RateResource = 'core' | 'search' | 'code_search'

const WINDOWS: Record<RateResource, { limit: number; seconds: number }> = {
  core: { limit: 5000, seconds: 3600 },
  search: { limit: 30, seconds: 60 },
  code_search: { limit: 10, seconds: 60 },
}

interface Window {
  limit: number
  used: number
  /** Epoch seconds when the window starts again. */
  reset: number
}

export interface SecondaryLimit {
  /** How many of the next requests (any user, any resource) are refused. */
  requests: number
  retryAfterSeconds: number
}

export class RateLimits {
  readonly #windows = new Map<string, Window>()
  readonly #exhausted = new Map<RateResource, { remaining: number; until: number }>()
  #secondary: SecondaryLimit = { requests: 0, retryAfterSeconds: 60 }

  constructor(private readonly now: () => number) {}

  static resourceOf(rawPath: string): RateResource {
    if (rawPath.startsWith('/search/code')) return 'code_search'
    return rawPath.startsWith('/search/') ? 'search' : 'core'
  }

  #window(login: string, resource: RateResource): Window {
    const key = `${login.toLowerCase()}:${resource}`
    const nowSeconds = Math.floor(this.now() / 1000)
    let window = this.#windows.get(key)
    if (!window || window.reset <= nowSeconds) {
      window = { limit: WINDOWS[resource].limit, used: 0, reset: nowSeconds + WINDOWS[resource].seconds }
      // A user first seen while the resource is exhausted (set through the control server) finds it exhausted too.
      const exhausted = this.#exhausted.get(resource)
      if (exhausted && exhausted.until > nowSeconds) {
        window.used = window.limit - exhausted.remaining
        window.reset = exhausted.until
      }
      this.#windows.set(key, window)
    }
    return window
  }

  /**
   * Before handling a request: the secondary limit, then an exhausted primary window, refuse it the way GitHub does.
   * Counting happens after the answer (`count`), because a 304 does not count.
   */
  check(login: string, resource: RateResource, viewerId: number): void {
    if (this.#secondary.requests > 0) {
      this.#secondary.requests -= 1
      throw new ApiError(
        403,
        {
          message:
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. (sandbox: set through its control server)',
          documentation_url: 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits',
          status: '403',
        },
        { 'Retry-After': String(this.#secondary.retryAfterSeconds) },
      )
    }
    const window = this.#window(login, resource)
    if (window.used >= window.limit) {
      throw new ApiError(403, {
        message: `API rate limit exceeded for user ID ${viewerId}. (sandbox: the window resets at ${new Date(window.reset * 1000).toISOString()})`,
        documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
        status: '403',
      })
    }
  }

  count(login: string, resource: RateResource): void {
    this.#window(login, resource).used += 1
  }

  headers(login: string, resource: RateResource): Record<string, string> {
    const window = this.#window(login, resource)
    return {
      'X-RateLimit-Limit': String(window.limit),
      'X-RateLimit-Remaining': String(Math.max(0, window.limit - window.used)),
      'X-RateLimit-Reset': String(window.reset),
      'X-RateLimit-Used': String(window.used),
      'X-RateLimit-Resource': resource,
    }
  }

  /** GET /rate_limit's answer (components/schemas/rate-limit-overview) from the user's windows. */
  overview(login: string): { resources: Record<string, RateLimitEntry>; rate: RateLimitEntry } {
    const entry = (resource: RateResource): RateLimitEntry => {
      const window = this.#window(login, resource)
      return { limit: window.limit, used: window.used, remaining: Math.max(0, window.limit - window.used), reset: window.reset }
    }
    return { resources: { core: entry('core'), search: entry('search'), code_search: entry('code_search') }, rate: entry('core') }
  }

  /** Control: uses up every user's window of `resource` (or leaves `remaining`) until it resets in `resetInSeconds`. */
  exhaust(resource: RateResource, options: { remaining?: number; resetInSeconds?: number } = {}): void {
    const remaining = Math.min(WINDOWS[resource].limit, Math.max(0, options.remaining ?? 0))
    const until = Math.floor(this.now() / 1000) + (options.resetInSeconds ?? WINDOWS[resource].seconds)
    this.#exhausted.set(resource, { remaining, until })
    for (const [key, window] of this.#windows) {
      if (!key.endsWith(`:${resource}`)) continue
      window.used = window.limit - remaining
      window.reset = until
    }
  }

  /** Control: the next `requests` requests are refused by the secondary limit. */
  secondary(limit: SecondaryLimit): void {
    this.#secondary = { ...limit }
  }

  /** Control: every window starts afresh and no secondary limit is pending. */
  reset(): void {
    this.#windows.clear()
    this.#exhausted.clear()
    this.#secondary = { requests: 0, retryAfterSeconds: 60 }
  }
}

export interface RateLimitEntry {
  limit: number
  used: number
  remaining: number
  reset: number
}

// ── Conditional requests ────────────────────────────────────────────────────────────────────────────────────────────

/** GitHub's ETags are quoted hashes of the answer (weak for most JSON answers). */
export function etagOf(body: Buffer, accept: string): string {
  return `W/"${createHash('sha256').update(accept).update('\0').update(body).digest('hex').slice(0, 40)}"`
}

/**
 * Last-Modified for an answer that says when it last changed: a resource's updated_at (pushed_at for repositories
 * when later), or the latest of a list's items. Undefined when the answer carries no date.
 */
export function lastModifiedOf(body: unknown): string | undefined {
  const dateOf = (item: unknown): number | undefined => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined
    const record = item as Record<string, unknown>
    const times = ['updated_at', 'pushed_at']
      .map((key) => record[key])
      .filter((value): value is string => typeof value === 'string')
      .map((value) => Date.parse(value))
      .filter((value) => Number.isFinite(value))
    return times.length > 0 ? Math.max(...times) : undefined
  }
  const times = (Array.isArray(body) ? body.map(dateOf) : [dateOf(body)]).filter((value): value is number => value !== undefined)
  return times.length > 0 ? new Date(Math.max(...times)).toUTCString() : undefined
}

/**
 * Whether a conditional GET is answered 304: If-None-Match (weak comparison, a list, or *) wins over If-Modified-Since,
 * as RFC 9110 §13.2.2 orders them.
 */
export function notModified(
  request: { ifNoneMatch?: string; ifModifiedSince?: string },
  answer: { etag: string; lastModified?: string },
): boolean {
  if (request.ifNoneMatch !== undefined) {
    const wanted = request.ifNoneMatch.split(',').map((tag) => tag.trim())
    const bare = (tag: string): string => tag.replace(/^W\//, '')
    return wanted.includes('*') || wanted.some((tag) => bare(tag) === bare(answer.etag))
  }
  if (request.ifModifiedSince !== undefined && answer.lastModified !== undefined) {
    const since = Date.parse(request.ifModifiedSince)
    return Number.isFinite(since) && Date.parse(answer.lastModified) <= since
  }
  return false
}

export { DOCUMENTATION_URL }
