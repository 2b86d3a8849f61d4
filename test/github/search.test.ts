import nock from 'nock'
import { getUsersDictionary, searchCode, searchIssues, searchRepositories, searchUsers } from '../../src/github/search'
import { API, API_HEADERS, expectInvalidInput, githubContext } from '../helpers/github'
import { recordedExchange } from '../helpers/octokit-fixtures'

function api(headers: Record<string, string> = API_HEADERS): nock.Scope {
  return nock(API, { reqheaders: headers })
}

function page(total: number, numbers: number[], incomplete = false): object {
  return { total_count: total, incomplete_results: incomplete, items: numbers.map((number) => ({ number, title: `Issue ${number}` })) }
}

describe('searchIssues', () => {
  it('sends the query of the recorded search-issues scenario and returns items, totals and no cursor', async () => {
    const recorded = recordedExchange('search-issues', 0, 'GET', '/search/issues?q=sesame%20repo%3Aoctokit-fixture-org%2Fsearch-issues')
    const scope = api()
      .get('/search/issues')
      .query({ q: 'sesame repo:octokit-fixture-org/search-issues', per_page: '30' })
      .reply(recorded.status, recorded.response as object)
    const result = await searchIssues(githubContext(), { query: 'sesame repo:octokit-fixture-org/search-issues' })
    expect(result.items.map((item) => item.number)).toEqual([2, 1])
    expect(result).toMatchObject({ totalCount: 2, incompleteResults: false, nextCursor: null })
    expect(scope.isDone()).toBe(true)
  })

  it('maps sort and order, and returns a cursor that continues the search', async () => {
    const link = `<${API}/search/issues?q=is%3Aissue+label%3Abug&sort=created&order=asc&per_page=2&page=2>; rel="next"`
    api()
      .get('/search/issues')
      .query({ q: 'is:issue label:bug', sort: 'created', order: 'asc', per_page: '2' })
      .reply(200, page(5, [1, 2]), { link })
    const first = await searchIssues(githubContext(), { query: 'is:issue label:bug', sort: 'Created', order: 'Ascending', limit: 2 })
    expect(first).toMatchObject({ totalCount: 5, items: [{ number: 1 }, { number: 2 }], nextCursor: expect.any(String) })
    const scope = api()
      .get('/search/issues')
      .query({ q: 'is:issue label:bug', sort: 'created', order: 'asc', per_page: '2', page: '2' })
      .reply(200, page(5, [3, 4], true))
    const second = await searchIssues(githubContext(), {
      query: 'is:issue label:bug',
      sort: 'Created',
      order: 'Ascending',
      limit: 2,
      cursor: first.nextCursor,
    })
    expect(second).toMatchObject({ items: [{ number: 3 }, { number: 4 }], totalCount: 5, incompleteResults: true, nextCursor: null })
    expect(scope.isDone()).toBe(true)
  })

  it('sends neither sort nor order for Best Match', async () => {
    const scope = api().get('/search/issues').query({ q: 'crash', per_page: '30' }).reply(200, page(0, []))
    await expect(searchIssues(githubContext(), { query: 'crash', sort: 'Best Match', order: 'Ascending' })).resolves.toEqual({
      items: [],
      nextCursor: null,
      totalCount: 0,
      incompleteResults: false,
    })
    expect(scope.isDone()).toBe(true)
  })

  it('follows the pages up to the limit with Fetch All Pages', async () => {
    const link = (n: number): string => `<${API}/search/issues?q=bug&per_page=100&page=${n}>; rel="next"`
    const hundred = (from: number): number[] => Array.from({ length: 100 }, (_, i) => from + i)
    const scope = api()
      .get('/search/issues')
      .query({ q: 'bug', per_page: '100' })
      .reply(200, page(4000, hundred(1)), { link: link(2) })
      .get('/search/issues')
      .query({ q: 'bug', per_page: '100', page: '2' })
      .reply(200, page(4000, hundred(101)), { link: link(3) })
    const result = await searchIssues(githubContext(), { query: 'bug', fetchAll: true, limit: 200 })
    expect(result.items).toHaveLength(200)
    expect(result.totalCount).toBe(4000)
    expect(result.nextCursor).toEqual(expect.any(String))
    expect(scope.isDone()).toBe(true)
  })

  it.each([
    [{ query: '' }, 'query'],
    [{ query: 'x'.repeat(1025) }, 'query'],
    [{ query: 'bug', sort: 'Stars' }, 'sort'],
    [{ query: 'bug', order: 'Random' }, 'order'],
    [{ query: 'bug', limit: 0 }, 'limit'],
    [{ query: 'bug', fetchAll: 'sometimes' }, 'fetchAll'],
    [{ query: 'bug', cursor: 'abc' }, 'cursor'],
  ])('rejects case %# naming the parameter, without a request', async (input, parameter) => {
    await expectInvalidInput(searchIssues(githubContext(), input), parameter)
  })

  it('maps 422 (e.g. beyond the first 1000 results) to validation_failed', async () => {
    api().get('/search/issues').query(true).reply(422, { message: 'Only the first 1000 search results are available', errors: [] })
    await expect(searchIssues(githubContext(), { query: 'bug' })).rejects.toMatchObject({
      kind: 'validation_failed',
      message: expect.stringContaining('Only the first 1000 search results are available'),
    })
  })

  it('maps the used-up search rate limit to rate_limited with the reset time', async () => {
    api().get('/search/issues').query(true).reply(
      403,
      { message: 'API rate limit exceeded' },
      {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-limit': '30',
        'x-ratelimit-resource': 'search',
        'x-ratelimit-reset': '1700000060',
      },
    )
    await expect(searchIssues(githubContext(), { query: 'bug' })).rejects.toMatchObject({
      kind: 'rate_limited',
      message: expect.stringMatching(/"search".*It resets at 2023-11-14T22:14:20.000Z/),
    })
  })
})

describe('searchRepositories', () => {
  it('maps the sort and returns repositories', async () => {
    const scope = api()
      .get('/search/repositories')
      .query({ q: 'tetris language:assembly', sort: 'help-wanted-issues', order: 'desc', per_page: '5' })
      .reply(200, { total_count: 1, incomplete_results: false, items: [{ id: 1, full_name: 'dtrupenn/Tetris' }] })
    await expect(
      searchRepositories(githubContext(), { query: 'tetris language:assembly', sort: 'Help Wanted Issues', order: 'Descending', limit: 5 }),
    ).resolves.toEqual({ items: [{ id: 1, full_name: 'dtrupenn/Tetris' }], nextCursor: null, totalCount: 1, incompleteResults: false })
    expect(scope.isDone()).toBe(true)
  })

  it('rejects an issue-only sort without a request', async () => {
    await expectInvalidInput(searchRepositories(githubContext(), { query: 'tetris', sort: 'Comments' }), 'sort')
  })

  it('maps 503 (search unavailable) to upstream_unavailable after the read retries', async () => {
    const scope = api().get('/search/repositories').query(true).times(4).reply(503, { message: 'Service unavailable' })
    await expect(searchRepositories(githubContext(), { query: 'tetris' })).rejects.toMatchObject({ kind: 'upstream_unavailable' })
    expect(scope.isDone()).toBe(true)
  })
})

describe('searchCode', () => {
  it('searches code with the default media type', async () => {
    const item = { name: 'classes.js', path: 'src/attributes/classes.js', sha: 'd7212f9', repository: { full_name: 'jquery/jquery' } }
    const scope = api()
      .get('/search/code')
      .query({ q: 'addClass in:file language:js repo:jquery/jquery', per_page: '30' })
      .reply(200, { total_count: 1, incomplete_results: false, items: [item] })
    await expect(searchCode(githubContext(), { query: 'addClass in:file language:js repo:jquery/jquery' })).resolves.toEqual({
      items: [item],
      nextCursor: null,
      totalCount: 1,
      incompleteResults: false,
    })
    expect(scope.isDone()).toBe(true)
  })

  it('asks for text matches with the text-match media type', async () => {
    const scope = api({ ...API_HEADERS, accept: 'application/vnd.github.text-match+json' })
      .get('/search/code')
      .query({ q: 'addClass', per_page: '30' })
      .reply(200, { total_count: 1, incomplete_results: false, items: [{ name: 'a.js', text_matches: [{ fragment: 'addClass' }] }] })
    const result = await searchCode(githubContext(), { query: 'addClass', textMatches: true })
    expect(result.items[0]?.text_matches).toEqual([{ fragment: 'addClass' }])
    expect(scope.isDone()).toBe(true)
  })

  it('rejects a missing query or a wrong toggle without a request', async () => {
    await expectInvalidInput(searchCode(githubContext(), { query: '  ' }), 'query')
    await expectInvalidInput(searchCode(githubContext(), { query: 'x', textMatches: 'on' }), 'textMatches')
  })

  it('maps 401 to reconnect_required', async () => {
    api().get('/search/code').query(true).reply(401, { message: 'Requires authentication' })
    await expect(searchCode(githubContext(), { query: 'x' })).rejects.toMatchObject({ kind: 'reconnect_required' })
  })
})

describe('searchUsers and the users dictionary', () => {
  it('searches users with a sort, and offers logins only once something is typed', async () => {
    nock(API)
      .get('/search/users')
      .query({ q: 'mona location:berlin', sort: 'followers', order: 'desc', per_page: '30' })
      .reply(200, { total_count: 1, incomplete_results: false, items: [{ login: 'mona', type: 'User' }] })
    const found = await searchUsers(githubContext(), { query: 'mona location:berlin', sort: 'Followers', order: 'Descending' })
    expect(found).toMatchObject({ totalCount: 1, items: [{ login: 'mona' }] })
    await expect(getUsersDictionary(githubContext(), {})).resolves.toEqual({ items: [], cursor: null })
    nock(API)
      .get('/search/users')
      .query({ q: 'oct cat in:login in:name', per_page: '30' })
      .reply(200, { total_count: 1, items: [{ login: 'octocat', type: 'User' }] })
    await expect(getUsersDictionary(githubContext(), { search: 'oct:cat' })).resolves.toEqual({
      items: [{ label: 'octocat', value: 'octocat', note: 'User' }],
      cursor: null,
    })
  })
})
