import { createInterface } from 'node:readline'
import { ConnectionStore, type ConnectionRecord } from '../../platform/store'

/**
 * A victim for the kill -9 test: `tsx test/faults/store-writer.ts <dir>`. It loads, then
 * waits for "go" on stdin (so its start-up does not count), opens the store and writes as
 * fast as it can: every write rotates one connection's tokens (refreshCount counts up) and
 * every fourth adds a connection. After each write is durable (put resolved) it prints
 * "ack <id> <refreshCount>". The test kills it with SIGKILL at a random moment.
 */

const dir = process.argv[2]
if (!dir) throw new Error('usage: store-writer.ts <dir>')

function record(id: string, count: number): ConnectionRecord {
  const now = Date.now()
  return {
    id,
    identityName: `user-${id}`,
    identityImageUrl: null,
    userData: { login: `user-${id}`, padding: 'x'.repeat(2000) },
    createdAt: now,
    updatedAt: now,
    accessToken: `ghu_access_${id}_${count}`,
    refreshToken: `ghr_refresh_${id}_${count}`,
    expiresAt: now + 28_800_000,
    lifetimeSeconds: 28_800,
    tokenIssuedAt: now,
    lastRefreshAt: now,
    refreshCount: count,
    state: 'active',
    failure: null,
    nextRefreshAt: null,
  }
}

async function write(): Promise<void> {
  const store = await ConnectionStore.open({ dir: dir as string, namespace: 'kill-test' })
  const existing = store.list()
  let next = existing.length
  for (let op = 0; ; op++) {
    const records = store.list()
    const pick = records[op % Math.max(1, records.length)]
    const target =
      op % 4 === 0 || !pick
        ? await store.create(record(`c${next++}-${process.pid}`, 0))
        : await store.update(pick.id, (current) => record(current.id, current.refreshCount + 1))
    if (!target) throw new Error('a connection disappeared')
    process.stdout.write(`ack ${target.id} ${target.refreshCount}\n`)
  }
}

process.stdout.write('ready\n')
createInterface({ input: process.stdin }).once('line', () => {
  write().catch((error: unknown) => {
    process.stdout.write(`error ${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  })
})
