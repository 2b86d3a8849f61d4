import { AsyncLocalStorage } from 'node:async_hooks'

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

/**
 * The secret values of the call being run (client secret, code, verifier, tokens), longest
 * first. Shape rules cannot recognise a 40-hex client secret or a token of an unknown shape;
 * cutting the call's own values out by value can, wherever GitHub echoes them. Scoped with
 * AsyncLocalStorage so that every error text and log line of the call is covered without
 * threading the values through every function, and no call sees another's.
 */
const callSecrets = new AsyncLocalStorage<CallSecrets>()

/** A call's secret values, and the forms they travel in, worked out only when a text is redacted (rare: errors and log lines). */
interface CallSecrets {
  values: string[]
  forms?: string[]
}

/** Runs `run` with `secrets` (and those of any enclosing call) cut out of every redacted text. */
export function withSecrets<T>(secrets: readonly unknown[], run: () => T): T {
  const held = callSecrets.getStore()?.values ?? []
  const values = secretStrings(secrets).filter((value) => !held.includes(value))
  return callSecrets.run({ values: [...held, ...values] }, run)
}

/** Adds values learnt during the call (a verifier opened from the state, tokens just issued) to its secrets. */
export function holdSecrets(...secrets: unknown[]): void {
  const held = callSecrets.getStore()
  if (!held) return
  for (const value of secretStrings(secrets)) if (!held.values.includes(value)) held.values.push(value)
  delete held.forms
}

/** Every form of the call's secrets, longest first (so a secret that contains another is cut whole). */
function secretForms(): string[] {
  const held = callSecrets.getStore()
  if (!held) return []
  held.forms ??= [...new Set(held.values.flatMap(encodings))].sort((a, b) => b.length - a.length)
  return held.forms
}

/** The forms a secret travels in: as is, URL- and form-encoded, base64 and base64url. */
function encodings(value: string): string[] {
  const bytes = Buffer.from(value, 'utf8')
  return [
    value,
    encodeURIComponent(value),
    new URLSearchParams({ v: value }).toString().slice(2),
    bytes.toString('base64'),
    bytes.toString('base64url'),
  ]
}

/** Text another party sent (GitHub's messages, an OAuth error description), fit to quote: one line, secrets cut, at most 300 characters. */
export function quotable(text: string): string {
  return redactText(text.replace(/[\r\n\t]+/g, ' ')).slice(0, 300)
}

export function redactText(text: string): string {
  const known = secretForms().reduce((out, value) => out.split(value).join(REDACTED), text)
  return SECRET_TEXT.reduce((out, rule) => out.replace(rule.pattern, rule.replacement), known)
}

/**
 * The secret strings of the given values: each value itself, and inside objects the fields
 * named like secrets (code, state, …Token, …Secret) at any depth, array items taking their
 * field's name. At least 6 characters: shorter ones would shred ordinary words.
 */
function secretStrings(values: readonly unknown[]): string[] {
  const out = new Set<string>()
  const collect = (value: unknown, secret: boolean, depth: number): void => {
    if (typeof value === 'string') {
      if (secret && value.trim().length >= 6) out.add(value.trim())
    } else if (typeof value === 'object' && value !== null && depth < 4) {
      // Data properties only: a getter of a hostile input must not run (or throw) here.
      for (const [key, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(value))) {
        collect(descriptor.value, Array.isArray(value) ? secret : SECRET_KEY.test(key), depth + 1)
      }
    }
  }
  for (const value of values) collect(value, true, 0)
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

export type Level = 'debug' | 'info' | 'warn' | 'error'

/** Writes one redacted JSON log line (`{"level","time","event",…}`): warnings and errors to stderr, the rest to stdout. */
export function writeLogLine(level: Level, event: string, fields: Record<string, unknown> = {}): void {
  const entry: Record<string, unknown> = { level, time: new Date().toISOString(), event }
  // The fixed keys come first and cannot be overwritten by a field of the same name.
  for (const [key, value] of Object.entries(redact(fields) as Record<string, unknown>)) if (!(key in entry)) entry[key] = value
  const line = JSON.stringify(entry)
  if (level === 'error' || level === 'warn') console.error(line)
  else console.log(line)
}

export const log = {
  debug: (event: string, fields?: Record<string, unknown>): void => {
    if (process.env.LOG_LEVEL === 'debug') writeLogLine('debug', event, fields)
  },
  info: (event: string, fields?: Record<string, unknown>): void => writeLogLine('info', event, fields),
  warn: (event: string, fields?: Record<string, unknown>): void => writeLogLine('warn', event, fields),
  error: (event: string, fields?: Record<string, unknown>): void => writeLogLine('error', event, fields),
}
