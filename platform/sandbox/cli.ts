/**
 * Runs the sandbox GitHub in its own process and talks JSON lines, so CommonJS hosts (Jest with ts-jest) can use it
 * although oidc-provider is ESM-only:
 *
 *   node --import tsx platform/sandbox/cli.ts --options '{"redirectUris":["http://127.0.0.1:3210/oauth/callback"]}'
 *   node --import tsx platform/sandbox/cli.ts --redirect-uri http://127.0.0.1:3210/oauth/callback [--port 0]
 *     [--access-ttl 60] [--refresh-ttl 86400] [--client-id ...] [--client-secret ...]
 *
 * stdout carries only protocol lines: first {"event":"ready","serverUrl":…,"clientId":…,"clientSecret":…,"user":{…}}
 * (or {"event":"failed","message":…}), then one {"id":…,"result":…} or {"id":…,"error":…} per command read on stdin:
 * {"id":1,"command":"counters"}, {"id":2,"command":"setTokenEndpointDown","down":true}, {"id":3,"command":"close"}.
 * The process closes the sandbox and exits when stdin ends (its parent went away) or on SIGINT/SIGTERM.
 * Everything else (oidc-provider's notices, errors) goes to stderr.
 */
import { createInterface } from 'node:readline'
import { startSandbox, type Sandbox, type SandboxOptions } from './index'

const protocol = process.stdout.write.bind(process.stdout)
// Library notices must never be mistaken for protocol lines.
console.log = console.info = (...args: unknown[]) => console.error(...args)

function send(message: unknown): void {
  protocol(`${JSON.stringify(message)}\n`)
}

export function parseArguments(argv: string[]): SandboxOptions {
  let options: Partial<SandboxOptions> = {}
  const redirectUris: string[] = []
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
      case '--refresh-ttl':
        options.refreshTokenTtlSeconds = number()
        break
      case '--client-id':
        options.clientId = take()
        break
      case '--client-secret':
        options.clientSecret = take()
        break
      default:
        throw new Error(`unknown argument ${flag}`)
    }
  }
  return { ...options, redirectUris: [...(options.redirectUris ?? []), ...redirectUris] }
}

async function main(): Promise<void> {
  let sandbox: Sandbox
  try {
    sandbox = await startSandbox(parseArguments(process.argv.slice(2)))
  } catch (error) {
    send({ event: 'failed', message: error instanceof Error ? error.message : String(error) })
    process.exitCode = 1
    return
  }
  let closing: Promise<void> | undefined
  const shutdown = (): Promise<void> => {
    closing ??= sandbox.close().then(() => process.exit(0))
    return closing
  }
  send({ event: 'ready', serverUrl: sandbox.serverUrl, clientId: sandbox.clientId, clientSecret: sandbox.clientSecret, user: sandbox.user })
  process.once('SIGINT', () => void shutdown())
  process.once('SIGTERM', () => void shutdown())
  const lines = createInterface({ input: process.stdin })
  lines.on('close', () => void shutdown())
  lines.on('line', (line) => {
    let message: { id?: unknown; command?: unknown; down?: unknown }
    try {
      message = JSON.parse(line) as typeof message
    } catch {
      send({ error: 'not JSON' })
      return
    }
    const id = message.id
    switch (message.command) {
      case 'counters':
        send({ id, result: sandbox.counters() })
        break
      case 'setTokenEndpointDown':
        sandbox.setTokenEndpointDown(message.down === true)
        send({ id, result: { down: message.down === true } })
        break
      case 'close':
        send({ id, result: { closed: true } })
        void shutdown()
        break
      default:
        send({ id, error: `unknown command ${String(message.command)}` })
    }
  })
}

void main()
