import nock from 'nock'
import {
  addProjectDraft,
  addProjectItem,
  getProjectFieldsDictionary,
  getProjectsDictionary,
  listProjectItems,
  removeProjectItem,
  setProjectItemField,
} from '../../src/github/projects'
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

  describe('Set Project Item Field', () => {
    const FIELDS = [
      { id: 1, name: 'Title', data_type: 'title' },
      { id: 2, name: 'Labels', data_type: 'labels' },
      {
        id: 3,
        name: 'Status',
        data_type: 'single_select',
        options: [
          { id: 'a1', name: { raw: 'Todo', html: 'Todo' } },
          { id: 'b2', name: { raw: 'Done', html: 'Done' } },
        ],
      },
      { id: 4, name: 'Estimate', data_type: 'number' },
      { id: 5, name: 'Notes', data_type: 'text' },
    ]
    const answerFields = (owner: 'octo-org' | 'octocat') => {
      nock(API)
        .get(`/users/${owner}`)
        .reply(200, { type: owner === 'octo-org' ? 'Organization' : 'User' })
      nock(API)
        .get(`/${owner === 'octo-org' ? 'orgs' : 'users'}/${owner}/projectsV2/5/fields`)
        .query({ per_page: '100' })
        .reply(200, FIELDS)
    }
    const set = (field: unknown, value: unknown, owner = 'octo-org') =>
      setProjectItemField(githubContext(), { owner, projectNumber: 5, itemId: 17, field, value })

    it("sends the option's id for a single select named in any case, on a user's project too", async () => {
      answerFields('octo-org')
      nock(API)
        .patch('/orgs/octo-org/projectsV2/5/items/17', { fields: [{ id: 3, value: 'b2' }] })
        .reply(200, { id: 17 })
      await expect(set('status', 'DONE')).resolves.toEqual({ id: 17 })
      answerFields('octocat')
      nock(API)
        .patch('/users/octocat/projectsV2/5/items/17', { fields: [{ id: 4, value: 2.5 }] })
        .reply(200, { id: 17 })
      await expect(set('4', '2.5', 'octocat')).resolves.toEqual({ id: 17 })
    })

    it('clears a field given no value, and keeps text as written', async () => {
      answerFields('octo-org')
      nock(API)
        .patch('/orgs/octo-org/projectsV2/5/items/17', { fields: [{ id: 3, value: null }] })
        .reply(200, { id: 17 })
      await expect(set('Status', '')).resolves.toEqual({ id: 17 })
      answerFields('octo-org')
      nock(API)
        .patch('/orgs/octo-org/projectsV2/5/items/17', { fields: [{ id: 5, value: '  two spaces kept ' }] })
        .reply(200, { id: 17 })
      await expect(set('Notes', '  two spaces kept ')).resolves.toEqual({ id: 17 })
    })

    it('refuses, before writing, a field GitHub sets from the issue, an unknown option and a value that is no number', async () => {
      answerFields('octo-org')
      await expect(set('Labels', 'bug')).rejects.toThrow('"Labels" is a labels field, which GitHub sets from the issue')
      answerFields('octo-org')
      await expect(set('Status', 'Shipped')).rejects.toThrow('"Shipped" is not an option of "Status"; choose one of: Todo, Done.')
      answerFields('octo-org')
      await expect(set('Estimate', 'three')).rejects.toThrow('must be a number for "Estimate"')
      await expectInvalidInput(set('Status', 'Done', 'octo-org/app'), 'owner')
    })

    it('offers only the fields an item can have set, with their choices', async () => {
      await expect(getProjectFieldsDictionary(githubContext(), { criteria: { owner: 'octo-org' } })).resolves.toEqual({
        items: [],
        cursor: null,
      })
      nock(API).get('/users/octo-org').reply(200, { type: 'Organization' })
      nock(API).get('/orgs/octo-org/projectsV2/5/fields').query(true).reply(200, FIELDS)
      const { items } = await getProjectFieldsDictionary(githubContext(), { criteria: { owner: 'octo-org', projectNumber: 5 } })
      expect(items).toEqual([
        { label: 'Status', value: 3, note: 'single select: Todo, Done' },
        { label: 'Estimate', value: 4, note: 'number' },
        { label: 'Notes', value: 5, note: 'text' },
      ])
    })
  })

  it("adds a draft to a user's own project through GitHub's route by account id, and to an organization's", async () => {
    nock(API).get('/users/octocat').reply(200, { login: 'octocat', id: 583231, type: 'User' })
    nock(API).post('/user/583231/projectsV2/2/drafts', { title: 'Plan', body: 'Text' }).reply(201, { id: 9, content_type: 'DraftIssue' })
    await expect(addProjectDraft(githubContext(), { owner: 'octocat', projectNumber: 2, title: ' Plan ', body: 'Text' })).resolves.toEqual({
      id: 9,
      content_type: 'DraftIssue',
    })
    nock(API).get('/users/octo-org').reply(200, { login: 'octo-org', id: 9919, type: 'Organization' })
    nock(API).post('/orgs/octo-org/projectsV2/5/drafts', { title: 'Plan' }).reply(201, { id: 10 })
    await expect(addProjectDraft(githubContext(), { owner: 'octo-org', projectNumber: 5, title: 'Plan', body: '' })).resolves.toEqual({
      id: 10,
    })
    await expectInvalidInput(addProjectDraft(githubContext(), { owner: 'octo-org', projectNumber: 5, title: '', body: undefined }), 'title')
  })

  it("removes an item from a user's project", async () => {
    nock(API).get('/users/octocat').reply(200, { type: 'User' })
    nock(API).delete('/users/octocat/projectsV2/2/items/3').reply(204)
    await expect(removeProjectItem(githubContext(), { owner: 'octocat', projectNumber: 2, itemId: 3 })).resolves.toEqual({
      owner: 'octocat',
      projectNumber: 2,
      itemId: 3,
      removed: true,
    })
  })
})
