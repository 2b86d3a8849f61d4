import { buildAuthorizationUrl } from '../../src/oauth2/authorization-url'

const base = {
  authorizationEndpoint: 'https://github.com/login/oauth/authorize',
  clientId: 'Iv1.abc',
  scope: 'repo read:org',
  state: 's1.state',
  codeChallenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
}

describe('buildAuthorizationUrl', () => {
  it('sets exactly the RFC 6749 and RFC 7636 parameters, and no redirect_uri', () => {
    const url = new URL(buildAuthorizationUrl(base))
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/login/oauth/authorize')
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: 'Iv1.abc',
      scope: 'repo read:org',
      response_type: 'code',
      state: 's1.state',
      code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      code_challenge_method: 'S256',
    })
    expect(url.searchParams.has('redirect_uri')).toBe(false)
  })

  it('leaves out an empty scope', () => {
    expect(new URL(buildAuthorizationUrl({ ...base, scope: '' })).searchParams.has('scope')).toBe(false)
  })

  it('adds provider extras but never lets them replace a protocol parameter or add redirect_uri', () => {
    expect(new URL(buildAuthorizationUrl({ ...base, extra: { allow_signup: 'false' } })).searchParams.get('allow_signup')).toBe('false')
    for (const key of ['state', 'code_challenge_method', 'redirect_uri', 'client_id']) {
      expect(() => buildAuthorizationUrl({ ...base, extra: { [key]: 'x' } })).toThrow(RangeError)
    }
  })
})
