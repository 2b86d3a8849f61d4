/**
 * The sandbox GitHub (sandbox/) against the service's real OAuth2 flow code (src/github/oauth.ts) and REST
 * chokepoint (src/github/api.ts).
 *
 * How it runs under Jest: oidc-provider is ESM-only and ts-jest compiles to CommonJS, so the sandbox runs in a child
 * process (`node --import tsx sandbox/process.ts`, see sandbox/process.ts) and the tests talk to it over
 * HTTP on 127.0.0.1 like the service would; counters and fault injection go over the child's JSON-lines protocol.
 * headlessLogin has no ESM dependency, so it is imported directly.
 */
import { createHash, randomBytes } from 'node:crypto'
import {
  LoginFailed,
  LoginRestartRequired,
  Misconfigured,
  ReconnectRequired,
  UpstreamUnavailable,
  ValidationFailed,
} from '../../src/errors'
import { callApi, type GitHubContext } from '../../src/github/api'
import { completeLogin, connectionUrl, refresh, type FlowOptions } from '../../src/github/oauth'
import { readSettings, type ServiceSettings } from '../../src/github/settings'
import { headlessLogin } from '../../sandbox/headless-login'
import { startSandboxProcess, type SandboxProcess } from '../../sandbox/process'

const CALLBACK = 'http://127.0.0.1:3210/oauth/callback'
const OTHER_CALLBACK = 'http://127.0.0.1:3211/oauth/callback'
const ACCESS_TTL = 120
/** The second sandbox's access tokens live this long, to watch one expire. */
const SHORT_TTL = 3
const FLOW: FlowOptions = { userAgent: 'flowrunner-github-service/sandbox-test', http: { sleep: async () => undefined } }

let sandbox: SandboxProcess
let shortLived: SandboxProcess
let settings: ServiceSettings
/** Every secret the tests saw, and every line the service logged: no secret may appear in a log line. */
const secrets = new Set<string>()
const logged: string[] = []

beforeAll(async () => {
  for (const method of ['log', 'info', 'warn', 'error'] as const) {
    jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      logged.push(args.map(String).join(' '))
    })
  }
  ;[sandbox, shortLived] = await Promise.all([
    startSandboxProcess({ redirectUris: [CALLBACK, OTHER_CALLBACK], accessTokenTtlSeconds: ACCESS_TTL }),
    startSandboxProcess({ redirectUris: [CALLBACK], accessTokenTtlSeconds: SHORT_TTL }),
  ])
  settings = readSettings({ clientId: sandbox.clientId, clientSecret: sandbox.clientSecret, serverUrl: sandbox.serverUrl })
  secrets.add(sandbox.clientSecret)
}, 30_000)

afterAll(async () => {
  jest.restoreAllMocks()
  await Promise.all([sandbox?.close(), shortLived?.close()])
})

/** The platform's way: the service's authorization URL plus the platform's own redirect_uri. */
function platformAuthorizationUrl(redirectUri = CALLBACK): string {
  const url = new URL(connectionUrl(settings))
  url.searchParams.set('redirect_uri', redirectUri)
  return url.toString()
}

function credentials(password = sandbox.user.password) {
  return { login: sandbox.user.login, password }
}

async function login(redirectUri = CALLBACK) {
  const target = await headlessLogin(platformAuthorizationUrl(redirectUri), credentials())
  const result = await completeLogin(settings, { ...Object.fromEntries(target.searchParams), redirectURI: redirectUri }, FLOW)
  if (result.refreshToken === undefined) throw new Error('the sandbox issued no refresh token')
  for (const secret of [target.searchParams.get('code') ?? '', result.token, result.refreshToken]) secrets.add(secret)
  return { ...result, refreshToken: result.refreshToken }
}

function api(token: string): GitHubContext {
  return { server: settings.server, token, userAgent: FLOW.userAgent, http: { sleep: async () => undefined } }
}

async function tokenRequest(
  form: Record<string, string>,
  server: SandboxProcess = sandbox,
): Promise<{ status: number; headers: Headers; body: Record<string, unknown> }> {
  const response = await fetch(`${server.serverUrl}/login/oauth/access_token`, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: server.clientId, client_secret: server.clientSecret, ...form }),
  })
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> }
}

/** An authorization code for a hand-made PKCE pair, to tamper with the exchange. */
async function codeFor(redirectUri = CALLBACK, server: SandboxProcess = sandbox): Promise<{ code: string; verifier: string }> {
  const verifier = randomBytes(32).toString('base64url')
  const url = new URL(`${server.serverUrl}/login/oauth/authorize`)
  url.search = new URLSearchParams({
    client_id: server.clientId,
    response_type: 'code',
    scope: 'repo gist',
    state: 'tamper-test',
    redirect_uri: redirectUri,
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
  }).toString()
  const target = await headlessLogin(url.toString(), credentials())
  const code = target.searchParams.get('code')
  if (!code) throw new Error(`no code in ${target.toString()}`)
  return { code, verifier }
}

async function user(token: string, server: SandboxProcess = sandbox): Promise<number> {
  const response = await fetch(`${server.serverUrl}/api/v3/user`, { headers: { Authorization: `Bearer ${token}` } })
  await response.arrayBuffer()
  return response.status
}

describe('authorization code flow with PKCE through the service', () => {
  test('login, consent, callback and code exchange give a working, GitHub-shaped connection', async () => {
    const before = await sandbox.counters()
    const target = await headlessLogin(platformAuthorizationUrl(), credentials())

    expect(`${target.origin}${target.pathname}`).toBe(CALLBACK)
    expect([...target.searchParams.keys()].sort()).toEqual(['code', 'state'])
    const result = await completeLogin(settings, { ...Object.fromEntries(target.searchParams), redirectURI: CALLBACK }, FLOW)

    expect(result.token).toMatch(/^ghu_[A-Za-z0-9]{36}$/)
    expect(result.refreshToken).toMatch(/^ghr_[A-Za-z0-9]{76}$/)
    expect(result.expirationInSeconds).toBe(ACCESS_TTL)
    expect(result.connectionIdentityName).toBe(`sandbox-octocat@${new URL(sandbox.serverUrl).host}`)
    expect(result.connectionIdentityImageURL).toBe(`${sandbox.serverUrl}/avatars/u/${sandbox.user.id}?v=4`)
    expect(result.userData).toMatchObject({
      login: 'sandbox-octocat',
      id: sandbox.user.id,
      name: 'Sandbox Octocat (not GitHub)',
      server: sandbox.serverUrl,
      scopes: ['repo', 'workflow', 'read:org', 'gist'],
      tokenExpires: true,
    })
    expect(await sandbox.counters()).toEqual({
      codeExchanges: before.codeExchanges + 1,
      refreshGrants: before.refreshGrants,
      apiRequests: before.apiRequests + 1,
    })
  })

  test('the token endpoint answers with exactly GitHub fields', async () => {
    const { code, verifier } = await codeFor()
    const answer = await tokenRequest({ grant_type: 'authorization_code', code, code_verifier: verifier, redirect_uri: CALLBACK })

    expect(answer.status).toBe(200)
    expect(answer.headers.get('x-sandbox')).toBe('true')
    expect(Object.keys(answer.body).sort()).toEqual([
      'access_token',
      'expires_in',
      'refresh_token',
      'refresh_token_expires_in',
      'scope',
      'token_type',
    ])
    expect(answer.body).toMatchObject({
      token_type: 'bearer',
      expires_in: ACCESS_TTL,
      refresh_token_expires_in: 86_400,
      scope: 'repo,gist',
    })
  })

  test('without Accept: application/json the token answer is form-encoded, as on GitHub', async () => {
    const { code, verifier } = await codeFor()
    const response = await fetch(`${sandbox.serverUrl}/login/oauth/access_token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        client_id: sandbox.clientId,
        client_secret: sandbox.clientSecret,
        grant_type: 'authorization_code',
        code,
        code_verifier: verifier,
        redirect_uri: CALLBACK,
      }),
    })
    const fields = new URLSearchParams(await response.text())

    expect(response.headers.get('content-type')).toMatch(/^application\/x-www-form-urlencoded/)
    expect(fields.get('token_type')).toBe('bearer')
    expect(fields.get('access_token')).toMatch(/^ghu_/)
    expect(fields.get('scope')).toBe('repo,gist')
  })

  test('a wrong password is refused on the sign-in page', async () => {
    await expect(headlessLogin(platformAuthorizationUrl(), credentials('not-the-password'))).rejects.toThrow(
      'Incorrect username or password.',
    )
  })

  test('Deny sends error=access_denied back, which the service reports as a declined login', async () => {
    const target = await headlessLogin(platformAuthorizationUrl(), credentials(), { deny: true })

    expect(target.searchParams.get('error')).toBe('access_denied')
    expect(target.searchParams.get('code')).toBeNull()
    await expect(completeLogin(settings, Object.fromEntries(target.searchParams), FLOW)).rejects.toThrow(LoginFailed)
  })
})

describe('what the authorization server enforces', () => {
  test('PKCE is required: an authorization request without a challenge is refused', async () => {
    const url = new URL(platformAuthorizationUrl())
    url.searchParams.delete('code_challenge')
    url.searchParams.delete('code_challenge_method')
    const target = await headlessLogin(url.toString(), credentials())

    expect(target.searchParams.get('error')).toBe('invalid_request')
    expect(target.searchParams.get('error_description')).toMatch(/PKCE/)
  })

  test('PKCE is S256 only: the plain method is refused', async () => {
    const url = new URL(platformAuthorizationUrl())
    url.searchParams.set('code_challenge_method', 'plain')
    const target = await headlessLogin(url.toString(), credentials())

    expect(target.searchParams.get('error')).toBe('invalid_request')
  })

  test('a wrong or missing code verifier is refused (the code is not spent by it)', async () => {
    const { code, verifier } = await codeFor()
    const exchange = (extra: Record<string, string>) =>
      tokenRequest({ grant_type: 'authorization_code', code, redirect_uri: CALLBACK, ...extra })

    const wrong = await exchange({ code_verifier: randomBytes(32).toString('base64url') })
    const missing = await exchange({})

    expect(wrong.status).toBe(400)
    expect(wrong.body['error']).toBe('invalid_grant')
    expect(missing.status).toBe(400)
    expect(missing.body['error']).toBe('invalid_grant')
    expect((await exchange({ code_verifier: verifier })).status).toBe(200)
  })

  test('a code is single-use: replaying it fails and revokes the tokens it gave', async () => {
    const { code, verifier } = await codeFor()
    const form = { grant_type: 'authorization_code', code, code_verifier: verifier, redirect_uri: CALLBACK }
    const first = await tokenRequest(form)
    expect(first.status).toBe(200)
    expect(await user(String(first.body['access_token']))).toBe(200)

    const replay = await tokenRequest(form)

    expect(replay.status).toBe(400)
    expect(replay.body['error']).toBe('invalid_grant')
    expect(await user(String(first.body['access_token']))).toBe(401)
  })

  test('a code is bound to its redirect URI', async () => {
    const target = await headlessLogin(platformAuthorizationUrl(CALLBACK), credentials())

    await expect(
      completeLogin(settings, { ...Object.fromEntries(target.searchParams), redirectURI: OTHER_CALLBACK }, FLOW),
    ).rejects.toThrow(LoginRestartRequired)
  })

  test('the second registered redirect URI works on its own', async () => {
    const result = await login(OTHER_CALLBACK)

    expect(result.userData.login).toBe('sandbox-octocat')
  })

  test('an unregistered redirect URI is never redirected to', async () => {
    await expect(headlessLogin(platformAuthorizationUrl('http://127.0.0.1:9/evil'), credentials())).rejects.toThrow(/redirect_uri/)
  })

  test('the client secret is checked', async () => {
    const { refreshToken } = await login()
    const wrongSecret = { ...settings, clientSecret: 'f'.repeat(40) }

    await expect(refresh(wrongSecret, refreshToken, FLOW)).rejects.toThrow(Misconfigured)
  })

  test('access tokens expire: the REST API then answers 401 Bad credentials', async () => {
    const { code, verifier } = await codeFor(CALLBACK, shortLived)
    const answer = await tokenRequest(
      { grant_type: 'authorization_code', code, code_verifier: verifier, redirect_uri: CALLBACK },
      shortLived,
    )
    const token = String(answer.body['access_token'])
    secrets.add(token)
    expect(answer.body['expires_in']).toBe(SHORT_TTL)
    expect(await user(token, shortLived)).toBe(200)

    const deadline = Date.now() + (SHORT_TTL + 1.5) * 1000
    let status = 200
    while (status === 200 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250))
      status = await user(token, shortLived)
    }

    expect(status).toBe(401)
    const refused = await fetch(`${shortLived.serverUrl}/api/v3/user`, { headers: { Authorization: `Bearer ${token}` } })
    expect(await refused.json()).toEqual({ message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' })
    const shortServer = readSettings({
      clientId: shortLived.clientId,
      clientSecret: shortLived.clientSecret,
      serverUrl: shortLived.serverUrl,
    }).server
    await expect(
      callApi(
        { ...api(token), server: shortServer },
        { operation: 'users/get-authenticated', method: 'GET', path: '/user', subject: 'the authenticated user' },
      ),
    ).rejects.toThrow(ReconnectRequired)
  })
})

describe('refresh token rotation', () => {
  test('a refresh gives new tokens; the old refresh token is then refused and the grant revoked', async () => {
    const first = await login()
    const before = await sandbox.counters()

    const second = await refresh(settings, first.refreshToken, FLOW)
    secrets.add(second.token).add(second.refreshToken)

    expect(second.refreshToken).not.toBe(first.refreshToken)
    expect(second.token).not.toBe(first.token)
    expect(second.expirationInSeconds).toBe(ACCESS_TTL)
    expect(await user(second.token)).toBe(200)
    expect((await sandbox.counters()).refreshGrants).toBe(before.refreshGrants + 1)

    await expect(refresh(settings, first.refreshToken, FLOW)).rejects.toThrow(ReconnectRequired)
    // Reuse of a rotated token revokes the whole grant: the newer tokens die with it.
    expect(await user(second.token)).toBe(401)
    await expect(refresh(settings, second.refreshToken, FLOW)).rejects.toThrow(ReconnectRequired)
  })

  test('the new refresh token keeps working, rotation after rotation', async () => {
    const { refreshToken } = await login()
    const second = await refresh(settings, refreshToken, FLOW)
    const third = await refresh(settings, second.refreshToken, FLOW)

    expect(new Set([refreshToken, second.refreshToken, third.refreshToken]).size).toBe(3)
    expect(await user(third.token)).toBe(200)
  })
})

describe('token endpoint fault injection', () => {
  test('while down, the token endpoint answers 503 with Retry-After, and the service reports it as unavailable', async () => {
    const { refreshToken } = await login()
    await sandbox.setTokenEndpointDown(true)
    try {
      const before = await sandbox.counters()
      const answer = await tokenRequest({ grant_type: 'refresh_token', refresh_token: refreshToken })

      expect(answer.status).toBe(503)
      expect(answer.headers.get('retry-after')).toBe('1')
      await expect(refresh(settings, refreshToken, FLOW)).rejects.toThrow(UpstreamUnavailable)
      expect((await sandbox.counters()).refreshGrants).toBe(before.refreshGrants)
    } finally {
      await sandbox.setTokenEndpointDown(false)
    }
    const renewed = await refresh(settings, refreshToken, FLOW)
    expect(await user(renewed.token)).toBe(200)
  })
})

describe('REST stand-in', () => {
  test('an issue created through the API is then listed', async () => {
    const { token } = await login()
    const title = `Sandbox test issue ${randomBytes(4).toString('hex')}`
    const created = await callApi(api(token), {
      operation: 'issues/create',
      method: 'POST',
      path: '/repos/sandbox-octocat/hello-sandbox/issues',
      body: { title, body: 'Created by the sandbox test.', labels: ['bug'] },
      subject: 'a new issue',
    })

    expect(created.status).toBe(201)
    expect(created.data).toMatchObject({
      title,
      state: 'open',
      html_url: `${sandbox.serverUrl}/sandbox-octocat/hello-sandbox/issues/${created.data.number}`,
    })
    const listed = await callApi(api(token), {
      operation: 'issues/list-for-repo',
      method: 'GET',
      path: '/repos/sandbox-octocat/hello-sandbox/issues',
      query: { state: 'open', labels: 'bug', per_page: 100 },
      subject: 'the issues',
    })
    expect(listed.data.map((issue) => issue.title)).toContain(title)
    const page = await fetch(created.data.html_url)
    const html = await page.text()
    expect(page.status).toBe(200)
    expect(html).toContain('SANDBOX — this is not GitHub')
    expect(html).toContain(title)
  })

  test('GitHub-style validation: a missing title is a 422 naming the field', async () => {
    const { token } = await login()
    const response = await fetch(`${sandbox.serverUrl}/api/v3/repos/sandbox-octocat/hello-sandbox/issues`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ body: 'no title' }),
    })

    expect(response.status).toBe(422)
    expect(await response.json()).toMatchObject({
      message: 'Validation Failed',
      errors: [{ resource: 'Issue', field: 'title', code: 'missing_field' }],
    })
    await expect(
      callApi(api(token), {
        operation: 'issues/create',
        method: 'POST',
        path: '/repos/sandbox-octocat/hello-sandbox/issues',
        body: {},
        subject: 'a new issue',
      }),
    ).rejects.toThrow(ValidationFailed)
  })

  test('every answer says it is the sandbox and carries the granted scopes; lists paginate with Link', async () => {
    const { token } = await login()
    const response = await fetch(`${sandbox.serverUrl}/api/v3/user/repos?per_page=1`, { headers: { Authorization: `Bearer ${token}` } })
    const repos = (await response.json()) as { full_name: string }[]

    expect(response.headers.get('x-sandbox')).toBe('true')
    expect(response.headers.get('x-oauth-scopes')).toBe('repo, workflow, read:org, gist')
    expect(repos).toHaveLength(1)
    expect(response.headers.get('link')).toBe(
      `<${sandbox.serverUrl}/api/v3/user/repos?per_page=1&page=2>; rel="next", <${sandbox.serverUrl}/api/v3/user/repos?per_page=1&page=3>; rel="last"`,
    )
  })

  test('requests without a token are refused', async () => {
    const response = await fetch(`${sandbox.serverUrl}/api/v3/user`)

    expect(response.status).toBe(401)
    expect(response.headers.get('x-sandbox')).toBe('true')
  })
})

describe('secrets', () => {
  test('no code, token or client secret seen in these tests appears in a log line', () => {
    expect(secrets.size).toBeGreaterThan(10)
    expect(logged.some((line) => line.includes('oauth.connected'))).toBe(true)
    const leaks = [...secrets].filter((secret) => secret !== '' && logged.some((line) => line.includes(secret)))

    expect(leaks).toEqual([])
  })
})
