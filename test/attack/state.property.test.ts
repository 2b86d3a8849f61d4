import fc from 'fast-check'
import nock from 'nock'
import { LoginRestartRequired } from '../../src/errors'
import { completeLogin } from '../../src/github/oauth'
import { resolveServer, type ServiceSettings } from '../../src/github/settings'
import { createCodeVerifier } from '../../src/oauth2/pkce'
import { openState, sealState, STATE_LIFETIME_SECONDS, StateRejected } from '../../src/oauth2/state'
import { clearUnmatched, unmatchedRequests } from '../helpers/network'
import { evidenceFile } from './harness/evidence'
import { CANARY_CLIENT_ID, CANARY_CLIENT_SECRET, CANARY_CODE } from '../helpers/secrets'

/**
 * Every mutation of a valid sealed `state` must be refused: by `openState`, and by the
 * service's callback flow before any request leaves the process (nock has no
 * interceptors, and every attempted request is counted).
 */

const NUM_RUNS = 1000
const SECRET = CANARY_CLIENT_SECRET
const OTHER_SECRET = 'another-client-secret-fedcba9876543210'
const SERVER = 'https://github.com'
const settings: ServiceSettings = { clientId: CANARY_CLIENT_ID, clientSecret: SECRET, server: resolveServer(SERVER), scopes: 'repo' }

const PREFIX = 's1.'
const IV = 12
const TAG = 16
/** Offsets inside the sealed bytes (after the IV) of the plaintext fields: version(1) | issuedAt(4) | nonce(16) | verifier(32). */
const NONCE_AT = IV + 5
const VERIFIER_AT = NONCE_AT + 16
const SERVER_AT = VERIFIER_AT + 32

const freshState = (secret = SECRET, server = SERVER, now?: number): string =>
  sealState({ codeVerifier: createCodeVerifier(), server }, secret, now)

const bytesOf = (state: string): Buffer => Buffer.from(state.slice(PREFIX.length), 'base64url')
const stateOf = (bytes: Buffer): string => PREFIX + bytes.toString('base64url')

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const anyChar = fc.oneof(
  fc.constantFrom(...BASE64URL.split('')),
  fc.constantFrom('=', '+', '/', '.', '%', ' ', '\n', '\0', 'é', '\u{1F600}'),
  fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }),
)

/** Every kind of mutation the brief lists, as arbitraries of (original → mutated). */
const mutations: Record<string, fc.Arbitrary<(state: string) => string>> = {
  'one character changed': fc.tuple(fc.nat(), anyChar).map(([at, replacement]) => (state: string) => {
    const index = at % state.length
    const changed = state.slice(0, index) + replacement + state.slice(index + 1)
    return changed === state ? state.slice(0, index) + (state[index] === 'A' ? 'B' : 'A') + state.slice(index + 1) : changed
  }),
  truncated: fc.nat().map((cut) => (state: string) => state.slice(0, cut % state.length)),
  extended: fc.string({ minLength: 1, maxLength: 40 }).map((tail) => (state: string) => state + tail),
  'extended with base64url': fc.stringMatching(/^[A-Za-z0-9_-]{1,8}$/).map((tail) => (state: string) => state + tail),
  're-encoded': fc
    .constantFrom<(state: string) => string>(
      (state) => `${state}=`,
      (state) => `${state}==`,
      (state) => `${state} `,
      (state) => ` ${state}`,
      (state) => PREFIX + bytesOf(state).toString('base64'),
      (state) => PREFIX + bytesOf(state).toString('hex'),
      (state) => encodeURIComponent(encodeURIComponent(state)).replace('.', '%2E'),
      (state) => state.toUpperCase(),
      (state) => state.replace(PREFIX, 's2.'),
      (state) => state.slice(PREFIX.length),
      (state) => `${PREFIX}${PREFIX}${state.slice(PREFIX.length)}`,
    )
    .map((encode) => (state: string) => {
      const encoded = encode(state)
      // Standard base64 of bytes without "-"/"_" equals base64url plus padding: make sure it differs.
      return encoded === state ? `${state}=` : encoded
    }),
  'bit flipped in the sealed bytes': fc.tuple(fc.nat(), fc.integer({ min: 0, max: 7 })).map(([at, bit]) => (state: string) => {
    const bytes = bytesOf(state)
    const index = at % bytes.length
    bytes[index] = (bytes[index] ?? 0) ^ (1 << bit)
    return stateOf(bytes)
  }),
}

/** Splices a byte range of another state into this one: nonce, verifier, IV, server or tag swapped. */
const SEGMENTS: Record<string, (length: number) => [number, number]> = {
  iv: () => [0, IV],
  nonce: () => [NONCE_AT, VERIFIER_AT],
  verifier: () => [VERIFIER_AT, SERVER_AT],
  'nonce and verifier': () => [NONCE_AT, SERVER_AT],
  server: (length) => [SERVER_AT, length - TAG],
  tag: (length) => [length - TAG, length],
  'ciphertext and tag': (length) => [IV, length],
}

function swapSegment(target: string, donor: string, segment: string): string {
  const into = bytesOf(target)
  const from = bytesOf(donor)
  const [start, end] = SEGMENTS[segment]!(into.length)
  from.copy(into, start, start, end)
  return stateOf(into)
}

function expectRejected(run: () => unknown): StateRejected {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(StateRejected)
    return error as StateRejected
  }
  throw new Error('the mutated state was accepted')
}

const evidence = evidenceFile('state')

afterEach(() => {
  expect(unmatchedRequests()).toEqual([])
})

async function expectFlowRefuses(state: unknown): Promise<void> {
  const attempt = completeLogin(
    settings,
    { code: CANARY_CODE, state, redirectURI: 'https://flows.example.com/cb' },
    {
      userAgent: 'attack-test',
      http: { sleep: async () => undefined },
    },
  )
  await expect(attempt).rejects.toBeInstanceOf(LoginRestartRequired)
  expect(unmatchedRequests()).toEqual([])
}

describe('the controls (the property tests below could fail)', () => {
  it('the outbound counter sees a request that has no interceptor', async () => {
    const attempt = completeLogin(settings, { code: CANARY_CODE, state: freshState() }, { userAgent: 'attack-test' })
    await expect(attempt).rejects.toMatchObject({ kind: 'upstream_unavailable' })
    expect(unmatchedRequests()).toEqual(['POST https://github.com/login/oauth/access_token'])
    clearUnmatched()
  })

  it('a valid state opens, and lets the flow reach the token endpoint', async () => {
    const state = freshState()
    expect(openState(state, SECRET, SERVER).server).toBe(SERVER)
    const token = nock(SERVER).post('/login/oauth/access_token').reply(400, { error: 'bad_verification_code' })
    await expect(
      completeLogin(settings, { code: CANARY_CODE, state }, { userAgent: 'attack-test', http: { sleep: async () => undefined } }),
    ).rejects.toMatchObject({ kind: 'login_restart', message: expect.stringContaining('bad_verification_code') })
    expect(token.isDone()).toBe(true)
  })
})

describe.each(Object.entries(mutations))('a state %s', (_name, mutation) => {
  it(`is rejected by openState (${NUM_RUNS} runs)`, () => {
    fc.assert(
      fc.property(mutation, (mutate) => {
        const state = freshState()
        const mutated = mutate(state)
        fc.pre(mutated !== state)
        expectRejected(() => openState(mutated, SECRET, SERVER))
      }),
      { numRuns: NUM_RUNS },
    )
  })

  it(`is refused by the callback flow before any request (${NUM_RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(mutation, async (mutate) => {
        const state = freshState()
        const mutated = mutate(state)
        fc.pre(mutated !== state)
        await expectFlowRefuses(mutated)
      }),
      { numRuns: NUM_RUNS },
    )
    evidence.add({
      attack: `sealed state: ${_name}`,
      cases: `${NUM_RUNS} runs, openState and the callback flow`,
      outcome: 'rejected (`login_restart`), no request sent',
    })
  })
})

describe('segments swapped between two valid states', () => {
  const segment = fc.constantFrom(...Object.keys(SEGMENTS))

  it(`are rejected as tampered by openState (${NUM_RUNS} runs)`, () => {
    fc.assert(
      fc.property(segment, (name) => {
        const spliced = swapSegment(freshState(), freshState(), name)
        expect(expectRejected(() => openState(spliced, SECRET, SERVER)).reason).toBe('tampered')
      }),
      { numRuns: NUM_RUNS },
    )
  })

  it(`are refused by the callback flow before any request (${NUM_RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(segment, async (name) => {
        await expectFlowRefuses(swapSegment(freshState(), freshState(), name))
      }),
      { numRuns: NUM_RUNS },
    )
    evidence.add({
      attack: 'sealed state: IV, nonce, verifier, server or tag swapped between two valid states',
      cases: `${NUM_RUNS} runs, openState and the callback flow`,
      outcome: 'rejected as tampered (`login_restart`), no request sent',
    })
  })
})

describe('states that are well formed but not for this login', () => {
  const secrets = fc.string({ minLength: 1, maxLength: 64 }).filter((secret) => secret !== SECRET)
  const servers = fc.webUrl({ withQueryParameters: false, withFragments: false }).filter((url) => url !== SERVER && url.length <= 200)
  const now = Math.floor(Date.now() / 1000)
  const expiredAt = fc.integer({ min: STATE_LIFETIME_SECONDS + 1, max: 10 * 365 * 86400 }).map((age) => now - age)
  // Well past the 60 s clock-skew allowance, even when the test runs a while after `now` was read.
  const futureAt = fc.integer({ min: 300, max: 365 * 86400 }).map((ahead) => now + ahead)

  it(`sealed with another client secret: tampered (${NUM_RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(secrets, async (other) => {
        const state = freshState(other)
        expect(expectRejected(() => openState(state, SECRET, SERVER)).reason).toBe('tampered')
        await expectFlowRefuses(state)
      }),
      { numRuns: NUM_RUNS },
    )
    evidence.add({
      attack: 'sealed state: sealed with another client secret',
      cases: `${NUM_RUNS} runs, openState and the callback flow`,
      outcome: 'rejected (`login_restart`), no request sent',
    })
  })

  it(`sealed for another server: foreign_server (${NUM_RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(servers, async (server) => {
        const state = freshState(SECRET, server)
        expect(expectRejected(() => openState(state, SECRET, SERVER)).reason).toBe('foreign_server')
        await expectFlowRefuses(state)
      }),
      { numRuns: NUM_RUNS },
    )
    evidence.add({
      attack: 'sealed state: sealed for another server',
      cases: `${NUM_RUNS} runs, openState and the callback flow`,
      outcome: 'rejected (`login_restart`), no request sent',
    })
  })

  it(`expired, or issued too far in the future: expired (${NUM_RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(expiredAt, futureAt), async (issuedAt) => {
        const state = freshState(SECRET, SERVER, issuedAt)
        expect(expectRejected(() => openState(state, SECRET, SERVER)).reason).toBe('expired')
        await expectFlowRefuses(state)
      }),
      { numRuns: NUM_RUNS },
    )
    evidence.add({
      attack: 'sealed state: expired, or issued in the future',
      cases: `${NUM_RUNS} runs, openState and the callback flow`,
      outcome: 'rejected (`login_restart`), no request sent',
    })
  })

  it('one sealed with the other secret of a rotation pair is still refused', async () => {
    const state = freshState(OTHER_SECRET)
    await expectFlowRefuses(state)
  })

  it(`any value that is not a sealed state at all (${NUM_RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything(), async (value) => {
        expectRejected(() => openState(value, SECRET, SERVER))
        await expectFlowRefuses(value)
      }),
      { numRuns: NUM_RUNS },
    )
    evidence.add({
      attack: 'state: any value at all (fast-check anything)',
      cases: `${NUM_RUNS} runs, openState and the callback flow`,
      outcome: 'rejected (`login_restart`), no request sent',
    })
  })
})
