import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { cpus } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { median, percentile, round } from './stats'

/**
 * `npm run bench`: every figure is measured in one run against a baseline run beside it and
 * reported as medians over repeated runs and as ratios (never asserted in tests).
 *   cold start      fresh Node processes: the compiled service loaded and registered vs axios alone
 *   action          Get Authenticated User through CodeRunner's ServiceWrapper.invokeMethod vs the bare axios request, on loopback
 *   OAuth           getOAuth2ConnectionURL, executeCallback, refreshToken (CodeRunner's invoke task) vs bare token requests, against the sandbox
 *   platform        invocations per second with a valid token; an invocation that has to refresh first
 *   deploy          the zip npm run deploy uploads (made offline, deflated) with its largest entries, beside the CLI's own stored zip and the zip with axios from node_modules
 *   debug session   an invocation through `npm run debug`'s queue (the real CLI, redis-server) vs in-process
 *   triggers        rate-limit points per quiet poll and per poll with new events; resolve + select-matched vs a bare HMAC check
 * Writes bench/results.json; `--write` also puts the table in README.md between <!-- bench:start --> and <!-- bench:end -->.
 * Options: --quick (fewer repetitions, for trying it out).
 */

const ROOT = resolve(__dirname, '..')
const quick = process.argv.includes('--quick')
const run = promisify(execFile)

interface Row {
  figure: string
  service: string
  baseline: string
  ratio: string
}

async function node(args: string[], timeoutMs = 120_000): Promise<string> {
  const { stdout } = await run(process.execPath, args, { cwd: ROOT, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 })
  return stdout
}

async function tsx(args: string[], timeoutMs = 120_000): Promise<string> {
  const { stdout } = await run(join(ROOT, 'node_modules', '.bin', 'tsx'), args, {
    cwd: ROOT,
    timeout: timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
  })
  return stdout
}

const lastJson = <T>(stdout: string): T => JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as T
const ms = (value: number): string => (value < 1 ? `${round(value * 1000, 0)} µs` : `${round(value, value < 10 ? 2 : 1)} ms`)
const ratio = (value: number): string => `${round(value, 3).toFixed(3)}×`
const bytes = (value: number): string => (value > 1024 * 1024 ? `${round(value / 1024 / 1024, 2)} MiB` : `${round(value / 1024, 1)} KiB`)

// ── Cold start ───────────────────────────────────────────────────────────────

async function coldStart(): Promise<Record<string, unknown>> {
  const runs = quick ? 6 : 21
  const samples: Record<'node' | 'axios' | 'service', { loadMs: number[]; sinceStartMs: number[]; wallMs: number[] }> = {
    node: { loadMs: [], sinceStartMs: [], wallMs: [] },
    axios: { loadMs: [], sinceStartMs: [], wallMs: [] },
    service: { loadMs: [], sinceStartMs: [], wallMs: [] },
  }
  const ratios: number[] = []
  for (let i = 0; i < runs; i++) {
    const order = (['node', 'axios', 'service'] as const).slice()
    if (i % 2 === 1) order.reverse()
    const round: Record<string, number> = {}
    for (const what of order) {
      const started = performance.now()
      const out = lastJson<{ loadMs: number; sinceStartMs: number }>(await node([join(__dirname, 'cold', 'load.cjs'), what]))
      samples[what].wallMs.push(performance.now() - started)
      samples[what].loadMs.push(out.loadMs)
      samples[what].sinceStartMs.push(out.sinceStartMs)
      round[what] = out.sinceStartMs
    }
    ratios.push((round['service'] as number) / (round['axios'] as number))
  }
  const summary = (values: number[]) => ({ median: round(median(values), 2), p95: round(percentile(values, 95), 2) })
  return {
    runs,
    readyMs: {
      node: summary(samples.node.sinceStartMs),
      axios: summary(samples.axios.sinceStartMs),
      service: summary(samples.service.sinceStartMs),
    },
    requireMs: { axios: summary(samples.axios.loadMs), service: summary(samples.service.loadMs) },
    processWallMs: { node: summary(samples.node.wallMs), axios: summary(samples.axios.wallMs), service: summary(samples.service.wallMs) },
    readyRatio: round(median(ratios), 4),
    requireRatio: round(median(samples.service.loadMs) / median(samples.axios.loadMs), 4),
  }
}

// ── Action overhead ──────────────────────────────────────────────────────────

const USER = JSON.stringify({
  login: 'octocat',
  id: 583231,
  node_id: 'MDQ6VXNlcjU4MzIzMQ==',
  avatar_url: 'https://avatars.githubusercontent.com/u/583231?v=4',
  html_url: 'https://github.com/octocat',
  type: 'User',
  site_admin: false,
  name: 'The Octocat',
  company: '@github',
  blog: 'https://github.blog',
  location: 'San Francisco',
  email: null,
  bio: null,
  public_repos: 8,
  followers: 20000,
  following: 9,
  created_at: '2011-01-25T18:44:36Z',
  updated_at: '2025-01-22T12:00:00Z',
})

async function actionOverhead(): Promise<Record<string, unknown>> {
  const server = createServer((request, response) => {
    request.resume()
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'x-oauth-scopes': 'repo' })
    response.end(USER)
  })
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    const rounds = quick ? 3 : 11
    const out = lastJson<{ rounds: { service: number[]; bare: number[] }[] }>(
      await node([join(__dirname, 'action.cjs'), url, String(rounds), quick ? '100' : '400']),
    )
    const perRound = out.rounds.map((r) => ({ service: median(r.service), bare: median(r.bare) }))
    const all = { service: out.rounds.flatMap((r) => r.service), bare: out.rounds.flatMap((r) => r.bare) }
    return {
      rounds,
      callsPerRound: out.rounds[0]?.service.length ?? 0,
      serviceMs: { median: round(median(perRound.map((r) => r.service)), 4), p95: round(percentile(all.service, 95), 4) },
      bareMs: { median: round(median(perRound.map((r) => r.bare)), 4), p95: round(percentile(all.bare, 95), 4) },
      ratio: round(median(perRound.map((r) => r.service / r.bare)), 4),
      overheadMs: round(median(perRound.map((r) => r.service - r.bare)), 4),
    }
  } finally {
    server.close()
  }
}

// ── Sandbox: OAuth operations and the local platform ─────────────────────────

interface Summary {
  median: number
  p95: number
  n: number
}

interface Sandboxed {
  oauth: Record<string, Summary>
  platform: {
    invokeLatency: Summary
    invocationsPerSecond: number
    bareRequestsPerSecond: number
    invocationsPerSecond8: number
    bareRequestsPerSecond8: number
    refreshingInvocation: Summary
  }
  triggers: {
    quietPollPoints: number
    pollPointsWithNew: Record<string, number>
    resolveAndSelectMs: Summary
    bareHmacMs: Summary
    payloadBytes: number
  }
}

async function sandboxed(): Promise<Sandboxed> {
  return lastJson<Sandboxed>(await tsx([join(__dirname, 'sandboxed.ts'), quick ? '4' : '15', quick ? '1' : '3'], 150_000))
}

// ── Deploy size ──────────────────────────────────────────────────────────────

interface DeploySummary {
  /** As `npm run deploy` uploads it (deflated). */
  zipBytes: number
  /** The same files as the CLI alone zips them (stored). */
  storedZipBytes: number
  files: number
  unpackedBytes: number
  largestFiles: { path: string; bytes: number }[]
  byPackage: { name: string; bytes: number }[]
}

interface Deploy {
  uploaded: DeploySummary & { runtimeDependencies: string[]; works: boolean; contract: { modelBytes: number; jsdocBytes: number } }
  withNodeModules: DeploySummary
}

async function deploy(): Promise<Deploy> {
  return lastJson<Deploy>(await node([join(__dirname, 'deploy.cjs'), join(ROOT, 'build', 'deploy')]))
}

// ── Debug session ────────────────────────────────────────────────────────────

interface DebugQueue {
  rounds: number
  inProcessMs: Summary
  freshWorkerMs: Summary
  cachedWorkerMs: Summary
  freshRatio: number
  cachedRatio: number
}

async function debugQueue(): Promise<DebugQueue> {
  return lastJson<DebugQueue>(await tsx([join(__dirname, 'debug-queue.ts'), ...(quick ? ['--quick'] : [])], 300_000))
}

// ── Report ───────────────────────────────────────────────────────────────────

function rows(results: {
  coldStart: Record<string, unknown>
  action: Record<string, unknown>
  sandboxed: Sandboxed
  deploy: Deploy
  debugQueue: DebugQueue
}): Row[] {
  const cold = results.coldStart as {
    readyMs: Record<string, { median: number }>
    requireMs: Record<string, { median: number }>
    readyRatio: number
    requireRatio: number
  }
  const action = results.action as { serviceMs: { median: number; p95: number }; bareMs: { median: number; p95: number }; ratio: number }
  const { oauth, platform, triggers } = results.sandboxed
  const o = (name: string): Summary => oauth[name] as Summary
  return [
    {
      figure: 'Cold start: process start → service registered (vs → axios loaded)',
      service: ms(cold.readyMs['service']!.median),
      baseline: ms(cold.readyMs['axios']!.median),
      ratio: ratio(cold.readyRatio),
    },
    {
      figure: 'Cold start: the require alone',
      service: ms(cold.requireMs['service']!.median),
      baseline: ms(cold.requireMs['axios']!.median),
      ratio: ratio(cold.requireRatio),
    },
    {
      figure: 'Action round trip on loopback (Get Authenticated User via ServiceWrapper.invokeMethod vs bare axios GET /user)',
      service: `${ms(action.serviceMs.median)} (p95 ${ms(action.serviceMs.p95)})`,
      baseline: `${ms(action.bareMs.median)} (p95 ${ms(action.bareMs.p95)})`,
      ratio: ratio(action.ratio),
    },
    { figure: 'getOAuth2ConnectionURL (CodeRunner task, no network)', service: ms(o('connectionUrl').median), baseline: '—', ratio: '—' },
    {
      figure: 'executeCallback vs bare code exchange + GET /user (sandbox)',
      service: ms(o('executeCallback').median),
      baseline: ms(o('bareExchangePlusUser').median),
      ratio: ratio(o('executeCallback').median / o('bareExchangePlusUser').median),
    },
    {
      figure: 'refreshToken vs bare refresh grant (sandbox)',
      service: ms(o('refreshToken').median),
      baseline: ms(o('bareRefresh').median),
      ratio: ratio(o('refreshToken').median / o('bareRefresh').median),
    },
    {
      figure: 'Local platform: invocations/s, one at a time (vs bare GET /user to the sandbox)',
      service: `${platform.invocationsPerSecond}/s`,
      baseline: `${platform.bareRequestsPerSecond}/s`,
      ratio: ratio(platform.invocationsPerSecond / platform.bareRequestsPerSecond),
    },
    {
      figure: 'Local platform: invocations/s, 8 in flight',
      service: `${platform.invocationsPerSecond8}/s`,
      baseline: `${platform.bareRequestsPerSecond8}/s`,
      ratio: ratio(platform.invocationsPerSecond8 / platform.bareRequestsPerSecond8),
    },
    {
      figure: 'Local platform: an invocation that refreshes first (vs one with a valid token)',
      service: ms(platform.refreshingInvocation.median),
      baseline: ms(platform.invokeLatency.median),
      ratio: ratio(platform.refreshingInvocation.median / platform.invokeLatency.median),
    },
    {
      figure: 'Polling trigger: rate-limit points per quiet poll (conditional request answered 304; goal 0)',
      service: String(triggers.quietPollPoints),
      baseline: '—',
      ratio: '—',
    },
    {
      figure: 'Polling trigger: rate-limit points per poll with 1 / 10 / 150 new issues (100 per page)',
      service: Object.values(triggers.pollPointsWithNew).join(' / '),
      baseline: '—',
      ratio: '—',
    },
    {
      figure: `Realtime trigger: resolve + select-matched per delivery (${round(triggers.payloadBytes / 1024, 1)} KiB issues payload) vs the bare HMAC-SHA256 check`,
      service: ms(triggers.resolveAndSelectMs.median),
      baseline: ms(triggers.bareHmacMs.median),
      ratio: ratio(triggers.resolveAndSelectMs.median / triggers.bareHmacMs.median),
    },
    {
      figure: `Deploy zip as npm run deploy uploads it, deflated (${results.deploy.uploaded.files} files, ${results.deploy.uploaded.works ? 'service answers from it' : 'BROKEN'}) vs the same files as the CLI alone zips them, stored`,
      service: bytes(results.deploy.uploaded.zipBytes),
      baseline: bytes(results.deploy.uploaded.storedZipBytes),
      ratio: ratio(results.deploy.uploaded.zipBytes / results.deploy.uploaded.storedZipBytes),
    },
    {
      figure: `Deploy zip as uploaded with axios bundled into dist vs with axios from node_modules (${results.deploy.withNodeModules.files} files)`,
      service: bytes(results.deploy.uploaded.zipBytes),
      baseline: bytes(results.deploy.withNodeModules.zipBytes),
      ratio: ratio(results.deploy.uploaded.zipBytes / results.deploy.withNodeModules.zipBytes),
    },
    {
      figure:
        "Deploy zip, stored: its contract part alone (CodeRunner's model.json + the service file's JSDoc it is built from) vs the whole stored zip",
      service: bytes(results.deploy.uploaded.contract.modelBytes + results.deploy.uploaded.contract.jsdocBytes),
      baseline: bytes(results.deploy.uploaded.storedZipBytes),
      ratio: ratio(
        (results.deploy.uploaded.contract.modelBytes + results.deploy.uploaded.contract.jsdocBytes) /
          results.deploy.uploaded.storedZipBytes,
      ),
    },
    {
      figure:
        'npm run debug: getOAuth2ConnectionURL through the debug session (Redis queue, a fresh CodeRunner worker per task) vs in-process',
      service: ms(results.debugQueue.freshWorkerMs.median),
      baseline: ms(results.debugQueue.inProcessMs.median),
      ratio: ratio(results.debugQueue.freshRatio),
    },
    {
      figure: 'npm run debug -- --inspect: the same with its one cached worker (the queue and encoding alone) vs in-process',
      service: ms(results.debugQueue.cachedWorkerMs.median),
      baseline: ms(results.debugQueue.inProcessMs.median),
      ratio: ratio(results.debugQueue.cachedRatio),
    },
  ]
}

function markdown(table: Row[], meta: { date: string; node: string; cpus: string; commit: string; seconds: number }): string {
  return [
    `Measured by \`npm run bench\` on ${meta.date} (Node ${meta.node}, ${meta.cpus}, commit ${meta.commit}, ${meta.seconds} s); medians over repeated runs, each beside its baseline. Full figures: bench/results.json.`,
    '',
    '| Figure | Service | Baseline | Ratio |',
    '| --- | --- | --- | --- |',
    ...table.map((row) => `| ${row.figure} | ${row.service} | ${row.baseline} | ${row.ratio} |`),
  ].join('\n')
}

function printTable(table: Row[]): void {
  const widths = [70, 26, 26, 9]
  const cut = (text: string, width: number): string => (text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width))
  const line = (cells: string[]): string => cells.map((cell, i) => cut(cell, widths[i] as number)).join(' │ ')
  process.stdout.write(`${line(['Figure', 'Service', 'Baseline', 'Ratio'])}\n${widths.map((w) => '─'.repeat(w)).join('─┼─')}\n`)
  for (const row of table) process.stdout.write(`${line([row.figure, row.service, row.baseline, row.ratio])}\n`)
}

async function main(): Promise<void> {
  if (!existsSync(join(ROOT, 'dist', 'GitHub.js'))) throw new Error('dist/GitHub.js is missing: run npm run build first')
  const started = performance.now()
  const step = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const at = performance.now()
    process.stderr.write(`bench: ${name}…`)
    const value = await work()
    process.stderr.write(` ${round((performance.now() - at) / 1000, 1)} s\n`)
    return value
  }
  const results = {
    coldStart: await step('cold start', coldStart),
    action: await step('action overhead', actionOverhead),
    sandboxed: await step('OAuth operations and local platform (sandbox)', sandboxed),
    deploy: await step('deploy zip', deploy),
    debugQueue: await step('debug session queue (real CodeRunner CLI, redis-server)', debugQueue),
  }
  const commit = (await run('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT })).stdout.trim()
  const meta = {
    date: new Date().toISOString().slice(0, 10),
    node: process.versions.node,
    cpus: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}`,
    commit,
    seconds: round((performance.now() - started) / 1000, 1),
  }
  const table = rows(results)
  process.stdout.write('\n')
  printTable(table)
  process.stdout.write(
    `\nDeploy zip as uploaded (${bytes(results.deploy.uploaded.zipBytes)} deflated, ${bytes(results.deploy.uploaded.storedZipBytes)} stored; verified by running Get Authenticated User from it), largest entries: ${results.deploy.uploaded.largestFiles
      .slice(0, 6)
      .map((file) => `${file.path} ${bytes(file.bytes)}`)
      .join(', ')}; runtime dependencies: ${results.deploy.uploaded.runtimeDependencies.join(', ') || 'none'}\n`,
  )
  const out = join(ROOT, 'bench', 'results.json')
  writeFileSync(out, `${JSON.stringify({ ...meta, quick, table, results }, null, 2)}\n`)
  mkdirSync(join(ROOT, 'build'), { recursive: true })
  const md = markdown(table, meta)
  writeFileSync(join(ROOT, 'build', 'bench-table.md'), `${md}\n`)
  process.stdout.write(`\nWritten: bench/results.json, build/bench-table.md (${meta.seconds} s)\n`)
  if (process.argv.includes('--write')) {
    const readme = join(ROOT, 'README.md')
    const text = readFileSync(readme, 'utf8')
    const start = text.indexOf('<!-- bench:start -->')
    const end = text.indexOf('<!-- bench:end -->')
    if (start < 0 || end < start) throw new Error('README.md has no <!-- bench:start --> … <!-- bench:end --> markers')
    writeFileSync(readme, `${text.slice(0, start + '<!-- bench:start -->'.length)}\n${md}\n${text.slice(end)}`)
    process.stdout.write('README.md bench table updated\n')
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`\nbench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exit(1)
})
