import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { coderunnerScript, SCRIPTS, type Settings } from './scripts'

const { readSettings, cliArguments, redactor, isFailure, messageOf, writePrivateConfig, parseOptions } = coderunnerScript

const APP_ID = '0A1B2C3D-4E5F-6071-8293-A4B5C6D7E8F9'
const API_KEY = 'F1E2D3C4-B5A6-9788-6950-4A3B2C1D0E0F'
const FAKE_CLI = join(__dirname, 'fixtures', 'fake-coderunner.js')

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

let workDir: string
beforeEach(() => {
  workDir = mkdtempSync(join(tmpdir(), 'coderunner-'))
})
afterEach(() => rmSync(workDir, { recursive: true, force: true }))

const file = (name: string) => join(workDir, name)

/** The environment of a run: nothing inherited that could configure Backendless, the fake CLI, a preflight that records it ran. */
function environment(overrides: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env }
  for (const name of Object.keys(env)) if (name.startsWith('BACKENDLESS_') || name.startsWith('CODERUNNER_')) delete env[name]
  return {
    ...env,
    // Where a local platform would leave coderunner-local.json: none unless a test writes one.
    PLATFORM_DATA_DIR: workDir,
    CODERUNNER_ENV_FILE: file('missing.env'),
    CODERUNNER_CLI: FAKE_CLI,
    CODERUNNER_PREFLIGHT: JSON.stringify([
      process.execPath,
      '-e',
      `require('fs').writeFileSync(${JSON.stringify(file('preflight'))}, 'ran')`,
    ]),
    FAKE_CLI_RECORD: file('cli-args.json'),
    ...overrides,
  }
}

function start(command: string, overrides: Record<string, string | undefined>) {
  const child = spawn(process.execPath, [join(SCRIPTS, 'coderunner.js'), command], { env: environment(overrides) })
  const run: Run = { code: null, stdout: '', stderr: '' }
  child.stdout.on('data', (chunk: Buffer) => (run.stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (run.stderr += chunk.toString()))
  const done = new Promise<Run>((resolve) => child.on('close', (code) => resolve({ ...run, code })))
  return { child, run, done }
}

const execute = (command: string, overrides: Record<string, string | undefined>) => start(command, overrides).done

const configured = { BACKENDLESS_APP_ID: APP_ID, BACKENDLESS_API_KEY: API_KEY }
interface CliRecord {
  args: string[]
  app: { id: string; apiKey: string }
  configMode: number | null
}
const cliRecord = () => JSON.parse(readFileSync(file('cli-args.json'), 'utf8')) as CliRecord
const cliArgs = () => cliRecord().args
const CONFIG_FILE = expect.stringMatching(/coderunner\.json$/) as unknown as string
const cliRan = () => existsSync(file('cli-args.json'))
const preflightRan = () => existsSync(file('preflight'))

async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/** Alive and not a zombie (a killed process may linger as a zombie when PID 1 does not reap). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch {
    return false
  }
  const stat = `/proc/${pid}/stat`
  return !existsSync(stat) || !/^\d+ \(.*\) Z/.test(readFileSync(stat, 'utf8'))
}

describe('npm run deploy / debug without the Backendless settings', () => {
  it.each(['deploy', 'debug'])(
    '%s uses the local platform, and when it is not running says to start it or configure Backendless',
    async (command) => {
      const result = await execute(command, {})
      expect(result.code).toBe(2)
      expect(result.stderr).toContain('the local platform is not running')
      expect(result.stderr).toContain('Start it with "npm start" in another terminal')
      expect(result.stderr).toContain('set BACKENDLESS_APP_ID and BACKENDLESS_API_KEY')
      expect(result.stderr).toContain('Backendless Console → Manage → App Settings')
      expect(preflightRan()).toBe(false)
      expect(cliRan()).toBe(false)
    },
  )

  it('still lists what is missing when only half of the Backendless settings is there', async () => {
    const result = await execute('deploy', { BACKENDLESS_APP_ID: APP_ID })
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('BACKENDLESS_API_KEY is not set')
    expect(result.stderr).toContain('pass --local')
    expect(cliRan()).toBe(false)
  })

  it('refuses an app id that is not the console’s upper-case UUID before running anything', async () => {
    const result = await execute('deploy', { ...configured, BACKENDLESS_APP_ID: APP_ID.toLowerCase() })
    expect(result.code).not.toBe(0)
    expect(result.stderr).toContain('BACKENDLESS_APP_ID must be the Application ID: an upper-case UUID')
    expect(preflightRan()).toBe(false)
    expect(cliRan()).toBe(false)
  })
})

describe('npm run deploy', () => {
  it('reads .env, builds and validates first, runs the CLI with the app id, key and API server, and exits 0 on success', async () => {
    writeFileSync(
      file('.env'),
      `BACKENDLESS_APP_ID=${APP_ID}\nBACKENDLESS_API_KEY=${API_KEY}\nBACKENDLESS_API_SERVER=https://eu-api.backendless.com/\n`,
    )
    const result = await execute('deploy', { CODERUNNER_ENV_FILE: file('.env'), FAKE_CLI_MODE: 'deploy-ok' })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(preflightRan()).toBe(true)
    expect(cliArgs()).toEqual(['deploy', '-c', CONFIG_FILE, '--api-server', 'https://eu-api.backendless.com', '-q', '--keep-zip'])
    expect(cliRecord().app).toEqual({ id: APP_ID, apiKey: API_KEY })
    expect(cliRecord().configMode).toBe(0o600)
    expect(existsSync(cliArgs()[2] ?? '')).toBe(false)
    expect(result.stdout).toContain('Zip File has been published')
    expect(result.stdout).toContain('Deployed.')
    expect(result.stdout).not.toContain(API_KEY)
    expect(result.stdout).toContain('"apiKey": "[REDACTED]"')
  })

  it('never prints the API key and exits 1 when the CLI reports a failure but exits 0', async () => {
    const result = await execute('deploy', { ...configured, FAKE_CLI_MODE: 'deploy-fail' })
    expect(result.code).toBe(1)
    const output = result.stdout + result.stderr
    expect(output).not.toContain(API_KEY)
    expect(output).not.toContain(API_KEY.toLowerCase())
    expect(result.stdout).toContain('"apiKey": "[REDACTED]"')
    expect(result.stderr).toContain(`/${APP_ID}/[REDACTED]/servercode/publishcode`)
    expect(result.stderr).toMatch(/deploy failed: Unable to publish model\./)
  })

  it('redacts the key even when it arrives split across two writes', async () => {
    const result = await execute('deploy', { ...configured, FAKE_CLI_MODE: 'split-key' })
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('key [REDACTED] in two writes')
    expect(result.stdout).not.toContain(API_KEY.slice(9))
  })

  it('exits 1 when the CLI ends without reporting the publication', async () => {
    const result = await execute('deploy', { ...configured, FAKE_CLI_MODE: 'silent' })
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('without reporting "Zip File has been published"')
  })

  it('exits 1 when the CLI itself exits non-zero', async () => {
    const result = await execute('deploy', { ...configured, FAKE_CLI_MODE: 'crash' })
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('the CodeRunner CLI ended with exit code 3')
  })

  it('stops before the CLI when the build or the validation fails', async () => {
    const result = await execute('deploy', {
      ...configured,
      FAKE_CLI_MODE: 'deploy-ok',
      CODERUNNER_PREFLIGHT: JSON.stringify([process.execPath, '-e', 'process.exit(1)']),
    })
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('Stopped before deploy: the build or the validation failed')
    expect(cliRan()).toBe(false)
  })
})

describe('npm run debug', () => {
  it('passes the message broker, and on a failed start stops the hanging CLI and its workers and exits 1', async () => {
    const started = Date.now()
    const result = await execute('debug', { ...configured, FAKE_CLI_MODE: 'debug-hang', FAKE_CLI_WORKER_PID: file('worker.pid') })
    expect(result.code).toBe(1)
    expect(Date.now() - started).toBeLessThan(5000)
    expect(cliArgs()).toEqual([
      'debug',
      '-c',
      CONFIG_FILE,
      '--api-server',
      'https://api.backendless.com',
      '--msg-broker-host',
      'cl.backendless.com',
      '--msg-broker-port',
      '6379',
    ])
    expect(result.stderr).toContain('debug failed: Unable to register Runner. connect ECONNREFUSED 127.0.0.1:9')
    expect(result.stderr).toContain('The Backendless API server could not be reached')
    const worker = Number(readFileSync(file('worker.pid'), 'utf8'))
    await waitFor(() => !isAlive(worker), 2000)
  })

  it('forwards Ctrl+C to the CLI and exits 0', async () => {
    const { child, run, done } = start('debug', { ...configured, FAKE_CLI_MODE: 'debug-running' })
    await waitFor(() => run.stdout.includes('Runner successfully registered'))
    child.kill('SIGINT')
    const result = await done
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('Termination signal received. Shutting down.. SIGINT')
    expect(result.stderr).toContain('debug stopped.')
  })
})

describe('npm run deploy / debug against the local platform', () => {
  const LOCAL_APP = { appId: '11111111-2222-4333-8444-555555555555', apiKey: 'AAAAAAAA-BBBB-4CCC-8DDD-EEEEEEEEEEEE' }
  const BROKER_PASSWORD = 'b'.repeat(48)
  let platform: Server
  let apiServer: string
  let answer: { status: number; body: unknown }
  let requests: { path: string; body: string }[]

  beforeEach(async () => {
    requests = []
    answer = { status: 200, body: { host: '127.0.0.1', port: 6390, password: BROKER_PASSWORD } }
    // Stands in for platform/coderunner/stand-in.ts: the broker route scripts/coderunner.js calls.
    platform = createServer((request, response) => {
      let body = ''
      request.on('data', (chunk: Buffer) => (body += chunk.toString()))
      request.on('end', () => {
        requests.push({ path: request.url ?? '', body })
        response.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body))
      })
    })
    await new Promise<void>((ready) => platform.listen(0, '127.0.0.1', () => ready()))
    apiServer = `http://127.0.0.1:${(platform.address() as AddressInfo).port}`
    writeFileSync(file('coderunner-local.json'), JSON.stringify({ ...LOCAL_APP, apiServer }))
  })
  afterEach(() => new Promise<void>((done) => platform.close(() => done())))

  it('deploys to the local platform with its app id, key and API server when no Backendless app is configured', async () => {
    const result = await execute('deploy', { FAKE_CLI_MODE: 'deploy-ok' })
    expect(result.code).toBe(0)
    expect(requests).toEqual([{ path: `/${LOCAL_APP.appId}/${LOCAL_APP.apiKey}/local/broker`, body: '{"inspect":false}' }])
    expect(cliArgs()).toEqual(['deploy', '-c', CONFIG_FILE, '--api-server', apiServer, '-q', '--keep-zip'])
    expect(cliRecord().app).toEqual({ id: LOCAL_APP.appId, apiKey: LOCAL_APP.apiKey })
    expect(result.stdout).toContain('against the LOCAL platform')
    expect(result.stdout).not.toContain(LOCAL_APP.apiKey)
    expect(result.stdout).not.toContain(BROKER_PASSWORD)
  })

  it('--local sends the CLI to the local platform even when a Backendless app is configured', async () => {
    const child = spawn(process.execPath, [join(SCRIPTS, 'coderunner.js'), 'debug', '--local'], {
      env: environment({ ...configured, FAKE_CLI_MODE: 'debug-running' }),
    })
    let stdout = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    await waitFor(() => stdout.includes('Runner successfully registered'))
    child.kill('SIGINT')
    await new Promise((closed) => child.on('close', closed))
    expect(cliArgs()).toEqual([
      'debug',
      '-c',
      CONFIG_FILE,
      '--api-server',
      apiServer,
      '--msg-broker-host',
      '127.0.0.1',
      '--msg-broker-port',
      '6390',
    ])
    const { config } = cliRecord() as CliRecord & { config: { backendless: { msgBroker: { password: string } } } }
    expect(config.backendless.msgBroker.password).toBe(BROKER_PASSWORD)
    expect(cliArgs().join(' ')).not.toContain(BROKER_PASSWORD)
    expect(stdout).toContain('Connecting to the message broker with password [REDACTED]')
    expect(stdout).not.toContain(BROKER_PASSWORD)
  })

  it('advises about the local platform, not Backendless, when the CLI cannot reach it', async () => {
    const result = await execute('debug', { FAKE_CLI_MODE: 'debug-hang', FAKE_CLI_WORKER_PID: file('worker.pid') })
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('debug failed: Unable to register Runner. connect ECONNREFUSED')
    expect(result.stderr).toContain('The local platform stopped answering: is "npm start" still running?')
    expect(result.stderr).not.toContain('BACKENDLESS_API_SERVER')
  })

  it('passes on why the local platform could not start the broker (redis-server missing), before building anything', async () => {
    answer = {
      status: 503,
      body: { code: 0, message: 'redis-server was not found (not on PATH). Install it with: sudo apt-get install -y redis-server' },
    }
    const result = await execute('debug', {})
    expect(result.code).toBe(2)
    expect(result.stderr).toContain("could not start CodeRunner's message broker: redis-server was not found")
    expect(result.stderr).toContain('apt-get install -y redis-server')
    expect(preflightRan()).toBe(false)
    expect(cliRan()).toBe(false)
  })

  it('says the platform stopped when its discovery file is left but nothing answers', async () => {
    await new Promise<void>((done) => platform.close(() => done()))
    const result = await execute('deploy', {})
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(`the local platform does not answer at ${apiServer}`)
    expect(result.stderr).toContain('is "npm start" still running?')
  })
})

describe('the deploy zip preload (scripts/deflate-deploy-zip.cjs)', () => {
  it("makes the CLI's JSZip deflate by default, and leaves an explicit choice alone", async () => {
    // The CLI's publisher calls generateAsync({ type: 'nodebuffer' }); first entry's method at offset 8 (0 stored, 8 deflated).
    const probe = `
      const path = require('node:path')
      const cli = path.dirname(require.resolve('backendless-coderunner/package.json'))
      const JSZip = require(require.resolve('jszip', { paths: [cli] }))
      const zip = new JSZip()
      zip.file('model.json', JSON.stringify({ text: 'contract '.repeat(20000) }))
      Promise.all([zip.generateAsync({ type: 'nodebuffer' }), zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' })])
        .then(([published, stored]) => process.stdout.write(JSON.stringify([published.readUInt16LE(8), published.length, stored.readUInt16LE(8), stored.length])))`
    const run = (preload: string[]) =>
      new Promise<number[]>((resolve, reject) => {
        const child = spawn(process.execPath, [...preload, '-e', probe], { cwd: join(SCRIPTS, '..') })
        let out = ''
        child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')))
        child.on('error', reject)
        child.on('close', () => resolve(JSON.parse(out) as number[]))
      })
    const [method, size, storedMethod, storedSize] = await run(['--require', join(SCRIPTS, 'deflate-deploy-zip.cjs')])
    expect([method, storedMethod]).toEqual([8, 0])
    expect(size).toBeLessThan((storedSize ?? 0) / 10)
    // Without it, the CLI's zip is stored.
    expect((await run([]))[0]).toBe(0)
  })
})

describe('the pieces', () => {
  const settings: Settings = {
    appId: APP_ID,
    apiKey: API_KEY,
    apiServer: 'https://api.backendless.com',
    brokerHost: 'cl.backendless.com',
    brokerPort: '6379',
  }

  it('reads the settings with their defaults and lists every problem', () => {
    expect(readSettings({ BACKENDLESS_APP_ID: APP_ID, BACKENDLESS_API_KEY: API_KEY })).toEqual({ settings })
    expect(
      readSettings({ BACKENDLESS_APP_ID: ` ${APP_ID} `, BACKENDLESS_API_KEY: API_KEY, BACKENDLESS_MSG_BROKER_HOST: 'eu-cl.example' }),
    ).toEqual({
      settings: { ...settings, brokerHost: 'eu-cl.example' },
    })
    expect(readSettings({ BACKENDLESS_API_KEY: 'secret', BACKENDLESS_API_SERVER: 'api.backendless.com' })).toEqual({
      problems: [
        'BACKENDLESS_APP_ID is not set (the Application ID).',
        'BACKENDLESS_API_KEY must be the CodeRunner API key: an upper-case UUID, as the console shows it.',
        'BACKENDLESS_API_SERVER must be the API server URL, e.g. https://api.backendless.com or https://eu-api.backendless.com.',
      ],
    })
  })

  it('builds the CLI arguments of each command, with the credentials in a config file rather than on the command line', () => {
    const deploy = cliArguments('deploy', settings, '/tmp/x/coderunner.json')
    expect(deploy).toEqual(['deploy', '-c', '/tmp/x/coderunner.json', '--api-server', settings.apiServer, '-q', '--keep-zip'])
    expect(deploy.join(' ')).not.toContain(API_KEY)
    expect(cliArguments('debug', settings, '/tmp/x/coderunner.json').slice(-4)).toEqual([
      '--msg-broker-host',
      'cl.backendless.com',
      '--msg-broker-port',
      '6379',
    ])
  })

  it('writes the private config readable by its owner only, and removes it', () => {
    const config = writePrivateConfig(settings)
    try {
      expect(statSync(config.path).mode & 0o777).toBe(0o600)
      const written = JSON.parse(readFileSync(config.path, 'utf8')) as { app: { id: string; apiKey: string; exclude: string[] } }
      expect(written.app).toMatchObject({ id: APP_ID, apiKey: API_KEY })
      expect(written.app.exclude).toContain('src/**')
    } finally {
      config.remove()
    }
    expect(existsSync(config.path)).toBe(false)
  })

  it('keeps the local broker password and, under --inspect, one cached worker in the private config', () => {
    const config = writePrivateConfig({ ...settings, brokerPassword: 'p'.repeat(48), local: true }, { host: '127.0.0.1', port: 9229 })
    try {
      const written = JSON.parse(readFileSync(config.path, 'utf8')) as Record<string, unknown>
      expect(written['backendless']).toEqual({ msgBroker: { password: 'p'.repeat(48) } })
      expect(written['workers']).toEqual({ concurrent: 1, minIdle: 1, cache: { limit: 1 } })
    } finally {
      config.remove()
    }
  })

  it('reads --local and --inspect[=[host:]port], refusing what it does not know', () => {
    expect(parseOptions('debug', [])).toEqual({ local: false, inspect: null })
    expect(parseOptions('debug', ['--local', '--inspect'])).toEqual({ local: true, inspect: { host: '127.0.0.1', port: 9229 } })
    expect(parseOptions('debug', ['--inspect=9300'])).toEqual({ local: false, inspect: { host: '127.0.0.1', port: 9300 } })
    expect(parseOptions('debug', ['--inspect=0.0.0.0:9300'])).toEqual({ local: false, inspect: { host: '0.0.0.0', port: 9300 } })
    expect(parseOptions('deploy', ['--inspect'])).toEqual({ problem: 'Unknown option for deploy: --inspect' })
    expect(parseOptions('debug', ['--inspect=80'])).toEqual({ problem: '--inspect needs a port between 1024 and 65534, not 80.' })
  })

  it('redacts several secrets at once', () => {
    expect(redactor(API_KEY, 'broker-pass')(`${API_KEY} and BROKER-PASS`)).toBe('[REDACTED] and [REDACTED]')
  })

  it('redacts the key in any case', () => {
    const redact = redactor(API_KEY)
    expect(redact(`"apiKey": "${API_KEY}", again ${API_KEY.toLowerCase()}`)).toBe('"apiKey": "[REDACTED]", again [REDACTED]')
  })

  it.each([
    '00:10:42.136 [master] Error: Error: Unable to publish model. connect ECONNREFUSED 127.0.0.1:9',
    '00:10:42.021 [master] Error: Error: Application ID is invalid',
    '23:51:16.760 [master] Unable to register Runner. connect ECONNREFUSED 127.0.0.1:9',
    '23:51:16.760 [master] Error: Please resolve Model Errors before deploying to production',
    '23:51:16.760 [master] :: [Server 23:51:16.700] [error] Deployment failed',
    '23:51:16.760 [master] Exist the coderunner debugger because of the error in the MessageBroker: ',
    '23:51:16.760 [master] Errors (1):',
  ])('recognises the CLI failure line %s', (line) => {
    expect(isFailure(line)).toBe(true)
  })

  it.each([
    '23:51:16.701 [master] Services (1):',
    '23:51:16.915 [master] [21605] Worker started in 196.596ms',
    '23:40:26.036 [master] Generated Zip File size is: 3.03 MB',
    '    "apiKey": "[REDACTED]",',
    // A worker reporting the error a task answered with (the service's own error): the runner lives on.
    '08:05:49.813 [20332] Error: No GitHub connection is available to this action.',
  ])('does not mistake %s for a failure', (line) => {
    expect(isFailure(line)).toBe(false)
  })

  it('strips the CLI prefix from a message', () => {
    expect(messageOf('23:51:16.915 [master] [21605] Worker started')).toBe('Worker started')
  })
})
