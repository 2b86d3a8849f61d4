import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto'
import { InvalidInput } from '../errors'
import { callApi, type AnswerOf, type ApiCall, type GitHubContext } from './api'
import type { OperationId } from './routes'

/**
 * Pagination through the Link header (rel="next"), per
 * https://docs.github.com/en/rest/using-the-rest-api/using-pagination-in-the-rest-api
 * The cursor handed to a flow carries what the next link adds to the listing's own query,
 * sealed with HMAC-SHA256 to the operation, the listing's path and fixed query, and the
 * connection, so a cursor can only ever continue the listing it came from (see sealCursor).
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

/** The items of a list operation whose answer is an array (most of them); others pass their own `extract`. */
export type ItemOf<Id extends OperationId> = AnswerOf<Id> extends readonly (infer Item)[] ? Item : never

/**
 * Reads a listing page by page. The items' type follows from the operation (GitHub's description): the answer's
 * elements, or what `extract` takes out of an answer that wraps them (`items`, `workflow_runs`).
 */
export async function listAll<Id extends OperationId, T = ItemOf<Id>>(
  context: GitHubContext,
  call: ApiCall<Id>,
  options: ListOptions,
  extract: (data: AnswerOf<Id>) => T[] = (data) => (Array.isArray(data) ? (data as T[]) : []),
): Promise<ListResult<T>> {
  const items: T[] = []
  let page: Link = options.cursor
    ? openCursor(options.cursor, context, call)
    : { path: call.path, query: { ...definedQuery(call.query), per_page: String(options.pageSize) } }
  let totalCount: number | undefined
  for (;;) {
    const { data, headers } = await callApi(context, {
      ...call,
      path: page.path,
      query: page.query,
      ...(page.path !== call.path && { nextPage: true as const }),
    })
    const pageItems = extract(data)
    if (typeof data === 'object' && data !== null && typeof (data as { total_count?: unknown }).total_count === 'number') {
      totalCount = (data as unknown as { total_count: number }).total_count
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
      return { items, nextCursor: cutShort ? null : sealCursor(next, context, call), ...total }
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

const CURSOR_VERSION = 'c1'

/** What a cursor adds to the listing: the next link's path when it differs, and its query changes (null: removed). */
interface CursorPayload {
  l?: string
  q: Record<string, string | null>
}

/**
 * The key is derived from the connection's access token, which every action has (no setting
 * needed), so a cursor works only for the connection that made it and until its token is
 * renewed; after that "leave it empty to start over" applies. The MAC also binds the
 * operation, the listing's path and its fixed query, so no cursor can be moved to another
 * listing, and covers the payload text exactly as sent, so no re-encoding passes.
 */
function cursorMac(payload: string, context: GitHubContext, call: ApiCall): string {
  const key = Buffer.from(hkdfSync('sha256', context.token, 'list-cursor-salt-v1', 'sealed list cursor v1', 32))
  const fixed = Object.entries(definedQuery(call.query)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const binding = JSON.stringify([CURSOR_VERSION, context.operation ?? '', call.path, fixed, payload])
  return createHmac('sha256', key).update(binding).digest('base64url')
}

function sealCursor(next: Link, context: GitHubContext, call: ApiCall): string {
  const fixed = definedQuery(call.query)
  const changes: Record<string, string | null> = {}
  for (const [key, value] of Object.entries(next.query)) if (fixed[key] !== value) changes[key] = value
  for (const key of Object.keys(fixed)) if (!(key in next.query)) changes[key] = null
  const body: CursorPayload = { ...(next.path !== call.path && { l: next.path }), q: changes }
  const payload = Buffer.from(JSON.stringify(body), 'utf8').toString('base64url')
  return `${CURSOR_VERSION}.${payload}.${cursorMac(payload, context, call)}`
}

function openCursor(cursor: string, context: GitHubContext, call: ApiCall): Link {
  const [version, payload, mac, ...rest] = cursor.split('.')
  if (version === CURSOR_VERSION && payload !== undefined && mac !== undefined && rest.length === 0) {
    const expected = Buffer.from(cursorMac(payload, context, call))
    const given = Buffer.from(mac)
    if (given.length === expected.length && timingSafeEqual(given, expected)) {
      const link = readPayload(payload, call)
      if (link) return link
    }
  }
  throw new InvalidInput(
    'cursor',
    'belongs to another listing or connection; leave it empty to start over. A cursor continues only the action, parameters and connection that returned it as nextCursor.',
  )
}

/** A sealed payload is this service's own; it is still checked, so a flaw elsewhere cannot turn into a request elsewhere. */
function readPayload(payload: string, call: ApiCall): Link | undefined {
  let parsed: unknown
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
  } catch {
    return undefined
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined
  const { l, q } = parsed as { l?: unknown; q?: unknown }
  const path = l === undefined ? call.path : l
  if (typeof path !== 'string' || !sameListing(call.path, path) || typeof q !== 'object' || q === null) return undefined
  const query: Record<string, string> = definedQuery(call.query)
  for (const [key, value] of Object.entries(q)) {
    if (value === null) delete query[key]
    else if (typeof value === 'string') query[key] = value
    else return undefined
  }
  return { path, query }
}
