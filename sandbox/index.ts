import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type RequestListener } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { KoaContextWithOIDC } from 'oidc-provider'
import { AUTHORIZE_PATH, TOKEN_PATH, createAuthorizationServer, githubScopeList, interactionPages } from './authorization'
import { errorPage, escapeHtml, homePage } from './pages'
import { webPage } from './web'
import { API_PREFIX, MAX_BODY_BYTES, STORAGE_PREFIX, UPLOADS_PREFIX, createRestApi, type ResponseViolation, type TokenInfo } from './rest'
import type { RateLimits } from './rest/limits'
import { PersonError, type People } from './rest/people'
import { SANDBOX_USER, SandboxState, seedState } from './rest/state'
import { log } from './log'

/**
 * A sandbox GitHub on 127.0.0.1: a real OAuth2 authorization server (oidc-provider) mounted at GitHub's paths and a
 * REST stand-in under /api/v3. Not GitHub — it says so everywhere.
 */

export interface SandboxOptions {
  port?: number // 0 (default) = random free port; always binds 127.0.0.1
  redirectUris: string[] // exact redirect URIs registered for the sandbox OAuth client
  accessTokenTtlSeconds?: number // default 60 (short, so refresh happens within a minute)
  refreshTokenTtlSeconds?: number // default 86400
  clientId?: string // default: generated, shaped like a GitHub App client id ("Iv1." + 16 hex)
  clientSecret?: string // default: generated random 40 hex
  checkResponses?: boolean // record answers that do not conform to GitHub's response schemas (tests)
}

export interface SandboxUser {
  login: string
  password: string
  name: string
  id: number
}

export interface Sandbox {
  serverUrl: string // 'http://127.0.0.1:<port>' — the service's serverUrl, exactly like a GitHub Enterprise Server root
  clientId: string
  clientSecret: string
  user: SandboxUser // the seeded sandbox user (login 'sandbox-octocat', a known password)
  counters(): { codeExchanges: number; refreshGrants: number; apiRequests: number }
  setTokenEndpointDown(down: boolean): void // fault injection: token endpoint answers 503 while down
  responseViolations(): ResponseViolation[] // with checkResponses: answers that GitHub's description does not allow
  webhooksIdle(): Promise<void> // resolves when no webhook delivery is in flight
  rateLimits(): RateLimits // exhaust the primary limit, trigger the secondary one (control server)
  people(): People // what people do on GitHub's web pages, e.g. start a discussion (control server)
  close(): Promise<void>
}

/** The sandbox user's password: known on purpose (the sign-in page shows it too). */
export const SANDBOX_PASSWORD = 'sandbox-password'

type Next = () => Promise<unknown>

export async function startSandbox(options: SandboxOptions): Promise<Sandbox> {
  const redirectUris = checkRedirectUris(options.redirectUris)
  const accessTokenTtlSeconds = positiveSeconds(options.accessTokenTtlSeconds, 60, 'accessTokenTtlSeconds')
  const refreshTokenTtlSeconds = positiveSeconds(options.refreshTokenTtlSeconds, 86_400, 'refreshTokenTtlSeconds')
  const clientId = options.clientId ?? `Iv1.${randomBytes(8).toString('hex')}`
  const clientSecret = options.clientSecret ?? randomBytes(20).toString('hex')
  const user: SandboxUser = { login: SANDBOX_USER.login, password: SANDBOX_PASSWORD, name: SANDBOX_USER.name, id: SANDBOX_USER.id }
  const counters = { codeExchanges: 0, refreshGrants: 0, apiRequests: 0 }
  let tokenEndpointDown = false

  // The issuer must name the port, so the server listens first and gets its handler once the provider exists.
  let handler: RequestListener = (_request, response) => {
    response.statusCode = 503
    response.end()
  }
  const server = createServer((request, response) => handler(request, response))
  let responseViolations = (): ResponseViolation[] => []
  let rateLimits: RateLimits | undefined
  let people: People | undefined
  let webhooksIdle = async (): Promise<void> => undefined
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  const serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  try {
    const provider = await createAuthorizationServer({
      issuer: serverUrl,
      clientId,
      clientSecret,
      redirectUris,
      accessTokenTtlSeconds,
      refreshTokenTtlSeconds,
      account: { login: user.login, password: user.password },
      clientName: 'FlowRunner GitHub service (sandbox client)',
    })
    // Koa would print every error thrown by the provider's routes (the answers say what went wrong); real faults are logged.
    provider.silent = true
    provider.on('server_error', (_ctx, error) =>
      log.error('authorization server error: %s', error instanceof Error ? (error.stack ?? error.message) : String(error)),
    )

    const state = new SandboxState()
    seedState(state)
    const rest = createRestApi({
      serverUrl,
      checkResponses: options.checkResponses === true,
      state,
      authenticate: async (token: string): Promise<TokenInfo | undefined> => {
        const accessToken = await provider.AccessToken.find(token)
        if (!accessToken || accessToken.isExpired || accessToken.clientId !== clientId || !accessToken.accountId) return undefined
        if (accessToken.grantId && !(await provider.Grant.find(accessToken.grantId))) return undefined
        return { login: accessToken.accountId, scopes: githubScopeList(accessToken.scope).split(',').filter(Boolean) }
      },
    })

    responseViolations = rest.responseViolations
    rateLimits = rest.rateLimits
    people = rest.people
    webhooksIdle = () => rest.webhooks.idle()
    provider.use(async (ctx: KoaContextWithOIDC, next: Next) => {
      ctx.set('X-Sandbox', 'true')
      try {
        await next()
      } catch (error) {
        // Errors of the sandbox's own pages (the provider renders its own): a page with the banner, and a log line for faults.
        const status = typeof (error as { status?: unknown }).status === 'number' ? (error as { status: number }).status : 500
        if (status >= 500) log.error('request failed: %s', error instanceof Error ? (error.stack ?? error.message) : String(error))
        ctx.status = status
        ctx.type = 'html'
        ctx.body = errorPage(
          'The sandbox could not handle this request',
          status >= 500 ? 'Something went wrong in the sandbox.' : (error as Error).message,
        )
        ctx.set('X-Sandbox', 'true')
        return
      }
      dropIssuerParameter(ctx, serverUrl)
      if (ctx.status === 404 && ctx.body === undefined) {
        ctx.status = 404
        ctx.type = 'html'
        ctx.body = errorPage('Not found in the sandbox', `Nothing lives at ${ctx.path} in the sandbox GitHub.`)
      }
    })

    provider.use(async (ctx: KoaContextWithOIDC, next: Next) => {
      const prefix = [API_PREFIX, UPLOADS_PREFIX, STORAGE_PREFIX].find((root) => ctx.path === root || ctx.path.startsWith(`${root}/`))
      if (prefix === undefined) return next()
      counters.apiRequests += 1
      const [pathPart = '', search = ''] = ctx.url.split(/\?(.*)/s)
      const body = await readBody(ctx.req, MAX_BODY_BYTES)
      if (body === undefined) {
        ctx.status = 413
        ctx.body = { message: 'Payload too large', documentation_url: 'https://docs.github.com/rest' }
        return
      }
      const answer = await rest({
        method: ctx.method,
        rawPath: pathPart.slice(prefix.length) || '/',
        search,
        headers: ctx.req.headers,
        body,
        host: prefix === UPLOADS_PREFIX ? 'uploads' : prefix === STORAGE_PREFIX ? 'storage' : 'api',
      })
      ctx.status = answer.status
      ctx.set(answer.headers)
      if (answer.body.length > 0) ctx.body = answer.body
      // Koa turns a null body into 204 unless the status is one without a body: a bodiless 302 (job logs) stays a 302.
      else if (answer.status >= 300 && answer.status < 400 && answer.status !== 304) ctx.body = ''
      else ctx.body = null
    })

    provider.use(async (ctx: KoaContextWithOIDC, next: Next) => {
      if (ctx.path !== TOKEN_PATH) return next()
      if (tokenEndpointDown) {
        ctx.status = 503
        ctx.set('Retry-After', '1')
        ctx.body = { error: 'temporarily_unavailable', error_description: 'The sandbox token endpoint is down (fault injection).' }
        return
      }
      await next()
      const grantType = ctx.oidc?.params?.['grant_type']
      if (grantType === 'authorization_code') counters.codeExchanges += 1
      if (grantType === 'refresh_token') counters.refreshGrants += 1
      const answer = ctx.body as Record<string, unknown> | undefined
      if (ctx.status === 200 && answer && typeof answer['access_token'] === 'string') {
        const refreshToken = ctx.oidc.entities.RefreshToken
        // GitHub's fields, in GitHub's order: https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/generating-a-user-access-token-for-a-github-app
        ctx.body = {
          access_token: answer['access_token'],
          expires_in: answer['expires_in'],
          refresh_token: answer['refresh_token'],
          refresh_token_expires_in: refreshToken ? refreshToken.remainingTTL : refreshTokenTtlSeconds,
          scope: githubScopeList(answer['scope']),
          token_type: 'bearer',
        }
      }
      // Like GitHub, the answer is form-encoded unless the client asks for JSON.
      if (!/json/i.test(ctx.get('Accept')) && typeof ctx.body === 'object' && ctx.body !== null && !Buffer.isBuffer(ctx.body)) {
        const fields = Object.entries(ctx.body as Record<string, unknown>).map(([key, value]): [string, string] => [key, String(value)])
        ctx.body = new URLSearchParams(fields).toString()
        ctx.type = 'application/x-www-form-urlencoded'
      }
    })

    provider.use(interactionPages(provider, { clientId, account: user, clientName: 'FlowRunner GitHub service (sandbox client)' }))

    provider.use(async (ctx: KoaContextWithOIDC, next: Next) => {
      if (ctx.method === 'GET' && ctx.path === '/') {
        ctx.type = 'html'
        ctx.body = homePage({
          serverUrl,
          login: user.login,
          repositories: [...state.repositories.values()].map(
            (repo) => `${repo.owner.login}/${repo.name}${repo.private ? ' (private)' : ''}`,
          ),
        })
        return
      }
      const avatar = /^\/avatars\/u\/(\d+)$/.exec(ctx.path)
      if (ctx.method === 'GET' && avatar) {
        const account = [...state.accounts.values()].find((candidate) => String(candidate.id) === avatar[1])
        if (!account) return next()
        ctx.type = 'image/svg+xml'
        ctx.set('Cache-Control', 'max-age=3600')
        ctx.body = avatarSvg(account.login)
        return
      }
      const discussions = /^\/([^/]+)\/([^/]+)\/discussions$/.exec(ctx.path)
      if (ctx.method === 'POST' && discussions) return startDiscussionFromForm(ctx, `${discussions[1]}/${discussions[2]}`)
      const web = ctx.method === 'GET' ? webPage(state, ctx.path) : undefined
      if (web) {
        ctx.status = web.status
        ctx.type = web.type
        ctx.body = web.body
        return
      }
      return next()
    })

    /** The repository page's "Start a discussion" form (web.ts): the sandbox user's password stands in for a session. */
    async function startDiscussionFromForm(ctx: KoaContextWithOIDC, repository: string): Promise<void> {
      const refuse = (status: number, title: string, message: string): void => {
        ctx.status = status
        ctx.type = 'html'
        ctx.body = errorPage(title, message)
      }
      // A form of the sandbox's own pages: a page of another origin cannot post it.
      const origin = ctx.get('Origin')
      if (origin !== '' && origin !== serverUrl) return refuse(403, 'Refused', 'Discussions are started from the sandbox’s own pages.')
      const raw = await readBody(ctx.req, 64 * 1024)
      if (raw === undefined) return refuse(413, 'Too large', 'A discussion form is at most 64 KiB.')
      const form = new URLSearchParams(raw.toString('utf8'))
      if (form.get('password') !== user.password) {
        return refuse(401, 'Wrong password', `Enter the password of ${user.login} (the sign-in page shows it) to start a discussion.`)
      }
      try {
        const discussion = rest.people.startDiscussion({
          repository,
          title: form.get('title') ?? '',
          body: form.get('body') ?? '',
          category: form.get('category') ?? 'General',
          author: user.login,
        })
        ctx.status = 303
        ctx.redirect(new URL(String(discussion['html_url'])).pathname)
      } catch (error) {
        if (!(error instanceof PersonError)) throw error
        refuse(400, 'Not started', error.message)
      }
    }

    handler = provider.callback()
  } catch (error) {
    await closeServer(server)
    throw error
  }

  return {
    serverUrl,
    clientId,
    clientSecret,
    user,
    counters: () => ({ ...counters }),
    setTokenEndpointDown: (down: boolean) => {
      tokenEndpointDown = down
    },
    responseViolations: () => responseViolations(),
    webhooksIdle: () => webhooksIdle(),
    rateLimits: () => {
      if (!rateLimits) throw new Error('the sandbox has not started')
      return rateLimits
    },
    people: () => {
      if (!people) throw new Error('the sandbox has not started')
      return people
    },
    close: () => closeServer(server),
  }
}

/**
 * oidc-provider adds RFC 9207's `iss` to every authorization response; GitHub does not, so the sandbox's redirects
 * back to the client carry exactly GitHub's parameters (code and state, or error, error_description and state).
 */
function dropIssuerParameter(ctx: KoaContextWithOIDC, issuer: string): void {
  if (!ctx.path.startsWith(AUTHORIZE_PATH) || ctx.status < 300 || ctx.status >= 400) return
  const location = ctx.response.get('Location')
  if (!location || !URL.canParse(location)) return
  const target = new URL(location)
  if (target.searchParams.get('iss') !== issuer) return
  target.searchParams.delete('iss')
  ctx.set('Location', target.toString())
}

function closeServer(server: ReturnType<typeof createServer>): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve())
    server.closeAllConnections()
  })
}

function checkRedirectUris(uris: unknown): string[] {
  if (!Array.isArray(uris) || uris.length === 0) throw new TypeError('startSandbox: redirectUris must list at least one redirect URI.')
  for (const uri of uris) {
    if (typeof uri !== 'string' || !/^https?:\/\//.test(uri) || !URL.canParse(uri) || new URL(uri).hash) {
      throw new TypeError(`startSandbox: redirect URI ${JSON.stringify(uri)} is not an absolute http(s) URL without a fragment.`)
    }
  }
  return uris as string[]
}

function positiveSeconds(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback
  if (!Number.isInteger(value) || value <= 0) throw new TypeError(`startSandbox: ${name} must be a positive whole number of seconds.`)
  return value
}

/** The request body, or undefined when it is larger than the limit. */
async function readBody(request: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > limit) return undefined
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

/** A generated avatar that says SANDBOX, so no picture from the sandbox can pass for a GitHub one. */
function avatarSvg(login: string): string {
  const hue = [...login].reduce((sum, c) => sum + c.charCodeAt(0), 0) % 360
  return `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="120" viewBox="0 0 120 120">
<rect width="120" height="120" fill="hsl(${hue},60%,45%)"/>
<text x="60" y="58" font-family="sans-serif" font-size="34" font-weight="bold" fill="#fff" text-anchor="middle">${escapeHtml(
    login
      .replace(/^sandbox-/, '')
      .slice(0, 2)
      .toUpperCase(),
  )}</text>
<rect y="84" width="120" height="36" fill="#ffd33d"/>
<text x="60" y="108" font-family="sans-serif" font-size="17" font-weight="bold" fill="#1f2328" text-anchor="middle">SANDBOX</text>
</svg>`
}
