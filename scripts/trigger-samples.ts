/**
 * Builds src/github/triggers/samples.ts, the `@sampleResult` of every trigger block, from GitHub's
 * own example payloads in @octokit/webhooks-examples (devDependency, exact version). That package
 * was chosen because @octokit/openapi-webhooks ships body examples for only 6 of its 261 webhooks
 * (none of issues, pull_request or push).
 *
 * The payloads are trimmed so that the samples stay readable in the flow builder: the dozens of
 * `*_url` API templates are dropped (`html_url` is kept: a person clicks it), and users and
 * repositories nested inside an object keep their identifying fields only.
 *
 * Run: `npx tsx scripts/trigger-samples.ts --write` (then `npx prettier --write src/github/triggers/samples.ts`).
 * test/triggers/samples.test.ts checks that the committed file is what this builder produces.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

interface WebhookDefinition {
  name: string
  examples: JsonObject[]
}

const USER_KEYS = ['login', 'id', 'type', 'html_url', 'site_admin']
const REPOSITORY_KEYS = ['id', 'name', 'full_name', 'private', 'html_url', 'description', 'fork', 'default_branch', 'owner']

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function pickKeys(value: JsonObject, keys: string[]): JsonObject {
  const out: JsonObject = {}
  for (const key of keys) if (key in value) out[key] = trim(value[key] as Json, true)
  return out
}

/** `nested` is false for the root payload (and its direct children), so the event's own objects stay whole. */
function trim(value: Json, nested: boolean): Json {
  if (Array.isArray(value)) return value.slice(0, 3).map((item) => trim(item, nested))
  if (!isObject(value)) return value
  if (nested && typeof value.login === 'string') return pickKeys(value, USER_KEYS)
  if (nested && typeof value.full_name === 'string') return pickKeys(value, REPOSITORY_KEYS)
  const out: JsonObject = {}
  for (const [key, child] of Object.entries(value)) {
    if (key.endsWith('_url') && key !== 'html_url') continue
    if (key === 'url' && nested) continue
    out[key] = trim(child, true)
  }
  return out
}

/** Trims the direct children of the root less: `issue`, `pull_request` etc. keep their own fields. */
function trimPayload(payload: JsonObject): JsonObject {
  const out: JsonObject = {}
  for (const [key, child] of Object.entries(payload)) {
    if (key.endsWith('_url') && key !== 'html_url') continue
    if (isObject(child) && typeof child.login !== 'string' && typeof child.full_name !== 'string') {
      const inner: JsonObject = {}
      for (const [k, v] of Object.entries(child)) {
        if (k.endsWith('_url') && k !== 'html_url') continue
        inner[k] = trim(v, true)
      }
      out[key] = inner
    } else {
      out[key] = trim(child, key !== 'repository' && key !== 'sender' && key !== 'organization')
    }
  }
  return out
}

function examples(): WebhookDefinition[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('@octokit/webhooks-examples') as WebhookDefinition[]
}

function example(defs: WebhookDefinition[], event: string, test: (payload: JsonObject) => boolean = () => true): JsonObject {
  const def = defs.find((d) => d.name === event)
  const found = def?.examples.find(test)
  if (!found) throw new Error(`@octokit/webhooks-examples has no example for ${event}`)
  return found
}

const action = (name: string) => (payload: JsonObject) => payload.action === name

function child(payload: JsonObject, key: string): JsonObject {
  const value = payload[key]
  if (!isObject(value)) throw new Error(`example has no object "${key}"`)
  return value
}

const SAMPLE_DELIVERY_ID = '72d3162e-cc78-11e3-81ab-4c9367dc0958'

export function buildSamples(): Record<string, JsonObject> {
  const defs = examples()
  const realtime = (githubEvent: string, test?: (p: JsonObject) => boolean): JsonObject => ({
    deliveryId: SAMPLE_DELIVERY_ID,
    githubEvent,
    ...trimPayload(example(defs, githubEvent, test)),
  })
  const sub = (githubEvent: string, key: string, test?: (p: JsonObject) => boolean): JsonObject =>
    trimPayload({ [key]: child(example(defs, githubEvent, test), key) })[key] as JsonObject

  const push = example(defs, 'push', (p) => isObject(p.head_commit ?? null))
  const headCommit = child(push, 'head_commit')
  const pushRepository = child(push, 'repository')
  const pushSender = child(push, 'sender')
  const eventOf = (type: string, payload: JsonObject): JsonObject => ({
    id: '22249084964',
    type,
    actor: pickKeys(pushSender, USER_KEYS),
    repo: { id: pushRepository.id as Json, name: pushRepository.full_name as Json },
    payload,
    public: true,
    created_at: headCommit.timestamp as Json,
  })
  const notification = (reason: string): JsonObject => {
    const issue = child(example(defs, 'issues', action('opened')), 'issue')
    return {
      id: '1',
      unread: true,
      reason,
      updated_at: issue.updated_at as Json,
      subject: { title: issue.title as Json, type: 'Issue' },
      repository: pickKeys(pushRepository, REPOSITORY_KEYS),
    }
  }

  const closed = (item: JsonObject, merged: boolean): JsonObject => {
    const at = (item.closed_at ?? item.updated_at) as Json
    return merged ? { ...item, state: 'closed', closed_at: at, merged: true, merged_at: at } : { ...item, state: 'closed', closed_at: at }
  }

  return {
    // Realtime blocks: the event data is GitHub's payload plus its delivery id and event name.
    onIssue: realtime('issues', action('opened')),
    onIssueComment: realtime('issue_comment', action('created')),
    onPullRequest: realtime('pull_request', action('opened')),
    onPullRequestReview: realtime('pull_request_review', action('submitted')),
    onPullRequestReviewComment: realtime('pull_request_review_comment', action('created')),
    onPush: realtime('push', (p) => isObject(p.head_commit ?? null)),
    onBranchOrTagCreated: realtime('create'),
    onBranchOrTagDeleted: realtime('delete'),
    onRelease: realtime('release', action('published')),
    onStar: realtime('star', action('created')),
    onFork: realtime('fork'),
    onWorkflowRun: realtime('workflow_run', action('completed')),
    onWorkflowJob: realtime('workflow_job', action('completed')),
    onCheckSuite: realtime('check_suite', action('completed')),
    onCheckRun: realtime('check_run', action('completed')),
    onDeploymentStatus: realtime('deployment_status'),
    onDiscussion: realtime('discussion', action('created')),
    onMemberAdded: realtime('member', action('added')),
    onRepository: realtime('repository', action('created')),

    // Polling blocks: the event data is the item of GitHub's REST list.
    pollNewIssue: sub('issues', 'issue', action('opened')),
    // The examples hold no issue `closed` and no merged pull request: those two are the closest example with the closing fields set.
    pollIssueClosed: closed(sub('issues', 'issue', action('opened')), false),
    pollNewPullRequest: sub('pull_request', 'pull_request', action('opened')),
    pollPullRequestMerged: closed(sub('pull_request', 'pull_request', action('closed')), true),
    pollNewCommit: {
      sha: headCommit.id as Json,
      commit: {
        message: headCommit.message as Json,
        author: { ...(headCommit.author as JsonObject), date: headCommit.timestamp as Json },
        committer: { ...(headCommit.committer as JsonObject), date: headCommit.timestamp as Json },
      },
      html_url: headCommit.url as Json,
      author: pickKeys(pushSender, USER_KEYS),
    },
    pollNewBranch: { name: String(push.ref).replace(/^refs\/heads\//, ''), commit: { sha: push.after as Json }, protected: false },
    pollNewStar: eventOf('WatchEvent', { action: 'started' }),
    pollNewCommitComment: eventOf('CommitCommentEvent', { comment: sub('commit_comment', 'comment') }),
    pollRepositoryEvent: eventOf('PushEvent', { ref: push.ref as Json, head: push.after as Json, before: push.before as Json, size: 1 }),
    pollNewRelease: sub('release', 'release', action('published')),
    pollNewLabel: sub('label', 'label', action('created')),
    pollNewMilestone: sub('milestone', 'milestone', action('created')),
    pollNewCollaborator: pickKeys(child(example(defs, 'member', action('added')), 'member'), USER_KEYS),
    pollNewWatcher: pickKeys(child(example(defs, 'watch'), 'sender'), USER_KEYS),
    pollNewOrganization: sub('organization', 'organization'),
    pollNewRepository: sub('repository', 'repository', action('created')),
    pollNewTeam: sub('team', 'team', action('created')),
    pollWorkflowRunFinished: sub('workflow_run', 'workflow_run', action('completed')),
    // No webhook carries a gist or a notification: these two are assembled from example fields.
    pollNewGist: {
      id: 'aa5a315d61ae9438b18d',
      description: 'Hello World Examples',
      public: true,
      html_url: 'https://gist.github.com/aa5a315d61ae9438b18d',
      files: { 'hello_world.rb': { filename: 'hello_world.rb', type: 'application/x-ruby', language: 'Ruby', size: 167 } },
      created_at: headCommit.timestamp as Json,
      updated_at: headCommit.timestamp as Json,
      owner: pickKeys(pushSender, USER_KEYS),
    },
    pollNewNotification: notification('subscribed'),
    pollNewMention: notification('mention'),
    pollNewReviewRequest: notification('review_requested'),
  }
}

function render(samples: Record<string, JsonObject>): string {
  return [
    '// GENERATED by scripts/trigger-samples.ts from @octokit/webhooks-examples: do not edit by hand.',
    'export const SAMPLES: Record<string, Record<string, unknown>> = ' + JSON.stringify(samples, null, 2),
    '',
  ].join('\n')
}

if (process.argv.includes('--write')) {
  const target = join(__dirname, '..', 'src', 'github', 'triggers', 'samples.ts')
  writeFileSync(target, render(buildSamples()))
  process.stdout.write(`wrote ${target}\n`)
}
