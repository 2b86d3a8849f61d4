/**
 * Every trigger block on the local platform against the sandbox GitHub, started from the console's
 * API as a flow would start it (handlers run through CodeRunner's invocation):
 * - every realtime block is fired by the sandbox's own signed webhooks, caused by the service's
 *   actions, or by what a person does on GitHub's pages (a star: the REST call a click makes; a
 *   discussion, which the REST API cannot start: the sandbox's control server);
 * - every polling block polls the sandbox (whose every request is checked against GitHub's REST
 *   description), fires nothing on its first poll, and fires what an action created on the next.
 */
import { REALTIME_TRIGGERS } from '../../src/github/triggers/events'
import { POLLING_TRIGGERS } from '../../src/github/triggers/polling'
import type { TriggerRunView } from '../../platform/triggers'
import { consoleApi, waitFor, type Outcome } from './helpers/processes'
import { connect, startRig, storedTokens, type Rig } from './helpers/rig'

const OWNER = 'sandbox-octocat'
const REPOSITORY = `${OWNER}/hello-sandbox`
const ORGANIZATION = 'sandbox-org'
const BRANCH = 'trigger-e2e'
const RED_BRANCH = 'trigger-e2e-red'
const FAILING_WORKFLOW =
  'name: CI\non:\n  workflow_dispatch:\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: exit 1\n'

interface Started {
  ok: boolean
  run: TriggerRunView
}

/** Realtime blocks fired by what the sandbox sends when the service acts. */
const CAUSED: Record<string, Record<string, string>> = {
  onIssue: { action: 'opened' },
  onIssueComment: { action: 'created' },
  onPullRequest: { action: 'opened' },
  onPullRequestReview: { action: 'submitted' },
  onPush: { branch: BRANCH },
  onBranchOrTagCreated: { refType: 'branch' },
  onBranchOrTagDeleted: { refType: 'branch' },
  onRelease: { action: 'published' },
  onStar: { action: 'created' },
  onFork: {},
  onWorkflowRun: { action: 'completed', conclusion: 'failure' },
  onWorkflowJob: { action: 'completed', job: 'build', conclusion: 'success' },
  onCheckRun: { checkName: 'build', conclusion: 'success', branch: 'main' },
  onCheckSuite: { conclusion: 'success', app: 'github-actions' },
  onRepository: { action: 'created' },
  onPullRequestReviewComment: { action: 'created' },
  onDeploymentStatus: { state: 'success', environment: 'staging' },
  onMemberAdded: { action: 'added' },
  onDiscussion: { action: 'created', category: 'Ideas' },
}

/** Polling blocks fired by what the service's actions create. */
const POLLED: Record<string, Record<string, string>> = {
  pollNewIssue: {},
  pollIssueClosed: {},
  pollNewPullRequest: {},
  pollPullRequestMerged: {},
  pollNewCommit: { branch: 'main' },
  pollNewStar: {},
  pollRepositoryEvent: { eventType: 'IssuesEvent' },
  pollNewRelease: {},
  pollNewBranch: {},
  pollNewLabel: {},
  pollNewMilestone: {},
  pollNewGist: {},
  pollNewRepository: { organization: ORGANIZATION },
  pollWorkflowRunFinished: {},
}

describe('every trigger block on the local platform against the sandbox GitHub', () => {
  let rig: Rig
  let connectionId: string
  const runs = new Map<string, TriggerRunView>()

  beforeAll(async () => {
    // The default scopes plus admin:org_hook, which an organization webhook needs (the OAuth Scopes setting).
    rig = await startRig(undefined, { GITHUB_SCOPES: 'repo workflow read:org gist admin:org_hook' })
    connectionId = (await connect(rig)).id
  }, 60_000)

  afterAll(async () => {
    for (const run of runs.values()) await consoleApi(rig, `/api/triggers/${run.id}`, 'DELETE').catch(() => undefined)
    await rig?.stop()
  })

  const invoke = async <T = Record<string, unknown>>(method: string, args: unknown[]): Promise<T> => {
    const outcome = await consoleApi<Outcome<T>>(rig, '/api/invoke', 'POST', { method, connectionId, args })
    if (!outcome.ok) throw new Error(`${method} failed: ${outcome.error?.message}`)
    return outcome.result as T
  }

  const token = async (): Promise<string> => (await storedTokens(rig, connectionId)).accessToken

  const start = async (method: string, params: Record<string, unknown>): Promise<TriggerRunView> => {
    const started = await consoleApi<Started>(rig, '/api/triggers', 'POST', { method, connectionId, params })
    expect({ method, error: started.run.error }).toEqual({ method, error: null })
    expect(started).toMatchObject({ ok: true, run: { status: 'running' } })
    runs.set(method, started.run)
    return started.run
  }

  const current = async (method: string): Promise<TriggerRunView> => {
    const { runs: list } = await consoleApi<{ runs: TriggerRunView[] }>(rig, '/api/triggers')
    const found = list.find((run) => run.id === runs.get(method)?.id)
    if (!found) throw new Error(`${method} is not running`)
    return found
  }

  it('starts a block for every realtime trigger the sandbox causes, and every polling trigger (first poll fires nothing)', async () => {
    for (const [method, filters] of Object.entries(CAUSED)) {
      const trigger = REALTIME_TRIGGERS.find((entry) => entry.method === method)
      expect(trigger).toBeDefined()
      await start(method, trigger?.hook === 'org' ? { organization: ORGANIZATION, ...filters } : { repository: REPOSITORY, ...filters })
    }
    for (const [method, params] of Object.entries(POLLED)) {
      const trigger = POLLING_TRIGGERS.find((entry) => entry.method === method)
      const needsRepository = trigger?.params.some((param) => param.name === 'repository')
      const run = await start(method, { ...(needsRepository && { repository: REPOSITORY }), ...params })
      expect(run.fired).toEqual([])
    }
  })

  it('acts on the sandbox the way a person would: issue, comment, branch, push, pull request, review, line comment, deployment, collaborator, release, star, fork, workflow, label, gist, repository, close, merge', async () => {
    const issue = await invoke<{ number: number }>('createIssue', [REPOSITORY, 'Trigger e2e issue', null, null, null, null])
    await invoke('addIssueComment', [REPOSITORY, issue.number, 'A comment for the trigger'])
    await invoke('createBranch', [REPOSITORY, BRANCH, 'main'])
    await invoke('createOrUpdateFile', [
      REPOSITORY,
      'e2e/trigger.txt',
      'pushed by the e2e test',
      'Add trigger.txt',
      BRANCH,
      false,
      null,
      null,
    ])
    const pull = await invoke<{ number: number }>('createPullRequest', [
      REPOSITORY,
      BRANCH,
      'main',
      'Trigger e2e pull request',
      null,
      false,
      true,
    ])
    await invoke('createPullRequestReview', [REPOSITORY, pull.number, 'Comment', 'Looks fine', null])
    await invoke('createReviewComment', [REPOSITORY, pull.number, 'A line comment', 'e2e/trigger.txt', 1, null, null, null])
    const deployment = await invoke<{ id: number }>('createDeployment', [REPOSITORY, 'main', 'staging', null, null, null, true, null, null])
    await invoke('createDeploymentStatus', [REPOSITORY, deployment.id, 'success', null, null, null, null])
    // Someone who already is a collaborator, removed and added again (the sandbox accepts an invitation at once).
    await invoke('removeCollaborator', [REPOSITORY, 'sandbox-monalisa'])
    await invoke('addCollaborator', [REPOSITORY, 'sandbox-monalisa', null])
    await invoke('createRelease', [REPOSITORY, 'v9.9.9', 'main', 'Trigger e2e release', null, false, false, false, null])
    const star = await fetch(`${rig.sandbox.serverUrl}/api/v3/user/starred/${REPOSITORY}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${await token()}`, 'content-length': '0' },
    })
    expect(star.status).toBe(204)
    // No action of the service creates a milestone yet: the REST call a person's click makes.
    const milestone = await fetch(`${rig.sandbox.serverUrl}/api/v3/repos/${REPOSITORY}/milestones`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await token()}`, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Trigger e2e milestone' }),
    })
    expect(milestone.status).toBe(201)
    await invoke('forkRepository', [REPOSITORY, ORGANIZATION, null, true])
    await invoke('triggerWorkflow', [REPOSITORY, 'ci.yml', 'main', null])
    // And a failing run: on a branch whose workflow file exits 1 (how the sandbox fails a run).
    await invoke('createBranch', [REPOSITORY, RED_BRANCH, 'main'])
    await invoke('createOrUpdateFile', [
      REPOSITORY,
      '.github/workflows/ci.yml',
      FAILING_WORKFLOW,
      'Break the build',
      RED_BRANCH,
      false,
      null,
      null,
    ])
    await invoke('triggerWorkflow', [REPOSITORY, 'ci.yml', RED_BRANCH, null])
    // A person starts a discussion on GitHub's pages (the REST API has none).
    await rig.sandbox.startDiscussion({ repository: REPOSITORY, title: 'Trigger e2e discussion', category: 'Ideas' })
    await invoke('createLabel', [REPOSITORY, 'trigger-e2e', 'ff0000', null])
    await invoke('createGist', ['Trigger e2e gist', false, 'e2e.txt', 'hello', null])
    await invoke('createRepository', ['trigger-e2e-repository', ORGANIZATION, null, 'Private', false, null, null])
    await invoke('updateIssue', [REPOSITORY, issue.number, null, null, 'Closed', null, null, null, null])
    await invoke('mergePullRequest', [REPOSITORY, pull.number, null, null, null, null])
    // A second branch, made and deleted: the deletion event (the first one stays, so a poll can list it as new).
    await invoke('createBranch', [REPOSITORY, `${BRANCH}-gone`, 'main'])
    await invoke('deleteBranch', [REPOSITORY, `${BRANCH}-gone`])
  }, 30_000)

  it.each(Object.keys(CAUSED))('%s fired on the sandbox’s own signed webhook', async (method) => {
    const run = await waitFor(
      async () => {
        const view = await current(method)
        return view.fired.length > 0 ? view : undefined
      },
      `${method} to fire`,
      15_000,
    )
    const data = run.fired[0]?.data as Record<string, unknown>
    expect(data['deliveryId']).toEqual(expect.any(String))
    const trigger = REALTIME_TRIGGERS.find((entry) => entry.method === method)
    expect(trigger?.githubEvents).toContain(data['githubEvent'])
    if (trigger?.hook === 'repo') expect((data['repository'] as { full_name?: string }).full_name).toBe(REPOSITORY)
    expect(run.status).toBe('running')
  })

  it('On Workflow Run filtered on a failure fires for the failing run only, not for the passing one that completed with it', async () => {
    // onWorkflowJob (conclusion: success) firing means the passing run has completed too.
    await waitFor(async () => (await current('onWorkflowJob')).fired.length > 0, 'the passing run to complete', 15_000)
    await waitFor(async () => (await current('onWorkflowRun')).fired.length > 0, 'the failing run to complete', 15_000)
    const runs = (await current('onWorkflowRun')).fired.map((event) => (event.data as Record<string, unknown>)['workflow_run'])
    expect(runs).toEqual([expect.objectContaining({ head_branch: RED_BRANCH, conclusion: 'failure' })])
  })

  it.each(Object.keys(POLLED))('%s fires what was created since its first poll, once', async (method) => {
    const poll = async (): Promise<TriggerRunView> => {
      const answer = await consoleApi<{ ok: boolean; run: TriggerRunView }>(rig, `/api/triggers/${runs.get(method)?.id}/poll`, 'POST', {})
      expect(answer.run.error).toBeNull()
      return answer.run
    }
    // A workflow run completes a few seconds after it was requested.
    const fired = await waitFor(
      async () => {
        const run = await poll()
        return run.fired.length > 0 ? run.fired : undefined
      },
      `${method} to fire`,
      15_000,
    )
    const again = await poll()
    expect(again.fired).toHaveLength(fired.length)
  })

  it.each(POLLING_TRIGGERS.filter((trigger) => !(trigger.method in POLLED)).map((trigger) => trigger.method))(
    '%s polls the sandbox (requests checked against GitHub’s description) without an error, and fires nothing twice',
    async (method) => {
      const trigger = POLLING_TRIGGERS.find((entry) => entry.method === method)
      const params = Object.fromEntries(
        (trigger?.params ?? [])
          .filter((param) => param.required || param.name === 'repository')
          .map((param) => [param.name, param.name === 'repository' ? REPOSITORY : ORGANIZATION]),
      )
      const run = await start(method, params)
      const poll = async (): Promise<TriggerRunView> =>
        (await consoleApi<{ run: TriggerRunView }>(rig, `/api/triggers/${run.id}/poll`, 'POST', {})).run
      const second = await poll()
      expect(second.error).toBeNull()
      const third = await poll()
      expect(third.error).toBeNull()
      expect(third.fired).toHaveLength(second.fired.length)
    },
  )

  it('leaves no realtime block unfired by the sandbox', () => {
    expect(REALTIME_TRIGGERS.map((trigger) => trigger.method).filter((method) => !(method in CAUSED))).toEqual([])
  })
})
