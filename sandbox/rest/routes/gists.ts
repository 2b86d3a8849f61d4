import { randomBytes } from 'node:crypto'
import {
  bodyObject,
  byDate,
  field,
  notFound,
  optionalBooleanField,
  optionalStringField,
  paged,
  validationFailed,
  type ApiRequest,
  type Router,
} from '../http'
import type { Gist, GistFile } from '../state'
import { hasScope, type World } from '../world'

export function gistRoutes(router: Router, world: World): void {
  const { state, render } = world

  const readFiles = (body: Record<string, unknown>): Map<string, GistFile> => {
    const files = field(body, 'files')
    if (files === undefined || files === null) throw validationFailed([{ resource: 'Gist', code: 'missing_field', field: 'files' }])
    if (typeof files !== 'object' || Array.isArray(files)) throw validationFailed([{ resource: 'Gist', code: 'invalid', field: 'files' }])
    const entries = Object.entries(files as Record<string, unknown>)
    if (entries.length === 0) throw validationFailed([{ resource: 'Gist', code: 'missing_field', field: 'files' }])
    const result = new Map<string, GistFile>()
    for (const [name, file] of entries) {
      const content = typeof file === 'object' && file !== null ? (file as { content?: unknown }).content : undefined
      if (typeof content !== 'string' || content.trim() === '')
        throw validationFailed([{ resource: 'Gist', code: 'missing_field', field: 'files' }])
      if (name.includes('/') || name.trim() === '')
        throw validationFailed([{ resource: 'Gist', code: 'invalid', field: 'files', message: `${name} is not a valid file name.` }])
      result.set(name, { content })
    }
    return result
  }

  /** POST /gists: https://docs.github.com/en/rest/gists/gists#create-a-gist */
  router.add('POST', '/gists', (request) => {
    // Without the gist scope GitHub answers 404, as for anything the token may not touch.
    if (!hasScope(request, 'gist')) throw notFound()
    const body = bodyObject(request)
    const files = readFiles(body)
    const visibility = field(body, 'public')
    const isPublic = typeof visibility === 'string' ? visibility === 'true' : (optionalBooleanField('Gist', body, 'public') ?? false)
    const now = state.now()
    const gist: Gist = {
      id: randomBytes(16).toString('hex'),
      description: optionalStringField('Gist', body, 'description') ?? null,
      public: isPublic,
      owner: request.viewer.login,
      files,
      createdAt: now,
      updatedAt: now,
    }
    state.gists.push(gist)
    const rendered = render.gist(gist)
    return { status: 201, body: rendered, headers: { Location: rendered.url ?? '' } }
  })

  /** GET /gists: https://docs.github.com/en/rest/gists/gists#list-gists-for-the-authenticated-user */
  router.add('GET', '/gists', (request) => {
    const mine = state.gists.filter((gist) => gist.owner === request.viewer.login)
    return paged(
      request,
      byDate(mine, (gist) => gist.updatedAt, 'desc').map((gist) => render.gist(gist)),
    )
  })

  const gistFor = (request: ApiRequest): Gist => {
    const gist = state.gists.find((candidate) => candidate.id === request.params['gist_id'])
    // Secret gists are unlisted, not private: anyone with the id may read them, as on GitHub.
    if (!gist) throw notFound()
    return gist
  }

  /** GET /gists/{gist_id}: https://docs.github.com/en/rest/gists/gists#get-a-gist */
  router.add('GET', '/gists/:gist_id', (request) => ({ status: 200, body: render.gist(gistFor(request)) }))

  /** DELETE /gists/{gist_id}: https://docs.github.com/en/rest/gists/gists#delete-a-gist */
  router.add('DELETE', '/gists/:gist_id', (request) => {
    const gist = gistFor(request)
    if (gist.owner !== request.viewer.login || !hasScope(request, 'gist')) throw notFound()
    state.gists.splice(state.gists.indexOf(gist), 1)
    return { status: 204 }
  })

  /** PATCH /gists/{gist_id}: a file given null or {} is deleted, { filename } renames, { content } replaces or adds. */
  router.add('PATCH', '/gists/:gist_id', (request) => {
    const gist = gistFor(request)
    if (gist.owner !== request.viewer.login || !hasScope(request, 'gist')) throw notFound()
    const body = bodyObject(request)
    const changes = field(body, 'files')
    if (changes !== undefined && (typeof changes !== 'object' || changes === null || Array.isArray(changes))) {
      throw validationFailed([{ resource: 'Gist', code: 'invalid', field: 'files' }])
    }
    for (const [name, change] of Object.entries((changes ?? {}) as Record<string, unknown>)) {
      const { content, filename } = (change ?? {}) as { content?: unknown; filename?: unknown }
      if (content === undefined && (filename === undefined || filename === null)) {
        gist.files.delete(name)
        continue
      }
      const current = gist.files.get(name)
      if (typeof content !== 'string' && current === undefined)
        throw validationFailed([{ resource: 'Gist', code: 'missing_field', field: 'files' }])
      const next = { content: typeof content === 'string' ? content : (current?.content ?? '') }
      if (typeof filename === 'string' && filename !== name) gist.files.delete(name)
      gist.files.set(typeof filename === 'string' ? filename : name, next)
    }
    if (gist.files.size === 0) throw validationFailed([{ resource: 'Gist', code: 'missing_field', field: 'files' }])
    if (body['description'] !== undefined) gist.description = optionalStringField('Gist', body, 'description') ?? null
    gist.updatedAt = state.now()
    return { status: 200, body: render.gist(gist) }
  })
}
