/**
 * The local platform runs any CodeRunner OAuth2 service, not only GitHub: here it runs "Fake Notes"
 * (test/e2e/fixtures/fake-service, plain JavaScript with its own in-memory provider) through
 * test/e2e/fixtures/run-platform.ts in a child process (CodeRunner's model builder finds nothing
 * under Jest), driven over HTTP like the console page drives it. The console's API guards are
 * checked here too.
 */
import { request as httpRequest } from 'node:http'
import type { ConnectionView } from '../../platform/connections'
import { ConnectionStore } from '../../platform/store'
import { consoleAccess, consoleApi, spawnTs, temporaryDir, type ChildHandle, type ConsoleAccess, type Outcome } from './helpers/processes'

interface ServiceState {
  service: {
    name: string
    displayName: string
    icon: string | null
    operations: { method: string; kind: string; params: { name: string; dictionary?: string; uiComponent?: { type: string } }[] }[]
    configItems: { name: string; value: string; secret: boolean; isDefault: boolean }[]
  }
  callbackUrl: string
}

describe('local platform running a service that is not GitHub', () => {
  let platform: ChildHandle
  let base: string
  let site: ConsoleAccess
  let data: { path: string; remove(): Promise<void> }

  const connections = async (): Promise<ConnectionView[]> =>
    (await consoleApi<{ connections: ConnectionView[] }>(site, '/api/connections')).connections

  const counters = async (connectionId: string): Promise<{ refreshGrants: number }> =>
    (
      await consoleApi<Outcome<{ refreshGrants: number }>>(site, '/api/invoke', 'POST', {
        method: 'providerControl',
        connectionId,
        args: ['counters'],
      })
    ).result as {
      refreshGrants: number
    }

  async function callback(query: Record<string, string>): Promise<string> {
    return (await fetch(`${base}/oauth/callback?${new URLSearchParams(query).toString()}`)).text()
  }

  async function connect(): Promise<ConnectionView> {
    const start = await consoleApi<Outcome>(site, '/api/login', 'POST', {})
    const state = new URL(start.url as string).searchParams.get('state') as string
    expect(await callback({ code: 'let-me-in', state })).toContain('Connected as notes-user')
    return (await connections()).find((item) => item.identityName === 'notes-user') as ConnectionView
  }

  beforeAll(async () => {
    data = await temporaryDir('platform-any-')
    const started = await spawnTs<{ link: string }>('test/e2e/fixtures/run-platform.ts', {
      readyLine: true,
      env: { PLATFORM_DATA_DIR: data.path },
    })
    platform = started.handle
    site = consoleAccess(started.info.link)
    base = site.base
  }, 60_000)

  afterAll(async () => {
    await platform?.stop()
    await data?.remove()
  })

  it('describes the service from the CodeRunner model, with secrets masked', async () => {
    const state = await consoleApi<ServiceState>(site, '/api/state')
    expect(state.service).toMatchObject({ name: 'FakeNotes', displayName: 'Fake Notes', icon: '/service-icon' })
    expect(state.service.operations.map((operation) => [operation.method, operation.kind])).toEqual([
      ['getOAuth2ConnectionURL', 'SYSTEM'],
      ['executeCallback', 'SYSTEM'],
      ['refreshToken', 'SYSTEM'],
      ['listNotes', 'ACTION'],
      ['providerControl', 'ACTION'],
      ['getFoldersDictionary', 'DICTIONARY'],
    ])
    const listNotes = state.service.operations.find((operation) => operation.method === 'listNotes')
    expect(listNotes?.params[0]).toMatchObject({ name: 'folder', dictionary: 'getFoldersDictionary' })
    expect(listNotes?.params[1]).toMatchObject({ name: 'sort', uiComponent: { type: 'DROPDOWN' } })
    expect(state.service.configItems).toEqual([
      expect.objectContaining({ name: 'appId', value: 'notes-app', secret: false }),
      expect.objectContaining({ name: 'appSecret', value: '••••cdef', secret: true }),
      expect.objectContaining({ name: 'tokenLifetimeSeconds', value: '3600', secret: false }),
    ])
    expect(JSON.stringify(state)).not.toContain('notes-secret-0123456789abcdef')
    expect(state.callbackUrl).toBe(`${base}/oauth/callback`)
    const icon = await fetch(`${base}/service-icon`)
    expect(icon.headers.get('content-type')).toBe('image/svg+xml')
  })

  it('logs in, stores the connection and invokes an action and a dictionary with its token', async () => {
    const start = await consoleApi<Outcome>(site, '/api/login', 'POST', {})
    expect(start.url).toMatch(
      /^https:\/\/notes-provider\.invalid\/authorize\?client_id=notes-app&state=[0-9a-f]{32}&redirect_uri=http%3A%2F%2F127\.0\.0\.1%3A\d+%2Foauth%2Fcallback$/,
    )
    const connection = await connect()
    expect(connection).toMatchObject({ status: 'active', userData: { notebook: 'Personal' }, lifetimeSeconds: 3600, refreshable: true })

    const page1 = await consoleApi<Outcome<{ items: { value: string }[]; cursor?: string }>>(site, '/api/invoke', 'POST', {
      method: 'getFoldersDictionary',
      connectionId: connection.id,
      args: [{}],
    })
    expect(page1.result?.items.map((item) => item.value)).toEqual(['Inbox', 'Ideas', 'Journal'])
    const page2 = await consoleApi<Outcome<{ items: { value: string }[] }>>(site, '/api/invoke', 'POST', {
      method: 'getFoldersDictionary',
      connectionId: connection.id,
      args: [{ cursor: page1.result?.cursor }],
    })
    expect(page2.result?.items.map((item) => item.value)).toEqual(['Recipes', 'Travel', 'Work'])

    const outcome = await consoleApi<Outcome>(site, '/api/invoke', 'POST', {
      method: 'listNotes',
      connectionId: connection.id,
      args: ['Journal', 'Oldest first', 5, true, ['a', 'b'], 1_700_000_000_000],
    })
    expect(outcome).toMatchObject({
      ok: true,
      result: { folder: 'Journal', sort: 'Oldest first', limit: 5, pinnedOnly: true, tags: ['a', 'b'], since: 1_700_000_000_000 },
    })
    expect(typeof outcome.durationMs).toBe('number')
  })

  it('reports a service error with its code and HTTP status', async () => {
    const connection = await connect()
    const outcome = await consoleApi<Outcome>(site, '/api/invoke', 'POST', { method: 'listNotes', connectionId: connection.id, args: [''] })
    expect(outcome).toMatchObject({ ok: false, error: { code: 7422, httpStatusCode: 400, message: 'Invalid "folder": choose a folder.' } })
    const anonymous = await consoleApi<Outcome>(site, '/api/invoke', 'POST', { method: 'listNotes', args: ['Inbox'] })
    expect(anonymous).toMatchObject({ ok: false, error: { code: 7400, httpStatusCode: 401 } })
  })

  it('passes every callback parameter to executeCallback, so a refusal reaches the service; the page says what the code means', async () => {
    const count = (await connections()).length
    const html = await callback({ error: 'access_denied', error_description: 'The user said no' })
    // 7001 is the service's own error: executeCallback saw the refusal.
    expect(html).toContain('You declined the authorization on the provider’s page (access_denied).')
    expect(html).toContain('(code 7001, HTTP 400)')
    expect(await connections()).toHaveLength(count)
    expect(await callback({ code: 'let-me-in', state: 'forged' })).toContain('Unknown login state')
  })

  it('escapes what it shows on the callback page', async () => {
    const html = await callback({ error: 'access_denied', error_description: '<img src=x onerror=alert(1)>' })
    expect(html).not.toContain('<img src=x')
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;')
  })

  it('refreshes once for 50 concurrent invocations after the token expired', async () => {
    const connection = await connect()
    const before = (await counters(connection.id)).refreshGrants
    await consoleApi(site, `/api/connections/${connection.id}/expire`, 'POST', {})
    const outcomes = await Promise.all(
      Array.from({ length: 50 }, () =>
        consoleApi<Outcome>(site, '/api/invoke', 'POST', { method: 'listNotes', connectionId: connection.id, args: ['Inbox'] }),
      ),
    )
    expect(outcomes.every((outcome) => outcome.ok)).toBe(true)
    expect(new Set(outcomes.map((outcome) => (outcome.result as { tokenNumber: number }).tokenNumber)).size).toBe(1)
    expect((await counters(connection.id)).refreshGrants - before).toBe(1)
  })

  it('marks a refresh that failed for a transient reason, then recovers on "Refresh now"', async () => {
    const connection = await connect()
    await consoleApi(site, '/api/invoke', 'POST', { method: 'providerControl', connectionId: connection.id, args: ['down'] })
    const failed = await consoleApi<{ ok: boolean; error: Outcome['error']; connection: ConnectionView }>(
      site,
      `/api/connections/${connection.id}/refresh`,
      'POST',
      {},
    )
    expect(failed).toMatchObject({
      ok: false,
      error: { code: 7503, httpStatusCode: 503 },
      connection: { status: 'refresh_failed', failure: { code: 7503, attempts: 1 } },
    })
    expect(failed.connection.nextRefreshAt).toBeGreaterThan(Date.now())
    await consoleApi(site, '/api/invoke', 'POST', { method: 'providerControl', connectionId: connection.id, args: ['up'] })
    const recovered = await consoleApi<{ ok: boolean; connection: ConnectionView }>(
      site,
      `/api/connections/${connection.id}/refresh`,
      'POST',
      {},
    )
    expect(recovered).toMatchObject({ ok: true, connection: { status: 'active', failure: null } })
  })

  it('never serves a token: connections show fixed masks only', async () => {
    const connection = await connect()
    const tokens = (await ConnectionStore.read({ dir: data.path, namespace: 'FakeNotes-fake' })).find((item) => item.id === connection.id)
    expect(tokens?.accessToken).toMatch(/^notes-access-/)
    const served = JSON.stringify(await connections())
    expect(served).not.toContain(tokens?.accessToken)
    expect(served).not.toContain(tokens?.refreshToken)
    expect(connection.tokenMask).toBe(`••••${tokens?.accessToken.slice(-4)}`)
    expect(platform.output()).not.toContain(tokens?.accessToken)
  })

  it('deletes a connection', async () => {
    const connection = await connect()
    expect(await consoleApi(site, `/api/connections/${connection.id}`, 'DELETE')).toEqual({ ok: true })
    expect((await connections()).find((item) => item.id === connection.id)).toBeUndefined()
  })

  it('refuses to run system operations from the console (their results carry tokens)', async () => {
    const response = await consoleApi<{ error: { message: string } }>(site, '/api/invoke', 'POST', { method: 'refreshToken', args: ['x'] })
    expect(response.error.message).toMatch(/system operation/)
  })

  describe('API guards', () => {
    it('wants its own header, so a cross-site form or fetch cannot drive it', async () => {
      const response = await fetch(`${base}/api/login`, {
        method: 'POST',
        headers: { authorization: `Bearer ${site.token}`, 'content-type': 'text/plain' },
        body: '{}',
      })
      expect(response.status).toBe(403)
    })

    it('refuses another origin', async () => {
      const response = await fetch(`${base}/api/connections`, {
        headers: { authorization: `Bearer ${site.token}`, 'x-platform-console': '1', origin: 'http://evil.example' },
      })
      expect(response.status).toBe(403)
    })

    it('refuses JSON bodies sent as another content type', async () => {
      const response = await fetch(`${base}/api/invoke`, {
        method: 'POST',
        headers: { authorization: `Bearer ${site.token}`, 'x-platform-console': '1', 'content-type': 'text/plain' },
        body: '{}',
      })
      expect(response.status).toBe(415)
    })

    it('answers only for its own host name (DNS rebinding)', async () => {
      const status = await new Promise<number>((done, fail) => {
        const url = new URL(`${base}/api/state`)
        const request = httpRequest(
          {
            host: url.hostname,
            port: url.port,
            path: url.pathname,
            headers: { host: `rebind.example:${url.port}`, 'x-platform-console': '1' },
          },
          (response) => {
            response.resume()
            done(response.statusCode ?? 0)
          },
        )
        request.on('error', fail)
        request.end()
      })
      expect(status).toBe(421)
    })

    it('sends a restrictive content security policy and no referrer', async () => {
      const response = await fetch(`${base}/`, { headers: { authorization: `Bearer ${site.token}` } })
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'")
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
      expect(response.headers.get('referrer-policy')).toBe('no-referrer')
      expect(await response.text()).toContain('<script src="/static/app.js" defer></script>')
    })

    it('does not serve files outside its static folder', async () => {
      const response = await fetch(`${base}/static/..%2f..%2fstore.ts`)
      expect(response.status).toBe(404)
    })
  })
})
