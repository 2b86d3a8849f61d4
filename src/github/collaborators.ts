import type { components } from '@octokit/openapi-types'
import * as define from '../operations/definition'
import { apiPath, callApi, type GitHubContext } from './api'
import { repositoryDictionary, type DictionaryPage } from './dictionary'
import { choice, listOptions, repository, requiredLogin, type RepositoryRef } from './input'
import { listAll, type ListResult } from './pagination'
import * as param from './params'

/** A repository's collaborators and their permissions: https://docs.github.com/en/rest/collaborators/collaborators */

type Collaborator = components['schemas']['collaborator']
type Invitation = components['schemas']['repository-invitation']
type PermissionAnswer = components['schemas']['repository-collaborator-permission']

const PERMISSIONS = { Read: 'pull', Triage: 'triage', Write: 'push', Maintain: 'maintain', Admin: 'admin' } as const
const where = (ref: RepositoryRef): string => `repository ${ref.owner}/${ref.repo}`

/** GET /repos/{owner}/{repo}/collaborators */
export async function listCollaborators(
  github: GitHubContext,
  input: { repository: unknown; permission: unknown; fetchAll: unknown; limit: unknown; cursor: unknown },
): Promise<ListResult<Collaborator>> {
  const ref = repository(input.repository)
  const permission = choice(input.permission, 'permission', PERMISSIONS)
  const call = {
    operation: 'repos/list-collaborators' as const,
    method: 'GET' as const,
    path: apiPath`/repos/${ref.owner}/${ref.repo}/collaborators`,
    query: { permission },
    subject: `the collaborators of ${where(ref)}`,
  }
  return listAll(github, call, listOptions(input.fetchAll, input.limit, input.cursor))
}

/**
 * PUT /repos/{owner}/{repo}/collaborators/{username}: GitHub invites the person (they become a collaborator when they
 * accept), or changes the permission of someone who already is one.
 */
export async function addCollaborator(
  github: GitHubContext,
  input: { repository: unknown; username: unknown; permission: unknown },
): Promise<{ repository: string; username: string; permission: string; invited: boolean; invitation: Invitation | null }> {
  const ref = repository(input.repository)
  const username = requiredLogin(input.username, 'username')
  const permission = choice(input.permission, 'permission', PERMISSIONS) ?? 'push'
  const { status, data } = await callApi(github, {
    operation: 'repos/add-collaborator',
    method: 'PUT',
    path: apiPath`/repos/${ref.owner}/${ref.repo}/collaborators/${username}`,
    body: { permission },
    subject: `collaborator ${username} of ${where(ref)}`,
  })
  const invited = status === 201
  return { repository: `${ref.owner}/${ref.repo}`, username, permission, invited, invitation: invited ? (data ?? null) : null }
}

/** DELETE /repos/{owner}/{repo}/collaborators/{username} (someone who is not a collaborator is fine too). */
export async function removeCollaborator(
  github: GitHubContext,
  input: { repository: unknown; username: unknown },
): Promise<{ repository: string; username: string; removed: true }> {
  const ref = repository(input.repository)
  const username = requiredLogin(input.username, 'username')
  await callApi(github, {
    operation: 'repos/remove-collaborator',
    method: 'DELETE',
    path: apiPath`/repos/${ref.owner}/${ref.repo}/collaborators/${username}`,
    subject: `collaborator ${username} of ${where(ref)}`,
  })
  return { repository: `${ref.owner}/${ref.repo}`, username, removed: true }
}

/** GET /repos/{owner}/{repo}/collaborators/{username}/permission: none for someone without access. */
export async function getCollaboratorPermission(
  github: GitHubContext,
  input: { repository: unknown; username: unknown },
): Promise<PermissionAnswer> {
  const ref = repository(input.repository)
  const username = requiredLogin(input.username, 'username')
  const path = apiPath`/repos/${ref.owner}/${ref.repo}/collaborators/${username}/permission`
  return (
    await callApi(github, {
      operation: 'repos/get-collaborator-permission-level',
      method: 'GET',
      path,
      subject: `the permission of ${username} on ${where(ref)}`,
    })
  ).data
}

/** The collaborators of the picked repository: value is the login, the note their role. */
export async function getCollaboratorsDictionary(github: GitHubContext, payload: unknown): Promise<DictionaryPage> {
  return repositoryDictionary<Collaborator>(github, payload, (ref) => ({
    call: {
      operation: 'repos/list-collaborators',
      method: 'GET',
      path: apiPath`/repos/${ref.owner}/${ref.repo}/collaborators`,
      subject: `the collaborators of ${where(ref)}`,
    },
    item: (user) => ({
      label: user.name ? `${user.login} (${user.name})` : user.login,
      value: user.login,
      note: user.role_name ?? user.type,
    }),
    searched: (user) => [user.login, user.name],
  }))
}

// ── Operations ───────────────────────────────────────────────────────────────

const usernameParam = {
  type: 'String',
  label: 'Username',
  name: 'username',
  required: true,
  dictionary: 'getCollaboratorsDictionary',
  dependsOn: ['repository'],
  description: 'The GitHub login, e.g. octocat.',
} as const
const permissionParam = (description: string) =>
  ({
    type: 'String',
    label: 'Permission',
    name: 'permission',
    uiComponent: { type: 'DROPDOWN', options: { values: Object.keys(PERMISSIONS) } },
    description,
  }) as const
const USER = { login: 'octocat', id: 1, type: 'User' } as const
const ADMIN = { scope: 'repo', permission: 'Administration: write' } as const

export const definitions = {
  listCollaborators: define.action({
    label: 'List Collaborators',
    route: 'GET /list-collaborators',
    category: 'Repositories',
    description:
      'Lists the people with access to a repository (outside collaborators, organization members and team members), each with their permissions and role, optionally only those with one permission. Returns them and a cursor for the next page.',
    requires: { scope: 'repo', permission: 'Metadata: read' },
    params: [
      param.repository,
      permissionParam('Only people with this permission. Empty: everyone.'),
      param.fetchAll,
      param.limit,
      param.cursor,
    ],
    sample: {
      items: [{ ...USER, permissions: { pull: true, triage: true, push: true, maintain: false, admin: false }, role_name: 'write' }],
      nextCursor: null,
    },
    run: listCollaborators,
  }),
  addCollaborator: define.action({
    label: 'Add Collaborator',
    route: 'PUT /add-collaborator',
    category: 'Repositories',
    description:
      'Invites someone to collaborate on a repository with a permission (Write unless chosen), or changes the permission of an existing collaborator. They become a collaborator when they accept: invited says whether an invitation was sent.',
    requires: ADMIN,
    params: [
      param.repository,
      {
        type: 'String',
        label: 'Username',
        name: 'username',
        required: true,
        dictionary: 'getUsersDictionary',
        description: 'The GitHub login to invite, e.g. octocat (type to search).',
      },
      permissionParam('Read, Triage, Write, Maintain or Admin. Empty: Write.'),
    ],
    sample: {
      repository: 'octocat/Hello-World',
      username: 'hubot',
      permission: 'push',
      invited: true,
      invitation: {
        id: 1,
        invitee: { login: 'hubot', id: 2, type: 'User' },
        inviter: USER,
        permissions: 'write',
        created_at: '2016-06-13T14:52:50-05:00',
        expired: false,
      },
    },
    run: addCollaborator,
  }),
  removeCollaborator: define.action({
    label: 'Remove Collaborator',
    route: 'DELETE /remove-collaborator',
    category: 'Repositories',
    description:
      "Removes someone's access to a repository as a collaborator (and cancels a pending invitation). Returns the repository and the login.",
    requires: ADMIN,
    params: [param.repository, usernameParam],
    sample: { repository: 'octocat/Hello-World', username: 'hubot', removed: true },
    run: removeCollaborator,
  }),
  getCollaboratorPermission: define.action({
    label: "Get a User's Permission",
    route: 'GET /get-collaborator-permission',
    category: 'Repositories',
    description:
      'Returns the permission a person has on a repository (admin, write, read or none) and their role (e.g. maintain, triage), whether it comes from collaboration, an organization or a team.',
    requires: { scope: 'repo', permission: 'Metadata: read' },
    params: [param.repository, { ...usernameParam, description: 'The GitHub login to check, e.g. octocat.' }],
    sample: { permission: 'admin', role_name: 'admin', user: USER },
    run: getCollaboratorPermission,
  }),
  getCollaboratorsDictionary: define.dictionary({
    label: 'Get Collaborators Dictionary',
    route: 'POST /get-collaborators-dictionary',
    description:
      "Lists the selected repository's collaborators for picking: value is the login, the note their role. Search filters logins and names.",
    requires: { scope: 'repo', permission: 'Metadata: read' },
    params: [param.repositoryPayload],
    sample: { items: [{ label: 'octocat (The Octocat)', value: 'octocat', note: 'admin' }], cursor: null },
    run: (github: GitHubContext, { payload }) => getCollaboratorsDictionary(github, payload),
  }),
}
