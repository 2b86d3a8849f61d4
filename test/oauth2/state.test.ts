import { createCodeVerifier } from '../../src/oauth2/pkce'
import { MAX_SERVER_LENGTH, openState, sealState, STATE_LIFETIME_SECONDS, StateRejected, type StateRejection } from '../../src/oauth2/state'
import { CANARY_CLIENT_SECRET, CANARY_VERIFIER } from '../helpers/secrets'

const SERVER = 'https://github.com'
const NOW = 1_780_000_000
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

const seal = (server = SERVER, now = NOW, verifier = CANARY_VERIFIER): string =>
  sealState({ codeVerifier: verifier, server }, CANARY_CLIENT_SECRET, now)

function rejection(run: () => unknown): StateRejection | 'accepted' {
  try {
    run()
    return 'accepted'
  } catch (error) {
    if (error instanceof StateRejected) return error.reason
    throw error
  }
}

describe('sealed state', () => {
  it('round-trips the verifier, issue time, nonce and server', () => {
    const state = seal()
    const opened = openState(state, CANARY_CLIENT_SECRET, SERVER, NOW + 5)
    expect(opened).toEqual({
      codeVerifier: CANARY_VERIFIER,
      issuedAt: NOW,
      nonce: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
      server: SERVER,
    })
  })

  it('is URL-safe, versioned and different on every seal (random IV and nonce)', () => {
    const states = Array.from({ length: 50 }, () => seal())
    expect(new Set(states).size).toBe(50)
    for (const state of states) expect(state).toMatch(/^s1\.[A-Za-z0-9_-]+$/)
    const nonces = states.map((state) => openState(state, CANARY_CLIENT_SECRET, SERVER, NOW).nonce)
    expect(new Set(nonces).size).toBe(50)
  })

  it('never shows the verifier, in any encoding', () => {
    const state = seal()
    const bytes = Buffer.from(CANARY_VERIFIER, 'base64url')
    for (const form of [CANARY_VERIFIER, bytes.toString('base64'), bytes.toString('hex'), bytes.subarray(0, 12).toString('base64url')]) {
      expect(state).not.toContain(form)
    }
  })

  it('stays under 400 characters for the longest server allowed', () => {
    const server = `https://ghe.example.com/${'p'.repeat(MAX_SERVER_LENGTH - 'https://ghe.example.com/'.length)}`
    expect(server).toHaveLength(MAX_SERVER_LENGTH)
    const state = seal(server)
    expect(state.length).toBeLessThan(400)
    expect(openState(state, CANARY_CLIENT_SECRET, server, NOW).server).toBe(server)
  })

  it('refuses to seal a longer server or a verifier that is not 32 bytes', () => {
    expect(() => seal(`https://ghe.example.com/${'p'.repeat(MAX_SERVER_LENGTH)}`)).toThrow(RangeError)
    expect(() => seal(SERVER, NOW, 'short')).toThrow(RangeError)
    expect(() => seal(SERVER, NOW, `${CANARY_VERIFIER}AAAA`)).toThrow(RangeError)
  })

  // Sealed lengths 99, 103 and 104 bytes: 0, 4 and 2 unused bits in the last base64url character.
  it.each(['https://github.com', 'https://ghe.example.co', 'https://ghe.example.com'])(
    'detects any changed character, at every position (%s)',
    (server) => {
      const state = seal(server)
      let checked = 0
      for (let position = 0; position < state.length; position++) {
        const original = state.charAt(position)
        // Two replacements per position: the next letter of the alphabet (often a padding-bit-only change at the end) and a far one.
        const index = ALPHABET.indexOf(original)
        const replacements = new Set([ALPHABET.charAt((index + 1) % 64), ALPHABET.charAt((index + 32) % 64), original === '.' ? 'x' : '.'])
        for (const replacement of replacements) {
          if (replacement === original) continue
          const tampered = state.slice(0, position) + replacement + state.slice(position + 1)
          expect([position, rejection(() => openState(tampered, CANARY_CLIENT_SECRET, server, NOW))]).not.toEqual([position, 'accepted'])
          checked++
        }
      }
      expect(checked).toBeGreaterThanOrEqual(state.length * 2)
      expect(rejection(() => openState(state, CANARY_CLIENT_SECRET, server, NOW))).toBe('accepted')
    },
  )

  it('detects truncation and extension', () => {
    const state = seal()
    for (let length = 0; length < state.length; length++) {
      expect([length, rejection(() => openState(state.slice(0, length), CANARY_CLIENT_SECRET, SERVER, NOW))]).not.toEqual([
        length,
        'accepted',
      ])
    }
    for (const suffix of ['A', 'AA', 'AAA', 'AAAA', '-', '_', '=', '.', ' ']) {
      expect([suffix, rejection(() => openState(state + suffix, CANARY_CLIENT_SECRET, SERVER, NOW))]).not.toEqual([suffix, 'accepted'])
    }
  })

  it('expires after 10 minutes, and refuses a state from the future', () => {
    const state = seal()
    expect(STATE_LIFETIME_SECONDS).toBe(600)
    expect(rejection(() => openState(state, CANARY_CLIENT_SECRET, SERVER, NOW + 600))).toBe('accepted')
    expect(rejection(() => openState(state, CANARY_CLIENT_SECRET, SERVER, NOW + 601))).toBe('expired')
    expect(rejection(() => openState(state, CANARY_CLIENT_SECRET, SERVER, NOW - 60))).toBe('accepted')
    expect(rejection(() => openState(state, CANARY_CLIENT_SECRET, SERVER, NOW - 120))).toBe('expired')
  })

  it('uses the real clock by default', () => {
    const state = sealState({ codeVerifier: CANARY_VERIFIER, server: SERVER }, CANARY_CLIENT_SECRET)
    expect(openState(state, CANARY_CLIENT_SECRET, SERVER).issuedAt).toBeGreaterThanOrEqual(Math.floor(Date.now() / 1000) - 1)
  })

  it('cannot be opened with another client secret', () => {
    expect(rejection(() => openState(seal(), 'another-client-secret', SERVER, NOW))).toBe('tampered')
  })

  it('cannot be used for another server', () => {
    expect(rejection(() => openState(seal('https://ghe.example.com'), CANARY_CLIENT_SECRET, SERVER, NOW))).toBe('foreign_server')
  })

  it.each<[string, unknown, StateRejection]>([
    ['undefined', undefined, 'missing'],
    ['empty', '', 'missing'],
    ['a number', 42, 'missing'],
    ['an unprefixed value', 'abcdef', 'malformed'],
    ['a value with foreign characters', 's1.abc+def/', 'malformed'],
    ['a too long value', `s1.${'A'.repeat(700)}`, 'malformed'],
    ['a too short sealed value', 's1.AAAA', 'malformed'],
  ])('rejects %s', (_label, state, reason) => {
    expect(rejection(() => openState(state, CANARY_CLIENT_SECRET, SERVER, NOW))).toBe(reason)
  })

  it('works with real verifiers', () => {
    const verifier = createCodeVerifier()
    expect(openState(seal(SERVER, NOW, verifier), CANARY_CLIENT_SECRET, SERVER, NOW).codeVerifier).toBe(verifier)
  })

  it('says why in its error, without the state or the verifier', () => {
    const error = (() => {
      try {
        openState(seal(), 'wrong', SERVER, NOW)
      } catch (caught) {
        return caught as Error
      }
      throw new Error('accepted')
    })()
    expect(error.message).toBe('state rejected: tampered')
  })
})
