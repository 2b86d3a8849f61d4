import type { components } from '@octokit/openapi-types'
import { UpstreamInvalid } from '../errors'
import { callApi, type GitHubContext } from './api'

export type AuthenticatedUser = components['schemas']['private-user'] | components['schemas']['public-user']

export interface Identity {
  user: AuthenticatedUser
  /** Scopes from the X-OAuth-Scopes header (OAuth apps only). */
  scopes?: string[]
}

/** GET /user: https://docs.github.com/en/rest/users/users#get-the-authenticated-user */
export async function getAuthenticatedUser(context: GitHubContext): Promise<Identity> {
  const { data, headers } = await callApi(context, {
    operation: 'users/get-authenticated',
    method: 'GET',
    path: '/user',
    subject: 'the authenticated user',
  })
  if (typeof data?.login !== 'string' || data.login === '' || typeof data.id !== 'number') {
    throw new UpstreamInvalid('GitHub answered GET /user without a login and id.')
  }
  const scopes = headers['x-oauth-scopes']
  return { user: data, ...(scopes !== undefined && { scopes: splitScopes(scopes) }) }
}

export function splitScopes(scopes: string): string[] {
  return scopes.split(/[\s,]+/).filter(Boolean)
}
