import nock from 'nock'
import { createMilestone, deleteMilestone, listMilestones, updateMilestone } from '../../src/github/milestones'
import { API, API_HEADERS, expectInvalidInput, githubContext } from '../helpers/github'

const REPO = 'octocat/Hello-World'
const MILESTONES = '/repos/octocat/Hello-World/milestones'

describe('milestones', () => {
  it('creates one with its due date as ISO 8601 (the date picker sends epoch milliseconds)', async () => {
    const scope = nock(API, { reqheaders: API_HEADERS })
      .post(MILESTONES, { title: 'v1.0', state: 'open', due_on: '2026-01-31T00:00:00.000Z' })
      .reply(201, { number: 3, title: 'v1.0' })
    await expect(
      createMilestone(githubContext(), { repository: REPO, title: 'v1.0', state: 'Open', dueOn: Date.UTC(2026, 0, 31) }),
    ).resolves.toMatchObject({ number: 3 })
    expect(scope.isDone()).toBe(true)
  })

  it('closes one by number, and refuses an update that changes nothing before any request', async () => {
    const scope = nock(API).patch(`${MILESTONES}/3`, { state: 'closed' }).reply(200, { number: 3, state: 'closed' })
    await expect(updateMilestone(githubContext(), { repository: REPO, milestone: 3, state: 'Closed' })).resolves.toMatchObject({
      state: 'closed',
    })
    expect(scope.isDone()).toBe(true)
    await expectInvalidInput(updateMilestone(githubContext(), { repository: REPO, milestone: 3 }), 'title')
  })

  it('deletes one and says which; lists them by state', async () => {
    nock(API).delete(`${MILESTONES}/3`).reply(204)
    await expect(deleteMilestone(githubContext(), { repository: REPO, milestone: '3' })).resolves.toEqual({
      repository: REPO,
      milestone: 3,
      deleted: true,
    })
    nock(API)
      .get(MILESTONES)
      .query({ state: 'all', per_page: '30' })
      .reply(200, [{ number: 1 }, { number: 2 }])
    const page = await listMilestones(githubContext(), {
      repository: REPO,
      state: 'All',
      fetchAll: false,
      limit: undefined,
      cursor: undefined,
    })
    expect(page.items.map((milestone) => milestone.number)).toEqual([1, 2])
  })
})
