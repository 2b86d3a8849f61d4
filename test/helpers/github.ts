import nock from 'nock'
import type { GitHubContext } from '../../src/github/api'
import { OPERATIONS, type OperationName } from '../../src/github/catalogue'
import { resolveServer } from '../../src/github/settings'
import { unmatchedRequests } from './network'

export const API = 'https://api.github.com'
/** github.com's uploads host (release assets). */
export const UPLOADS = 'https://uploads.github.com'
/** Every host an action may call on github.com. */
export const GITHUB_HOSTS = [API, UPLOADS] as const
export const TOKEN = 'gho_TESTTOKEN0123456789abcdefABCDEF'

/** A GitHub context for module tests: github.com, a fake token, no real waiting on retries. */
export function githubContext(overrides: Partial<GitHubContext> = {}): GitHubContext {
  return {
    server: resolveServer('https://github.com'),
    token: TOKEN,
    userAgent: 'flowrunner-github-service/test',
    http: { sleep: async () => undefined },
    ...overrides,
  }
}

/** The headers every GitHub API request must carry. */
export const API_HEADERS = {
  authorization: `Bearer ${TOKEN}`,
  accept: 'application/vnd.github+json',
  'x-github-api-version': '2022-11-28',
  'user-agent': 'flowrunner-github-service/test',
}

const TRAPPED_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const

/**
 * Asserts an input error naming the parameter, and that nothing left for GitHub: a trap that
 * answers any request stays unused, and nock saw no request it could not answer.
 */
export async function expectInvalidInput(run: Promise<unknown> | (() => Promise<unknown>), parameter: string): Promise<void> {
  const trap = TRAPPED_METHODS.reduce((scope, method) => scope.intercept(() => true, method).reply(500), nock(API))
  await expect(typeof run === 'function' ? run() : run).rejects.toMatchObject({ kind: 'invalid_input', parameter })
  expect(trap.pendingMocks()).toHaveLength(TRAPPED_METHODS.length)
  expect(unmatchedRequests()).toEqual([])
}

/** Runs before test/setup.ts cleans nock, so an expected request that never came fails the test. */
export function expectAllRequestsMade(): void {
  expect(nock.pendingMocks()).toEqual([])
}

/** The context the contract class gives an operation's implementation: its name and its definition's requirement. */
export function operationContext(name: OperationName, overrides: Partial<GitHubContext> = {}): GitHubContext {
  return githubContext({ operation: name, requires: OPERATIONS[name].requires, ...overrides })
}
