import { mkdtemp, open, rename, rm, type FileHandle } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ConnectionManager, InvalidCallbackResult, maskSecret, type RefreshPolicy } from '../../platform/connections'
import { ConnectionStore } from '../../platform/store'
import { FakeTokenService, ManualClock } from './fakes'

// Lets a test see when the store replaces its file (one rename per write).
jest.mock('node:fs/promises', () => {
  const actual = jest.requireActual<typeof import('node:fs/promises')>('node:fs/promises')
  return { ...actual, rename: jest.fn(actual.rename) }
})

const MINUTE = 60_000

describe('ConnectionManager (token lifecycle)', () => {
  let dir: string
  let clock: ManualClock
  let service: FakeTokenService
  let store: ConnectionStore | undefined
  let manager: ConnectionManager
  let logs: string[]

  async function createManager(policy: Partial<RefreshPolicy> = {}): Promise<ConnectionManager> {
    await store?.close()
    store = await ConnectionStore.open({ dir, namespace: 'test' })
    const created = new ConnectionManager({ store, service, clock, policy })
    created.start()
    return created
  }

  const stored = (id: string) => store?.get(id)

  const settle = async (): Promise<void> => {
    await manager.idle()
    await new Promise((resolve) => setImmediate(resolve))
  }

  async function connect(overrides: Record<string, unknown> = {}): Promise<string> {
    return (await manager.addFromCallback(service.login(overrides))).id
  }

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'platform-connections-'))
    clock = new ManualClock()
    service = new FakeTokenService(clock)
    logs = []
    jest.spyOn(console, 'log').mockImplementation((line: string) => void logs.push(line))
    jest.spyOn(console, 'error').mockImplementation((line: string) => void logs.push(line))
    manager = await createManager()
  })

  afterEach(async () => {
    manager.stop()
    await manager.idle()
    await store?.close()
    store = undefined
    jest.restoreAllMocks()
    await rm(dir, { recursive: true, force: true })
  })

  it('stores the connection from executeCallback and shows it without its tokens', async () => {
    const view = await manager.addFromCallback(service.login())
    expect(view).toMatchObject({
      identityName: 'fake-user',
      identityImageUrl: 'https://example.test/avatar.png',
      userData: { plan: 'free' },
      status: 'active',
      lifetimeSeconds: 3600,
      expiresAt: clock.now() + 3600_000,
      nextRefreshAt: clock.now() + 3600_000 - 5 * MINUTE,
      refreshable: true,
      tokenMask: '••••en-1',
      refreshTokenMask: '••••en-1',
    })
    const shown = JSON.stringify(manager.list())
    expect(shown).not.toContain('fake-access-token')
    expect(shown).not.toContain('fake-refresh-token')
    expect(logs.join('\n')).not.toContain('fake-access-token')
    expect(logs.join('\n')).toContain('platform.connection_stored')
  })

  it('masks secrets with a fixed mask and at most the last 4 characters', () => {
    expect(maskSecret('ghu_0123456789abcdefWXYZ')).toBe('••••WXYZ')
    expect(maskSecret('short')).toBe('••••')
    expect(maskSecret(null)).toBe('')
  })

  it('refreshes 5 minutes before expiry when 10% of the lifetime is longer', async () => {
    await connect()
    await clock.advance(3600_000 - 5 * MINUTE - 1, settle)
    expect(service.refreshCalls).toBe(0)
    await clock.advance(1, settle)
    expect(service.refreshCalls).toBe(1)
    expect(manager.list()[0]).toMatchObject({ status: 'active', refreshCount: 1, lastRefreshAt: clock.now(), tokenMask: '••••en-2' })
    expect(logs.join('\n')).toMatch(/platform\.refresh_scheduled[\s\S]*platform\.refresh_started[\s\S]*platform\.refresh_done/)
  })

  it('refreshes 10% of the lifetime before expiry when that is earlier than 5 minutes', async () => {
    service.lifetimeSeconds = 60
    await connect()
    await clock.advance(54_000 - 1, settle)
    expect(service.refreshCalls).toBe(0)
    await clock.advance(1, settle)
    expect(service.refreshCalls).toBe(1)
    // and keeps doing so with each new token
    await clock.advance(54_000, settle)
    expect(service.refreshCalls).toBe(2)
  })

  it('never refreshes a token that does not expire (expirationInSeconds 0)', async () => {
    service.lifetimeSeconds = 0
    const id = await connect()
    expect(manager.get(id)).toMatchObject({ expiresAt: null, nextRefreshAt: null, lifetimeSeconds: 0 })
    expect(clock.pending()).toEqual([])
    clock.jump(365 * 24 * 60 * MINUTE)
    expect(await manager.invoke('whoami', [], id)).toMatchObject({ ok: true, result: { tokenNumber: 1 } })
    expect(service.refreshCalls).toBe(0)
  })

  it('refreshes on demand when an invocation finds the token expired, then uses the new token', async () => {
    const id = await connect()
    clock.jump(3600_000) // slept through the planned refresh
    const outcome = await manager.invoke('whoami', ['x'], id)
    expect(outcome).toMatchObject({ ok: true, result: { method: 'whoami', args: ['x'], tokenNumber: 2 } })
    expect(service.refreshCalls).toBe(1)
    expect(logs.join('\n')).toMatch(/platform\.token_expired[\s\S]*"reason":"on-demand"/)
  })

  it('runs one refresh for 50 concurrent invocations on an expired token; all of them then use the new token', async () => {
    const id = await connect()
    clock.jump(3600_000)
    let release!: () => void
    service.gate = new Promise((resolve) => (release = resolve))
    const calls = Array.from({ length: 50 }, (_, i) => manager.invoke('whoami', [i], id))
    await new Promise((resolve) => setImmediate(resolve))
    expect(manager.get(id).status).toBe('refreshing')
    release()
    const outcomes = await Promise.all(calls)
    expect(service.refreshCalls).toBe(1)
    expect(outcomes.every((outcome) => outcome.ok && (outcome.result as { tokenNumber: number }).tokenNumber === 2)).toBe(true)
    expect(manager.get(id).status).toBe('active')
  })

  it('stores the rotated refresh token on disk before the new access token is used', async () => {
    const id = await connect()
    const seenOnDisk: (string | null | undefined)[] = []
    service.beforeAction = async () => {
      const onDisk = await ConnectionStore.read({ dir, namespace: 'test' })
      seenOnDisk.push(onDisk.find((record) => record.id === id)?.refreshToken)
    }
    clock.jump(3600_000)
    await manager.invoke('whoami', [], id)
    expect(seenOnDisk).toEqual(['fake-refresh-token-2'])
    expect(service.latestRefreshToken()).toBe('fake-refresh-token-2')
  })

  it('stores rotated tokens before anything else: file and folder fsynced before any log line, planned refresh or waiting invocation', async () => {
    const id = await connect()
    const events: string[] = []
    const probe = await open(__filename, 'r')
    const fileHandle = Object.getPrototypeOf(probe) as FileHandle
    await probe.close()
    const sync = fileHandle.sync
    jest.spyOn(fileHandle, 'sync').mockImplementation(function (this: FileHandle) {
      events.push('fsync')
      return sync.call(this)
    })
    jest.mocked(rename).mockImplementation(async (from, to) => {
      events.push(String(to).endsWith('.json') ? 'rename over the store file' : 'rename')
      await jest.requireActual<typeof import('node:fs/promises')>('node:fs/promises').rename(from, to)
    })
    jest.spyOn(console, 'log').mockImplementation((line: string) => void events.push(`log ${/platform\.\w+/.exec(line)?.[0] ?? line}`))
    const setTimer = clock.setTimeout.bind(clock)
    jest.spyOn(clock, 'setTimeout').mockImplementation((callback, ms) => {
      events.push('refresh planned')
      return setTimer(callback, ms)
    })
    const invoke = service.invoke.bind(service)
    jest.spyOn(service, 'invoke').mockImplementation(async (method, args, options) => {
      const outcome = await invoke(method, args, options)
      events.push(method === 'refreshToken' ? 'token endpoint answered' : `action ${method}`)
      return outcome
    })
    clock.jump(3600_000)
    try {
      await manager.invoke('whoami', [], id)
    } finally {
      jest.mocked(rename).mockImplementation(jest.requireActual<typeof import('node:fs/promises')>('node:fs/promises').rename)
    }
    const answered = events.indexOf('token endpoint answered')
    expect(events.slice(answered + 1, answered + 4)).toEqual(['fsync', 'rename over the store file', 'fsync'])
    expect(events.slice(answered + 4)).toEqual(expect.arrayContaining(['log platform.refresh_done', 'refresh planned', 'action whoami']))
    expect(events).toContain('log platform.refresh_started')
  })

  it('keeps the refresh token when the service does not rotate it', async () => {
    service.rotate = false
    const id = await connect()
    await manager.refreshNow(id)
    expect(stored(id)?.refreshToken).toBe('fake-refresh-token-1')
    expect(stored(id)?.accessToken).toBe('fake-access-token-2')
  })

  it('marks the connection "reconnect required" on a 401 refresh failure and stops refreshing', async () => {
    const id = await connect()
    const stale = stored(id)?.refreshToken as string
    await manager.refreshNow(id)
    // Someone replays the old refresh token: reuse detection revokes the grant.
    await service.invoke('refreshToken', [stale])
    clock.jump(3600_000)
    const outcome = await manager.invoke('whoami', [], id)
    expect(outcome).toMatchObject({ ok: false, error: { code: 40102, httpStatusCode: 401 } })
    expect(manager.get(id)).toMatchObject({
      status: 'reconnect_required',
      nextRefreshAt: null,
      failure: { code: 40102, httpStatusCode: 401, message: 'The refresh token is no longer valid. Reconnect the account.' },
    })
    expect(clock.pending()).toEqual([])
    const calls = service.refreshCalls
    const again = await manager.invoke('whoami', [], id)
    expect(again).toMatchObject({ ok: false, error: { httpStatusCode: 401, message: expect.stringMatching(/must be reconnected/) } })
    expect(service.refreshCalls).toBe(calls)
    expect(logs.join('\n')).toContain('platform.reconnect_required')
  })

  it('backs off and retries after transient failures, then recovers', async () => {
    const id = await connect()
    service.mode = 'down'
    await expect(manager.refreshNow(id)).rejects.toThrow('The provider is unavailable.')
    expect(manager.get(id)).toMatchObject({
      status: 'refresh_failed',
      nextRefreshAt: clock.now() + 2_000,
      failure: { code: 50301, httpStatusCode: 503, attempts: 1 },
    })
    await clock.advance(2_000, settle)
    expect(service.refreshCalls).toBe(2)
    expect(manager.get(id)).toMatchObject({ status: 'refresh_failed', nextRefreshAt: clock.now() + 4_000, failure: { attempts: 2 } })
    service.mode = 'ok'
    await clock.advance(4_000, settle)
    expect(service.refreshCalls).toBe(3)
    expect(manager.get(id)).toMatchObject({ status: 'active', failure: null, refreshCount: 1 })
    expect(logs.join('\n')).toContain('platform.refresh_failed')
  })

  it('caps the backoff', async () => {
    manager.stop()
    manager = await createManager({ retryBaseMs: 1_000, retryMaxMs: 5_000 })
    const id = await connect()
    service.mode = 'down'
    await manager.refreshNow(id).catch(() => undefined)
    for (let i = 0; i < 5; i++) await clock.advance(manager.get(id).nextRefreshAt! - clock.now(), settle)
    expect(manager.get(id)).toMatchObject({ failure: { attempts: 6 }, nextRefreshAt: clock.now() + 5_000 })
  })

  it('treats an unusable refresh result as a transient failure', async () => {
    const id = await connect()
    service.mode = 'bad-result'
    await expect(manager.refreshNow(id)).rejects.toThrow(/refresh result has no token/)
    expect(manager.get(id).status).toBe('refresh_failed')
    expect(stored(id)?.accessToken).toBe('fake-access-token-1')
  })

  it('fails an invocation on an expired token while the provider is down, without using the expired token', async () => {
    const id = await connect()
    service.mode = 'down'
    clock.jump(3600_000)
    const outcome = await manager.invoke('whoami', [], id)
    expect(outcome).toMatchObject({ ok: false, error: { code: 50301, httpStatusCode: 503 } })
    expect(service.actionCalls).toBe(0)
  })

  it('after a 401 from an action, refreshes once and retries once', async () => {
    const id = await connect()
    service.revokeAccessTokens()
    const outcome = await manager.invoke('whoami', [], id)
    expect(outcome).toMatchObject({ ok: true, result: { tokenNumber: 2 } })
    expect(service.refreshCalls).toBe(1)
    expect(service.actionCalls).toBe(2)
  })

  it('marks an expired connection without a refresh token as "reconnect required"', async () => {
    const id = await connect({ refreshToken: undefined })
    expect(clock.pending()).toEqual([])
    clock.jump(3600_000)
    const outcome = await manager.invoke('whoami', [], id)
    expect(outcome).toMatchObject({ ok: false, error: { httpStatusCode: 401, message: expect.stringMatching(/no refresh token/) } })
    expect(manager.get(id).status).toBe('reconnect_required')
    expect(service.refreshCalls).toBe(0)
  })

  it('after a restart, keeps the connections and refreshes those that expired meanwhile', async () => {
    const id = await connect()
    manager.stop()
    clock.jump(3600_000)
    manager = await createManager()
    expect(manager.get(id)).toMatchObject({ identityName: 'fake-user', refreshable: true })
    expect(clock.pending()).toEqual([0])
    await clock.advance(0, settle)
    expect(service.refreshCalls).toBe(1)
    expect(await manager.invoke('whoami', [], id)).toMatchObject({ ok: true, result: { tokenNumber: 2 } })
  })

  it('replaces the connection of the same identity when overwrite is true, and adds one otherwise', async () => {
    const first = await connect()
    const replaced = await connect()
    expect(replaced).toBe(first)
    expect(stored(first)?.accessToken).toBe('fake-access-token-2')
    const added = await connect({ overwrite: false })
    expect(added).not.toBe(first)
    expect(manager.list()).toHaveLength(2)
  })

  it('rejects an executeCallback result without a token or identity', async () => {
    await expect(manager.addFromCallback({ connectionIdentityName: 'x' })).rejects.toThrow(InvalidCallbackResult)
    await expect(manager.addFromCallback({ token: 't' })).rejects.toThrow(/no connectionIdentityName/)
    await expect(manager.addFromCallback('token')).rejects.toThrow(/not an object/)
    expect(manager.list()).toEqual([])
  })

  it('forced expiry makes the next invocation refresh on demand', async () => {
    const id = await connect()
    await manager.expireNow(id)
    expect(clock.pending()).toEqual([])
    expect(await manager.invoke('whoami', [], id)).toMatchObject({ ok: true, result: { tokenNumber: 2 } })
    expect(service.refreshCalls).toBe(1)
  })

  it('a delete during a refresh held open at the token endpoint wins: the refresh neither brings it back nor plans another', async () => {
    const id = await connect()
    let release!: () => void
    service.gate = new Promise((resolve) => (release = resolve))
    const refreshing = manager.refreshNow(id).then(
      () => 'refreshed',
      (error: Error) => error.name,
    )
    await new Promise((resolve) => setImmediate(resolve))
    expect(service.refreshCalls).toBe(1)
    const deleted = manager.delete(id)
    const expired = manager.expireNow(id).then(
      () => 'expired',
      (error: Error) => error.name,
    )
    release()
    await deleted
    const outcomes = [await refreshing, await expired]
    expect(stored(id)).toBeUndefined()
    expect(manager.list()).toEqual([])
    expect(clock.pending()).toEqual([])
    expect(outcomes).toEqual(['ConnectionNotFound', 'ConnectionNotFound'])
    await clock.advance(24 * 60 * MINUTE, settle)
    expect(service.refreshCalls).toBe(1)
    expect((await ConnectionStore.read({ dir, namespace: 'test' })).map((record) => record.id)).toEqual([])
  })

  it('a delete answers at once while a refresh is held open, and a "Refresh now" pressed meanwhile does not bring it back', async () => {
    const id = await connect()
    let release!: () => void
    service.gate = new Promise((resolve) => (release = resolve))
    const first = manager.refreshNow(id).catch((error: Error) => error.name)
    await new Promise((resolve) => setImmediate(resolve))
    await manager.delete(id) // would wait for the held refresh if delete joined it
    expect(stored(id)).toBeUndefined()
    const second = manager.refreshNow(id).catch((error: Error) => error.name)
    release()
    expect(await first).toBe('ConnectionNotFound')
    expect(await second).toBe('ConnectionNotFound')
    await settle()
    expect(stored(id)).toBeUndefined()
    expect(clock.pending()).toEqual([])
  })

  it('deletes a connection and its planned refresh', async () => {
    const id = await connect()
    await manager.delete(id)
    expect(manager.list()).toEqual([])
    expect(clock.pending()).toEqual([])
    expect(await manager.invoke('whoami', [], id)).toMatchObject({ ok: false, error: { httpStatusCode: 404 } })
  })
})
