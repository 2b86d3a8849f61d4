import { randomUUID } from 'node:crypto'
import { log } from './log'
import type { InvocationError, InvocationOutcome, InvokeOptions } from './service-host'
import type { ConnectionFailure, ConnectionRecord, ConnectionStore } from './store'

/**
 * The token lifecycle the platform promises, for any CodeRunner OAuth2 service:
 * - refresh ahead of expiry, at the earlier of 5 minutes or 10% of the token's lifetime
 *   before it, and on demand when an invocation finds the token expired;
 *   expirationInSeconds 0 (or absent) means the token never expires;
 * - at most one refresh per connection at a time: concurrent invocations wait for it;
 * - the rotated refresh token is stored durably before the new access token is used;
 * - a refresh that fails with HTTP 401 (the service's "reconnect required") stops
 *   refreshing and marks the connection; other failures back off and retry;
 * - an action answered with HTTP 401 gets one refresh and one retry (a 401 means the
 *   request was not processed, so the retry is safe).
 */

/** The port onto the service: ServiceHost in the platform, a fake in tests. */
export interface OperationInvoker {
  invoke(method: string, args: unknown[], options?: InvokeOptions): Promise<InvocationOutcome>
}

export interface Clock {
  now(): number
  setTimeout(callback: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => {
    const timer = setTimeout(callback, ms)
    // A scheduled refresh must not keep a finished process (tests, the demo) alive.
    timer.unref()
    return timer
  },
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
}

export interface RefreshPolicy {
  /** Refresh this long before expiry at most… */
  aheadMaxMs: number
  /** …or this fraction of the lifetime before it, whichever is earlier. */
  aheadFraction: number
  /** First retry delay after a transient failure; doubles per failure. */
  retryBaseMs: number
  retryMaxMs: number
}

export const DEFAULT_POLICY: RefreshPolicy = {
  aheadMaxMs: 5 * 60_000,
  aheadFraction: 0.1,
  retryBaseMs: 2_000,
  retryMaxMs: 5 * 60_000,
}

/** The system operation names every CodeRunner OAuth2 service implements. */
export const REFRESH_OPERATION = 'refreshToken'

export type ConnectionStatus = 'active' | 'refreshing' | 'refresh_failed' | 'reconnect_required'

/** What the console may see of a connection: never a token, only a fixed mask with the last 4 characters. */
export interface ConnectionView {
  id: string
  identityName: string
  identityImageUrl: string | null
  userData: unknown
  createdAt: number
  expiresAt: number | null
  lifetimeSeconds: number
  lastRefreshAt: number | null
  refreshCount: number
  nextRefreshAt: number | null
  status: ConnectionStatus
  failure: ConnectionFailure | null
  refreshable: boolean
  tokenMask: string
  refreshTokenMask: string | null
}

export class ConnectionNotFound extends Error {
  constructor(id: string) {
    super(`There is no connection with id "${id}" (it may have been deleted).`)
    this.name = 'ConnectionNotFound'
  }
}

export class InvalidCallbackResult extends Error {
  constructor(problem: string) {
    super(`executeCallback returned an unusable connection: ${problem}`)
    this.name = 'InvalidCallbackResult'
  }
}

/** A refresh that did not give a new token. */
export class RefreshFailed extends Error {
  constructor(
    readonly error: InvocationError,
    readonly reconnectRequired: boolean,
  ) {
    super(error.message)
    this.name = 'RefreshFailed'
  }
}

export function maskSecret(value: string | null | undefined): string {
  if (!value) return ''
  return value.length >= 16 ? `••••${value.slice(-4)}` : '••••'
}

export interface ConnectionManagerOptions {
  store: ConnectionStore
  service: OperationInvoker
  clock?: Clock
  policy?: Partial<RefreshPolicy>
}

const MAX_TIMER_MS = 2 ** 31 - 1

export class ConnectionManager {
  private readonly store: ConnectionStore
  private readonly service: OperationInvoker
  private readonly clock: Clock
  private readonly policy: RefreshPolicy
  private readonly inflight = new Map<string, Promise<ConnectionRecord>>()
  private readonly timers = new Map<string, unknown>()
  private stopped = false

  constructor(options: ConnectionManagerOptions) {
    this.store = options.store
    this.service = options.service
    this.clock = options.clock ?? systemClock
    this.policy = { ...DEFAULT_POLICY, ...options.policy }
  }

  /** Plans the refresh of every stored connection (after a restart, expired ones refresh at once). */
  start(): void {
    this.stopped = false
    for (const record of this.store.list()) this.schedule(record)
  }

  stop(): void {
    this.stopped = true
    for (const handle of this.timers.values()) this.clock.clearTimeout(handle)
    this.timers.clear()
  }

  /** Resolves once no refresh is running (used when shutting down). */
  async idle(): Promise<void> {
    while (this.inflight.size > 0) await Promise.allSettled([...this.inflight.values()])
  }

  list(): ConnectionView[] {
    return this.store.list().map((record) => this.view(record))
  }

  get(id: string): ConnectionView {
    return this.view(this.require(id))
  }

  /** Stores what executeCallback returned; `overwrite: true` replaces the connection with the same identity name. */
  async addFromCallback(result: unknown): Promise<ConnectionView> {
    const login = parseCallbackResult(result)
    const now = this.clock.now()
    const existing = login.overwrite ? this.store.list().find((record) => record.identityName === login.identityName) : undefined
    if (existing) this.unschedule(existing.id)
    const fresh: ConnectionRecord = {
      id: randomUUID(),
      identityName: login.identityName,
      identityImageUrl: login.identityImageUrl,
      userData: login.userData,
      createdAt: now,
      updatedAt: now,
      ...freshToken(login.token, login.expirationInSeconds, now),
      refreshToken: login.refreshToken,
      lastRefreshAt: null,
      refreshCount: 0,
      nextRefreshAt: null,
    }
    fresh.nextRefreshAt = this.dueAt(fresh)
    // Replacing keeps the id (flows refer to it); when the connection was deleted meanwhile, it is a new one.
    const replaced = existing ? await this.store.update(existing.id, () => fresh) : undefined
    const record = replaced ?? (await this.store.create(fresh))
    log.info('platform.connection_stored', {
      connection: record.identityName,
      replaced: replaced !== undefined,
      expiresInSeconds: record.lifetimeSeconds,
      refreshable: record.refreshToken !== null,
    })
    this.schedule(record)
    return this.view(record)
  }

  /**
   * Does not wait for a running refresh: once deleted, that refresh finds nothing to update
   * (its rotated tokens are dropped) and plans no other.
   */
  async delete(id: string): Promise<void> {
    const record = this.require(id)
    this.unschedule(id)
    await this.store.delete(id)
    // A refresh that stored its tokens just before the delete may have planned the next one.
    this.unschedule(id)
    log.info('platform.connection_deleted', { connection: record.identityName })
  }

  /** "Refresh now" from the console; joins a running refresh. */
  async refreshNow(id: string): Promise<ConnectionView> {
    return this.view(await this.refresh(id, 'manual'))
  }

  /**
   * Makes the platform treat the token as expired now (the console's "Simulate expiry",
   * the demo's forced expiry), so the next invocation refreshes on demand.
   */
  async expireNow(id: string): Promise<ConnectionView> {
    await this.inflight.get(id)?.catch(() => undefined)
    const now = this.clock.now()
    this.unschedule(id)
    const record = await this.store.update(id, (current) => ({ ...current, expiresAt: now, nextRefreshAt: null, updatedAt: now }))
    if (!record) throw new ConnectionNotFound(id)
    log.info('platform.token_expired_by_request', { connection: record.identityName })
    return this.view(record)
  }

  /**
   * Invokes an operation with the connection's token: waits for a running refresh,
   * refreshes an expired token first, and after a 401 refreshes once and retries once.
   */
  async invoke(method: string, args: unknown[], connectionId: string): Promise<InvocationOutcome> {
    const started = this.clock.now()
    let record: ConnectionRecord
    try {
      record = await this.usable(connectionId)
    } catch (error) {
      return { ok: false, error: toInvocationError(error), durationMs: this.clock.now() - started }
    }
    const first = await this.service.invoke(method, args, { accessToken: record.accessToken })
    // The duration a person sees includes any wait for a refresh.
    const total = (outcome: InvocationOutcome): InvocationOutcome => ({
      ...outcome,
      durationMs: Math.max(outcome.durationMs, this.clock.now() - started),
    })
    if (first.ok || first.error.httpStatusCode !== 401 || record.refreshToken === null) return total(first)
    log.info('platform.token_rejected', { connection: record.identityName, operation: method })
    try {
      const current = this.require(connectionId)
      record = current.accessToken === record.accessToken ? await this.refresh(connectionId, 'rejected') : current
    } catch (error) {
      // A dead refresh token says more ("reconnect") than the action's own 401.
      if (error instanceof RefreshFailed) return total(error.reconnectRequired ? { ...first, error: error.error } : first)
      return { ok: false, error: toInvocationError(error), durationMs: this.clock.now() - started }
    }
    return total(await this.service.invoke(method, args, { accessToken: record.accessToken }))
  }

  /** A record whose token may be used now. */
  private async usable(id: string): Promise<ConnectionRecord> {
    const running = this.inflight.get(id)
    if (running) await running.catch(() => undefined)
    const record = this.require(id)
    if (record.state === 'reconnect_required') {
      throw new RefreshFailed(
        {
          code: record.failure?.code ?? 0,
          httpStatusCode: 401,
          message: `The connection "${record.identityName}" must be reconnected: ${record.failure?.message ?? 'its token can no longer be renewed.'}`,
        },
        true,
      )
    }
    if (!this.isExpired(record)) return record
    if (record.refreshToken === null) {
      const error = {
        code: 0,
        httpStatusCode: 401,
        message: 'The token expired and the service gave no refresh token to renew it. Log in again.',
      }
      await this.markReconnectRequired(id, error)
      throw new RefreshFailed(error, true)
    }
    log.info('platform.token_expired', { connection: record.identityName })
    return this.refresh(id, 'on-demand')
  }

  private isExpired(record: ConnectionRecord): boolean {
    return record.expiresAt !== null && this.clock.now() >= record.expiresAt
  }

  /** Single-flight: every caller during a refresh gets the same promise. */
  private refresh(id: string, reason: string): Promise<ConnectionRecord> {
    const running = this.inflight.get(id)
    if (running) return running
    const attempt = this.performRefresh(id, reason).finally(() => this.inflight.delete(id))
    this.inflight.set(id, attempt)
    return attempt
  }

  private async performRefresh(id: string, reason: string): Promise<ConnectionRecord> {
    const record = this.require(id)
    this.unschedule(id)
    if (record.refreshToken === null) {
      const error = { code: 0, httpStatusCode: 401, message: 'The service gave this connection no refresh token, so it cannot be renewed.' }
      await this.markReconnectRequired(id, error)
      throw new RefreshFailed(error, true)
    }
    log.info('platform.refresh_started', { connection: record.identityName, reason })
    const outcome = await this.service.invoke(REFRESH_OPERATION, [record.refreshToken])
    let renewed: RefreshResult
    try {
      if (!outcome.ok) throw new RefreshFailed(outcome.error, outcome.error.httpStatusCode === 401)
      renewed = parseRefreshResult(outcome.result)
    } catch (error) {
      const failure = error instanceof RefreshFailed ? error : new RefreshFailed(toInvocationError(error), false)
      await this.recordFailure(id, failure)
      throw failure
    }
    const now = this.clock.now()
    // The provider has rotated the refresh token: storing it comes before anything else
    // (logging, planning, resuming waiters), since a crash before it is stored costs a reconnect.
    // Durable before use: waiters resume only after this resolves, and get() returns it only once it is on disk.
    const next = await this.store.update(id, (current) => {
      // A login replaced the tokens while this refresh ran: the login's are the newer ones.
      if (current.refreshToken !== record.refreshToken) return current
      const renewedRecord: ConnectionRecord = {
        ...current,
        ...freshToken(renewed.token, renewed.expirationInSeconds, now),
        refreshToken: renewed.refreshToken ?? record.refreshToken,
        lastRefreshAt: now,
        refreshCount: current.refreshCount + 1,
        updatedAt: now,
      }
      return { ...renewedRecord, nextRefreshAt: this.dueAt(renewedRecord) }
    })
    if (!next) throw new ConnectionNotFound(id)
    log.info('platform.refresh_done', {
      connection: next.identityName,
      reason,
      expiresInSeconds: next.lifetimeSeconds,
      rotated: renewed.refreshToken !== undefined && renewed.refreshToken !== record.refreshToken,
    })
    this.schedule(next)
    return next
  }

  private async recordFailure(id: string, failure: RefreshFailed): Promise<void> {
    if (failure.reconnectRequired) {
      await this.markReconnectRequired(id, failure.error)
      return
    }
    const now = this.clock.now()
    let delay = 0
    let planned: ConnectionRecord | undefined
    const record = await this.store
      .update(id, (current) => {
        const attempts = (current.failure?.attempts ?? 0) + 1
        delay = Math.min(this.policy.retryMaxMs, this.policy.retryBaseMs * 2 ** (attempts - 1))
        planned = {
          ...current,
          state: 'refresh_failed',
          failure: { ...failure.error, at: now, attempts },
          nextRefreshAt: now + delay,
          updatedAt: now,
        }
        return planned
      })
      .catch((error: unknown) => {
        // Not stored, yet the retry still follows the backoff.
        log.error('platform.store_write_failed', { error })
        return planned
      })
    if (!record) return // deleted meanwhile
    const attempts = record.failure?.attempts ?? 1
    log.warn('platform.refresh_failed', {
      connection: record.identityName,
      errorCode: failure.error.code,
      httpStatusCode: failure.error.httpStatusCode,
      message: failure.error.message,
      attempts,
      retryInMs: delay,
    })
    this.schedule(record)
  }

  private async markReconnectRequired(id: string, error: InvocationError): Promise<void> {
    const now = this.clock.now()
    this.unschedule(id)
    let planned: ConnectionRecord | undefined
    const record = await this.store
      .update(id, (current) => {
        const attempts = (current.failure?.attempts ?? 0) + 1
        planned = { ...current, state: 'reconnect_required', failure: { ...error, at: now, attempts }, nextRefreshAt: null, updatedAt: now }
        return planned
      })
      .catch((failure: unknown) => {
        log.error('platform.store_write_failed', { error: failure })
        return planned
      })
    if (!record) return // deleted meanwhile
    log.warn('platform.reconnect_required', {
      connection: record.identityName,
      errorCode: error.code,
      httpStatusCode: error.httpStatusCode,
      message: error.message,
    })
  }

  /** When the proactive refresh is due: the earlier of aheadMaxMs or aheadFraction of the lifetime before expiry. */
  private dueAt(record: ConnectionRecord): number | null {
    if (record.expiresAt === null || record.refreshToken === null || record.state === 'reconnect_required') return null
    const ahead = Math.min(this.policy.aheadMaxMs, record.lifetimeSeconds * 1000 * this.policy.aheadFraction)
    return record.expiresAt - ahead
  }

  private schedule(record: ConnectionRecord): void {
    this.unschedule(record.id)
    if (this.stopped) return
    const at = record.state === 'refresh_failed' ? record.nextRefreshAt : this.dueAt(record)
    if (at === null || record.state === 'reconnect_required') return
    const delay = Math.max(0, at - this.clock.now())
    const handle = this.clock.setTimeout(() => this.onTimer(record.id, at), Math.min(delay, MAX_TIMER_MS))
    this.timers.set(record.id, handle)
    log.info('platform.refresh_scheduled', {
      connection: record.identityName,
      inSeconds: Math.round(delay / 1000),
      retry: record.state === 'refresh_failed',
    })
  }

  private onTimer(id: string, at: number): void {
    this.timers.delete(id)
    const record = this.store.get(id)
    if (!record || this.stopped) return
    if (this.clock.now() < at) {
      this.schedule(record) // the delay was longer than a timer can wait
      return
    }
    this.refresh(id, record.state === 'refresh_failed' ? 'retry' : 'proactive').catch(() => undefined)
  }

  private unschedule(id: string): void {
    const handle = this.timers.get(id)
    if (handle !== undefined) this.clock.clearTimeout(handle)
    this.timers.delete(id)
  }

  private require(id: string): ConnectionRecord {
    const record = this.store.get(id)
    if (!record) throw new ConnectionNotFound(id)
    return record
  }

  private view(record: ConnectionRecord): ConnectionView {
    const status: ConnectionStatus = this.inflight.has(record.id) ? 'refreshing' : record.state
    return {
      id: record.id,
      identityName: record.identityName,
      identityImageUrl: record.identityImageUrl,
      userData: record.userData,
      createdAt: record.createdAt,
      expiresAt: record.expiresAt,
      lifetimeSeconds: record.lifetimeSeconds,
      lastRefreshAt: record.lastRefreshAt,
      refreshCount: record.refreshCount,
      nextRefreshAt: record.nextRefreshAt,
      status,
      failure: record.failure,
      refreshable: record.refreshToken !== null,
      tokenMask: maskSecret(record.accessToken),
      refreshTokenMask: record.refreshToken === null ? null : maskSecret(record.refreshToken),
    }
  }
}

/** What a newly issued access token sets on a connection; `expirationInSeconds` 0 means it never expires. */
function freshToken(token: string, expirationInSeconds: number, now: number) {
  return {
    accessToken: token,
    expiresAt: expirationInSeconds > 0 ? now + expirationInSeconds * 1000 : null,
    lifetimeSeconds: expirationInSeconds,
    tokenIssuedAt: now,
    state: 'active' as const,
    failure: null,
  }
}

interface CallbackResult {
  token: string
  expirationInSeconds: number
  refreshToken: string | null
  identityName: string
  identityImageUrl: string | null
  overwrite: boolean
  userData: unknown
}

interface RefreshResult {
  token: string
  expirationInSeconds: number
  refreshToken?: string
}

function asObject(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InvalidCallbackResult(`${what} is not an object.`)
  return value as Record<string, unknown>
}

function lifetime(value: unknown): number {
  if (value === undefined || value === null) return 0
  const seconds = Number(value)
  if (!Number.isFinite(seconds) || seconds < 0) throw new InvalidCallbackResult('expirationInSeconds is not a number of seconds.')
  return seconds
}

/** executeCallback's result, per the platform's contract. */
export function parseCallbackResult(result: unknown): CallbackResult {
  const object = asObject(result, 'the result')
  const token = object['token']
  if (typeof token !== 'string' || token === '') throw new InvalidCallbackResult('it has no token.')
  const identityName = object['connectionIdentityName']
  if (typeof identityName !== 'string' || identityName.trim() === '') throw new InvalidCallbackResult('it has no connectionIdentityName.')
  const refreshToken = object['refreshToken']
  const image = object['connectionIdentityImageURL']
  return {
    token,
    expirationInSeconds: lifetime(object['expirationInSeconds']),
    refreshToken: typeof refreshToken === 'string' && refreshToken !== '' ? refreshToken : null,
    identityName: identityName.trim(),
    identityImageUrl: typeof image === 'string' && image !== '' ? image : null,
    overwrite: object['overwrite'] === true,
    userData: object['userData'] ?? null,
  }
}

/** refreshToken's result: { token, expirationInSeconds?, refreshToken? }. */
export function parseRefreshResult(result: unknown): RefreshResult {
  const object = asObject(result, 'the refresh result')
  const token = object['token']
  if (typeof token !== 'string' || token === '') throw new InvalidCallbackResult('the refresh result has no token.')
  const refreshToken = object['refreshToken']
  return {
    token,
    expirationInSeconds: lifetime(object['expirationInSeconds']),
    ...(typeof refreshToken === 'string' && refreshToken !== '' && { refreshToken }),
  }
}

function toInvocationError(error: unknown): InvocationError {
  if (error instanceof RefreshFailed) return error.error
  if (error instanceof ConnectionNotFound) return { code: 0, httpStatusCode: 404, message: error.message }
  return { code: 0, httpStatusCode: 500, message: error instanceof Error ? error.message : String(error) }
}
