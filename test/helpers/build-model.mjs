// Builds the CodeRunner model of the project the way `coderunner deploy` does, outside Jest
// (under Jest the builder silently finds nothing), and writes its JSON to the path in argv[2].
// Usage: node test/attack/harness/build-model.mjs <out.json> [projectRoot]
import { writeFileSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'

const [out, rootArgument] = process.argv.slice(2)
const root = resolve(rootArgument ?? process.cwd())
const require = createRequire(resolve(root, 'package.json'))
require('backendless-coderunner/lib')
const Model = require('backendless-coderunner/lib/server-code/model')
const { app } = JSON.parse(readFileSync(resolve(root, 'coderunner.json'), 'utf8'))
process.chdir(root)
const model = Model.build(root, app.exclude)
writeFileSync(out, JSON.stringify(model))
