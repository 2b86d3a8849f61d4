import type { components } from '@octokit/openapi-types'
import { bodyObject, notFound, optionalStringField, paged, requiredStringField, validationFailed, type Router } from '../http'
import type { CommitStatus, Repository } from '../state'
import { repositoryFor, type World } from '../world'

/**
 * Commit statuses: https://docs.github.com/en/rest/commits/statuses. GitHub's rules kept: a status is set on a commit
 * SHA (a branch or tag is refused), the newest status of each context counts, and the combined state is failure if
 * any counted one failed or errored, pending if any is pending (or there are none), success otherwise.
 */

type Schemas = components['schemas']
const STATES = ['error', 'failure', 'pending', 'success'] as const

export function statusRoutes(router: Router, world: World): void {
  const { state, render } = world

  const rendered = (repo: Repository, status: CommitStatus): Schemas['status'] => ({
    url: `${render.api}/repos/${repo.owner.login}/${repo.name}/statuses/${status.sha}`,
    avatar_url: `${render.web}/avatars/u/${state.account(status.creator)?.id ?? 0}?v=4`,
    id: status.id,
    node_id: render.nodeId('StatusContext', status.id),
    state: status.state,
    description: status.description,
    target_url: status.targetUrl,
    context: status.context,
    created_at: status.createdAt,
    updated_at: status.createdAt,
    creator: render.userByLogin(status.creator),
  })

  /** The commit a branch, tag or SHA names; one that names none is GitHub's 404. */
  const commitOf = (repo: Repository, ref: string) => {
    const commit = state.resolveRef(repo, ref)
    if (!commit) throw notFound()
    return commit
  }

  router.add('POST', '/repos/:owner/:repo/statuses/:sha', (request) => {
    const repo = repositoryFor(world, request, 'write')
    const sha = request.params['sha'] ?? ''
    if (!repo.commits.has(sha)) throw validationFailed([], `No commit found for SHA: ${sha}`)
    const body = bodyObject(request)
    const statusState = requiredStringField('Status', body, 'state') as CommitStatus['state']
    if (!STATES.includes(statusState)) throw validationFailed([{ resource: 'Status', field: 'state', code: 'invalid' }])
    const status: CommitStatus = {
      id: state.nextId(),
      sha,
      state: statusState,
      context: optionalStringField('Status', body, 'context') ?? 'default',
      description: optionalStringField('Status', body, 'description') ?? null,
      targetUrl: optionalStringField('Status', body, 'target_url') ?? null,
      creator: request.viewer.login,
      createdAt: state.now(),
    }
    repo.statuses.push(status)
    return { status: 201, body: rendered(repo, status) }
  })

  router.add('GET', '/repos/:owner/:repo/commits/:ref/statuses', (request) => {
    const repo = repositoryFor(world, request)
    const commit = commitOf(repo, request.params['ref'] ?? '')
    const statuses = repo.statuses.filter((status) => status.sha === commit.sha).reverse()
    return paged(
      request,
      statuses.map((status) => rendered(repo, status)),
    )
  })

  router.add('GET', '/repos/:owner/:repo/commits/:ref/status', (request) => {
    const repo = repositoryFor(world, request)
    const commit = commitOf(repo, request.params['ref'] ?? '')
    const latest = new Map<string, CommitStatus>()
    for (const status of repo.statuses) if (status.sha === commit.sha) latest.set(status.context, status)
    const counted = [...latest.values()]
    const combined = counted.some((status) => status.state === 'failure' || status.state === 'error')
      ? 'failure'
      : counted.length === 0 || counted.some((status) => status.state === 'pending')
        ? 'pending'
        : 'success'
    const url = `${render.api}/repos/${repo.owner.login}/${repo.name}/commits/${commit.sha}`
    const body: Schemas['combined-commit-status'] = {
      state: combined,
      statuses: counted.map((status) => {
        const { creator: _creator, updated_at: _updated, ...simple } = rendered(repo, status)
        void _creator
        void _updated
        return { ...simple, required: false, updated_at: status.createdAt }
      }),
      sha: commit.sha,
      total_count: counted.length,
      repository: render.minimalRepository(repo),
      commit_url: url,
      url: `${url}/status`,
    }
    return { status: 200, body }
  })
}
