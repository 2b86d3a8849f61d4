import nock from 'nock'
import type { HttpResponse } from '../../src/http/client'
import {
  parseTokenResponse,
  requestToken,
  TOKEN_RESPONSE_MAX_BYTES,
  TokenEndpointError,
  tokenRequestForm,
  type TokenRequest,
} from '../../src/oauth2/token'
import {
  CANARY_ACCESS_TOKEN,
  CANARY_CLIENT_SECRET,
  CANARY_CODE,
  CANARY_REFRESH_TOKEN,
  CANARY_VERIFIER,
  expectNoSecrets,
} from '../helpers/secrets'

const ORIGIN = 'https://auth.example.test'
const TOKEN_ENDPOINT = `${ORIGIN}/token`
const HTTP = { userAgent: 'test-agent/1', sleep: async () => undefined }

const codeRequest = (redirectUri?: string): TokenRequest => ({
  tokenEndpoint: TOKEN_ENDPOINT,
  clientId: 'client-1',
  clientSecret: CANARY_CLIENT_SECRET,
  grant: { grantType: 'authorization_code', code: CANARY_CODE, codeVerifier: CANARY_VERIFIER, ...(redirectUri && { redirectUri }) },
})

const json = (body: unknown, status = 200): HttpResponse => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  body: JSON.stringify(body),
})
const form = (body: string, status = 200): HttpResponse => ({
  status,
  headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
  body,
})

function caught(run: () => unknown): Error {
  try {
    run()
  } catch (error) {
    return error as Error
  }
  throw new Error('did not throw')
}

describe('tokenRequestForm', () => {
  it('puts the client credentials, code, verifier and redirect URI in the body of a code exchange', () => {
    expect(tokenRequestForm(codeRequest('https://platform.test/cb'))).toEqual({
      client_id: 'client-1',
      client_secret: CANARY_CLIENT_SECRET,
      grant_type: 'authorization_code',
      code: CANARY_CODE,
      redirect_uri: 'https://platform.test/cb',
      code_verifier: CANARY_VERIFIER,
    })
    expect(tokenRequestForm(codeRequest())['redirect_uri']).toBeUndefined()
  })

  it('builds a refresh grant', () => {
    expect(
      tokenRequestForm({
        tokenEndpoint: TOKEN_ENDPOINT,
        clientId: 'client-1',
        clientSecret: CANARY_CLIENT_SECRET,
        grant: { grantType: 'refresh_token', refreshToken: CANARY_REFRESH_TOKEN },
      }),
    ).toEqual({
      client_id: 'client-1',
      client_secret: CANARY_CLIENT_SECRET,
      grant_type: 'refresh_token',
      refresh_token: CANARY_REFRESH_TOKEN,
    })
  })
})

describe('requestToken', () => {
  it('POSTs a form body with Accept: application/json, nothing in the URL', async () => {
    let seen: { path: string; body: string } | undefined
    const scope = nock(ORIGIN, {
      reqheaders: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded', 'user-agent': 'test-agent/1' },
    })
      .post('/token')
      .reply(function (path, body) {
        seen = { path, body: String(body) }
        return [200, { access_token: CANARY_ACCESS_TOKEN, token_type: 'bearer', scope: 'repo' }]
      })
    await expect(requestToken(codeRequest(), HTTP)).resolves.toEqual({
      accessToken: CANARY_ACCESS_TOKEN,
      tokenType: 'bearer',
      scope: 'repo',
    })
    expect(scope.isDone()).toBe(true)
    expect(seen?.path).toBe('/token')
    expect(Object.fromEntries(new URLSearchParams(seen?.body))).toEqual({
      client_id: 'client-1',
      client_secret: CANARY_CLIENT_SECRET,
      grant_type: 'authorization_code',
      code: CANARY_CODE,
      code_verifier: CANARY_VERIFIER,
    })
  })

  it('caps the answer at 64 KiB', async () => {
    nock(ORIGIN)
      .post('/token')
      .reply(200, JSON.stringify({ access_token: 'x'.repeat(TOKEN_RESPONSE_MAX_BYTES), token_type: 'bearer' }))
    await expect(requestToken(codeRequest(), HTTP)).rejects.toMatchObject({ kind: 'upstream_invalid' })
  })
})

describe('parseTokenResponse: success', () => {
  it('reads a JSON answer with every field', () => {
    expect(
      parseTokenResponse(
        json({
          access_token: CANARY_ACCESS_TOKEN,
          token_type: 'bearer',
          expires_in: 28800,
          refresh_token: CANARY_REFRESH_TOKEN,
          refresh_token_expires_in: 15897600,
          scope: '',
        }),
      ),
    ).toEqual({
      accessToken: CANARY_ACCESS_TOKEN,
      tokenType: 'bearer',
      expiresIn: 28800,
      refreshToken: CANARY_REFRESH_TOKEN,
      refreshTokenExpiresIn: 15897600,
      scope: '',
    })
  })

  it('reads a form-encoded answer (numbers as text)', () => {
    expect(parseTokenResponse(form(`access_token=${CANARY_ACCESS_TOKEN}&expires_in=28800&scope=repo%2Cgist&token_type=bearer`))).toEqual({
      accessToken: CANARY_ACCESS_TOKEN,
      tokenType: 'bearer',
      expiresIn: 28800,
      scope: 'repo,gist',
    })
  })

  it('accepts "Bearer" in any case, expires_in as a numeric string, and JSON sent as text/plain', () => {
    const response: HttpResponse = {
      status: 200,
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ access_token: CANARY_ACCESS_TOKEN, token_type: 'Bearer', expires_in: '3600' }),
    }
    expect(parseTokenResponse(response)).toMatchObject({ tokenType: 'bearer', expiresIn: 3600 })
  })

  it('leaves out absent optional fields (empty expires_in means no expiry)', () => {
    expect(parseTokenResponse(json({ access_token: CANARY_ACCESS_TOKEN, token_type: 'bearer', expires_in: '' }))).toEqual({
      accessToken: CANARY_ACCESS_TOKEN,
      tokenType: 'bearer',
    })
  })
})

describe('parseTokenResponse: errors', () => {
  it('treats an HTTP 200 JSON body with "error" as an error (GitHub style), even next to a token', () => {
    const error = caught(() =>
      parseTokenResponse(
        json({
          error: 'bad_verification_code',
          error_description: 'The code passed is incorrect or expired.',
          access_token: CANARY_ACCESS_TOKEN,
        }),
      ),
    )
    expect(error).toBeInstanceOf(TokenEndpointError)
    expect(error).toMatchObject({
      error: 'bad_verification_code',
      description: 'The code passed is incorrect or expired.',
      httpStatus: 200,
    })
  })

  it('treats an HTTP 200 form-encoded body with "error" as an error', () => {
    expect(
      caught(() => parseTokenResponse(form('error=bad_refresh_token&error_description=The+refresh+token+passed+is+incorrect+or+expired.'))),
    ).toMatchObject({
      error: 'bad_refresh_token',
      description: 'The refresh token passed is incorrect or expired.',
    })
  })

  it('reads RFC 6749 error answers with a 4xx status', () => {
    expect(caught(() => parseTokenResponse(json({ error: 'invalid_grant' }, 400)))).toMatchObject({
      error: 'invalid_grant',
      httpStatus: 400,
    })
  })

  it('names a 4xx without an error code after its status', () => {
    expect(caught(() => parseTokenResponse({ status: 401, headers: {}, body: '' }))).toMatchObject({ error: 'http_401', httpStatus: 401 })
    expect(
      caught(() => parseTokenResponse({ status: 404, headers: { 'content-type': 'text/html' }, body: '<html>Not Found</html>' })),
    ).toMatchObject({
      error: 'http_404',
    })
  })

  it('cleans the description of secrets and line breaks, and does not repeat a strange error code', () => {
    const error = caught(() =>
      parseTokenResponse(
        json({
          error: `bad\n${CANARY_ACCESS_TOKEN}`,
          error_description: `token ${CANARY_ACCESS_TOKEN}\nrefresh_token=${CANARY_REFRESH_TOKEN}`,
        }),
      ),
    ) as TokenEndpointError
    expect(error.error).toBe('unrecognised_error')
    expect(error.description).toBe('token [REDACTED] refresh_token=[REDACTED]')
    expectNoSecrets(`${error.message} ${error.description}`)
  })

  it('does not repeat an error code shaped like a token', () => {
    expect(caught(() => parseTokenResponse(json({ error: CANARY_ACCESS_TOKEN })))).toMatchObject({ error: 'unrecognised_error' })
  })

  it('turns 5xx into upstream_unavailable and 429 into rate_limited', () => {
    expect(caught(() => parseTokenResponse(json({}, 502)))).toMatchObject({ kind: 'upstream_unavailable', upstreamStatus: 502 })
    expect(caught(() => parseTokenResponse({ status: 429, headers: { 'retry-after': '30' }, body: '' }))).toMatchObject({
      kind: 'rate_limited',
    })
  })

  it('turns a 403 that says it is a rate limit into rate_limited, with when to retry', () => {
    const reset = Math.floor(Date.now() / 1000) + 600
    const primary = caught(() =>
      parseTokenResponse({
        status: 403,
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
        body: '{"message":"API rate limit exceeded"}',
      }),
    )
    expect(primary).toMatchObject({ kind: 'rate_limited', retryAt: new Date(reset * 1000) })
    expect(caught(() => parseTokenResponse({ status: 403, headers: { 'retry-after': '60' }, body: '' }))).toMatchObject({
      kind: 'rate_limited',
    })
    expect(caught(() => parseTokenResponse(json({ message: 'You have exceeded a secondary rate limit.' }, 403)))).toMatchObject({
      kind: 'rate_limited',
    })
    expect(caught(() => parseTokenResponse(json({ message: 'Forbidden' }, 403)))).not.toMatchObject({ kind: 'rate_limited' })
  })

  it.each<[string, HttpResponse, RegExp]>([
    ['no access_token', json({ token_type: 'bearer' }), /without an access token/],
    ['an empty access_token', json({ access_token: '', token_type: 'bearer' }), /without an access token/],
    ['a non-string access_token', json({ access_token: 42, token_type: 'bearer' }), /without an access token/],
    ['no token_type', json({ access_token: CANARY_ACCESS_TOKEN }), /token type other than "bearer"/],
    ['token_type mac', json({ access_token: CANARY_ACCESS_TOKEN, token_type: 'mac' }), /token type other than "bearer"/],
    ['expires_in as words', json({ access_token: CANARY_ACCESS_TOKEN, token_type: 'bearer', expires_in: 'soon' }), /invalid "expires_in"/],
    ['a negative expires_in', json({ access_token: CANARY_ACCESS_TOKEN, token_type: 'bearer', expires_in: -1 }), /invalid "expires_in"/],
    ['a fractional expires_in', json({ access_token: CANARY_ACCESS_TOKEN, token_type: 'bearer', expires_in: 1.5 }), /invalid "expires_in"/],
    [
      'expires_in in exponent form',
      json({ access_token: CANARY_ACCESS_TOKEN, token_type: 'bearer', expires_in: '1e3' }),
      /invalid "expires_in"/,
    ],
    [
      'an invalid refresh_token_expires_in',
      json({ access_token: CANARY_ACCESS_TOKEN, token_type: 'bearer', refresh_token_expires_in: true }),
      /invalid "refresh_token_expires_in"/,
    ],
    [
      'an empty refresh_token',
      json({ access_token: CANARY_ACCESS_TOKEN, token_type: 'bearer', refresh_token: '' }),
      /invalid refresh token/,
    ],
    [
      'an HTML page',
      { status: 200, headers: { 'content-type': 'text/html' }, body: '<html>login</html>' },
      /neither JSON nor form-encoded/,
    ],
    ['a JSON array', json([CANARY_ACCESS_TOKEN]), /neither JSON nor form-encoded/],
    ['an empty body', { status: 200, headers: {}, body: '' }, /neither JSON nor form-encoded/],
  ])('refuses an answer with %s, without repeating the token', (_label, response, message) => {
    const error = caught(() => parseTokenResponse(response, 'The token endpoint'))
    expect(error).toMatchObject({ kind: 'upstream_invalid', message: expect.stringMatching(message) })
    expectNoSecrets(error.message)
  })

  it('ignores inherited properties (no prototype tricks)', () => {
    const error = caught(() =>
      parseTokenResponse({
        status: 200,
        headers: { 'content-type': 'application/json' },
        body: '{"__proto__":{"access_token":"x","token_type":"bearer"}}',
      }),
    )
    expect(error).toMatchObject({ kind: 'upstream_invalid' })
  })
})
