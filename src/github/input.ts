import { InvalidInput } from '../errors'
import { hidesDotSegment } from './api'
import { DEFAULT_LIMIT, MAX_LIMIT, MAX_PAGE_SIZE, type ListOptions } from './pagination'

/**
 * Validation of action inputs, before any request is sent. Every function names the
 * parameter (by its @paramDef name) in the error, so a person knows which field to fix.
 */

export interface RepositoryRef {
  owner: string
  repo: string
}

// Enterprise Managed Users have an underscore suffix (mona_acme): https://docs.github.com/en/enterprise-cloud@latest/admin/managing-iam/understanding-iam-for-enterprises/about-enterprise-managed-users
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9_-]{0,38})$/
const REPO = /^[A-Za-z0-9._-]{1,100}$/

const REPOSITORY_NAME = /^[A-Za-z0-9._-]{1,100}$/

/** A repository name as GitHub takes it: letters, digits, ".", "-" and "_", at most 100 (and not "." or ".."). */
export function optionalRepositoryName(value: unknown, parameter: string): string | undefined {
  const name = optionalString(value, parameter, 100)
  if (name !== undefined && (!REPOSITORY_NAME.test(name) || name === '.' || name === '..')) {
    throw new InvalidInput(parameter, 'may contain only letters, digits, ".", "-" and "_" (at most 100 characters), e.g. "my-project".')
  }
  return name
}

export function repositoryName(value: unknown, parameter: string): string {
  const name = optionalRepositoryName(value, parameter)
  if (name === undefined) throw new InvalidInput(parameter, 'is required.')
  return name
}

/** A user login: letters, digits and "-", and "_" for Enterprise Managed Users (mona_acme); at most 39 characters. */
export function isLogin(text: string): boolean {
  return OWNER.test(text)
}

/**
 * One rule for every login field (users and organizations are both accounts): an optional leading
 * "@" is dropped, as people copy logins from mentions; then letters, digits, "-" and "_", at most 39.
 */
export function optionalLogin(value: unknown, parameter: string): string | undefined {
  const text = optionalString(value, parameter, 100)?.replace(/^@/, '')
  if (text === undefined || text === '') return undefined
  if (!isLogin(text)) throw new InvalidInput(parameter, `${LOGIN_RULE}.`)
  return text
}

export function requiredLogin(value: unknown, parameter: string): string {
  const text = optionalLogin(value, parameter)
  if (text === undefined) throw new InvalidInput(parameter, 'is required.')
  return text
}

/** Several logins (a list, or text separated by commas), each under the one login rule. */
export function loginList(value: unknown, parameter: string, maxItems: number): string[] | undefined {
  const list = optionalStringList(value, parameter, maxItems, 100)?.map((item) => item.replace(/^@/, ''))
  const wrong = list?.find((item) => !isLogin(item))
  if (wrong !== undefined) throw new InvalidInput(parameter, `contains "${wrong}": each item ${LOGIN_RULE}.`)
  return list
}

const LOGIN_RULE = 'must be a GitHub login such as "octocat" (letters, digits, "-" and "_", at most 39 characters)'

/** Accepts "owner/name" (also with a trailing ".git" or as a github URL). */
export function repository(value: unknown, parameter = 'repository'): RepositoryRef {
  const text = requiredString(value, parameter, 300)
  const path = text
    .replace(/^https?:\/\/[^/]+\//i, '')
    .replace(/\.git$/i, '')
    .replace(/\/+$/, '')
  const [owner, repo, ...rest] = path.split('/')
  if (rest.length > 0 || !owner || !repo || !OWNER.test(owner) || !REPO.test(repo) || repo === '.' || repo === '..') {
    throw new InvalidInput(parameter, 'must be a repository as "owner/name", e.g. "octocat/Hello-World".')
  }
  return { owner, repo }
}

export function requiredString(value: unknown, parameter: string, maxLength = 1000): string {
  const text = optionalString(value, parameter, maxLength)
  if (text === undefined) throw new InvalidInput(parameter, 'is required.')
  return text
}

/** Empty strings, null and undefined all mean "not given". */
export function optionalString(value: unknown, parameter: string, maxLength = 1000): string | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value === 'number' && Number.isFinite(value)) value = String(value)
  if (typeof value !== 'string') throw new InvalidInput(parameter, 'must be text.')
  const text = value.trim()
  if (text === '') return undefined
  if (text.length > maxLength) throw new InvalidInput(parameter, `must be at most ${maxLength} characters.`)
  return text
}

/** Like optionalString but keeps the text as given (file content, bodies): only length is checked. */
export function optionalText(value: unknown, parameter: string, maxLength = 65536): string | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string') throw new InvalidInput(parameter, 'must be text.')
  if (value.length > maxLength) throw new InvalidInput(parameter, `must be at most ${maxLength} characters.`)
  return value === '' ? undefined : value
}

export function optionalInteger(value: unknown, parameter: string, min: number, max: number): number | undefined {
  if (value === undefined || value === null || value === '') return undefined
  const number = typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value
  if (typeof number !== 'number' || !Number.isInteger(number) || number < min || number > max) {
    throw new InvalidInput(parameter, `must be a whole number from ${min} to ${max}.`)
  }
  return number
}

export function requiredInteger(value: unknown, parameter: string, min = 1, max = Number.MAX_SAFE_INTEGER): number {
  const number = optionalInteger(value, parameter, min, max)
  if (number === undefined) throw new InvalidInput(parameter, 'is required.')
  return number
}

export function optionalBoolean(value: unknown, parameter: string): boolean | undefined {
  if (value === undefined || value === null || value === '') return undefined
  if (typeof value === 'boolean') return value
  if (value === 'true' || value === 'false') return value === 'true'
  throw new InvalidInput(parameter, 'must be true or false.')
}

/** DROPDOWN: maps the friendly label a person picked to the API value (API values are accepted too). */
export function choice<T extends string>(value: unknown, parameter: string, options: Record<string, T>): T | undefined {
  const text = optionalString(value, parameter, 100)
  if (text === undefined) return undefined
  if (Object.prototype.hasOwnProperty.call(options, text)) return options[text]
  const apiValue = Object.values(options).find((option) => option === text)
  if (apiValue !== undefined) return apiValue
  throw new InvalidInput(parameter, `must be one of: ${Object.keys(options).join(', ')}.`)
}

/** DATE_TIME_PICKER sends epoch milliseconds; ISO 8601 text is accepted too. Returns ISO 8601. */
export function optionalDateTime(value: unknown, parameter: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined
  const date =
    typeof value === 'number'
      ? new Date(value)
      : typeof value === 'string' && /^\d+$/.test(value.trim())
        ? new Date(Number(value))
        : typeof value === 'string'
          ? new Date(value)
          : new Date(NaN)
  if (Number.isNaN(date.getTime())) throw new InvalidInput(parameter, 'must be a date and time (a timestamp or ISO 8601 text).')
  return date.toISOString()
}

/** Array<String> parameters: an array of strings, or comma-separated text. */
export function optionalStringList(value: unknown, parameter: string, maxItems = 100, maxLength = 256): string[] | undefined {
  if (value === undefined || value === null || value === '') return undefined
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : undefined
  if (!items) throw new InvalidInput(parameter, 'must be a list of text values.')
  const list = items.map((item) => {
    if (typeof item !== 'string' && typeof item !== 'number') throw new InvalidInput(parameter, 'must contain only text values.')
    return String(item).trim()
  })
  const cleaned = list.filter((item) => item !== '')
  if (cleaned.length > maxItems) throw new InvalidInput(parameter, `must have at most ${maxItems} items.`)
  if (cleaned.some((item) => item.length > maxLength)) throw new InvalidInput(parameter, `items must be at most ${maxLength} characters.`)
  return cleaned
}

/** Object parameters (e.g. workflow inputs): a plain object, or JSON text of one. */
export function optionalObject(value: unknown, parameter: string): Record<string, unknown> | undefined {
  if (value === undefined || value === null || value === '') return undefined
  let parsed: unknown = value
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value)
    } catch {
      throw new InvalidInput(parameter, 'must be an object, or JSON text of one.')
    }
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new InvalidInput(parameter, 'must be an object, or JSON text of one.')
  }
  return Object.fromEntries(Object.entries(parsed).filter(([key]) => key !== '__proto__' && key !== 'constructor' && key !== 'prototype'))
}

/** A full commit SHA (40 hex digits, or 64 in a SHA-256 repository), as GitHub requires where a branch will not do. */
export function commitSha(value: unknown, parameter: string): string {
  const sha = optionalCommitSha(value, parameter)
  if (sha === undefined) throw new InvalidInput(parameter, 'is required: a full commit SHA (40 hexadecimal characters).')
  return sha
}

export function optionalCommitSha(value: unknown, parameter: string): string | undefined {
  const text = optionalString(value, parameter, 64)
  if (text === undefined) return undefined
  if (!/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(text)) {
    throw new InvalidInput(parameter, 'must be a full commit SHA (40 hexadecimal characters), e.g. from Get Pull Request (head.sha).')
  }
  return text.toLowerCase()
}

/** A web address a person will open (a deployment's page, a status's details): http or https only, at most 2,048 characters. */
export function optionalUrl(value: unknown, parameter: string): string | undefined {
  const text = optionalString(value, parameter, 2048)
  if (text === undefined) return undefined
  const url = URL.canParse(text) ? new URL(text) : undefined
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new InvalidInput(parameter, 'must be a web address starting with https:// (or http://).')
  }
  return text
}

/** A path inside a repository: no empty, "." or ".." segments (nor encoded ones), no leading slash games. */
export function repositoryPath(value: unknown, parameter = 'path'): string {
  const text = requiredString(value, parameter, 1024).replace(/^\/+/, '')
  const segments = text.split('/')
  if (segments.some((segment) => segment === '' || hidesDotSegment(segment)) || /[\0\\]/.test(text)) {
    throw new InvalidInput(parameter, 'must be a path inside the repository such as "docs/README.md" (no "..", "." or empty segments).')
  }
  return text
}

/**
 * A git ref name (branch, tag) per git-check-ref-format (https://git-scm.com/docs/git-check-ref-format),
 * one-level names allowed. Refs become URL paths (…/git/refs/heads/feature/login), so a
 * component that hides a dot segment (percent-encoded) is refused too.
 */
export function optionalRef(value: unknown, parameter: string): string | undefined {
  const text = optionalString(value, parameter, 255)
  if (text === undefined) return undefined
  const problem = refProblem(text)
  if (problem !== undefined) throw new InvalidInput(parameter, `is not a valid branch or tag name: ${problem}.`)
  return text
}

/** A branch, tag or commit that must be given; `what` says what it is for, in the refusal. */
export function requiredRef(value: unknown, parameter: string, what = 'a branch, tag or commit SHA'): string {
  const ref = optionalRef(value, parameter)
  if (ref === undefined) throw new InvalidInput(parameter, `is required: ${what}.`)
  return ref
}

function refProblem(name: string): string | undefined {
  if (name === '@') return 'it cannot be "@" alone'
  if (/[\x00-\x20\x7f~^:?*[\\]/.test(name)) return 'it cannot contain spaces, control characters or any of ~ ^ : ? * [ \\'
  if (name.includes('..')) return 'it cannot contain ".."'
  if (name.includes('@{')) return 'it cannot contain "@{"'
  if (name.startsWith('/') || name.endsWith('/') || name.includes('//')) return 'it cannot start or end with "/" or contain "//"'
  if (name.endsWith('.')) return 'it cannot end with "."'
  for (const component of name.split('/')) {
    if (component.startsWith('.')) return 'no part between slashes can start with "." (such as "./")'
    if (component.endsWith('.lock')) return 'no part between slashes can end with ".lock"'
    if (hidesDotSegment(component)) return 'no part between slashes can be a percent-encoded "." or ".."'
  }
  return undefined
}

/**
 * The list parameters every list action shares: fetchAll (TOGGLE), limit (NUMERIC), cursor.
 * One page: `limit` is the page size (max 100). All pages: up to `limit` items in total (max 1000).
 */
export function listOptions(fetchAll: unknown, limit: unknown, cursor: unknown): ListOptions {
  const all = optionalBoolean(fetchAll, 'fetchAll') ?? false
  const max = all ? MAX_LIMIT : MAX_PAGE_SIZE
  const count = optionalInteger(limit, 'limit', 1, max) ?? (all ? DEFAULT_LIMIT : 30)
  const next = optionalString(cursor, 'cursor', 2000)
  return {
    mode: all ? 'all' : 'page',
    pageSize: all ? MAX_PAGE_SIZE : count,
    limit: count,
    ...(next !== undefined && { cursor: next }),
  }
}

export interface DictionaryPayload {
  search?: string
  cursor?: string
  criteria: Record<string, unknown>
}

/** A DICTIONARY method's payload: { search?, cursor?, criteria? }. */
export function dictionaryPayload(payload: unknown): DictionaryPayload {
  const record = typeof payload === 'object' && payload !== null && !Array.isArray(payload) ? (payload as Record<string, unknown>) : {}
  const own = (key: string): unknown => (Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined)
  const criteria = own('criteria')
  const search = optionalString(own('search'), 'search', 256)
  const cursor = optionalString(own('cursor'), 'cursor', 2000)
  return {
    ...(search !== undefined && { search }),
    ...(cursor !== undefined && { cursor }),
    criteria: typeof criteria === 'object' && criteria !== null && !Array.isArray(criteria) ? (criteria as Record<string, unknown>) : {},
  }
}

/** Case-insensitive "contains" (a dictionary's search) over the given fields; no search matches everything. */
export function matchesSearch(search: string | undefined, ...fields: (string | null | undefined)[]): boolean {
  if (!search) return true
  const needle = search.toLowerCase()
  return fields.some((field) => typeof field === 'string' && field.toLowerCase().includes(needle))
}

export interface DictionaryItem {
  label: string
  value: string | number
  note?: string
}

export interface DictionaryResult {
  items: DictionaryItem[]
  /** The cursor of the next page, or null when there is none. */
  cursor?: string | null
}
