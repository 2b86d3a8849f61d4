/**
 * The one logger. Everything goes through `redact` first: a log line is the place where
 * secrets leak most often (the surveyed services logged token responses verbatim).
 */

const REDACTED = '[REDACTED]'

/** Keys whose values are secrets whatever they look like. */
const SECRET_KEY =
  /^(?:.*token.*|.*secret.*|.*password.*|authorization|cookie|set-cookie|code|code_verifier|verifier|state|api[-_]?key|oauth-access-token)$/i

/** Secret shapes that can hide inside free text (URLs, messages, headers). */
const SECRET_TEXT: readonly RegExp[] = [
  /\bgh[opusr]_[A-Za-z0-9_]{8,}/g,
  /\bgithub_pat_[A-Za-z0-9_]{8,}/g,
  /\b(Bearer|token|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/gi,
  /\b(client_secret|code|code_verifier|refresh_token|access_token|state|token)=[^&\s"']+/gi,
]

export function redactText(text: string): string {
  return SECRET_TEXT.reduce(
    (out, pattern) =>
      out.replace(pattern, (match: string, prefix?: string) =>
        typeof prefix === 'string' && match.length > prefix.length
          ? `${prefix}${match.charAt(prefix.length) === '=' ? '=' : ' '}${REDACTED}`
          : REDACTED,
      ),
    text,
  )
}

export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value)
  if (value === null || typeof value !== 'object') return value
  if (depth > 6) return '[…]'
  if (value instanceof Error) return { name: value.name, message: redactText(value.message) }
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1))
  const out: Record<string, unknown> = {}
  for (const [key, inner] of Object.entries(value)) {
    out[key] = SECRET_KEY.test(key) && inner !== undefined && inner !== null && inner !== '' ? REDACTED : redact(inner, depth + 1)
  }
  return out
}

type Level = 'debug' | 'info' | 'warn' | 'error'

function write(level: Level, event: string, fields: Record<string, unknown> = {}): void {
  const line = JSON.stringify({ level, event, ...(redact(fields) as Record<string, unknown>) })
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
