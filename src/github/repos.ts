import type { components, operations } from '@octokit/openapi-types'
import { Conflict, InvalidInput, NotFound, ValidationFailed } from '../errors'
import { apiPath, apiSubPath, callApi, type ApiCall, type GitHubContext } from './api'
import {
  matchesSearch,
  choice,
  dictionaryPayload,
  listOptions,
  optionalBoolean,
  optionalDateTime,
  optionalRef,
  optionalString,
  repository,
  repositoryPath,
  requiredString,
  type DictionaryItem,
  type DictionaryResult,
  type RepositoryRef,
} from './input'
import { listAll, MAX_PAGE_SIZE, type ListOptions, type ListResult } from './pagination'
import { optionalAccountLogin } from './users'

type Repository = components['schemas']['repository']
type MinimalRepository = components['schemas']['minimal-repository']
type FullRepository = components['schemas']['full-repository']
type ShortBranch = components['schemas']['short-branch']
type GitRef = components['schemas']['git-ref']
type Commit = components['schemas']['commit']
type ListForUserQuery = NonNullable<operations['repos/list-for-authenticated-user']['parameters']['query']>
type ListForOrgQuery = NonNullable<operations['repos/list-for-org']['parameters']['query']>
type CreateRepositoryBody = operations['repos/create-in-org']['requestBody']['content']['application/json']
type CreateForkBody = NonNullable<operations['repos/create-fork']['requestBody']>['content']['application/json']
type CreateRefBody = operations['git/create-ref']['requestBody']['content']['application/json']
type ListCommitsQuery = NonNullable<operations['repos/list-commits']['parameters']['query']>
type LicenseSimple = components['schemas']['license-simple']

export const READ_REPOSITORY = 'the "repo" scope for private repositories (GitHub App permission "Metadata: read")'
const CREATE_REPOSITORY = 'the "repo" scope (public repositories: "public_repo"; GitHub App permission "Administration: write")'
const READ_CONTENTS = 'the "repo" scope for private repositories (GitHub App permission "Contents: read")'
const WRITE_CONTENTS = 'the "repo" scope (public repositories: "public_repo"; GitHub App permission "Contents: write")'

/** Names GitHub keeps as given; anything else it would silently rewrite to "-". */
const REPOSITORY_NAME = /^[A-Za-z0-9._-]{1,100}$/

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
  const organization = optionalAccountLogin(input.organization, 'organization')
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
    return listAll<MinimalRepository>(
      github,
      {
        method: 'GET',
        path: apiPath`/orgs/${organization}/repos`,
        query,
        subject: `the repositories of the organization "${organization}"`,
        needs: READ_REPOSITORY,
      },
      options,
    )
  }
  const query: ListForUserQuery = { visibility, affiliation, sort, direction }
  return listUserRepositories(github, query, options)
}

function listUserRepositories(github: GitHubContext, query: ListForUserQuery, options: ListOptions): Promise<ListResult<Repository>> {
  return listAll<Repository>(
    github,
    { method: 'GET', path: '/user/repos', query, subject: "the connected account's repositories", needs: READ_REPOSITORY },
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
  const { data } = await callApi<FullRepository>(github, {
    method: 'GET',
    path: apiPath`/repos/${ref.owner}/${ref.repo}`,
    subject: `the repository ${describe(ref)}`,
    needs: READ_REPOSITORY,
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
  const organization = optionalAccountLogin(input.organization, 'organization')
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
  const { data } = await callApi<FullRepository>(github, {
    method: 'POST',
    path: organization === undefined ? '/user/repos' : apiPath`/orgs/${organization}/repos`,
    body,
    subject:
      organization === undefined ? `the new repository "${name}"` : `the new repository "${name}" in the organization "${organization}"`,
    needs: organization === undefined ? CREATE_REPOSITORY : `${CREATE_REPOSITORY} and membership of the organization`,
  })
  return data
}

function repositoryName(value: unknown, parameter: string): string {
  const name = requiredString(value, parameter, 100)
  if (!REPOSITORY_NAME.test(name) || name === '.' || name === '..') {
    throw new InvalidInput(parameter, 'may contain only letters, digits, ".", "-" and "_" (at most 100 characters), e.g. "my-project".')
  }
  return name
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
  const organization = optionalAccountLogin(input.organization, 'organization')
  const name = input.name === undefined || input.name === null || input.name === '' ? undefined : repositoryName(input.name, 'name')
  const defaultBranchOnly = optionalBoolean(input.defaultBranchOnly, 'defaultBranchOnly')
  const body: CreateForkBody = {
    ...(organization !== undefined && { organization }),
    ...(name !== undefined && { name }),
    ...(defaultBranchOnly !== undefined && { default_branch_only: defaultBranchOnly }),
  }
  const { data } = await callApi<FullRepository>(github, {
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
  const call: ApiCall = {
    method: 'GET',
    path: apiPath`/repos/${ref.owner}/${ref.repo}/branches`,
    query: { protected: protectedOnly },
    subject: `the branches of ${describe(ref)}`,
    needs: READ_REPOSITORY,
  }
  return listAll<ShortBranch>(github, call, options)
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
    const { data } = await callApi<GitRef>(github, {
      method: 'POST',
      path: apiPath`/repos/${ref.owner}/${ref.repo}/git/refs`,
      body,
      subject: `the new branch "${name}" in ${describe(ref)}`,
      needs: WRITE_CONTENTS,
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
  const { data } = await callApi<Commit[]>(github, {
    method: 'GET',
    path: apiPath`/repos/${ref.owner}/${ref.repo}/commits`,
    query: { sha: from, per_page: 1 },
    subject: from === undefined ? `the default branch of ${describe(ref)}` : `the branch, tag or commit "${from}" in ${describe(ref)}`,
    needs: READ_CONTENTS,
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
    await callApi<void>(github, {
      method: 'DELETE',
      // The slashes of "feature/login" are part of the ref path; each segment is encoded on its own.
      path: apiPath`/repos/${ref.owner}/${ref.repo}/git/refs/heads/` + apiSubPath(name),
      subject: `the branch "${name}" of ${describe(ref)}`,
      needs: WRITE_CONTENTS,
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
  return listAll<Commit>(
    github,
    {
      method: 'GET',
      path: apiPath`/repos/${ref.owner}/${ref.repo}/commits`,
      query,
      subject: `the commits of ${describe(ref)}${at === undefined ? '' : ` on "${at}"`}`,
      needs: READ_CONTENTS,
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
  const { data } = await callApi<string[]>(github, { method: 'GET', path: '/gitignore/templates', subject: 'the .gitignore templates' })
  const items = (Array.isArray(data) ? data : [])
    .filter((name) => matchesSearch(search, name))
    .map((name): DictionaryItem => ({ label: name, value: name }))
  return { items, cursor: null }
}

/** GET /licenses: https://docs.github.com/en/rest/licenses/licenses#get-all-commonly-used-licenses */
export async function getLicensesDictionary(github: GitHubContext, payload: unknown): Promise<DictionaryResult> {
  const { search, cursor } = dictionaryPayload(payload)
  const page = await listAll<LicenseSimple>(
    github,
    { method: 'GET', path: '/licenses', subject: 'the license templates' },
    dictionaryOptions(undefined, cursor),
  )
  const items = page.items
    .filter((license) => matchesSearch(search, license.key, license.name, license.spdx_id))
    .map((license): DictionaryItem => ({ label: license.name, value: license.key, ...(license.spdx_id && { note: license.spdx_id }) }))
  return { items, cursor: page.nextCursor }
}
