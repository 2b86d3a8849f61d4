import sodium from 'libsodium-wrappers'
import { sealForPublicKey } from '../../src/github/sealed-box'

/** Every box is opened with libsodium itself (crypto_box_seal_open), the implementation GitHub opens them with. */
describe('sealForPublicKey', () => {
  let keys: { publicKey: Uint8Array; privateKey: Uint8Array }
  beforeAll(async () => {
    await sodium.ready
    keys = sodium.crypto_box_keypair()
  })
  const open = (sealed: string): string =>
    sodium.to_string(sodium.crypto_box_seal_open(Buffer.from(sealed, 'base64'), keys.publicKey, keys.privateKey))
  const publicKey = (): string => Buffer.from(keys.publicKey).toString('base64')

  it.each(['s3cr3t', '', 'ünïcødé ✓ 🔑', 'x'.repeat(48 * 1024)])('libsodium opens the sealed %#', (message) => {
    expect(open(sealForPublicKey(message, publicKey()))).toBe(message)
  })

  it('seals with a fresh key pair every time (two seals of one value differ) and never carries the value in clear', () => {
    const first = sealForPublicKey('canary-value-1234', publicKey())
    const second = sealForPublicKey('canary-value-1234', publicKey())
    expect(first).not.toBe(second)
    for (const sealed of [first, second]) {
      expect(Buffer.from(sealed, 'base64').includes(Buffer.from('canary-value-1234'))).toBe(false)
      expect(sealed).not.toContain(Buffer.from('canary-value-1234').toString('base64').slice(0, 12))
    }
  })

  it('a box sealed for another key does not open', () => {
    const other = sodium.crypto_box_keypair()
    const sealed = sealForPublicKey('value', Buffer.from(other.publicKey).toString('base64'))
    expect(() => open(sealed)).toThrow()
  })

  it.each(['', 'not base64!', Buffer.alloc(31).toString('base64'), Buffer.alloc(33).toString('base64')])(
    'refuses a public key that is not 32 bytes of base64 (%j)',
    (key) => {
      expect(() => sealForPublicKey('value', key)).toThrow(/32 bytes of base64/)
    },
  )
})
