import { InvalidInput, ReconnectRequired } from '../../src/errors'
import { asPlatformCall, USER_AGENT, VERSION } from '../../src/service-support'
import { capturedLogEntries, capturedOutput } from '../helpers/output'
import { CANARY_ACCESS_TOKEN, CANARY_CLIENT_SECRET, CANARY_CODE, CANARY_REFRESH_TOKEN } from '../helpers/secrets'

class PlatformError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly httpStatusCode?: number,
  ) {
    super(message)
  }
}

async function failure(promise: Promise<unknown>): Promise<PlatformError> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(PlatformError)
    return error as PlatformError
  }
  throw new Error('expected a failure')
}

describe('asPlatformCall', () => {
  it('returns the result of a successful operation', async () => {
    await expect(asPlatformCall('op', () => 42, PlatformError)).resolves.toBe(42)
    await expect(asPlatformCall('op', async () => 'x', PlatformError)).resolves.toBe('x')
  })

  it('turns a service error into the platform error with its code, message and status, and logs it as a warning', async () => {
    const error = await failure(
      asPlatformCall('getRepository', () => Promise.reject(new InvalidInput('repository', 'must be "owner/name".')), PlatformError),
    )
    expect(error).toMatchObject({ code: 40001, httpStatusCode: 400, message: 'Invalid "repository": must be "owner/name".' })
    expect(capturedLogEntries()).toEqual([
      expect.objectContaining({ level: 'warn', event: 'operation.failed', operation: 'getRepository', kind: 'invalid_input', code: 40001 }),
    ])
  })

  it('keeps status 401 for reconnect_required', async () => {
    const error = await failure(asPlatformCall('refreshToken', () => Promise.reject(new ReconnectRequired('Gone.')), PlatformError))
    expect(error).toMatchObject({ code: 40102, httpStatusCode: 401 })
  })

  it('turns a crash into 50001 with a generic message, and logs it without the secrets it quoted', async () => {
    const crash = new TypeError(`cannot read ${CANARY_CLIENT_SECRET} / ${CANARY_CODE} / ${CANARY_REFRESH_TOKEN} / ${CANARY_ACCESS_TOKEN}`)
    const error = await failure(
      asPlatformCall(
        'executeCallback',
        () => {
          throw crash
        },
        PlatformError,
        [CANARY_CLIENT_SECRET, { code: CANARY_CODE, nested: [CANARY_REFRESH_TOKEN] }, undefined, 'short'],
      ),
    )
    expect(error).toMatchObject({ code: 50001, httpStatusCode: 500 })
    expect(error.message).toBe(
      'The GitHub service failed unexpectedly in executeCallback. Try again; if it persists, report it with the time of the failure.',
    )
    const [entry] = capturedLogEntries()
    expect(entry).toMatchObject({
      level: 'error',
      event: 'operation.crashed',
      operation: 'executeCallback',
      error: {
        name: 'TypeError',
        message: 'cannot read [REDACTED] / [REDACTED] / [REDACTED] / [REDACTED]',
        at: expect.stringContaining('at '),
      },
    })
    expect(capturedOutput().join('\n')).not.toContain('CANARY')
  })

  it('does not run getters of hostile inputs while cutting secrets out', async () => {
    const hostile = Object.defineProperty({}, 'code', {
      enumerable: true,
      get: () => {
        throw new Error('getter ran')
      },
    })
    const error = await failure(asPlatformCall('executeCallback', () => Promise.reject(new Error('boom')), PlatformError, [hostile]))
    expect(error.code).toBe(50001)
  })

  it('handles a thrown non-Error', async () => {
    const error = await failure(
      asPlatformCall('op', () => Promise.reject(`string with ${CANARY_CLIENT_SECRET}`), PlatformError, [CANARY_CLIENT_SECRET]),
    )
    expect(error.code).toBe(50001)
    expect(capturedLogEntries()[0]).toMatchObject({ error: { name: 'string', message: 'string with [REDACTED]' } })
  })
})

describe('service identity', () => {
  it('takes the version from package.json and puts it in the User-Agent', () => {
    expect(VERSION).toMatch(/^\d+\.\d+\.\d+/)
    expect(USER_AGENT).toBe(`flowrunner-github-service/${VERSION}`)
  })
})
