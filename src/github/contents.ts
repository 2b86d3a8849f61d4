import { isUtf8 } from 'node:buffer'
import type { components, operations } from '@octokit/openapi-types'
import { Conflict, InvalidInput, NotFound, UpstreamInvalid, ValidationFailed } from '../errors'
import { apiPath, apiSubPath, callApi, type GitHubContext } from './api'
import { optionalBoolean, optionalRef, optionalString, repository, repositoryPath, requiredString, type RepositoryRef } from './input'
import { describe } from './repos'
import * as define from '../operations/definition'
import * as param from './params'

type ContentFile = components['schemas']['content-file']
type ContentDirectory = components['schemas']['content-directory']
type ContentSymlink = components['schemas']['content-symlink']
type ContentSubmodule = components['schemas']['content-submodule']
type ContentAnswer = ContentDirectory | ContentFile | ContentSymlink | ContentSubmodule
type FileCommit = components['schemas']['file-commit']
type PutFileBody = operations['repos/create-or-update-file-contents']['requestBody']['content']['application/json']
type DeleteFileBody = operations['repos/delete-file']['requestBody']['content']['application/json']

/**
 * Files are read and written whole, inside the service's memory and GitHub's JSON (as base64),
 * so they are bounded: 5 MB keeps the base64 answer well under the HTTP client's 10 MB cap.
 */
export const MAX_FILE_BYTES = 5 * 1024 * 1024

/** Each segment encoded on its own: the "/" between segments must stay a "/". */
function contentsPath(ref: RepositoryRef, path: string): string {
  return apiPath`/repos/${ref.owner}/${ref.repo}/contents/` + apiSubPath(path)
}

function where(ref: RepositoryRef, path: string, at: string | undefined): string {
  return `"${path}" in ${describe(ref)}${at === undefined ? '' : ` at "${at}"`}`
}

/**
 * Download links of private repositories carry a short-lived token in the query string;
 * a flow must never receive a token, so only the link's origin and path are kept.
 */
function withoutToken(url: string | null | undefined): string | null {
  if (!url) return null
  try {
    const parsed = new URL(url)
    return `${parsed.origin}${parsed.pathname}`
  } catch {
    return null
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

// ── Get File Content ─────────────────────────────────────────────────────────

export interface GetFileContentInput {
  repository: unknown
  path: unknown
  ref: unknown
}

export interface FileContent {
  type: 'file'
  name: string
  path: string
  /** The blob SHA: pass it on, or compare it to see whether the file changed. */
  sha: string
  /** Size in bytes. */
  size: number
  /** 'utf-8': `content` is the text. 'base64': the file is binary and `content` is its bytes in base64. */
  encoding: 'utf-8' | 'base64'
  isBinary: boolean
  content: string
  html_url: string | null
  download_url: string | null
}

/**
 * GET /repos/{owner}/{repo}/contents/{path}: https://docs.github.com/en/rest/repos/contents#get-repository-content
 * Files over 1 MB come back without content; their bytes are read as a blob:
 * GET /repos/{owner}/{repo}/git/blobs/{file_sha}: https://docs.github.com/en/rest/git/blobs#get-a-blob
 */
export async function getFileContent(github: GitHubContext, input: GetFileContentInput): Promise<FileContent> {
  const ref = repository(input.repository)
  const path = repositoryPath(input.path, 'path')
  const at = optionalRef(input.ref, 'ref')
  const file = await readFileEntry(github, ref, path, at)
  const bytes = await fileBytes(github, ref, file)
  const isBinary = bytes.includes(0) || !isUtf8(bytes)
  return {
    type: 'file',
    name: file.name,
    path: file.path,
    sha: file.sha,
    size: file.size,
    encoding: isBinary ? 'base64' : 'utf-8',
    isBinary,
    content: isBinary ? bytes.toString('base64') : bytes.toString('utf8'),
    html_url: file.html_url,
    download_url: withoutToken(file.download_url),
  }
}

async function readEntry(github: GitHubContext, ref: RepositoryRef, path: string, at: string | undefined): Promise<ContentAnswer> {
  const { data } = await callApi(github, {
    operation: 'repos/get-content',
    method: 'GET',
    path: contentsPath(ref, path),
    query: { ref: at },
    subject: `the file ${where(ref, path, at)}`,
  })
  return data
}

/** The file at `path`, or a clear InvalidInput when the path names something else. */
async function readFileEntry(github: GitHubContext, ref: RepositoryRef, path: string, at: string | undefined): Promise<ContentFile> {
  return asFile(await readEntry(github, ref, path, at), ref, path)
}

function asFile(entry: ContentAnswer, ref: RepositoryRef, path: string): ContentFile {
  if (Array.isArray(entry)) {
    throw new InvalidInput(
      'path',
      `"${path}" is a directory in ${describe(ref)}, not a file. Give the path of a file in it (e.g. "${path}/README.md"), or use List Directory Contents.`,
    )
  }
  if (entry.type === 'symlink') {
    throw new InvalidInput(
      'path',
      `"${path}" is a symbolic link to "${(entry as ContentSymlink).target}" that GitHub does not resolve to a file here. Give the target's path instead.`,
    )
  }
  if (entry.type === 'submodule') {
    throw new InvalidInput(
      'path',
      `"${path}" is a Git submodule (another repository), not a file. Read the file from the submodule's own repository.`,
    )
  }
  if (entry.type !== 'file' || typeof entry.sha !== 'string') {
    throw new UpstreamInvalid(`GitHub answered the request for "${path}" in ${describe(ref)} with something that is not a file.`)
  }
  return entry as ContentFile
}

async function fileBytes(github: GitHubContext, ref: RepositoryRef, file: ContentFile): Promise<Buffer> {
  if (file.size > MAX_FILE_BYTES) {
    throw new InvalidInput(
      'path',
      `"${file.path}" is ${megabytes(file.size)}; this action reads files up to ${megabytes(MAX_FILE_BYTES)}. Open it on GitHub (${file.html_url ?? 'the repository page'}) or keep large files in a release asset.`,
    )
  }
  if (file.size === 0) return Buffer.alloc(0)
  if (file.encoding === 'base64' && file.content) return Buffer.from(file.content, 'base64')
  // Over 1 MB GitHub sends `encoding: "none"` and no content; the blob API has the bytes.
  const { data } = await callApi(github, {
    operation: 'git/get-blob',
    method: 'GET',
    path: apiPath`/repos/${ref.owner}/${ref.repo}/git/blobs/${file.sha}`,
    subject: `the content of "${file.path}" in ${describe(ref)}`,
  })
  if (data.encoding !== 'base64' || typeof data.content !== 'string') {
    throw new UpstreamInvalid(
      `GitHub answered the content of "${file.path}" in ${describe(ref)} in an unexpected encoding (${String(data.encoding)}).`,
    )
  }
  return Buffer.from(data.content, 'base64')
}

// ── List Directory Contents ──────────────────────────────────────────────────

export interface ListDirectoryContentsInput {
  repository: unknown
  path: unknown
  ref: unknown
}

export interface DirectoryEntry {
  type: 'dir' | 'file' | 'submodule' | 'symlink'
  name: string
  path: string
  sha: string
  size: number
  html_url: string | null
  download_url: string | null
}

/** GET /repos/{owner}/{repo}/contents/{path}: https://docs.github.com/en/rest/repos/contents#get-repository-content */
export async function listDirectoryContents(
  github: GitHubContext,
  input: ListDirectoryContentsInput,
): Promise<{ items: DirectoryEntry[] }> {
  const ref = repository(input.repository)
  const path = isEmpty(input.path)
    ? ''
    : repositoryPath(typeof input.path === 'string' ? input.path.replace(/\/+$/, '') : input.path, 'path')
  const at = optionalRef(input.ref, 'ref')
  const { data } = await callApi(github, {
    operation: 'repos/get-content',
    method: 'GET',
    path: contentsPath(ref, path),
    query: { ref: at },
    subject: `the directory ${where(ref, path || '/', at)}`,
  })
  if (!Array.isArray(data)) {
    throw new InvalidInput(
      'path',
      `"${path}" is ${data.type ? `a ${data.type}, not a directory,` : 'not a directory'} in ${describe(ref)}. Use Get File Content to read a file.`,
    )
  }
  return {
    items: data.map((entry) => ({
      type: entry.type,
      name: entry.name,
      path: entry.path,
      sha: entry.sha,
      size: entry.size,
      html_url: entry.html_url,
      download_url: withoutToken(entry.download_url),
    })),
  }
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim().replace(/^\/+$/, '') === '')
}

// ── Create or Update File ────────────────────────────────────────────────────

export interface CreateOrUpdateFileInput {
  repository: unknown
  path: unknown
  content: unknown
  message: unknown
  branch: unknown
  contentIsBase64: unknown
  committerName: unknown
  committerEmail: unknown
}

export interface FileWritten {
  /** true when the file was new, false when an existing file was replaced. */
  created: boolean
  content: FileCommit['content']
  commit: FileCommit['commit']
}

/** PUT /repos/{owner}/{repo}/contents/{path}: https://docs.github.com/en/rest/repos/contents#create-or-update-file-contents */
export async function createOrUpdateFile(github: GitHubContext, input: CreateOrUpdateFileInput): Promise<FileWritten> {
  const ref = repository(input.repository)
  const path = repositoryPath(input.path, 'path')
  const isBase64 = optionalBoolean(input.contentIsBase64, 'contentIsBase64') ?? false
  const content = encodedContent(input.content, isBase64)
  const message = requiredString(input.message, 'message', 10_000)
  const branch = optionalRef(input.branch, 'branch')
  const committer = committerOf(input.committerName, input.committerEmail)
  const sha = await currentSha(github, ref, path, branch)
  const body: PutFileBody = { message, content, ...(sha && { sha }), ...(branch && { branch }), ...(committer && { committer }) }
  try {
    const { status, data } = await callApi(github, {
      operation: 'repos/create-or-update-file-contents',
      method: 'PUT',
      path: contentsPath(ref, path),
      body,
      subject: `the file ${where(ref, path, branch)}`,
    })
    return { created: status === 201, ...withoutContentToken(data) }
  } catch (error) {
    throw asShaConflict(error, ref, path, branch)
  }
}

function withoutContentToken(data: FileCommit): FileCommit {
  if (!data.content?.download_url) return data
  return { ...data, content: { ...data.content, download_url: withoutToken(data.content.download_url) ?? undefined } }
}

/** The file's current blob SHA, or undefined when there is no file yet (GitHub answers 404). */
async function currentSha(
  github: GitHubContext,
  ref: RepositoryRef,
  path: string,
  branch: string | undefined,
): Promise<string | undefined> {
  try {
    return asFile(await readEntry(github, ref, path, branch), ref, path).sha
  } catch (error) {
    if (error instanceof NotFound) return undefined
    throw error
  }
}

/** The file changed between our read and our write: say so, and what to do. */
function asShaConflict(error: unknown, ref: RepositoryRef, path: string, branch: string | undefined): unknown {
  const shaProblem = (error instanceof Conflict || error instanceof ValidationFailed) && /\bsha\b|does not match/i.test(error.message)
  if (!shaProblem) return error
  return new Conflict(
    `The file ${where(ref, path, branch)} changed while this action was writing it (its SHA no longer matches). Run the action again to write on top of the latest version.`,
  )
}

function encodedContent(value: unknown, isBase64: boolean): string {
  if (value === undefined || value === null) throw new InvalidInput('content', 'is required (an empty text writes an empty file).')
  if (typeof value === 'number' && Number.isFinite(value)) value = String(value)
  if (typeof value !== 'string') throw new InvalidInput('content', 'must be text.')
  if (isBase64) {
    const compact = value.replace(/\s+/g, '')
    if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) {
      throw new InvalidInput(
        'content',
        'must be base64 text when "Content Is Base64" is on (e.g. the content of a binary file from Get File Content).',
      )
    }
    checkSize(Math.floor((compact.length * 3) / 4) - (compact.match(/=+$/)?.[0].length ?? 0))
    return compact
  }
  checkSize(Buffer.byteLength(value, 'utf8'))
  return Buffer.from(value, 'utf8').toString('base64')
}

function checkSize(bytes: number): void {
  if (bytes > MAX_FILE_BYTES)
    throw new InvalidInput('content', `is ${megabytes(bytes)}; this action writes files up to ${megabytes(MAX_FILE_BYTES)}.`)
}

export function committerOf(nameValue: unknown, emailValue: unknown): { name: string; email: string } | undefined {
  const name = optionalString(nameValue, 'committerName', 255)
  const email = optionalString(emailValue, 'committerEmail', 255)
  if (name === undefined && email === undefined) return undefined
  if (name === undefined)
    throw new InvalidInput('committerName', 'is required when Committer Email is given (GitHub needs both, or neither).')
  if (email === undefined)
    throw new InvalidInput('committerEmail', 'is required when Committer Name is given (GitHub needs both, or neither).')
  if (!/^[^\s@<>]+@[^\s@<>]+$/.test(email))
    throw new InvalidInput('committerEmail', 'must be an email address such as "monalisa@example.com".')
  return { name, email }
}

// ── Delete File ──────────────────────────────────────────────────────────────

export interface DeleteFileInput {
  repository: unknown
  path: unknown
  message: unknown
  branch: unknown
  committerName: unknown
  committerEmail: unknown
}

/** DELETE /repos/{owner}/{repo}/contents/{path}: https://docs.github.com/en/rest/repos/contents#delete-a-file */
export async function deleteFile(github: GitHubContext, input: DeleteFileInput): Promise<FileCommit> {
  const ref = repository(input.repository)
  const path = repositoryPath(input.path, 'path')
  const message = requiredString(input.message, 'message', 10_000)
  const branch = optionalRef(input.branch, 'branch')
  const committer = committerOf(input.committerName, input.committerEmail)
  const file = await readFileEntry(github, ref, path, branch)
  const body: DeleteFileBody = { message, sha: file.sha, ...(branch && { branch }), ...(committer && { committer }) }
  try {
    const { data } = await callApi(github, {
      operation: 'repos/delete-file',
      method: 'DELETE',
      path: contentsPath(ref, path),
      body,
      subject: `the file ${where(ref, path, branch)}`,
    })
    return withoutContentToken(data)
  } catch (error) {
    throw asShaConflict(error, ref, path, branch)
  }
}

// ── Operations ───────────────────────────────────────────────────────────────

/** The operations this module implements, as the platform shows them (see src/operations/definition.ts). */
export const definitions = {
  getFileContent: define.action({
    label: 'Get File Content',
    route: 'GET /get-file-content',
    category: 'Files',
    description:
      'Reads one file of a repository (up to 5 MB) at a branch, tag or commit. Returns the decoded text with the file\'s sha, size, path and html_url; a binary file (not UTF-8 text) comes back as base64 with encoding "base64" and isBinary true.',
    requires: { scope: 'repo', permission: 'Contents: read' },
    params: [
      param.repository,
      {
        type: 'String',
        label: 'File Path',
        name: 'path',
        required: true,
        description: "The file's path inside the repository, e.g. docs/README.md.",
      },
      {
        type: 'String',
        label: 'Branch, Tag or Commit',
        name: 'ref',
        dictionary: 'getBranchesDictionary',
        dependsOn: ['repository'],
        description: 'Read the file as it is on this branch, tag or commit SHA. Leave empty for the default branch.',
      },
    ],
    sample: {
      type: 'file',
      name: 'README.md',
      path: 'docs/README.md',
      sha: '3d21ec53a331a6f037a91c368710b99387d012c1',
      size: 42,
      encoding: 'utf-8',
      isBinary: false,
      content: '# Hello World\n\nThis is the documentation.\n',
      html_url: 'https://github.com/octocat/Hello-World/blob/main/docs/README.md',
      download_url: 'https://raw.githubusercontent.com/octocat/Hello-World/main/docs/README.md',
    },
    run: getFileContent,
  }),
  listDirectoryContents: define.action({
    label: 'List Directory Contents',
    route: 'GET /list-directory-contents',
    category: 'Files',
    description:
      "Lists the files, directories, symbolic links and submodules in one directory of a repository (not recursive, up to 1,000 entries) at a branch, tag or commit. Returns each entry's type, name, path, sha, size and html_url.",
    requires: { scope: 'repo', permission: 'Contents: read' },
    params: [
      param.repository,
      {
        type: 'String',
        label: 'Directory Path',
        name: 'path',
        description: "The directory's path inside the repository, e.g. docs. Leave empty for the top level.",
      },
      {
        type: 'String',
        label: 'Branch, Tag or Commit',
        name: 'ref',
        dictionary: 'getBranchesDictionary',
        dependsOn: ['repository'],
        description: 'List the directory as it is on this branch, tag or commit SHA. Leave empty for the default branch.',
      },
    ],
    sample: {
      items: [
        {
          type: 'file',
          name: 'README.md',
          path: 'docs/README.md',
          sha: '3d21ec53a331a6f037a91c368710b99387d012c1',
          size: 42,
          html_url: 'https://github.com/octocat/Hello-World/blob/main/docs/README.md',
          download_url: 'https://raw.githubusercontent.com/octocat/Hello-World/main/docs/README.md',
        },
        {
          type: 'dir',
          name: 'images',
          path: 'docs/images',
          sha: 'a84d88e7554fc1fa21bcbc4efae3c782a70d2b9d',
          size: 0,
          html_url: 'https://github.com/octocat/Hello-World/tree/main/docs/images',
          download_url: null,
        },
      ],
    },
    run: listDirectoryContents,
  }),
  createOrUpdateFile: define.action({
    label: 'Create or Update File',
    route: 'PUT /create-or-update-file',
    category: 'Files',
    description:
      'Writes a file to a branch as one commit: creates it when it does not exist, or replaces it, looking up the current version\'s SHA itself. Content is text (or base64 for binary files, up to 5 MB); files in .github/workflows also need the "workflow" scope. Returns whether the file was created, the file\'s new sha and the commit.',
    requires: { scope: 'repo', permission: 'Contents: write' },
    params: [
      param.repository,
      {
        type: 'String',
        label: 'File Path',
        name: 'path',
        required: true,
        description: "The file's path inside the repository, e.g. docs/README.md. Missing directories are created.",
      },
      {
        type: 'String',
        label: 'Content',
        name: 'content',
        required: true,
        uiComponent: { type: 'MULTI_LINE_TEXT' },
        description: 'The complete new content of the file, as text (UTF-8). An empty text writes an empty file.',
      },
      {
        type: 'String',
        label: 'Commit Message',
        name: 'message',
        required: true,
        description: 'The message of the commit that writes the file, e.g. Update README.',
      },
      {
        type: 'String',
        label: 'Branch',
        name: 'branch',
        dictionary: 'getBranchesDictionary',
        dependsOn: ['repository'],
        description: 'The branch to commit to (it must exist). Leave empty for the default branch.',
      },
      {
        type: 'Boolean',
        label: 'Content Is Base64',
        name: 'contentIsBase64',
        defaultValue: false,
        uiComponent: { type: 'TOGGLE' },
        description: 'On: Content is already base64 (e.g. a binary file read with Get File Content) and is written as those bytes.',
      },
      param.committerName,
      param.committerEmail,
    ],
    sample: {
      created: false,
      content: {
        name: 'README.md',
        path: 'docs/README.md',
        sha: '95b966ae1c166bd92f8ae7d1c313e738c731dfc3',
        size: 58,
        url: 'https://api.github.com/repos/octocat/Hello-World/contents/docs/README.md',
        html_url: 'https://github.com/octocat/Hello-World/blob/main/docs/README.md',
        git_url: 'https://api.github.com/repos/octocat/Hello-World/git/blobs/95b966ae1c166bd92f8ae7d1c313e738c731dfc3',
        download_url: 'https://raw.githubusercontent.com/octocat/Hello-World/main/docs/README.md',
        type: 'file',
      },
      commit: {
        sha: '7638417db6d59f3c431d3e1f261cc637155684cd',
        node_id: 'MDY6Q29tbWl0NzYzODQxN2RiNmQ1OWYzYzQzMWQzZTFmMjYxY2M2MzcxNTU2ODRjZA==',
        url: 'https://api.github.com/repos/octocat/Hello-World/git/commits/7638417db6d59f3c431d3e1f261cc637155684cd',
        html_url: 'https://github.com/octocat/Hello-World/commit/7638417db6d59f3c431d3e1f261cc637155684cd',
        author: { date: '2025-02-03T10:30:00Z', name: 'Monalisa Octocat', email: 'monalisa@example.com' },
        committer: { date: '2025-02-03T10:30:00Z', name: 'Monalisa Octocat', email: 'monalisa@example.com' },
        message: 'Update README',
        tree: {
          url: 'https://api.github.com/repos/octocat/Hello-World/git/trees/691272480426f78a0138979dd3ce63b77f706feb',
          sha: '691272480426f78a0138979dd3ce63b77f706feb',
        },
        parents: [
          {
            url: 'https://api.github.com/repos/octocat/Hello-World/git/commits/1acc419d4d6a9ce985db7be48c6349a0475975b5',
            html_url: 'https://github.com/octocat/Hello-World/commit/1acc419d4d6a9ce985db7be48c6349a0475975b5',
            sha: '1acc419d4d6a9ce985db7be48c6349a0475975b5',
          },
        ],
        verification: { verified: false, reason: 'unsigned', signature: null, payload: null },
      },
    },
    run: createOrUpdateFile,
  }),
  deleteFile: define.action({
    label: 'Delete File',
    route: 'DELETE /delete-file',
    category: 'Files',
    description:
      "Deletes one file from a branch as one commit, looking up the file's current SHA itself. Returns the deletion commit (content is null).",
    requires: { scope: 'repo', permission: 'Contents: write' },
    params: [
      param.repository,
      {
        type: 'String',
        label: 'File Path',
        name: 'path',
        required: true,
        description: 'The path of the file to delete, e.g. docs/old-notes.md.',
      },
      {
        type: 'String',
        label: 'Commit Message',
        name: 'message',
        required: true,
        description: 'The message of the commit that deletes the file, e.g. Remove old notes.',
      },
      {
        type: 'String',
        label: 'Branch',
        name: 'branch',
        dictionary: 'getBranchesDictionary',
        dependsOn: ['repository'],
        description: 'The branch to delete the file from. Leave empty for the default branch.',
      },
      param.committerName,
      param.committerEmail,
    ],
    sample: {
      content: null,
      commit: {
        sha: '7638417db6d59f3c431d3e1f261cc637155684cd',
        node_id: 'MDY6Q29tbWl0NzYzODQxN2RiNmQ1OWYzYzQzMWQzZTFmMjYxY2M2MzcxNTU2ODRjZA==',
        url: 'https://api.github.com/repos/octocat/Hello-World/git/commits/7638417db6d59f3c431d3e1f261cc637155684cd',
        html_url: 'https://github.com/octocat/Hello-World/commit/7638417db6d59f3c431d3e1f261cc637155684cd',
        author: { date: '2025-02-03T10:40:00Z', name: 'Monalisa Octocat', email: 'monalisa@example.com' },
        committer: { date: '2025-02-03T10:40:00Z', name: 'Monalisa Octocat', email: 'monalisa@example.com' },
        message: 'Remove old notes',
        tree: {
          url: 'https://api.github.com/repos/octocat/Hello-World/git/trees/691272480426f78a0138979dd3ce63b77f706feb',
          sha: '691272480426f78a0138979dd3ce63b77f706feb',
        },
        parents: [
          {
            url: 'https://api.github.com/repos/octocat/Hello-World/git/commits/1acc419d4d6a9ce985db7be48c6349a0475975b5',
            html_url: 'https://github.com/octocat/Hello-World/commit/1acc419d4d6a9ce985db7be48c6349a0475975b5',
            sha: '1acc419d4d6a9ce985db7be48c6349a0475975b5',
          },
        ],
        verification: { verified: false, reason: 'unsigned', signature: null, payload: null },
      },
    },
    run: deleteFile,
  }),
}
