import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import dns from 'node:dns'
import { ServiceError } from '../../src/errors'
import { completeLogin, refresh } from '../../src/github/oauth'
import { createIssue } from '../../src/github/issues'
import { resolveServer, type ServiceSettings } from '../../src/github/settings'
import { getAuthenticatedUser } from '../../src/github/users'
import type { HttpOptions } from '../../src/http/client'
import { createCodeVerifier } from '../../src/oauth2/pkce'
import { sealState } from '../../src/oauth2/state'
import {
  CANARY_ACCESS_TOKEN,
  CANARY_CLIENT_ID,
  CANARY_CLIENT_SECRET,
  CANARY_CODE,
  CANARY_REFRESH_TOKEN,
  CANARY_ROTATED_REFRESH_TOKEN,
  CANARY_USER_TOKEN,
} from '../helpers/secrets'

/**
 * Fault injection against a loopback "GitHub" (an Enterprise-Server-shaped root on
 * 127.0.0.1, so every call of an operation goes to one server we control). One call of an
 * operation — the target — misbehaves; the others answer normally. Waiting is simulated:
 * `sleep` advances a virtual clock that the HTTP client's retry budget reads through `now`.
 * For the timeout faults the network timeouts are shortened 40-fold and the clock runs 40
 * times faster, so attempts and times are those the production timeouts (10 s idle, 30 s
 * total) would give, in a fraction of the real time.
 *
 * Runs OUTSIDE Jest (test/faults/run.ts, under tsx): nock's interception changes socket
 * timeout behaviour (a dripping body trips the idle timeout under nock), so the faults are
 * measured on plain Node sockets. The DNS failure comes from the resolver: dns.lookup fails
 * for "localhost" while the target call runs.
 */

export const TIME_SCALE = 40
export const PRODUCTION_IDLE_MS = 10_000
export const PRODUCTION_TOTAL_MS = 30_000
const TEST_IDLE_MS = PRODUCTION_IDLE_MS / TIME_SCALE
const TEST_TOTAL_MS = PRODUCTION_TOTAL_MS / TIME_SCALE

export const REPOSITORY = 'octocat/hello-world'
const TOKEN_PATH = '/login/oauth/access_token'
const USER_PATH = '/api/v3/user'
const ISSUES_PATH = `/api/v3/repos/${REPOSITORY}/issues`

// ── The loopback GitHub ──────────────────────────────────────────────────────

type Handler = (request: IncomingMessage, response: ServerResponse, clock: Clock, body: string) => void

export interface Clock {
  now(): number
}

function json(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body)
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers })
  response.end(text)
}

const NORMAL: Record<string, Handler> = {
  [`POST ${TOKEN_PATH}`]: (_request, response) =>
    json(response, 200, {
      access_token: CANARY_USER_TOKEN,
      token_type: 'bearer',
      expires_in: 28800,
      refresh_token: CANARY_ROTATED_REFRESH_TOKEN,
      refresh_token_expires_in: 15897600,
      scope: '',
    }),
  [`GET ${USER_PATH}`]: (_request, response) =>
    json(response, 200, { login: 'octocat', id: 1, name: 'The Octocat', html_url: 'http://127.0.0.1/octocat', avatar_url: '' }),
  [`POST ${ISSUES_PATH}`]: (_request, response) =>
    json(response, 201, { number: 1, title: 'Found a bug', html_url: `http://127.0.0.1/${REPOSITORY}/issues/1`, state: 'open' }),
}

export interface FakeGitHub {
  serverUrl: string
  /** Requests that reached the target route. */
  targetHits(): number
  /** Stops accepting connections (connection refused from now on). */
  stopListening(): Promise<void>
  close(): Promise<void>
}

/** `afterNormal` runs when a normally answered call has finished (its answer says Connection: close). */
export async function startFakeGitHub(
  target: string,
  fault: Handler | undefined,
  clock: Clock,
  afterNormal?: (stopListening: () => Promise<void>) => void,
): Promise<FakeGitHub> {
  let hits = 0
  const sockets = new Set<Socket>()
  const server: Server = createServer((request, response) => {
    const route = `${request.method} ${(request.url ?? '').split('?')[0]}`
    let body = ''
    request.setEncoding('utf8')
    request.on('data', (chunk: string) => {
      body += chunk
    })
    request.on('end', () => {
      if (route === target && fault) {
        hits++
        fault(request, response, clock, body)
        return
      }
      if (route === target) hits++
      const handler = NORMAL[route]
      if (!handler) return json(response, 404, { message: 'Not Found' })
      if (afterNormal) response.setHeader('connection', 'close')
      response.on('finish', () => afterNormal?.(stopListening))
      handler(request, response, clock, body)
    })
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const stopListening = (): Promise<void> =>
    new Promise((resolve) => {
      if (!server.listening) return resolve()
      server.close(() => resolve())
      server.closeIdleConnections()
    })
  return {
    serverUrl: `http://127.0.0.1:${port}`,
    targetHits: () => hits,
    stopListening,
    close: async () => {
      for (const socket of sockets) socket.destroy()
      await stopListening()
    },
  }
}

// ── Faults ───────────────────────────────────────────────────────────────────

export interface Fault {
  name: string
  /** How it is produced, for the table's legend. */
  how: string
  /** A served fault: the target route answers with this. */
  handler?: Handler
  /** Not served: the connection is refused, or the name does not resolve. */
  network?: 'refused' | 'dns'
  /** The fault is a timeout: run with shortened timeouts and a faster clock. */
  timeout?: boolean
}

const isTokenEndpoint = (request: IncomingMessage): boolean => (request.url ?? '').startsWith(TOKEN_PATH)

function partial(response: ServerResponse, text: string): void {
  response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(text.length + 500) })
  response.write(text)
}

const HTML_PAGE = '<!DOCTYPE html><html><head><title>Sign in to the proxy</title></head><body><form>…</form></body></html>'
const OVERSIZE = Buffer.alloc(11 * 1024 * 1024, 0x20)

export const FAULTS: Fault[] = [
  {
    name: 'connection refused',
    how: 'nothing listens on the port any more (a real ECONNREFUSED)',
    network: 'refused',
  },
  {
    name: 'connection reset mid-response',
    how: 'headers and half a body, then the socket is destroyed',
    handler: (_request, response) => {
      partial(response, '{"access_token":"gh')
      setTimeout(() => response.socket?.destroy(), 5)
    },
  },
  {
    name: 'DNS failure',
    how: "nock replyWithError({ code: 'ENOTFOUND' })",
    network: 'dns',
  },
  {
    name: 'connect timeout (accepts, never answers)',
    how: 'the server accepts the connection and never writes a byte',
    handler: () => undefined,
    timeout: true,
  },
  {
    name: 'read timeout (stalls mid-body)',
    how: 'headers and part of the body, then silence',
    handler: (_request, response) => partial(response, '{"login":'),
    timeout: true,
  },
  {
    name: 'read timeout (drips one byte every 50 ms)',
    how: 'a body that never ends, one space at a time (each byte resets the idle timer)',
    handler: (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' })
      const drip = setInterval(() => response.write(' '), 50 / TIME_SCALE + 5)
      response.on('close', () => clearInterval(drip))
    },
    timeout: true,
  },
  { name: 'HTTP 500', how: '500 with a JSON message', handler: (_request, response) => json(response, 500, { message: 'Server Error' }) },
  {
    name: 'HTTP 502 (HTML)',
    how: "502 with the load balancer's HTML page",
    handler: (_request, response) => {
      response.writeHead(502, { 'content-type': 'text/html' })
      response.end('<html><body><h1>502 Bad Gateway</h1></body></html>')
    },
  },
  {
    name: '503, Retry-After: 1 (seconds)',
    how: '503 with Retry-After: 1',
    handler: (_request, response) => json(response, 503, { message: 'Service Unavailable' }, { 'retry-after': '1' }),
  },
  {
    name: '503, Retry-After: HTTP date (+3 s)',
    how: '503 with Retry-After set to an HTTP date 3 s ahead',
    handler: (_request, response, clock) =>
      json(response, 503, { message: 'Service Unavailable' }, { 'retry-after': new Date(clock.now() + 3000).toUTCString() }),
  },
  {
    name: '503, Retry-After: 120',
    how: '503 with a Retry-After longer than any retry budget',
    handler: (_request, response) => json(response, 503, { message: 'Service Unavailable' }, { 'retry-after': '120' }),
  },
  { name: 'HTTP 429', how: '429 without headers', handler: (_request, response) => json(response, 429, { message: 'Too Many Requests' }) },
  {
    name: 'primary rate limit (403, remaining 0)',
    how: '403 with x-ratelimit-remaining: 0 and a reset 10 minutes ahead',
    handler: (_request, response, clock) =>
      json(
        response,
        403,
        { message: 'API rate limit exceeded for user ID 1.', documentation_url: 'https://docs.github.com/rest/rate-limit' },
        {
          'x-ratelimit-limit': '5000',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-used': '5000',
          'x-ratelimit-resource': 'core',
          'x-ratelimit-reset': String(Math.floor(clock.now() / 1000) + 600),
        },
      ),
  },
  {
    name: 'secondary rate limit (403, Retry-After: 1)',
    how: '403 with Retry-After: 1 and the secondary-limit message',
    handler: (_request, response) =>
      json(
        response,
        403,
        { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
        { 'retry-after': '1' },
      ),
  },
  {
    name: 'secondary rate limit (403, message only)',
    how: '403 with only the secondary-limit message',
    handler: (_request, response) =>
      json(response, 403, { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' }),
  },
  {
    name: '200 with a JSON error',
    how: 'token endpoints: 200 {"error":"bad_verification_code"|"bad_refresh_token"}; API: 200 {"message":"Server Error"}',
    handler: (request, response, _clock, body) =>
      isTokenEndpoint(request)
        ? json(response, 200, {
            error: new URLSearchParams(body).get('grant_type') === 'refresh_token' ? 'bad_refresh_token' : 'bad_verification_code',
            error_description: 'The code passed is incorrect or expired.',
            error_uri: 'https://docs.github.com/apps/managing-oauth-apps/troubleshooting-oauth-app-access-token-request-errors',
          })
        : json(response, 200, { message: 'Server Error' }),
  },
  {
    name: 'HTML page instead of JSON (200)',
    how: "200 text/html (a proxy's sign-in page)",
    handler: (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' })
      response.end(HTML_PAGE)
    },
  },
  {
    name: 'HTML error page (404)',
    how: '404 text/html (a wrong server root)',
    handler: (_request, response) => {
      response.writeHead(404, { 'content-type': 'text/html' })
      response.end('<html><body><h1>Page not found</h1></body></html>')
    },
  },
  {
    name: 'empty body (200)',
    how: '200 application/json with no body',
    handler: (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '0' })
      response.end()
    },
  },
  {
    name: 'truncated JSON (200)',
    how: '200 with a complete but cut-off JSON text',
    handler: (_request, response) => {
      const text = '{"access_token":"ghu_abc","login":"octo'
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(text.length) })
      response.end(text)
    },
  },
  {
    name: 'body over the size cap (11 MiB)',
    how: '200 with 11 MiB of JSON whitespace (the cap is 10 MiB)',
    handler: (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(OVERSIZE.length) })
      response.end(OVERSIZE)
    },
  },
  {
    name: 'redirect to another origin',
    how: '302 to http://attacker.example/',
    handler: (_request, response) => {
      response.writeHead(302, { location: 'http://attacker.example/collect' })
      response.end()
    },
  },
]

// ── Operations ───────────────────────────────────────────────────────────────

export interface Operation {
  name: string
  /** The outbound call that misbehaves. */
  call: string
  target: string
  /** Whether the target is preceded by a call that must succeed (the login's identity read). */
  afterFirstCall: boolean
  /** The documented retry bound (README: Retries). */
  budgetMs: number
  run(serverUrl: string, http: Partial<HttpOptions>): Promise<unknown>
}

function settingsFor(serverUrl: string): ServiceSettings {
  return { clientId: CANARY_CLIENT_ID, clientSecret: CANARY_CLIENT_SECRET, server: resolveServer(serverUrl), scopes: 'repo' }
}

const USER_AGENT = 'fault-injection-test'

async function login(serverUrl: string, http: Partial<HttpOptions>): Promise<unknown> {
  const settings = settingsFor(serverUrl)
  const state = sealState({ codeVerifier: createCodeVerifier(), server: settings.server.webOrigin }, CANARY_CLIENT_SECRET)
  return completeLogin(
    settings,
    { code: CANARY_CODE, state, redirectURI: 'http://127.0.0.1:3210/oauth/callback' },
    { userAgent: USER_AGENT, http },
  )
}

function github(serverUrl: string, http: Partial<HttpOptions>) {
  return { server: resolveServer(serverUrl), token: CANARY_ACCESS_TOKEN, userAgent: USER_AGENT, http }
}

export const OPERATIONS: Operation[] = [
  {
    name: 'executeCallback: code exchange',
    call: `POST ${TOKEN_PATH}`,
    target: `POST ${TOKEN_PATH}`,
    afterFirstCall: false,
    budgetMs: 10_000,
    run: login,
  },
  {
    name: 'executeCallback: identity (GET /user)',
    call: 'GET /user',
    target: `GET ${USER_PATH}`,
    afterFirstCall: true,
    budgetMs: 20_000,
    run: login,
  },
  {
    name: 'refreshToken',
    call: `POST ${TOKEN_PATH}`,
    target: `POST ${TOKEN_PATH}`,
    afterFirstCall: false,
    budgetMs: 20_000,
    run: (serverUrl, http) => refresh(settingsFor(serverUrl), CANARY_REFRESH_TOKEN, { userAgent: USER_AGENT, http }),
  },
  {
    name: 'read: Get Authenticated User',
    call: 'GET /user',
    target: `GET ${USER_PATH}`,
    afterFirstCall: false,
    budgetMs: 20_000,
    run: (serverUrl, http) => getAuthenticatedUser(github(serverUrl, http)),
  },
  {
    name: 'write: Create Issue',
    call: `POST /repos/{owner}/{repo}/issues`,
    target: `POST ${ISSUES_PATH}`,
    afterFirstCall: false,
    budgetMs: 20_000,
    run: (serverUrl, http) => createIssue(github(serverUrl, http), { repository: REPOSITORY, title: 'Found a bug', body: 'Steps…' }),
  },
]

// ── The resolver ─────────────────────────────────────────────────────────────

let resolverDown = false
const realLookup = dns.lookup

/** "localhost" resolves to 127.0.0.1, or fails like an unknown host while resolverDown. */
function installResolver(): void {
  const lookup = (hostname: string, options: unknown, callback?: unknown): void => {
    const done = (typeof options === 'function' ? options : callback) as (...args: unknown[]) => void
    const all = typeof options === 'object' && options !== null && (options as { all?: boolean }).all === true
    if (hostname !== 'localhost') return void (realLookup as (...args: unknown[]) => void)(hostname, options, callback)
    process.nextTick(() => {
      if (resolverDown) {
        const error = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND', hostname, syscall: 'getaddrinfo' })
        return done(error)
      }
      return all ? done(null, [{ address: '127.0.0.1', family: 4 }]) : done(null, '127.0.0.1', 4)
    })
  }
  ;(dns as { lookup: unknown }).lookup = lookup
}

// ── Running one scenario ─────────────────────────────────────────────────────

export interface Outcome {
  operation: string
  call: string
  fault: string
  /** The error kind, or "ok" when the operation returned. */
  kind: string
  code: number | null
  attempts: number
  /** Simulated waiting between attempts (backoff, Retry-After). */
  waitedMs: number
  /** Waiting plus the attempts themselves, at production timeouts for the timeout faults. */
  elapsedMs: number
  message: string
  /** The error's class when it is not a service error (a crash). */
  crash?: string
  /** Requests the loopback server answered on the target route (served faults). */
  served: number
}

export async function runScenario(operation: Operation, fault: Fault): Promise<Outcome> {
  const realStart = Date.now()
  let waited = 0
  let sleeps = 0
  const scale = fault.timeout ? TIME_SCALE : 1
  const clock: Clock = { now: () => realStart + (Date.now() - realStart) * scale + waited }
  const http: Partial<HttpOptions> = {
    now: clock.now,
    sleep: async (ms) => {
      sleeps++
      waited += ms
    },
    ...(fault.timeout && { idleTimeoutMs: TEST_IDLE_MS, totalTimeoutMs: TEST_TOTAL_MS }),
  }
  const refusedAfterFirst = fault.network === 'refused' && operation.afterFirstCall
  const afterFirst = refusedAfterFirst
    ? (stopListening: () => Promise<void>) => void stopListening()
    : fault.network === 'dns' && operation.afterFirstCall
      ? () => {
          resolverDown = true
        }
      : undefined
  const fake = await startFakeGitHub(operation.target, fault.handler, clock, afterFirst)
  if (fault.network === 'refused' && !operation.afterFirstCall) await fake.stopListening()
  const dnsFails = fault.network === 'dns'
  if (dnsFails && !operation.afterFirstCall) resolverDown = true
  let result: Pick<Outcome, 'kind' | 'code' | 'message' | 'crash'>
  try {
    await operation.run(dnsFails ? fake.serverUrl.replace('127.0.0.1', 'localhost') : fake.serverUrl, http)
    result = { kind: 'ok', code: null, message: '' }
  } catch (error) {
    result =
      error instanceof ServiceError
        ? { kind: error.kind, code: error.code, message: error.message }
        : { kind: 'crash', code: null, message: String((error as Error)?.message ?? error), crash: (error as Error)?.name ?? typeof error }
  } finally {
    resolverDown = false
    await fake.close()
  }
  return {
    operation: operation.name,
    call: operation.call,
    fault: fault.name,
    ...result,
    attempts: sleeps + 1,
    served: fake.targetHits(),
    waitedMs: waited,
    elapsedMs: clock.now() - realStart,
  }
}

/** Every fault against every operation; the operations of one fault run side by side. */
export async function runAll(only?: (operation: Operation, fault: Fault) => boolean): Promise<Outcome[]> {
  installResolver()
  const outcomes: Outcome[] = []
  for (const fault of FAULTS) {
    const operations = OPERATIONS.filter((operation) => !only || only(operation, fault))
    // The resolver switch is global: DNS scenarios run one at a time.
    if (fault.network === 'dns') {
      for (const operation of operations) outcomes.push(await runScenario(operation, fault))
    } else {
      outcomes.push(...(await Promise.all(operations.map((operation) => runScenario(operation, fault)))))
    }
  }
  return outcomes
}
