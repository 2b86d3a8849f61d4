import {
  ApiError,
  DOCUMENTATION_URL,
  bodyObject,
  invalidField,
  optionalBooleanField,
  optionalStringField,
  validationFailed,
  type Router,
} from '../http'
import { repositoryFor, touch, type World } from '../world'

/**
 * Repository settings, topics and deletion: https://docs.github.com/en/rest/repos/repos. GitHub's rules kept: topics
 * are lowercase words of letters, digits and hyphens (at most 20, 50 characters each); the default branch must
 * exist; an archived repository refuses changes other than unarchiving; a new name must be free.
 */
const TOPIC = /^[a-z0-9][a-z0-9-]{0,49}$/

export function repoAdminRoutes(router: Router, world: World): void {
  const { state, render } = world

  router.add('PUT', '/repos/:owner/:repo/topics', (request) => {
    const repo = repositoryFor(world, request, 'write')
    const names = bodyObject(request)['names']
    if (!Array.isArray(names)) throw invalidField('Repository', 'names', 'missing_field')
    const topics = [...new Set(names.map((name) => String(name).toLowerCase()))]
    if (topics.length > 20 || topics.some((topic) => !TOPIC.test(topic))) throw invalidField('Repository', 'topics', 'invalid')
    repo.topics = topics
    touch(world, repo)
    return { status: 200, body: { names: topics } }
  })

  router.add('PATCH', '/repos/:owner/:repo', (request) => {
    const repo = repositoryFor(world, request, 'write')
    const body = bodyObject(request)
    const archived = optionalBooleanField('Repository', body, 'archived')
    if (repo.archived && archived !== false) {
      throw new ApiError(403, { message: 'Repository was archived so is read-only.', documentation_url: DOCUMENTATION_URL, status: '403' })
    }
    const name = optionalStringField('Repository', body, 'name')
    if (name !== undefined && name.toLowerCase() !== repo.name.toLowerCase() && state.repository(repo.owner.login, name)) {
      throw validationFailed([{ resource: 'Repository', field: 'name', code: 'custom', message: 'name already exists on this account' }])
    }
    const defaultBranch = optionalStringField('Repository', body, 'default_branch')
    if (defaultBranch !== undefined && !repo.branches.has(defaultBranch)) {
      throw validationFailed([{ resource: 'Repository', field: 'default_branch', code: 'invalid' }])
    }
    const visibility = optionalStringField('Repository', body, 'visibility')
    const isPrivate =
      optionalBooleanField('Repository', body, 'private') ?? (visibility === undefined ? undefined : visibility !== 'public')
    if (name !== undefined && name !== repo.name) {
      state.repositories.delete(`${repo.owner.login}/${repo.name}`.toLowerCase())
      repo.name = name
      state.repositories.set(`${repo.owner.login}/${name}`.toLowerCase(), repo)
    }
    Object.assign(repo, {
      ...(body['description'] !== undefined && { description: optionalStringField('Repository', body, 'description') ?? null }),
      ...(body['homepage'] !== undefined && { homepage: optionalStringField('Repository', body, 'homepage') ?? null }),
      ...(isPrivate !== undefined && { private: isPrivate }),
      ...(defaultBranch !== undefined && { defaultBranch }),
      ...(body['has_issues'] !== undefined && { hasIssues: optionalBooleanField('Repository', body, 'has_issues') }),
      ...(body['has_wiki'] !== undefined && { hasWiki: optionalBooleanField('Repository', body, 'has_wiki') }),
      ...(archived !== undefined && { archived }),
      ...(body['is_template'] !== undefined && { isTemplate: optionalBooleanField('Repository', body, 'is_template') }),
    })
    touch(world, repo)
    return { status: 200, body: render.fullRepository(repo) }
  })

  router.add('DELETE', '/repos/:owner/:repo', (request) => {
    const repo = repositoryFor(world, request, 'write')
    if (!request.scopes.includes('delete_repo')) {
      throw new ApiError(403, { message: 'Must have admin rights to Repository.', documentation_url: DOCUMENTATION_URL, status: '403' })
    }
    state.repositories.delete(`${repo.owner.login}/${repo.name}`.toLowerCase())
    return { status: 204 }
  })
}
