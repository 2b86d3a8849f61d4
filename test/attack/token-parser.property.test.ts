import fc from 'fast-check'
import { ServiceError } from '../../src/errors'
import type { HttpResponse } from '../../src/http/client'
import { parseTokenResponse, TokenEndpointError, type TokenSet } from '../../src/oauth2/token'
import { evidenceFile } from './harness/evidence'
import { CANARIES, CANARY_CLIENT_SECRET, CANARY_REFRESH_TOKEN, CANARY_USER_TOKEN, findSecrets } from '../helpers/secrets'

/**
 * The token endpoint parser against arbitrary answers: it returns a validated TokenSet or
 * throws one of the service's own errors, never a TypeError, and never repeats a secret
 * that was in the body (tokens, or a secret the server echoed as key=value or Bearer text).
 */

const NUM_RUNS = 2000
const ACCESS_CANARY = CANARY_USER_TOKEN
const REFRESH_CANARY = CANARY_REFRESH_TOKEN
/** Not token-shaped: only the parser's own care keeps it out of messages. */
const OPAQUE_CANARY = CANARY_CLIENT_SECRET

/** Ways a server could echo a secret in free text; the parser must redact each. */
const echoedSecret = fc
  .constantFrom(ACCESS_CANARY, REFRESH_CANARY, OPAQUE_CANARY)
  .chain((secret) =>
    fc.constantFrom(
      `client_secret=${secret}`,
      `the code=${secret} is invalid`,
      `code_verifier=${secret}&x=1`,
      `refresh_token=${secret}`,
      `Authorization: Bearer ${secret}`,
      `token ${secret}`,
      secret.startsWith('gh') ? `token was ${secret}` : `access_token=${secret}`,
    ),
  )

const anyJsonValue = fc.oneof(fc.jsonValue(), fc.constant(undefined))
const tokenValue = fc.oneof(fc.constantFrom(ACCESS_CANARY, REFRESH_CANARY, OPAQUE_CANARY, ''), anyJsonValue)
const seconds = fc.oneof(
  fc.nat(),
  fc.integer({ min: -1000, max: -1 }),
  fc.double(),
  fc.constantFrom('28800', ' 60 ', '-1', '1e3', '0x10', 'NaN', '', Number.MAX_SAFE_INTEGER + 2, 1e308),
  anyJsonValue,
)
const errorCode = fc.oneof(
  fc.constantFrom('invalid_grant', 'bad_verification_code', 'bad_refresh_token', 'incorrect_client_credentials', 'slow_down', ''),
  fc.string({ maxLength: 200 }),
  echoedSecret,
  anyJsonValue,
)
const description = fc.oneof(fc.string({ maxLength: 400 }), echoedSecret, anyJsonValue)

/** A token-endpoint-like record: any subset of the fields, each with a plausible or arbitrary value. */
const tokenRecord = fc.record(
  {
    access_token: tokenValue,
    token_type: fc.oneof(fc.constantFrom('bearer', 'Bearer', 'BEARER', 'mac', 'bearer '), anyJsonValue),
    expires_in: seconds,
    refresh_token: tokenValue,
    refresh_token_expires_in: seconds,
    scope: fc.oneof(fc.constantFrom('repo,gist', 'repo workflow', ''), anyJsonValue),
    error: errorCode,
    error_description: description,
    error_uri: fc.webUrl(),
    extra: fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 2 })),
  },
  { requiredKeys: [] },
)

/** Mostly valid answers with arbitrary optional fields, so the accepting side is exercised too. */
const nearlyValidRecord = fc
  .record(
    {
      expires_in: seconds,
      refresh_token: tokenValue,
      refresh_token_expires_in: seconds,
      scope: fc.oneof(fc.constantFrom('repo,gist', ''), anyJsonValue),
      extra: fc.jsonValue({ maxDepth: 2 }),
    },
    { requiredKeys: [] },
  )
  .map((fields) => ({ access_token: ACCESS_CANARY, token_type: 'bearer', ...fields }))

const POLLUTION = ['{"__proto__":{"access_token":"x","token_type":"bearer"}}', '{"constructor":{"prototype":{"polluted":1}}}']

function formEncode(record: Record<string, unknown>): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(record)) {
    if (value !== undefined) params.append(key, typeof value === 'string' ? value : JSON.stringify(value))
  }
  return params.toString()
}

const body = fc.oneof(
  { arbitrary: nearlyValidRecord.map((record) => JSON.stringify(record)), weight: 3 },
  nearlyValidRecord.map(formEncode),
  tokenRecord.map((record) => JSON.stringify(record)),
  tokenRecord.map(formEncode),
  fc.tuple(tokenRecord, fc.nat()).map(([record, cut]) => {
    const text = JSON.stringify(record)
    return text.slice(0, cut % (text.length + 1))
  }),
  fc.json(),
  fc.string({ maxLength: 300 }),
  fc.string({ maxLength: 100, unit: 'binary' }),
  fc.constantFrom(
    '',
    '   ',
    'null',
    '[]',
    '"access_token"',
    '<html><body>Bad Gateway</body></html>',
    `access_token=${ACCESS_CANARY}&token_type=bearer`,
    `access_token=${ACCESS_CANARY}&access_token=${ACCESS_CANARY}&token_type=bearer&token_type=mac`,
    ...POLLUTION,
  ),
)

const contentType = fc.oneof(
  fc.constantFrom(
    'application/json',
    'application/json; charset=utf-8',
    'APPLICATION/JSON',
    'application/vnd.github+json',
    'application/x-www-form-urlencoded',
    'application/x-www-form-urlencoded; charset=utf-8',
    'text/html',
    'text/plain',
    '',
  ),
  fc.string({ maxLength: 40 }),
  fc.constant(undefined),
)

const status = fc.oneof(
  { arbitrary: fc.constant(200), weight: 3 },
  fc.constantFrom(200, 201, 204, 301, 302, 400, 401, 403, 404, 422, 429, 500, 502, 503, 504),
  fc.integer({ min: 100, max: 599 }),
)

const headers = fc.record(
  {
    'retry-after': fc.oneof(fc.constantFrom('0', '3', '120', 'Wed, 21 Oct 2015 07:28:00 GMT', 'soon', '-1'), fc.string({ maxLength: 30 })),
    'x-ratelimit-remaining': fc.constantFrom('0', '1', ''),
  },
  { requiredKeys: [] },
)

const response: fc.Arbitrary<HttpResponse> = fc.record({ status, body, type: contentType, headers }).map((r) => ({
  status: r.status,
  body: r.body,
  headers: { ...r.headers, ...(r.type !== undefined && { 'content-type': r.type }) },
}))

function expectValidTokenSet(tokens: TokenSet, answer: HttpResponse): void {
  expect(answer.status).toBeGreaterThanOrEqual(200)
  expect(answer.status).toBeLessThan(300)
  expect(
    Object.keys(tokens).every((key) =>
      ['accessToken', 'tokenType', 'expiresIn', 'refreshToken', 'refreshTokenExpiresIn', 'scope'].includes(key),
    ),
  ).toBe(true)
  expect(typeof tokens.accessToken === 'string' && tokens.accessToken.length > 0).toBe(true)
  expect(tokens.tokenType).toBe('bearer')
  for (const field of [tokens.expiresIn, tokens.refreshTokenExpiresIn]) {
    if (field !== undefined) expect(Number.isSafeInteger(field) && field >= 0).toBe(true)
  }
  if (tokens.refreshToken !== undefined) expect(typeof tokens.refreshToken === 'string' && tokens.refreshToken.length > 0).toBe(true)
  if (tokens.scope !== undefined) expect(typeof tokens.scope).toBe('string')
}

function expectOwnErrorWithoutSecrets(error: unknown): void {
  expect(error).not.toBeInstanceOf(TypeError)
  expect(error instanceof ServiceError || error instanceof TokenEndpointError).toBe(true)
  const visible =
    error instanceof TokenEndpointError ? `${error.message} ${error.error} ${error.description ?? ''}` : (error as Error).message
  for (const canary of CANARIES) expect(visible).not.toContain(canary)
  expect(findSecrets(visible)).toEqual([])
}

const evidence = evidenceFile('token-parser')

describe('parseTokenResponse on arbitrary answers', () => {
  it(`returns a validated TokenSet or throws the service's own error without secrets (${NUM_RUNS} runs)`, () => {
    let accepted = 0
    let refused = 0
    fc.assert(
      fc.property(response, (answer) => {
        let tokens: TokenSet
        try {
          tokens = parseTokenResponse(answer)
        } catch (error) {
          refused++
          expectOwnErrorWithoutSecrets(error)
          return
        }
        accepted++
        expectValidTokenSet(tokens, answer)
      }),
      { numRuns: NUM_RUNS },
    )
    // The generator must reach both sides, or the property says little.
    expect(accepted).toBeGreaterThan(0)
    expect(refused).toBeGreaterThan(0)
    evidence.add({
      attack: 'token endpoint answers: arbitrary bodies, content types, statuses and headers',
      cases: `${NUM_RUNS} runs (${accepted} accepted, ${refused} refused)`,
      outcome: "a validated token, or the service's own error; never a TypeError, never a secret in a message",
    })
  })

  it(`never leaves a secret echoed in an error answer in the error (${NUM_RUNS} runs)`, () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 200, max: 428 }), fc.integer({ min: 430, max: 499 })),
        fc.constantFrom('invalid_grant', 'bad_verification_code', 'x'),
        echoedSecret,
        (code, error, text) => {
          const answer: HttpResponse = {
            status: code,
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ error, error_description: text, access_token: ACCESS_CANARY, refresh_token: REFRESH_CANARY }),
          }
          expect(() => parseTokenResponse(answer)).toThrow(TokenEndpointError)
          try {
            parseTokenResponse(answer)
          } catch (thrown) {
            expectOwnErrorWithoutSecrets(thrown)
          }
        },
      ),
      { numRuns: NUM_RUNS },
    )
    evidence.add({
      attack: 'token endpoint errors echoing secrets (code=, client_secret=, Bearer …) with tokens in the body',
      cases: `${NUM_RUNS} runs`,
      outcome: 'refused; no secret in the error or its description',
    })
  })

  it('does not take fields from the prototype chain, nor pollute it', () => {
    for (const text of POLLUTION) {
      expect(() => parseTokenResponse({ status: 200, headers: { 'content-type': 'application/json' }, body: text })).toThrow(
        /without an access token/,
      )
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    expect(({} as Record<string, unknown>)['access_token']).toBeUndefined()
  })

  it('accepts the canonical GitHub answers (the control)', () => {
    const answer = {
      access_token: ACCESS_CANARY,
      expires_in: 28800,
      refresh_token: REFRESH_CANARY,
      refresh_token_expires_in: 15811200,
      scope: '',
      token_type: 'bearer',
    }
    expect(parseTokenResponse({ status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(answer) })).toEqual({
      accessToken: ACCESS_CANARY,
      tokenType: 'bearer',
      expiresIn: 28800,
      refreshToken: REFRESH_CANARY,
      refreshTokenExpiresIn: 15811200,
      scope: '',
    })
    expect(
      parseTokenResponse({ status: 200, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: formEncode(answer) }),
    ).toMatchObject({ accessToken: ACCESS_CANARY, expiresIn: 28800 })
  })
})
