import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { runAll } from './harness'

/**
 * Runs every fault scenario outside Jest and writes the outcomes as JSON.
 * Usage: tsx test/faults/run.ts [out.json]   (default build/faults/results.json)
 * The service logs (JSON lines, secrets redacted) go to stderr... they are silenced here
 * unless FAULTS_LOG=1, so that stdout carries only the summary.
 */

async function main(): Promise<void> {
  const out = resolve(process.argv[2] ?? 'build/faults/results.json')
  if (process.env.FAULTS_LOG !== '1') {
    console.log = () => undefined
    console.error = () => undefined
  }
  const started = Date.now()
  const outcomes = await runAll()
  mkdirSync(dirname(out), { recursive: true })
  writeFileSync(out, `${JSON.stringify({ generatedAt: new Date().toISOString(), outcomes }, null, 2)}\n`)
  process.stdout.write(`${outcomes.length} fault scenarios in ${((Date.now() - started) / 1000).toFixed(1)} s → ${out}\n`)
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exit(1)
})
