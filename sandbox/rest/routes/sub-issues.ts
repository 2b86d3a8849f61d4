import { bodyObject, notFound, paged, validationFailed, type Router } from '../http'
import type { Issue, Repository } from '../state'
import { canSee, issueFor, repositoryFor, touch, type World } from '../world'

/**
 * Sub-issues: https://docs.github.com/en/rest/issues/sub-issues. GitHub's rules kept: a sub-issue is named by its id
 * (not its number) and may live in another repository the viewer can see; it has one parent (moving it needs
 * replace_parent); an issue is not its own sub-issue; pull requests are not sub-issues.
 */
export function subIssueRoutes(router: Router, world: World): void {
  const { state, render } = world

  /** The issue with this id in any repository the viewer can see. */
  const issueById = (request: Parameters<typeof canSee>[0], id: unknown): { repo: Repository; issue: Issue } => {
    for (const repo of state.repositories.values()) {
      if (!canSee(request, repo)) continue
      const issue = repo.issues.find((candidate) => candidate.id === id)
      if (issue) return { repo, issue }
    }
    throw validationFailed([{ resource: 'Issue', field: 'sub_issue_id', code: 'invalid' }], 'Validation Failed')
  }

  router.add('POST', '/repos/:owner/:repo/issues/:issue_number/sub_issues', (request) => {
    const repo = repositoryFor(world, request, 'write')
    const parent = issueFor(repo, request)
    const body = bodyObject(request)
    const { issue: child } = issueById(request, body['sub_issue_id'])
    if (child.pull || parent.pull) throw validationFailed([], 'Pull requests cannot be sub-issues or have sub-issues')
    if (child.id === parent.id) throw validationFailed([], 'An issue cannot be a sub-issue of itself')
    if (child.parentId === parent.id) throw validationFailed([], 'Issue may not contain duplicate sub-issues')
    if (child.parentId !== undefined && body['replace_parent'] !== true) throw validationFailed([], 'Sub-issue already has a parent')
    child.parentId = parent.id
    touch(world, repo, parent)
    return { status: 201, body: render.issue(repo, parent) }
  })

  router.add('DELETE', '/repos/:owner/:repo/issues/:issue_number/sub_issue', (request) => {
    const repo = repositoryFor(world, request, 'write')
    const parent = issueFor(repo, request)
    const { repo: childRepo, issue: child } = issueById(request, bodyObject(request)['sub_issue_id'])
    if (child.parentId !== parent.id) throw notFound()
    delete child.parentId
    touch(world, repo, parent)
    return { status: 200, body: render.issue(childRepo, child) }
  })

  router.add('GET', '/repos/:owner/:repo/issues/:issue_number/sub_issues', (request) => {
    const repo = repositoryFor(world, request)
    const parent = issueFor(repo, request)
    const children = [...state.repositories.values()]
      .filter((candidate) => canSee(request, candidate))
      .flatMap((candidate) =>
        candidate.issues.filter((issue) => issue.parentId === parent.id).map((issue) => render.issue(candidate, issue)),
      )
    return paged(request, children)
  })
}
