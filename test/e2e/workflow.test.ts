/**
 * The local platform end to end against the sandbox GitHub: `platform/main.ts` (what `npm start`
 * runs) in one child process, pointed at the sandbox (sandbox/process.ts) in
 * another through GITHUB_CLIENT_ID / GITHUB_CLIENT_SECRET / GITHUB_SERVER_URL, exactly as it would
 * be pointed at a GitHub Enterprise Server. Child processes because CodeRunner's model builder
 * finds nothing under Jest and oidc-provider is ESM; everything is driven over HTTP, as the
 * console page does. Needs `npm run build` first (npm test does it).
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ConnectionView } from '../../platform/connections'
import { consoleApi, spawnTs, temporaryDir, waitFor, type Outcome } from './helpers/processes'
import { connect, connections, counters, login, startRig, storedTokens, type Rig } from './helpers/rig'

const whoAmI = (rig: Rig, connectionId: string): Promise<Outcome<{ login: string; name: string }>> =>
  consoleApi(rig, '/api/invoke', 'POST', { method: 'getAuthenticatedUser', connectionId, args: [] })

describe('local platform against the sandbox GitHub (60 s tokens)', () => {
  let rig: Rig

  beforeAll(async () => {
    rig = await startRig()
  }, 60_000)

  afterAll(async () => {
    await rig?.stop()
  })

  it('runs the whole workflow: login, callback, connection, action, forced expiry, refresh with rotation, action again', async () => {
    const before = await counters(rig)
    const connection = await connect(rig)
    expect(connection).toMatchObject({
      identityName: `${rig.sandbox.user.login}@${new URL(rig.sandbox.serverUrl).host}`,
      status: 'active',
      lifetimeSeconds: 60,
      refreshable: true,
      userData: { login: rig.sandbox.user.login, name: rig.sandbox.user.name },
    })
    expect(connection.identityImageUrl).toMatch(/^http/)
    expect((await counters(rig)).codeExchanges).toBe(before.codeExchanges + 1)

    const first = await whoAmI(rig, connection.id)
    expect(first).toMatchObject({ ok: true, result: { login: rig.sandbox.user.login, name: rig.sandbox.user.name } })

    const tokensBefore = await storedTokens(rig, connection.id)
    await consoleApi(rig, `/api/connections/${connection.id}/expire`, 'POST', {})
    const second = await whoAmI(rig, connection.id)
    expect(second.ok).toBe(true)
    const tokensAfter = await storedTokens(rig, connection.id)
    expect(tokensAfter.accessToken).not.toBe(tokensBefore.accessToken)
    expect(tokensAfter.refreshToken).not.toBe(tokensBefore.refreshToken)
    expect((await counters(rig)).refreshGrants).toBe(before.refreshGrants + 1)
    expect((await connections(rig))[0]).toMatchObject({ status: 'active', refreshCount: 1 })

    expect(await whoAmI(rig, connection.id)).toMatchObject({ ok: true })
    expect((await counters(rig)).refreshGrants).toBe(before.refreshGrants + 1)

    // Nothing the console serves, nor any log line, carries a token or the client secret.
    const served = JSON.stringify(await connections(rig)) + JSON.stringify(await consoleApi(rig, '/api/state'))
    const output = rig.platform.output()
    for (const secret of [
      tokensBefore.accessToken,
      tokensAfter.accessToken,
      tokensBefore.refreshToken,
      tokensAfter.refreshToken,
      rig.sandbox.clientSecret,
    ]) {
      expect(served).not.toContain(secret)
      expect(output).not.toContain(secret)
    }
    for (const event of [
      'platform.login_started',
      'platform.callback',
      'platform.connection_stored',
      'platform.refresh_scheduled',
      'platform.refresh_done',
      'platform.invoke',
    ]) {
      expect(output).toContain(event)
    }
  })

  it('shows the reason of a refused login and stores nothing', async () => {
    const existing = (await connections(rig)).length
    const page = await login(rig, { deny: true })
    expect(page.html).toContain('The login did not complete')
    expect(page.html).toContain('access_denied')
    expect(page.html).toContain('code 40003')
    expect(await connections(rig)).toHaveLength(existing)
  })

  it('refuses a callback whose state was tampered with, without exchanging the code', async () => {
    const before = await counters(rig)
    const page = await login(rig, {
      tamper: (callback) => {
        const state = callback.searchParams.get('state') as string
        callback.searchParams.set('state', `${state.slice(0, -2)}${state.endsWith('AA') ? 'BB' : 'AA'}`)
        return callback
      },
    })
    expect(page.html).toContain('The login did not complete')
    expect(page.html).toContain('code 40004')
    expect((await counters(rig)).codeExchanges).toBe(before.codeExchanges)
  })

  it('completes a callback once: Back or reload shows the same outcome and does not spend the code again', async () => {
    const before = await counters(rig)
    const first = await login(rig)
    expect(first.html).toContain('Connected as')
    const { connection } = JSON.parse(/id="oauth-result">(.*?)<\/script>/.exec(first.html)?.[1] ?? '{}') as { connection: { id: string } }
    // Back and reload request the callback page again (it is no-store), with the same code and state.
    const again = await Promise.all([fetch(first.url), fetch(first.url)])
    for (const response of again) expect(await response.text()).toBe(first.html)
    expect((await counters(rig)).codeExchanges).toBe(before.codeExchanges + 1)
    expect(await consoleApi(rig, `/api/connections/${connection.id}/refresh`, 'POST', {})).toMatchObject({ ok: true })
    expect((await connections(rig)).find((item) => item.id === connection.id)).toMatchObject({ status: 'active' })
    expect(await whoAmI(rig, connection.id)).toMatchObject({ ok: true, result: { login: rig.sandbox.user.login } })
  })

  it('runs exactly one refresh for 50 concurrent invocations on an expired token', async () => {
    const connection = await connect(rig)
    await consoleApi(rig, `/api/connections/${connection.id}/expire`, 'POST', {})
    const before = await counters(rig)
    const outcomes = await Promise.all(Array.from({ length: 50 }, () => whoAmI(rig, connection.id)))
    expect(outcomes.filter((outcome) => !outcome.ok)).toEqual([])
    const after = await counters(rig)
    expect(after.refreshGrants - before.refreshGrants).toBe(1)
    expect(after.apiRequests - before.apiRequests).toBe(50)
  })

  it('keeps connections across a restart of the platform', async () => {
    const connection = await connect(rig)
    const exchanges = (await counters(rig)).codeExchanges
    await rig.platform.stop()
    await rig.startPlatform()
    const list = await connections(rig)
    expect(list.map((item) => item.id)).toEqual([connection.id])
    expect(await whoAmI(rig, connection.id)).toMatchObject({ ok: true, result: { login: rig.sandbox.user.login } })
    expect((await counters(rig)).codeExchanges).toBe(exchanges)
  }, 30_000)

  it('rotates the refresh token: the authorization server then rejects the old one, and the replay marks the connection "reconnect required"', async () => {
    const connection = await connect(rig)
    const old = await storedTokens(rig, connection.id)
    const refreshed = await consoleApi<{ ok: boolean; connection: ConnectionView }>(
      rig,
      `/api/connections/${connection.id}/refresh`,
      'POST',
      {},
    )
    expect(refreshed).toMatchObject({ ok: true, connection: { status: 'active', refreshCount: 1 } })
    const current = await storedTokens(rig, connection.id)
    expect(current.refreshToken).not.toBe(old.refreshToken)

    const replay = await fetch(`${rig.sandbox.serverUrl}/login/oauth/access_token`, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: old.refreshToken as string,
        client_id: rig.sandbox.clientId,
        client_secret: rig.sandbox.clientSecret,
      }),
    })
    const answer = (await replay.json()) as { error?: string; access_token?: string }
    expect(answer.access_token).toBeUndefined()
    expect(answer.error).toMatch(/invalid_grant|bad_refresh_token/)

    // Reuse detection revoked the grant: the next invocation is refused, the platform's refresh fails, the connection is marked.
    const outcome = await whoAmI(rig, connection.id)
    expect(outcome).toMatchObject({ ok: false, error: { code: 40102, httpStatusCode: 401 } })
    const marked = (await connections(rig)).find((item) => item.id === connection.id)
    expect(marked).toMatchObject({ status: 'reconnect_required', nextRefreshAt: null, failure: { code: 40102, httpStatusCode: 401 } })
    const grants = (await counters(rig)).refreshGrants
    expect(await whoAmI(rig, connection.id)).toMatchObject({ ok: false, error: { httpStatusCode: 401 } })
    expect((await counters(rig)).refreshGrants).toBe(grants)
    expect(rig.platform.output()).toContain('platform.reconnect_required')
  })
})

describe('local platform against the sandbox GitHub (2 s tokens)', () => {
  let rig: Rig

  beforeAll(async () => {
    rig = await startRig(2)
  }, 60_000)

  afterAll(async () => {
    await rig?.stop()
  })

  it('refreshes ahead of expiry (10% of the lifetime before it) without any invocation', async () => {
    const connection = await connect(rig)
    const before = await counters(rig)
    expect(connection.nextRefreshAt).toBe((connection.expiresAt as number) - 200)
    const refreshed = await waitFor(
      async () => (await connections(rig)).find((item) => item.id === connection.id && item.refreshCount >= 1),
      'the proactive refresh',
      5_000,
    )
    expect(refreshed).toMatchObject({ status: 'active', lifetimeSeconds: 2 })
    expect((refreshed.lastRefreshAt as number) < (connection.expiresAt as number)).toBe(true)
    expect((await counters(rig)).refreshGrants).toBeGreaterThan(before.refreshGrants)
    expect(rig.platform.output()).toMatch(/platform\.refresh_started[^\n]*"reason":"proactive"/)
  })

  it('after a restart, renews a token that expired while the platform was down, then serves the action', async () => {
    const connection = await connect(rig)
    await rig.platform.stop()
    await new Promise((wait) => setTimeout(wait, 2_100)) // the sandbox's token expires meanwhile
    await rig.startPlatform()
    const outcome = await whoAmI(rig, connection.id)
    expect(outcome).toMatchObject({ ok: true, result: { login: rig.sandbox.user.login } })
    expect((await connections(rig))[0]).toMatchObject({ id: connection.id, status: 'active' })
  }, 30_000)
})

describe('local platform start-up with an unreadable store', () => {
  it('reports the store and stops, leaving the file untouched', async () => {
    const data = await temporaryDir('platform-e2e-broken-')
    try {
      const file = join(data.path, 'connections-GitHub-github.example.test.json')
      await writeFile(join(data.path, 'store.key'), `${Buffer.alloc(32, 3).toString('base64')}\n`)
      await writeFile(file, '{"format":"flowrunner-local-platform/connections","version":1,"connections":[{"id":"x"')
      const failure = await spawnTs('platform/main.ts', {
        readyUrl: 'http://127.0.0.1:1/never',
        timeoutMs: 20_000,
        env: {
          PORT: '0',
          PLATFORM_DATA_DIR: data.path,
          GITHUB_CLIENT_ID: 'Iv1.0123456789abcdef',
          GITHUB_CLIENT_SECRET: 'not-used-0123456789',
          GITHUB_SERVER_URL: 'https://github.example.test',
        },
      }).then(
        () => null,
        (error: Error) => error.message,
      )
      expect(failure).toMatch(/exited with 1/)
      expect(failure).toContain(`The connection store ${file} cannot be read (it is not valid JSON). It was left untouched.`)
      expect(await readFile(file, 'utf8')).toBe('{"format":"flowrunner-local-platform/connections","version":1,"connections":[{"id":"x"')
    } finally {
      await data.remove()
    }
  }, 30_000)
})
