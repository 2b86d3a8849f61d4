import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { ROUTES } from '../../src/github/routes'

/**
 * src/github/routes.ts holds, for each GitHub operation the service names, the method and path template of GitHub's
 * REST description (scripts/routes.ts writes it; lint runs the same check). In a child, as lint runs it.
 */
const ROOT = join(__dirname, '..', '..')

test('the route table is what GitHub’s description gives for the operations the code names', () => {
  const run = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/routes.ts', '--check'], { cwd: ROOT, encoding: 'utf8' })
  expect({ status: run.status, output: run.stdout + run.stderr }).toMatchObject({
    status: 0,
    output: expect.stringContaining("matches the service's calls") as unknown,
  })
}, 60_000)

test('every route is a verb and a path template of GitHub’s API', () => {
  for (const [id, [method, template]] of Object.entries(ROUTES)) {
    expect({ id, method, template }).toEqual({
      id,
      method: expect.stringMatching(/^(GET|POST|PUT|PATCH|DELETE)$/) as unknown,
      template: expect.stringMatching(/^\/[a-z0-9_{}/-]*$/i) as unknown,
    })
  }
  expect(Object.keys(ROUTES).length).toBeGreaterThan(50)
})
