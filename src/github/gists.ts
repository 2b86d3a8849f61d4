import type { components, operations } from '@octokit/openapi-types'
import { InvalidInput } from '../errors'
import { callApi, type GitHubContext } from './api'
import { optionalBoolean, optionalObject, optionalString, requiredString } from './input'
import * as define from '../operations/definition'

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
  const { data } = await callApi(github, { operation: 'gists/create', method: 'POST', path: '/gists', body, subject: 'the new gist' })
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

// ── Operations ───────────────────────────────────────────────────────────────

/** The operations this module implements, as the platform shows them (see src/operations/definition.ts). */
export const definitions = {
  createGist: define.action({
    label: 'Create Gist',
    route: 'POST /create-gist',
    category: 'Gists',
    description:
      'Creates a gist owned by the connected account from one file (File Name and Content) plus, optionally, more files given as an object {"name": "content"}; secret by default, or public. Returns the gist with its id, html_url and files.',
    requires: { scope: 'gist', permission: 'Gists: write' },
    params: [
      { type: 'String', label: 'Description', name: 'description', description: 'A short description of the gist.' },
      {
        type: 'Boolean',
        label: 'Public',
        name: 'isPublic',
        defaultValue: false,
        uiComponent: { type: 'TOGGLE' },
        description: 'On: anyone can find the gist. Off: a secret gist, visible only to people with its link.',
      },
      {
        type: 'String',
        label: 'File Name',
        name: 'fileName',
        required: true,
        description: "The name of the gist's file, with an extension for syntax highlighting, e.g. notes.md.",
      },
      {
        type: 'String',
        label: 'Content',
        name: 'content',
        required: true,
        uiComponent: { type: 'MULTI_LINE_TEXT' },
        description: "The file's text; it cannot be empty.",
      },
      {
        type: 'Object',
        label: 'More Files',
        name: 'moreFiles',
        description: 'More files as an object of file name to text, e.g. {"data.json": "{}", "run.sh": "echo hi"}.',
      },
    ],
    sample: {
      id: 'aa5a315d61ae9438b18d',
      node_id: 'MDQ6R2lzdGFhNWEzMTVkNjFhZTk0MzhiMThk',
      url: 'https://api.github.com/gists/aa5a315d61ae9438b18d',
      html_url: 'https://gist.github.com/octocat/aa5a315d61ae9438b18d',
      git_pull_url: 'https://gist.github.com/aa5a315d61ae9438b18d.git',
      public: false,
      description: 'Build notes',
      files: {
        'notes.md': {
          filename: 'notes.md',
          type: 'text/markdown',
          language: 'Markdown',
          raw_url: 'https://gist.githubusercontent.com/octocat/aa5a315d61ae9438b18d/raw/5d7a3f8ad2b4d0e6f0f6e5b8a3c2d1e0f9a8b7c6/notes.md',
          size: 22,
          truncated: false,
          content: '# Build notes\n\nAll green.',
        },
      },
      owner: { login: 'octocat', id: 1, type: 'User' },
      comments: 0,
      created_at: '2025-02-03T11:00:00Z',
      updated_at: '2025-02-03T11:00:00Z',
      truncated: false,
    },
    run: createGist,
  }),
}
