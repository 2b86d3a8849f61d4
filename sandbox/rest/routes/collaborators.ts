import type { components } from '@octokit/openapi-types'
import { bodyObject, notFound, optionalStringField, validationFailed, type ApiRequest, type Router } from '../http'
import type { Repository } from '../state'
import { repositoryFor, type World } from '../world'

/**
 * A repository's collaborators and their permission: https://docs.github.com/en/rest/collaborators/collaborators.
 * GitHub's rules kept: the owner is not added as a collaborator; adding someone who already is answers 204;
 * removing someone who is not is a 204 too. The sandbox accepts the invitation at once (there is nobody to click).
 */

type Schemas = components['schemas']
const PERMISSIONS = ['pull', 'triage', 'push', 'maintain', 'admin'] as const
type Permission = (typeof PERMISSIONS)[number]
/** The permission each collaborator has, by repository (the owner is admin; others push unless set). */
const granted = new WeakMap<Repository, Map<string, Permission>>()

function permissionOf(repo: Repository, login: string): Permission | undefined {
  if (login.toLowerCase() === repo.owner.login.toLowerCase()) return 'admin'
  if (!repo.collaborators.some((candidate) => candidate.toLowerCase() === login.toLowerCase())) return undefined
  return granted.get(repo)?.get(login.toLowerCase()) ?? 'push'
}

export function collaboratorRoutes(router: Router, world: World): void {
  const { state, render } = world

  const account = (request: ApiRequest) => {
    const found = state.account(request.params['username'] ?? '')
    if (!found || found.type !== 'User') throw notFound()
    return found
  }

  router.add('PUT', '/repos/:owner/:repo/collaborators/:username', (request) => {
    const repo = repositoryFor(world, request, 'write')
    const user = account(request)
    const permission = (optionalStringField('Collaborator', bodyObject(request), 'permission') ?? 'push') as Permission
    if (!PERMISSIONS.includes(permission)) throw validationFailed([{ resource: 'Collaborator', field: 'permission', code: 'invalid' }])
    if (user.login.toLowerCase() === repo.owner.login.toLowerCase()) throw validationFailed([], 'Repository owner cannot be a collaborator')
    const already = permissionOf(repo, user.login) !== undefined
    if (!already) repo.collaborators.push(user.login)
    if (!granted.has(repo)) granted.set(repo, new Map())
    granted.get(repo)?.set(user.login.toLowerCase(), permission)
    if (already) return { status: 204 }
    const invitation: Schemas['repository-invitation'] = {
      id: state.nextId(),
      node_id: render.nodeId('RepositoryInvitation', user.id),
      repository: render.minimalRepository(repo),
      invitee: render.user(user),
      inviter: render.user(request.viewer),
      permissions: permission === 'pull' ? 'read' : permission === 'push' ? 'write' : permission,
      created_at: state.now(),
      expired: false,
      url: `${render.api}/user/repository_invitations/${user.id}`,
      html_url: `${render.web}/${repo.owner.login}/${repo.name}/invitations`,
    }
    return { status: 201, body: invitation }
  })

  router.add('DELETE', '/repos/:owner/:repo/collaborators/:username', (request) => {
    const repo = repositoryFor(world, request, 'write')
    const user = account(request)
    repo.collaborators = repo.collaborators.filter((login) => login.toLowerCase() !== user.login.toLowerCase())
    granted.get(repo)?.delete(user.login.toLowerCase())
    return { status: 204 }
  })

  router.add('GET', '/repos/:owner/:repo/collaborators/:username', (request) => {
    const repo = repositoryFor(world, request)
    if (permissionOf(repo, account(request).login) === undefined) throw notFound()
    return { status: 204 }
  })

  router.add('GET', '/repos/:owner/:repo/collaborators/:username/permission', (request) => {
    const repo = repositoryFor(world, request)
    const user = account(request)
    const permission = permissionOf(repo, user.login)
    const legacy =
      permission === undefined
        ? 'none'
        : permission === 'pull' || permission === 'triage'
          ? 'read'
          : permission === 'admin'
            ? 'admin'
            : 'write'
    const body: Schemas['repository-collaborator-permission'] = {
      permission: legacy,
      role_name: permission === undefined ? 'none' : permission === 'pull' ? 'read' : permission === 'push' ? 'write' : permission,
      user: {
        ...render.user(user),
        permissions: {
          admin: permission === 'admin',
          maintain: false,
          push: legacy === 'write' || legacy === 'admin',
          triage: false,
          pull: permission !== undefined,
        },
        role_name: permission ?? 'none',
      },
    }
    return { status: 200, body }
  })
}
