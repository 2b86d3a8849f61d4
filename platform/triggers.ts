import { randomUUID } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { log } from './log'
import type { Clock } from './connections'
import { systemClock } from './connections'
import type { InvocationError, InvocationOutcome, OperationDescriptor } from './service-host'
import { writeAtomic } from './store'

/**
 * Runs trigger blocks the way FlowRunner runs a flow's first block, against any service that
 * follows the trigger contract (flowrunner-triggers.md); it knows no provider.
 *
 * Realtime block: handleTriggerUpsertWebhook with a callback URL on the console, deliveries posted
 * there go through handleTriggerResolveEvents (headers, query, the exact raw body) and, per event,
 * handleTriggerSelectMatched; handleTriggerRefreshWebhook every refreshIntervalInSeconds;
 * handleTriggerDeleteWebhook on stop. Polling block: handleTriggerPollingForEvent on its interval
 * with the state the previous poll returned. Runs, their webhookData and poll state survive a
 * restart (a file beside the connection store; it holds ids, ETags and keys, nothing secret).
 */

export const UPSERT = 'handleTriggerUpsertWebhook'
export const REFRESH = 'handleTriggerRefreshWebhook'
export const DELETE = 'handleTriggerDeleteWebhook'
export const RESOLVE = 'handleTriggerResolveEvents'
export const SELECT = 'handleTriggerSelectMatched'
export const POLL = 'handleTriggerPollingForEvent'

/** The platform's own floor for polling; a sandbox run may go lower. */
export const PLATFORM_MIN_INTERVAL_SECONDS = 30
/** Fired events kept per run for the console (the newest). */
const FIRED_KEPT = 50
const STORE_VERSION = 1

export type TriggerKind = 'REALTIME_TRIGGER' | 'POLLING_TRIGGER'

export interface FiredEvent {
  at: number
  data: unknown
}

export interface TriggerRun {
  id: string
  method: string
  kind: TriggerKind
  connectionId: string
  params: Record<string, unknown>
  startedAt: number
  status: 'running' | 'failed'
  error: InvocationError | null
  intervalSeconds: number | null
  webhookData: unknown
  pollState: unknown
  lastCheckAt: number | null
  fired: FiredEvent[]
}

/** What the console shows: no webhookData or poll state (internal to the service). */
export type TriggerRunView = Omit<TriggerRun, 'webhookData' | 'pollState'> & { label: string }

export interface TriggerRunnerOptions {
  /** Invokes an operation; with a connection id the call carries that connection's token. */
  invoke(method: string, args: unknown[], connectionId?: string): Promise<InvocationOutcome>
  operation(method: string): OperationDescriptor | undefined
  /** Where the provider should post a run's deliveries. */
  callbackUrl(runId: string): string
  /** The file runs are kept in. */
  file: string
  /** Polling floor in seconds (30 on the platform, lower against the sandbox). */
  minIntervalSeconds: number
  clock?: Clock
}

export interface StartRequest {
  method: string
  connectionId: string
  params?: Record<string, unknown>
  intervalSeconds?: number
}

export class TriggerRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

export interface Delivery {
  headers: Record<string, string | string[] | undefined>
  query: Record<string, string>
  rawBody: Buffer
}

export class TriggerRunner {
  private readonly runs = new Map<string, TriggerRun>()
  private readonly timers = new Map<string, unknown>()
  private readonly clock: Clock
  private saving: Promise<void> = Promise.resolve()
  private closed = false

  constructor(private readonly options: TriggerRunnerOptions) {
    this.clock = options.clock ?? systemClock
  }

  /** Resumes the runs of an earlier start: webhooks are repaired, polls go on from their state. */
  async resume(): Promise<void> {
    for (const run of readRuns(this.options.file)) {
      if (!this.options.operation(run.method)) continue
      this.runs.set(run.id, run)
      if (run.status !== 'running') continue
      if (run.kind === 'POLLING_TRIGGER') this.schedulePoll(run, 0)
      else void this.refresh(run.id)
    }
    log.info('platform.triggers_resumed', { runs: this.runs.size })
  }

  list(): TriggerRunView[] {
    return [...this.runs.values()].sort((a, b) => a.startedAt - b.startedAt).map((run) => this.view(run))
  }

  async start(request: StartRequest): Promise<TriggerRunView> {
    const operation = this.options.operation(request.method)
    const kind = operation?.kind
    if (kind !== 'REALTIME_TRIGGER' && kind !== 'POLLING_TRIGGER') {
      throw new TriggerRequestError(404, `"${request.method}" is not a trigger block of this service.`)
    }
    const interval =
      kind === 'POLLING_TRIGGER'
        ? Math.max(this.options.minIntervalSeconds, request.intervalSeconds ?? PLATFORM_MIN_INTERVAL_SECONDS)
        : null
    const run: TriggerRun = {
      id: randomUUID(),
      method: request.method,
      kind,
      connectionId: request.connectionId,
      params: request.params ?? {},
      startedAt: this.clock.now(),
      status: 'running',
      error: null,
      intervalSeconds: interval,
      webhookData: null,
      pollState: null,
      lastCheckAt: null,
      fired: [],
    }
    this.runs.set(run.id, run)
    if (kind === 'REALTIME_TRIGGER') {
      const outcome = await this.options.invoke(UPSERT, [this.webhookInvocation(run)], run.connectionId)
      this.afterWebhookCall(run, outcome)
    } else {
      // The first poll records where things stand and fires nothing (the contract).
      await this.poll(run.id)
    }
    await this.save()
    log.info('platform.trigger_started', { run: run.id, trigger: run.method, status: run.status })
    return this.view(run)
  }

  async stop(id: string): Promise<void> {
    const run = this.require(id)
    this.cancelTimer(id)
    if (run.kind === 'REALTIME_TRIGGER' && run.webhookData !== null) {
      const outcome = await this.options.invoke(
        DELETE,
        [{ connectionId: run.connectionId, callbackUrl: this.options.callbackUrl(id), webhookData: run.webhookData }],
        run.connectionId,
      )
      // The flow stops either way; a hook the service could not delete is reported, not kept running here.
      if (!outcome.ok)
        log.warn('platform.trigger_delete_failed', { run: id, errorCode: outcome.error.code, message: outcome.error.message })
    }
    this.runs.delete(id)
    await this.save()
    log.info('platform.trigger_stopped', { run: id, trigger: run.method })
  }

  /** A delivery posted to a run's callback URL; answers what the provider is to receive. */
  async deliver(id: string, delivery: Delivery): Promise<{ status: number; body: unknown }> {
    const run = this.runs.get(id)
    if (!run || run.kind !== 'REALTIME_TRIGGER') return { status: 404, body: { message: 'No running trigger has this callback URL.' } }
    const body = parseJson(delivery.rawBody)
    const resolved = await this.options.invoke(RESOLVE, [
      {
        connectionId: delivery.query['connectionId'],
        headers: delivery.headers,
        queryParams: delivery.query,
        rawBody: delivery.rawBody.toString('utf8'),
        body,
      },
    ])
    if (!resolved.ok) {
      log.warn('platform.trigger_resolve_failed', { run: id, errorCode: resolved.error.code, message: resolved.error.message })
      return { status: 500, body: { message: 'The service could not resolve this delivery.' } }
    }
    const result = (resolved.result ?? {}) as {
      events?: { name?: unknown; data?: unknown }[]
      handshake?: boolean
      responseToExternalService?: unknown
    }
    if (result.handshake) return { status: 200, body: result.responseToExternalService ?? {} }
    let fired = 0
    for (const event of Array.isArray(result.events) ? result.events : []) {
      if (event.name !== run.method) continue
      const selected = await this.options.invoke(SELECT, [
        {
          connectionId: run.connectionId,
          eventName: event.name,
          eventData: event.data,
          webhookData: run.webhookData,
          triggers: [{ id: run.id, data: run.params }],
        },
      ])
      const ids = selected.ok ? ((selected.result as { ids?: unknown } | null)?.ids ?? []) : []
      if (Array.isArray(ids) && ids.includes(run.id)) {
        this.record(run, [event.data])
        fired++
      }
    }
    run.lastCheckAt = this.clock.now()
    log.info('platform.trigger_delivery', { run: id, trigger: run.method, events: result.events?.length ?? 0, fired })
    if (fired > 0) await this.save()
    return { status: 200, body: { received: true } }
  }

  /** One poll now (the console's "Poll now", and the schedule). */
  async poll(id: string): Promise<TriggerRunView> {
    const run = this.require(id)
    if (run.kind !== 'POLLING_TRIGGER') throw new TriggerRequestError(400, `${run.method} is a realtime trigger: GitHub posts its events.`)
    this.cancelTimer(id)
    const outcome = await this.options.invoke(
      POLL,
      [{ connectionId: run.connectionId, eventName: run.method, triggerData: run.params, state: run.pollState, learningMode: false }],
      run.connectionId,
    )
    run.lastCheckAt = this.clock.now()
    if (outcome.ok) {
      const result = (outcome.result ?? {}) as { events?: unknown; state?: unknown }
      const events = Array.isArray(result.events) ? result.events : []
      run.pollState = result.state ?? null
      run.status = 'running'
      run.error = null
      this.record(run, events)
      log.info('platform.trigger_poll', { run: id, trigger: run.method, fired: events.length })
    } else {
      // A failed poll keeps its state: the next one picks up where the last good one stopped.
      run.status = 'failed'
      run.error = outcome.error
      log.warn('platform.trigger_poll_failed', {
        run: id,
        trigger: run.method,
        errorCode: outcome.error.code,
        message: outcome.error.message,
      })
    }
    await this.save()
    if (this.runs.has(id)) this.schedulePoll(run, (run.intervalSeconds ?? PLATFORM_MIN_INTERVAL_SECONDS) * 1000)
    return this.view(run)
  }

  /** Stops timers; webhooks stay (the runs resume at the next start). */
  async close(): Promise<void> {
    this.closed = true
    for (const id of [...this.timers.keys()]) this.cancelTimer(id)
    await this.saving
  }

  private async refresh(id: string): Promise<void> {
    const run = this.runs.get(id)
    if (!run || this.closed) return
    const outcome = await this.options.invoke(REFRESH, [this.webhookInvocation(run)], run.connectionId)
    this.afterWebhookCall(run, outcome)
    await this.save()
  }

  private afterWebhookCall(run: TriggerRun, outcome: InvocationOutcome): void {
    run.lastCheckAt = this.clock.now()
    if (!outcome.ok) {
      run.status = 'failed'
      run.error = outcome.error
      return
    }
    const result = (outcome.result ?? {}) as { webhookData?: unknown; refreshIntervalInSeconds?: unknown }
    run.status = 'running'
    run.error = null
    if (result.webhookData !== undefined) run.webhookData = result.webhookData
    const seconds = Number(result.refreshIntervalInSeconds)
    if (Number.isFinite(seconds) && seconds > 0) this.schedule(run.id, seconds * 1000, () => this.refresh(run.id))
  }

  private webhookInvocation(run: TriggerRun): Record<string, unknown> {
    return {
      connectionId: run.connectionId,
      callbackUrl: this.options.callbackUrl(run.id),
      events: [{ id: run.id, name: run.method, triggerData: run.params }],
      webhookData: run.webhookData,
    }
  }

  private record(run: TriggerRun, events: unknown[]): void {
    const at = this.clock.now()
    run.fired = [...events.map((data) => ({ at, data })).reverse(), ...run.fired].slice(0, FIRED_KEPT)
  }

  private schedulePoll(run: TriggerRun, delayMs: number): void {
    this.schedule(run.id, delayMs, () => this.poll(run.id).then(() => undefined))
  }

  private schedule(id: string, delayMs: number, task: () => Promise<void>): void {
    if (this.closed) return
    this.cancelTimer(id)
    const handle = this.clock.setTimeout(() => {
      this.timers.delete(id)
      task().catch((error: unknown) => log.error('platform.trigger_task_failed', { run: id, error }))
    }, delayMs)
    ;(handle as { unref?: () => void }).unref?.()
    this.timers.set(id, handle)
  }

  private cancelTimer(id: string): void {
    const handle = this.timers.get(id)
    if (handle !== undefined) this.clock.clearTimeout(handle)
    this.timers.delete(id)
  }

  private require(id: string): TriggerRun {
    const run = this.runs.get(id)
    if (!run) throw new TriggerRequestError(404, 'No running trigger has this id (it was stopped).')
    return run
  }

  private view(run: TriggerRun): TriggerRunView {
    return {
      id: run.id,
      method: run.method,
      label: this.options.operation(run.method)?.name ?? run.method,
      kind: run.kind,
      connectionId: run.connectionId,
      params: run.params,
      startedAt: run.startedAt,
      status: run.status,
      error: run.error,
      intervalSeconds: run.intervalSeconds,
      lastCheckAt: run.lastCheckAt,
      fired: run.fired,
    }
  }

  /** Writes one after the other, so the file always holds the latest complete list. */
  private save(): Promise<void> {
    const content = JSON.stringify({ v: STORE_VERSION, runs: [...this.runs.values()] })
    this.saving = this.saving
      .then(() => writeAtomic(this.options.file, content))
      .catch((error: unknown) => log.error('platform.triggers_not_saved', { error }))
    return this.saving
  }
}

function readRuns(file: string): TriggerRun[] {
  if (!existsSync(file)) return []
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { v?: unknown; runs?: unknown }
    return parsed.v === STORE_VERSION && Array.isArray(parsed.runs) ? (parsed.runs as TriggerRun[]) : []
  } catch (error) {
    log.warn('platform.triggers_unreadable', { file, error })
    return []
  }
}

function parseJson(raw: Buffer): unknown {
  try {
    return JSON.parse(raw.toString('utf8'))
  } catch {
    return undefined
  }
}
