import { findRedisServer } from '../../../platform/coderunner/redis-server'

/**
 * Tests of `npm run debug` / `npm run deploy` need Debian's redis-server (CI installs it). Without it
 * they fail, saying how to install it, rather than skip.
 */
export function requireRedisServer(): string {
  return findRedisServer()
}
