import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { log } from '../log'
import { ConnectionNotFound, maskSecret, RefreshFailed } from '../connections'
import type { Platform } from '../platform'
import { TriggerRequestError } from '../triggers'

/**
 * The console: a small HTTP server on 127.0.0.1 with a JSON API and a static page, doing
 * locally what the platform's API Services test screen and OAuth Connections screen do.
 *
 * Only the person who started it may use it: it binds 127.0.0.1, accepts only its own Host
 * (DNS rebinding), and wants a random token made at start (like a local notebook server): the
 * link printed at start carries it once, the page trades it for an HttpOnly SameSite=Strict
 * cookie, and every API call needs that cookie or `Authorization: Bearer <token>` — so another
 * local OS user, or a program that reaches the port, gets nothing. The API also wants a custom
 * header that a cross-site page cannot send without a CORS preflight the console never grants
 * (CSRF). Responses never carry a provider token.
 *
 * The OAuth callback needs no console token: a cookie that is SameSite=Strict is not sent on
 * the redirect from github.com, and the callback is bound to a login this console started by
 * its sealed state (sealed with the client secret) and PKCE verifier.
 */

/** Where the service's provider lives, as the console should present it. */
export interface Environment {
  /** True when the provider is the local sandbox: the console says so loudly. */
  sandbox: boolean
  /** One line naming the provider, e.g. "Sandbox GitHub at http://127.0.0.1:4100". */
  provider: string
  /** The provider's sign-in account for the sandbox (known, seeded, not a secret). */
  signIn?: { login: string; password: string }
  /** Extra help, e.g. "Register the callback URL … on your GitHub app". */
  notes?: string[]
}

export interface ConsoleOptions {
  port: number
  platform: () => Platform
}

export interface ConsoleServer {
  /** The origin, e.g. http://127.0.0.1:3210 (no token). */
  url: string
  /** This run's console token (≥ 128 random bits). */
  token: string
  /** The origin with `/?token=…`: what the person opens. */
  link: string
  close(): Promise<void>
}

const STATIC_DIR = join(__dirname, 'static')
const MAX_BODY_BYTES = 1024 * 1024
/** GitHub caps webhook payloads at 25 MB. */
const MAX_DELIVERY_BYTES = 25 * 1024 * 1024
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'
const API_HEADER = 'x-platform-console'
/** Deeper JSON is refused before anything walks it (recursion on hostile nesting overflows the stack). */
const MAX_JSON_DEPTH = 64
/** Sent with every 401, so a script (or `npm start` looking at a taken port) knows it reached a console. */
const AUTHENTICATE = 'Bearer realm="local-platform-console"'
/** Config items whose values are masked in the console (service-agnostic: judged by name). */
const SECRET_NAME = /secret|password|passphrase|credential|private[-_ ]?key|api[-_ ]?key|(?:access|refresh|auth)[-_ ]?token/i

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
}

const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: http: https:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cache-control': 'no-store',
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

export async function startConsole(options: ConsoleOptions): Promise<ConsoleServer> {
  let origin = ''
  const token = randomBytes(32).toString('base64url')
  const server = createServer((request, response) => {
    handle(request, response, { origin, token, options }).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500
      if (status === 500) log.error('console.request_failed', { path: request.url?.split('?')[0], error })
      if (!response.headersSent)
        sendJson(
          response,
          status,
          { error: { code: 0, httpStatusCode: status, message: errorMessage(error) } },
          status === 401 ? { 'www-authenticate': AUTHENTICATE } : {},
        )
      else response.end()
    })
  })
  server.keepAliveTimeout = 1000
  server.on('clientError', refuseUnparsable)
  await new Promise<void>((ready, fail) => {
    server.once('error', fail)
    server.listen(options.port, '127.0.0.1', () => ready())
  })
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url: origin,
    token,
    link: `${origin}/?token=${token}`,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done())
        server.closeAllConnections()
      }),
  }
}

interface Context {
  origin: string
  token: string
  options: ConsoleOptions
}

/** A request Node's parser rejected (bad request line, bad header): a plain 400 that says so, not a dropped socket. */
function refuseUnparsable(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || !socket.writable) return
  const [status, reason] = error.code === 'HPE_HEADER_OVERFLOW' ? [431, 'Request Header Fields Too Large'] : [400, 'Bad Request']
  const body = JSON.stringify({
    error: { code: 0, httpStatusCode: status, message: `The console could not read this HTTP request (${reason.toLowerCase()}).` },
  })
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  )
}

async function handle(request: IncomingMessage, response: ServerResponse, context: Context): Promise<void> {
  const { origin, options } = context
  const target = request.url ?? '/'
  // Request targets such as "http://[::1" or "//host:port" pass Node's parser but not the URL parser.
  if (!URL.canParse(target, origin)) throw new HttpError(400, 'The request line is malformed: its target is not a valid path.')
  const url = new URL(target, origin)
  const host = request.headers.host ?? ''
  const port = new URL(origin).port
  if (host !== `127.0.0.1:${port}`) {
    if (host === `localhost:${port}` && request.method === 'GET' && !url.pathname.startsWith('/api/')) {
      // One origin only, so the login popup can talk back to the page that opened it.
      response.writeHead(302, { location: `${origin}${url.pathname}${url.search}`, ...SECURITY_HEADERS }).end()
      return
    }
    throw new HttpError(421, `This console answers only at ${origin}.`)
  }
  const platform = options.platform()
  if (url.pathname.startsWith('/api/')) {
    if (!signedIn(request, context)) throw new HttpError(401, signInHelp(context))
    if (request.headers[API_HEADER] !== '1') throw new HttpError(403, `Console API calls need the ${API_HEADER} header.`)
    const requestOrigin = request.headers.origin
    if (requestOrigin !== undefined && requestOrigin !== origin) throw new HttpError(403, 'Cross-origin requests are refused.')
    await api(request, response, url, platform)
    return
  }
  // A provider's webhook delivery: no console token (the provider cannot have it); the service verifies the signature.
  const delivery = new RegExp(`^/triggers/callback/(${UUID})$`).exec(url.pathname)
  if (delivery && request.method === 'POST') {
    const rawBody = await readBody(request, MAX_DELIVERY_BYTES)
    const answer = await platform.triggers.deliver(delivery[1] as string, {
      headers: request.headers,
      query: Object.fromEntries(url.searchParams),
      rawBody,
    })
    sendJson(response, answer.status, answer.body)
    return
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') throw new HttpError(405, 'Method not allowed.')
  if (url.pathname === '/oauth/callback') {
    await callback(response, url, platform, origin)
    return
  }
  if (url.pathname === '/service-icon') {
    serveIcon(response, platform)
    return
  }
  if (url.pathname === '/favicon.ico') {
    if (iconFile(platform)) serveIcon(response, platform)
    else response.writeHead(204, SECURITY_HEADERS).end()
    return
  }
  if (url.pathname === '/' || url.pathname === '/index.html') {
    const offered = url.searchParams.get('token')
    if (offered !== null && sameSecret(offered, context.token)) {
      // The token leaves the address bar (history, Referer) at once; the cookie carries it from now on.
      url.searchParams.delete('token')
      response.writeHead(303, { ...SECURITY_HEADERS, location: `${url.pathname}${url.search}`, 'set-cookie': sessionCookie(context) }).end()
      return
    }
    if (!signedIn(request, context)) {
      signInPage(response, context, offered !== null)
      return
    }
    serveFile(response, join(STATIC_DIR, 'index.html'))
    return
  }
  if (url.pathname.startsWith('/static/')) {
    const file = normalize(join(STATIC_DIR, url.pathname.slice('/static/'.length)))
    if (!file.startsWith(STATIC_DIR + sep)) throw new HttpError(404, 'Not found.')
    serveFile(response, file)
    return
  }
  throw new HttpError(404, 'Not found.')
}

/** Per port: cookies ignore ports, and two consoles on one machine must not sign each other out. */
function cookieName(context: Context): string {
  return `platform-console-${new URL(context.origin).port}`
}

function sessionCookie(context: Context): string {
  return `${cookieName(context)}=${context.token}; Path=/; HttpOnly; SameSite=Strict`
}

/** The console cookie, or `Authorization: Bearer <token>` for scripts, compared in constant time. */
function signedIn(request: IncomingMessage, context: Context): boolean {
  const bearer = /^Bearer +(\S+)$/i.exec(request.headers.authorization ?? '')?.[1]
  const name = cookieName(context)
  const cookie = (request.headers.cookie ?? '')
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name}=`))
    ?.slice(name.length + 1)
  return [bearer, cookie].some((offered) => offered !== undefined && sameSecret(offered, context.token))
}

/** Hashes first, so neither the length nor any prefix of the token can be timed. */
function sameSecret(offered: string, token: string): boolean {
  const digest = (value: string): Buffer => createHash('sha256').update(value).digest()
  return timingSafeEqual(digest(offered), digest(token))
}

function signInHelp(context: Context): string {
  return (
    `This console needs its sign-in link: open the address \`npm start\` printed in its terminal (${context.origin}/?token=…); ` +
    'the token changes at every start. Scripts send it as "Authorization: Bearer <token>".'
  )
}

function signInPage(response: ServerResponse, context: Context, wrongToken: boolean): void {
  const why = wrongToken
    ? 'The token in this link is not the one of the running platform: it changes every time <code>npm start</code> starts.'
    : 'The console answers only to the browser that opened the link <code>npm start</code> printed, so no other program or user on this machine can use your connections.'
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Open the console with its link</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/static/style.css"></head>
<body class="callback-page"><main class="callback is-error" id="sign-in-needed">
<h1>Open the console with its link</h1><p>${why}</p>
<p>Open the address printed in the terminal where <code>npm start</code> runs, next to “Console”: <code>${escapeHtml(context.origin)}/?token=…</code></p>
</main></body></html>`
  response.writeHead(401, {
    ...SECURITY_HEADERS,
    'www-authenticate': AUTHENTICATE,
    'content-type': 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(html),
  })
  response.end(html)
}

async function api(request: IncomingMessage, response: ServerResponse, url: URL, platform: Platform): Promise<void> {
  const route = `${request.method} ${url.pathname}`
  const connectionRoute = /^(POST|DELETE) \/api\/connections\/([0-9a-f-]{36})(?:\/(refresh|expire))?$/.exec(route)
  const triggerRoute = new RegExp(`^(POST|DELETE) /api/triggers/(${UUID})(/poll)?$`).exec(route)
  if (route === 'GET /api/triggers' || route === 'POST /api/triggers' || triggerRoute) {
    await triggers(request, response, route, triggerRoute, platform)
  } else if (route === 'GET /api/state') {
    sendJson(response, 200, stateOf(platform))
  } else if (route === 'GET /api/descriptor') {
    sendJson(response, 200, { descriptor: platform.host.descriptor, raw: platform.host.rawDescriptor })
  } else if (route === 'GET /api/connections') {
    sendJson(response, 200, { connections: platform.connections.list(), serverTime: Date.now() })
  } else if (route === 'POST /api/login') {
    const outcome = await platform.connectionUrl()
    sendJson(response, outcome.ok ? 200 : 502, outcome)
  } else if (route === 'POST /api/invoke') {
    const body = await readJson(request)
    const method = typeof body['method'] === 'string' ? body['method'] : ''
    const operation = platform.host.operation(method)
    if (!operation) throw new HttpError(404, `"${method}" is not an operation of ${platform.host.descriptor.name}.`)
    // System operations belong to the login and refresh flows; their results carry tokens.
    if (operation.kind === 'SYSTEM')
      throw new HttpError(403, `${method} is a system operation: the platform calls it during login and refresh.`)
    const args = body['args'] === undefined ? [] : body['args']
    if (!Array.isArray(args)) throw new HttpError(400, '"args" must be an array of positional arguments.')
    const connectionId = typeof body['connectionId'] === 'string' && body['connectionId'] !== '' ? body['connectionId'] : undefined
    sendJson(response, 200, await platform.invoke(method, args, connectionId))
  } else if (connectionRoute) {
    const [, verb, id, action] = connectionRoute as unknown as [string, string, string, string | undefined]
    try {
      if (verb === 'DELETE' && action === undefined) {
        await platform.connections.delete(id)
        sendJson(response, 200, { ok: true })
      } else if (verb === 'POST' && action === 'refresh') {
        sendJson(response, 200, { ok: true, connection: await platform.connections.refreshNow(id) })
      } else if (verb === 'POST' && action === 'expire') {
        sendJson(response, 200, { ok: true, connection: await platform.connections.expireNow(id) })
      } else {
        throw new HttpError(404, 'Unknown console API route.')
      }
    } catch (error) {
      if (error instanceof ConnectionNotFound) throw new HttpError(404, error.message)
      if (error instanceof RefreshFailed) {
        sendJson(response, 200, { ok: false, error: error.error, connection: platform.connections.get(id) })
        return
      }
      throw error
    }
  } else {
    throw new HttpError(404, 'Unknown console API route.')
  }
}

/** Trigger blocks started from the console, as a flow would run them. */
async function triggers(
  request: IncomingMessage,
  response: ServerResponse,
  route: string,
  runRoute: RegExpExecArray | null,
  platform: Platform,
): Promise<void> {
  try {
    if (route === 'GET /api/triggers') {
      sendJson(response, 200, { runs: platform.triggers.list(), serverTime: Date.now() })
    } else if (route === 'POST /api/triggers') {
      const body = await readJson(request)
      const method = typeof body['method'] === 'string' ? body['method'] : ''
      const connectionId = typeof body['connectionId'] === 'string' ? body['connectionId'] : ''
      if (!connectionId) throw new HttpError(400, 'Pick the connection the trigger runs on ("connectionId").')
      platform.connections.get(connectionId)
      const params = body['params'] ?? {}
      if (typeof params !== 'object' || params === null || Array.isArray(params)) throw new HttpError(400, '"params" must be an object.')
      const interval = body['intervalSeconds']
      if (interval !== undefined && (typeof interval !== 'number' || !Number.isFinite(interval) || interval <= 0))
        throw new HttpError(400, '"intervalSeconds" must be a positive number of seconds.')
      const run = await platform.triggers.start({
        method,
        connectionId,
        params: params as Record<string, unknown>,
        ...(typeof interval === 'number' && { intervalSeconds: interval }),
      })
      sendJson(response, 200, { ok: run.status === 'running', run })
    } else if (runRoute) {
      const [, verb, id, poll] = runRoute as unknown as [string, string, string, string | undefined]
      if (verb === 'DELETE' && !poll) {
        await platform.triggers.stop(id)
        sendJson(response, 200, { ok: true })
      } else if (verb === 'POST' && poll) {
        sendJson(response, 200, { ok: true, run: await platform.triggers.poll(id) })
      } else throw new HttpError(404, 'Unknown console API route.')
    }
  } catch (error) {
    if (error instanceof TriggerRequestError) throw new HttpError(error.status, error.message)
    if (error instanceof ConnectionNotFound) throw new HttpError(404, error.message)
    throw error
  }
}

function stateOf(platform: Platform): Record<string, unknown> {
  const { descriptor } = platform.host
  const values = platform.host.effectiveConfiguration()
  const missing = new Set(platform.host.missingConfiguration().map((item) => item.name))
  return {
    environment: platform.environment,
    runtime: platform.runtime.describe(),
    callbackUrl: platform.callbackUrl,
    service: {
      name: descriptor.name,
      displayName: descriptor.displayName,
      version: descriptor.version,
      description: descriptor.description,
      requireOAuth: descriptor.requireOAuth,
      icon: iconUrl(platform),
      operations: descriptor.operations,
      configItems: descriptor.configItems.map((item) => {
        const value = values[item.name]
        const secret = isSecretItem(item)
        const shown = value === undefined || value === null ? '' : String(value)
        return {
          name: item.name,
          displayName: item.displayName,
          type: item.type,
          required: item.required,
          hint: item.hint ?? '',
          secret,
          value: secret ? maskSecret(shown) : shown,
          isDefault: item.defaultValue !== undefined && value === item.defaultValue,
          missing: missing.has(item.name),
        }
      }),
    },
  }
}

/**
 * What the platform says about an authorization error the provider redirected back with
 * (RFC 6749 §4.1.2.1, and GitHub's own codes). Anyone can craft a callback URL, so `error` and
 * `error_description` are the requester's words: the page states facts in its own words, per code.
 */
const PROVIDER_REFUSALS: Record<string, string> = {
  access_denied:
    'You declined the authorization on the provider’s page (access_denied). Click “Login with OAuth2” again and choose Authorize to connect.',
  invalid_request:
    'The provider found the authorization request malformed (invalid_request). Log in again; if it keeps failing, check the service’s configuration.',
  unauthorized_client:
    'The provider does not allow this app to log in this way (unauthorized_client). Check the app’s settings at the provider.',
  unsupported_response_type:
    'The provider does not support the kind of login the service asked for (unsupported_response_type). Check the app’s settings at the provider.',
  invalid_scope: 'The provider refused the permissions the service asks for (invalid_scope). Check the app’s settings at the provider.',
  server_error: 'The provider failed while authorizing (server_error). Try again in a moment.',
  temporarily_unavailable: 'The provider could not authorize right now (temporarily_unavailable). Try again in a moment.',
  redirect_uri_mismatch:
    'The provider refused the console’s callback URL (redirect_uri_mismatch). Register the callback URL the console shows on the app at the provider, then log in again.',
  application_suspended: 'The app is suspended at the provider (application_suspended). Ask its owner to restore it, then log in again.',
}
const UNKNOWN_REFUSAL =
  'The provider refused the login with an error code the platform does not know. Log in again; if it keeps failing, check the app’s settings at the provider.'
const PROVIDER_WORDS_LENGTH = 300

/** executeCallback (once per state) with every query parameter; the page then tells its opener and closes. */
async function callback(response: ServerResponse, url: URL, platform: Platform, origin: string): Promise<void> {
  const query: Record<string, string> = {}
  for (const [name, value] of url.searchParams) if (!(name in query)) query[name] = value
  const outcome = await platform.completeLogin(query)
  const refused = !outcome.ok && Boolean(query['error'])
  const error = outcome.ok
    ? null
    : refused
      ? { ...outcome.error, message: PROVIDER_REFUSALS[query['error'] ?? ''] ?? UNKNOWN_REFUSAL }
      : outcome.error
  const providerWords = refused ? providerText(query['error_description'] ?? '', platform) : ''
  const message = outcome.ok
    ? { type: 'platform:oauth-result', ok: true, connection: { id: outcome.connection.id, identityName: outcome.connection.identityName } }
    : { type: 'platform:oauth-result', ok: false, error, ...(providerWords && { providerWords }) }
  const title = outcome.ok ? `Connected as ${outcome.connection.identityName}` : 'The login did not complete'
  const detail = error
    ? `${error.message} (code ${error.code}, HTTP ${error.httpStatusCode})`
    : 'The connection is stored. This window closes by itself; if it does not, close it and return to the console.'
  const quoted = providerWords
    ? `<p class="provider-words"><span class="label">The provider’s own words (not checked by the platform):</span> <q>${escapeHtml(providerWords)}</q></p>`
    : ''
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/static/style.css"></head>
<body class="callback-page"><main class="callback ${outcome.ok ? 'is-ok' : 'is-error'}">
<h1>${escapeHtml(title)}</h1><p>${escapeHtml(detail)}</p>${quoted}<p><a href="${origin}/">Back to the console</a></p></main>
<script type="application/json" id="oauth-result">${escapeJsonForHtml(message)}</script>
<script src="/static/callback.js"></script></body></html>`
  send(response, 200, 'text/html; charset=utf-8', html)
}

/** error_description on one short line, with the service's secret configuration values masked (a provider may echo them). */
function providerText(text: string, platform: Platform): string {
  let words = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim()
  for (const secret of secretValues(platform)) words = words.split(secret).join('••••')
  return words.length > PROVIDER_WORDS_LENGTH ? `${words.slice(0, PROVIDER_WORDS_LENGTH)}…` : words
}

function isSecretItem(item: { name: string; displayName: string }): boolean {
  return SECRET_NAME.test(item.name) || SECRET_NAME.test(item.displayName)
}

function secretValues(platform: Platform): string[] {
  const values = platform.host.effectiveConfiguration()
  return platform.host.descriptor.configItems
    .filter(isSecretItem)
    .map((item) => values[item.name])
    .filter((value): value is string => typeof value === 'string' && value.length >= 4)
}

function iconUrl(platform: Platform): string | null {
  const icon = platform.host.descriptor.icon
  if (!icon) return null
  if (/^https?:\/\//i.test(icon)) return icon
  return iconFile(platform) ? '/service-icon' : null
}

/** `@integrationIcon` is a path in the deployed code; look for it at the root and under public/. */
function iconFile(platform: Platform): string | null {
  const icon = platform.host.descriptor.icon
  if (!icon || !CONTENT_TYPES[extname(icon).toLowerCase()]) return null
  const root = resolve(platform.host.root)
  for (const candidate of [join(root, icon), join(root, 'public', icon)]) {
    const file = normalize(candidate)
    if (file.startsWith(root + sep) && existsSync(file)) return file
  }
  return null
}

function serveIcon(response: ServerResponse, platform: Platform): void {
  const file = iconFile(platform)
  if (!file) throw new HttpError(404, 'The service declares no icon file.')
  serveFile(response, file)
}

function serveFile(response: ServerResponse, file: string): void {
  const type = CONTENT_TYPES[extname(file).toLowerCase()]
  if (!type || !existsSync(file)) throw new HttpError(404, 'Not found.')
  send(response, 200, type, readFileSync(file))
}

/** The exact bytes sent (a webhook signature covers them), up to `limit`. */
async function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > limit) throw new HttpError(413, `The request body is larger than ${Math.round(limit / 1024 / 1024)} MB.`)
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  if (!(request.headers['content-type'] ?? '').startsWith('application/json')) throw new HttpError(415, 'Send JSON (application/json).')
  const text = (await readBody(request, MAX_BODY_BYTES)).toString('utf8') || '{}'
  if (jsonDepth(text) > MAX_JSON_DEPTH) throw new HttpError(400, `The request body nests JSON deeper than ${MAX_JSON_DEPTH} levels.`)
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw new HttpError(400, 'The request body is not valid JSON.')
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new HttpError(400, 'The request body must be a JSON object.')
  return parsed as Record<string, unknown>
}

/** The deepest nesting of arrays and objects in a JSON text (brackets inside strings do not count); no recursion. */
export function jsonDepth(text: string): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (inString) {
      if (char === '\\') index++
      else if (char === '"') inString = false
    } else if (char === '"') inString = true
    else if (char === '[' || char === '{') deepest = Math.max(deepest, ++depth)
    else if (char === ']' || char === '}') depth--
  }
  return deepest
}

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(body), headers)
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): void {
  response.writeHead(status, { ...SECURITY_HEADERS, ...headers, 'content-type': type, 'content-length': Buffer.byteLength(body) })
  response.end(body)
}

function errorMessage(error: unknown): string {
  if (error instanceof HttpError) return error.message
  return 'The console failed to handle the request; see the platform log.'
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

/** JSON inside <script type="application/json">: no "</script>" or HTML comment can break out. */
function escapeJsonForHtml(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026')
}
