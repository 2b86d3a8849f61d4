import nock from 'nock'
import { listStargazers, starRepository, unstarRepository, unwatchRepository, watchRepository } from '../../src/github/stars'
import { API, githubContext } from '../helpers/github'

const REPO = 'octocat/Hello-World'

describe('stars and watching', () => {
  it('stars and unstars as the connected account', async () => {
    const star = nock(API).put('/user/starred/octocat/Hello-World').reply(204)
    await expect(starRepository(githubContext(), { repository: REPO })).resolves.toEqual({ repository: REPO, starred: true })
    const unstar = nock(API).delete('/user/starred/octocat/Hello-World').reply(204)
    await expect(unstarRepository(githubContext(), { repository: REPO })).resolves.toEqual({ repository: REPO, starred: false })
    expect(star.isDone() && unstar.isDone()).toBe(true)
  })

  it('lists stargazers', async () => {
    nock(API)
      .get('/repos/octocat/Hello-World/stargazers')
      .query({ per_page: '30' })
      .reply(200, [{ login: 'hubot' }])
    const page = await listStargazers(githubContext(), { repository: REPO, fetchAll: undefined, limit: undefined, cursor: undefined })
    expect(page.items.map((user) => user.login)).toEqual(['hubot'])
  })

  it('watches, ignores and unwatches', async () => {
    const watch = nock(API)
      .put('/repos/octocat/Hello-World/subscription', { subscribed: true, ignored: false })
      .reply(200, { subscribed: true })
    await watchRepository(githubContext(), { repository: REPO, ignore: undefined })
    const ignore = nock(API)
      .put('/repos/octocat/Hello-World/subscription', { subscribed: false, ignored: true })
      .reply(200, { ignored: true })
    await watchRepository(githubContext(), { repository: REPO, ignore: true })
    const unwatch = nock(API).delete('/repos/octocat/Hello-World/subscription').reply(204)
    await expect(unwatchRepository(githubContext(), { repository: REPO })).resolves.toEqual({ repository: REPO, watching: false })
    expect(watch.isDone() && ignore.isDone() && unwatch.isDone()).toBe(true)
  })
})
