import { createHmac, randomUUID } from 'node:crypto'
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { isIP } from 'node:net'
import { log } from '../log'

/**
 * Repository and organization webhooks, delivered for real: a signed POST to each subscribed hook's URL with GitHub's
 * headers, a delivery log per hook and redelivery.
 * https://docs.github.com/en/webhooks/webhook-events-and-payloads#delivery-headers
 * https://docs.github.com/en/webhooks/using-webhooks/validating-webhook-deliveries
 *
 * Deliveries go only to loopback addresses (127.0.0.0/8, localhost, [::1]): the sandbox runs on developer machines
 * and in CI, and must never become a way to send requests elsewhere. The connection is made to the literal loopback
 * address, so a name cannot be resolved to anywhere else.
 */

export const HOOKSHOT_USER_AGENT = 'GitHub-Hookshot/sandbox'
/** GitHub gives a receiver 10 seconds to answer. */
const DELIVERY_TIMEOUT_MS = 10_000
/** Kept per hook (GitHub keeps deliveries for 3 days); older ones are dropped first. */
const MAX_DELIVERIES = 200
/** What is kept of a receiver's answer in the log. */
const MAX_RESPONSE_BYTES = 64 * 1024

export interface HookTarget {
  kind: 'repo' | 'org'
  /** owner/name of the repository, or the organization's login. */
  name: string
  /** The repository's or organization's id (X-GitHub-Hook-Installation-Target-ID). */
  id: number
}

export interface HookConfig {
  url: string
  contentType: 'json' | 'form'
  /** Never rendered: GitHub answers "********" when one is set. */
  secret?: string
  insecureSsl: '0' | '1'
}

export interface Hook {
  id: number
  target: HookTarget
  active: boolean
  events: string[]
  config: HookConfig
  createdAt: string
  updatedAt: string
  lastResponse: { code: number | null; status: string; message: string | null }
  deliveries: Delivery[]
}

export interface Delivery {
  id: number
  guid: string
  deliveredAt: string
  redelivery: boolean
  /** Seconds the receiver took. */
  duration: number
  status: string
  statusCode: number
  event: string
  action: string | null
  repositoryId: number | null
  url: string
  requestHeaders: Record<string, string>
  /** The exact bytes sent (and signed). */
  payload: string
  responseHeaders: Record<string, string>
  responseBody: string
}

export interface Outgoing {
  event: string
  payload: Record<string, unknown>
  repositoryId: number | null
}

/** Whether a hook URL is one the sandbox delivers to: http(s) on a loopback address. */
export function loopbackTarget(url: string): { host: string; port: number; secure: boolean } | undefined {
  if (!URL.canParse(url)) return undefined
  const parsed = new URL(url)
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined
  if (parsed.username || parsed.password) return undefined
  const hostname = parsed.hostname.replace(/^\[|\]$/g, '')
  const secure = parsed.protocol === 'https:'
  const port = parsed.port ? Number(parsed.port) : secure ? 443 : 80
  if (hostname === 'localhost') return { host: '127.0.0.1', port, secure }
  if (isIP(hostname) === 4 && hostname.split('.')[0] === '127') return { host: hostname, port, secure }
  if (hostname === '::1') return { host: '::1', port, secure }
  return undefined
}

/** X-Hub-Signature-256: HMAC-SHA256 of the exact body bytes with the hook's secret. */
export function signature256(secret: string, body: Buffer): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`
}

export class Webhooks {
  readonly #hooks = new Map<number, Hook>()
  readonly #pending = new Set<Promise<void>>()
  /** Each hook's deliveries go one after another, so a receiver sees a hook's events in the order they happened. */
  readonly #queues = new Map<number, Promise<void>>()
  #nextDeliveryId = 1

  constructor(
    private readonly nextId: () => number,
    private readonly now: () => string,
  ) {}

  create(target: HookTarget, fields: { active: boolean; events: string[]; config: HookConfig }): Hook {
    const now = this.now()
    const hook: Hook = {
      id: this.nextId(),
      target,
      ...fields,
      createdAt: now,
      updatedAt: now,
      lastResponse: { code: null, status: 'unused', message: null },
      deliveries: [],
    }
    this.#hooks.set(hook.id, hook)
    return hook
  }

  /** The hooks of a repository or an organization, oldest first. */
  list(target: Pick<HookTarget, 'kind' | 'name'>): Hook[] {
    return [...this.#hooks.values()].filter(
      (hook) => hook.target.kind === target.kind && hook.target.name.toLowerCase() === target.name.toLowerCase(),
    )
  }

  get(target: Pick<HookTarget, 'kind' | 'name'>, id: number): Hook | undefined {
    return this.list(target).find((hook) => hook.id === id)
  }

  delete(hook: Hook): void {
    this.#hooks.delete(hook.id)
  }

  /**
   * An event of a repository (and its organization, when an organization owns it): delivered to every active hook
   * subscribed to it (or to "*"), after the API has answered, as GitHub does.
   */
  emit(targets: Pick<HookTarget, 'kind' | 'name'>[], outgoing: Outgoing): void {
    for (const target of targets) {
      for (const hook of this.list(target)) {
        if (!hook.active || !(hook.events.includes(outgoing.event) || hook.events.includes('*'))) continue
        this.send(hook, outgoing)
      }
    }
  }

  /** Delivers one event to one hook (ping does this for hooks of any subscription). */
  send(hook: Hook, outgoing: Outgoing, redelivery?: Delivery): void {
    const previous = this.#queues.get(hook.id) ?? Promise.resolve()
    const delivery: Promise<void> = previous
      .then(() => this.#deliver(hook, outgoing, redelivery))
      .finally(() => {
        this.#pending.delete(delivery)
        if (this.#queues.get(hook.id) === delivery) this.#queues.delete(hook.id)
      })
    this.#queues.set(hook.id, delivery)
    this.#pending.add(delivery)
  }

  /** Redelivers a logged delivery: the same payload and X-GitHub-Delivery, a new log entry marked redelivery. */
  redeliver(hook: Hook, delivery: Delivery): void {
    this.send(
      hook,
      { event: delivery.event, payload: JSON.parse(delivery.payload) as Record<string, unknown>, repositoryId: delivery.repositoryId },
      delivery,
    )
  }

  /** Resolves when no delivery is in flight (tests, through the control server). */
  async idle(): Promise<void> {
    while (this.#pending.size > 0) await Promise.allSettled([...this.#pending])
  }

  async #deliver(hook: Hook, outgoing: Outgoing, redelivery?: Delivery): Promise<void> {
    const guid = redelivery?.guid ?? randomUUID()
    // The exact bytes are kept for redelivery, so a redelivered body (and its signature) is the original one.
    const json = redelivery?.payload ?? JSON.stringify(outgoing.payload)
    const body = Buffer.from(hook.config.contentType === 'form' ? new URLSearchParams({ payload: json }).toString() : json, 'utf8')
    const headers: Record<string, string> = {
      Accept: '*/*',
      'Content-Type': hook.config.contentType === 'form' ? 'application/x-www-form-urlencoded' : 'application/json',
      'User-Agent': HOOKSHOT_USER_AGENT,
      'X-GitHub-Delivery': guid,
      'X-GitHub-Event': outgoing.event,
      'X-GitHub-Hook-ID': String(hook.id),
      'X-GitHub-Hook-Installation-Target-ID': String(hook.target.id),
      'X-GitHub-Hook-Installation-Target-Type': hook.target.kind === 'repo' ? 'repository' : 'organization',
    }
    if (hook.config.secret) {
      headers['X-Hub-Signature'] = `sha1=${createHmac('sha1', hook.config.secret).update(body).digest('hex')}`
      headers['X-Hub-Signature-256'] = signature256(hook.config.secret, body)
    }
    const started = Date.now()
    const deliveredAt = this.now()
    const answer = await post(hook.config, headers, body)
    const action = typeof outgoing.payload['action'] === 'string' ? outgoing.payload['action'] : null
    const ok = answer.statusCode !== undefined && answer.statusCode >= 200 && answer.statusCode < 300
    const status = ok ? 'OK' : answer.statusCode !== undefined ? `Invalid HTTP Response: ${answer.statusCode}` : (answer.error ?? 'failed')
    hook.deliveries.unshift({
      id: this.#nextDeliveryId++,
      guid,
      deliveredAt,
      redelivery: redelivery !== undefined,
      duration: (Date.now() - started) / 1000,
      status,
      statusCode: answer.statusCode ?? 0,
      event: outgoing.event,
      action,
      repositoryId: outgoing.repositoryId,
      url: hook.config.url,
      // The log shows the request headers as GitHub's does: signatures included, never the secret.
      requestHeaders: { ...headers },
      payload: json,
      responseHeaders: answer.headers,
      responseBody: answer.body,
    })
    hook.deliveries.length = Math.min(hook.deliveries.length, MAX_DELIVERIES)
    hook.lastResponse = { code: answer.statusCode ?? null, status: ok ? 'active' : 'failed', message: ok ? 'OK' : status }
    if (!ok) log.info('webhook %d delivery %s (%s) to a loopback receiver: %s', hook.id, guid, outgoing.event, status)
  }
}

interface PostAnswer {
  statusCode?: number
  headers: Record<string, string>
  body: string
  error?: string
}

/** POSTs to the hook's loopback URL with a timeout; never throws (a failed delivery is logged on the hook). */
function post(config: HookConfig, headers: Record<string, string>, body: Buffer): Promise<PostAnswer> {
  const target = loopbackTarget(config.url)
  if (!target) return Promise.resolve({ headers: {}, body: '', error: 'The URL is not a loopback address' })
  const url = new URL(config.url)
  return new Promise((resolve) => {
    const send = target.secure ? httpsRequest : httpRequest
    const outgoing = send(
      {
        host: target.host,
        port: target.port,
        method: 'POST',
        path: `${url.pathname}${url.search}`,
        headers: { ...headers, Host: url.host, 'Content-Length': String(body.length) },
        timeout: DELIVERY_TIMEOUT_MS,
        ...(target.secure && { rejectUnauthorized: config.insecureSsl !== '1' }),
      },
      (response) => {
        const chunks: Buffer[] = []
        let size = 0
        response.on('data', (chunk: Buffer) => {
          size += chunk.length
          if (size <= MAX_RESPONSE_BYTES) chunks.push(chunk)
        })
        response.on('end', () =>
          resolve({ statusCode: response.statusCode, headers: flatten(response.headers), body: Buffer.concat(chunks).toString('utf8') }),
        )
        response.on('error', (error) => resolve({ headers: {}, body: '', error: `failed: ${error.message}` }))
      },
    )
    outgoing.on('timeout', () => outgoing.destroy(new Error('timed out')))
    outgoing.on('error', (error) => resolve({ headers: {}, body: '', error: `failed to connect: ${error.message}` }))
    outgoing.end(body)
  })
}

function flatten(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value
  return out
}
