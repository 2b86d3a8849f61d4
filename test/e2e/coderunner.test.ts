/**
 * The real, unmodified CodeRunner CLI against the local platform: `npm run debug` and `npm run deploy`
 * (scripts/coderunner.js) with no Backendless app configured, so they find the platform of
 * `npm start` (platform/main.ts, a child process here) through its data folder. Invocations from the
 * console then travel as CodeRunner tasks over redis-server to the debug session, and after a deploy to
 * CodeRunner's cloud runner running the unpacked zip. The sandbox GitHub is the provider.
 * Needs redis-server (apt-get install -y redis-server; CI installs it) and `npm run build` (npm test does it).
 * Trigger handlers are not covered: the service has none yet.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import type { ConnectionView } from '../../platform/connections'
import type { Discovery, RuntimeView } from '../../platform/coderunner/stand-in'
import {
  CONSOLE_LINK,
  consoleAccess,
  consoleApi,
  freePort,
  ROOT,
  spawnTs,
  temporaryDir,
  waitFor,
  type ChildHandle,
  type ConsoleAccess,
  type Outcome,
} from './helpers/processes'
import { requireRedisServer } from './helpers/redis'
import { startSandboxProcess, type SandboxProcess } from '../../sandbox/process'

interface ScriptRun {
  child: ChildProcess
  output(): string
  done: Promise<number | null>
}

interface Connection {
  host?: string
  port?: number
  path?: string
  lookup?: string
}

const RECORDER = join(__dirname, 'fixtures', 'record-connections.cjs')
const DEBUGGER = join(__dirname, 'fixtures', 'breakpoint.cjs')
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1'])

let sandbox: SandboxProcess
let platform: ChildHandle
let base: string
let site: ConsoleAccess
let data: { path: string; remove(): Promise<void> }
let discovery: Discovery

/** `npm run debug` / `npm run deploy` as a person runs them, minus the validation npm test already did. */
function runScript(command: 'debug' | 'deploy', record: string, options: string[] = []): ScriptRun {
  const env: NodeJS.ProcessEnv = {}
  for (const [name, value] of Object.entries(process.env)) {
    if (!/^(BACKENDLESS_|CODERUNNER_|BL_)/.test(name)) env[name] = value
  }
  const child = spawn(process.execPath, [join(ROOT, 'scripts', 'coderunner.js'), command, ...options], {
    cwd: ROOT,
    env: {
      ...env,
      // CodeRunner's logger is silent under NODE_ENV=test (Jest's), and its lines are part of what is checked.
      NODE_ENV: 'development',
      PLATFORM_DATA_DIR: data.path,
      CODERUNNER_ENV_FILE: join(data.path, 'no.env'),
      CODERUNNER_PREFLIGHT: JSON.stringify([process.execPath, '-e', '']),
      NODE_OPTIONS: `${env['NODE_OPTIONS'] ?? ''} --require ${RECORDER}`.trim(),
      CONNECTION_RECORD: record,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const chunks: string[] = []
  child.stdout?.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')))
  child.stderr?.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')))
  const done = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)))
  return { child, output: () => chunks.join(''), done }
}

/** Each entry's compression method, from the zip's central directory (APPNOTE 4.3.12: 0 stored, 8 deflated). */
function zipEntryMethods(zip: Buffer): Map<string, number> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  const count = zip.readUInt16LE(end + 10)
  const methods = new Map<string, number>()
  for (let at = zip.readUInt32LE(end + 16), n = 0; n < count; n++) {
    const nameLength = zip.readUInt16LE(at + 28)
    methods.set(zip.toString('utf8', at + 46, at + 46 + nameLength), zip.readUInt16LE(at + 10))
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32)
  }
  return methods
}

const runtime = async (): Promise<RuntimeView> => (await consoleApi<{ runtime: RuntimeView }>(site, '/api/state')).runtime

const connections = async (): Promise<ConnectionView[]> =>
  (await consoleApi<{ connections: ConnectionView[] }>(site, '/api/connections')).connections

const invoke = (method: string, args: unknown[], connectionId?: string): Promise<Outcome & { runtime?: string }> =>
  consoleApi(site, '/api/invoke', 'POST', { method, args, ...(connectionId && { connectionId }) })

/** The platform's log events (JSON lines) with this name. */
function events(name: string): Record<string, unknown>[] {
  return platform
    .output()
    .split('\n')
    .filter((line) => line.includes(`"event":"${name}"`))
    .map((line) => JSON.parse(line.slice(line.indexOf('{'))) as Record<string, unknown>)
}

/** The console's Login: getOAuth2ConnectionURL, the sandbox's sign-in, then the callback page. */
async function login(): Promise<ConnectionView> {
  const start = await consoleApi<Outcome>(site, '/api/login', 'POST', {})
  expect(start).toMatchObject({ ok: true })
  const callback = await sandbox.login(start.url as string)
  const page = await (await fetch(callback)).text()
  expect(page).toContain(`Connected as ${sandbox.user.login}@`)
  const list = await connections()
  expect(list).toHaveLength(1)
  return list[0] as ConnectionView
}

/** Login, an action, a dictionary, a forced refresh, a trigger handler and an error, all answered by `expected`. */
async function exerciseRuntime(expected: RegExp): Promise<void> {
  const connection = await login()
  const callback = events('platform.callback').pop()
  expect(callback).toMatchObject({ ok: true, runtime: expect.stringMatching(expected) as unknown })

  const user = await invoke('getAuthenticatedUser', [], connection.id)
  expect(user).toMatchObject({ ok: true, result: { login: sandbox.user.login }, runtime: expect.stringMatching(expected) as unknown })

  const repositories = await invoke('getRepositoriesDictionary', [{}], connection.id)
  expect(repositories).toMatchObject({ ok: true, runtime: expect.stringMatching(expected) as unknown })
  expect((repositories.result as { items: unknown[] }).items.length).toBeGreaterThan(0)

  const refreshesBefore = events('coderunner.task').filter((event) => event['method'] === 'refreshToken').length
  await consoleApi(site, `/api/connections/${connection.id}/expire`, 'POST', {})
  expect(await invoke('getAuthenticatedUser', [], connection.id)).toMatchObject({ ok: true })
  const refreshes = events('coderunner.task').filter((event) => event['method'] === 'refreshToken')
  expect(refreshes).toHaveLength(refreshesBefore + 1)
  expect(refreshes.pop()).toMatchObject({ ok: true, runtime: expect.stringMatching(expected) as unknown })
  expect((await connections()).find((item) => item.id === connection.id)).toMatchObject({ status: 'active', refreshCount: 1 })

  // A trigger handler: starting a polling block runs handleTriggerPollingForEvent (its first poll) in the same runtime.
  const trigger = await consoleApi<{ ok: boolean; run: { id: string; fired: unknown[] } }>(site, '/api/triggers', 'POST', {
    method: 'pollNewIssue',
    connectionId: connection.id,
    params: { repository: `${sandbox.user.login}/hello-sandbox` },
  })
  expect(trigger).toMatchObject({ ok: true, run: { fired: [] } })
  const poll = events('platform.invoke')
    .filter((event) => event['operation'] === 'handleTriggerPollingForEvent')
    .pop()
  expect(poll).toMatchObject({ ok: true, runtime: expect.stringMatching(expected) as unknown })
  expect(await consoleApi(site, `/api/triggers/${trigger.run.id}`, 'DELETE')).toEqual({ ok: true })

  // The service's ServerCode.Error crosses the queue with its code and HTTP status.
  const error = await invoke('getAuthenticatedUser', [])
  expect(error).toMatchObject({
    ok: false,
    error: { code: 40101, httpStatusCode: 401, message: expect.stringContaining('No GitHub connection') as unknown },
    runtime: expect.stringMatching(expected) as unknown,
  })
  await consoleApi(site, `/api/connections/${connection.id}`, 'DELETE')
}

function recordedConnections(file: string): Connection[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Connection)
}

const canListen = (port: number): Promise<boolean> =>
  new Promise((answer) => {
    const server = createServer()
    server.once('error', () => answer(false))
    server.listen(port, '127.0.0.1', () => server.close(() => answer(true)))
  })

/** Two free neighbouring ports: the CLI's master inspects on the first, its worker on the next. */
async function freePortPair(): Promise<number> {
  for (;;) {
    const port = await freePort()
    if (port < 65535 && (await canListen(port + 1))) return port
  }
}

beforeAll(async () => {
  requireRedisServer()
  const port = await freePort()
  base = `http://127.0.0.1:${port}`
  data = await temporaryDir('coderunner-e2e-')
  sandbox = await startSandboxProcess({ redirectUris: [`${base}/oauth/callback`] })
  const started = await spawnTs<{ match: string }>('platform/main.ts', {
    readyPattern: CONSOLE_LINK,
    timeoutMs: 60_000,
    env: {
      PORT: String(port),
      PLATFORM_DATA_DIR: data.path,
      GITHUB_CLIENT_ID: sandbox.clientId,
      GITHUB_CLIENT_SECRET: sandbox.clientSecret,
      GITHUB_SERVER_URL: sandbox.serverUrl,
    },
  })
  platform = started.handle
  site = consoleAccess(started.info.match)
  discovery = JSON.parse(readFileSync(join(data.path, 'coderunner-local.json'), 'utf8')) as Discovery
}, 90_000)

afterAll(async () => {
  await platform?.stop()
  await sandbox?.close()
  await data?.remove()
})

describe('npm run debug against the local platform', () => {
  let debug: ScriptRun
  let record: string

  beforeAll(async () => {
    record = join(data.path, 'debug-connections.jsonl')
    writeFileSync(record, '')
    expect(await runtime()).toMatchObject({ kind: 'in-process' })
    debug = runScript('debug', record)
    await waitFor(async () => (await runtime()).kind === 'debug', 'the debug session to register its model', 90_000)
  }, 120_000)

  afterAll(async () => {
    if (debug.child.exitCode === null) debug.child.kill('SIGKILL')
  })

  it('runs login, an action, a dictionary, a refresh, a trigger handler and an error in the debug session', async () => {
    const session = await runtime()
    expect(session.label).toMatch(/^debug session [0-9A-F-]{36}$/)
    await exerciseRuntime(new RegExp(`^${session.label}$`))
    // The real runner did the work: its workers logged each task.
    for (const method of [
      'getOAuth2ConnectionURL',
      'executeCallback',
      'getAuthenticatedUser',
      'getRepositoriesDictionary',
      'refreshToken',
      'handleTriggerPollingForEvent',
    ]) {
      expect(debug.output()).toContain(`[INVOKE SERVICE] GitHub.${method}`)
    }
    // The CLI printed its configuration: neither the API key nor the broker password show.
    expect(debug.output()).not.toContain(discovery.apiKey)
    expect(debug.output()).toContain('"apiKey": "[REDACTED]"')
  }, 120_000)

  it('sends every request of the CLI and its workers to loopback: nothing reaches Backendless', () => {
    const seen = recordedConnections(record)
    const api = Number(new URL(discovery.apiServer).port)
    // The recorder worked: the API server and the broker were both reached through it.
    expect(seen).toContainEqual(expect.objectContaining({ host: '127.0.0.1', port: api }))
    expect(seen.filter((entry) => entry.port !== undefined && entry.port !== api).length).toBeGreaterThan(0)
    const outside = seen.filter(
      (entry) => (entry.host !== undefined && !LOOPBACK.has(entry.host)) || (entry.lookup !== undefined && !LOOPBACK.has(entry.lookup)),
    )
    expect(outside).toEqual([])
  })

  it('falls back to the in-process service, and says so, when the debug session ends', async () => {
    const session = (await runtime()).label
    debug.child.kill('SIGINT')
    expect(await debug.done).toBe(0)
    const after = await waitFor(async () => {
      const view = await runtime()
      return view.kind === 'in-process' ? view : undefined
    }, 'the fallback to in-process')
    expect(after.note).toContain(`${session.replace('debug session', 'Debug session')} ended`)
    expect(after.note).toContain('invocations run on the service loaded in-process again')
    expect(await invoke('getAuthenticatedUser', [])).toMatchObject({ ok: false, error: { code: 40101 }, runtime: 'in-process' })
  })
})

describe('npm run debug -- --inspect', () => {
  it('stops a console invocation at a breakpoint in the service, then answers it once resumed', async () => {
    const port = await freePortPair()
    const debug = runScript('debug', join(data.path, 'inspect-connections.jsonl'), [`--inspect=127.0.0.1:${port}`])
    try {
      await waitFor(async () => (await runtime()).kind === 'debug', 'the debug session to register its model', 90_000)
      expect(debug.output()).toContain(`one CodeRunner worker listening on 127.0.0.1:${port + 1}`)
      await waitFor(
        () => Promise.resolve(debug.output().includes(`Debugger listening on ws://127.0.0.1:${port + 1}/`)),
        'the worker inspector',
      )
      // The first statement of getOAuth2ConnectionURL in the built service (0-based line for the inspector).
      const line =
        readFileSync(join(ROOT, 'dist', 'GitHub.js'), 'utf8')
          .split('\n')
          .findIndex((text) => text.includes('async getOAuth2ConnectionURL()')) + 1
      const attached = spawn(
        process.execPath,
        ['--experimental-websocket', DEBUGGER, `127.0.0.1:${port + 1}`, 'dist/GitHub\\.js$', String(line)],
        {
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      )
      let said = ''
      attached.stdout?.on('data', (chunk: Buffer) => (said += chunk.toString('utf8')))
      attached.stderr?.on('data', (chunk: Buffer) => (said += chunk.toString('utf8')))
      const exited = new Promise((closed) => attached.on('close', closed))
      await waitFor(() => Promise.resolve(said.includes('"ready":true')), 'the debugger to set its breakpoint')
      const login = consoleApi<Outcome>(site, '/api/login', 'POST', {})
      await exited
      expect(JSON.parse(said.split('\n')[1] as string)).toMatchObject({ paused: { functionName: 'getOAuth2ConnectionURL', line } })
      expect(await login).toMatchObject({ ok: true, url: expect.stringContaining(sandbox.serverUrl) as unknown })
      expect(debug.output()).toContain('[INVOKE SERVICE] GitHub.getOAuth2ConnectionURL')
    } finally {
      debug.child.kill('SIGINT')
      await debug.done
    }
  }, 150_000)
})

describe('npm run deploy to the local platform', () => {
  it('uploads the zip through the publish endpoints, then answers every call from the unpacked code', async () => {
    const record = join(data.path, 'deploy-connections.jsonl')
    writeFileSync(record, '')
    const started = Date.now()
    const deploy = runScript('deploy', record)
    expect(await deploy.done).toBe(0)
    expect(deploy.output()).toContain('Zip File has been published')
    // What the CLI uploaded (--keep-zip keeps it): deflated by scripts/deflate-deploy-zip.cjs, within the 1.5 MiB budget.
    const zipPath = join(ROOT, 'deploy.zip')
    expect(statSync(zipPath).mtimeMs).toBeGreaterThanOrEqual(started - 1000)
    const uploaded = readFileSync(zipPath)
    expect(uploaded.length).toBeLessThanOrEqual(1.5 * 1024 * 1024)
    const methods = zipEntryMethods(uploaded)
    expect(methods.get('model.json')).toBe(8)
    expect(methods.get('dist/GitHub.js')).toBe(8)
    expect([...methods.entries()].filter(([name, method]) => method !== 8 && !name.endsWith('/'))).toEqual([])
    expect(deploy.output()).toContain('the model is built from the unpacked files only')
    const deployed = await runtime()
    expect(deployed).toMatchObject({ kind: 'deployed', label: expect.stringMatching(/^deployed code \(\S+\)$/) as unknown })
    await exerciseRuntime(new RegExp(`^${deployed.label.replace(/[()]/g, '\\$&')}$`))
    expect(recordedConnections(record).filter((entry) => entry.host !== undefined && !LOOPBACK.has(entry.host))).toEqual([])
  }, 240_000)

  it('refuses a zip with a file missing, as the cloud would, and keeps serving the previous deployment', async () => {
    const before = await runtime()
    expect(before.kind).toBe('deployed')
    // The real CLI with one more exclude: its own model build still finds the file on disk, the zip does not carry it.
    const project = JSON.parse(readFileSync(join(ROOT, 'coderunner.json'), 'utf8')) as { app: { exclude: string[] } }
    const config = join(data.path, 'missing-file.coderunner.json')
    writeFileSync(
      config,
      JSON.stringify({
        app: { ...project.app, exclude: [...project.app.exclude, 'dist/github/pulls.js'], id: discovery.appId, apiKey: discovery.apiKey },
      }),
      { mode: 0o600 },
    )
    const cli = spawn(
      process.execPath,
      [
        join(ROOT, 'node_modules', 'backendless-coderunner', 'bin', 'coderunner'),
        'deploy',
        '-c',
        config,
        '--api-server',
        discovery.apiServer,
        '-q',
      ],
      { cwd: ROOT, env: { ...process.env, NODE_ENV: 'development' }, stdio: ['ignore', 'pipe', 'pipe'] },
    )
    let output = ''
    cli.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
    cli.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
    await new Promise((closed) => cli.on('close', closed))
    expect(output).toContain('[error] Deploy failed: The deployed code has model errors — is a file missing from the zip?')
    expect(output).toContain("Cannot find module './pulls'")
    expect(output).toContain('Unable to publish model. This has been finished with an error')
    expect(await runtime()).toMatchObject({ kind: 'deployed', label: before.label })
    expect(await invoke('getAuthenticatedUser', [])).toMatchObject({ ok: false, error: { code: 40101 }, runtime: before.label })
  }, 240_000)
})
