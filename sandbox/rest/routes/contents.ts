import { createHash } from 'node:crypto'
import type { components } from '@octokit/openapi-types'
import {
  ApiError,
  DOCUMENTATION_URL,
  bodyObject,
  conflict,
  forbidden,
  notFound,
  optionalStringField,
  type ApiRequest,
  type Router,
} from '../http'
import type { Commit, Repository } from '../state'
import { hasScope, repositoryFor, type World } from '../world'

/** Above 1 MB GitHub answers `encoding: "none"` without content; the blob API has the bytes. */
const INLINE_LIMIT = 1024 * 1024

/** Git's shape of what the sandbox's flat trees hold under a directory. */
function directoryEntries(commit: Commit, directory: string): { path: string; type: 'file' | 'dir'; sha: string; size: number }[] {
  const prefix = directory === '' ? '' : `${directory}/`
  const entries = new Map<string, { path: string; type: 'file' | 'dir'; sha: string; size: number }>()
  const dirs = new Map<string, string[]>()
  for (const [path, blob] of commit.tree) {
    if (!path.startsWith(prefix)) continue
    const rest = path.slice(prefix.length)
    const slash = rest.indexOf('/')
    if (slash === -1) entries.set(rest, { path, type: 'file', sha: blob.sha, size: blob.content.length })
    else {
      const name = rest.slice(0, slash)
      dirs.set(name, [...(dirs.get(name) ?? []), `${path}:${blob.sha}`])
    }
  }
  for (const [name, members] of dirs) {
    const sha = createHash('sha1').update(members.sort().join('\n')).digest('hex')
    entries.set(name, { path: `${prefix}${name}`, type: 'dir', sha, size: 0 })
  }
  return [...entries.values()].sort((a, b) => (a.path < b.path ? -1 : 1))
}

function invalidRequest(detail: string): ApiError {
  return new ApiError(422, { message: `Invalid request.\n\n${detail}`, documentation_url: DOCUMENTATION_URL, status: '422' })
}

function cleanPath(raw: string | undefined): string {
  return (raw ?? '').replace(/^\/+|\/+$/g, '')
}

export function contentRoutes(router: Router, world: World): void {
  const { state, render } = world

  const readContents = (request: ApiRequest, path: string) => {
    const repo = repositoryFor(world, request)
    const ref = request.query.get('ref') || repo.defaultBranch
    const commit = state.resolveRef(repo, ref)
    if (!commit)
      throw new ApiError(404, { message: `No commit found for the ref ${ref}`, documentation_url: DOCUMENTATION_URL, status: '404' })
    const blob = commit.tree.get(path)
    if (blob) {
      if (/vnd\.github(\.v3)?\.raw/.test(request.accept))
        return { status: 200, body: blob.content, headers: { 'Content-Type': 'application/vnd.github.raw; charset=utf-8' } }
      const file = render.contentFile(repo, path, blob, ref)
      return { status: 200, body: blob.content.length > INLINE_LIMIT ? { ...file, encoding: 'none', content: '' } : file }
    }
    const entries = directoryEntries(commit, path)
    if (entries.length === 0) throw notFound()
    const listing: components['schemas']['content-directory'] = entries.map((entry) => render.directoryEntry(repo, entry.path, entry, ref))
    return { status: 200, body: listing }
  }

  /** GET /repos/{owner}/{repo}/contents/{path}: https://docs.github.com/en/rest/repos/contents#get-repository-content */
  router.add('GET', '/repos/:owner/:repo/contents', (request) => readContents(request, ''))
  router.add('GET', '/repos/:owner/:repo/contents/*path', (request) => readContents(request, cleanPath(request.params['path'])))

  const writable = (request: ApiRequest, repo: Repository, path: string) => {
    if (path.startsWith('.github/workflows/') && !hasScope(request, 'workflow')) {
      throw forbidden(`refusing to allow an OAuth App to create or update workflow \`${path}\` without \`workflow\` scope`)
    }
    const body = bodyObject(request)
    const message = optionalStringField('Contents', body, 'message')
    if (message === undefined || message.trim() === '') throw invalidRequest('"message" wasn\'t supplied.')
    const branch = optionalStringField('Contents', body, 'branch') ?? repo.defaultBranch
    const head = repo.branches.get(branch)
    if (head === undefined)
      throw new ApiError(404, { message: `Branch ${branch} not found`, documentation_url: DOCUMENTATION_URL, status: '404' })
    const commit = repo.commits.get(head)
    if (!commit) throw notFound()
    return { body, message, branch, commit, current: commit.tree.get(path), sha: optionalStringField('Contents', body, 'sha') }
  }

  /** PUT /repos/{owner}/{repo}/contents/{path}: https://docs.github.com/en/rest/repos/contents#create-or-update-file-contents */
  router.add('PUT', '/repos/:owner/:repo/contents/*path', (request) => {
    const repo = repositoryFor(world, request, 'write')
    const path = cleanPath(request.params['path'])
    if (path === '' || path.split('/').some((part) => part === '' || part === '.' || part === '..'))
      throw invalidRequest('"path" is not a valid file path.')
    const { body, message, branch, commit, current, sha } = writable(request, repo, path)
    const content = optionalStringField('Contents', body, 'content')
    if (content === undefined) throw invalidRequest('"content" wasn\'t supplied.')
    if (!/^[A-Za-z0-9+/\r\n]*={0,2}[\r\n]*$/.test(content)) throw invalidRequest('content is not valid Base64')
    if (directoryEntries(commit, path).length > 0) throw invalidRequest(`"${path}" is a directory.`)
    if (current && sha === undefined) throw invalidRequest('"sha" wasn\'t supplied.')
    if (current && sha !== current.sha) throw conflict(`${path} does not match ${sha}`)
    const next = state.commit(repo, commit.sha, branch, message, request.viewer.login, { [path]: Buffer.from(content, 'base64') })
    registerWorkflow(world, repo, path, next)
    return { status: current ? 200 : 201, body: render.fileCommit(repo, path, branch, next.sha) }
  })

  /** DELETE /repos/{owner}/{repo}/contents/{path}: https://docs.github.com/en/rest/repos/contents#delete-a-file */
  router.add('DELETE', '/repos/:owner/:repo/contents/*path', (request) => {
    const repo = repositoryFor(world, request, 'write')
    const path = cleanPath(request.params['path'])
    const { message, branch, commit, current, sha } = writable(request, repo, path)
    if (sha === undefined) throw invalidRequest('"sha" wasn\'t supplied.')
    if (!current) throw notFound()
    if (sha !== current.sha) throw conflict(`${path} does not match ${sha}`)
    const next = state.commit(repo, commit.sha, branch, message, request.viewer.login, { [path]: null })
    return { status: 200, body: render.fileCommit(repo, undefined, branch, next.sha) }
  })
}

/** A workflow file committed to the default branch shows up in the Actions API, as on GitHub. */
function registerWorkflow(world: World, repo: Repository, path: string, commit: Commit): void {
  if (!/^\.github\/workflows\/[^/]+\.ya?ml$/.test(path) || repo.branches.get(repo.defaultBranch) !== commit.sha) return
  if (repo.workflows.some((workflow) => workflow.path === path)) return
  const text = commit.tree.get(path)?.content.toString('utf8') ?? ''
  const name =
    /^name:\s*(.+)$/m
      .exec(text)?.[1]
      ?.trim()
      .replace(/^['"]|['"]$/g, '') ?? path
  const now = world.state.now()
  repo.workflows.push({ id: world.state.nextId(), name, path, state: 'active', createdAt: now, updatedAt: now })
}
