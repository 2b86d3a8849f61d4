import nock from 'nock'
import { listAll, nextLink, type ListOptions } from '../../src/github/pagination'
import { resolveServer } from '../../src/github/settings'
import type { ApiCall } from '../../src/github/api'
import { API, API_HEADERS, githubContext } from '../helpers/github'

const call: ApiCall = { method: 'GET', path: '/repos/octo/hello/issues', query: { state: 'open' }, subject: 'the issues of octo/hello' }
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
      { method: 'GET', path: '/search/issues', query: { q: 'x' }, subject: 'the search' },
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
