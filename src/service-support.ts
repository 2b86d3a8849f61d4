import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ERROR_CATALOGUE, ServiceError } from './errors'
import { log, redactKnown } from './log'

/**
 * The small amount of glue between the platform's calling convention and the typed
 * modules: the version, the User-Agent, and the translation of thrown errors into the
 * platform's coded errors. Kept out of the class so the class stays a pure contract.
 */

export const VERSION: string = (JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version: string }).version

export const USER_AGENT = `flowrunner-github-service/${VERSION}`

export interface PlatformErrorFactory {
  new (code: number, message: string, httpStatusCode?: number): Error
}

/**
 * Runs an operation; any failure leaves as a platform error with a stable code. `secrets`
 * are the call's secret inputs (client secret, token, callback, refresh token): an
 * unexpected error may quote them, so they are cut out of what is logged.
 */
export async function asPlatformCall<T>(
  operation: string,
  run: () => Promise<T> | T,
  PlatformError: PlatformErrorFactory,
  secrets: readonly unknown[] = [],
): Promise<T> {
  try {
    return await run()
  } catch (error) {
    if (error instanceof ServiceError) {
      log.warn('operation.failed', { operation, kind: error.kind, code: error.code, message: error.message })
      throw new PlatformError(error.code, error.message, error.status)
    }
    log.error('operation.crashed', { operation, error: describeCrash(error, secrets) })
    const { code, status } = ERROR_CATALOGUE.internal
    throw new PlatformError(
      code,
      `The GitHub service failed unexpectedly in ${operation}. Try again; if it persists, report it with the time of the failure.`,
      status,
    )
  }
}

/** Name, message and a few stack frames of an unexpected error, with the call's secrets cut out. */
function describeCrash(error: unknown, secrets: readonly unknown[]): Record<string, string> {
  if (!(error instanceof Error)) return { name: typeof error, message: redactKnown(String(error).slice(0, 300), secrets) }
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 5)
    .map((line) => line.trim())
    .join(' | ')
  return { name: error.name, message: redactKnown(error.message.slice(0, 500), secrets), at: redactKnown(frames, secrets) }
}
