import nock from 'nock'
import { API_VERSION, apiPath, callApi, READ_RETRY, requireToken, WRITE_RETRY, type ApiCall } from '../../src/github/api'
import { resolveServer } from '../../src/github/settings'
import { API, API_HEADERS, githubContext, TOKEN } from '../helpers/github'
import { unmatchedRequests } from '../helpers/network'
import { CANARY_ACCESS_TOKEN, expectNoSecrets } from '../helpers/secrets'

const repoCall: ApiCall = {
  operation: 'repos/get',
  method: 'GET',
  path: '/repos/octo/hello',
  subject: 'repository octo/hello',
  needs: 'the "repo" scope',
}

async function failure(promise: Promise<unknown>): Promise<Error & Record<string, unknown>> {
  try {
    await promise
  } catch (error) {
    return error as Error & Record<string, unknown>
  }
  throw new Error('expected a failure')
}

describe('apiPath', () => {
  it('percent-encodes every interpolated segment', () => {
    expect(apiPath`/repos/${'octo'}/${'he llo/x?#'}/issues/${42}`).toBe('/repos/octo/he%20llo%2Fx%3F%23/issues/42')
    expect(apiPath`/users/${'Ünïcode'}`).toBe('/users/%C3%9Cn%C3%AFcode')
  })

  it('refuses "." and ".." segments, which URL parsing would resolve to another endpoint', () => {
    expect(() => apiPath`/repos/o/r/labels/${'..'}`).toThrow(expect.objectContaining({ kind: 'invalid_input' }))
    expect(() => apiPath`/repos/o/${'.'}/x`).toThrow(expect.objectContaining({ kind: 'invalid_input' }))
    expect(apiPath`/repos/o/r/labels/${'...'}`).toBe('/repos/o/r/labels/...')
  })

  // Encoding makes these safe for a correct server; refusing them keeps them safe behind one that decodes twice.
  it.each(['%2e', '%2E%2e', '.%2e', '%2e.', '%252e%252e', '../x', 'a/../b', 'a\\..\\b', '.\t.', '..%2fx', '%2e%2e%5cx'])(
    'refuses a segment that hides a dot segment (%p)',
    (value) => {
      expect(() => apiPath`/repos/o/r/labels/${value}`).toThrow(expect.objectContaining({ kind: 'invalid_input' }))
    },
  )
})

describe('requireToken', () => {
  it('reads the platform header, trimmed', () => {
    expect(requireToken({ 'oauth-access-token': ` ${CANARY_ACCESS_TOKEN} ` })).toBe(CANARY_ACCESS_TOKEN)
  })

  it.each([undefined, {}, { 'oauth-access-token': '' }, { 'oauth-access-token': '   ' }, { 'oauth-access-token': 42 }])(
    'says "not connected" for %p',
    (headers) => {
      expect(() => requireToken(headers)).toThrow(expect.objectContaining({ kind: 'not_connected' }))
    },
  )

  it.each(['gho_abc def', 'gho_abc\r\nX-Injected: 1', 'gho_\u00e9'])(
    'refuses a token that would break the Authorization header (%p)',
    (token) => {
      let error: Error | undefined
      try {
        requireToken({ 'oauth-access-token': token })
      } catch (caught) {
        error = caught as Error
      }
      expect(error).toMatchObject({ kind: 'reconnect_required' })
      expect(error?.message).not.toContain(token)
    },
  )
})

describe('callApi', () => {
  it('keeps on a refusal what was asked of GitHub and what it needs, as fields (not only in the message)', async () => {
    nock(API).get('/repos/octo/hello').reply(403, { message: 'Resource not accessible' })
    await expect(callApi(githubContext(), repoCall)).rejects.toMatchObject({
      kind: 'forbidden',
      upstream: { status: 403, operation: 'repos/get', message: 'Resource not accessible', needs: 'the "repo" scope' },
    })
  })

  it.each([
    ['GET', '/repos/octo/hello/issues', 'repos/get'],
    ['POST', '/repos/octo/hello', 'repos/get'],
    ['DELETE', '/repos/octo/hello/git/refs', 'git/delete-ref'],
  ] as const)('refuses %s %s as %s (the operation names another request) and sends nothing', async (method, path, operation) => {
    const trap = nock(API).intercept(/.*/, method).reply(200, {})
    await expect(callApi(githubContext(), { operation, method, path, subject: 'a call' })).rejects.toThrow(/is not GitHub's/)
    expect(trap.isDone()).toBe(false)
    nock.cleanAll()
  })

  it.each([
    '/repos/o/r/git/refs/heads/feature/./x',
    '/repos/o/r/git/refs/heads/feature/%2e/x',
    '/repos/o/r/git/refs/heads/feature/%2E%2e/x',
    '/repos/o/r/contents/a/..\\b',
    '/repos/o/r/contents/a/.\t./b',
    '/repos/o/r/contents/a?ref=x',
    '/repos/o/r/contents/a#x',
    '//evil.test/x',
  ])('refuses to send %p, which the URL parser would turn into another request, and sends nothing', async (path) => {
    const trap = nock(API).intercept(/.*/, 'DELETE').reply(204)
    await expect(
      callApi(githubContext(), { operation: 'git/delete-ref', method: 'DELETE', path, subject: 'the branch' }),
    ).rejects.toMatchObject({
      kind: 'invalid_input',
    })
    expect(trap.isDone()).toBe(false)
    expect(unmatchedRequests()).toEqual([])
  })

  it('sends the API headers, the query and returns status, headers and parsed data', async () => {
    const scope = nock(API, { reqheaders: API_HEADERS })
      .get('/repos/octo/hello')
      .query({ a: '1', b: 'true' })
      .reply(200, { id: 1 }, { 'X-RateLimit-Remaining': '4999' })
    const result = await callApi(githubContext(), { ...repoCall, query: { a: 1, b: true, c: undefined } })
    expect(result).toEqual({ status: 200, headers: expect.objectContaining({ 'x-ratelimit-remaining': '4999' }), data: { id: 1 } })
    expect(scope.isDone()).toBe(true)
    expect(API_HEADERS['x-github-api-version']).toBe(API_VERSION)
  })

  it('sends a JSON body and a custom Accept header', async () => {
    const scope = nock(API, { reqheaders: { 'content-type': 'application/json', accept: 'application/vnd.github.raw+json' } })
      .post('/repos/octo/hello/issues', { title: 'Bug' })
      .reply(201, { number: 7 })
    const result = await callApi(githubContext(), {
      operation: 'issues/create',
      method: 'POST',
      path: '/repos/octo/hello/issues',
      body: { title: 'Bug' },
      accept: 'application/vnd.github.raw+json',
      subject: 'a new issue',
    })
    expect(result.data).toEqual({ number: 7 })
    expect(scope.isDone()).toBe(true)
  })

  it('calls the Enterprise Server API base', async () => {
    const scope = nock('https://ghe.example.com').get('/api/v3/repos/octo/hello').reply(200, {})
    await callApi(githubContext({ server: resolveServer('https://ghe.example.com') }), repoCall)
    expect(scope.isDone()).toBe(true)
  })

  it('returns undefined data for 204 and an empty body', async () => {
    nock(API).delete('/repos/octo/hello/issues/1/lock').reply(204)
    const result = await callApi(githubContext(), {
      operation: 'issues/unlock',
      method: 'DELETE',
      path: '/repos/octo/hello/issues/1/lock',
      subject: 'the lock',
    })
    expect(result).toMatchObject({ status: 204, data: undefined })
  })

  it('refuses a success body that is not JSON', async () => {
    nock(API).get('/repos/octo/hello').reply(200, '<html>proxy login</html>')
    await expect(callApi(githubContext(), repoCall)).rejects.toMatchObject({
      kind: 'upstream_invalid',
      message: expect.stringContaining('repository octo/hello'),
    })
  })

  it('retries reads on 5xx and network errors', async () => {
    expect(READ_RETRY.retryNetworkErrors).toBe(true)
    const scope = nock(API)
      .get('/repos/octo/hello')
      .reply(502)
      .get('/repos/octo/hello')
      .replyWithError(Object.assign(new Error('reset'), { code: 'ECONNRESET' }))
      .get('/repos/octo/hello')
      .reply(200, { id: 1 })
    await expect(callApi(githubContext(), repoCall)).resolves.toMatchObject({ data: { id: 1 } })
    expect(scope.isDone()).toBe(true)
  })

  it('does not retry writes on 5xx (GitHub may have done them)', async () => {
    expect(WRITE_RETRY.retryNetworkErrors).toBe(false)
    const scope = nock(API).post('/repos/octo/hello/issues').reply(502).post('/repos/octo/hello/issues').reply(201, {})
    const error = await failure(
      callApi(githubContext(), {
        operation: 'issues/create',
        method: 'POST',
        path: '/repos/octo/hello/issues',
        body: {},
        subject: 'a new issue',
      }),
    )
    expect(error).toMatchObject({ kind: 'upstream_unavailable', upstreamStatus: 502 })
    expect(scope.pendingMocks()).toHaveLength(1)
  })

  it('retries a write stopped by the secondary rate limit, after Retry-After', async () => {
    const sleeps: number[] = []
    const scope = nock(API)
      .post('/repos/octo/hello/issues')
      .reply(403, { message: 'You have exceeded a secondary rate limit.' }, { 'retry-after': '2' })
      .post('/repos/octo/hello/issues')
      .reply(201, { number: 1 })
    const context = githubContext({ http: { sleep: async (ms) => void sleeps.push(ms) } })
    await callApi(context, {
      operation: 'issues/create',
      method: 'POST',
      path: '/repos/octo/hello/issues',
      body: {},
      subject: 'a new issue',
    })
    expect(scope.isDone()).toBe(true)
    expect(sleeps).toEqual([2000])
  })

  it('does not retry the primary rate limit, and says when it resets', async () => {
    const scope = nock(API)
      .get('/repos/octo/hello')
      .reply(
        403,
        { message: 'API rate limit exceeded' },
        { 'x-ratelimit-remaining': '0', 'x-ratelimit-limit': '5000', 'x-ratelimit-reset': '1900000000', 'x-ratelimit-resource': 'core' },
      )
      .get('/repos/octo/hello')
      .reply(200, {})
    const error = await failure(callApi(githubContext(), repoCall))
    expect(error).toMatchObject({ kind: 'rate_limited', retryAt: new Date(1_900_000_000_000) })
    expect(error.message).toContain('"core" is used up (5000 requests per hour). It resets at 2030-03-17T17:46:40.000Z')
    expect(scope.pendingMocks()).toHaveLength(1)
  })
})

describe('callApi: error mapping', () => {
  it.each<[string, number, unknown, Record<string, string>, string, RegExp]>([
    [
      '401',
      401,
      { message: 'Bad credentials' },
      {},
      'reconnect_required',
      /rejected the connection's token .* for repository octo\/hello\. Reconnect/,
    ],
    [
      '403 with scopes',
      403,
      { message: 'Resource not accessible' },
      { 'x-oauth-scopes': 'read:org' },
      'forbidden',
      /needs the "repo" scope\. The connection has the scopes: read:org\./,
    ],
    [
      '404',
      404,
      { message: 'Not Found' },
      {},
      'not_found',
      /^Repository octo\/hello was not found, or the connected account cannot see it\. Check the name, and that the connection has the "repo" scope/,
    ],
    ['409', 409, { message: 'Git Repository is empty.' }, {}, 'conflict', /GitHub said: "Git Repository is empty\."/],
    [
      '422',
      422,
      {
        message: 'Validation Failed',
        errors: [{ resource: 'Issue', field: 'title', code: 'missing_field' }, 'plain text', { field: 'body', message: 'is too long' }],
      },
      {},
      'validation_failed',
      /Problems: Issue title missing_field; plain text; body: is too long\./,
    ],
    ['400', 400, { message: 'Problems parsing JSON' }, {}, 'validation_failed', /Problems parsing JSON/],
    ['413', 413, '', {}, 'invalid_input', /too large \(HTTP 413\)/],
    ['418', 418, { message: "I'm a teapot" }, {}, 'upstream_invalid', /unexpected HTTP 418/],
    [
      '405',
      405,
      { message: 'Pull Request is not mergeable' },
      {},
      'conflict',
      /in its current state\. GitHub said: "Pull Request is not mergeable"\./,
    ],
    [
      '410',
      410,
      { message: 'Issues are disabled for this repo' },
      {},
      'not_found',
      /is gone: .* GitHub said: "Issues are disabled for this repo"\./,
    ],
    ['429 (secondary, no retry budget)', 429, {}, { 'retry-after': '3600' }, 'rate_limited', /secondary rate limit .* Try again after/],
  ])('maps %s', async (_label, status, body, headers, kind, message) => {
    nock(API)
      .get('/repos/octo/hello')
      .reply(status, typeof body === 'string' ? body : JSON.stringify(body), headers)
    const error = await failure(callApi(githubContext(), repoCall))
    expect(error.kind).toBe(kind)
    expect(error.message).toMatch(message)
  })

  it('reports 5xx as unavailable after the read retries', async () => {
    const scope = nock(API).get('/repos/octo/hello').times(4).reply(503)
    const error = await failure(callApi(githubContext(), repoCall))
    expect(error).toMatchObject({ kind: 'upstream_unavailable', upstreamStatus: 503 })
    expect(scope.isDone()).toBe(true)
  })

  it('never repeats a token, whether GitHub echoes one or not', async () => {
    nock(API)
      .get('/repos/octo/hello')
      .reply(422, { message: `token ${CANARY_ACCESS_TOKEN} is odd`, errors: [`Bearer ${TOKEN}`] })
    const error = await failure(callApi(githubContext({ token: CANARY_ACCESS_TOKEN }), repoCall))
    expectNoSecrets(error.message)
    expect(error.message).not.toContain(TOKEN)
  })
})

describe('callApi: what GitHub answered stays on the error', () => {
  const call: ApiCall = { operation: 'repos/get', method: 'GET', path: '/repos/octo/hello', subject: 'repository octo/hello' }

  it("keeps the status and GitHub's message for callers that refine the error", async () => {
    nock(API).get('/repos/octo/hello').reply(422, { message: 'Validation Failed', errors: [] })
    await expect(callApi(githubContext(), call)).rejects.toMatchObject({
      upstream: { status: 422, message: 'Validation Failed', operation: 'repos/get' },
    })
  })

  it('states the search limit per minute, the core limit per hour', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 60)
    nock(API)
      .get('/repos/octo/hello')
      .reply(
        403,
        { message: 'API rate limit exceeded' },
        { 'x-ratelimit-remaining': '0', 'x-ratelimit-limit': '30', 'x-ratelimit-resource': 'search', 'x-ratelimit-reset': reset },
      )
    await expect(callApi(githubContext(), call)).rejects.toThrow(/30 requests per minute/)
    nock(API)
      .get('/repos/octo/hello')
      .reply(
        403,
        { message: 'API rate limit exceeded' },
        { 'x-ratelimit-remaining': '0', 'x-ratelimit-limit': '5000', 'x-ratelimit-resource': 'core', 'x-ratelimit-reset': reset },
      )
    await expect(callApi(githubContext(), call)).rejects.toThrow(/5000 requests per hour/)
  })
})

describe('callApi: success statuses must carry a usable body', () => {
  const call: ApiCall = { operation: 'users/get-authenticated', method: 'GET', path: '/user', subject: 'the authenticated user' }

  it('refuses an empty 200 and an error body under a 200', async () => {
    nock(API).get('/user').reply(200, '')
    await expect(callApi(githubContext(), call)).rejects.toMatchObject({
      kind: 'upstream_invalid',
      message: expect.stringMatching(/empty body .* Try again later/),
    })
    nock(API).get('/user').reply(200, { message: 'Server Error', documentation_url: 'https://docs.github.com/rest' })
    await expect(callApi(githubContext(), call)).rejects.toMatchObject({
      kind: 'upstream_invalid',
      message: expect.stringContaining('"Server Error"'),
    })
  })

  it('accepts 204 without a body and objects that merely have a message field among others', async () => {
    nock(API).put('/repos/o/r/issues/1/lock').reply(204)
    await expect(
      callApi(githubContext(), { operation: 'issues/lock', method: 'PUT', path: '/repos/o/r/issues/1/lock', subject: 'issue 1' }),
    ).resolves.toMatchObject({
      status: 204,
      data: undefined,
    })
    nock(API).get('/user').reply(200, { message: 'a commit message', sha: 'abc' })
    await expect(callApi(githubContext(), call)).resolves.toMatchObject({ data: { message: 'a commit message', sha: 'abc' } })
  })

  it('says what a creation refers to when GitHub answers 404, and when to retry a 5xx', async () => {
    nock(API).post('/repos/o/r/issues').reply(404, { message: 'Not Found' })
    await expect(
      callApi(githubContext(), {
        operation: 'issues/create',
        method: 'POST',
        path: '/repos/o/r/issues',
        body: {},
        subject: 'a new issue in repository o/r',
      }),
    ).rejects.toThrow(/^GitHub could not find what a new issue in repository o\/r refers to/)
    nock(API).get('/user').times(4).reply(503, {}, { 'retry-after': '3600' })
    await expect(callApi(githubContext(), call)).rejects.toThrow(/Try again after \d{4}-\d\d-\d\dT/)
  })
})
