import type { components, operations } from '@octokit/openapi-types'
import { InvalidInput } from '../errors'
import { apiPath, callApi, type GitHubContext } from './api'
import { listAll, MAX_PAGE_SIZE, type ListResult } from './pagination'
import {
  dictionaryPayload,
  listOptions,
  matchesSearch,
  optionalBoolean,
  optionalDateTime,
  optionalObject,
  optionalString,
  optionalStringList,
  requiredString,
  type DictionaryResult,
} from './input'
import * as param from './params'
import * as define from '../operations/definition'

type GistSimple = components['schemas']['gist-simple']
type Gist = components['schemas']['gist-simple']
type BaseGist = components['schemas']['base-gist']
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

/** A gist id: the hex string in its URL (gist.github.com/<owner>/<id>). */
function gistId(value: unknown): string {
  const id = requiredString(value, 'gistId', 64)
  if (!/^[0-9a-f]{1,64}$/i.test(id))
    throw new InvalidInput('gistId', 'must be the id of a gist, e.g. aa5a315d61ae9438b18d (the last part of its URL).')
  return id
}

/** GET /gists/{gist_id}, with the content of its files (GitHub truncates a file over 1 MB: truncated says so). */
export async function getGist(github: GitHubContext, input: { gistId: unknown }): Promise<Gist> {
  const id = gistId(input.gistId)
  return (await callApi(github, { operation: 'gists/get', method: 'GET', path: apiPath`/gists/${id}`, subject: `gist ${id}` })).data
}

/** GET /gists: the connected account's gists, newest first. */
export async function listGists(
  github: GitHubContext,
  input: { since: unknown; fetchAll: unknown; limit: unknown; cursor: unknown },
): Promise<ListResult<BaseGist>> {
  const since = optionalDateTime(input.since, 'since')
  const call = { operation: 'gists/list' as const, method: 'GET' as const, path: '/gists', query: { since }, subject: 'your gists' }
  return listAll(github, call, listOptions(input.fetchAll, input.limit, input.cursor))
}

export interface UpdateGistInput {
  gistId: unknown
  description: unknown
  fileName: unknown
  content: unknown
  moreFiles: unknown
  deleteFiles: unknown
}

/** PATCH /gists/{gist_id}: files given are added or replaced, files named in Delete Files removed, the rest kept. */
export async function updateGist(github: GitHubContext, input: UpdateGistInput): Promise<Gist> {
  const id = gistId(input.gistId)
  const description = optionalString(input.description, 'description', 1000)
  const files: Record<string, { content?: string }> = {}
  const given = (value: unknown): boolean => value !== undefined && value !== null && value !== ''
  const content = given(input.content) ? gistFileContent(input.content, 'content') : undefined
  const fileName = given(input.fileName) ? gistFileName(input.fileName, 'fileName') : undefined
  if (content !== undefined && fileName === undefined)
    throw new InvalidInput('fileName', 'is required with Content: the name of the file to write.')
  if (fileName !== undefined && content === undefined)
    throw new InvalidInput('content', `is required with File Name: the new text of "${fileName}".`)
  if (fileName !== undefined && content !== undefined) files[fileName] = { content }
  for (const [name, content] of Object.entries(optionalObject(input.moreFiles, 'moreFiles') ?? {})) {
    files[gistFileName(name, 'moreFiles')] = { content: gistFileContent(content, 'moreFiles', name) }
  }
  for (const name of optionalStringList(input.deleteFiles, 'deleteFiles', MAX_FILES, 255) ?? []) {
    if (files[name] !== undefined) throw new InvalidInput('deleteFiles', `names "${name}", which this update also writes.`)
    // GitHub deletes a file given as an object with neither content nor filename (its description has no null here).
    files[name] = {}
  }
  const total = Object.values(files).reduce((sum, file) => sum + Buffer.byteLength(file?.content ?? '', 'utf8'), 0)
  if (total > MAX_TOTAL_BYTES) throw new InvalidInput('content', `the files add up to more than ${MAX_TOTAL_BYTES / (1024 * 1024)} MB.`)
  if (description === undefined && Object.keys(files).length === 0) {
    throw new InvalidInput('description', 'or a file must be given: there is nothing to change.')
  }
  const body = { ...(description !== undefined && { description }), ...(Object.keys(files).length > 0 && { files }) }
  return (await callApi(github, { operation: 'gists/update', method: 'PATCH', path: apiPath`/gists/${id}`, body, subject: `gist ${id}` }))
    .data
}

/** DELETE /gists/{gist_id} */
export async function deleteGist(github: GitHubContext, input: { gistId: unknown }): Promise<{ gistId: string; deleted: true }> {
  const id = gistId(input.gistId)
  await callApi(github, { operation: 'gists/delete', method: 'DELETE', path: apiPath`/gists/${id}`, subject: `gist ${id}` })
  return { gistId: id, deleted: true }
}

/** The connected account's gists, newest first: value is the id, the label its description or first file. */
export async function getGistsDictionary(github: GitHubContext, payload: unknown): Promise<DictionaryResult> {
  const { search, cursor } = dictionaryPayload(payload)
  const call = { operation: 'gists/list' as const, method: 'GET' as const, path: '/gists', subject: 'your gists' }
  const page = await listAll(github, call, { mode: 'page', pageSize: MAX_PAGE_SIZE, limit: MAX_PAGE_SIZE, ...(cursor && { cursor }) })
  const items = page.items
    .map((gist) => ({ gist, files: Object.keys(gist.files ?? {}) }))
    .filter(({ gist, files }) => matchesSearch(search, gist.description, ...files))
    .map(({ gist, files }) => ({
      label: gist.description || files[0] || gist.id,
      value: gist.id,
      note: `${gist.public ? 'public' : 'secret'} · ${files.join(', ')}`,
    }))
  return { items, cursor: page.nextCursor }
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
  if (Buffer.byteLength(text, 'utf8') > MAX_TOTAL_BYTES) {
    throw new InvalidInput(
      parameter,
      `has a file${subject} of more than ${MAX_TOTAL_BYTES / (1024 * 1024)} MB; split it over several gists.`,
    )
  }
  return text
}

// ── Operations ───────────────────────────────────────────────────────────────

/** The operations this module implements, as the platform shows them (see src/operations/definition.ts). */
const core = {
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

const GIST_SAMPLE = core.createGist.sample
const gistIdParam = {
  type: 'String',
  label: 'Gist',
  name: 'gistId',
  required: true,
  dictionary: 'getGistsDictionary',
  description: 'The gist (pick one of yours, or give its id: the last part of its URL).',
} as const
const paramOf = (name: (typeof core.createGist.params)[number]['name']) => define.paramNamed(core.createGist.params, name)
const WRITE = { scope: 'gist', permission: 'Gists: write' } as const

/** The operations this module implements, as the platform shows them (see src/operations/definition.ts). */
export const definitions = {
  ...core,
  getGist: define.action({
    label: 'Get Gist',
    route: 'GET /get-gist',
    category: 'Gists',
    description:
      "Returns a gist with its description and its files' content (a file over 1 MB comes truncated, with its raw_url to fetch in full).",
    requires: { scope: 'gist', permission: 'Gists: read' },
    params: [gistIdParam],
    sample: GIST_SAMPLE,
    run: getGist,
  }),
  listGists: define.action({
    label: 'List Gists',
    route: 'GET /list-gists',
    category: 'Gists',
    description:
      "Lists the connected account's gists, newest first, optionally only those updated since a time (without their content). Returns them and a cursor for the next page.",
    requires: { scope: 'gist', permission: 'Gists: read' },
    params: [
      {
        type: 'Number',
        label: 'Updated Since',
        name: 'since',
        uiComponent: { type: 'DATE_TIME_PICKER' },
        description: 'Only gists updated at or after this time.',
      },
      param.fetchAll,
      param.limit,
      param.cursor,
    ],
    sample: {
      items: [
        {
          id: 'aa5a315d61ae9438b18d',
          url: 'https://api.github.com/gists/aa5a315d61ae9438b18d',
          html_url: 'https://gist.github.com/octocat/aa5a315d61ae9438b18d',
          public: false,
          description: 'Build notes',
          files: { 'notes.md': { filename: 'notes.md', language: 'Markdown', size: 22 } },
          created_at: '2010-04-14T02:15:15Z',
          updated_at: '2011-06-20T11:34:15Z',
        },
      ],
      nextCursor: null,
    },
    run: listGists,
  }),
  updateGist: define.action({
    label: 'Update Gist',
    route: 'PUT /update-gist',
    category: 'Gists',
    description:
      'Changes a gist: its description, one file (File Name and Content), more files as {"name": "content"}, and files to delete; the other files stay. Returns the gist.',
    requires: WRITE,
    params: [
      gistIdParam,
      paramOf('description'),
      { ...paramOf('fileName'), required: false, description: 'A file to add or replace, e.g. notes.md (give Content too).' },
      { ...paramOf('content'), required: false, description: "That file's new text; it cannot be empty." },
      { ...paramOf('moreFiles'), description: 'More files to add or replace, as an object of file name to text.' },
      { type: 'Array<String>', label: 'Delete Files', name: 'deleteFiles', description: 'Names of files to remove from the gist.' },
    ],
    sample: GIST_SAMPLE,
    run: updateGist,
  }),
  deleteGist: define.action({
    label: 'Delete Gist',
    route: 'DELETE /delete-gist',
    category: 'Gists',
    description: 'Deletes a gist of the connected account. Returns the deleted id.',
    requires: WRITE,
    params: [gistIdParam],
    sample: { gistId: 'aa5a315d61ae9438b18d', deleted: true },
    run: deleteGist,
  }),
  getGistsDictionary: define.dictionary({
    label: 'Get Gists Dictionary',
    route: 'POST /get-gists-dictionary',
    description:
      "Lists the connected account's gists, newest first, for picking: value is the id, the label its description (or first file), the note its visibility and files. Search filters descriptions and file names.",
    requires: { scope: 'gist', permission: 'Gists: read' },
    params: [{ type: 'Object', label: 'Payload', name: 'payload', description: 'Search text and cursor.' }],
    sample: { items: [{ label: 'Build notes', value: 'aa5a315d61ae9438b18d', note: 'secret · notes.md' }], cursor: null },
    run: (github: GitHubContext, { payload }) => getGistsDictionary(github, payload),
  }),
}
