import nock from 'nock'
import { UpstreamInvalid } from '../../src/errors'
import {
  createDeployment,
  createDeploymentStatus,
  getDeploymentsDictionary,
  getEnvironmentsDictionary,
  listDeployments,
  listEnvironments,
} from '../../src/github/deployments'
import { API, API_HEADERS, expectInvalidInput, githubContext } from '../helpers/github'

const REPO = 'octocat/Hello-World'
const DEPLOYMENTS = '/repos/octocat/Hello-World/deployments'
const page = { fetchAll: undefined, limit: undefined, cursor: undefined }
const deployment = {
  repository: REPO,
  ref: 'main',
  environment: undefined,
  description: undefined,
  task: undefined,
  payload: undefined,
  skipChecks: undefined,
  transient: undefined,
  production: undefined,
}

describe('deployments', () => {
  it('deploys exactly the ref asked (no merge of the default branch), with the payload as an object', async () => {
    const scope = nock(API, { reqheaders: API_HEADERS })
      .post(DEPLOYMENTS, {
        ref: 'v1.2.0',
        auto_merge: false,
        environment: 'staging',
        payload: { migrate: true },
        transient_environment: true,
      })
      .reply(201, { id: 7, ref: 'v1.2.0', environment: 'staging' })
    await expect(
      createDeployment(githubContext(), {
        ...deployment,
        ref: 'v1.2.0',
        environment: 'staging',
        payload: '{"migrate":true}',
        transient: true,
      }),
    ).resolves.toMatchObject({ id: 7 })
    expect(scope.isDone()).toBe(true)
  })

  it('skips the status checks only when asked (an empty required_contexts)', async () => {
    const scope = nock(API).post(DEPLOYMENTS, { ref: 'main', auto_merge: false, required_contexts: [] }).reply(201, { id: 8 })
    await createDeployment(githubContext(), { ...deployment, skipChecks: true })
    expect(scope.isDone()).toBe(true)
  })

  it('never reports a 202 (GitHub merging instead of deploying) as a deployment', async () => {
    nock(API).post(DEPLOYMENTS).reply(202, { message: 'Auto-merged master into topic-branch on deployment.' })
    await expect(createDeployment(githubContext(), deployment)).rejects.toThrow(UpstreamInvalid)
  })

  it('refuses a missing ref, a bad ref and a long description before any request', async () => {
    await expectInvalidInput(createDeployment(githubContext(), { ...deployment, ref: undefined }), 'ref')
    await expectInvalidInput(createDeployment(githubContext(), { ...deployment, ref: 'a..b' }), 'ref')
    await expectInvalidInput(createDeployment(githubContext(), { ...deployment, description: 'x'.repeat(141) }), 'description')
  })

  it('reports a status with the state picked and links that are web addresses', async () => {
    const scope = nock(API)
      .post(`${DEPLOYMENTS}/7/statuses`, { state: 'in_progress', environment_url: 'https://staging.example.com', auto_inactive: false })
      .reply(201, { id: 1, state: 'in_progress' })
    const status = {
      repository: REPO,
      deployment: 7,
      state: 'In Progress',
      description: undefined,
      environmentUrl: 'https://staging.example.com',
      logUrl: undefined,
      autoInactive: false,
    }
    await expect(createDeploymentStatus(githubContext(), status)).resolves.toMatchObject({ state: 'in_progress' })
    expect(scope.isDone()).toBe(true)
    await expectInvalidInput(createDeploymentStatus(githubContext(), { ...status, state: undefined }), 'state')
    await expectInvalidInput(createDeploymentStatus(githubContext(), { ...status, logUrl: 'javascript:alert(1)' }), 'logUrl')
  })

  it('lists deployments by environment and environments out of their wrapper', async () => {
    nock(API)
      .get(DEPLOYMENTS)
      .query({ environment: 'production', per_page: '30' })
      .reply(200, [{ id: 2 }, { id: 1 }])
    const deployments = await listDeployments(githubContext(), {
      repository: REPO,
      environment: 'production',
      ref: undefined,
      task: undefined,
      ...page,
    })
    expect(deployments.items.map((item) => item.id)).toEqual([2, 1])
    nock(API)
      .get('/repos/octocat/Hello-World/environments')
      .query({ per_page: '30' })
      .reply(200, { total_count: 1, environments: [{ name: 'staging', protection_rules: [] }] })
    const environments = await listEnvironments(githubContext(), { repository: REPO, ...page })
    expect(environments.items.map((item) => item.name)).toEqual(['staging'])
  })

  it('offers environments with their protection rules and deployments by environment and ref', async () => {
    nock(API)
      .get('/repos/octocat/Hello-World/environments')
      .query(true)
      .reply(200, {
        total_count: 2,
        environments: [{ name: 'staging', protection_rules: [{ type: 'wait_timer' }] }, { name: 'production' }],
      })
    const criteria = { criteria: { repository: REPO } }
    await expect(getEnvironmentsDictionary(githubContext(), { ...criteria, search: 'stag' })).resolves.toEqual({
      items: [{ label: 'staging', value: 'staging', note: 'wait timer' }],
      cursor: null,
    })
    nock(API)
      .get(DEPLOYMENTS)
      .query(true)
      .reply(200, [{ id: 9, environment: 'production', ref: 'main', sha: 'a84d88e7554fc1fa', created_at: '2026-01-02T03:04:05Z' }])
    await expect(getDeploymentsDictionary(githubContext(), criteria)).resolves.toEqual({
      items: [{ label: 'production: main', value: 9, note: 'a84d88e · 2026-01-02 03:04' }],
      cursor: null,
    })
  })
})
