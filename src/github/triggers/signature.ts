/**
 * Webhook secrets and signatures.
 *
 * The resolve handler receives no webhookData (the contract does not promise it), so the secret
 * of each hook must be recomputable from what a delivery carries. It is derived with HKDF-SHA256
 * from the service's client secret (never sent anywhere but the hook config at GitHub), keyed by
 * the hook's scope (owner/repo or org) and the connectionId, both of which the service puts in the
 * callback URL's query. A delivery signed for one connection or scope therefore never verifies
 * for another, and nothing secret is stored in webhookData.
 */
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto'

/** A repository hook (`/repos/{owner}/{repo}/hooks`) or an organization hook (`/orgs/{org}/hooks`). */
export type HookScope = { kind: 'repo'; owner: string; repo: string } | { kind: 'org'; org: string }

/** Versioned so a future change of derivation can be rolled out without verifying old hooks wrongly. */
const HKDF_SALT = 'github-flowrunner-webhook-secret-v1'

/** GitHub names are case-insensitive; the key is lower-cased so `Octo/Repo` and `octo/repo` are one hook. */
export function scopeKey(scope: HookScope): string {
  return scope.kind === 'repo' ? `repo:${scope.owner}/${scope.repo}`.toLowerCase() : `org:${scope.org}`.toLowerCase()
}

const NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,99})$/

/** Parses a scope key back (from the callback URL's query); undefined when it is not one this service writes. */
export function parseScopeKey(key: string | undefined): HookScope | undefined {
  if (!key) return undefined
  const repo = /^repo:([^/]+)\/([^/]+)$/.exec(key)
  if (repo && NAME.test(repo[1] as string) && NAME.test(repo[2] as string)) {
    return { kind: 'repo', owner: (repo[1] as string).toLowerCase(), repo: (repo[2] as string).toLowerCase() }
  }
  const org = /^org:([^/]+)$/.exec(key)
  if (org && NAME.test(org[1] as string)) return { kind: 'org', org: (org[1] as string).toLowerCase() }
  return undefined
}

/**
 * The secret configured on the hook for `scope` and `connectionId`: 32 bytes from HKDF-SHA256,
 * hex-encoded because GitHub takes the secret as a string.
 */
export function deriveHookSecret(clientSecret: string, scope: HookScope, connectionId: string): string {
  if (!clientSecret) throw new Error('A webhook secret cannot be derived without the client secret.')
  // The info binds both values; the newline cannot occur in a scope key, so no two pairs collide.
  const info = `${scopeKey(scope)}\n${connectionId}`
  return Buffer.from(hkdfSync('sha256', clientSecret, HKDF_SALT, info, 32)).toString('hex')
}

/** The `X-Hub-Signature-256` value GitHub sends for `rawBody` signed with `secret`. */
export function signBody(secret: string, rawBody: Buffer | string): string {
  return 'sha256=' + createHmac('sha256', secret).update(rawBody).digest('hex')
}

const SIGNATURE = /^sha256=([0-9a-f]{64})$/

/**
 * True only when `header` is a well-formed sha256 signature of exactly these bytes. The comparison
 * is constant-time over the digests; a missing, malformed or SHA-1-only header is false.
 */
export function verifySignature(secret: string, rawBody: Buffer | string, header: string | undefined): boolean {
  if (typeof header !== 'string') return false
  const match = SIGNATURE.exec(header.trim())
  if (!match) return false
  const given = Buffer.from(match[1] as string, 'hex')
  const expected = createHmac('sha256', secret).update(rawBody).digest()
  return given.length === expected.length && timingSafeEqual(given, expected)
}
