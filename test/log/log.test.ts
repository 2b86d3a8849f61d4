import { holdSecrets, log, redact, redactText, REDACTED, withSecrets } from '../../src/log'
import { capturedLogEntries, capturedOutput } from '../helpers/output'
import {
  CANARY_ACCESS_TOKEN,
  CANARY_CLIENT_SECRET,
  CANARY_CODE,
  CANARY_REFRESH_TOKEN,
  CANARY_USER_TOKEN,
  CANARY_VERIFIER,
  CANARIES,
  expectNoSecrets,
} from '../helpers/secrets'

describe('redactText', () => {
  it.each<[string, string, string]>([
    ['an OAuth token', `token is ${CANARY_ACCESS_TOKEN}.`, `token is ${REDACTED}.`],
    ['a user and a refresh token', `${CANARY_USER_TOKEN} / ${CANARY_REFRESH_TOKEN}`, `${REDACTED} / ${REDACTED}`],
    ['a fine-grained token', 'github_pat_11ABCDEFG0123456789_abcdef', REDACTED],
    ['a Bearer header', 'Authorization: Bearer abc.def-ghi_jkl', `Authorization: Bearer ${REDACTED}`],
    ['a Basic header', 'authorization: basic dXNlcjpwYXNzd29yZA==', `authorization: basic ${REDACTED}`],
    ['a legacy token header', 'Authorization: token 0123456789abcdef0123456789abcdef01234567', `Authorization: token ${REDACTED}`],
    [
      'a form body',
      `client_id=abc&client_secret=${CANARY_CLIENT_SECRET}&code=${CANARY_CODE}&code_verifier=${CANARY_VERIFIER}&state=s1.x`,
      `client_id=abc&client_secret=${REDACTED}&code=${REDACTED}&code_verifier=${REDACTED}&state=${REDACTED}`,
    ],
    ['a query string', `https://x.test/cb?code=${CANARY_CODE}&state=abc`, `https://x.test/cb?code=${REDACTED}&state=${REDACTED}`],
    [
      'a JSON body',
      `{"access_token":"${CANARY_USER_TOKEN}","refresh_token": "${CANARY_REFRESH_TOKEN}","scope":"repo"}`,
      `{"access_token":"${REDACTED}","refresh_token":"${REDACTED}","scope":"repo"}`,
    ],
    ['a sealed state', 'state s1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA-_ went by', `state ${REDACTED} went by`],
  ])('hides %s', (_label, input, expected) => {
    expect(redactText(input)).toBe(expected)
  })

  it.each([
    "GitHub's token endpoint refused the refresh (bad_refresh_token).",
    'The access token expired; error_code=E42 stays',
    'Bearer of bad news',
    'https://github.com/login/oauth/access_token',
  ])('leaves prose and plain URLs alone: %s', (text) => {
    expect(redactText(text)).toBe(text)
  })
})

describe('redact', () => {
  it('hides the values of secret-named keys at any depth, and secret shapes in other values', () => {
    const input = {
      clientSecret: CANARY_CLIENT_SECRET,
      headers: { Authorization: 'whatever', 'oauth-access-token': CANARY_ACCESS_TOKEN, accept: 'application/json' },
      body: { code: CANARY_CODE, code_verifier: CANARY_VERIFIER, state: 's1.abc', refresh_token: CANARY_REFRESH_TOKEN },
      list: [{ accessToken: CANARY_USER_TOKEN }, `see ${CANARY_USER_TOKEN}`],
      message: `failed with ${CANARY_ACCESS_TOKEN}`,
      server: 'https://github.com',
    }
    const output = redact(input)
    expect(output).toEqual({
      clientSecret: REDACTED,
      headers: { Authorization: REDACTED, 'oauth-access-token': REDACTED, accept: 'application/json' },
      body: { code: REDACTED, code_verifier: REDACTED, state: REDACTED, refresh_token: REDACTED },
      list: [{ accessToken: REDACTED }, `see ${REDACTED}`],
      message: `failed with ${REDACTED}`,
      server: 'https://github.com',
    })
    for (const canary of CANARIES) expect(JSON.stringify(output)).not.toContain(canary)
  })

  it('keeps numbers, booleans and empty values under secret-looking keys (a status code is not a secret)', () => {
    expect(redact({ code: 40102, tokenExpires: true, token: '', refreshToken: null, state: undefined })).toEqual({
      code: 40102,
      tokenExpires: true,
      token: '',
      refreshToken: null,
      state: undefined,
    })
  })

  it('reduces errors to name and redacted message, dropping whatever else they carry', () => {
    const error = Object.assign(new Error(`request failed: Bearer ${CANARY_ACCESS_TOKEN}`), {
      config: { data: `client_secret=${CANARY_CLIENT_SECRET}` },
    })
    expect(redact({ error })).toEqual({ error: { name: 'Error', message: `request failed: Bearer ${REDACTED}` } })
  })

  it('stops at a bounded depth (and so on cycles)', () => {
    const cyclic: Record<string, unknown> = { name: 'loop' }
    cyclic['self'] = cyclic
    expect(JSON.stringify(redact(cyclic))).toContain('[…]')
  })
})

describe('log', () => {
  const env = process.env.LOG_LEVEL
  afterEach(() => {
    if (env === undefined) delete process.env.LOG_LEVEL
    else process.env.LOG_LEVEL = env
  })

  it('writes one JSON line per event: info to stdout (console.log), warn and error to stderr (console.error)', () => {
    const logSpy = jest.spyOn(console, 'log')
    const errorSpy = jest.spyOn(console, 'error')
    try {
      log.info('a.info', { n: 1 })
      log.warn('a.warn')
      log.error('a.error', { cause: 'x' })
      expect(logSpy).toHaveBeenCalledTimes(1)
      expect(errorSpy).toHaveBeenCalledTimes(2)
    } finally {
      logSpy.mockRestore()
      errorSpy.mockRestore()
    }
    const entries = capturedLogEntries()
    expect(entries).toEqual([
      { level: 'info', time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), event: 'a.info', n: 1 },
      { level: 'warn', time: expect.any(String), event: 'a.warn' },
      { level: 'error', time: expect.any(String), event: 'a.error', cause: 'x' },
    ])
  })

  it('redacts every field before writing, and fields cannot overwrite level, time or event', () => {
    log.warn('oauth.test', {
      level: 'debug',
      event: 'forged',
      refreshToken: CANARY_REFRESH_TOKEN,
      detail: `code=${CANARY_CODE} Bearer ${CANARY_ACCESS_TOKEN}`,
      error: new Error(`boom ${CANARY_USER_TOKEN}`),
      code: 40102,
    })
    const [entry] = capturedLogEntries()
    expect(entry).toMatchObject({
      level: 'warn',
      event: 'oauth.test',
      refreshToken: REDACTED,
      detail: `code=${REDACTED} Bearer ${REDACTED}`,
      error: { name: 'Error', message: `boom ${REDACTED}` },
      code: 40102,
    })
    expectNoSecrets(capturedOutput().join('\n'))
  })

  it('writes debug lines only with LOG_LEVEL=debug', () => {
    delete process.env.LOG_LEVEL
    log.debug('quiet')
    expect(capturedLogEntries()).toEqual([])
    process.env.LOG_LEVEL = 'debug'
    log.debug('loud', { x: 1 })
    expect(capturedLogEntries()).toEqual([expect.objectContaining({ level: 'debug', event: 'loud', x: 1 })])
  })
})

describe('withSecrets: the secrets of a call cut out by value', () => {
  it('cuts out known secret values (longest first) and then secret shapes', () => {
    const text = `a ${CANARY_CLIENT_SECRET} b ${CANARY_CODE} c Bearer xyz123456789`
    expect(withSecrets([CANARY_CODE, { secret: CANARY_CLIENT_SECRET }], () => redactText(text))).toBe(
      `a ${REDACTED} b ${REDACTED} c Bearer ${REDACTED}`,
    )
  })

  it('ignores values too short to be secrets, non-strings, and fields not named like secrets', () => {
    const callback = { code: CANARY_CODE, error_description: 'The user has denied your application access.' }
    expect(
      withSecrets(['12345', 12345, null, undefined, callback], () => redactText('id 12345: The user has denied your application access.')),
    ).toBe('id 12345: The user has denied your application access.')
  })

  it('covers the URL-encoded, form-encoded and base64 forms of a secret', () => {
    const secret = 'ca4a7e0c1d2b/3a4f+5e6d 7c8b9a0f1e2d3c4b5a69'
    const forms = [
      encodeURIComponent(secret),
      new URLSearchParams({ s: secret }).toString().slice(2),
      Buffer.from(secret).toString('base64'),
      Buffer.from(secret).toString('base64url'),
    ]
    expect(withSecrets([secret], () => redactText(forms.join(' | ')))).toBe([REDACTED, REDACTED, REDACTED, REDACTED].join(' | '))
  })

  it('adds values learnt during the call, covers log lines, and ends with the call', async () => {
    const verifier = 'learnt-during-the-call-0123456789'
    await withSecrets([CANARY_CLIENT_SECRET], async () => {
      await Promise.resolve()
      holdSecrets(verifier)
      log.warn('echo', { message: `GitHub said ${verifier} and ${CANARY_CLIENT_SECRET}` })
    })
    expect(capturedLogEntries()).toEqual([expect.objectContaining({ message: `GitHub said ${REDACTED} and ${REDACTED}` })])
    expect(redactText(`after ${verifier}`)).toBe(`after ${verifier}`)
  })

  it('keeps concurrent calls apart', async () => {
    const seen = await Promise.all(
      ['first-call-secret-000', 'second-call-secret-111'].map((secret) =>
        withSecrets([secret], async () => {
          await new Promise((resolve) => setImmediate(resolve))
          return redactText('first-call-secret-000 second-call-secret-111')
        }),
      ),
    )
    expect(seen).toEqual([`${REDACTED} second-call-secret-111`, `first-call-secret-000 ${REDACTED}`])
  })

  it('never runs getters of what it is given', () => {
    const hostile = Object.defineProperty({}, 'code', {
      enumerable: true,
      get: () => {
        throw new Error('getter ran')
      },
    })
    expect(withSecrets([hostile], () => redactText('text'))).toBe('text')
  })
})
