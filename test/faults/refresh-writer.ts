import { createInterface } from 'node:readline'
import { ConnectionManager, type OperationInvoker } from '../../platform/connections'
import type { InvocationOutcome } from '../../platform/service-host'
import { ConnectionStore } from '../../platform/store'

/**
 * A victim for the rotation kill test: `node refresh-writer.js <dir>`. The platform's own
 * ConnectionManager and store, refreshing one connection again and again through a token
 * endpoint played by the test over stdin/stdout: "rotate <refresh token>" asks for new
 * tokens, the test answers "tokens <access> <refresh>" (rotating the refresh token) and kills
 * this process with SIGKILL at a random moment after answering. "stored <refresh token>"
 * says a refresh finished, so its tokens are on disk.
 */

const dir = process.argv[2]
if (!dir) throw new Error('usage: refresh-writer.ts <dir>')
console.log = () => undefined // the platform's log lines are not this protocol

const answers: ((line: string) => void)[] = []
const lines = createInterface({ input: process.stdin })
lines.on('line', (line) => answers.shift()?.(line))
const next = (): Promise<string> => new Promise((answer) => answers.push(answer))

const tokenEndpoint: OperationInvoker = {
  async invoke(method, args): Promise<InvocationOutcome> {
    if (method !== 'refreshToken') throw new Error(`unexpected operation ${method}`)
    process.stdout.write(`rotate ${String(args[0])}\n`)
    const [, token, refreshToken] = (await next()).split(' ')
    return { ok: true, result: { token, refreshToken, expirationInSeconds: 3600 }, durationMs: 1 }
  },
}

async function run(): Promise<void> {
  const store = await ConnectionStore.open({ dir: dir as string, namespace: 'rotation-kill' })
  const manager = new ConnectionManager({ store, service: tokenEndpoint })
  const [connection] = manager.list()
  if (!connection) throw new Error('no connection to refresh')
  for (;;) {
    await manager.refreshNow(connection.id)
    process.stdout.write(`stored ${store.get(connection.id)?.refreshToken ?? ''}\n`)
  }
}

process.stdout.write('ready\n')
void next().then(() =>
  run().catch((error: unknown) => {
    process.stdout.write(`error ${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  }),
)
