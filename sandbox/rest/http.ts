import type { components } from '@octokit/openapi-types'
import type { Account } from './state'

/**
 * The REST stand-in's plumbing: a tiny router over GitHub's path templates, GitHub's error bodies
 * (https://docs.github.com/en/rest/using-the-rest-api/troubleshooting-the-rest-api) and its pagination
 * (https://docs.github.com/en/rest/using-the-rest-api/using-pagination-in-the-rest-api).
 */

export const DOCUMENTATION_URL = 'https://docs.github.com/rest'

export interface ApiRequest {
  method: string
  /** The path below /api/v3, exactly as received (still percent-encoded), for Link headers. */
  rawPath: string
  /** Decoded path parameters (`:name`, and `*name` for the rest of the path). */
  params: Record<string, string>
  query: URLSearchParams
  /** The Accept header (media types such as application/vnd.github.raw+json change some answers). */
  accept: string
  /** Parsed JSON; the raw bytes (a Buffer) for an upload. */
  body: unknown
  /** The Content-Type header, for uploads. */
  contentType?: string
  viewer: Account
  scopes: string[]
  /** serverUrl + /api/v3 */
  apiBase: string
  now: number
}

export interface ApiResponse {
  status: number
  /** JSON, or a Buffer sent as it is (raw media types). */
  body?: unknown
  headers?: Record<string, string>
}

export type Handler = (request: ApiRequest) => ApiResponse | Promise<ApiResponse>

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: { message: string; documentation_url: string; errors?: unknown[]; status?: string },
    readonly headers: Record<string, string> = {},
  ) {
    super(body.message)
  }
}

export type ValidationError = components['schemas']['validation-error']['errors'] extends (infer E)[] | undefined ? E : never

export function notFound(): ApiError {
  return new ApiError(404, { message: 'Not Found', documentation_url: DOCUMENTATION_URL, status: '404' })
}

export function badCredentials(): ApiError {
  return new ApiError(401, { message: 'Bad credentials', documentation_url: DOCUMENTATION_URL, status: '401' })
}

export function validationFailed(errors: ValidationError[], message = 'Validation Failed'): ApiError {
  return new ApiError(422, { message, errors, documentation_url: DOCUMENTATION_URL, status: '422' })
}

/** A 422 for one field, the way GitHub reports a missing or invalid field. */
export function invalidField(
  resource: string,
  field: string,
  code: 'missing_field' | 'invalid' | 'already_exists' | 'custom',
  message?: string,
): ApiError {
  return validationFailed([{ resource, field, code, ...(message !== undefined && { message }) }])
}

export function conflict(message: string): ApiError {
  return new ApiError(409, { message, documentation_url: DOCUMENTATION_URL, status: '409' })
}

export function badRequest(message: string): ApiError {
  return new ApiError(400, { message, documentation_url: DOCUMENTATION_URL, status: '400' })
}

export function forbidden(message: string): ApiError {
  return new ApiError(403, { message, documentation_url: DOCUMENTATION_URL, status: '403' })
}

interface Route {
  method: string
  segments: string[]
  handler: Handler
}

export class Router {
  readonly #routes: Route[] = []

  add(method: string, template: string, handler: Handler): this {
    this.#routes.push({ method, segments: template.split('/').filter(Boolean), handler })
    return this
  }

  /** The registered routes as `METHOD /path/{}/...` (parameters unnamed), to compare with the description's templates. */
  shapes(): string[] {
    return this.#routes.map((route) => shapeOf(route))
  }

  /**
   * Finds the route for a raw path (a route without a rest-of-path parameter wins over one with it); `allowed` lists
   * the methods the path supports (for 404 vs 405); `shape` is the matched route's shape, as in shapes().
   */
  match(method: string, rawPath: string): { handler: Handler; params: Record<string, string>; shape: string } | { allowed: string[] } {
    const parts = rawPath.split('/').filter(Boolean)
    const allowed: string[] = []
    let restOfPath: { handler: Handler; params: Record<string, string>; shape: string } | undefined
    for (const route of this.#routes) {
      const params = matchSegments(route.segments, parts)
      if (!params) continue
      if (route.method !== method) {
        allowed.push(route.method)
        continue
      }
      const found = { handler: route.handler, params, shape: shapeOf(route) }
      if (!route.segments.some((segment) => segment.startsWith('*'))) return found
      restOfPath ??= found
    }
    return restOfPath ?? { allowed }
  }
}

function shapeOf(route: Route): string {
  return `${route.method} /${route.segments.map((segment) => (/^[:*]/.test(segment) ? '{}' : segment)).join('/')}`
}

function matchSegments(template: string[], parts: string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {}
  for (let i = 0; i < template.length; i += 1) {
    const segment = template[i] ?? ''
    if (segment.startsWith('*')) {
      if (i >= parts.length) return undefined
      params[segment.slice(1)] = decode(parts.slice(i).join('/'))
      return params
    }
    const part = parts[i]
    if (part === undefined) return undefined
    if (segment.startsWith(':')) params[segment.slice(1)] = decode(part)
    else if (segment !== part) return undefined
  }
  return template.length === parts.length ? params : undefined
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

/** per_page (1..100, default 30) and page (default 1), as GitHub reads them. */
export function pageOf<T>(request: ApiRequest, items: T[], defaultPerPage = 30): { items: T[]; link?: string } {
  const perPage = Math.min(100, Math.max(1, integerParam(request.query.get('per_page')) ?? defaultPerPage))
  const page = Math.max(1, integerParam(request.query.get('page')) ?? 1)
  const last = Math.max(1, Math.ceil(items.length / perPage))
  const slice = items.slice((page - 1) * perPage, page * perPage)
  const links: string[] = []
  const href = (target: number): string => {
    const query = new URLSearchParams(request.query)
    query.set('per_page', String(perPage))
    query.set('page', String(target))
    return `<${request.apiBase}${request.rawPath}?${query.toString()}>`
  }
  if (page > 1) links.push(`${href(Math.min(page - 1, last))}; rel="prev"`)
  if (page < last) links.push(`${href(page + 1)}; rel="next"`)
  if (page < last) links.push(`${href(last)}; rel="last"`)
  if (page > 1) links.push(`${href(1)}; rel="first"`)
  return { items: slice, ...(links.length > 0 && { link: links.join(', ') }) }
}

/** A page of a list GitHub wraps (`{ total_count, <field>: [...] }`), with its Link header; only the page is rendered. */
export function wrappedPage<T>(request: ApiRequest, field: string, items: T[], render: (item: T) => unknown = (item) => item): ApiResponse {
  const page = pageOf(request, items)
  return {
    status: 200,
    body: { total_count: items.length, [field]: page.items.map(render) },
    ...(page.link !== undefined && { headers: { Link: page.link } }),
  }
}

export function paged<T>(request: ApiRequest, items: T[], status = 200): ApiResponse {
  const { items: slice, link } = pageOf(request, items)
  return { status, body: slice, ...(link !== undefined && { headers: { Link: link } }) }
}

export function integerParam(value: string | null | undefined): number | undefined {
  if (value === null || value === undefined || !/^\d{1,9}$/.test(value)) return undefined
  return Number(value)
}

/** The JSON body as an object, or a 400 "Problems parsing JSON" like GitHub's. */
export function bodyObject(request: ApiRequest): Record<string, unknown> {
  const body = request.body ?? {}
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badRequest('Problems parsing JSON')
  return body as Record<string, unknown>
}

export function field(body: Record<string, unknown>, name: string): unknown {
  return Object.prototype.hasOwnProperty.call(body, name) ? body[name] : undefined
}

export function optionalStringField(resource: string, body: Record<string, unknown>, name: string): string | undefined {
  const value = field(body, name)
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string') throw invalidField(resource, name, 'invalid', `${name} is not a string.`)
  return value
}

export function requiredStringField(resource: string, body: Record<string, unknown>, name: string): string {
  const value = optionalStringField(resource, body, name)
  if (value === undefined || value.trim() === '') throw invalidField(resource, name, 'missing_field')
  return value
}

export function optionalBooleanField(resource: string, body: Record<string, unknown>, name: string): boolean | undefined {
  const value = field(body, name)
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'boolean') throw invalidField(resource, name, 'invalid', `${name} is not a boolean.`)
  return value
}

export function optionalStringListField(resource: string, body: Record<string, unknown>, name: string): string[] | undefined {
  const value = field(body, name)
  if (value === undefined || value === null) return undefined
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    throw invalidField(resource, name, 'invalid', `${name} is not an array of strings.`)
  }
  return value as string[]
}

/** Sorts by a timestamp field, the way list endpoints take sort/direction. */
export function byDate<T>(items: T[], date: (item: T) => string, direction: string | null): T[] {
  const sorted = [...items].sort((a, b) => Date.parse(date(a)) - Date.parse(date(b)))
  return direction === 'asc' ? sorted : sorted.reverse()
}

/** An enumerated query parameter: its value, the default when absent, or a 422 naming it. */
export function enumParam<T extends string>(request: ApiRequest, name: string, allowed: readonly T[], fallback: T): T
export function enumParam<T extends string>(request: ApiRequest, name: string, allowed: readonly T[]): T | undefined
export function enumParam<T extends string>(request: ApiRequest, name: string, allowed: readonly T[], fallback?: T): T | undefined {
  const value = request.query.get(name)
  if (value === null || value === '') return fallback
  if (!(allowed as readonly string[]).includes(value)) {
    throw validationFailed([
      { resource: 'Query', field: name, code: 'invalid', value, message: `${name} must be one of: ${allowed.join(', ')}.` },
    ])
  }
  return value as T
}

export function booleanParam(request: ApiRequest, name: string): boolean | undefined {
  const value = request.query.get(name)
  if (value === null || value === '') return undefined
  if (value !== 'true' && value !== 'false') throw validationFailed([{ resource: 'Query', field: name, code: 'invalid', value }])
  return value === 'true'
}
