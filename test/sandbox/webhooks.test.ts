import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { startSandboxProcess, type SandboxProcess } from '../../sandbox/process'
import { CALLBACK, accessToken, restClient } from './helpers'
import { waitFor } from '../e2e/helpers/processes'
import { checkWebhookPayload } from './webhook-schemas'

/**
 * Webhooks delivered for real (issue 10 item 6): hooks created through the API, a signed POST per event to a
 * receiver on 127.0.0.1 with GitHub's headers, payloads valid against GitHub's webhook description, a delivery log per
 * hook, redelivery, and loopback-only targets.
 */

interface Received {
  path: string
  headers: IncomingHttpHeaders
  raw: Buffer
  event: string
  payload: Record<string, unknown>
}

let sandbox: SandboxProcess
let token = ''
let api: ReturnType<typeof restClient>
let receiver: Server
let receiverUrl = ''
let received: Received[] = []
/** Paths whose deliveries the receiver answers with 500. */
const failing = new Set<string>()
const SECRET = `sandbox-hook-${randomBytes(8).toString('hex')}`
const REPO = 'sandbox-octocat/hello-sandbox'

beforeAll(async () => {
  receiver = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const raw = Buffer.concat(chunks)
      const path = request.url ?? '/'
      received.push({
        path,
        headers: request.headers,
        raw,
        event: String(request.headers['x-github-event']),
        payload: JSON.parse(raw.toString('utf8')) as Record<string, unknown>,
      })
      response.writeHead(failing.has(path) ? 500 : 200, { 'content-type': 'text/plain' }).end(failing.has(path) ? 'broken' : 'thanks')
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`
  sandbox = await startSandboxProcess({ redirectUris: [CALLBACK], accessTokenTtlSeconds: 600, checkResponses: true })
  token = await accessToken(sandbox, 'repo admin:org_hook workflow')
  api = restClient(sandbox, () => token)
}, 60_000)

afterAll(async () => {
  await sandbox?.close()
  await new Promise((resolve) => receiver?.close(resolve))
})

const settle = async (): Promise<Received[]> => {
  await sandbox.webhooksIdle()
  const got = received
  received = []
  return got
}

const verify = (delivery: Received, secret: string): boolean => {
  const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(delivery.raw).digest('hex')}`)
  const given = Buffer.from(String(delivery.headers['x-hub-signature-256']))
  return expected.length === given.length && timingSafeEqual(expected, given)
}

const createHook = async (path: string, events: string[], scope = `/repos/${REPO}`) => {
  const answer = await api<{ id: number; config: Record<string, unknown> }>('POST', `${scope}/hooks`, {
    name: 'web',
    active: true,
    events,
    config: { url: `${receiverUrl}${path}`, content_type: 'json', secret: SECRET, insecure_ssl: '0' },
  })
  expect(answer.status).toBe(201)
  return answer.json
}

const ALL = [
  'issues',
  'issue_comment',
  'pull_request',
  'pull_request_review',
  'push',
  'create',
  'delete',
  'release',
  'star',
  'fork',
  'workflow_run',
  'workflow_job',
  'check_run',
  'check_suite',
  'pull_request_review_comment',
  'deployment',
  'deployment_status',
  'member',
  'discussion',
]

describe('hooks through the API', () => {
  test('creating a hook pings it, signed, with GitHub headers; the secret is never shown', async () => {
    const hook = await createHook('/repo-ping', ['issues'])
    expect(hook.config).toEqual({ url: `${receiverUrl}/repo-ping`, content_type: 'json', insecure_ssl: '0', secret: '********' })
    const [ping, ...rest] = await settle()
    expect(rest).toEqual([])
    expect(ping?.event).toBe('ping')
    expect(ping?.headers['x-github-hook-id']).toBe(String(hook.id))
    expect(ping?.headers['x-github-delivery']).toMatch(/^[0-9a-f-]{36}$/)
    expect(ping?.headers['user-agent']).toMatch(/^GitHub-Hookshot\//)
    expect(ping?.headers['x-github-hook-installation-target-type']).toBe('repository')
    expect(ping?.headers['content-type']).toBe('application/json')
    expect(ping && verify(ping, SECRET)).toBe(true)
    expect(ping && verify(ping, 'another-secret')).toBe(false)
    expect(ping?.payload).toMatchObject({ hook_id: hook.id, zen: expect.any(String) as unknown })
    expect(checkWebhookPayload('ping', ping?.payload ?? {})).toEqual([])

    const listed = await api<{ id: number }[]>('GET', `/repos/${REPO}/hooks`)
    expect(listed.json.map((item) => item.id)).toContain(hook.id)
    expect(JSON.stringify(listed.json)).not.toContain(SECRET)
    expect((await api('DELETE', `/repos/${REPO}/hooks/${hook.id}`)).status).toBe(204)
    expect((await api('GET', `/repos/${REPO}/hooks/${hook.id}`)).status).toBe(404)
  })

  test('only loopback URLs are accepted', async () => {
    for (const url of ['http://192.168.1.10/hook', 'https://example.com/hook', 'http://10.0.0.1:8080/', 'ftp://127.0.0.1/']) {
      const answer = await api('POST', `/repos/${REPO}/hooks`, { config: { url, content_type: 'json' }, events: ['push'] })
      expect({ url, status: answer.status }).toEqual({ url, status: 422 })
      expect(answer.json['message']).toBe('Validation Failed')
    }
    expect(await settle()).toEqual([])
  })

  test('organization hooks need admin:org_hook; they ping and receive the events of the organization repositories', async () => {
    const hook = await createHook('/org', ['issues', 'repository'], '/orgs/sandbox-org')
    const [ping] = await settle()
    expect(ping?.headers['x-github-hook-installation-target-type']).toBe('organization')
    expect(checkWebhookPayload('ping', ping?.payload ?? {})).toEqual([])
    await api('POST', '/repos/sandbox-org/team-service/issues', { title: 'for the org hook' })
    const [opened] = await settle()
    expect(opened).toMatchObject({ event: 'issues', payload: { action: 'opened', organization: { login: 'sandbox-org' } } })
    expect(checkWebhookPayload('issues', opened?.payload ?? {})).toEqual([])
    // A token without admin:org_hook does not see organization hooks.
    const plain = await accessToken(sandbox, 'repo')
    const refused = await restClient(sandbox, () => plain)('GET', '/orgs/sandbox-org/hooks')
    expect(refused.status).toBe(404)
    await api('DELETE', `/orgs/sandbox-org/hooks/${hook.id}`)
  })
})

describe('events on state changes', () => {
  let hookId = 0
  beforeAll(async () => {
    hookId = (await createHook('/events', ALL)).id
    await settle()
  })
  afterAll(async () => {
    await api('DELETE', `/repos/${REPO}/hooks/${hookId}`)
  })

  /** Every delivery is signed and its payload is valid against GitHub's webhook description. */
  const checked = async (): Promise<{ event: string; action?: unknown; payload: Record<string, unknown> }[]> => {
    const got = await settle()
    for (const delivery of got) {
      expect(verify(delivery, SECRET)).toBe(true)
      expect(delivery.headers['x-github-hook-id']).toBe(String(hookId))
      expect({
        event: delivery.event,
        action: delivery.payload['action'],
        errors: checkWebhookPayload(delivery.event, delivery.payload),
      }).toEqual({
        event: delivery.event,
        action: delivery.payload['action'],
        errors: [],
      })
    }
    return got.map((delivery) => ({ event: delivery.event, action: delivery.payload['action'], payload: delivery.payload }))
  }
  const names = (events: { event: string; action?: unknown }[]) =>
    events.map((item) => (item.action ? `${item.event}.${String(item.action)}` : item.event))

  test('issues: opened, edited, labeled, assigned, closed, reopened; comments created, edited, deleted', async () => {
    const issue = await api<{ number: number }>('POST', `/repos/${REPO}/issues`, { title: 'Webhook issue', body: 'first' })
    const path = `/repos/${REPO}/issues/${issue.json.number}`
    expect(names(await checked())).toEqual(['issues.opened'])
    await api('PATCH', path, { title: 'Webhook issue, edited' })
    const [edited] = await checked()
    expect(edited?.payload['changes']).toEqual({ title: { from: 'Webhook issue' } })
    await api('POST', `${path}/labels`, { labels: ['bug'] })
    await api('PATCH', path, { assignees: ['sandbox-hubot'] })
    await api('PATCH', path, { state: 'closed' })
    await api('PATCH', path, { state: 'open' })
    expect(names(await checked())).toEqual(['issues.labeled', 'issues.assigned', 'issues.closed', 'issues.reopened'])
    const comment = await api<{ id: number }>('POST', `${path}/comments`, { body: 'a comment' })
    await api('PATCH', `/repos/${REPO}/issues/comments/${comment.json.id}`, { body: 'edited comment' })
    await api('DELETE', `/repos/${REPO}/issues/comments/${comment.json.id}`)
    expect(names(await checked())).toEqual(['issue_comment.created', 'issue_comment.edited', 'issue_comment.deleted'])
  })

  test('branches, contents and tags: create, push, delete', async () => {
    const main = await api<{ object: { sha: string } }>('GET', `/repos/${REPO}/git/ref/heads/main`)
    const branch = `hook-${randomBytes(3).toString('hex')}`
    await api('POST', `/repos/${REPO}/git/refs`, { ref: `refs/heads/${branch}`, sha: main.json.object.sha })
    expect(names(await checked())).toEqual(['create', 'push'])
    await api('PUT', `/repos/${REPO}/contents/hooks/${branch}.md`, {
      message: 'Add a file for the push event',
      content: Buffer.from('pushed\n').toString('base64'),
      branch,
    })
    const [push] = await checked()
    expect(push).toMatchObject({ event: 'push', payload: { ref: `refs/heads/${branch}`, created: false } })
    const commits = push?.payload['commits'] as { message: string; added: string[] }[]
    expect(commits.map((commit) => [commit.message, commit.added])).toEqual([['Add a file for the push event', [`hooks/${branch}.md`]]])
    await api('DELETE', `/repos/${REPO}/git/refs/heads/${branch}`)
    const deleted = await checked()
    expect(names(deleted)).toEqual(['delete', 'push'])
    expect(deleted[1]?.payload).toMatchObject({ deleted: true, after: '0'.repeat(40) })
  })

  test('releases publish (and create their tag); stars; collaborators; forks', async () => {
    const tag = `v9.${randomBytes(2).readUInt16BE()}.0`
    await api('POST', `/repos/${REPO}/releases`, { tag_name: tag, name: tag })
    expect(names(await checked())).toEqual(['create', 'push', 'release.created', 'release.published', 'release.released'])
    await api('PUT', `/user/starred/${REPO}`)
    await api('DELETE', `/user/starred/${REPO}`)
    expect(names(await checked())).toEqual(['star.created', 'star.deleted'])
    await api('PUT', `/repos/${REPO}/collaborators/sandbox-monalisa`, { permission: 'triage' })
    await api('DELETE', `/repos/${REPO}/collaborators/sandbox-monalisa`)
    await api('PUT', `/repos/${REPO}/collaborators/sandbox-monalisa`, { permission: 'push' })
    const members = await checked()
    expect(names(members)).toEqual(['member.edited', 'member.removed', 'member.added'])
    expect(members.map((member) => (member.payload['member'] as { login?: string }).login)).toEqual([
      'sandbox-monalisa',
      'sandbox-monalisa',
      'sandbox-monalisa',
    ])
    // A seeded collaborator (push, legacy "write") given triage (legacy "read"); then added back with push.
    expect(members[0]?.payload['changes']).toEqual({ old_permission: { from: 'write' }, permission: { from: 'write', to: 'read' } })
    expect(members[2]?.payload['changes']).toEqual({ permission: { to: 'write' }, role_name: { to: 'write' } })
    await api('POST', `/repos/${REPO}/forks`, { organization: 'sandbox-org', name: `fork-${randomBytes(3).toString('hex')}` })
    const [fork] = await checked()
    expect(fork?.event).toBe('fork')
  })

  test('the repository events feed lists what the webhooks told, newest first, in the Events API shape', async () => {
    const feed = await api<{ type: string; payload: { action?: string }; actor: { login: string }; repo: { name: string } }[]>(
      'GET',
      `/repos/${REPO}/events?per_page=100`,
    )
    expect(feed.status).toBe(200)
    const types = feed.json.map((event) => (event.payload.action ? `${event.type}.${event.payload.action}` : event.type))
    // Newest first: the fork, the star (GitHub's WatchEvent "started"; an unstar is not in the feed), the release…
    expect(types.slice(0, 3)).toEqual(['ForkEvent.forked', 'WatchEvent.started', 'ReleaseEvent.released'])
    expect(types).toEqual(
      expect.arrayContaining(['IssuesEvent.opened', 'IssueCommentEvent.created', 'CreateEvent', 'PushEvent', 'DeleteEvent']),
    )
    expect(feed.json.every((event) => event.repo.name.toLowerCase() === REPO.toLowerCase())).toBe(true)
  })

  test('a discussion a person starts (control server; the REST API has none) is delivered as discussion.created, with its page', async () => {
    const title = `Ideas ${randomBytes(3).toString('hex')}`
    const started = await sandbox.startDiscussion({ repository: REPO, title, body: 'What if…', category: 'Q&A', author: 'sandbox-hubot' })
    const [created, ...rest] = await checked()
    expect(rest).toEqual([])
    expect(created && names([created])).toEqual(['discussion.created'])
    expect(created?.payload['discussion']).toEqual(started)
    expect(started).toMatchObject({
      title,
      body: 'What if…',
      state: 'open',
      user: { login: 'sandbox-hubot' },
      author_association: 'COLLABORATOR',
      category: { name: 'Q&A', slug: 'q-a', is_answerable: true },
    })
    // Numbered with the repository's issues and pull requests, as on GitHub.
    const issue = await api<{ number: number }>('POST', `/repos/${REPO}/issues`, { title: 'After the discussion' })
    expect(issue.json.number).toBe(Number(started['number']) + 1)
    await checked()
    const page = await fetch(String(started['html_url']))
    expect(page.status).toBe(200)
    expect(await page.text()).toContain(title)

    await expect(sandbox.startDiscussion({ repository: REPO, title, category: 'Rants' })).rejects.toThrow(
      /No discussion category Rants; the categories are Announcements, General, Ideas, Polls, Q&A, Show and tell/,
    )
    await expect(sandbox.startDiscussion({ repository: 'sandbox-octocat/nothing-here', title })).rejects.toThrow(/No repository/)
    await expect(sandbox.startDiscussion({ repository: REPO, title: ' ' })).rejects.toThrow(/needs a title/)
    expect(await checked()).toEqual([])
  })

  test("the repository page's form starts a discussion as the sandbox user (password required, same origin only)", async () => {
    const repoPage = await (await fetch(`${sandbox.serverUrl}/${REPO}`)).text()
    expect(repoPage).toContain('<form id="new-discussion" method="post" action="/sandbox-octocat/hello-sandbox/discussions">')
    const post = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
      fetch(`${sandbox.serverUrl}/${REPO}/discussions`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body: new URLSearchParams(fields).toString(),
        redirect: 'manual',
      })
    const title = `From the page ${randomBytes(3).toString('hex')}`
    const wrong = await post({ title, category: 'Ideas', password: 'guess' })
    expect(wrong.status).toBe(401)
    expect(await wrong.text()).toContain('Enter the password of sandbox-octocat')
    const elsewhere = await post({ title, category: 'Ideas', password: sandbox.user.password }, { origin: 'https://evil.example' })
    expect(elsewhere.status).toBe(403)
    const unknown = await post({ title, category: 'Rants', password: sandbox.user.password })
    expect(unknown.status).toBe(400)
    expect(await unknown.text()).toContain('No discussion category Rants')
    expect(await checked()).toEqual([])

    const started = await post({ title, body: 'Posted', category: 'Ideas', password: sandbox.user.password }, { origin: sandbox.serverUrl })
    expect(started.status).toBe(303)
    const [created, ...rest] = await checked()
    expect(rest).toEqual([])
    const discussion = created?.payload['discussion'] as {
      number: number
      title: string
      user: { login: string }
      category: { name: string }
    }
    expect(discussion).toMatchObject({ title, user: { login: 'sandbox-octocat' }, category: { name: 'Ideas' } })
    expect(started.headers.get('location')).toBe(`/${REPO}/discussions/${discussion.number}`)
    expect(await (await fetch(`${sandbox.serverUrl}/${REPO}`)).text()).toContain(`#${discussion.number} ${title}`)
  })

  test('pull requests: opened, review_requested, review submitted, closed with merged', async () => {
    const main = await api<{ object: { sha: string } }>('GET', `/repos/${REPO}/git/ref/heads/main`)
    const branch = `pr-${randomBytes(3).toString('hex')}`
    await api('POST', `/repos/${REPO}/git/refs`, { ref: `refs/heads/${branch}`, sha: main.json.object.sha })
    await api('PUT', `/repos/${REPO}/contents/pr/${branch}.md`, {
      message: 'PR change',
      content: Buffer.from('x').toString('base64'),
      branch,
    })
    await checked()
    const pull = await api<{ number: number }>('POST', `/repos/${REPO}/pulls`, { title: 'Webhook PR', head: branch, base: 'main' })
    expect(pull.status).toBe(201)
    const path = `/repos/${REPO}/pulls/${pull.json.number}`
    await api('POST', `${path}/requested_reviewers`, { reviewers: ['sandbox-monalisa'] })
    await api('POST', `${path}/reviews`, { event: 'COMMENT', body: 'Looks fine' })
    expect(names(await checked())).toEqual(['pull_request.opened', 'pull_request.review_requested', 'pull_request_review.submitted'])
    const head = await api<{ head: { sha: string } }>('GET', path)
    const comment = await api<{ id: number }>('POST', `${path}/comments`, {
      body: 'On this file',
      commit_id: head.json.head.sha,
      path: `pr/${branch}.md`,
      subject_type: 'file',
    })
    expect(comment.status).toBe(201)
    const reply = await api<{ id: number }>('POST', `${path}/comments/${comment.json.id}/replies`, { body: 'A reply' })
    expect(reply.json.id).not.toBe(comment.json.id)
    const commented = await checked()
    expect(names(commented)).toEqual(['pull_request_review_comment.created', 'pull_request_review_comment.created'])
    expect(commented[1]?.payload).toMatchObject({ comment: { body: 'A reply', in_reply_to_id: comment.json.id } })
    expect((await api('PUT', `${path}/merge`, {})).status).toBe(200)
    const merged = await checked()
    expect(names(merged)).toEqual(['push', 'pull_request.closed'])
    expect(merged[1]?.payload).toMatchObject({ pull_request: { merged: true } })
  })

  test('deployments and their statuses: created', async () => {
    const deployment = await api<{ id: number }>('POST', `/repos/${REPO}/deployments`, {
      ref: 'main',
      environment: 'staging',
      required_contexts: [],
    })
    expect(deployment.status).toBe(201)
    expect((await api('POST', `/repos/${REPO}/deployments/${deployment.json.id}/statuses`, { state: 'success' })).status).toBe(201)
    const events = await checked()
    expect(names(events)).toEqual(['deployment.created', 'deployment_status.created'])
    expect(events[1]?.payload).toMatchObject({ deployment_status: { state: 'success' }, deployment: { id: deployment.json.id } })
  })

  test('a dispatched workflow run is requested with its job and check run, started, then all completed with the check suite', async () => {
    expect((await api('POST', `/repos/${REPO}/actions/workflows/ci.yml/dispatches`, { ref: 'main' })).status).toBe(204)
    // Sent at once (the rest follows 1 s and 4 s after the dispatch, so a slow machine may see some of it here too).
    const requested = await checked()
    expect(names(requested).slice(0, 3)).toEqual(['workflow_run.requested', 'workflow_job.queued', 'check_run.created'])
    const run = requested[0]?.payload['workflow_run'] as { id: number; check_suite_id: number; head_sha: string }
    const job = requested[1]?.payload['workflow_job'] as { id: number }
    expect(job).toMatchObject({ run_id: run.id, status: 'queued', conclusion: null, runner_id: null })
    expect(requested[2]?.payload['check_run']).toMatchObject({ id: job.id, status: 'queued', check_suite: { id: run.check_suite_id } })
    // The run completes 4 s after the dispatch; a loaded machine may fire the sandbox's timer late.
    await waitFor(
      async () => received.some((delivery) => delivery.event === 'workflow_run' && delivery.payload['action'] === 'completed'),
      'the run to complete',
    )
    const later = [...requested.slice(3), ...(await checked())]
    expect(names(later)).toEqual([
      'workflow_run.in_progress',
      'workflow_job.in_progress',
      'workflow_job.completed',
      'check_run.completed',
      'check_suite.completed',
      'workflow_run.completed',
    ])
    expect(later[0]?.payload['workflow_run']).toMatchObject({ id: run.id, status: 'in_progress', conclusion: null })
    expect(later[1]?.payload['workflow_job']).toMatchObject({ id: job.id, status: 'in_progress', conclusion: null })
    const completed = later.slice(2)
    expect(completed[0]?.payload['workflow_job']).toMatchObject({ id: job.id, status: 'completed', conclusion: 'success' })
    expect(completed[1]?.payload['check_run']).toMatchObject({ id: job.id, name: 'build', head_sha: run.head_sha, conclusion: 'success' })
    expect(completed[2]?.payload['check_suite']).toMatchObject({
      id: run.check_suite_id,
      head_sha: run.head_sha,
      conclusion: 'success',
      app: { slug: 'github-actions' },
    })
    expect(completed[3]?.payload['workflow_run']).toMatchObject({ id: run.id, conclusion: 'success' })
  }, 15_000)
})

describe('delivery log and redelivery', () => {
  test('each delivery is logged with its answer; a redelivery resends the same bytes and delivery id', async () => {
    failing.add('/failing')
    const hook = await createHook('/failing', ['issues'])
    const [ping] = await settle()
    const base = `/repos/${REPO}/hooks/${hook.id}`
    const log = await api<{ id: number; guid: string; status: string; status_code: number; event: string; redelivery: boolean }[]>(
      'GET',
      `${base}/deliveries`,
    )
    expect(log.json).toEqual([
      expect.objectContaining({
        guid: ping?.headers['x-github-delivery'],
        status: 'Invalid HTTP Response: 500',
        status_code: 500,
        event: 'ping',
        redelivery: false,
      }),
    ])
    const detail = await api<{ request: { headers: Record<string, string>; payload: unknown }; response: { payload: string } }>(
      'GET',
      `${base}/deliveries/${log.json[0]?.id}`,
    )
    expect(detail.json.request.payload).toEqual(ping?.payload)
    expect(detail.json.response.payload).toBe('broken')
    expect(JSON.stringify(detail.json)).not.toContain(SECRET)

    failing.delete('/failing')
    expect((await api('POST', `${base}/deliveries/${log.json[0]?.id}/attempts`)).status).toBe(202)
    const [again] = await settle()
    expect(again?.headers['x-github-delivery']).toBe(ping?.headers['x-github-delivery'])
    expect(again?.raw.equals(ping?.raw ?? Buffer.alloc(0))).toBe(true)
    const after = await api<{ status: string; redelivery: boolean }[]>('GET', `${base}/deliveries`)
    expect(after.json.map((item) => [item.status, item.redelivery])).toEqual([
      ['OK', true],
      ['Invalid HTTP Response: 500', false],
    ])
    const listed = await api<{ last_response: { code: number } }>('GET', base)
    expect(listed.json.last_response.code).toBe(200)

    // An inactive hook receives nothing.
    await api('PATCH', base, { active: false })
    await api('POST', `/repos/${REPO}/issues`, { title: 'nobody listens' })
    expect((await settle()).filter((delivery) => delivery.path === '/failing')).toEqual([])
    await api('DELETE', base)
  })

  test('the hooks API answers conform to the description', async () => {
    expect(await sandbox.responseViolations()).toEqual([])
  })
})
