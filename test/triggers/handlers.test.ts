import nock from 'nock'
import { pollApi, hookApi } from '../../src/github/triggers/client'
import {
  deleteWebhooks,
  pollEvents,
  resolveEvents,
  selectMatchedBlocks,
  upsertWebhooks,
  isLearningPoll,
} from '../../src/github/triggers/handlers'
import { deriveHookSecret, signBody } from '../../src/github/triggers/signature'
import { API, API_HEADERS, expectAllRequestsMade, githubContext } from '../helpers/github'

const CLIENT_SECRET = 'client-secret-for-handler-tests'
const CALLBACK = 'https://platform.example.test/api/triggers/callback/flow-1'
const SCOPE = { kind: 'repo', owner: 'octo', repo: 'hello' } as const
const HOOK_SECRET = deriveHookSecret(CLIENT_SECRET, SCOPE, 'conn-1')
const hookUrl = `${CALLBACK}?connectionId=conn-1&hookScope=repo%3Aocto%2Fhello`

const hook = (id: number, events: string[], url = hookUrl) => ({
  type: 'Repository',
  id,
  name: 'web',
  active: true,
  events,
  config: { url, content_type: 'json', insecure_ssl: '0' },
  updated_at: '2026-01-01T00:00:00Z',
  created_at: '2026-01-01T00:00:00Z',
  url: `${API}/repos/octo/hello/hooks/${id}`,
  test_url: `${API}/repos/octo/hello/hooks/${id}/test`,
  ping_url: `${API}/repos/octo/hello/hooks/${id}/pings`,
  last_response: { code: null, status: 'unused', message: null },
})

const upsert = (webhookData: unknown = null) => ({
  connectionId: 'conn-1',
  callbackUrl: CALLBACK,
  events: [
    { name: 'onIssue', triggerData: { repository: 'octo/hello', action: 'opened' } },
    { name: 'onPush', triggerData: { repository: 'Octo/Hello', branch: 'main' } },
  ],
  webhookData,
})

describe('hookApi: the webhook routes of GitHub', () => {
  afterEach(expectAllRequestsMade)

  it('creates one hook per repository for the union of the blocks’ events, JSON, with the derived secret, and keeps only ids', async () => {
    let sent: Record<string, unknown> = {}
    nock(API, { reqheaders: API_HEADERS }).get('/repos/octo/hello/hooks').query({ per_page: '100' }).reply(200, [])
    nock(API, { reqheaders: API_HEADERS })
      .post('/repos/octo/hello/hooks', (body: Record<string, unknown>) => {
        sent = body
        return true
      })
      .reply(201, hook(7, ['issues', 'push']))
    const answer = await upsertWebhooks(githubContext(), CLIENT_SECRET, upsert(), 'upsert')
    expect(sent).toEqual({
      name: 'web',
      active: true,
      events: ['issues', 'push'],
      config: { url: hookUrl, content_type: 'json', secret: HOOK_SECRET, insecure_ssl: '0' },
    })
    expect(answer).toEqual({
      webhookData: { v: 1, hooks: [{ key: 'repo:octo/hello', id: 7, events: ['issues', 'push'] }] },
      refreshIntervalInSeconds: 3600,
    })
    expect(JSON.stringify(answer)).not.toContain(HOOK_SECRET)
  })

  it('updates the hook it made instead of creating another when called again with its own webhookData', async () => {
    nock(API)
      .get('/repos/octo/hello/hooks')
      .query(true)
      .reply(200, [hook(7, ['issues', 'push'])])
    nock(API)
      .patch('/repos/octo/hello/hooks/7')
      .reply(200, hook(7, ['issues', 'push']))
    const previous = { v: 1, hooks: [{ key: 'repo:octo/hello', id: 7, events: ['issues', 'push'] }] }
    const answer = await upsertWebhooks(githubContext(), CLIENT_SECRET, upsert(previous), 'upsert')
    expect(answer.webhookData?.hooks).toEqual(previous.hooks)
  })

  it('refresh writes nothing while GitHub’s hook is as planned, and recreates one deleted behind its back', async () => {
    const previous = { v: 1, hooks: [{ key: 'repo:octo/hello', id: 7, events: ['issues', 'push'] }] }
    nock(API)
      .get('/repos/octo/hello/hooks')
      .query(true)
      .reply(200, [hook(7, ['issues', 'push'])])
    expect((await upsertWebhooks(githubContext(), CLIENT_SECRET, upsert(previous), 'refresh')).webhookData?.hooks[0]?.id).toBe(7)
    nock(API).get('/repos/octo/hello/hooks').query(true).reply(200, [])
    nock(API)
      .post('/repos/octo/hello/hooks')
      .reply(201, hook(8, ['issues', 'push']))
    expect((await upsertWebhooks(githubContext(), CLIENT_SECRET, upsert(previous), 'refresh')).webhookData?.hooks[0]?.id).toBe(8)
  })

  it('says what to grant, and which polling trigger works without it, when GitHub refuses the hook; the secret is not in the error', async () => {
    nock(API).get('/repos/octo/hello/hooks').query(true).reply(404, { message: 'Not Found' })
    const failure = upsertWebhooks(githubContext(), CLIENT_SECRET, upsert(), 'upsert')
    await expect(failure).rejects.toThrow(/admin:repo_hook.*Webhooks: write.*pollNewIssue/s)
  })

  it('cuts the hook secret out of an error in which GitHub quotes it', async () => {
    nock(API).get('/repos/octo/hello/hooks').query(true).reply(200, [])
    nock(API)
      .post('/repos/octo/hello/hooks')
      .reply(422, {
        message: `Validation Failed for secret ${HOOK_SECRET}`,
        errors: [{ resource: 'Hook', code: 'custom', message: HOOK_SECRET }],
      })
    const error: unknown = await upsertWebhooks(githubContext(), CLIENT_SECRET, upsert(), 'upsert').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toMatch(/Validation Failed/)
    expect((error as Error).message).not.toContain(HOOK_SECRET)
  })

  it('delete removes every hook it made and accepts one already gone', async () => {
    nock(API).delete('/repos/octo/hello/hooks/7').reply(204)
    nock(API).delete('/orgs/octo-org/hooks/9').reply(404, { message: 'Not Found' })
    const webhookData = {
      v: 1,
      hooks: [
        { key: 'repo:octo/hello', id: 7, events: ['issues'] },
        { key: 'org:octo-org', id: 9, events: ['repository'] },
      ],
    }
    await expect(deleteWebhooks(githubContext(), { webhookData })).resolves.toEqual({ webhookData: null })
  })

  it('lists an organization’s hooks at /orgs/{org}/hooks', async () => {
    nock(API)
      .get('/orgs/octo-org/hooks')
      .query({ per_page: '100' })
      .reply(200, [hook(3, ['repository'])])
    await expect(hookApi(githubContext()).list({ kind: 'org', org: 'octo-org' })).resolves.toEqual([
      { id: 3, active: true, events: ['repository'], config: { url: hookUrl } },
    ])
  })

  it('refuses an invocation without a callback URL or with a block of another service, before calling GitHub', async () => {
    await expect(upsertWebhooks(githubContext(), CLIENT_SECRET, { events: [] }, 'upsert')).rejects.toMatchObject({
      parameter: 'callbackUrl',
    })
    await expect(
      upsertWebhooks(githubContext(), CLIENT_SECRET, { callbackUrl: CALLBACK, events: [{ name: 'listIssues' }] }, 'upsert'),
    ).rejects.toMatchObject({ parameter: 'events' })
    await expect(upsertWebhooks(githubContext(), CLIENT_SECRET, 'nonsense', 'upsert')).rejects.toMatchObject({ parameter: 'invocation' })
  })
})

describe('pollApi: conditional list reads', () => {
  afterEach(expectAllRequestsMade)

  it('sends If-None-Match and reports 304 as nothing new (the request GitHub does not count)', async () => {
    nock(API, { reqheaders: { ...API_HEADERS, 'if-none-match': 'W/"abc"' } })
      .get('/repos/octo/hello/issues')
      .query({ per_page: '100' })
      .reply(304, '')
    await expect(
      pollApi(githubContext()).get({
        operation: 'issues/list-for-repo',
        path: '/repos/octo/hello/issues',
        query: { per_page: '100' },
        etag: 'W/"abc"',
      }),
    ).resolves.toEqual({
      status: 304,
    })
  })

  it('answers the list with its ETag and whether a next page exists', async () => {
    nock(API)
      .get('/repos/octo/hello/issues')
      .query(true)
      .reply(200, [{ id: 1 }], {
        etag: 'W/"v2"',
        link: `<${API}/repos/octo/hello/issues?page=2>; rel="next", <${API}/x?page=5>; rel="last"`,
      })
    await expect(
      pollApi(githubContext()).get({ operation: 'issues/list-for-repo', path: '/repos/octo/hello/issues', query: {} }),
    ).resolves.toEqual({
      status: 200,
      body: [{ id: 1 }],
      etag: 'W/"v2"',
      hasNext: true,
    })
  })

  it('treats a 304 to a request that sent no ETag as GitHub’s error, not as “nothing new”', async () => {
    nock(API).get('/repos/octo/hello/issues').query(true).reply(304, '')
    await expect(
      pollApi(githubContext()).get({ operation: 'issues/list-for-repo', path: '/repos/octo/hello/issues', query: {} }),
    ).rejects.toThrow(/unexpected HTTP 304/)
  })
})

describe('the polling handler', () => {
  afterEach(expectAllRequestsMade)
  const issue = (id: number) => ({ id, number: id, title: `Issue ${id}`, pull_request: undefined })

  it('records where things stand on the first poll, costs one conditional request when quiet, and fires only what is new', async () => {
    const invocation = { eventName: 'pollNewIssue', triggerData: { repository: 'octo/hello' } }
    nock(API)
      .get('/repos/octo/hello/issues')
      .query(true)
      .reply(200, [issue(2), issue(1)], { etag: '"e1"' })
    const first = await pollEvents(githubContext(), invocation)
    expect(first.events).toEqual([])
    nock(API, { reqheaders: { 'if-none-match': '"e1"' } })
      .get('/repos/octo/hello/issues')
      .query(true)
      .reply(304, '')
    const quiet = await pollEvents(githubContext(), { ...invocation, state: first.state })
    expect(quiet).toEqual({ events: [], state: first.state })
    nock(API)
      .get('/repos/octo/hello/issues')
      .query(true)
      .reply(200, [issue(3), issue(2), issue(1)], { etag: '"e2"' })
    const next = await pollEvents(githubContext(), { ...invocation, state: quiet.state })
    expect(next.events.map((event) => event['id'])).toEqual([3])
  })

  it('answers the block’s sample in learning mode without a token or a request', async () => {
    const invocation = { eventName: 'pollNewIssue', triggerData: { repository: 'octo/hello' }, learningMode: true }
    expect(isLearningPoll(invocation)).toBe(true)
    const answer = await pollEvents(undefined, invocation)
    expect(answer.state).toBeNull()
    expect(answer.events).toHaveLength(1)
    expect(answer.events[0]).toHaveProperty('number')
  })

  it('names the missing eventName', async () => {
    await expect(pollEvents(githubContext(), { triggerData: {} })).rejects.toMatchObject({ parameter: 'eventName' })
  })
})

describe('resolve and select-matched handlers', () => {
  const payload = {
    action: 'opened',
    issue: { number: 1, title: 'Bug', user: { login: 'octocat' }, labels: [] },
    repository: { full_name: 'octo/hello', owner: { login: 'octo' } },
    sender: { login: 'octocat' },
  }
  const raw = JSON.stringify(payload)
  const delivery = (signature: string) => ({
    headers: { 'x-github-event': 'issues', 'x-github-delivery': 'd-1', 'x-hub-signature-256': signature },
    queryParams: { connectionId: 'conn-1', hookScope: 'repo:octo/hello' },
    rawBody: raw,
    body: payload,
  })

  it('turns a delivery signed with the hook’s derived secret into the onIssue event with GitHub’s delivery id', () => {
    const dropped: string[] = []
    const answer = resolveEvents(CLIENT_SECRET, delivery(signBody(HOOK_SECRET, raw)), (why) => dropped.push(why))
    expect(answer.connectionId).toBe('conn-1')
    expect(answer.events.map((event) => event.name)).toEqual(['onIssue'])
    expect(answer.events[0]?.data).toMatchObject({ deliveryId: 'd-1', githubEvent: 'issues', action: 'opened' })
    expect(dropped).toEqual([])
  })

  it('drops a delivery signed with another secret and says why (without the signature)', () => {
    const dropped: string[] = []
    const answer = resolveEvents(CLIENT_SECRET, delivery(signBody('another secret', raw)), (why) => dropped.push(why))
    expect(answer.events).toEqual([])
    expect(dropped).toEqual(['bad_signature'])
  })

  it('selects the running blocks whose filters the event passes', () => {
    const answer = selectMatchedBlocks({
      eventName: 'onIssue',
      eventData: { ...payload, githubEvent: 'issues' },
      triggers: [
        { id: 'opened', data: { repository: 'octo/hello', action: 'opened' } },
        { id: 'closed', data: { repository: 'octo/hello', action: 'closed' } },
        { id: 'elsewhere', data: { repository: 'octo/other', action: 'opened' } },
      ],
    })
    expect(answer).toEqual({ ids: ['opened'] })
  })

  it('names a malformed triggers list', () => {
    expect(() => selectMatchedBlocks({ eventName: 'onIssue', triggers: 'all' })).toThrow(expect.objectContaining({ parameter: 'triggers' }))
  })
})
