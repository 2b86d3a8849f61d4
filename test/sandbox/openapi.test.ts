import { readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import {
  LOCK,
  OUTPUT,
  PINNED,
  countOperations,
  extract,
  fileFromTarball,
  pinnedTarball,
  sha256,
  type Lock,
} from '../../sandbox/openapi/extract'

/**
 * The committed GitHub REST description (sandbox/openapi/github-rest.json.gz) is what sandbox/openapi/extract.ts
 * makes of the pinned @octokit/openapi. With the pinned tarball in node_modules/.cache (the extract script leaves it
 * there; tests never download) this re-extracts and compares byte for byte, which proves provenance. Without it, the
 * test proves less: the committed file is unedited since its extraction (its sha256 is the recorded one) and names
 * the pinned package, version, integrity and source sha256 — i.e. it is consistent with the pin, not re-derived.
 */

const committed = gunzipSync(readFileSync(OUTPUT)).toString('utf8')
const lock = JSON.parse(readFileSync(LOCK, 'utf8')) as Lock

test('the committed description is unedited since its extraction and names the pinned source', () => {
  expect(sha256(committed)).toBe(lock.outputSha256)
  const description = JSON.parse(committed) as {
    'x-sandbox-source': unknown
    openapi: string
    paths: Record<string, Record<string, unknown>>
  }
  expect(description['x-sandbox-source']).toEqual(PINNED)
  expect(lock.source).toEqual(PINNED)
  expect(description.openapi).toBe('3.0.3')
  expect(countOperations(description)).toBe(lock.operations)
  expect(lock.operations).toBeGreaterThan(1000)
})

test('a fresh extraction from the pinned tarball equals the committed file (or, without the tarball, the pin is enforced)', async () => {
  const tarball = await pinnedTarball({ fetch: false })
  if (tarball) {
    expect(extract(fileFromTarball(tarball, PINNED.file)).json === committed).toBe(true)
  } else {
    // No tarball: at least the extraction refuses any source that is not the pinned one.
    expect(() => extract(Buffer.from('{"openapi":"3.0.3","paths":{}}'))).toThrow(/is not the pinned one/)
  }
})

test('the extraction refuses a source other than the pinned one', () => {
  const altered = committed.replace('"openapi":"3.0.3"', '"openapi":"3.0.4"')
  expect(() => extract(Buffer.from(altered))).toThrow(/sha256 .* is not the pinned one/)
})
