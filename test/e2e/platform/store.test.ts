import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ConnectionStore, StoreUnreadable, type ConnectionRecord } from '../../../platform/store'

function record(overrides: Partial<ConnectionRecord> = {}): ConnectionRecord {
  return {
    id: 'c1',
    identityName: 'octo',
    identityImageUrl: null,
    userData: { login: 'octo' },
    createdAt: 1_000,
    updatedAt: 1_000,
    accessToken: 'ghu_accessTokenValue1234',
    refreshToken: 'ghr_refreshTokenValue5678',
    expiresAt: 61_000,
    lifetimeSeconds: 60,
    tokenIssuedAt: 1_000,
    lastRefreshAt: null,
    refreshCount: 0,
    state: 'active',
    failure: null,
    nextRefreshAt: null,
    ...overrides,
  }
}

describe('ConnectionStore', () => {
  let dir: string

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'platform-store-'))
  })

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('keeps connections across a reopen, with tokens encrypted on disk and files readable only by the owner', async () => {
    const store = await ConnectionStore.open({ dir, namespace: 'test' })
    await store.put(record())

    const text = await readFile(store.file, 'utf8')
    expect(text).not.toContain('ghu_accessTokenValue1234')
    expect(text).not.toContain('ghr_refreshTokenValue5678')
    expect(text).toContain('"identityName": "octo"')
    expect((await stat(store.file)).mode & 0o777).toBe(0o600)
    expect((await stat(join(dir, 'store.key'))).mode & 0o777).toBe(0o600)
    expect(await readdir(dir)).toEqual(expect.arrayContaining(['connections-test.json', 'store.key']))
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([])

    const reopened = await ConnectionStore.open({ dir, namespace: 'test' })
    expect(reopened.get('c1')).toEqual(record())
  })

  it('separates namespaces', async () => {
    const a = await ConnectionStore.open({ dir, namespace: 'a' })
    await a.put(record())
    const b = await ConnectionStore.open({ dir, namespace: 'b' })
    expect(b.list()).toEqual([])
  })

  it('makes a change visible only once it is on disk', async () => {
    const store = await ConnectionStore.open({ dir, namespace: 'test' })
    const pending = store.put(record())
    expect(store.get('c1')).toBeUndefined()
    await pending
    expect(store.get('c1')?.accessToken).toBe('ghu_accessTokenValue1234')
  })

  it('serialises concurrent writes without losing any', async () => {
    const store = await ConnectionStore.open({ dir, namespace: 'test' })
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.put(record({ id: `c${i}`, createdAt: i }))))
    const reopened = await ConnectionStore.open({ dir, namespace: 'test' })
    expect(reopened.list().map((item) => item.id)).toEqual(Array.from({ length: 20 }, (_, i) => `c${i}`))
  })

  it('deletes connections durably', async () => {
    const store = await ConnectionStore.open({ dir, namespace: 'test' })
    await store.put(record())
    await store.delete('c1')
    expect((await ConnectionStore.open({ dir, namespace: 'test' })).list()).toEqual([])
  })

  it('hands out copies, so callers cannot change stored state behind its back', async () => {
    const store = await ConnectionStore.open({ dir, namespace: 'test' })
    await store.put(record())
    const got = store.get('c1') as ConnectionRecord
    got.accessToken = 'changed'
    expect(store.get('c1')?.accessToken).toBe('ghu_accessTokenValue1234')
  })

  it('reports a corrupt store and leaves it untouched', async () => {
    const store = await ConnectionStore.open({ dir, namespace: 'test' })
    await store.put(record())
    await writeFile(store.file, '{"format": "flowrunner-local-platform/conn')
    await expect(ConnectionStore.open({ dir, namespace: 'test' })).rejects.toThrow(StoreUnreadable)
    await expect(ConnectionStore.open({ dir, namespace: 'test' })).rejects.toThrow(/not valid JSON.*left untouched/)
    expect(await readFile(store.file, 'utf8')).toBe('{"format": "flowrunner-local-platform/conn')
  })

  it('reports a store whose key file is missing or different', async () => {
    const store = await ConnectionStore.open({ dir, namespace: 'test' })
    await store.put(record())
    const original = await readFile(store.file, 'utf8')

    await writeFile(join(dir, 'store.key'), `${Buffer.alloc(32, 7).toString('base64')}\n`)
    await expect(ConnectionStore.open({ dir, namespace: 'test' })).rejects.toThrow(/cannot be decrypted/)

    await rm(join(dir, 'store.key'))
    await expect(ConnectionStore.open({ dir, namespace: 'test' })).rejects.toThrow(/key file .* is missing/)
    expect(await readFile(store.file, 'utf8')).toBe(original)
  })

  it('rejects a token moved to another connection (the ciphertext is bound to its connection and field)', async () => {
    const store = await ConnectionStore.open({ dir, namespace: 'test' })
    await store.put(record())
    await store.put(record({ id: 'c2' }))
    const document = JSON.parse(await readFile(store.file, 'utf8')) as { connections: Record<string, unknown>[] }
    const [first, second] = document.connections as [Record<string, unknown>, Record<string, unknown>]
    second['accessToken'] = first['accessToken']
    await writeFile(store.file, JSON.stringify(document))
    await expect(ConnectionStore.open({ dir, namespace: 'test' })).rejects.toThrow(/connection c2 cannot be decrypted/)
  })

  it('reports a file that is not a connection store', async () => {
    await writeFile(join(dir, 'connections-test.json'), '{"hello": 1}')
    await writeFile(join(dir, 'store.key'), `${Buffer.alloc(32, 1).toString('base64')}\n`)
    await expect(ConnectionStore.open({ dir, namespace: 'test' })).rejects.toThrow(/not a connection store file/)
  })

  it('fails the write, not the store, when the disk refuses it', async () => {
    const store = await ConnectionStore.open({ dir, namespace: 'test' })
    await store.put(record())
    await rm(dir, { recursive: true, force: true })
    await expect(store.put(record({ id: 'c2' }))).rejects.toThrow(/ENOENT/)
    expect(store.get('c2')).toBeUndefined()
    expect(store.get('c1')).toBeDefined()
  })
})
