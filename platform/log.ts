import { writeLogLine, type Level } from '../src/log'

/**
 * The platform's own logger: one JSON line per event (`{"level","time","event",…}`), on stdout, or stderr for
 * warnings and errors, with PLATFORM_LOG_LEVEL (or LOG_LEVEL) as its threshold. The platform stands in for
 * Backendless, so it does not write through the service's logger; its lines have the same shape and are cut by the
 * same redaction rules (`writeLogLine`), so a token is recognised the same way in both.
 */

const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 }

function threshold(): number {
  const wanted = (process.env['PLATFORM_LOG_LEVEL'] ?? process.env['LOG_LEVEL'] ?? 'info').toLowerCase()
  return wanted in ORDER ? ORDER[wanted as Level] : ORDER.info
}

function write(level: Level, event: string, fields?: Record<string, unknown>): void {
  if (ORDER[level] >= threshold()) writeLogLine(level, event, fields)
}

export const log = {
  debug: (event: string, fields?: Record<string, unknown>): void => write('debug', event, fields),
  info: (event: string, fields?: Record<string, unknown>): void => write('info', event, fields),
  warn: (event: string, fields?: Record<string, unknown>): void => write('warn', event, fields),
  error: (event: string, fields?: Record<string, unknown>): void => write('error', event, fields),
}
