import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import ts from 'typescript'
import { ConnectionStore, type ConnectionRecord } from '../../platform/store'

/**
 * kill -9 during store writes, 100 rounds: each round a writer process (test/faults/store-writer.ts)
 * opens the store left by the previous round and writes until it is killed with SIGKILL at a
 * random moment. After every kill the store must load, decrypt, and hold every connection and
 * every token rotation whose write had been acknowledged. Writers are started one round ahead
 * (they wait for "go"), so their start-up overlaps with the previous round; they run as plain
 * JavaScript transpiled once from the TypeScript (the store needs only Node built-ins), which
 * keeps 100 process starts cheap.
 */

const ROUNDS = 100
const ROOT = resolve(__dirname, '..', '..')
let compiled = ''

/** The writers and the platform modules they use as CommonJS, at the same relative places. */
function transpile(): string {
  const out = mkdtempSync(join(tmpdir(), 'store-writer-'))
  for (const file of [
    'platform/store.ts',
    'platform/data-lock.ts',
    'platform/connections.ts',
    'src/log.ts',
    'test/faults/store-writer.ts',
    'test/faults/refresh-writer.ts',
  ]) {
    const { outputText } = ts.transpileModule(readFileSync(join(ROOT, file), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    })
    const target = join(out, file.replace(/\.ts$/, '.js'))
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, outputText)
  }
  return out
}

beforeAll(() => {
  compiled = transpile()
})

afterAll(() => {
  rmSync(compiled, { recursive: true, force: true })
})

interface Writer {
  child: ChildProcessWithoutNullStreams
  ready: Promise<void>
  acks: Map<string, number>
  ackCount(): number
  exited: Promise<void>
}

function startWriter(dir: string): Writer {
  const child = spawn(process.execPath, [join(compiled, 'test', 'faults', 'store-writer.js'), dir], { cwd: ROOT })
  const acks = new Map<string, number>()
  let count = 0
  let buffer = ''
  let markReady: () => void = () => undefined
  const ready = new Promise<void>((done) => {
    markReady = done
  })
  child.stdout.setEncoding('utf8')
  child.stdout.on('data', (chunk: string) => {
    buffer += chunk
    const lines = buffer.split('\n')
    buffer = lines.pop() ?? ''
    for (const line of lines) {
      if (line === 'ready') markReady()
      const ack = /^ack (\S+) (\d+)$/.exec(line)
      if (ack) {
        acks.set(ack[1] as string, Math.max(acks.get(ack[1] as string) ?? -1, Number(ack[2])))
        count++
      }
      if (line.startsWith('error')) throw new Error(`the writer failed: ${line}`)
    }
  })
  const exited = new Promise<void>((done) => child.once('exit', () => done()))
  return { child, ready, acks, ackCount: () => count, exited }
}

const wait = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms))

test(`the store survives kill -9 during writes (${ROUNDS} rounds) with every acknowledged write`, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'store-kill-'))
  const durable = new Map<string, number>()
  const kills: number[] = []
  let next = startWriter(dir)
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const writer = next
      await writer.ready
      next = startWriter(dir)
      writer.child.stdin.write('go\n')
      // Kill after a random number of acknowledged writes (0–12) plus a random extra delay, so
      // the kill lands anywhere: before the first write, mid-write, between fsync and rename…
      const target = Math.floor(Math.random() * 13)
      const deadline = Date.now() + 2000
      while (writer.ackCount() < target && Date.now() < deadline) await wait(1)
      await wait(Math.random() * 8)
      writer.child.kill('SIGKILL')
      await writer.exited
      kills.push(writer.ackCount())
      for (const [id, count] of writer.acks) durable.set(id, Math.max(durable.get(id) ?? -1, count))

      const records = new Map((await ConnectionStore.read({ dir, namespace: 'kill-test' })).map((record) => [record.id, record]))
      for (const [id, count] of durable) {
        const stored = records.get(id)
        expect([round, id, stored !== undefined]).toEqual([round, id, true])
        expect(stored!.refreshCount).toBeGreaterThanOrEqual(count)
        expect(stored!.accessToken).toBe(`ghu_access_${id}_${stored!.refreshCount}`)
        expect(stored!.refreshToken).toBe(`ghr_refresh_${id}_${stored!.refreshCount}`)
      }
    }
  } finally {
    next.child.kill('SIGKILL')
    await next.exited
  }
  // The kills landed at different points, and the writers got real work done.
  expect(new Set(kills).size).toBeGreaterThan(5)
  expect(durable.size).toBeGreaterThan(20)
  const leftovers = readdirSync(dir).filter((name) => name.endsWith('.tmp'))
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(join(ROOT, 'build', 'faults'), { recursive: true })
  writeFileSync(
    join(ROOT, 'build', 'faults', 'store-kill.json'),
    `${JSON.stringify({ rounds: ROUNDS, acknowledgedWrites: kills.reduce((sum, count) => sum + count, 0), connections: durable.size, leftovers: leftovers.length }, null, 2)}\n`,
  )
  // Temporary files of interrupted writes may stay behind; they never replace the store.
  expect(leftovers.length).toBeLessThanOrEqual(ROUNDS)
}, 300_000)

const ROTATION_ROUNDS = 40

/**
 * kill -9 between the authorization server rotating a refresh token and the platform storing
 * it, 40 rounds: the platform's ConnectionManager refreshes in a child (test/faults/refresh-writer.ts)
 * against a token endpoint played here, which rotates the refresh token and kills the child
 * 0–40 ms after answering. The rotated token is lost when the kill lands before its write is
 * done (the provider then refuses the old one: "reconnect required"), which no platform can
 * rule out; the platform keeps that window to the one fsynced write, and an acknowledged
 * refresh is never lost.
 */
test(`kill -9 right after the token endpoint rotated the refresh token (${ROTATION_ROUNDS} rounds)`, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rotation-kill-'))
  const start: ConnectionRecord = {
    id: 'rotating',
    identityName: 'octo',
    identityImageUrl: null,
    userData: null,
    createdAt: 0,
    updatedAt: 0,
    accessToken: 'ghu_access_0',
    refreshToken: 'ghr_refresh_0',
    expiresAt: null,
    lifetimeSeconds: 0,
    tokenIssuedAt: 0,
    lastRefreshAt: null,
    refreshCount: 0,
    state: 'active',
    failure: null,
    nextRefreshAt: null,
  }
  const seed = await ConnectionStore.open({ dir, namespace: 'rotation-kill' })
  await seed.create(start)
  await seed.close()
  let issued = 0
  let current = 'ghr_refresh_0'
  let kept = 0
  let lost = 0
  /** From the token endpoint's answer to the stored tokens, as the child reports it (recorded, not judged). */
  const windows: number[] = []
  try {
    for (let round = 0; round < ROTATION_ROUNDS; round++) {
      const child = spawn(process.execPath, [join(compiled, 'test', 'faults', 'refresh-writer.js'), dir], { cwd: ROOT })
      const exited = new Promise<void>((done) => child.once('exit', () => done()))
      const before = current
      let acknowledged = false
      let answeredAt = 0
      let refused: string | null = null
      let buffer = ''
      child.stdout.setEncoding('utf8')
      child.stdout.on('data', (chunk: string) => {
        buffer += chunk
        const lines = buffer.split('\n')
        buffer = lines.pop() ?? ''
        for (const line of lines) {
          if (line === 'ready') child.stdin.write('go\n')
          if (line === `stored ghr_refresh_${issued}`) {
            acknowledged = true
            windows.push(performance.now() - answeredAt)
          }
          const rotate = /^rotate (\S+)$/.exec(line)
          if (rotate && current === before) {
            if (rotate[1] !== current) refused = rotate[1] as string
            issued++
            current = `ghr_refresh_${issued}`
            child.stdin.write(`tokens ghu_access_${issued} ${current}\n`)
            answeredAt = performance.now()
            setTimeout(() => child.kill('SIGKILL'), Math.random() * 40)
          }
        }
      })
      await exited
      expect([round, refused]).toEqual([round, null])
      const stored = (await ConnectionStore.read({ dir, namespace: 'rotation-kill' }))[0]?.refreshToken
      if (acknowledged) expect([round, stored]).toEqual([round, current])
      expect([round, [before, current]]).toEqual([round, expect.arrayContaining([stored])])
      if (stored === current) kept++
      else {
        lost++
        current = before // the person reconnects; the next round starts from what is stored
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  expect(kept + lost).toBe(ROTATION_ROUNDS)
  mkdirSync(join(ROOT, 'build', 'faults'), { recursive: true })
  writeFileSync(
    join(ROOT, 'build', 'faults', 'rotation-kill.json'),
    `${JSON.stringify({ rounds: ROTATION_ROUNDS, kept, lost, medianWindowMs: median(windows) }, null, 2)}\n`,
  )
}, 300_000)

function median(values: number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  return Math.round((sorted[Math.floor(sorted.length / 2)] as number) * 10) / 10
}
