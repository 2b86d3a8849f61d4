import type { components } from '@octokit/openapi-types'
import { InvalidInput, NotFound } from '../errors'
import * as define from '../operations/definition'
import { apiPath, callApi, type GitHubContext } from './api'
import { choice, listOptions, optionalBoolean, optionalDateTime, optionalString, requiredLogin } from './input'
import { listAll, type ListResult } from './pagination'
import * as param from './params'

/**
 * Organizations and the connected account's notifications: https://docs.github.com/en/rest/orgs and
 * https://docs.github.com/en/rest/activity/notifications
 */

type Organization = components['schemas']['organization-full']
type SimpleUser = components['schemas']['simple-user']
type Thread = components['schemas']['thread']

const ROLES = { All: 'all', Admins: 'admin', Members: 'member' } as const

const organizationOf = (value: unknown): string => requiredLogin(value, 'organization')

/** GET /orgs/{org} */
export async function getOrganization(github: GitHubContext, input: { organization: unknown }): Promise<Organization> {
  const org = organizationOf(input.organization)
  return (await callApi(github, { operation: 'orgs/get', method: 'GET', path: apiPath`/orgs/${org}`, subject: `organization ${org}` })).data
}

/** GET /orgs/{org}/members (members the connected account can see; all of them when it is a member). */
export async function listOrganizationMembers(
  github: GitHubContext,
  input: { organization: unknown; role: unknown; fetchAll: unknown; limit: unknown; cursor: unknown },
): Promise<ListResult<SimpleUser>> {
  const org = organizationOf(input.organization)
  const role = choice(input.role, 'role', ROLES)
  const call = {
    operation: 'orgs/list-members' as const,
    method: 'GET' as const,
    path: apiPath`/orgs/${org}/members`,
    query: { role },
    subject: `the members of organization ${org}`,
  }
  return listAll(github, call, listOptions(input.fetchAll, input.limit, input.cursor))
}

/** GET /orgs/{org}/members/{username}: 204 a member, 404 "…is not a member of the organization" not one. */
export async function checkOrganizationMembership(
  github: GitHubContext,
  input: { organization: unknown; username: unknown },
): Promise<{ organization: string; username: string; member: boolean }> {
  const org = organizationOf(input.organization)
  const username = requiredLogin(input.username, 'username')
  try {
    await callApi(github, {
      operation: 'orgs/check-membership-for-user',
      method: 'GET',
      path: apiPath`/orgs/${org}/members/${username}`,
      subject: `${username}'s membership of organization ${org}`,
    })
    return { organization: org, username, member: true }
  } catch (error) {
    // "User does not exist or is not a member of the organization": an answer; a missing organization stays an error.
    if (error instanceof NotFound && /not a member/i.test(error.upstream?.message ?? ''))
      return { organization: org, username, member: false }
    throw error
  }
}

/** GET /notifications */
export async function listNotifications(
  github: GitHubContext,
  input: { all: unknown; participating: unknown; since: unknown; fetchAll: unknown; limit: unknown; cursor: unknown },
): Promise<ListResult<Thread>> {
  const query = {
    all: optionalBoolean(input.all, 'all'),
    participating: optionalBoolean(input.participating, 'participating'),
    since: optionalDateTime(input.since, 'since'),
  }
  const call = {
    operation: 'activity/list-notifications-for-authenticated-user' as const,
    method: 'GET' as const,
    path: '/notifications',
    query,
    subject: 'your notifications',
  }
  return listAll(github, call, listOptions(input.fetchAll, input.limit, input.cursor))
}

/**
 * PATCH /notifications/threads/{thread_id}, or PUT /notifications (everything up to a time) when All Notifications is
 * on: marking everything read is asked for explicitly, never the result of an empty Thread ID.
 */
export async function markNotificationsRead(
  github: GitHubContext,
  input: { threadId: unknown; markAll: unknown; before: unknown },
): Promise<{ marked: 'thread' | 'all'; threadId: string | null }> {
  const thread = optionalString(input.threadId, 'threadId', 20)
  const markAll = optionalBoolean(input.markAll, 'markAll') ?? false
  const before = optionalDateTime(input.before, 'before')
  if (thread !== undefined) {
    if (!/^\d{1,20}$/.test(thread)) throw new InvalidInput('threadId', 'must be the id of a notification thread, e.g. 1.')
    if (markAll) throw new InvalidInput('threadId', 'and All Notifications cannot both be given: mark one thread, or all of them.')
    await callApi(github, {
      operation: 'activity/mark-thread-as-read',
      method: 'PATCH',
      path: apiPath`/notifications/threads/${thread}`,
      subject: `notification thread ${thread}`,
    })
    return { marked: 'thread', threadId: thread }
  }
  if (!markAll) throw new InvalidInput('threadId', 'is required, or turn on All Notifications to mark every notification read.')
  await callApi(github, {
    operation: 'activity/mark-notifications-as-read',
    method: 'PUT',
    path: '/notifications',
    body: { read: true, ...(before && { last_read_at: before }) },
    subject: 'your notifications',
  })
  return { marked: 'all', threadId: null }
}

const INVITE_ROLES = { 'Direct Member': 'direct_member', Admin: 'admin', 'Billing Manager': 'billing_manager' } as const
type Invitation = components['schemas']['organization-invitation']

/**
 * POST /orgs/{org}/invitations: invites a GitHub user (by login, looked up to the id GitHub takes) or an email address.
 * https://docs.github.com/en/rest/orgs/members#create-an-organization-invitation
 */
export async function inviteToOrganization(
  github: GitHubContext,
  input: { organization: unknown; invitee: unknown; role: unknown },
): Promise<Invitation> {
  const org = organizationOf(input.organization)
  const invitee = optionalString(input.invitee, 'invitee', 254)
  if (invitee === undefined) throw new InvalidInput('invitee', 'is required: a GitHub login such as octocat, or an email address.')
  const role = choice(input.role, 'role', INVITE_ROLES) ?? 'direct_member'
  const email = invitee.includes('@') && !invitee.startsWith('@') ? invitee : undefined
  if (email !== undefined && !/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(email)) {
    throw new InvalidInput('invitee', 'is neither a GitHub login nor an email address such as mona@example.com.')
  }
  let inviteeId: number | undefined
  if (email === undefined) {
    const login = requiredLogin(invitee, 'invitee')
    const { data: user } = await callApi(github, {
      operation: 'users/get-by-username',
      method: 'GET',
      path: apiPath`/users/${login}`,
      subject: `the user "${login}"`,
    })
    inviteeId = Number(user.id)
  }
  const { data } = await callApi(github, {
    operation: 'orgs/create-invitation',
    method: 'POST',
    path: apiPath`/orgs/${org}/invitations`,
    body: { role, ...(inviteeId !== undefined ? { invitee_id: inviteeId } : { email }) },
    subject: `an invitation to organization ${org}`,
  })
  return data
}

/** DELETE /orgs/{org}/members/{username}: they lose access to the organization's repositories and teams. */
export async function removeOrganizationMember(
  github: GitHubContext,
  input: { organization: unknown; username: unknown },
): Promise<{ organization: string; username: string; removed: true }> {
  const org = organizationOf(input.organization)
  const username = requiredLogin(input.username, 'username')
  await callApi(github, {
    operation: 'orgs/remove-member',
    method: 'DELETE',
    path: apiPath`/orgs/${org}/members/${username}`,
    subject: `${username}'s membership of organization ${org}`,
  })
  return { organization: org, username, removed: true }
}

// ── Operations ───────────────────────────────────────────────────────────────

const USER = { login: 'octocat', id: 1, type: 'User', html_url: 'https://github.com/octocat' } as const
const ORG_READ = { scope: 'read:org', permission: 'Members: read' } as const
const NOTIFICATIONS = { scope: 'notifications', permission: '(none)' } as const

export const definitions = {
  getOrganization: define.action({
    label: 'Get Organization',
    route: 'GET /get-organization',
    category: 'Users and Organizations',
    description:
      "Returns an organization's profile: name, description, blog, location, email, public repository count, plan and settings visible to the connected account.",
    requires: ORG_READ,
    params: [param.organization],
    sample: {
      login: 'github',
      id: 1,
      url: 'https://api.github.com/orgs/github',
      html_url: 'https://github.com/octocat',
      name: 'github',
      company: 'GitHub',
      blog: 'https://github.com/blog',
      location: 'San Francisco',
      email: 'octocat@github.com',
      description: 'A great organization',
      public_repos: 2,
      followers: 20,
      created_at: '2008-01-14T04:33:35Z',
      type: 'Organization',
    },
    run: getOrganization,
  }),
  listOrganizationMembers: define.action({
    label: 'List Organization Members',
    route: 'GET /list-organization-members',
    category: 'Users and Organizations',
    description:
      "Lists an organization's members (all of them when the connected account is a member, the public ones otherwise), optionally only admins or only members. Returns them and a cursor for the next page.",
    requires: ORG_READ,
    params: [
      param.organization,
      {
        type: 'String',
        label: 'Role',
        name: 'role',
        uiComponent: { type: 'DROPDOWN', options: { values: Object.keys(ROLES) } },
        description: 'Only owners (Admins) or only Members. Empty: all.',
      },
      param.fetchAll,
      param.limit,
      param.cursor,
    ],
    sample: { items: [USER], nextCursor: null },
    run: listOrganizationMembers,
  }),
  checkOrganizationMembership: define.action({
    label: 'Check Organization Membership',
    route: 'GET /check-organization-membership',
    category: 'Users and Organizations',
    description:
      'Says whether a person is a member of an organization (member: true or false; not an error either way). A non-member asking sees public memberships only.',
    requires: ORG_READ,
    params: [param.organization, param.username],
    sample: { organization: 'github', username: 'octocat', member: true },
    run: checkOrganizationMembership,
  }),
  inviteToOrganization: define.action({
    label: 'Invite to Organization',
    route: 'POST /invite-to-organization',
    category: 'Users and Organizations',
    description:
      'Invites a GitHub user (by login) or an email address to an organization as a member, admin or billing manager; they join once they accept. Returns the invitation.',
    requires: { scope: 'admin:org', permission: 'Members: write' },
    params: [
      param.organization,
      {
        type: 'String',
        label: 'Invitee',
        name: 'invitee',
        required: true,
        dictionary: 'getUsersDictionary',
        description: 'A GitHub login (e.g. octocat) or an email address (e.g. mona@example.com).',
      },
      {
        type: 'String',
        label: 'Role',
        name: 'role',
        defaultValue: 'Direct Member',
        uiComponent: { type: 'DROPDOWN', options: { values: Object.keys(INVITE_ROLES) } },
        description: 'Admins can manage the whole organization; billing managers only its billing.',
      },
    ],
    sample: {
      id: 1,
      login: 'octocat',
      email: null,
      role: 'direct_member',
      created_at: '2016-11-30T06:46:10-08:00',
      invitation_teams_url: 'https://api.github.com/organizations/2/invitations/1/teams',
    },
    run: inviteToOrganization,
  }),
  removeOrganizationMember: define.action({
    label: 'Remove Organization Member',
    route: 'DELETE /remove-organization-member',
    category: 'Users and Organizations',
    description:
      'Removes a person from an organization: they lose access to its repositories and teams. Returns the organization and the login.',
    requires: { scope: 'admin:org', permission: 'Members: write' },
    params: [param.organization, param.username],
    sample: { organization: 'octo-org', username: 'octocat', removed: true },
    run: removeOrganizationMember,
  }),
  listNotifications: define.action({
    label: 'List Notifications',
    route: 'GET /list-notifications',
    category: 'Users and Organizations',
    description:
      "Lists the connected account's notifications, newest first: unread ones unless All is on, optionally only those it participates in or since a time. Returns the threads and a cursor for the next page.",
    requires: NOTIFICATIONS,
    params: [
      {
        type: 'Boolean',
        label: 'All',
        name: 'all',
        defaultValue: false,
        uiComponent: { type: 'TOGGLE' },
        description: 'On: read ones too.',
      },
      {
        type: 'Boolean',
        label: 'Participating',
        name: 'participating',
        defaultValue: false,
        uiComponent: { type: 'TOGGLE' },
        description: 'On: only threads it takes part in or is @mentioned in.',
      },
      {
        type: 'Number',
        label: 'Since',
        name: 'since',
        uiComponent: { type: 'DATE_TIME_PICKER' },
        description: 'Only notifications updated at or after this time.',
      },
      param.fetchAll,
      param.limit,
      param.cursor,
    ],
    sample: {
      items: [
        {
          id: '1',
          unread: true,
          reason: 'subscribed',
          updated_at: '2014-11-07T22:01:45Z',
          subject: { title: 'Greetings', url: 'https://api.github.com/repos/octokit/octokit.rb/issues/123', type: 'Issue' },
          url: 'https://api.github.com/notifications/threads/1',
        },
      ],
      nextCursor: null,
    },
    run: listNotifications,
  }),
  markNotificationsRead: define.action({
    label: 'Mark Notifications as Read',
    route: 'PUT /mark-notifications-read',
    category: 'Users and Organizations',
    description:
      'Marks one notification thread as read (Thread ID), or all notifications up to a time (no Thread ID; Before empty: now). Returns what was marked.',
    requires: NOTIFICATIONS,
    params: [
      {
        type: 'String',
        label: 'Thread ID',
        name: 'threadId',
        description: 'The thread to mark, from List Notifications. Empty: all notifications.',
      },
      {
        type: 'Number',
        label: 'Before',
        name: 'before',
        uiComponent: { type: 'DATE_TIME_PICKER' },
        description: 'With no Thread ID: mark those updated before this time. Empty: now.',
      },
    ],
    sample: { marked: 'thread', threadId: '1' },
    run: markNotificationsRead,
  }),
}
