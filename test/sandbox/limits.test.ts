import { RateLimited } from '../../src/errors'
import { callApi, type GitHubContext } from '../../src/github/api'
import { readSettings } from '../../src/github/settings'
import { startSandboxProcess, type SandboxProcess } from '../../sandbox/process'
import { CALLBACK, accessToken, restClient } from './helpers'

/**
 * Conditional requests and rate limits like GitHub's (issue 10 item 5): ETag / Last-Modified on reads, 304s that do
 * not count, X-RateLimit-* going down per request, and the primary and secondary limits set through the control
 * server — with the service's own HTTP path (callApi) reading those answers.
 */

let sandbox: SandboxProcess
let token = ''
let api: ReturnType<typeof restClient>
const REPO = '/repos/sandbox-octocat/hello-sandbox'

beforeAll(async () => {
  sandbox = await startSandboxProcess({ redirectUris: [CALLBACK], accessTokenTtlSeconds: 600, checkResponses: true })
  token = await accessToken(sandbox)
  api = restClient(sandbox, () => token)
}, 60_000)

afterAll(async () => {
  await sandbox?.close()
})

afterEach(async () => {
  await sandbox.resetRateLimits()
})

const remaining = (answer: { headers: Headers }): number => Number(answer.headers.get('x-ratelimit-remaining'))

describe('rate-limit headers', () => {
  test('X-RateLimit-Remaining goes down by one per request and Used up; search has its own window', async () => {
    const first = await api('GET', REPO)
    const second = await api('GET', '/user')
    expect(first.headers.get('x-ratelimit-limit')).toBe('5000')
    expect(first.headers.get('x-ratelimit-resource')).toBe('core')
    expect(remaining(second)).toBe(remaining(first) - 1)
    expect(Number(second.headers.get('x-ratelimit-used'))).toBe(Number(first.headers.get('x-ratelimit-used')) + 1)
    const search = await api('GET', '/search/repositories?q=sandbox')
    expect(search.headers.get('x-ratelimit-resource')).toBe('search')
    expect(search.headers.get('x-ratelimit-limit')).toBe('30')
    expect(remaining(search)).toBe(29)
    expect(Number(search.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000)
  })

  test('GET /rate_limit reports the windows and does not count', async () => {
    await api('GET', '/user')
    const before = await api<{ resources: { core: { remaining: number; used: number } }; rate: { remaining: number } }>(
      'GET',
      '/rate_limit',
    )
    const after = await api<{ rate: { remaining: number } }>('GET', '/rate_limit')
    expect(before.status).toBe(200)
    expect(before.json.resources.core.used).toBe(1)
    expect(after.json.rate.remaining).toBe(before.json.rate.remaining)
  })
})

describe('conditional requests', () => {
  test('a read carries ETag and Last-Modified; If-None-Match answers 304 without a body and without counting', async () => {
    const first = await api('GET', REPO)
    const etag = first.headers.get('etag') ?? ''
    expect(etag).toMatch(/^W\/"[0-9a-f]{40}"$/)
    expect(first.headers.get('last-modified')).toBe(new Date(String(first.json['pushed_at'])).toUTCString())
    const cached = await fetch(`${sandbox.serverUrl}/api/v3${REPO}`, {
      headers: { authorization: `Bearer ${token}`, 'if-none-match': etag },
    })
    expect(cached.status).toBe(304)
    expect(await cached.text()).toBe('')
    expect(cached.headers.get('etag')).toBe(etag)
    expect(remaining(cached)).toBe(remaining(first))
    // A different ETag is a full answer, and counts.
    const other = await api('GET', REPO, undefined, { 'if-none-match': 'W/"0000"' })
    expect(other.status).toBe(200)
    expect(remaining(other)).toBe(remaining(first) - 1)
  })

  test('If-Modified-Since answers 304 until the resource changes', async () => {
    const created = await api<{ number: number }>('POST', `${REPO}/issues`, { title: 'conditional' })
    const path = `${REPO}/issues/${created.json.number}`
    const read = await api('GET', path)
    const lastModified = read.headers.get('last-modified') ?? ''
    expect(lastModified).not.toBe('')
    expect((await api('GET', path, undefined, { 'if-modified-since': lastModified })).status).toBe(304)
    await new Promise((resolve) => setTimeout(resolve, 1100))
    await api('PATCH', path, { body: 'changed' })
    const changed = await api('GET', path, undefined, {
      'if-modified-since': lastModified,
      'if-none-match': read.headers.get('etag') ?? '',
    })
    expect(changed.status).toBe(200)
    expect(changed.headers.get('etag')).not.toBe(read.headers.get('etag'))
  })
})

describe("the service's rate-limit path against the sandbox", () => {
  let github: GitHubContext
  beforeAll(() => {
    const settings = readSettings({ clientId: sandbox.clientId, clientSecret: sandbox.clientSecret, serverUrl: sandbox.serverUrl })
    github = { server: settings.server, token, userAgent: 'sandbox-limits-test', http: { sleep: async () => undefined } }
  })

  test('an exhausted primary limit is RateLimited with the reset time; requests are refused until then', async () => {
    await sandbox.exhaustRateLimit({ resource: 'core', resetInSeconds: 600 })
    const raw = await api('GET', '/user')
    expect(raw.status).toBe(403)
    expect(raw.headers.get('x-ratelimit-remaining')).toBe('0')
    expect(raw.json['message']).toMatch(/^API rate limit exceeded/)
    const error = await callApi(github, { operation: 'users/get-authenticated', method: 'GET', path: '/user', subject: 'the user' }).catch(
      (caught: unknown) => caught,
    )
    expect(error).toBeInstanceOf(RateLimited)
    expect((error as RateLimited).message).toMatch(/"core" is used up/)
    const reset = (error as RateLimited).retryAt?.getTime() ?? 0
    expect(Math.abs(reset - (Date.now() + 600_000))).toBeLessThan(5000)
    // Search is another window: still open.
    expect((await api('GET', '/search/repositories?q=sandbox')).status).toBe(200)
  })

  test('a secondary limit on one request is waited out by a read; a lasting one is RateLimited', async () => {
    await sandbox.secondaryRateLimit({ requests: 1, retryAfterSeconds: 1 })
    const read = await callApi(github, { operation: 'users/get-authenticated', method: 'GET', path: '/user', subject: 'the user' })
    expect(read.data.login).toBe('sandbox-octocat')

    await sandbox.secondaryRateLimit({ requests: 20, retryAfterSeconds: 30 })
    const raw = await api('GET', '/user')
    expect(raw.status).toBe(403)
    expect(raw.headers.get('retry-after')).toBe('30')
    const error = await callApi(github, { operation: 'users/get-authenticated', method: 'GET', path: '/user', subject: 'the user' }).catch(
      (caught: unknown) => caught,
    )
    expect(error).toBeInstanceOf(RateLimited)
    expect((error as RateLimited).message).toMatch(/secondary rate limit/)
  })

  test('answers conform to the description', async () => {
    expect(await sandbox.responseViolations()).toEqual([])
  })
})
