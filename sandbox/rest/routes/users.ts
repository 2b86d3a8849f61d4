import { notFound, paged, type Router } from '../http'
import type { World } from '../world'

export function userRoutes(router: Router, world: World): void {
  const { state, render } = world

  /** GET /user: https://docs.github.com/en/rest/users/users#get-the-authenticated-user */
  router.add('GET', '/user', (request) => ({ status: 200, body: render.privateUser(request.viewer) }))

  /** GET /users/{username}: https://docs.github.com/en/rest/users/users#get-a-user */
  router.add('GET', '/users/:username', (request) => {
    const account = state.account(request.params['username'] ?? '')
    if (!account) throw notFound()
    return { status: 200, body: render.publicUser(account) }
  })

  /** GET /user/orgs: https://docs.github.com/en/rest/orgs/orgs#list-organizations-for-the-authenticated-user */
  router.add('GET', '/user/orgs', (request) => {
    const orgs = request.viewer.orgs.map((login) => state.account(login)).filter((org) => org !== undefined)
    return paged(
      request,
      orgs.map((org) => render.organization(org)),
    )
  })

  /** GET /users/{username}/orgs: https://docs.github.com/en/rest/orgs/orgs#list-organizations-for-a-user */
  router.add('GET', '/users/:username/orgs', (request) => {
    const account = state.account(request.params['username'] ?? '')
    if (!account) throw notFound()
    const orgs = account.orgs.map((login) => state.account(login)).filter((org) => org !== undefined)
    return paged(
      request,
      orgs.map((org) => render.organization(org)),
    )
  })
}
