import type { components } from '@octokit/openapi-types'
import * as define from '../operations/definition'
import { apiPath, callApi, type GitHubContext } from './api'
import { listOptions, optionalBoolean, repository, type RepositoryRef } from './input'
import { listAll, type ListResult } from './pagination'
import * as param from './params'

/**
 * Starring and watching a repository as the connected account: https://docs.github.com/en/rest/activity/starring and
 * https://docs.github.com/en/rest/activity/watching
 */

type SimpleUser = components['schemas']['simple-user']
type Subscription = components['schemas']['repository-subscription']

const fullName = (ref: RepositoryRef): string => `${ref.owner}/${ref.repo}`

/** PUT /user/starred/{owner}/{repo}; starring twice is fine. */
export async function starRepository(
  github: GitHubContext,
  input: { repository: unknown },
): Promise<{ repository: string; starred: true }> {
  const ref = repository(input.repository)
  const path = apiPath`/user/starred/${ref.owner}/${ref.repo}`
  await callApi(github, {
    operation: 'activity/star-repo-for-authenticated-user',
    method: 'PUT',
    path,
    subject: `repository ${fullName(ref)}`,
  })
  return { repository: fullName(ref), starred: true }
}

/** DELETE /user/starred/{owner}/{repo}; a repository not starred is fine. */
export async function unstarRepository(
  github: GitHubContext,
  input: { repository: unknown },
): Promise<{ repository: string; starred: false }> {
  const ref = repository(input.repository)
  const path = apiPath`/user/starred/${ref.owner}/${ref.repo}`
  await callApi(github, {
    operation: 'activity/unstar-repo-for-authenticated-user',
    method: 'DELETE',
    path,
    subject: `repository ${fullName(ref)}`,
  })
  return { repository: fullName(ref), starred: false }
}

/** GET /repos/{owner}/{repo}/stargazers */
export async function listStargazers(
  github: GitHubContext,
  input: { repository: unknown; fetchAll: unknown; limit: unknown; cursor: unknown },
): Promise<ListResult<SimpleUser>> {
  const ref = repository(input.repository)
  const call = {
    operation: 'activity/list-stargazers-for-repo' as const,
    method: 'GET' as const,
    path: apiPath`/repos/${ref.owner}/${ref.repo}/stargazers`,
    subject: `the stargazers of repository ${fullName(ref)}`,
  }
  return listAll<'activity/list-stargazers-for-repo', SimpleUser>(github, call, listOptions(input.fetchAll, input.limit, input.cursor))
}

/**
 * PUT /repos/{owner}/{repo}/subscription: watch (notifications for everything) or ignore (none at all). To go back to
 * GitHub's default (participating and @mentions), use Unwatch Repository.
 */
export async function watchRepository(github: GitHubContext, input: { repository: unknown; ignore: unknown }): Promise<Subscription> {
  const ref = repository(input.repository)
  const ignore = optionalBoolean(input.ignore, 'ignore') ?? false
  const path = apiPath`/repos/${ref.owner}/${ref.repo}/subscription`
  const body = ignore ? { subscribed: false, ignored: true } : { subscribed: true, ignored: false }
  return (
    await callApi(github, {
      operation: 'activity/set-repo-subscription',
      method: 'PUT',
      path,
      body,
      subject: `the subscription to repository ${fullName(ref)}`,
    })
  ).data
}

/** DELETE /repos/{owner}/{repo}/subscription: back to notifications only when participating or @mentioned. */
export async function unwatchRepository(
  github: GitHubContext,
  input: { repository: unknown },
): Promise<{ repository: string; watching: false }> {
  const ref = repository(input.repository)
  const path = apiPath`/repos/${ref.owner}/${ref.repo}/subscription`
  await callApi(github, {
    operation: 'activity/delete-repo-subscription',
    method: 'DELETE',
    path,
    subject: `the subscription to repository ${fullName(ref)}`,
  })
  return { repository: fullName(ref), watching: false }
}

// ── Operations ───────────────────────────────────────────────────────────────

const STAR = { scope: 'public_repo', permission: 'Starring: write' } as const
const WATCH = { scope: 'repo', permission: 'Watching: write' } as const

export const definitions = {
  starRepository: define.action({
    label: 'Star Repository',
    route: 'PUT /star-repository',
    category: 'Repositories',
    description: 'Stars a repository as the connected account (starring one already starred changes nothing). Returns the repository.',
    requires: STAR,
    params: [param.repository],
    sample: { repository: 'octocat/Hello-World', starred: true },
    run: starRepository,
  }),
  unstarRepository: define.action({
    label: 'Unstar Repository',
    route: 'DELETE /unstar-repository',
    category: 'Repositories',
    description: "Removes the connected account's star from a repository (one not starred is fine). Returns the repository.",
    requires: STAR,
    params: [param.repository],
    sample: { repository: 'octocat/Hello-World', starred: false },
    run: unstarRepository,
  }),
  listStargazers: define.action({
    label: 'List Stargazers',
    route: 'GET /list-stargazers',
    category: 'Repositories',
    description: 'Lists the people who starred a repository. Returns them and a cursor for the next page.',
    requires: { scope: 'repo', permission: 'Metadata: read' },
    params: [param.repository, param.fetchAll, param.limit, param.cursor],
    sample: { items: [{ login: 'octocat', id: 1, type: 'User', html_url: 'https://github.com/octocat' }], nextCursor: null },
    run: listStargazers,
  }),
  watchRepository: define.action({
    label: 'Watch Repository',
    route: 'PUT /watch-repository',
    category: 'Repositories',
    description:
      'Makes the connected account watch a repository (notifications for all its activity), or ignore it (no notifications at all) when Ignore is on. Returns the subscription.',
    requires: WATCH,
    params: [
      param.repository,
      {
        type: 'Boolean',
        label: 'Ignore',
        name: 'ignore',
        defaultValue: false,
        uiComponent: { type: 'TOGGLE' },
        description: 'On: no notifications from this repository at all, not even @mentions.',
      },
    ],
    sample: {
      subscribed: true,
      ignored: false,
      reason: null,
      created_at: '2012-10-06T21:34:12Z',
      url: 'https://api.github.com/repos/octocat/example/subscription',
      repository_url: 'https://api.github.com/repos/octocat/example',
    },
    run: watchRepository,
  }),
  unwatchRepository: define.action({
    label: 'Unwatch Repository',
    route: 'DELETE /unwatch-repository',
    category: 'Repositories',
    description:
      "Stops watching (or ignoring) a repository: back to GitHub's default of notifications only when participating or @mentioned. Returns the repository.",
    requires: WATCH,
    params: [param.repository],
    sample: { repository: 'octocat/Hello-World', watching: false },
    run: unwatchRepository,
  }),
}
