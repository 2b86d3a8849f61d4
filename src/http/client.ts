import * as http from 'node:http'
import * as https from 'node:https'
import axios, { AxiosError, type AxiosResponse } from './axios'
import { RateLimited, UpstreamInvalid, UpstreamUnavailable } from '../errors'
import { log, redactText } from '../log'

/**
 * The single HTTP chokepoint of the service: every outbound call goes through `send`,
 * so every call has a timeout, a size cap, a User-Agent, the retry policy and no
 * credential-carrying redirect to another origin.
 */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

export interface HttpRequest {
  method: HttpMethod
  url: string
  headers?: Record<string, string>
  query?: Record<string, string | number | boolean | undefined>
  /** JSON body. */
  json?: unknown
  /** application/x-www-form-urlencoded body. */
  form?: Record<string, string | undefined>
  /** Bytes sent as they are, with their media type (a file upload). */
  raw?: { bytes: Buffer; contentType: string }
  /** 'return': a redirect is the answer (the caller decides where it may lead); by default same-origin ones are followed. */
  redirects?: 'return'
}

export interface HttpResponse {
  status: number
  headers: Record<string, string>
  /** Raw body text; callers parse it, because the content type decides how. */
  body: string
}

export interface RetryPolicy {
  /** Further attempts after the first. */
  retries: number
  baseDelayMs: number
  maxDelayMs: number
  /** No retry starts once this much time has passed since the first attempt. */
  budgetMs: number
  /** Whether a network failure (refused, reset, DNS, timeout) may be retried. */
  retryNetworkErrors: boolean
  /** Whether this answer may be retried; the default retries 429 and 5xx. */
  retryable?: (response: HttpResponse) => boolean
}

export interface HttpOptions {
  userAgent: string
  /** Connect and idle-read timeout. */
  idleTimeoutMs?: number
  /** Whole-request timeout, body included. */
  totalTimeoutMs?: number
  maxResponseBytes?: number
  retry?: RetryPolicy
  /** Used by tests to avoid real waiting. */
  sleep?: (ms: number) => Promise<void>
  /** Clock for the retry budget (ms); tests pair it with `sleep` to simulate time passing. */
  now?: () => number
}

export const DEFAULT_IDLE_TIMEOUT_MS = 10_000
export const DEFAULT_TOTAL_TIMEOUT_MS = 30_000
export const DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024
const MAX_REDIRECTS = 3

export const NO_RETRY: RetryPolicy = { retries: 0, baseDelayMs: 0, maxDelayMs: 0, budgetMs: 0, retryNetworkErrors: false }

const defaultRetryable = (response: HttpResponse): boolean => response.status === 429 || response.status >= 500

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

export async function send(request: HttpRequest, options: HttpOptions): Promise<HttpResponse> {
  const policy = options.retry ?? NO_RETRY
  const sleep = options.sleep ?? realSleep
  const now = options.now ?? Date.now
  const retryable = policy.retryable ?? defaultRetryable
  const started = now()
  for (let attempt = 0; ; attempt++) {
    let response: HttpResponse | undefined
    let failure: UpstreamUnavailable | undefined
    try {
      response = await sendFollowingRedirects(request, options)
    } catch (error) {
      if (!(error instanceof UpstreamUnavailable) || !policy.retryNetworkErrors) throw error
      failure = error
    }
    if (response && !retryable(response)) return response

    const elapsed = now() - started
    const retryAfterMs = response ? retryAfter(response.headers, now()) : undefined
    const backoffMs = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt)
    const waitMs = Math.max(backoffMs, retryAfterMs ?? 0)
    const canRetry = attempt < policy.retries && elapsed + waitMs <= policy.budgetMs
    if (!canRetry) {
      if (response) return response
      throw failure
    }
    log.warn('http.retry', {
      method: request.method,
      url: describeUrl(request.url),
      attempt: attempt + 1,
      status: response?.status,
      cause: failure?.message,
      waitMs,
    })
    await sleep(waitMs)
  }
}

async function sendFollowingRedirects(request: HttpRequest, options: HttpOptions): Promise<HttpResponse> {
  let current = request
  for (let hop = 0; ; hop++) {
    const response = await sendOnce(current, options)
    const location = response.headers['location']
    if (!isRedirect(response.status) || !location || request.redirects === 'return') return response
    const next = new URL(location, current.url)
    if (next.origin !== new URL(current.url).origin) {
      throw new UpstreamInvalid(
        `${describeUrl(request.url)} redirected to another origin (${next.origin}); the request was not followed so that credentials stay with ${new URL(request.url).origin}.`,
      )
    }
    if (hop >= MAX_REDIRECTS) throw new UpstreamInvalid(`${describeUrl(request.url)} redirected too many times.`)
    // 301/302/303 turn a write into a GET in every client; only 307/308 keep the body.
    const keepsMethod = response.status === 307 || response.status === 308 || current.method === 'GET'
    current = keepsMethod
      ? { ...current, url: next.toString(), query: undefined }
      : { method: 'GET', url: next.toString(), headers: current.headers }
  }
}

async function sendOnce(request: HttpRequest, options: HttpOptions): Promise<HttpResponse> {
  const totalTimeoutMs = options.totalTimeoutMs ?? DEFAULT_TOTAL_TIMEOUT_MS
  const idleTimeoutMs = options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS
  const headers: Record<string, string> = { 'User-Agent': options.userAgent, ...request.headers }
  let data: string | Buffer | undefined
  if (request.raw) {
    data = request.raw.bytes
    headers['Content-Type'] = request.raw.contentType
  } else if (request.form) {
    data = new URLSearchParams(definedEntries(request.form)).toString()
    headers['Content-Type'] = 'application/x-www-form-urlencoded'
  } else if (request.json !== undefined) {
    data = JSON.stringify(request.json)
    headers['Content-Type'] = 'application/json'
  }
  const deadline = new Deadline(totalTimeoutMs, idleTimeoutMs)
  let response: AxiosResponse<string>
  try {
    response = await axios.request<string>({
      method: request.method,
      url: request.url,
      params: request.query ? new URLSearchParams(definedEntries(request.query)) : undefined,
      headers,
      data,
      timeout: idleTimeoutMs,
      transport: deadline.transport,
      maxRedirects: 0,
      maxContentLength: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
      maxBodyLength: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
      responseType: 'text',
      transformResponse: [(body: unknown) => body],
      validateStatus: () => true,
      proxy: false,
      decompress: true,
    })
  } catch (error) {
    throw describeNetworkFailure(error, request, idleTimeoutMs, totalTimeoutMs, deadline.expired)
  } finally {
    deadline.clear()
  }
  return {
    status: response.status,
    headers: flattenHeaders(response.headers),
    body: typeof response.data === 'string' ? response.data : '',
  }
}

type Expiry = 'total' | 'no response'

/**
 * The request's two clocks, kept by the service on Node's own request rather than through an AbortSignal (axios'
 * signal handling costs more per call than the rest of the service together; see the benchmark): the whole request,
 * body included, within `totalMs`, and the first answer within `idleMs` even while the connection is still being
 * made (a socket's idle timeout starts only once it is connected). axios keeps the idle timeout between bytes.
 */
class Deadline {
  expired: Expiry | undefined
  #request: http.ClientRequest | undefined
  #total: NodeJS.Timeout
  #firstAnswer: NodeJS.Timeout | undefined

  constructor(totalMs: number, idleMs: number) {
    this.#total = setTimeout(() => this.#expire('total'), totalMs)
    this.#firstAnswer = setTimeout(() => this.#expire('no response'), idleMs)
  }

  readonly transport = {
    request: (options: http.RequestOptions, onResponse: (response: http.IncomingMessage) => void): http.ClientRequest => {
      const protocol = options.protocol === 'https:' ? https : http
      const request = protocol.request(options, (response) => {
        clearTimeout(this.#firstAnswer)
        onResponse(response)
      })
      this.#request = request
      if (this.expired) request.destroy()
      return request
    },
  }

  clear(): void {
    clearTimeout(this.#total)
    clearTimeout(this.#firstAnswer)
  }

  #expire(expiry: Expiry): void {
    this.expired ??= expiry
    this.#request?.destroy()
  }
}

function seconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`
}

function describeNetworkFailure(
  error: unknown,
  request: HttpRequest,
  idleTimeoutMs: number,
  totalTimeoutMs: number,
  expired: Expiry | undefined,
): Error {
  const where = describeUrl(request.url)
  const noAnswer = () =>
    new UpstreamUnavailable(`${where} did not answer in time (no response for ${seconds(idleTimeoutMs)}). Try again later.`)
  if (expired === 'total') {
    return new UpstreamUnavailable(`${where} did not finish answering in time (limit ${seconds(totalTimeoutMs)}). Try again later.`)
  }
  if (expired === 'no response') return noAnswer()
  if (!(error instanceof AxiosError)) {
    return new UpstreamUnavailable(`The request to ${where} failed unexpectedly. Try again later.`)
  }
  const code = error.code ?? (error.cause as NodeJS.ErrnoException | undefined)?.code
  if (/maxContentLength|maxBodyLength/.test(error.message)) {
    return new UpstreamInvalid(`The answer from ${where} was larger than the service accepts; nothing was read.`)
  }
  switch (code) {
    case 'ECONNREFUSED':
      return new UpstreamUnavailable(`${where} refused the connection. Check serverUrl, or try again when the server is up.`)
    case 'ECONNRESET':
    case 'EPIPE':
    case 'ERR_BAD_RESPONSE':
      return new UpstreamUnavailable(`The connection to ${where} was cut before the answer was complete. Try again.`)
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new UpstreamUnavailable(`The host of ${where} could not be resolved (DNS). Check serverUrl and the network.`)
    case 'ECONNABORTED':
    case 'ETIMEDOUT':
      return noAnswer()
    default:
      return new UpstreamUnavailable(`The request to ${where} failed (${code ?? 'network error'}). Try again later.`)
  }
}

/** Milliseconds to wait from a Retry-After header (seconds or HTTP date), if any. */
export function retryAfter(headers: Record<string, string>, now: number = Date.now()): number | undefined {
  const value = headers['retry-after']?.trim()
  if (!value) return undefined
  if (/^\d+$/.test(value)) return Number(value) * 1000
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

/** Turns a 429/5xx answer (after any retries) into the error the person sees. */
export function unavailable(response: HttpResponse, what: string, now: number = Date.now()): RateLimited | UpstreamUnavailable {
  const waitMs = retryAfter(response.headers, now)
  const reset = Number(response.headers['x-ratelimit-reset'])
  const retryAt =
    waitMs !== undefined
      ? new Date(now + waitMs)
      : Number.isFinite(reset) && reset > 0 && isRateLimit(response)
        ? new Date(reset * 1000)
        : undefined
  if (isRateLimit(response)) {
    return new RateLimited(
      `${what} is rate limited (HTTP ${response.status}).${retryAt ? ` Try again after ${retryAt.toISOString()}.` : ' Try again in a minute.'}`,
      retryAt,
    )
  }
  return new UpstreamUnavailable(
    `${what} is temporarily unavailable (HTTP ${response.status}).${retryAt ? ` Try again after ${retryAt.toISOString()}.` : ' Try again in a few minutes.'}`,
    response.status,
  )
}

/**
 * The one rate-limit rule, for every caller: a 403 or 429 with X-RateLimit-Remaining "0" is the
 * primary limit (wait for X-RateLimit-Reset); any other 429, or a 403 with a Retry-After or that
 * says "rate limit", is a secondary limit (wait Retry-After, or a minute).
 * https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api#exceeding-the-rate-limit
 */
export function rateLimitOf(response: HttpResponse): 'primary' | 'secondary' | undefined {
  if (response.status !== 403 && response.status !== 429) return undefined
  if (response.headers['x-ratelimit-remaining'] === '0') return 'primary'
  if (response.status === 429 || retryAfter(response.headers) !== undefined || /rate limit/i.test(response.body.slice(0, 2000))) {
    return 'secondary'
  }
  return undefined
}

export function isRateLimit(response: HttpResponse): boolean {
  return rateLimitOf(response) !== undefined
}

/** Origin and path only: query strings can carry secrets. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url)
    return `${parsed.origin}${parsed.pathname}`
  } catch {
    return redactText(url)
  }
}

export function isRedirect(status: number): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308
}

function definedEntries(record: Record<string, string | number | boolean | undefined>): [string, string][] {
  return Object.entries(record).flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)]]))
}

function flattenHeaders(headers: AxiosResponse['headers']): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(headers as Record<string, unknown>)) {
    if (value === undefined || value === null) continue
    out[key.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value)
  }
  return out
}
