import {
  Conflict,
  Forbidden,
  InvalidInput,
  NotConnected,
  NotFound,
  RateLimited,
  ReconnectRequired,
  UpstreamInvalid,
  UpstreamUnavailable,
  ValidationFailed,
  type ServiceError,
} from '../errors'
import {
  DEFAULT_MAX_RESPONSE_BYTES,
  isRedirect,
  rateLimitOf,
  send,
  retryAfter,
  type HttpMethod,
  type HttpOptions,
  type HttpResponse,
  type RetryPolicy,
} from '../http/client'
import { quotable, withSecrets } from '../log'
import type { operations } from '@octokit/openapi-types'
import type { Requirement } from '../operations/definition'
import { requirementHint } from './requirements'
import { ROUTES, type OperationId } from './routes'
import type { GitHubServer } from './settings'

/**
 * The GitHub REST chokepoint: every API call of every action goes through `callApi`.
 * Headers per https://docs.github.com/en/rest/using-the-rest-api/getting-started-with-the-rest-api
 * Errors per https://docs.github.com/en/rest/using-the-rest-api/troubleshooting-the-rest-api
 * Rate limits per https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api
 */

export const API_VERSION = '2022-11-28'

export interface GitHubContext {
  server: GitHubServer
  token: string
  userAgent: string
  /** The operation being run (listIssues…): a list cursor is sealed to it. */
  operation?: string
  /** What the operation needs (its definition's requirement): the 403/404 hint of a call that names nothing more specific. */
  requires?: Requirement
  /** Overrides for tests (timeouts, sleep, retry budget). */
  http?: Partial<HttpOptions>
}

/** What a GitHub operation answers on success, from GitHub's description (@octokit/openapi-types); undefined for 204. */
type SuccessOf<R> = R extends { 200: infer A }
  ? A
  : R extends { 201: infer A }
    ? A
    : R extends { 202: infer A }
      ? A
      : R extends { 204: infer A }
        ? A
        : never
type JsonOf<A> = A extends { content: { 'application/json': infer T } } ? T : undefined
export type AnswerOf<Id extends OperationId> = JsonOf<SuccessOf<operations[Id]['responses']>>

export interface ApiCall<Id extends OperationId = OperationId> {
  /** GitHub's operation id (e.g. "issues/create"): the call is checked against its method and path template (routes.ts). */
  operation: Id
  method: HttpMethod
  /** Path below the API base, built with `apiPath` so every segment is encoded. */
  path: string
  query?: Record<string, string | number | boolean | undefined>
  body?: unknown
  accept?: string
  /** What is being asked for, in words, for error messages ("repository octo/hello"). */
  subject: string
  /** What this call needs when it is more than its operation's requirement, for 403/404 hints. */
  needs?: string
  /** The path is a next-page link of the operation's listing (pagination.ts checks it belongs to the listing). */
  nextPage?: true
  /** A file sent to the uploads host (release assets) instead of a JSON body to the API. */
  upload?: { bytes: Buffer; contentType: string }
}

export interface ApiResult<T> {
  status: number
  headers: Record<string, string>
  data: T
}

/** Reads wait out GitHub's secondary rate limit and 5xx within this bound. */
export const READ_RETRY: RetryPolicy = {
  retries: 3,
  baseDelayMs: 1000,
  maxDelayMs: 8000,
  budgetMs: 20_000,
  retryNetworkErrors: true,
  retryable: (response) => response.status >= 500 || isSecondaryRateLimit(response),
}

/** Writes are retried only when GitHub says it did not process them (secondary limit). */
export const WRITE_RETRY: RetryPolicy = {
  retries: 2,
  baseDelayMs: 1000,
  maxDelayMs: 8000,
  budgetMs: 20_000,
  retryNetworkErrors: false,
  retryable: (response) => isSecondaryRateLimit(response),
}

/**
 * Tagged template that percent-encodes every interpolated path segment. A value that is, or
 * hides, a "." or ".." segment is refused: URL parsing resolves them (even percent-encoded)
 * and would move the request to another endpoint.
 */
export function apiPath(strings: TemplateStringsArray, ...values: (string | number)[]): string {
  return strings.reduce((out, part, i) => out + part + (i < values.length ? pathSegment(values[i]) : ''), '')
}

/** A path of several segments ("docs/README.md", "feature/login"): each encoded on its own, the "/" between them kept. */
export function apiSubPath(text: string): string {
  return text.split('/').map(pathSegment).join('/')
}

function pathSegment(value: string | number | undefined): string {
  const text = String(value)
  if (hidesDotSegment(text)) {
    throw new InvalidInput('path segment', `"${text.slice(0, 100)}" cannot name a GitHub resource (it is or hides a "." or ".." segment).`)
  }
  return encodeURIComponent(text)
}

/**
 * Whether `text` is, or could be read as, a "." or ".." path segment by a URL parser or by a
 * server that decodes once more than it should: percent-decoded up to three times, with the
 * tabs and newlines URL parsers drop removed, split at "/" and "\" (which WHATWG URL treats as "/").
 */
export function hidesDotSegment(text: string): boolean {
  let decoded = text
  for (let round = 0; round < 3; round++) {
    const pieces = decoded.replace(/[\t\n\r]/g, '').split(/[/\\]/)
    if (pieces.some((piece) => piece === '.' || piece === '..')) return true
    const next = decodePercent(decoded)
    if (next === decoded) return false
    decoded = next
  }
  return false
}

/** decodeURIComponent that leaves a malformed escape as it is instead of throwing. */
function decodePercent(text: string): string {
  return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run)
    } catch {
      return run
    }
  })
}

/**
 * The last line of defence: the URL the HTTP client sends is parsed (WHATWG URL, as axios
 * does), which resolves dot segments, turns "\\" into "/", drops tabs and splits off "?" and
 * "#". The request leaves only if the parsed path is exactly the one built.
 */
export function requestUrl(apiBase: string, path: string): string {
  const base = new URL(apiBase)
  const expected = base.pathname.replace(/\/$/, '') + path
  const url = apiBase.replace(/\/$/, '') + path
  const parsed = URL.canParse(url) ? new URL(url) : undefined
  // No GitHub API path has an empty segment; "//host" after the base is how a path turns into an authority.
  if (
    !path.startsWith('/') ||
    path.includes('//') ||
    parsed?.origin !== base.origin ||
    parsed.pathname !== expected ||
    parsed.search !== '' ||
    parsed.hash !== ''
  ) {
    throw new InvalidInput(
      'path segment',
      `a name given makes the request path "${path.slice(0, 200)}" mean another GitHub resource once parsed; check the names for ".", ".." or "\\" parts.`,
    )
  }
  return url
}

/** The connection's token, from the platform's `oauth-access-token` header. */
export function requireToken(headers: Record<string, unknown> | undefined): string {
  const token = headers?.['oauth-access-token']
  if (typeof token !== 'string' || token.trim() === '') throw new NotConnected()
  // A token with spaces or control characters would break (or inject into) the Authorization header.
  if (!/^[\x21-\x7e]{1,2048}$/.test(token.trim())) {
    throw new ReconnectRequired("The connection's token is malformed (not a GitHub token).")
  }
  return token.trim()
}

/**
 * Calls one GitHub operation; its answer has the type GitHub's description gives that operation. GitHub's answer
 * may quote the token it was sent; it is cut out of what the call reports (withSecrets).
 */
export function callApi<Id extends OperationId>(context: GitHubContext, call: ApiCall<Id>): Promise<ApiResult<AnswerOf<Id>>> {
  return withSecrets([context.token], async () => {
    const response = await request(context, call, {})
    return { status: response.status, headers: response.headers, data: parseJson<AnswerOf<Id>>(response, call) }
  })
}

const TEMPLATES = new Map<string, RegExp>()

/**
 * The path matches the operation's template. A next-page link GitHub gave is checked by the pagination instead (its
 * path may be `/repositories/{id}/…`).
 */
function followsRoute(call: ApiCall): boolean {
  const [method, template] = ROUTES[call.operation]
  let pattern = TEMPLATES.get(template)
  if (!pattern) {
    // A file path or a git ref spans segments (and the contents root is the empty path); any other name is one segment.
    const source = template
      .split(/(\{[^}]+\})/)
      .map((part) =>
        part === '{path}' || part === '{ref}' ? '.*' : /^\{.+\}$/.test(part) ? '[^/]+' : part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'),
      )
      .join('')
    pattern = new RegExp(`^${source}$`)
    TEMPLATES.set(template, pattern)
  }
  return call.method === method && (call.nextPage === true || pattern.test(call.path))
}

/** What a conditional GET answers: 304 when the resource still has the ETag sent, else the resource. */
export type ConditionalResult<T> =
  { notModified: true; headers: Record<string, string> } | (ApiResult<T> & { notModified: false; etag?: string })

/**
 * A GET with `If-None-Match`: GitHub answers 304 when nothing changed, and a 304 does not count
 * against the rate limit (https://docs.github.com/en/rest/using-the-rest-api/best-practices-for-using-the-rest-api#use-conditional-requests-if-appropriate).
 */
export function callApiIfChanged<Id extends OperationId>(
  context: GitHubContext,
  call: ApiCall<Id> & { method: 'GET' },
  etag: string | undefined,
): Promise<ConditionalResult<AnswerOf<Id>>> {
  return withSecrets([context.token], async (): Promise<ConditionalResult<AnswerOf<Id>>> => {
    const response = await request(context, call, etag ? { 'If-None-Match': etag } : {})
    if (response.status === 304) return { notModified: true, headers: response.headers }
    const answer = response.headers['etag']
    return {
      notModified: false,
      status: response.status,
      headers: response.headers,
      data: parseJson<AnswerOf<Id>>(response, call),
      ...(answer && { etag: answer }),
    }
  })
}

/** The end of a file GitHub keeps in storage (job logs): at most `maxBytes`, cut at a line start when cut. */
export interface Download {
  text: string
  /** The file's size in bytes, when storage says it. */
  totalBytes: number | null
  truncated: boolean
}

/**
 * A GET GitHub answers with a redirect to a signed storage URL (job logs). The redirect is followed only to an https
 * host `storage` accepts (or the server's own origin), without the token (the URL carries its own signature), and only
 * the last `maxBytes` of the file are read: a ranged request for the start gives the size, and a second one the end.
 * https://docs.github.com/en/rest/actions/workflow-jobs#download-job-logs-for-a-workflow-run
 */
export function downloadTail<Id extends OperationId>(
  context: GitHubContext,
  call: ApiCall<Id> & { method: 'GET' },
  maxBytes: number,
  storage: (url: URL) => boolean,
): Promise<Download> {
  return withSecrets([context.token], async () => {
    const answer = await request(context, call, {}, 'return')
    const location = answer.headers['location']
    if (!isRedirect(answer.status) || !location || !URL.canParse(location, context.server.apiBase)) {
      throw new UpstreamInvalid(`GitHub answered ${call.subject} without the redirect to the file it documents (HTTP ${answer.status}).`)
    }
    const url = new URL(location, context.server.apiBase)
    const own = [context.server.apiBase, context.server.webOrigin].some((base) => new URL(base).origin === url.origin)
    if (!own && !(url.protocol === 'https:' && storage(url))) {
      throw new UpstreamInvalid(
        `GitHub sent ${call.subject} to ${url.protocol}//${url.host}, which is not one of GitHub's storage hosts; it was not followed.`,
      )
    }
    // A storage that ignores Range sends the whole file: up to the client's usual cap, its end is kept all the same.
    const options = {
      userAgent: context.userAgent,
      retry: READ_RETRY,
      maxResponseBytes: Math.max(maxBytes + 1024, DEFAULT_MAX_RESPONSE_BYTES),
      ...context.http,
    }
    const fetchRange = async (range: string): Promise<HttpResponse> => {
      const response = await send({ method: 'GET', url: url.toString(), headers: { Range: range } }, options)
      if (response.status !== 200 && response.status !== 206 && response.status !== 416) {
        throw new UpstreamUnavailable(`The storage holding ${call.subject} answered HTTP ${response.status}. Try again later.`)
      }
      return response
    }
    // The cut may fall inside a line (or a character): the text starts at the next whole line.
    const fromWholeLine = (end: string): string => end.slice(end.indexOf('\n') + 1)
    const first = await fetchRange(`bytes=0-${maxBytes - 1}`)
    if (first.status === 416) return { text: '', totalBytes: 0, truncated: false }
    if (first.status === 200) {
      const whole = Buffer.from(first.body, 'utf8')
      if (whole.length <= maxBytes) return { text: first.body, totalBytes: whole.length, truncated: false }
      return { text: fromWholeLine(whole.subarray(whole.length - maxBytes).toString('utf8')), totalBytes: whole.length, truncated: true }
    }
    const total = /\/(\d+)$/.exec(first.headers['content-range'] ?? '')?.[1]
    const totalBytes = total === undefined ? null : Number(total)
    if (totalBytes === null || totalBytes <= maxBytes) return { text: first.body, totalBytes, truncated: false }
    const last = await fetchRange(`bytes=${totalBytes - maxBytes}-${totalBytes - 1}`)
    const end = last.status === 206 ? last.body : Buffer.from(last.body, 'utf8').subarray(-maxBytes).toString('utf8')
    return { text: fromWholeLine(end), totalBytes, truncated: true }
  })
}

/**
 * Sends one call; any answer but 2xx (or a 304 to a conditional request, or a redirect when `redirects` is 'return')
 * becomes the service's error.
 */
async function request(
  context: GitHubContext,
  call: ApiCall,
  extraHeaders: Record<string, string>,
  redirects?: 'return',
): Promise<HttpResponse> {
  const url = requestUrl(call.upload ? context.server.uploadBase : context.server.apiBase, call.path)
  // A programming error, not a user's: the call names one GitHub operation and builds another's request.
  if (!followsRoute(call)) {
    throw new Error(
      `The call is ${call.method} ${call.path}, which is not GitHub's ${call.operation} (${ROUTES[call.operation].join(' ')}).`,
    )
  }
  const read = call.method === 'GET'
  const response = await send(
    {
      method: call.method,
      url,
      query: call.query,
      json: call.body,
      ...(call.upload && { raw: call.upload }),
      ...(redirects && { redirects }),
      headers: {
        Accept: call.accept ?? 'application/vnd.github+json',
        Authorization: `Bearer ${context.token}`,
        'X-GitHub-Api-Version': API_VERSION,
        ...extraHeaders,
      },
    },
    { userAgent: context.userAgent, retry: read ? READ_RETRY : WRITE_RETRY, ...context.http },
  )
  const notModified = response.status === 304 && 'If-None-Match' in extraHeaders
  const redirected = redirects === 'return' && isRedirect(response.status)
  if (!notModified && !redirected && (response.status < 200 || response.status >= 300)) {
    throw apiError(response, { ...call, needs: call.needs ?? (context.requires && requirementHint(context.requires)) })
  }
  return response
}

/**
 * GitHub answers "no content" with 204 (and 205 Reset Content, marking a notification read); any other success
 * carries JSON, and never an error body, except 202 Accepted, where GitHub documents a message for work it finishes
 * in the background (marking all notifications read).
 */
function parseJson<T>(response: HttpResponse, call: ApiCall): T {
  if (response.status === 204 || response.status === 205) return undefined as T
  if (response.body.trim() === '') {
    throw new UpstreamInvalid(`GitHub answered ${call.subject} with an empty body (HTTP ${response.status}).`)
  }
  let data: unknown
  try {
    data = JSON.parse(response.body)
  } catch {
    throw new UpstreamInvalid(`GitHub answered ${call.subject} with a body that is not JSON (HTTP ${response.status}).`)
  }
  if (isErrorBody(data) && response.status !== 202) {
    throw new UpstreamInvalid(
      `GitHub answered ${call.subject} with an error ("${quotable(data.message)}") despite HTTP ${response.status}.`,
    )
  }
  return data as T
}

/** GitHub's error shape: { message, documentation_url?, errors?, status? } and nothing else. */
function isErrorBody(data: unknown): data is { message: string } {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false
  const keys = Object.keys(data)
  return (
    typeof (data as { message?: unknown }).message === 'string' &&
    keys.every((key) => ['message', 'documentation_url', 'errors', 'status'].includes(key))
  )
}

export function isPrimaryRateLimit(response: HttpResponse): boolean {
  return rateLimitOf(response) === 'primary'
}

export function isSecondaryRateLimit(response: HttpResponse): boolean {
  return rateLimitOf(response) === 'secondary'
}

/** Maps a GitHub error answer to the service's error, with what to do about it. */
export function apiError(response: HttpResponse, call: ApiCall): ServiceError {
  const error = describeApiError(response, call)
  const { message } = errorBody(response.body)
  error.upstream = {
    status: response.status,
    operation: call.operation,
    ...(message !== undefined && { message }),
    ...((response.status === 403 || response.status === 404) && call.needs !== undefined && { needs: call.needs }),
  }
  return error
}

function describeApiError(response: HttpResponse, call: ApiCall): ServiceError {
  const body = errorBody(response.body)
  const message = body.message ? ` GitHub said: "${body.message}".` : ''
  if (response.status === 401) {
    return new ReconnectRequired(`GitHub rejected the connection's token (expired or revoked) for ${call.subject}.`)
  }
  if (isPrimaryRateLimit(response)) {
    const reset = Number(response.headers['x-ratelimit-reset'])
    const retryAt = Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000) : undefined
    const resource = response.headers['x-ratelimit-resource'] ?? 'core'
    return new RateLimited(
      `The GitHub API rate limit for "${resource}" is used up (${response.headers['x-ratelimit-limit'] ?? '?'} requests per ${/search|code_search/.test(resource) ? 'minute' : 'hour'}).${retryAt ? ` It resets at ${retryAt.toISOString()}.` : ''} Try again after that.`,
      retryAt,
    )
  }
  if (isSecondaryRateLimit(response)) {
    const waitMs = retryAfter(response.headers)
    const retryAt = waitMs === undefined ? undefined : new Date(Date.now() + waitMs)
    return new RateLimited(
      `GitHub's secondary rate limit stopped ${call.subject} (too many requests in a short time).${retryAt ? ` Try again after ${retryAt.toISOString()}.` : ' Wait a minute and try again.'}`,
      retryAt,
    )
  }
  if (response.status === 403) {
    const granted = response.headers['x-oauth-scopes']
    return new Forbidden(
      `GitHub refused ${call.subject}.${message}${call.needs ? ` It needs ${call.needs}.` : ''}${granted !== undefined ? ` The connection has the scopes: ${granted || 'none'}.` : ''} Grant the missing scope or permission and reconnect, or ask an owner for access.`,
    )
  }
  if (response.status === 404) {
    const what =
      // Creating "a new issue in …" is not found when what it goes into is missing.
      !/^an? new /.test(call.subject)
        ? `${capitalise(call.subject)} was not found, or the connected account cannot see it.`
        : `GitHub could not find what ${call.subject} refers to (the repository or another resource it names), or the connected account cannot see it.`
    return new NotFound(
      `${what}${call.needs ? ` Check the name, and that the connection has ${call.needs}` : " Check the name and the connection's access"} (for a GitHub App: that it is installed on the repository).`,
    )
  }
  if (response.status === 409) return new Conflict(`GitHub reported a conflict for ${call.subject}.${message}`)
  // GitHub answers 405 when the resource's state forbids the operation (e.g. a pull request that cannot be merged).
  if (response.status === 405) return new Conflict(`GitHub refused ${call.subject} in its current state.${message}`)
  // 410: the feature is turned off for the repository (e.g. issues disabled) or the resource was deleted.
  if (response.status === 410)
    return new NotFound(`${capitalise(call.subject)} is gone: it was deleted, or the feature is disabled for the repository.${message}`)
  if (response.status === 422 || response.status === 400) {
    const fields = body.errors.map(describeFieldError).filter(Boolean).join('; ')
    return new ValidationFailed(`GitHub rejected ${call.subject}.${message}${fields ? ` Problems: ${fields}.` : ''}`)
  }
  if (response.status >= 500) {
    return new UpstreamUnavailable(
      `GitHub failed while handling ${call.subject} (HTTP ${response.status}).${retryHint(response)}`,
      response.status,
    )
  }
  if (response.status === 413 || response.status === 414) {
    return new InvalidInput('request', `GitHub refused ${call.subject} as too large (HTTP ${response.status}).`)
  }
  return new UpstreamInvalid(`GitHub answered ${call.subject} with an unexpected HTTP ${response.status}.${message}`)
}

interface ErrorBody {
  message?: string
  errors: unknown[]
}

function errorBody(text: string): ErrorBody {
  try {
    const parsed: unknown = JSON.parse(text)
    if (typeof parsed === 'object' && parsed !== null) {
      const record = parsed as Record<string, unknown>
      return {
        message: typeof record['message'] === 'string' ? quotable(record['message']) : undefined,
        errors: Array.isArray(record['errors']) ? record['errors'].slice(0, 10) : [],
      }
    }
  } catch {
    // Not JSON (an HTML error page, say): the status alone tells the story.
  }
  return { errors: [] }
}

function describeFieldError(error: unknown): string {
  if (typeof error === 'string') return quotable(error)
  if (typeof error !== 'object' || error === null) return ''
  const record = error as Record<string, unknown>
  const text = (key: string): string => (typeof record[key] === 'string' ? quotable(record[key]) : '')
  if (text('message')) return text('field') ? `${text('field')}: ${text('message')}` : text('message')
  return [text('resource'), text('field'), text('code')].filter(Boolean).join(' ')
}

function retryHint(response: HttpResponse): string {
  const waitMs = retryAfter(response.headers)
  return waitMs === undefined ? ' Try again later.' : ` Try again after ${new Date(Date.now() + waitMs).toISOString()}.`
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** GitHub's own words from an error made of an API answer, as a sentence to append ("" when it said nothing). */
export function githubSaid(error: ServiceError): string {
  return error.upstream?.message ? ` GitHub said: "${error.upstream.message}".` : ''
}
