import { InvalidInput } from '../errors'
import type { ApiCall, GitHubContext } from './api'
import { dictionaryPayload, matchesSearch, repository, type DictionaryItem, type RepositoryRef } from './input'
import { listAll, MAX_PAGE_SIZE } from './pagination'

/**
 * The dictionaries that depend on the repository a person picked (criteria.repository): labels, milestones, pull
 * requests, environments... GitHub has no search for these lists, so the search text filters the fetched pages
 * (case-insensitively), a few pages at most per call.
 */

export interface DictionaryPage {
  items: DictionaryItem[]
  /** Pass back as payload.cursor for the next page; null at the end. */
  cursor: string | null
}

/** While searching, stop scanning after this many pages (or once a screenful matched), and hand back a cursor. */
const SEARCH_PAGES = 5
const SEARCH_ENOUGH = 25

export interface DictionarySource<T> {
  call: ApiCall
  item: (entry: T) => DictionaryItem
  /** The texts a search looks in. */
  searched: (entry: T) => (string | null | undefined)[]
  /** The entries of an answer that wraps them (`{ environments: [...] }`); a bare array otherwise. */
  extract?: (data: unknown) => T[]
}

export async function repositoryDictionary<T>(
  github: GitHubContext,
  payload: unknown,
  /** The listing for the picked repository; undefined when another criterion it needs is not picked yet. */
  source: (ref: RepositoryRef, criteria: Record<string, unknown>) => DictionarySource<T> | undefined,
): Promise<DictionaryPage> {
  return pickedDictionary(github, payload, (criteria) => {
    const ref = selectedRepository(criteria['repository'])
    return ref === undefined ? undefined : source(ref, criteria)
  })
}

/**
 * A dictionary of what belongs to something picked in another parameter (criteria): the listing, or nothing to offer
 * (and nothing wrong) while that is not picked yet.
 */
export async function pickedDictionary<T>(
  github: GitHubContext,
  payload: unknown,
  source: (criteria: Record<string, unknown>) => DictionarySource<T> | undefined,
): Promise<DictionaryPage> {
  const { search, cursor, criteria } = dictionaryPayload(payload)
  const picked = source(criteria)
  if (picked === undefined) return { items: [], cursor: null }
  const { call, item, searched, extract } = picked
  const items: DictionaryItem[] = []
  let next: string | undefined = cursor
  for (let page = 0; ; page++) {
    const options = { mode: 'page', pageSize: MAX_PAGE_SIZE, limit: MAX_PAGE_SIZE, cursor: next } as const
    const result = await listAll<typeof call.operation, T>(github, call, options, extract)
    items.push(...result.items.filter((entry) => matchesSearch(search, ...searched(entry))).map(item))
    const done = result.nextCursor === null || search === undefined || page + 1 >= SEARCH_PAGES || items.length >= SEARCH_ENOUGH
    if (done) return { items, cursor: result.nextCursor }
    next = result.nextCursor ?? undefined
  }
}

/** criteria.repository as the repository parameter holds it; an unusable value counts as "not picked". */
function selectedRepository(value: unknown): RepositoryRef | undefined {
  try {
    return repository(value)
  } catch (error) {
    if (error instanceof InvalidInput) return undefined
    throw error
  }
}
