import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ERROR_CATALOGUE, ServiceError } from './errors'
import { log, redactText, withSecrets } from './log'

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
 * are the call's secret inputs (client secret, token, callback, refresh token): GitHub or an
 * unexpected error may quote them, so they are cut out, by value, of every error text and log
 * line of the call (withSecrets in src/log.ts).
 */
export async function asPlatformCall<T>(
  operation: string,
  run: () => Promise<T> | T,
  PlatformError: PlatformErrorFactory,
  secrets: readonly unknown[] = [],
): Promise<T> {
  return withSecrets(secrets, async () => {
    try {
      return await run()
    } catch (error) {
      if (error instanceof ServiceError) {
        // Messages are built from redacted parts; this pass also catches a secret learnt late in the call.
        const message = redactText(error.message)
        log.warn('operation.failed', { operation, kind: error.kind, code: error.code, message })
        throw new PlatformError(error.code, message, error.status)
      }
      log.error('operation.crashed', { operation, error: describeCrash(error) })
      const { code, status } = ERROR_CATALOGUE.internal
      throw new PlatformError(
        code,
        `The GitHub service failed unexpectedly in ${operation}. Try again; if it persists, report it with the time of the failure.`,
        status,
      )
    }
  })
}

/** Name, message and a few stack frames of an unexpected error, with the call's secrets cut out. */
function describeCrash(error: unknown): Record<string, string> {
  // Redacted before cut short, so that no secret is left half-cut.
  if (!(error instanceof Error)) return { name: typeof error, message: redactText(String(error)).slice(0, 300) }
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 5)
    .map((line) => line.trim())
    .join(' | ')
  return { name: error.name, message: redactText(error.message).slice(0, 500), at: redactText(frames) }
}
