import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import ts from 'typescript'
import { ConnectionStore } from '../../platform/store'

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

/** store-writer.ts and platform/store.ts as CommonJS, at the same relative places. */
function transpile(): string {
  const out = mkdtempSync(join(tmpdir(), 'store-writer-'))
  for (const file of ['platform/store.ts', 'test/faults/store-writer.ts']) {
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

      const store = await ConnectionStore.open({ dir, namespace: 'kill-test' })
      const records = new Map(store.list().map((record) => [record.id, record]))
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
}, 120_000)
