import type { components, operations } from '@octokit/openapi-types'
import { Conflict, InvalidInput, NotFound, ValidationFailed } from '../errors'
import { apiPath, apiSubPath, callApi, type ApiCall, type GitHubContext } from './api'
import {
  choice,
  type DictionaryItem,
  dictionaryPayload,
  type DictionaryResult,
  listOptions,
  matchesSearch,
  optionalBoolean,
  optionalDateTime,
  optionalLogin,
  optionalRef,
  optionalString,
  repository,
  repositoryName,
  repositoryPath,
  type RepositoryRef,
} from './input'
import { listAll, MAX_PAGE_SIZE, type ListOptions, type ListResult } from './pagination'
import * as define from '../operations/definition'
import * as param from './params'

type Repository = components['schemas']['repository']
type MinimalRepository = components['schemas']['minimal-repository']
type FullRepository = components['schemas']['full-repository']
type ShortBranch = components['schemas']['short-branch']
type Tag = components['schemas']['tag']
type GitRef = components['schemas']['git-ref']
type Commit = components['schemas']['commit']
type ListForUserQuery = NonNullable<operations['repos/list-for-authenticated-user']['parameters']['query']>
type ListForOrgQuery = NonNullable<operations['repos/list-for-org']['parameters']['query']>
type CreateRepositoryBody = operations['repos/create-in-org']['requestBody']['content']['application/json']
type CreateForkBody = NonNullable<operations['repos/create-fork']['requestBody']>['content']['application/json']
type CreateRefBody = operations['git/create-ref']['requestBody']['content']['application/json']
type ListCommitsQuery = NonNullable<operations['repos/list-commits']['parameters']['query']>

const CREATE_REPOSITORY = 'the "repo" scope (public repositories: "public_repo"; GitHub App permission "Administration: write")'

/** Names GitHub keeps as given; anything else it would silently rewrite to "-". */

export function describe({ owner, repo }: RepositoryRef): string {
  return `${owner}/${repo}`
}

// ── List Repositories ────────────────────────────────────────────────────────

export interface ListRepositoriesInput {
  organization: unknown
  visibility: unknown
  affiliation: unknown
  sort: unknown
  direction: unknown
  fetchAll: unknown
  limit: unknown
  cursor: unknown
}

const VISIBILITIES = { All: 'all', Public: 'public', Private: 'private' } as const
const AFFILIATIONS = {
  Any: 'owner,collaborator,organization_member',
  Owner: 'owner',
  Collaborator: 'collaborator',
  'Organization Member': 'organization_member',
  'Owner or Collaborator': 'owner,collaborator',
} as const
const SORTS = { 'Full Name': 'full_name', Created: 'created', Updated: 'updated', Pushed: 'pushed' } as const
const DIRECTIONS = { Ascending: 'asc', Descending: 'desc' } as const

/**
 * GET /user/repos: https://docs.github.com/en/rest/repos/repos#list-repositories-for-the-authenticated-user
 * GET /orgs/{org}/repos: https://docs.github.com/en/rest/repos/repos#list-organization-repositories
 */
export async function listRepositories(
  github: GitHubContext,
  input: ListRepositoriesInput,
): Promise<ListResult<Repository | MinimalRepository>> {
  const organization = optionalLogin(input.organization, 'organization')
  const visibility = choice(input.visibility, 'visibility', VISIBILITIES)
  const affiliation = choice(input.affiliation, 'affiliation', AFFILIATIONS)
  const sort = choice(input.sort, 'sort', SORTS)
  const direction = choice(input.direction, 'direction', DIRECTIONS)
  const options = listOptions(input.fetchAll, input.limit, input.cursor)
  if (organization !== undefined) {
    if (affiliation !== undefined) {
      throw new InvalidInput('affiliation', 'applies only to your own repository list; leave it empty when an Organization is chosen.')
    }
    const query: ListForOrgQuery = { type: visibility, sort, direction }
    return listAll(
      github,
      {
        operation: 'repos/list-for-org',
        method: 'GET',
        path: apiPath`/orgs/${organization}/repos`,
        query,
        subject: `the repositories of the organization "${organization}"`,
      },
      options,
    )
  }
  const query: ListForUserQuery = { visibility, affiliation, sort, direction }
  return listUserRepositories(github, query, options)
}

function listUserRepositories(github: GitHubContext, query: ListForUserQuery, options: ListOptions): Promise<ListResult<Repository>> {
  return listAll(
    github,
    {
      operation: 'repos/list-for-authenticated-user',
      method: 'GET',
      path: '/user/repos',
      query,
      subject: "the connected account's repositories",
    },
    options,
  )
}

// ── Get Repository ───────────────────────────────────────────────────────────

export interface GetRepositoryInput {
  repository: unknown
}

/** GET /repos/{owner}/{repo}: https://docs.github.com/en/rest/repos/repos#get-a-repository */
export async function getRepository(github: GitHubContext, input: GetRepositoryInput): Promise<FullRepository> {
  const ref = repository(input.repository)
  return fetchRepository(github, ref)
}

async function fetchRepository(github: GitHubContext, ref: RepositoryRef): Promise<FullRepository> {
  const { data } = await callApi(github, {
    operation: 'repos/get',
    method: 'GET',
    path: apiPath`/repos/${ref.owner}/${ref.repo}`,
    subject: `the repository ${describe(ref)}`,
  })
  return data
}

// ── Create Repository ────────────────────────────────────────────────────────

export interface CreateRepositoryInput {
  name: unknown
  organization: unknown
  description: unknown
  visibility: unknown
  autoInit: unknown
  gitignoreTemplate: unknown
  licenseTemplate: unknown
}

const NEW_VISIBILITIES = { Private: 'private', Public: 'public' } as const

/**
 * POST /user/repos: https://docs.github.com/en/rest/repos/repos#create-a-repository-for-the-authenticated-user
 * POST /orgs/{org}/repos: https://docs.github.com/en/rest/repos/repos#create-an-organization-repository
 */
export async function createRepository(github: GitHubContext, input: CreateRepositoryInput): Promise<FullRepository> {
  const name = repositoryName(input.name, 'name')
  const organization = optionalLogin(input.organization, 'organization')
  const description = optionalString(input.description, 'description', 350)
  const visibility = choice(input.visibility, 'visibility', NEW_VISIBILITIES) ?? 'private'
  const autoInit = optionalBoolean(input.autoInit, 'autoInit')
  const gitignoreTemplate = templateName(input.gitignoreTemplate, 'gitignoreTemplate', /^[A-Za-z0-9+#._ -]{1,100}$/, '"Node" or "Python"')
  const licenseTemplate = templateName(
    input.licenseTemplate,
    'licenseTemplate',
    /^[A-Za-z0-9.-]{1,50}$/,
    '"mit" or "apache-2.0"',
  )?.toLowerCase()
  const body: CreateRepositoryBody = {
    name,
    ...(description !== undefined && { description }),
    private: visibility === 'private',
    ...(autoInit !== undefined && { auto_init: autoInit }),
    ...(gitignoreTemplate !== undefined && { gitignore_template: gitignoreTemplate }),
    ...(licenseTemplate !== undefined && { license_template: licenseTemplate }),
  }
  const { data } = await callApi(github, {
    operation: organization === undefined ? 'repos/create-for-authenticated-user' : 'repos/create-in-org',
    method: 'POST',
    path: organization === undefined ? '/user/repos' : apiPath`/orgs/${organization}/repos`,
    body,
    subject:
      organization === undefined ? `the new repository "${name}"` : `the new repository "${name}" in the organization "${organization}"`,
    needs: organization === undefined ? CREATE_REPOSITORY : `${CREATE_REPOSITORY} and membership of the organization`,
  })
  return data
}

function templateName(value: unknown, parameter: string, pattern: RegExp, example: string): string | undefined {
  const text = optionalString(value, parameter, 100)
  if (text !== undefined && !pattern.test(text)) throw new InvalidInput(parameter, `must be a template name such as ${example}.`)
  return text
}

// ── Fork Repository ──────────────────────────────────────────────────────────

export interface ForkRepositoryInput {
  repository: unknown
  organization: unknown
  name: unknown
  defaultBranchOnly: unknown
}

/** POST /repos/{owner}/{repo}/forks: https://docs.github.com/en/rest/repos/forks#create-a-fork */
export async function forkRepository(github: GitHubContext, input: ForkRepositoryInput): Promise<FullRepository> {
  const ref = repository(input.repository)
  const organization = optionalLogin(input.organization, 'organization')
  const name = input.name === undefined || input.name === null || input.name === '' ? undefined : repositoryName(input.name, 'name')
  const defaultBranchOnly = optionalBoolean(input.defaultBranchOnly, 'defaultBranchOnly')
  const body: CreateForkBody = {
    ...(organization !== undefined && { organization }),
    ...(name !== undefined && { name }),
    ...(defaultBranchOnly !== undefined && { default_branch_only: defaultBranchOnly }),
  }
  const { data } = await callApi(github, {
    operation: 'repos/create-fork',
    method: 'POST',
    path: apiPath`/repos/${ref.owner}/${ref.repo}/forks`,
    body,
    subject: `the fork of ${describe(ref)}`,
    needs: 'the "repo" scope (public repositories: "public_repo"; GitHub App permissions "Administration: write" and "Contents: read")',
  })
  return data
}

// ── Branches ─────────────────────────────────────────────────────────────────

export interface ListBranchesInput {
  repository: unknown
  protection: unknown
  fetchAll: unknown
  limit: unknown
  cursor: unknown
}

const PROTECTIONS = { All: 'all', Protected: 'true', Unprotected: 'false' } as const

/** GET /repos/{owner}/{repo}/branches: https://docs.github.com/en/rest/branches/branches#list-branches */
export async function listBranches(github: GitHubContext, input: ListBranchesInput): Promise<ListResult<ShortBranch>> {
  const ref = repository(input.repository)
  const protection = choice(input.protection, 'protection', PROTECTIONS)
  const options = listOptions(input.fetchAll, input.limit, input.cursor)
  return fetchBranches(github, ref, protection === undefined || protection === 'all' ? undefined : protection === 'true', options)
}

function fetchBranches(github: GitHubContext, ref: RepositoryRef, protectedOnly: boolean | undefined, options: ListOptions) {
  const call: ApiCall<'repos/list-branches'> = {
    operation: 'repos/list-branches',
    method: 'GET',
    path: apiPath`/repos/${ref.owner}/${ref.repo}/branches`,
    query: { protected: protectedOnly },
    subject: `the branches of ${describe(ref)}`,
  }
  return listAll(github, call, options)
}

export interface ListTagsInput {
  repository: unknown
  fetchAll: unknown
  limit: unknown
  cursor: unknown
}

/** GET /repos/{owner}/{repo}/tags: https://docs.github.com/en/rest/repos/repos#list-repository-tags */
export async function listTags(github: GitHubContext, input: ListTagsInput): Promise<ListResult<Tag>> {
  const ref = repository(input.repository)
  const options = listOptions(input.fetchAll, input.limit, input.cursor)
  return listAll(
    github,
    {
      operation: 'repos/list-tags',
      method: 'GET',
      path: apiPath`/repos/${ref.owner}/${ref.repo}/tags`,
      subject: `the tags of ${describe(ref)}`,
    },
    options,
  )
}

export interface CreateBranchInput {
  repository: unknown
  branch: unknown
  fromRef: unknown
}

export interface CreatedBranch {
  /** The new branch's name. */
  name: string
  /** The commit the branch starts at. */
  sha: string
  /** The git reference GitHub created. */
  ref: GitRef
}

const COMMIT_SHA = /^[0-9a-f]{40}$/i

/** POST /repos/{owner}/{repo}/git/refs: https://docs.github.com/en/rest/git/refs#create-a-reference */
export async function createBranch(github: GitHubContext, input: CreateBranchInput): Promise<CreatedBranch> {
  const ref = repository(input.repository)
  const name = optionalRef(stripHeadsPrefix(input.branch), 'branch')
  if (name === undefined) throw new InvalidInput('branch', 'is required.')
  const from = optionalRef(input.fromRef, 'fromRef')
  const sha = from !== undefined && COMMIT_SHA.test(from) ? from.toLowerCase() : await commitAt(github, ref, from)
  const body: CreateRefBody = { ref: `refs/heads/${name}`, sha }
  try {
    const { data } = await callApi(github, {
      operation: 'git/create-ref',
      method: 'POST',
      path: apiPath`/repos/${ref.owner}/${ref.repo}/git/refs`,
      body,
      subject: `the new branch "${name}" in ${describe(ref)}`,
    })
    return { name, sha: data.object.sha, ref: data }
  } catch (error) {
    if (error instanceof ValidationFailed && /already exists/i.test(error.message)) {
      throw new Conflict(`A branch named "${name}" already exists in ${describe(ref)}. Choose another name, or use the existing branch.`)
    }
    throw error
  }
}

function stripHeadsPrefix(value: unknown): unknown {
  return typeof value === 'string' ? value.trim().replace(/^refs\/heads\//, '') : value
}

/**
 * The commit a branch, tag or SHA points at (tags peeled), or the default branch's head.
 * GET /repos/{owner}/{repo}/commits: https://docs.github.com/en/rest/commits/commits#list-commits
 */
async function commitAt(github: GitHubContext, ref: RepositoryRef, from: string | undefined): Promise<string> {
  const { data } = await callApi(github, {
    operation: 'repos/list-commits',
    method: 'GET',
    path: apiPath`/repos/${ref.owner}/${ref.repo}/commits`,
    query: { sha: from, per_page: 1 },
    subject: from === undefined ? `the default branch of ${describe(ref)}` : `the branch, tag or commit "${from}" in ${describe(ref)}`,
  })
  const head = Array.isArray(data) ? data[0] : undefined
  if (!head) throw new Conflict(`${describe(ref)} has no commits yet, so a branch cannot start from it. Create a file first.`)
  return head.sha
}

export interface DeleteBranchInput {
  repository: unknown
  branch: unknown
}

export interface DeletedBranch {
  deleted: true
  repository: string
  branch: string
}

/** DELETE /repos/{owner}/{repo}/git/refs/{ref}: https://docs.github.com/en/rest/git/refs#delete-a-reference */
export async function deleteBranch(github: GitHubContext, input: DeleteBranchInput): Promise<DeletedBranch> {
  const ref = repository(input.repository)
  const name = optionalRef(stripHeadsPrefix(input.branch), 'branch')
  if (name === undefined) throw new InvalidInput('branch', 'is required.')
  try {
    await callApi(github, {
      operation: 'git/delete-ref',
      method: 'DELETE',
      // The slashes of "feature/login" are part of the ref path; each segment is encoded on its own.
      path: apiPath`/repos/${ref.owner}/${ref.repo}/git/refs/heads/` + apiSubPath(name),
      subject: `the branch "${name}" of ${describe(ref)}`,
    })
  } catch (error) {
    if (error instanceof ValidationFailed && /reference does not exist/i.test(error.message)) {
      throw new NotFound(`There is no branch "${name}" in ${describe(ref)}; it may have been deleted already.`)
    }
    throw error
  }
  return { deleted: true, repository: describe(ref), branch: name }
}

// ── Commits ──────────────────────────────────────────────────────────────────

export interface ListCommitsInput {
  repository: unknown
  ref: unknown
  path: unknown
  author: unknown
  since: unknown
  until: unknown
  fetchAll: unknown
  limit: unknown
  cursor: unknown
}

/** GET /repos/{owner}/{repo}/commits: https://docs.github.com/en/rest/commits/commits#list-commits */
export async function listCommits(github: GitHubContext, input: ListCommitsInput): Promise<ListResult<Commit>> {
  const ref = repository(input.repository)
  const at = optionalRef(input.ref, 'ref')
  const path = isBlank(input.path)
    ? undefined
    : repositoryPath(typeof input.path === 'string' ? input.path.replace(/\/+$/, '') : input.path, 'path')
  const author = optionalString(input.author, 'author', 256)
  const since = optionalDateTime(input.since, 'since')
  const until = optionalDateTime(input.until, 'until')
  if (since !== undefined && until !== undefined && since > until) throw new InvalidInput('until', 'must be later than Since.')
  const options = listOptions(input.fetchAll, input.limit, input.cursor)
  const query: ListCommitsQuery = { sha: at, path, author, since, until }
  return listAll(
    github,
    {
      operation: 'repos/list-commits',
      method: 'GET',
      path: apiPath`/repos/${ref.owner}/${ref.repo}/commits`,
      query,
      subject: `the commits of ${describe(ref)}${at === undefined ? '' : ` on "${at}"`}`,
    },
    options,
  )
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
}

// ── Dictionaries ─────────────────────────────────────────────────────────────

/**
 * Search fetches up to this many items per call and filters them: GitHub has no server-side
 * search over "every repository I can reach" (the search API only sees one owner at a time,
 * and allows 30 requests a minute, too few for type-ahead).
 */
const SEARCH_WINDOW = 300

function dictionaryOptions(search: string | undefined, cursor: string | undefined): ListOptions {
  return search
    ? { mode: 'all', pageSize: MAX_PAGE_SIZE, limit: SEARCH_WINDOW, ...(cursor && { cursor }) }
    : { mode: 'page', pageSize: MAX_PAGE_SIZE, limit: MAX_PAGE_SIZE, ...(cursor && { cursor }) }
}

/** The connected account's repositories, most recently updated first; value = "owner/name". */
export async function getRepositoriesDictionary(github: GitHubContext, payload: unknown): Promise<DictionaryResult> {
  const { search, cursor } = dictionaryPayload(payload)
  const page = await listUserRepositories(github, { sort: 'updated' }, dictionaryOptions(search, cursor))
  const items = page.items
    .filter((repo) => matchesSearch(search, repo.full_name, repo.description))
    .map((repo): DictionaryItem => {
      const visibility = repo.visibility ?? (repo.private ? 'private' : 'public')
      return { label: repo.full_name, value: repo.full_name, note: repo.description ? `${visibility} · ${repo.description}` : visibility }
    })
  return { items, cursor: page.nextCursor }
}

/** Branches of criteria.repository; value = branch name; the default branch comes first. */
export async function getBranchesDictionary(github: GitHubContext, payload: unknown): Promise<DictionaryResult> {
  const { search, cursor, criteria } = dictionaryPayload(payload)
  const chosen = criteria['repository']
  if (chosen === undefined || chosen === null || (typeof chosen === 'string' && chosen.trim() === '')) return { items: [], cursor: null }
  const ref = repository(chosen)
  const [repo, page] = await Promise.all([
    fetchRepository(github, ref),
    fetchBranches(github, ref, undefined, dictionaryOptions(search, cursor)),
  ])
  const items = page.items
    .filter((branch) => matchesSearch(search, branch.name))
    .map((branch): DictionaryItem => {
      const notes = [branch.name === repo.default_branch ? 'default' : '', branch.protected ? 'protected' : ''].filter(Boolean)
      return { label: branch.name, value: branch.name, ...(notes.length > 0 && { note: notes.join(' · ') }) }
    })
    .sort((a, b) => Number(b.value === repo.default_branch) - Number(a.value === repo.default_branch))
  return { items, cursor: page.nextCursor }
}

/** GET /gitignore/templates: https://docs.github.com/en/rest/gitignore/gitignore#get-all-gitignore-templates */
export async function getGitignoreTemplatesDictionary(github: GitHubContext, payload: unknown): Promise<DictionaryResult> {
  const { search } = dictionaryPayload(payload)
  // One short list (about 150 names), not paginated by GitHub.
  const { data } = await callApi(github, {
    operation: 'gitignore/get-all-templates',
    method: 'GET',
    path: '/gitignore/templates',
    subject: 'the .gitignore templates',
  })
  const items = (Array.isArray(data) ? data : [])
    .filter((name) => matchesSearch(search, name))
    .map((name): DictionaryItem => ({ label: name, value: name }))
  return { items, cursor: null }
}

/** GET /licenses: https://docs.github.com/en/rest/licenses/licenses#get-all-commonly-used-licenses */
export async function getLicensesDictionary(github: GitHubContext, payload: unknown): Promise<DictionaryResult> {
  const { search, cursor } = dictionaryPayload(payload)
  const page = await listAll(
    github,
    { operation: 'licenses/get-all-commonly-used', method: 'GET', path: '/licenses', subject: 'the license templates' },
    dictionaryOptions(undefined, cursor),
  )
  const items = page.items
    .filter((license) => matchesSearch(search, license.key, license.name, license.spdx_id))
    .map((license): DictionaryItem => ({ label: license.name, value: license.key, ...(license.spdx_id && { note: license.spdx_id }) }))
  return { items, cursor: page.nextCursor }
}

// ── Operations ───────────────────────────────────────────────────────────────

/** The operations this module implements, as the platform shows them (see src/operations/definition.ts). */
export const definitions = {
  listRepositories: define.action({
    label: 'List Repositories',
    route: 'GET /list-repositories',
    category: 'Repositories',
    description:
      'Lists the repositories the connected account can reach (owned, collaborating on, or through an organization), or all repositories of one organization when Organization is set, with visibility, affiliation and sort filters. Returns the repositories and a cursor for the next page.',
    requires: { scope: 'repo', permission: 'Metadata: read' },
    params: [
      {
        type: 'String',
        label: 'Organization',
        name: 'organization',
        dictionary: 'getOrganizationsDictionary',
        description:
          "List this organization's repositories instead of your own, e.g. octo-org. Leave empty for the repositories of the connected account.",
      },
      {
        type: 'String',
        label: 'Visibility',
        name: 'visibility',
        defaultValue: 'All',
        uiComponent: { type: 'DROPDOWN', options: { values: Object.keys(VISIBILITIES) } },
        description: 'Only public or only private repositories, or all of them.',
      },
      {
        type: 'String',
        label: 'Affiliation',
        name: 'affiliation',
        uiComponent: {
          type: 'DROPDOWN',
          options: { values: Object.keys(AFFILIATIONS) },
        },
        description: 'For your own list only: how you are related to the repository. Leave empty (Any) when an Organization is set.',
      },
      {
        type: 'String',
        label: 'Sort By',
        name: 'sort',
        defaultValue: 'Full Name',
        uiComponent: { type: 'DROPDOWN', options: { values: Object.keys(SORTS) } },
        description: 'The order of the list: by owner/name, creation time, last update, or last push.',
      },
      {
        type: 'String',
        label: 'Direction',
        name: 'direction',
        uiComponent: { type: 'DROPDOWN', options: { values: Object.keys(DIRECTIONS) } },
        description: 'Sort direction. Default: ascending for Full Name, descending otherwise.',
      },
      param.fetchAll,
      param.limit,
      param.cursor,
    ],
    sample: {
      items: [
        {
          id: 1296269,
          node_id: 'MDEwOlJlcG9zaXRvcnkxMjk2MjY5',
          name: 'Hello-World',
          full_name: 'octocat/Hello-World',
          private: false,
          owner: { login: 'octocat', id: 1, type: 'User' },
          html_url: 'https://github.com/octocat/Hello-World',
          description: 'This your first repo!',
          fork: false,
          url: 'https://api.github.com/repos/octocat/Hello-World',
          clone_url: 'https://github.com/octocat/Hello-World.git',
          default_branch: 'main',
          visibility: 'public',
          language: 'JavaScript',
          stargazers_count: 80,
          forks_count: 9,
          open_issues_count: 0,
          archived: false,
          pushed_at: '2025-01-26T19:06:43Z',
          created_at: '2011-01-26T19:01:12Z',
          updated_at: '2025-01-26T19:14:43Z',
          permissions: { admin: true, push: true, pull: true },
        },
      ],
      nextCursor: 'c1.eyJxIjp7InBlcl9wYWdlIjoiMzAiLCJwYWdlIjoiMiJ9fQ.qP1KFzUf505hUButAGNIcGj58Pni-RArwXPD6JIcy9M',
    },
    run: listRepositories,
  }),
  getRepository: define.action({
    label: 'Get Repository',
    route: 'GET /get-repository',
    category: 'Repositories',
    description:
      'Returns one repository with its settings and statistics: owner, visibility, default branch, description, topics, license, star/fork/issue counts and your permissions on it.',
    requires: { scope: 'repo', permission: 'Metadata: read' },
    params: [param.repository],
    sample: {
      id: 1296269,
      node_id: 'MDEwOlJlcG9zaXRvcnkxMjk2MjY5',
      name: 'Hello-World',
      full_name: 'octocat/Hello-World',
      private: false,
      owner: { login: 'octocat', id: 1, type: 'User', html_url: 'https://github.com/octocat' },
      html_url: 'https://github.com/octocat/Hello-World',
      description: 'This your first repo!',
      fork: false,
      url: 'https://api.github.com/repos/octocat/Hello-World',
      clone_url: 'https://github.com/octocat/Hello-World.git',
      homepage: 'https://github.com',
      language: null,
      forks_count: 9,
      stargazers_count: 80,
      watchers_count: 80,
      size: 108,
      default_branch: 'main',
      open_issues_count: 0,
      is_template: false,
      topics: ['octocat', 'api'],
      has_issues: true,
      has_wiki: true,
      archived: false,
      disabled: false,
      visibility: 'public',
      pushed_at: '2025-01-26T19:06:43Z',
      created_at: '2011-01-26T19:01:12Z',
      updated_at: '2025-01-26T19:14:43Z',
      permissions: { admin: false, maintain: false, push: false, triage: false, pull: true },
      license: { key: 'mit', name: 'MIT License', spdx_id: 'MIT' },
      subscribers_count: 42,
      network_count: 0,
    },
    run: getRepository,
  }),
  createRepository: define.action({
    label: 'Create Repository',
    route: 'POST /create-repository',
    category: 'Repositories',
    description:
      'Creates a repository for the connected account, or in an organization you belong to when Organization is set, optionally with a README, a .gitignore template and a license. Returns the new repository with its URL and default branch.',
    requires: { scope: 'repo', permission: 'Administration: write' },
    params: [
      {
        type: 'String',
        label: 'Name',
        name: 'name',
        required: true,
        description: 'The new repository\'s name: letters, digits, ".", "-" and "_", e.g. my-project.',
      },
      {
        type: 'String',
        label: 'Organization',
        name: 'organization',
        dictionary: 'getOrganizationsDictionary',
        description:
          'Create it in this organization (you must be allowed to create repositories there). Leave empty to create it in your own account.',
      },
      { type: 'String', label: 'Description', name: 'description', description: 'A short description shown on the repository page.' },
      {
        type: 'String',
        label: 'Visibility',
        name: 'visibility',
        defaultValue: 'Private',
        uiComponent: { type: 'DROPDOWN', options: { values: Object.keys(NEW_VISIBILITIES) } },
        description: 'Private: only people you grant access can see it. Public: anyone can see it.',
      },
      {
        type: 'Boolean',
        label: 'Add a README',
        name: 'autoInit',
        defaultValue: false,
        uiComponent: { type: 'TOGGLE' },
        description: 'Create an initial commit with a README, so the repository has a default branch to work on right away.',
      },
      {
        type: 'String',
        label: '.gitignore Template',
        name: 'gitignoreTemplate',
        dictionary: 'getGitignoreTemplatesDictionary',
        description: 'A template from github.com/github/gitignore, without the extension, e.g. Node or Python.',
      },
      {
        type: 'String',
        label: 'License Template',
        name: 'licenseTemplate',
        dictionary: 'getLicensesDictionary',
        description: 'A license keyword, e.g. mit, apache-2.0 or gpl-3.0.',
      },
    ],
    sample: {
      id: 1296270,
      node_id: 'R_kgDOGq0qDg',
      name: 'my-project',
      full_name: 'octocat/my-project',
      private: true,
      owner: { login: 'octocat', id: 1, type: 'User' },
      html_url: 'https://github.com/octocat/my-project',
      description: 'Automation scripts',
      fork: false,
      url: 'https://api.github.com/repos/octocat/my-project',
      clone_url: 'https://github.com/octocat/my-project.git',
      default_branch: 'main',
      visibility: 'private',
      size: 0,
      open_issues_count: 0,
      has_issues: true,
      has_wiki: true,
      archived: false,
      created_at: '2025-02-03T10:15:00Z',
      updated_at: '2025-02-03T10:15:00Z',
      pushed_at: '2025-02-03T10:15:01Z',
      permissions: { admin: true, maintain: true, push: true, triage: true, pull: true },
      license: { key: 'mit', name: 'MIT License', spdx_id: 'MIT' },
    },
    run: createRepository,
  }),
  forkRepository: define.action({
    label: 'Fork Repository',
    route: 'POST /fork-repository',
    category: 'Repositories',
    description:
      'Forks a repository into the connected account, or into an organization when Organization is set, optionally under another name and with only the default branch. GitHub creates the fork in the background: its contents may take a few seconds to appear. Returns the new fork.',
    requires: { scope: 'repo', permission: 'Administration: write, Contents: read' },
    params: [
      {
        type: 'String',
        label: 'Repository',
        name: 'repository',
        required: true,
        dictionary: 'getRepositoriesDictionary',
        description: 'The repository to fork, as owner/name, e.g. octocat/Hello-World.',
      },
      {
        type: 'String',
        label: 'Organization',
        name: 'organization',
        dictionary: 'getOrganizationsDictionary',
        description: 'Create the fork in this organization. Leave empty to fork into your own account.',
      },
      { type: 'String', label: 'Fork Name', name: 'name', description: 'A name for the fork. Leave empty to keep the original name.' },
      {
        type: 'Boolean',
        label: 'Default Branch Only',
        name: 'defaultBranchOnly',
        defaultValue: false,
        uiComponent: { type: 'TOGGLE' },
        description: 'Copy only the default branch instead of all branches.',
      },
    ],
    sample: {
      id: 1296271,
      node_id: 'R_kgDOGq0qDw',
      name: 'Hello-World',
      full_name: 'monalisa/Hello-World',
      private: false,
      owner: { login: 'monalisa', id: 2, type: 'User' },
      html_url: 'https://github.com/monalisa/Hello-World',
      description: 'This your first repo!',
      fork: true,
      url: 'https://api.github.com/repos/monalisa/Hello-World',
      clone_url: 'https://github.com/monalisa/Hello-World.git',
      default_branch: 'main',
      visibility: 'public',
      parent: { id: 1296269, full_name: 'octocat/Hello-World', html_url: 'https://github.com/octocat/Hello-World' },
      source: { id: 1296269, full_name: 'octocat/Hello-World', html_url: 'https://github.com/octocat/Hello-World' },
      created_at: '2025-02-03T10:20:00Z',
      updated_at: '2025-02-03T10:20:00Z',
      pushed_at: '2025-01-26T19:06:43Z',
    },
    run: forkRepository,
  }),
  listBranches: define.action({
    label: 'List Branches',
    route: 'GET /list-branches',
    category: 'Repositories',
    description:
      'Lists the branches of a repository with the commit each one points to and whether it is protected; optionally only protected or only unprotected branches. Returns the branches and a cursor for the next page.',
    requires: { scope: 'repo', permission: 'Metadata: read' },
    params: [
      param.repository,
      {
        type: 'String',
        label: 'Protection',
        name: 'protection',
        defaultValue: 'All',
        uiComponent: { type: 'DROPDOWN', options: { values: Object.keys(PROTECTIONS) } },
        description: 'All branches, or only those with (or without) branch protection or rulesets.',
      },
      param.fetchAll,
      param.limit,
      param.cursor,
    ],
    sample: {
      items: [
        {
          name: 'main',
          commit: {
            sha: 'c5b97d5ae6c19d5c5df71a34c7fbeeda2479ccbc',
            url: 'https://api.github.com/repos/octocat/Hello-World/commits/c5b97d5ae6c19d5c5df71a34c7fbeeda2479ccbc',
          },
          protected: true,
        },
        {
          name: 'feature/login',
          commit: {
            sha: '7fd1a60b01f91b314f59955a4e4d4e80d8edf11d',
            url: 'https://api.github.com/repos/octocat/Hello-World/commits/7fd1a60b01f91b314f59955a4e4d4e80d8edf11d',
          },
          protected: false,
        },
      ],
      nextCursor: null,
    },
    run: listBranches,
  }),
  listTags: define.action({
    label: 'List Tags',
    route: 'GET /list-tags',
    category: 'Repositories',
    description:
      'Lists the tags of a repository, newest first, with the commit each one points to and its zip and tarball download URLs. Returns the tags and a cursor for the next page.',
    requires: { scope: 'repo', permission: 'Metadata: read' },
    params: [param.repository, param.fetchAll, param.limit, param.cursor],
    sample: {
      items: [
        {
          name: 'v0.1',
          commit: {
            sha: 'c5b97d5ae6c19d5c5df71a34c7fbeeda2479ccbc',
            url: 'https://api.github.com/repos/octocat/Hello-World/commits/c5b97d5ae6c19d5c5df71a34c7fbeeda2479ccbc',
          },
          zipball_url: 'https://github.com/octocat/Hello-World/zipball/v0.1',
          tarball_url: 'https://github.com/octocat/Hello-World/tarball/v0.1',
          node_id: 'MDQ6VXNlcjE=',
        },
      ],
      nextCursor: null,
    },
    run: listTags,
  }),
  createBranch: define.action({
    label: 'Create Branch',
    route: 'POST /create-branch',
    category: 'Repositories',
    description:
      'Creates a branch that starts at another branch, a tag or a commit SHA (by default the head of the default branch), ready for file changes and a pull request. Returns the branch name, its commit SHA and the Git reference.',
    requires: { scope: 'repo', permission: 'Contents: write' },
    params: [
      param.repository,
      {
        type: 'String',
        label: 'New Branch',
        name: 'branch',
        required: true,
        description: 'The name of the branch to create, e.g. feature/login.',
      },
      {
        type: 'String',
        label: 'Start From',
        name: 'fromRef',
        dictionary: 'getBranchesDictionary',
        dependsOn: ['repository'],
        description: 'The branch, tag or 40-character commit SHA the new branch starts at. Leave empty for the default branch.',
      },
    ],
    sample: {
      name: 'feature/login',
      sha: 'c5b97d5ae6c19d5c5df71a34c7fbeeda2479ccbc',
      ref: {
        ref: 'refs/heads/feature/login',
        node_id: 'MDM6UmVmcmVmcy9oZWFkcy9mZWF0dXJlQQ==',
        url: 'https://api.github.com/repos/octocat/Hello-World/git/refs/heads/feature/login',
        object: {
          type: 'commit',
          sha: 'c5b97d5ae6c19d5c5df71a34c7fbeeda2479ccbc',
          url: 'https://api.github.com/repos/octocat/Hello-World/git/commits/c5b97d5ae6c19d5c5df71a34c7fbeeda2479ccbc',
        },
      },
    },
    run: createBranch,
  }),
  deleteBranch: define.action({
    label: 'Delete Branch',
    route: 'DELETE /delete-branch',
    category: 'Repositories',
    description:
      "Deletes a branch of a repository, e.g. after its pull request was merged. GitHub refuses to delete the default branch and branches protected against deletion. Returns the deleted branch's name and repository.",
    requires: { scope: 'repo', permission: 'Contents: write' },
    params: [
      param.repository,
      {
        type: 'String',
        label: 'Branch',
        name: 'branch',
        required: true,
        dictionary: 'getBranchesDictionary',
        dependsOn: ['repository'],
        description: 'The name of the branch to delete, e.g. feature/login.',
      },
    ],
    sample: { deleted: true, repository: 'octocat/Hello-World', branch: 'feature/login' },
    run: deleteBranch,
  }),
  listCommits: define.action({
    label: 'List Commits',
    route: 'GET /list-commits',
    category: 'Repositories',
    description:
      "Lists the commits of a branch, tag or commit, newest first, optionally only those touching a path, by an author, or within a time range. Returns each commit's SHA, message, author, committer, dates and URL, and a cursor for the next page.",
    requires: { scope: 'repo', permission: 'Contents: read' },
    params: [
      param.repository,
      {
        type: 'String',
        label: 'Branch, Tag or Commit',
        name: 'ref',
        dictionary: 'getBranchesDictionary',
        dependsOn: ['repository'],
        description: 'List the history of this branch, tag or commit SHA. Leave empty for the default branch.',
      },
      { type: 'String', label: 'Path', name: 'path', description: 'Only commits that changed this file or directory, e.g. src/app.ts.' },
      { type: 'String', label: 'Author', name: 'author', description: 'Only commits by this GitHub login or email address.' },
      {
        type: 'Number',
        label: 'Since',
        name: 'since',
        uiComponent: { type: 'DATE_TIME_PICKER' },
        description: 'Only commits made at or after this time.',
      },
      {
        type: 'Number',
        label: 'Until',
        name: 'until',
        uiComponent: { type: 'DATE_TIME_PICKER' },
        description: 'Only commits made before this time.',
      },
      param.fetchAll,
      param.limit,
      param.cursor,
    ],
    sample: {
      items: [
        {
          sha: '6dcb09b5b57875f334f61aebed695e2e4193db5e',
          node_id: 'MDY6Q29tbWl0NmRjYjA5YjViNTc4NzVmMzM0ZjYxYWViZWQ2OTVlMmU0MTkzZGI1ZQ==',
          url: 'https://api.github.com/repos/octocat/Hello-World/commits/6dcb09b5b57875f334f61aebed695e2e4193db5e',
          html_url: 'https://github.com/octocat/Hello-World/commit/6dcb09b5b57875f334f61aebed695e2e4193db5e',
          commit: {
            author: { name: 'Monalisa Octocat', email: 'monalisa@example.com', date: '2025-02-03T10:30:00Z' },
            committer: { name: 'Monalisa Octocat', email: 'monalisa@example.com', date: '2025-02-03T10:30:00Z' },
            message: 'Fix all the bugs',
            comment_count: 0,
            tree: {
              sha: '6dcb09b5b57875f334f61aebed695e2e4193db5e',
              url: 'https://api.github.com/repos/octocat/Hello-World/tree/6dcb09b5b57875f334f61aebed695e2e4193db5e',
            },
            verification: { verified: false, reason: 'unsigned', signature: null, payload: null },
          },
          author: { login: 'octocat', id: 1, type: 'User' },
          committer: { login: 'octocat', id: 1, type: 'User' },
          parents: [
            {
              sha: '7638417db6d59f3c431d3e1f261cc637155684cd',
              url: 'https://api.github.com/repos/octocat/Hello-World/commits/7638417db6d59f3c431d3e1f261cc637155684cd',
            },
          ],
        },
      ],
      nextCursor: 'c1.eyJxIjp7InBlcl9wYWdlIjoiMzAiLCJwYWdlIjoiMiJ9fQ.icr-LovZXi3KYLK2LGXdz3r-sO1GtKs2nK4ECDOPmfw',
    },
    run: listCommits,
  }),
  getRepositoriesDictionary: define.dictionary({
    label: 'Get Repositories Dictionary',
    route: 'POST /get-repositories-dictionary',
    description:
      'Lists the repositories the connected account can reach, most recently updated first, for picking a repository; typing filters them by owner/name or description.',
    requires: { scope: 'repo', permission: 'Metadata: read' },
    params: [param.searchPayload],
    sample: {
      items: [{ label: 'octocat/Hello-World', value: 'octocat/Hello-World', note: 'public · This your first repo!' }],
      cursor: null,
    },
    run: (github: GitHubContext, { payload }) => getRepositoriesDictionary(github, payload),
  }),
  getBranchesDictionary: define.dictionary({
    label: 'Get Branches Dictionary',
    route: 'POST /get-branches-dictionary',
    description:
      'Lists the branches of the selected repository for picking a branch, the default branch first; notes mark the default and protected branches. Typing filters them by name.',
    requires: { scope: 'repo', permission: 'Metadata: read' },
    params: [param.repositoryPayload],
    sample: {
      items: [
        { label: 'main', value: 'main', note: 'default · protected' },
        { label: 'feature/login', value: 'feature/login' },
      ],
      cursor: null,
    },
    run: (github: GitHubContext, { payload }) => getBranchesDictionary(github, payload),
  }),
  getGitignoreTemplatesDictionary: define.dictionary({
    label: 'Get Gitignore Templates Dictionary',
    route: 'POST /get-gitignore-templates-dictionary',
    description:
      "Lists GitHub's .gitignore templates (Node, Python, Java…) for picking one when creating a repository; typing filters them by name.",
    requires: { scope: '(none)', permission: '(none)' },
    params: [{ type: 'Object', label: 'Payload', name: 'payload', description: 'Search text.' }],
    sample: {
      items: [
        { label: 'Node', value: 'Node' },
        { label: 'Python', value: 'Python' },
      ],
      cursor: null,
    },
    run: (github: GitHubContext, { payload }) => getGitignoreTemplatesDictionary(github, payload),
  }),
  getLicensesDictionary: define.dictionary({
    label: 'Get Licenses Dictionary',
    route: 'POST /get-licenses-dictionary',
    description:
      'Lists the commonly used open source licenses GitHub can add to a new repository; the value is the license keyword (e.g. mit). Typing filters them by name or keyword.',
    requires: { scope: '(none)', permission: '(none)' },
    params: [param.searchPayload],
    sample: {
      items: [
        { label: 'MIT License', value: 'mit', note: 'MIT' },
        { label: 'Apache License 2.0', value: 'apache-2.0', note: 'Apache-2.0' },
      ],
      cursor: null,
    },
    run: (github: GitHubContext, { payload }) => getLicensesDictionary(github, payload),
  }),
}
