import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ERROR_CATALOGUE, ServiceError } from './errors'
import { log } from './log'

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

/** Runs an operation; any failure leaves as a platform error with a stable code. */
export async function asPlatformCall<T>(operation: string, run: () => Promise<T> | T, PlatformError: PlatformErrorFactory): Promise<T> {
  try {
    return await run()
  } catch (error) {
    if (error instanceof ServiceError) {
      log.warn('operation.failed', { operation, kind: error.kind, code: error.code, message: error.message })
      throw new PlatformError(error.code, error.message, error.status)
    }
    log.error('operation.crashed', { operation, error })
    const { code, status } = ERROR_CATALOGUE.internal
    throw new PlatformError(
      code,
      `The GitHub service failed unexpectedly in ${operation}. Try again; if it persists, report it with the time of the failure.`,
      status,
    )
  }
}
