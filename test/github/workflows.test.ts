import nock from 'nock'
import { resolveServer } from '../../src/github/settings'
import {
  cancelWorkflowRun,
  getWorkflowRun,
  getWorkflowsDictionary,
  listWorkflowRuns,
  listWorkflows,
  rerunWorkflow,
  triggerWorkflow,
  workflowId,
} from '../../src/github/workflows'
import { API, API_HEADERS, expectInvalidInput, githubContext, operationContext } from '../helpers/github'
import { unmatchedRequests } from '../helpers/network'

const REPO = 'octocat/Hello-World'
const ACTIONS = '/repos/octocat/Hello-World/actions'

const run = {
  id: 30433642,
  name: 'Build',
  head_branch: 'main',
  head_sha: 'acb5820ced9479c074f688cc328bf03f341a511d',
  run_number: 562,
  event: 'push',
  status: 'completed',
  conclusion: 'success',
  workflow_id: 161335,
  html_url: 'https://github.com/octocat/Hello-World/actions/runs/30433642',
}

const workflow = (id: number, name: string, file: string, state = 'active') => ({
  id,
  node_id: `MDg6V29ya2Zsb3cx${id}`,
  name,
  path: `.github/workflows/${file}`,
  state,
  html_url: `https://github.com/octocat/Hello-World/blob/main/.github/workflows/${file}`,
})

const listParams = { fetchAll: undefined, limit: undefined, cursor: undefined }

describe('workflowId', () => {
  it.each([
    [161335, 161335],
    ['161335', 161335],
    ['ci.yml', 'ci.yml'],
    ['Deploy_Prod.YAML', 'Deploy_Prod.YAML'],
    ['.github/workflows/release.yaml', 'release.yaml'],
  ])('accepts %p', (value, expected) => {
    expect(workflowId(value)).toBe(expected)
  })

  it.each([0, -3, 1.5, 'ci', 'ci.json', 'dir/ci.yml', '../ci.yml', 'a b.yml', '', null])('rejects %p', (value) => {
    expect(() => workflowId(value)).toThrow(expect.objectContaining({ kind: 'invalid_input', parameter: 'workflow' }))
  })
})

describe('triggerWorkflow', () => {
  const dispatches = `${ACTIONS}/workflows/ci.yml/dispatches`
  const details = {
    workflow_run_id: 30433643,
    run_url: `${API}${ACTIONS}/runs/30433643`,
    html_url: 'https://github.com/octocat/Hello-World/actions/runs/30433643',
  }

  it('dispatches with ref and inputs (as text), asks for the run details and returns them', async () => {
    const scope = nock(API, { reqheaders: API_HEADERS })
      .post(dispatches, { ref: 'main', return_run_details: true, inputs: { environment: 'staging', dryRun: 'true', retries: '3' } })
      .reply(200, details)
    await expect(
      triggerWorkflow(githubContext(), {
        repository: REPO,
        workflow: 'ci.yml',
        ref: 'main',
        inputs: '{"environment":"staging","dryRun":true,"retries":3}',
      }),
    ).resolves.toEqual({
      dispatched: true,
      workflow: 'ci.yml',
      ref: 'main',
      runId: 30433643,
      runUrl: details.run_url,
      runHtmlUrl: details.html_url,
      runsUrl: 'https://github.com/octocat/Hello-World/actions/workflows/ci.yml',
    })
    expect(scope.isDone()).toBe(true)
  })

  it('uses the default branch when no ref is given, and copes with a bare 204', async () => {
    const scope = nock(API, { reqheaders: API_HEADERS })
      .get('/repos/octocat/Hello-World')
      .reply(200, { full_name: REPO, default_branch: 'trunk' })
      .post(`${ACTIONS}/workflows/161335/dispatches`, (body: Record<string, unknown>) => {
        return JSON.stringify(body) === '{"ref":"trunk","return_run_details":true}'
      })
      .reply(204)
    await expect(triggerWorkflow(githubContext(), { repository: REPO, workflow: 161335, ref: '', inputs: undefined })).resolves.toEqual({
      dispatched: true,
      workflow: 161335,
      ref: 'trunk',
      runId: null,
      runUrl: null,
      runHtmlUrl: null,
      runsUrl: 'https://github.com/octocat/Hello-World/actions',
    })
    expect(scope.isDone()).toBe(true)
  })

  it('sends again without return_run_details when an Enterprise Server rejects the key', async () => {
    const ghes = githubContext({ server: resolveServer('https://ghe.example.com') })
    const scope = nock('https://ghe.example.com')
      .post(`/api/v3${dispatches}`, { ref: 'main', return_run_details: true, inputs: { a: 'b' } })
      .reply(422, { message: 'Invalid request.\n\n"return_run_details" is not a permitted key.' })
      .post(`/api/v3${dispatches}`, (body: Record<string, unknown>) => JSON.stringify(body) === '{"ref":"main","inputs":{"a":"b"}}')
      .reply(204)
    const result = await triggerWorkflow(ghes, { repository: REPO, workflow: 'ci.yml', ref: 'main', inputs: { a: 'b' } })
    expect(scope.isDone()).toBe(true)
    expect(result).toMatchObject({
      dispatched: true,
      runId: null,
      runsUrl: 'https://ghe.example.com/octocat/Hello-World/actions/workflows/ci.yml',
    })
  })

  it('explains any other 422 and does not send again', async () => {
    const scope = nock(API)
      .post(dispatches)
      .reply(422, { message: "Workflow does not have 'workflow_dispatch' trigger" })
      .post(dispatches)
      .reply(204)
    await expect(
      triggerWorkflow(githubContext(), { repository: REPO, workflow: 'ci.yml', ref: 'main', inputs: undefined }),
    ).rejects.toMatchObject({
      kind: 'validation_failed',
      message: expect.stringMatching(/does not have 'workflow_dispatch' trigger.*"on: workflow_dispatch" trigger/),
    })
    expect(scope.pendingMocks()).toHaveLength(1)
  })

  it('maps 404 to not_found naming the workflow and the Actions write permission', async () => {
    nock(API).post(dispatches).reply(404, { message: 'Not Found' })
    await expect(
      triggerWorkflow(operationContext('triggerWorkflow'), { repository: REPO, workflow: 'ci.yml', ref: 'main', inputs: undefined }),
    ).rejects.toMatchObject({
      kind: 'not_found',
      message: expect.stringMatching(/^Workflow "ci.yml" in octocat\/Hello-World was not found.*GitHub App permission "Actions: write"/),
    })
  })

  const tooMany = Object.fromEntries(Array.from({ length: 26 }, (_, i) => [`input${i}`, 'x']))
  it.each([
    ['workflow', { workflow: 'ci' }],
    ['ref', { ref: 'feature..x' }],
    ['inputs', { inputs: tooMany }],
    ['inputs', { inputs: { nested: { a: 1 } } }],
    ['inputs', { inputs: { list: ['a'] } }],
    ['inputs', { inputs: { nothing: null } }],
    ['inputs', { inputs: '{not json' }],
    ['inputs', { inputs: '[1,2]' }],
  ])('rejects a bad %s before sending anything', async (parameter, change) => {
    await expectInvalidInput(
      () =>
        triggerWorkflow(operationContext('triggerWorkflow'), {
          repository: REPO,
          workflow: 'ci.yml',
          ref: 'main',
          inputs: undefined,
          ...change,
        }),
      parameter,
    )
  })

  it('accepts exactly 25 inputs', async () => {
    const inputs = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`input${i}`, i]))
    const scope = nock(API)
      .post(
        dispatches,
        (body: { inputs?: Record<string, string> }) => Object.keys(body.inputs ?? {}).length === 25 && body.inputs?.['input7'] === '7',
      )
      .reply(204)
    await triggerWorkflow(githubContext(), { repository: REPO, workflow: 'ci.yml', ref: 'main', inputs })
    expect(scope.isDone()).toBe(true)
  })
})

describe('listWorkflowRuns', () => {
  const none = {
    workflow: undefined,
    branch: undefined,
    event: undefined,
    status: undefined,
    actor: undefined,
    createdAfter: undefined,
    createdBefore: undefined,
    headSha: undefined,
  }

  it('lists the repository runs with every filter, taking items from workflow_runs', async () => {
    const scope = nock(API, { reqheaders: API_HEADERS })
      .get(`${ACTIONS}/runs`)
      .query({
        branch: 'main',
        event: 'push',
        status: 'in_progress',
        actor: 'octocat',
        created: '2024-01-01T00:00:00Z..2024-01-31T12:30:00Z',
        head_sha: run.head_sha,
        per_page: '5',
      })
      .reply(200, { total_count: 12, workflow_runs: [run] }, { link: `<${API}${ACTIONS}/runs?per_page=5&page=2>; rel="next"` })
    const result = await listWorkflowRuns(githubContext(), {
      ...none,
      repository: REPO,
      branch: 'main',
      event: 'push',
      status: 'In Progress',
      actor: 'octocat',
      createdAfter: Date.UTC(2024, 0, 1),
      createdBefore: '2024-01-31T12:30:00.000Z',
      headSha: run.head_sha,
      fetchAll: false,
      limit: 5,
      cursor: undefined,
    })
    expect(scope.isDone()).toBe(true)
    expect(result).toEqual({ items: [run], totalCount: 12, nextCursor: expect.any(String) })
  })

  it('accepts an Enterprise Managed User login (mona_acme) as actor', async () => {
    const scope = nock(API)
      .get(`${ACTIONS}/runs`)
      .query({ actor: 'mona_acme', per_page: '30' })
      .reply(200, { total_count: 0, workflow_runs: [] })
    const result = await listWorkflowRuns(githubContext(), {
      ...none,
      repository: REPO,
      actor: 'mona_acme',
      fetchAll: false,
      limit: 30,
      cursor: undefined,
    })
    expect(result).toEqual({ items: [], totalCount: 0, nextCursor: null })
    expect(scope.isDone()).toBe(true)
  })

  it('lists the runs of one workflow, with one-sided date filters', async () => {
    const scope = nock(API)
      .get(`${ACTIONS}/workflows/deploy.yml/runs`)
      .query({ created: '>=2024-03-01T08:00:00Z', per_page: '30' })
      .reply(200, { total_count: 0, workflow_runs: [] })
      .get(`${ACTIONS}/workflows/161335/runs`)
      .query({ created: '<=2024-03-01T08:00:00Z', status: 'failure', per_page: '30' })
      .reply(200, { total_count: 1, workflow_runs: [run] })
    await expect(
      listWorkflowRuns(githubContext(), {
        ...none,
        repository: REPO,
        workflow: 'deploy.yml',
        createdAfter: '2024-03-01T08:00:00Z',
        ...listParams,
      }),
    ).resolves.toEqual({ items: [], totalCount: 0, nextCursor: null })
    await expect(
      listWorkflowRuns(githubContext(), {
        ...none,
        repository: REPO,
        workflow: '161335',
        status: 'Failure',
        createdBefore: Date.UTC(2024, 2, 1, 8),
        ...listParams,
      }),
    ).resolves.toMatchObject({ items: [run], totalCount: 1 })
    expect(scope.isDone()).toBe(true)
  })

  it.each([
    ['status', { status: 'Broken' }],
    ['event', { event: 'Push Event' }],
    ['actor', { actor: 'not a login' }],
    ['createdAfter', { createdAfter: 'yesterday' }],
    ['createdBefore', { createdAfter: '2024-02-01T00:00:00Z', createdBefore: '2024-01-01T00:00:00Z' }],
    ['headSha', { headSha: 'main' }],
    ['workflow', { workflow: 'build' }],
    ['branch', { branch: 'a b' }],
  ])('rejects a bad %s before sending anything', async (parameter, change) => {
    await expectInvalidInput(() => listWorkflowRuns(githubContext(), { ...none, repository: REPO, ...listParams, ...change }), parameter)
  })
})

describe('getWorkflowRun', () => {
  it('gets one run by id (above 2^31, as run ids are)', async () => {
    const big = { ...run, id: 9876543210 }
    const scope = nock(API, { reqheaders: API_HEADERS }).get(`${ACTIONS}/runs/9876543210`).reply(200, big)
    await expect(getWorkflowRun(githubContext(), { repository: REPO, runId: '9876543210' })).resolves.toEqual(big)
    expect(scope.isDone()).toBe(true)
  })

  it('maps 404 to not_found naming the run', async () => {
    nock(API).get(`${ACTIONS}/runs/5`).reply(404, { message: 'Not Found' })
    await expect(getWorkflowRun(githubContext(), { repository: REPO, runId: 5 })).rejects.toMatchObject({
      kind: 'not_found',
      message: expect.stringContaining('Workflow run 5 in octocat/Hello-World was not found'),
    })
  })

  it.each([0, -1, 'abc', 2.5])('rejects run id %p before sending anything', async (runId) => {
    await expectInvalidInput(() => getWorkflowRun(githubContext(), { repository: REPO, runId }), 'runId')
  })
})

describe('rerunWorkflow', () => {
  it('re-runs the whole run', async () => {
    const scope = nock(API, { reqheaders: API_HEADERS })
      .post(`${ACTIONS}/runs/30433642/rerun`, (body: Record<string, unknown>) => JSON.stringify(body) === '{}')
      .reply(201, {})
    await expect(
      rerunWorkflow(githubContext(), { repository: REPO, runId: 30433642, failedJobsOnly: false, enableDebugLogging: undefined }),
    ).resolves.toEqual({ rerun: true, runId: 30433642, failedJobsOnly: false, runHtmlUrl: run.html_url })
    expect(scope.isDone()).toBe(true)
  })

  it('re-runs only the failed jobs, with debug logging', async () => {
    const scope = nock(API).post(`${ACTIONS}/runs/30433642/rerun-failed-jobs`, { enable_debug_logging: true }).reply(201, {})
    await expect(
      rerunWorkflow(githubContext(), { repository: REPO, runId: 30433642, failedJobsOnly: true, enableDebugLogging: true }),
    ).resolves.toMatchObject({ rerun: true, failedJobsOnly: true })
    expect(scope.isDone()).toBe(true)
  })

  it('explains a 409 and passes a 403 through', async () => {
    nock(API).post(`${ACTIONS}/runs/1/rerun`).reply(409, { message: 'This workflow is already running' })
    await expect(
      rerunWorkflow(operationContext('rerunWorkflow'), {
        repository: REPO,
        runId: 1,
        failedJobsOnly: undefined,
        enableDebugLogging: undefined,
      }),
    ).rejects.toMatchObject({
      kind: 'conflict',
      message: expect.stringMatching(
        /^Workflow run 1 in octocat\/Hello-World cannot be re-run now\. GitHub said: "This workflow is already running"/,
      ),
    })
    nock(API).post(`${ACTIONS}/runs/1/rerun`).reply(403, { message: 'Must have admin rights to Repository.' })
    await expect(
      rerunWorkflow(operationContext('rerunWorkflow'), {
        repository: REPO,
        runId: 1,
        failedJobsOnly: undefined,
        enableDebugLogging: undefined,
      }),
    ).rejects.toMatchObject({
      kind: 'forbidden',
      message: expect.stringContaining('GitHub App permission "Actions: write"'),
    })
  })

  it('rejects a bad toggle before sending anything', async () => {
    await expectInvalidInput(
      () => rerunWorkflow(githubContext(), { repository: REPO, runId: 1, failedJobsOnly: 'maybe', enableDebugLogging: undefined }),
      'failedJobsOnly',
    )
  })
})

describe('cancelWorkflowRun', () => {
  it('asks GitHub to cancel the run', async () => {
    const scope = nock(API, { reqheaders: API_HEADERS }).post(`${ACTIONS}/runs/30433642/cancel`).reply(202, {})
    await expect(cancelWorkflowRun(githubContext(), { repository: REPO, runId: 30433642 })).resolves.toEqual({
      cancelRequested: true,
      runId: 30433642,
      runHtmlUrl: run.html_url,
    })
    expect(scope.isDone()).toBe(true)
  })

  it('explains a 409 (already completed)', async () => {
    nock(API).post(`${ACTIONS}/runs/7/cancel`).reply(409, { message: 'Cannot cancel a workflow run that is completed.' })
    await expect(cancelWorkflowRun(githubContext(), { repository: REPO, runId: 7 })).rejects.toMatchObject({
      kind: 'conflict',
      message: expect.stringMatching(/^Workflow run 7 in octocat\/Hello-World cannot be cancelled: it has already completed\./),
    })
  })
})

describe('listWorkflows', () => {
  it('lists the workflows from the workflows field', async () => {
    const scope = nock(API, { reqheaders: API_HEADERS })
      .get(`${ACTIONS}/workflows`)
      .query({ per_page: '30' })
      .reply(200, { total_count: 1, workflows: [workflow(161335, 'CI', 'ci.yml')] })
    await expect(listWorkflows(githubContext(), { repository: REPO, ...listParams })).resolves.toEqual({
      items: [workflow(161335, 'CI', 'ci.yml')],
      totalCount: 1,
      nextCursor: null,
    })
    expect(scope.isDone()).toBe(true)
  })
})

describe('getWorkflowsDictionary', () => {
  const page1 = [
    workflow(1, 'CI', 'ci.yml'),
    workflow(2, 'Deploy to production', 'deploy.yml', 'disabled_manually'),
    workflow(3, 'Nightly', 'cron.yaml'),
  ]

  it('returns nothing, without a request, until a repository is chosen', async () => {
    await expect(getWorkflowsDictionary(githubContext(), { search: 'ci', criteria: {} })).resolves.toEqual({ items: [], cursor: null })
    await expect(getWorkflowsDictionary(githubContext(), undefined)).resolves.toEqual({ items: [], cursor: null })
    expect(unmatchedRequests()).toEqual([])
  })

  it('lists workflows as id values with name labels and path · state notes, and pages with the cursor', async () => {
    const scope = nock(API, { reqheaders: API_HEADERS })
      .get(`${ACTIONS}/workflows`)
      .query({ per_page: '100' })
      .reply(200, { total_count: 4, workflows: page1 }, { link: `<${API}${ACTIONS}/workflows?per_page=100&page=2>; rel="next"` })
      .get(`${ACTIONS}/workflows`)
      .query({ per_page: '100', page: '2' })
      .reply(200, { total_count: 4, workflows: [workflow(4, 'Release', 'release.yml')] })
    const first = await getWorkflowsDictionary(githubContext(), { criteria: { repository: REPO } })
    expect(first.items).toEqual([
      { label: 'CI', value: 1, note: '.github/workflows/ci.yml · active' },
      { label: 'Deploy to production', value: 2, note: '.github/workflows/deploy.yml · disabled_manually' },
      { label: 'Nightly', value: 3, note: '.github/workflows/cron.yaml · active' },
    ])
    expect(first.cursor).toEqual(expect.any(String))
    const second = await getWorkflowsDictionary(githubContext(), { cursor: first.cursor, criteria: { repository: REPO } })
    expect(second).toEqual({ items: [{ label: 'Release', value: 4, note: '.github/workflows/release.yml · active' }], cursor: null })
    expect(scope.isDone()).toBe(true)
  })

  it('filters by name or file, case-insensitively', async () => {
    nock(API).get(`${ACTIONS}/workflows`).query(true).times(2).reply(200, { total_count: 3, workflows: page1 })
    const byName = await getWorkflowsDictionary(githubContext(), { search: 'deploy', criteria: { repository: REPO } })
    expect(byName.items.map((item) => item.value)).toEqual([2])
    const byFile = await getWorkflowsDictionary(githubContext(), { search: 'CRON.YAML', criteria: { repository: REPO } })
    expect(byFile.items.map((item) => item.value)).toEqual([3])
  })

  it('rejects a malformed repository in the criteria', async () => {
    await expectInvalidInput(() => getWorkflowsDictionary(githubContext(), { criteria: { repository: 'nope' } }), 'repository')
  })
})
