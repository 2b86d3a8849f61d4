import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { expectNoSecrets } from '../helpers/secrets'
import { ACTIONABLE, deviationKey, expectationFor, judge, KNOWN_DEVIATIONS } from './expectations'
import { FAULTS, OPERATIONS, type Outcome } from './harness'

/**
 * Fault injection: every fault of test/faults/harness.ts against every outbound call of the
 * three system operations and of a read and a write action. The scenarios run in a child
 * process (plain Node sockets, no nock: see harness.ts) that writes build/faults/results.json,
 * the file scripts/fault-table.ts turns into the README table. Each row must end in the
 * documented error, after the attempts the documented retry policy allows, within its bound.
 */

const ROOT = resolve(__dirname, '..', '..')
const RESULTS = join(ROOT, 'build', 'faults', 'results.json')
let outcomes: Outcome[] = []

beforeAll(async () => {
  await promisify(execFile)(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(__dirname, 'run.ts'), RESULTS], {
    cwd: ROOT,
    timeout: 120_000,
  })
  outcomes = (JSON.parse(readFileSync(RESULTS, 'utf8')) as { outcomes: Outcome[] }).outcomes
}, 130_000)

function outcomeOf(operation: string, fault: string): Outcome {
  const found = outcomes.find((outcome) => outcome.operation === operation && outcome.fault === fault)
  if (!found) throw new Error(`no outcome recorded for ${operation} | ${fault}`)
  return found
}

it('every operation met every fault', () => {
  expect(outcomes).toHaveLength(OPERATIONS.length * FAULTS.length)
})

describe.each(OPERATIONS.map((operation) => [operation.name, operation] as const))('%s', (operationName) => {
  for (const fault of FAULTS) {
    const key = deviationKey({ operation: operationName, fault: fault.name })
    const expected = expectationFor({ name: operationName }, fault)
    const title = `${fault.name} → ${expected.kind}, ${expected.attempts} attempt${expected.attempts === 1 ? '' : 's'}`
    const check = (): void => {
      const outcome = outcomeOf(operationName, fault.name)
      expect(outcome.crash).toBeUndefined()
      expectNoSecrets(outcome.message)
      expect(judge(outcome).problems).toEqual([])
      // The loopback server saw exactly the attempts the client counted.
      if (fault.handler) expect(outcome.served).toBe(outcome.attempts)
    }
    if (KNOWN_DEVIATIONS[key]) it.failing(`${title} [known deviation: ${KNOWN_DEVIATIONS[key]}]`, check)
    else it(title, check)
  }
})

it('no failure crashes or carries a secret', () => {
  for (const outcome of outcomes) {
    expect([outcome.kind, outcome.crash]).not.toContain('crash')
    expect(outcome.kind).not.toBe('internal')
    expectNoSecrets(outcome.message)
  }
})

it('every failure message says what to do next', () => {
  const silent = outcomes.filter((outcome) => outcome.kind !== 'ok' && !ACTIONABLE.test(outcome.message))
  expect(silent.map((outcome) => `${deviationKey(outcome)}: ${outcome.message}`)).toEqual([])
})

it('the failure messages that advise cover every error kind', () => {
  const advised = new Set(outcomes.filter((outcome) => ACTIONABLE.test(outcome.message)).map((outcome) => outcome.kind))
  for (const kind of new Set(outcomes.map((outcome) => outcome.kind))) {
    if (kind !== 'ok') expect([kind, advised.has(kind)]).toEqual([kind, true])
  }
})
