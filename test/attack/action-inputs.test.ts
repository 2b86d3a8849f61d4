import nock from 'nock'
import { GITHUB_HOSTS } from '../helpers/github'
import { ERROR_CATALOGUE } from '../../src/errors'
import { clearUnmatched, unmatchedRequests } from '../helpers/network'
import { CANARY_ACCESS_TOKEN, CANARY_CLIENT_ID, CANARY_CLIENT_SECRET, expectNoSecrets } from '../helpers/secrets'
import { evidenceFile } from './harness/evidence'
import { goodValue, metaOf, requiredOnly } from './harness/good-values'
import { actionNames, dictionaryNames, loadService, type MethodDef, type ParamDef } from '../helpers/coderunner'

/**
 * Bad inputs for EVERY action of the descriptor (read from CodeRunner's own model of dist/,
 * so actions added later are covered without touching this file): wrong types, empty
 * required values, path traversal in file paths and owner/name, over-long values. Each is
 * refused with InvalidInput (code 40001) naming the parameter, and no request is sent.
 * Other text parameters given ".." either are refused the same way or, when accepted as
 * text, never make a request escape the endpoint the action calls with good values.
 */

const INVALID_INPUT = ERROR_CATALOGUE.invalid_input.code
const CRASH_CODES = new Set<number>([ERROR_CATALOGUE.internal.code, 0])
/** Longer than any text the service accepts (files are capped at 5 MB). */
const OVER_LONG = 'x'.repeat(8 * 1024 * 1024)

const evidence = evidenceFile('action-inputs')
const tally = { badValues: 0, params: 0, traversalParams: 0, traversalValues: 0, dictionaries: 0, payloads: 0 }

const service = loadService({ clientId: CANARY_CLIENT_ID, clientSecret: CANARY_CLIENT_SECRET })
const actions = actionNames(service.methods)
const dictionaries = dictionaryNames(service.methods)

/** Parameters where an empty text is a meaningful value, with the reason. */
const EMPTY_ALLOWED: Record<string, string> = {
  'createOrUpdateFile.content': 'an empty text writes an empty file',
}

interface BadCase {
  what: string
  value: unknown
}

const isFilePath = (param: ParamDef): boolean => /path/i.test(param.name)
const isRepository = (param: ParamDef): boolean => /^repository$/i.test(param.name)

function badCases(method: MethodDef, methodName: string, param: ParamDef): BadCase[] {
  const meta = metaOf(method, param)
  const ui = meta.uiComponent?.type
  const cases: BadCase[] = []
  const add = (what: string, value: unknown): void => {
    cases.push({ what, value })
  }
  switch (param.type.name.startsWith('Array') ? 'Array' : param.type.name) {
    case 'String':
      add('an object', { toString: 'x' })
      add('an array', ['a', 'b'])
      add('a boolean', true)
      add('NaN', NaN)
      add(`over-long text (${OVER_LONG.length} characters)`, OVER_LONG)
      if (ui === 'DROPDOWN') add('a value that is not an option', 'not-an-option')
      break
    case 'Number':
      add('text that is not a number', 'abc')
      add('an object', {})
      add('an array', [1])
      add('a boolean', true)
      add('a huge number', 1e300)
      if (ui !== 'DATE_TIME_PICKER') {
        add('a fraction', 1.5)
        add('a negative number', -1)
      }
      break
    case 'Boolean':
      add('text that is not a boolean', 'yes')
      add('a number', 2)
      add('an object', {})
      add('an array', [])
      break
    case 'Array':
      add('an object', { a: 'b' })
      add('a number', 42)
      add('an array of objects', [{}])
      add('an array of arrays', [['a']])
      add('an over-long item', [OVER_LONG])
      add(
        'ten thousand items',
        Array.from({ length: 10_000 }, (_, i) => `item${i}`),
      )
      break
    case 'Object':
      add('text that is not JSON', 'not json')
      add('a number', 42)
      add('a boolean', true)
      add('an array', [1, 2])
      break
  }
  if (!param.optional) {
    add('missing', undefined)
    add('null', null)
    if (!EMPTY_ALLOWED[`${methodName}.${param.name}`]) {
      add('an empty text', '')
      if (param.type.name === 'String') add('only spaces', '   ')
    }
  }
  if (isFilePath(param)) {
    for (const value of ['../../etc/passwd', 'docs/../../secret', '..', '.', '/../x', 'docs/./README.md', 'a//b', 'a\\..\\b', 'docs/\0x']) {
      add(`path traversal ${JSON.stringify(value)}`, value)
    }
  }
  if (isRepository(param)) {
    for (const value of [
      '../x',
      'octocat/..',
      'octocat/.',
      'octocat/../x',
      '../../../etc/passwd',
      'octocat/Hello-World/../../x',
      '..\\x/y',
      'octocat/',
      '/Hello-World',
      'octocat%2F..%2Fx',
      'octo cat/x',
      'octocat/Hello-World?x=1',
      'octocat/Hello-World#x',
    ]) {
      add(`owner/name ${JSON.stringify(value)}`, value)
    }
  }
  return cases
}

interface Failure {
  name?: unknown
  code?: unknown
  message?: unknown
  httpStatusCode?: unknown
}

async function outcome(method: string, args: unknown[]): Promise<{ result?: unknown; error?: Failure }> {
  try {
    return { result: await service.invoke(method, args, { token: CANARY_ACCESS_TOKEN }) }
  } catch (error) {
    return { error: error as Failure }
  }
}

/** Answers every API request with 200 and records the paths it saw. */
function answerEverything(body: unknown = {}): string[] {
  const seen: string[] = []
  for (const verb of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) {
    for (const host of GITHUB_HOSTS)
      nock(host)
        .persist()
        .intercept(/.*/, verb)
        .reply(function (uri) {
          seen.push(`${verb} ${uri.split('?')[0]}`)
          return [200, body]
        })
  }
  return seen
}

const segments = (path: string): string[] => path.split(' ')[1]?.split('/') ?? []

afterEach(() => {
  nock.cleanAll()
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
})

it('the descriptor has actions to attack', () => {
  expect(actions.length).toBeGreaterThan(0)
  expect(actions).toContain('getAuthenticatedUser')
})

describe.each(actions)('%s', (methodName) => {
  const method = service.methods[methodName]!
  let baselinePaths: string[] = []
  let good: unknown[] = []
  const baseline = (): unknown[] => [...good]

  beforeAll(async () => {
    // The good values must pass validation, or the bad-value tests below prove nothing. Some
    // actions need one of several optional values ("nothing to change"): add the one named.
    good = requiredOnly(method)
    for (let attempt = 0; ; attempt++) {
      const seen = answerEverything()
      const { error } = await outcome(methodName, good)
      nock.cleanAll()
      // A request sent means validation passed (the catch-all answer may not suit the action).
      if (error?.code !== INVALID_INPUT || seen.length > 0) {
        baselinePaths = seen
        return
      }
      const named = method.params.findIndex((param) => String(error.message).startsWith(`Invalid "${param.name}"`))
      if (attempt > method.params.length || named < 0 || good[named] !== undefined) {
        throw new Error(`good values refused: ${String(error.message)}; add one to GOOD_BY_NAME`)
      }
      good[named] = goodValue(method, method.params[named]!)
    }
  })

  it('sends a request with the good values (the control)', () => {
    expect(baselinePaths.length).toBeGreaterThan(0)
  })

  const params = method.params
  if (params.length === 0) return
  it.each(params.map((param) => [param.name, param] as const))('refuses bad %s values naming it, with no request', async (_name, param) => {
    const problems: string[] = []
    for (const { what, value } of badCases(method, methodName, param)) {
      const args = baseline()
      args[params.indexOf(param)] = value
      clearUnmatched()
      const { error } = await outcome(methodName, args)
      const sent = [...unmatchedRequests()]
      if (!error) problems.push(`${what}: accepted`)
      else if (error.code !== INVALID_INPUT) problems.push(`${what}: code ${String(error.code)} (${String(error.message).slice(0, 160)})`)
      else if (!String(error.message).includes(`"${param.name}"`))
        problems.push(`${what}: message does not name it: ${String(error.message)}`)
      else expectNoSecrets(String(error.message))
      if (sent.length > 0) problems.push(`${what}: sent ${sent.join(', ')}`)
    }
    expect(problems).toEqual([])
    tally.params++
    tally.badValues += badCases(method, methodName, param).length
  })

  const textParams = params.filter((param) => param.type.name === 'String' && !isFilePath(param) && !isRepository(param))
  if (textParams.length > 0) {
    it.each(textParams.map((param) => [param.name, param] as const))(
      '%s: ".." segments are refused or stay inside the endpoint',
      async (_name, param) => {
        const problems: string[] = []
        for (const value of ['..', '../..', '../../user', '.']) {
          const args = baseline()
          args[params.indexOf(param)] = value
          const seen = answerEverything()
          const { error } = await outcome(methodName, args)
          nock.cleanAll()
          if (error && CRASH_CODES.has(Number(error.code))) problems.push(`${JSON.stringify(value)}: crashed (${String(error.message)})`)
          for (const path of seen) {
            const fits = baselinePaths.some(
              (good) => segments(good).length === segments(path).length && segments(good)[1] === segments(path)[1],
            )
            if (!fits || /\/\.\.?(\/|$)/.test(path)) problems.push(`${JSON.stringify(value)}: request escaped to ${path}`)
          }
        }
        expect(problems).toEqual([])
        tally.traversalParams++
        tally.traversalValues += 4
      },
    )
  }
})

describe.each(dictionaries)('dictionary %s', (methodName) => {
  const payloads: unknown[] = [
    undefined,
    null,
    'text',
    42,
    [],
    JSON.parse('{"__proto__":{"polluted":"yes"},"criteria":{"__proto__":{"polluted":"yes"}}}'),
    { search: { x: 1 }, cursor: ['a'], criteria: 'x' },
    { search: OVER_LONG },
    { cursor: OVER_LONG },
    { criteria: { repository: '../../x' } },
    { criteria: { repository: 'octocat/..' } },
    { criteria: { repository: { toString: 'x' } } },
  ]

  it('never crashes, pollutes or lets a request escape, whatever the payload', async () => {
    const problems: string[] = []
    for (const payload of payloads) {
      const seen = answerEverything([])
      const { error } = await outcome(methodName, [payload])
      nock.cleanAll()
      const label = JSON.stringify(payload)?.slice(0, 60) ?? String(payload)
      if (error && (CRASH_CODES.has(Number(error.code)) || error.code === undefined)) {
        problems.push(`${label}: crashed (${String(error.message)})`)
      }
      if (error) expectNoSecrets(String(error.message))
      for (const path of seen) if (/\/\.\.?(\/|$)/.test(path)) problems.push(`${label}: request escaped to ${path}`)
    }
    expect(problems).toEqual([])
    tally.dictionaries++
    tally.payloads += payloads.length
  })
})

afterAll(() => {
  if (tally.params > 0) {
    evidence.add({
      attack: 'action inputs: wrong types, empty required values, path traversal in file paths and owner/name, over-long values (8 MiB)',
      cases: `${tally.badValues} bad values in ${tally.params} parameters of ${actions.length} actions (every action of the descriptor)`,
      outcome: '`invalid_input` (40001) naming the parameter; no request sent',
    })
  }
  if (tally.traversalParams > 0) {
    evidence.add({
      attack: 'action inputs: "..", "../..", "../../user", "." in every other text parameter',
      cases: `${tally.traversalValues} values in ${tally.traversalParams} parameters`,
      outcome: 'refused, or sent as data: no request leaves the endpoint the action calls',
    })
  }
  if (tally.dictionaries > 0) {
    evidence.add({
      attack: 'dictionary payloads: wrong types, polluting keys, 8 MiB search and cursor, traversal in criteria',
      cases: `${tally.payloads} payloads in ${tally.dictionaries} dictionaries`,
      outcome: 'no crash, nothing polluted, no request outside the API paths',
    })
  }
})
