import type { components, operations } from '@octokit/openapi-types'
import { InvalidInput, NotFound } from '../errors'
import { apiPath, callApi, type GitHubContext } from './api'
import { choice, listOptions, optionalBoolean, optionalRef, optionalString, optionalText, repository } from './input'
import { listAll, type ListResult } from './pagination'
import * as define from '../operations/definition'
import * as param from './params'

/** Releases: https://docs.github.com/en/rest/releases/releases */

type Release = components['schemas']['release']
type CreateReleaseBody = operations['repos/create-release']['requestBody']['content']['application/json']

const READ_NEEDS = 'the "repo" scope for private repositories (GitHub App permission "Contents: read")'
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
const MAKE_LATEST = { True: 'true', False: 'false', Legacy: 'legacy' } as const

export async function createRelease(github: GitHubContext, input: CreateReleaseInput): Promise<Release> {
  const { owner, repo } = repository(input.repository)
  const body: CreateReleaseBody = { tag_name: tagName(input.tagName, 'tagName') }
  const target = optionalRef(input.targetCommitish, 'targetCommitish')
  const name = optionalString(input.name, 'name', 1024)
  const notes = optionalText(input.body, 'body', MAX_BODY_LENGTH)
  const draft = optionalBoolean(input.draft, 'draft')
  const prerelease = optionalBoolean(input.prerelease, 'prerelease')
  const generateNotes = optionalBoolean(input.generateReleaseNotes, 'generateReleaseNotes')
  const makeLatest = choice(input.makeLatest, 'makeLatest', MAKE_LATEST)
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
  const { data } = await callApi(github, {
    operation: 'repos/create-release',
    method: 'POST',
    path: apiPath`/repos/${owner}/${repo}/releases`,
    body,
    subject: `a new release "${body.tag_name}" in ${owner}/${repo}`,
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
    const { data } = await callApi(github, {
      operation: 'repos/get-latest-release',
      method: 'GET',
      path: apiPath`/repos/${owner}/${repo}/releases/latest`,
      subject: `the latest release of ${owner}/${repo}`,
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
  return listAll(
    github,
    {
      operation: 'repos/list-releases',
      method: 'GET',
      path: apiPath`/repos/${owner}/${repo}/releases`,
      subject: `the releases of ${owner}/${repo}`,
    },
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
  const { data } = await callApi(github, {
    operation: 'repos/get-release-by-tag',
    method: 'GET',
    path: apiPath`/repos/${owner}/${repo}/releases/tags/${tag}`,
    subject: `the published release for tag "${tag}" in ${owner}/${repo}`,
  })
  return data
}

function tagName(value: unknown, parameter: string): string {
  const tag = optionalRef(value, parameter)
  if (tag === undefined) throw new InvalidInput(parameter, 'is required, e.g. "v1.0.0".')
  return tag
}

// ── Operations ───────────────────────────────────────────────────────────────

/** The operations this module implements, as the platform shows them (see src/operations/definition.ts). */
export const definitions = {
  createRelease: define.action({
    label: 'Create Release',
    route: 'POST /create-release',
    category: 'Releases',
    description:
      'Publishes a release (or saves a draft) for a tag, creating the tag from the target branch or commit when it does not exist yet, with notes written by you and/or generated by GitHub from the merged pull requests. Returns the release with its id, URLs and upload URL.',
    requires: { scope: 'repo', permission: 'Contents: write' },
    params: [
      param.repository,
      {
        type: 'String',
        label: 'Tag',
        name: 'tagName',
        required: true,
        description: 'The tag of the release, e.g. v1.0.0. Created from Target when it does not exist.',
      },
      {
        type: 'String',
        label: 'Target',
        name: 'targetCommitish',
        dictionary: 'getBranchesDictionary',
        dependsOn: ['repository'],
        description: 'The branch or full commit SHA the new tag points at. Empty: the default branch. Ignored when the tag already exists.',
      },
      {
        type: 'String',
        label: 'Release Name',
        name: 'name',
        description: 'The release title. Empty: the tag name (or a generated name when Generate Release Notes is on).',
      },
      {
        type: 'String',
        label: 'Release Notes',
        name: 'body',
        uiComponent: { type: 'MULTI_LINE_TEXT' },
        description: 'The release notes, in GitHub Markdown. With Generate Release Notes on, they are placed before the generated notes.',
      },
      {
        type: 'Boolean',
        label: 'Draft',
        name: 'draft',
        defaultValue: false,
        uiComponent: { type: 'TOGGLE' },
        description: 'On: save an unpublished draft, visible only to people with push access.',
      },
      {
        type: 'Boolean',
        label: 'Prerelease',
        name: 'prerelease',
        defaultValue: false,
        uiComponent: { type: 'TOGGLE' },
        description: 'On: mark it as a prerelease (not ready for production).',
      },
      {
        type: 'Boolean',
        label: 'Generate Release Notes',
        name: 'generateReleaseNotes',
        defaultValue: false,
        uiComponent: { type: 'TOGGLE' },
        description: 'On: GitHub writes notes listing the pull requests and contributors since the previous release.',
      },
      {
        type: 'String',
        label: 'Make Latest',
        name: 'makeLatest',
        uiComponent: { type: 'DROPDOWN', options: { values: Object.keys(MAKE_LATEST) } },
        description:
          "Whether this becomes the repository's Latest release. Empty: GitHub's default (a published full release becomes Latest). Legacy: GitHub decides by creation date and semantic version. Drafts and prereleases are never latest, so True cannot be combined with Draft or Prerelease.",
      },
    ],
    sample: {
      url: 'https://api.github.com/repos/octocat/Hello-World/releases/1',
      html_url: 'https://github.com/octocat/Hello-World/releases/tag/v1.0.0',
      assets_url: 'https://api.github.com/repos/octocat/Hello-World/releases/1/assets',
      upload_url: 'https://uploads.github.com/repos/octocat/Hello-World/releases/1/assets{?name,label}',
      tarball_url: 'https://api.github.com/repos/octocat/Hello-World/tarball/v1.0.0',
      zipball_url: 'https://api.github.com/repos/octocat/Hello-World/zipball/v1.0.0',
      id: 1,
      node_id: 'MDc6UmVsZWFzZTE=',
      tag_name: 'v1.0.0',
      target_commitish: 'main',
      name: 'v1.0.0',
      body: 'Description of the release',
      draft: false,
      prerelease: false,
      created_at: '2013-02-27T19:35:32Z',
      published_at: '2013-02-27T19:35:32Z',
      author: { login: 'octocat', id: 1, type: 'User' },
      assets: [],
    },
    run: createRelease,
  }),
  getLatestRelease: define.action({
    label: 'Get Latest Release',
    route: 'GET /get-latest-release',
    category: 'Releases',
    description:
      "Returns the repository's latest published full release (drafts and prereleases never count) with its tag, notes and assets; fails with not found when the repository has no published release.",
    requires: { scope: 'repo', permission: 'Contents: read' },
    params: [param.repository],
    sample: {
      url: 'https://api.github.com/repos/octocat/Hello-World/releases/1',
      html_url: 'https://github.com/octocat/Hello-World/releases/tag/v1.0.0',
      assets_url: 'https://api.github.com/repos/octocat/Hello-World/releases/1/assets',
      upload_url: 'https://uploads.github.com/repos/octocat/Hello-World/releases/1/assets{?name,label}',
      tarball_url: 'https://api.github.com/repos/octocat/Hello-World/tarball/v1.0.0',
      zipball_url: 'https://api.github.com/repos/octocat/Hello-World/zipball/v1.0.0',
      id: 1,
      node_id: 'MDc6UmVsZWFzZTE=',
      tag_name: 'v1.0.0',
      target_commitish: 'main',
      name: 'v1.0.0',
      body: 'Description of the release',
      draft: false,
      prerelease: false,
      created_at: '2013-02-27T19:35:32Z',
      published_at: '2013-02-27T19:35:32Z',
      author: { login: 'octocat', id: 1, type: 'User' },
      assets: [
        {
          url: 'https://api.github.com/repos/octocat/Hello-World/releases/assets/1',
          browser_download_url: 'https://github.com/octocat/Hello-World/releases/download/v1.0.0/example.zip',
          id: 1,
          name: 'example.zip',
          label: 'short description',
          state: 'uploaded',
          content_type: 'application/zip',
          size: 1024,
          download_count: 42,
          created_at: '2013-02-27T19:35:32Z',
          updated_at: '2013-02-27T19:35:32Z',
        },
      ],
    },
    run: getLatestRelease,
  }),
  listReleases: define.action({
    label: 'List Releases',
    route: 'GET /list-releases',
    category: 'Releases',
    description:
      "Lists a repository's releases, newest first, including drafts (for people with push access) and prereleases. Returns the releases and a cursor for the next page.",
    requires: { scope: 'repo', permission: 'Contents: read' },
    params: [param.repository, param.fetchAll, param.limit, param.cursor],
    sample: {
      items: [
        {
          url: 'https://api.github.com/repos/octocat/Hello-World/releases/2',
          html_url: 'https://github.com/octocat/Hello-World/releases/tag/v1.1.0-rc.1',
          id: 2,
          node_id: 'MDc6UmVsZWFzZTI=',
          tag_name: 'v1.1.0-rc.1',
          target_commitish: 'main',
          name: 'v1.1.0 release candidate',
          body: 'Try it out',
          draft: false,
          prerelease: true,
          created_at: '2013-03-10T09:00:00Z',
          published_at: '2013-03-10T09:00:00Z',
          author: { login: 'octocat', id: 1 },
          assets: [],
        },
      ],
      nextCursor: 'c1.eyJxIjp7InBlcl9wYWdlIjoiMzAiLCJwYWdlIjoiMiJ9fQ.Sh_CN-5tR38Bg9pmuaxwVy4GhI-RTbXSymIG5qSUEZY',
    },
    run: listReleases,
  }),
  getReleaseByTag: define.action({
    label: 'Get Release by Tag',
    route: 'GET /get-release-by-tag',
    category: 'Releases',
    description:
      'Returns the published release of a tag, e.g. v1.0.0, with its notes and downloadable assets (drafts have no tag until they are published).',
    requires: { scope: 'repo', permission: 'Contents: read' },
    params: [
      param.repository,
      { type: 'String', label: 'Tag', name: 'tag', required: true, description: "The release's tag, e.g. v1.0.0." },
    ],
    sample: {
      url: 'https://api.github.com/repos/octocat/Hello-World/releases/1',
      html_url: 'https://github.com/octocat/Hello-World/releases/tag/v1.0.0',
      assets_url: 'https://api.github.com/repos/octocat/Hello-World/releases/1/assets',
      upload_url: 'https://uploads.github.com/repos/octocat/Hello-World/releases/1/assets{?name,label}',
      id: 1,
      node_id: 'MDc6UmVsZWFzZTE=',
      tag_name: 'v1.0.0',
      target_commitish: 'main',
      name: 'v1.0.0',
      body: 'Description of the release',
      draft: false,
      prerelease: false,
      created_at: '2013-02-27T19:35:32Z',
      published_at: '2013-02-27T19:35:32Z',
      author: { login: 'octocat', id: 1, type: 'User' },
      assets: [],
    },
    run: getReleaseByTag,
  }),
}
