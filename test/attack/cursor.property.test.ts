import fc from 'fast-check'
import nock from 'nock'
import { ERROR_CATALOGUE } from '../../src/errors'
import { unmatchedRequests } from '../helpers/network'
import { CANARY_ACCESS_TOKEN, CANARY_CLIENT_ID, CANARY_CLIENT_SECRET, CANARY_USER_TOKEN } from '../helpers/secrets'
import { evidenceFile } from './harness/evidence'
import { loadService } from '../helpers/coderunner'

/**
 * Issue 8: the list cursor was base64 JSON, and a crafted one made List Issues of one repository
 * request /repositories/999/issues. Through the compiled service (CodeRunner's ServiceWrapper):
 * hand-made cursors, cursors moved to another listing, action or connection, and any change to
 * a real cursor are refused as `invalid_input` naming "cursor", with no request sent.
 */

const API = 'https://api.github.com'
const INVALID_INPUT = ERROR_CATALOGUE.invalid_input.code
const RUNS = 500

const evidence = evidenceFile('cursor')
const service = loadService({ clientId: CANARY_CLIENT_ID, clientSecret: CANARY_CLIENT_SECRET })

/** Positional arguments of an action from named values. */
function args(method: string, values: Record<string, unknown>): unknown[] {
  return (service.methods[method]?.params ?? []).map((param) => values[param.name])
}

const issuesOf = (repository: string, cursor?: string): unknown[] => args('listIssues', { repository, limit: 2, cursor })

/** A real cursor: List Issues of octocat/Hello-World, page 1, GitHub linking page 2 by repository id. */
async function realCursor(): Promise<string> {
  nock(API)
    .get('/repos/octocat/Hello-World/issues')
    .query(true)
    .reply(200, [{ number: 1 }, { number: 2 }], {
      link: `<${API}/repositories/1296269/issues?per_page=2&page=2>; rel="next"`,
    })
  const result = (await service.invoke('listIssues', issuesOf('octocat/Hello-World'), { token: CANARY_ACCESS_TOKEN })) as {
    nextCursor: string | null
  }
  if (typeof result.nextCursor !== 'string') throw new Error('no cursor')
  return result.nextCursor
}

/** Refused as `invalid_input` naming the cursor, and no request reached any server. */
async function expectRefused(method: string, methodArgs: unknown[], token = CANARY_ACCESS_TOKEN): Promise<void> {
  const trap = nock(API).persist().get(/.*/).query(true).reply(200, [])
  let failure: { code?: number; message?: string } | undefined
  try {
    await service.invoke(method, methodArgs, { token })
  } catch (error) {
    failure = error as { code?: number; message?: string }
  }
  const sent = trap.pendingMocks().length === 0
  nock.cleanAll()
  expect(failure?.code).toBe(INVALID_INPUT)
  expect(failure?.message).toContain('"cursor"')
  expect(sent).toBe(false)
  expect(unmatchedRequests()).toEqual([])
}

let cursor = ''

beforeAll(async () => {
  cursor = await realCursor()
})

it('the control: the real cursor continues the same listing, by repository id as GitHub linked it', async () => {
  const next = nock(API)
    .get('/repositories/1296269/issues')
    .query({ per_page: '2', page: '2' })
    .reply(200, [{ number: 3 }])
  await expect(service.invoke('listIssues', issuesOf('octocat/Hello-World', cursor), { token: CANARY_ACCESS_TOKEN })).resolves.toEqual({
    items: [{ number: 3 }],
    nextCursor: null,
  })
  expect(next.isDone()).toBe(true)
})

it('the demonstration of issue 8: a hand-made cursor naming /repositories/999/issues is refused', async () => {
  const crafted = Buffer.from(
    JSON.stringify({ p: '/repos/octocat/Hello-World/issues', l: '/repositories/999/issues', q: { page: '2' } }),
  ).toString('base64url')
  await expectRefused('listIssues', issuesOf('octocat/Hello-World', crafted))
  evidence.add({
    attack: 'list cursor: hand-made (the base64 JSON form that made List Issues request /repositories/999/issues)',
    cases: '1',
    outcome: '`invalid_input` naming "cursor"; no request sent',
  })
})

it('a real cursor moved to another repository, other filters, another action or another connection is refused', async () => {
  await expectRefused('listIssues', issuesOf('octocat/Spoon-Knife', cursor))
  await expectRefused('listIssues', args('listIssues', { repository: 'octocat/Hello-World', limit: 2, state: 'closed', cursor }))
  await expectRefused('listPullRequests', args('listPullRequests', { repository: 'octocat/Hello-World', limit: 2, cursor }))
  await expectRefused('listIssues', issuesOf('octocat/Hello-World', cursor), CANARY_USER_TOKEN)
  evidence.add({
    attack: 'list cursor: a real one replayed on another repository, with other filters, in another action, with another connection',
    cases: '4',
    outcome: '`invalid_input` naming "cursor" (sealed with HMAC-SHA256 to operation, listing and connection); no request sent',
  })
})

it('any change to a real cursor is refused (fast-check)', async () => {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.='.split('')
  const text = (maxLength: number) => fc.string({ unit: fc.constantFrom(...alphabet), minLength: 1, maxLength })
  const changed = fc.oneof(
    fc
      .tuple(fc.nat({ max: cursor.length - 1 }), fc.constantFrom(...alphabet))
      .map(([at, char]) => cursor.slice(0, at) + char + cursor.slice(at + 1)),
    fc.nat({ max: cursor.length - 1 }).map((length) => cursor.slice(0, length)),
    text(20).map((tail) => cursor + tail),
    fc.tuple(fc.nat({ max: cursor.length }), text(4)).map(([at, inserted]) => cursor.slice(0, at) + inserted + cursor.slice(at)),
    // The payload re-sealed by someone without the key: any JSON, any MAC.
    fc
      .tuple(fc.jsonValue(), text(43))
      .map(([payload, mac]) => `c1.${Buffer.from(JSON.stringify(payload) ?? 'null').toString('base64url')}.${mac}`),
    fc.string({ maxLength: 300 }),
  )
  await fc.assert(
    fc.asyncProperty(
      changed.filter((value) => value !== cursor && value.trim() !== ''),
      async (value) => {
        await expectRefused('listIssues', issuesOf('octocat/Hello-World', value))
      },
    ),
    { numRuns: RUNS },
  )
  evidence.add({
    attack:
      'list cursor: a real one changed (a character replaced, cut, extended, inserted), re-sealed without the key, or anything at all',
    cases: `${RUNS} runs (fast-check) through the compiled service`,
    outcome: '`invalid_input` naming "cursor"; no request sent',
  })
})
