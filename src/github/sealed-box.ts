import { blake2b } from '@noble/hashes/blake2b'
import nacl from 'tweetnacl'

/**
 * libsodium's sealed box (crypto_box_seal), the encryption GitHub requires for Actions secrets:
 * https://docs.github.com/en/rest/guides/encrypting-secrets-for-the-rest-api
 * https://doc.libsodium.org/public-key_cryptography/sealed_boxes
 *
 * The construction is libsodium's: a fresh X25519 key pair per message, the nonce
 * BLAKE2b-192(ephemeral public key ‖ recipient public key), the message boxed (X25519 +
 * XSalsa20-Poly1305) with the ephemeral secret key, and the ephemeral public key sent first.
 * The primitives come from audited libraries (tweetnacl's box, @noble/hashes' BLAKE2b), about
 * 40 KiB bundled where libsodium would add 1 MiB to the deployment; the tests open every box
 * with libsodium itself.
 */

const PUBLIC_KEY_BYTES = nacl.box.publicKeyLength

/** The sealed `message` for the base64 X25519 `publicKey`, in base64 as GitHub takes it. */
export function sealForPublicKey(message: string, publicKey: string): string {
  const recipient = Buffer.from(publicKey, 'base64')
  if (recipient.length !== PUBLIC_KEY_BYTES || recipient.toString('base64') !== publicKey) {
    throw new Error(`the public key is not ${PUBLIC_KEY_BYTES} bytes of base64`)
  }
  const ephemeral = nacl.box.keyPair()
  const nonceInput = new Uint8Array(PUBLIC_KEY_BYTES * 2)
  nonceInput.set(ephemeral.publicKey)
  nonceInput.set(recipient, PUBLIC_KEY_BYTES)
  const nonce = blake2b(nonceInput, { dkLen: nacl.box.nonceLength })
  const boxed = nacl.box(Buffer.from(message, 'utf8'), nonce, recipient, ephemeral.secretKey)
  ephemeral.secretKey.fill(0)
  return Buffer.concat([ephemeral.publicKey, boxed]).toString('base64')
}
