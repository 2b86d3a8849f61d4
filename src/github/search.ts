import type { components, operations } from '@octokit/openapi-types'
import { type GitHubContext } from './api'
import { choice, dictionaryPayload, listOptions, optionalBoolean, requiredString, type DictionaryResult } from './input'
import { listAll, type ListResult } from './pagination'
import * as define from '../operations/definition'
import * as param from './params'

/**
 * GitHub's search API: https://docs.github.com/en/rest/search/search
 * Its own rate limit (30 requests a minute; 10 for code) and at most 1000 results per query,
 * whatever the paging (https://docs.github.com/en/rest/search/search#about-search).
 */

export type IssueSearchItem = components['schemas']['issue-search-result-item']
export type RepositorySearchItem = components['schemas']['repo-search-result-item']
export type CodeSearchItem = components['schemas']['code-search-result-item']
export type UserSearchItem = components['schemas']['user-search-result-item']
type UserSearchQuery = operations['search/users']['parameters']['query']
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

const ORDERS: Record<string, NonNullable<IssueSearchQuery['order']>> = param.SEARCH_ORDERS
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

const USER_SORTS: Record<string, NonNullable<UserSearchQuery['sort']> | typeof BEST_MATCH> = {
  [BEST_MATCH]: BEST_MATCH,
  Followers: 'followers',
  Repositories: 'repositories',
  Joined: 'joined',
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
  return search<IssueSearchItem>(
    github,
    ['search/issues-and-pull-requests', '/search/issues'],
    input,
    ISSUE_SORTS,
    'issues and pull requests',
  )
}

/** GET /search/repositories: https://docs.github.com/en/rest/search/search#search-repositories */
export async function searchRepositories(github: GitHubContext, input: SearchInput): Promise<SearchResult<RepositorySearchItem>> {
  return search<RepositorySearchItem>(github, ['search/repos', '/search/repositories'], input, REPOSITORY_SORTS, 'repositories')
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
  return search<CodeSearchItem>(github, ['search/code', '/search/code'], input, {}, 'code', textMatches ? TEXT_MATCH : undefined)
}

/** GET /search/users: https://docs.github.com/en/rest/search/search#search-users */
export async function searchUsers(github: GitHubContext, input: SearchInput): Promise<SearchResult<UserSearchItem>> {
  return search<UserSearchItem>(github, ['search/users', '/search/users'], input, USER_SORTS, 'users')
}

/** People for a login parameter, found by GitHub's user search as the person types (nothing before they type). */
export async function getUsersDictionary(github: GitHubContext, payload: unknown): Promise<DictionaryResult> {
  const { search: text, cursor } = dictionaryPayload(payload)
  if (text === undefined) return { items: [], cursor: null }
  const words = text.replace(/[^A-Za-z0-9-]+/g, ' ').trim()
  if (words === '') return { items: [], cursor: null }
  const result = await searchUsers(github, { query: `${words} in:login in:name`, fetchAll: false, limit: 30, cursor })
  return {
    items: result.items.map((user) => ({ label: user.login, value: user.login, note: user.type })),
    cursor: result.nextCursor,
  }
}

async function search<T>(
  github: GitHubContext,
  [operation, path]: ['search/issues-and-pull-requests' | 'search/repos' | 'search/code' | 'search/users', string],
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
  const result = await listAll(
    github,
    { operation, method: 'GET', path, query, ...(accept !== undefined && { accept }), subject: `the search for ${what} "${q}"` },
    options,
    extract,
  )
  return { ...result, totalCount: result.totalCount ?? result.items.length, incompleteResults }
}

// ── Operations ───────────────────────────────────────────────────────────────

/** The operations this module implements, as the platform shows them (see src/operations/definition.ts). */
export const definitions = {
  searchIssues: define.action({
    label: 'Search Issues and Pull Requests',
    route: 'GET /search-issues-and-pull-requests',
    category: 'Search',
    description:
      'Finds issues and pull requests across GitHub with GitHub\'s search syntax, e.g. "repo:octocat/Hello-World is:issue is:open label:bug". Returns the matching items, totalCount, incompleteResults (true when GitHub\'s search timed out and the results are partial) and a cursor. Search has its own rate limit (30 requests a minute) and returns at most the first 1000 results of a query; GitHub App connections must include is:issue or is:pr in the query.',
    requires: { scope: 'repo', permission: 'Issues: read' },
    params: [
      {
        type: 'String',
        label: 'Query',
        name: 'query',
        required: true,
        description:
          'Keywords and qualifiers, e.g. is:issue is:open label:bug repo:octocat/Hello-World, or is:pr author:octocat created:>2024-01-01. Private repositories appear only with the repo scope.',
      },
      {
        type: 'String',
        label: 'Sort By',
        name: 'sort',
        defaultValue: 'Best Match',
        uiComponent: {
          type: 'DROPDOWN',
          options: { values: Object.keys(ISSUE_SORTS) },
        },
        description:
          'Best Match ranks by relevance; the others order by number of comments, reactions or interactions, or by creation or update time.',
      },
      param.searchOrder,
      param.searchFetchAll,
      param.limit,
      param.searchCursor,
    ],
    sample: {
      items: [
        {
          url: 'https://api.github.com/repos/octocat/Hello-World/issues/1347',
          repository_url: 'https://api.github.com/repos/octocat/Hello-World',
          html_url: 'https://github.com/octocat/Hello-World/issues/1347',
          id: 1,
          node_id: 'MDU6SXNzdWUx',
          number: 1347,
          title: 'Found a bug',
          state: 'open',
          state_reason: null,
          user: { login: 'octocat', id: 1, type: 'User' },
          labels: [{ id: 208045946, name: 'bug', color: 'f29513', default: true, description: "Something isn't working" }],
          assignee: null,
          assignees: [],
          milestone: null,
          locked: false,
          comments: 15,
          created_at: '2009-07-12T20:10:41Z',
          updated_at: '2009-07-19T09:23:43Z',
          closed_at: null,
          author_association: 'COLLABORATOR',
          body: "I'm having a problem with this.",
          score: 1,
        },
      ],
      nextCursor: 'c1.eyJxIjp7InBlcl9wYWdlIjoiMzAiLCJwYWdlIjoiMiJ9fQ.5NMzEKEeQsNJymRRIVmG_SGiOqRjacnxI5il4pPHt2Y',
      totalCount: 280,
      incompleteResults: false,
    },
    run: searchIssues,
  }),
  searchRepositories: define.action({
    label: 'Search Repositories',
    route: 'GET /search-repositories',
    category: 'Search',
    description:
      'Finds repositories across GitHub with GitHub\'s search syntax, e.g. "tetris language:assembly stars:>10". Returns the matching repositories, totalCount, incompleteResults (true when GitHub\'s search timed out and the results are partial) and a cursor. Search has its own rate limit (30 requests a minute) and returns at most the first 1000 results of a query.',
    requires: { scope: 'repo', permission: 'Metadata: read' },
    params: [
      {
        type: 'String',
        label: 'Query',
        name: 'query',
        required: true,
        description:
          'Keywords and qualifiers, e.g. tetris language:assembly, org:github topic:api, or user:octocat archived:false. Private repositories appear only with the repo scope.',
      },
      {
        type: 'String',
        label: 'Sort By',
        name: 'sort',
        defaultValue: 'Best Match',
        uiComponent: { type: 'DROPDOWN', options: { values: Object.keys(REPOSITORY_SORTS) } },
        description: 'Best Match ranks by relevance; the others order by stars, forks, issues labelled help wanted, or last update.',
      },
      param.searchOrder,
      param.searchFetchAll,
      param.limit,
      param.searchCursor,
    ],
    sample: {
      items: [
        {
          id: 3081286,
          node_id: 'MDEwOlJlcG9zaXRvcnkzMDgxMjg2',
          name: 'Tetris',
          full_name: 'dtrupenn/Tetris',
          owner: { login: 'dtrupenn', id: 872147, type: 'User' },
          private: false,
          html_url: 'https://github.com/dtrupenn/Tetris',
          description: 'A C implementation of Tetris using Pennsim through LC4',
          fork: false,
          url: 'https://api.github.com/repos/dtrupenn/Tetris',
          created_at: '2012-01-01T00:31:50Z',
          updated_at: '2013-01-05T17:58:47Z',
          pushed_at: '2012-01-01T00:37:02Z',
          homepage: '',
          size: 524,
          stargazers_count: 1,
          watchers_count: 1,
          language: 'Assembly',
          forks_count: 0,
          open_issues_count: 0,
          default_branch: 'master',
          topics: [],
          visibility: 'public',
          score: 1,
        },
      ],
      nextCursor: null,
      totalCount: 40,
      incompleteResults: false,
    },
    run: searchRepositories,
  }),
  searchCode: define.action({
    label: 'Search Code',
    route: 'GET /search-code',
    category: 'Search',
    description:
      'Finds files whose content or path matches a code search on GitHub\'s default branches, e.g. "addClass in:file language:js repo:jquery/jquery". Returns the matching files (name, path, sha, repository, URL; with Text Matches, the matching fragments), totalCount, incompleteResults and a cursor. Code search has its own, tighter rate limit (10 requests a minute) and returns at most the first 1000 results of a query.',
    requires: { scope: 'repo', permission: 'Contents: read' },
    params: [
      {
        type: 'String',
        label: 'Query',
        name: 'query',
        required: true,
        description:
          'Search terms with at least one keyword and qualifiers, e.g. addClass in:file language:js repo:jquery/jquery, or filename:package.json org:github.',
      },
      {
        type: 'Boolean',
        label: 'Text Matches',
        name: 'textMatches',
        defaultValue: false,
        uiComponent: { type: 'TOGGLE' },
        description: 'On: each result also carries text_matches, the fragments of the file that matched, for highlighting.',
      },
      param.searchFetchAll,
      param.limit,
      param.searchCursor,
    ],
    sample: {
      items: [
        {
          name: 'classes.js',
          path: 'src/attributes/classes.js',
          sha: 'd7212f9dee2dcc18f084d7df8f417b80846ded5a',
          url: 'https://api.github.com/repositories/167174/contents/src/attributes/classes.js?ref=825ac3773694e0cd23ee74895fd5aeb535b27da4',
          git_url: 'https://api.github.com/repositories/167174/git/blobs/d7212f9dee2dcc18f084d7df8f417b80846ded5a',
          html_url: 'https://github.com/jquery/jquery/blob/825ac3773694e0cd23ee74895fd5aeb535b27da4/src/attributes/classes.js',
          repository: {
            id: 167174,
            node_id: 'MDEwOlJlcG9zaXRvcnkxNjcxNzQ=',
            name: 'jquery',
            full_name: 'jquery/jquery',
            owner: { login: 'jquery', id: 70142, type: 'Organization' },
            private: false,
            html_url: 'https://github.com/jquery/jquery',
            description: 'jQuery JavaScript Library',
            fork: false,
          },
          score: 1,
        },
      ],
      nextCursor: null,
      totalCount: 7,
      incompleteResults: false,
    },
    run: searchCode,
  }),
  searchUsers: define.action({
    label: 'Search Users',
    route: 'GET /search-users',
    category: 'Search',
    description:
      'Finds users and organizations across GitHub with GitHub\'s search syntax, e.g. "tom in:login followers:>100" or "location:berlin language:go". Returns the accounts, totalCount, incompleteResults and a cursor. Search has its own rate limit (30 requests a minute) and returns at most the first 1000 results.',
    requires: { scope: '(none)', permission: '(none)' },
    params: [
      {
        type: 'String',
        label: 'Query',
        name: 'query',
        required: true,
        description: 'Keywords and qualifiers, e.g. mona in:login type:user, or location:berlin followers:>10.',
      },
      {
        type: 'String',
        label: 'Sort By',
        name: 'sort',
        defaultValue: 'Best Match',
        uiComponent: { type: 'DROPDOWN', options: { values: Object.keys(USER_SORTS) } },
        description: 'Best Match ranks by relevance; the others order by followers, public repositories, or when they joined.',
      },
      param.searchOrder,
      param.searchFetchAll,
      param.limit,
      param.searchCursor,
    ],
    sample: {
      items: [{ login: 'mojombo', id: 1, type: 'User', html_url: 'https://github.com/mojombo', score: 1 }],
      nextCursor: null,
      totalCount: 12,
      incompleteResults: false,
    },
    run: searchUsers,
  }),
  getUsersDictionary: define.dictionary({
    label: 'Get Users Dictionary',
    route: 'POST /get-users-dictionary',
    description:
      "Finds GitHub accounts by login or name as the person types (GitHub's user search): value is the login, the note User or Organization.",
    requires: { scope: '(none)', permission: '(none)' },
    params: [{ type: 'Object', label: 'Payload', name: 'payload', description: 'Search text and cursor.' }],
    sample: { items: [{ label: 'octocat', value: 'octocat', note: 'User' }], cursor: null },
    run: (github: GitHubContext, { payload }) => getUsersDictionary(github, payload),
  }),
}
