import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

/**
 * The e2e tests run the platform and the sandbox in child processes (tsx): CodeRunner's model
 * builder finds nothing under Jest, and oidc-provider is ESM. The tests talk to them over HTTP.
 */

export const ROOT = resolve(__dirname, '..', '..', '..')

export interface ChildHandle {
  child: ChildProcess
  /** Everything the process wrote, stdout and stderr. */
  output(): string
  stop(): Promise<void>
}

export interface SpawnOptions {
  env?: Record<string, string>
  /** Resolves with the first JSON line carrying "ready": true. */
  readyLine?: boolean
  /** Polls this URL until it answers (for processes that print no ready line). */
  readyUrl?: string
  /** Resolves once the output matches; info is { match: the first group }. */
  readyPattern?: RegExp
  timeoutMs?: number
}

export async function spawnTs<T = Record<string, unknown>>(
  script: string,
  options: SpawnOptions = {},
): Promise<{ handle: ChildHandle; info: T }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, script)], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'development', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const chunks: string[] = []
  child.stdout?.on('data', (data: Buffer) => chunks.push(data.toString('utf8')))
  child.stderr?.on('data', (data: Buffer) => chunks.push(data.toString('utf8')))
  const exited = new Promise<void>((done) => child.once('exit', () => done()))
  const handle: ChildHandle = {
    child,
    output: () => chunks.join(''),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
      await exited
      clearTimeout(timer)
    },
  }
  const deadline = Date.now() + (options.timeoutMs ?? 30_000)
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${script} exited with ${child.exitCode}:\n${handle.output()}`)
      if (Date.now() > deadline) throw new Error(`${script} did not become ready:\n${handle.output()}`)
      if (options.readyLine) {
        const line = handle
          .output()
          .split('\n')
          .find((text) => text.startsWith('{"ready":true'))
        if (line) return { handle, info: JSON.parse(line) as T }
      } else if (options.readyPattern) {
        const match = options.readyPattern.exec(handle.output())
        if (match) return { handle, info: { match: match[1] } as T }
      } else if (options.readyUrl) {
        const ok = await fetch(options.readyUrl, { headers: { 'x-platform-console': '1' } }).then(
          (response) => response.ok,
          () => false,
        )
        if (ok) return { handle, info: {} as T }
      }
      await new Promise((wait) => setTimeout(wait, 100))
    }
  } catch (error) {
    await handle.stop()
    throw error
  }
}

/** A port that was free a moment ago: the sandbox needs the console's callback URL before the console starts. */
export async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', () => ready()))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((done) => server.close(() => done()))
  return port
}

export async function temporaryDir(prefix: string): Promise<{ path: string; remove(): Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), prefix))
  return { path, remove: () => rm(path, { recursive: true, force: true }) }
}

export interface Outcome<T = Record<string, unknown>> {
  ok: boolean
  result?: T
  error?: { code: number; httpStatusCode: number; message: string }
  durationMs?: number
  url?: string
}

/** The console link `platform/main.ts` prints at start (`Console   http://127.0.0.1:…/?token=…`). */
export const CONSOLE_LINK = /Console +(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/

/** Where a console listens and the token its API wants. */
export interface ConsoleAccess {
  base: string
  token: string
}

/** The origin and token of a console link. */
export function consoleAccess(link: string): ConsoleAccess {
  const url = new URL(link)
  const token = url.searchParams.get('token')
  if (!token) throw new Error(`${link} carries no console token`)
  return { base: url.origin, token }
}

/** The console's JSON API, as a script calls it (the page sends its cookie instead of the bearer token). */
export async function consoleApi<T = Outcome>(
  site: ConsoleAccess,
  path: string,
  method: 'GET' | 'POST' | 'DELETE' = 'GET',
  body?: unknown,
): Promise<T> {
  const response = await fetch(`${site.base}${path}`, {
    method,
    headers: {
      'x-platform-console': '1',
      authorization: `Bearer ${site.token}`,
      ...(body !== undefined && { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return (await response.json()) as T
}

export async function postJson<T>(url: string, body: unknown): Promise<T> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  return (await response.json()) as T
}

export async function waitFor<T>(probe: () => Promise<T | undefined | false>, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (value) return value
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`)
    await new Promise((wait) => setTimeout(wait, 100))
  }
}
