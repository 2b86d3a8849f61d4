import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { format } from 'node:util'
import { startLocalPlatform } from '../../platform/main'
import { headlessLogin } from '../../sandbox/headless-login'
import { ConnectionStore } from '../../platform/store'
import { openState } from '../../src/oauth2/state'
import { CANARY_CLIENT_ID, CANARY_CLIENT_SECRET, CANARY_CODE } from '../helpers/secrets'

/**
 * The canary run (outside Jest: `tsx test/attack/canary-run.ts`): the local platform and the
 * sandbox with a canary client secret go through login, invocations, errors, refused and
 * tampered logins, expiry, refresh, a failing refresh; every secret that exists along the way
 * is collected (the client secret, each authorization code, each PKCE verifier — opened from
 * its sealed state —, each access and refresh token, old and rotated, the console token). Afterwards no log line,
 * console page or API answer, error message, descriptor, userData or store file may contain
 * any of them (the store's encrypted token fields are ciphertext, so the whole file is
 * scanned). Prints a JSON summary naming leaks by place and kind, never by value; exits 1 on
 * a leak. Run by test/attack/canary.test.ts.
 */

type SecretKind =
  'client secret' | 'authorization code' | 'PKCE verifier' | 'sealed state' | 'access token' | 'refresh token' | 'console token'

const secrets = new Map<string, SecretKind>()
const track = (value: string | null | undefined, kind: SecretKind): void => {
  if (value && value.length >= 8) secrets.set(value, kind)
}

const logLines: string[] = []
const pages: { place: string; body: string }[] = []

function captureOutput(): () => void {
  const original = { log: console.log, info: console.info, warn: console.warn, error: console.error, debug: console.debug }
  for (const method of Object.keys(original) as (keyof typeof original)[]) {
    console[method] = (...args: unknown[]) => {
      logLines.push(format(...args))
    }
  }
  const writes = { out: process.stdout.write, err: process.stderr.write }
  const hook = (chunk: unknown): boolean => {
    logLines.push(Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk))
    return true
  }
  process.stdout.write = hook as typeof process.stdout.write
  process.stderr.write = hook as typeof process.stderr.write
  return () => {
    Object.assign(console, original)
    process.stdout.write = writes.out
    process.stderr.write = writes.err
  }
}

async function main(): Promise<number> {
  process.env['LOG_LEVEL'] = 'debug'
  const dataDir = await mkdtemp(join(tmpdir(), 'canary-run-'))
  // The platform keeps its sandbox client here: give it the canary credentials.
  await writeFile(join(dataDir, 'sandbox-client.json'), JSON.stringify({ clientId: CANARY_CLIENT_ID, clientSecret: CANARY_CLIENT_SECRET }))
  track(CANARY_CLIENT_SECRET, 'client secret')
  track(CANARY_CODE, 'authorization code')
  const restore = captureOutput()
  let started: Awaited<ReturnType<typeof startLocalPlatform>> | undefined
  const steps: string[] = []
  try {
    started = await startLocalPlatform({ PORT: '0', PLATFORM_DATA_DIR: dataDir, SANDBOX_TOKEN_TTL_SECONDS: '3600' })
    const { platform, sandbox } = started
    if (!sandbox) throw new Error('the sandbox did not start')
    const base = platform.url
    track(platform.consoleToken, 'console token')
    const credentials = { login: sandbox.user.login, password: sandbox.user.password }

    const signedIn = { authorization: `Bearer ${platform.consoleToken}` }
    const get = async (path: string, place = `GET ${path}`): Promise<string> => {
      const response = await fetch(path.startsWith('http') ? path : `${base}${path}`, { headers: signedIn })
      const body = await response.text()
      pages.push({ place, body })
      return body
    }
    const api = async <T>(path: string, body?: unknown): Promise<T> => {
      const response = await fetch(`${base}${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: { 'x-platform-console': '1', ...signedIn, ...(body !== undefined && { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      const text = await response.text()
      pages.push({ place: `${body === undefined ? 'GET' : 'POST'} ${path}`, body: text })
      return JSON.parse(text) as T
    }
    const storedTokens = async (): Promise<void> => {
      for (const record of await ConnectionStore.read({ dir: dataDir, namespace: `${platform.host.descriptor.name}-sandbox` })) {
        track(record.accessToken, 'access token')
        track(record.refreshToken, 'refresh token')
      }
    }
    const startLogin = async (): Promise<string> => {
      const { url } = await api<{ ok: boolean; url: string }>('/api/login', {})
      const state = new URL(url).searchParams.get('state')
      track(state, 'sealed state')
      track(openState(state, CANARY_CLIENT_SECRET, sandbox.serverUrl).codeVerifier, 'PKCE verifier')
      return url
    }

    // The sign-in link: its answer may set the cookie (that is its job), but must not carry the token anywhere else.
    const link = await fetch(platform.consoleLink, { redirect: 'manual' })
    pages.push({ place: 'GET /?token=… (the sign-in link)', body: `${link.headers.get('location') ?? ''}\n${await link.text()}` })
    const signInPage = await fetch(`${base}/`)
    pages.push({ place: 'GET / (without the cookie)', body: await signInPage.text() })
    for (const path of ['/', '/static/app.js', '/static/style.css', '/static/callback.js', '/api/state', '/api/descriptor']) {
      if (path.startsWith('/api/')) await api(path)
      else await get(path)
    }
    steps.push('console pages')

    const callback = await headlessLogin(await startLogin(), credentials)
    track(callback.searchParams.get('code'), 'authorization code')
    await get(callback.toString(), 'GET /oauth/callback (login)')
    const { connections } = await api<{ connections: { id: string }[] }>('/api/connections')
    const id = connections[0]?.id
    if (!id) throw new Error('no connection after the login')
    await storedTokens()
    steps.push('login')

    const invoke = (method: string, args: unknown[]) => api('/api/invoke', { method, args, connectionId: id })
    await invoke('getAuthenticatedUser', [])
    await invoke('listRepositories', [])
    await invoke('getRepository', ['sandbox-octocat/does-not-exist'])
    await invoke('getRepository', ['../../etc/passwd'])
    await invoke('getFileContent', ['sandbox-octocat/hello-world', '../secret'])
    steps.push('invocations and their errors')

    await api(`/api/connections/${id}/expire`, {})
    await invoke('getAuthenticatedUser', [])
    await storedTokens()
    await api(`/api/connections/${id}/refresh`, {})
    await storedTokens()
    steps.push('expiry, refresh on demand, refresh now')

    const denied = await headlessLogin(await startLogin(), credentials, { deny: true })
    await get(denied.toString(), 'GET /oauth/callback (denied)')
    const tampered = new URL(`${base}/oauth/callback`)
    tampered.searchParams.set('code', CANARY_CODE)
    tampered.searchParams.set('state', `s1.${'A'.repeat(120)}`)
    await get(tampered.toString(), 'GET /oauth/callback (tampered state)')
    const replay = await headlessLogin(await startLogin(), credentials)
    track(replay.searchParams.get('code'), 'authorization code')
    await get(replay.toString(), 'GET /oauth/callback (second login)')
    await get(replay.toString(), 'GET /oauth/callback (the same code again)')
    await storedTokens()
    steps.push('refused, tampered and replayed logins')

    sandbox.setTokenEndpointDown(true)
    await api(`/api/connections/${id}/expire`, {})
    await invoke('getAuthenticatedUser', [])
    await api('/api/connections')
    sandbox.setTokenEndpointDown(false)
    await api(`/api/connections/${id}/refresh`, {})
    await storedTokens()
    await api('/api/connections')
    await api('/api/state')
    steps.push('refresh failing while the token endpoint is down, then recovering')
  } finally {
    await started?.stop()
  }

  const storeFiles: { place: string; body: string }[] = []
  for (const name of await readdir(dataDir)) {
    // The sandbox's own client (its secret must persist for the sandbox) and the store's key are not connection data.
    if (name === 'sandbox-client.json' || name.endsWith('.key')) continue
    storeFiles.push({ place: `store file ${name}`, body: await readFile(join(dataDir, name), 'utf8') })
  }
  restore()
  await rm(dataDir, { recursive: true, force: true })

  const leaks: string[] = []
  const scan = (place: string, body: string, except: SecretKind[] = []): void => {
    for (const [value, kind] of secrets) {
      if (!except.includes(kind) && body.includes(value)) leaks.push(`${kind} in ${place}`)
    }
  }
  logLines.forEach((line, index) => scan(`log line ${index + 1}`, line))
  // The authorization URL (with its sealed state) is handed to the console's login popup by design.
  for (const page of pages) scan(page.place, page.body, page.place === 'POST /api/login' ? ['sealed state'] : [])
  for (const file of storeFiles) scan(file.place, file.body)
  const kinds: Record<string, number> = {}
  for (const kind of secrets.values()) kinds[kind] = (kinds[kind] ?? 0) + 1
  const summary = {
    steps,
    secretsTracked: kinds,
    scanned: {
      logLines: logLines.length,
      pages: pages.length,
      storeFiles: storeFiles.length,
      storeHasConnections: storeFiles.some((file) => file.body.includes('"identityName"')),
    },
    leaks: [...new Set(leaks)],
  }
  process.stdout.write(`${JSON.stringify(summary)}\n`)
  return summary.leaks.length === 0 ? 0 : 1
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`canary run failed: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(2)
  },
)
