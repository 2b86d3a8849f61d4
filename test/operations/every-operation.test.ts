import nock from 'nock'
import { OPERATIONS, REGIONS, type OperationName } from '../../src/github/catalogue'
import { requirementSentence } from '../../src/github/requirements'
import { inputOf, type Operation, type ParamDef } from '../../src/operations/definition'
import type { GitHubContext } from '../../src/github/api'
import { expectInvalidInput, GITHUB_HOSTS, githubContext } from '../helpers/github'
import { GOOD_BY_NAME } from '../attack/harness/good-values'

/**
 * What every operation does the same way, tested once over the definitions: GitHub's error
 * statuses become the service's errors (with the operation's own requirement in the 403 hint),
 * a missing required parameter is refused before any request, and the catalogue is coherent.
 * An operation's own test file covers only what is special about it.
 */

const names = Object.keys(OPERATIONS) as OperationName[]
const operation = (name: OperationName): Operation<GitHubContext> => OPERATIONS[name]
const actions = names.filter((name) => operation(name).kind === 'action')

/** A value each parameter accepts, so a failure is about GitHub's answer, not the input. */
function goodValue(param: ParamDef): unknown {
  if (param.uiComponent?.type === 'DROPDOWN') return param.uiComponent.options?.values[0]
  if (param.name in GOOD_BY_NAME) return GOOD_BY_NAME[param.name]
  if (param.type === 'Boolean') return false
  if (param.type === 'Number') return param.uiComponent?.type === 'DATE_TIME_PICKER' ? 1_700_000_000_000 : 1
  if (param.type.startsWith('Array')) return ['octocat']
  if (param.type === 'Object') return {}
  return GOOD_BY_NAME[param.name] ?? 'some text'
}

/** Runs an operation as the contract class does: its requirement and name on the context. */
function run(name: OperationName, args: unknown[], context = githubContext()): Promise<unknown> {
  const definition = operation(name)
  return definition.run({ ...context, operation: name, requires: definition.requires }, inputOf(definition.params, args))
}

/** Required parameters filled, optional ones left to their defaults (a few actions need one more to do anything). */
const goodArgs = (name: OperationName): unknown[] =>
  operation(name).params.map((param) => (param.required || NEEDED[name]?.includes(param.name) ? goodValue(param) : undefined))

/** The variable and secret actions: their place depends on the Level (repository by default). */
const LEVELLED = names.filter((name) => operation(name).params.some((param) => param.name === 'level'))
const AT_ORGANIZATION = { level: 'Organization', repository: undefined, organization: 'octo-org' }

/** Actions that refuse to run with only their required parameters: the least they need. */
const NEEDED: Partial<Record<OperationName, string[]>> = {
  updateIssue: ['title'],
  updatePullRequest: ['title'],
  updateLabel: ['newName'],
  updateMilestone: ['title'],
  requestReviewers: ['reviewers'],
  getCiSummary: ['ref'],
  removeRequestedReviewers: ['reviewers'],
  addReaction: ['issueNumber'],
  updateRelease: ['name'],
  updateWebhook: ['url'],
  updateRepository: ['name'],
  updateGist: ['description'],
  markNotificationsRead: ['threadId'],
  ...Object.fromEntries(LEVELLED.map((name) => [name, ['repository']])),
  updateVariable: ['repository', 'value'],
  updateTeam: ['description'],
  updateBranchProtection: ['enforceAdmins'],
  updateRuleset: ['name'],
}

/** Dropdown values that need another parameter to mean anything (GitHub's own rules). */
const ALONGSIDE: Record<string, Record<string, unknown>> = {
  'updateIssue.stateReason=Duplicate': { duplicateOf: 2 },
  'createPullRequestReview.event=Request Changes': { body: 'Please change this.' },
  'createPullRequestReview.event=Comment': { body: 'A comment.' },
  'addReaction.commentKind=Issue or pull request comment': { issueNumber: undefined, commentId: 1 },
  'addReaction.commentKind=Review comment (on a diff line)': { issueNumber: undefined, commentId: 1 },
  ...Object.fromEntries(
    LEVELLED.flatMap((name) => [
      [`${name}.level=Environment`, { environment: 'production' }],
      [`${name}.level=Organization`, AT_ORGANIZATION],
      [`${name}.visibility=Private Repositories`, AT_ORGANIZATION],
      [`${name}.visibility=All Repositories`, AT_ORGANIZATION],
    ]),
  ),
}

/** GitHub answers every request of the call with this status. */
function githubAnswers(status: number, body: unknown, headers: Record<string, string> = {}): void {
  for (const host of GITHUB_HOSTS) answer(host, status, body, headers)
}

function answer(host: string, status: number, body: unknown, headers: Record<string, string>): void {
  nock(host)
    .persist()
    .intercept(() => true, 'GET')
    .reply(status, body as nock.Body, headers)
    .intercept(() => true, 'POST')
    .reply(status, body as nock.Body, headers)
    .intercept(() => true, 'PUT')
    .reply(status, body as nock.Body, headers)
    .intercept(() => true, 'PATCH')
    .reply(status, body as nock.Body, headers)
    .intercept(() => true, 'DELETE')
    .reply(status, body as nock.Body, headers)
}

afterEach(() => nock.cleanAll())

describe.each(actions)('%s', (name) => {
  const definition = operation(name)

  test('401: the connection must be renewed', async () => {
    githubAnswers(401, { message: 'Bad credentials' })
    await expect(run(name, goodArgs(name))).rejects.toMatchObject({ kind: 'reconnect_required' })
  })

  test("403: says what its requirement is (the definition's, not a copy)", async () => {
    githubAnswers(403, { message: 'Resource not accessible by integration' })
    const error = run(name, goodArgs(name))
    await expect(error).rejects.toMatchObject({ kind: 'forbidden' })
    const permission = definition.requires?.permission ?? ''
    const expected =
      permission === '(none)' ? /Grant the missing scope/ : new RegExp(permission.split(', ')[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    await expect(error).rejects.toThrow(expected)
  })

  test('404: not found, with the requirement as what to check', async () => {
    githubAnswers(404, { message: 'Not Found' })
    const error = run(name, goodArgs(name))
    await expect(error).rejects.toMatchObject({ kind: 'not_found' })
    const permission = definition.requires?.permission ?? ''
    if (permission !== '(none)') await expect(error).rejects.toThrow(permission.split(', ')[0])
  })

  test('primary rate limit: rate limited, with the reset time', async () => {
    const reset = Math.floor(Date.now() / 1000) + 600
    githubAnswers(
      403,
      { message: 'API rate limit exceeded' },
      { 'x-ratelimit-remaining': '0', 'x-ratelimit-limit': '5000', 'x-ratelimit-reset': String(reset), 'x-ratelimit-resource': 'core' },
    )
    await expect(run(name, goodArgs(name))).rejects.toMatchObject({
      kind: 'rate_limited',
      message: expect.stringContaining(new Date(reset * 1000).toISOString()) as unknown,
    })
  })

  test('500: GitHub is unavailable, nothing is made up', async () => {
    githubAnswers(500, { message: 'Server Error' })
    await expect(run(name, goodArgs(name))).rejects.toMatchObject({ kind: 'upstream_unavailable' })
  })

  // A dropdown and what the implementation accepts cannot drift: every value offered reaches GitHub.
  const choices = definition.params.flatMap((param) =>
    param.uiComponent?.type === 'DROPDOWN' ? (param.uiComponent.options?.values ?? []).map((value) => [param.name, value] as const) : [],
  )
  if (choices.length > 0) {
    test.each(choices)('the dropdown value %s = %p is accepted and sent to GitHub', async (paramName, value) => {
      githubAnswers(500, { message: 'Server Error' })
      const alongside = ALONGSIDE[`${name}.${paramName}=${String(value)}`] ?? {}
      const args = definition.params.map((param, index) =>
        param.name === paramName ? value : param.name in alongside ? alongside[param.name] : goodArgs(name)[index],
      )
      await expect(run(name, args)).rejects.toMatchObject({ kind: 'upstream_unavailable' })
    })
  }

  const required = definition.params.filter((param) => param.required)
  if (required.length > 0) {
    test.each(required.map((param) => param.name))('a missing %s is refused before any request', async (missing) => {
      const args = definition.params.map((param) => (param.name === missing ? undefined : goodValue(param)))
      await expectInvalidInput(() => run(name, args), missing)
    })
  }
})

describe('the catalogue', () => {
  test('every operation is in exactly one region, and every region holds operations', () => {
    const listed = REGIONS.flatMap((region) => region.operations)
    expect([...listed].sort()).toEqual([...names].sort())
    expect(new Set(listed).size).toBe(listed.length)
    for (const region of REGIONS) expect(region.operations.length).toBeGreaterThan(0)
  })

  test('every action states a requirement; the contract shows it as the last sentence of the description', () => {
    for (const name of actions) {
      const requires = operation(name).requires
      expect({ name, requires }).toEqual({
        name,
        requires: expect.objectContaining({ scope: expect.any(String), permission: expect.any(String) }) as unknown,
      })
      expect(requirementSentence(requires!)).toMatch(/^Requires: OAuth scope "[^"]+"; GitHub App permission "[^"]+"\.$/)
    }
  })

  test('every dictionary a parameter names exists, and is a dictionary', () => {
    for (const name of names) {
      for (const param of operation(name).params) {
        if (param.dictionary === undefined) continue
        expect({ name, param: param.name, kind: operation(param.dictionary as OperationName)?.kind }).toEqual({
          name,
          param: param.name,
          kind: 'dictionary',
        })
      }
    }
  })

  test('routes and labels are unique; parameter names are unique within an operation', () => {
    const routes = names.map((name) => operation(name).route.split(' ')[1])
    expect(new Set(routes).size).toBe(routes.length)
    const labels = names.map((name) => operation(name).label)
    expect(new Set(labels).size).toBe(labels.length)
    for (const name of names) {
      const params = operation(name).params.map((param) => param.name)
      expect({ name, params: new Set(params).size }).toEqual({ name, params: params.length })
    }
  })
})
