import { redact } from '../src/log'

/**
 * The platform's own logger: one JSON line per event (`{"level","time","event",…}`), on stdout, or stderr for
 * warnings and errors, with PLATFORM_LOG_LEVEL (or LOG_LEVEL) as its threshold. The platform stands in for
 * Backendless, so it does not write through the service's logger; it does cut secrets out with the service's
 * one redaction rule set (`redact`), so a token is recognised the same way in both.
 */

type Level = 'debug' | 'info' | 'warn' | 'error'

const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 }

function threshold(): number {
  const wanted = (process.env['PLATFORM_LOG_LEVEL'] ?? process.env['LOG_LEVEL'] ?? 'info').toLowerCase()
  return wanted in ORDER ? ORDER[wanted as Level] : ORDER.info
}

function write(level: Level, event: string, fields: Record<string, unknown> = {}): void {
  if (ORDER[level] < threshold()) return
  const entry: Record<string, unknown> = { level, time: new Date().toISOString(), event }
  // The fixed keys come first and cannot be overwritten by a field of the same name.
  for (const [key, value] of Object.entries(redact(fields) as Record<string, unknown>)) if (!(key in entry)) entry[key] = value
  const line = JSON.stringify(entry)
  if (level === 'error' || level === 'warn') console.error(line)
  else console.log(line)
}

export const log = {
  debug: (event: string, fields?: Record<string, unknown>): void => write('debug', event, fields),
  info: (event: string, fields?: Record<string, unknown>): void => write('info', event, fields),
  warn: (event: string, fields?: Record<string, unknown>): void => write('warn', event, fields),
  error: (event: string, fields?: Record<string, unknown>): void => write('error', event, fields),
}
