import nock from 'nock'
import { listAll, sameListing } from '../../src/github/pagination'
import { API, githubContext } from '../helpers/github'
import { recordedExchanges } from '../helpers/octokit-fixtures'

// GitHub's next links name repositories by id (/repositories/1000/issues?page=2), as the
// recorded paginate-issues exchange shows; they continue the same listing.
describe('pagination across id-based next links', () => {
  const call = {
    operation: 'issues/list-for-repo' as const,
    method: 'GET' as const,
    path: '/repos/octokit-fixture-org/paginate-issues/issues',
    subject: 'issues',
  }

  function replayRecording(): void {
    for (const exchange of recordedExchanges('paginate-issues')) {
      nock(API)
        .get(exchange.path)
        .reply(exchange.status, exchange.response as nock.Body, { link: exchange.headers['link'] ?? '' })
    }
  }

  it('returns a cursor for the next page and the cursor continues there', async () => {
    replayRecording()
    const first = await listAll(githubContext(), call, { mode: 'page', pageSize: 3, limit: 3 })
    expect(first.items).toHaveLength(3)
    expect(first.nextCursor).not.toBeNull()
    const second = await listAll(githubContext(), call, { mode: 'page', pageSize: 3, limit: 3, cursor: first.nextCursor ?? '' })
    expect(second.items).toHaveLength(3)
    expect(second.items).not.toEqual(first.items)
  })

  it('follows every page in fetch-all mode', async () => {
    replayRecording()
    const all = await listAll(githubContext(), call, { mode: 'all', pageSize: 3, limit: 1000 })
    const recordedTotal = recordedExchanges('paginate-issues').reduce(
      (sum, e) => sum + (Array.isArray(e.response) ? e.response.length : 0),
      0,
    )
    expect(all.items).toHaveLength(recordedTotal)
    expect(all.nextCursor).toBeNull()
  })

  it('accepts only links that address the same listing', () => {
    expect(sameListing('/repos/o/r/issues', '/repositories/12/issues')).toBe(true)
    expect(sameListing('/orgs/acme/repos', '/organizations/7/repos')).toBe(true)
    expect(sameListing('/users/octocat/repos', '/user/583231/repos')).toBe(true)
    expect(sameListing('/repos/o/r/issues', '/repositories/12/pulls')).toBe(false)
    expect(sameListing('/repos/o/r/issues', '/repositories/x/issues')).toBe(false)
    expect(sameListing('/repos/o/r/issues', '/user/repos')).toBe(false)
  })

  it('refuses a cursor made for another listing', async () => {
    replayRecording()
    const first = await listAll(githubContext(), call, { mode: 'page', pageSize: 3, limit: 3 })
    await expect(
      listAll(
        githubContext(),
        { ...call, path: '/repos/other/repo/issues' },
        { mode: 'page', pageSize: 3, limit: 3, cursor: first.nextCursor ?? '' },
      ),
    ).rejects.toMatchObject({ kind: 'invalid_input', parameter: 'cursor' })
  })
})
