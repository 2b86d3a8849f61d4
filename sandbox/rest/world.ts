import { type ApiRequest, notFound } from './http'
import type { Renderer } from './render'
import type { Webhooks } from '../webhooks/hooks'
import type { Storage } from './storage'
import type { Issue, Repository, SandboxState } from './state'

/** What every route handler works with: the state and the renderer bound to the sandbox's URLs. */
export interface World {
  state: SandboxState
  render: Renderer
  webhooks: Webhooks
  /** Files GitHub's API redirects to (job logs). */
  storage: Storage
}

export function hasScope(request: ApiRequest, ...scopes: string[]): boolean {
  return scopes.some((scope) => request.scopes.includes(scope))
}

/** Whether the viewer may see the repository: public ones always, private ones with the repo scope and access. */
export function canSee(request: ApiRequest, repo: Repository): boolean {
  if (!repo.private) return true
  const member = repo.collaborators.includes(request.viewer.login) || request.viewer.orgs.includes(repo.owner.login)
  return member && hasScope(request, 'repo')
}

/**
 * The repository named by :owner/:repo, or GitHub's 404 — also for private repositories the token cannot see, and for
 * writes without the scope that allows them (GitHub answers those with 404 too, not 403).
 */
export function repositoryFor(world: World, request: ApiRequest, access: 'read' | 'write' = 'read'): Repository {
  const repo = world.state.repository(request.params['owner'] ?? '', request.params['repo'] ?? '')
  if (!repo || !canSee(request, repo)) throw notFound()
  if (access === 'write') {
    const member = repo.collaborators.includes(request.viewer.login) || request.viewer.orgs.includes(repo.owner.login)
    if (!member || !hasScope(request, 'repo', ...(repo.private ? [] : ['public_repo']))) throw notFound()
  }
  return repo
}

export function issueFor(repo: Repository, request: ApiRequest, parameter = 'issue_number'): Issue {
  const raw = request.params[parameter] ?? ''
  const number = /^\d{1,9}$/.test(raw) ? Number(raw) : NaN
  const issue = repo.issues.find((candidate) => candidate.number === number)
  if (!issue) throw notFound()
  return issue
}

export function pullFor(repo: Repository, request: ApiRequest): Issue & { pull: NonNullable<Issue['pull']> } {
  const issue = issueFor(repo, request, 'pull_number')
  if (!issue.pull) throw notFound()
  return issue as Issue & { pull: NonNullable<Issue['pull']> }
}

export function touch(world: World, repo: Repository, issue?: Issue): string {
  const now = world.state.now()
  repo.updatedAt = now
  if (issue) issue.updatedAt = now
  return now
}
