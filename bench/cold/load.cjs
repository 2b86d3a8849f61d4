// One cold start, in a fresh Node process: `node bench/cold/load.cjs <what>` prints
// {"loadMs":…,"sinceStartMs":…} where loadMs is the time the require took and sinceStartMs
// the time from process start (performance.timeOrigin) until it was done.
//   node     nothing (Node's own start)
//   axios    require('axios') — the service's HTTP client alone
//   service  require('dist/GitHub.js') and its registration through a ServerCode stand-in:
//            in a CodeRunner worker the Backendless SDK is already loaded, so it is not counted
'use strict'
const path = require('node:path')
const Module = require('node:module')

const what = process.argv[2]
const root = path.resolve(__dirname, '..', '..')
let registered = null

if (what === 'service') {
  const sdkPath = require.resolve('backendless', { paths: [root] })
  const stub = new Module(sdkPath)
  stub.filename = sdkPath
  stub.loaded = true
  class ServerCodeError extends Error {
    constructor(code, message, httpStatusCode) {
      super(message)
      this.code = code
      this.httpStatusCode = httpStatusCode
    }
  }
  stub.exports = {
    ServerCode: {
      Error: ServerCodeError,
      addService(service, configItems) {
        registered = { service, configItems }
        return service
      },
    },
  }
  require.cache[sdkPath] = stub
}

const started = performance.now()
if (what === 'axios') require(require.resolve('axios', { paths: [root] }))
if (what === 'service') require(path.join(root, 'dist', 'GitHub.js'))
const done = performance.now()

if (what === 'service' && (!registered || typeof registered.service !== 'function')) {
  process.stderr.write('the service did not register\n')
  process.exit(1)
}
process.stdout.write(`${JSON.stringify({ loadMs: done - started, sinceStartMs: done })}\n`)
