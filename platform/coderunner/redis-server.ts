import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { accessSync, constants } from 'node:fs'
import { createServer, type AddressInfo } from 'node:net'
import { delimiter, join } from 'node:path'
import { Redis } from 'ioredis'

/**
 * The message broker CodeRunner talks to: Debian's redis-server, started on a free loopback port
 * with nothing written to disk. A password guards it because invocations carry the connection's
 * access token through it; it reaches redis-server on stdin (not in `ps`) and the CLI through its
 * private config file.
 */

export const REDIS_INSTALL_HINT = 'Install it with: sudo apt-get install -y redis-server (Debian/Ubuntu), or set REDIS_SERVER to its path.'

export class RedisServerMissing extends Error {
  constructor(tried: string) {
    super(
      `redis-server was not found (${tried}). npm run debug and npm run deploy need it as CodeRunner's message broker. ${REDIS_INSTALL_HINT}`,
    )
    this.name = 'RedisServerMissing'
  }
}

export interface BrokerAddress {
  host: string
  port: number
  password: string
}

export interface RedisServer extends BrokerAddress {
  /** A new client connection to it (the caller ends it). */
  client(name: string): Redis
  stop(): Promise<void>
}

const STARTUP_TIMEOUT_MS = 10_000
const STOP_GRACE_MS = 3_000

/** The redis-server executable: REDIS_SERVER, else the first on PATH. */
export function findRedisServer(env: NodeJS.ProcessEnv = process.env): string {
  const explicit = env['REDIS_SERVER']?.trim()
  const candidates = explicit
    ? [explicit]
    : (env['PATH'] ?? '')
        .split(delimiter)
        .filter(Boolean)
        .map((dir) => join(dir, 'redis-server'))
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK)
      return candidate
    } catch {
      // not this one
    }
  }
  throw new RedisServerMissing(explicit ? `REDIS_SERVER=${explicit} is not an executable` : 'not on PATH')
}

export async function startRedisServer(env: NodeJS.ProcessEnv = process.env): Promise<RedisServer> {
  const executable = findRedisServer(env)
  const password = randomBytes(24).toString('hex')
  const port = await freeLoopbackPort()
  const child = spawn(executable, ['-', '--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  const output: string[] = []
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')))
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')))
  child.stdin?.end(`requirepass ${password}\n`)
  const exited = new Promise<void>((done) => child.once('exit', () => done()))
  const failed = new Promise<never>((_, reject) => {
    child.once('error', reject)
    child.once('exit', (code, signal) =>
      reject(new Error(`redis-server ended at start-up (${signal ?? `exit code ${code}`}):\n${output.join('').trim()}`)),
    )
  })
  failed.catch(() => undefined)
  const client = (name: string): Redis =>
    new Redis({
      host: '127.0.0.1',
      port,
      password,
      connectionName: name,
      lazyConnect: false,
      maxRetriesPerRequest: 1,
      connectTimeout: 5000,
    })
  try {
    await Promise.race([
      waitUntilReady(client, output),
      failed,
      timeout(STARTUP_TIMEOUT_MS, `redis-server did not start within ${STARTUP_TIMEOUT_MS / 1000} s`),
    ])
  } catch (error) {
    await stopChild(child, exited)
    throw error
  }
  return { host: '127.0.0.1', port, password, client, stop: () => stopChild(child, exited) }
}

async function waitUntilReady(client: (name: string) => Redis, output: string[]): Promise<void> {
  while (!output.join('').includes('Ready to accept connections')) await new Promise((wait) => setTimeout(wait, 20))
  const probe = client('platform-probe')
  try {
    await probe.ping()
  } finally {
    probe.disconnect()
  }
}

function timeout(ms: number, message: string): Promise<never> {
  return new Promise((_, reject) => setTimeout(() => reject(new Error(message)), ms).unref())
}

async function stopChild(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS)
  await exited
  clearTimeout(timer)
}

/** redis-server cannot listen on port 0 and report it: take one that was free a moment ago. */
function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      server.close(() => resolve(port))
    })
  })
}
