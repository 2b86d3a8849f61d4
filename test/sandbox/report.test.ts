import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { sandboxReport, withReport } from '../../sandbox/report'

/** The README's sandbox numbers (size, operations answered) are generated; this fails when they are stale. */
test('the README sandbox report matches the sandbox as it is', () => {
  const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8')
  expect(withReport(readme, sandboxReport())).toBe(readme)
})

test('every operation is validated, and stateful plus example-only cover them all', () => {
  const report = sandboxReport()
  const numbers = /\*\*(\d+) validated\*\*.*\*\*(\d+) stateful\*\*.*\*\*(\d+) example-only\*\*/s.exec(report)
  expect(numbers).not.toBeNull()
  const [validated, stateful, exampleOnly] = (numbers ?? []).slice(1).map(Number)
  expect((stateful ?? 0) + (exampleOnly ?? 0)).toBe(validated)
  expect(stateful).toBeGreaterThan(100)
})
