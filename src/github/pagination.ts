import { InvalidInput } from '../errors'
import { callApi, type ApiCall, type GitHubContext } from './api'

/**
 * Pagination through the Link header (rel="next"), per
 * https://docs.github.com/en/rest/using-the-rest-api/using-pagination-in-the-rest-api
 * The cursor handed to a flow is the next link's query string, sealed to the path it
 * belongs to, so a cursor can only ever continue the listing it came from.
 */

export const MAX_PAGE_SIZE = 100
export const DEFAULT_LIMIT = 100
export const MAX_LIMIT = 1000

export interface ListOptions {
  /** 'page': one page of pageSize; 'all': follow pages up to limit. */
  mode: 'page' | 'all'
  pageSize: number
  limit: number
  cursor?: string
}

export interface ListResult<T> {
  items: T[]
  /** Pass back as the cursor to continue, or null when there is nothing more. */
  nextCursor: string | null
  /** Total reported by GitHub where it reports one (search). */
  totalCount?: number
}

export async function listAll<T>(
  context: GitHubContext,
  call: ApiCall,
  options: ListOptions,
  extract: (data: unknown) => T[] = (data) => (Array.isArray(data) ? (data as T[]) : []),
): Promise<ListResult<T>> {
  const items: T[] = []
  let page: Link = options.cursor
    ? openCursor(options.cursor, call.path)
    : { path: call.path, query: { ...definedQuery(call.query), per_page: String(options.pageSize) } }
  let totalCount: number | undefined
  for (;;) {
    const { data, headers } = await callApi<unknown>(context, { ...call, path: page.path, query: page.query })
    const pageItems = extract(data)
    if (typeof data === 'object' && data !== null && typeof (data as { total_count?: unknown }).total_count === 'number') {
      totalCount = (data as { total_count: number }).total_count
    }
    const wanted = options.mode === 'page' ? options.pageSize : options.limit
    const room = wanted - items.length
    items.push(...pageItems.slice(0, room))
    const next = nextLink(headers['link'], context.server.apiBase)
    const cutShort = pageItems.length > room
    const total = totalCount !== undefined ? { totalCount } : {}
    if (!next || !sameListing(call.path, next.path)) return { items, nextCursor: null, ...total }
    if (options.mode === 'page' || items.length >= wanted || cutShort) {
      // A page cut short by the limit is not resumable by link; stop without a cursor then.
      return { items, nextCursor: cutShort ? null : sealCursor(next, call.path), ...total }
    }
    page = next
  }
}

/**
 * GitHub's next links may name a resource by id instead of by name
 * (/repos/o/r/issues → /repositories/123/issues?page=2); both address the same listing.
 */
export function sameListing(callPath: string, linkPath: string): boolean {
  if (linkPath === callPath) return true
  const byId = /^\/(repositories|organizations|user)\/\d+(\/.*)?$/.exec(linkPath)
  if (!byId) return false
  const rest = byId[2] ?? ''
  const prefix = { repositories: /^\/repos\/[^/]+\/[^/]+/, organizations: /^\/orgs\/[^/]+/, user: /^\/users\/[^/]+/ }[
    byId[1] as 'repositories' | 'organizations' | 'user'
  ]
  const match = prefix.exec(callPath)
  return match !== null && callPath.slice(match[0].length) === rest
}

function definedQuery(query: ApiCall['query']): Record<string, string> {
  return Object.fromEntries(Object.entries(query ?? {}).flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)]])))
}

interface Link {
  path: string
  query: Record<string, string>
}

export function nextLink(header: string | undefined, apiBase: string): Link | undefined {
  if (!header) return undefined
  for (const part of header.split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="?([^";]+)"?/.exec(part.trim())
    if (!match || !match[2]?.split(/\s+/).includes('next')) continue
    let url: URL
    try {
      url = new URL(match[1] ?? '')
    } catch {
      return undefined
    }
    const base = new URL(apiBase)
    if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname.replace(/\/$/, ''))) return undefined
    const path = url.pathname.slice(base.pathname.replace(/\/$/, '').length)
    return { path, query: Object.fromEntries(url.searchParams) }
  }
  return undefined
}

function sealCursor(next: Link, path: string): string {
  return Buffer.from(JSON.stringify({ p: path, l: next.path, q: next.query }), 'utf8').toString('base64url')
}

function openCursor(cursor: string, path: string): Link {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { p?: unknown; l?: unknown; q?: unknown }
    const linkPath = typeof parsed.l === 'string' ? parsed.l : path
    if (parsed.p === path && sameListing(path, linkPath) && typeof parsed.q === 'object' && parsed.q !== null) {
      const entries = Object.entries(parsed.q as Record<string, unknown>).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      )
      return { path: linkPath, query: Object.fromEntries(entries) }
    }
  } catch {
    // fall through to the error below
  }
  throw new InvalidInput(
    'cursor',
    'does not belong to this list. Use the nextCursor returned by the same action with the same parameters, or leave it empty to start from the beginning.',
  )
}
