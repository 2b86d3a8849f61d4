import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import nock from 'nock'
import { createRuleset, RULE_TYPES, rules, updateRuleset } from '../../src/github/rulesets'
import { API, expectAllRequestsMade, expectInvalidInput, githubContext } from '../helpers/github'

const REPO = 'octocat/Hello-World'
const none = { name: undefined, target: undefined, enforcement: undefined, include: undefined, exclude: undefined, rules: undefined }

afterEach(expectAllRequestsMade)

describe('rulesets', () => {
  it('creates an active branch ruleset; plain names become full refs, ~ patterns stay', async () => {
    nock(API)
      .post('/repos/octocat/Hello-World/rulesets', {
        name: 'Tags',
        target: 'tag',
        enforcement: 'active',
        conditions: { ref_name: { include: ['refs/tags/v*', '~ALL'], exclude: ['refs/tags/v0*'] } },
        rules: [{ type: 'deletion' }],
      })
      .reply(201, { id: 1 })
    await expect(
      createRuleset(githubContext(), {
        ...none,
        repository: REPO,
        name: 'Tags',
        target: 'Tag',
        include: ['v*', '~ALL'],
        exclude: 'v0*',
        rules: [{ type: 'deletion' }],
      }),
    ).resolves.toEqual({ id: 1 })
  })

  it('an update sends only what is given', async () => {
    nock(API).put('/repos/octocat/Hello-World/rulesets/7', { enforcement: 'disabled' }).reply(200, { id: 7 })
    await expect(updateRuleset(githubContext(), { ...none, repository: REPO, rulesetId: 7, enforcement: 'Disabled' })).resolves.toEqual({
      id: 7,
    })
  })

  it.each([
    [{ type: 'no_such_rule' }, 'no_such_rule'],
    [{ type: 'deletion', extra: 1 }, '"extra"'],
    [{ type: 'pull_request', parameters: [] }, 'not an object'],
    ['deletion', 'must be an object'],
  ])('refuses the rule %j naming what is wrong', (rule, message) => {
    expect(() => rules([rule])).toThrow(message)
  })

  it("knows exactly the rule types of GitHub's pinned REST description", () => {
    const described = JSON.parse(
      gunzipSync(readFileSync(join(__dirname, '../../sandbox/openapi/github-rest.json.gz'))).toString('utf8'),
    ) as {
      components: { schemas: Record<string, { oneOf?: { $ref?: string }[]; properties?: { type?: { enum?: string[] } } }> }
    }
    const schemas = described.components.schemas
    const types = (schemas['repository-rule']?.oneOf ?? []).map(
      (variant) =>
        schemas[variant.$ref?.split('/').pop() ?? '']?.properties?.type?.enum?.[0] ??
        (variant as { properties?: { type?: { enum?: string[] } } }).properties?.type?.enum?.[0],
    )
    expect([...RULE_TYPES].sort()).toEqual([...types].sort())
  })

  it('refuses a ruleset with nothing it applies to, and an update with nothing to change, before any request', async () => {
    await expectInvalidInput(createRuleset(githubContext(), { ...none, repository: REPO, name: 'x' }), 'include')
    await expectInvalidInput(updateRuleset(githubContext(), { ...none, repository: REPO, rulesetId: 7 }), 'name')
    await expectInvalidInput(createRuleset(githubContext(), { ...none, repository: REPO, name: 'x', include: ['a b'] }), 'include')
  })
})
