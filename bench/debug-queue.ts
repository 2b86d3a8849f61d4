import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { CodeRunnerStandIn, DISCOVERY_FILE, type Discovery } from '../platform/coderunner/stand-in'
import { ServiceHost } from '../platform/service-host'
import { median, percentile, round } from './stats'

/**
 * One invocation's round trip through a debug session's queue — the real CodeRunner CLI in debug
 * mode against the local platform's stand-in, over redis-server — beside the same invocation
 * in-process. getOAuth2ConnectionURL: a CodeRunner task that makes no network call, so the figure is
 * the runtime's own cost. Two debug runs: as CodeRunner debugs by default (a fresh worker per task,
 * which builds the model again) and with one cached worker (what `npm run debug -- --inspect` uses).
 * Run by bench/run.ts in a plain Node process (tsx); prints one JSON line. Needs redis-server.
 */

const ROOT = resolve(__dirname, '..')
const ROUNDS = process.argv.includes('--quick') ? 3 : 9
const METHOD = 'getOAuth2ConnectionURL'

interface Figures {
  median: number
  p95: number
}

const summary = (values: number[]): Figures => ({ median: round(median(values), 2), p95: round(percentile(values, 95), 2) })

async function timed(work: () => Promise<{ ok: boolean }>): Promise<number> {
  const started = performance.now()
  const outcome = await work()
  if (!outcome.ok) throw new Error(`${METHOD} failed during the bench`)
  return performance.now() - started
}

async function startDebug(standIn: CodeRunnerStandIn, discovery: Discovery, dir: string, cachedWorker: boolean): Promise<ChildProcess> {
  const brokerResponse = await fetch(`${discovery.apiServer}/${discovery.appId}/${discovery.apiKey}/local/broker`, {
    method: 'POST',
    body: '{}',
    signal: AbortSignal.timeout(20_000),
  })
  const broker = (await brokerResponse.json()) as { host: string; port: number; password: string }
  const project = JSON.parse(await readFile(join(ROOT, 'coderunner.json'), 'utf8')) as { app: Record<string, unknown> }
  const config = join(dir, `coderunner-${cachedWorker ? 'cached' : 'fresh'}.json`)
  await writeFile(
    config,
    JSON.stringify({
      app: { ...project.app, id: discovery.appId, apiKey: discovery.apiKey },
      backendless: { msgBroker: { password: broker.password } },
      ...(cachedWorker && { workers: { concurrent: 1, minIdle: 1, cache: { limit: 1 } } }),
    }),
    { mode: 0o600 },
  )
  const cli = join(ROOT, 'node_modules', 'backendless-coderunner', 'bin', 'coderunner')
  const args = [
    cli,
    'debug',
    '-c',
    config,
    '--api-server',
    discovery.apiServer,
    '--msg-broker-host',
    broker.host,
    '--msg-broker-port',
    String(broker.port),
  ]
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    stdio: 'ignore',
    detached: true,
    env: { ...process.env, NODE_ENV: 'development' },
  })
  const deadline = Date.now() + 120_000
  while (standIn.describe().kind !== 'debug') {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error('the CodeRunner debug session did not start')
    await new Promise((wait) => setTimeout(wait, 100))
  }
  return child
}

async function stopDebug(child: ChildProcess, standIn: CodeRunnerStandIn): Promise<void> {
  child.kill('SIGINT')
  const deadline = Date.now() + 20_000
  while (standIn.describe().kind === 'debug' && Date.now() < deadline) await new Promise((wait) => setTimeout(wait, 100))
  try {
    process.kill(-(child.pid as number), 'SIGKILL')
  } catch {
    // already gone
  }
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-debug-'))
  const host = ServiceHost.load({ root: ROOT })
  host.configure({ clientId: 'Iv1.bench', clientSecret: 'bench-secret-not-used', serverUrl: 'http://127.0.0.1:9' })
  const standIn = await CodeRunnerStandIn.start({ host, dataDir: dir, port: 0 })
  try {
    const discovery = JSON.parse(await readFile(join(dir, DISCOVERY_FILE), 'utf8')) as Discovery
    const inProcess: number[] = []
    const runs: Record<'fresh' | 'cached', number[]> = { fresh: [], cached: [] }
    for (const mode of ['fresh', 'cached'] as const) {
      const child = await startDebug(standIn, discovery, dir, mode === 'cached')
      try {
        // Warm-up: the first task waits for a worker to start.
        await standIn.invoke(METHOD, [])
        for (let i = 0; i < ROUNDS; i++) {
          // Alternating, so both see the same machine load.
          runs[mode].push(await timed(() => standIn.invoke(METHOD, [])))
          inProcess.push(await timed(() => host.invoke(METHOD, [])))
        }
      } finally {
        await stopDebug(child, standIn)
      }
    }
    const base = summary(inProcess)
    process.stdout.write(
      `${JSON.stringify({
        rounds: ROUNDS,
        inProcessMs: base,
        freshWorkerMs: summary(runs.fresh),
        cachedWorkerMs: summary(runs.cached),
        freshRatio: round(median(runs.fresh) / base.median, 3),
        cachedRatio: round(median(runs.cached) / base.median, 3),
      })}\n`,
    )
  } finally {
    await standIn.close()
    await rm(dir, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
