// @ts-check
'use strict'

/**
 * Loaded into the CodeRunner CLI by `npm run deploy` (`node --require`), and by the benchmark that
 * measures what it uploads. The CLI's publisher (lib/server-code/publisher.js) zips the deployment
 * with JSZip's default method, STORE, so the upload carries CodeRunner's model.json (the contract,
 * twice over) and the service file's JSDoc uncompressed: 2.6 MiB where the same files deflated are
 * 0.4 MiB, against a server that refuses deployments over its code size limit (error 11007). This
 * makes DEFLATE (method 8 of the zip format, which every unzip reads) the default of the CLI's
 * JSZip for this process; an explicit `compression` option still wins. It fails loudly when the
 * CLI no longer zips with a JSZip it can reach, rather than let the deploy upload a stored zip.
 */

const path = require('node:path')

const PROJECT_ROOT = path.resolve(__dirname, '..')
const cli = path.dirname(require.resolve('backendless-coderunner/package.json', { paths: [PROJECT_ROOT] }))
/** The JSZip the CLI's publisher requires: resolved from the CLI's folder, as its own require would. */
const JSZip = require(require.resolve('jszip', { paths: [cli] }))
const generate = JSZip.prototype.generateAsync

if (typeof generate !== 'function') {
  throw new Error("deflate-deploy-zip: the CodeRunner CLI's JSZip has no generateAsync; the deploy zip would not be deflated.")
}

/** @this {unknown} @param {Record<string, unknown>} [options] @param {unknown[]} rest */
JSZip.prototype.generateAsync = function generateDeflated(options = {}, ...rest) {
  return generate.call(this, { compression: 'DEFLATE', compressionOptions: { level: 9 }, ...options }, ...rest)
}

/** The CLI's JSZip, patched: the benchmark zips with it exactly as the publisher does. */
module.exports = { JSZip }
