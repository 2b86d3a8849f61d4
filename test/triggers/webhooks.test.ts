import { Forbidden, NotFound, UpstreamUnavailable } from '../../src/errors'
import { deriveHookSecret, scopeKey, type HookScope } from '../../src/github/triggers/signature'
import {
  deleteHooks,
  planHooks,
  readWebhookData,
  reconcileHooks,
  WebhookPermissionMissing,
  type GitHubHook,
  type HookApi,
  type HookSettings,
} from '../../src/github/triggers/webhooks'

const CLIENT_SECRET = 'client-secret-for-webhook-tests'
const CALLBACK = 'https://console.example.test/api/triggers/callback/flow-1'

/** An in-memory GitHub for hooks: counts calls, can refuse scopes (no admin) or lose hooks. */
class FakeHooks implements HookApi {
  hooks = new Map<string, (GitHubHook & { secret: string })[]>()
  calls: string[] = []
  refused = new Set<string>()
  private nextId = 100

  private at(scope: HookScope): (GitHubHook & { secret: string })[] {
    const key = scopeKey(scope)
    if (this.refused.has(key)) throw new NotFound('Not Found')
    if (!this.hooks.has(key)) this.hooks.set(key, [])
    return this.hooks.get(key) as (GitHubHook & { secret: string })[]
  }

  async list(scope: HookScope): Promise<GitHubHook[]> {
    this.calls.push(`list ${scopeKey(scope)}`)
    return this.at(scope).map(({ secret: _s, ...hook }) => structuredClone(hook))
  }

  async create(scope: HookScope, s: HookSettings): Promise<GitHubHook> {
    this.calls.push(`create ${scopeKey(scope)}`)
    const hook = { id: this.nextId++, active: s.active, events: [...s.events], config: { url: s.url }, secret: s.secret }
    this.at(scope).push(hook)
    return { id: hook.id, active: hook.active, events: hook.events, config: hook.config }
  }

  async update(scope: HookScope, id: number, s: HookSettings): Promise<GitHubHook> {
    this.calls.push(`update ${scopeKey(scope)} ${id}`)
    const hook = this.at(scope).find((h) => h.id === id)
    if (!hook) throw new NotFound('Not Found')
    Object.assign(hook, { active: s.active, events: [...s.events], config: { url: s.url }, secret: s.secret })
    return { id, active: hook.active, events: hook.events, config: hook.config }
  }

  async remove(scope: HookScope, id: number): Promise<void> {
    this.calls.push(`remove ${scopeKey(scope)} ${id}`)
    const list = this.at(scope)
    const index = list.findIndex((h) => h.id === id)
    if (index < 0) throw new NotFound('Not Found')
    list.splice(index, 1)
  }

  all(): (GitHubHook & { secret: string })[] {
    return [...this.hooks.values()].flat()
  }
}

const blocks = [
  { name: 'onIssue', triggerData: { repository: 'Octo/Repo' } },
  { name: 'onPush', triggerData: { repository: 'octo/repo', branch: 'main' } },
  { name: 'onRelease', triggerData: { repository: 'octo/other' } },
  { name: 'onRepository', triggerData: { organization: 'octo-org' } },
]
const options = { clientSecret: CLIENT_SECRET, connectionId: 'conn-9', mode: 'upsert' as const }

describe('planHooks', () => {
  it('makes one hook per repository or organization with the union of events and the verification query', () => {
    const plan = planHooks(blocks, CALLBACK, 'conn-9')
    expect(plan.map((h) => [h.key, h.events])).toEqual([
      ['org:octo-org', ['repository']],
      ['repo:octo/other', ['release']],
      ['repo:octo/repo', ['issues', 'push']],
    ])
    const url = new URL(plan[2]?.url as string)
    expect(url.origin + url.pathname).toBe(CALLBACK)
    expect(url.searchParams.get('connectionId')).toBe('conn-9')
    expect(url.searchParams.get('hookScope')).toBe('repo:octo/repo')
    expect(plan.map((h) => h.url).join()).not.toContain(CLIENT_SECRET)
  })

  it('refuses blocks without a valid repository, unknown triggers and non-http callbacks', () => {
    expect(() => planHooks([{ name: 'onIssue', triggerData: {} }], CALLBACK, 'c')).toThrow(/repository/)
    expect(() => planHooks([{ name: 'onIssue', triggerData: { repository: 'a/b/c' } }], CALLBACK, 'c')).toThrow(/owner\/name/)
    expect(() => planHooks([{ name: 'onRepository', triggerData: {} }], CALLBACK, 'c')).toThrow(/organization/)
    expect(() => planHooks([{ name: 'pollNewIssue', triggerData: { repository: 'a/b' } }], CALLBACK, 'c')).toThrow(/not a realtime trigger/)
    expect(() => planHooks(blocks, 'javascript:alert(1)', 'c')).toThrow(/callbackUrl/)
  })
})

describe('reconcileHooks (upsert, refresh) and deleteHooks', () => {
  it('creates the hooks with derived secrets and keeps only ids in webhookData', async () => {
    const api = new FakeHooks()
    const data = await reconcileHooks(planHooks(blocks, CALLBACK, 'conn-9'), readWebhookData(null), api, options)
    expect(api.all()).toHaveLength(3)
    for (const hook of api.all()) {
      const key = new URL(hook.config.url as string).searchParams.get('hookScope') as string
      const scope = planHooks(blocks, CALLBACK, 'conn-9').find((h) => h.key === key)?.scope as HookScope
      expect(hook.secret).toBe(deriveHookSecret(CLIENT_SECRET, scope, 'conn-9'))
      expect(hook.active).toBe(true)
    }
    const serialized = JSON.stringify(data)
    for (const hook of api.all()) expect(serialized).not.toContain(hook.secret)
    expect(serialized).not.toContain(CLIENT_SECRET)
    expect(data.hooks.map((h) => h.key).sort()).toEqual(['org:octo-org', 'repo:octo/other', 'repo:octo/repo'])
  })

  it('is idempotent: upserting again with its own webhookData creates nothing and keeps the ids', async () => {
    const api = new FakeHooks()
    const plan = planHooks(blocks, CALLBACK, 'conn-9')
    const first = await reconcileHooks(plan, readWebhookData(null), api, options)
    api.calls = []
    const second = await reconcileHooks(plan, readWebhookData(JSON.parse(JSON.stringify(first))), api, options)
    expect(second).toEqual(first)
    expect(api.calls.filter((c) => c.startsWith('create') || c.startsWith('remove'))).toEqual([])
    expect(api.all()).toHaveLength(3)
  })

  it('adopts a hook left at the same URL by an upsert that failed half-way instead of duplicating it, and removes duplicates', async () => {
    const api = new FakeHooks()
    const plan = planHooks(blocks.slice(0, 1), CALLBACK, 'conn-9')
    await reconcileHooks(plan, readWebhookData(null), api, options)
    await reconcileHooks(plan, readWebhookData(null), api, options) // webhookData lost
    expect(api.all()).toHaveLength(1)
    // Two hooks at our URL (GitHub allows it): one is kept.
    const [only] = api.all()
    api.hooks.get('repo:octo/repo')?.push({ ...(only as GitHubHook & { secret: string }), id: 999 })
    await reconcileHooks(plan, readWebhookData(null), api, options)
    expect(api.all()).toHaveLength(1)
  })

  it('removes hooks no block needs any more and updates the event union', async () => {
    const api = new FakeHooks()
    const first = await reconcileHooks(planHooks(blocks, CALLBACK, 'conn-9'), readWebhookData(null), api, options)
    const second = await reconcileHooks(planHooks([blocks[0] as (typeof blocks)[number]], CALLBACK, 'conn-9'), first, api, options)
    expect(api.all().map((h) => h.events)).toEqual([['issues']])
    expect(second.hooks).toEqual([
      { key: 'repo:octo/repo', id: first.hooks.find((h) => h.key === 'repo:octo/repo')?.id, events: ['issues'] },
    ])
  })

  it('refresh repairs a hook deleted or disabled behind its back and writes nothing when all is well', async () => {
    const api = new FakeHooks()
    const plan = planHooks(blocks, CALLBACK, 'conn-9')
    const data = await reconcileHooks(plan, readWebhookData(null), api, options)
    api.calls = []
    const same = await reconcileHooks(plan, data, api, { ...options, mode: 'refresh' })
    expect(same).toEqual(data)
    expect(api.calls.every((c) => c.startsWith('list'))).toBe(true)

    api.hooks.set('repo:octo/other', []) // deleted in GitHub's settings
    const repo = api.hooks.get('repo:octo/repo')?.[0] as GitHubHook
    repo.active = false // disabled (GitHub disables hooks that keep failing)
    const repaired = await reconcileHooks(plan, data, api, { ...options, mode: 'refresh' })
    expect(api.all()).toHaveLength(3)
    expect(api.all().every((h) => h.active)).toBe(true)
    expect(repaired.hooks.find((h) => h.key === 'repo:octo/other')?.id).not.toBe(data.hooks.find((h) => h.key === 'repo:octo/other')?.id)
  })

  it('delete removes every hook and tolerates ones already gone', async () => {
    const api = new FakeHooks()
    const data = await reconcileHooks(planHooks(blocks, CALLBACK, 'conn-9'), readWebhookData(null), api, options)
    api.hooks.set('repo:octo/other', [])
    await expect(deleteHooks(data, api)).resolves.toBeUndefined()
    expect(api.all()).toEqual([])
    await expect(deleteHooks(data, api)).resolves.toBeUndefined()
  })

  it('delete does not hide other failures', async () => {
    const api = new FakeHooks()
    api.remove = async () => {
      throw new UpstreamUnavailable('GitHub could not be reached')
    }
    await expect(deleteHooks({ v: 1, hooks: [{ key: 'repo:a/b', id: 1, events: [] }] }, api)).rejects.toBeInstanceOf(UpstreamUnavailable)
  })

  it('missing webhook permission is a clear error naming what to grant and the polling trigger to use instead', async () => {
    const api = new FakeHooks()
    api.refused.add('repo:octo/repo')
    const error = await reconcileHooks(planHooks(blocks.slice(0, 2), CALLBACK, 'conn-9'), readWebhookData(null), api, options).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(WebhookPermissionMissing)
    expect(error).toBeInstanceOf(Forbidden)
    // What GitHub answered stays on it, as the cause.
    expect((error as Error).cause).toBeInstanceOf(NotFound)
    const message = (error as Error).message
    expect(message).toContain('octo/repo')
    expect(message).toContain('admin:repo_hook')
    expect(message).toContain('Webhooks: write')
    expect(message).toContain('pollNewIssue')
    expect(message).toContain('pollNewCommit')

    const orgApi = new FakeHooks()
    orgApi.refused.add('org:octo-org')
    orgApi.create = async () => {
      throw new Forbidden('Resource not accessible by integration')
    }
    const orgError = await reconcileHooks(planHooks(blocks.slice(3), CALLBACK, 'c'), readWebhookData(null), orgApi, options).catch(
      (e: unknown) => e,
    )
    expect((orgError as Error).message).toMatch(/admin:org_hook.*Organization hooks: write.*pollNewRepository/s)
  })

  it('reads foreign or damaged webhookData as empty rather than failing', () => {
    expect(readWebhookData(undefined)).toEqual({ v: 1, hooks: [] })
    expect(readWebhookData({ hooks: [{ key: 'repo:a/b', id: '1' }, null, { key: 'repo:a/b', id: 2 }] })).toEqual({
      v: 1,
      hooks: [{ key: 'repo:a/b', id: 2, events: [] }],
    })
  })
})
