import nock from 'nock'
import {
  createBranch,
  createRepository,
  deleteBranch,
  forkRepository,
  getBranchesDictionary,
  getGitignoreTemplatesDictionary,
  getLicensesDictionary,
  getRepositoriesDictionary,
  getRepository,
  listBranches,
  listCommits,
  listRepositories,
  listTags,
} from '../../src/github/repos'
import { API, API_HEADERS, expectAllRequestsMade, githubContext, operationContext } from '../helpers/github'
import { recordedExchanges } from '../helpers/octokit-fixtures'

function repo(fullName: string, extra: Record<string, unknown> = {}) {
  const [owner = '', name = ''] = fullName.split('/')
  return {
    id: fullName.length,
    name,
    full_name: fullName,
    owner: { login: owner },
    private: false,
    visibility: 'public',
    description: null,
    ...extra,
  }
}

function branch(name: string, isProtected = false) {
  return {
    name,
    commit: { sha: 'c5b97d5ae6c19d5c5df71a34c7fbeeda2479ccbc', url: `${API}/repos/octocat/Hello-World/commits/c5b9` },
    protected: isProtected,
  }
}

function link(path: string, query: string): string {
  return `<${API}${path}?${query}>; rel="next"`
}

const BAD_REPOSITORIES: [string, unknown][] = [
  ['missing', undefined],
  ['empty', ''],
  ['a parent segment', 'octocat/..'],
  ['a dot segment', './Hello-World'],
  ['a traversal', '../../orgs/github'],
  ['three segments', 'octocat/Hello-World/issues'],
  ['a backslash', 'octocat\\Hello-World'],
  ['an empty owner', '/Hello-World'],
  ['an encoded slash', 'octocat/Hello%2FWorld'],
  ['too long', `octocat/${'x'.repeat(400)}`],
  ['a number', 42],
  ['an array', ['octocat', 'Hello-World']],
]

describe('listRepositories', () => {
  afterEach(expectAllRequestsMade)

  const none = { organization: undefined, visibility: undefined, affiliation: undefined, sort: undefined, direction: undefined }
  const page = { fetchAll: false, limit: 10, cursor: undefined }

  it("lists the connected account's repositories with the chosen filters mapped to API values", async () => {
    const scope = nock(API, { reqheaders: API_HEADERS })
      .get('/user/repos')
      .query({ visibility: 'private', affiliation: 'owner,collaborator', sort: 'pushed', direction: 'desc', per_page: '10' })
      .reply(200, [repo('octocat/secret', { private: true, visibility: 'private' })], {
        link: link('/user/repos', 'visibility=private&affiliation=owner%2Ccollaborator&sort=pushed&direction=desc&per_page=10&page=2'),
      })
    const result = await listRepositories(githubContext(), {
      ...none,
      visibility: 'Private',
      affiliation: 'Owner or Collaborator',
      sort: 'Pushed',
      direction: 'Descending',
      ...page,
    })
    expect(result.items).toEqual([repo('octocat/secret', { private: true, visibility: 'private' })])
    expect(result.nextCursor).toEqual(expect.any(String))
    expect(scope.isDone()).toBe(true)
  })

  it('sends no filter the person did not choose, and the default page size of 30', async () => {
    nock(API).get('/user/repos').query({ per_page: '30' }).reply(200, [])
    await expect(listRepositories(githubContext(), { ...none, fetchAll: undefined, limit: undefined, cursor: undefined })).resolves.toEqual(
      {
        items: [],
        nextCursor: null,
      },
    )
  })

  it("lists an organization's repositories through /orgs/{org}/repos, visibility as type", async () => {
    const scope = nock(API, { reqheaders: API_HEADERS })
      .get('/orgs/octo-org/repos')
      .query({ type: 'public', sort: 'full_name', direction: 'asc', per_page: '10' })
      .reply(200, [repo('octo-org/api')])
    const result = await listRepositories(githubContext(), {
      ...none,
      organization: 'octo-org',
      visibility: 'public',
      sort: 'Full Name',
      direction: 'Ascending',
      ...page,
    })
    expect(result).toEqual({ items: [repo('octo-org/api')], nextCursor: null })
    expect(scope.isDone()).toBe(true)
  })

  it('refuses an affiliation together with an organization, naming affiliation', async () => {
    await expect(
      listRepositories(githubContext(), { ...none, organization: 'octo-org', affiliation: 'Owner', ...page }),
    ).rejects.toMatchObject({ kind: 'invalid_input', parameter: 'affiliation' })
  })

  it.each([
    ['organization', { organization: '../user' }],
    ['organization', { organization: 'octo.org' }],
    ['visibility', { visibility: 'Secret' }],
    ['affiliation', { affiliation: 'Friend' }],
    ['sort', { sort: 'stars' }],
    ['direction', { direction: 'Up' }],
    ['visibility', { visibility: 7 }],
  ])('rejects a bad %s before any request', async (parameter, values) => {
    await expect(listRepositories(githubContext(), { ...none, ...values, ...page })).rejects.toMatchObject({
      kind: 'invalid_input',
      parameter,
    })
  })

  it('maps 404 for an organization to not_found with the scope hint', async () => {
    nock(API).get('/orgs/nobody-org/repos').query(true).reply(404, { message: 'Not Found' })
    await expect(
      listRepositories(operationContext('listRepositories'), { ...none, organization: 'nobody-org', ...page }),
    ).rejects.toMatchObject({
      kind: 'not_found',
      message: expect.stringMatching(/organization "nobody-org".*"repo" scope/s),
    })
  })
})

describe('getRepository', () => {
  afterEach(expectAllRequestsMade)

  it('returns the repository GitHub recorded (fixture get-repository)', async () => {
    const [exchange] = recordedExchanges('get-repository')
    if (!exchange) throw new Error('fixture missing')
    const scope = nock(API, { reqheaders: API_HEADERS })
      .get(exchange.path)
      .reply(exchange.status, exchange.response as nock.Body)
    const result = await getRepository(githubContext(), { repository: 'octokit-fixture-org/hello-world' })
    expect(result).toEqual(exchange.response)
    expect(result.default_branch).toBe('master')
    expect(scope.isDone()).toBe(true)
  })

  it('accepts a GitHub URL with .git', async () => {
    nock(API).get('/repos/octocat/Hello-World').reply(200, repo('octocat/Hello-World'))
    await expect(getRepository(githubContext(), { repository: 'https://github.com/octocat/Hello-World.git' })).resolves.toMatchObject({
      full_name: 'octocat/Hello-World',
    })
  })

  it.each(BAD_REPOSITORIES)('rejects a repository that is %s before any request', async (_case, repository) => {
    await expect(getRepository(githubContext(), { repository })).rejects.toMatchObject({ kind: 'invalid_input', parameter: 'repository' })
  })

  it('maps 404 to not_found saying which scope or installation may be missing', async () => {
    nock(API).get('/repos/octocat/private-thing').reply(404, { message: 'Not Found' })
    await expect(getRepository(operationContext('getRepository'), { repository: 'octocat/private-thing' })).rejects.toMatchObject({
      kind: 'not_found',
      message: expect.stringMatching(/octocat\/private-thing was not found.*"repo" scope.*installed/s),
    })
  })

  it('maps 401 to reconnect_required', async () => {
    nock(API).get('/repos/octocat/Hello-World').reply(401, { message: 'Bad credentials' })
    await expect(getRepository(githubContext(), { repository: 'octocat/Hello-World' })).rejects.toMatchObject({
      kind: 'reconnect_required',
    })
  })
})

describe('createRepository', () => {
  afterEach(expectAllRequestsMade)

  const base = {
    name: 'my-project',
    organization: undefined,
    description: undefined,
    visibility: undefined,
    autoInit: undefined,
    gitignoreTemplate: undefined,
    licenseTemplate: undefined,
  }

  it('creates a personal repository with every option mapped to the API body', async () => {
    const created = repo('octocat/my-project', { private: true, visibility: 'private', default_branch: 'main' })
    const scope = nock(API, { reqheaders: { ...API_HEADERS, 'content-type': 'application/json' } })
      .post('/user/repos', {
        name: 'my-project',
        description: 'Automation scripts',
        private: true,
        auto_init: true,
        gitignore_template: 'Node',
        license_template: 'apache-2.0',
      })
      .reply(201, created)
    const result = await createRepository(githubContext(), {
      ...base,
      description: 'Automation scripts',
      visibility: 'Private',
      autoInit: true,
      gitignoreTemplate: 'Node',
      licenseTemplate: 'Apache-2.0',
    })
    expect(result).toEqual(created)
    expect(scope.isDone()).toBe(true)
  })

  it('creates a private repository when no visibility is chosen, sending only what was given', async () => {
    nock(API).post('/user/repos', { name: 'my-project', private: true }).reply(201, repo('octocat/my-project'))
    await expect(createRepository(githubContext(), base)).resolves.toMatchObject({ full_name: 'octocat/my-project' })
  })

  it('creates the repository in an organization through /orgs/{org}/repos', async () => {
    const scope = nock(API, { reqheaders: API_HEADERS })
      .post('/orgs/octo-org/repos', { name: 'api', private: false })
      .reply(201, repo('octo-org/api'))
    await expect(
      createRepository(githubContext(), { ...base, name: 'api', organization: 'octo-org', visibility: 'Public' }),
    ).resolves.toMatchObject({
      full_name: 'octo-org/api',
    })
    expect(scope.isDone()).toBe(true)
  })

  it.each([
    ['name', { name: undefined }],
    ['name', { name: 'my project' }],
    ['name', { name: '..' }],
    ['name', { name: 'a/b' }],
    ['name', { name: 'x'.repeat(101) }],
    ['organization', { organization: 'octo/org' }],
    ['visibility', { visibility: 'Internal' }],
    ['autoInit', { autoInit: 'sometimes' }],
    ['gitignoreTemplate', { gitignoreTemplate: '../Node' }],
    ['licenseTemplate', { licenseTemplate: 'MIT License' }],
    ['description', { description: 'd'.repeat(351) }],
    ['description', { description: { text: 'x' } }],
  ])('rejects a bad %s before any request', async (parameter, values) => {
    await expect(createRepository(githubContext(), { ...base, ...values })).rejects.toMatchObject({ kind: 'invalid_input', parameter })
  })

  it('maps 422 to validation_failed listing the rejected field', async () => {
    nock(API)
      .post('/user/repos')
      .reply(422, {
        message: 'Repository creation failed.',
        errors: [{ resource: 'Repository', code: 'custom', field: 'name', message: 'name already exists on this account' }],
      })
    await expect(createRepository(githubContext(), base)).rejects.toMatchObject({
      kind: 'validation_failed',
      message: expect.stringContaining('name: name already exists on this account'),
    })
  })

  it('maps 403 in an organization to forbidden naming the scope and membership', async () => {
    nock(API)
      .post('/orgs/octo-org/repos')
      .reply(403, { message: 'You need admin access to the organization' }, { 'x-oauth-scopes': 'read:org' })
    await expect(createRepository(githubContext(), { ...base, organization: 'octo-org' })).rejects.toMatchObject({
      kind: 'forbidden',
      message: expect.stringMatching(/"repo" scope.*membership of the organization.*read:org/s),
    })
  })

  it('does not retry a write that failed with a 502', async () => {
    nock(API).post('/user/repos').times(2).reply(502, 'Bad gateway')
    await expect(createRepository(githubContext(), base)).rejects.toMatchObject({ kind: 'upstream_unavailable' })
    expect(nock.pendingMocks()).toHaveLength(1)
    nock.cleanAll()
  })
})

describe('forkRepository', () => {
  afterEach(expectAllRequestsMade)

  it('forks into an organization with a new name and only the default branch', async () => {
    const fork = repo('octo-org/hello-fork', { fork: true })
    const scope = nock(API, { reqheaders: API_HEADERS })
      .post('/repos/octocat/Hello-World/forks', { organization: 'octo-org', name: 'hello-fork', default_branch_only: true })
      .reply(202, fork)
    await expect(
      forkRepository(githubContext(), {
        repository: 'octocat/Hello-World',
        organization: 'octo-org',
        name: 'hello-fork',
        defaultBranchOnly: true,
      }),
    ).resolves.toEqual(fork)
    expect(scope.isDone()).toBe(true)
  })

  it('forks into the connected account with an empty body by default', async () => {
    nock(API)
      .post('/repos/octocat/Hello-World/forks', {})
      .reply(202, repo('monalisa/Hello-World', { fork: true }))
    await expect(
      forkRepository(githubContext(), { repository: 'octocat/Hello-World', organization: '', name: '', defaultBranchOnly: undefined }),
    ).resolves.toMatchObject({ full_name: 'monalisa/Hello-World' })
  })

  it.each([
    ['repository', { repository: 'octocat/../x' }],
    ['organization', { organization: '-x-' }],
    ['name', { name: 'bad name' }],
    ['defaultBranchOnly', { defaultBranchOnly: 2 }],
  ])('rejects a bad %s before any request', async (parameter, values) => {
    const input = { repository: 'octocat/Hello-World', organization: undefined, name: undefined, defaultBranchOnly: undefined, ...values }
    await expect(forkRepository(githubContext(), input)).rejects.toMatchObject({ kind: 'invalid_input', parameter })
  })

  it('maps 404 to not_found', async () => {
    nock(API).post('/repos/octocat/gone/forks').reply(404, { message: 'Not Found' })
    await expect(
      forkRepository(githubContext(), {
        repository: 'octocat/gone',
        organization: undefined,
        name: undefined,
        defaultBranchOnly: undefined,
      }),
    ).rejects.toMatchObject({ kind: 'not_found' })
  })
})

describe('listTags', () => {
  afterEach(expectAllRequestsMade)

  it('lists the tags of a repository, one page of Limit', async () => {
    const tag = {
      name: 'v0.1',
      commit: { sha: 'c5b97d5ae6c19d5c5df71a34c7fbeeda2479ccbc', url: 'u' },
      zipball_url: 'z',
      tarball_url: 't',
      node_id: 'n',
    }
    nock(API, { reqheaders: API_HEADERS }).get('/repos/octocat/Hello-World/tags').query({ per_page: '2' }).reply(200, [tag])
    await expect(
      listTags(githubContext(), { repository: 'octocat/Hello-World', fetchAll: false, limit: 2, cursor: undefined }),
    ).resolves.toEqual({ items: [tag], nextCursor: null })
  })
})

describe('listBranches', () => {
  afterEach(expectAllRequestsMade)

  it('lists the protected branches of a repository', async () => {
    const scope = nock(API, { reqheaders: API_HEADERS })
      .get('/repos/octocat/Hello-World/branches')
      .query({ protected: 'true', per_page: '5' })
      .reply(200, [branch('main', true)])
    await expect(
      listBranches(githubContext(), {
        repository: 'octocat/Hello-World',
        protection: 'Protected',
        fetchAll: false,
        limit: 5,
        cursor: undefined,
      }),
    ).resolves.toEqual({ items: [branch('main', true)], nextCursor: null })
    expect(scope.isDone()).toBe(true)
  })

  it('sends protected=false for Unprotected and nothing for All', async () => {
    nock(API)
      .get('/repos/octocat/Hello-World/branches')
      .query({ protected: 'false', per_page: '30' })
      .reply(200, [branch('dev')])
    nock(API)
      .get('/repos/octocat/Hello-World/branches')
      .query({ per_page: '30' })
      .reply(200, [branch('main'), branch('dev')])
    const input = { repository: 'octocat/Hello-World', fetchAll: false, limit: undefined, cursor: undefined }
    await expect(listBranches(githubContext(), { ...input, protection: 'Unprotected' })).resolves.toMatchObject({
      items: [{ name: 'dev' }],
    })
    await expect(listBranches(githubContext(), { ...input, protection: 'All' })).resolves.toMatchObject({
      items: [{ name: 'main' }, { name: 'dev' }],
    })
  })

  it('follows the Link header and continues from the cursor', async () => {
    nock(API)
      .get('/repos/octocat/Hello-World/branches')
      .query({ per_page: '1' })
      .reply(200, [branch('a')], { link: link('/repos/octocat/Hello-World/branches', 'per_page=1&page=2') })
    const input = { repository: 'octocat/Hello-World', protection: undefined, fetchAll: false, limit: 1 }
    const first = await listBranches(githubContext(), { ...input, cursor: undefined })
    nock(API)
      .get('/repos/octocat/Hello-World/branches')
      .query({ per_page: '1', page: '2' })
      .reply(200, [branch('b')])
    await expect(listBranches(githubContext(), { ...input, cursor: first.nextCursor })).resolves.toEqual({
      items: [branch('b')],
      nextCursor: null,
    })
  })

  it('refuses a cursor from another repository', async () => {
    nock(API)
      .get('/repos/octocat/Hello-World/branches')
      .query(true)
      .reply(200, [branch('a')], { link: link('/repos/octocat/Hello-World/branches', 'per_page=1&page=2') })
    const first = await listBranches(githubContext(), {
      repository: 'octocat/Hello-World',
      protection: undefined,
      fetchAll: false,
      limit: 1,
      cursor: undefined,
    })
    await expect(
      listBranches(githubContext(), {
        repository: 'octocat/Spoon-Knife',
        protection: undefined,
        fetchAll: false,
        limit: 1,
        cursor: first.nextCursor,
      }),
    ).rejects.toMatchObject({ kind: 'invalid_input', parameter: 'cursor' })
  })

  it.each([
    ['repository', { repository: 'octocat' }],
    ['protection', { protection: 'Locked' }],
    ['limit', { limit: 0 }],
    ['limit', { limit: 'ten' }],
  ])('rejects a bad %s before any request', async (parameter, values) => {
    const input = { repository: 'octocat/Hello-World', protection: undefined, fetchAll: false, limit: 10, cursor: undefined, ...values }
    await expect(listBranches(githubContext(), input)).rejects.toMatchObject({ kind: 'invalid_input', parameter })
  })
})

describe('createBranch', () => {
  afterEach(expectAllRequestsMade)

  it('creates refs/heads/<name> at a commit SHA without a lookup (fixture git-refs)', async () => {
    const create = recordedExchanges('git-refs').find((exchange) => exchange.method === 'post')
    if (!create) throw new Error('fixture missing')
    const scope = nock(API, { reqheaders: API_HEADERS })
      .post(create.path, create.body as nock.RequestBodyMatcher)
      .reply(create.status, create.response as nock.Body)
    const result = await createBranch(githubContext(), {
      repository: 'octokit-fixture-org/git-refs',
      branch: 'test',
      fromRef: '0000000000000000000000000000000000000002',
    })
    expect(result).toEqual({ name: 'test', sha: '0000000000000000000000000000000000000002', ref: create.response })
    expect(scope.isDone()).toBe(true)
  })

  it('resolves a branch or tag name to its commit first', async () => {
    const sha = '7fd1a60b01f91b314f59955a4e4d4e80d8edf11d'
    const scope = nock(API, { reqheaders: API_HEADERS })
      .get('/repos/octocat/Hello-World/commits')
      .query({ sha: 'v1.0.0', per_page: '1' })
      .reply(200, [{ sha, commit: { message: 'Release 1.0' } }])
      .post('/repos/octocat/Hello-World/git/refs', { ref: 'refs/heads/hotfix/1.0.1', sha })
      .reply(201, { ref: 'refs/heads/hotfix/1.0.1', node_id: 'REF_1', url: `${API}/x`, object: { type: 'commit', sha, url: `${API}/y` } })
    await expect(
      createBranch(githubContext(), { repository: 'octocat/Hello-World', branch: 'refs/heads/hotfix/1.0.1', fromRef: 'v1.0.0' }),
    ).resolves.toMatchObject({ name: 'hotfix/1.0.1', sha })
    expect(scope.isDone()).toBe(true)
  })

  it('starts from the head of the default branch when no start is given', async () => {
    const sha = 'c5b97d5ae6c19d5c5df71a34c7fbeeda2479ccbc'
    nock(API)
      .get('/repos/octocat/Hello-World/commits')
      .query({ per_page: '1' })
      .reply(200, [{ sha }])
      .post('/repos/octocat/Hello-World/git/refs', { ref: 'refs/heads/feature', sha })
      .reply(201, { ref: 'refs/heads/feature', object: { type: 'commit', sha } })
    await expect(
      createBranch(githubContext(), { repository: 'octocat/Hello-World', branch: 'feature', fromRef: '' }),
    ).resolves.toMatchObject({
      name: 'feature',
      sha,
    })
  })

  it('turns "Reference already exists" into a conflict that says so', async () => {
    nock(API)
      .post('/repos/octocat/Hello-World/git/refs')
      .reply(422, { message: 'Reference already exists', documentation_url: 'https://docs.github.com/rest/git/refs#create-a-reference' })
    await expect(
      createBranch(githubContext(), {
        repository: 'octocat/Hello-World',
        branch: 'main',
        fromRef: 'c5b97d5ae6c19d5c5df71a34c7fbeeda2479ccbc',
      }),
    ).rejects.toMatchObject({
      kind: 'conflict',
      message: expect.stringContaining('A branch named "main" already exists in octocat/Hello-World'),
    })
  })

  it('says a repository without commits cannot be branched', async () => {
    nock(API).get('/repos/octocat/empty/commits').query(true).reply(409, { message: 'Git Repository is empty.' })
    await expect(createBranch(githubContext(), { repository: 'octocat/empty', branch: 'x', fromRef: undefined })).rejects.toMatchObject({
      kind: 'conflict',
      message: expect.stringContaining('Git Repository is empty'),
    })
    nock(API).get('/repos/octocat/empty/commits').query(true).reply(200, [])
    await expect(createBranch(githubContext(), { repository: 'octocat/empty', branch: 'x', fromRef: undefined })).rejects.toMatchObject({
      kind: 'conflict',
      message: expect.stringContaining('has no commits yet'),
    })
  })

  it('maps an unknown start ref (404) to not_found naming it', async () => {
    nock(API).get('/repos/octocat/Hello-World/commits').query(true).reply(404, { message: 'No commit found for SHA: nope' })
    await expect(createBranch(githubContext(), { repository: 'octocat/Hello-World', branch: 'x', fromRef: 'nope' })).rejects.toMatchObject({
      kind: 'not_found',
      message: expect.stringContaining('"nope"'),
    })
  })

  it.each([
    ['branch', { branch: undefined }],
    ['branch', { branch: 'two words' }],
    ['branch', { branch: 'a..b' }],
    ['branch', { branch: 'ends.lock' }],
    ['branch', { branch: '/leading' }],
    ['fromRef', { fromRef: 'main~1' }],
    ['repository', { repository: 'octocat//Hello-World' }],
  ])('rejects a bad %s before any request', async (parameter, values) => {
    const input = { repository: 'octocat/Hello-World', branch: 'feature', fromRef: undefined, ...values }
    await expect(createBranch(githubContext(), input)).rejects.toMatchObject({ kind: 'invalid_input', parameter })
  })
})

describe('getRepositoriesDictionary', () => {
  afterEach(expectAllRequestsMade)

  it('lists the most recently updated repositories as owner/name with visibility and description', async () => {
    const scope = nock(API, { reqheaders: API_HEADERS })
      .get('/user/repos')
      .query({ sort: 'updated', per_page: '100' })
      .reply(200, [
        repo('octocat/Hello-World', { description: 'My first repo' }),
        repo('octo-org/secret', { private: true, visibility: 'private' }),
        repo('octo-org/old', { private: true, visibility: undefined }),
      ])
    await expect(getRepositoriesDictionary(githubContext(), undefined)).resolves.toEqual({
      items: [
        { label: 'octocat/Hello-World', value: 'octocat/Hello-World', note: 'public · My first repo' },
        { label: 'octo-org/secret', value: 'octo-org/secret', note: 'private' },
        { label: 'octo-org/old', value: 'octo-org/old', note: 'private' },
      ],
      cursor: null,
    })
    expect(scope.isDone()).toBe(true)
  })

  it('pages with the cursor', async () => {
    nock(API)
      .get('/user/repos')
      .query({ sort: 'updated', per_page: '100' })
      .reply(200, [repo('a/one')], { link: link('/user/repos', 'sort=updated&per_page=100&page=2') })
    const first = await getRepositoriesDictionary(githubContext(), {})
    expect(first.cursor).toEqual(expect.any(String))
    nock(API)
      .get('/user/repos')
      .query({ sort: 'updated', per_page: '100', page: '2' })
      .reply(200, [repo('a/two')])
    await expect(getRepositoriesDictionary(githubContext(), { cursor: first.cursor })).resolves.toMatchObject({
      items: [{ value: 'a/two' }],
      cursor: null,
    })
  })

  it('searches by filtering up to 300 repositories per call, then hands out a cursor for the rest', async () => {
    const pageOf = (n: number) =>
      Array.from({ length: 100 }, (_, i) => repo(`org/repo-${n}-${i}`, { description: i === 7 ? 'The Widget service' : null }))
    nock(API)
      .get('/user/repos')
      .query({ sort: 'updated', per_page: '100' })
      .reply(200, pageOf(1), { link: link('/user/repos', 'sort=updated&per_page=100&page=2') })
      .get('/user/repos')
      .query({ sort: 'updated', per_page: '100', page: '2' })
      .reply(200, pageOf(2), { link: link('/user/repos', 'sort=updated&per_page=100&page=3') })
      .get('/user/repos')
      .query({ sort: 'updated', per_page: '100', page: '3' })
      .reply(200, pageOf(3), { link: link('/user/repos', 'sort=updated&per_page=100&page=4') })
    const result = await getRepositoriesDictionary(githubContext(), { search: 'WIDGET' })
    expect(result.items.map((item) => item.value)).toEqual(['org/repo-1-7', 'org/repo-2-7', 'org/repo-3-7'])
    expect(result.cursor).toEqual(expect.any(String))

    nock(API)
      .get('/user/repos')
      .query({ sort: 'updated', per_page: '100', page: '4' })
      .reply(200, [repo('org/widgets')])
    await expect(getRepositoriesDictionary(githubContext(), { search: 'widget', cursor: result.cursor })).resolves.toEqual({
      items: [{ label: 'org/widgets', value: 'org/widgets', note: 'public' }],
      cursor: null,
    })
  })

  it('maps 401 to reconnect_required', async () => {
    nock(API).get('/user/repos').query(true).reply(401, { message: 'Bad credentials' })
    await expect(getRepositoriesDictionary(githubContext(), {})).rejects.toMatchObject({ kind: 'reconnect_required' })
  })
})

describe('getBranchesDictionary', () => {
  afterEach(expectAllRequestsMade)

  it.each([
    ['no criteria', {}],
    ['no repository', { criteria: {} }],
    ['an empty repository', { criteria: { repository: '  ' } }],
    ['a null repository', { criteria: { repository: null } }],
  ])('returns nothing, without a request, when there is %s', async (_case, payload) => {
    await expect(getBranchesDictionary(githubContext(), payload)).resolves.toEqual({ items: [], cursor: null })
  })

  it('lists the branches of criteria.repository, the default branch first, with default and protected notes', async () => {
    const scope = nock(API, { reqheaders: API_HEADERS })
      .get('/repos/octocat/Hello-World')
      .reply(200, repo('octocat/Hello-World', { default_branch: 'main' }))
      .get('/repos/octocat/Hello-World/branches')
      .query({ per_page: '100' })
      .reply(200, [branch('dev'), branch('main', true), branch('release', true)])
    await expect(getBranchesDictionary(githubContext(), { criteria: { repository: 'octocat/Hello-World' } })).resolves.toEqual({
      items: [
        { label: 'main', value: 'main', note: 'default · protected' },
        { label: 'dev', value: 'dev' },
        { label: 'release', value: 'release', note: 'protected' },
      ],
      cursor: null,
    })
    expect(scope.isDone()).toBe(true)
  })

  it('filters by search and pages with the cursor', async () => {
    nock(API)
      .get('/repos/octocat/Hello-World')
      .times(2)
      .reply(200, repo('octocat/Hello-World', { default_branch: 'main' }))
      .get('/repos/octocat/Hello-World/branches')
      .query({ per_page: '100' })
      .reply(200, [branch('main'), branch('feature/Login'), branch('feature/logout')], {
        link: link('/repos/octocat/Hello-World/branches', 'per_page=100&page=2'),
      })
      .get('/repos/octocat/Hello-World/branches')
      .query({ per_page: '100', page: '2' })
      .reply(200, [branch('login-fix')])
    const payload = { search: 'login', criteria: { repository: 'octocat/Hello-World' } }
    const first = await getBranchesDictionary(githubContext(), payload)
    expect(first.items.map((item) => item.value)).toEqual(['feature/Login', 'login-fix'])
    expect(first.cursor).toBeNull()

    nock(API)
      .get('/repos/octocat/Hello-World')
      .reply(200, repo('octocat/Hello-World', { default_branch: 'main' }))
      .get('/repos/octocat/Hello-World/branches')
      .query({ per_page: '100' })
      .reply(200, [branch('a')], { link: link('/repos/octocat/Hello-World/branches', 'per_page=100&page=2') })
      .get('/repos/octocat/Hello-World/branches')
      .query({ per_page: '100', page: '2' })
      .reply(200, [branch('b')])
    const unfiltered = await getBranchesDictionary(githubContext(), { criteria: { repository: 'octocat/Hello-World' } })
    expect(unfiltered.cursor).toEqual(expect.any(String))
    const more = await getBranchesDictionary(githubContext(), {
      cursor: unfiltered.cursor,
      criteria: { repository: 'octocat/Hello-World' },
    })
    expect(more).toEqual({ items: [{ label: 'b', value: 'b' }], cursor: null })
  })

  it('rejects a malformed repository in the criteria, naming repository', async () => {
    await expect(getBranchesDictionary(githubContext(), { criteria: { repository: '../secrets' } })).rejects.toMatchObject({
      kind: 'invalid_input',
      parameter: 'repository',
    })
  })
})

describe('deleteBranch', () => {
  afterEach(expectAllRequestsMade)

  it('deletes refs/heads/<branch>, keeping the slashes of the branch name', async () => {
    const scope = nock(API, { reqheaders: API_HEADERS }).delete('/repos/octocat/Hello-World/git/refs/heads/feature/login%231').reply(204)
    await expect(deleteBranch(githubContext(), { repository: 'octocat/Hello-World', branch: 'feature/login#1' })).resolves.toEqual({
      deleted: true,
      repository: 'octocat/Hello-World',
      branch: 'feature/login#1',
    })
    expect(scope.isDone()).toBe(true)
  })

  it('accepts a full refs/heads/ name (fixture git-refs)', async () => {
    const remove = recordedExchanges('git-refs').find((exchange) => exchange.method === 'delete')
    if (!remove) throw new Error('fixture missing')
    nock(API, { reqheaders: API_HEADERS }).delete(remove.path).reply(remove.status)
    await expect(
      deleteBranch(githubContext(), { repository: 'octokit-fixture-org/git-refs', branch: 'refs/heads/test' }),
    ).resolves.toMatchObject({
      branch: 'test',
    })
  })

  it('maps "Reference does not exist" to not_found', async () => {
    nock(API).delete('/repos/octocat/Hello-World/git/refs/heads/gone').reply(422, { message: 'Reference does not exist' })
    await expect(deleteBranch(githubContext(), { repository: 'octocat/Hello-World', branch: 'gone' })).rejects.toMatchObject({
      kind: 'not_found',
      message: expect.stringContaining('There is no branch "gone" in octocat/Hello-World'),
    })
  })

  it("keeps other refusals (the default branch) as validation_failed with GitHub's words", async () => {
    nock(API).delete('/repos/octocat/Hello-World/git/refs/heads/main').reply(422, { message: 'Cannot delete the default branch' })
    await expect(deleteBranch(githubContext(), { repository: 'octocat/Hello-World', branch: 'main' })).rejects.toMatchObject({
      kind: 'validation_failed',
      message: expect.stringContaining('Cannot delete the default branch'),
    })
  })

  it.each([
    ['branch', { branch: '' }],
    ['branch', { branch: '../../tags/v1' }],
    ['branch', { branch: 'a b' }],
    // URL parsing drops the "." segment: feature/x would be deleted while the result says feature/./x.
    ['branch', { branch: 'feature/./x' }],
    ['branch', { branch: 'feature/%2e/x' }],
    ['branch', { branch: 'refs/heads/./main' }],
    ['repository', { repository: 'octocat/Hello-World/x' }],
  ])('rejects a bad %s before any request', async (parameter, values) => {
    await expect(deleteBranch(githubContext(), { repository: 'octocat/Hello-World', branch: 'x', ...values })).rejects.toMatchObject({
      kind: 'invalid_input',
      parameter,
    })
  })
})

describe('listCommits', () => {
  afterEach(expectAllRequestsMade)

  const base = {
    repository: 'octocat/Hello-World',
    ref: undefined,
    path: undefined,
    author: undefined,
    since: undefined,
    until: undefined,
    fetchAll: false,
    limit: 10,
    cursor: undefined,
  }
  const commit = { sha: '6dcb09b5b57875f334f61aebed695e2e4193db5e', commit: { message: 'Fix all the bugs' } }

  it('sends every filter, converting the picked times to ISO 8601', async () => {
    const since = Date.UTC(2025, 0, 1, 8, 30)
    const scope = nock(API, { reqheaders: API_HEADERS })
      .get('/repos/octocat/Hello-World/commits')
      .query({
        sha: 'release/1.x',
        path: 'src/app.ts',
        author: 'monalisa@example.com',
        since: '2025-01-01T08:30:00.000Z',
        until: '2025-02-01T00:00:00.000Z',
        per_page: '10',
      })
      .reply(200, [commit])
    await expect(
      listCommits(githubContext(), {
        ...base,
        ref: 'release/1.x',
        path: 'src/app.ts',
        author: 'monalisa@example.com',
        since,
        until: '2025-02-01T00:00:00Z',
      }),
    ).resolves.toEqual({ items: [commit], nextCursor: null })
    expect(scope.isDone()).toBe(true)
  })

  it('lists the default branch with no filters, and pages with the cursor', async () => {
    nock(API)
      .get('/repos/octocat/Hello-World/commits')
      .query({ per_page: '10' })
      .reply(200, [commit], { link: link('/repos/octocat/Hello-World/commits', 'per_page=10&page=2') })
      .get('/repos/octocat/Hello-World/commits')
      .query({ per_page: '10', page: '2' })
      .reply(200, [])
    const first = await listCommits(githubContext(), base)
    await expect(listCommits(githubContext(), { ...base, cursor: first.nextCursor })).resolves.toEqual({ items: [], nextCursor: null })
  })

  it('maps 409 (an empty repository) to a conflict', async () => {
    nock(API).get('/repos/octocat/empty/commits').query(true).reply(409, { message: 'Git Repository is empty.' })
    await expect(listCommits(githubContext(), { ...base, repository: 'octocat/empty' })).rejects.toMatchObject({ kind: 'conflict' })
  })

  it.each([
    ['path', { path: '../x' }],
    ['ref', { ref: 'a..b' }],
    ['since', { since: 'yesterday-ish' }],
    ['until', { since: Date.UTC(2025, 1, 1), until: Date.UTC(2025, 0, 1) }],
    ['author', { author: 'a'.repeat(257) }],
    ['limit', { limit: 500 }],
  ])('rejects a bad %s before any request', async (parameter, values) => {
    await expect(listCommits(githubContext(), { ...base, ...values })).rejects.toMatchObject({ kind: 'invalid_input', parameter })
  })
})

describe('getGitignoreTemplatesDictionary', () => {
  afterEach(expectAllRequestsMade)

  it('lists the template names and filters them by search', async () => {
    nock(API, { reqheaders: API_HEADERS }).get('/gitignore/templates').times(2).reply(200, ['Java', 'JavaScript', 'Node', 'Python'])
    await expect(getGitignoreTemplatesDictionary(githubContext(), {})).resolves.toMatchObject({
      items: expect.arrayContaining([{ label: 'Node', value: 'Node' }]),
      cursor: null,
    })
    await expect(getGitignoreTemplatesDictionary(githubContext(), { search: 'java' })).resolves.toEqual({
      items: [
        { label: 'Java', value: 'Java' },
        { label: 'JavaScript', value: 'JavaScript' },
      ],
      cursor: null,
    })
  })
})

describe('getLicensesDictionary', () => {
  afterEach(expectAllRequestsMade)

  const licenses = [
    { key: 'mit', name: 'MIT License', spdx_id: 'MIT', url: `${API}/licenses/mit`, node_id: 'L1' },
    { key: 'apache-2.0', name: 'Apache License 2.0', spdx_id: 'Apache-2.0', url: `${API}/licenses/apache-2.0`, node_id: 'L2' },
  ]

  it('offers the license keyword as value, with the SPDX id as note, and filters by search', async () => {
    nock(API, { reqheaders: API_HEADERS }).get('/licenses').query({ per_page: '100' }).times(2).reply(200, licenses)
    await expect(getLicensesDictionary(githubContext(), undefined)).resolves.toEqual({
      items: [
        { label: 'MIT License', value: 'mit', note: 'MIT' },
        { label: 'Apache License 2.0', value: 'apache-2.0', note: 'Apache-2.0' },
      ],
      cursor: null,
    })
    await expect(getLicensesDictionary(githubContext(), { search: 'apache' })).resolves.toMatchObject({ items: [{ value: 'apache-2.0' }] })
  })
})
