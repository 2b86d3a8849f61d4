import { DEFAULT_SCOPES, GITHUB_DOT_COM, readSettings, resolveServer } from '../../src/github/settings'
import { CANARY_CLIENT_ID, CANARY_CLIENT_SECRET, expectNoSecrets } from '../helpers/secrets'

function misconfiguration(run: () => unknown): { kind?: string; setting?: string; message: string } {
  try {
    run()
  } catch (error) {
    return error as { kind?: string; setting?: string; message: string }
  }
  throw new Error('accepted')
}

describe('resolveServer', () => {
  it.each([undefined, null, '', '   ', 'https://github.com', 'https://github.com/', ' https://GitHub.com '])(
    'uses github.com and api.github.com for %p',
    (value) => {
      expect(resolveServer(value)).toEqual({
        webOrigin: GITHUB_DOT_COM,
        apiBase: 'https://api.github.com',
        uploadBase: 'https://uploads.github.com',
        enterprise: false,
        host: 'github.com',
      })
    },
  )

  it('puts the Enterprise Server API under <serverUrl>/api/v3', () => {
    expect(resolveServer('https://ghe.example.com/')).toEqual({
      webOrigin: 'https://ghe.example.com',
      apiBase: 'https://ghe.example.com/api/v3',
      uploadBase: 'https://ghe.example.com/api/uploads',
      enterprise: true,
      host: 'ghe.example.com',
    })
    expect(resolveServer('https://ghe.example.com:8443/github')).toMatchObject({
      webOrigin: 'https://ghe.example.com:8443/github',
      apiBase: 'https://ghe.example.com:8443/github/api/v3',
      host: 'ghe.example.com:8443',
    })
  })

  it('puts the API of GitHub Enterprise Cloud with data residency at api.SUBDOMAIN.ghe.com', () => {
    expect(resolveServer('https://octocorp.ghe.com')).toEqual({
      webOrigin: 'https://octocorp.ghe.com',
      apiBase: 'https://api.octocorp.ghe.com',
      uploadBase: 'https://uploads.octocorp.ghe.com',
      enterprise: true,
      host: 'octocorp.ghe.com',
    })
    expect(resolveServer('https://ghe.com.example.net').apiBase).toBe('https://ghe.com.example.net/api/v3')
  })

  it.each(['http://127.0.0.1:8080', 'http://localhost:3000', 'http://[::1]:9000'])(
    'accepts plain http on the loopback host %s (local testing)',
    (url) => {
      expect(resolveServer(url)).toMatchObject({ webOrigin: url, apiBase: `${url}/api/v3`, enterprise: true })
    },
  )

  it.each<[string, RegExp]>([
    ['http://ghe.example.com', /must use https:\/\//],
    ['http://github.com', /must use https:\/\//],
    ['ftp://ghe.example.com', /must use https:\/\//],
    ['ghe.example.com', /is not a URL/],
    ['https://api.github.com', /is the API address/],
    ['https://ghe.example.com/api/v3', /is the API address/],
    ['https://ghe.example.com/api/v3/', /is the API address/],
    ['https://www.github.com', /exactly https:\/\/github.com/],
    ['https://github.com/octocat', /exactly https:\/\/github.com/],
    ['https://github.com:8443', /exactly https:\/\/github.com/],
    ['https://user:pass@ghe.example.com', /without credentials, query or fragment/],
    ['https://ghe.example.com/?x=1', /without credentials, query or fragment/],
    ['https://ghe.example.com/#x', /without credentials, query or fragment/],
    [`https://ghe.example.com/${'p'.repeat(200)}`, /longer than 200 characters/],
  ])('refuses %s', (url, message) => {
    const error = misconfiguration(() => resolveServer(url))
    expect(error).toMatchObject({ kind: 'misconfigured', setting: 'serverUrl' })
    expect(error.message).toMatch(/^Service setting "serverUrl" /)
    expect(error.message).toMatch(message)
  })

  it('accepts a server URL of exactly 200 characters', () => {
    const url = `https://ghe.example.com/${'p'.repeat(200 - 'https://ghe.example.com/'.length)}`
    expect(resolveServer(url).webOrigin).toHaveLength(200)
  })
})

describe('readSettings', () => {
  it('reads the credentials, the default scopes and github.com', () => {
    expect(
      readSettings({
        clientId: ` ${CANARY_CLIENT_ID} `,
        clientSecret: CANARY_CLIENT_SECRET,
        serverUrl: 'https://github.com',
        scopes: DEFAULT_SCOPES,
      }),
    ).toEqual({
      clientId: CANARY_CLIENT_ID,
      clientSecret: CANARY_CLIENT_SECRET,
      server: resolveServer(GITHUB_DOT_COM),
      scopes: DEFAULT_SCOPES,
    })
  })

  it('defaults an empty or missing scopes setting, and normalises separators and duplicates', () => {
    expect(readSettings({ clientId: 'a', clientSecret: 'b' }).scopes).toBe(DEFAULT_SCOPES)
    expect(readSettings({ clientId: 'a', clientSecret: 'b', scopes: '  ' }).scopes).toBe(DEFAULT_SCOPES)
    expect(readSettings({ clientId: 'a', clientSecret: 'b', scopes: 'repo,read:org  repo\tgist' }).scopes).toBe('repo read:org gist')
  })

  it('refuses a scope that is not a scope name', () => {
    expect(misconfiguration(() => readSettings({ clientId: 'a', clientSecret: 'b', scopes: 'repo "><script>' }))).toMatchObject({
      kind: 'misconfigured',
      setting: 'scopes',
    })
  })

  it.each<[string, Record<string, unknown> | undefined, string, RegExp]>([
    ['no config at all', undefined, 'clientId', /is not set\. Copy the Client ID from the settings page/],
    ['a missing clientId', { clientSecret: CANARY_CLIENT_SECRET }, 'clientId', /is not set\. Copy the Client ID/],
    ['a blank clientId', { clientId: '  ', clientSecret: CANARY_CLIENT_SECRET }, 'clientId', /is not set/],
    [
      'a missing clientSecret',
      { clientId: CANARY_CLIENT_ID },
      'clientSecret',
      /is not set\. Generate a client secret on the settings page/,
    ],
    ['a clientSecret that is not text', { clientId: CANARY_CLIENT_ID, clientSecret: 42 }, 'clientSecret', /is not set/],
    [
      'a clientSecret with spaces inside',
      { clientId: CANARY_CLIENT_ID, clientSecret: `${CANARY_CLIENT_SECRET} x` },
      'clientSecret',
      /is not a valid value\. Generate/,
    ],
    ['an overlong clientId', { clientId: 'i'.repeat(300), clientSecret: CANARY_CLIENT_SECRET }, 'clientId', /is not a valid value/],
  ])('explains %s', (_label, config, setting, message) => {
    const error = misconfiguration(() => readSettings(config))
    expect(error).toMatchObject({ kind: 'misconfigured', setting })
    expect(error.message).toMatch(message)
    expectNoSecrets(error.message)
  })
})
