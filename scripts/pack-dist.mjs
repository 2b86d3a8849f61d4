// The last step of `npm run build`: makes dist/ small enough to deploy (CodeRunner uploads the zip uncompressed).
// 1. dist/http/axios.js (the service's one import of axios) becomes a minified bundle of axios and the packages it
//    needs, so a deployment carries one file instead of node_modules/axios and its dependencies. form-data is
//    replaced by a stub (scripts/bundle/form-data.cjs): the service sends no multipart bodies. dist/github/sealed-box.js
//    (the one import of tweetnacl and @noble/hashes, for Actions secrets) is bundled the same way.
// 2. Every other compiled file loses its whitespace and comments (names are kept, so stack traces still read),
//    except dist/GitHub.js: CodeRunner builds the service's model from that file's JSDoc.
// esbuild is the bundler tsx already runs on; axios' licence comments are kept at the end of its bundle.
import { build, transform } from 'esbuild'
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { dirname, join } from 'node:path'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const dist = join(root, 'dist')
const bundled = [join(dist, 'http', 'axios.js'), join(dist, 'github', 'sealed-box.js')]
const contract = join(dist, 'GitHub.js')

for (const file of bundled) {
  await build({
    entryPoints: [file],
    outfile: file,
    allowOverwrite: true,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: true,
    legalComments: 'eof',
    alias: { 'form-data': join(root, 'scripts', 'bundle', 'form-data.cjs') },
    logLevel: 'warning',
  })
}

const files = (dir) =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]))
for (const file of files(dist).filter((path) => path.endsWith('.js') && path !== contract && !bundled.includes(path))) {
  const { code } = await transform(readFileSync(file, 'utf8'), {
    loader: 'js',
    format: 'cjs',
    target: 'node20',
    minifyWhitespace: true,
    minifySyntax: true,
  })
  writeFileSync(file, code)
}
