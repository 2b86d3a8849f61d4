import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto'

/**
 * Sealed `state`: the platform keeps nothing between getOAuth2ConnectionURL and
 * executeCallback, so the PKCE verifier has to travel inside `state`. It is sealed with
 * AES-256-GCM under a key derived (HKDF-SHA256) from the client secret, so only this
 * service can open it, any change is detected, and the verifier is never in clear.
 *
 * Layout before sealing: version(1) | issuedAt seconds(4) | nonce(16) | verifier(32) | server(utf8)
 * Sealed: "s1." + base64url(iv(12) | ciphertext | tag(16))
 */

const PREFIX = 's1.'
const VERSION = 1
const IV_BYTES = 12
const TAG_BYTES = 16
const NONCE_BYTES = 16
const VERIFIER_BYTES = 32
const HEADER_BYTES = 1 + 4 + NONCE_BYTES + VERIFIER_BYTES
export const STATE_LIFETIME_SECONDS = 600
/** Keeps the sealed state under 400 characters. */
export const MAX_SERVER_LENGTH = 200
/** Clock skew tolerated for a state "issued in the future". */
const SKEW_SECONDS = 60

export interface StateContents {
  codeVerifier: string
  issuedAt: number
  nonce: string
  server: string
}

export type StateRejection = 'missing' | 'malformed' | 'tampered' | 'expired' | 'foreign_server'

export class StateRejected extends Error {
  constructor(readonly reason: StateRejection) {
    super(`state rejected: ${reason}`)
    this.name = 'StateRejected'
  }
}

function deriveKey(clientSecret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', clientSecret, 'oauth2-state-salt-v1', 'sealed oauth2 state v1', 32))
}

export function sealState(
  input: { codeVerifier: string; server: string },
  clientSecret: string,
  nowSeconds: number = Math.floor(Date.now() / 1000),
): string {
  const verifier = Buffer.from(input.codeVerifier, 'base64url')
  if (verifier.length !== VERIFIER_BYTES) throw new RangeError('code verifier must encode 32 bytes')
  const server = Buffer.from(input.server, 'utf8')
  if (server.length > MAX_SERVER_LENGTH) throw new RangeError(`server must be at most ${MAX_SERVER_LENGTH} bytes`)
  const header = Buffer.alloc(1 + 4)
  header.writeUInt8(VERSION, 0)
  header.writeUInt32BE(nowSeconds, 1)
  const plain = Buffer.concat([header, randomBytes(NONCE_BYTES), verifier, server])
  const iv = randomBytes(IV_BYTES)
  const cipher = createCipheriv('aes-256-gcm', deriveKey(clientSecret), iv)
  const sealed = Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()])
  return PREFIX + sealed.toString('base64url')
}

/** Opens and checks a sealed state; throws StateRejected saying why it is unusable. */
export function openState(
  state: unknown,
  clientSecret: string,
  expectedServer: string,
  nowSeconds: number = Math.floor(Date.now() / 1000),
): StateContents {
  if (typeof state !== 'string' || state.length === 0) throw new StateRejected('missing')
  if (!state.startsWith(PREFIX) || state.length > 600 || !/^[A-Za-z0-9_-]+$/.test(state.slice(PREFIX.length))) {
    throw new StateRejected('malformed')
  }
  const sealed = Buffer.from(state.slice(PREFIX.length), 'base64url')
  // base64url decoding is lenient about trailing bits: re-encode to refuse any variant.
  if (sealed.toString('base64url') !== state.slice(PREFIX.length)) throw new StateRejected('tampered')
  if (sealed.length < IV_BYTES + HEADER_BYTES + TAG_BYTES) throw new StateRejected('malformed')
  const iv = sealed.subarray(0, IV_BYTES)
  const tag = sealed.subarray(sealed.length - TAG_BYTES)
  const body = sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES)
  let plain: Buffer
  try {
    const decipher = createDecipheriv('aes-256-gcm', deriveKey(clientSecret), iv)
    decipher.setAuthTag(tag)
    plain = Buffer.concat([decipher.update(body), decipher.final()])
  } catch {
    throw new StateRejected('tampered')
  }
  if (plain.readUInt8(0) !== VERSION) throw new StateRejected('malformed')
  const issuedAt = plain.readUInt32BE(1)
  const nonce = plain.subarray(5, 5 + NONCE_BYTES).toString('base64url')
  const codeVerifier = plain.subarray(5 + NONCE_BYTES, HEADER_BYTES).toString('base64url')
  const server = plain.subarray(HEADER_BYTES).toString('utf8')
  if (nowSeconds - issuedAt > STATE_LIFETIME_SECONDS || issuedAt - nowSeconds > SKEW_SECONDS) {
    throw new StateRejected('expired')
  }
  if (server !== expectedServer) throw new StateRejected('foreign_server')
  return { codeVerifier, issuedAt, nonce, server }
}
