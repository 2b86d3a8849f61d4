import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

/**
 * Rows of the README's attack table. A test adds its row once its assertions have passed, so
 * a failing or skipped test leaves its row out; every addition rewrites build/attack/<name>.json
 * (what scripts/fault-table.ts renders), so the order of teardown hooks does not matter.
 */

export interface EvidenceRow {
  attack: string
  cases: string
  outcome: string
}

const ROOT = resolve(__dirname, '..', '..', '..')

export function evidenceFile(name: string): { add(row: EvidenceRow): void } {
  const rows: EvidenceRow[] = []
  return {
    add: (row) => {
      rows.push(row)
      const dir = join(ROOT, 'build', 'attack')
      mkdirSync(dir, { recursive: true })
      writeFileSync(join(dir, `${name}.json`), `${JSON.stringify({ generatedAt: new Date().toISOString(), rows }, null, 2)}\n`)
    },
  }
}
