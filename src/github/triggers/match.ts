/**
 * handleTriggerSelectMatched's logic: which running blocks an event fires. The platform does not
 * understand GitHub's payloads, so every filter of every block is applied here, from the rules
 * declared in events.ts.
 */
import { type ActionOption, type FilterRule, type RealtimeTrigger, realtimeTrigger } from './events'

export interface RunningBlock {
  id: string
  /** The block's filled params (strings from the flow builder; other types are tolerated). */
  data?: Record<string, unknown> | null
}

/** The value at a dotted path (`pull_request.base.ref`) of a payload, or undefined. */
export function valueAt(payload: unknown, path: string): unknown {
  let current: unknown = payload
  for (const key of path.split('.')) {
    if (typeof current !== 'object' || current === null) return undefined
    current = (current as Record<string, unknown>)[key]
  }
  return current
}

/** A param as the list of values it names: trimmed, comma-separated, empties dropped. */
export function paramValues(raw: unknown): string[] {
  if (raw === undefined || raw === null) return []
  const text = Array.isArray(raw) ? raw.map(String).join(',') : String(raw)
  return text
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v.length > 0)
}

const globCache = new Map<string, RegExp>()

/**
 * Git-style glob: `*` any run of characters but `/`, `**` any run including `/`, `?` one character
 * but `/`. Everything else is literal, so a branch named `a.b+c` matches only itself.
 */
export function globToRegExp(glob: string): RegExp {
  const cached = globCache.get(glob)
  if (cached) return cached
  let source = ''
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string
    if (c === '*' && glob[i + 1] === '*') {
      source += '.*'
      i++
    } else if (c === '*') source += '[^/]*'
    else if (c === '?') source += '[^/]'
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  const regexp = new RegExp(`^${source}$`)
  // Bounded: a flow's params are few, but a long-lived process must not grow without limit.
  if (globCache.size > 500) globCache.clear()
  globCache.set(glob, regexp)
  return regexp
}

function actionMatches(option: ActionOption, payload: Record<string, unknown>): boolean {
  if ((option.githubAction ?? option.value) !== payload.action) return false
  return !option.when || valueAt(payload, option.when.path) === option.when.equals
}

function ruleMatches(trigger: RealtimeTrigger, rule: FilterRule, wanted: string[], payload: Record<string, unknown>): boolean {
  switch (rule.kind) {
    case 'action': {
      const options = trigger.actions ?? []
      return wanted.some((value) => {
        const option = options.find((o) => o.value.toLowerCase() === value.toLowerCase())
        return option !== undefined && actionMatches(option, payload)
      })
    }
    case 'equals': {
      const actual = valueAt(payload, rule.path)
      if (actual === undefined || actual === null) return false
      const text = String(actual).toLowerCase()
      return wanted.some((value) => value.toLowerCase() === text)
    }
    case 'glob': {
      const actual = valueAt(payload, rule.path)
      if (typeof actual !== 'string') return false
      let subject = actual
      if (rule.stripPrefix) {
        // A glob on branches never matches another kind of ref (a tag push to refs/tags/main is not branch main).
        if (!actual.startsWith(rule.stripPrefix)) return false
        subject = actual.slice(rule.stripPrefix.length)
      }
      return wanted.some((glob) => globToRegExp(glob).test(subject))
    }
    case 'label': {
      const names = new Set<string>()
      if (rule.single) {
        const single = valueAt(payload, rule.single)
        // For a "labeled" delivery only the label just added counts, or every later labeling would refire the block.
        if (typeof single === 'string' && payload.action === 'labeled') {
          return wanted.some((value) => value.toLowerCase() === single.toLowerCase())
        }
      }
      const labels = valueAt(payload, rule.path)
      if (Array.isArray(labels)) {
        for (const label of labels) {
          const name = valueAt(label, 'name')
          if (typeof name === 'string') names.add(name.toLowerCase())
        }
      }
      return wanted.some((value) => names.has(value.toLowerCase()))
    }
  }
}

/** True when `eventData` (as resolve returned it) passes every filter of a block of `trigger`. */
export function blockMatches(trigger: RealtimeTrigger, params: Record<string, unknown>, eventData: Record<string, unknown>): boolean {
  for (const param of trigger.params) {
    let wanted = paramValues(params[param.name])
    if (wanted.length === 0 && param.defaultValue !== undefined) wanted = paramValues(param.defaultValue)
    if (wanted.length === 0) {
      // A required scope param left empty matches nothing rather than everything the hook sees.
      if (param.required) return false
      continue
    }
    if (!ruleMatches(trigger, param.rule, wanted, eventData)) return false
  }
  return true
}

/** handleTriggerSelectMatched: the ids of the running blocks of `eventName` that this event fires. */
export function selectMatched(eventName: string, eventData: Record<string, unknown>, blocks: RunningBlock[]): string[] {
  const trigger = realtimeTrigger(eventName)
  if (!trigger) return []
  return blocks.filter((block) => blockMatches(trigger, block.data ?? {}, eventData)).map((block) => block.id)
}
