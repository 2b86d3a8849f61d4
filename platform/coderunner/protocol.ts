import { randomUUID } from 'node:crypto'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { InvocationError, InvokeTask } from '../service-host'

/**
 * What the Backendless server puts on CodeRunner's queue and reads back, as CodeRunner's own code
 * expects it (backendless-coderunner/lib/server-code/runners/tasks/executor.js and
 * services/messages-broker.js): a JSON task RPUSHed on a list the runner BLPOPs — the app id for a
 * debug session, CODE_RUNNER_DRIVER for the cloud runner — and an InvocationResult PUBLISHed on the
 * task's responseChannelId, its `arguments` the result's JSON as UTF-8 bytes.
 */

export const SERVICE_INVOCATION = 'com.backendless.coderunner.commons.protocol.RequestServiceInvocation'
export const ACTION_INVOCATION = 'com.backendless.coderunner.commons.protocol.RequestActionInvocation'
/** The cloud runner's main queue (MessagesBroker.TASKS_CHANNEL). */
export const CLOUD_QUEUE = 'CODE_RUNNER_DRIVER'

/** Where a deployed task's code lives: repoPath/<app id lower-case>/<relativePath>, its service in `provider`. */
export interface DeployedCode {
  relativePath: string
  provider: string
  deploymentModelName: string
}

export interface QueuedTask extends Record<string, unknown> {
  ___jsonclass: string
  id: string
  applicationId: string
  timestamp: number
  /** Milliseconds; the runner kills the worker 2 s after it. */
  timeout: number
  responseChannelId: string
}

export function serviceTask(applicationId: string, task: InvokeTask, timeoutSeconds: number, deployed?: DeployedCode): QueuedTask {
  const id = randomUUID()
  return {
    ...task,
    ...deployed,
    ___jsonclass: SERVICE_INVOCATION,
    id,
    applicationId,
    timestamp: Date.now(),
    timeout: timeoutSeconds * 1000,
    responseChannelId: `platform-response-${id}`,
  }
}

/** The ANALYSE_SERVER_CODE action: the runner builds the model from the deployed files alone. */
export function analyseTask(applicationId: string, relativePath: string, timeoutSeconds: number): QueuedTask {
  const id = randomUUID()
  return {
    ___jsonclass: ACTION_INVOCATION,
    actionType: 'ANALYSE_SERVER_CODE',
    id,
    applicationId,
    relativePath,
    timestamp: Date.now(),
    timeout: timeoutSeconds * 1000,
    responseChannelId: `platform-response-${id}`,
  }
}

interface InvocationResult {
  arguments?: number[] | null
  exception?: { code?: unknown; httpStatusCode?: unknown; exceptionMessage?: unknown } | null
}

export type DecodedResult = { ok: true; result: unknown } | { ok: false; error: InvocationError }

const load = createRequire(join(__dirname, '..', '..', 'package.json'))
const args = load('backendless-coderunner/lib/server-code/runners/tasks/util/args') as { decode(bytes: number[]): unknown }

/** An InvocationResult as the runner published it. */
export function decodeResult(message: string): DecodedResult {
  let parsed: InvocationResult
  try {
    parsed = JSON.parse(message) as InvocationResult
  } catch {
    return { ok: false, error: { code: 0, httpStatusCode: 500, message: 'CodeRunner answered with something that is not JSON.' } }
  }
  if (parsed.exception) {
    const { code, httpStatusCode, exceptionMessage } = parsed.exception
    return {
      ok: false,
      error: {
        code: typeof code === 'number' ? code : 0,
        httpStatusCode: typeof httpStatusCode === 'number' ? httpStatusCode : -1,
        message: typeof exceptionMessage === 'string' ? exceptionMessage : JSON.stringify(exceptionMessage),
      },
    }
  }
  const bytes = Array.isArray(parsed.arguments) ? parsed.arguments : []
  const value = bytes.length > 0 ? args.decode(bytes) : null
  return { ok: true, result: value === undefined ? null : JSON.parse(JSON.stringify(value)) }
}
