import nock from 'nock'
import {
  describeUrl,
  NO_RETRY,
  rateLimitOf,
  retryAfter,
  send,
  unavailable,
  type HttpOptions,
  type RetryPolicy,
} from '../../src/http/client'
import { capturedLogEntries } from '../helpers/output'
import { closedPort, startServer, type LocalServer } from '../helpers/servers'

const ORIGIN = 'https://example.test'
const USER_AGENT = 'flowrunner-github-service/test'

/** A clock that only moves when the code under test sleeps. */
function fakeTime(start = Date.UTC(2026, 0, 15, 12, 0, 0)) {
  let now = start
  const sleeps: number[] = []
  return {
    sleeps,
    options: {
      now: () => now,
      sleep: async (ms: number) => {
        sleeps.push(ms)
        now += ms
      },
    } satisfies Partial<HttpOptions>,
  }
}

/** nock needs an Error instance here: with a plain object axios never sees the failure and waits for its timeout. */
const connectionReset = (): Error => Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })

const policy = (overrides: Partial<RetryPolicy> = {}): RetryPolicy => ({
  retries: 4,
  baseDelayMs: 100,
  maxDelayMs: 1000,
  budgetMs: 60_000,
  retryNetworkErrors: true,
  ...overrides,
})

/** Replies with the given statuses in turn and counts the requests. */
function sequence(statuses: number[], headers: Record<string, string> = {}) {
  let calls = 0
  nock(ORIGIN)
    .get('/thing')
    .times(statuses.length)
    .reply(() => {
      const status = statuses[calls++] ?? 599
      return [status, status === 200 ? '{"ok":true}' : '{}', headers]
    })
  return { calls: () => calls }
}

/**
 * Runs a test on Node's own sockets: nock's pass-through socket does not reset the idle timer on data, so the
 * timeouts that watch the socket are tested without it (the servers are on loopback).
 */
async function withNodeSockets(test: () => Promise<void>): Promise<void> {
  nock.restore()
  try {
    await test()
  } finally {
    if (!nock.isActive()) nock.activate()
  }
}
describe('send: the request', () => {
  it('sends the User-Agent and a form body, leaving out undefined fields', async () => {
    const scope = nock(ORIGIN, { reqheaders: { 'user-agent': USER_AGENT, 'content-type': 'application/x-www-form-urlencoded' } })
      .post('/form', 'a=1&c=x+y%26z')
      .reply(200, 'done')
    const response = await send(
      { method: 'POST', url: `${ORIGIN}/form`, form: { a: '1', b: undefined, c: 'x y&z' } },
      { userAgent: USER_AGENT },
    )
    expect(response).toMatchObject({ status: 200, body: 'done' })
    expect(scope.isDone()).toBe(true)
  })

  it('sends JSON bodies and query parameters, and returns the raw body with lower-case headers', async () => {
    const scope = nock(ORIGIN, { reqheaders: { 'content-type': 'application/json' } })
      .patch('/json', { title: 'x' })
      .query({ page: '2', flag: 'true' })
      .reply(201, '{"id":1}', { 'X-Thing': 'yes' })
    const response = await send(
      { method: 'PATCH', url: `${ORIGIN}/json`, json: { title: 'x' }, query: { page: 2, flag: true, skip: undefined } },
      { userAgent: USER_AGENT },
    )
    expect(response.status).toBe(201)
    expect(response.body).toBe('{"id":1}')
    expect(response.headers['x-thing']).toBe('yes')
    expect(scope.isDone()).toBe(true)
  })

  it('returns error statuses instead of throwing, and does not retry without a policy', async () => {
    const replies = sequence([503, 200])
    const response = await send({ method: 'GET', url: `${ORIGIN}/thing` }, { userAgent: USER_AGENT })
    expect(response.status).toBe(503)
    expect(replies.calls()).toBe(1)
    expect(NO_RETRY.retries).toBe(0)
  })
})

describe('send: retries', () => {
  it('retries a 503 after the base delay, then returns the success', async () => {
    const time = fakeTime()
    const replies = sequence([503, 200])
    const response = await send({ method: 'GET', url: `${ORIGIN}/thing` }, { userAgent: USER_AGENT, retry: policy(), ...time.options })
    expect(response.status).toBe(200)
    expect(replies.calls()).toBe(2)
    expect(time.sleeps).toEqual([100])
  })

  it('honours Retry-After in seconds on a 429', async () => {
    const time = fakeTime()
    const replies = sequence([429, 200], { 'Retry-After': '3' })
    await send({ method: 'GET', url: `${ORIGIN}/thing` }, { userAgent: USER_AGENT, retry: policy(), ...time.options })
    expect(replies.calls()).toBe(2)
    expect(time.sleeps).toEqual([3000])
  })

  it('honours Retry-After as an HTTP date', async () => {
    const time = fakeTime()
    const at = new Date(time.options.now() + 7000).toUTCString()
    const replies = sequence([503, 200], { 'Retry-After': at })
    await send({ method: 'GET', url: `${ORIGIN}/thing` }, { userAgent: USER_AGENT, retry: policy(), ...time.options })
    expect(replies.calls()).toBe(2)
    expect(time.sleeps).toEqual([7000])
  })

  it('backs off exponentially, capped, and stops when the next wait would pass the total budget', async () => {
    const time = fakeTime()
    const replies = sequence(Array(20).fill(503))
    const response = await send(
      { method: 'GET', url: `${ORIGIN}/thing` },
      { userAgent: USER_AGENT, retry: policy({ retries: 20, baseDelayMs: 100, maxDelayMs: 400, budgetMs: 1500 }), ...time.options },
    )
    expect(time.sleeps).toEqual([100, 200, 400, 400, 400])
    expect(time.sleeps.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1500)
    expect(replies.calls()).toBe(6)
    expect(response.status).toBe(503)
    const error = unavailable(response, 'The test server')
    expect(error).toMatchObject({ kind: 'upstream_unavailable', upstreamStatus: 503 })
    expect(error.message).toMatch(/temporarily unavailable \(HTTP 503\)\. Try again in a few minutes\./)
  })

  it('stops after the allowed number of retries', async () => {
    const time = fakeTime()
    const replies = sequence(Array(10).fill(500))
    const response = await send(
      { method: 'GET', url: `${ORIGIN}/thing` },
      { userAgent: USER_AGENT, retry: policy({ retries: 2 }), ...time.options },
    )
    expect(response.status).toBe(500)
    expect(replies.calls()).toBe(3)
    expect(time.sleeps).toEqual([100, 200])
  })

  it('does not wait out a Retry-After beyond the budget: one request, then a rate-limited error saying when', async () => {
    const time = fakeTime()
    const replies = sequence([429, 200], { 'Retry-After': '120' })
    const response = await send(
      { method: 'GET', url: `${ORIGIN}/thing` },
      { userAgent: USER_AGENT, retry: policy({ budgetMs: 20_000 }), ...time.options },
    )
    expect(replies.calls()).toBe(1)
    expect(time.sleeps).toEqual([])
    const error = unavailable(response, 'The test server', time.options.now())
    expect(error).toMatchObject({ kind: 'rate_limited', retryAt: new Date(time.options.now() + 120_000) })
    expect(error.message).toContain(new Date(time.options.now() + 120_000).toISOString())
  })

  it('retries only what the policy calls retryable', async () => {
    const time = fakeTime()
    const replies = sequence([500, 200])
    const response = await send(
      { method: 'GET', url: `${ORIGIN}/thing` },
      { userAgent: USER_AGENT, retry: policy({ retryable: (r) => r.status === 503 }), ...time.options },
    )
    expect(response.status).toBe(500)
    expect(replies.calls()).toBe(1)
  })

  it('never retries a 4xx other than 429', async () => {
    const time = fakeTime()
    const replies = sequence([401, 200])
    const response = await send({ method: 'GET', url: `${ORIGIN}/thing` }, { userAgent: USER_AGENT, retry: policy(), ...time.options })
    expect(response.status).toBe(401)
    expect(replies.calls()).toBe(1)
  })

  it('logs each retry with the URL but without its query string', async () => {
    const time = fakeTime()
    nock(ORIGIN).get('/thing').query(true).reply(503).get('/thing').query(true).reply(200)
    await send(
      { method: 'GET', url: `${ORIGIN}/thing?code=abc`, query: { state: 'xyz' } },
      { userAgent: USER_AGENT, retry: policy(), ...time.options },
    )
    const retries = capturedLogEntries().filter((entry) => entry['event'] === 'http.retry')
    expect(retries).toEqual([expect.objectContaining({ level: 'warn', url: `${ORIGIN}/thing`, status: 503, attempt: 1, waitMs: 100 })])
  })
})

describe('send: network failures', () => {
  it('retries a reset connection when the policy allows network retries', async () => {
    const time = fakeTime()
    const scope = nock(ORIGIN).get('/thing').replyWithError(connectionReset()).get('/thing').reply(200, 'ok')
    const response = await send({ method: 'GET', url: `${ORIGIN}/thing` }, { userAgent: USER_AGENT, retry: policy(), ...time.options })
    expect(response.body).toBe('ok')
    expect(scope.isDone()).toBe(true)
    expect(time.sleeps).toEqual([100])
  })

  it('does not retry a reset connection when network retries are off', async () => {
    const time = fakeTime()
    const scope = nock(ORIGIN).get('/thing').replyWithError(connectionReset()).get('/thing').reply(200, 'ok')
    const failure = send(
      { method: 'GET', url: `${ORIGIN}/thing` },
      { userAgent: USER_AGENT, retry: policy({ retryNetworkErrors: false }), ...time.options },
    )
    await expect(failure).rejects.toMatchObject({ kind: 'upstream_unavailable', message: expect.stringContaining('was cut') })
    expect(scope.pendingMocks()).toEqual([`GET ${ORIGIN}:443/thing`])
    expect(time.sleeps).toEqual([])
  })

  it('reports a refused connection, retrying it within the policy', async () => {
    const time = fakeTime()
    const port = await closedPort()
    const failure = send(
      { method: 'GET', url: `http://127.0.0.1:${port}/x` },
      { userAgent: USER_AGENT, retry: policy({ retries: 2 }), ...time.options },
    )
    await expect(failure).rejects.toMatchObject({
      kind: 'upstream_unavailable',
      message: expect.stringContaining('refused the connection'),
    })
    expect(time.sleeps).toEqual([100, 200])
  })

  describe('with a loopback server', () => {
    let server: LocalServer | undefined
    afterEach(async () => {
      await server?.close()
      server = undefined
    })

    it('gives up on a server that never answers after the idle timeout', async () => {
      server = await startServer(() => undefined)
      const started = Date.now()
      const failure = send({ method: 'GET', url: `${server.url}/slow` }, { userAgent: USER_AGENT, idleTimeoutMs: 150 })
      await expect(failure).rejects.toMatchObject({
        kind: 'upstream_unavailable',
        message: expect.stringContaining('did not answer in time'),
      })
      expect(Date.now() - started).toBeLessThan(1000)
    })

    it('bounds a body that drips slowly (never idle) by the total timeout', async () => {
      let timer: NodeJS.Timeout | undefined
      server = await startServer((_request, response) => {
        response.writeHead(200, { 'content-type': 'text/plain' })
        timer = setInterval(() => response.write('.'), 40)
        response.on('close', () => clearInterval(timer))
      })
      const url = `${server.url}/drip`
      const started = Date.now()
      await withNodeSockets(async () => {
        const failure = send({ method: 'GET', url }, { userAgent: USER_AGENT, idleTimeoutMs: 200, totalTimeoutMs: 400 })
        await expect(failure).rejects.toMatchObject({
          kind: 'upstream_unavailable',
          message: expect.stringContaining('did not finish answering in time (limit 400 ms)'),
        })
      }).finally(() => clearInterval(timer))
      const elapsed = Date.now() - started
      expect(elapsed).toBeGreaterThanOrEqual(350)
      expect(elapsed).toBeLessThan(1000)
    })

    it('gives up on a server that keeps the connection busy without ever answering (the first answer has the idle timeout too)', async () => {
      let timer: NodeJS.Timeout | undefined
      // Informational answers (103) keep bytes flowing, so the socket is never idle, yet no response ever comes.
      server = await startServer((_request, response) => {
        timer = setInterval(() => response.writeEarlyHints({ link: '</style.css>; rel=preload; as=style' }), 40)
        response.on('close', () => clearInterval(timer))
      })
      const url = `${server.url}/hints`
      const started = Date.now()
      await withNodeSockets(async () => {
        const failure = send({ method: 'GET', url }, { userAgent: USER_AGENT, idleTimeoutMs: 150, totalTimeoutMs: 5000 })
        await expect(failure).rejects.toMatchObject({
          kind: 'upstream_unavailable',
          message: expect.stringContaining('did not answer in time (no response for 150 ms)'),
        })
      }).finally(() => clearInterval(timer))
      expect(Date.now() - started).toBeLessThan(2000)
    })

    it('caps a streamed (chunked) body', async () => {
      server = await startServer((_request, response) => {
        response.writeHead(200, { 'content-type': 'text/plain' })
        for (let i = 0; i < 20; i++) response.write('x'.repeat(100))
        response.end()
      })
      const failure = send({ method: 'GET', url: `${server.url}/big` }, { userAgent: USER_AGENT, maxResponseBytes: 1000 })
      await expect(failure).rejects.toMatchObject({
        kind: 'upstream_invalid',
        message: expect.stringContaining('larger than the service accepts'),
      })
    })
  })
})

describe('send: size cap', () => {
  it('refuses a body over the cap', async () => {
    nock(ORIGIN).get('/big').reply(200, 'x'.repeat(1001))
    await expect(send({ method: 'GET', url: `${ORIGIN}/big` }, { userAgent: USER_AGENT, maxResponseBytes: 1000 })).rejects.toMatchObject({
      kind: 'upstream_invalid',
    })
  })

  it('accepts a body exactly at the cap', async () => {
    nock(ORIGIN).get('/big').reply(200, 'x'.repeat(1000))
    await expect(send({ method: 'GET', url: `${ORIGIN}/big` }, { userAgent: USER_AGENT, maxResponseBytes: 1000 })).resolves.toMatchObject({
      status: 200,
    })
  })

  it('is not retried, even under a retrying policy', async () => {
    const time = fakeTime()
    const scope = nock(ORIGIN).get('/big').reply(200, 'x'.repeat(2000)).get('/big').reply(200, 'ok')
    await expect(
      send({ method: 'GET', url: `${ORIGIN}/big` }, { userAgent: USER_AGENT, maxResponseBytes: 1000, retry: policy(), ...time.options }),
    ).rejects.toMatchObject({ kind: 'upstream_invalid' })
    expect(scope.pendingMocks()).toHaveLength(1)
  })
})

describe('send: redirects', () => {
  it('refuses a redirect to another origin and never calls it', async () => {
    nock(ORIGIN).post('/token').reply(307, '', { Location: 'https://evil.test/collect' })
    const other = nock('https://evil.test').post('/collect').reply(200, 'stolen')
    const failure = send({ method: 'POST', url: `${ORIGIN}/token`, form: { client_secret: 's' } }, { userAgent: USER_AGENT })
    await expect(failure).rejects.toMatchObject({
      kind: 'upstream_invalid',
      message: expect.stringContaining('another origin (https://evil.test)'),
    })
    expect(other.isDone()).toBe(false)
  })

  it('refuses a downgrade to http on the same host (another origin)', async () => {
    nock(ORIGIN).get('/a').reply(302, '', { Location: 'http://example.test/b' })
    await expect(send({ method: 'GET', url: `${ORIGIN}/a` }, { userAgent: USER_AGENT })).rejects.toMatchObject({ kind: 'upstream_invalid' })
  })

  it('follows a same-origin 307 keeping the method and body', async () => {
    const scope = nock(ORIGIN).post('/a', 'x=1').reply(307, '', { Location: '/b' }).post('/b', 'x=1').reply(200, 'moved')
    await expect(send({ method: 'POST', url: `${ORIGIN}/a`, form: { x: '1' } }, { userAgent: USER_AGENT })).resolves.toMatchObject({
      body: 'moved',
    })
    expect(scope.isDone()).toBe(true)
  })

  it('turns a POST into a GET without a body on a same-origin 303', async () => {
    const scope = nock(ORIGIN)
      .post('/a')
      .reply(303, '', { Location: `${ORIGIN}/result` })
      .get('/result')
      .reply(200, function () {
        return { contentType: this.req.headers['content-type'] ?? null }
      })
    const response = await send({ method: 'POST', url: `${ORIGIN}/a`, form: { x: '1' } }, { userAgent: USER_AGENT })
    expect(JSON.parse(response.body)).toEqual({ contentType: null })
    expect(scope.isDone()).toBe(true)
  })

  it('stops after three redirects', async () => {
    const scope = nock(ORIGIN)
    for (let hop = 1; hop <= 5; hop++) scope.get(`/r${hop}`).reply(302, '', { Location: `/r${hop + 1}` })
    await expect(send({ method: 'GET', url: `${ORIGIN}/r1` }, { userAgent: USER_AGENT })).rejects.toMatchObject({
      kind: 'upstream_invalid',
      message: expect.stringContaining('redirected too many times'),
    })
    expect(scope.pendingMocks()).toEqual([`GET ${ORIGIN}:443/r5`])
  })
})

describe('helpers', () => {
  it('describeUrl keeps origin and path only', () => {
    expect(describeUrl('https://user:pw@example.test/a/b?code=123&state=x#frag')).toBe('https://example.test/a/b')
    expect(describeUrl('not a url code=abc')).toBe('not a url code=[REDACTED]')
  })

  it('retryAfter reads seconds and HTTP dates, and ignores garbage', () => {
    const now = Date.UTC(2026, 0, 1)
    expect(retryAfter({ 'retry-after': '5' }, now)).toBe(5000)
    expect(retryAfter({ 'retry-after': new Date(now + 9000).toUTCString() }, now)).toBe(9000)
    expect(retryAfter({ 'retry-after': new Date(now - 9000).toUTCString() }, now)).toBe(0)
    expect(retryAfter({ 'retry-after': 'soon' }, now)).toBeUndefined()
    expect(retryAfter({}, now)).toBeUndefined()
  })

  it('unavailable() says when to retry a 503 that named a time', () => {
    const now = Date.UTC(2026, 0, 1)
    const error = unavailable({ status: 503, headers: { 'retry-after': '60' }, body: '' }, 'GitHub', now)
    expect(error.message).toBe(`GitHub is temporarily unavailable (HTTP 503). Try again after ${new Date(now + 60_000).toISOString()}.`)
  })
})

describe('rateLimitOf: the one rate-limit rule (the OAuth endpoints and the REST API both use it)', () => {
  const answer = (status: number, headers: Record<string, string> = {}, body = '{}') => ({ status, headers, body })

  test.each([
    ['403 with no requests left', answer(403, { 'x-ratelimit-remaining': '0' }), 'primary'],
    ['429 with no requests left', answer(429, { 'x-ratelimit-remaining': '0' }), 'primary'],
    ['429 alone', answer(429), 'secondary'],
    ['403 with Retry-After', answer(403, { 'retry-after': '30' }), 'secondary'],
    ['403 that says so', answer(403, {}, '{"message":"You have exceeded a secondary rate limit."}'), 'secondary'],
    [
      '403 for missing access',
      answer(403, { 'x-ratelimit-remaining': '4999' }, '{"message":"Resource not accessible by integration"}'),
      undefined,
    ],
    ['500 with no requests left', answer(500, { 'x-ratelimit-remaining': '0' }), undefined],
  ])('%s', (_case, response, kind) => {
    expect(rateLimitOf(response)).toBe(kind)
  })
})
