import fc from 'fast-check'
import nock from 'nock'
import { listAll, nextLink, type ListOptions } from '../../src/github/pagination'
import { resolveServer } from '../../src/github/settings'
import type { ApiCall, GitHubContext } from '../../src/github/api'
import { API, API_HEADERS, githubContext } from '../helpers/github'
import { unmatchedRequests } from '../helpers/network'

const call: ApiCall = {
  operation: 'issues/list-for-repo',
  method: 'GET',
  path: '/repos/octo/hello/issues',
  query: { state: 'open' },
  subject: 'the issues of octo/hello',
}
const page = (overrides: Partial<ListOptions> = {}): ListOptions => ({ mode: 'page', pageSize: 2, limit: 2, ...overrides })
const all = (limit: number): ListOptions => ({ mode: 'all', pageSize: 2, limit })
const link = (query: string, rel = 'next'): string =>
  `<${API}/repos/octo/hello/issues?${query}>; rel="${rel}", <${API}/repos/octo/hello/issues?page=9>; rel="last"`

describe('listAll', () => {
  it('reads one page with per_page, and returns a cursor that continues the list', async () => {
    const first = nock(API, { reqheaders: API_HEADERS })
      .get('/repos/octo/hello/issues')
      .query({ state: 'open', per_page: '2' })
      .reply(200, [{ n: 1 }, { n: 2 }], { link: link('state=open&per_page=2&page=2') })
    const one = await listAll(githubContext(), call, page())
    expect(one.items).toEqual([{ n: 1 }, { n: 2 }])
    expect(one.nextCursor).toEqual(expect.any(String))
    expect(first.isDone()).toBe(true)

    const second = nock(API)
      .get('/repos/octo/hello/issues')
      .query({ state: 'open', per_page: '2', page: '2' })
      .reply(200, [{ n: 3 }])
    const two = await listAll(githubContext(), call, page({ cursor: one.nextCursor ?? '' }))
    expect(two).toEqual({ items: [{ n: 3 }], nextCursor: null })
    expect(second.isDone()).toBe(true)
  })

  it('follows the pages up to the limit', async () => {
    const scope = nock(API)
      .get('/repos/octo/hello/issues')
      .query({ state: 'open', per_page: '2' })
      .reply(200, [{ n: 1 }, { n: 2 }], { link: link('state=open&per_page=2&page=2') })
      .get('/repos/octo/hello/issues')
      .query({ state: 'open', per_page: '2', page: '2' })
      .reply(200, [{ n: 3 }, { n: 4 }], { link: link('state=open&per_page=2&page=3') })
    const result = await listAll(githubContext(), call, all(4))
    expect(result.items.map((item) => (item as { n: number }).n)).toEqual([1, 2, 3, 4])
    expect(result.nextCursor).toEqual(expect.any(String))
    expect(scope.isDone()).toBe(true)
  })

  it('stops at the last page with no cursor', async () => {
    nock(API)
      .get('/repos/octo/hello/issues')
      .query(true)
      .reply(200, [{ n: 1 }, { n: 2 }], { link: link('state=open&per_page=2&page=2') })
      .get('/repos/octo/hello/issues')
      .query(true)
      .reply(200, [{ n: 3 }], { link: `<${API}/repos/octo/hello/issues?page=1>; rel="prev"` })
    await expect(listAll(githubContext(), call, all(10))).resolves.toEqual({ items: [{ n: 1 }, { n: 2 }, { n: 3 }], nextCursor: null })
  })

  it('cuts a page short at the limit, and then gives no cursor (a page cannot be resumed by link)', async () => {
    nock(API)
      .get('/repos/octo/hello/issues')
      .query(true)
      .reply(200, [{ n: 1 }, { n: 2 }], { link: link('per_page=2&page=2') })
      .get('/repos/octo/hello/issues')
      .query(true)
      .reply(200, [{ n: 3 }, { n: 4 }], { link: link('per_page=2&page=3') })
    await expect(listAll(githubContext(), call, all(3))).resolves.toEqual({ items: [{ n: 1 }, { n: 2 }, { n: 3 }], nextCursor: null })
  })

  it('extracts items from wrapped answers and reports total_count', async () => {
    nock(API)
      .get('/search/issues')
      .query(true)
      .reply(200, { total_count: 42, incomplete_results: false, items: [{ n: 1 }] })
    const result = await listAll(
      githubContext(),
      { operation: 'search/issues-and-pull-requests', method: 'GET', path: '/search/issues', query: { q: 'x' }, subject: 'the search' },
      page(),
      (data) => (data as { items: unknown[] }).items,
    )
    expect(result).toEqual({ items: [{ n: 1 }], nextCursor: null, totalCount: 42 })
  })

  it('ignores a next link to another origin or another path', async () => {
    nock(API)
      .get('/repos/octo/hello/issues')
      .query(true)
      .reply(200, [{ n: 1 }, { n: 2 }], { link: '<https://evil.test/repos/octo/hello/issues?page=2>; rel="next"' })
    await expect(listAll(githubContext(), call, all(10))).resolves.toMatchObject({ nextCursor: null })
    nock(API)
      .get('/repos/octo/hello/issues')
      .query(true)
      .reply(200, [{ n: 1 }, { n: 2 }], { link: `<${API}/user/repos?page=2>; rel="next"` })
    await expect(listAll(githubContext(), call, all(10))).resolves.toMatchObject({ nextCursor: null })
  })

  it.each([
    'not-a-cursor',
    Buffer.from(JSON.stringify({ p: '/user/repos', q: { page: '2' } })).toString('base64url'),
    Buffer.from('{"p":').toString('base64url'),
  ])('refuses a cursor of another list (%s) before calling GitHub', async (cursor) => {
    const scope = nock(API).get('/repos/octo/hello/issues').query(true).reply(200, [])
    await expect(listAll(githubContext(), call, page({ cursor }))).rejects.toMatchObject({ kind: 'invalid_input', parameter: 'cursor' })
    expect(scope.isDone()).toBe(false)
  })
})

/** A real cursor: one page of `call` read with `context`, GitHub linking to page 2. */
async function cursorOf(
  context: GitHubContext = githubContext(),
  listing: ApiCall = call,
  linkPath = '/repos/octo/hello/issues',
): Promise<string> {
  nock(API)
    .get(listing.path)
    .query(true)
    .reply(200, [{ n: 1 }, { n: 2 }], { link: `<${API}${linkPath}?state=open&per_page=2&page=2>; rel="next"` })
  const { nextCursor } = await listAll(context, listing, page())
  if (nextCursor === null) throw new Error('no cursor')
  return nextCursor
}

/** Refused as a foreign cursor, with no request sent at all. */
async function expectRefused(cursor: string, context: GitHubContext = githubContext(), listing: ApiCall = call): Promise<void> {
  const trap = nock(API).get(/.*/).query(true).reply(200, [])
  await expect(listAll(context, listing, page({ cursor }))).rejects.toMatchObject({
    kind: 'invalid_input',
    parameter: 'cursor',
    message: expect.stringContaining('belongs to another listing or connection'),
  })
  expect(trap.isDone()).toBe(false)
  nock.cleanAll()
  expect(unmatchedRequests()).toEqual([])
}

describe('the cursor is sealed (issue 8: a crafted cursor listed another repository)', () => {
  const other = (token: string): GitHubContext => githubContext({ token })

  it('refuses a hand-made cursor naming another repository by id', async () => {
    const crafted = Buffer.from(JSON.stringify({ p: call.path, l: '/repositories/999/issues', q: { page: '2' } })).toString('base64url')
    await expectRefused(crafted)
  })

  it('continues a listing GitHub links by repository id (the cursor it made itself)', async () => {
    const cursor = await cursorOf(githubContext(), call, '/repositories/1296269/issues')
    const scope = nock(API).get('/repositories/1296269/issues').query({ state: 'open', per_page: '2', page: '2' }).reply(200, [])
    await expect(listAll(githubContext(), call, page({ cursor }))).resolves.toEqual({ items: [], nextCursor: null })
    expect(scope.isDone()).toBe(true)
  })

  it('refuses the cursor of another repository, other filters, another operation or another connection', async () => {
    const cursor = await cursorOf(githubContext({ operation: 'listIssues' }))
    await expectRefused(cursor, githubContext({ operation: 'listIssues' }), { ...call, path: '/repos/octo/other/issues' })
    await expectRefused(cursor, githubContext({ operation: 'listIssues' }), { ...call, query: { state: 'closed' } })
    await expectRefused(cursor, githubContext({ operation: 'getIssuesDictionary' }))
    await expectRefused(cursor, { ...other('gho_OTHERtoken0123456789abcdefABCDEF'), operation: 'listIssues' })
    // The control: the same listing, operation and connection continue.
    const scope = nock(API).get('/repos/octo/hello/issues').query({ state: 'open', per_page: '2', page: '2' }).reply(200, [])
    await listAll(githubContext({ operation: 'listIssues' }), call, page({ cursor }))
    expect(scope.isDone()).toBe(true)
  })

  it('stays well under the 2000 characters a cursor input may have, even for a long search', async () => {
    const search: ApiCall = {
      operation: 'search/issues-and-pull-requests',
      method: 'GET',
      path: '/search/issues',
      query: { q: 'x'.repeat(256) },
      subject: 'the search',
    }
    nock(API)
      .get('/search/issues')
      .query(true)
      .reply(200, { items: [{ n: 1 }, { n: 2 }] }, { link: `<${API}/search/issues?q=${'x'.repeat(256)}&per_page=2&page=2>; rel="next"` })
    const { nextCursor } = await listAll(githubContext(), search, page(), (data) => (data as { items: unknown[] }).items)
    expect(nextCursor).toEqual(expect.any(String))
    expect(nextCursor?.length).toBeLessThan(200)
  })

  it('refuses any change to a cursor (fast-check), with no request', async () => {
    const cursor = await cursorOf()
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.='.split('')
    const changed = fc.oneof(
      // one character replaced
      fc
        .tuple(fc.nat({ max: cursor.length - 1 }), fc.constantFrom(...alphabet))
        .map(([at, char]) => cursor.slice(0, at) + char + cursor.slice(at + 1)),
      // cut short, or extended
      fc.nat({ max: cursor.length - 1 }).map((length) => cursor.slice(0, length)),
      fc.string({ unit: fc.constantFrom(...alphabet), minLength: 1, maxLength: 20 }).map((tail) => cursor + tail),
      // characters inserted
      fc
        .tuple(fc.nat({ max: cursor.length }), fc.string({ unit: fc.constantFrom(...alphabet), minLength: 1, maxLength: 4 }))
        .map(([at, text]) => cursor.slice(0, at) + text + cursor.slice(at)),
      // anything at all
      fc.string({ maxLength: 300 }),
    )
    await fc.assert(
      fc.asyncProperty(
        changed.filter((value) => value !== cursor && value.trim() !== ''),
        async (value) => {
          await expectRefused(value)
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('nextLink', () => {
  it('reads rel="next" relative to the Enterprise Server API base', () => {
    const apiBase = resolveServer('https://ghe.example.com').apiBase
    expect(nextLink('<https://ghe.example.com/api/v3/repos/o/r/issues?page=2&per_page=50>; rel="next"', apiBase)).toEqual({
      path: '/repos/o/r/issues',
      query: { page: '2', per_page: '50' },
    })
  })

  it('finds nothing without a next relation or with a garbled header', () => {
    expect(nextLink(undefined, API)).toBeUndefined()
    expect(nextLink(`<${API}/x?page=1>; rel="prev"`, API)).toBeUndefined()
    expect(nextLink('garbage', API)).toBeUndefined()
    expect(nextLink('<not a url>; rel="next"', API)).toBeUndefined()
  })
})
