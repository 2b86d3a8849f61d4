import { format } from 'node:util'

/**
 * The sandbox's own logger. The sandbox is a separate program (sandbox/process.ts), so it must not borrow the
 * service's logger (src/log.ts) or the platform's: its lines go to stderr, which the parent forwards, and stdout stays
 * free for the one ready line. Token, code and secret shapes are cut out before anything is written, because the
 * canary test (test/attack/canary-run.ts) scans every line the parent prints, the sandbox's included.
 */

export type Level = 'debug' | 'info' | 'warn' | 'error'

const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 }

const SECRET_SHAPES: readonly [RegExp, string][] = [
  [/\bgh[opusr]_[A-Za-z0-9_]{8,}/g, '[REDACTED]'],
  [/\b(Bearer|Basic|token)\s+[A-Za-z0-9._~+/=-]{8,}/gi, '$1 [REDACTED]'],
  [/\b(client_secret|code|code_verifier|refresh_token|access_token|state|password|secret)=[^&\s"']+/gi, '$1=[REDACTED]'],
  [/"(client_secret|code|code_verifier|refresh_token|access_token|state|password|secret)"\s*:\s*"[^"]*"/gi, '"$1":"[REDACTED]"'],
]

export function redact(text: string): string {
  return SECRET_SHAPES.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text)
}

function threshold(): number {
  const wanted = (process.env['SANDBOX_LOG_LEVEL'] ?? process.env['LOG_LEVEL'] ?? 'info').toLowerCase()
  return wanted in ORDER ? ORDER[wanted as Level] : ORDER.info
}

function write(level: Level, message: string, args: unknown[]): void {
  if (ORDER[level] < threshold()) return
  process.stderr.write(`${redact(`sandbox ${level}: ${format(message, ...args)}`)}\n`)
}

export const log = {
  debug: (message: string, ...args: unknown[]): void => write('debug', message, args),
  info: (message: string, ...args: unknown[]): void => write('info', message, args),
  warn: (message: string, ...args: unknown[]): void => write('warn', message, args),
  error: (message: string, ...args: unknown[]): void => write('error', message, args),
}
