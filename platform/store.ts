import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { constants } from 'node:fs'
import { chmod, mkdir, open, readFile, rename, unlink } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { lockDataDir, type DataDirLock } from './data-lock'

/**
 * The platform's connection store: one JSON file per namespace in a local folder
 * (.data/ by default, git-ignored). Every write replaces the file atomically (write a
 * temporary file, fsync, rename, fsync the folder), files are 0600 in a 0700 folder, and
 * tokens are encrypted at rest with AES-256-GCM under a local key file. A file that
 * cannot be read is reported and left alone, never silently replaced. One process at a
 * time has a folder open (data-lock.ts), so this process's memory is the store's truth.
 */

export type ConnectionState = 'active' | 'refresh_failed' | 'reconnect_required'

export interface ConnectionFailure {
  code: number
  httpStatusCode: number
  message: string
  /** ms since the epoch. */
  at: number
  /** Consecutive failed refreshes. */
  attempts: number
}

export interface ConnectionRecord {
  id: string
  identityName: string
  identityImageUrl: string | null
  /** What executeCallback returned as userData: shown to people, never a secret. */
  userData: unknown
  /** All times are ms since the epoch. */
  createdAt: number
  updatedAt: number
  accessToken: string
  refreshToken: string | null
  /** null: the token never expires (expirationInSeconds 0 or absent). */
  expiresAt: number | null
  /** expirationInSeconds of the current token. */
  lifetimeSeconds: number
  tokenIssuedAt: number
  lastRefreshAt: number | null
  refreshCount: number
  state: ConnectionState
  failure: ConnectionFailure | null
  /** When the next refresh attempt is planned (proactive or retry); null when none is. */
  nextRefreshAt: number | null
}

const FORMAT = 'flowrunner-local-platform/connections'
const VERSION = 1
const KEY_FILE = 'store.key'
const SECRET_FIELDS = ['accessToken', 'refreshToken'] as const

export class StoreUnreadable extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(
      `The connection store ${file} cannot be read (${reason}). It was left untouched. ` +
        'Restore it (and its key file store.key beside it), or move both away to start with no connections, then start again.',
    )
    this.name = 'StoreUnreadable'
  }
}

export interface StoreOptions {
  /** The folder holding the store files and the key (created 0700 when missing). */
  dir: string
  /** Separates connections made against different providers (e.g. the sandbox and a real server). */
  namespace: string
}

export class ConnectionStore {
  private records = new Map<string, ConnectionRecord>()
  /** Ids deleted since the store was opened; nothing brings them back. (Ids are random, so none is reused after a restart.) */
  private readonly deleted = new Set<string>()
  private pending: PendingChange[] = []
  private flushing: Promise<void> | null = null
  private lock: DataDirLock | null

  private constructor(
    readonly file: string,
    private readonly key: Buffer,
    lock: DataDirLock,
  ) {
    this.lock = lock
  }

  /** Opens the store for this process alone: a directory another process (or store) has open is refused with DataDirInUse. */
  static async open(options: StoreOptions): Promise<ConnectionStore> {
    const file = storePath(options)
    await mkdir(options.dir, { recursive: true, mode: 0o700 })
    const lock = await lockDataDir(options.dir)
    try {
      const existing = await readIfExists(file)
      const key = await loadKey(join(options.dir, KEY_FILE), existing !== null, file)
      const store = new ConnectionStore(file, key, lock)
      if (existing !== null) store.records = store.decode(existing)
      return store
    } catch (error) {
      await lock.release()
      throw error
    }
  }

  /** The connections on disk now, without opening the store (to look at what a running platform stored). */
  static async read(options: StoreOptions): Promise<ConnectionRecord[]> {
    const file = storePath(options)
    const existing = await readIfExists(file)
    if (existing === null) return []
    const text = await readIfExists(join(options.dir, KEY_FILE))
    if (text === null) throw new StoreUnreadable(file, `its key file ${KEY_FILE} is missing`)
    const store = new ConnectionStore(file, parseKey(text, file, KEY_FILE), { release: async () => undefined })
    store.records = store.decode(existing)
    return store.list()
  }

  list(): ConnectionRecord[] {
    return [...this.records.values()].map(copy).sort((a, b) => a.createdAt - b.createdAt)
  }

  get(id: string): ConnectionRecord | undefined {
    const record = this.records.get(id)
    return record ? copy(record) : undefined
  }

  /**
   * Adds a new connection; an id that exists or was deleted is refused. The change is on
   * disk (fsynced) before it becomes visible through get/list.
   */
  create(record: ConnectionRecord): Promise<ConnectionRecord> {
    return this.commit((next) => {
      if (next.has(record.id) || this.deleted.has(record.id)) throw new Error(`A connection with id "${record.id}" exists or existed.`)
      next.set(record.id, copy(record))
      return copy(record)
    })
  }

  /**
   * Changes a connection as it is when the change is applied (after every earlier change),
   * so no caller writes back a copy it read before awaiting something. Resolves with the
   * stored record once it is on disk (a rotated refresh token is durable before anyone can
   * use the new access token), or undefined when the connection is gone: an update never
   * brings back a deleted connection.
   */
  update(id: string, change: (current: ConnectionRecord) => ConnectionRecord): Promise<ConnectionRecord | undefined> {
    return this.commit((next) => {
      const current = next.get(id)
      if (!current) return undefined
      const changed = { ...change(copy(current)), id }
      next.set(id, changed)
      return copy(changed)
    })
  }

  /** Resolves true when there was a connection to delete. */
  delete(id: string): Promise<boolean> {
    return this.commit((next) => {
      this.deleted.add(id)
      return next.delete(id)
    })
  }

  /** Waits for the writes under way and gives the data directory free for another process. */
  async close(): Promise<void> {
    while (this.flushing) await this.flushing
    await this.lock?.release()
    this.lock = null
  }

  /**
   * Changes wait in one queue and are applied in order to the latest state. The changes that
   * arrive while a write is under way are written together in the next one (group commit):
   * a rotated refresh token waits for at most one write ahead of it, not for every queued one.
   */
  private commit<T>(change: (next: Map<string, ConnectionRecord>) => T): Promise<T> {
    if (!this.lock) return Promise.reject(new Error(`The connection store ${this.file} is closed.`))
    return new Promise<T>((resolve, reject) => {
      let result: T
      this.pending.push({
        apply: (next) => {
          result = change(next)
        },
        done: () => resolve(result),
        fail: reject,
      })
      this.flush()
    })
  }

  private flush(): void {
    if (this.flushing || this.pending.length === 0) return
    this.flushing = this.writeBatch().finally(() => {
      this.flushing = null
      this.flush()
    })
  }

  private async writeBatch(): Promise<void> {
    const batch = this.pending
    this.pending = []
    const next = new Map(this.records)
    const applied: PendingChange[] = []
    for (const change of batch) {
      // A change checks before it changes anything, so a refused one leaves no trace.
      try {
        change.apply(next)
        applied.push(change)
      } catch (error) {
        change.fail(error)
      }
    }
    if (applied.length === 0) return
    try {
      await writeAtomic(this.file, this.encode(next))
    } catch (error) {
      // A failed write fails its batch only; later changes still get written.
      for (const change of applied) change.fail(error)
      return
    }
    this.records = next
    for (const change of applied) change.done()
  }

  private encode(records: Map<string, ConnectionRecord>): string {
    const connections = [...records.values()].map((record) => {
      const out: Record<string, unknown> = { ...record }
      for (const field of SECRET_FIELDS) {
        const value = record[field]
        out[field] = value === null ? null : encrypt(this.key, value, `${record.id}:${field}`)
      }
      return out
    })
    return `${JSON.stringify({ format: FORMAT, version: VERSION, connections }, null, 2)}\n`
  }

  private decode(text: string): Map<string, ConnectionRecord> {
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch {
      throw new StoreUnreadable(this.file, 'it is not valid JSON')
    }
    const document = parsed as { format?: unknown; version?: unknown; connections?: unknown }
    if (typeof parsed !== 'object' || parsed === null || document.format !== FORMAT || !Array.isArray(document.connections)) {
      throw new StoreUnreadable(this.file, 'it is not a connection store file')
    }
    if (document.version !== VERSION)
      throw new StoreUnreadable(this.file, `its format version ${String(document.version)} is not supported`)
    const records = new Map<string, ConnectionRecord>()
    for (const raw of document.connections as Record<string, unknown>[]) {
      if (typeof raw?.['id'] !== 'string' || typeof raw['identityName'] !== 'string') {
        throw new StoreUnreadable(this.file, 'a connection in it has no id or identity name')
      }
      const record = { ...raw } as unknown as ConnectionRecord
      for (const field of SECRET_FIELDS) {
        const value = raw[field]
        if (value === null && field === 'refreshToken') continue
        if (typeof value !== 'string') throw new StoreUnreadable(this.file, `connection ${raw['id']} has no ${field}`)
        try {
          record[field] = decrypt(this.key, value, `${raw['id']}:${field}`)
        } catch {
          throw new StoreUnreadable(this.file, `the tokens of connection ${raw['id']} cannot be decrypted with ${KEY_FILE}`)
        }
      }
      records.set(record.id, record)
    }
    return records
  }
}

interface PendingChange {
  apply(next: Map<string, ConnectionRecord>): void
  done(): void
  fail(error: unknown): void
}

function storePath(options: StoreOptions): string {
  if (!/^[A-Za-z0-9._-]{1,80}$/.test(options.namespace)) throw new Error(`Invalid store namespace "${options.namespace}".`)
  return join(options.dir, `connections-${options.namespace}.json`)
}

function copy(record: ConnectionRecord): ConnectionRecord {
  return structuredClone(record)
}

async function readIfExists(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw new StoreUnreadable(file, (error as NodeJS.ErrnoException).code ?? 'read error')
  }
}

async function loadKey(keyFile: string, storeExists: boolean, storeFile: string): Promise<Buffer> {
  const text = await readIfExists(keyFile)
  if (text === null) {
    if (storeExists) throw new StoreUnreadable(storeFile, `its key file ${keyFile} is missing`)
    const key = randomBytes(32)
    await writeAtomic(keyFile, `${key.toString('base64')}\n`)
    return key
  }
  return parseKey(text, storeFile, keyFile)
}

function parseKey(text: string, storeFile: string, keyFile: string): Buffer {
  const key = Buffer.from(text.trim(), 'base64')
  if (key.length !== 32) throw new StoreUnreadable(storeFile, `its key file ${keyFile} is not a 256-bit key`)
  return key
}

const CIPHER_PREFIX = 'v1'

/** AES-256-GCM; the AAD binds the ciphertext to its connection and field, so values cannot be swapped around. */
export function encrypt(key: Buffer, plain: string, aad: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  cipher.setAAD(Buffer.from(aad, 'utf8'))
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  return [CIPHER_PREFIX, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), data.toString('base64url')].join('.')
}

export function decrypt(key: Buffer, sealed: string, aad: string): string {
  const [prefix, iv, tag, data] = sealed.split('.')
  if (prefix !== CIPHER_PREFIX || !iv || !tag || data === undefined) throw new Error('not an encrypted value')
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'))
  decipher.setAAD(Buffer.from(aad, 'utf8'))
  decipher.setAuthTag(Buffer.from(tag, 'base64url'))
  return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8')
}

/** write temp (0600) → fsync → rename over the target → fsync the folder, so a crash leaves the old or the new file. */
export async function writeAtomic(file: string, content: string): Promise<void> {
  const temp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`
  const handle = await open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600)
  try {
    await handle.writeFile(content, 'utf8')
    await handle.sync()
  } catch (error) {
    await handle.close()
    await unlink(temp).catch(() => undefined)
    throw error
  }
  await handle.close()
  await chmod(temp, 0o600)
  await rename(temp, file)
  const folder = await open(dirname(file), 'r')
  try {
    await folder.sync()
  } finally {
    await folder.close()
  }
}
