// @ts-check
'use strict'

/**
 * `npm run deploy` / `npm run debug`: builds and validates, then runs the CodeRunner CLI with the
 * app id and API key from .env — or, with no Backendless app configured (or with --local), against
 * the local platform of `npm start` (platform/coderunner/): its CodeRunner API, its app id and key,
 * its message broker — and makes up for what the CLI does not do:
 * - it prints its whole configuration, API key included: every line passes through a filter
 *   that replaces the key with [REDACTED];
 * - it exits 0 on every failure (bad app id, model errors, network): its output is watched for
 *   the failure messages it prints (lib/cli/clirunner.js, lib/server-code/…) and this script
 *   exits 1 then; `debug` hangs after a failed start, so its process group is stopped;
 * - it uploads its zip uncompressed: `deploy` runs it with scripts/deflate-deploy-zip.cjs, which
 *   makes the zip deflated (about a sixth of the size).
 *
 * Environment (.env in the project root, or the process environment):
 *   BACKENDLESS_APP_ID, BACKENDLESS_API_KEY   required (Backendless Console → Manage → App Settings)
 *   BACKENDLESS_API_SERVER                    optional, default https://api.backendless.com
 *   BACKENDLESS_MSG_BROKER_HOST / _PORT       optional (debug), default cl.backendless.com:6379
 *   PLATFORM_DATA_DIR                         the local platform's data folder (default .data), where it
 *                                             leaves coderunner-local.json for these commands
 * Options: --local (the local platform even when a Backendless app is configured); debug only:
 * --inspect[=[host:]port] (Node's inspector; invocations then run in one worker on port + 1).
 * For tests: CODERUNNER_CLI (the CLI script run with node), CODERUNNER_PREFLIGHT (a JSON array
 * command replacing `npm run validate`), CODERUNNER_ENV_FILE (the .env file to read).
 */

const { spawn, spawnSync } = require('node:child_process')
const path = require('node:path')
const fs = require('node:fs')
const os = require('node:os')

const PROJECT_ROOT = path.resolve(__dirname, '..')
const DEFLATE_PRELOAD = path.join(__dirname, 'deflate-deploy-zip.cjs')
const DEFAULT_API_SERVER = 'https://api.backendless.com'
const DEFAULT_BROKER = { host: 'cl.backendless.com', port: '6379' }
/** The CLI's own check (lib/cli/program.js) accepts only upper-case UUIDs. */
const UUID = /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/
const WHERE_TO_FIND = 'Find them in Backendless Console → Manage → App Settings: the Application ID, and the CodeRunner key under API Keys.'
const REDACTED = '[REDACTED]'
/** How long the CLI may keep printing after a failure before it is stopped. */
const FAILURE_SETTLE_MS = Object.freeze({ debug: 500, deploy: 5000 })
/**
 * From SIGTERM to SIGKILL. After a failure the runner has already stopped (and ignores SIGTERM);
 * on Ctrl+C it finishes the tasks in progress first.
 */
const STOP_GRACE_MS = Object.freeze({ failure: 1000, interrupt: 5000 })

/**
 * What the CLI prints when it fails (it exits 0 all the same), matched on the message after its
 * "HH:MM:SS.mmm [master] " prefix.
 */
const FAILURES = Object.freeze([
  /^Error: /, // clirunner exitWithError: invalid app id/key, model errors, rejected or failed deploy
  /Unable to (?:register Runner|register Model|publish model)/, // api-server.js
  /Please resolve Model Errors/,
  /Nothing to (?:publish|Debug)/,
  /This has been finished with an error/, // status-progress.js: the server reported an error
  /^:: \[Server [^\]]*\] \[error\]/,
  /Exist the coderunner(?: debugger)? because of the error/, // the CLI's spelling
  /Got an error from the main Getter Redis client/, // debug: message broker unreachable
  /Unable to read config file/,
  /ServerCode registration is allowed only synchronously/,
  /^Errors \(\d+\):/, // the model printer's list of model errors
])

/** Advice for the failures a person can fix, by what the CLI printed. */
const ADVICE = Object.freeze([
  { pattern: /Application ID is invalid/, advice: `BACKENDLESS_APP_ID is not a valid application ID. ${WHERE_TO_FIND}` },
  { pattern: /API Key is invalid/, advice: `BACKENDLESS_API_KEY is not a valid CodeRunner API key. ${WHERE_TO_FIND}` },
  {
    pattern: /ECONNREFUSED|ENOTFOUND|ETIMEDOUT|EAI_AGAIN|ECONNRESET|socket hang up/,
    advice: 'The Backendless API server could not be reached: check the network and BACKENDLESS_API_SERVER.',
    unreachable: true,
  },
  {
    pattern: /Redis/,
    advice: 'The CodeRunner message broker could not be reached: check the network, BACKENDLESS_MSG_BROKER_HOST and _PORT.',
    unreachable: true,
  },
  { pattern: /Model Errors|^Errors \(/, advice: 'The model has errors: run npm run validate and fix what it lists.' },
])

const SUCCESS = Object.freeze({
  deploy: /Zip File has been published/,
  debug: /Runner successfully registered/,
})

/** Where the local platform leaves its address and app credentials (platform/coderunner/stand-in.ts). */
const DISCOVERY_FILE = 'coderunner-local.json'
const LOCAL_REQUEST_TIMEOUT_MS = 20_000
const DEFAULT_INSPECT = { host: '127.0.0.1', port: 9229 }

/**
 * @typedef {'deploy' | 'debug'} Command
 * @typedef {{ appId: string, apiKey: string, apiServer: string, brokerHost: string, brokerPort: string, brokerPassword?: string, local?: boolean }} Settings
 * @typedef {{ host: string, port: number }} Inspect
 */

/**
 * Reads and checks the settings; a list of problems when they are unusable.
 * @param {NodeJS.ProcessEnv} env
 * @returns {{ settings: Settings } | { problems: string[] }}
 */
function readSettings(env) {
  const appId = (env.BACKENDLESS_APP_ID ?? '').trim()
  const apiKey = (env.BACKENDLESS_API_KEY ?? '').trim()
  const apiServer = (env.BACKENDLESS_API_SERVER ?? '').trim() || DEFAULT_API_SERVER
  /** @type {string[]} */
  const problems = []
  if (appId === '') problems.push('BACKENDLESS_APP_ID is not set (the Application ID).')
  else if (!UUID.test(appId)) problems.push('BACKENDLESS_APP_ID must be the Application ID: an upper-case UUID, as the console shows it.')
  if (apiKey === '') problems.push('BACKENDLESS_API_KEY is not set (the CodeRunner API key).')
  else if (!UUID.test(apiKey))
    problems.push('BACKENDLESS_API_KEY must be the CodeRunner API key: an upper-case UUID, as the console shows it.')
  if (!/^https?:\/\/[^\s/]+/.test(apiServer)) {
    problems.push(`BACKENDLESS_API_SERVER must be the API server URL, e.g. ${DEFAULT_API_SERVER} or https://eu-api.backendless.com.`)
  }
  if (problems.length > 0) return { problems }
  return {
    settings: {
      appId,
      apiKey,
      apiServer: apiServer.replace(/\/+$/, ''),
      brokerHost: (env.BACKENDLESS_MSG_BROKER_HOST ?? '').trim() || DEFAULT_BROKER.host,
      brokerPort: (env.BACKENDLESS_MSG_BROKER_PORT ?? '').trim() || DEFAULT_BROKER.port,
    },
  }
}

/**
 * The CLI's arguments (lib/cli/clirunner.js defines the options). The app id and API key travel in a
 * private config file (-c), not on the command line, where any local user could read them in `ps`.
 * @param {Command} command
 * @param {Settings} settings
 * @param {string} configPath
 * @returns {string[]}
 */
function cliArguments(command, settings, configPath) {
  const common = ['-c', configPath, '--api-server', settings.apiServer]
  if (command === 'deploy') {
    // -q: no interactive confirmation (stdin is not the terminal); --keep-zip leaves deploy.zip to inspect.
    return ['deploy', ...common, '-q', '--keep-zip']
  }
  // coderunner.json replaces the CLI's default config, which is where the broker host came from.
  return ['debug', ...common, '--msg-broker-host', settings.brokerHost, '--msg-broker-port', settings.brokerPort]
}

/**
 * coderunner.json plus the app's credentials (and the local broker's password), in a file only this
 * user can read, removed after the run.
 * @param {Settings} settings
 * @param {Inspect | null} [inspect]
 * @returns {{ path: string, remove: () => void }}
 */
function writePrivateConfig(settings, inspect = null) {
  const projectConfig = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'coderunner.json'), 'utf8'))
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coderunner-'))
  const file = path.join(dir, 'coderunner.json')
  const config = {
    ...projectConfig,
    app: { ...projectConfig.app, id: settings.appId, apiKey: settings.apiKey },
    ...(settings.brokerPassword && { backendless: { msgBroker: { password: settings.brokerPassword } } }),
    // One worker, kept between tasks (cached), so a debugger stays attached to the process that runs
    // every invocation; the CLI otherwise forks a fresh worker per task.
    ...(inspect && { workers: { concurrent: 1, minIdle: 1, cache: { limit: 1 } } }),
  }
  fs.writeFileSync(file, JSON.stringify(config), { mode: 0o600 })
  return { path: file, remove: () => fs.rmSync(dir, { recursive: true, force: true }) }
}

/**
 * A line filter that removes secrets, whatever their case.
 * @param {...string} secrets
 * @returns {(line: string) => string}
 */
function redactor(...secrets) {
  const patterns = secrets.filter(Boolean).map((secret) => new RegExp(secret.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'))
  return (line) => patterns.reduce((text, pattern) => text.replace(pattern, REDACTED), line)
}

/**
 * The CLI's message without its "HH:MM:SS.mmm [master] [pid] " prefix.
 * @param {string} line
 */
function messageOf(line) {
  return line.replace(/^(?:\d{2}:\d{2}:\d{2}\.\d{3} )?(?:\[[^\]\s]*\] )*/, '')
}

/**
 * @param {string} line an already redacted line
 * @returns {boolean}
 */
function isFailure(line) {
  // A worker's line ("HH:MM:SS.mmm [pid] …") reports the error a task answered with — the service's
  // own error, passed back to the caller — while the runner goes on taking tasks.
  if (/^(?:\d{2}:\d{2}:\d{2}\.\d{3} )?\[\d+\] /.test(line)) return false
  const message = messageOf(line)
  return FAILURES.some((pattern) => pattern.test(message))
}

/** What unreachable means against the local platform: its API server and broker are its own. */
const LOCAL_UNREACHABLE = 'The local platform stopped answering: is "npm start" still running? Start it again, then run this again.'

/**
 * @param {string} failure
 * @param {boolean} local
 */
function adviceFor(failure, local) {
  const message = messageOf(failure)
  const found = ADVICE.find(({ pattern }) => pattern.test(message))
  if (local && found && 'unreachable' in found) return LOCAL_UNREACHABLE
  return found?.advice
}

/**
 * Splits a stream into lines (a secret split across chunks is still whole in its line).
 * @param {NodeJS.ReadableStream} stream
 * @param {(line: string) => void} onLine
 */
function forEachLine(stream, onLine) {
  let pending = ''
  stream.setEncoding('utf8')
  stream.on('data', (chunk) => {
    const lines = (pending + String(chunk)).split('\n')
    pending = lines.pop() ?? ''
    for (const line of lines) onLine(line)
  })
  stream.on('end', () => {
    if (pending !== '') onLine(pending)
    pending = ''
  })
}

/**
 * @param {NodeJS.ProcessEnv} env
 * @returns {string[]}
 */
function preflightCommand(env) {
  if (env.CODERUNNER_PREFLIGHT) {
    const command = JSON.parse(env.CODERUNNER_PREFLIGHT)
    if (!Array.isArray(command) || command.length === 0) throw new Error('CODERUNNER_PREFLIGHT must be a JSON array: ["command", "arg"…].')
    return command.map(String)
  }
  return [process.platform === 'win32' ? 'npm.cmd' : 'npm', 'run', 'validate']
}

/**
 * Runs the CLI, filtering its output; resolves with this script's exit code.
 * @param {Command} command
 * @param {Settings} settings
 * @param {NodeJS.ProcessEnv} env
 * @param {Inspect | null} inspect
 * @returns {Promise<number>}
 */
function runCli(command, settings, env, inspect) {
  const cli = env.CODERUNNER_CLI || path.join(PROJECT_ROOT, 'node_modules', 'backendless-coderunner', 'bin', 'coderunner')
  const redact = redactor(settings.apiKey, settings.brokerPassword ?? '')
  const config = writePrivateConfig(settings, inspect)
  // Node's cluster gives each forked worker the next inspector port: the one worker gets port + 1.
  // deploy: the CLI zips without compression; the preload makes its zip deflated (scripts/deflate-deploy-zip.cjs).
  const nodeOptions = [
    ...(inspect ? [`--inspect=${inspect.host}:${inspect.port}`] : []),
    ...(command === 'deploy' ? ['--require', DEFLATE_PRELOAD] : []),
  ]
  // Its own process group: debug forks workers and may hang after a failure; the group is stopped as one.
  const child = spawn(process.execPath, [...nodeOptions, cli, ...cliArguments(command, settings, config.path)], {
    cwd: PROJECT_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: process.platform !== 'win32',
  })
  /** @type {string | undefined} */
  let failure
  let succeeded = false
  let interrupted = false
  /** @type {NodeJS.Timeout | undefined} */
  let killTimer
  /** @type {NodeJS.Timeout | undefined} */
  let stopTimer

  /** @param {NodeJS.Signals} signal @param {number} grace */
  const stop = (signal, grace) => {
    signalGroup(child, signal)
    killTimer ??= setTimeout(() => signalGroup(child, 'SIGKILL'), grace)
  }

  /** @param {NodeJS.WritableStream} out */
  const relay = (out) => (/** @type {string} */ raw) => {
    const line = redact(raw)
    out.write(`${line}\n`)
    if (failure === undefined && isFailure(line)) {
      failure = line
      // Let the rest of the message (its stack) through, then stop: deploy normally exits by itself,
      // debug keeps its workers and broker loop alive.
      stopTimer = setTimeout(() => stop('SIGTERM', STOP_GRACE_MS.failure), FAILURE_SETTLE_MS[command])
    } else if (SUCCESS[command].test(messageOf(line))) succeeded = true
  }
  if (child.stdout) forEachLine(child.stdout, relay(process.stdout))
  if (child.stderr) forEachLine(child.stderr, relay(process.stderr))

  /** @param {NodeJS.Signals} signal */
  const onSignal = (signal) => {
    interrupted = true
    // The CLI's master alone: it stops its workers and unregisters the debug session itself. A worker
    // still starting up would die of the signal, and the master's logger would crash on reporting it.
    if (!child.killed) child.kill(signal === 'SIGINT' ? 'SIGINT' : 'SIGTERM')
    killTimer ??= setTimeout(() => signalGroup(child, 'SIGKILL'), STOP_GRACE_MS.interrupt)
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)

  return new Promise((resolve) => {
    child.on('error', (error) => {
      failure ??= `Could not run the CodeRunner CLI (${cli}): ${error.message}`
    })
    child.on('close', (code, signal) => {
      config.remove()
      clearTimeout(killTimer)
      clearTimeout(stopTimer)
      // The group may outlive its leader (debug's workers).
      signalGroup(child, 'SIGKILL')
      process.off('SIGINT', onSignal)
      process.off('SIGTERM', onSignal)
      resolve(verdict({ command, failure, succeeded, interrupted, code, signal, local: settings.local === true }))
    })
  })
}

/**
 * @param {{ command: Command, failure: string | undefined, succeeded: boolean, interrupted: boolean, code: number | null, signal: NodeJS.Signals | null, local: boolean }} outcome
 * @returns {number}
 */
function verdict({ command, failure, succeeded, interrupted, code, signal, local }) {
  if (failure !== undefined) {
    const advice = adviceFor(failure, local)
    process.stderr.write(`\n${command} failed: ${messageOf(failure).replace(/^(?:Error: )+/, '')}\n${advice ? `${advice}\n` : ''}`)
    return 1
  }
  if (interrupted) {
    process.stderr.write(`\n${command} stopped.\n`)
    return command === 'debug' ? 0 : 130
  }
  if (code !== 0 || signal !== null) {
    process.stderr.write(`\n${command} failed: the CodeRunner CLI ended with ${signal ?? `exit code ${code}`}.\n`)
    return 1
  }
  if (command === 'deploy' && !succeeded) {
    process.stderr.write('\ndeploy failed: the CodeRunner CLI ended without reporting "Zip File has been published".\n')
    return 1
  }
  if (command === 'deploy') process.stdout.write('\nDeployed.\n')
  return 0
}

/**
 * @param {import('node:child_process').ChildProcess} child
 * @param {NodeJS.Signals} signal
 */
function signalGroup(child, signal) {
  if (child.pid === undefined) return
  try {
    if (process.platform === 'win32') child.kill(signal)
    else process.kill(-child.pid, signal)
  } catch {
    // Already gone.
  }
}

/**
 * @param {string[]} argv
 * @param {NodeJS.ProcessEnv} env
 * @returns {Promise<number>}
 */
async function main(argv, env) {
  const [command, ...options] = argv
  if (command !== 'deploy' && command !== 'debug') {
    process.stderr.write(USAGE)
    return 2
  }
  const parsed = parseOptions(command, options)
  if ('problem' in parsed) {
    process.stderr.write(`${parsed.problem}\n${USAGE}`)
    return 2
  }
  const envFile = env.CODERUNNER_ENV_FILE || path.join(PROJECT_ROOT, '.env')
  require('dotenv').config({ path: envFile, quiet: true, processEnv: env })

  const nothingConfigured = !(env.BACKENDLESS_APP_ID ?? '').trim() && !(env.BACKENDLESS_API_KEY ?? '').trim()
  /** @type {Settings} */
  let settings
  if (parsed.local || nothingConfigured) {
    const local = await localSettings(env, parsed.inspect !== null)
    if ('problem' in local) {
      process.stderr.write(`Cannot ${command}: ${local.problem}\n`)
      if (!parsed.local) {
        process.stderr.write(
          `(With no Backendless app configured, ${command} uses the local platform. For Backendless' cloud, set BACKENDLESS_APP_ID and BACKENDLESS_API_KEY in ${envFile} or the environment. ${WHERE_TO_FIND})\n`,
        )
      }
      return 2
    }
    settings = local.settings
  } else {
    const read = readSettings(env)
    if ('problems' in read) {
      process.stderr.write(
        [
          `Cannot ${command}: the Backendless app is not configured.`,
          ...read.problems.map((problem) => `  - ${problem}`),
          `Set BACKENDLESS_APP_ID and BACKENDLESS_API_KEY (optionally BACKENDLESS_API_SERVER) in ${envFile} (copy .env.example) or in the environment.`,
          WHERE_TO_FIND,
          'Or leave both unset (or pass --local) to use the local platform of npm start.',
          '',
        ].join('\n'),
      )
      return 2
    }
    settings = read.settings
  }

  const [program = '', ...args] = preflightCommand(env)
  process.stdout.write(`Building and validating before ${command}…\n`)
  const preflight = spawnSync(program, args, { cwd: PROJECT_ROOT, env, stdio: 'inherit' })
  if (preflight.status !== 0) {
    const why = preflight.error ? preflight.error.message : `exit code ${preflight.status ?? preflight.signal}`
    const where = settings.local ? 'the local platform' : 'Backendless'
    process.stderr.write(`\nStopped before ${command}: the build or the validation failed (${why}). Nothing was sent to ${where}.\n`)
    return 1
  }

  if (settings.local) {
    process.stdout.write(
      `Running coderunner ${command} against the LOCAL platform (app ${settings.appId} at ${settings.apiServer}, broker ${settings.brokerHost}:${settings.brokerPort}); nothing goes to Backendless…\n`,
    )
  } else process.stdout.write(`Running coderunner ${command} for app ${settings.appId} on ${settings.apiServer}…\n`)
  if (parsed.inspect) {
    process.stdout.write(
      `Inspector: every invocation runs in one CodeRunner worker listening on ${parsed.inspect.host}:${parsed.inspect.port + 1} — attach your debugger there (chrome://inspect → Configure…, or VS Code "Attach to Node Process"), set a breakpoint in dist/, then invoke from the console. The CLI's master process is on ${parsed.inspect.port}.\n`,
    )
  }
  return runCli(command, settings, env, parsed.inspect)
}

const USAGE =
  'Usage: node scripts/coderunner.js deploy|debug [--local] [--inspect[=[host:]port]] (npm run deploy, npm run debug -- --inspect)\n'

/**
 * @param {Command} command
 * @param {string[]} options
 * @returns {{ local: boolean, inspect: Inspect | null } | { problem: string }}
 */
function parseOptions(command, options) {
  let local = false
  /** @type {Inspect | null} */
  let inspect = null
  for (const option of options) {
    const inspectMatch = /^--inspect(?:=(?:([\w.-]+):)?(\d+))?$/.exec(option)
    if (option === '--local') local = true
    else if (inspectMatch && command === 'debug') {
      const port = inspectMatch[2] ? Number(inspectMatch[2]) : DEFAULT_INSPECT.port
      if (port < 1024 || port > 65534) return { problem: `--inspect needs a port between 1024 and 65534, not ${port}.` }
      inspect = { host: inspectMatch[1] || DEFAULT_INSPECT.host, port }
    } else return { problem: `Unknown option for ${command}: ${option}` }
  }
  return { local, inspect }
}

/**
 * The local platform's app id, key, API server and message broker (started by the platform on this request).
 * @param {NodeJS.ProcessEnv} env
 * @param {boolean} inspect
 * @returns {Promise<{ settings: Settings } | { problem: string }>}
 */
async function localSettings(env, inspect) {
  const dataDir = path.resolve(PROJECT_ROOT, env.PLATFORM_DATA_DIR || '.data')
  const file = path.join(dataDir, DISCOVERY_FILE)
  const shown = path.relative(PROJECT_ROOT, file).startsWith('..') ? file : path.relative(PROJECT_ROOT, file)
  const notRunning = `the local platform is not running (no ${shown}). Start it with "npm start" in another terminal, then run this again.`
  /** @type {{ appId?: unknown, apiKey?: unknown, apiServer?: unknown }} */
  let discovery
  try {
    discovery = JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch {
    return { problem: notRunning }
  }
  const { appId, apiKey, apiServer } = discovery
  if (typeof appId !== 'string' || !UUID.test(appId) || typeof apiKey !== 'string' || !UUID.test(apiKey) || typeof apiServer !== 'string') {
    return { problem: `${file} is not the local platform's: restart "npm start".` }
  }
  /** @type {Response} */
  let response
  try {
    response = await fetch(`${apiServer}/${appId}/${apiKey}/local/broker`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ inspect }),
      signal: AbortSignal.timeout(LOCAL_REQUEST_TIMEOUT_MS),
    })
  } catch (error) {
    const why = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error)
    return {
      problem: `the local platform does not answer at ${apiServer} (${why}): is "npm start" still running? Start it again, then run this again.`,
    }
  }
  const body = /** @type {{ message?: string, host?: string, port?: number, password?: string }} */ (
    await response.json().catch(() => ({}))
  )
  if (!response.ok) {
    return { problem: `the local platform could not start CodeRunner's message broker: ${body.message ?? `HTTP ${response.status}`}` }
  }
  return {
    settings: {
      appId,
      apiKey,
      apiServer,
      brokerHost: String(body.host),
      brokerPort: String(body.port),
      brokerPassword: String(body.password),
      local: true,
    },
  }
}

if (require.main === module) {
  main(process.argv.slice(2), { ...process.env }).then(
    (code) => {
      process.exitCode = code
    },
    (error) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
      process.exitCode = 1
    },
  )
}

module.exports = { readSettings, cliArguments, redactor, isFailure, messageOf, writePrivateConfig, parseOptions }
