import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { ConnectionView } from '../../platform/connections'
import { Platform } from '../../platform/platform'
import { ServiceHost } from '../../platform/service-host'
import { headlessLogin } from '../../sandbox/headless-login'
import { startSandboxProcess } from '../../sandbox/process'

/**
 * Faults of the local platform, outside Jest (`tsx test/faults/platform-run.ts`; the model
 * builder and oidc-provider cannot run under Jest): the service as CodeRunner loads it, the
 * sandbox authorization server, and the platform with a short retry delay.
 *  1. 200 concurrent invocations (through the console API) on an expired token: how many
 *     refresh grants reach the authorization server, and how many invocations succeed.
 *  2. The token endpoint goes down during a refresh: the connection's status while it is
 *     down, and whether it recovers by itself once the endpoint is back.
 * Prints one JSON line of observations; test/faults/platform.test.ts judges them.
 */

const ROOT = resolve(__dirname, '..', '..')
const CONCURRENT = 200

const wait = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms))

async function main(): Promise<void> {
  const quiet = { log: console.log, warn: console.warn, error: console.error, info: console.info }
  const logs: string[] = []
  console.log =
    console.warn =
    console.error =
    console.info =
      (...args: unknown[]) => {
        logs.push(args.map(String).join(' '))
      }
  const dataDir = await mkdtemp(join(tmpdir(), 'platform-faults-'))
  const host = ServiceHost.load({ root: ROOT })
  const platform = await Platform.start({
    host,
    dataDir,
    storeNamespace: 'faults',
    port: 0,
    environment: { sandbox: true, provider: 'sandbox (fault tests)' },
    policy: { retryBaseMs: 300, retryMaxMs: 2000 },
  })
  const sandbox = await startSandboxProcess({ redirectUris: [platform.callbackUrl], accessTokenTtlSeconds: 3600 })
  host.configure({ clientId: sandbox.clientId, clientSecret: sandbox.clientSecret, serverUrl: sandbox.serverUrl })
  const api = async <T>(path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${platform.url}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        'x-platform-console': '1',
        authorization: `Bearer ${platform.consoleToken}`,
        ...(body !== undefined && { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    return (await response.json()) as T
  }
  const view = async (id: string): Promise<ConnectionView> =>
    (await api<{ connections: ConnectionView[] }>('/api/connections')).connections.find((item) => item.id === id) as ConnectionView
  try {
    const login = await platform.connectionUrl()
    if (!login.ok) throw new Error('the login did not start')
    const callback = await headlessLogin(login.url, { login: sandbox.user.login, password: sandbox.user.password })
    const connected = await platform.completeLogin(Object.fromEntries(callback.searchParams))
    if (!connected.ok) throw new Error(`the login failed: ${connected.error.message}`)
    const id = connected.connection.id
    const invoke = () =>
      api<{ ok: boolean; error?: { code: number; message: string } }>('/api/invoke', {
        method: 'getAuthenticatedUser',
        args: [],
        connectionId: id,
      })

    // 1. Many invocations on an expired token.
    await api(`/api/connections/${id}/expire`, {})
    const grantsBefore = (await sandbox.counters()).refreshGrants
    const outcomes = await Promise.all(Array.from({ length: CONCURRENT }, invoke))
    const concurrency = {
      invocations: CONCURRENT,
      succeeded: outcomes.filter((outcome) => outcome.ok).length,
      refreshGrants: (await sandbox.counters()).refreshGrants - grantsBefore,
      refreshCount: (await view(id)).refreshCount,
    }

    // 2. The token endpoint goes down during a refresh, then comes back.
    await sandbox.setTokenEndpointDown(true)
    await api(`/api/connections/${id}/expire`, {})
    const duringOutage = await invoke()
    let down = await view(id)
    for (let i = 0; i < 100 && down.status !== 'refresh_failed'; i++) {
      await wait(100)
      down = await view(id)
    }
    const failedAt = Date.now()
    await sandbox.setTokenEndpointDown(false)
    let back = await view(id)
    while (back.status !== 'active' && Date.now() - failedAt < 30_000) {
      await wait(100)
      back = await view(id)
    }
    const after = await invoke()
    const outage = {
      invocationDuringOutage: { ok: duringOutage.ok, code: duringOutage.error?.code ?? null, message: duringOutage.error?.message ?? '' },
      statusWhileDown: down.status,
      failureWhileDown: down.failure ? { code: down.failure.code, attempts: down.failure.attempts } : null,
      retryPlanned: down.nextRefreshAt !== null,
      statusAfter: back.status,
      recoveredWithinMs: back.status === 'active' ? Date.now() - failedAt : null,
      invocationAfter: after.ok,
    }
    Object.assign(console, quiet)
    process.stdout.write(`${JSON.stringify({ concurrency, outage, logLines: logs.length })}\n`)
  } finally {
    await platform.close()
    await sandbox.close()
    await rm(dataDir, { recursive: true, force: true })
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`platform fault run failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exit(1)
  },
)
