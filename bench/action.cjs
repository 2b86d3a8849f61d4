// Action overhead, outside Jest: `node bench/action.cjs <serverUrl> <rounds> <perRound>`.
// The service is loaded by CodeRunner's own model builder and invoked through the model's
// ServiceWrapper.invokeMethod (what CodeRunner's invoke-service task calls: a new instance,
// config from the declared items, this.request.headers with oauth-access-token); the
// baseline is the bare axios request the action makes (same URL and headers).
// Prints {"rounds":[{"service":[ms…],"bare":[ms…]}…]} (per-call latencies, in ms).
'use strict'
const path = require('node:path')

const [serverUrl, roundsArg, perRoundArg] = process.argv.slice(2)
const rounds = Number(roundsArg ?? 7)
const perRound = Number(perRoundArg ?? 200)
const root = path.resolve(__dirname, '..')
const load = (id) => require(require.resolve(id, { paths: [root] }))

const quiet = { log: console.log, warn: console.warn, error: console.error }
console.log = console.warn = console.error = () => undefined
load('backendless-coderunner/lib')
const Model = load('backendless-coderunner/lib/server-code/model')
const model = Model.build(root, require(path.join(root, 'coderunner.json')).app.exclude)
const axios = load('axios')
const service = model.getService('GitHub')
if (!service) throw new Error('the model has no GitHub service (run npm run build)')

const TOKEN = 'gho_benchmark0123456789abcdefABCDEF0123'
const context = {
  configurationItems: [
    { name: 'clientId', value: 'Iv1.benchmark0000000' },
    { name: 'clientSecret', value: 'benchmark-client-secret' },
    { name: 'serverUrl', value: serverUrl },
  ],
  httpHeaders: { 'oauth-access-token': TOKEN },
  httpPath: '/get-authenticated-user',
  httpPathParams: {},
  httpQueryParams: {},
}
const headers = {
  Accept: 'application/vnd.github+json',
  Authorization: `Bearer ${TOKEN}`,
  'X-GitHub-Api-Version': '2022-11-28',
  'User-Agent': 'flowrunner-github-service/bench',
}
const url = `${serverUrl}/api/v3/user`

const viaService = async () => {
  const user = await service.invokeMethod('getAuthenticatedUser', context, [])
  if (!user || user.login !== 'octocat') throw new Error('unexpected result from the service')
}
const bare = async () => {
  const response = await axios.get(url, { headers })
  if (response.data.login !== 'octocat') throw new Error('unexpected result from the bare request')
}

async function time(run, count) {
  const out = []
  for (let i = 0; i < count; i++) {
    const started = process.hrtime.bigint()
    await run()
    out.push(Number(process.hrtime.bigint() - started) / 1e6)
  }
  return out
}

async function main() {
  await time(viaService, 100)
  await time(bare, 100)
  const results = []
  for (let round = 0; round < rounds; round++) {
    // Alternate which goes first, so neither always runs on a warmer process.
    const first = round % 2 === 0
    const a = await time(first ? viaService : bare, perRound)
    const b = await time(first ? bare : viaService, perRound)
    results.push(first ? { service: a, bare: b } : { service: b, bare: a })
  }
  Object.assign(console, quiet)
  process.stdout.write(`${JSON.stringify({ rounds: results })}\n`)
}

main().catch((error) => {
  Object.assign(console, quiet)
  process.stderr.write(`${error.stack ?? error}\n`)
  process.exit(1)
})
