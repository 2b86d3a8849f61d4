import fc from 'fast-check'
import { deriveHookSecret, parseScopeKey, scopeKey, signBody, verifySignature, type HookScope } from '../../src/github/triggers/signature'
import { resolveDelivery, type DeliveryInput, type Rejection } from '../../src/github/triggers/resolve'
import { SAMPLES } from '../../src/github/triggers/samples'

const CLIENT_SECRET = 'test-client-secret-for-hkdf'
const REPO: HookScope = { kind: 'repo', owner: 'codertocat', repo: 'hello-world' }
const CONNECTION = 'conn-1'

/** A GitHub payload from the samples, without the fields resolve adds. */
function payload(method: string): Record<string, unknown> {
  const rest = { ...(SAMPLES[method] as Record<string, unknown>) }
  delete rest.deliveryId
  delete rest.githubEvent
  return rest
}

/** A delivery exactly as GitHub would post it for the hook of `scope` and `connectionId`. */
function delivery(
  event: string,
  body: Record<string, unknown>,
  opts: { scope?: HookScope; connectionId?: string; deliveryId?: string; secret?: string } = {},
): DeliveryInput & { rawBody: Buffer } {
  const scope = opts.scope ?? REPO
  const connectionId = opts.connectionId ?? CONNECTION
  const rawBody = Buffer.from(JSON.stringify(body))
  const secret = opts.secret ?? deriveHookSecret(CLIENT_SECRET, scope, connectionId)
  return {
    headers: {
      'X-GitHub-Event': event,
      'X-GitHub-Delivery': opts.deliveryId ?? 'd-1',
      'X-Hub-Signature-256': signBody(secret, rawBody),
      'content-type': 'application/json',
    },
    queryParams: { connectionId, hookScope: scopeKey(scope) },
    rawBody,
    body,
  }
}

describe('hook secrets', () => {
  it('are deterministic per (client secret, scope, connection) and differ when any of them changes', () => {
    const base = deriveHookSecret(CLIENT_SECRET, REPO, CONNECTION)
    expect(deriveHookSecret(CLIENT_SECRET, REPO, CONNECTION)).toBe(base)
    expect(base).toMatch(/^[0-9a-f]{64}$/)
    expect(deriveHookSecret(CLIENT_SECRET + 'x', REPO, CONNECTION)).not.toBe(base)
    expect(deriveHookSecret(CLIENT_SECRET, { kind: 'repo', owner: 'codertocat', repo: 'other' }, CONNECTION)).not.toBe(base)
    expect(deriveHookSecret(CLIENT_SECRET, { kind: 'org', org: 'codertocat' }, CONNECTION)).not.toBe(base)
    expect(deriveHookSecret(CLIENT_SECRET, REPO, 'conn-2')).not.toBe(base)
    // Case of GitHub names does not matter: Octo/Repo and octo/repo are one hook.
    expect(deriveHookSecret(CLIENT_SECRET, { kind: 'repo', owner: 'CoderToCat', repo: 'Hello-World' }, CONNECTION)).toBe(base)
  })

  it('never contain the client secret', () => {
    expect(deriveHookSecret(CLIENT_SECRET, REPO, CONNECTION)).not.toContain(CLIENT_SECRET)
  })

  it('scope keys round-trip and reject anything this service does not write', () => {
    expect(parseScopeKey(scopeKey(REPO))).toEqual(REPO)
    expect(parseScopeKey('org:my-org')).toEqual({ kind: 'org', org: 'my-org' })
    for (const bad of ['', 'repo:a', 'repo:a/b/c', 'org:', 'user:x', 'repo:../x', 'org:a b']) expect(parseScopeKey(bad)).toBeUndefined()
  })
})

describe('verifySignature', () => {
  const secret = 'abc'
  const body = Buffer.from('{"a":1}')

  it('accepts the signature of exactly these bytes', () => {
    expect(verifySignature(secret, body, signBody(secret, body))).toBe(true)
  })

  it('rejects missing, malformed, sha1 and upper-cased-prefix headers', () => {
    for (const header of [
      undefined,
      '',
      'sha256=',
      'sha1=' + 'a'.repeat(40),
      'sha256=' + 'z'.repeat(64),
      signBody(secret, body).slice(0, -2),
    ]) {
      expect(verifySignature(secret, body, header)).toBe(false)
    }
  })

  it('rejects any change of body, signature or secret (property)', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 0, maxLength: 300 }),
        fc.string({ minLength: 1, maxLength: 40 }),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        fc.string({ minLength: 1, maxLength: 5 }),
        (bytes, key, position, flip, extra) => {
          const raw = Buffer.from(bytes)
          const header = signBody(key, raw)
          expect(verifySignature(key, raw, header)).toBe(true)
          if (raw.length > 0) {
            const changed = Buffer.from(raw)
            const i = position % raw.length
            changed[i] = (changed[i] as number) ^ flip
            expect(verifySignature(key, changed, header)).toBe(false)
          }
          expect(verifySignature(key, Buffer.concat([raw, Buffer.from(extra)]), header)).toBe(false)
          const hex = header.slice('sha256='.length)
          const j = position % hex.length
          const otherDigit = ((parseInt(hex[j] as string, 16) + 1 + (flip % 15)) % 16).toString(16)
          expect(verifySignature(key, raw, 'sha256=' + hex.slice(0, j) + otherDigit + hex.slice(j + 1))).toBe(false)
          expect(verifySignature(key + extra, raw, header)).toBe(false)
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('resolveDelivery', () => {
  it('turns a signed issues delivery into an onIssue event carrying the delivery id', () => {
    const body = payload('onIssue')
    const result = resolveDelivery(delivery('issues', body, { deliveryId: 'abc-123' }), CLIENT_SECRET)
    expect(result.connectionId).toBe(CONNECTION)
    expect(result.events).toEqual([{ name: 'onIssue', data: { deliveryId: 'abc-123', githubEvent: 'issues', ...body } }])
  })

  it('answers ping as a handshake and fires nothing', () => {
    const ping = { zen: 'Keep it logically awesome.', hook_id: 1, hook: { id: 1 }, repository: { full_name: 'Codertocat/Hello-World' } }
    const result = resolveDelivery(delivery('ping', ping), CLIENT_SECRET)
    expect(result).toEqual({ events: [], handshake: true, responseToExternalService: { ok: true }, connectionId: CONNECTION })
  })

  it('uses rawBody, not a re-serialisation: whitespace GitHub sent still verifies', () => {
    const body = payload('onStar')
    const raw = Buffer.from(JSON.stringify(body, null, 2))
    const input: DeliveryInput = {
      headers: {
        'x-github-event': 'star',
        'x-github-delivery': 'd',
        'x-hub-signature-256': signBody(deriveHookSecret(CLIENT_SECRET, REPO, CONNECTION), raw),
      },
      queryParams: { connectionId: CONNECTION, hookScope: scopeKey(REPO) },
      rawBody: raw,
      body,
    }
    expect(resolveDelivery(input, CLIENT_SECRET).events.map((e) => e.name)).toEqual(['onStar'])
  })

  it('falls back to the parsed body when the platform gives no rawBody', () => {
    const withoutRaw: DeliveryInput = { ...delivery('fork', payload('onFork')) }
    delete withoutRaw.rawBody
    expect(resolveDelivery(withoutRaw, CLIENT_SECRET).events.map((e) => e.name)).toEqual(['onFork'])
  })

  const rejected = (input: DeliveryInput): Rejection[] => {
    const why: Rejection[] = []
    const result = resolveDelivery(input, CLIENT_SECRET, (w) => why.push(w))
    expect(result.events).toEqual([])
    expect(result.handshake).toBeUndefined()
    return why
  }

  it('drops an unsigned delivery', () => {
    const input = delivery('issues', payload('onIssue'))
    delete (input.headers as Record<string, unknown>)['X-Hub-Signature-256']
    expect(rejected(input)).toEqual(['bad_signature'])
  })

  it('drops a delivery signed with another secret (a foreign hook, another client secret, another connection)', () => {
    expect(rejected(delivery('issues', payload('onIssue'), { secret: 'guessed' }))).toEqual(['bad_signature'])
    const signedForOtherConnection = delivery('issues', payload('onIssue'), { connectionId: 'conn-2' })
    signedForOtherConnection.queryParams = { connectionId: CONNECTION, hookScope: scopeKey(REPO) }
    expect(rejected(signedForOtherConnection)).toEqual(['bad_signature'])
    expect(resolveDelivery(delivery('issues', payload('onIssue')), 'another-client-secret').events).toEqual([])
  })

  it('drops a correctly signed delivery about another repository than the hook scope', () => {
    const body = { ...payload('onIssue'), repository: { full_name: 'someone/else' } }
    expect(rejected(delivery('issues', body))).toEqual(['foreign_scope'])
  })

  it('drops a ping about another scope too (no handshake for foreign hooks)', () => {
    expect(rejected(delivery('ping', { zen: 'z', repository: { full_name: 'someone/else' } }))).toEqual(['foreign_scope'])
  })

  it('drops deliveries without the hook scope in the query, or with a malformed one', () => {
    const input = delivery('issues', payload('onIssue'))
    input.queryParams = { connectionId: CONNECTION }
    expect(rejected(input)).toEqual(['no_scope'])
    input.queryParams = { connectionId: CONNECTION, hookScope: 'repo:../../etc' }
    expect(rejected(input)).toEqual(['no_scope'])
  })

  it('rejects any change of the body or the signature header (property)', () => {
    const original = delivery('issues', payload('onIssue'))
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 1, max: 255 }), (position, flip) => {
        const raw = Buffer.from(original.rawBody)
        const i = position % raw.length
        raw[i] = (raw[i] as number) ^ flip
        expect(resolveDelivery({ ...original, rawBody: raw }, CLIENT_SECRET).events).toEqual([])
        const header = String((original.headers as Record<string, string>)['X-Hub-Signature-256'])
        const j = 'sha256='.length + (position % 64)
        const digit = ((parseInt(header[j] as string, 16) + 1 + (flip % 15)) % 16).toString(16)
        const forged = { ...original.headers, 'X-Hub-Signature-256': header.slice(0, j) + digit + header.slice(j + 1) }
        expect(resolveDelivery({ ...original, headers: forged }, CLIENT_SECRET).events).toEqual([])
      }),
      { numRuns: 200 },
    )
  })

  it('maps a merged pull request close to onPullRequest and a branch-deleting push to nothing', () => {
    const pr = payload('onPullRequest')
    const merged = { ...pr, action: 'closed', pull_request: { ...(pr.pull_request as object), merged: true } }
    expect(resolveDelivery(delivery('pull_request', merged), CLIENT_SECRET).events.map((e) => e.name)).toEqual(['onPullRequest'])
    const deletion = { ...payload('onPush'), deleted: true }
    expect(resolveDelivery(delivery('push', deletion), CLIENT_SECRET).events).toEqual([])
    const unsupported = { ...payload('onIssue'), action: 'pinned' }
    expect(resolveDelivery(delivery('issues', unsupported), CLIENT_SECRET).events).toEqual([])
  })

  it('resolves a replayed delivery to the same event and delivery id, so a flow can de-duplicate', () => {
    const input = delivery('release', payload('onRelease'), { deliveryId: 'same' })
    const first = resolveDelivery(input, CLIENT_SECRET)
    const replay = resolveDelivery(input, CLIENT_SECRET)
    expect(replay).toEqual(first)
    expect(first.events[0]?.data.deliveryId).toBe('same')
  })

  it('resolves out-of-order deliveries independently: the order of arrival changes nothing', () => {
    const inputs = ['a', 'b', 'c', 'd'].map((id, n) =>
      delivery('issues', { ...payload('onIssue'), issue: { ...(payload('onIssue').issue as object), number: n } }, { deliveryId: id }),
    )
    const inOrder = inputs.map((i) => resolveDelivery(i, CLIENT_SECRET))
    const reversed = [...inputs].reverse().map((i) => resolveDelivery(i, CLIENT_SECRET))
    expect(reversed.reverse()).toEqual(inOrder)
    expect(inOrder.map((r) => r.events[0]?.data.deliveryId)).toEqual(['a', 'b', 'c', 'd'])
  })

  it('accepts an organization hook delivery for that organization only', () => {
    const org: HookScope = { kind: 'org', org: 'octo-org' }
    const body = { ...payload('onRepository'), organization: { login: 'Octo-Org' } }
    expect(resolveDelivery(delivery('repository', body, { scope: org }), CLIENT_SECRET).events.map((e) => e.name)).toEqual(['onRepository'])
    const foreign = { ...body, organization: { login: 'other-org' } }
    expect(resolveDelivery(delivery('repository', foreign, { scope: org }), CLIENT_SECRET).events).toEqual([])
  })
})
