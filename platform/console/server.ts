import { existsSync, readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { log } from '../../src/log'
import { ConnectionNotFound, maskSecret, RefreshFailed } from '../connections'
import type { Platform } from '../platform'

/**
 * The console: a small HTTP server on 127.0.0.1 with a JSON API and a static page, doing
 * locally what the platform's API Services test screen and OAuth Connections screen do.
 *
 * Only this machine's browser may use it: it binds 127.0.0.1, accepts only its own Host
 * (DNS rebinding), and its API wants a custom header that a cross-site page cannot send
 * without a CORS preflight the console never grants (CSRF). Responses never carry a token.
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
  url: string
  close(): Promise<void>
}

const STATIC_DIR = join(__dirname, 'static')
const MAX_BODY_BYTES = 1024 * 1024
const API_HEADER = 'x-platform-console'
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
  const server = createServer((request, response) => {
    handle(request, response, origin, options).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500
      if (status === 500) log.error('console.request_failed', { path: request.url?.split('?')[0], error })
      if (!response.headersSent) sendJson(response, status, { error: { code: 0, httpStatusCode: status, message: errorMessage(error) } })
      else response.end()
    })
  })
  server.keepAliveTimeout = 1000
  await new Promise<void>((ready, fail) => {
    server.once('error', fail)
    server.listen(options.port, '127.0.0.1', () => ready())
  })
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url: origin,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done())
        server.closeAllConnections()
      }),
  }
}

async function handle(request: IncomingMessage, response: ServerResponse, origin: string, options: ConsoleOptions): Promise<void> {
  const url = new URL(request.url ?? '/', origin)
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
    if (request.headers[API_HEADER] !== '1') throw new HttpError(403, `Console API calls need the ${API_HEADER} header.`)
    const requestOrigin = request.headers.origin
    if (requestOrigin !== undefined && requestOrigin !== origin) throw new HttpError(403, 'Cross-origin requests are refused.')
    await api(request, response, url, platform)
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

async function api(request: IncomingMessage, response: ServerResponse, url: URL, platform: Platform): Promise<void> {
  const route = `${request.method} ${url.pathname}`
  const connectionRoute = /^(POST|DELETE) \/api\/connections\/([0-9a-f-]{36})(?:\/(refresh|expire))?$/.exec(route)
  if (route === 'GET /api/state') {
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
        const secret = SECRET_NAME.test(item.name) || SECRET_NAME.test(item.displayName)
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

/** executeCallback with every query parameter; the page then tells its opener and closes. */
async function callback(response: ServerResponse, url: URL, platform: Platform, origin: string): Promise<void> {
  const query: Record<string, string> = {}
  for (const [name, value] of url.searchParams) if (!(name in query)) query[name] = value
  const outcome = await platform.completeLogin(query)
  const message = outcome.ok
    ? { type: 'platform:oauth-result', ok: true, connection: { id: outcome.connection.id, identityName: outcome.connection.identityName } }
    : { type: 'platform:oauth-result', ok: false, error: outcome.error }
  const title = outcome.ok ? `Connected as ${outcome.connection.identityName}` : 'The login did not complete'
  const detail = outcome.ok
    ? 'The connection is stored. This window closes by itself; if it does not, close it and return to the console.'
    : `${outcome.error.message} (code ${outcome.error.code}, HTTP ${outcome.error.httpStatusCode})`
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/static/style.css"></head>
<body class="callback-page"><main class="callback ${outcome.ok ? 'is-ok' : 'is-error'}">
<h1>${escapeHtml(title)}</h1><p>${escapeHtml(detail)}</p><p><a href="${origin}/">Back to the console</a></p></main>
<script type="application/json" id="oauth-result">${escapeJsonForHtml(message)}</script>
<script src="/static/callback.js"></script></body></html>`
  send(response, 200, 'text/html; charset=utf-8', html)
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

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  if (!(request.headers['content-type'] ?? '').startsWith('application/json')) throw new HttpError(415, 'Send JSON (application/json).')
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'The request body is larger than 1 MB.')
    chunks.push(chunk)
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}')
  } catch {
    throw new HttpError(400, 'The request body is not valid JSON.')
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new HttpError(400, 'The request body must be a JSON object.')
  return parsed as Record<string, unknown>
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(body))
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type, 'content-length': Buffer.byteLength(body) })
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
