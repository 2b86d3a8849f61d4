import type { components } from '@octokit/openapi-types'
import { callApi, type GitHubContext } from './api'

type PrivateUser = components['schemas']['private-user']
type PublicUser = components['schemas']['public-user']

/** GET /user: https://docs.github.com/en/rest/users/users#get-the-authenticated-user */
export async function getAuthenticatedUser(github: GitHubContext): Promise<PrivateUser | PublicUser> {
  const { data } = await callApi<PrivateUser | PublicUser>(github, { method: 'GET', path: '/user', subject: 'the authenticated user' })
  return data
}
