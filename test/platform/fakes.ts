import type { Clock, OperationInvoker } from '../../platform/connections'
import type { InvocationOutcome, InvokeOptions } from '../../platform/service-host'

/** A clock whose time moves only when the test says so; timers fire in order as it moves. */
export class ManualClock implements Clock {
  private time = Date.UTC(2030, 0, 1)
  private sequence = 0
  private timers: { id: number; at: number; callback: () => void }[] = []

  now(): number {
    return this.time
  }

  setTimeout(callback: () => void, ms: number): unknown {
    const id = ++this.sequence
    this.timers.push({ id, at: this.time + ms, callback })
    return id
  }

  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((timer) => timer.id !== handle)
  }

  pending(): number[] {
    return this.timers.map((timer) => timer.at - this.time).sort((a, b) => a - b)
  }

  /** Moves time forward, firing due timers in order and letting their work settle. */
  async advance(ms: number, settle: () => Promise<void>): Promise<void> {
    const target = this.time + ms
    for (;;) {
      const next = [...this.timers].sort((a, b) => a.at - b.at)[0]
      if (!next || next.at > target) break
      this.timers = this.timers.filter((timer) => timer !== next)
      this.time = Math.max(this.time, next.at)
      next.callback()
      await settle()
    }
    this.time = target
  }

  /** Moves time without firing timers: a machine that slept through them. */
  jump(ms: number): void {
    this.time += ms
  }
}

type Outcome = InvocationOutcome

/**
 * A fake OAuth2 service behind the OperationInvoker port: it issues, checks, rotates and
 * revokes tokens like a provider with rotating refresh tokens and reuse detection.
 */
export class FakeTokenService implements OperationInvoker {
  lifetimeSeconds = 3600
  rotate = true
  mode: 'ok' | 'down' | 'bad-result' = 'ok'
  refreshCalls = 0
  actionCalls = 0
  /** Holds refreshes until released, to line up concurrent callers. */
  gate: Promise<void> | null = null
  /** Runs before an action answers; the test can inspect what is on disk at that moment. */
  beforeAction: ((token: string) => Promise<void>) | null = null
  private counter = 0
  private readonly access = new Map<string, number>()
  private currentRefresh: string | null = null
  private readonly usedRefresh = new Set<string>()
  private revoked = false

  constructor(private readonly clock: Clock) {}

  /** What executeCallback would return after a successful login. */
  login(overrides: Record<string, unknown> = {}): Record<string, unknown> {
    const tokens = this.issue()
    return {
      token: tokens.token,
      expirationInSeconds: this.lifetimeSeconds,
      refreshToken: tokens.refreshToken,
      connectionIdentityName: 'fake-user',
      connectionIdentityImageURL: 'https://example.test/avatar.png',
      overwrite: true,
      userData: { plan: 'free' },
      ...overrides,
    }
  }

  latestRefreshToken(): string | null {
    return this.currentRefresh
  }

  revokeAccessTokens(): void {
    this.access.clear()
  }

  async invoke(method: string, args: unknown[], options: InvokeOptions = {}): Promise<Outcome> {
    if (method === 'refreshToken') return this.refresh(args[0])
    this.actionCalls++
    const token = options.accessToken ?? ''
    const expires = this.access.get(token)
    if (expires === undefined || this.clock.now() >= expires) return failure(4010, 401, 'The access token is expired or revoked.')
    if (this.beforeAction) await this.beforeAction(token)
    return { ok: true, result: { method, args, tokenNumber: Number(token.split('-').pop()) }, durationMs: 1 }
  }

  private async refresh(refreshToken: unknown): Promise<Outcome> {
    this.refreshCalls++
    if (this.gate) await this.gate
    if (this.mode === 'down') return failure(50301, 503, 'The provider is unavailable.')
    if (this.mode === 'bad-result') return { ok: true, result: { nothing: true }, durationMs: 1 }
    if (typeof refreshToken !== 'string' || this.revoked || refreshToken !== this.currentRefresh) {
      if (typeof refreshToken === 'string' && this.usedRefresh.has(refreshToken)) this.revoked = true // reuse detection
      return failure(40102, 401, 'The refresh token is no longer valid. Reconnect the account.')
    }
    const tokens = this.issue(!this.rotate)
    return {
      ok: true,
      result: { token: tokens.token, expirationInSeconds: this.lifetimeSeconds, refreshToken: tokens.refreshToken },
      durationMs: 1,
    }
  }

  private issue(keepRefresh = false): { token: string; refreshToken: string } {
    const n = ++this.counter
    const token = `fake-access-token-${n}`
    this.access.set(token, this.lifetimeSeconds > 0 ? this.clock.now() + this.lifetimeSeconds * 1000 : Infinity)
    if (!keepRefresh || this.currentRefresh === null) {
      if (this.currentRefresh !== null) this.usedRefresh.add(this.currentRefresh)
      this.currentRefresh = `fake-refresh-token-${n}`
    }
    return { token, refreshToken: this.currentRefresh }
  }
}

function failure(code: number, httpStatusCode: number, message: string): Outcome {
  return { ok: false, error: { code, httpStatusCode, message }, durationMs: 1 }
}
