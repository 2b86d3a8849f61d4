'use strict'

/**
 * CodeRunner's own cloud runner (`coderunner cloud`), unmodified, for the code deployed to the local
 * platform. In the cloud its broker address and password come from Consul into the config slot
 * `redis['bl/production']`; here they arrive as one JSON line on stdin ({ host, port, password,
 * repoPath, apiServer }) and go into that same slot of the CLI's defaults before the CLI reads them, so the
 * password is never on a command line. Fewer workers than the cloud's four: this is one laptop.
 */

const path = require('node:path')

let input = ''
process.stdin.setEncoding('utf8')
process.stdin.on('data', (chunk) => (input += chunk))
process.stdin.on('end', () => {
  const { host, port, password, repoPath, apiServer } = JSON.parse(input)
  const defaults = require('backendless-coderunner/lib/cli/defaults.json')
  defaults.redis['bl/production'] = { host, port, password }
  defaults.workers.concurrent = 2
  defaults.workers.minIdle = 1
  const cli = require.resolve('backendless-coderunner/bin/coderunner')
  process.argv = [process.argv[0], cli, 'cloud', '--repo-path', path.resolve(repoPath), '--api-server', apiServer]
  require('backendless-coderunner/lib/cli/clirunner')
})
