import nock from 'nock'
import { clearUnmatched, recordUnmatched } from './helpers/network'
import { captureChunk, captureOutput, takeOutput } from './helpers/output'
import { findSecrets } from './helpers/secrets'

// Tests never reach the internet: only loopback servers started by the tests themselves.
nock.disableNetConnect()
nock.enableNetConnect((host) => /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/.test(host))
// Proof of "no outbound call": see test/helpers/network.ts.
nock.emitter.on('no match', recordUnmatched)

/*
 * Secret guard, suite-wide: whatever reaches the console or stdout/stderr is captured, and a
 * test fails when its output holds a canary of test/helpers/secrets.ts or anything shaped
 * like a secret. The service's own JSON log lines are kept quiet unless TEST_LOG=1; any
 * other console output still shows as usual.
 */
const echoLogs = process.env.TEST_LOG === '1'
const isServiceLogLine = (args: unknown[]): boolean => typeof args[0] === 'string' && args[0].startsWith('{"level":')

const restorers: (() => void)[] = []

for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
  const original = console[method]
  console[method] = (...args: unknown[]): void => {
    captureOutput(args)
    if (echoLogs || !isServiceLogLine(args)) original.apply(console, args)
  }
  restorers.push(() => {
    console[method] = original
  })
}

// The streams may be the runner's own (--runInBand): wrapped only while this file runs.
for (const stream of [process.stdout, process.stderr]) {
  const original = stream.write
  stream.write = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]): boolean {
    captureChunk(chunk)
    return (original as (...args: unknown[]) => boolean).call(this, chunk, ...rest)
  } as typeof stream.write
  restorers.push(() => {
    stream.write = original
  })
}

afterAll(() => {
  for (const restore of restorers.splice(0)) restore()
  nock.emitter.removeListener('no match', recordUnmatched)
  // Each test file loads its own nock, but a Jest worker runs several files in one process:
  // this file's interception must end here, or it keeps answering (and refusing) the
  // requests of the next file, whose interceptors it does not know.
  nock.restore()
})

beforeEach(() => {
  takeOutput()
  clearUnmatched()
})

afterEach(() => {
  nock.cleanAll()
  const leaks = takeOutput().flatMap((line) =>
    findSecrets(line).map((what) => `${what} in output line starting ${JSON.stringify(line.slice(0, 80))}`),
  )
  if (leaks.length > 0) throw new Error(`Secret-looking output was written during this test:\n${leaks.join('\n')}`)
})
