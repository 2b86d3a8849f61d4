import type { components, operations } from '@octokit/openapi-types'
import { InvalidInput, NotFound } from '../errors'
import { apiPath, callApi, type GitHubContext } from './api'
import {
  choice,
  listOptions,
  optionalBoolean,
  optionalRef,
  optionalString,
  optionalText,
  repository,
  requiredInteger,
  requiredString,
} from './input'
import { repositoryDictionary, type DictionaryPage } from './dictionary'
import { listAll, type ListResult } from './pagination'
import * as define from '../operations/definition'
import * as param from './params'

/** Releases: https://docs.github.com/en/rest/releases/releases */

type Release = components['schemas']['release']
type ReleaseAsset = components['schemas']['release-asset']
type CreateReleaseBody = operations['repos/create-release']['requestBody']['content']['application/json']

const READ_NEEDS = 'the "repo" scope for private repositories (GitHub App permission "Contents: read")'
/** GitHub's limit for release notes. */
const MAX_BODY_LENGTH = 125_000
/**
 * An asset travels through a flow as text: 5 MiB (as for files, Create or Update File) keeps one run's memory sane;
 * GitHub takes up to 2 GiB, which belongs in a build, not in a flow parameter.
 */
const MAX_ASSET_BYTES = 5 * 1024 * 1024
const MAX_ASSET_TEXT = Math.ceil((MAX_ASSET_BYTES * 4) / 3) + 4096
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

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

export interface UpdateReleaseInput {
  repository: unknown
  release: unknown
  tagName: unknown
  name: unknown
  body: unknown
  draft: unknown
  prerelease: unknown
  makeLatest: unknown
}

/** PATCH /repos/{owner}/{repo}/releases/{release_id}: edit, publish a draft (Draft off), or change which release is Latest. */
export async function updateRelease(github: GitHubContext, input: UpdateReleaseInput): Promise<Release> {
  const { owner, repo } = repository(input.repository)
  const id = releaseId(input.release)
  const tag = optionalRef(input.tagName, 'tagName')
  const name = optionalString(input.name, 'name', 1024)
  const notes = optionalText(input.body, 'body', MAX_BODY_LENGTH)
  const draft = optionalBoolean(input.draft, 'draft')
  const prerelease = optionalBoolean(input.prerelease, 'prerelease')
  const makeLatest = choice(input.makeLatest, 'makeLatest', MAKE_LATEST)
  if (makeLatest === 'true' && (draft === true || prerelease === true)) {
    throw new InvalidInput('makeLatest', 'cannot be True for a draft or a prerelease: GitHub never marks those as the latest release.')
  }
  const body = {
    ...(tag !== undefined && { tag_name: tag }),
    ...(name !== undefined && { name }),
    ...(notes !== undefined && { body: notes }),
    ...(draft !== undefined && { draft }),
    ...(prerelease !== undefined && { prerelease }),
    ...(makeLatest !== undefined && { make_latest: makeLatest }),
  }
  if (Object.keys(body).length === 0) throw new InvalidInput('name', 'or another field must be given: there is nothing to change.')
  const { data } = await callApi(github, {
    operation: 'repos/update-release',
    method: 'PATCH',
    path: apiPath`/repos/${owner}/${repo}/releases/${id}`,
    body,
    subject: `release ${id} of ${owner}/${repo}`,
  })
  return data
}

/** DELETE /repos/{owner}/{repo}/releases/{release_id}: the release and its assets go; its git tag stays. */
export async function deleteRelease(
  github: GitHubContext,
  input: { repository: unknown; release: unknown },
): Promise<{ repository: string; release: number; deleted: true }> {
  const { owner, repo } = repository(input.repository)
  const id = releaseId(input.release)
  await callApi(github, {
    operation: 'repos/delete-release',
    method: 'DELETE',
    path: apiPath`/repos/${owner}/${repo}/releases/${id}`,
    subject: `release ${id} of ${owner}/${repo}`,
  })
  return { repository: `${owner}/${repo}`, release: id, deleted: true }
}

export interface UploadReleaseAssetInput {
  repository: unknown
  release: unknown
  fileName: unknown
  content: unknown
  contentIsBase64: unknown
  contentType: unknown
  label: unknown
}

/**
 * POST <uploads host>/repos/{owner}/{repo}/releases/{release_id}/assets?name=&label=. The host is the configured
 * server's uploads host (never the upload_url an answer carries), so the bytes go nowhere else.
 */
export async function uploadReleaseAsset(github: GitHubContext, input: UploadReleaseAssetInput): Promise<ReleaseAsset> {
  const { owner, repo } = repository(input.repository)
  const id = releaseId(input.release)
  const name = requiredString(input.fileName, 'fileName', 255)
  if (/[/\\]|^\.+$/.test(name)) throw new InvalidInput('fileName', 'must be a file name such as app-1.0.zip, without folders.')
  const label = optionalString(input.label, 'label', 255)
  const isBase64 = optionalBoolean(input.contentIsBase64, 'contentIsBase64') ?? false
  const text = optionalText(input.content, 'content', MAX_ASSET_TEXT)
  if (text === undefined || text.trim() === '') {
    throw new InvalidInput(
      'content',
      'is required: the file content (text, or base64 with Content Is Base64 on); GitHub refuses empty assets.',
    )
  }
  if (isBase64 && !BASE64.test(text.replace(/\s+/g, '')))
    throw new InvalidInput('content', 'is not base64 text (A-Z, a-z, 0-9, +, / and = padding).')
  const bytes = isBase64 ? Buffer.from(text.replace(/\s+/g, ''), 'base64') : Buffer.from(text, 'utf8')
  if (bytes.length > MAX_ASSET_BYTES) throw new InvalidInput('content', `is larger than ${MAX_ASSET_BYTES / 1024 / 1024} MiB.`)
  const contentType =
    optionalString(input.contentType, 'contentType', 255) ?? (isBase64 ? 'application/octet-stream' : 'text/plain; charset=utf-8')
  if (!/^[\w.+-]+\/[\w.+-]+(\s*;.*)?$/.test(contentType))
    throw new InvalidInput('contentType', 'must be a media type such as application/zip.')
  const { data } = await callApi(github, {
    operation: 'repos/upload-release-asset',
    method: 'POST',
    path: apiPath`/repos/${owner}/${repo}/releases/${id}/assets`,
    query: { name, label },
    upload: { bytes, contentType },
    subject: `the asset "${name}" of release ${id} of ${owner}/${repo}`,
  })
  return data
}

/** POST /repos/{owner}/{repo}/releases/generate-notes: GitHub's notes for a tag, without creating a release. */
export async function generateReleaseNotes(
  github: GitHubContext,
  input: { repository: unknown; tagName: unknown; targetCommitish: unknown; previousTagName: unknown },
): Promise<{ name: string; body: string }> {
  const { owner, repo } = repository(input.repository)
  const tag = tagName(input.tagName, 'tagName')
  const target = optionalRef(input.targetCommitish, 'targetCommitish')
  const previous = optionalRef(input.previousTagName, 'previousTagName')
  const { data } = await callApi(github, {
    operation: 'repos/generate-release-notes',
    method: 'POST',
    path: apiPath`/repos/${owner}/${repo}/releases/generate-notes`,
    body: { tag_name: tag, ...(target && { target_commitish: target }), ...(previous && { previous_tag_name: previous }) },
    subject: `the release notes for "${tag}" in ${owner}/${repo}`,
  })
  return data
}

/** The releases of the picked repository, newest first, drafts included: value is the release id. */
export async function getReleasesDictionary(github: GitHubContext, payload: unknown): Promise<DictionaryPage> {
  return repositoryDictionary<Release>(github, payload, (ref) => ({
    call: {
      operation: 'repos/list-releases',
      method: 'GET',
      path: apiPath`/repos/${ref.owner}/${ref.repo}/releases`,
      subject: `the releases of ${ref.owner}/${ref.repo}`,
    },
    item: (release) => ({
      label: release.name ? `${release.name} (${release.tag_name})` : release.tag_name,
      value: Number(release.id),
      note: release.draft ? 'draft' : release.prerelease ? 'prerelease' : (release.published_at ?? '').slice(0, 10),
    }),
    searched: (release) => [release.name, release.tag_name],
  }))
}

function releaseId(value: unknown): number {
  return requiredInteger(value, 'release', 1, Number.MAX_SAFE_INTEGER)
}

function tagName(value: unknown, parameter: string): string {
  const tag = optionalRef(value, parameter)
  if (tag === undefined) throw new InvalidInput(parameter, 'is required, e.g. "v1.0.0".')
  return tag
}

// ── Operations ───────────────────────────────────────────────────────────────

/** The operations this module implements, as the platform shows them (see src/operations/definition.ts). */
const core = {
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

const releaseParam = {
  type: 'Number',
  label: 'Release',
  name: 'release',
  required: true,
  dictionary: 'getReleasesDictionary',
  dependsOn: ['repository'],
  description: "The release's id (pick it from the list, drafts included; or take it from Create Release).",
} as const
const paramOf = (name: (typeof core.createRelease.params)[number]['name']) => define.paramNamed(core.createRelease.params, name)
const WRITE = { scope: 'repo', permission: 'Contents: write' } as const
const RELEASE_SAMPLE = core.createRelease.sample

/** The operations this module implements, as the platform shows them (see src/operations/definition.ts). */
export const definitions = {
  ...core,
  updateRelease: define.action({
    label: 'Update Release',
    route: 'PUT /update-release',
    category: 'Releases',
    description:
      'Changes a release: its tag, name or notes; publishes a draft (Draft off, which creates its tag); marks it a prerelease; or makes it the Latest release. Only the fields given change. Returns the release.',
    requires: WRITE,
    params: [
      param.repository,
      releaseParam,
      { ...paramOf('tagName'), required: false, description: 'A new tag for the release (created when it is published).' },
      paramOf('name'),
      paramOf('body'),
      {
        ...paramOf('draft'),
        defaultValue: undefined,
        description: 'Off: publish the draft. On: turn the release back into a draft. Empty: unchanged.',
      },
      { ...paramOf('prerelease'), defaultValue: undefined, description: 'Mark or unmark it as a prerelease. Empty: unchanged.' },
      paramOf('makeLatest'),
    ],
    sample: { ...RELEASE_SAMPLE, name: 'v1.0.0 (final)' },
    run: updateRelease,
  }),
  deleteRelease: define.action({
    label: 'Delete Release',
    route: 'DELETE /delete-release',
    category: 'Releases',
    description:
      'Deletes a release and its assets; its git tag stays (delete the tag as a branch-like ref if it should go too). Returns the repository and the deleted id.',
    requires: WRITE,
    params: [param.repository, releaseParam],
    sample: { repository: 'octocat/Hello-World', release: 1, deleted: true },
    run: deleteRelease,
  }),
  uploadReleaseAsset: define.action({
    label: 'Upload Release Asset',
    route: 'POST /upload-release-asset',
    category: 'Releases',
    description:
      'Attaches a file to a release, from text or base64 content (at most 5 MiB), with a media type and an optional label. A file name already on the release is refused. Returns the asset with its download URL.',
    requires: WRITE,
    params: [
      param.repository,
      releaseParam,
      { type: 'String', label: 'File Name', name: 'fileName', required: true, description: 'The asset name, e.g. app-1.0.0.zip.' },
      {
        type: 'String',
        label: 'Content',
        name: 'content',
        required: true,
        uiComponent: { type: 'MULTI_LINE_TEXT' },
        description: 'The file content: text, or base64 when Content Is Base64 is on (at most 5 MiB once decoded).',
      },
      {
        type: 'Boolean',
        label: 'Content Is Base64',
        name: 'contentIsBase64',
        defaultValue: false,
        uiComponent: { type: 'TOGGLE' },
        description: 'On: Content is base64 (a binary file). Off: Content is the text itself, stored as UTF-8.',
      },
      {
        type: 'String',
        label: 'Content Type',
        name: 'contentType',
        description: 'The media type, e.g. application/zip. Empty: text/plain for text, application/octet-stream for base64.',
      },
      { type: 'String', label: 'Label', name: 'label', description: 'A display name GitHub shows instead of the file name.' },
    ],
    sample: {
      url: 'https://api.github.com/repos/octocat/Hello-World/releases/assets/1',
      browser_download_url: 'https://github.com/octocat/Hello-World/releases/download/v1.0.0/example.zip',
      id: 1,
      name: 'example.zip',
      label: 'short description',
      state: 'uploaded',
      content_type: 'application/zip',
      size: 1024,
      download_count: 0,
      created_at: '2013-02-27T19:35:32Z',
      updated_at: '2013-02-27T19:35:32Z',
      uploader: { login: 'octocat', id: 1, type: 'User' },
    },
    run: uploadReleaseAsset,
  }),
  generateReleaseNotes: define.action({
    label: 'Generate Release Notes',
    route: 'POST /generate-release-notes',
    category: 'Releases',
    description:
      'Asks GitHub to write release notes for a tag (the pull requests merged and new contributors since the previous release) without creating a release, e.g. to edit them before Create Release. Returns the suggested name and the notes in Markdown.',
    requires: WRITE,
    params: [
      param.repository,
      { ...paramOf('tagName'), description: 'The tag the notes are for, existing or not yet, e.g. v1.1.0.' },
      { ...paramOf('targetCommitish'), description: 'Where a tag that does not exist yet would point. Empty: the default branch.' },
      {
        type: 'String',
        label: 'Previous Tag',
        name: 'previousTagName',
        description: 'Start the notes after this tag. Empty: after the latest release.',
      },
    ],
    sample: {
      name: 'Release v1.0.0 is now available!',
      body: '##Changes in Release v1.0.0 ... ##Contributors @monalisa',
    },
    run: generateReleaseNotes,
  }),
  getReleasesDictionary: define.dictionary({
    label: 'Get Releases Dictionary',
    route: 'POST /get-releases-dictionary',
    description:
      "Lists the selected repository's releases, newest first, drafts included, for picking: value is the release id, the label its name and tag, the note draft, prerelease or its date. Search filters names and tags.",
    requires: { scope: 'repo', permission: 'Contents: read' },
    params: [param.repositoryPayload],
    sample: { items: [{ label: 'v1.0.0 (v1.0.0)', value: 1, note: '2013-02-27' }], cursor: null },
    run: (github: GitHubContext, { payload }) => getReleasesDictionary(github, payload),
  }),
}
