import type { GitHubContext } from '../../src/github/api'
import { resolveServer } from '../../src/github/settings'

export const API = 'https://api.github.com'
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
