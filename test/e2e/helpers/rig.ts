/**
 * A sandbox GitHub plus `platform/main.ts` (what `npm start` runs) pointed at it as at a GitHub
 * Enterprise Server, in child processes, driven over HTTP as the console page drives it.
 */
import type { ConnectionView } from '../../../platform/connections'
import { ConnectionStore } from '../../../platform/store'
import { startSandboxProcess, type SandboxCounters, type SandboxProcess } from '../../../sandbox/process'
import { CONSOLE_LINK, consoleAccess, consoleApi, freePort, spawnTs, temporaryDir, type ChildHandle, type Outcome } from './processes'

export interface Rig {
  sandbox: SandboxProcess
  base: string
  /** The console token of the running platform (a new one at every start). */
  token: string
  dataDir: string
  platform: ChildHandle
  startPlatform(): Promise<void>
  stop(): Promise<void>
}

/** A sandbox plus `platform/main.ts` configured for it. */
export async function startRig(accessTokenTtl?: number, env: Record<string, string> = {}): Promise<Rig> {
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const data = await temporaryDir('platform-e2e-')
  const sandbox = await startSandboxProcess({
    redirectUris: [`${base}/oauth/callback`],
    ...(accessTokenTtl && { accessTokenTtlSeconds: accessTokenTtl }),
  })
  const rig: Rig = {
    sandbox,
    base,
    token: '',
    dataDir: data.path,
    platform: undefined as unknown as ChildHandle,
    async startPlatform() {
      const started = await spawnTs<{ match: string }>('platform/main.ts', {
        readyPattern: CONSOLE_LINK,
        env: {
          PORT: String(port),
          PLATFORM_DATA_DIR: data.path,
          GITHUB_CLIENT_ID: sandbox.clientId,
          GITHUB_CLIENT_SECRET: sandbox.clientSecret,
          GITHUB_SERVER_URL: sandbox.serverUrl,
          ...env,
        },
      })
      rig.platform = started.handle
      rig.token = consoleAccess(started.info.match).token
    },
    async stop() {
      await rig.platform?.stop()
      await sandbox.close()
      await data.remove()
    },
  }
  await rig.startPlatform()
  return rig
}

export const counters = (rig: Rig): Promise<SandboxCounters> => rig.sandbox.counters()

export const connections = async (rig: Rig): Promise<ConnectionView[]> =>
  (await consoleApi<{ connections: ConnectionView[] }>(rig, '/api/connections')).connections

/** The console's Login: getOAuth2ConnectionURL + redirect_uri, the sandbox's pages, then the callback page. */
export async function login(
  rig: Rig,
  options: { deny?: boolean; tamper?: (callback: URL) => URL } = {},
): Promise<{ html: string; status: number; url: URL }> {
  const start = await consoleApi<Outcome>(rig, '/api/login', 'POST', {})
  expect(start.ok).toBe(true)
  const authorization = new URL(start.url as string)
  expect(authorization.origin).toBe(rig.sandbox.serverUrl)
  expect(authorization.pathname).toBe('/login/oauth/authorize')
  expect(authorization.searchParams.get('redirect_uri')).toBe(`${rig.base}/oauth/callback`)
  let target = await rig.sandbox.login(start.url as string, { deny: options.deny === true })
  expect(target.origin + target.pathname).toBe(`${rig.base}/oauth/callback`)
  if (options.tamper) target = options.tamper(target)
  const response = await fetch(target)
  return { html: await response.text(), status: response.status, url: target }
}

export async function connect(rig: Rig): Promise<ConnectionView> {
  const page = await login(rig)
  expect(page.html).toContain(`Connected as ${rig.sandbox.user.login}@`)
  const list = await connections(rig)
  expect(list).toHaveLength(1)
  return list[0] as ConnectionView
}

/** A connection's tokens as the platform stored them (only a test reads the store). */
export async function storedTokens(rig: Rig, id: string): Promise<{ accessToken: string; refreshToken: string | null }> {
  const records = await ConnectionStore.read({
    dir: rig.dataDir,
    namespace: `GitHub-${new URL(rig.sandbox.serverUrl).host.replace(/:/g, '_')}`,
  })
  const record = records.find((item) => item.id === id)
  if (!record) throw new Error(`connection ${id} is not in the store`)
  return record
}
