import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { gunzipSync, gzipSync } from 'node:zlib'

/**
 * GitHub's REST description for the sandbox, extracted from a pinned `@octokit/openapi`.
 *
 *   node --import tsx sandbox/openapi/extract.ts      # writes github-rest.json.gz and github-rest.lock.json
 *
 * Why not a devDependency: the package unpacks to ~440 MB (every GHES version, dereferenced copies), far too much for
 * every `npm ci`. The script fetches the one tarball with `npm pack` (the ordinary npm client, into
 * node_modules/.cache), checks it against the pinned integrity, reads `generated/api.github.com.json` out of it and
 * writes it minified with its provenance. All 1,200-odd operations are kept: gzipped it is under 1 MB, and keeping
 * everything is what lets a new read action work against the sandbox with no sandbox change.
 *
 * test/sandbox/openapi.test.ts proves the committed file is what this script produces.
 */

export const PINNED = {
  name: '@octokit/openapi',
  version: '23.0.2',
  integrity: 'sha512-pV8M7L9GY23AybNvTmo2nyjmpmnt6+2sRE/tqr0ZLQcPS4lnw7u5eZGNmwRNkBC3D7gZXbFx5AHzLUVRBXGDhg==',
  file: 'package/generated/api.github.com.json',
  /** sha256 of `generated/api.github.com.json` inside that tarball. */
  sourceSha256: '829b4bebb19a53133289f7b0bc819f4f1118115821db2ca9f25e9ee995a7da2a',
} as const

const ROOT = join(__dirname, '..', '..')
export const OUTPUT = join(__dirname, 'github-rest.json.gz')
export const LOCK = join(__dirname, 'github-rest.lock.json')
export const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'sandbox-openapi')
export const TARBALL = join(CACHE_DIR, `octokit-openapi-${PINNED.version}.tgz`)
const NPM_TIMEOUT_MS = 120_000

export interface Lock {
  source: { name: string; version: string; integrity: string; file: string; sourceSha256: string }
  /** sha256 of the uncompressed extraction: a hand edit of the committed file shows as a mismatch. */
  outputSha256: string
  operations: number
}

export const sha256 = (bytes: Buffer | string): string => createHash('sha256').update(bytes).digest('hex')

/** Checks a downloaded tarball against the pinned npm integrity (sha512). */
export function checkIntegrity(tarball: Buffer): void {
  const actual = `sha512-${createHash('sha512').update(tarball).digest('base64')}`
  if (actual !== PINNED.integrity) throw new Error(`${PINNED.name}@${PINNED.version}: integrity ${actual} is not the pinned one`)
}

/** One file out of a .tgz (ustar; pax extended headers skipped): a few lines instead of a tar dependency. */
export function fileFromTarball(tarball: Buffer, wanted: string): Buffer {
  const tar = gunzipSync(tarball)
  let offset = 0
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512)
    if (header.every((byte) => byte === 0)) break
    const field = (start: number, length: number): string =>
      header
        .subarray(start, start + length)
        .toString('utf8')
        .replace(/\0.*$/s, '')
    const prefix = field(345, 155)
    const name = prefix ? `${prefix}/${field(0, 100)}` : field(0, 100)
    const size = parseInt(field(124, 12).trim() || '0', 8)
    const type = field(156, 1)
    const body = offset + 512
    if ((type === '0' || type === '') && name === wanted) return Buffer.from(tar.subarray(body, body + size))
    offset = body + Math.ceil(size / 512) * 512
  }
  throw new Error(`${wanted} is not in the tarball`)
}

export function countOperations(description: { paths: Record<string, Record<string, unknown>> }): number {
  const verbs = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options'])
  return Object.values(description.paths).reduce((sum, item) => sum + Object.keys(item).filter((key) => verbs.has(key)).length, 0)
}

/** The extraction itself: deterministic (JSON re-serialised minified, provenance first). */
export function extract(source: Buffer): { json: string; lock: Lock } {
  const sourceSha256 = sha256(source)
  if (sourceSha256 !== PINNED.sourceSha256) throw new Error(`${PINNED.file}: sha256 ${sourceSha256} is not the pinned one`)
  const description = JSON.parse(source.toString('utf8')) as { paths: Record<string, Record<string, unknown>> }
  const json = JSON.stringify({ 'x-sandbox-source': { ...PINNED }, ...description })
  return { json, lock: { source: { ...PINNED }, outputSha256: sha256(json), operations: countOperations(description) } }
}

/** The pinned tarball from the cache, fetched with `npm pack` when missing and `fetch` is allowed. */
export async function pinnedTarball(options: { fetch: boolean }): Promise<Buffer | undefined> {
  const cached = await readFile(TARBALL).catch(() => undefined)
  if (cached) {
    checkIntegrity(cached)
    return cached
  }
  if (!options.fetch) return undefined
  await mkdir(CACHE_DIR, { recursive: true })
  await promisify(execFile)('npm', ['pack', `${PINNED.name}@${PINNED.version}`, '--pack-destination', CACHE_DIR, '--silent'], {
    cwd: ROOT,
    timeout: NPM_TIMEOUT_MS,
    maxBuffer: 10 * 1024 * 1024,
  })
  const fetched = await readFile(TARBALL)
  checkIntegrity(fetched)
  return fetched
}

async function main(): Promise<void> {
  const tarball = await pinnedTarball({ fetch: true })
  if (!tarball) throw new Error('no tarball')
  const { json, lock } = extract(fileFromTarball(tarball, PINNED.file))
  // level 9 and Node's fixed gzip header (no name, mtime 0) keep the bytes the same from run to run.
  await writeFile(OUTPUT, gzipSync(json, { level: 9 }))
  await writeFile(LOCK, `${JSON.stringify(lock, null, 2)}\n`)
  process.stdout.write(`${OUTPUT}: ${lock.operations} operations, ${json.length} bytes (${PINNED.name}@${PINNED.version})\n`)
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  })
}
