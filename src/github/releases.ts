import type { components, operations } from '@octokit/openapi-types'
import { InvalidInput, NotFound } from '../errors'
import { apiPath, callApi, type GitHubContext } from './api'
import { choice, listOptions, optionalBoolean, optionalRef, optionalString, optionalText, repository } from './input'
import { listAll, type ListResult } from './pagination'

/** Releases: https://docs.github.com/en/rest/releases/releases */

type Release = components['schemas']['release']
type CreateReleaseBody = operations['repos/create-release']['requestBody']['content']['application/json']

const READ_NEEDS = 'the "repo" scope for private repositories (GitHub App permission "Contents: read")'
const WRITE_NEEDS = 'the "repo" scope (public repositories: "public_repo"; GitHub App permission "Contents: write")'
/** GitHub's limit for release notes. */
const MAX_BODY_LENGTH = 125_000

export interface CreateReleaseInput {
  repository: unknown
  tagName: unknown
  targetCommitish: unknown
  name: unknown
  body: unknown
  draft: unknown
  prerelease: unknown
  generateReleaseNotes: unknown
  makeLatest: unknown
}

/** POST /repos/{owner}/{repo}/releases: https://docs.github.com/en/rest/releases/releases#create-a-release */
export async function createRelease(github: GitHubContext, input: CreateReleaseInput): Promise<Release> {
  const { owner, repo } = repository(input.repository)
  const body: CreateReleaseBody = { tag_name: tagName(input.tagName, 'tagName') }
  const target = optionalRef(input.targetCommitish, 'targetCommitish')
  const name = optionalString(input.name, 'name', 1024)
  const notes = optionalText(input.body, 'body', MAX_BODY_LENGTH)
  const draft = optionalBoolean(input.draft, 'draft')
  const prerelease = optionalBoolean(input.prerelease, 'prerelease')
  const generateNotes = optionalBoolean(input.generateReleaseNotes, 'generateReleaseNotes')
  const makeLatest = choice(input.makeLatest, 'makeLatest', { True: 'true', False: 'false', Legacy: 'legacy' } as const)
  if (makeLatest === 'true' && (draft === true || prerelease === true)) {
    throw new InvalidInput('makeLatest', 'cannot be True for a draft or a prerelease: GitHub never marks those as the latest release.')
  }
  if (target !== undefined) body.target_commitish = target
  if (name !== undefined) body.name = name
  if (notes !== undefined) body.body = notes
  if (draft !== undefined) body.draft = draft
  if (prerelease !== undefined) body.prerelease = prerelease
  if (generateNotes !== undefined) body.generate_release_notes = generateNotes
  if (makeLatest !== undefined) body.make_latest = makeLatest
  const { data } = await callApi<Release>(github, {
    method: 'POST',
    path: apiPath`/repos/${owner}/${repo}/releases`,
    body,
    subject: `a new release "${body.tag_name}" in ${owner}/${repo}`,
    needs: WRITE_NEEDS,
  })
  return data
}

export interface RepositoryInput {
  repository: unknown
}

/** GET /repos/{owner}/{repo}/releases/latest: https://docs.github.com/en/rest/releases/releases#get-the-latest-release */
export async function getLatestRelease(github: GitHubContext, input: RepositoryInput): Promise<Release> {
  const { owner, repo } = repository(input.repository)
  try {
    const { data } = await callApi<Release>(github, {
      method: 'GET',
      path: apiPath`/repos/${owner}/${repo}/releases/latest`,
      subject: `the latest release of ${owner}/${repo}`,
      needs: READ_NEEDS,
    })
    return data
  } catch (error) {
    // GitHub answers 404 both for a repository without a published release and for one it hides from the caller.
    if (error instanceof NotFound) {
      throw new NotFound(
        `Repository ${owner}/${repo} has no published release (drafts and prereleases do not count as the latest), or the connected account cannot see the repository. Use List Releases to see drafts and prereleases; if the repository is private, check that the connection has ${READ_NEEDS}.`,
      )
    }
    throw error
  }
}

export interface ListReleasesInput extends RepositoryInput {
  fetchAll: unknown
  limit: unknown
  cursor: unknown
}

/** GET /repos/{owner}/{repo}/releases: https://docs.github.com/en/rest/releases/releases#list-releases */
export async function listReleases(github: GitHubContext, input: ListReleasesInput): Promise<ListResult<Release>> {
  const { owner, repo } = repository(input.repository)
  const options = listOptions(input.fetchAll, input.limit, input.cursor)
  return listAll<Release>(
    github,
    { method: 'GET', path: apiPath`/repos/${owner}/${repo}/releases`, subject: `the releases of ${owner}/${repo}`, needs: READ_NEEDS },
    options,
  )
}

export interface ReleaseByTagInput extends RepositoryInput {
  tag: unknown
}

/** GET /repos/{owner}/{repo}/releases/tags/{tag}: https://docs.github.com/en/rest/releases/releases#get-a-release-by-tag-name */
export async function getReleaseByTag(github: GitHubContext, input: ReleaseByTagInput): Promise<Release> {
  const { owner, repo } = repository(input.repository)
  const tag = tagName(input.tag, 'tag')
  const { data } = await callApi<Release>(github, {
    method: 'GET',
    path: apiPath`/repos/${owner}/${repo}/releases/tags/${tag}`,
    subject: `the published release for tag "${tag}" in ${owner}/${repo}`,
    needs: READ_NEEDS,
  })
  return data
}

function tagName(value: unknown, parameter: string): string {
  const tag = optionalRef(value, parameter)
  if (tag === undefined) throw new InvalidInput(parameter, 'is required, e.g. "v1.0.0".')
  return tag
}
