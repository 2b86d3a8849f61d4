// The zip `npm run deploy` uploads, made offline with the CLI publisher's own rules
// (backendless-coderunner/lib/server-code/publisher.js): model.json, the code root minus
// coderunner.json's app.exclude, plus node_modules/<dep>/** for every runtime dependency and
// theirs, generated as the publisher generates it under scripts/deflate-deploy-zip.cjs (deflated),
// beside the same files as the CLI alone zips them (stored). "uploaded" is this project's zip
// (axios is bundled into dist/http/axios.js by `npm run build`, so there is no runtime dependency);
// "withNodeModules" is the same zip with axios and its dependencies from node_modules, as a project
// that lists axios as a runtime dependency uploads it. The service must load and answer from the
// unpacked uploaded zip.
// Usage: node bench/deploy.cjs <out-dir>   → prints JSON.
'use strict'
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')
const http = require('node:http')
const { execFileSync } = require('node:child_process')

const root = path.resolve(__dirname, '..')
const outDir = path.resolve(process.argv[2] ?? path.join(root, 'build', 'deploy'))
const load = (id) => require(require.resolve(id, { paths: [root] }))
// What `npm run deploy` loads into the CLI: the CLI's JSZip, which then deflates by default.
const { JSZip } = require('../scripts/deflate-deploy-zip.cjs')

const PROJECT_EXCLUDES = JSON.parse(fs.readFileSync(path.join(root, 'coderunner.json'), 'utf8')).app.exclude ?? []
const RUNTIME_DEPENDENCIES = Object.keys(JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).dependencies ?? {})

function dependencyPatterns(dependencies) {
  const out = []
  const add = (name) => {
    const pattern = `node_modules/${name}/**`
    if (name === 'backendless-coderunner' || out.includes(pattern)) return
    out.push(pattern)
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8'))
      Object.keys(pkg.dependencies ?? {}).forEach(add)
    } catch {
      // not hoisted: the publisher skips it too
    }
  }
  dependencies.forEach(add)
  return out
}

async function buildZip(model, dependencies) {
  const file = load('backendless-coderunner/lib/util/file')
  const patterns = ['**', '!node_modules/**', '!deploy.zip', ...dependencyPatterns(dependencies), ...PROJECT_EXCLUDES.map((p) => `!${p}`)]
  const zip = new JSZip()
  zip.file('model.json', JSON.stringify(model))
  const entries = []
  for (const item of file.expand(patterns)) {
    if (fs.statSync(item).isDirectory()) {
      zip.folder(item)
    } else {
      const bytes = fs.readFileSync(item)
      zip.file(item, bytes)
      entries.push({ path: item, bytes: bytes.length })
    }
  }
  // The publisher's own call: deflated under the preload, as uploaded; and as the CLI alone would upload it.
  const buffer = await zip.generateAsync({ type: 'nodebuffer' })
  const storedBuffer = await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' })
  return { buffer, storedBuffer, entries }
}

function summarise({ buffer, storedBuffer, entries }) {
  const byPackage = {}
  for (const entry of entries) {
    const match = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(entry.path)
    const key = match ? match[1] : entry.path.split('/')[0]
    byPackage[key] = (byPackage[key] ?? 0) + entry.bytes
  }
  return {
    zipBytes: buffer.length,
    // The CLI's publisher calls generateAsync without compression options: on its own, JSZip STOREs.
    storedZipBytes: storedBuffer.length,
    files: entries.length,
    unpackedBytes: entries.reduce((sum, entry) => sum + entry.bytes, 0),
    largestFiles: [...entries].sort((a, b) => b.bytes - a.bytes).slice(0, 12),
    byPackage: Object.entries(byPackage)
      .sort((a, b) => b[1] - a[1])
      .map(([name, bytes]) => ({ name, bytes })),
  }
}

/** Unpacks the zip and runs Get Authenticated User from it against a loopback server. */
async function verify(buffer) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deploy-check-'))
  try {
    const zip = await JSZip.loadAsync(buffer)
    for (const [name, entry] of Object.entries(zip.files)) {
      const target = path.join(dir, name)
      if (entry.dir) fs.mkdirSync(target, { recursive: true })
      else {
        fs.mkdirSync(path.dirname(target), { recursive: true })
        fs.writeFileSync(target, await entry.async('nodebuffer'))
      }
    }
    const server = http.createServer((request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(JSON.stringify({ login: 'octocat', id: 1, path: request.url }))
    })
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const serverUrl = `http://127.0.0.1:${server.address().port}`
      // A stand-in for the SDK CodeRunner provides; everything else must come from the zip.
      const probe = `
        const Module = require('module')
        const original = Module._resolveFilename
        Module._resolveFilename = function (request, ...rest) {
          if (request === 'backendless') return 'backendless-stub'
          return original.call(this, request, ...rest)
        }
        require.cache['backendless-stub'] = { id: 'backendless-stub', filename: 'backendless-stub', loaded: true, exports: {
          ServerCode: { Error: class extends Error { constructor (c, m, s) { super(m); this.code = c; this.httpStatusCode = s } },
            addService (service) { globalThis.registered = service } } } }
        require('./dist/GitHub.js')
        const service = new globalThis.registered()
        service.config = { clientId: 'x', clientSecret: 'y', serverUrl: ${JSON.stringify(serverUrl)}, scopes: 'repo' }
        service.request = { headers: { 'oauth-access-token': 'gho_deploycheck0123456789' } }
        service.getAuthenticatedUser().then((user) => { process.stdout.write(JSON.stringify(user)) }, (error) => { console.error(error); process.exit(1) })
      `
      const out = await new Promise((resolve, reject) => {
        require('node:child_process').execFile(
          process.execPath,
          ['-e', probe],
          { cwd: dir, env: { ...process.env, NODE_PATH: '' } },
          (error, stdout, stderr) => (error ? reject(new Error(stderr || error.message)) : resolve(stdout)),
        )
      })
      const user = JSON.parse(out)
      return user.login === 'octocat' && user.path === '/api/v3/user'
    } finally {
      server.close()
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

async function main() {
  process.chdir(root)
  const quiet = { log: console.log, warn: console.warn, error: console.error }
  console.log = console.warn = console.error = () => undefined
  load('backendless-coderunner/lib')
  const Model = load('backendless-coderunner/lib/server-code/model')
  const model = Model.build(root, JSON.parse(fs.readFileSync(path.join(root, 'coderunner.json'), 'utf8')).app.exclude)
  Object.assign(console, quiet)
  if (model.errors.length) throw new Error(`model errors: ${JSON.stringify(model.errors)}`)
  const uploaded = await buildZip(model, RUNTIME_DEPENDENCIES)
  const withNodeModules = await buildZip(model, [...new Set([...RUNTIME_DEPENDENCIES, 'axios'])])
  fs.mkdirSync(outDir, { recursive: true })
  fs.writeFileSync(path.join(outDir, 'deploy.zip'), uploaded.buffer)
  // The contract alone: the descriptor CodeRunner zips (model.json) and the JSDoc of the service file it is read from.
  // Both grow with every operation's metadata (descriptions, parameters, samples), whatever the code weighs.
  const jsdocBytes = (fs.readFileSync(path.join(root, 'dist', 'GitHub.js'), 'utf8').match(/\/\*\*[\s\S]*?\*\//g) ?? []).reduce(
    (sum, block) => sum + Buffer.byteLength(block),
    0,
  )
  const contract = { modelBytes: Buffer.byteLength(JSON.stringify(model)), jsdocBytes }
  const result = {
    uploaded: {
      ...summarise(uploaded),
      contract,
      runtimeDependencies: RUNTIME_DEPENDENCIES,
      works: await verify(uploaded.buffer),
    },
    withNodeModules: summarise(withNodeModules),
    gitCommit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root }).toString().trim(),
  }
  process.stdout.write(`${JSON.stringify(result)}\n`)
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`)
  process.exit(1)
})
