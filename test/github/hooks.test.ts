import nock from 'nock'
import {
  createWebhook,
  deleteWebhook,
  getWebhooksDictionary,
  listWebhookDeliveries,
  pingWebhook,
  redeliverWebhook,
  updateWebhook,
} from '../../src/github/hooks'
import { API, expectInvalidInput, githubContext } from '../helpers/github'

const REPO = 'octocat/Hello-World'
const HOOKS = '/repos/octocat/Hello-World/hooks'
const SECRET = 'canary-hook-secret-7f3a9c'
const hook = { id: 7, active: true, events: ['push'], config: { url: 'https://hooks.example.com/a', content_type: 'json' } }
const create = {
  repository: REPO,
  url: 'https://hooks.example.com/a',
  events: undefined,
  secret: SECRET,
  contentType: undefined,
  active: undefined,
}

describe('webhooks', () => {
  it('creates a JSON push hook by default, and returns the secret masked even when the answer carried it', async () => {
    const scope = nock(API)
      .post(HOOKS, {
        name: 'web',
        active: true,
        events: ['push'],
        config: { url: 'https://hooks.example.com/a', content_type: 'json', insecure_ssl: '0', secret: SECRET },
      })
      .reply(201, { ...hook, config: { ...hook.config, secret: SECRET } })
    const created = await createWebhook(githubContext(), create)
    expect(scope.isDone()).toBe(true)
    expect(JSON.stringify(created)).not.toContain(SECRET)
    expect(created.config).toMatchObject({ secret: '********' })
  })

  it('never shows the secret in an error, even when GitHub quotes it', async () => {
    nock(API)
      .post(HOOKS)
      .reply(422, {
        message: `Validation Failed for secret ${SECRET}`,
        errors: [{ resource: 'Hook', code: 'custom', message: `bad ${SECRET}` }],
      })
    const failure = await createWebhook(githubContext(), create).catch((error: unknown) => error as Error)
    expect(failure).toBeInstanceOf(Error)
    expect((failure as Error).message).not.toContain(SECRET)
  })

  it('refuses a non-web address and unknown event names before any request', async () => {
    await expectInvalidInput(createWebhook(githubContext(), { ...create, url: 'ftp://example.com' }), 'url')
    await expectInvalidInput(createWebhook(githubContext(), { ...create, events: ['Push Event'] }), 'events')
  })

  it("changes the address through the hook's config (the secret stays) and the events through the hook", async () => {
    const config = nock(API)
      .patch(`${HOOKS}/7/config`, { url: 'https://hooks.example.com/b' })
      .reply(200, { url: 'https://hooks.example.com/b' })
    const events = nock(API)
      .patch(`${HOOKS}/7`, { events: ['issues'] })
      .reply(200, { ...hook, events: ['issues'] })
    const input = {
      repository: REPO,
      hookId: 7,
      url: 'https://hooks.example.com/b',
      events: 'issues',
      secret: undefined,
      contentType: undefined,
      active: undefined,
    }
    await expect(updateWebhook(githubContext(), input)).resolves.toMatchObject({ events: ['issues'] })
    expect(config.isDone() && events.isDone()).toBe(true)
    nock(API).patch(`${HOOKS}/7/config`, { secret: SECRET }).reply(200, {})
    nock(API).get(`${HOOKS}/7`).reply(200, hook)
    await updateWebhook(githubContext(), { ...input, url: undefined, events: undefined, secret: SECRET })
    await expectInvalidInput(updateWebhook(githubContext(), { ...input, url: undefined, events: undefined }), 'url')
  })

  it('pings, lists deliveries, redelivers and deletes', async () => {
    nock(API).post(`${HOOKS}/7/pings`).reply(204)
    await expect(pingWebhook(githubContext(), { repository: REPO, hookId: 7 })).resolves.toMatchObject({ pinged: true })
    nock(API)
      .get(`${HOOKS}/7/deliveries`)
      .query({ per_page: '30' })
      .reply(200, [{ id: 99, event: 'push' }])
    const page = await listWebhookDeliveries(githubContext(), {
      repository: REPO,
      hookId: 7,
      fetchAll: undefined,
      limit: undefined,
      cursor: undefined,
    })
    expect(page.items.map((item) => item.id)).toEqual([99])
    nock(API).post(`${HOOKS}/7/deliveries/99/attempts`).reply(202, {})
    await expect(redeliverWebhook(githubContext(), { repository: REPO, hookId: 7, deliveryId: 99 })).resolves.toMatchObject({
      redelivered: true,
    })
    nock(API).delete(`${HOOKS}/7`).reply(204)
    await expect(deleteWebhook(githubContext(), { repository: REPO, hookId: 7 })).resolves.toEqual({
      repository: REPO,
      hookId: 7,
      deleted: true,
    })
  })

  it('offers the hooks by address', async () => {
    nock(API)
      .get(HOOKS)
      .query(true)
      .reply(200, [hook, { ...hook, id: 8, active: false, config: { url: 'https://other.example.com' } }])
    await expect(getWebhooksDictionary(githubContext(), { search: 'hooks.', criteria: { repository: REPO } })).resolves.toEqual({
      items: [{ label: 'https://hooks.example.com/a', value: 7, note: 'push' }],
      cursor: null,
    })
  })
})
