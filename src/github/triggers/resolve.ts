/**
 * handleTriggerResolveEvents' logic: a delivery GitHub posted to the callback URL → the trigger
 * events it stands for. It receives no webhookData, so it verifies with the secret recomputed from
 * the callback URL's query (connectionId, hookScope) and the client secret. A delivery that is
 * unsigned, wrongly signed, not JSON, or about another repository/organization than the hook's
 * scope yields no event; nothing about why is returned to the caller (it may be an attacker).
 */
import { parseScopeKey, deriveHookSecret, verifySignature, type HookScope } from './signature'
import { triggersForDelivery } from './events'
import { QUERY_CONNECTION_ID, QUERY_HOOK_SCOPE } from './webhooks'

export interface DeliveryInput {
  headers?: Record<string, unknown> | null
  queryParams?: Record<string, unknown> | null
  /** The exact bytes GitHub signed; when the platform passes only `body`, its JSON re-serialisation is tried. */
  rawBody?: Buffer | string | null
  body?: unknown
}

export interface TriggerEvent {
  name: string
  data: Record<string, unknown>
}

export interface ResolveResult {
  events: TriggerEvent[]
  connectionId?: string
  handshake?: boolean
  responseToExternalService?: Record<string, unknown>
}

/** Why a delivery was dropped, for the caller's (secret-free) log line. */
export type Rejection = 'no_scope' | 'no_body' | 'bad_signature' | 'not_json' | 'foreign_scope' | 'no_event_header'

function header(headers: DeliveryInput['headers'], name: string): string | undefined {
  if (!headers) return undefined
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== name) continue
    if (typeof value === 'string') return value
    if (Array.isArray(value) && typeof value[0] === 'string') return value[0]
  }
  return undefined
}

function query(params: DeliveryInput['queryParams'], name: string): string | undefined {
  const value = params?.[name]
  if (typeof value === 'string') return value
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0]
  return undefined
}

function rawBytes(input: DeliveryInput): Buffer | undefined {
  if (Buffer.isBuffer(input.rawBody)) return input.rawBody
  if (typeof input.rawBody === 'string') return Buffer.from(input.rawBody, 'utf8')
  // GitHub sends compact JSON; re-serialising a parsed body usually gives the same bytes, and when
  // it does not the signature check fails: the fallback can only lose a delivery, never forge one.
  if (input.body !== undefined && input.body !== null) {
    return Buffer.from(typeof input.body === 'string' ? input.body : JSON.stringify(input.body), 'utf8')
  }
  return undefined
}

function belongsTo(scope: HookScope, payload: Record<string, unknown>): boolean {
  const repository = payload.repository as { full_name?: unknown } | undefined
  const organization = payload.organization as { login?: unknown } | undefined
  if (scope.kind === 'repo') {
    return typeof repository?.full_name === 'string' && repository.full_name.toLowerCase() === `${scope.owner}/${scope.repo}`
  }
  if (typeof organization?.login === 'string') return organization.login.toLowerCase() === scope.org
  // Some organization events name only the repository; its owner is then the organization.
  const owner = (repository as { owner?: { login?: unknown } } | undefined)?.owner?.login
  return typeof owner === 'string' && owner.toLowerCase() === scope.org
}

/**
 * Resolves one delivery. `onReject` is told why a delivery yielded nothing (never with a secret or
 * the body), so the service can log it.
 */
export function resolveDelivery(input: DeliveryInput, clientSecret: string, onReject?: (why: Rejection) => void): ResolveResult {
  const reject = (why: Rejection): ResolveResult => {
    onReject?.(why)
    return { events: [] }
  }
  const scope = parseScopeKey(query(input.queryParams, QUERY_HOOK_SCOPE))
  if (!scope) return reject('no_scope')
  const connectionId = query(input.queryParams, QUERY_CONNECTION_ID)
  const raw = rawBytes(input)
  if (!raw) return reject('no_body')
  const secret = deriveHookSecret(clientSecret, scope, connectionId ?? '')
  if (!verifySignature(secret, raw, header(input.headers, 'x-hub-signature-256'))) return reject('bad_signature')

  let payload: unknown
  try {
    payload = JSON.parse(raw.toString('utf8'))
  } catch {
    return reject('not_json')
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return reject('not_json')
  const body = payload as Record<string, unknown>
  // A correctly signed delivery about another repository can only come from a hook whose secret
  // was copied; it is dropped so one repository's hook cannot fire another repository's blocks.
  if (!belongsTo(scope, body)) return reject('foreign_scope')

  const githubEvent = header(input.headers, 'x-github-event')
  if (!githubEvent) return reject('no_event_header')
  const withConnection = connectionId ? { connectionId } : {}
  if (githubEvent === 'ping') {
    return { events: [], handshake: true, responseToExternalService: { ok: true }, ...withConnection }
  }
  const deliveryId = header(input.headers, 'x-github-delivery') ?? null
  const events = triggersForDelivery(githubEvent, body).map((trigger) => ({
    name: trigger.method,
    // The delivery id lets a flow de-duplicate GitHub's redeliveries (same id) of one event.
    data: { deliveryId, githubEvent, ...body },
  }))
  return { events, ...withConnection }
}
