import { spawnSync } from 'node:child_process'
import { join } from 'node:path'

/**
 * The boundaries of README "Architecture", as ESLint enforces them: each case lints a one-line
 * file at a path (ESLint in a child, as `npm run lint` runs it: its config is an ES module).
 */
const ROOT = join(__dirname, '..', '..')

function lint(path: string, code: string): string {
  const run = spawnSync(join(ROOT, 'node_modules', '.bin', 'eslint'), ['--stdin', '--stdin-filename', path, '--format', 'json'], {
    cwd: ROOT,
    input: code,
    encoding: 'utf8',
  })
  const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string | null; message: string }[] }[]
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message)
    .join('\n')
}

const importing = (from: string): string => `import * as x from '${from}'\nexport const y = x\n`

test.each([
  ['src/github/repos.ts', '../../platform/store', /must not import the local platform/],
  ['src/github/repos.ts', '../../sandbox/process', /must not import the sandbox/],
  ['src/log.ts', '../test/helpers/github', /must not import tests/],
  ['src/github/repos.ts', 'backendless', /Only the contract class/],
  ['src/oauth2/token.ts', '../github/settings', /says nothing about GitHub/],
  ['src/http/client.ts', '../github/api', /says nothing about GitHub/],
  ['src/operations/definition.ts', '../github/api', /says nothing about GitHub/],
  ['src/GitHub.ts', '../platform/store', /must not import the local platform/],
  ['sandbox/rest/index.ts', '../../src/github/api', /sandbox must not import the service/],
  ['platform/main.ts', '../sandbox/rest/state', /may import only sandbox\/process/],
  ['platform/main.ts', '../src/log', /its own logger/],
  ['platform/console/server.ts', '../../src/log', /its own logger/],
])(
  '%s may not import %s',
  (path, from, refusal) => {
    expect(lint(path, importing(from))).toMatch(refusal)
  },
  60_000,
)

test('the platform may use the service’s redaction rules in its own logger', () => {
  expect(lint('platform/log.ts', "import { redact } from '../src/log'\nexport const y = redact\n")).toBe('')
}, 60_000)

test.each([
  ['src/GitHub.ts', 'backendless'],
  ['src/github/repos.ts', './api'],
  ['src/oauth2/token.ts', '../http/client'],
  ['platform/main.ts', '../sandbox/process'],
])(
  '%s may import %s',
  (path, from) => {
    expect(lint(path, importing(from))).toBe('')
  },
  60_000,
)
