import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { log } from './log'
import type { RuntimeView } from './coderunner/stand-in'
import { ConnectionManager, type Clock, type ConnectionView, type OperationInvoker, type RefreshPolicy } from './connections'
import { startConsole, type ConsoleServer, type Environment } from './console/server'
import type { InvocationError, InvocationOutcome, ServiceHost } from './service-host'
import { ConnectionStore } from './store'
import { PLATFORM_MIN_INTERVAL_SECONDS, TriggerRunner } from './triggers'

/**
 * The local platform: a loaded service, its connections and the console, wired the way the
 * FlowRunner platform wires them. It knows the OAuth2 system operations every CodeRunner
 * OAuth2 service implements, and nothing about any particular service.
 */

export const CONNECTION_URL_OPERATION = 'getOAuth2ConnectionURL'
export const CALLBACK_OPERATION = 'executeCallback'

export interface PlatformOptions {
  host: ServiceHost
  /** Folder of the connection store (.data/ in the project). */
  dataDir: string
  /** Separates connections made against different providers. */
  storeNamespace: string
  /** Console port on 127.0.0.1; 0 picks a free one. */
  port: number
  environment: Environment
  clock?: Clock
  policy?: Partial<RefreshPolicy>
  /** The polling floor in seconds: the platform's 30 by default; a sandbox run may poll faster. */
  minPollSeconds?: number
  /** Who runs invocations (the CodeRunner stand-in: a debug session, the deployed code or the host); the host by default. */
  runtime?: Runtime
}

export interface Runtime extends OperationInvoker {
  describe(): RuntimeView
}

export type LoginOutcome = { ok: true; connection: ConnectionView } | { ok: false; error: InvocationError }

/** Enough for every login a person starts in one session; older outcomes are forgotten first. */
const REMEMBERED_CALLBACKS = 100

export class Platform {
  /**
   * Callbacks by (a hash of) their state. Back or reload re-requests the callback page, and a
   * second executeCallback would spend the code again, which makes the provider revoke the new
   * grant: a state is completed once, and asking again answers with the same outcome.
   */
  private readonly callbacks = new Map<string, Promise<LoginOutcome>>()

  private constructor(
    readonly host: ServiceHost,
    readonly runtime: Runtime,
    readonly connections: ConnectionManager,
    private readonly store: ConnectionStore,
    private readonly server: ConsoleServer,
    /** How the console presents the provider; set again once a sandbox knows its address. */
    public environment: Environment,
    readonly triggers: TriggerRunner,
  ) {}

  /**
   * Opens the store (a store that cannot be read, or a data directory another platform has
   * open, stops the start), plans refreshes and serves the console.
   */
  static async start(options: PlatformOptions): Promise<Platform> {
    const store = await ConnectionStore.open({ dir: options.dataDir, namespace: options.storeNamespace })
    const runtime: Runtime = options.runtime ?? {
      invoke: (method, args, invokeOptions) => options.host.invoke(method, args, invokeOptions),
      describe: () => ({ kind: 'in-process', label: 'in-process' }),
    }
    const connections = new ConnectionManager({ store, service: runtime, clock: options.clock, policy: options.policy })
    const holder: { platform?: Platform } = {}
    let server: ConsoleServer
    try {
      server = await startConsole({ port: options.port, platform: () => holder.platform as Platform })
    } catch (error) {
      await store.close()
      throw error
    }
    const triggers: TriggerRunner = new TriggerRunner({
      invoke: (method, args, connectionId): Promise<InvocationOutcome> => platform.invoke(method, args, connectionId),
      operation: (method) => options.host.operation(method),
      callbackUrl: (runId) => `${server.url}/triggers/callback/${runId}`,
      file: join(options.dataDir, `triggers-${options.storeNamespace}.json`),
      minIntervalSeconds: options.minPollSeconds ?? PLATFORM_MIN_INTERVAL_SECONDS,
      clock: options.clock,
    })
    const platform: Platform = new Platform(options.host, runtime, connections, store, server, options.environment, triggers)
    holder.platform = platform
    connections.start()
    log.info('platform.started', {
      service: options.host.descriptor.name,
      version: options.host.descriptor.version,
      console: server.url,
      connections: connections.list().length,
      store: store.file,
    })
    return platform
  }

  /** The console's address, e.g. http://127.0.0.1:3210. */
  get url(): string {
    return this.server.url
  }

  /** The console's secret for this run: the API wants it (as a cookie, or `Authorization: Bearer`). */
  get consoleToken(): string {
    return this.server.token
  }

  /** The link that opens the console, token included: printed once at start, for the person only. */
  get consoleLink(): string {
    return this.server.link
  }

  /** The redirect_uri the platform appends to the authorization URL and registers with the provider. */
  get callbackUrl(): string {
    return `${this.server.url}/oauth/callback`
  }

  /** getOAuth2ConnectionURL, then the platform appends its redirect_uri. */
  async connectionUrl(): Promise<{ ok: true; url: string } | { ok: false; error: InvocationError }> {
    const outcome = await this.runtime.invoke(CONNECTION_URL_OPERATION, [])
    if (!outcome.ok) {
      log.warn('platform.login_not_started', { errorCode: outcome.error.code, message: outcome.error.message })
      return outcome
    }
    if (typeof outcome.result !== 'string' || !URL.canParse(outcome.result)) {
      return { ok: false, error: { code: 0, httpStatusCode: 500, message: `${CONNECTION_URL_OPERATION} did not return an absolute URL.` } }
    }
    const url = appendRedirectUri(outcome.result, this.callbackUrl)
    log.info('platform.login_started', { provider: new URL(url).origin })
    return { ok: true, url }
  }

  /** The callback, once per state: a repeated state gets the first outcome again, without a second executeCallback. */
  completeLogin(query: Record<string, string>): Promise<LoginOutcome> {
    const state = query['state']
    if (!state) return this.executeCallback(query)
    const key = createHash('sha256').update(state).digest('base64url')
    const known = this.callbacks.get(key)
    if (known) {
      log.info('platform.callback_repeated', { parameters: Object.keys(query) })
      return known
    }
    const outcome = this.executeCallback(query)
    this.callbacks.set(key, outcome)
    if (this.callbacks.size > REMEMBERED_CALLBACKS) this.callbacks.delete(this.callbacks.keys().next().value as string)
    return outcome
  }

  /** executeCallback with every query parameter plus redirectURI, then the connection is stored. */
  private async executeCallback(query: Record<string, string>): Promise<LoginOutcome> {
    const callbackObject = { ...query, redirectURI: this.callbackUrl }
    const outcome = await this.runtime.invoke(CALLBACK_OPERATION, [callbackObject])
    log.info('platform.callback', {
      parameters: Object.keys(query),
      runtime: outcome.runtime ?? 'in-process',
      ok: outcome.ok,
      ...(!outcome.ok && { errorCode: outcome.error.code, httpStatusCode: outcome.error.httpStatusCode, message: outcome.error.message }),
    })
    if (!outcome.ok) return outcome
    try {
      return { ok: true, connection: await this.connections.addFromCallback(outcome.result) }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      log.error('platform.connection_not_stored', { message })
      return { ok: false, error: { code: 0, httpStatusCode: 500, message } }
    }
  }

  /** Invokes an action or dictionary with a connection's token (or with none, when no connection is given). */
  async invoke(method: string, args: unknown[], connectionId?: string): Promise<InvocationOutcome> {
    const outcome = connectionId ? await this.connections.invoke(method, args, connectionId) : await this.runtime.invoke(method, args)
    const connection = connectionId ? this.connections.list().find((item) => item.id === connectionId)?.identityName : undefined
    const fields = {
      operation: method,
      connection: connection ?? null,
      runtime: outcome.runtime ?? 'in-process',
      durationMs: outcome.durationMs,
    }
    if (outcome.ok) log.info('platform.invoke', { ...fields, ok: true })
    else log.warn('platform.invoke', { ...fields, ok: false, errorCode: outcome.error.code, httpStatusCode: outcome.error.httpStatusCode })
    return outcome
  }

  async close(): Promise<void> {
    await this.triggers.close()
    this.connections.stop()
    await this.server.close()
    await this.connections.idle()
    await this.store.close()
  }
}

/** Like the platform: appends `&redirect_uri=…` to whatever URL the service returned, leaving the rest as it is. */
export function appendRedirectUri(url: string, redirectUri: string): string {
  const [base, fragment] = url.split('#', 2) as [string, string | undefined]
  const separator = base.includes('?') ? (base.endsWith('?') || base.endsWith('&') ? '' : '&') : '?'
  return `${base}${separator}redirect_uri=${encodeURIComponent(redirectUri)}${fragment !== undefined ? `#${fragment}` : ''}`
}
