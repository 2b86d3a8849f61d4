import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

/** The fixture service that keeps the whole contract (plain JS shaped like tsc's output). */
export const VALID_SERVICE = readFileSync(join(__dirname, 'fixtures', 'valid-service', 'service.js'), 'utf8')

export const ICON = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><circle cx="8" cy="8" r="8"/></svg>\n'

/** Replaces text that must occur exactly once, so a fixture edit cannot silently miss. */
export function replaceOnce(source: string, from: string, to: string): string {
  const first = source.indexOf(from)
  if (first === -1 || source.indexOf(from, first + from.length) !== -1) {
    throw new Error(`The fixture must contain exactly one occurrence of: ${from}`)
  }
  return source.slice(0, first) + to + source.slice(first + from.length)
}

/** Removes a method of the fixture class together with its JSDoc block. */
export function removeMethod(source: string, method: string): string {
  const signature = source.indexOf(`  async ${method}(`)
  if (signature === -1) throw new Error(`The fixture has no method ${method}`)
  const start = source.lastIndexOf('  /**', signature)
  const end = source.indexOf('\n  }\n', signature) + '\n  }\n'.length
  return source.slice(0, start) + source.slice(end)
}

/** Inserts class members right before the fixture's #private helper. */
export function addMembers(source: string, members: string): string {
  return replaceOnce(source, '  #helper(value) {', `${members}\n\n  #helper(value) {`)
}

export interface FixtureRoot {
  /** service.js (or another path) → content; public/icon.svg is added unless `icon: false`. */
  files?: Record<string, string>
  icon?: boolean
}

/** Temporary code roots, removed by cleanup(). */
export class FixtureRoots {
  readonly base = mkdtempSync(join(tmpdir(), 'validate-fixtures-'))
  #count = 0

  create({ files = { 'service.js': VALID_SERVICE }, icon = true }: FixtureRoot = {}): string {
    const root = join(this.base, `root-${++this.#count}`)
    mkdirSync(root, { recursive: true })
    const all: Record<string, string> = icon ? { ...files, 'public/icon.svg': ICON } : files
    for (const [file, content] of Object.entries(all)) {
      mkdirSync(dirname(join(root, file)), { recursive: true })
      writeFileSync(join(root, file), content)
    }
    return root
  }

  cleanup(): void {
    rmSync(this.base, { recursive: true, force: true })
  }
}
