/**
 * The one logger. Everything goes through `redact` first: a log line is the place where
 * secrets leak most often (the surveyed services logged token responses verbatim).
 */

export const REDACTED = '[REDACTED]'

/** Keys whose values are secrets whatever they look like (numbers and booleans excepted: a status `code` is not a secret). */
const SECRET_KEY =
  /^(?:.*token.*|.*secret.*|.*password.*|authorization|cookie|set-cookie|code|code_verifier|verifier|state|api[-_]?key|oauth-access-token)$/i

interface TextRule {
  pattern: RegExp
  replacement: string
}

/** Secret shapes that can hide inside free text (URLs, messages, headers, raw bodies). */
const SECRET_TEXT: readonly TextRule[] = [
  { pattern: /\bgh[opusr]_[A-Za-z0-9_]{8,}/g, replacement: REDACTED },
  { pattern: /\bgithub_pat_[A-Za-z0-9_]{8,}/g, replacement: REDACTED },
  { pattern: /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/gi, replacement: `$1 ${REDACTED}` },
  // The legacy `Authorization: token <40 hex>` form; long enough not to catch prose ("token endpoint").
  { pattern: /\b(token)\s+[A-Za-z0-9_.-]{20,}/gi, replacement: `$1 ${REDACTED}` },
  { pattern: /\b(client_secret|code|code_verifier|refresh_token|access_token|state|token)=[^&\s"']+/gi, replacement: `$1=${REDACTED}` },
  {
    pattern: /"(client_secret|code|code_verifier|refresh_token|access_token|state|token)"\s*:\s*"[^"]*"/gi,
    replacement: `"$1":"${REDACTED}"`,
  },
  // A sealed OAuth2 state (src/oauth2/state.ts), wherever it appears.
  { pattern: /\bs1\.[A-Za-z0-9_-]{20,}/g, replacement: REDACTED },
]

export function redactText(text: string): string {
  return SECRET_TEXT.reduce((out, rule) => out.replace(rule.pattern, rule.replacement), text)
}

/**
 * Removes known secret values (the client secret, the connection's token, a callback's code…)
 * from text that may quote them verbatim, such as the message of an unexpected error. Shape
 * rules cannot recognise a client secret; this can, when the caller knows the values.
 */
export function redactKnown(text: string, secrets: readonly unknown[]): string {
  const values = secretStrings(secrets).sort((a, b) => b.length - a.length)
  return redactText(values.reduce((out, value) => out.split(value).join(REDACTED), text))
}

/** The string leaves (at least 6 characters: shorter ones would shred ordinary words) of the given values. */
function secretStrings(values: readonly unknown[], depth = 0, out = new Set<string>()): string[] {
  for (const value of values) {
    if (typeof value === 'string') {
      if (value.trim().length >= 6) out.add(value.trim())
    } else if (typeof value === 'object' && value !== null && depth < 3) {
      // Data properties only: a getter of a hostile input must not run (or throw) here.
      const fields = Object.values(Object.getOwnPropertyDescriptors(value)).map((descriptor) => descriptor.value as unknown)
      secretStrings(fields, depth + 1, out)
    }
  }
  return [...out]
}

export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value)
  if (value === null || typeof value !== 'object') return value
  if (depth > 6) return '[…]'
  if (value instanceof Error) return { name: value.name, message: redactText(value.message) }
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1))
  const out: Record<string, unknown> = {}
  for (const [key, inner] of Object.entries(value)) {
    out[key] = SECRET_KEY.test(key) && isSecretValue(inner) ? REDACTED : redact(inner, depth + 1)
  }
  return out
}

function isSecretValue(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false
  return typeof value !== 'number' && typeof value !== 'boolean'
}

type Level = 'debug' | 'info' | 'warn' | 'error'

function write(level: Level, event: string, fields: Record<string, unknown> = {}): void {
  const entry: Record<string, unknown> = { level, time: new Date().toISOString(), event }
  // The fixed keys come first and cannot be overwritten by a field of the same name.
  for (const [key, value] of Object.entries(redact(fields) as Record<string, unknown>)) if (!(key in entry)) entry[key] = value
  const line = JSON.stringify(entry)
  if (level === 'error' || level === 'warn') console.error(line)
  else console.log(line)
}

export const log = {
  debug: (event: string, fields?: Record<string, unknown>): void => {
    if (process.env.LOG_LEVEL === 'debug') write('debug', event, fields)
  },
  info: (event: string, fields?: Record<string, unknown>): void => write('info', event, fields),
  warn: (event: string, fields?: Record<string, unknown>): void => write('warn', event, fields),
  error: (event: string, fields?: Record<string, unknown>): void => write('error', event, fields),
}
