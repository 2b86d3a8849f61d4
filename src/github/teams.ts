import type { components } from '@octokit/openapi-types'
import { InvalidInput } from '../errors'
import * as define from '../operations/definition'
import { apiPath, callApi, type GitHubContext } from './api'
import { pickedDictionary, type DictionaryPage } from './dictionary'
import { choice, isLogin, listOptions, optionalString, repository, requiredLogin, requiredString } from './input'
import { listAll, type ListResult } from './pagination'
import * as param from './params'

/** An organization's teams, their members and the repositories they can reach: https://docs.github.com/en/rest/teams */

type Team = components['schemas']['team']
type TeamFull = components['schemas']['team-full']
type Membership = components['schemas']['team-membership']

const PRIVACY = { 'Visible (closed)': 'closed', Secret: 'secret' } as const
const ROLES = { Member: 'member', Maintainer: 'maintainer' } as const
const PERMISSIONS = { Read: 'pull', Triage: 'triage', Write: 'push', Maintain: 'maintain', Admin: 'admin' } as const

const organizationOf = (value: unknown): string => requiredLogin(value, 'organization')

/**
 * A team as the API names it: its slug, e.g. "justice-league". A name of letters, digits, spaces, "-" and "_" is
 * slugged as GitHub does ("Justice League" → "justice-league"); anything else is refused rather than guessed, so a
 * value never names another team than the one written.
 */
export function teamSlug(value: unknown): string {
  const text = requiredString(value, 'team', 255)
  if (!/^[A-Za-z0-9 _-]+$/.test(text)) {
    throw new InvalidInput('team', 'must be a team slug such as "justice-league" (or a name of letters, digits, spaces, "-" and "_").')
  }
  return text.toLowerCase().replace(/ +/g, '-')
}

const where = (org: string, slug: string): string => `team ${slug} of organization ${org}`

/** GET /orgs/{org}/teams: the teams the connected account can see. */
export async function listTeams(
  github: GitHubContext,
  input: { organization: unknown; fetchAll: unknown; limit: unknown; cursor: unknown },
): Promise<ListResult<Team>> {
  const org = organizationOf(input.organization)
  const call = {
    operation: 'teams/list' as const,
    method: 'GET' as const,
    path: apiPath`/orgs/${org}/teams`,
    subject: `the teams of organization ${org}`,
  }
  return listAll(github, call, listOptions(input.fetchAll, input.limit, input.cursor))
}

/** POST /orgs/{org}/teams: the connected account becomes its maintainer, as on GitHub. */
export async function createTeam(
  github: GitHubContext,
  input: { organization: unknown; name: unknown; description: unknown; privacy: unknown },
): Promise<TeamFull> {
  const org = organizationOf(input.organization)
  const name = requiredString(input.name, 'name', 255)
  const description = optionalString(input.description, 'description', 1000)
  const privacy = choice(input.privacy, 'privacy', PRIVACY) ?? 'secret'
  const { data } = await callApi(github, {
    operation: 'teams/create',
    method: 'POST',
    path: apiPath`/orgs/${org}/teams`,
    body: { name, privacy, ...(description && { description }) },
    subject: `a new team "${name}" in organization ${org}`,
  })
  return data
}

/** PATCH /orgs/{org}/teams/{team_slug}: what is left empty stays (a new name changes the slug). */
export async function updateTeam(
  github: GitHubContext,
  input: { organization: unknown; team: unknown; name: unknown; description: unknown; privacy: unknown },
): Promise<TeamFull> {
  const org = organizationOf(input.organization)
  const slug = teamSlug(input.team)
  const name = optionalString(input.name, 'name', 255)
  const description = optionalString(input.description, 'description', 1000)
  const privacy = choice(input.privacy, 'privacy', PRIVACY)
  if (name === undefined && description === undefined && privacy === undefined) {
    throw new InvalidInput('name', 'or Description or Privacy is needed: there is nothing to change.')
  }
  const { data } = await callApi(github, {
    operation: 'teams/update-in-org',
    method: 'PATCH',
    path: apiPath`/orgs/${org}/teams/${slug}`,
    body: { ...(name && { name }), ...(description && { description }), ...(privacy && { privacy }) },
    subject: where(org, slug),
  })
  return data
}

/** DELETE /orgs/{org}/teams/{team_slug}: its child teams are deleted too, as on GitHub. */
export async function deleteTeam(
  github: GitHubContext,
  input: { organization: unknown; team: unknown },
): Promise<{ organization: string; team: string; deleted: true }> {
  const org = organizationOf(input.organization)
  const slug = teamSlug(input.team)
  await callApi(github, {
    operation: 'teams/delete-in-org',
    method: 'DELETE',
    path: apiPath`/orgs/${org}/teams/${slug}`,
    subject: where(org, slug),
  })
  return { organization: org, team: slug, deleted: true }
}

/** PUT /orgs/{org}/teams/{team_slug}/memberships/{username}: adds (or invites, when not yet in the organization). */
export async function addTeamMember(
  github: GitHubContext,
  input: { organization: unknown; team: unknown; username: unknown; role: unknown },
): Promise<Membership & { username: string }> {
  const org = organizationOf(input.organization)
  const slug = teamSlug(input.team)
  const username = requiredLogin(input.username, 'username')
  const role = choice(input.role, 'role', ROLES) ?? 'member'
  const { data } = await callApi(github, {
    operation: 'teams/add-or-update-membership-for-user-in-org',
    method: 'PUT',
    path: apiPath`/orgs/${org}/teams/${slug}/memberships/${username}`,
    body: { role },
    subject: `${username}'s membership of ${where(org, slug)}`,
  })
  return { ...data, username }
}

/** DELETE /orgs/{org}/teams/{team_slug}/memberships/{username} */
export async function removeTeamMember(
  github: GitHubContext,
  input: { organization: unknown; team: unknown; username: unknown },
): Promise<{ organization: string; team: string; username: string; removed: true }> {
  const org = organizationOf(input.organization)
  const slug = teamSlug(input.team)
  const username = requiredLogin(input.username, 'username')
  await callApi(github, {
    operation: 'teams/remove-membership-for-user-in-org',
    method: 'DELETE',
    path: apiPath`/orgs/${org}/teams/${slug}/memberships/${username}`,
    subject: `${username}'s membership of ${where(org, slug)}`,
  })
  return { organization: org, team: slug, username, removed: true }
}

/** PUT /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}: gives the team a permission on the repository. */
export async function addTeamRepository(
  github: GitHubContext,
  input: { organization: unknown; team: unknown; repository: unknown; permission: unknown },
): Promise<{ organization: string; team: string; repository: string; permission: string }> {
  const org = organizationOf(input.organization)
  const slug = teamSlug(input.team)
  const ref = repository(input.repository)
  const permission = choice(input.permission, 'permission', PERMISSIONS) ?? 'pull'
  await callApi(github, {
    operation: 'teams/add-or-update-repo-permissions-in-org',
    method: 'PUT',
    path: apiPath`/orgs/${org}/teams/${slug}/repos/${ref.owner}/${ref.repo}`,
    body: { permission },
    subject: `${where(org, slug)} on repository ${ref.owner}/${ref.repo}`,
    needs:
      'the "admin:org" scope, and admin access to the repository (GitHub App permissions "Members: write" and "Administration: write")',
  })
  return { organization: org, team: slug, repository: `${ref.owner}/${ref.repo}`, permission }
}

/** DELETE /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}: the team's own access only (members may keep theirs). */
export async function removeTeamRepository(
  github: GitHubContext,
  input: { organization: unknown; team: unknown; repository: unknown },
): Promise<{ organization: string; team: string; repository: string; removed: true }> {
  const org = organizationOf(input.organization)
  const slug = teamSlug(input.team)
  const ref = repository(input.repository)
  await callApi(github, {
    operation: 'teams/remove-repo-in-org',
    method: 'DELETE',
    path: apiPath`/orgs/${org}/teams/${slug}/repos/${ref.owner}/${ref.repo}`,
    subject: `${where(org, slug)} on repository ${ref.owner}/${ref.repo}`,
  })
  return { organization: org, team: slug, repository: `${ref.owner}/${ref.repo}`, removed: true }
}

/** The teams of the picked organization: value is the slug, the note the team's privacy and description. */
export async function getTeamsDictionary(github: GitHubContext, payload: unknown): Promise<DictionaryPage> {
  return pickedDictionary<Team>(github, payload, (criteria) => {
    const org = typeof criteria['organization'] === 'string' ? criteria['organization'].replace(/^@/, '') : ''
    if (!isLogin(org)) return undefined
    return {
      call: { operation: 'teams/list', method: 'GET', path: apiPath`/orgs/${org}/teams`, subject: `the teams of organization ${org}` },
      item: (team) => ({ label: team.name, value: team.slug, note: [team.privacy, team.description].filter(Boolean).join(' · ') }),
      searched: (team) => [team.name, team.slug, team.description],
    }
  })
}

// ── Operations ───────────────────────────────────────────────────────────────

const teamParam = {
  type: 'String',
  label: 'Team',
  name: 'team',
  required: true,
  dictionary: 'getTeamsDictionary',
  dependsOn: ['organization'],
  description: 'The team: pick it, or give its slug (e.g. justice-league) or its name.',
} as const
const privacyParam = {
  type: 'String',
  label: 'Privacy',
  name: 'privacy',
  uiComponent: { type: 'DROPDOWN', options: { values: Object.keys(PRIVACY) } },
  description: 'Visible: every member of the organization sees the team. Secret: only its members and owners.',
} as const
const TEAM_SAMPLE = {
  id: 1,
  node_id: 'MDQ6VGVhbTE=',
  url: 'https://api.github.com/teams/1',
  html_url: 'https://github.com/orgs/github/teams/justice-league',
  name: 'Justice League',
  slug: 'justice-league',
  description: 'A great team.',
  privacy: 'closed',
  permission: 'admin',
  members_count: 3,
  repos_count: 10,
} as const
const READ = { scope: 'read:org', permission: 'Members: read' } as const
const WRITE = { scope: 'admin:org', permission: 'Members: write' } as const

export const definitions = {
  listTeams: define.action({
    label: 'List Teams',
    route: 'GET /list-teams',
    category: 'Users and Organizations',
    description:
      "Lists an organization's teams you can see, with their slug, privacy and description. Returns them and a cursor for the next page.",
    requires: READ,
    params: [param.organization, param.fetchAll, param.limit, param.cursor],
    sample: { items: [TEAM_SAMPLE], nextCursor: null },
    run: listTeams,
  }),
  createTeam: define.action({
    label: 'Create Team',
    route: 'POST /create-team',
    category: 'Users and Organizations',
    description: 'Creates a team in an organization (secret unless asked); you become its maintainer. Returns the team with its slug.',
    requires: WRITE,
    params: [
      param.organization,
      { type: 'String', label: 'Name', name: 'name', required: true, description: 'The team name, e.g. Justice League.' },
      { type: 'String', label: 'Description', name: 'description', description: 'What the team is for.' },
      privacyParam,
    ],
    sample: TEAM_SAMPLE,
    run: createTeam,
  }),
  updateTeam: define.action({
    label: 'Update Team',
    route: 'PUT /update-team',
    category: 'Users and Organizations',
    description:
      'Renames a team or changes its description or privacy; what is left empty stays. A new name changes the slug. Returns the team.',
    requires: WRITE,
    params: [
      param.organization,
      teamParam,
      { type: 'String', label: 'New Name', name: 'name', description: 'Rename the team. Empty: keep the name.' },
      { type: 'String', label: 'Description', name: 'description', description: 'The new description. Empty: keep it.' },
      privacyParam,
    ],
    sample: TEAM_SAMPLE,
    run: updateTeam,
  }),
  deleteTeam: define.action({
    label: 'Delete Team',
    route: 'DELETE /delete-team',
    category: 'Users and Organizations',
    description:
      'Deletes a team (and its child teams); its members lose the access the team gave them. Returns the organization and the team slug.',
    requires: WRITE,
    params: [param.organization, teamParam],
    sample: { organization: 'octo-org', team: 'justice-league', deleted: true },
    run: deleteTeam,
  }),
  addTeamMember: define.action({
    label: 'Add Team Member',
    route: 'PUT /add-team-member',
    category: 'Users and Organizations',
    description:
      'Adds a person to a team as a member or maintainer (someone not yet in the organization is invited: state pending). Returns the membership: role and state (active or pending).',
    requires: WRITE,
    params: [
      param.organization,
      teamParam,
      param.username,
      {
        type: 'String',
        label: 'Role',
        name: 'role',
        defaultValue: 'Member',
        uiComponent: { type: 'DROPDOWN', options: { values: Object.keys(ROLES) } },
        description: 'Maintainers can also manage the team and its members.',
      },
    ],
    sample: { username: 'octocat', url: 'https://api.github.com/teams/1/memberships/octocat', role: 'member', state: 'active' },
    run: addTeamMember,
  }),
  removeTeamMember: define.action({
    label: 'Remove Team Member',
    route: 'DELETE /remove-team-member',
    category: 'Users and Organizations',
    description: 'Removes a person from a team (they stay in the organization). Returns the team and the login.',
    requires: WRITE,
    params: [param.organization, teamParam, param.username],
    sample: { organization: 'octo-org', team: 'justice-league', username: 'octocat', removed: true },
    run: removeTeamMember,
  }),
  addTeamRepository: define.action({
    label: 'Add Team Repository',
    route: 'PUT /add-team-repository',
    category: 'Users and Organizations',
    description:
      "Gives a team a permission on one of the organization's repositories (or changes it). Needs admin access to the repository too. Returns the team, the repository and the permission.",
    requires: WRITE,
    params: [
      param.organization,
      teamParam,
      param.repository,
      {
        type: 'String',
        label: 'Permission',
        name: 'permission',
        defaultValue: 'Read',
        uiComponent: { type: 'DROPDOWN', options: { values: Object.keys(PERMISSIONS) } },
        description: 'Read: clone and open issues. Triage: manage issues. Write: push. Maintain: manage without admin. Admin: everything.',
      },
    ],
    sample: { organization: 'octo-org', team: 'justice-league', repository: 'octo-org/octo-repo', permission: 'push' },
    run: addTeamRepository,
  }),
  removeTeamRepository: define.action({
    label: 'Remove Team Repository',
    route: 'DELETE /remove-team-repository',
    category: 'Users and Organizations',
    description:
      "Takes a repository away from a team: the team's own access ends (members may keep access they have otherwise). Returns the team and the repository.",
    requires: WRITE,
    params: [param.organization, teamParam, param.repository],
    sample: { organization: 'octo-org', team: 'justice-league', repository: 'octo-org/octo-repo', removed: true },
    run: removeTeamRepository,
  }),
  getTeamsDictionary: define.dictionary({
    label: 'Get Teams Dictionary',
    route: 'POST /get-teams-dictionary',
    description:
      'Lists the teams of the selected organization for picking one: the value is the slug, the note its privacy and description. Search filters by name.',
    requires: READ,
    params: [
      {
        type: 'Object',
        label: 'Payload',
        name: 'payload',
        description: 'Search text, cursor, and criteria.organization (the selected organization).',
      },
    ],
    sample: { items: [{ label: 'Justice League', value: 'justice-league', note: 'closed · A great team.' }], cursor: null },
    run: (github: GitHubContext, { payload }) => getTeamsDictionary(github, payload),
  }),
}
