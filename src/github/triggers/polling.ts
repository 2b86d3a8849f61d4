/**
 * Polling triggers (handleTriggerPollingForEvent): the catalogue as data and the engine that runs
 * one poll. They need only read access, so they work on repositories the account cannot
 * administer (someone else's public project) where webhooks cannot be created.
 *
 * Contract: the first poll records where things stand and fires nothing; every later poll fires
 * exactly the items that appeared since, oldest first, and returns the new state. Cost: page 1 is
 * asked with `If-None-Match` and the ETag kept in state, so a quiet poll is one 304, which GitHub
 * does not count against the rate limit; more pages are read only for a burst larger than a page.
 *
 * Three ways to know what is new, chosen per trigger by how GitHub orders the list:
 * - `stream`: newest first and new items only ever appear on top (issues by creation, commits of a
 *   branch, the events feed). State: the keys of the most recent items; everything above the first
 *   known key is new. Ties in time cannot confuse it (no time is compared).
 * - `time`: the item's own event time (closed_at, merged_at, updated_at) decides, the list is sorted
 *   by a time at least as late (updated_at). State: the latest event time seen plus the keys seen at
 *   exactly that time, so items sharing a timestamp are neither re-fired nor skipped.
 * - `set`: no usable order (branches, labels, collaborators). State: a short hash of every key,
 *   per page with that page's ETag, so an unchanged list still costs only 304s. Only the first
 *   MAX_PAGES pages are read: an item GitHub lists after them is out of reach.
 * GitHub calls go through the injected PollApi: the integrator plugs in the typed client.
 */
import { createHash } from 'node:crypto'
import { InvalidInput } from '../../errors'
import type { OperationId } from '../routes'
import { SAMPLES } from './samples'

/** The list a polling block reads: GitHub's operation, its path (segments already URL-encoded) and query. */
export interface PollTarget {
  operation: OperationId
  path: string
  query: Record<string, string>
}

export interface PollRequest {
  /** GitHub's operation id of the list (routes.ts). */
  operation: OperationId
  /** A REST path such as `/repos/octocat/hello/issues`, segments already URL-encoded. */
  path: string
  query: Record<string, string>
  /** Sent as If-None-Match. */
  etag?: string
}

export type PollResponse = { status: 304 } | { status: 200; body: unknown; etag?: string; hasNext: boolean }

/** GET with ETag; implementations parse `Link: rel="next"` into hasNext and apply a timeout. */
export interface PollApi {
  get(request: PollRequest): Promise<PollResponse>
}

export type Item = Record<string, unknown>
export type PollParams = Record<string, unknown>

export interface PollParam {
  name: string
  label: string
  description: string
  required: boolean
  options?: { label: string; value: string }[]
}

interface PollingBase {
  method: string
  label: string
  description: string
  params: PollParam[]
  /** What the connection needs (read access only). */
  requirement: string
  sample: Record<string, unknown>
  /** The list to read for these params. */
  target(params: PollParams): PollTarget
  /** Where the items are in the body when it is not an array (`workflow_runs`). */
  itemsKey?: string
  /** Identifies one event: the same key is never fired twice. */
  key(item: Item): string
  /** Items that pass are fired; the others still count as seen. */
  accept?(item: Item, params: PollParams): boolean
}

export type PollingTrigger =
  | (PollingBase & { mode: 'stream' })
  | (PollingBase & {
      mode: 'time'
      /** The event's time; null/undefined = not (yet) an event (an unmerged closed pull request). */
      time(item: Item): unknown
      /** The time the list is sorted by, newest first; defaults to `time`. Used only to stop paging. */
      pageTime?(item: Item): unknown
      /** How far before the last event time an item's sort time may be and still be new (a run that took hours). */
      lookbackSeconds?: number
    })
  | (PollingBase & { mode: 'set' })

export const PER_PAGE = 100
/** A burst up to MAX_PAGES × PER_PAGE items between two polls is fired whole. */
export const MAX_PAGES = 10
/** Stream state keeps this many recent keys: a fired item deleted later does not make older ones look new. */
export const STREAM_KEYS = 100
/**
 * Time state keeps at most this many keys sharing the latest timestamp: as many as one poll can
 * read. More events than that within one second (a thousand issues closed in the same second) would
 * make the oldest of them fire again; a property test found the smaller bound (500) exceeded.
 */
export const TIE_KEYS = MAX_PAGES * PER_PAGE

// ---------------------------------------------------------------- params

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/

function text(params: PollParams, name: string): string {
  const value = params[name]
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : ''
}

function repoPath(params: PollParams): string {
  const parts = text(params, 'repository').split('/')
  if (parts.length !== 2 || !NAME.test(parts[0] as string) || !NAME.test(parts[1] as string)) {
    throw new InvalidInput('repository', 'needs a repository as owner/name (e.g. octocat/Hello-World).')
  }
  return `/repos/${encodeURIComponent(parts[0] as string)}/${encodeURIComponent(parts[1] as string)}`
}

function orgName(params: PollParams, required: boolean): string | undefined {
  const org = text(params, 'organization')
  if (!org) {
    if (required) throw new InvalidInput('organization', 'needs an organization login.')
    return undefined
  }
  if (!NAME.test(org)) throw new InvalidInput('organization', 'is not a valid organization login.')
  return encodeURIComponent(org)
}

function withOptional(query: Record<string, string>, params: PollParams, param: string, as: string): Record<string, string> {
  const value = text(params, param)
  return value ? { ...query, [as]: value } : query
}

const repository: PollParam = {
  name: 'repository',
  label: 'Repository',
  description: 'The repository to watch, as owner/name. Read access is enough (any public repository works).',
  required: true,
}
const organization = (required: boolean): PollParam => ({
  name: 'organization',
  label: 'Organization',
  description: required ? 'The organization login.' : 'An organization login; empty means your own account.',
  required,
})
const optionalText = (name: string, label: string, description: string): PollParam => ({ name, label, description, required: false })

const READ_REPO =
  'Needs read access to the repository (OAuth scope `repo` for private ones, `public_repo` or none for public). GitHub App: "Contents: read" / "Metadata: read".'
const READ_USER =
  "Needs the connection's own account. OAuth: scope `notifications` or `repo` (notifications), `gist` (gists), `read:org` (organizations, teams): all in the default scopes."

const str = (value: unknown): string => (value === undefined || value === null ? '' : String(value))
const id = (item: Item): string => str(item.id)
const same = (a: unknown, b: string): boolean => !b || str(a).toLowerCase() === b.toLowerCase()

function sample(method: string): Record<string, unknown> {
  const found = SAMPLES[method]
  if (!found) throw new Error(`No sample for polling trigger ${method}`)
  return found
}

type Definition = Omit<PollingBase, 'sample'> & { mode: PollingTrigger['mode'] } & Partial<
    Pick<PollingTrigger & { mode: 'time' }, 'time' | 'pageTime' | 'lookbackSeconds'>
  >

function define(d: Definition): PollingTrigger {
  return { ...d, sample: sample(d.method) } as PollingTrigger
}

const POLL_NOTE = ' Polling interval can be customized (minimum 30 seconds).'

const eventsFeed = (method: string, label: string, description: string, type: string | null): PollingTrigger =>
  define({
    method,
    label,
    description: description + POLL_NOTE,
    mode: 'stream',
    params: type
      ? [repository]
      : [repository, optionalText('eventType', 'Event Type', 'Only this event type (e.g. PushEvent, IssuesEvent). Empty means any.')],
    requirement: READ_REPO,
    target: (p) => ({ operation: 'activity/list-repo-events', path: `${repoPath(p)}/events`, query: {} }),
    key: id,
    accept: (item, p) => same(item.type, type ?? text(p, 'eventType')),
  })

const notifications = (method: string, label: string, description: string, reasons: string[] | null): PollingTrigger =>
  define({
    method,
    label,
    description: description + POLL_NOTE,
    mode: 'time',
    params: [],
    requirement: READ_USER,
    // all=true: a notification read in the browser between two polls must still fire.
    target: () => ({ operation: 'activity/list-notifications-for-authenticated-user', path: '/notifications', query: { all: 'true' } }),
    // The same thread notifies again when it is updated: each update is its own event.
    key: (item) => `${id(item)}@${str(item.updated_at)}`,
    time: (item) => item.updated_at,
    accept: (item) => !reasons || reasons.includes(str(item.reason)),
  })

export const POLLING_TRIGGERS: PollingTrigger[] = [
  define({
    method: 'pollNewIssue',
    label: 'On New Issue (polling)',
    description: 'Fires for each issue opened in the repository (pull requests excluded).' + POLL_NOTE,
    mode: 'stream',
    params: [repository, optionalText('label', 'Label', 'Only issues with this label. Empty means any.')],
    requirement: READ_REPO,
    target: (p) => ({
      operation: 'issues/list-for-repo',
      path: `${repoPath(p)}/issues`,
      query: withOptional({ state: 'all', sort: 'created', direction: 'desc' }, p, 'label', 'labels'),
    }),
    key: id,
    accept: (item) => item.pull_request === undefined,
  }),
  define({
    method: 'pollIssueClosed',
    label: 'On Issue Closed (polling)',
    description: 'Fires each time an issue of the repository is closed.' + POLL_NOTE,
    mode: 'time',
    params: [repository],
    requirement: READ_REPO,
    target: (p) => ({
      operation: 'issues/list-for-repo',
      path: `${repoPath(p)}/issues`,
      query: { state: 'closed', sort: 'updated', direction: 'desc' },
    }),
    key: (item) => `${id(item)}@${str(item.closed_at)}`,
    time: (item) => item.closed_at,
    pageTime: (item) => item.updated_at,
    accept: (item) => item.pull_request === undefined,
  }),
  define({
    method: 'pollNewPullRequest',
    label: 'On New Pull Request (polling)',
    description: 'Fires for each pull request opened in the repository.' + POLL_NOTE,
    mode: 'stream',
    params: [repository, optionalText('baseBranch', 'Base Branch', 'Only pull requests into this branch. Empty means any.')],
    requirement: READ_REPO,
    target: (p) => ({
      operation: 'pulls/list',
      path: `${repoPath(p)}/pulls`,
      query: withOptional({ state: 'all', sort: 'created', direction: 'desc' }, p, 'baseBranch', 'base'),
    }),
    key: id,
  }),
  define({
    method: 'pollPullRequestMerged',
    label: 'On Pull Request Merged (polling)',
    description: 'Fires for each pull request merged in the repository.' + POLL_NOTE,
    mode: 'time',
    params: [repository, optionalText('baseBranch', 'Base Branch', 'Only pull requests merged into this branch. Empty means any.')],
    requirement: READ_REPO,
    target: (p) => ({
      operation: 'pulls/list',
      path: `${repoPath(p)}/pulls`,
      query: withOptional({ state: 'closed', sort: 'updated', direction: 'desc' }, p, 'baseBranch', 'base'),
    }),
    key: id,
    time: (item) => item.merged_at,
    pageTime: (item) => item.updated_at,
  }),
  define({
    method: 'pollNewCommit',
    label: 'On New Commit (polling)',
    description: 'Fires for each commit that lands on a branch (pushed or merged).' + POLL_NOTE,
    mode: 'stream',
    params: [repository, optionalText('branch', 'Branch', "The branch to watch. Empty means the repository's default branch.")],
    requirement: READ_REPO,
    target: (p) => ({ operation: 'repos/list-commits', path: `${repoPath(p)}/commits`, query: withOptional({}, p, 'branch', 'sha') }),
    key: (item) => str(item.sha),
  }),
  eventsFeed('pollNewStar', 'On New Star (polling)', 'Fires when someone stars the repository (from its event feed).', 'WatchEvent'),
  define({
    method: 'pollNewRelease',
    label: 'On New Release (polling)',
    description: 'Fires for each release published in the repository (drafts are not releases yet).' + POLL_NOTE,
    mode: 'time',
    params: [repository],
    requirement: READ_REPO,
    target: (p) => ({ operation: 'repos/list-releases', path: `${repoPath(p)}/releases`, query: {} }),
    key: id,
    time: (item) => (item.draft === true ? null : item.published_at),
    pageTime: (item) => item.created_at,
    // A draft prepared weeks ago and published now is listed by its creation time.
    lookbackSeconds: 90 * 24 * 3600,
  }),
  define({
    method: 'pollNewBranch',
    label: 'On New Branch (polling)',
    description: 'Fires for each branch created in the repository.' + POLL_NOTE,
    mode: 'set',
    params: [repository],
    requirement: READ_REPO,
    target: (p) => ({ operation: 'repos/list-branches', path: `${repoPath(p)}/branches`, query: {} }),
    key: (item) => str(item.name),
  }),
  eventsFeed(
    'pollNewCommitComment',
    'On New Commit Comment (polling)',
    'Fires for each comment made on a commit of the repository.',
    'CommitCommentEvent',
  ),
  eventsFeed(
    'pollRepositoryEvent',
    'On Repository Event (polling)',
    "Fires for each event of the repository's activity feed (pushes, issues, comments, forks...).",
    null,
  ),
  define({
    method: 'pollNewLabel',
    label: 'On New Label (polling)',
    description: 'Fires for each label created in the repository.' + POLL_NOTE,
    mode: 'set',
    params: [repository],
    requirement: READ_REPO,
    target: (p) => ({ operation: 'issues/list-labels-for-repo', path: `${repoPath(p)}/labels`, query: {} }),
    key: id,
  }),
  define({
    method: 'pollNewMilestone',
    label: 'On New Milestone (polling)',
    description: 'Fires for each milestone created in the repository.' + POLL_NOTE,
    mode: 'set',
    params: [repository],
    requirement: READ_REPO,
    target: (p) => ({ operation: 'issues/list-milestones', path: `${repoPath(p)}/milestones`, query: { state: 'all' } }),
    key: id,
  }),
  define({
    method: 'pollNewCollaborator',
    label: 'On New Collaborator (polling)',
    description: 'Fires for each collaborator added to the repository.' + POLL_NOTE,
    mode: 'set',
    params: [repository],
    requirement: 'Needs push access to the repository (GitHub lists collaborators only to them).',
    target: (p) => ({ operation: 'repos/list-collaborators', path: `${repoPath(p)}/collaborators`, query: {} }),
    key: id,
  }),
  define({
    method: 'pollNewWatcher',
    label: 'On New Watcher (polling)',
    description: 'Fires for each account that starts watching (subscribes to) the repository.' + POLL_NOTE,
    mode: 'set',
    params: [repository],
    requirement: READ_REPO,
    target: (p) => ({ operation: 'activity/list-watchers-for-repo', path: `${repoPath(p)}/subscribers`, query: {} }),
    key: id,
  }),
  define({
    method: 'pollNewGist',
    label: 'On New Gist (polling)',
    description: 'Fires for each gist the connected account creates.' + POLL_NOTE,
    mode: 'time',
    params: [],
    requirement: READ_USER,
    target: () => ({ operation: 'gists/list', path: '/gists', query: {} }),
    key: id,
    time: (item) => item.created_at,
    pageTime: (item) => item.updated_at,
  }),
  notifications(
    'pollNewNotification',
    'On New Notification (polling)',
    'Fires for each new or updated notification of the connected account.',
    null,
  ),
  notifications('pollNewMention', 'On New Mention (polling)', 'Fires when the connected account (or its team) is @mentioned.', [
    'mention',
    'team_mention',
  ]),
  notifications(
    'pollNewReviewRequest',
    'On New Review Request (polling)',
    'Fires when a pull request review is requested from the connected account.',
    ['review_requested'],
  ),
  define({
    method: 'pollNewOrganization',
    label: 'On New Organization (polling)',
    description: 'Fires when the connected account joins an organization.' + POLL_NOTE,
    mode: 'set',
    params: [],
    requirement: READ_USER,
    target: () => ({ operation: 'orgs/list-for-authenticated-user', path: '/user/orgs', query: {} }),
    key: id,
  }),
  define({
    method: 'pollNewRepository',
    label: 'On New Repository (polling)',
    description: 'Fires for each repository created in an organization or by the connected account.' + POLL_NOTE,
    mode: 'stream',
    params: [organization(false)],
    requirement: READ_REPO,
    target: (p): PollTarget => {
      const org = orgName(p, false)
      return org
        ? { operation: 'repos/list-for-org', path: `/orgs/${org}/repos`, query: { sort: 'created', direction: 'desc' } }
        : {
            operation: 'repos/list-for-authenticated-user',
            path: '/user/repos',
            query: { sort: 'created', direction: 'desc', affiliation: 'owner' },
          }
    },
    key: id,
  }),
  define({
    method: 'pollNewTeam',
    label: 'On New Team (polling)',
    description: 'Fires for each team created in the organization.' + POLL_NOTE,
    mode: 'set',
    params: [organization(true)],
    requirement: READ_USER,
    target: (p) => ({ operation: 'teams/list', path: `/orgs/${orgName(p, true)}/teams`, query: {} }),
    key: id,
  }),
  define({
    method: 'pollWorkflowRunFinished',
    label: 'On Workflow Run Finished (polling)',
    description: 'Fires when a GitHub Actions workflow run of the repository finishes.' + POLL_NOTE,
    mode: 'time',
    params: [
      repository,
      optionalText('workflow', 'Workflow', 'The workflow name. Empty means any.'),
      optionalText('conclusion', 'Conclusion', 'Only runs that ended so (success, failure, cancelled...). Empty means any.'),
      optionalText('branch', 'Branch', 'Only runs on this branch. Empty means any.'),
    ],
    requirement: READ_REPO + ' GitHub App: "Actions: read".',
    target: (p) => ({
      operation: 'actions/list-workflow-runs-for-repo',
      path: `${repoPath(p)}/actions/runs`,
      query: withOptional({ status: 'completed' }, p, 'branch', 'branch'),
    }),
    itemsKey: 'workflow_runs',
    // A re-run finishes again: each attempt is its own event.
    key: (item) => `${id(item)}#${str(item.run_attempt)}`,
    time: (item) => item.updated_at,
    pageTime: (item) => item.created_at,
    // Runs are listed by creation; one may finish hours after it started (GitHub's job limit is 6 h per job).
    lookbackSeconds: 24 * 3600,
    accept: (item, p) => same(item.name, text(p, 'workflow')) && same(item.conclusion, text(p, 'conclusion')),
  }),
]

export function pollingTrigger(method: string): PollingTrigger | undefined {
  return POLLING_TRIGGERS.find((t) => t.method === method)
}

// ---------------------------------------------------------------- state

interface StreamState {
  v: 1
  mode: 'stream'
  target: string
  etag?: string
  keys: string[]
}
interface TimeState {
  v: 1
  mode: 'time'
  target: string
  etag?: string
  /** Milliseconds of the latest event time fired or recorded; null while the list was empty. */
  latest: number | null
  tie: string[]
}
interface SetPage {
  etag?: string
  next: boolean
  keys: string[]
}
interface SetState {
  v: 1
  mode: 'set'
  target: string
  pages: SetPage[]
}
export type PollState = StreamState | TimeState | SetState

export interface PollResult {
  events: Item[]
  state: PollState | null
}

function targetId(target: PollTarget): string {
  const query = Object.keys(target.query)
    .sort()
    .map((k) => `${k}=${target.query[k]}`)
    .join('&')
  return `${target.path}?${query}`
}

/** State from another version, another trigger, or other params (repository changed) counts as none. */
function usableState(raw: unknown, mode: PollingTrigger['mode'], target: string): PollState | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined
  const state = raw as Partial<PollState>
  if (state.v !== 1 || state.mode !== mode || state.target !== target) return undefined
  if (mode === 'stream' && !Array.isArray((state as StreamState).keys)) return undefined
  if (mode === 'time' && !Array.isArray((state as TimeState).tie)) return undefined
  if (mode === 'set' && !Array.isArray((state as SetState).pages)) return undefined
  return state as PollState
}

function itemsOf(trigger: PollingTrigger, body: unknown): Item[] {
  const list = trigger.itemsKey ? (body as Record<string, unknown> | null)?.[trigger.itemsKey] : body
  if (!Array.isArray(list)) return []
  return list.filter((i): i is Item => typeof i === 'object' && i !== null && !Array.isArray(i))
}

function ms(value: unknown): number | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null
  const n = typeof value === 'number' ? value : Date.parse(value)
  return Number.isFinite(n) ? n : null
}

function hashKey(key: string): string {
  // 12 hex chars (48 bits): collisions among a repository's few thousand names are negligible and state stays small.
  return createHash('sha256').update(key).digest('hex').slice(0, 12)
}

// ---------------------------------------------------------------- engine

export interface PollInput {
  eventName: string
  triggerData?: PollParams | null
  state?: unknown
  learningMode?: boolean
}

/** handleTriggerPollingForEvent's logic. */
export async function pollForEvents(input: PollInput, api: PollApi): Promise<PollResult> {
  const trigger = pollingTrigger(input.eventName)
  if (!trigger) throw new InvalidInput('eventName', `"${input.eventName}" is not a polling trigger of this service.`)
  if (input.learningMode) return { events: [trigger.sample], state: null }
  const params = input.triggerData ?? {}
  const target = trigger.target(params)
  const id = targetId(target)
  const previous = usableState(input.state, trigger.mode, id)
  const accept = (item: Item): boolean => !trigger.accept || trigger.accept(item, params)
  const page = (n: number, etag?: string): Promise<PollResponse> =>
    api.get({
      operation: target.operation,
      path: target.path,
      query: { ...target.query, per_page: String(PER_PAGE), ...(n > 1 ? { page: String(n) } : {}) },
      etag,
    })

  switch (trigger.mode) {
    case 'stream':
      return pollStream(trigger, previous as StreamState | undefined, id, page, accept)
    case 'time':
      return pollTime(trigger, previous as TimeState | undefined, id, page, accept)
    case 'set':
      return pollSet(trigger, previous as SetState | undefined, id, page, accept)
  }
}

type PageFetcher = (n: number, etag?: string) => Promise<PollResponse>

async function pollStream(
  trigger: PollingTrigger,
  previous: StreamState | undefined,
  target: string,
  page: PageFetcher,
  accept: (item: Item) => boolean,
): Promise<PollResult> {
  const first = await page(1, previous?.etag)
  if (first.status === 304 && previous) return { events: [], state: previous }
  if (first.status === 304) throw new Error('GitHub answered 304 to a request without If-None-Match.')
  const known = new Set(previous?.keys ?? [])
  const fresh: Item[] = []
  const freshKeys = new Set<string>()
  let response: PollResponse = first
  for (let n = 1; ;) {
    if (response.status !== 200) break
    let reachedKnown = false
    for (const item of itemsOf(trigger, response.body)) {
      const key = trigger.key(item)
      if (known.has(key)) {
        reachedKnown = true
        break
      }
      if (!freshKeys.has(key)) {
        freshKeys.add(key)
        fresh.push(item)
      }
    }
    // The first poll only records page 1: nothing fires, so nothing older is needed.
    if (!previous || reachedKnown || !response.hasNext || n >= MAX_PAGES) break
    n++
    response = await page(n)
  }
  const keys = [...fresh.map((item) => trigger.key(item)), ...(previous?.keys ?? [])].slice(0, STREAM_KEYS)
  const state: StreamState = { v: 1, mode: 'stream', target, etag: first.etag, keys }
  const events = previous ? fresh.reverse().filter(accept) : []
  return { events, state }
}

async function pollTime(
  trigger: PollingTrigger & { mode: 'time' },
  previous: TimeState | undefined,
  target: string,
  page: PageFetcher,
  accept: (item: Item) => boolean,
): Promise<PollResult> {
  // A page-1 ETag proves nothing new only while page 1 can show every item at the latest time:
  // once a full page shares it, a new item with that time may be listed on page 2.
  const etag = previous && previous.tie.length < PER_PAGE ? previous.etag : undefined
  const first = await page(1, etag)
  if (first.status === 304 && previous) return { events: [], state: previous }
  if (first.status === 304) throw new Error('GitHub answered 304 to a request without If-None-Match.')
  const latest = previous?.latest ?? null
  const tie = new Set(previous?.tie ?? [])
  const isNew = (t: number, key: string): boolean => latest === null || t > latest || (t === latest && !tie.has(key))
  const stopBefore = latest === null ? null : latest - (trigger.lookbackSeconds ?? 0) * 1000
  const candidates = new Map<string, { item: Item; t: number }>()
  const sortTime = (item: Item): number | null => ms((trigger.pageTime ?? trigger.time)(item))
  // First poll: every item beyond page 1 has an event time at most the sort time of page 1's last
  // item, so that time is where "new" starts; items sharing it on the next pages are read too.
  let boundary: number | null = null
  let response: PollResponse = first
  for (let n = 1; ;) {
    if (response.status !== 200) break
    const items = itemsOf(trigger, response.body)
    for (const item of items) {
      const t = ms(trigger.time(item))
      if (t === null) continue
      const key = trigger.key(item)
      if (!previous || isNew(t, key)) candidates.set(key, { item, t })
    }
    const last = items[items.length - 1]
    const lastSort = last ? sortTime(last) : null
    if (!previous) {
      if (n === 1 && response.hasNext) boundary = lastSort
      const tiedAcrossPages = boundary !== null && lastSort === boundary
      if (!tiedAcrossPages || !response.hasNext || n >= MAX_PAGES) break
    } else {
      const olderThanNeeded = stopBefore !== null && lastSort !== null && lastSort < stopBefore
      if (olderThanNeeded || !response.hasNext || n >= MAX_PAGES) break
    }
    n++
    response = await page(n)
  }
  const found = [...candidates.entries()].map(([key, c]) => ({ key, ...c }))
  const start = boundary !== null && (latest === null || boundary > latest) ? boundary : latest
  const newest = found.reduce<number | null>((max, c) => (max === null || c.t > max ? c.t : max), start)
  // Keys at the newest time are remembered so that an item sharing that timestamp, listed later, still fires once.
  const tieKeys = newest === latest ? [...tie] : []
  for (const c of found) if (c.t === newest && !tieKeys.includes(c.key)) tieKeys.push(c.key)
  const state: TimeState = { v: 1, mode: 'time', target, etag: first.etag, latest: newest, tie: tieKeys.slice(-TIE_KEYS) }
  if (!previous) return { events: [], state }
  const events = found
    .sort((a, b) => a.t - b.t || a.key.localeCompare(b.key))
    .map((c) => c.item)
    .filter(accept)
  return { events, state }
}

async function pollSet(
  trigger: PollingTrigger,
  previous: SetState | undefined,
  target: string,
  page: PageFetcher,
  accept: (item: Item) => boolean,
): Promise<PollResult> {
  const before = new Set((previous?.pages ?? []).flatMap((p) => p.keys))
  const pages: SetPage[] = []
  const fresh: Item[] = []
  for (let n = 1; n <= MAX_PAGES; n++) {
    const old = previous?.pages[n - 1]
    const response = await page(n, old?.etag)
    if (response.status === 304) {
      if (!old) throw new Error('GitHub answered 304 to a request without If-None-Match.')
      pages.push(old)
      if (!old.next) break
      continue
    }
    const items = itemsOf(trigger, response.body)
    const keys = items.map((item) => hashKey(trigger.key(item)))
    items.forEach((item, i) => {
      if (!before.has(keys[i] as string)) fresh.push(item)
    })
    pages.push({ etag: response.etag, next: response.hasNext, keys })
    if (!response.hasNext) break
  }
  const state: SetState = { v: 1, mode: 'set', target, pages }
  return { events: previous ? fresh.filter(accept) : [], state }
}
