import type { components, operations } from '@octokit/openapi-types'
import { InvalidInput } from '../errors'
import { callApi, type GitHubContext } from './api'
import { optionalBoolean, optionalObject, optionalString, requiredString } from './input'

type GistSimple = components['schemas']['gist-simple']
type CreateGistBody = operations['gists/create']['requestBody']['content']['application/json']

/** GitHub allows 300 files per gist; a flow rarely needs more than a handful. */
const MAX_FILES = 100
/** Everything travels in one JSON request; stay well under the HTTP client's 10 MB cap. */
const MAX_TOTAL_BYTES = 5 * 1024 * 1024

export interface CreateGistInput {
  description: unknown
  isPublic: unknown
  fileName: unknown
  content: unknown
  moreFiles: unknown
}

/** POST /gists: https://docs.github.com/en/rest/gists/gists#create-a-gist */
export async function createGist(github: GitHubContext, input: CreateGistInput): Promise<GistSimple> {
  const description = optionalString(input.description, 'description', 1000)
  const isPublic = optionalBoolean(input.isPublic, 'isPublic') ?? false
  const files: CreateGistBody['files'] = {}
  files[gistFileName(input.fileName, 'fileName')] = { content: gistFileContent(input.content, 'content') }
  for (const [name, content] of Object.entries(optionalObject(input.moreFiles, 'moreFiles') ?? {})) {
    const fileName = gistFileName(name, 'moreFiles')
    if (Object.prototype.hasOwnProperty.call(files, fileName)) {
      throw new InvalidInput('moreFiles', `names "${fileName}" twice (or also as File Name); every file of a gist needs its own name.`)
    }
    files[fileName] = { content: gistFileContent(content, 'moreFiles', fileName) }
  }
  const names = Object.keys(files)
  if (names.length > MAX_FILES) throw new InvalidInput('moreFiles', `may add at most ${MAX_FILES - 1} files.`)
  const total = names.reduce((sum, name) => sum + Buffer.byteLength(files[name]?.content ?? '', 'utf8'), 0)
  if (total > MAX_TOTAL_BYTES)
    throw new InvalidInput('content', `the files add up to more than ${MAX_TOTAL_BYTES / (1024 * 1024)} MB; split them over several gists.`)
  const body: CreateGistBody = { ...(description !== undefined && { description }), public: isPublic, files }
  const { data } = await callApi<GistSimple>(github, {
    method: 'POST',
    path: '/gists',
    body,
    subject: 'the new gist',
    needs: 'the "gist" scope (GitHub App permission "Gists: write")',
  })
  return data
}

function gistFileName(value: unknown, parameter: string): string {
  const name = requiredString(value, parameter, 255)
  if (/[/\\\0]/.test(name) || name === '.' || name === '..') {
    throw new InvalidInput(parameter, `has the file name "${name.slice(0, 50)}"; a gist file name cannot contain "/" or "\\".`)
  }
  // GitHub reserves gistfile1, gistfile2… for files it names itself.
  if (/^gistfile\d+(\.|$)/i.test(name)) {
    throw new InvalidInput(
      parameter,
      `has the file name "${name}"; names like "gistfile1" are reserved by GitHub. Choose another name, e.g. "notes.md".`,
    )
  }
  return name
}

function gistFileContent(value: unknown, parameter: string, fileName?: string): string {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value
  const subject = fileName === undefined ? '' : ` (file "${fileName}")`
  if (typeof text !== 'string') throw new InvalidInput(parameter, `must give each file's content as text${subject}.`)
  if (text.trim() === '') throw new InvalidInput(parameter, `has an empty file${subject}; GitHub does not accept empty gist files.`)
  return text
}
