/**
 * Trigger blocks end to end, as a flow runs them: the local platform (`platform/main.ts`, the
 * service loaded and invoked through CodeRunner) starts blocks on a connection; the sandbox GitHub
 * creates the webhook, delivers signed events to the console's callback URL, and answers polls
 * with ETags. Every handleTrigger… handler runs through CodeRunner's own invocation.
 */
import type { TriggerRunView } from '../../platform/triggers'
import { consoleApi, waitFor, type Outcome } from './helpers/processes'
import { connect, startRig, storedTokens, type Rig } from './helpers/rig'

const REPOSITORY = 'sandbox-octocat/hello-sandbox'

interface Started {
  ok: boolean
  run?: TriggerRunView
  error?: { message: string }
}

const runs = async (rig: Rig): Promise<TriggerRunView[]> => (await consoleApi<{ runs: TriggerRunView[] }>(rig, '/api/triggers')).runs
const runOf = async (rig: Rig, id: string): Promise<TriggerRunView | undefined> => (await runs(rig)).find((run) => run.id === id)

describe('triggers on the local platform against the sandbox GitHub', () => {
  let rig: Rig
  let connectionId: string

  beforeAll(async () => {
    rig = await startRig()
    connectionId = (await connect(rig)).id
  }, 60_000)

  afterAll(async () => {
    await rig?.stop()
  })

  /** GitHub's own count (GET /rate_limit is free), asked with the connection's token as a curious user would. */
  const coreRemaining = async (): Promise<number> => {
    const { accessToken } = await storedTokens(rig, connectionId)
    const response = await fetch(`${rig.sandbox.serverUrl}/api/v3/rate_limit`, { headers: { authorization: `Bearer ${accessToken}` } })
    return ((await response.json()) as { resources: { core: { remaining: number } } }).resources.core.remaining
  }

  const createIssue = (title: string) =>
    consoleApi<Outcome<{ number: number }>>(rig, '/api/invoke', 'POST', {
      method: 'createIssue',
      connectionId,
      args: [REPOSITORY, title, 'Filed by the trigger test.', null, null, null],
    })

  it('fires "On Issue Event" (opened) for a new issue through a real signed webhook, and not for other actions; stop removes the hook', async () => {
    const started = await consoleApi<Started>(rig, '/api/triggers', 'POST', {
      method: 'onIssue',
      connectionId,
      params: { repository: REPOSITORY, action: 'opened' },
    })
    expect(started).toMatchObject({ ok: true, run: { method: 'onIssue', kind: 'REALTIME_TRIGGER', status: 'running', fired: [] } })
    const id = (started.run as TriggerRunView).id

    const created = await createIssue('Webhook trigger test')
    expect(created.ok).toBe(true)
    const fired = await waitFor(async () => {
      const run = await runOf(rig, id)
      return run && run.fired.length > 0 ? run.fired : undefined
    }, 'the issue-opened event to fire')
    expect(fired).toHaveLength(1)
    expect(fired[0]?.data).toMatchObject({
      githubEvent: 'issues',
      action: 'opened',
      issue: { number: created.result?.number, title: 'Webhook trigger test' },
      repository: { full_name: REPOSITORY },
    })
    expect((fired[0]?.data as { deliveryId?: unknown }).deliveryId).toEqual(expect.any(String))

    // Closing the issue is delivered too, but the block's filter (action: opened) does not fire.
    const closed = await consoleApi<Outcome>(rig, '/api/invoke', 'POST', {
      method: 'updateIssue',
      connectionId,
      args: [REPOSITORY, created.result?.number, null, null, 'Closed', null, null, null, null],
    })
    expect(closed.ok).toBe(true)
    await waitFor(async () => (rig.platform.output().match(/platform\.trigger_delivery/g)?.length ?? 0) >= 2, 'the close delivery')
    expect((await runOf(rig, id))?.fired).toHaveLength(1)

    // A forged delivery to the same callback URL: refused by the signature check, nothing fires.
    const forged = await fetch(
      `${rig.base}/triggers/callback/${id}?connectionId=${connectionId}&hookScope=repo%3A${encodeURIComponent(REPOSITORY.toLowerCase())}`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-github-event': 'issues', 'x-hub-signature-256': `sha256=${'0'.repeat(64)}` },
        body: JSON.stringify(fired[0]?.data),
      },
    )
    expect(forged.status).toBe(200)
    await waitFor(async () => rig.platform.output().includes('bad_signature'), 'the forged delivery to be dropped')
    expect((await runOf(rig, id))?.fired).toHaveLength(1)

    expect(await consoleApi<Outcome>(rig, `/api/triggers/${id}`, 'DELETE')).toEqual({ ok: true })
    expect(await runOf(rig, id)).toBeUndefined()
    const deliveriesBefore = rig.platform.output().match(/platform\.trigger_delivery/g)?.length ?? 0
    expect((await createIssue('After the stop')).ok).toBe(true)
    await new Promise((wait) => setTimeout(wait, 500))
    expect(rig.platform.output().match(/platform\.trigger_delivery/g)?.length ?? 0).toBe(deliveriesBefore)
    expect(rig.platform.output()).not.toContain(rig.sandbox.clientSecret)
  })

  it('polls "On New Issue": the first poll fires nothing, a quiet poll fires nothing, a new issue fires once', async () => {
    const started = await consoleApi<Started>(rig, '/api/triggers', 'POST', {
      method: 'pollNewIssue',
      connectionId,
      params: { repository: REPOSITORY },
    })
    expect(started).toMatchObject({ ok: true, run: { kind: 'POLLING_TRIGGER', status: 'running', fired: [], intervalSeconds: 30 } })
    const id = (started.run as TriggerRunView).id
    const poll = async (): Promise<TriggerRunView> => {
      const answer = await consoleApi<{ ok: boolean; run: TriggerRunView }>(rig, `/api/triggers/${id}/poll`, 'POST', {})
      expect(answer.ok).toBe(true)
      return answer.run
    }
    // A quiet poll is a conditional request GitHub answers 304: it costs no rate limit.
    const before = await coreRemaining()
    expect((await poll()).fired).toEqual([])
    expect(await coreRemaining()).toBe(before)
    const created = await createIssue('Polling trigger test')
    const after = await poll()
    expect(after.fired.map((event) => (event.data as { number?: number }).number)).toEqual([created.result?.number])
    expect((await poll()).fired).toHaveLength(1)
    expect(await consoleApi<Outcome>(rig, `/api/triggers/${id}`, 'DELETE')).toEqual({ ok: true })
  })

  it('refuses to run a trigger block as an action, and names an unknown trigger', async () => {
    const asAction = await consoleApi<Outcome>(rig, '/api/invoke', 'POST', {
      method: 'onIssue',
      connectionId,
      args: [REPOSITORY, 'opened', null, null],
    })
    expect(asAction.ok).toBe(false)
    expect(asAction.error?.message).toMatch(/onIssue is a trigger block/)
    const unknown = await consoleApi<{ error: { message: string } }>(rig, '/api/triggers', 'POST', { method: 'listIssues', connectionId })
    expect(unknown.error.message).toMatch(/"listIssues" is not a trigger block/)
  })

  it('says what to grant, and which polling trigger works without it, when the connection cannot manage webhooks', async () => {
    const started = await consoleApi<Started>(rig, '/api/triggers', 'POST', {
      method: 'onIssue',
      connectionId,
      params: { repository: 'octocat/not-in-the-sandbox', action: 'opened' },
    })
    expect(started.ok).toBe(false)
    expect(started.run?.status).toBe('failed')
    expect(started.run?.error?.message).toMatch(/admin:repo_hook.*pollNewIssue/s)
    await consoleApi(rig, `/api/triggers/${started.run?.id}`, 'DELETE')
  })
})
