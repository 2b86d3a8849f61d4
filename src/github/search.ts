import type { components, operations } from '@octokit/openapi-types'
import { type GitHubContext } from './api'
import { choice, listOptions, optionalBoolean, requiredString } from './input'
import { listAll, type ListResult } from './pagination'

/**
 * GitHub's search API: https://docs.github.com/en/rest/search/search
 * Its own rate limit (30 requests a minute; 10 for code) and at most 1000 results per query,
 * whatever the paging (https://docs.github.com/en/rest/search/search#about-search).
 */

export type IssueSearchItem = components['schemas']['issue-search-result-item']
export type RepositorySearchItem = components['schemas']['repo-search-result-item']
export type CodeSearchItem = components['schemas']['code-search-result-item']
type IssueSearchQuery = operations['search/issues-and-pull-requests']['parameters']['query']
type RepositorySearchQuery = operations['search/repos']['parameters']['query']

/** Results of a search: the list result plus GitHub's total and its "timed out, partial" flag. */
export interface SearchResult<T> extends ListResult<T> {
  totalCount: number
  incompleteResults: boolean
}

/** GitHub accepts queries of 256 characters plus qualifiers; longer text is GitHub's to reject, this only stops runaways. */
const MAX_QUERY_LENGTH = 1024
const TEXT_MATCH = 'application/vnd.github.text-match+json'
const SEARCH_NEEDS = 'the "repo" scope to include private repositories'

const ORDERS: Record<string, NonNullable<IssueSearchQuery['order']>> = { Descending: 'desc', Ascending: 'asc' }
const BEST_MATCH = 'Best Match'

const ISSUE_SORTS: Record<string, NonNullable<IssueSearchQuery['sort']> | typeof BEST_MATCH> = {
  [BEST_MATCH]: BEST_MATCH,
  Comments: 'comments',
  Reactions: 'reactions',
  Interactions: 'interactions',
  Created: 'created',
  Updated: 'updated',
}

const REPOSITORY_SORTS: Record<string, NonNullable<RepositorySearchQuery['sort']> | typeof BEST_MATCH> = {
  [BEST_MATCH]: BEST_MATCH,
  Stars: 'stars',
  Forks: 'forks',
  'Help Wanted Issues': 'help-wanted-issues',
  Updated: 'updated',
}

export interface SearchInput {
  query: unknown
  sort?: unknown
  order?: unknown
  fetchAll?: unknown
  limit?: unknown
  cursor?: unknown
}

/** GET /search/issues: https://docs.github.com/en/rest/search/search#search-issues-and-pull-requests */
export async function searchIssues(github: GitHubContext, input: SearchInput): Promise<SearchResult<IssueSearchItem>> {
  return search<IssueSearchItem>(github, '/search/issues', input, ISSUE_SORTS, 'issues and pull requests')
}

/** GET /search/repositories: https://docs.github.com/en/rest/search/search#search-repositories */
export async function searchRepositories(github: GitHubContext, input: SearchInput): Promise<SearchResult<RepositorySearchItem>> {
  return search<RepositorySearchItem>(github, '/search/repositories', input, REPOSITORY_SORTS, 'repositories')
}

export interface SearchCodeInput {
  query: unknown
  textMatches?: unknown
  fetchAll?: unknown
  limit?: unknown
  cursor?: unknown
}

/** GET /search/code: https://docs.github.com/en/rest/search/search#search-code (its sort and order are closing down, so not offered). */
export async function searchCode(github: GitHubContext, input: SearchCodeInput): Promise<SearchResult<CodeSearchItem>> {
  const textMatches = optionalBoolean(input.textMatches, 'textMatches') ?? false
  return search<CodeSearchItem>(github, '/search/code', input, {}, 'code', textMatches ? TEXT_MATCH : undefined)
}

async function search<T>(
  github: GitHubContext,
  path: string,
  input: SearchInput,
  sorts: Record<string, string>,
  what: string,
  accept?: string,
): Promise<SearchResult<T>> {
  const q = requiredString(input.query, 'query', MAX_QUERY_LENGTH)
  const sortChoice = Object.keys(sorts).length > 0 ? choice(input.sort, 'sort', sorts) : undefined
  const sort = sortChoice === BEST_MATCH ? undefined : sortChoice
  const orderChoice = choice(input.order, 'order', ORDERS)
  // GitHub ignores the order without a sort (best match ranks by relevance), so it is only sent with one.
  const order = sort === undefined ? undefined : orderChoice
  const options = listOptions(input.fetchAll, input.limit, input.cursor)
  let incompleteResults = false
  const extract = (data: unknown): T[] => {
    const page = (typeof data === 'object' && data !== null ? data : {}) as { items?: unknown; incomplete_results?: unknown }
    incompleteResults ||= page.incomplete_results === true
    return Array.isArray(page.items) ? (page.items as T[]) : []
  }
  const query: Record<string, string> = { q, ...(sort !== undefined && { sort }), ...(order !== undefined && { order }) }
  const result = await listAll<T>(
    github,
    { method: 'GET', path, query, ...(accept !== undefined && { accept }), subject: `the search for ${what} "${q}"`, needs: SEARCH_NEEDS },
    options,
    extract,
  )
  return { ...result, totalCount: result.totalCount ?? result.items.length, incompleteResults }
}
