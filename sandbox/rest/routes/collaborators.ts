import type { components } from '@octokit/openapi-types'
import { bodyObject, notFound, optionalStringField, validationFailed, type ApiRequest, type Router } from '../http'
import { describeRole } from '../render'
import { ROLES, grantRole, roleOf } from '../state'
import { repositoryFor, type World } from '../world'

/**
 * A repository's collaborators and their permission: https://docs.github.com/en/rest/collaborators/collaborators.
 * GitHub's rules kept: the owner is not added as a collaborator; adding someone who already is answers 204;
 * removing someone who is not is a 204 too. The sandbox accepts the invitation at once (there is nobody to click).
 */

type Schemas = components['schemas']

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
    const permission = optionalStringField('Collaborator', bodyObject(request), 'permission') ?? 'push'
    const role = ROLES.find((candidate) => candidate === permission)
    if (!role) throw validationFailed([{ resource: 'Collaborator', field: 'permission', code: 'invalid' }])
    if (user.login.toLowerCase() === repo.owner.login.toLowerCase()) throw validationFailed([], 'Repository owner cannot be a collaborator')
    const already = roleOf(repo, user.login) !== undefined
    grantRole(repo, user.login, role)
    if (already) return { status: 204 }
    const invitation: Schemas['repository-invitation'] = {
      id: state.nextId(),
      node_id: render.nodeId('RepositoryInvitation', user.id),
      repository: render.minimalRepository(repo),
      invitee: render.user(user),
      inviter: render.user(request.viewer),
      permissions: describeRole(role).roleName,
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
    repo.roles.delete(user.login.toLowerCase())
    return { status: 204 }
  })

  router.add('GET', '/repos/:owner/:repo/collaborators/:username', (request) => {
    const repo = repositoryFor(world, request)
    if (roleOf(repo, account(request).login) === undefined) throw notFound()
    return { status: 204 }
  })

  router.add('GET', '/repos/:owner/:repo/collaborators/:username/permission', (request) => {
    const repo = repositoryFor(world, request)
    const user = account(request)
    const role = roleOf(repo, user.login)
    const described = role === undefined ? undefined : describeRole(role)
    const body: Schemas['repository-collaborator-permission'] = {
      permission: described?.legacy ?? 'none',
      role_name: described?.roleName ?? 'none',
      user: {
        ...render.user(user),
        permissions: described?.permissions ?? { admin: false, maintain: false, push: false, triage: false, pull: false },
        role_name: described?.roleName ?? 'none',
      },
    }
    return { status: 200, body }
  })
}
