import nock from 'nock'
import {
  createCommitStatus,
  getCheckNamesDictionary,
  getCheckRun,
  getCiSummary,
  getCombinedStatus,
  listCheckRuns,
  listCheckSuites,
  rerequestCheckSuite,
} from '../../src/github/checks'
import { API, API_HEADERS, expectInvalidInput, githubContext } from '../helpers/github'

const REPO = 'octocat/Hello-World'
const BASE = '/repos/octocat/Hello-World'
const SHA = '6dcb09b5b57875f334f61aebed695e2e4193db5e'
const page = { fetchAll: undefined, limit: undefined, cursor: undefined }

const run = (name: string, status: string, conclusion: string | null) => ({
  name,
  status,
  conclusion,
  html_url: `https://github.com/octocat/Hello-World/runs/${name}`,
  output: { title: `${name} report`, annotations_count: 0 },
})
const status = (context: string, state: string) => ({ context, state, target_url: null, description: `${context} said ${state}` })

function answer(statuses: unknown[], runs: unknown[], ref = SHA): void {
  nock(API)
    .get(`${BASE}/commits/${encodeURIComponent(ref)}/status`)
    .query({ per_page: '100' })
    .reply(200, { state: 'x', sha: SHA, statuses })
  nock(API)
    .get(`${BASE}/commits/${encodeURIComponent(ref)}/check-runs`)
    .query({ filter: 'latest', per_page: '100' })
    .reply(200, { total_count: runs.length, check_runs: runs })
}

describe('commit statuses', () => {
  it('sets a status on a full SHA with the state picked', async () => {
    const scope = nock(API, { reqheaders: API_HEADERS })
      .post(`${BASE}/statuses/${SHA}`, { state: 'failure', context: 'ci/build', target_url: 'https://ci.example.com/1' })
      .reply(201, { id: 1, state: 'failure' })
    const input = {
      repository: REPO,
      sha: SHA.toUpperCase(),
      state: 'Failure',
      context: 'ci/build',
      description: undefined,
      targetUrl: 'https://ci.example.com/1',
    }
    await expect(createCommitStatus(githubContext(), input)).resolves.toMatchObject({ state: 'failure' })
    expect(scope.isDone()).toBe(true)
    await expectInvalidInput(createCommitStatus(githubContext(), { ...input, sha: 'main' }), 'sha')
    await expectInvalidInput(createCommitStatus(githubContext(), { ...input, state: 'Green' }), 'state')
    await expectInvalidInput(createCommitStatus(githubContext(), { ...input, description: 'x'.repeat(141) }), 'description')
  })

  it('reads the combined status of a branch with a slash in its name (one encoded segment)', async () => {
    nock(API).get(`${BASE}/commits/feature%2Flogin/status`).query({ per_page: '100' }).reply(200, { state: 'pending', statuses: [] })
    await expect(getCombinedStatus(githubContext(), { repository: REPO, ref: 'feature/login' })).resolves.toMatchObject({
      state: 'pending',
    })
    await expectInvalidInput(getCombinedStatus(githubContext(), { repository: REPO, ref: '' }), 'ref')
  })
})

describe('check runs and suites', () => {
  it('lists the latest runs of one name by default, every run when asked, out of their wrapper', async () => {
    nock(API)
      .get(`${BASE}/commits/main/check-runs`)
      .query({ check_name: 'build', filter: 'latest', per_page: '30' })
      .reply(200, { total_count: 1, check_runs: [{ id: 4 }] })
    const latest = await listCheckRuns(githubContext(), {
      repository: REPO,
      ref: 'main',
      checkName: 'build',
      status: undefined,
      latestOnly: undefined,
      ...page,
    })
    expect(latest.items).toEqual([{ id: 4 }])
    nock(API)
      .get(`${BASE}/commits/main/check-runs`)
      .query({ status: 'in_progress', filter: 'all', per_page: '30' })
      .reply(200, { total_count: 2, check_runs: [{ id: 4 }, { id: 3 }] })
    const all = await listCheckRuns(githubContext(), {
      repository: REPO,
      ref: 'main',
      checkName: undefined,
      status: 'In Progress',
      latestOnly: false,
      ...page,
    })
    expect(all.items.map((item) => item.id)).toEqual([4, 3])
    nock(API)
      .get(`${BASE}/commits/v1.0/check-suites`)
      .query({ per_page: '30' })
      .reply(200, { total_count: 1, check_suites: [{ id: 5 }] })
    const suites = await listCheckSuites(githubContext(), { repository: REPO, ref: 'v1.0', checkName: undefined, ...page })
    expect(suites.items).toEqual([{ id: 5 }])
  })

  it('gets a run with its annotations, and reads none when the run has none', async () => {
    nock(API)
      .get(`${BASE}/check-runs/4`)
      .reply(200, { id: 4, output: { annotations_count: 1 } })
    nock(API)
      .get(`${BASE}/check-runs/4/annotations`)
      .query({ per_page: '100' })
      .reply(200, [{ path: 'README.md', message: 'typo' }], {
        link: `<${API}${BASE}/check-runs/4/annotations?per_page=100&page=2>; rel="next"`,
      })
    await expect(getCheckRun(githubContext(), { repository: REPO, checkRunId: 4 })).resolves.toMatchObject({
      id: 4,
      annotations: [{ path: 'README.md' }],
      moreAnnotations: true,
    })
    const scope = nock(API)
      .get(`${BASE}/check-runs/5`)
      .reply(200, { id: 5, output: { annotations_count: 0 } })
    await expect(getCheckRun(githubContext(), { repository: REPO, checkRunId: 5 })).resolves.toMatchObject({
      annotations: [],
      moreAnnotations: false,
    })
    expect(scope.isDone()).toBe(true)
  })

  it('re-requests a suite and says which', async () => {
    const scope = nock(API).post(`${BASE}/check-suites/5/rerequest`).reply(201, {})
    await expect(rerequestCheckSuite(githubContext(), { repository: REPO, checkSuiteId: '5' })).resolves.toEqual({
      repository: REPO,
      checkSuiteId: 5,
      rerequested: true,
    })
    expect(scope.isDone()).toBe(true)
  })

  it('offers each check name once, from the head of the default branch when no ref is picked', async () => {
    nock(API)
      .get(`${BASE}/commits/HEAD/check-runs`)
      .query({ filter: 'latest', per_page: '100' })
      .reply(200, {
        check_runs: [
          { name: 'build', app: { name: 'GitHub Actions' } },
          { name: 'build' },
          { name: 'lint', app: { name: 'GitHub Actions' } },
        ],
      })
    const page = await getCheckNamesDictionary(githubContext(), { criteria: { repository: REPO } })
    expect(page.items.map((item) => item.value)).toEqual(['build', 'lint'])
    await expect(getCheckNamesDictionary(githubContext(), { criteria: {} })).resolves.toEqual({ items: [], cursor: null })
  })
})

describe('CI summary', () => {
  const summary = (ref: string) => getCiSummary(githubContext(), { repository: REPO, ref, pullNumber: undefined })

  it('is failing when any check failed, naming it, even while others are pending', async () => {
    answer(
      [status('ci/jenkins', 'success')],
      [run('build', 'completed', 'failure'), run('deploy', 'queued', null), run('docs', 'completed', 'skipped')],
    )
    const result = await summary(SHA)
    expect(result).toMatchObject({ state: 'failing', sha: SHA, total: 4, incomplete: false })
    expect(result.failing).toEqual([
      { name: 'build', kind: 'check run', result: 'failure', url: expect.any(String), summary: 'build report' },
    ])
    expect(result.pending.map((check) => check.name)).toEqual(['deploy'])
    expect(result.passing.map((check) => check.name)).toEqual(['ci/jenkins', 'docs'])
  })

  it('is pending while a status is pending, passing when all passed, none when nothing reported', async () => {
    answer([status('ci/jenkins', 'pending')], [run('build', 'completed', 'success')])
    await expect(summary(SHA)).resolves.toMatchObject({ state: 'pending' })
    answer([status('ci/jenkins', 'success')], [run('build', 'completed', 'neutral')])
    await expect(summary(SHA)).resolves.toMatchObject({ state: 'passing', failing: [], pending: [] })
    answer([], [])
    await expect(summary(SHA)).resolves.toMatchObject({ state: 'none', total: 0 })
    answer([status('ci/jenkins', 'error')], [])
    await expect(summary(SHA)).resolves.toMatchObject({ state: 'failing' })
  })

  it("summarises a pull request's head commit, and wants exactly one of ref and pull request", async () => {
    nock(API)
      .get(`${BASE}/pulls/7`)
      .reply(200, { head: { sha: SHA, ref: 'feature/login' } })
    answer([], [run('build', 'completed', 'timed_out')])
    await expect(getCiSummary(githubContext(), { repository: REPO, ref: undefined, pullNumber: 7 })).resolves.toMatchObject({
      state: 'failing',
      ref: 'feature/login',
    })
    await expectInvalidInput(getCiSummary(githubContext(), { repository: REPO, ref: undefined, pullNumber: undefined }), 'ref')
    await expectInvalidInput(getCiSummary(githubContext(), { repository: REPO, ref: 'main', pullNumber: 7 }), 'ref')
  })
})
