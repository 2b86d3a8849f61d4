import fc from 'fast-check'
import nock from 'nock'
import { ERROR_CATALOGUE, ServiceError } from '../../src/errors'
import { completeLogin } from '../../src/github/oauth'
import { resolveServer, type ServiceSettings } from '../../src/github/settings'
import { createCodeVerifier } from '../../src/oauth2/pkce'
import { sealState } from '../../src/oauth2/state'
import { unmatchedRequests } from '../helpers/network'
import { CANARY_ACCESS_TOKEN, CANARY_CLIENT_ID, CANARY_CLIENT_SECRET, CANARY_CODE, expectNoSecrets } from '../helpers/secrets'
import { evidenceFile } from './harness/evidence'
import { loadService, type LoadedService } from '../helpers/coderunner'

/**
 * Hostile callback objects (what the platform passes to executeCallback): wrong types, huge
 * values, prototype-pollution keys as own keys, unexpected fields. Each is refused with a
 * clear service error, or the odd field is ignored; nothing crashes, nothing is polluted,
 * and nothing is sent unless the callback is genuinely valid.
 */

const NUM_RUNS = 1000
const SERVER = 'https://github.com'
const settings: ServiceSettings = {
  clientId: CANARY_CLIENT_ID,
  clientSecret: CANARY_CLIENT_SECRET,
  server: resolveServer(SERVER),
  scopes: 'repo',
}
const CALLBACK_KINDS = new Set(['login_restart', 'login_failed', 'invalid_input'])
const CALLBACK_CODES = new Set<number>([...CALLBACK_KINDS].map((kind) => ERROR_CATALOGUE[kind as keyof typeof ERROR_CATALOGUE].code))
const HUGE = 'x'.repeat(2 * 1024 * 1024)

const validState = (): string => sealState({ codeVerifier: createCodeVerifier(), server: SERVER }, CANARY_CLIENT_SECRET)

/** JSON.parse makes `__proto__` an own key, as a platform decoding a query string would. */
const POLLUTING_JSON = [
  '{"__proto__":{"polluted":"yes"}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"prototype":{"polluted":"yes"}}',
  '{"__proto__":{"code":"injected","state":"injected","polluted":"yes"}}',
  '{"code":{"__proto__":{"polluted":"yes"}},"state":{"constructor":{"prototype":{"polluted":"yes"}}}}',
  '{"error":{"__proto__":{"polluted":"yes"}},"error_description":{"toString":"x"}}',
  '{"redirectURI":{"__proto__":{"polluted":"yes"}},"code":"c"}',
  '{"hasOwnProperty":"x","code":"c","state":"s"}',
  '{"toString":"x","valueOf":"y","code":"c"}',
]

const WEIRD_VALUES: unknown[] = [
  undefined,
  null,
  '',
  0,
  -1,
  NaN,
  Infinity,
  true,
  [],
  ['a', 'b'],
  {},
  { toString: 'not a function' },
  HUGE,
  '\u0000',
  '\r\nSet-Cookie: x=1',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  'https://evil.example/?code=stolen',
  Number.MAX_SAFE_INTEGER,
  -0,
]

/** A callback whose fields are each either plausible or hostile, plus junk and polluting keys. */
const callbackObject = fc
  .record(
    {
      code: fc.oneof(fc.constant(CANARY_CODE), fc.constantFrom(...WEIRD_VALUES), fc.anything()),
      state: fc.oneof(fc.constantFrom(...WEIRD_VALUES), fc.anything(), fc.string()),
      redirectURI: fc.oneof(fc.webUrl(), fc.constantFrom(...WEIRD_VALUES), fc.anything()),
      error: fc.oneof(fc.constantFrom('access_denied', 'redirect_uri_mismatch', 'weird'), fc.constantFrom(...WEIRD_VALUES), fc.anything()),
      error_description: fc.oneof(fc.string(), fc.constantFrom(...WEIRD_VALUES)),
      extra: fc.dictionary(fc.string({ maxLength: 20 }), fc.anything({ maxDepth: 2 }), { maxKeys: 5 }),
      pollution: fc.constantFrom(...POLLUTING_JSON),
    },
    { requiredKeys: [] },
  )
  .map(({ extra, pollution, ...fields }) => ({ ...(pollution ? (JSON.parse(pollution) as object) : {}), ...extra, ...fields }))

const anyInput = fc.oneof(
  callbackObject,
  fc.anything({ withNullPrototype: true, withObjectString: true, withBigInt: true, withDate: true, withMap: true, withTypedArray: true }),
  fc.constantFrom(...WEIRD_VALUES),
  fc.constantFrom(...POLLUTING_JSON).map((json) => JSON.parse(json) as unknown),
)

function expectUnpolluted(): void {
  const probe = {} as Record<string, unknown>
  expect(probe['polluted']).toBeUndefined()
  expect(probe['code']).toBeUndefined()
  expect(probe['state']).toBeUndefined()
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false)
}

const evidence = evidenceFile('callback')

afterEach(() => {
  expectUnpolluted()
  expect(unmatchedRequests()).toEqual([])
})

describe('completeLogin with hostile callback objects', () => {
  async function refusal(input: unknown): Promise<ServiceError> {
    try {
      await completeLogin(settings, input, { userAgent: 'attack-test', http: { sleep: async () => undefined } })
    } catch (error) {
      return error as ServiceError
    }
    throw new Error('a hostile callback was accepted')
  }

  it(`refuses any callback without a valid state, with a clear error and no request (${NUM_RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(anyInput, async (input) => {
        const error = await refusal(input)
        expect(error).toBeInstanceOf(ServiceError)
        expect(CALLBACK_KINDS.has(error.kind)).toBe(true)
        expect(error.message.length).toBeGreaterThan(20)
        expect(error.message.length).toBeLessThan(600)
        expectNoSecrets(error.message)
        expectUnpolluted()
      }),
      { numRuns: NUM_RUNS },
    )
    expect(unmatchedRequests()).toEqual([])
    evidence.add({
      attack: 'callback objects: wrong types, huge values, own __proto__ / constructor / prototype keys, junk fields',
      cases: `${NUM_RUNS} runs through completeLogin`,
      outcome: 'refused (`login_restart`, `login_failed` or `invalid_input`), clear message; Object.prototype untouched; no request',
    })
  })

  it.each(POLLUTING_JSON)('refuses %s without polluting anything', async (json) => {
    const error = await refusal(JSON.parse(json))
    expect(CALLBACK_KINDS.has(error.kind)).toBe(true)
  })

  it.each([
    ['code as a number', { code: 12345 }, /authorization code/],
    ['code as an array', { code: ['a', 'b'] }, /authorization code/],
    ['a huge code', { code: HUGE }, /malformed/],
    ['a code with a newline', { code: 'abc\r\ndef' }, /malformed/],
    ['error as an object', { error: { nested: true } }, /unknown_error/],
    ['a huge error description', { error: 'weird', error_description: HUGE }, /weird/],
    ['a huge redirectURI', { code: 'c', state: 's1.x', redirectURI: HUGE }, /redirectURI/],
    ['a javascript: redirectURI', { code: 'c', state: 's1.x', redirectURI: 'javascript:alert(1)' }, /redirectURI/],
    ['state as an object', { code: 'c', state: { s: 1 } }, /no state parameter/],
  ])('%s: refused with a message that says what to do', async (_name, input, message) => {
    const error = await refusal(input)
    expect(error.message).toMatch(message)
    expect(error.message.length).toBeLessThan(600)
  })

  it('ignores unexpected and polluting fields of a valid callback, and sends only the protocol fields', async () => {
    let form: URLSearchParams | undefined
    const token = nock(SERVER)
      .post('/login/oauth/access_token', (body: Record<string, string>) => {
        form = new URLSearchParams(body)
        return true
      })
      .reply(400, { error: 'bad_verification_code' })
    const callback = {
      ...(JSON.parse('{"__proto__":{"polluted":"yes","code":"injected"},"constructor":{"prototype":{"polluted":"yes"}}}') as object),
      code: CANARY_CODE,
      state: validState(),
      redirectURI: 'https://flows.example.com/oauth/callback',
      scope: 'admin:org',
      client_secret: 'attacker-chosen',
      grant_type: 'password',
      extra: HUGE,
    }
    await expect(completeLogin(settings, callback, { userAgent: 'attack-test' })).rejects.toMatchObject({ kind: 'login_restart' })
    expect(token.isDone()).toBe(true)
    expect([...(form?.keys() ?? [])].sort()).toEqual(['client_id', 'client_secret', 'code', 'code_verifier', 'grant_type', 'redirect_uri'])
    expect(form?.get('grant_type')).toBe('authorization_code')
    expect(form?.get('client_secret')).toBe(CANARY_CLIENT_SECRET)
    expect(form?.get('code')).toBe(CANARY_CODE)
    evidence.add({
      attack: 'a valid callback carrying extra fields (scope, client_secret, grant_type, __proto__, 2 MB junk)',
      cases: '1',
      outcome: 'extra fields ignored: the token request carries only the protocol fields',
    })
  })
})

describe('executeCallback of the compiled service, called the way CodeRunner calls it', () => {
  let service: LoadedService

  beforeAll(() => {
    service = loadService({ clientId: CANARY_CLIENT_ID, clientSecret: CANARY_CLIENT_SECRET })
  })

  it(`answers every hostile callback with a coded platform error, never a crash (${NUM_RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(anyInput, async (input) => {
        let failure: unknown
        try {
          await service.invoke('executeCallback', [input])
        } catch (error) {
          failure = error
        }
        expect(service.isPlatformError(failure)).toBe(true)
        const error = failure as Error & { code: number; httpStatusCode: number }
        expect(CALLBACK_CODES.has(error.code)).toBe(true)
        expect(error.httpStatusCode).toBe(400)
        expectNoSecrets(error.message)
        expectUnpolluted()
      }),
      { numRuns: NUM_RUNS },
    )
    expect(unmatchedRequests()).toEqual([])
    evidence.add({
      attack: 'the same callback objects through executeCallback of the compiled service (CodeRunner ServiceWrapper)',
      cases: `${NUM_RUNS} runs`,
      outcome: 'a coded platform error (HTTP 400), never a crash (code 0 / 50001); no request',
    })
  })

  it('a valid callback with junk fields still completes the login (the control)', async () => {
    const url = new URL((await service.invoke('getOAuth2ConnectionURL', [])) as string)
    const state = url.searchParams.get('state')
    nock(SERVER).post('/login/oauth/access_token').reply(200, { access_token: CANARY_ACCESS_TOKEN, token_type: 'bearer', scope: 'repo' })
    nock('https://api.github.com').get('/user').reply(200, { login: 'octocat', id: 1, html_url: 'https://github.com/octocat' })
    const callback = { ...(JSON.parse('{"__proto__":{"polluted":"yes"}}') as object), code: CANARY_CODE, state, junk: [1, 2, 3] }
    await expect(service.invoke('executeCallback', [callback])).resolves.toMatchObject({
      token: CANARY_ACCESS_TOKEN,
      connectionIdentityName: 'octocat',
    })
  })
})
