import type { components } from '@octokit/openapi-types'
import { InvalidInput } from '../errors'
import { apiPath, callApi, type GitHubContext } from './api'
import { dictionaryPayload, listOptions, matchesSearch, requiredString, type DictionaryResult } from './input'
import { listAll, MAX_PAGE_SIZE, type ListOptions, type ListResult } from './pagination'

type PrivateUser = components['schemas']['private-user']
type PublicUser = components['schemas']['public-user']
type OrganizationSimple = components['schemas']['organization-simple']

/**
 * A user or organisation login. GitHub logins are letters, digits and hyphens; Enterprise
 * Managed Users add an underscore and a short code (octocat_acme), so "_" is accepted too.
 * No "/", "." or "%" can pass, so a login can never reach another API path.
 */
const LOGIN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/

export function accountLogin(value: unknown, parameter: string): string {
  const text = requiredString(value, parameter, 100).replace(/^@/, '')
  if (!LOGIN.test(text)) {
    throw new InvalidInput(parameter, 'must be a GitHub login such as "octocat" (letters, digits, "-" and "_" only).')
  }
  return text
}

/** Like accountLogin, but empty means "not given". */
export function optionalAccountLogin(value: unknown, parameter: string): string | undefined {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return undefined
  return accountLogin(value, parameter)
}

/** GET /user: https://docs.github.com/en/rest/users/users#get-the-authenticated-user */
export async function getAuthenticatedUser(github: GitHubContext): Promise<PrivateUser | PublicUser> {
  const { data } = await callApi<PrivateUser | PublicUser>(github, { method: 'GET', path: '/user', subject: 'the authenticated user' })
  return data
}

export interface GetUserInput {
  username: unknown
}

/** GET /users/{username}: https://docs.github.com/en/rest/users/users#get-a-user */
export async function getUser(github: GitHubContext, input: GetUserInput): Promise<PrivateUser | PublicUser> {
  const username = accountLogin(input.username, 'username')
  const { data } = await callApi<PrivateUser | PublicUser>(github, {
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
  return listAll<OrganizationSimple>(
    github,
    { method: 'GET', path: '/user/orgs', subject: "the connected account's organizations", needs: ORGANIZATIONS_NEED },
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
