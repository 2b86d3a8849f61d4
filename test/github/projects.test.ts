import nock from 'nock'
import { addProjectItem, getProjectsDictionary, listProjectItems } from '../../src/github/projects'
import { API, expectAllRequestsMade, expectInvalidInput, githubContext } from '../helpers/github'

const REPO = 'octocat/Hello-World'
const page = { fetchAll: undefined, limit: undefined, cursor: undefined }

afterEach(expectAllRequestsMade)

describe('projects', () => {
  it("adds a pull request to an organization's project (the kind told by GitHub's answer for the number)", async () => {
    nock(API)
      .get('/repos/octocat/Hello-World/issues/7')
      .reply(200, { number: 7, pull_request: { url: 'x' } })
    nock(API).get('/users/octo-org').reply(200, { login: 'octo-org', type: 'Organization' })
    nock(API)
      .post('/orgs/octo-org/projectsV2/5/items', { type: 'PullRequest', owner: 'octocat', repo: 'Hello-World', number: 7 })
      .reply(201, { id: 17, content_type: 'PullRequest' })
    await expect(
      addProjectItem(githubContext(), { owner: 'octo-org', projectNumber: 5, repository: REPO, issueNumber: 7 }),
    ).resolves.toEqual({
      id: 17,
      content_type: 'PullRequest',
    })
  })

  it("adds an issue to a user's project, and lists a user's project items", async () => {
    nock(API).get('/repos/octocat/Hello-World/issues/1').reply(200, { number: 1 })
    nock(API).get('/users/octocat').times(2).reply(200, { login: 'octocat', type: 'User' })
    nock(API)
      .post('/users/octocat/projectsV2/2/items', { type: 'Issue', owner: 'octocat', repo: 'Hello-World', number: 1 })
      .reply(201, { id: 3 })
    await expect(
      addProjectItem(githubContext(), { owner: 'octocat', projectNumber: 2, repository: REPO, issueNumber: 1 }),
    ).resolves.toEqual({
      id: 3,
    })
    nock(API)
      .get('/users/octocat/projectsV2/2/items')
      .query({ per_page: '30' })
      .reply(200, [{ id: 3, content_type: 'Issue' }])
    await expect(listProjectItems(githubContext(), { owner: 'octocat', projectNumber: 2, ...page })).resolves.toMatchObject({
      items: [{ id: 3 }],
    })
  })

  it('offers nothing until an owner is picked; then its projects by number', async () => {
    await expect(getProjectsDictionary(githubContext(), { criteria: {} })).resolves.toEqual({ items: [], cursor: null })
    nock(API).get('/users/octo-org').reply(200, { type: 'Organization' })
    nock(API)
      .get('/orgs/octo-org/projectsV2')
      .query(true)
      .reply(200, [{ number: 5, title: 'Roadmap', closed_at: null }])
    await expect(getProjectsDictionary(githubContext(), { criteria: { owner: 'octo-org' } })).resolves.toEqual({
      items: [{ label: 'Roadmap', value: 5 }],
      cursor: null,
    })
  })

  it('refuses a repository given as owner, and a project that is no number, before any request', async () => {
    await expectInvalidInput(
      addProjectItem(githubContext(), { owner: 'octo-org/app', projectNumber: 5, repository: REPO, issueNumber: 1 }),
      'owner',
    )
    await expectInvalidInput(
      addProjectItem(githubContext(), { owner: 'octo-org', projectNumber: 'five', repository: REPO, issueNumber: 1 }),
      'projectNumber',
    )
  })
})
