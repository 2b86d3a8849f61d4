import { generateKeyPairSync, randomBytes, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import type { Configuration, KoaContextWithOIDC, default as Provider } from 'oidc-provider'
import { createMemoryAdapter } from './memory-adapter'
import { consentPage, errorPage, loginPage } from './pages'

/**
 * The sandbox's authorization server: panva's oidc-provider configured as a plain OAuth 2.0 server that behaves like
 * GitHub's for an app using expiring user tokens — the authorization endpoint at GET /login/oauth/authorize, the token
 * endpoint at POST /login/oauth/access_token with client_secret_post, PKCE S256 required, single-use codes bound to the
 * redirect URI, expiring access tokens, refresh tokens always issued and rotated on every use (presenting a rotated
 * one again revokes the whole grant). Token answers are reshaped into GitHub's fields.
 * https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
 * https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/refreshing-user-access-tokens
 */

export const AUTHORIZE_PATH = '/login/oauth/authorize'
export const TOKEN_PATH = '/login/oauth/access_token'
const INTERACTION_PREFIX = '/interaction/'

/** GitHub's OAuth app scopes (https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/scopes-for-oauth-apps). */
export const GITHUB_SCOPES = [
  'repo',
  'repo:status',
  'repo_deployment',
  'public_repo',
  'repo:invite',
  'security_events',
  'workflow',
  'admin:repo_hook',
  'write:repo_hook',
  'read:repo_hook',
  'admin:org',
  'write:org',
  'read:org',
  'admin:public_key',
  'write:public_key',
  'read:public_key',
  'admin:org_hook',
  'gist',
  'notifications',
  'user',
  'read:user',
  'user:email',
  'user:follow',
  'project',
  'read:project',
  'delete_repo',
  'write:packages',
  'read:packages',
  'delete:packages',
  'admin:gpg_key',
  'write:gpg_key',
  'read:gpg_key',
  'codespace',
]

export interface InteractionOptions {
  clientId: string
  account: { login: string; password: string }
  clientName: string
}

export interface AuthorizationServerOptions {
  issuer: string
  clientId: string
  clientSecret: string
  redirectUris: string[]
  accessTokenTtlSeconds: number
  refreshTokenTtlSeconds: number
  account: { login: string; password: string }
  clientName: string
}

export async function createAuthorizationServer(options: AuthorizationServerOptions): Promise<Provider> {
  // oidc-provider is ESM-only; a dynamic import keeps this module loadable from CommonJS under tsx.
  const { default: ProviderClass } = await import('oidc-provider')
  const signingKey = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' })
  const configuration: Configuration = {
    adapter: createMemoryAdapter(),
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        client_name: options.clientName,
        redirect_uris: options.redirectUris,
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
        id_token_signed_response_alg: 'ES256',
      },
    ],
    clientAuthMethods: ['client_secret_post'],
    responseTypes: ['code'],
    pkce: { required: () => true },
    scopes: ['openid', 'offline_access', ...GITHUB_SCOPES],
    claims: { openid: ['sub'] },
    jwks: { keys: [{ ...signingKey, kid: 'sandbox', use: 'sig', alg: 'ES256' }] },
    enabledJWA: { idTokenSigningAlgValues: ['ES256'] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true },
      introspection: { enabled: false },
      userinfo: { enabled: false },
    },
    routes: {
      authorization: AUTHORIZE_PATH,
      token: TOKEN_PATH,
      jwks: '/_oauth/jwks',
      revocation: '/_oauth/revoke',
      end_session: '/_oauth/logout',
    },
    interactions: { url: (_ctx, interaction) => `${INTERACTION_PREFIX}${interaction.uid}` },
    issueRefreshToken: () => true,
    rotateRefreshToken: true,
    expiresWithSession: () => false,
    ttl: {
      AccessToken: options.accessTokenTtlSeconds,
      AuthorizationCode: 600,
      RefreshToken: options.refreshTokenTtlSeconds,
      Grant: Math.max(options.refreshTokenTtlSeconds * 10, 86_400),
      IdToken: 3600,
      Interaction: 600,
      Session: 86_400,
    },
    findAccount: (_ctx, sub) => (sub === options.account.login ? { accountId: sub, claims: () => ({ sub }) } : undefined),
    renderError: (ctx, out) => {
      ctx.type = 'html'
      ctx.body = errorPage('The sandbox could not authorize this request', `${out.error}: ${out.error_description ?? ''}`)
    },
  }
  const provider = new ProviderClass(options.issuer, configuration)
  // GitHub's token shapes (ghu_ user access tokens, ghr_ refresh tokens), so secret scanners and log redaction treat
  // sandbox tokens exactly like real ones. The value is the provider's token id, so lookups are unchanged.
  prefixTokenIds(provider.AccessToken.prototype, 'ghu_', 36)
  prefixTokenIds(provider.RefreshToken.prototype, 'ghr_', 76)
  return provider
}

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

export function randomBase62(length: number): string {
  let out = ''
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      // 248 = 4 × 62: rejecting the rest keeps every character equally likely.
      if (byte < 248 && out.length < length) out += BASE62[byte % 62]
    }
  }
  return out
}

function prefixTokenIds(prototype: object, prefix: string, length: number): void {
  Object.defineProperty(prototype, 'generateTokenId', {
    value: function generateTokenId(this: { format?: string }): string {
      // oidc-provider's own generator records the format it chose; opaque is the only one the sandbox uses.
      this.format = 'opaque'
      return `${prefix}${randomBase62(length)}`
    },
    configurable: true,
    writable: true,
  })
}

/** Login and consent: the provider hands the browser to /interaction/<uid> whenever it needs one of them. */
export function interactionPages(provider: Provider, options: InteractionOptions) {
  return async (ctx: KoaContextWithOIDC, next: () => Promise<unknown>): Promise<void> => {
    const match = /^\/interaction\/([\w-]{1,64})(?:\/(login|consent))?$/.exec(ctx.path)
    if (!match) {
      await next()
      return
    }
    ctx.set('Cache-Control', 'no-store')
    const uid = match[1] ?? ''
    const step = match[2]
    let details: Awaited<ReturnType<Provider['interactionDetails']>>
    try {
      details = await provider.interactionDetails(ctx.req, ctx.res)
    } catch {
      ctx.status = 400
      ctx.type = 'html'
      ctx.body = errorPage(
        'This sign-in has expired',
        'The sign-in page was opened without its cookie or after 10 minutes. Close this window and click Login again.',
      )
      return
    }
    if (details.uid !== uid) ctx.throw(400, 'interaction mismatch')
    const prompt = details.prompt.name
    const scopes = typeof details.params['scope'] === 'string' ? details.params['scope'].split(' ').filter(Boolean) : []
    const redirectUri = typeof details.params['redirect_uri'] === 'string' ? details.params['redirect_uri'] : undefined

    if (ctx.method === 'GET' && step === undefined) {
      ctx.type = 'html'
      ctx.body =
        prompt === 'login'
          ? loginPage({ action: `${INTERACTION_PREFIX}${uid}/login`, clientName: options.clientName, hint: loginHint(options) })
          : consentPage({
              action: `${INTERACTION_PREFIX}${uid}/consent`,
              clientName: options.clientName,
              login: details.session?.accountId ?? options.account.login,
              scopes,
              ...(redirectUri !== undefined && { redirectUri }),
            })
      return
    }
    if (ctx.method !== 'POST' || step === undefined) ctx.throw(405)
    const form = await readForm(ctx.req)

    if (step === 'login' && prompt === 'login') {
      const login = form.get('login') ?? ''
      if (!passwordMatches(options.account, login, form.get('password') ?? '')) {
        ctx.status = 401
        ctx.type = 'html'
        ctx.body = loginPage({
          action: `${INTERACTION_PREFIX}${uid}/login`,
          clientName: options.clientName,
          login,
          error: 'Incorrect username or password.',
          hint: loginHint(options),
        })
        return
      }
      await provider.interactionFinished(
        ctx.req,
        ctx.res,
        { login: { accountId: options.account.login } },
        { mergeWithLastSubmission: false },
      )
      ctx.respond = false
      return
    }

    if (step === 'consent' && prompt === 'consent') {
      if (form.get('decision') !== 'authorize') {
        await provider.interactionFinished(
          ctx.req,
          ctx.res,
          { error: 'access_denied', error_description: 'The user has denied your application access.' },
          { mergeWithLastSubmission: false },
        )
        ctx.respond = false
        return
      }
      const grant = details.grantId
        ? await provider.Grant.find(details.grantId)
        : new provider.Grant({ accountId: details.session?.accountId ?? options.account.login, clientId: options.clientId })
      if (!grant) ctx.throw(400, 'grant not found')
      const missing = details.prompt.details['missingOIDCScope']
      if (Array.isArray(missing)) grant.addOIDCScope(missing.join(' '))
      const grantId = await grant.save()
      await provider.interactionFinished(ctx.req, ctx.res, { consent: { grantId } }, { mergeWithLastSubmission: true })
      ctx.respond = false
      return
    }
    ctx.throw(400, `this page expects the ${prompt} step`)
  }
}

function loginHint(options: InteractionOptions): string {
  return `Sandbox account: ${options.account.login} / ${options.account.password}`
}

function passwordMatches(account: { login: string; password: string }, login: string, password: string): boolean {
  const expected = Buffer.from(account.password)
  const given = Buffer.from(password)
  const sameLength = expected.length === given.length
  const samePassword = timingSafeEqual(expected, sameLength ? given : expected) && sameLength
  return login.trim().toLowerCase() === account.login.toLowerCase() && samePassword
}

const MAX_FORM_BYTES = 16 * 1024

async function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_FORM_BYTES) throw Object.assign(new Error('form too large'), { status: 413, expose: true })
    chunks.push(chunk)
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'))
}

/** GitHub lists granted scopes comma-separated in the token answer ("repo,gist"). */
export function githubScopeList(scope: unknown): string {
  return typeof scope === 'string'
    ? scope
        .split(' ')
        .filter((s) => s && s !== 'openid' && s !== 'offline_access')
        .join(',')
    : ''
}
