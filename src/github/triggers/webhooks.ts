/**
 * Webhook lifecycle for realtime triggers: upsert, refresh and delete.
 *
 * `planHooks` is pure: the running blocks → one desired hook per repository or organization,
 * subscribed to the union of the blocks' GitHub events. `reconcileHooks` applies a plan through
 * an injected HookApi (the integrator plugs in the typed GitHub client), so this module needs no
 * HTTP and its tests need no network.
 *
 * webhookData keeps only ids, scope keys and event lists: the hook secret is derived again on
 * every call (signature.ts), never stored.
 */
import { Forbidden, InvalidInput, NotFound, ServiceError } from '../../errors'
import { type HookScope, deriveHookSecret, scopeKey } from './signature'
import { ORG_HOOK_REQUIREMENT, POLLING_ALTERNATIVES, REPO_HOOK_REQUIREMENT, realtimeTrigger } from './events'

/** A hook as GitHub lists it (the fields used here). */
export interface GitHubHook {
  id: number
  active: boolean
  events: string[]
  config: { url?: string }
}

/** What is sent to create or update a hook; `content_type` is always json (resolve parses JSON). */
export interface HookSettings {
  url: string
  secret: string
  events: string[]
  active: boolean
}

/**
 * The GitHub calls the lifecycle needs. Implementations throw the service's NotFound for a 404 and
 * Forbidden for a 403 (as the typed client does), and must apply a timeout to every call.
 * Routes: list GET, create POST `/repos/{owner}/{repo}/hooks` or `/orgs/{org}/hooks`;
 * update PATCH, remove DELETE `…/hooks/{id}`; ping POST `…/hooks/{id}/pings`.
 */
export interface HookApi {
  list(scope: HookScope): Promise<GitHubHook[]>
  create(scope: HookScope, settings: HookSettings): Promise<GitHubHook>
  update(scope: HookScope, id: number, settings: HookSettings): Promise<GitHubHook>
  remove(scope: HookScope, id: number): Promise<void>
}

export interface UpsertBlock {
  /** The trigger method name. */
  name: string
  triggerData?: Record<string, unknown> | null
}

export interface DesiredHook {
  key: string
  scope: HookScope
  /** Sorted, without duplicates, so an unchanged plan compares equal. */
  events: string[]
  url: string
  /** Trigger methods that need this hook (for the permission error). */
  triggers: string[]
}

export interface StoredHook {
  key: string
  id: number
  events: string[]
}

/** The service's memory between upsert, refresh and delete: ids only, nothing secret. */
export interface TriggerWebhookData {
  v: 1
  hooks: StoredHook[]
}

/** Hooks are checked hourly: deliveries keep flowing in between, refresh only repairs what was deleted or disabled. */
export const REFRESH_INTERVAL_SECONDS = 3600

/** The query names put on the callback URL; resolve reads them back. */
export const QUERY_CONNECTION_ID = 'connectionId'
export const QUERY_HOOK_SCOPE = 'hookScope'

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/

function parseRepository(value: unknown, trigger: string): HookScope {
  const text = typeof value === 'string' ? value.trim() : ''
  const parts = text.split('/')
  if (parts.length !== 2 || !NAME.test(parts[0] as string) || !NAME.test(parts[1] as string)) {
    throw new InvalidInput('repository', `the "${trigger}" block needs a repository as owner/name (e.g. octocat/Hello-World).`)
  }
  return { kind: 'repo', owner: (parts[0] as string).toLowerCase(), repo: (parts[1] as string).toLowerCase() }
}

function parseOrganization(value: unknown, trigger: string): HookScope {
  const text = typeof value === 'string' ? value.trim() : ''
  if (!NAME.test(text)) throw new InvalidInput('organization', `the "${trigger}" block needs an organization login.`)
  return { kind: 'org', org: text.toLowerCase() }
}

/** The URL registered on the hook: the platform's callback URL plus what resolve needs to verify. */
export function hookUrl(callbackUrl: string, scope: HookScope, connectionId: string | undefined): string {
  let url: URL
  try {
    url = new URL(callbackUrl)
  } catch {
    throw new InvalidInput('callbackUrl', 'is not an absolute URL.')
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new InvalidInput('callbackUrl', 'must be an http(s) URL.')
  if (connectionId) url.searchParams.set(QUERY_CONNECTION_ID, connectionId)
  url.searchParams.set(QUERY_HOOK_SCOPE, scopeKey(scope))
  return url.toString()
}

/** Pure: the hooks the running blocks need. */
export function planHooks(blocks: UpsertBlock[], callbackUrl: string, connectionId: string | undefined): DesiredHook[] {
  const byKey = new Map<string, DesiredHook>()
  for (const block of blocks) {
    const trigger = realtimeTrigger(block.name)
    if (!trigger) throw new InvalidInput('events', `"${block.name}" is not a realtime trigger of this service.`)
    const data = block.triggerData ?? {}
    const scope = trigger.hook === 'repo' ? parseRepository(data.repository, block.name) : parseOrganization(data.organization, block.name)
    const key = scopeKey(scope)
    const hook = byKey.get(key) ?? { key, scope, events: [], url: hookUrl(callbackUrl, scope, connectionId), triggers: [] }
    hook.events = [...new Set([...hook.events, ...trigger.githubEvents])].sort()
    if (!hook.triggers.includes(block.name)) hook.triggers.push(block.name)
    byKey.set(key, hook)
  }
  return [...byKey.values()].sort((a, b) => a.key.localeCompare(b.key))
}

/** Reads webhookData defensively: it comes back from the platform, possibly from an older version. */
export function readWebhookData(value: unknown): TriggerWebhookData {
  const hooks: StoredHook[] = []
  const list = typeof value === 'object' && value !== null ? (value as { hooks?: unknown }).hooks : undefined
  if (Array.isArray(list)) {
    for (const item of list) {
      const { key, id, events } = (item ?? {}) as Partial<StoredHook>
      if (typeof key === 'string' && typeof id === 'number' && Number.isSafeInteger(id)) {
        hooks.push({ key, id, events: Array.isArray(events) ? events.filter((e): e is string => typeof e === 'string') : [] })
      }
    }
  }
  return { v: 1, hooks }
}

/** The scope a stored key names (keys are written by scopeKey). */
function scopeOfKey(key: string): HookScope | undefined {
  const repo = /^repo:([^/]+)\/([^/]+)$/.exec(key)
  if (repo) return { kind: 'repo', owner: repo[1] as string, repo: repo[2] as string }
  const org = /^org:([^/]+)$/.exec(key)
  return org ? { kind: 'org', org: org[1] as string } : undefined
}

/** Raised when GitHub will not let the connection manage the hook; says what to grant and what works without it. */
export class WebhookPermissionMissing extends Forbidden {
  constructor(
    readonly hook: Pick<DesiredHook, 'scope' | 'triggers'>,
    cause: ServiceError,
  ) {
    const scope = hook.scope
    const where = scope.kind === 'repo' ? `repository ${scope.owner}/${scope.repo}` : `organization ${scope.org}`
    const requirement = scope.kind === 'repo' ? REPO_HOOK_REQUIREMENT : ORG_HOOK_REQUIREMENT
    const alternatives = [...new Set(hook.triggers.map((t) => POLLING_ALTERNATIVES[t]).filter((t): t is string => !!t))]
    super(
      `GitHub did not let this connection manage webhooks on the ${where} (${cause.status === 404 ? 'not found: it does not exist or the connection has no admin access' : 'permission denied'}). ` +
        `${requirement} Reconnect after granting it, or use the polling trigger${alternatives.length > 1 ? 's' : ''} ${alternatives.join(', ')}, which need${alternatives.length > 1 ? '' : 's'} only read access.`,
    )
    this.name = 'WebhookPermissionMissing'
    this.cause = cause
    this.upstream = cause.upstream
  }
}

function isPermissionError(error: unknown): error is ServiceError {
  return error instanceof NotFound || error instanceof Forbidden
}

async function permissionChecked<T>(hook: Pick<DesiredHook, 'scope' | 'triggers'>, call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (error) {
    if (isPermissionError(error)) throw new WebhookPermissionMissing(hook, error)
    throw error
  }
}

export interface ReconcileOptions {
  clientSecret: string
  connectionId: string | undefined
  /**
   * upsert: every desired hook is written (a changed client secret or event list takes effect).
   * refresh: a hook is written only when GitHub's copy drifted (gone, disabled, other events or URL).
   */
  mode: 'upsert' | 'refresh'
}

function sameEvents(a: string[], b: string[]): boolean {
  return a.length === b.length && [...a].sort().every((e, i) => e === [...b].sort()[i])
}

/**
 * Makes GitHub's hooks match the plan and returns the new webhookData. Idempotent: run twice with
 * its own webhookData, it creates nothing the second time. Hooks that point at the same URL as a
 * desired one (left by an upsert that failed half-way) are adopted or removed, never duplicated.
 */
export async function reconcileHooks(
  desired: DesiredHook[],
  previous: TriggerWebhookData,
  api: HookApi,
  options: ReconcileOptions,
): Promise<TriggerWebhookData> {
  const hooks: StoredHook[] = []
  for (const want of desired) {
    const settings: HookSettings = {
      url: want.url,
      secret: deriveHookSecret(options.clientSecret, want.scope, options.connectionId ?? ''),
      events: want.events,
      active: true,
    }
    const existing = await permissionChecked(want, () => api.list(want.scope))
    const priorId = previous.hooks.find((h) => h.key === want.key)?.id
    const ours = existing.filter((h) => h.id === priorId || h.config.url === want.url)
    const keep = ours.find((h) => h.id === priorId) ?? ours[0]
    let id: number
    if (!keep) {
      id = (await permissionChecked(want, () => api.create(want.scope, settings))).id
    } else {
      id = keep.id
      const drifted = !keep.active || keep.config.url !== want.url || !sameEvents(keep.events, want.events)
      if (options.mode === 'upsert' || drifted) await permissionChecked(want, () => api.update(want.scope, id, settings))
    }
    for (const duplicate of ours) if (duplicate.id !== id) await removeTolerant(api, want.scope, duplicate.id)
    hooks.push({ key: want.key, id, events: want.events })
  }
  // Hooks no running block needs any more.
  for (const old of previous.hooks) {
    if (desired.some((d) => d.key === old.key)) continue
    const scope = scopeOfKey(old.key)
    if (scope) await removeTolerant(api, scope, old.id)
  }
  return { v: 1, hooks }
}

/** Deletes a hook; one already gone (404) is what was wanted. */
async function removeTolerant(api: HookApi, scope: HookScope, id: number): Promise<void> {
  try {
    await api.remove(scope, id)
  } catch (error) {
    if (!(error instanceof NotFound)) throw error
  }
}

/** handleTriggerDeleteWebhook: removes every hook in webhookData, tolerating ones already deleted. */
export async function deleteHooks(previous: TriggerWebhookData, api: HookApi): Promise<void> {
  for (const old of previous.hooks) {
    const scope = scopeOfKey(old.key)
    if (scope) await removeTolerant(api, scope, old.id)
  }
}
