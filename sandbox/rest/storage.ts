import { randomBytes } from 'node:crypto'

/**
 * The stand-in for GitHub's Actions storage: files (job logs) reached through a signed, expiring URL that GitHub's
 * API redirects to. Like Azure Blob storage, it needs no token, answers `Range: bytes=a-b` and `bytes=a-` with 206
 * and Content-Range, and 416 for a range past the end.
 * https://learn.microsoft.com/en-us/rest/api/storageservices/specifying-the-range-header-for-blob-service-operations
 */

export const STORAGE_PREFIX = '/_storage'
const TTL_MS = 60_000

export interface StoredAnswer {
  status: number
  headers: Record<string, string>
  body: Buffer
}

export class Storage {
  readonly #files = new Map<string, { bytes: Buffer; expires: number }>()

  constructor(
    private readonly serverUrl: string,
    private readonly now: () => number,
  ) {}

  /** Keeps `bytes` for a minute; returns the signed URL to fetch them. */
  put(bytes: Buffer): string {
    const key = randomBytes(16).toString('hex')
    this.#files.set(key, { bytes, expires: this.now() + TTL_MS })
    return `${this.serverUrl}${STORAGE_PREFIX}/${key}?sig=${randomBytes(8).toString('hex')}`
  }

  serve(rawPath: string, range: string | undefined): StoredAnswer {
    const key = rawPath.replace(/^\//, '')
    const file = this.#files.get(key)
    if (!file || file.expires < this.now()) {
      return {
        status: 403,
        headers: { 'Content-Type': 'application/xml' },
        body: Buffer.from('<Error><Code>AuthenticationFailed</Code></Error>'),
      }
    }
    const text = { 'Content-Type': 'text/plain; charset=utf-8', 'Accept-Ranges': 'bytes' }
    const wanted = /^bytes=(\d+)-(\d*)$/.exec(range ?? '')
    if (!wanted) return { status: 200, headers: text, body: file.bytes }
    const size = file.bytes.length
    const start = Number(wanted[1])
    const end = Math.min(wanted[2] ? Number(wanted[2]) : size - 1, size - 1)
    if (start >= size || end < start) return { status: 416, headers: { 'Content-Range': `bytes */${size}` }, body: Buffer.alloc(0) }
    return {
      status: 206,
      headers: { ...text, 'Content-Range': `bytes ${start}-${end}/${size}` },
      body: file.bytes.subarray(start, end + 1),
    }
  }
}
