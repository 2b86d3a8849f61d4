import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import type { SandboxOptions, SandboxUser } from './index'
import type { ResponseViolation } from './rest'
import type { DiscussionInput } from './rest/people'

/**
 * The sandbox GitHub as a separate program, and the one way to start it from elsewhere.
 *
 * Run alone (the platform, every test harness and the benchmarks start it this way):
 *
 *   node --import tsx sandbox/process.ts [--options '{"redirectUris":[…],"accessTokenTtlSeconds":60}']
 *     [--redirect-uri <url>]… [--access-ttl <s>] [--port <n>] [--exit-with-stdin]
 *
 * (or SANDBOX_OPTIONS=<json> in the environment, which keeps a given client secret out of `ps`). It prints exactly one
 * line on stdout, `{"ready":true,"serverUrl":…,"clientId":…,"clientSecret":…,"user":{…},"controlUrl":…}`, then logs
 * only to stderr. The control server on 127.0.0.1 (tests and the platform only, never the service) answers
 * GET /counters, GET /response-violations, POST /token-endpoint {"down":bool}, POST /login {"url","deny"} (drives the sign-in and consent pages
 * and returns the callback URL without requesting it), POST /rate-limit {"resource","remaining","resetInSeconds"},
 * POST /secondary-rate-limit {"requests","retryAfterSeconds"}, POST /rate-limit/reset, POST /webhooks/idle (answers when no
 * webhook delivery is in flight), POST /discussions {"repository","title","body","category","author"} (a person starts a
 * discussion on GitHub's web pages; the REST API has none). It stops on SIGINT/SIGTERM, and with --exit-with-stdin when its
 * stdin ends, so a parent that dies takes its sandbox with it.
 *
 * Imported (the platform may import only this module): `startSandboxProcess(options)` spawns the program above and
 * returns a handle. Loading this module never loads the sandbox itself (oidc-provider is ESM-only and Jest compiles to
 * CommonJS), so Jest tests use the same harness as the platform.
 */

export type { SandboxOptions, SandboxUser } from './index'
export type { ResponseViolation } from './rest'

export interface SandboxCounters {
  codeExchanges: number
  refreshGrants: number
  apiRequests: number
}

/** What the ready line carries. */
export interface SandboxInfo {
  serverUrl: string // the service's serverUrl, exactly like a GitHub Enterprise Server root
  clientId: string
  clientSecret: string
  user: SandboxUser
  controlUrl: string
}

export interface SandboxProcess extends SandboxInfo {
  counters(): Promise<SandboxCounters>
  /** Fault injection: the token endpoint answers 503 while down. */
  setTokenEndpointDown(down: boolean): Promise<void>
  /** Signs in on the sandbox's pages from an authorization URL carrying redirect_uri; the callback URL, not requested. */
  login(authorizationUrl: string, options?: { deny?: boolean }): Promise<URL>
  /**
   * Uses up the primary rate limit of `resource` for every user (or leaves `remaining` requests) until it resets in
   * `resetInSeconds` (default: the resource's window); then requests are refused with 403 and X-RateLimit-Remaining: 0.
   */
  exhaustRateLimit(options?: { resource?: 'core' | 'search' | 'code_search'; remaining?: number; resetInSeconds?: number }): Promise<void>
  /** The next `requests` requests (default 1) are refused by the secondary rate limit: 403 with Retry-After. */
  secondaryRateLimit(options?: { requests?: number; retryAfterSeconds?: number }): Promise<void>
  /** Resolves when every webhook delivery started so far has been answered (or failed). */
  webhooksIdle(): Promise<void>
  /** Every rate-limit window starts afresh. */
  resetRateLimits(): Promise<void>
  /** A person starts a discussion in a repository (the REST API has none): the discussion as its webhook shows it. */
  startDiscussion(input: DiscussionInput): Promise<Record<string, unknown>>
  /** With `checkResponses`: the answers GitHub's description does not allow (operation, status, schema errors). */
  responseViolations(): Promise<ResponseViolation[]>
  /** The last of what the process wrote to stderr, for failure messages. */
  stderr(): string
  close(): Promise<void>
}

export interface LaunchOptions {
  /** Copy the sandbox's stderr to this process's stderr as it comes (the platform does; tests keep it for messages). */
  forwardStderr?: boolean
  startTimeoutMs?: number
}

const ROOT = join(__dirname, '..')
const CONTROL_TIMEOUT_MS = 30_000

export async function startSandboxProcess(options: SandboxOptions, launch: LaunchOptions = {}): Promise<SandboxProcess> {
  const startTimeoutMs = launch.startTimeoutMs ?? 30_000
  const child: ChildProcessWithoutNullStreams = spawn(
    process.execPath,
    ['--import', 'tsx', join(__dirname, 'process.ts'), '--exit-with-stdin'],
    {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'pipe'],
      // The options travel in the environment: a persisted client secret must not show in the process list.
      env: { ...process.env, NODE_OPTIONS: '', SANDBOX_OPTIONS: JSON.stringify(options) },
    },
  )
  let stderr = ''
  child.stderr.setEncoding('utf8')
  child.stderr.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-20_000)
    if (launch.forwardStderr) process.stderr.write(chunk)
  })
  let exited = false
  const gone = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true
      resolve()
    }),
  )

  const info = await new Promise<SandboxInfo>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The sandbox did not start within ${startTimeoutMs} ms.\n${stderr}`)), startTimeoutMs)
    const lines = createInterface({ input: child.stdout })
    lines.on('line', (line) => {
      if (!line.startsWith('{"ready":true')) return
      clearTimeout(timer)
      resolve(JSON.parse(line) as SandboxInfo)
    })
    void gone.then(() => {
      clearTimeout(timer)
      reject(new Error(`The sandbox exited (${String(child.exitCode ?? child.signalCode)}) before it was ready.\n${stderr}`))
    })
  }).catch((error: unknown) => {
    child.kill('SIGKILL')
    throw error
  })

  const control = async <T>(path: string, body?: unknown): Promise<T> => {
    if (exited) throw new Error('The sandbox process has exited.')
    const response = await fetch(`${info.controlUrl}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(CONTROL_TIMEOUT_MS),
    })
    const answer = (await response.json()) as T & { error?: string }
    if (!response.ok) throw new Error(`sandbox control ${path}: ${answer.error ?? response.status}`)
    return answer
  }

  return {
    serverUrl: info.serverUrl,
    clientId: info.clientId,
    clientSecret: info.clientSecret,
    user: info.user,
    controlUrl: info.controlUrl,
    counters: () => control<SandboxCounters>('/counters'),
    setTokenEndpointDown: async (down) => {
      await control('/token-endpoint', { down })
    },
    login: async (url, login = {}) => new URL((await control<{ callback: string }>('/login', { url, deny: login.deny === true })).callback),
    responseViolations: () => control<ResponseViolation[]>('/response-violations'),
    exhaustRateLimit: async (limit = {}) => {
      await control('/rate-limit', limit)
    },
    secondaryRateLimit: async (limit = {}) => {
      await control('/secondary-rate-limit', limit)
    },
    webhooksIdle: async () => {
      await control('/webhooks/idle', {})
    },
    resetRateLimits: async () => {
      await control('/rate-limit/reset', {})
    },
    startDiscussion: (input) => control<Record<string, unknown>>('/discussions', input),
    stderr: () => stderr,
    close: async () => {
      if (exited) return
      child.stdin.end()
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
      await gone
      clearTimeout(timer)
    },
  }
}

// ── The program ─────────────────────────────────────────────────────────────────────────────────────────────────────

export function parseArguments(argv: string[], env: NodeJS.ProcessEnv = process.env): { options: SandboxOptions; exitWithStdin: boolean } {
  let options: Partial<SandboxOptions> = env['SANDBOX_OPTIONS'] ? (JSON.parse(env['SANDBOX_OPTIONS']) as Partial<SandboxOptions>) : {}
  const redirectUris: string[] = []
  let exitWithStdin = false
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i]
    const value = argv[i + 1]
    const take = (): string => {
      if (value === undefined) throw new Error(`${flag} needs a value`)
      i += 1
      return value
    }
    const number = (): number => {
      const parsed = Number(take())
      if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`${flag} needs a whole number`)
      return parsed
    }
    switch (flag) {
      case '--options':
        options = { ...options, ...(JSON.parse(take()) as Partial<SandboxOptions>) }
        break
      case '--redirect-uri':
        redirectUris.push(take())
        break
      case '--port':
        options.port = number()
        break
      case '--access-ttl':
        options.accessTokenTtlSeconds = number()
        break
      case '--exit-with-stdin':
        exitWithStdin = true
        break
      default:
        throw new Error(`unknown argument ${flag}`)
    }
  }
  return { options: { ...options, redirectUris: [...(options.redirectUris ?? []), ...redirectUris] }, exitWithStdin }
}

async function main(): Promise<void> {
  // Loaded here, not at the top: importing this module (the platform, Jest) must not load oidc-provider.
  const { startSandbox } = await import('./index.js')
  const { headlessLogin } = await import('./headless-login.js')
  const { log } = await import('./log.js')
  const { PersonError } = await import('./rest/people.js')
  // Library notices (oidc-provider's) must never land on stdout, which carries only the ready line.
  console.log = console.info = (...args: unknown[]) => log.info('%s', args.map(String).join(' '))

  const { options, exitWithStdin } = parseArguments(process.argv.slice(2))
  const sandbox = await startSandbox(options)

  const control = createServer((request, response) => {
    route(request, response).catch((error: unknown) =>
      reply(response, 500, { error: error instanceof Error ? error.message : String(error) }),
    )
  })
  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = request.method === 'POST' ? await readJson(request) : {}
    if (request.url === '/counters' && request.method === 'GET') return reply(response, 200, sandbox.counters())
    if (request.url === '/response-violations' && request.method === 'GET') return reply(response, 200, sandbox.responseViolations())
    if (request.url === '/token-endpoint' && request.method === 'POST') {
      sandbox.setTokenEndpointDown(body['down'] === true)
      return reply(response, 200, { down: body['down'] === true })
    }
    if (request.url === '/rate-limit' && request.method === 'POST') {
      const resource = body['resource'] ?? 'core'
      if (resource !== 'core' && resource !== 'search' && resource !== 'code_search')
        return reply(response, 400, { error: 'unknown resource' })
      sandbox.rateLimits().exhaust(resource, {
        ...(typeof body['remaining'] === 'number' && { remaining: body['remaining'] }),
        ...(typeof body['resetInSeconds'] === 'number' && { resetInSeconds: body['resetInSeconds'] }),
      })
      return reply(response, 200, { resource })
    }
    if (request.url === '/secondary-rate-limit' && request.method === 'POST') {
      const limit = {
        requests: typeof body['requests'] === 'number' ? body['requests'] : 1,
        retryAfterSeconds: typeof body['retryAfterSeconds'] === 'number' ? body['retryAfterSeconds'] : 60,
      }
      sandbox.rateLimits().secondary(limit)
      return reply(response, 200, limit)
    }
    if (request.url === '/webhooks/idle' && request.method === 'POST') {
      await sandbox.webhooksIdle()
      return reply(response, 200, { idle: true })
    }
    if (request.url === '/rate-limit/reset' && request.method === 'POST') {
      sandbox.rateLimits().reset()
      return reply(response, 200, { reset: true })
    }
    if (request.url === '/discussions' && request.method === 'POST') {
      const text = (name: string): string | undefined => (typeof body[name] === 'string' ? body[name] : undefined)
      try {
        const discussion = sandbox.people().startDiscussion({
          repository: text('repository') ?? '',
          title: text('title') ?? '',
          ...(text('body') !== undefined && { body: text('body') }),
          ...(text('category') !== undefined && { category: text('category') }),
          ...(text('author') !== undefined && { author: text('author') }),
        })
        return reply(response, 201, discussion)
      } catch (error) {
        if (error instanceof PersonError) return reply(response, 400, { error: error.message })
        throw error
      }
    }
    if (request.url === '/login' && request.method === 'POST') {
      const callback = await headlessLogin(String(body['url']), sandbox.user, { deny: body['deny'] === true })
      return reply(response, 200, { callback: callback.toString() })
    }
    reply(response, 404, { error: 'unknown control route' })
  }
  await new Promise<void>((resolve) => control.listen(0, '127.0.0.1', () => resolve()))
  const controlUrl = `http://127.0.0.1:${(control.address() as AddressInfo).port}`

  let closing: Promise<void> | undefined
  const shutdown = (): Promise<void> => {
    if (closing) return closing
    control.closeAllConnections()
    control.close()
    closing = sandbox.close().then(() => process.exit(0))
    return closing
  }
  process.once('SIGINT', () => void shutdown())
  process.once('SIGTERM', () => void shutdown())
  if (exitWithStdin) {
    process.stdin.on('end', () => void shutdown())
    process.stdin.on('close', () => void shutdown())
    process.stdin.resume()
  }
  const { serverUrl, clientId, clientSecret, user } = sandbox
  const ready: SandboxInfo & { ready: true } = { ready: true, serverUrl, clientId, clientSecret, user, controlUrl }
  process.stdout.write(`${JSON.stringify(ready)}\n`)
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = []
  for await (const chunk of request as AsyncIterable<Buffer>) chunks.push(chunk)
  const text = Buffer.concat(chunks).toString('utf8')
  return text ? (JSON.parse(text) as Record<string, unknown>) : {}
}

function reply(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`sandbox failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exit(1)
  })
}
