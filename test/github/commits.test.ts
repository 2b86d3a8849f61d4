import nock from 'nock'
import { compareRefs, getCommit, listCommitPullRequests } from '../../src/github/commits'
import { API, API_HEADERS, expectInvalidInput, githubContext } from '../helpers/github'

const REPO = 'octocat/Hello-World'
const BASE = '/repos/octocat/Hello-World'
const SHA = '6dcb09b5b57875f334f61aebed695e2e4193db5e'

describe('commits', () => {
  it('reads a commit by branch, the branch one encoded path segment', async () => {
    const scope = nock(API, { reqheaders: API_HEADERS }).get(`${BASE}/commits/feature%2Flogin`).reply(200, { sha: SHA, files: [] })
    await expect(getCommit(githubContext(), { repository: REPO, ref: 'feature/login' })).resolves.toMatchObject({ sha: SHA })
    expect(scope.isDone()).toBe(true)
    await expectInvalidInput(getCommit(githubContext(), { repository: REPO, ref: undefined }), 'ref')
  })

  it('compares base...head in one segment, and refuses refs that would make the pair ambiguous', async () => {
    const scope = nock(API).get(`${BASE}/compare/main...feature%2Flogin`).reply(200, { status: 'ahead', ahead_by: 2 })
    await expect(compareRefs(githubContext(), { repository: REPO, base: 'main', head: 'feature/login' })).resolves.toMatchObject({
      ahead_by: 2,
    })
    expect(scope.isDone()).toBe(true)
    await expectInvalidInput(compareRefs(githubContext(), { repository: REPO, base: 'main...x', head: 'y' }), 'base')
    await expectInvalidInput(compareRefs(githubContext(), { repository: REPO, base: 'main', head: undefined }), 'head')
  })

  it('lists the pull requests of a full SHA only', async () => {
    nock(API)
      .get(`${BASE}/commits/${SHA}/pulls`)
      .query({ per_page: '30' })
      .reply(200, [{ number: 1347 }])
    const page = await listCommitPullRequests(githubContext(), {
      repository: REPO,
      sha: SHA,
      fetchAll: undefined,
      limit: undefined,
      cursor: undefined,
    })
    expect(page.items.map((pull) => pull.number)).toEqual([1347])
    await expectInvalidInput(
      listCommitPullRequests(githubContext(), { repository: REPO, sha: 'main', fetchAll: undefined, limit: undefined, cursor: undefined }),
      'sha',
    )
  })
})
