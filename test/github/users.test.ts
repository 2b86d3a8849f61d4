import nock from 'nock'
import { loginList, optionalLogin, requiredLogin } from '../../src/github/input'
import {
  getAuthenticatedUser,
  getOrganizationsDictionary,
  getOwnersDictionary,
  getUser,
  getUserPublicKeys,
  listMyOrganizations,
} from '../../src/github/users'
import { API, API_HEADERS, expectAllRequestsMade, githubContext } from '../helpers/github'

const OCTOCAT = {
  login: 'octocat',
  id: 583231,
  node_id: 'MDQ6VXNlcjU4MzIzMQ==',
  type: 'User',
  site_admin: false,
  name: 'The Octocat',
  html_url: 'https://github.com/octocat',
  public_repos: 8,
}

function org(login: string, description: string | null = null) {
  return {
    login,
    id: login.length,
    node_id: `O_${login}`,
    url: `${API}/orgs/${login}`,
    description,
    avatar_url: 'https://avatars.example/1',
  }
}

/** A Link header that points at page `page` of `path`. */
function nextLink(path: string, page: number, extra = ''): string {
  return `<${API}${path}?per_page=100${extra}&page=${page}>; rel="next", <${API}${path}?per_page=100${extra}&page=9>; rel="last"`
}

describe('getAuthenticatedUser', () => {
  afterEach(expectAllRequestsMade)

  it('sends GET /user with the API headers and returns the user', async () => {
    const scope = nock(API, { reqheaders: API_HEADERS }).get('/user').reply(200, OCTOCAT)
    await expect(getAuthenticatedUser(githubContext())).resolves.toEqual(OCTOCAT)
    expect(scope.isDone()).toBe(true)
  })

  it('maps 401 to a reconnect error', async () => {
    nock(API).get('/user').reply(401, { message: 'Bad credentials' })
    await expect(getAuthenticatedUser(githubContext())).rejects.toMatchObject({
      kind: 'reconnect_required',
      message: expect.stringMatching(/Reconnect/),
    })
  })

  it('maps an exhausted primary rate limit to rate_limited with the reset time', async () => {
    nock(API)
      .get('/user')
      .reply(403, { message: 'API rate limit exceeded' }, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1738580000' })
    const error = await getAuthenticatedUser(githubContext()).catch((e: unknown) => e)
    expect(error).toMatchObject({ kind: 'rate_limited', message: expect.stringContaining(new Date(1738580000 * 1000).toISOString()) })
  })

  it('retries a 502 once and then returns the user (reads are retried)', async () => {
    nock(API).get('/user').reply(502, 'Bad gateway').get('/user').reply(200, OCTOCAT)
    await expect(getAuthenticatedUser(githubContext())).resolves.toMatchObject({ login: 'octocat' })
  })
})

describe('getUser', () => {
  afterEach(expectAllRequestsMade)

  it('sends GET /users/{username} and returns the profile', async () => {
    const scope = nock(API, { reqheaders: API_HEADERS }).get('/users/octocat').reply(200, OCTOCAT)
    await expect(getUser(githubContext(), { username: 'octocat' })).resolves.toEqual(OCTOCAT)
    expect(scope.isDone()).toBe(true)
  })

  it('accepts a leading @ and an Enterprise Managed User login with an underscore', async () => {
    nock(API)
      .get('/users/mona_acme')
      .reply(200, { ...OCTOCAT, login: 'mona_acme' })
    await expect(getUser(githubContext(), { username: ' @mona_acme ' })).resolves.toMatchObject({ login: 'mona_acme' })
  })

  it.each([
    ['missing', undefined, /is required/],
    ['empty', '   ', /is required/],
    ['a path', '../orgs/github', /must be a GitHub login/],
    ['a slash', 'octo/cat', /must be a GitHub login/],
    ['an encoded slash', 'octo%2Fcat', /must be a GitHub login/],
    ['a dot', 'octo.cat', /must be a GitHub login/],
    ['too long', 'a'.repeat(40), /at most 39 characters/],
    ['an object', { login: 'octocat' }, /must be text/],
  ])('rejects a username that is %s before any request', async (_case, username, problem) => {
    const error = await getUser(githubContext(), { username }).catch((e: unknown) => e)
    expect(error).toMatchObject({ kind: 'invalid_input', parameter: 'username', message: expect.stringMatching(problem) })
  })

  it('maps 404 to not_found naming the user', async () => {
    nock(API).get('/users/ghost-404').reply(404, { message: 'Not Found' })
    await expect(getUser(githubContext(), { username: 'ghost-404' })).rejects.toMatchObject({
      kind: 'not_found',
      message: expect.stringContaining('The user "ghost-404" was not found'),
    })
  })
})

describe('the one login rule', () => {
  afterEach(expectAllRequestsMade)

  it('returns the trimmed login and names the parameter it checks', () => {
    expect(requiredLogin(' octo-org ', 'organization')).toBe('octo-org')
    expect(() => requiredLogin('-bad-', 'organization')).toThrow(expect.objectContaining({ parameter: 'organization' }))
  })

  it('drops a leading "@" in every login field, alone or in a list', () => {
    expect(requiredLogin('@octocat', 'username')).toBe('octocat')
    expect(optionalLogin('@octocat', 'actor')).toBe('octocat')
    expect(loginList('@octocat, mona_acme', 'assignees', 10)).toEqual(['octocat', 'mona_acme'])
  })

  it('allows 39 characters and no more, in every login field', () => {
    const longest = 'a'.repeat(39)
    expect(requiredLogin(longest, 'username')).toBe(longest)
    for (const check of [
      () => requiredLogin(`${longest}b`, 'username'),
      () => optionalLogin(`${longest}b`, 'creator'),
      () => loginList([`${longest}b`], 'reviewers', 10),
    ]) {
      expect(check).toThrow(/at most 39 characters/)
    }
  })
})

describe('listMyOrganizations', () => {
  afterEach(expectAllRequestsMade)

  it('sends GET /user/orgs with per_page and returns one page with the next cursor', async () => {
    const scope = nock(API, { reqheaders: API_HEADERS })
      .get('/user/orgs')
      .query({ per_page: '2' })
      .reply(200, [org('github'), org('octo-org')], { link: `<${API}/user/orgs?per_page=2&page=2>; rel="next"` })
    const result = await listMyOrganizations(githubContext(), { fetchAll: false, limit: 2, cursor: undefined })
    expect(result.items.map((o) => o.login)).toEqual(['github', 'octo-org'])
    expect(result.nextCursor).toEqual(expect.any(String))
    expect(scope.isDone()).toBe(true)

    // The cursor continues the same list at page 2.
    nock(API)
      .get('/user/orgs')
      .query({ per_page: '2', page: '2' })
      .reply(200, [org('third')])
    const next = await listMyOrganizations(githubContext(), { fetchAll: false, limit: 2, cursor: result.nextCursor })
    expect(next).toEqual({ items: [org('third')], nextCursor: null })
  })

  it('follows the pages up to the limit when fetchAll is on', async () => {
    nock(API)
      .get('/user/orgs')
      .query({ per_page: '100' })
      .reply(200, [org('a'), org('b')], { link: nextLink('/user/orgs', 2) })
      .get('/user/orgs')
      .query({ per_page: '100', page: '2' })
      .reply(200, [org('c')])
    const result = await listMyOrganizations(githubContext(), { fetchAll: true, limit: 50, cursor: '' })
    expect(result.items.map((o) => o.login)).toEqual(['a', 'b', 'c'])
    expect(result.nextCursor).toBeNull()
  })

  it('rejects a bad limit, fetchAll or cursor before any request', async () => {
    await expect(listMyOrganizations(githubContext(), { fetchAll: false, limit: 101, cursor: undefined })).rejects.toMatchObject({
      parameter: 'limit',
    })
    await expect(listMyOrganizations(githubContext(), { fetchAll: 'yes', limit: 10, cursor: undefined })).rejects.toMatchObject({
      parameter: 'fetchAll',
    })
    await expect(listMyOrganizations(githubContext(), { fetchAll: false, limit: 10, cursor: 'bm90IGEgY3Vyc29y' })).rejects.toMatchObject({
      parameter: 'cursor',
    })
  })

  it('maps 403 to forbidden with the missing scope and the granted ones', async () => {
    nock(API).get('/user/orgs').query(true).reply(403, { message: 'Must have read:org scope' }, { 'x-oauth-scopes': 'repo' })
    await expect(listMyOrganizations(githubContext(), { fetchAll: false, limit: 10, cursor: undefined })).rejects.toMatchObject({
      kind: 'forbidden',
      message: expect.stringMatching(/read:org.*The connection has the scopes: repo/s),
    })
  })
})

describe('getOrganizationsDictionary', () => {
  afterEach(expectAllRequestsMade)

  it('lists the organizations as login values with the description as note', async () => {
    const scope = nock(API, { reqheaders: API_HEADERS })
      .get('/user/orgs')
      .query({ per_page: '100' })
      .reply(200, [org('github', 'How people build software.'), org('octo-org')])
    await expect(getOrganizationsDictionary(githubContext(), {})).resolves.toEqual({
      items: [
        { label: 'github', value: 'github', note: 'How people build software.' },
        { label: 'octo-org', value: 'octo-org' },
      ],
      cursor: null,
    })
    expect(scope.isDone()).toBe(true)
  })

  it('filters by search text, case-insensitively, over login and description', async () => {
    nock(API)
      .get('/user/orgs')
      .query({ per_page: '100' })
      .reply(200, [org('github', 'How people build software.'), org('octo-org'), org('acme', 'The OCTO fan club')])
    const result = await getOrganizationsDictionary(githubContext(), { search: 'Octo' })
    expect(result.items.map((item) => item.value)).toEqual(['octo-org', 'acme'])
  })

  it('returns the cursor of the next page and continues from it', async () => {
    nock(API)
      .get('/user/orgs')
      .query({ per_page: '100' })
      .reply(200, [org('a')], { link: nextLink('/user/orgs', 2) })
    const first = await getOrganizationsDictionary(githubContext(), { search: '' })
    expect(first.cursor).toEqual(expect.any(String))
    nock(API)
      .get('/user/orgs')
      .query({ per_page: '100', page: '2' })
      .reply(200, [org('b')])
    await expect(getOrganizationsDictionary(githubContext(), { cursor: first.cursor })).resolves.toEqual({
      items: [{ label: 'b', value: 'b' }],
      cursor: null,
    })
  })

  it('ignores a payload that is not an object', async () => {
    nock(API).get('/user/orgs').query({ per_page: '100' }).reply(200, [])
    await expect(getOrganizationsDictionary(githubContext(), 'nonsense')).resolves.toEqual({ items: [], cursor: null })
  })
})

describe('owners and public keys', () => {
  it('offers you first, then your organizations, both filtered by the search', async () => {
    nock(API).get('/user').times(2).reply(200, { login: 'octocat', name: 'The Octocat' })
    nock(API)
      .get('/user/orgs')
      .query(true)
      .times(2)
      .reply(200, [
        { login: 'octo-org', description: 'Octo' },
        { login: 'github', description: null },
      ])
    await expect(getOwnersDictionary(githubContext(), {})).resolves.toEqual({
      items: [
        { label: 'octocat', value: 'octocat', note: 'you' },
        { label: 'octo-org', value: 'octo-org', note: 'Octo' },
        { label: 'github', value: 'github' },
      ],
      cursor: null,
    })
    await expect(getOwnersDictionary(githubContext(), { search: 'git' })).resolves.toMatchObject({ items: [{ value: 'github' }] })
  })

  it("lists a user's public keys", async () => {
    nock(API)
      .get('/users/octocat/keys')
      .query({ per_page: '30' })
      .reply(200, [{ id: 1, key: 'ssh-ed25519 AAAA' }])
    await expect(
      getUserPublicKeys(githubContext(), { username: 'octocat', fetchAll: undefined, limit: undefined, cursor: undefined }),
    ).resolves.toMatchObject({
      items: [{ id: 1 }],
    })
  })
})
