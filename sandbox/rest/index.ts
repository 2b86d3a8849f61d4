import { randomUUID } from 'node:crypto'
import { ApiError, DOCUMENTATION_URL, Router, badCredentials, badRequest, notFound, type ApiRequest, type ApiResponse } from './http'
import { StateEngine, engineReady } from './engine'
import { Storage } from './storage'
export { STORAGE_PREFIX } from './storage'
import { description, type ResolvedOperation } from '../openapi/description'
import { RateLimits, etagOf, lastModifiedOf, notModified, type RateResource } from './limits'
import { Renderer } from './render'
import { actionRoutes } from './routes/actions'
import { contentRoutes } from './routes/contents'
import { gistRoutes } from './routes/gists'
import { issueRoutes } from './routes/issues'
import { pullRoutes } from './routes/pulls'
import { releaseRoutes } from './routes/releases'
import { repositoryRoutes } from './routes/repos'
import { searchRoutes } from './routes/search'
import { templateRoutes } from './routes/templates'
import { userRoutes } from './routes/users'
import { SandboxState, type Account } from './state'
import type { World } from './world'
import { hookRoutes } from './routes/hooks'
import { starRoutes } from './routes/stars'
import { statusRoutes } from './routes/statuses'
import { commitRoutes } from './routes/commits'
import { subIssueRoutes } from './routes/sub-issues'
import { collaboratorRoutes } from './routes/collaborators'
import { gitRoutes } from './routes/git'
import { repoAdminRoutes } from './routes/repo-admin'
import { EventFeed, eventRoutes } from './routes/events'
import { Webhooks } from '../webhooks/hooks'
import { People } from './people'
import { changes, envelope, runSchedule, snapshot, targetsOf, type Emitted } from '../webhooks/events'
import { log } from '../log'

/**
 * The REST stand-in under /api/v3: authenticates the bearer token with the authorization server, routes to the
 * handlers and answers with GitHub's headers (X-OAuth-Scopes, rate limit, Link) plus X-Sandbox: true.
 * https://docs.github.com/en/rest/using-the-rest-api/getting-started-with-the-rest-api
 */

export const API_PREFIX = '/api/v3'
/** Enterprise Server's uploads root (github.com's is uploads.github.com): release assets are uploaded there only. */
export const UPLOADS_PREFIX = '/api/uploads'
const UPLOAD_OPERATION = 'repos/upload-release-asset'
const MAX_BODY_BYTES = 20 * 1024 * 1024

export interface TokenInfo {
  login: string
  scopes: string[]
}

export interface RestRequest {
  method: string
  /** Path below /api/v3, still percent-encoded. */
  rawPath: string
  search: string
  headers: Record<string, string | string[] | undefined>
  body: Buffer
  /** Which host the request reached: the API, or the uploads host. */
  host?: 'api' | 'uploads' | 'storage'
}

export interface RestAnswer {
  status: number
  headers: Record<string, string>
  body: Buffer
}

export interface RestApiOptions {
  serverUrl: string
  state: SandboxState
  /** The token's owner and scopes, or undefined when the authorization server does not know it (or it expired). */
  authenticate: (token: string) => Promise<TokenInfo | undefined>
  now?: () => number
  /** Check every JSON answer against the description's response schema and keep what does not conform (tests). */
  checkResponses?: boolean
}

/** An answer of the sandbox that its own description says GitHub would not give. */
export interface ResponseViolation {
  operationId: string
  method: string
  path: string
  status: number
  errors: string[]
}

export interface RestApi {
  (request: RestRequest): Promise<RestAnswer>
  responseViolations(): ResponseViolation[]
  /** The rate-limit windows, for the control server (exhaust the primary limit, trigger the secondary one). */
  rateLimits: RateLimits
  /** The hooks and their deliveries (the control server waits for deliveries in flight). */
  webhooks: Webhooks
  /** What people do on GitHub's web pages (start a discussion), for the control server. */
  people: People
}

export function createRestApi(options: RestApiOptions): RestApi {
  const described = description()
  const violations: ResponseViolation[] = []
  const render = new Renderer(options.serverUrl, options.state)
  const webhooks = new Webhooks(
    () => options.state.nextId(),
    () => options.state.now(),
  )
  const storage = new Storage(options.serverUrl, options.now ?? Date.now)
  const world: World = { state: options.state, render, webhooks, storage }
  const engine = new StateEngine(world, described)
  const feed = new EventFeed(world)
  const router = routerFor(world, feed)
  const now = options.now ?? Date.now
  const limits = new RateLimits(now)

  /** Sends each event to the hooks of its repository and organization; a dispatched run's progress follows later. */
  const deliver = (emitted: Emitted[], sender: Account): void => {
    for (const item of emitted) {
      feed.record(item, sender)
      webhooks.emit(targetsOf(item.repo), {
        event: item.event,
        payload: envelope(world, item.repo, sender, item.payload),
        repositoryId: item.repo.id,
      })
      for (const step of runSchedule(world, item)) {
        const timer = setTimeout(() => {
          const runId = (item.payload['workflow_run'] as { id: number }).id
          const actor = options.state.account(item.repo.runs.find((run) => run.id === runId)?.actor ?? '')
          deliver(step.events(), actor ?? sender)
        }, step.delayMs)
        timer.unref()
      }
    }
  }

  const api = async (request: RestRequest): Promise<RestAnswer> => {
    await engineReady
    // Signed storage URLs (job logs) need no token, as on GitHub's storage.
    if (request.host === 'storage') return storage.serve(request.rawPath, header(request.headers, 'range'))
    let operation: ResolvedOperation | undefined
    const headers: Record<string, string> = {
      'X-Sandbox': 'true',
      'X-GitHub-Media-Type': 'github.v3; format=json',
      'X-GitHub-Api-Version-Selected': '2022-11-28',
      'X-GitHub-Request-Id': randomUUID().toUpperCase(),
    }
    let response: ApiResponse
    let login: string | undefined
    let resource: RateResource = 'core'
    let counted = false
    try {
      const token = bearer(header(request.headers, 'authorization'))
      const info = token === undefined ? undefined : await options.authenticate(token)
      if (token === undefined) {
        throw new ApiError(401, { message: 'Requires authentication', documentation_url: DOCUMENTATION_URL, status: '401' })
      }
      const viewer = info && options.state.account(info.login)
      if (!info || !viewer) throw badCredentials()
      headers['X-OAuth-Scopes'] = info.scopes.join(', ')
      headers['X-Accepted-OAuth-Scopes'] = ''
      login = info.login
      resource = RateLimits.resourceOf(request.rawPath)
      // GET /rate_limit is free, as on GitHub; anything else may be refused by the primary or secondary limit.
      counted = request.rawPath !== '/rate_limit'
      if (counted) limits.check(info.login, resource, viewer.id)
      const path = request.rawPath.replace(/\/+$/, '') || '/'
      // GitHub's description decides what exists and what a request may carry; an unknown path or verb is GitHub's 404.
      const found = described.match(request.method === 'HEAD' ? 'GET' : request.method, path)
      if (!('operationId' in found)) throw notFound()
      // The uploads host takes release assets and nothing else; the API host does not take them.
      const upload = found.operationId === UPLOAD_OPERATION
      if (upload !== (request.host === 'uploads')) throw notFound()
      operation = found
      const query = new URLSearchParams(request.search)
      const body = upload ? request.body : parseBody(request)
      const errors = [...described.checkParameters(operation, query), ...(upload ? [] : described.checkBody(operation, body))]
      if (errors.length > 0) {
        throw new ApiError(422, { message: 'Validation Failed', errors, documentation_url: operation.documentationUrl, status: '422' })
      }
      const routed = router.match(request.method, path)
      // A hand-written route answers only the operation it was written for (not, through a rest-of-path parameter,
      // a longer path GitHub's description names otherwise: commits/{ref} is not commits/{ref}/status).
      const match =
        'handler' in routed && routed.shape === `${operation.method} ${operation.template.replace(/\{[^}]+\}/g, '{}')}` ? routed : undefined
      const apiRequest: ApiRequest = {
        method: request.method,
        rawPath: request.rawPath,
        params: match ? match.params : operation.params,
        query,
        accept: header(request.headers, 'accept') ?? 'application/vnd.github+json',
        body,
        ...(upload && { contentType: header(request.headers, 'content-type') ?? 'application/octet-stream' }),
        viewer,
        scopes: info.scopes,
        apiBase: `${options.serverUrl}${API_PREFIX}`,
        now: now(),
      }
      const engineAnswer = engine.handle(operation, apiRequest)
      if (operation.operationId === 'rate-limit/get') {
        response = { status: 200, body: limits.overview(info.login) }
      } else if (engineAnswer) {
        // Plain create/read/update/delete/list state keyed by path template (engine.ts), and the events it caused.
        response = engineAnswer
        deliver(engine.drain(), viewer)
      } else if (match) {
        // A write is compared before and after (webhooks/events.ts) to send the webhook events it caused.
        const before =
          request.method === 'GET' || request.method === 'HEAD'
            ? undefined
            : snapshot(world, options.state.repository(operation.params['owner'] ?? '', operation.params['repo'] ?? ''))
        response = await match.handler(apiRequest)
        if (before && response.status < 300) deliver(changes(world, before, viewer), viewer)
      } else {
        // No state behind this operation: GitHub's own documented example answers it.
        const example = described.example(operation.operationId)
        response = { status: example.status, body: example.body }
      }
    } catch (error) {
      if (!(error instanceof ApiError)) {
        log.error('REST handler failed: %s', error instanceof Error ? (error.stack ?? error.message) : String(error))
        response = { status: 500, body: { message: 'Server Error', documentation_url: DOCUMENTATION_URL } }
      } else {
        response = { status: error.status, body: error.body, headers: error.headers }
      }
    }
    Object.assign(headers, response.headers)
    if (options.checkResponses && operation && !Buffer.isBuffer(response.body)) {
      const errors = described.checkResponse(operation.operationId, response.status, response.body)
      if (errors.length > 0) {
        violations.push({
          operationId: operation.operationId,
          method: request.method,
          path: request.rawPath,
          status: response.status,
          errors: errors.slice(0, 5),
        })
      }
    }
    const bytes =
      response.body === undefined || response.status === 204
        ? Buffer.alloc(0)
        : Buffer.isBuffer(response.body)
          ? response.body
          : Buffer.from(JSON.stringify(response.body))
    if (!Buffer.isBuffer(response.body) && bytes.length > 0) headers['Content-Type'] = 'application/json; charset=utf-8'
    let status = response.status
    // Reads carry ETag and Last-Modified; a conditional read whose answer has not changed is a 304 without a body, and a
    // 304 does not count against the rate limit (GitHub's rule, which the service's polling relies on).
    if ((request.method === 'GET' || request.method === 'HEAD') && status === 200) {
      const accept = header(request.headers, 'accept') ?? ''
      const etag = etagOf(bytes, accept)
      const lastModified = Buffer.isBuffer(response.body) ? undefined : lastModifiedOf(response.body)
      headers['ETag'] = etag
      if (lastModified !== undefined) headers['Last-Modified'] = lastModified
      headers['Cache-Control'] = 'private, max-age=60, s-maxage=60'
      headers['Vary'] = 'Accept, Authorization, Cookie, X-GitHub-OTP'
      const conditional = {
        ifNoneMatch: header(request.headers, 'if-none-match'),
        ifModifiedSince: header(request.headers, 'if-modified-since'),
      }
      if (notModified(conditional, { etag, ...(lastModified !== undefined && { lastModified }) })) {
        status = 304
        counted = false
      }
    }
    if (login !== undefined) {
      if (counted && status !== 304) limits.count(login, resource)
      Object.assign(headers, limits.headers(login, resource))
    }
    if (status === 304 || bytes.length === 0 || request.method === 'HEAD') {
      delete headers['Content-Type']
      return { status, headers, body: Buffer.alloc(0) }
    }
    return { status, headers, body: bytes }
  }
  const people = new People(world, (viewer, repo, change) => {
    const before = snapshot(world, repo)
    change()
    deliver(changes(world, before, viewer), viewer)
  })
  return Object.assign(api, {
    responseViolations: () => [...violations],
    rateLimits: limits,
    webhooks,
    people,
  })
}
/** The hand-written handlers: GitHub's rules that need code (the rest is the engine's or the description's examples). */
export function routerFor(world: World, feed = new EventFeed(world)): Router {
  const router = new Router()
  userRoutes(router, world)
  repositoryRoutes(router, world)
  contentRoutes(router, world)
  issueRoutes(router, world)
  pullRoutes(router, world)
  searchRoutes(router, world)
  releaseRoutes(router, world)
  actionRoutes(router, world)
  gistRoutes(router, world)
  templateRoutes(router, world)
  hookRoutes(router, world)
  starRoutes(router, world)
  statusRoutes(router, world)
  commitRoutes(router, world)
  subIssueRoutes(router, world)
  collaboratorRoutes(router, world)
  gitRoutes(router, world)
  repoAdminRoutes(router, world)
  eventRoutes(router, world, feed)
  return router
}

/**
 * What the sandbox answers, per operation of GitHub's description: every one is validated; `stateful` are those
 * answered from the sandbox's state (hand-written handlers, the state engine, GET /rate_limit); the rest answer with
 * the description's example. Used by the README's generated numbers (scripts/sandbox-report.ts).
 */
export function answeredOperations(): { validated: string[]; stateful: string[]; exampleOnly: string[] } {
  const described = description()
  const state = new SandboxState()
  const world: World = {
    state,
    render: new Renderer('http://127.0.0.1', state),
    webhooks: new Webhooks(
      () => 0,
      () => '',
    ),
    storage: new Storage('http://127.0.0.1', Date.now),
  }
  const shapes = new Set(routerFor(world).shapes())
  const engineTemplates = new Set(StateEngine.templates())
  const validated: string[] = []
  const stateful: string[] = []
  const exampleOnly: string[] = []
  for (const { method, template, operationId } of described.operations()) {
    validated.push(operationId)
    const shape = `${method} ${template.replace(/\{[^}]+\}/g, '{}')}`
    const handled = shapes.has(shape) || engineTemplates.has(template) || operationId === 'rate-limit/get'
    ;(handled ? stateful : exampleOnly).push(operationId)
  }
  return { validated, stateful, exampleOnly }
}

export { MAX_BODY_BYTES }

function header(headers: RestRequest['headers'], name: string): string | undefined {
  const value = headers[name]
  return Array.isArray(value) ? value[0] : value
}

/** GitHub takes "Bearer <token>" and the older "token <token>". */
function bearer(authorization: string | undefined): string | undefined {
  const match = /^(?:bearer|token)\s+(\S+)\s*$/i.exec(authorization ?? '')
  return match?.[1]
}

function parseBody(request: RestRequest): unknown {
  if (request.body.length === 0) return undefined
  try {
    return JSON.parse(request.body.toString('utf8')) as unknown
  } catch {
    throw badRequest('Problems parsing JSON')
  }
}
