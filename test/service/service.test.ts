import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import nock from 'nock'
import { capturedLogEntries, capturedOutput } from '../helpers/output'
import { unmatchedRequests } from '../helpers/network'
import {
  CANARIES,
  CANARY_ACCESS_TOKEN,
  CANARY_CLIENT_ID,
  CANARY_CLIENT_SECRET,
  CANARY_CODE,
  CANARY_HEX_CLIENT_SECRET,
  CANARY_REFRESH_TOKEN,
  CANARY_ROTATED_REFRESH_TOKEN,
  CANARY_USER_TOKEN,
  expectNoSecrets,
} from '../helpers/secrets'
import { loadService, type LoadedService, type PlatformErrorShape as PlatformError } from '../helpers/coderunner'

const PACKAGE_VERSION = (JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version
const USER_AGENT = `flowrunner-github-service/${PACKAGE_VERSION}`
const CONFIG = { clientId: CANARY_CLIENT_ID, clientSecret: CANARY_CLIENT_SECRET }
const GITHUB = 'https://github.com'
const API = 'https://api.github.com'
const TOKEN_PATH = '/login/oauth/access_token'
const USER = {
  login: 'octocat',
  id: 583231,
  name: 'The Octocat',
  avatar_url: 'https://avatars.githubusercontent.com/u/583231?v=4',
  html_url: 'https://github.com/octocat',
}

/** The stable codes the README documents; changing one breaks every flow that handles it. */
const CATALOGUE: Record<string, [code: number, status: number]> = {
  invalid_input: [40001, 400],
  misconfigured: [40002, 400],
  login_failed: [40003, 400],
  login_restart: [40004, 400],
  not_connected: [40101, 401],
  reconnect_required: [40102, 401],
  forbidden: [40301, 403],
  not_found: [40401, 404],
  conflict: [40901, 409],
  validation_failed: [42201, 422],
  rate_limited: [42901, 429],
  upstream_invalid: [50201, 502],
  upstream_unavailable: [50301, 503],
  internal: [50001, 500],
}

let service: LoadedService

beforeAll(() => {
  service = loadService()
})

async function platformFailure(promise: Promise<unknown>): Promise<PlatformError> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(service.ServerCodeError)
    const platformError = error as PlatformError
    for (const canary of CANARIES) expect(platformError.message).not.toContain(canary)
    expectNoSecrets(platformError.message)
    return platformError
  }
  throw new Error('expected a platform error')
}

function expectKind(error: PlatformError, kind: keyof typeof CATALOGUE): void {
  const [code, status] = CATALOGUE[kind] ?? [0, 0]
  expect({ code: error.code, httpStatusCode: error.httpStatusCode }).toEqual({ code, httpStatusCode: status })
}

async function connectionState(config: Record<string, unknown> = CONFIG): Promise<{ url: URL; state: string }> {
  const url = new URL(String(await service.call('getOAuth2ConnectionURL', [], config)))
  return { url, state: url.searchParams.get('state') ?? '' }
}

describe('registration (as CodeRunner loads dist/GitHub.js)', () => {
  it('registers the GitHub class once, at module load, with the version of package.json', () => {
    expect(service.registrations).toBe(1)
    expect(service.Service.name).toBe('GitHub')
    expect(service.Service.version).toBe(PACKAGE_VERSION)
  })

  it('declares the four config items in order, shared, with defaults and hints', () => {
    expect(
      service.configItems.map(({ name, type, required, defaultValue, shared, order }) => ({
        name,
        type,
        required,
        defaultValue,
        shared,
        order,
      })),
    ).toEqual([
      { name: 'clientId', type: 'string', required: true, defaultValue: undefined, shared: true, order: 0 },
      { name: 'clientSecret', type: 'string', required: true, defaultValue: undefined, shared: true, order: 1 },
      { name: 'serverUrl', type: 'string', required: false, defaultValue: 'https://github.com', shared: true, order: 2 },
      { name: 'scopes', type: 'string', required: false, defaultValue: 'repo workflow read:org gist', shared: true, order: 3 },
    ])
    for (const item of service.configItems) {
      expect(item.displayName).toMatch(/\S/)
      expect(item.hint?.length).toBeGreaterThan(20)
    }
    expect(service.configItems[0]?.hint).toContain('Developer settings')
    expect(service.configItems[1]?.hint).toContain('Generate a new client secret')
  })

  it('exposes the three system operations on the class', () => {
    for (const operation of ['getOAuth2ConnectionURL', 'executeCallback', 'refreshToken']) {
      expect(typeof (service.Service.prototype as Record<string, unknown>)[operation]).toBe('function')
    }
  })
})

describe('getOAuth2ConnectionURL', () => {
  it('returns the authorization URL for the configured app, with the default server and scopes', async () => {
    const { url } = await connectionState()
    expect(`${url.origin}${url.pathname}`).toBe(`${GITHUB}/login/oauth/authorize`)
    expect(url.searchParams.get('client_id')).toBe(CANARY_CLIENT_ID)
    expect(url.searchParams.get('scope')).toBe('repo workflow read:org gist')
    expect(url.searchParams.has('redirect_uri')).toBe(false)
    expect(url.toString()).not.toContain(CANARY_CLIENT_SECRET)
  })

  it.each<[string, Record<string, unknown>, RegExp]>([
    ['no clientId', { clientSecret: CANARY_CLIENT_SECRET }, /"clientId" is not set\. Copy the Client ID/],
    ['no clientSecret', { clientId: CANARY_CLIENT_ID }, /"clientSecret" is not set\. Generate a client secret/],
    ['an http serverUrl', { ...CONFIG, serverUrl: 'http://ghe.example.com' }, /"serverUrl" must use https/],
    ['the API address as serverUrl', { ...CONFIG, serverUrl: 'https://api.github.com' }, /"serverUrl" is the API address/],
  ])('reports %s as a configuration error (40002, HTTP 400)', async (_label, config, message) => {
    const error = await platformFailure(service.call('getOAuth2ConnectionURL', [], config))
    expectKind(error, 'misconfigured')
    expect(error.message).toMatch(message)
  })
})

describe('executeCallback', () => {
  it('completes a login through the compiled class', async () => {
    const { url, state } = await connectionState()
    const token = nock(GITHUB, { reqheaders: { 'user-agent': USER_AGENT, accept: 'application/json' } })
      .post(
        TOKEN_PATH,
        (body: Record<string, string>) => body['code'] === CANARY_CODE && body['redirect_uri'] === 'https://platform.test/cb',
      )
      .reply(200, { access_token: CANARY_ACCESS_TOKEN, token_type: 'bearer', scope: 'repo,gist' })
    const user = nock(API, { reqheaders: { authorization: `Bearer ${CANARY_ACCESS_TOKEN}`, 'user-agent': USER_AGENT } })
      .get('/user')
      .reply(200, USER)
    const result = await service.call('executeCallback', [{ code: CANARY_CODE, state, redirectURI: 'https://platform.test/cb' }], CONFIG)
    expect(result).toEqual({
      token: CANARY_ACCESS_TOKEN,
      expirationInSeconds: 0,
      connectionIdentityName: 'octocat',
      connectionIdentityImageURL: USER.avatar_url,
      overwrite: true,
      userData: {
        login: 'octocat',
        id: 583231,
        name: 'The Octocat',
        profileUrl: 'https://github.com/octocat',
        server: GITHUB,
        scopes: ['repo', 'gist'],
        tokenExpires: false,
        refreshTokenExpiresAt: null,
      },
    })
    expect(token.isDone() && user.isDone()).toBe(true)
    expect(url.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/)
  })

  it('refuses a declined authorization with 40003 and calls nothing', async () => {
    const token = nock(GITHUB).post(TOKEN_PATH).reply(200, {})
    const error = await platformFailure(
      service.call(
        'executeCallback',
        [{ error: 'access_denied', error_description: 'The user has denied your application access.' }],
        CONFIG,
      ),
    )
    expectKind(error, 'login_failed')
    expect(error.message).toContain('declined')
    expect(token.isDone()).toBe(false)
    expect(unmatchedRequests()).toEqual([])
  })

  it('asks to start again (40004) for a tampered state, and calls nothing', async () => {
    const { state } = await connectionState()
    const tampered = `${state.slice(0, -3)}${state.slice(-3) === 'AAA' ? 'BBB' : 'AAA'}`
    const error = await platformFailure(service.call('executeCallback', [{ code: CANARY_CODE, state: tampered }], CONFIG))
    expectKind(error, 'login_restart')
    expect(unmatchedRequests()).toEqual([])
  })

  it('reports rejected client credentials as a configuration error (40002)', async () => {
    const { state } = await connectionState()
    nock(GITHUB)
      .post(TOKEN_PATH)
      .reply(200, { error: 'incorrect_client_credentials', error_description: 'The client_id and/or client_secret passed are incorrect.' })
    expectKind(await platformFailure(service.call('executeCallback', [{ code: CANARY_CODE, state }], CONFIG)), 'misconfigured')
  })

  it('reports an unusable token answer as 50201 and a GitHub failure as 50301', async () => {
    let { state } = await connectionState()
    nock(GITHUB).post(TOKEN_PATH).reply(200, '<html>sign in</html>', { 'content-type': 'text/html' })
    expectKind(await platformFailure(service.call('executeCallback', [{ code: CANARY_CODE, state }], CONFIG)), 'upstream_invalid')
    ;({ state } = await connectionState())
    nock(GITHUB).post(TOKEN_PATH).reply(500, 'oops')
    expectKind(await platformFailure(service.call('executeCallback', [{ code: CANARY_CODE, state }], CONFIG)), 'upstream_unavailable')
  })

  it('turns an unexpected crash into 50001 without repeating what crashed', async () => {
    const hostile = {
      get code(): string {
        throw new TypeError(`internal detail at /srv/app/node_modules/x.js with ${CANARY_CLIENT_SECRET}`)
      },
      state: 'x',
    }
    const error = await platformFailure(service.call('executeCallback', [hostile], CONFIG))
    expectKind(error, 'internal')
    expect(error.message).toBe(
      'The GitHub service failed unexpectedly in executeCallback. Try again; if it persists, report it with the time of the failure.',
    )
    expect(capturedLogEntries()).toContainEqual(
      expect.objectContaining({ level: 'error', event: 'operation.crashed', operation: 'executeCallback' }),
    )
  })
})

describe('secrets a GitHub answer echoes back (issue 8)', () => {
  const config = { clientId: CANARY_CLIENT_ID, clientSecret: CANARY_HEX_CLIENT_SECRET }

  it('executeCallback: what the token request sent, echoed in error_description, is in neither the error nor the operation.failed line', async () => {
    const { state } = await connectionState(config)
    const sent: string[] = []
    nock(GITHUB)
      .post(TOKEN_PATH)
      .reply((_uri, body) => {
        const form = new URLSearchParams(String(body))
        for (const field of ['client_secret', 'code', 'code_verifier']) sent.push(form.get(field) ?? '')
        return [200, { error: 'invalid_request', error_description: `Refused ${sent.join(', ')} (${encodeURIComponent(sent.join(' '))})` }]
      })
    const error = await platformFailure(service.call('executeCallback', [{ code: CANARY_CODE, state }], config))
    expectKind(error, 'upstream_invalid')
    expect(sent).toEqual([CANARY_HEX_CLIENT_SECRET, CANARY_CODE, expect.stringMatching(/^[A-Za-z0-9_-]{43}$/)])
    expect(capturedLogEntries()).toContainEqual(expect.objectContaining({ event: 'operation.failed', message: error.message }))
    const output = capturedOutput().join('\n')
    for (const secret of sent) {
      expect(error.message).not.toContain(secret)
      expect(output).not.toContain(secret)
    }
  })
})

describe('refreshToken', () => {
  it('returns the new token and the rotated refresh token', async () => {
    nock(GITHUB, { reqheaders: { 'user-agent': USER_AGENT } })
      .post(TOKEN_PATH, {
        client_id: CANARY_CLIENT_ID,
        client_secret: CANARY_CLIENT_SECRET,
        grant_type: 'refresh_token',
        refresh_token: CANARY_REFRESH_TOKEN,
      })
      .reply(200, { access_token: CANARY_USER_TOKEN, token_type: 'bearer', expires_in: 28800, refresh_token: CANARY_ROTATED_REFRESH_TOKEN })
    await expect(service.call('refreshToken', [CANARY_REFRESH_TOKEN], CONFIG)).resolves.toEqual({
      token: CANARY_USER_TOKEN,
      expirationInSeconds: 28800,
      refreshToken: CANARY_ROTATED_REFRESH_TOKEN,
    })
  })

  it('asks to reconnect (40102, HTTP 401) for a refused refresh token, after one request', async () => {
    const scope = nock(GITHUB).post(TOKEN_PATH).reply(200, { error: 'bad_refresh_token' }).post(TOKEN_PATH).reply(200, {})
    expectKind(await platformFailure(service.call('refreshToken', [CANARY_REFRESH_TOKEN], CONFIG)), 'reconnect_required')
    expect(scope.pendingMocks()).toHaveLength(1)
  })

  it('reports a rate limit that outlasts the retry budget as 42901 at once', async () => {
    const scope = nock(GITHUB).post(TOKEN_PATH).reply(429, '', { 'retry-after': '3600' }).post(TOKEN_PATH).reply(200, {})
    const error = await platformFailure(service.call('refreshToken', [CANARY_REFRESH_TOKEN], CONFIG))
    expectKind(error, 'rate_limited')
    expect(error.message).toMatch(/Try again after \d{4}-\d\d-\d\dT/)
    expect(scope.pendingMocks()).toHaveLength(1)
  })
})

describe('actions through the class', () => {
  it('says "not connected" (40101) when the platform sends no token', async () => {
    expectKind(await platformFailure(service.call('getAuthenticatedUser', [], CONFIG, {})), 'not_connected')
  })

  it('uses the oauth-access-token header and maps GitHub errors to their codes', async () => {
    nock(API, { reqheaders: { authorization: `Bearer ${CANARY_ACCESS_TOKEN}` } })
      .get('/user')
      .reply(401, { message: 'Bad credentials' })
    expectKind(
      await platformFailure(service.call('getAuthenticatedUser', [], CONFIG, { 'oauth-access-token': CANARY_ACCESS_TOKEN })),
      'reconnect_required',
    )
  })

  it('uses the Enterprise Server API for actions when serverUrl says so', async () => {
    const scope = nock('https://ghe.example.com').get('/api/v3/user').reply(200, USER)
    await expect(
      service.call(
        'getAuthenticatedUser',
        [],
        { ...CONFIG, serverUrl: 'https://ghe.example.com' },
        { 'oauth-access-token': CANARY_ACCESS_TOKEN },
      ),
    ).resolves.toMatchObject({ login: 'octocat' })
    expect(scope.isDone()).toBe(true)
  })

  it('runs an action without client credentials: only the login and refresh need them', async () => {
    nock(API).get('/user').reply(200, USER)
    await expect(service.call('getAuthenticatedUser', [], {}, { 'oauth-access-token': CANARY_ACCESS_TOKEN })).resolves.toMatchObject({
      login: 'octocat',
    })
    // The login still says what is missing.
    expectKind(await platformFailure(service.call('getOAuth2ConnectionURL', [], {})), 'misconfigured')
  })
})

describe('error catalogue of the build', () => {
  it('matches the documented codes and statuses', () => {
    const { ERROR_CATALOGUE } = jest.requireActual<{ ERROR_CATALOGUE: Record<string, { code: number; status: number }> }>(
      join(__dirname, '..', '..', 'dist', 'errors.js'),
    )
    expect(Object.fromEntries(Object.entries(ERROR_CATALOGUE).map(([kind, entry]) => [kind, [entry.code, entry.status]]))).toEqual(
      CATALOGUE,
    )
  })
})
