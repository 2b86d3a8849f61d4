import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import type { Sandbox, SandboxOptions } from '../../platform/sandbox'

/**
 * The sandbox GitHub for Jest: oidc-provider is ESM-only and ts-jest compiles to CommonJS, so the sandbox runs in a
 * child process (`node --import tsx platform/sandbox/cli.ts`) and is driven over its JSON-lines protocol. The handle
 * mirrors `Sandbox`, except that counters() and setTokenEndpointDown() are asynchronous here.
 *
 *   const sandbox = await startSandboxProcess({ redirectUris: ['http://127.0.0.1:3210/oauth/callback'] })
 *   ...
 *   await sandbox.close()
 */

export type SandboxProcess = Omit<Sandbox, 'counters' | 'setTokenEndpointDown'> & {
  counters(): Promise<ReturnType<Sandbox['counters']>>
  setTokenEndpointDown(down: boolean): Promise<void>
  /** What the process wrote to stderr, for failure messages. */
  stderr(): string
}

const ROOT = join(__dirname, '..', '..')
const START_TIMEOUT_MS = 20_000

export async function startSandboxProcess(options: SandboxOptions): Promise<SandboxProcess> {
  const child: ChildProcessWithoutNullStreams = spawn(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'platform', 'sandbox', 'cli.ts'), '--options', JSON.stringify(options)],
    { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, NODE_OPTIONS: '' } },
  )
  let stderr = ''
  child.stderr.setEncoding('utf8')
  child.stderr.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-20_000)
  })
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>()
  let nextId = 1
  let exited = false

  const ready = new Promise<Omit<Sandbox, 'counters' | 'setTokenEndpointDown' | 'close'>>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The sandbox process did not start within ${START_TIMEOUT_MS} ms.\n${stderr}`)),
      START_TIMEOUT_MS,
    )
    const lines = createInterface({ input: child.stdout })
    lines.on('line', (line) => {
      let message: Record<string, unknown>
      try {
        message = JSON.parse(line) as Record<string, unknown>
      } catch {
        return
      }
      if (message['event'] === 'ready') {
        clearTimeout(timer)
        resolve(message as unknown as Omit<Sandbox, 'counters' | 'setTokenEndpointDown' | 'close'>)
      } else if (message['event'] === 'failed') {
        clearTimeout(timer)
        reject(new Error(`The sandbox process failed to start: ${String(message['message'])}\n${stderr}`))
      } else if (typeof message['id'] === 'number') {
        const pending = waiting.get(message['id'])
        waiting.delete(message['id'])
        if (message['error'] !== undefined) pending?.reject(new Error(String(message['error'])))
        else pending?.resolve(message['result'])
      }
    })
    child.once('exit', (code) => {
      exited = true
      clearTimeout(timer)
      reject(new Error(`The sandbox process exited (${code}) before it was ready.\n${stderr}`))
      for (const pending of waiting.values()) pending.reject(new Error(`The sandbox process exited (${code}).`))
      waiting.clear()
    })
  })

  const command = (name: string, extra: Record<string, unknown> = {}): Promise<unknown> =>
    new Promise((resolve, reject) => {
      if (exited) return reject(new Error('The sandbox process has exited.'))
      const id = nextId++
      waiting.set(id, { resolve, reject })
      child.stdin.write(`${JSON.stringify({ id, command: name, ...extra })}\n`)
    })

  let info: Awaited<typeof ready>
  try {
    info = await ready
  } catch (error) {
    child.kill()
    throw error
  }
  return {
    serverUrl: info.serverUrl,
    clientId: info.clientId,
    clientSecret: info.clientSecret,
    user: info.user,
    counters: () => command('counters') as Promise<ReturnType<Sandbox['counters']>>,
    setTokenEndpointDown: async (down) => {
      await command('setTokenEndpointDown', { down })
    },
    stderr: () => stderr,
    close: async () => {
      if (exited) return
      const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()))
      child.stdin.end()
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
      await gone
      clearTimeout(timer)
    },
  }
}
