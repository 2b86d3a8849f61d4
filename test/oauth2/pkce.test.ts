import crypto from 'node:crypto'
import { codeChallengeS256, createCodeVerifier } from '../../src/oauth2/pkce'

describe('PKCE (RFC 7636)', () => {
  it('computes the S256 challenge of the Appendix B example', () => {
    expect(codeChallengeS256('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM')
  })

  it('makes a 43-character base64url verifier from 32 random bytes', () => {
    const spy = jest.spyOn(crypto, 'randomBytes')
    try {
      const verifier = createCodeVerifier()
      expect(spy).toHaveBeenCalledWith(32)
      expect(verifier).toMatch(/^[A-Za-z0-9_-]{43}$/)
      expect(Buffer.from(verifier, 'base64url')).toHaveLength(32)
    } finally {
      spy.mockRestore()
    }
  })

  it('makes a fresh verifier on every call', () => {
    const verifiers = new Set(Array.from({ length: 500 }, () => createCodeVerifier()))
    expect(verifiers.size).toBe(500)
  })
})
