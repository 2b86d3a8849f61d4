import nock from 'nock'
import { getAuthenticatedUser } from '../../src/github/users'
import { API, API_HEADERS, githubContext } from '../helpers/github'

describe('getAuthenticatedUser', () => {
  it('sends GET /user with the API headers and returns the user', async () => {
    const scope = nock(API, { reqheaders: API_HEADERS }).get('/user').reply(200, { login: 'octocat', id: 1 })
    await expect(getAuthenticatedUser(githubContext())).resolves.toEqual({ login: 'octocat', id: 1 })
    expect(scope.isDone()).toBe(true)
  })

  it('maps 401 to a reconnect error', async () => {
    nock(API).get('/user').reply(401, { message: 'Bad credentials' })
    await expect(getAuthenticatedUser(githubContext())).rejects.toMatchObject({ kind: 'reconnect_required' })
  })
})
