import nock from 'nock'
import { GITHUB_HOSTS } from '../helpers/github'
import { ERROR_CATALOGUE } from '../../src/errors'
import { unmatchedRequests } from '../helpers/network'
import { CANARY_ACCESS_TOKEN, CANARY_CLIENT_ID, CANARY_CLIENT_SECRET } from '../helpers/secrets'
import { evidenceFile } from './harness/evidence'
import { goodValue, metaOf, requiredOnly } from './harness/good-values'
import { actionNames, loadService } from '../helpers/coderunner'

/**
 * Issue 8: Delete Branch given "feature/./x" deleted feature/x, because URL parsing drops a "."
 * segment. Every text parameter of every action of the descriptor is given values that are,
 * or hide, dot segments (percent-encoded, half-encoded, doubly encoded, with "\" or a tab):
 * each is refused, or the request GitHub receives names exactly what was given (the path of
 * the good value with the hostile value in its place, or the same path when it travels as data).
 */

const INVALID_INPUT = ERROR_CATALOGUE.invalid_input.code
const CRASH_CODES = new Set<number>([ERROR_CATALOGUE.internal.code, 0])

const HOSTILE = [
  'feature/./x',
  'feature/../x',
  './x',
  'x/.',
  'a/%2e/b',
  'a/%2E%2e/b',
  'a/.%2e/b',
  'a/%2e./b',
  'a/%252e%252e/b',
  '%2e%2e',
  'a\\..\\b',
  'a/.\t./b',
  'a/.\n/b',
]

const evidence = evidenceFile('dot-segments')
const tally = { params: 0, values: 0, refused: 0, asData: 0 }
const service = loadService({ clientId: CANARY_CLIENT_ID, clientSecret: CANARY_CLIENT_SECRET })
const actions = actionNames(service.methods)

/** Answers every API request with 200 and records each path exactly as it arrived (no query). */
function answerEverything(): string[] {
  const seen: string[] = []
  for (const verb of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) {
    for (const host of GITHUB_HOSTS)
      nock(host)
        .persist()
        .intercept(/.*/, verb)
        .reply(function (uri) {
          seen.push(`${verb} ${uri.split('?')[0]}`)
          return [200, {}]
        })
  }
  return seen
}

async function attempt(method: string, args: unknown[]): Promise<{ code?: number; message?: string; seen: string[] }> {
  const seen = answerEverything()
  try {
    await service.invoke(method, args, { token: CANARY_ACCESS_TOKEN })
    return { seen }
  } catch (error) {
    const { code, message } = error as { code?: number; message?: string }
    return { code, message, seen }
  } finally {
    nock.cleanAll()
  }
}

/** The ways a value can be put into a path: one segment, or one per "/" (branch names, file paths). */
const encodings = (value: string): string[] => [encodeURIComponent(value), value.split('/').map(encodeURIComponent).join('/')]

afterEach(() => {
  expect(unmatchedRequests()).toEqual([])
})

it('the demonstration of issue 8: Delete Branch "feature/./x" is refused and deletes nothing', async () => {
  const { code, message, seen } = await attempt('deleteBranch', ['octocat/Hello-World', 'feature/./x'])
  expect(code).toBe(INVALID_INPUT)
  expect(message).toContain('"branch"')
  expect(seen).toEqual([])
})

describe.each(actions)('%s', (methodName) => {
  const method = service.methods[methodName]!
  // A cursor is sealed: the attack on it is test/attack/cursor.property.test.ts.
  const textParams = method.params.filter(
    (param) => param.type.name === 'String' && param.name !== 'cursor' && metaOf(method, param).uiComponent?.type !== 'DROPDOWN',
  )
  if (textParams.length === 0) return

  it.each(textParams.map((param) => [param.name, param] as const))(
    '%s: dot segments are refused, or reach GitHub exactly as given',
    async (_name, param) => {
      const index = method.params.indexOf(param)
      const args = requiredOnly(method)
      args[index] = goodValue(method, param)
      let baseline = await attempt(methodName, args)
      // Some actions need one more optional value to do anything: add the one the refusal names.
      for (let tries = 0; baseline.code === INVALID_INPUT && baseline.seen.length === 0 && tries < method.params.length; tries++) {
        const named = method.params.findIndex((candidate) => String(baseline.message).startsWith(`Invalid "${candidate.name}"`))
        if (named < 0 || args[named] !== undefined) break
        args[named] = goodValue(method, method.params[named]!)
        baseline = await attempt(methodName, args)
      }
      expect(baseline.seen.length).toBeGreaterThan(0)
      const good = String(args[index])
      const problems: string[] = []
      for (const value of HOSTILE) {
        const hostile = [...args]
        hostile[index] = value
        const { code, message, seen } = await attempt(methodName, hostile)
        if (code !== undefined && CRASH_CODES.has(code)) problems.push(`${JSON.stringify(value)}: crashed (${String(message)})`)
        if (code === INVALID_INPUT && seen.length === 0) {
          tally.refused++
          continue
        }
        // Where the good value was in a path, the hostile one must be there, encoded, and nothing else moved.
        const allowed = new Set(
          baseline.seen.flatMap((path) => [
            path,
            ...encodings(good).flatMap((from) => encodings(value).map((to) => path.split(from).join(to))),
          ]),
        )
        for (const path of seen) if (!allowed.has(path)) problems.push(`${JSON.stringify(value)}: GitHub received ${path}`)
        tally.asData++
      }
      expect(problems).toEqual([])
      tally.params++
      tally.values += HOSTILE.length
    },
  )
})

afterAll(() => {
  if (tally.params > 0) {
    evidence.add({
      attack:
        'dot segments in every text parameter: "feature/./x" (Delete Branch deleted feature/x), "%2e", "%2E%2e", ".%2e", "%252e%252e", "\\..\\", a tab inside ".."',
      cases: `${tally.values} values in ${tally.params} parameters of ${actions.length} actions (${tally.refused} refused, ${tally.asData} sent as data)`,
      outcome:
        '`invalid_input` naming the parameter with no request, or GitHub receives exactly the path given; callApi sends a URL only when its parsed path is the one built',
    })
  }
})
