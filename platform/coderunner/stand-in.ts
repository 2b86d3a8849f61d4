import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { dirname, join, normalize, resolve, sep } from 'node:path'
import JSZip from 'jszip'
import { log } from '../log'
import type { OperationInvoker } from '../connections'
import type { InvocationOutcome, InvokeOptions, ServiceHost } from '../service-host'
import { writeAtomic } from '../store'
import { analyseTask, CLOUD_QUEUE, decodeResult, serviceTask, type DeployedCode } from './protocol'
import { RedisServerMissing, startRedisServer, type RedisServer } from './redis-server'
import { TaskQueue } from './task-queue'

/**
 * The local platform as the Backendless server the CodeRunner CLI talks to, so the real, unmodified
 * `coderunner debug` and `coderunner deploy` run against it:
 * - the CLI's HTTP API (lib/server-code/services/api-server.js) on its own loopback port, under
 *   `/<app id>/<API key>/servercode/…` like api.backendless.com: registerRunner/JS, registermodel,
 *   unregisterRunner, publishcode/async/JS and publishcode/status/<id>;
 * - the message broker (redis-server, started the first time debug or deploy needs it) and the
 *   debug session key the runner keeps alive with EXPIRE every 45 s;
 * - the runtime that answers invocations: a live debug session first, else the deployed code (run by
 *   CodeRunner's cloud runner), else the service loaded in-process.
 * The app id and API key are made here, kept in the data folder (mode 0600) and never sent anywhere.
 */

export const DISCOVERY_FILE = 'coderunner-local.json'
const APP_FILE = 'coderunner-app.json'
const DEPLOYED_FILE = 'deployed.json'
/** The session key's TTL the runner renews (runners/debug.js SESSION_TTL). */
const SESSION_TTL_SECONDS = 60
const SESSION_CHECK_MS = 1_000
const MAX_ZIP_BYTES = 100 * 1024 * 1024
const MAX_UNPACKED_BYTES = 400 * 1024 * 1024
const ANALYSE_TIMEOUT_SECONDS = 60
const CLOUD_RUNNER_START_MS = 60_000
const CLOUD_RUNNER_STOP_GRACE_MS = 5_000
/** A debug session started with --inspect may sit at a breakpoint: its tasks (and the runner's worker) wait this long. */
const INSPECT_TIMEOUT_SECONDS = 15 * 60
const UUID = /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/

export interface LocalApp {
  appId: string
  apiKey: string
}

/** What `npm run debug` / `npm run deploy` read to find the local platform (mode 0600). */
export interface Discovery extends LocalApp {
  apiServer: string
}

export interface RuntimeView {
  kind: 'in-process' | 'debug' | 'deployed'
  /** e.g. "debug session 3F2A…", as each invocation's `runtime` says it. */
  label: string
  since?: string
  /** Why the runtime changed, when it fell back. */
  note?: string
  /** Where `npm run debug` / `npm run deploy` find this platform's CodeRunner API. */
  apiServer?: string
}

export interface StandInOptions {
  host: ServiceHost
  dataDir: string
  /** Loopback port of the CLI's API; 0 picks a free one. */
  port: number
  env?: NodeJS.ProcessEnv
}

interface DebugSession {
  id: string
  since: Date
  /** The runner takes tasks once its model is registered. */
  ready: boolean
  inspect: boolean
}

interface Deployment extends DeployedCode {
  id: string
  at: string
}

interface DeployJob {
  messages: { level: 'INFO' | 'ERROR'; date: number; message: string }[]
}

interface Broker {
  redis: RedisServer
  queue: TaskQueue
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code = 0,
  ) {
    super(message)
  }
}

export class CodeRunnerStandIn implements OperationInvoker {
  private broker: Promise<Broker> | null = null
  private session: DebugSession | null = null
  private sessionTimer: NodeJS.Timeout | null = null
  private deployment: Deployment | null = null
  private fallbackNote: string | undefined
  private cloudRunner: Promise<ChildProcess> | null = null
  private readonly deploys = new Map<string, DeployJob>()
  private closed = false
  /** The next debug session runs under a debugger (npm run debug -- --inspect said so). */
  private inspectNext = false

  private constructor(
    private readonly host: ServiceHost,
    private readonly app: LocalApp,
    private readonly dataDir: string,
    private readonly server: Server,
    readonly url: string,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  static async start(options: StandInOptions): Promise<CodeRunnerStandIn> {
    const dataDir = resolve(options.dataDir)
    await mkdir(dataDir, { recursive: true, mode: 0o700 })
    const app = await localApp(dataDir)
    const holder: { standIn?: CodeRunnerStandIn } = {}
    const server = createServer((request, response) => {
      const standIn = holder.standIn
      if (!standIn) return void response.writeHead(503).end()
      standIn.handle(request, response).catch((error: unknown) => standIn.fail(request, response, error))
    })
    await new Promise<void>((ready, fail) => {
      server.once('error', fail)
      server.listen(options.port, '127.0.0.1', () => ready())
    })
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    const standIn = new CodeRunnerStandIn(options.host, app, dataDir, server, url, options.env ?? process.env)
    holder.standIn = standIn
    standIn.deployment = await readDeployment(dataDir)
    const discovery: Discovery = { ...app, apiServer: url }
    await writeAtomic(join(dataDir, DISCOVERY_FILE), `${JSON.stringify(discovery)}\n`)
    log.info('coderunner.api_listening', { apiServer: url, deployed: standIn.deployment?.id ?? null })
    return standIn
  }

  /** Invokes through the runtime that answers now; the outcome says which one did. */
  async invoke(method: string, args: unknown[], options: InvokeOptions = {}): Promise<InvocationOutcome> {
    const session = this.session?.ready ? this.session : null
    const deployment = this.deployment
    if (!session && !deployment) return { ...(await this.host.invoke(method, args, options)), runtime: 'in-process' }
    const started = performance.now()
    const elapsed = (): number => Math.round(performance.now() - started)
    const prepared = this.host.prepare(method, args, options)
    if (!prepared.ok) return { ok: false, error: prepared.error, durationMs: 0 }
    const runtime = session ? `debug session ${session.id}` : `deployed code (${deployment?.id})`
    const timeoutSeconds = session?.inspect ? Math.max(prepared.timeoutSeconds, INSPECT_TIMEOUT_SECONDS) : prepared.timeoutSeconds
    const code =
      !session && deployment
        ? { relativePath: deployment.relativePath, provider: deployment.provider, deploymentModelName: deployment.deploymentModelName }
        : undefined
    const task = serviceTask(this.app.appId, prepared.task, timeoutSeconds, code)
    const queue = session ? this.app.appId : CLOUD_QUEUE
    try {
      const { queue: taskQueue } = await this.ensureBroker()
      if (!session) await this.ensureCloudRunner()
      const answer = await taskQueue.run(queue, task)
      if (answer.answered) {
        const decoded = decodeResult(answer.message)
        log.info('coderunner.task', { method, runtime, ok: decoded.ok, durationMs: elapsed() })
        return { ...decoded, durationMs: elapsed(), runtime }
      }
      await taskQueue.withdraw(queue, task)
      const ended = session && this.session !== session ? ` The debug session ended meanwhile (${this.fallbackNote ?? 'stopped'}).` : ''
      const message =
        answer.reason === 'closed'
          ? 'The local platform is stopping.'
          : `Task execution is aborted due to timeout (${timeoutSeconds} s): ${runtime} did not answer.${ended}`
      return { ok: false, error: { code: 0, httpStatusCode: -1, message }, durationMs: elapsed(), runtime }
    } catch (error) {
      return { ok: false, error: { code: 0, httpStatusCode: 500, message: errorMessage(error) }, durationMs: elapsed(), runtime }
    }
  }

  /** Which runtime answers invocations now. */
  describe(): RuntimeView {
    const base = { apiServer: this.url, ...(this.fallbackNote !== undefined && { note: this.fallbackNote }) }
    if (this.session?.ready) {
      return { kind: 'debug', label: `debug session ${this.session.id}`, since: this.session.since.toISOString(), apiServer: this.url }
    }
    if (this.deployment) return { ...base, kind: 'deployed', label: `deployed code (${this.deployment.id})`, since: this.deployment.at }
    return { ...base, kind: 'in-process', label: 'in-process' }
  }

  async close(): Promise<void> {
    this.closed = true
    if (this.sessionTimer) clearInterval(this.sessionTimer)
    await new Promise<void>((done) => {
      this.server.close(() => done())
      this.server.closeAllConnections()
    })
    await rm(join(this.dataDir, DISCOVERY_FILE), { force: true })
    const runner = await this.cloudRunner?.catch(() => null)
    if (runner) await stopProcess(runner, CLOUD_RUNNER_STOP_GRACE_MS)
    const broker = await this.broker?.catch(() => null)
    if (broker) {
      await broker.queue.close()
      await broker.redis.stop()
    }
  }

  // ── The CLI's HTTP API ─────────────────────────────────────────────────────

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.url)
    const [appId = '', apiKey = '', area = '', ...rest] = url.pathname.split('/').slice(1).map(decodeURIComponent)
    if (!sameSecret(appId, this.app.appId) || !sameSecret(apiKey, this.app.apiKey)) {
      // Backendless' "application not found / wrong API key" family.
      throw new HttpError(
        401,
        'The application id or API key is not the local platform\'s: run "npm run debug" or "npm run deploy" again.',
        3064,
      )
    }
    const route = `${request.method} ${area}/${rest.join('/')}`
    if (route === 'POST local/broker') {
      // For scripts/coderunner.js: the broker the CLI must be pointed at, started on first use.
      const body = await readJson(request).catch(() => ({}))
      this.inspectNext = isRecord(body) && body['inspect'] === true
      const { redis } = await this.ensureBroker()
      return sendJson(response, 200, { host: redis.host, port: redis.port, password: redis.password })
    }
    if (route === 'POST servercode/registerRunner/JS') return sendJson(response, 200, { debugId: await this.registerRunner() })
    if (route === 'POST servercode/registermodel') {
      this.registerModel(await readJson(request))
      return sendJson(response, 200, {})
    }
    if (route === 'GET servercode/unregisterRunner') {
      await this.endSession('npm run debug stopped and unregistered it')
      return sendJson(response, 200, {})
    }
    if (route === 'POST servercode/publishcode/async/JS') return sendJson(response, 200, await this.publish(request))
    const status = /^GET servercode\/publishcode\/status\/([\w-]+)$/.exec(route)
    if (status) {
      const job = this.deploys.get(status[1] as string)
      if (!job) throw new HttpError(404, `No deployment with id ${status[1]}.`)
      const offset = Math.max(0, Number(url.searchParams.get('offset')) || 0)
      const pageSize = Math.min(1000, Math.max(1, Number(url.searchParams.get('pagesize')) || 100))
      return sendJson(response, 200, job.messages.slice(offset, offset + pageSize))
    }
    throw new HttpError(404, `The local platform does not implement ${request.method} /servercode/${rest.join('/')}.`)
  }

  private fail(request: IncomingMessage, response: ServerResponse, error: unknown): void {
    const status = error instanceof HttpError ? error.status : error instanceof RedisServerMissing ? 503 : 500
    const code = error instanceof HttpError ? error.code : 0
    log.warn('coderunner.api_refused', {
      method: request.method,
      area: (request.url ?? '').split('/')[3] ?? null,
      status,
      message: errorMessage(error),
    })
    if (!response.headersSent) sendJson(response, status, { code, message: errorMessage(error) })
    else response.end()
  }

  // ── Debug sessions ─────────────────────────────────────────────────────────

  private async registerRunner(): Promise<string> {
    const { queue } = await this.ensureBroker()
    if (this.session) await this.endSession('a new npm run debug replaced it')
    const id = randomUUID().toUpperCase()
    await queue.redis.set(id, 'debug-session', 'EX', SESSION_TTL_SECONDS)
    // Tasks left by an earlier session must not run in this one.
    await queue.redis.del(this.app.appId)
    this.session = { id, since: new Date(), ready: false, inspect: this.inspectNext }
    this.inspectNext = false
    this.sessionTimer = setInterval(() => void this.checkSession(id), SESSION_CHECK_MS)
    this.sessionTimer.unref()
    log.info('coderunner.debug_registered', { session: id, inspect: this.session.inspect })
    return id
  }

  private registerModel(body: unknown): void {
    const session = this.session
    if (!session) throw new HttpError(400, 'No debug session is registered: registerRunner comes first.')
    const services = isRecord(body) && Array.isArray(body['services']) ? body['services'] : []
    const name = this.host.descriptor.name
    if (!services.some((service) => isRecord(service) && service['name'] === name)) {
      throw new HttpError(400, `The model has no service named ${name}: is "npm run debug" running in this project?`)
    }
    session.ready = true
    this.fallbackNote = undefined
    log.info('coderunner.debug_ready', { session: session.id, services: services.length })
  }

  private async checkSession(id: string): Promise<void> {
    if (this.session?.id !== id) return
    const broker = await this.broker?.catch(() => null)
    const alive = broker ? await broker.queue.redis.exists(id).catch(() => 0) : 0
    if (alive === 0 && this.session?.id === id) await this.endSession('its keep-alive lapsed: the CodeRunner process stopped')
  }

  private async endSession(why: string): Promise<void> {
    const session = this.session
    if (!session) return
    this.session = null
    if (this.sessionTimer) clearInterval(this.sessionTimer)
    this.sessionTimer = null
    const broker = await this.broker?.catch(() => null)
    await broker?.queue.redis.del(session.id).catch(() => undefined)
    const now = new Date().toISOString().slice(11, 19)
    const next = this.deployment ? `the deployed code (${this.deployment.id})` : 'the service loaded in-process'
    this.fallbackNote = `Debug session ${session.id} ended at ${now} UTC (${why}); invocations run on ${next} again.`
    log.info('coderunner.debug_ended', { session: session.id, why })
  }

  // ── Deploy ─────────────────────────────────────────────────────────────────

  private async publish(request: IncomingMessage): Promise<string> {
    const body = await readBody(request, MAX_ZIP_BYTES)
    const form = await new Response(new Uint8Array(body), { headers: { 'content-type': request.headers['content-type'] ?? '' } })
      .formData()
      .catch(() => {
        throw new HttpError(400, 'The upload is not multipart/form-data with a "code" file.')
      })
    const code = form.get('code')
    if (code === null || typeof code === 'string') throw new HttpError(400, 'The upload has no "code" file (the zip).')
    const model = form.get('model')
    const deploymentModelName = typeof model === 'string' && model !== '' ? model : 'default'
    const id = `${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}-${randomBytes(3).toString('hex')}`
    const job: DeployJob = { messages: [] }
    this.deploys.set(id, job)
    const say = (message: string, level: 'INFO' | 'ERROR' = 'INFO'): void => {
      job.messages.push({ level, date: Date.now(), message })
    }
    const zip = Buffer.from(await code.arrayBuffer())
    say(`Deployment ${id} received: ${zip.length} bytes.`)
    void this.deploy(id, zip, deploymentModelName, say).then(
      () => say('Deploy finished'),
      (error: unknown) => {
        say(`Deploy failed: ${errorMessage(error)}`, 'ERROR')
        say('Deploy finished with an error')
        log.warn('coderunner.deploy_failed', { deployment: id, message: errorMessage(error) })
      },
    )
    return id
  }

  private async deploy(id: string, zip: Buffer, deploymentModelName: string, say: (message: string) => void): Promise<void> {
    const relativePath = id
    const target = join(this.repoPath, this.app.appId.toLowerCase(), relativePath)
    const files = await unpack(zip, target)
    say(`Unpacked ${files} files.`)
    const { queue } = await this.ensureBroker()
    await this.ensureCloudRunner()
    say('Analysing the deployed code with CodeRunner (the model is built from the unpacked files only)…')
    const answer = await queue.run(CLOUD_QUEUE, analyseTask(this.app.appId, relativePath, ANALYSE_TIMEOUT_SECONDS))
    if (!answer.answered) throw new Error(`CodeRunner did not analyse the code within ${ANALYSE_TIMEOUT_SECONDS} s.`)
    const analysed = decodeResult(answer.message)
    if (!analysed.ok) throw new Error(`CodeRunner could not load the deployed code: ${analysed.error.message}`)
    const model = isRecord(analysed.result) ? analysed.result : {}
    const errors = Array.isArray(model['errors']) ? model['errors'] : []
    if (errors.length > 0) {
      const listed = errors.map((problem) =>
        isRecord(problem)
          ? `${String(problem['message'])}${problem['serverCodeFile'] ? ` (in ${String(problem['serverCodeFile'])})` : ''}`
          : String(problem),
      )
      throw new Error(`The deployed code has model errors — is a file missing from the zip? ${listed.join('; ')}`)
    }
    const name = this.host.descriptor.name
    const service = (Array.isArray(model['services']) ? model['services'] : []).find(
      (entry): entry is Record<string, unknown> => isRecord(entry) && entry['name'] === name,
    )
    if (!service || typeof service['provider'] !== 'string') throw new Error(`The deployed code has no service named ${name}.`)
    const deployment: Deployment = { id, at: new Date().toISOString(), relativePath, provider: service['provider'], deploymentModelName }
    const previous = this.deployment
    this.deployment = deployment
    await writeAtomic(join(this.dataDir, 'coderunner', DEPLOYED_FILE), `${JSON.stringify(deployment)}\n`)
    if (previous && previous.relativePath !== relativePath) {
      await rm(join(this.repoPath, this.app.appId.toLowerCase(), previous.relativePath), { recursive: true, force: true })
    }
    say(`Service ${name} (${service['provider']}) now answers invocations from deployment ${id}.`)
    log.info('coderunner.deployed', { deployment: id, provider: service['provider'] })
  }

  private get repoPath(): string {
    return join(this.dataDir, 'coderunner', 'repo')
  }

  // ── Broker and cloud runner, started on first use ──────────────────────────

  private ensureBroker(): Promise<Broker> {
    if (this.closed) return Promise.reject(new Error('The local platform is stopping.'))
    this.broker ??= (async () => {
      const redis = await startRedisServer(this.env)
      try {
        const queue = await TaskQueue.open(redis)
        log.info('coderunner.broker_started', { broker: `${redis.host}:${redis.port}` })
        return { redis, queue }
      } catch (error) {
        await redis.stop()
        throw error
      }
    })()
    // A failed start (redis-server missing) is tried again next time, after the person installed it.
    this.broker.catch(() => {
      this.broker = null
    })
    return this.broker
  }

  private ensureCloudRunner(): Promise<ChildProcess> {
    this.cloudRunner ??= this.startCloudRunner()
    this.cloudRunner.catch(() => {
      this.cloudRunner = null
    })
    return this.cloudRunner
  }

  private async startCloudRunner(): Promise<ChildProcess> {
    const { redis } = await this.ensureBroker()
    await mkdir(this.repoPath, { recursive: true, mode: 0o700 })
    const logFile = join(this.dataDir, 'coderunner', 'cloud-runner.log')
    const child = spawn(process.execPath, [join(__dirname, 'cloud-runner.cjs')], {
      cwd: resolve(__dirname, '..', '..'),
      env: withoutConsul(this.env),
      stdio: ['pipe', 'pipe', 'pipe'],
      // Its own group: the workers it forks go with it.
      detached: true,
    })
    const lines: string[] = []
    const keep = (chunk: Buffer): void => {
      lines.push(chunk.toString('utf8'))
      if (lines.length > 400) lines.splice(0, lines.length - 400)
    }
    child.stdout?.on('data', keep)
    child.stderr?.on('data', keep)
    child.stdin?.end(
      JSON.stringify({ host: redis.host, port: redis.port, password: redis.password, repoPath: this.repoPath, apiServer: this.url }),
    )
    child.once('exit', (code, signal) => {
      void writeFile(logFile, lines.join(''), { mode: 0o600 }).catch(() => undefined)
      if (!this.closed) log.warn('coderunner.cloud_runner_exited', { code, signal })
      this.cloudRunner = null
    })
    const deadline = Date.now() + CLOUD_RUNNER_START_MS
    while (!lines.join('').includes('Ready and waiting for Server Code tasks')) {
      if (child.exitCode !== null || child.signalCode !== null || Date.now() > deadline) {
        await stopProcess(child, 0)
        throw new Error(`CodeRunner's cloud runner did not start:\n${lines.join('').trim().split('\n').slice(-15).join('\n')}`)
      }
      await new Promise((wait) => setTimeout(wait, 50))
    }
    log.info('coderunner.cloud_runner_started', { pid: child.pid })
    return child
  }
}

// ── Helpers ──────────────────────────────────────────────────────────────────

async function localApp(dataDir: string): Promise<LocalApp> {
  const file = join(dataDir, APP_FILE)
  try {
    const saved = JSON.parse(await readFile(file, 'utf8')) as Partial<LocalApp>
    if (typeof saved.appId === 'string' && UUID.test(saved.appId) && typeof saved.apiKey === 'string' && UUID.test(saved.apiKey)) {
      return { appId: saved.appId, apiKey: saved.apiKey }
    }
  } catch {
    // first start: made below
  }
  // The CLI accepts only upper-case UUIDs.
  const app = { appId: randomUUID().toUpperCase(), apiKey: randomUUID().toUpperCase() }
  await writeAtomic(file, `${JSON.stringify(app)}\n`)
  return app
}

async function readDeployment(dataDir: string): Promise<Deployment | null> {
  try {
    const saved = JSON.parse(await readFile(join(dataDir, 'coderunner', DEPLOYED_FILE), 'utf8')) as Partial<Deployment>
    if ([saved.id, saved.at, saved.relativePath, saved.provider, saved.deploymentModelName].every((value) => typeof value === 'string')) {
      return saved as Deployment
    }
  } catch {
    // nothing deployed yet
  }
  return null
}

/** Unpacks a deployment zip under `target`, refusing entries that would land outside it. */
async function unpack(zipBytes: Buffer, target: string): Promise<number> {
  const zip = await JSZip.loadAsync(zipBytes).catch((error: unknown) => {
    throw new Error(`The upload is not a readable zip: ${errorMessage(error)}`)
  })
  await rm(target, { recursive: true, force: true })
  await mkdir(target, { recursive: true, mode: 0o700 })
  let files = 0
  let bytes = 0
  for (const entry of Object.values(zip.files)) {
    // JSZip already defuses "../" (keeping the name as written in unsafeOriginalName): such a zip is refused, not repaired.
    const written = entry.unsafeOriginalName ?? entry.name
    // CodeRunner's zip has a "./" folder entry; like unzip, a leading "/" is dropped rather than obeyed.
    const path = resolve(target, normalize(written.replace(/^[/\\]+/, '')))
    if (path !== target && !path.startsWith(`${target}${sep}`)) {
      throw new Error(`The zip entry "${written}" points outside the deployment folder.`)
    }
    if (entry.dir) {
      await mkdir(path, { recursive: true })
      continue
    }
    const content = await entry.async('nodebuffer')
    bytes += content.length
    if (bytes > MAX_UNPACKED_BYTES) throw new Error(`The zip unpacks to more than ${MAX_UNPACKED_BYTES / 1024 / 1024} MiB.`)
    await mkdir(dirname(path), { recursive: true })
    await writeFile(path, content)
    files++
  }
  if (!zip.file('model.json')) throw new Error('The zip has no model.json: it was not made by "coderunner deploy".')
  return files
}

function withoutConsul(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  // BL_CONSUL_* would make the runner fetch its configuration from a Consul server.
  return Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('BL_')))
}

async function stopProcess(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return
  const exited = new Promise<void>((done) => child.once('exit', () => done()))
  const signal = (name: NodeJS.Signals): void => {
    try {
      process.kill(-(child.pid as number), name)
    } catch {
      // already gone
    }
  }
  signal(graceMs > 0 ? 'SIGTERM' : 'SIGKILL')
  const timer = setTimeout(() => signal('SIGKILL'), graceMs)
  await exited
  clearTimeout(timer)
  // The workers may outlive their master.
  signal('SIGKILL')
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        reject(new HttpError(413, `The upload is larger than ${limit / 1024 / 1024} MiB.`))
        request.destroy()
      } else chunks.push(chunk)
    })
    request.on('end', () => resolveBody(Buffer.concat(chunks)))
    request.on('error', reject)
  })
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const body = await readBody(request, 20 * 1024 * 1024)
  try {
    return JSON.parse(body.toString('utf8')) as unknown
  } catch {
    throw new HttpError(400, 'The request body is not JSON.')
  }
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(body))
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
