import { spawn } from 'node:child_process'
import { mkdtemp, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { DataDirInUse, LOCK_FILE } from '../../platform/data-lock'
import { ConnectionStore, StoreUnreadable, type ConnectionRecord } from '../../platform/store'

// Counts the store's file replacements (one rename per write).
jest.mock('node:fs/promises', () => {
  const actual = jest.requireActual<typeof import('node:fs/promises')>('node:fs/promises')
  return { ...actual, rename: jest.fn(actual.rename) }
})
const renames = jest.mocked(rename)

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

  const opened: ConnectionStore[] = []
  const open = async (namespace = 'test'): Promise<ConnectionStore> => {
    const store = await ConnectionStore.open({ dir, namespace })
    opened.push(store)
    return store
  }

  afterEach(async () => {
    for (const store of opened.splice(0)) await store.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('keeps connections across a reopen, with tokens encrypted on disk and files readable only by the owner', async () => {
    const store = await open()
    await store.create(record())

    const text = await readFile(store.file, 'utf8')
    expect(text).not.toContain('ghu_accessTokenValue1234')
    expect(text).not.toContain('ghr_refreshTokenValue5678')
    expect(text).toContain('"identityName": "octo"')
    expect((await stat(store.file)).mode & 0o777).toBe(0o600)
    expect((await stat(join(dir, 'store.key'))).mode & 0o777).toBe(0o600)
    expect(await readdir(dir)).toEqual(expect.arrayContaining(['connections-test.json', 'store.key']))
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([])

    await store.close()
    const reopened = await open()
    expect(reopened.get('c1')).toEqual(record())
  })

  it('separates namespaces', async () => {
    const a = await open('a')
    await a.create(record())
    await a.close()
    const b = await open('b')
    expect(b.list()).toEqual([])
  })

  it('makes a change visible only once it is on disk', async () => {
    const store = await open()
    const pending = store.create(record())
    expect(store.get('c1')).toBeUndefined()
    await pending
    expect(store.get('c1')?.accessToken).toBe('ghu_accessTokenValue1234')
  })

  it('serialises concurrent writes without losing any', async () => {
    const store = await open()
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.create(record({ id: `c${i}`, createdAt: i }))))
    await store.close()
    const reopened = await open()
    expect(reopened.list().map((item) => item.id)).toEqual(Array.from({ length: 20 }, (_, i) => `c${i}`))
  })

  it('deletes connections durably', async () => {
    const store = await open()
    await store.create(record())
    await store.delete('c1')
    expect(await ConnectionStore.read({ dir, namespace: 'test' })).toEqual([])
  })

  it('hands out copies, so callers cannot change stored state behind its back', async () => {
    const store = await open()
    await store.create(record())
    const got = store.get('c1') as ConnectionRecord
    got.accessToken = 'changed'
    expect(store.get('c1')?.accessToken).toBe('ghu_accessTokenValue1234')
  })

  it('reports a corrupt store and leaves it untouched', async () => {
    const store = await open()
    await store.create(record())
    await store.close()
    await writeFile(store.file, '{"format": "flowrunner-local-platform/conn')
    await expect(ConnectionStore.open({ dir, namespace: 'test' })).rejects.toThrow(StoreUnreadable)
    await expect(ConnectionStore.open({ dir, namespace: 'test' })).rejects.toThrow(/not valid JSON.*left untouched/)
    expect(await readFile(store.file, 'utf8')).toBe('{"format": "flowrunner-local-platform/conn')
  })

  it('reports a store whose key file is missing or different', async () => {
    const store = await open()
    await store.create(record())
    await store.close()
    const original = await readFile(store.file, 'utf8')

    await writeFile(join(dir, 'store.key'), `${Buffer.alloc(32, 7).toString('base64')}\n`)
    await expect(ConnectionStore.open({ dir, namespace: 'test' })).rejects.toThrow(/cannot be decrypted/)

    await rm(join(dir, 'store.key'))
    await expect(ConnectionStore.open({ dir, namespace: 'test' })).rejects.toThrow(/key file .* is missing/)
    expect(await readFile(store.file, 'utf8')).toBe(original)
  })

  it('rejects a token moved to another connection (the ciphertext is bound to its connection and field)', async () => {
    const store = await open()
    await store.create(record())
    await store.create(record({ id: 'c2' }))
    await store.close()
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
    const store = await open()
    await store.create(record())
    await rm(dir, { recursive: true, force: true })
    await expect(store.create(record({ id: 'c2' }))).rejects.toThrow(/ENOENT/)
    expect(store.get('c2')).toBeUndefined()
    expect(store.get('c1')).toBeDefined()
  })

  it('keeps a deleted connection deleted: a later update does not bring it back, and its id cannot be used again', async () => {
    const store = await open()
    await store.create(record())
    const late = store.update('c1', (current) => ({ ...current, accessToken: 'ghu_rotatedAfterTheDelete' }))
    await store.delete('c1')
    // An update queued before the delete is applied before it; one queued after finds nothing.
    expect((await late)?.accessToken).toBe('ghu_rotatedAfterTheDelete')
    expect(await store.update('c1', (current) => ({ ...current, accessToken: 'ghu_rotatedAfterTheDelete2' }))).toBeUndefined()
    await expect(store.create(record())).rejects.toThrow(/exists or existed/)
    expect(store.get('c1')).toBeUndefined()
    expect(await ConnectionStore.read({ dir, namespace: 'test' })).toEqual([])
  })

  it('applies every update to the record as it is then, so concurrent changes are not lost', async () => {
    const store = await open()
    await store.create(record())
    await Promise.all([
      store.update('c1', (current) => ({ ...current, refreshCount: current.refreshCount + 1 })),
      store.update('c1', (current) => ({ ...current, state: 'refresh_failed' })),
      store.update('c1', (current) => ({ ...current, refreshCount: current.refreshCount + 1 })),
    ])
    expect(store.get('c1')).toMatchObject({ refreshCount: 2, state: 'refresh_failed' })
  })

  it('writes the changes that arrive during a write together in the next one, so a change waits for at most one write', async () => {
    const store = await open()
    await store.create(record())
    renames.mockClear()
    const writes = () => renames.mock.calls.filter(([, target]) => target === store.file).length
    const others = Array.from({ length: 20 }, (_, i) => store.create(record({ id: `other${i}` })))
    const rotated = store.update('c1', (current) => ({ ...current, refreshToken: 'ghr_rotatedRefreshToken' }))
    await rotated
    expect(writes()).toBeLessThanOrEqual(2)
    await Promise.all(others)
    expect((await ConnectionStore.read({ dir, namespace: 'test' })).find((item) => item.id === 'c1')?.refreshToken).toBe(
      'ghr_rotatedRefreshToken',
    )
  })

  it('refuses a second store on a data directory that is open, with what to do', async () => {
    await open()
    const second = ConnectionStore.open({ dir, namespace: 'other' })
    await expect(second).rejects.toThrow(DataDirInUse)
    await expect(ConnectionStore.open({ dir, namespace: 'test' })).rejects.toThrow(
      new RegExp(
        `^The data directory ${dir} is in use by another local platform \\(process ${process.pid}, started [^)]+\\)\\. ` +
          'Two platforms on one directory would overwrite each other’s connections, so this one did not start\\. ' +
          'Stop the other one, or give this one another directory\\.',
      ),
    )
  })

  it('gives the directory free on close', async () => {
    const store = await open()
    await store.create(record())
    await store.close()
    expect(await readdir(dir)).not.toContain(LOCK_FILE)
    expect((await open()).get('c1')).toBeDefined()
  })

  it('refuses a directory another running process holds, and takes over the lock of a process that is gone', async () => {
    const other = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'])
    const lock = (pid: number) => `${JSON.stringify({ pid, hostname: hostname(), startedAt: '2030-01-01T00:00:00.000Z' })}\n`
    try {
      await writeFile(join(dir, LOCK_FILE), lock(other.pid as number))
      await expect(ConnectionStore.open({ dir, namespace: 'test' })).rejects.toThrow(
        `in use by another local platform (process ${other.pid}, started 2030-01-01T00:00:00.000Z)`,
      )
      expect(JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: other.pid })
    } finally {
      other.kill('SIGKILL')
      await new Promise((done) => other.once('exit', done))
    }
    // kill -9 left its lock behind: that process is gone, so the lock is stale.
    const store = await open()
    await store.create(record())
    expect(JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid })
    expect((await readdir(dir)).filter((name) => name.includes('.stale') || name.endsWith('.tmp'))).toEqual([])
  })
})
