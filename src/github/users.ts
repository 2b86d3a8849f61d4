import type { components } from '@octokit/openapi-types'
import { apiPath, callApi, type GitHubContext } from './api'
import { dictionaryPayload, type DictionaryResult, listOptions, matchesSearch, requiredLogin } from './input'
import { listAll, MAX_PAGE_SIZE, type ListOptions, type ListResult } from './pagination'
import * as define from '../operations/definition'
import * as param from './params'

type PrivateUser = components['schemas']['private-user']
type PublicUser = components['schemas']['public-user']
type OrganizationSimple = components['schemas']['organization-simple']

/**
 * A user or organisation login. GitHub logins are letters, digits and hyphens; Enterprise
 * Managed Users add an underscore and a short code (octocat_acme), so "_" is accepted too.
 * No "/", "." or "%" can pass, so a login can never reach another API path.
 */

/** GET /user: https://docs.github.com/en/rest/users/users#get-the-authenticated-user */
export async function getAuthenticatedUser(github: GitHubContext): Promise<PrivateUser | PublicUser> {
  const { data } = await callApi(github, {
    operation: 'users/get-authenticated',
    method: 'GET',
    path: '/user',
    subject: 'the authenticated user',
  })
  return data
}

export interface GetUserInput {
  username: unknown
}

/** GET /users/{username}: https://docs.github.com/en/rest/users/users#get-a-user */
export async function getUser(github: GitHubContext, input: GetUserInput): Promise<PrivateUser | PublicUser> {
  const username = requiredLogin(input.username, 'username')
  const { data } = await callApi(github, {
    operation: 'users/get-by-username',
    method: 'GET',
    path: apiPath`/users/${username}`,
    subject: `the user "${username}"`,
  })
  return data
}

export interface ListMyOrganizationsInput {
  fetchAll: unknown
  limit: unknown
  cursor: unknown
}

const ORGANIZATIONS_NEED = 'the "read:org" scope (GitHub App permission "Members: read", with the app installed on the organization)'

/** GET /user/orgs: https://docs.github.com/en/rest/orgs/orgs#list-organizations-for-the-authenticated-user */
export async function listMyOrganizations(github: GitHubContext, input: ListMyOrganizationsInput): Promise<ListResult<OrganizationSimple>> {
  const options = listOptions(input.fetchAll, input.limit, input.cursor)
  return listOrganizations(github, options)
}

function listOrganizations(github: GitHubContext, options: ListOptions): Promise<ListResult<OrganizationSimple>> {
  return listAll(
    github,
    {
      operation: 'orgs/list-for-authenticated-user',
      method: 'GET',
      path: '/user/orgs',
      subject: "the connected account's organizations",
      needs: ORGANIZATIONS_NEED,
    },
    options,
  )
}

/** Organisations of the connected account; value = login (what organisation parameters expect). */
export async function getOrganizationsDictionary(github: GitHubContext, payload: unknown): Promise<DictionaryResult> {
  const { search, cursor } = dictionaryPayload(payload)
  // Nobody belongs to hundreds of organisations: one page of 100 is the whole list nearly always.
  const page = await listOrganizations(github, { mode: 'page', pageSize: MAX_PAGE_SIZE, limit: MAX_PAGE_SIZE, ...(cursor && { cursor }) })
  const items = page.items
    .filter((org) => matchesSearch(search, org.login, org.description))
    .map((org) => ({ label: org.login, value: org.login, ...(org.description && { note: org.description }) }))
  return { items, cursor: page.nextCursor }
}

/** You and your organizations, for picking an owner: your login first (note "you"), then the organizations. */
export async function getOwnersDictionary(github: GitHubContext, payload: unknown): Promise<DictionaryResult> {
  const { search, cursor } = dictionaryPayload(payload)
  const me = cursor === undefined ? await getAuthenticatedUser(github) : undefined
  const orgs = await getOrganizationsDictionary(github, payload)
  const mine = me && matchesSearch(search, me.login, me.name) ? [{ label: me.login, value: me.login, note: 'you' }] : []
  return { items: [...mine, ...orgs.items], cursor: orgs.cursor }
}

type SshKey = components['schemas']['key-simple']

/** GET /users/{username}/keys: the public SSH keys a person added to their account (anyone may read them). */
export async function getUserPublicKeys(
  github: GitHubContext,
  input: { username: unknown; fetchAll: unknown; limit: unknown; cursor: unknown },
): Promise<ListResult<SshKey>> {
  const username = requiredLogin(input.username, 'username')
  const call = {
    operation: 'users/list-public-keys-for-user' as const,
    method: 'GET' as const,
    path: apiPath`/users/${username}/keys`,
    subject: `the public keys of "${username}"`,
  }
  return listAll(github, call, listOptions(input.fetchAll, input.limit, input.cursor))
}

// ── Operations ───────────────────────────────────────────────────────────────

/** The operations this module implements, as the platform shows them (see src/operations/definition.ts). */
export const definitions = {
  getAuthenticatedUser: define.action({
    label: 'Get Authenticated User',
    route: 'GET /get-authenticated-user',
    category: 'Users and Organizations',
    description:
      'Returns the GitHub account behind the connection: login, name, profile and avatar URLs, and (when the token may read them) private details such as the plan and email.',
    requires: { scope: '(none)', permission: '(none)' },
    params: [],
    sample: {
      login: 'octocat',
      id: 583231,
      node_id: 'MDQ6VXNlcjU4MzIzMQ==',
      avatar_url: 'https://avatars.githubusercontent.com/u/583231?v=4',
      html_url: 'https://github.com/octocat',
      type: 'User',
      site_admin: false,
      name: 'The Octocat',
      company: '@github',
      blog: 'https://github.blog',
      location: 'San Francisco',
      email: null,
      bio: null,
      public_repos: 8,
      followers: 20000,
      following: 9,
      created_at: '2011-01-25T18:44:36Z',
      updated_at: '2025-01-22T12:00:00Z',
    },
    run: getAuthenticatedUser,
  }),
  getUser: define.action({
    label: 'Get User',
    route: 'GET /get-user',
    category: 'Users and Organizations',
    description:
      'Returns the public profile of a GitHub user or organization account by login: name, company, location, bio, public email (when the person made it public), counts of public repositories and followers, and profile URLs.',
    requires: { scope: '(none)', permission: '(none)' },
    params: [{ type: 'String', label: 'Username', name: 'username', required: true, description: "The account's login, e.g. octocat." }],
    sample: {
      login: 'octocat',
      id: 583231,
      node_id: 'MDQ6VXNlcjU4MzIzMQ==',
      avatar_url: 'https://avatars.githubusercontent.com/u/583231?v=4',
      html_url: 'https://github.com/octocat',
      type: 'User',
      site_admin: false,
      name: 'The Octocat',
      company: '@github',
      blog: 'https://github.blog',
      location: 'San Francisco',
      email: null,
      hireable: null,
      bio: null,
      twitter_username: null,
      public_repos: 8,
      public_gists: 8,
      followers: 20000,
      following: 9,
      created_at: '2011-01-25T18:44:36Z',
      updated_at: '2025-01-22T12:00:00Z',
    },
    run: getUser,
  }),
  listMyOrganizations: define.action({
    label: 'List My Organizations',
    route: 'GET /list-my-organizations',
    category: 'Users and Organizations',
    description:
      "Lists the organizations the connected account belongs to and that the connection may see (with a GitHub App: those where the app is installed). Returns each organization's login, id, description and URLs, and a cursor for the next page.",
    requires: { scope: 'read:org', permission: 'Members: read' },
    params: [param.fetchAll, param.limit, param.cursor],
    sample: {
      items: [
        {
          login: 'github',
          id: 1,
          node_id: 'MDEyOk9yZ2FuaXphdGlvbjE=',
          url: 'https://api.github.com/orgs/github',
          repos_url: 'https://api.github.com/orgs/github/repos',
          events_url: 'https://api.github.com/orgs/github/events',
          hooks_url: 'https://api.github.com/orgs/github/hooks',
          issues_url: 'https://api.github.com/orgs/github/issues',
          members_url: 'https://api.github.com/orgs/github/members{/member}',
          public_members_url: 'https://api.github.com/orgs/github/public_members{/member}',
          avatar_url: 'https://avatars.githubusercontent.com/u/9919?v=4',
          description: 'How people build software.',
        },
      ],
      nextCursor: null,
    },
    run: listMyOrganizations,
  }),
  getUserPublicKeys: define.action({
    label: "Get a User's Public Keys",
    route: 'GET /get-user-public-keys',
    category: 'Users and Organizations',
    description:
      'Lists the public SSH keys a GitHub user added to their account (public information), e.g. to grant them server access. Returns the keys and a cursor for the next page.',
    requires: { scope: '(none)', permission: '(none)' },
    params: [param.username, param.fetchAll, param.limit, param.cursor],
    sample: { items: [{ id: 1, key: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI…', created_at: '2024-01-10T15:53:42Z' }], nextCursor: null },
    run: getUserPublicKeys,
  }),
  getOwnersDictionary: define.dictionary({
    label: 'Get Owners Dictionary',
    route: 'POST /get-owners-dictionary',
    description: 'Lists you and the organizations you belong to, for picking who owns something new; typing filters them.',
    requires: { scope: 'read:org', permission: 'Members: read' },
    params: [param.searchPayload],
    sample: {
      items: [
        { label: 'octocat', value: 'octocat', note: 'you' },
        { label: 'octo-org', value: 'octo-org', note: 'The Octo organization' },
      ],
      cursor: null,
    },
    run: (github: GitHubContext, { payload }) => getOwnersDictionary(github, payload),
  }),
  getOrganizationsDictionary: define.dictionary({
    label: 'Get Organizations Dictionary',
    route: 'POST /get-organizations-dictionary',
    description:
      'Lists the organizations the connected account belongs to, for picking an organization; typing filters them by login or description.',
    requires: { scope: 'read:org', permission: 'Members: read' },
    params: [param.searchPayload],
    sample: { items: [{ label: 'octo-org', value: 'octo-org', note: 'The Octo organization' }], cursor: null },
    run: (github: GitHubContext, { payload }) => getOrganizationsDictionary(github, payload),
  }),
}
