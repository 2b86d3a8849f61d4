import { createHash } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import nock from 'nock'
import { completeLogin, connectionUrl, refresh, type FlowOptions } from '../../src/github/oauth'
import { DEFAULT_SCOPES, readSettings, type ServiceSettings } from '../../src/github/settings'
import type { HttpOptions } from '../../src/http/client'
import { createCodeVerifier } from '../../src/oauth2/pkce'
import { sealState } from '../../src/oauth2/state'
import { unmatchedRequests } from '../helpers/network'
import {
  CANARY_ACCESS_TOKEN,
  CANARY_CLIENT_ID,
  CANARY_CLIENT_SECRET,
  CANARY_CODE,
  CANARY_HEX_CLIENT_SECRET,
  CANARY_REFRESH_TOKEN,
  CANARY_ROTATED_REFRESH_TOKEN,
  CANARY_USER_TOKEN,
  CANARY_VERIFIER,
  expectNoSecrets,
} from '../helpers/secrets'
import { capturedOutput } from '../helpers/output'
import { closedPort, startServer } from '../helpers/servers'

const GITHUB = 'https://github.com'
const API = 'https://api.github.com'
const TOKEN_PATH = '/login/oauth/access_token'
const USER_AGENT = 'flowrunner-github-service/test'
const REDIRECT_URI = 'https://api.backendless.example/api/flowrunner/oauth/callback'

const USER = {
  login: 'octocat',
  id: 583231,
  node_id: 'MDQ6VXNlcjU4MzIzMQ==',
  name: 'The Octocat',
  avatar_url: 'https://avatars.githubusercontent.com/u/583231?v=4',
  html_url: 'https://github.com/octocat',
  type: 'User',
  site_admin: false,
}

const settingsFor = (config: Record<string, unknown> = {}): ServiceSettings =>
  readSettings({ clientId: CANARY_CLIENT_ID, clientSecret: CANARY_CLIENT_SECRET, ...config })

/** No real waiting; the fake clock moves only when the code sleeps. */
function fakeTime() {
  let now = Date.now()
  const sleeps: number[] = []
  const http: Partial<HttpOptions> = {
    now: () => now,
    sleep: async (ms: number) => {
      sleeps.push(ms)
      now += ms
    },
  }
  return { sleeps, http }
}

const flowOptions = (http: Partial<HttpOptions> = {}): FlowOptions => ({
  userAgent: USER_AGENT,
  http: { sleep: async () => undefined, ...http },
})

function startLogin(settings = settingsFor()) {
  const url = new URL(connectionUrl(settings))
  return { url, state: url.searchParams.get('state') ?? '', challenge: url.searchParams.get('code_challenge') ?? '' }
}

type Reply = [status: number, body: unknown, headers?: Record<string, string>]

/** The token endpoint, answering `replies` in turn and keeping each request's form body. */
function tokenEndpoint(replies: Reply[], origin = GITHUB) {
  const bodies: Record<string, string>[] = []
  const scope = nock(origin, {
    reqheaders: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded', 'user-agent': USER_AGENT },
  })
    .post(TOKEN_PATH)
    .times(replies.length)
    .reply((_uri, body) => {
      bodies.push(Object.fromEntries(new URLSearchParams(String(body))))
      const [status, replyBody, headers] = replies[bodies.length - 1] ?? [599, '']
      return [
        status,
        typeof replyBody === 'string' ? replyBody : JSON.stringify(replyBody),
        { 'content-type': 'application/json', ...headers },
      ]
    })
  return { bodies, scope }
}

const appToken = {
  access_token: CANARY_USER_TOKEN,
  token_type: 'bearer',
  expires_in: 28800,
  refresh_token: CANARY_REFRESH_TOKEN,
  refresh_token_expires_in: 15897600,
  scope: '',
}
const oauthAppToken = { access_token: CANARY_ACCESS_TOKEN, token_type: 'bearer', scope: 'repo,gist' }

function userEndpoint(token: string, reply: Reply = [200, USER], apiBase = API) {
  const url = new URL(apiBase)
  return nock(url.origin, {
    reqheaders: { authorization: `Bearer ${token}`, 'x-github-api-version': '2022-11-28', 'user-agent': USER_AGENT },
  })
    .get(`${url.pathname.replace(/\/$/, '')}/user`)
    .reply(reply[0], typeof reply[1] === 'string' ? reply[1] : JSON.stringify(reply[1]), {
      'content-type': 'application/json',
      ...reply[2],
    })
}

async function failure(promise: Promise<unknown>): Promise<Error & { kind?: string }> {
  try {
    await promise
  } catch (error) {
    return error as Error & { kind?: string }
  }
  throw new Error('expected a failure')
}

const sha256 = (text: string): string => createHash('sha256').update(text, 'ascii').digest('base64url')

describe('connectionUrl (getOAuth2ConnectionURL)', () => {
  it('points at the authorize endpoint with exactly the expected parameters and no redirect_uri', () => {
    const { url } = startLogin()
    expect(`${url.origin}${url.pathname}`).toBe(`${GITHUB}/login/oauth/authorize`)
    expect([...url.searchParams.keys()].sort()).toEqual([
      'client_id',
      'code_challenge',
      'code_challenge_method',
      'response_type',
      'scope',
      'state',
    ])
    expect(url.searchParams.get('client_id')).toBe(CANARY_CLIENT_ID)
    expect(url.searchParams.get('scope')).toBe(DEFAULT_SCOPES)
    expect(url.searchParams.get('response_type')).toBe('code')
    expect(url.searchParams.get('code_challenge_method')).toBe('S256')
    expect(url.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(url.searchParams.get('state')).toMatch(/^s1\.[A-Za-z0-9_-]+$/)
  })

  it('uses the configured scopes and the Enterprise Server root', () => {
    const { url } = startLogin(settingsFor({ serverUrl: 'https://ghe.example.com/', scopes: 'repo, read:org repo' }))
    expect(`${url.origin}${url.pathname}`).toBe('https://ghe.example.com/login/oauth/authorize')
    expect(url.searchParams.get('scope')).toBe('repo read:org')
  })

  it('calls nothing', () => {
    startLogin()
    expect(unmatchedRequests()).toEqual([])
  })

  it('makes a fresh verifier, challenge and state on every call', () => {
    const logins = Array.from({ length: 20 }, () => startLogin())
    expect(new Set(logins.map((login) => login.challenge)).size).toBe(20)
    expect(new Set(logins.map((login) => login.state)).size).toBe(20)
  })

  it('keeps the state under 400 characters with a 200-character server URL', () => {
    const serverUrl = `https://ghe.example.com/${'p'.repeat(200 - 'https://ghe.example.com/'.length)}`
    const { state } = startLogin(settingsFor({ serverUrl }))
    expect(state.length).toBeLessThan(400)
  })

  it('never puts the verifier in the URL: the verifier the callback sends is the only preimage of the challenge', async () => {
    const { url, state, challenge } = startLogin()
    const { bodies } = tokenEndpoint([[200, oauthAppToken]])
    userEndpoint(CANARY_ACCESS_TOKEN)
    await completeLogin(settingsFor(), { code: CANARY_CODE, state, redirectURI: REDIRECT_URI }, flowOptions())
    const verifier = bodies[0]?.['code_verifier'] ?? ''
    expect(verifier).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(sha256(verifier)).toBe(challenge)
    const bytes = Buffer.from(verifier, 'base64url')
    for (const form of [verifier, bytes.toString('base64'), bytes.toString('hex'), encodeURIComponent(verifier)]) {
      expect(url.toString()).not.toContain(form)
    }
  })
})

describe('completeLogin (executeCallback): success', () => {
  it('exchanges the code (JSON answer) and returns the connection of a GitHub App user', async () => {
    const { state, challenge } = startLogin()
    const token = tokenEndpoint([[200, appToken]])
    const user = userEndpoint(CANARY_USER_TOKEN)
    const before = Date.now()
    const result = await completeLogin(settingsFor(), { code: CANARY_CODE, state, redirectURI: REDIRECT_URI }, flowOptions())
    const after = Date.now()

    expect(token.bodies).toHaveLength(1)
    expect(token.bodies[0]).toEqual({
      client_id: CANARY_CLIENT_ID,
      client_secret: CANARY_CLIENT_SECRET,
      grant_type: 'authorization_code',
      code: CANARY_CODE,
      redirect_uri: REDIRECT_URI,
      code_verifier: expect.any(String),
    })
    expect(sha256(token.bodies[0]?.['code_verifier'] ?? '')).toBe(challenge)
    expect(user.isDone()).toBe(true)

    expect(result).toEqual({
      token: CANARY_USER_TOKEN,
      expirationInSeconds: 28800,
      refreshToken: CANARY_REFRESH_TOKEN,
      connectionIdentityName: 'octocat',
      connectionIdentityImageURL: USER.avatar_url,
      overwrite: true,
      userData: {
        login: 'octocat',
        id: 583231,
        name: 'The Octocat',
        profileUrl: 'https://github.com/octocat',
        server: GITHUB,
        scopes: [],
        tokenExpires: true,
        refreshTokenExpiresAt: expect.any(String),
      },
    })
    const refreshExpiry = Date.parse(result.userData.refreshTokenExpiresAt ?? '')
    expect(refreshExpiry).toBeGreaterThanOrEqual(before + 15897600 * 1000 - 1000)
    expect(refreshExpiry).toBeLessThanOrEqual(after + 15897600 * 1000)
    expectNoSecrets(JSON.stringify(result.userData))
    expect(JSON.stringify(result.userData)).not.toContain(CANARY_USER_TOKEN)
  })

  it('reads a form-encoded answer; a token without expiry gives expirationInSeconds 0 and no refreshToken', async () => {
    const { state } = startLogin()
    tokenEndpoint([
      [
        200,
        `access_token=${CANARY_ACCESS_TOKEN}&scope=repo%2Cgist&token_type=bearer`,
        { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
      ],
    ])
    userEndpoint(CANARY_ACCESS_TOKEN)
    const result = await completeLogin(settingsFor(), { code: CANARY_CODE, state, redirectURI: REDIRECT_URI }, flowOptions())
    expect(result.token).toBe(CANARY_ACCESS_TOKEN)
    expect(result.expirationInSeconds).toBe(0)
    expect(result).not.toHaveProperty('refreshToken')
    expect(result.userData).toMatchObject({ scopes: ['repo', 'gist'], tokenExpires: false, refreshTokenExpiresAt: null })
  })

  it('accepts expires_in as a numeric string', async () => {
    const { state } = startLogin()
    tokenEndpoint([[200, { ...appToken, expires_in: '28800' }]])
    userEndpoint(CANARY_USER_TOKEN)
    const result = await completeLogin(settingsFor(), { code: CANARY_CODE, state }, flowOptions())
    expect(result.expirationInSeconds).toBe(28800)
  })

  it('sends no redirect_uri when the callback carries none', async () => {
    const { state } = startLogin()
    const token = tokenEndpoint([[200, oauthAppToken]])
    userEndpoint(CANARY_ACCESS_TOKEN)
    await completeLogin(settingsFor(), { code: CANARY_CODE, state }, flowOptions())
    expect(token.bodies[0]).not.toHaveProperty('redirect_uri')
    expect(Object.keys(token.bodies[0] ?? {}).sort()).toEqual(['client_id', 'client_secret', 'code', 'code_verifier', 'grant_type'])
  })

  it('takes the granted scopes from X-OAuth-Scopes when the token answer has none, and falls back to the login for the profile URL', async () => {
    const { state } = startLogin()
    tokenEndpoint([[200, { access_token: CANARY_ACCESS_TOKEN, token_type: 'bearer' }]])
    userEndpoint(CANARY_ACCESS_TOKEN, [
      200,
      { ...USER, html_url: undefined, avatar_url: undefined, name: null },
      { 'x-oauth-scopes': 'repo, read:org' },
    ])
    const result = await completeLogin(settingsFor(), { code: CANARY_CODE, state }, flowOptions())
    expect(result.userData).toMatchObject({ scopes: ['repo', 'read:org'], profileUrl: 'https://github.com/octocat', name: null })
    expect(result).not.toHaveProperty('connectionIdentityImageURL')
  })

  it('names an Enterprise Server connection login@host and talks to that server only', async () => {
    const settings = settingsFor({ serverUrl: 'https://ghe.example.com' })
    const { state } = startLogin(settings)
    const token = tokenEndpoint([[200, oauthAppToken]], 'https://ghe.example.com')
    const user = userEndpoint(
      CANARY_ACCESS_TOKEN,
      [200, { ...USER, html_url: 'https://ghe.example.com/octocat' }],
      'https://ghe.example.com/api/v3',
    )
    const result = await completeLogin(settings, { code: CANARY_CODE, state, redirectURI: REDIRECT_URI }, flowOptions())
    expect(token.scope.isDone()).toBe(true)
    expect(user.isDone()).toBe(true)
    expect(result.connectionIdentityName).toBe('octocat@ghe.example.com')
    expect(result.userData.server).toBe('https://ghe.example.com')
  })
})

describe('completeLogin: refused before any outbound call', () => {
  /** Interceptors stand ready; the proof is that none is used and nothing else is attempted. */
  async function refusedWithoutCalls(callback: unknown, kind: string, settings = settingsFor()) {
    const token = nock(GITHUB).post(TOKEN_PATH).reply(200, oauthAppToken)
    const user = nock(API).get('/user').reply(200, USER)
    const error = await failure(completeLogin(settings, callback, flowOptions()))
    expect(error.kind).toBe(kind)
    expect(token.isDone()).toBe(false)
    expect(user.isDone()).toBe(false)
    expect(unmatchedRequests()).toEqual([])
    expectNoSecrets(error.message)
    return error
  }

  it.each([
    ['access_denied', /declined \(access_denied\)\. Click Login again/],
    ['redirect_uri_mismatch', /callback URL \(redirect_uri_mismatch\)\. Register/],
    ['application_suspended', /suspended \(application_suspended\)/],
  ])('names the reason of a refused authorization (%s)', async (code, message) => {
    const { state } = startLogin()
    const error = await refusedWithoutCalls({ error: code, error_description: 'x', state }, 'login_failed')
    expect(error.message).toMatch(message)
  })

  it('repeats an unknown authorization error with its description, cleaned of secrets', async () => {
    const error = await refusedWithoutCalls(
      { error: 'temporarily_unavailable', error_description: `Try later\n(token ${CANARY_ACCESS_TOKEN}) code=${CANARY_CODE}` },
      'login_failed',
    )
    expect(error.message).toContain('temporarily_unavailable: Try later (token [REDACTED]) code=[REDACTED]')
  })

  it.each([`gh${'o'}_${'x'.repeat(20)}`, 'bad\ncode', 42, 'e'.repeat(65)])(
    'does not repeat an error value that is not an error code (%p)',
    async (value) => {
      const error = await refusedWithoutCalls({ error: value }, 'login_failed')
      expect(error.message).toContain('(unknown_error)')
    },
  )

  it('checks the error before anything else, even without code or state', async () => {
    await refusedWithoutCalls({ error: 'access_denied' }, 'login_failed')
  })

  it.each<[string, (state: string) => unknown]>([
    ['no code', (state) => ({ state })],
    ['an empty code', (state) => ({ code: '  ', state })],
    ['a code that is not text', (state) => ({ code: 123, state })],
    ['a code with spaces', (state) => ({ code: 'abc def', state })],
    ['an overlong code', (state) => ({ code: 'c'.repeat(600), state })],
    ['no state', () => ({ code: CANARY_CODE })],
    ['an empty state', () => ({ code: CANARY_CODE, state: '' })],
    ['a state of another kind', () => ({ code: CANARY_CODE, state: 'random-state-123' })],
    [
      'a tampered state',
      (state) => ({ code: CANARY_CODE, state: state.slice(0, 10) + (state.charAt(10) === 'A' ? 'B' : 'A') + state.slice(11) }),
    ],
    ['a truncated state', (state) => ({ code: CANARY_CODE, state: state.slice(0, -1) })],
    ['no parameters at all', () => null],
    ['a string instead of an object', () => 'code=abc'],
    ['an array instead of an object', () => [CANARY_CODE]],
  ])('asks to start again for %s', async (_label, callback) => {
    const { state } = startLogin()
    const error = await refusedWithoutCalls(callback(state), 'login_restart')
    expect(error.message).toMatch(/Start the login again\.$/)
  })

  it('refuses an expired state (older than 10 minutes)', async () => {
    const state = sealState(
      { codeVerifier: createCodeVerifier(), server: GITHUB },
      CANARY_CLIENT_SECRET,
      Math.floor(Date.now() / 1000) - 601,
    )
    const error = await refusedWithoutCalls({ code: CANARY_CODE, state }, 'login_restart')
    expect(error.message).toContain('longer than 10 minutes')
  })

  it('refuses a state sealed with another client secret', async () => {
    const { state } = startLogin(readSettings({ clientId: CANARY_CLIENT_ID, clientSecret: 'the-previous-client-secret' }))
    const error = await refusedWithoutCalls({ code: CANARY_CODE, state }, 'login_restart')
    expect(error.message).toContain('altered or sealed with another client secret')
  })

  it('refuses a state made for another server', async () => {
    const { state } = startLogin(settingsFor({ serverUrl: 'https://ghe.example.com' }))
    const error = await refusedWithoutCalls({ code: CANARY_CODE, state }, 'login_restart')
    expect(error.message).toContain('different GitHub server')
  })

  it('refuses a redirectURI that is not an absolute http(s) URL', async () => {
    const { state } = startLogin()
    const error = await refusedWithoutCalls({ code: CANARY_CODE, state, redirectURI: 'javascript:alert(1)' }, 'invalid_input')
    expect(error.message).toContain('"callbackObject.redirectURI"')
  })
})

describe('completeLogin: GitHub token errors', () => {
  it.each<[string, Reply, string, RegExp]>([
    [
      'incorrect_client_credentials',
      [200, { error: 'incorrect_client_credentials' }],
      'misconfigured',
      /clientId\/clientSecret.*generate a new client secret/,
    ],
    [
      'redirect_uri_mismatch',
      [200, { error: 'redirect_uri_mismatch' }],
      'login_failed',
      new RegExp(`Register "${REDIRECT_URI}" as the app's Authorization callback URL`),
    ],
    [
      'bad_verification_code',
      [200, { error: 'bad_verification_code' }],
      'login_restart',
      /wrong, older than 10 minutes, already used.*Start the login again\./,
    ],
    ['unverified_user_email', [200, { error: 'unverified_user_email' }], 'login_failed', /verified primary email/],
    [
      'unsupported_grant_type',
      [200, { error: 'unsupported_grant_type' }],
      'upstream_invalid',
      /does not support the authorization-code grant/,
    ],
    [
      'an unknown code',
      [200, { error: 'mystery_failure', error_description: 'Something odd' }],
      'upstream_invalid',
      /refused the code exchange \(mystery_failure: Something odd\)/,
    ],
    ['a 401 without body', [401, ''], 'misconfigured', /http_401/],
    ['a 404 (not a GitHub server)', [404, '<html>nope</html>', { 'content-type': 'text/html' }], 'misconfigured', /serverUrl.*HTTP 404/],
  ])('%s gets its own message and GET /user is never called', async (_label, reply, kind, message) => {
    const { state } = startLogin()
    const token = tokenEndpoint([reply])
    const user = nock(API).get('/user').reply(200, USER)
    const error = await failure(completeLogin(settingsFor(), { code: CANARY_CODE, state, redirectURI: REDIRECT_URI }, flowOptions()))
    expect(error.kind).toBe(kind)
    expect(error.message).toMatch(message)
    expect(token.bodies).toHaveLength(1)
    expect(user.isDone()).toBe(false)
    expectNoSecrets(error.message)
  })

  it('reads HTTP-200 errors in a form-encoded body too', async () => {
    const { state } = startLogin()
    tokenEndpoint([
      [
        200,
        'error=bad_verification_code&error_description=The+code+passed+is+incorrect+or+expired.',
        { 'content-type': 'application/x-www-form-urlencoded' },
      ],
    ])
    const error = await failure(completeLogin(settingsFor(), { code: CANARY_CODE, state }, flowOptions()))
    expect(error.kind).toBe('login_restart')
  })

  it('gives each GitHub code a distinct message', async () => {
    const messages = new Set<string>()
    for (const code of [
      'incorrect_client_credentials',
      'redirect_uri_mismatch',
      'bad_verification_code',
      'unverified_user_email',
      'unsupported_grant_type',
      'other',
    ]) {
      const { state } = startLogin()
      tokenEndpoint([[200, { error: code }]])
      messages.add((await failure(completeLogin(settingsFor(), { code: CANARY_CODE, state }, flowOptions()))).message)
    }
    expect(messages.size).toBe(6)
  })

  it.each<[string, unknown]>([
    ['no access_token', { token_type: 'bearer' }],
    ['an empty access_token', { access_token: '', token_type: 'bearer' }],
    ['token_type mac', { access_token: CANARY_ACCESS_TOKEN, token_type: 'mac' }],
    ['an invalid expires_in', { access_token: CANARY_ACCESS_TOKEN, token_type: 'bearer', expires_in: 'tomorrow' }],
  ])('refuses a token answer with %s', async (_label, body) => {
    const { state } = startLogin()
    tokenEndpoint([[200, body]])
    const user = nock(API).get('/user').reply(200, USER)
    const error = await failure(completeLogin(settingsFor(), { code: CANARY_CODE, state }, flowOptions()))
    expect(error.kind).toBe('upstream_invalid')
    expect(user.isDone()).toBe(false)
    expectNoSecrets(error.message)
  })
})

/** The forms a secret may be echoed in: as is, URL-encoded, base64 and base64url. */
const echoForms = (value: string): string[] => [
  value,
  encodeURIComponent(value),
  Buffer.from(value).toString('base64'),
  Buffer.from(value).toString('base64url'),
]

function expectNowhere(secrets: string[], message: string): void {
  const output = capturedOutput().join('\n')
  for (const secret of secrets) {
    expect(message).not.toContain(secret)
    expect(output).not.toContain(secret)
  }
}

describe('secrets echoed back by GitHub are cut out by value (issue 8)', () => {
  const settings = (): ServiceSettings => settingsFor({ clientSecret: CANARY_HEX_CLIENT_SECRET })

  it('code exchange: the client secret (40 hex), the code and the verifier, in any form, reach neither the error nor the logs', async () => {
    const state = sealState({ codeVerifier: CANARY_VERIFIER, server: GITHUB }, CANARY_HEX_CLIENT_SECRET)
    const echoed = [CANARY_HEX_CLIENT_SECRET, CANARY_CODE, CANARY_VERIFIER].flatMap(echoForms)
    const { bodies } = tokenEndpoint([[400, { error: 'invalid_request', error_description: `Rejected ${echoed.join(' ')}` }]])
    const error = await failure(completeLogin(settings(), { code: CANARY_CODE, state }, flowOptions()))
    expect(bodies[0]?.['code_verifier']).toBe(CANARY_VERIFIER)
    expect(error.kind).toBe('upstream_invalid')
    expect(error.message).toContain('invalid_request: Rejected [REDACTED] [REDACTED]')
    expectNowhere(echoed, error.message)
  })

  it('refresh: the client secret and a refresh token of no known shape reach neither the error nor the logs', async () => {
    const refreshToken = 'rt.sandbox.0123456789abcdef0123456789abcdef'
    const echoed = [CANARY_HEX_CLIENT_SECRET, refreshToken].flatMap(echoForms)
    tokenEndpoint([[200, { error: 'temporarily_confused', error_description: `Got ${echoed.join(' and ')}` }]])
    const error = await failure(refresh(settings(), refreshToken, flowOptions()))
    expect(error.kind).toBe('upstream_invalid')
    expectNowhere(echoed, error.message)
  })

  it('identity: GitHub quoting the new access token (of no known shape) in its refusal', async () => {
    const state = sealState({ codeVerifier: CANARY_VERIFIER, server: GITHUB }, CANARY_HEX_CLIENT_SECRET)
    const accessToken = 'sandbox.access.0123456789abcdef0123'
    tokenEndpoint([[200, { access_token: accessToken, token_type: 'bearer' }]])
    userEndpoint(accessToken, [403, { message: `Credential ${accessToken} is blocked by a policy` }])
    const error = await failure(completeLogin(settings(), { code: CANARY_CODE, state }, flowOptions()))
    expect(error.kind).toBe('forbidden')
    expect(error.message).toContain('Credential [REDACTED] is blocked')
    expectNowhere(echoForms(accessToken), error.message)
  })
})

describe('completeLogin: identity', () => {
  it('turns a 401 on GET /user into a failed login', async () => {
    const { state } = startLogin()
    tokenEndpoint([[200, oauthAppToken]])
    userEndpoint(CANARY_ACCESS_TOKEN, [401, { message: 'Bad credentials' }])
    const error = await failure(completeLogin(settingsFor(), { code: CANARY_CODE, state }, flowOptions()))
    expect(error).toMatchObject({ kind: 'login_failed', reason: 'identity_rejected' })
    expectNoSecrets(error.message)
  })

  it('retries a failing GET /user, then reports GitHub unavailable', async () => {
    const { state } = startLogin()
    tokenEndpoint([[200, oauthAppToken]])
    const user = nock(API).get('/user').times(4).reply(500, { message: 'boom' })
    const error = await failure(completeLogin(settingsFor(), { code: CANARY_CODE, state }, flowOptions()))
    expect(error.kind).toBe('upstream_unavailable')
    expect(user.isDone()).toBe(true)
  })

  it.each<[string, unknown]>([
    ['not JSON', '<html>oops</html>'],
    ['without login', { id: 1 }],
    ['without a numeric id', { login: 'octocat', id: '1' }],
  ])('refuses an identity answer that is %s', async (_label, body) => {
    const { state } = startLogin()
    tokenEndpoint([[200, oauthAppToken]])
    userEndpoint(CANARY_ACCESS_TOKEN, [200, body])
    const error = await failure(completeLogin(settingsFor(), { code: CANARY_CODE, state }, flowOptions()))
    expect(error.kind).toBe('upstream_invalid')
  })
})

describe('completeLogin: transport (the code is single-use)', () => {
  it('retries 503 and 429, then succeeds', async () => {
    const { state } = startLogin()
    const token = tokenEndpoint([
      [503, {}],
      [429, {}, { 'retry-after': '1' }],
      [200, oauthAppToken],
    ])
    userEndpoint(CANARY_ACCESS_TOKEN)
    await expect(completeLogin(settingsFor(), { code: CANARY_CODE, state }, flowOptions())).resolves.toMatchObject({
      token: CANARY_ACCESS_TOKEN,
    })
    expect(token.bodies).toHaveLength(3)
  })

  it('reports "temporarily unavailable" after its retries', async () => {
    const { state } = startLogin()
    const token = tokenEndpoint([
      [503, {}],
      [503, {}],
      [503, {}],
      [200, oauthAppToken],
    ])
    const error = await failure(completeLogin(settingsFor(), { code: CANARY_CODE, state }, flowOptions()))
    expect(error).toMatchObject({ kind: 'upstream_unavailable', message: expect.stringContaining('temporarily unavailable (HTTP 503)') })
    expect(token.bodies).toHaveLength(3)
  })

  it('does not retry a 500 (the code may have been used)', async () => {
    const { state } = startLogin()
    const token = tokenEndpoint([
      [500, {}],
      [200, oauthAppToken],
    ])
    const error = await failure(completeLogin(settingsFor(), { code: CANARY_CODE, state }, flowOptions()))
    expect(error.kind).toBe('upstream_unavailable')
    expect(token.bodies).toHaveLength(1)
  })

  it('does not retry a reset connection', async () => {
    const { state } = startLogin()
    const scope = nock(GITHUB)
      .post(TOKEN_PATH)
      .replyWithError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))
      .post(TOKEN_PATH)
      .reply(200, oauthAppToken)
    const error = await failure(completeLogin(settingsFor(), { code: CANARY_CODE, state }, flowOptions()))
    expect(error.kind).toBe('upstream_unavailable')
    expect(scope.pendingMocks()).toHaveLength(1)
  })

  it('does not retry a refused connection', async () => {
    const settings = settingsFor({ serverUrl: `http://127.0.0.1:${await closedPort()}` })
    const { state } = startLogin(settings)
    const time = fakeTime()
    const error = await failure(completeLogin(settings, { code: CANARY_CODE, state }, flowOptions(time.http)))
    expect(error).toMatchObject({ kind: 'upstream_unavailable', message: expect.stringContaining('refused the connection') })
    expect(time.sleeps).toEqual([])
  })

  it('times out once against a server that never answers', async () => {
    let requests = 0
    const server = await startServer(() => {
      requests++
    })
    try {
      const settings = settingsFor({ serverUrl: server.url })
      const { state } = startLogin(settings)
      const error = await failure(completeLogin(settings, { code: CANARY_CODE, state }, flowOptions({ idleTimeoutMs: 100 })))
      expect(error).toMatchObject({ kind: 'upstream_unavailable', message: expect.stringContaining('did not answer in time') })
      expect(requests).toBe(1)
    } finally {
      await server.close()
    }
  })

  it('refuses a redirect of the token request to another origin', async () => {
    const { state } = startLogin()
    nock(GITHUB).post(TOKEN_PATH).reply(307, '', { location: 'https://collector.example/token' })
    const other = nock('https://collector.example').post('/token').reply(200, oauthAppToken)
    const error = await failure(completeLogin(settingsFor(), { code: CANARY_CODE, state }, flowOptions()))
    expect(error.kind).toBe('upstream_invalid')
    expect(other.isDone()).toBe(false)
  })

  it('refuses an oversized token answer', async () => {
    const { state } = startLogin()
    tokenEndpoint([[200, { ...oauthAppToken, padding: 'x'.repeat(70_000) }]])
    const error = await failure(completeLogin(settingsFor(), { code: CANARY_CODE, state }, flowOptions()))
    expect(error.kind).toBe('upstream_invalid')
  })
})

describe('refresh (refreshToken)', () => {
  it('sends the refresh grant and returns the rotated refresh token', async () => {
    const token = tokenEndpoint([[200, { ...appToken, refresh_token: CANARY_ROTATED_REFRESH_TOKEN }]])
    await expect(refresh(settingsFor(), CANARY_REFRESH_TOKEN, flowOptions())).resolves.toEqual({
      token: CANARY_USER_TOKEN,
      expirationInSeconds: 28800,
      refreshToken: CANARY_ROTATED_REFRESH_TOKEN,
    })
    expect(token.bodies).toEqual([
      {
        client_id: CANARY_CLIENT_ID,
        client_secret: CANARY_CLIENT_SECRET,
        grant_type: 'refresh_token',
        refresh_token: CANARY_REFRESH_TOKEN,
      },
    ])
  })

  it('returns the refresh token it was given when GitHub issues none (form-encoded answer)', async () => {
    tokenEndpoint([
      [
        200,
        `access_token=${CANARY_USER_TOKEN}&expires_in=28800&token_type=bearer`,
        { 'content-type': 'application/x-www-form-urlencoded' },
      ],
    ])
    await expect(refresh(settingsFor(), CANARY_REFRESH_TOKEN, flowOptions())).resolves.toEqual({
      token: CANARY_USER_TOKEN,
      expirationInSeconds: 28800,
      refreshToken: CANARY_REFRESH_TOKEN,
    })
  })

  it('refreshes against the Enterprise Server', async () => {
    const token = tokenEndpoint([[200, appToken]], 'https://ghe.example.com')
    await refresh(settingsFor({ serverUrl: 'https://ghe.example.com' }), CANARY_REFRESH_TOKEN, flowOptions())
    expect(token.scope.isDone()).toBe(true)
  })

  it.each<[string, Reply]>([
    [
      'bad_refresh_token (HTTP 200)',
      [200, { error: 'bad_refresh_token', error_description: 'The refresh token passed is incorrect or expired.' }],
    ],
    ['invalid_grant (HTTP 400)', [400, { error: 'invalid_grant' }]],
    ['HTTP 401', [401, '']],
    ['unsupported_grant_type', [200, { error: 'unsupported_grant_type' }]],
  ])('asks to reconnect on %s, without retrying', async (_label, reply) => {
    const token = tokenEndpoint([reply, [200, appToken]])
    const error = await failure(refresh(settingsFor(), CANARY_REFRESH_TOKEN, flowOptions()))
    expect(error).toMatchObject({ kind: 'reconnect_required', message: expect.stringMatching(/Reconnect the GitHub account\.$/) })
    expect(token.bodies).toHaveLength(1)
    expect(token.scope.pendingMocks()).toHaveLength(1)
    expectNoSecrets(error.message)
  })

  it('reports rejected client credentials as a configuration error', async () => {
    tokenEndpoint([[200, { error: 'incorrect_client_credentials' }]])
    await expect(refresh(settingsFor(), CANARY_REFRESH_TOKEN, flowOptions())).rejects.toMatchObject({ kind: 'misconfigured' })
  })

  it.each([undefined, null, '', '   ', 42])('asks to reconnect without calling GitHub when the refresh token is %p', async (value) => {
    const token = nock(GITHUB).post(TOKEN_PATH).reply(200, appToken)
    await expect(refresh(settingsFor(), value, flowOptions())).rejects.toMatchObject({ kind: 'reconnect_required' })
    expect(token.isDone()).toBe(false)
    expect(unmatchedRequests()).toEqual([])
  })

  it('refuses an overlong refresh token without calling GitHub', async () => {
    await expect(refresh(settingsFor(), 'r'.repeat(600), flowOptions())).rejects.toMatchObject({ kind: 'invalid_input' })
    expect(unmatchedRequests()).toEqual([])
  })

  it('retries 503 with capped exponential backoff, then succeeds', async () => {
    const time = fakeTime()
    const token = tokenEndpoint([
      [503, {}],
      [503, {}],
      [502, {}],
      [200, appToken],
    ])
    await expect(refresh(settingsFor(), CANARY_REFRESH_TOKEN, flowOptions(time.http))).resolves.toMatchObject({ token: CANARY_USER_TOKEN })
    expect(token.bodies).toHaveLength(4)
    expect(time.sleeps).toEqual([500, 1000, 2000])
  })

  it('gives up after its retries with "temporarily unavailable"', async () => {
    const time = fakeTime()
    const token = tokenEndpoint(Array<Reply>(6).fill([503, {}]))
    const error = await failure(refresh(settingsFor(), CANARY_REFRESH_TOKEN, flowOptions(time.http)))
    expect(error).toMatchObject({ kind: 'upstream_unavailable', message: expect.stringContaining('temporarily unavailable') })
    expect(token.bodies).toHaveLength(5)
    expect(time.sleeps).toEqual([500, 1000, 2000, 4000])
  })

  it('honours Retry-After (seconds, then HTTP date) on 429', async () => {
    const time = fakeTime()
    const inThreeSeconds = new Date(Math.ceil((Date.now() + 3000) / 1000) * 1000)
    const token = tokenEndpoint([
      [429, {}, { 'retry-after': '2' }],
      [429, {}, { 'retry-after': inThreeSeconds.toUTCString() }],
      [200, appToken],
    ])
    await refresh(settingsFor(), CANARY_REFRESH_TOKEN, flowOptions(time.http))
    expect(token.bodies).toHaveLength(3)
    expect(time.sleeps[0]).toBe(2000)
    expect(time.sleeps[1]).toBeGreaterThan(0)
    expect(time.sleeps[1]).toBeLessThanOrEqual(4000)
  })

  it('stays within its total budget when Retry-After keeps asking to wait, then says when to retry', async () => {
    const time = fakeTime()
    const token = tokenEndpoint(Array<Reply>(6).fill([429, {}, { 'retry-after': '8' }]))
    const error = await failure(refresh(settingsFor(), CANARY_REFRESH_TOKEN, flowOptions(time.http)))
    expect(error).toMatchObject({ kind: 'rate_limited', message: expect.stringMatching(/Try again after \d{4}-/) })
    expect(time.sleeps).toEqual([8000, 8000])
    expect(token.bodies).toHaveLength(3)
  })

  it('retries a reset connection', async () => {
    const scope = nock(GITHUB)
      .post(TOKEN_PATH)
      .replyWithError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))
      .post(TOKEN_PATH)
      .reply(200, appToken)
    await expect(refresh(settingsFor(), CANARY_REFRESH_TOKEN, flowOptions())).resolves.toMatchObject({ token: CANARY_USER_TOKEN })
    expect(scope.isDone()).toBe(true)
  })

  it('retries a refused connection, then reports it', async () => {
    const time = fakeTime()
    const settings = settingsFor({ serverUrl: `http://127.0.0.1:${await closedPort()}` })
    const error = await failure(refresh(settings, CANARY_REFRESH_TOKEN, flowOptions(time.http)))
    expect(error).toMatchObject({ kind: 'upstream_unavailable', message: expect.stringContaining('refused the connection') })
    expect(time.sleeps).toEqual([500, 1000, 2000, 4000])
  })

  it('retries a timeout against a server that never answers, then reports it', async () => {
    let requests = 0
    const server = createServer(() => {
      requests++
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const settings = settingsFor({ serverUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })
      const error = await failure(refresh(settings, CANARY_REFRESH_TOKEN, flowOptions({ idleTimeoutMs: 80 })))
      expect(error).toMatchObject({ kind: 'upstream_unavailable', message: expect.stringContaining('did not answer in time') })
      expect(requests).toBe(5)
    } finally {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    }
  })
})
