import { execFile } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { expectNoSecrets } from '../helpers/secrets'

/**
 * Faults of the local platform (issue 5): test/faults/platform-run.ts runs the platform, the
 * service and the sandbox in a child process and reports what it saw; this judges it, and
 * keeps the observations in build/faults/platform.json for the README table.
 * (kill -9 during store writes: test/faults/store-kill.test.ts.)
 */

const ROOT = resolve(__dirname, '..', '..')

interface Observations {
  concurrency: { invocations: number; succeeded: number; refreshGrants: number; refreshCount: number }
  outage: {
    invocationDuringOutage: { ok: boolean; code: number | null; message: string }
    statusWhileDown: string
    failureWhileDown: { code: number; attempts: number } | null
    retryPlanned: boolean
    statusAfter: string
    recoveredWithinMs: number | null
    invocationAfter: boolean
  }
}

let seen: Observations

beforeAll(async () => {
  const { stdout } = await promisify(execFile)(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(__dirname, 'platform-run.ts')], {
    cwd: ROOT,
    timeout: 90_000,
  })
  seen = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as Observations
  mkdirSync(join(ROOT, 'build', 'faults'), { recursive: true })
  writeFileSync(join(ROOT, 'build', 'faults', 'platform.json'), `${JSON.stringify(seen, null, 2)}\n`)
}, 100_000)

it('200 concurrent invocations on an expired token cause exactly one refresh, and all succeed', () => {
  expect(seen.concurrency).toEqual({ invocations: 200, succeeded: 200, refreshGrants: 1, refreshCount: 1 })
})

it('the token endpoint down during a refresh: the invocation fails with "unavailable", the connection is "refresh failed — will retry"', () => {
  const { outage } = seen
  expect(outage.invocationDuringOutage.ok).toBe(false)
  expect(outage.invocationDuringOutage.code).toBe(50301)
  expect(outage.invocationDuringOutage.message).toMatch(/try again/i)
  expectNoSecrets(outage.invocationDuringOutage.message)
  expect(outage.statusWhileDown).toBe('refresh_failed')
  expect(outage.failureWhileDown).toEqual({ code: 50301, attempts: 1 })
  expect(outage.retryPlanned).toBe(true)
})

it('…and recovers by itself once the endpoint is back', () => {
  expect(seen.outage.statusAfter).toBe('active')
  expect(seen.outage.recoveredWithinMs).not.toBeNull()
  expect(seen.outage.recoveredWithinMs).toBeLessThan(10_000)
  expect(seen.outage.invocationAfter).toBe(true)
})
