import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * src/GitHub.ts is generated from the definitions (npm run contract); lint runs the same check.
 * The generator runs as lint runs it (tsx, in a child: Prettier's ESM loading does not run under Jest).
 */
const ROOT = join(__dirname, '..', '..')
const CONTRACT_FILE = join(ROOT, 'src', 'GitHub.ts')
const committed = readFileSync(CONTRACT_FILE, 'utf8')
let dir: string

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'contract-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function check(text: string): { status: number | null; output: string } {
  const file = join(dir, 'GitHub.ts')
  writeFileSync(file, text)
  const run = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/contract.ts', '--check', file], {
    cwd: ROOT,
    encoding: 'utf8',
  })
  return { status: run.status, output: run.stdout + run.stderr }
}

describe('the contract class', () => {
  test('is exactly what the operation definitions give', () => {
    expect(check(committed)).toMatchObject({ status: 0, output: expect.stringContaining('matches the operation definitions') as unknown })
  }, 60_000)

  test('a hand edit of the generated section fails the check, saying what to run', () => {
    const edited = committed.replace('   * @operationName Get Issue\n', '   * @operationName Fetch Issue\n')
    expect(edited).not.toBe(committed)
    expect(check(edited)).toMatchObject({ status: 1, output: expect.stringContaining('Run npm run contract') as unknown })
  }, 60_000)

  test('a file without the generated-section markers is refused', () => {
    const result = check('class GitHub {}\n')
    expect(result.status).not.toBe(0)
    expect(result.output).toMatch(/generated-section markers/)
  }, 60_000)
})
