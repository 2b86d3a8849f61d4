import { randomBytes } from 'node:crypto'
import { hostname } from 'node:os'
import { link, readFile, rename, unlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/**
 * One platform process per data directory. Two processes on one directory would each rewrite
 * the whole store file from their own memory, so one's refresh erases the other's new
 * connection or brings back one it deleted. The lock is a file holding the owner's pid,
 * created with link() so it appears complete or not at all; a lock whose process is gone
 * (kill -9, a crash) is stale and taken over.
 */

export const LOCK_FILE = 'platform.lock'

interface Owner {
  pid: number
  hostname: string
  startedAt: string
}

export class DataDirInUse extends Error {
  constructor(
    readonly dir: string,
    readonly owner: Owner,
  ) {
    super(
      `The data directory ${dir} is in use by another local platform (process ${owner.pid}` +
        `${owner.hostname !== hostname() ? ` on ${owner.hostname}` : ''}, started ${owner.startedAt}). ` +
        'Two platforms on one directory would overwrite each other’s connections, so this one did not start. ' +
        `Stop the other one, or give this one another directory. If no platform is running, delete ${join(dir, LOCK_FILE)}.`,
    )
    this.name = 'DataDirInUse'
  }
}

/** Lock files this process holds: a second store on the same directory in this process is refused too. */
const held = new Set<string>()

export interface DataDirLock {
  release(): Promise<void>
}

export async function lockDataDir(dir: string): Promise<DataDirLock> {
  const file = join(dir, LOCK_FILE)
  const me: Owner = { pid: process.pid, hostname: hostname(), startedAt: new Date().toISOString() }
  const temp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`
  await writeFile(temp, `${JSON.stringify(me)}\n`, { mode: 0o600 })
  try {
    // A few rounds: each one either takes the lock, refuses, or removes a stale lock and tries again.
    for (let round = 0; round < 5; round++) {
      try {
        await link(temp, file)
        held.add(file)
        return { release: () => release(file) }
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      }
      const owner = await readOwner(file)
      if (owner === undefined) continue // released meanwhile
      if (owner !== null && isAlive(owner, file)) throw new DataDirInUse(dir, owner)
      await removeStale(file)
    }
    throw new Error(`Could not take the lock ${file}: other processes keep taking it. Try again.`)
  } finally {
    await unlink(temp).catch(() => undefined)
  }
}

async function release(file: string): Promise<void> {
  if (!held.delete(file)) return
  const owner = await readOwner(file)
  if (owner?.pid === process.pid) await unlink(file).catch(() => undefined)
}

/** undefined: no lock file; null: a file that is not a lock (taken over like a stale one). */
async function readOwner(file: string): Promise<Owner | null | undefined> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
  try {
    const owner = JSON.parse(text) as Partial<Owner>
    if (typeof owner.pid === 'number' && typeof owner.hostname === 'string' && typeof owner.startedAt === 'string') {
      return { pid: owner.pid, hostname: owner.hostname, startedAt: owner.startedAt }
    }
  } catch {
    // not JSON: not a lock this code wrote
  }
  return null
}

function isAlive(owner: Owner, file: string): boolean {
  // Another machine's process (a shared folder) cannot be checked: assume it runs.
  if (owner.hostname !== hostname()) return true
  // Our own pid: held by this process, or left by an earlier process that had the same pid.
  if (owner.pid === process.pid) return held.has(file)
  try {
    process.kill(owner.pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Moves the stale lock aside (rename is atomic) and checks what was moved: when another
 * process took the lock between our read and the rename, its lock is put back.
 */
async function removeStale(file: string): Promise<void> {
  const aside = `${file}.stale.${process.pid}.${randomBytes(6).toString('hex')}`
  try {
    await rename(file, aside)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return
    throw error
  }
  const moved = await readOwner(aside)
  if (moved && isAlive(moved, file)) await link(aside, file).catch(() => undefined)
  await unlink(aside).catch(() => undefined)
}
