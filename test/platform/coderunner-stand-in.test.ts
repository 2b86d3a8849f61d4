/**
 * The CodeRunner stand-in's own rules, in-process with a fake service host (the real CLI runs in
 * test/e2e/coderunner.test.ts): `npm start` needs no redis-server until debug or deploy is used, and
 * then a missing one says how to install it; the CLI's API answers only to the local app id and key;
 * a deployment zip cannot write outside its folder; the broker wants its password.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'
import { CodeRunnerStandIn, DISCOVERY_FILE, type Discovery } from '../../platform/coderunner/stand-in'
import { startRedisServer } from '../../platform/coderunner/redis-server'
import type { InvocationOutcome, ServiceHost } from '../../platform/service-host'
import { evidenceFile } from '../attack/harness/evidence'
import { temporaryDir, waitFor } from '../e2e/helpers/processes'
import { requireRedisServer } from '../e2e/helpers/redis'

const UPPER_UUID = /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/
const MISSING_REDIS = { PATH: '/nonexistent', REDIS_SERVER: '' }

/** Only what the stand-in uses of a ServiceHost: its name and its in-process invocation. */
function fakeHost(calls: string[]): ServiceHost {
  const host = {
    descriptor: { name: 'Notes' },
    invoke: async (method: string): Promise<InvocationOutcome> => {
      calls.push(method)
      return { ok: true, result: 'from the host', durationMs: 1 }
    },
  }
  return host as unknown as ServiceHost
}

const evidence = evidenceFile('coderunner-api')

let data: { path: string; remove(): Promise<void> }
let standIn: CodeRunnerStandIn
let calls: string[]
let discovery: Discovery

beforeEach(async () => {
  data = await temporaryDir('stand-in-')
  calls = []
  standIn = await CodeRunnerStandIn.start({ host: fakeHost(calls), dataDir: data.path, port: 0, env: MISSING_REDIS })
  discovery = JSON.parse(readFileSync(join(data.path, DISCOVERY_FILE), 'utf8')) as Discovery
})

afterEach(async () => {
  await standIn.close()
  await data.remove()
})

const api = (path: string, init: RequestInit = {}): Promise<Response> =>
  fetch(`${discovery.apiServer}/${discovery.appId}/${discovery.apiKey}/${path}`, init)

describe('the CodeRunner stand-in', () => {
  it('makes an upper-case UUID app id and API key, kept in files only their owner reads, and reused on the next start', async () => {
    expect(discovery.appId).toMatch(UPPER_UUID)
    expect(discovery.apiKey).toMatch(UPPER_UUID)
    expect(discovery.apiServer).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(statSync(join(data.path, DISCOVERY_FILE)).mode & 0o777).toBe(0o600)
    expect(statSync(join(data.path, 'coderunner-app.json')).mode & 0o777).toBe(0o600)
    await standIn.close()
    standIn = await CodeRunnerStandIn.start({ host: fakeHost(calls), dataDir: data.path, port: 0, env: MISSING_REDIS })
    const again = JSON.parse(readFileSync(join(data.path, DISCOVERY_FILE), 'utf8')) as Discovery
    expect(again).toMatchObject({ appId: discovery.appId, apiKey: discovery.apiKey })
  })

  it('runs invocations in-process without redis-server, and says how to install it once debug asks for the broker', async () => {
    expect(standIn.describe()).toMatchObject({ kind: 'in-process', label: 'in-process' })
    expect(await standIn.invoke('listNotes', [])).toMatchObject({ ok: true, result: 'from the host', runtime: 'in-process' })
    expect(calls).toEqual(['listNotes'])

    for (const [path, method] of [
      ['local/broker', 'POST'],
      ['servercode/registerRunner/JS', 'POST'],
    ] as const) {
      const response = await api(path, { method })
      expect(response.status).toBe(503)
      const body = (await response.json()) as { message: string }
      expect(body.message).toContain('redis-server was not found')
      expect(body.message).toContain('apt-get install -y redis-server')
    }
    expect(standIn.describe().kind).toBe('in-process')
  })

  it('answers the CLI only with the local app id and API key', async () => {
    const wrongKey = await fetch(
      `${discovery.apiServer}/${discovery.appId}/${'0'.repeat(8)}-0000-0000-0000-${'0'.repeat(12)}/servercode/registerRunner/JS`,
      {
        method: 'POST',
      },
    )
    expect(wrongKey.status).toBe(401)
    expect(await wrongKey.json()).toMatchObject({ code: 3064, message: expect.stringContaining('not the local platform') as unknown })
    const unknown = await api('servercode/somethingElse')
    expect(unknown.status).toBe(404)
    evidence.add({
      attack: 'a call to the local CodeRunner API (registerRunner) with a wrong API key',
      cases: '1',
      outcome: 'refused: HTTP 401, code 3064, no debug session registered',
    })
  })

  it('refuses a deployment whose zip would write outside its folder, and reports it on the status the CLI polls', async () => {
    // JSZip writes no "../" names: a same-length placeholder is swapped in the bytes (local header and central directory).
    const zip = new JSZip()
    zip.file('model.json', '{}')
    zip.file('zz/zz/escaped.js', 'module.exports = 1')
    const bytes = (await zip.generateAsync({ type: 'nodebuffer' })).toString('latin1').replaceAll('zz/zz/escaped.js', '../../escaped.js')
    const form = new FormData()
    form.append('model', 'default')
    form.append('code', new Blob([new Uint8Array(Buffer.from(bytes, 'latin1'))], { type: 'application/zip' }), 'code')
    const upload = await api('servercode/publishcode/async/JS', { method: 'POST', body: form })
    expect(upload.status).toBe(200)
    const deployId = (await upload.json()) as string
    const messages = await waitFor(async () => {
      const status = (await (await api(`servercode/publishcode/status/${deployId}?offset=0&pagesize=100`)).json()) as {
        level: string
        message: string
      }[]
      return status.some((message) => message.message.includes('Deploy finished')) ? status : undefined
    }, 'the deployment to finish')
    expect(messages).toContainEqual(
      expect.objectContaining({
        level: 'ERROR',
        message: 'Deploy failed: The zip entry "../../escaped.js" points outside the deployment folder.',
      }),
    )
    expect(existsSync(join(data.path, 'coderunner', 'escaped.js'))).toBe(false)
    expect(existsSync(join(data.path, 'escaped.js'))).toBe(false)
    expect(standIn.describe().kind).toBe('in-process')
    evidence.add({
      attack: 'a deployment zip with a "../../" entry (zip slip) uploaded through publishcode',
      cases: '1',
      outcome: 'deploy refused with the entry named on the status the CLI prints; nothing written outside the deployment folder',
    })
  })
})

describe('the message broker', () => {
  it('is redis-server on a loopback port, answering only with its password', async () => {
    requireRedisServer()
    const redis = await startRedisServer()
    const withPassword = redis.client('test')
    try {
      expect(redis.host).toBe('127.0.0.1')
      expect(await withPassword.ping()).toBe('PONG')
      expect(await withPassword.config('GET', 'save')).toEqual(['save', ''])
      expect(await withPassword.config('GET', 'appendonly')).toEqual(['appendonly', 'no'])
      const { Redis } = await import('ioredis')
      const anonymous = new Redis({ host: redis.host, port: redis.port, maxRetriesPerRequest: 0, lazyConnect: true })
      // The refusal also arrives as an 'error' event, which ioredis would print as unhandled.
      anonymous.on('error', () => undefined)
      await expect(anonymous.ping()).rejects.toThrow(/NOAUTH/)
      anonymous.disconnect()
    } finally {
      withPassword.disconnect()
      await redis.stop()
    }
  })
})
