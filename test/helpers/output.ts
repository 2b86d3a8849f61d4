import { format } from 'node:util'

/**
 * Everything the code under test writes to the console or to stdout/stderr during the
 * current test, captured by test/setup.ts. Kept on globalThis so that modules loaded in
 * isolation (jest.isolateModules, resetModules) share the same record.
 */

interface OutputRecord {
  lines: string[]
}

const KEY = Symbol.for('flowrunner-github.test-output')

function record(): OutputRecord {
  const holder = globalThis as unknown as Record<symbol, OutputRecord | undefined>
  return (holder[KEY] ??= { lines: [] })
}

export function captureOutput(args: unknown[]): void {
  record().lines.push(format(...args))
}

export function captureChunk(chunk: unknown): void {
  record().lines.push(Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk))
}

/** The lines captured so far in this test. */
export function capturedOutput(): readonly string[] {
  return record().lines
}

/** The captured structured log entries (the JSON lines written by src/log.ts). */
export function capturedLogEntries(): Record<string, unknown>[] {
  return capturedOutput().flatMap((line) => {
    if (!line.startsWith('{"level":')) return []
    try {
      return [JSON.parse(line) as Record<string, unknown>]
    } catch {
      return []
    }
  })
}

/** Empties the record and returns what it held. */
export function takeOutput(): string[] {
  return record().lines.splice(0)
}
