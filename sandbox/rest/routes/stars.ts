import { notFound, paged, type Router } from '../http'
import { canSee, hasScope, type World } from '../world'

/**
 * Stars: https://docs.github.com/en/rest/activity/starring. Stateful so that a star shows in the repository's
 * stargazers_count and sends the star webhook event.
 */
export function starRoutes(router: Router, world: World): void {
  const { state, render } = world
  const repositoryOf = (owner: string | undefined, name: string | undefined, request: Parameters<typeof canSee>[0]) => {
    const repo = state.repository(owner ?? '', name ?? '')
    if (!repo || !canSee(request, repo)) throw notFound()
    return repo
  }

  router.add('PUT', '/user/starred/:owner/:repo', (request) => {
    const repo = repositoryOf(request.params['owner'], request.params['repo'], request)
    if (!hasScope(request, 'repo', 'public_repo')) throw notFound()
    if (!repo.stargazers.has(request.viewer.login)) repo.stargazers.set(request.viewer.login, state.now())
    return { status: 204 }
  })
  router.add('DELETE', '/user/starred/:owner/:repo', (request) => {
    const repo = repositoryOf(request.params['owner'], request.params['repo'], request)
    if (!hasScope(request, 'repo', 'public_repo')) throw notFound()
    repo.stargazers.delete(request.viewer.login)
    return { status: 204 }
  })
  router.add('GET', '/user/starred/:owner/:repo', (request) => {
    const repo = repositoryOf(request.params['owner'], request.params['repo'], request)
    if (!repo.stargazers.has(request.viewer.login)) throw notFound()
    return { status: 204 }
  })
  router.add('GET', '/repos/:owner/:repo/stargazers', (request) => {
    const repo = repositoryOf(request.params['owner'], request.params['repo'], request)
    return paged(
      request,
      [...repo.stargazers.keys()].map((login) => render.userByLogin(login)),
    )
  })
  router.add('GET', '/user/starred', (request) => {
    const starred = [...state.repositories.values()].filter((repo) => repo.stargazers.has(request.viewer.login) && canSee(request, repo))
    return paged(
      request,
      starred.map((repo) => render.repository(repo)),
    )
  })
}
