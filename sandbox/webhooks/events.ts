import { RUN_ENDS_MS, RUN_STARTS_MS, describeRole } from '../rest/render'
import {
  roleOf,
  type Account,
  type Comment,
  type Commit,
  type Issue,
  type Release,
  type Repository,
  type Review,
  type ReviewComment,
  type Role,
} from '../rest/state'
import type { World } from '../rest/world'
import type { Hook, HookTarget } from './hooks'

/**
 * Which webhook events a write caused, found by comparing the repository before and after the request rather than by
 * hooks in every handler: whatever writes an issue, a branch or a release — an action of the service, a merge, a
 * contents write — produces the event GitHub would send, and a new handler needs no event code.
 * https://docs.github.com/en/webhooks/webhook-events-and-payloads
 *
 * Events: issues (opened, edited, closed, reopened, labeled, unlabeled, assigned, unassigned, locked, unlocked),
 * issue_comment (created, edited, deleted), pull_request (opened, edited, closed with merged, reopened,
 * review_requested), pull_request_review (submitted), push (any branch or tag moving: contents writes, ref updates,
 * merges), create and delete (branches and tags), release (created, published, released), star (created, deleted),
 * fork, workflow_run (requested, then completed when the run finishes) with its workflow_job (queued, completed),
 * check_run (created, completed) and check_suite (completed), repository
 * (created, in organizations), member
 * (added, removed: collaborators), ping.
 */

interface IssueSnapshot {
  issue: Issue
  labels: string[]
}

export interface Snapshot {
  repo: Repository | undefined
  /** Repository keys, for forks and new repositories. */
  repositories: Set<string>
  issues: Map<number, IssueSnapshot>
  comments: Map<number, Comment>
  reviewComments: Map<number, ReviewComment>
  reviews: Set<number>
  releases: Map<number, Release>
  /** Run id → attempt and cancellation, to see reruns and cancels. */
  runs: Map<number, { attempt: number; cancelledAt: string | null }>
  branches: Map<string, string>
  tags: Map<string, string>
  stargazers: Set<string>
  discussions: Set<number>
  /** Collaborator → role, to see who was added, removed or given another role. */
  collaborators: Map<string, Role | undefined>
}

export interface Emitted {
  event: string
  payload: Record<string, unknown>
  repo: Repository
}

const clone = <T>(value: T): T => structuredClone(value)

export function snapshot(world: World, repo: Repository | undefined): Snapshot {
  const labelNames = (issue: Issue): string[] =>
    issue.labels.map((id) => repo?.labels.find((label) => label.id === id)?.name ?? '').filter(Boolean)
  return {
    repo,
    repositories: new Set(world.state.repositories.keys()),
    issues: new Map((repo?.issues ?? []).map((issue) => [issue.id, { issue: clone(issue), labels: labelNames(issue) }])),
    comments: new Map((repo?.comments ?? []).map((comment) => [comment.id, { ...comment }])),
    reviewComments: new Map((repo?.reviewComments ?? []).map((comment) => [comment.id, { ...comment }])),
    reviews: new Set((repo?.reviews ?? []).map((review) => review.id)),
    releases: new Map((repo?.releases ?? []).map((release) => [release.id, { ...release }])),
    runs: new Map((repo?.runs ?? []).map((run) => [run.id, { attempt: run.attempt, cancelledAt: run.cancelledAt }])),
    branches: new Map(repo?.branches ?? []),
    tags: new Map(repo?.tags ?? []),
    stargazers: new Set(repo?.stargazers.keys() ?? []),
    discussions: new Set((repo?.discussions ?? []).map((discussion) => discussion.id)),
    collaborators: new Map((repo?.collaborators ?? []).map((login) => [login, repo && roleOf(repo, login)])),
  }
}

/** The events between two snapshots of one repository (and the repositories that appeared), in GitHub's order. */
export function changes(world: World, before: Snapshot, viewer: Account): Emitted[] {
  const { state, render } = world
  const out: Emitted[] = []
  const repo = before.repo
  if (repo) {
    const emit = (event: string, payload: Record<string, unknown>): void => {
      out.push({ event, repo, payload })
    }
    // Branches and tags: create/delete, and a push for every ref that moved.
    for (const [kind, previous, current, prefix] of [
      ['branch', before.branches, repo.branches, 'refs/heads/'],
      ['tag', before.tags, repo.tags, 'refs/tags/'],
    ] as const) {
      for (const [name, sha] of current) {
        const old = previous.get(name)
        if (old === sha) continue
        if (old === undefined)
          emit('create', {
            ref: name,
            ref_type: kind,
            master_branch: repo.defaultBranch,
            description: repo.description,
            pusher_type: 'user',
          })
        emit('push', pushPayload(world, repo, `${prefix}${name}`, old, sha, viewer))
      }
      for (const [name, old] of previous) {
        if (current.has(name)) continue
        emit('delete', { ref: name, ref_type: kind, pusher_type: 'user' })
        emit('push', pushPayload(world, repo, `${prefix}${name}`, old, undefined, viewer))
      }
    }

    for (const issue of repo.issues) {
      const old = before.issues.get(issue.id)
      const event = issue.pull ? 'pull_request' : 'issues'
      const subject = (): Record<string, unknown> =>
        issue.pull ? { number: issue.number, pull_request: render.pullRequest(repo, issue) } : { issue: render.issue(repo, issue) }
      if (!old) {
        emit(event, { action: 'opened', ...subject() })
        continue
      }
      const changed: Record<string, { from: string | null }> = {}
      if (old.issue.title !== issue.title) changed['title'] = { from: old.issue.title }
      if (old.issue.body !== issue.body) changed['body'] = { from: old.issue.body }
      if (Object.keys(changed).length > 0) emit(event, { action: 'edited', changes: changed, ...subject() })
      if (old.issue.state === 'open' && issue.state === 'closed') emit(event, { action: 'closed', ...subject() })
      if (old.issue.state === 'closed' && issue.state === 'open') emit(event, { action: 'reopened', ...subject() })
      const labels = issue.labels.map((id) => repo.labels.find((label) => label.id === id)).filter((label) => label !== undefined)
      for (const label of labels)
        if (!old.labels.includes(label.name)) emit(event, { action: 'labeled', label: render.label(repo, label), ...subject() })
      for (const name of old.labels) {
        if (labels.some((label) => label.name === name)) continue
        const label = repo.labels.find((candidate) => candidate.name === name)
        emit(event, { action: 'unlabeled', ...(label && { label: render.label(repo, label) }), ...subject() })
      }
      for (const login of issue.assignees)
        if (!old.issue.assignees.includes(login)) emit(event, { action: 'assigned', assignee: render.userByLogin(login), ...subject() })
      for (const login of old.issue.assignees)
        if (!issue.assignees.includes(login)) emit(event, { action: 'unassigned', assignee: render.userByLogin(login), ...subject() })
      if (!old.issue.locked && issue.locked) emit(event, { action: 'locked', ...subject() })
      if (old.issue.locked && !issue.locked) emit(event, { action: 'unlocked', ...subject() })
      for (const login of issue.pull?.requestedReviewers ?? []) {
        if (old.issue.pull?.requestedReviewers.includes(login)) continue
        emit('pull_request', { action: 'review_requested', requested_reviewer: render.userByLogin(login), ...subject() })
      }
    }

    const issueOf = (number: number): Issue | undefined => repo.issues.find((issue) => issue.number === number)
    for (const comment of repo.comments) {
      const issue = issueOf(comment.issueNumber)
      if (!issue) continue
      const old = before.comments.get(comment.id)
      const payload = { issue: render.issue(repo, issue), comment: render.comment(repo, comment) }
      if (!old) emit('issue_comment', { action: 'created', ...payload })
      else if (old.body !== comment.body) emit('issue_comment', { action: 'edited', changes: { body: { from: old.body } }, ...payload })
    }
    for (const [id, old] of before.comments) {
      const issue = issueOf(old.issueNumber)
      if (issue && !repo.comments.some((comment) => comment.id === id))
        emit('issue_comment', { action: 'deleted', issue: render.issue(repo, issue), comment: render.comment(repo, old) })
    }

    // Review comments on a pull request's diff: created (new ones and replies), edited, deleted.
    for (const comment of repo.reviewComments) {
      const pull = issueOf(comment.pullNumber)
      if (!pull) continue
      const old = before.reviewComments.get(comment.id)
      const payload = { comment: reviewCommentPayload(world, repo, comment), pull_request: render.pullRequest(repo, pull) }
      if (!old) emit('pull_request_review_comment', { action: 'created', ...payload })
      else if (old.body !== comment.body)
        emit('pull_request_review_comment', { action: 'edited', changes: { body: { from: old.body } }, ...payload })
    }
    for (const [id, old] of before.reviewComments) {
      const pull = issueOf(old.pullNumber)
      if (pull && !repo.reviewComments.some((comment) => comment.id === id))
        emit('pull_request_review_comment', {
          action: 'deleted',
          comment: reviewCommentPayload(world, repo, old),
          pull_request: render.pullRequest(repo, pull),
        })
    }

    for (const review of repo.reviews) {
      if (before.reviews.has(review.id) || review.state === 'PENDING') continue
      const pull = issueOf(review.pullNumber)
      if (pull)
        emit('pull_request_review', {
          action: 'submitted',
          review: reviewPayload(world, repo, review),
          pull_request: render.pullRequest(repo, pull),
        })
    }

    for (const release of repo.releases) {
      const old = before.releases.get(release.id)
      const payload = (): Record<string, unknown> => ({ release: render.release(repo, release) })
      if (!old) emit('release', { action: 'created', ...payload() })
      if ((!old || old.draft) && !release.draft) {
        emit('release', { action: 'published', ...payload() })
        if (!release.prerelease) emit('release', { action: 'released', ...payload() })
      }
    }

    for (const login of repo.stargazers.keys())
      if (!before.stargazers.has(login)) emit('star', { action: 'created', starred_at: repo.stargazers.get(login) ?? null })
    for (const login of before.stargazers) if (!repo.stargazers.has(login)) emit('star', { action: 'deleted', starred_at: null })
    for (const discussion of repo.discussions)
      if (!before.discussions.has(discussion.id)) emit('discussion', { action: 'created', discussion: render.discussion(repo, discussion) })
    // Collaborators (the sandbox accepts an invitation at once, which is when GitHub sends "added"), and role changes.
    for (const login of repo.collaborators) {
      const role = roleOf(repo, login) ?? 'push'
      const old = before.collaborators.get(login)
      if (!before.collaborators.has(login)) {
        const changes = { permission: { to: describeRole(role).legacy }, role_name: { to: describeRole(role).roleName } }
        emit('member', { action: 'added', member: render.userByLogin(login), changes })
      } else if (old !== undefined && old !== role) {
        const from = describeRole(old).legacy
        const changes = { old_permission: { from }, permission: { from, to: describeRole(role).legacy } }
        emit('member', { action: 'edited', member: render.userByLogin(login), changes })
      }
    }
    for (const login of before.collaborators.keys()) {
      if (!repo.collaborators.includes(login)) emit('member', { action: 'removed', member: render.userByLogin(login) })
    }

    for (const run of repo.runs) {
      const old = before.runs.get(run.id)
      // A new run or a new attempt is requested, its job queued and its check run created (their start and completion
      // are sent later: see runSchedule); a cancel completes them at once.
      if (!old || old.attempt !== run.attempt) {
        emit('workflow_run', runPayload(world, repo, run, 'requested', Date.now()))
        emit('workflow_job', { action: 'queued', workflow_job: queuedJob(world, repo, run) })
        emit('check_run', { action: 'created', check_run: checkRun(world, repo, run, Date.parse(run.attemptStartedAt)) })
      } else if (old.cancelledAt === null && run.cancelledAt !== null) {
        for (const event of runFinished(world, repo, run)) emit(event.event, event.payload)
      }
    }
  }

  // Repositories that appeared: forks of this one, and new organization repositories.
  for (const [key, created] of state.repositories) {
    if (before.repositories.has(key)) continue
    if (repo && created.forkOf === repo) {
      // The forkee is the new repository as GitHub describes it in this event: a fork whose languages are not
      // computed yet (language null).
      out.push({ event: 'fork', repo, payload: { forkee: { ...render.repository(created), language: null } } })
    }
    if (created.owner.type === 'Organization') out.push({ event: 'repository', repo: created, payload: { action: 'created' } })
  }
  return out
}

/** A review comment as its webhook describes it: the REST shape, with the positions it requires. */
function reviewCommentPayload(world: World, repo: Repository, comment: ReviewComment): Record<string, unknown> {
  const rendered = world.render.reviewComment(repo, comment)
  return {
    ...rendered,
    line: rendered.line ?? null,
    original_line: rendered.original_line ?? null,
    position: rendered.position ?? null,
    // Never null in the webhook's description, even for a comment on a whole file (GitHub sends the first position).
    original_position: rendered.original_position ?? 1,
  }
}

type Run = Repository['runs'][number]

/** A run's check run as its webhook describes it: the REST check run, with its whole check suite. */
function checkRun(world: World, repo: Repository, run: Run, now: number): Record<string, unknown> {
  return { ...world.render.checkRun(repo, run, now), check_suite: world.render.checkSuite(repo, run, now) }
}

/** A workflow_run event's payload: the run and its workflow. */
function runPayload(world: World, repo: Repository, run: Run, action: string, now: number): Record<string, unknown> {
  const workflow = repo.workflows.find((candidate) => candidate.id === run.workflowId)
  return {
    action,
    workflow_run: world.render.workflowRun(repo, run, now),
    ...(workflow && { workflow: world.render.workflow(repo, workflow) }),
  }
}

/** What a finished run sends (by itself, or cancelled): its job, its check run and suite, then the run, completed. */
function runFinished(world: World, repo: Repository, run: Run): Omit<Emitted, 'repo'>[] {
  const now = Date.now()
  return [
    { event: 'workflow_job', payload: { action: 'completed', workflow_job: world.render.job(repo, run, now) } },
    { event: 'check_run', payload: { action: 'completed', check_run: checkRun(world, repo, run, now) } },
    { event: 'check_suite', payload: { action: 'completed', check_suite: world.render.checkSuite(repo, run, now) } },
    { event: 'workflow_run', payload: runPayload(world, repo, run, 'completed', now) },
  ]
}

/** A job as its queued event describes it: no runner yet, nothing started. */
function queuedJob(world: World, repo: Repository, run: Run): Record<string, unknown> {
  const job = world.render.job(repo, run, Date.parse(run.attemptStartedAt))
  return { ...job, runner_id: null, runner_name: null, runner_group_id: null, runner_group_name: null }
}

/** What a run sends when its runner picks it up (RUN_STARTS_MS after its attempt started). */
function runStarted(world: World, repo: Repository, run: Run): Omit<Emitted, 'repo'>[] {
  const now = Date.now()
  return [
    { event: 'workflow_run', payload: runPayload(world, repo, run, 'in_progress', now) },
    { event: 'workflow_job', payload: { action: 'in_progress', workflow_job: world.render.job(repo, run, now) } },
  ]
}

/**
 * What a requested run sends later by itself (Renderer.runProgress: started, then completed): each step's delay and
 * events, none once the run was cancelled or re-run meanwhile.
 */
export function runSchedule(world: World, emitted: Emitted): { delayMs: number; events: () => Emitted[] }[] {
  if (emitted.event !== 'workflow_run' || emitted.payload['action'] !== 'requested') return []
  const rendered = emitted.payload['workflow_run'] as { id: number }
  const repo = emitted.repo
  const run = repo.runs.find((candidate) => candidate.id === rendered.id)
  if (!run || run.finished) return []
  const attempt = run.attempt
  const startedAt = Date.parse(run.attemptStartedAt)
  const step = (afterMs: number, events: (world: World, repo: Repository, run: Run) => Omit<Emitted, 'repo'>[]) => ({
    delayMs: Math.max(0, startedAt + afterMs - Date.now()) + 50,
    events: () =>
      run.cancelledAt !== null || run.attempt !== attempt ? [] : events(world, repo, run).map((event) => ({ ...event, repo })),
  })
  return [step(RUN_STARTS_MS, runStarted), step(RUN_ENDS_MS, runFinished)]
}

/** Where a repository's events go: its hooks, and its organization's. */
export function targetsOf(repo: Repository): Pick<HookTarget, 'kind' | 'name'>[] {
  return [
    { kind: 'repo', name: `${repo.owner.login}/${repo.name}` },
    ...(repo.owner.type === 'Organization' ? [{ kind: 'org' as const, name: repo.owner.login }] : []),
  ]
}

/** What every delivery carries beside the event's own fields: repository, organization (when owned by one), sender. */
export function envelope(world: World, repo: Repository, viewer: Account, payload: Record<string, unknown>): Record<string, unknown> {
  return {
    ...payload,
    repository: world.render.repository(repo),
    ...(repo.owner.type === 'Organization' && { organization: world.render.organization(repo.owner) }),
    sender: world.render.user(viewer),
  }
}

export function pingPayload(
  world: World,
  hook: Hook,
  rendered: Record<string, unknown>,
  sender: Account,
  repo?: Repository,
  org?: Account,
): Record<string, unknown> {
  return {
    zen: 'Keep it logically awesome.',
    hook_id: hook.id,
    hook: rendered,
    ...(repo && { repository: world.render.repository(repo) }),
    ...(org && { organization: world.render.organization(org) }),
    sender: world.render.user(sender),
  }
}

function pushPayload(world: World, repo: Repository, ref: string, before: string | undefined, after: string | undefined, viewer: Account) {
  const { render, state } = world
  const zero = '0'.repeat(40)
  // The commits the ref gained: walk first parents from the new head until the old one (at most 20, as GitHub lists).
  const commits: Commit[] = []
  for (let sha = after; sha && sha !== before && commits.length < 20;) {
    const commit = repo.commits.get(sha)
    if (!commit) break
    commits.unshift(commit)
    sha = commit.parents[0]
  }
  const person = (login: string) => {
    const account = state.account(login)
    return { name: account?.name ?? login, email: account?.email ?? `${login}@sandbox.invalid`, username: login }
  }
  // The files a commit added, removed and modified against its first parent.
  const files = (commit: Commit) => {
    const parent = commit.parents[0] ? repo.commits.get(commit.parents[0]) : undefined
    const old = parent?.tree ?? new Map<string, { sha: string }>()
    return {
      added: [...commit.tree.keys()].filter((path) => !old.has(path)),
      removed: [...old.keys()].filter((path) => !commit.tree.has(path)),
      modified: [...commit.tree].filter(([path, blob]) => old.has(path) && old.get(path)?.sha !== blob.sha).map(([path]) => path),
    }
  }
  const commitPayload = (commit: Commit) => ({
    id: commit.sha,
    tree_id: commit.sha,
    distinct: true,
    message: commit.message,
    timestamp: commit.date,
    url: `${render.web}/${repo.owner.login}/${repo.name}/commit/${commit.sha}`,
    author: person(commit.author),
    committer: person(commit.author),
    ...files(commit),
  })
  const head = after ? repo.commits.get(after) : undefined
  return {
    ref,
    before: before ?? zero,
    after: after ?? zero,
    created: before === undefined,
    deleted: after === undefined,
    forced: false,
    base_ref: null,
    compare: `${render.web}/${repo.owner.login}/${repo.name}/compare/${(before ?? zero).slice(0, 12)}...${(after ?? zero).slice(0, 12)}`,
    commits: commits.map(commitPayload),
    head_commit: head ? commitPayload(head) : null,
    pusher: { name: viewer.login, email: viewer.email ?? `${viewer.login}@sandbox.invalid` },
  }
}

function reviewPayload(world: World, repo: Repository, review: Review): Record<string, unknown> {
  const rendered = world.render.review(repo, review) as unknown as Record<string, unknown>
  // The webhook's review names its state in lower case ("approved"), the REST one in upper case.
  return { ...rendered, state: review.state.toLowerCase() }
}
