import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { format } from 'node:util'
import type { ConnectionView } from './connections'
import { headlessLogin } from '../sandbox/headless-login'
import { startLocalPlatform, type Started } from './main'
import { ConnectionStore } from './store'
import type { TriggerRunView } from './triggers'

/**
 * `npm run demo`: the whole OAuth2 workflow against the sandbox without a browser, through
 * the console's own HTTP API, printing each step. Exits non-zero when any step fails.
 * The platform's log lines are kept aside and shown with --verbose or when a step fails;
 * the demo also checks that no token appears in any of them.
 */

const verbose = process.argv.includes('--verbose')
const captured: string[] = []
const write = (text: string): boolean => process.stdout.write(text)
const color = (code: number, text: string): string => (process.stdout.isTTY ? `\u001b[${code}m${text}\u001b[0m` : text)
const STEPS = 11
let step = 0

function say(text: string): void {
  write(`${text}\n`)
}

function done(title: string, detail?: string): void {
  step++
  write(`  ${color(32, '✔')} [${step}/${STEPS}] ${title}${detail ? `\n        ${detail.split('\n').join('\n        ')}` : ''}\n`)
}

function maskUrl(url: string): string {
  const parsed = new URL(url)
  for (const name of ['state', 'code', 'code_challenge']) {
    if (parsed.searchParams.has(name)) parsed.searchParams.set(name, '••••')
  }
  return decodeURIComponent(parsed.toString())
}

class StepFailed extends Error {}

async function waitUntil<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new StepFailed(`timed out waiting for ${what}`)
    await new Promise((wait) => setTimeout(wait, 100))
  }
}

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new StepFailed(message)
}

/** The console API as a script calls it: the console token as a bearer token. */
async function consoleApi<T>(platform: Started['platform'], path: string, body?: unknown): Promise<T> {
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

interface Outcome {
  ok: boolean
  result?: Record<string, unknown>
  error?: { code: number; httpStatusCode: number; message: string }
  durationMs: number
}

async function run(started: Started, dataDir: string): Promise<void> {
  const { platform, sandbox } = started
  check(sandbox, 'the sandbox did not start')
  const { descriptor } = platform.host
  const kinds = descriptor.operations.reduce<Record<string, number>>((counts, operation) => {
    counts[operation.kind] = (counts[operation.kind] ?? 0) + 1
    return counts
  }, {})
  done(
    `Loaded ${descriptor.name} ${descriptor.version} through CodeRunner's model builder`,
    `${kinds['ACTION'] ?? 0} actions, ${kinds['DICTIONARY'] ?? 0} dictionaries, ` +
      `${(kinds['REALTIME_TRIGGER'] ?? 0) + (kinds['POLLING_TRIGGER'] ?? 0)} triggers, ${kinds['SYSTEM'] ?? 0} system operations`,
  )
  done(`Sandbox GitHub on ${sandbox.serverUrl} (not github.com); console on ${platform.url}`)

  const login = await consoleApi<{ ok: boolean; url?: string; error?: Outcome['error'] }>(platform, '/api/login', {})
  check(login.ok && login.url, `getOAuth2ConnectionURL failed: ${login.error?.message ?? 'no URL'}`)
  check(new URL(login.url).searchParams.get('redirect_uri') === platform.callbackUrl, 'the platform did not append its redirect_uri')
  done('getOAuth2ConnectionURL, with the platform’s redirect_uri appended', maskUrl(login.url))

  const callback = await headlessLogin(login.url, { login: sandbox.user.login, password: sandbox.user.password })
  check(callback.searchParams.get('code'), `the sandbox did not return a code (${callback.searchParams.get('error') ?? 'no error either'})`)
  done(`Signed in to the sandbox as ${sandbox.user.login} and authorized the app`, `redirected to ${maskUrl(callback.toString())}`)

  const page = await fetch(callback)
  const html = await page.text()
  check(
    page.ok && html.includes('Connected as'),
    `the callback page did not confirm the connection: ${html.replace(/<[^>]+>/g, ' ').slice(0, 300)}`,
  )
  const { connections } = await consoleApi<{ connections: ConnectionView[] }>(platform, '/api/connections')
  const connection = connections[0]
  check(connection && connections.length === 1, 'no connection was stored')
  done(
    `Callback → executeCallback → connection "${connection.identityName}" stored`,
    `token ${connection.tokenMask}, expires in ${connection.lifetimeSeconds} s; refresh token ${connection.refreshTokenMask ?? 'none'}; ` +
      `userData ${JSON.stringify(connection.userData)}`,
  )

  const action = descriptor.operations.find((operation) => operation.method === 'getAuthenticatedUser')
  check(action, 'the service has no Get Authenticated User action')
  const first = await consoleApi<Outcome>(platform, '/api/invoke', { method: action.method, connectionId: connection.id, args: [] })
  check(first.ok, `${action.name} failed: ${first.error?.message}`)
  done(`${action.name} → ${String(first.result?.['login'])} (“${String(first.result?.['name'])}”)`, `${first.durationMs} ms`)

  const stored = async (): Promise<{ accessToken?: string; refreshToken?: string | null }> =>
    (await ConnectionStore.read({ dir: dataDir, namespace: `${descriptor.name}-sandbox` })).find((record) => record.id === connection.id) ??
    {}
  const before = await stored()
  const refreshTokenBefore = before.refreshToken
  const grantsBefore = (await sandbox.counters()).refreshGrants
  const expired = await consoleApi<{ ok: boolean; connection: ConnectionView }>(platform, `/api/connections/${connection.id}/expire`, {})
  check(expired.ok, 'the forced expiry failed')
  done('Forced the access token to expire (the console’s “Simulate expiry”)')

  const second = await consoleApi<Outcome>(platform, '/api/invoke', { method: action.method, connectionId: connection.id, args: [] })
  check(second.ok, `${action.name} after expiry failed: ${second.error?.message}`)
  const after = await stored()
  const refreshTokenAfter = after.refreshToken
  const grants = (await sandbox.counters()).refreshGrants - grantsBefore
  check(grants === 1, `expected exactly one refresh grant at the sandbox, saw ${grants}`)
  check(refreshTokenAfter && refreshTokenAfter !== refreshTokenBefore, 'the refresh token was not rotated in the store')
  const refreshed = (await consoleApi<{ connections: ConnectionView[] }>(platform, '/api/connections')).connections[0]
  check(refreshed && refreshed.status === 'active' && refreshed.refreshCount === 1, 'the connection does not show the refresh')
  done(
    `${action.name} found the token expired: refreshed on demand, then invoked (${second.durationMs} ms)`,
    `1 refresh grant at the sandbox; refresh token rotated ${connection.refreshTokenMask} → ${refreshed.refreshTokenMask}, on disk before use`,
  )

  const third = await consoleApi<Outcome>(platform, '/api/invoke', { method: action.method, connectionId: connection.id, args: [] })
  check(
    third.ok && (await sandbox.counters()).refreshGrants - grantsBefore === 1,
    `invoking again failed: ${third.error?.message ?? 'refreshed again'}`,
  )
  done(`Invoked again with the new token, no further refresh (${third.durationMs} ms)`)

  const repository = `${sandbox.user.login}/hello-sandbox`
  const trigger = await consoleApi<{ ok: boolean; run?: TriggerRunView; error?: Outcome['error'] }>(platform, '/api/triggers', {
    method: 'onIssue',
    connectionId: connection.id,
    params: { repository, action: 'opened' },
  })
  check(trigger.ok && trigger.run, `starting On Issue Event failed: ${trigger.error?.message ?? trigger.run?.error?.message}`)
  const issue = await consoleApi<Outcome>(platform, '/api/invoke', {
    method: 'createIssue',
    connectionId: connection.id,
    args: [repository, 'Opened by npm run demo', null, null, null, null],
  })
  check(issue.ok, `Create Issue failed: ${issue.error?.message}`)
  const runId = trigger.run.id
  const fired = await waitUntil(async () => {
    const { runs } = await consoleApi<{ runs: TriggerRunView[] }>(platform, '/api/triggers')
    return runs.find((item) => item.id === runId)?.fired[0]
  }, 'the issue-opened webhook to fire the trigger')
  const data = fired.data as { action?: string; deliveryId?: string; issue?: { number?: number } }
  check(data.issue?.number === issue.result?.['number'], 'the fired event is not about the new issue')
  await fetch(`${platform.url}/api/triggers/${runId}`, {
    method: 'DELETE',
    headers: { 'x-platform-console': '1', authorization: `Bearer ${platform.consoleToken}` },
  })
  done(
    `Started “On Issue Event” on ${repository}, created an issue: the sandbox's signed webhook fired it`,
    `issues ${data.action} #${data.issue?.number}, delivery ${data.deliveryId}; trigger stopped (webhook removed)`,
  )

  const secrets = [
    before.accessToken,
    after.accessToken,
    refreshTokenBefore,
    refreshTokenAfter,
    sandbox.clientSecret,
    platform.consoleToken,
  ].filter((value): value is string => Boolean(value))
  const leaked = captured.filter((line) => secrets.some((secret) => line.includes(secret)))
  check(leaked.length === 0, `a secret appeared in ${leaked.length} log line(s)`)
  done(`No token, client secret or console token in any of the ${captured.length} log lines`)
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'platform-demo-'))
  const keep = (...args: unknown[]): void => {
    const line = format(...args)
    captured.push(line)
    if (verbose) process.stderr.write(`${line}\n`)
  }
  console.log = keep
  console.info = keep
  console.warn = keep
  console.error = keep
  say('\nLocal platform demo: the OAuth2 workflow against the sandbox GitHub, without a browser\n')
  let started: Started | undefined
  let failed = false
  try {
    started = await startLocalPlatform({ PORT: '0', PLATFORM_DATA_DIR: dataDir })
    await run(started, dataDir)
    say(`\n${color(32, 'The whole workflow works.')}\n`)
  } catch (error) {
    failed = true
    say(`  ${color(31, '✘')} [${step + 1}/${STEPS}] ${error instanceof Error ? error.message : String(error)}`)
    if (!verbose) say(`\nLast platform log lines:\n${captured.slice(-30).join('\n')}\n`)
    if (!(error instanceof StepFailed) && error instanceof Error && error.stack) say(error.stack)
  } finally {
    await started?.stop().catch(() => undefined)
    await rm(dataDir, { recursive: true, force: true })
  }
  process.exit(failed ? 1 : 0)
}

void main()
