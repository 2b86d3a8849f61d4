import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import axios from 'axios'
import { startLocalPlatform } from '../platform/main'
import { appendRedirectUri } from '../platform/platform'
import { ConnectionStore } from '../platform/store'
import { headlessLogin } from '../sandbox/headless-login'
import { median, percentile, round, timed } from './stats'
import { resolveEvents, selectMatchedBlocks } from '../src/github/triggers/handlers'
import { deriveHookSecret, signBody } from '../src/github/triggers/signature'
import { SAMPLES } from '../src/github/triggers/samples'

/**
 * OAuth operations and the local platform, against the sandbox authorization server, in one
 * plain Node process (tsx, outside Jest): `tsx bench/sandboxed.ts <logins> <seconds>`.
 * The service runs through the platform's ServiceHost, i.e. CodeRunner's own invoke-service
 * task; each service measurement has a bare HTTP baseline measured beside it. Prints JSON.
 */

const LOGINS = Number(process.argv[2] ?? 12)
const SECONDS = Number(process.argv[3] ?? 2)

interface Samples {
  [name: string]: number[]
}

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message)
}

async function main(): Promise<void> {
  const quiet = { log: console.log, warn: console.warn, error: console.error, info: console.info }
  console.log = console.warn = console.error = console.info = () => undefined
  const dataDir = await mkdtemp(join(tmpdir(), 'bench-platform-'))
  const started = await startLocalPlatform({ PORT: '0', PLATFORM_DATA_DIR: dataDir, SANDBOX_TOKEN_TTL_SECONDS: '3600' })
  const { platform, sandbox } = started
  check(sandbox, 'the sandbox did not start')
  const host = platform.host
  const tokenUrl = `${sandbox.serverUrl}/login/oauth/access_token`
  const credentials = { login: sandbox.user.login, password: sandbox.user.password }
  const samples: Samples = {
    connectionUrl: [],
    executeCallback: [],
    bareExchange: [],
    bareExchangePlusUser: [],
    refreshToken: [],
    bareRefresh: [],
  }
  const form = (fields: Record<string, string>): string => new URLSearchParams(fields).toString()
  const post = (body: string) =>
    axios.post<Record<string, string>>(tokenUrl, body, {
      headers: { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
    })

  try {
    // ── OAuth operations ────────────────────────────────────────────────────
    for (let login = 0; login < LOGINS; login++) {
      const urlCall = await timed(() => host.invoke('getOAuth2ConnectionURL', []))
      check(urlCall.value.ok && typeof urlCall.value.result === 'string', 'getOAuth2ConnectionURL failed')
      samples['connectionUrl']!.push(urlCall.ms)
      const callback = await headlessLogin(appendRedirectUri(urlCall.value.result, platform.callbackUrl), credentials)
      const exchange = await timed(() =>
        host.invoke('executeCallback', [{ ...Object.fromEntries(callback.searchParams), redirectURI: platform.callbackUrl }]),
      )
      check(exchange.value.ok, `executeCallback failed: ${exchange.value.ok ? '' : exchange.value.error.message}`)
      samples['executeCallback']!.push(exchange.ms)
      let serviceRefreshToken = (exchange.value.result as { refreshToken: string }).refreshToken

      // The bare baseline: the same authorization code grant with PKCE, by hand.
      const verifier = randomBytes(32).toString('base64url')
      const authorize = new URL(`${sandbox.serverUrl}/login/oauth/authorize`)
      authorize.search = form({
        client_id: sandbox.clientId,
        redirect_uri: platform.callbackUrl,
        scope: 'repo',
        state: randomBytes(16).toString('base64url'),
        response_type: 'code',
        code_challenge: createHash('sha256').update(verifier).digest('base64url'),
        code_challenge_method: 'S256',
      })
      const bareCallback = await headlessLogin(authorize.toString(), credentials)
      const code = bareCallback.searchParams.get('code')
      check(code, 'the sandbox returned no code to the bare login')
      const bare = await timed(() =>
        post(
          form({
            client_id: sandbox.clientId,
            client_secret: sandbox.clientSecret,
            grant_type: 'authorization_code',
            code,
            redirect_uri: platform.callbackUrl,
            code_verifier: verifier,
          }),
        ),
      )
      check(bare.value.data['access_token'], 'the bare code exchange failed')
      const user = await timed(() =>
        axios.get(`${sandbox.serverUrl}/api/v3/user`, { headers: { Authorization: `Bearer ${bare.value.data['access_token']}` } }),
      )
      samples['bareExchange']!.push(bare.ms)
      samples['bareExchangePlusUser']!.push(bare.ms + user.ms)
      let bareRefreshToken = bare.value.data['refresh_token'] as string

      for (let refresh = 0; refresh < 3; refresh++) {
        const renewed = await timed(() => host.invoke('refreshToken', [serviceRefreshToken]))
        check(renewed.value.ok, `refreshToken failed: ${renewed.value.ok ? '' : renewed.value.error.message}`)
        samples['refreshToken']!.push(renewed.ms)
        serviceRefreshToken = (renewed.value.result as { refreshToken: string }).refreshToken
        const bareRenewed = await timed(() =>
          post(
            form({
              client_id: sandbox.clientId,
              client_secret: sandbox.clientSecret,
              grant_type: 'refresh_token',
              refresh_token: bareRefreshToken,
            }),
          ),
        )
        check(bareRenewed.value.data['refresh_token'], 'the bare refresh failed')
        samples['bareRefresh']!.push(bareRenewed.ms)
        bareRefreshToken = bareRenewed.value.data['refresh_token'] as string
      }
    }

    // ── Local platform ──────────────────────────────────────────────────────
    const url = await platform.connectionUrl()
    check(url.ok, 'the platform could not start a login')
    const callback = await headlessLogin(url.url, credentials)
    const connected = await platform.completeLogin(Object.fromEntries(callback.searchParams))
    check(connected.ok, 'the platform did not store the connection')
    const id = connected.connection.id
    const invoke = () => platform.invoke('getAuthenticatedUser', [], id)
    for (let i = 0; i < 50; i++) check((await invoke()).ok, 'invocation failed')
    const stored = await ConnectionStore.read({ dir: dataDir, namespace: `${host.descriptor.name}-sandbox` })
    const accessToken = stored.find((record) => record.id === id)?.accessToken
    check(accessToken, 'no stored token')
    const bareUser = () => axios.get(`${sandbox.serverUrl}/api/v3/user`, { headers: { Authorization: `Bearer ${accessToken}` } })

    // Stops early within GitHub's (and the sandbox's) 5,000 requests an hour; the rate is over the time it ran.
    const MAX_REQUESTS = 4000
    const throughput = async (run: () => Promise<unknown>, concurrency: number): Promise<number> => {
      const started = performance.now()
      const until = started + SECONDS * 1000
      let count = 0
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (performance.now() < until && count < MAX_REQUESTS) {
            count++
            await run()
          }
        }),
      )
      return count / ((performance.now() - started) / 1000)
    }
    // The sandbox counts GitHub's 5,000 requests an hour; the throughput runs make more, so each phase starts afresh.
    await sandbox.resetRateLimits()
    const sequential: number[] = []
    const bareSequential: number[] = []
    const invokeLatency: number[] = []
    for (let i = 0; i < 200; i++) invokeLatency.push((await timed(invoke)).ms)
    sequential.push(await throughput(invoke, 1))
    await sandbox.resetRateLimits()
    bareSequential.push(await throughput(bareUser, 1))
    await sandbox.resetRateLimits()
    const concurrent = await throughput(invoke, 8)
    await sandbox.resetRateLimits()
    const bareConcurrent = await throughput(bareUser, 8)
    await sandbox.resetRateLimits()

    const refreshing: number[] = []
    const grantsBefore = (await sandbox.counters()).refreshGrants
    for (let i = 0; i < 15; i++) {
      await platform.connections.expireNow(id)
      const outcome = await timed(invoke)
      check(outcome.value.ok, 'the invocation after expiry failed')
      refreshing.push(outcome.ms)
    }
    check((await sandbox.counters()).refreshGrants - grantsBefore === 15, 'each expired invocation should refresh exactly once')

    // ── Triggers ────────────────────────────────────────────────────────────
    const token = async (): Promise<string> => {
      const records = await ConnectionStore.read({ dir: dataDir, namespace: `${host.descriptor.name}-sandbox` })
      const found = records.find((record) => record.id === id)?.accessToken
      check(found, 'no stored token')
      return found
    }
    // GET /rate_limit does not count against the limit (GitHub's rule, and the sandbox's).
    const remaining = async (): Promise<number> =>
      (
        await axios.get<{ resources: { core: { remaining: number } } }>(`${sandbox.serverUrl}/api/v3/rate_limit`, {
          headers: { Authorization: `Bearer ${await token()}` },
        })
      ).data.resources.core.remaining
    const repository = `${sandbox.user.login}/hello-sandbox`
    await sandbox.resetRateLimits()
    const run = await platform.triggers.start({ method: 'pollNewIssue', connectionId: id, params: { repository } })
    check(run.status === 'running', `pollNewIssue did not start: ${run.error?.message}`)
    const QUIET_POLLS = 10
    const beforeQuiet = await remaining()
    for (let i = 0; i < QUIET_POLLS; i++) check((await platform.triggers.poll(run.id)).status === 'running', 'a quiet poll failed')
    const quietPoints = (beforeQuiet - (await remaining())) / QUIET_POLLS
    const withNew: Record<string, number> = {}
    for (const count of [1, 10, 150]) {
      for (let i = 0; i < count; i++) {
        check(
          (await platform.invoke('createIssue', [repository, `bench ${count}.${i}`, null, null, null, null], id)).ok,
          'createIssue failed',
        )
      }
      const before = await remaining()
      const polled = await platform.triggers.poll(run.id)
      check(polled.fired.length >= Math.min(count, 50), `the poll after ${count} new issues fired ${polled.fired.length}`)
      withNew[String(count)] = before - (await remaining())
    }
    await platform.triggers.stop(run.id)

    // One verified delivery: resolve (signature, scope, event mapping) + select-matched, against the bare HMAC check of the same bytes.
    const clientSecret = sandbox.clientSecret
    const scope = { kind: 'repo', owner: 'octo', repo: 'hello' } as const
    const secret = deriveHookSecret(clientSecret, scope, id)
    // The sample is what a flow receives (GitHub's payload plus deliveryId and githubEvent); GitHub sends the payload alone.
    const sample: Record<string, unknown> = { ...SAMPLES['onIssue'] }
    delete sample['deliveryId']
    delete sample['githubEvent']
    const payload = { ...sample, repository: { full_name: 'octo/hello', owner: { login: 'octo' } } }
    const raw = JSON.stringify(payload)
    const signature = signBody(secret, raw)
    const delivery = {
      headers: { 'x-github-event': 'issues', 'x-github-delivery': 'bench', 'x-hub-signature-256': signature },
      queryParams: { connectionId: id, hookScope: 'repo:octo/hello' },
      rawBody: raw,
    }
    const blocks = [
      { id: 'a', data: { repository: 'octo/hello', action: 'opened' } },
      { id: 'b', data: { repository: 'octo/hello', action: 'closed' } },
    ]
    const resolveAndSelect = (): void => {
      const resolved = resolveEvents(clientSecret, delivery, () => undefined)
      for (const event of resolved.events) selectMatchedBlocks({ eventName: event.name, eventData: event.data, triggers: blocks })
    }
    const bareHmac = (): void => {
      const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`)
      timingSafeEqual(expected, Buffer.from(signature))
    }
    const perCall = (work: () => void, calls: number): number => {
      const at = performance.now()
      for (let i = 0; i < calls; i++) work()
      return (performance.now() - at) / calls
    }
    const resolveMs: number[] = []
    const hmacMs: number[] = []
    for (let round = 0; round < 15; round++) {
      resolveMs.push(perCall(resolveAndSelect, 500))
      hmacMs.push(perCall(bareHmac, 500))
    }

    const summary = (values: number[]) => ({ median: round(median(values), 3), p95: round(percentile(values, 95), 3), n: values.length })
    const result = {
      oauth: Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, summary(values)])),
      platform: {
        invokeLatency: summary(invokeLatency),
        invocationsPerSecond: round(median(sequential), 1),
        bareRequestsPerSecond: round(median(bareSequential), 1),
        invocationsPerSecond8: round(concurrent, 1),
        bareRequestsPerSecond8: round(bareConcurrent, 1),
        refreshingInvocation: summary(refreshing),
      },
      triggers: {
        quietPollPoints: quietPoints,
        pollPointsWithNew: withNew,
        resolveAndSelectMs: summary(resolveMs),
        bareHmacMs: summary(hmacMs),
        payloadBytes: Buffer.byteLength(raw),
      },
    }
    Object.assign(console, quiet)
    process.stdout.write(`${JSON.stringify(result)}\n`)
  } finally {
    await started.stop()
    await rm(dataDir, { recursive: true, force: true })
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exit(1)
  },
)
