import { randomBytes } from 'node:crypto'
import { mkdir, readFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { join, resolve } from 'node:path'
import { config as loadDotenv } from 'dotenv'
import { log } from './log'
import { CodeRunnerStandIn } from './coderunner/stand-in'
import type { Environment } from './console/server'
import { Platform } from './platform'
import { startSandboxProcess, type SandboxProcess } from '../sandbox/process'
import { ServiceHost, ServiceModelError } from './service-host'
import { DataDirInUse } from './data-lock'
import { StoreUnreadable, writeAtomic } from './store'

/**
 * `npm start`: builds (done by the npm script), loads the service like CodeRunner, and serves
 * the console. Without GITHUB_CLIENT_ID / GITHUB_CLIENT_SECRET it starts the sandbox GitHub
 * and points the service at it. This file is the only GitHub-aware part of the platform: it
 * maps the environment onto the service's config items (clientId, clientSecret, serverUrl).
 *
 * Environment: PORT (console, default 3210), GITHUB_CLIENT_ID, GITHUB_CLIENT_SECRET,
 * GITHUB_SERVER_URL (default https://github.com), GITHUB_SCOPES (the OAuth Scopes setting; default the
 * service's own), PLATFORM_DATA_DIR (default .data),
 * SANDBOX_PORT (default: a free port), SANDBOX_TOKEN_TTL_SECONDS (default: the sandbox's 60),
 * CODERUNNER_API_PORT (the API `npm run debug` / `npm run deploy` talk to, default: a free port),
 * REDIS_SERVER (default: redis-server on PATH, started only once debug or deploy is used).
 */

const ROOT = resolve(__dirname, '..')
const SANDBOX_MIN_POLL_SECONDS = 2

export interface Started {
  platform: Platform
  sandbox: SandboxProcess | null
  coderunner: CodeRunnerStandIn
  stop(): Promise<void>
}

export async function startLocalPlatform(env: NodeJS.ProcessEnv = process.env): Promise<Started> {
  const dataDir = resolve(ROOT, env['PLATFORM_DATA_DIR'] || '.data')
  const host = ServiceHost.load({ root: ROOT })
  const coderunner = await CodeRunnerStandIn.start({
    host,
    dataDir,
    port: readPort(env['CODERUNNER_API_PORT'], 0, 'CODERUNNER_API_PORT'),
    env,
  })
  try {
    const started = await startPlatform(env, host, dataDir, coderunner)
    return {
      ...started,
      coderunner,
      stop: async () => {
        await started.stop()
        await coderunner.close()
      },
    }
  } catch (error) {
    await coderunner.close()
    throw error
  }
}

async function startPlatform(
  env: NodeJS.ProcessEnv,
  host: ServiceHost,
  dataDir: string,
  runtime: CodeRunnerStandIn,
): Promise<Omit<Started, 'coderunner'>> {
  const port = readPort(env['PORT'], 3210, 'PORT')
  const clientId = env['GITHUB_CLIENT_ID']?.trim()
  const clientSecret = env['GITHUB_CLIENT_SECRET']?.trim()
  const live = Boolean(clientId && clientSecret)

  if (live) {
    const serverUrl = env['GITHUB_SERVER_URL']?.trim() || 'https://github.com'
    host.configure({ clientId, clientSecret, serverUrl, ...scopesOf(env) })
    const platform = await Platform.start({
      host,
      runtime,
      dataDir,
      storeNamespace: `${host.descriptor.name}-${namespaceOf(serverUrl)}`,
      port,
      environment: { sandbox: false, provider: `GitHub at ${serverUrl}` },
    })
    platform.environment = {
      sandbox: false,
      provider: `GitHub at ${serverUrl} — real accounts and real data`,
      notes: [
        `Register ${platform.callbackUrl} as the Authorization callback URL of your GitHub app.`,
        'Realtime triggers need GitHub to reach this machine: webhooks posted to 127.0.0.1 never arrive from github.com (use the polling triggers, or a tunnel).',
      ],
    }
    await platform.triggers.resume()
    return { platform, sandbox: null, stop: () => platform.close() }
  }

  const platform = await Platform.start({
    host,
    runtime,
    dataDir,
    storeNamespace: `${host.descriptor.name}-sandbox`,
    port,
    // Against the sandbox a polling block may run every few seconds; GitHub gets the platform's 30.
    minPollSeconds: SANDBOX_MIN_POLL_SECONDS,
    environment: { sandbox: true, provider: 'Starting the sandbox…' },
  })
  let sandbox: SandboxProcess
  try {
    // The sandbox keeps one OAuth client across runs, so connections from an earlier run end as
    // "reconnect required" (unknown refresh token) rather than as a client-credentials error.
    // Read after the platform has taken the data directory, so two starts never race on it.
    const client = await sandboxClient(dataDir)
    const ttl = env['SANDBOX_TOKEN_TTL_SECONDS'] ? readPort(env['SANDBOX_TOKEN_TTL_SECONDS'], 60, 'SANDBOX_TOKEN_TTL_SECONDS') : undefined
    // The sandbox is its own program (sandbox/process.ts); its log lines come through this process's stderr.
    sandbox = await startSandboxProcess(
      {
        port: env['SANDBOX_PORT'] ? readPort(env['SANDBOX_PORT'], 0, 'SANDBOX_PORT') : 0,
        redirectUris: [platform.callbackUrl],
        clientId: client.clientId,
        clientSecret: client.clientSecret,
        ...(ttl !== undefined && { accessTokenTtlSeconds: ttl }),
      },
      { forwardStderr: true },
    )
  } catch (error) {
    await platform.close()
    throw error
  }
  host.configure({ clientId: sandbox.clientId, clientSecret: sandbox.clientSecret, serverUrl: sandbox.serverUrl, ...scopesOf(env) })
  platform.environment = sandboxEnvironment(sandbox)
  await platform.triggers.resume()
  return {
    platform,
    sandbox,
    stop: async () => {
      await platform.close()
      await sandbox.close()
    },
  }
}

/** GITHUB_SCOPES, when set: the OAuth Scopes setting (e.g. adding admin:org_hook for organization triggers). */
function scopesOf(env: NodeJS.ProcessEnv): { scopes?: string } {
  const scopes = env['GITHUB_SCOPES']?.trim()
  return scopes ? { scopes } : {}
}

export function sandboxEnvironment(sandbox: SandboxProcess): Environment {
  return {
    sandbox: true,
    provider: `Sandbox GitHub at ${sandbox.serverUrl} — not github.com; nothing leaves this machine`,
    signIn: { login: sandbox.user.login, password: sandbox.user.password },
  }
}

async function sandboxClient(dataDir: string): Promise<{ clientId: string; clientSecret: string }> {
  const file = join(dataDir, 'sandbox-client.json')
  try {
    const saved = JSON.parse(await readFile(file, 'utf8')) as { clientId?: unknown; clientSecret?: unknown }
    if (typeof saved.clientId === 'string' && typeof saved.clientSecret === 'string') {
      return { clientId: saved.clientId, clientSecret: saved.clientSecret }
    }
  } catch {
    // first run, or an unusable file: make a new sandbox client below
  }
  const client = { clientId: `Iv1.${randomBytes(8).toString('hex')}`, clientSecret: randomBytes(20).toString('hex') }
  await mkdir(dataDir, { recursive: true, mode: 0o700 })
  await writeAtomic(file, `${JSON.stringify(client)}\n`)
  return client
}

function namespaceOf(serverUrl: string): string {
  try {
    return new URL(serverUrl).host.replace(/[^A-Za-z0-9.-]/g, '_')
  } catch {
    return 'custom'
  }
}

function readPort(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value.trim() === '') return fallback
  const number = Number(value)
  if (!Number.isInteger(number) || number < 0 || number > 65535)
    throw new Error(`${name} must be a whole number between 0 and 65535, not "${value}".`)
  return number
}

function banner(started: Started): string {
  const { platform, sandbox } = started
  const { descriptor } = platform.host
  const lines = [
    '',
    `  ${descriptor.displayName} ${descriptor.version} — local platform`,
    '',
    // The only place the console token is ever written: the person needs the link to get in.
    `  Console   ${platform.consoleLink}`,
    sandbox
      ? `  Provider  SANDBOX GitHub at ${sandbox.serverUrl} (not github.com)`
      : `  Provider  ${String(platform.host.effectiveConfiguration()['serverUrl'])}`,
    sandbox
      ? `  Sign in   ${sandbox.user.login} / ${sandbox.user.password}`
      : `  Callback  ${platform.callbackUrl}  (register it on your GitHub app)`,
    '',
    `  CodeRunner ${started.coderunner.url}  (run npm run debug or npm run deploy in another terminal)`,
    '',
    '  Open the console link (it signs this browser in; the token changes at every start),',
    '  click "Login with OAuth2", then invoke an action. Ctrl+C stops.',
    '',
  ]
  return `${lines.join('\n')}\n`
}

/**
 * The console's port is taken: say so and suggest a free one instead of picking one silently,
 * because the port is part of the OAuth callback URL (registered on a real GitHub app, and
 * bookmarked by whoever already has the console open).
 */
async function portTakenMessage(port: number): Promise<string> {
  // Without its token a console answers 401 and names itself in WWW-Authenticate.
  const platformThere = await fetch(`http://127.0.0.1:${port}/api/state`, {
    headers: { 'x-platform-console': '1' },
    signal: AbortSignal.timeout(1000),
  }).then(
    (response) => (response.headers.get('www-authenticate') ?? '').includes('local-platform-console'),
    () => false,
  )
  return [
    platformThere
      ? `Port ${port} is already in use by another local platform: its console is at http://127.0.0.1:${port} (its link with the token is in its terminal; stop it with Ctrl+C in its terminal).`
      : `Port ${port} is already in use by another program.`,
    await oneMore(port),
  ].join('\n')
}

/**
 * How to run one more platform beside another: its own port, and its own data directory, since
 * a second platform on the same directory is refused (they would overwrite each other's connections).
 */
export async function oneMore(port: number): Promise<string> {
  const free = (await nextFreePort(port)) ?? port + 1
  return `To run one more platform beside it, give it its own port and data directory: PORT=${free} PLATFORM_DATA_DIR=.data-${free} npm start`
}

/** The first of the next few ports that is free now (easier to remember than a random one). */
async function nextFreePort(port: number): Promise<number | null> {
  for (let candidate = port + 1; candidate <= Math.min(port + 20, 65535); candidate++) {
    if (await canListen(candidate)) return candidate
  }
  return null
}

function canListen(port: number): Promise<boolean> {
  return new Promise((answer) => {
    const server = createServer()
    server.once('error', () => answer(false))
    server.listen(port, '127.0.0.1', () => server.close(() => answer(true)))
  })
}

/** The port of a listen() that failed with EADDRINUSE, else null. */
function portInUse(error: unknown): number | null {
  const failure = error as (NodeJS.ErrnoException & { port?: unknown }) | null
  return error instanceof Error && failure?.code === 'EADDRINUSE' && typeof failure.port === 'number' ? failure.port : null
}

async function main(): Promise<void> {
  loadDotenv({ quiet: true, path: join(ROOT, '.env') })
  let started: Started
  try {
    started = await startLocalPlatform()
  } catch (error) {
    if (error instanceof DataDirInUse) {
      const consolePort = readPort(process.env['PORT'], 3210, 'PORT')
      process.stderr.write(`\nThe local platform could not start.\n${error.message}\n${await oneMore(consolePort)}\n\n`)
      process.exit(1)
    }
    if (error instanceof StoreUnreadable || error instanceof ServiceModelError) {
      process.stderr.write(`\n${error.message}\n\n`)
      process.exit(1)
    }
    const taken = portInUse(error)
    if (taken !== null) {
      const consolePort = readPort(process.env['PORT'], 3210, 'PORT')
      const message =
        taken === consolePort
          ? await portTakenMessage(taken)
          : `Port ${taken} (SANDBOX_PORT) is already in use: choose another one, or leave SANDBOX_PORT unset to use a free port.`
      process.stderr.write(`\nThe local platform could not start.\n${message}\n\n`)
      process.exit(1)
    }
    throw error
  }
  process.stdout.write(banner(started))
  let stopping = false
  const stop = (signal: string): void => {
    if (stopping) return
    stopping = true
    log.info('platform.stopping', { signal })
    started.stop().then(
      () => {
        process.stdout.write('\n  Stopped. Connections are kept in the store for the next start.\n')
        process.exit(0)
      },
      () => process.exit(1),
    )
  }
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`\nThe local platform could not start: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  })
}
