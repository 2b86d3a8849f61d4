/**
 * Canary secrets for tests. Use them wherever a test needs a client secret, a code, a
 * verifier or a token: test/setup.ts fails any test whose console or stdout/stderr output
 * contains one of them (or anything shaped like a secret), and tests assert that error
 * messages never contain them.
 */

export const CANARY_CLIENT_ID = 'Iv1.canaryclientid42'
export const CANARY_CLIENT_SECRET = 'CANARY-client-secret-5f0e3d9c2b1a'
/** A client secret as GitHub issues them (40 hex characters): no shape rule can tell it from other hex. */
export const CANARY_HEX_CLIENT_SECRET = 'ca4a7e0c1d2b3a4f5e6d7c8b9a0f1e2d3c4b5a69'
export const CANARY_CODE = 'CANARY-code-7c1e9a0b3d'
/** 43 base64url characters encoding 32 bytes, like a real PKCE verifier. */
export const CANARY_VERIFIER = 'CANARYverifier0123456789abcdefghijklmnopqrA'
export const CANARY_ACCESS_TOKEN = 'gho_CANARYaccess0123456789abcdefABCDEF'
export const CANARY_USER_TOKEN = 'ghu_CANARYuser0123456789abcdefABCDEFGH'
export const CANARY_REFRESH_TOKEN = 'ghr_CANARYrefresh0123456789abcdefABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ab'
export const CANARY_ROTATED_REFRESH_TOKEN = 'ghr_CANARYrotated0123456789abcdefABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789a'

/** A GitHub Actions secret's plain value, as a flow gives it to Create or Update Secret. */
export const CANARY_ACTIONS_SECRET = 'CANARY-actions-secret-9d8e7f6a5b4c'

export const CANARIES: readonly string[] = [
  CANARY_ACTIONS_SECRET,
  CANARY_CLIENT_SECRET,
  CANARY_HEX_CLIENT_SECRET,
  CANARY_CODE,
  CANARY_VERIFIER,
  CANARY_ACCESS_TOKEN,
  CANARY_USER_TOKEN,
  CANARY_REFRESH_TOKEN,
  CANARY_ROTATED_REFRESH_TOKEN,
]

/** Shapes of secrets; the redacted forms (`Bearer [REDACTED]`, `code=[REDACTED]`) are allowed. */
const SECRET_SHAPES: readonly { name: string; pattern: RegExp }[] = [
  { name: 'GitHub token (gh?_…)', pattern: /\bgh[opusr]_[A-Za-z0-9_]{8,}/ },
  { name: 'GitHub fine-grained token', pattern: /\bgithub_pat_[A-Za-z0-9_]{8,}/ },
  { name: 'Bearer credential', pattern: /\bBearer (?!\[REDACTED\])\S/ },
  { name: 'client_secret=', pattern: /\bclient_secret=(?!\[REDACTED\])[^&\s"']/ },
  { name: 'code_verifier=', pattern: /\bcode_verifier=(?!\[REDACTED\])[^&\s"']/ },
  { name: 'refresh_token=', pattern: /\brefresh_token=(?!\[REDACTED\])[^&\s"']/ },
  { name: 'sealed state', pattern: /\bs1\.[A-Za-z0-9_-]{40,}/ },
]

/** What secret-looking content `text` holds, described without repeating the secret. */
export function findSecrets(text: string): string[] {
  const found = CANARIES.filter((canary) => text.includes(canary)).map((canary) => `canary ${canary.slice(0, 10)}…`)
  for (const { name, pattern } of SECRET_SHAPES) if (pattern.test(text)) found.push(name)
  return found
}

/** Asserts that `text` (an error message, a result, a log line) holds no secret. */
export function expectNoSecrets(text: string): void {
  expect(findSecrets(text)).toEqual([])
}
