import nock from 'nock'
import { capturedLogEntries, capturedOutput } from '../helpers/output'
import { CANARY_CLIENT_ID, CANARY_CODE, CANARY_HEX_CLIENT_SECRET } from '../helpers/secrets'
import { evidenceFile } from './harness/evidence'
import { loadService } from '../helpers/coderunner'

/**
 * Issue 8: a 40-hex client secret inside the token endpoint's error_description reached the
 * error message, the operation.failed log line and the stored failure message, because
 * redaction matched token shapes only. Here GitHub echoes back every secret the call sent, as
 * is, URL-encoded and base64-encoded, and secrets of no recognisable shape are used, through
 * the compiled service: none of them may reach the platform error or any output line.
 */

const GITHUB = 'https://github.com'
const API = 'https://api.github.com'
const TOKEN_PATH = '/login/oauth/access_token'
const CONFIG = { clientId: CANARY_CLIENT_ID, clientSecret: CANARY_HEX_CLIENT_SECRET }
/** Tokens with no GitHub prefix (as a GitHub Enterprise proxy or a stand-in may issue): only their value identifies them. */
const PLAIN_ACCESS_TOKEN = 'plain.access.4f1c2b9d8e7a6f5e4d3c2b1a'
const PLAIN_REFRESH_TOKEN = 'plain.refresh.9a8b7c6d5e4f3a2b1c0d9e8f'

const evidence = evidenceFile('echoed-secrets')
const service = loadService(CONFIG)
let checked = 0

const forms = (value: string): string[] => [value, encodeURIComponent(value), Buffer.from(value).toString('base64')]

async function platformError(method: string, args: unknown[], token?: string): Promise<{ code?: number; message: string }> {
  try {
    await service.invoke(method, args, token === undefined ? {} : { token })
  } catch (error) {
    const { code, message } = error as { code?: number; message?: unknown }
    return { code, message: String(message) }
  }
  throw new Error(`${method} succeeded`)
}

/** None of the secrets, in any of their forms, in the error or anything written; the failure is still logged. */
function expectCutOut(secrets: string[], message: string): void {
  const output = capturedOutput().join('\n')
  const leaks = secrets.flatMap(forms).filter((form) => message.includes(form) || output.includes(form))
  expect(leaks).toEqual([])
  expect(message).toContain('[REDACTED]')
  expect(capturedLogEntries()).toContainEqual(expect.objectContaining({ event: 'operation.failed', message }))
  checked += secrets.length
}

async function freshState(): Promise<string> {
  const url = new URL(String(await service.invoke('getOAuth2ConnectionURL', [])))
  return url.searchParams.get('state') ?? ''
}

afterAll(() => {
  if (checked > 0) {
    evidence.add({
      attack:
        'secrets echoed back by GitHub: the token endpoint quoting the client secret (40 hex), code, PKCE verifier and refresh token in error_description; GET /user and an action quoting the access token (tokens of no GitHub shape)',
      cases: `${checked} secrets × 3 forms (as is, URL-encoded, base64) in 4 calls of the compiled service`,
      outcome:
        'cut out by value (the call’s own secrets, all their forms): not in the platform error (the stored failure message) nor in the operation.failed line or any other output',
    })
  }
})

it('executeCallback: the token endpoint echoes the client secret, the code and the verifier it received', async () => {
  const state = await freshState()
  const received: string[] = []
  nock(GITHUB)
    .post(TOKEN_PATH)
    .reply((_uri, body) => {
      const form = new URLSearchParams(String(body))
      for (const field of ['client_secret', 'code', 'code_verifier']) received.push(form.get(field) ?? '')
      return [200, { error: 'invalid_request', error_description: `Refused: ${received.flatMap(forms).join(' ')}` }]
    })
  const { code, message } = await platformError('executeCallback', [{ code: CANARY_CODE, state }])
  expect(code).toBe(50201)
  expect(received).toEqual([CANARY_HEX_CLIENT_SECRET, CANARY_CODE, expect.stringMatching(/^[A-Za-z0-9_-]{43}$/)])
  expectCutOut(received, message)
})

it('refreshToken: the token endpoint echoes the client secret and the refresh token', async () => {
  nock(GITHUB)
    .post(TOKEN_PATH)
    .reply(200, {
      error: 'temporarily_unavailable',
      error_description: `Could not refresh ${[CANARY_HEX_CLIENT_SECRET, PLAIN_REFRESH_TOKEN].flatMap(forms).join(' ')}`,
    })
  const { code, message } = await platformError('refreshToken', [PLAIN_REFRESH_TOKEN])
  expect(code).toBe(50201)
  expectCutOut([CANARY_HEX_CLIENT_SECRET, PLAIN_REFRESH_TOKEN], message)
})

it('executeCallback: GET /user refuses the new access token, quoting it', async () => {
  const state = await freshState()
  nock(GITHUB).post(TOKEN_PATH).reply(200, { access_token: PLAIN_ACCESS_TOKEN, token_type: 'bearer' })
  nock(API)
    .get('/user')
    .reply(403, { message: `Credential ${forms(PLAIN_ACCESS_TOKEN).join(' ')} is blocked by an organisation policy` })
  const { code, message } = await platformError('executeCallback', [{ code: CANARY_CODE, state }])
  expect(code).toBe(40301)
  expectCutOut([PLAIN_ACCESS_TOKEN], message)
})

it("an action: GitHub's validation message quotes the connection's token", async () => {
  nock(API)
    .post('/repos/octocat/Hello-World/issues')
    .reply(422, {
      message: `Invalid request for ${forms(PLAIN_ACCESS_TOKEN).join(' ')}`,
      errors: [{ message: `as ${PLAIN_ACCESS_TOKEN}` }],
    })
  const args = (service.methods['createIssue']?.params ?? []).map((param) =>
    param.name === 'repository' ? 'octocat/Hello-World' : param.name === 'title' ? 'Found a bug' : undefined,
  )
  const { code, message } = await platformError('createIssue', args, PLAIN_ACCESS_TOKEN)
  expect(code).toBe(42201)
  expectCutOut([PLAIN_ACCESS_TOKEN], message)
})
