import { connect } from 'node:net'
import type { ConnectionView } from '../../platform/connections'
import {
  consoleAccess,
  consoleApi,
  spawnTs,
  temporaryDir,
  type ChildHandle,
  type ConsoleAccess,
  type Outcome,
} from '../e2e/helpers/processes'
import { evidenceFile } from './harness/evidence'

/**
 * The local platform's console attacked from this machine (issue 8): a program or another OS
 * user that reaches the port without the console token, hostile OAuth callbacks carrying an
 * attacker's error text, and HTTP requests Node parses but the console cannot use. The
 * platform runs the "Fake Notes" service (test/e2e/fixtures/run-platform.ts) in a child
 * process: CodeRunner's model builder cannot run under Jest.
 */

const evidence = evidenceFile('console')

let platform: ChildHandle
let site: ConsoleAccess
let data: { path: string; remove(): Promise<void> }

beforeAll(async () => {
  data = await temporaryDir('platform-attack-')
  const started = await spawnTs<{ link: string }>('test/e2e/fixtures/run-platform.ts', {
    readyLine: true,
    env: { PLATFORM_DATA_DIR: data.path },
  })
  platform = started.handle
  site = consoleAccess(started.info.link)
}, 60_000)

afterAll(async () => {
  await platform?.stop()
  await data?.remove()
})

const connections = async (): Promise<ConnectionView[]> =>
  (await consoleApi<{ connections: ConnectionView[] }>(site, '/api/connections')).connections

/** A state sealed by the service for a login the console started. */
async function loginState(): Promise<string> {
  const start = await consoleApi<Outcome>(site, '/api/login', 'POST', {})
  return new URL(start.url as string).searchParams.get('state') as string
}

const callbackPage = async (query: Record<string, string>): Promise<string> =>
  (await fetch(`${site.base}/oauth/callback?${new URLSearchParams(query).toString()}`)).text()

/** Bytes straight onto the socket, so the request line can be anything; answers the status and body. */
function rawRequest(head: string): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    const { hostname, port } = new URL(site.base)
    const socket = connect({ host: hostname, port: Number(port) })
    const chunks: Buffer[] = []
    socket.on('data', (chunk: Buffer) => chunks.push(chunk))
    socket.on('error', fail)
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8')
      const [headers = '', ...body] = text.split('\r\n\r\n')
      done({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(headers)?.[1] ?? 0), body: body.join('\r\n\r\n') })
    })
    socket.end(head)
  })
}

describe('the console API without its token (issue 8.4)', () => {
  const ROUTES: [string, string][] = [
    ['GET', '/api/state'],
    ['GET', '/api/descriptor'],
    ['GET', '/api/connections'],
    ['POST', '/api/login'],
    ['POST', '/api/invoke'],
    ['POST', '/api/connections/00000000-0000-4000-8000-000000000000/refresh'],
    ['POST', '/api/connections/00000000-0000-4000-8000-000000000000/expire'],
    ['DELETE', '/api/connections/00000000-0000-4000-8000-000000000000'],
    ['GET', '/api/no-such-route'],
  ]

  it('refuses every API route with 401 and says how to get in, whatever else the request carries', async () => {
    await callbackPage({ code: 'let-me-in', state: await loginState() })
    const victim = (await connections())[0] as ConnectionView
    const port = new URL(site.base).port
    const wrong = `${site.token.slice(0, -1)}${site.token.endsWith('A') ? 'B' : 'A'}`
    const attempts: Record<string, string>[] = [
      {},
      { authorization: `Bearer ${wrong}` },
      { authorization: `Bearer ${site.token.slice(0, 16)}` },
      { authorization: `Basic ${Buffer.from(`user:${site.token}`).toString('base64')}` },
      { cookie: `platform-console-${port}=${wrong}` },
      { cookie: `platform-console-1=${site.token}` },
    ]
    let cases = 0
    for (const [method, path] of [...ROUTES, ['DELETE', `/api/connections/${victim.id}`] as [string, string]]) {
      for (const headers of attempts) {
        const response = await fetch(`${site.base}${path}?token=${site.token}`, {
          method,
          headers: { 'x-platform-console': '1', 'content-type': 'application/json', ...headers },
          ...(method === 'POST' && { body: JSON.stringify({ method: 'listNotes', args: ['Inbox'], connectionId: victim.id }) }),
        })
        const body = (await response.json()) as { error: { message: string } }
        expect([path, response.status]).toEqual([path, 401])
        expect(response.headers.get('www-authenticate')).toBe('Bearer realm="local-platform-console"')
        expect(body.error.message).toContain('open the address `npm start` printed in its terminal')
        expect(body.error.message).not.toContain(site.token)
        cases++
      }
    }
    // Nothing happened: the connection the attempts tried to delete is still there.
    expect((await connections()).map((item) => item.id)).toContain(victim.id)
    expect(Buffer.from(site.token, 'base64url').length).toBeGreaterThanOrEqual(16)

    const page = await fetch(`${site.base}/`)
    const html = await page.text()
    expect(page.status).toBe(401)
    expect(html).toContain('Open the console with its link')
    expect(html).toContain('<code>npm start</code>')
    expect(html).not.toContain('/static/app.js')
    const wrongLink = await fetch(`${site.base}/?token=${wrong}`, { redirect: 'manual' })
    expect(wrongLink.status).toBe(401)
    expect(wrongLink.headers.get('set-cookie')).toBeNull()
    expect(await wrongLink.text()).toContain('not the one of the running platform')

    evidence.add({
      attack:
        'console API without its token: none, a wrong or cut bearer token, Basic, a wrong cookie, another port’s cookie, the token in the query',
      cases: `${cases} requests on ${ROUTES.length + 1} routes, the page and a wrong link`,
      outcome: '401 saying to open the link `npm start` printed; nothing read, started or deleted',
    })
  })

  it('trades the printed link for an HttpOnly SameSite=Strict cookie and drops the token from the address', async () => {
    const response = await fetch(`${site.base}/?token=${site.token}`, { redirect: 'manual' })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/')
    const cookie = response.headers.get('set-cookie') as string
    const port = new URL(site.base).port
    expect(cookie).toBe(`platform-console-${port}=${site.token}; Path=/; HttpOnly; SameSite=Strict`)
    const pair = cookie.split(';')[0] as string
    const page = await fetch(`${site.base}/`, { headers: { cookie: `other=1; ${pair}` } })
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('/static/app.js')
    const state = await fetch(`${site.base}/api/state`, { headers: { cookie: pair, 'x-platform-console': '1' } })
    expect(state.status).toBe(200)
    // The OAuth callback is bound to its sealed state, not to the cookie (github.com's redirect does not carry a Strict cookie).
    expect(await callbackPage({ code: 'let-me-in', state: await loginState() })).toContain('Connected as notes-user')
  })
})

describe('the OAuth callback page and an attacker’s error text (issue 8.9)', () => {
  const LIE = 'Your account is locked. Call +1 555 0100 and read them your password'

  /** The page without its labelled quote of the provider and the data for the console (whose providerWords field is that quote). */
  const ownWords = (html: string): string =>
    html.replace(/<p class="provider-words">[\s\S]*?<\/p>/, '').replace(/<script type="application\/json"[\s\S]*?<\/script>/, '')

  it('says what an error code means in its own words, and quotes the provider only under a label', async () => {
    const cases: [string, RegExp][] = [
      ['access_denied', /You declined the authorization on the provider’s page \(access_denied\)/],
      ['server_error', /The provider failed while authorizing \(server_error\)\. Try again in a moment\./],
      ['Call_555-0100_now', /an error code the platform does not know/],
      ['<script>alert(1)</script>', /an error code the platform does not know/],
    ]
    for (const [error, meaning] of cases) {
      const html = await callbackPage({ error, error_description: LIE, state: await loginState() })
      expect(html).toContain('The login did not complete')
      expect(ownWords(html)).toMatch(meaning)
      expect(ownWords(html)).not.toContain('555')
      expect(ownWords(html)).not.toContain('<script>alert')
      expect(html).toContain(
        `<p class="provider-words"><span class="label">The provider’s own words (not checked by the platform):</span> <q>${LIE}</q></p>`,
      )
      const result = JSON.parse(/<script type="application\/json" id="oauth-result">(.*?)<\/script>/.exec(html)?.[1] ?? '{}') as {
        error: { message: string }
        providerWords: string
      }
      expect(result.error.message).toMatch(meaning)
      expect(result.providerWords).toBe(LIE)
    }
    // A provider echoing the client secret: masked in the quote.
    const echoed = await callbackPage({
      error: 'invalid_request',
      error_description: 'bad appSecret notes-secret-0123456789abcdef',
      state: await loginState(),
    })
    expect(echoed).not.toContain('notes-secret-0123456789abcdef')
    expect(echoed).toContain('<q>bad appSecret ••••</q>')
    evidence.add({
      attack: 'OAuth callback with an attacker’s `error` and `error_description` (a phone-scam text, HTML, an echoed client secret)',
      cases: `${cases.length + 1} callbacks`,
      outcome: 'a fixed message per error code; the provider’s text only in a quote labelled as its words, secrets masked',
    })
  })
})

describe('HTTP requests the console cannot use (issue 8.10)', () => {
  it('answers 400 with a message to request lines and JSON it cannot use, instead of failing with 500', async () => {
    const host = `Host: ${new URL(site.base).host}\r\n`
    const lines = ['GET http://[::1 HTTP/1.1', 'GET //127.0.0.1:99999/ HTTP/1.1', 'GET http://%zz/ HTTP/1.1']
    for (const line of lines) {
      const answer = await rawRequest(`${line}\r\n${host}Connection: close\r\n\r\n`)
      expect([line, answer.status]).toEqual([line, 400])
      expect(answer.body).toContain('The request line is malformed')
    }
    const unparsable = ['BREW /pot HTCPCP/1.0\r\n\r\n', 'GET / HTTP/1.1\r\nHost 127.0.0.1\r\n\r\n', 'GET /\u0000 HTTP/1.1\r\n\r\n']
    for (const request of unparsable) {
      const answer = await rawRequest(request)
      expect(answer.status).toBe(400)
      expect(answer.body).toContain('The console could not read this HTTP request (bad request).')
    }
    const huge = await rawRequest(`GET / HTTP/1.1\r\n${host}X-Big: ${'a'.repeat(20_000)}\r\n\r\n`)
    expect(huge.status).toBe(431)

    await callbackPage({ code: 'let-me-in', state: await loginState() })
    const connection = (await connections())[0] as ConnectionView
    const deep = (levels: number, open: string, close: string): string => `${open.repeat(levels)}1${close.repeat(levels)}`
    const bodies = [
      `{"method":"listNotes","connectionId":"${connection.id}","args":[${deep(50_000, '[', ']')}]}`,
      `{"method":"listNotes","connectionId":"${connection.id}","args":[${deep(50_000, '{"a":', '}')}]}`,
      `{"method":"listNotes","connectionId":"${connection.id}","args":[${deep(65, '[', ']')}]}`,
    ]
    for (const body of bodies) {
      const response = await fetch(`${site.base}/api/invoke`, {
        method: 'POST',
        headers: { authorization: `Bearer ${site.token}`, 'x-platform-console': '1', 'content-type': 'application/json' },
        body,
      })
      expect(response.status).toBe(400)
      expect(((await response.json()) as { error: { message: string } }).error.message).toBe(
        'The request body nests JSON deeper than 64 levels.',
      )
    }
    // Brackets inside strings are text, not nesting.
    const inString = await consoleApi<Outcome>(site, '/api/invoke', 'POST', {
      method: 'listNotes',
      connectionId: connection.id,
      args: [`${'['.repeat(100)}"\\{`],
    })
    expect(inString.error?.message ?? '').not.toContain('deeper than')
    expect(platform.output()).not.toContain('console.request_failed')
    evidence.add({
      attack: 'malformed request lines, unparsable requests, oversized headers, JSON nested 65 and 50,000 levels deep',
      cases: `${lines.length + unparsable.length + 1 + bodies.length} requests`,
      outcome: '400 (431 for the headers) with a message saying what was wrong; no 500, no crash',
    })
  })
})
