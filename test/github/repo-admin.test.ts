import nock from 'nock'
import {
  createRepositoryDispatch,
  createRepositoryFromTemplate,
  deleteRepository,
  replaceTopics,
  updateRepository,
} from '../../src/github/repo-admin'
import { API, expectInvalidInput, githubContext } from '../helpers/github'

const REPO = 'octocat/Hello-World'
const BASE = '/repos/octocat/Hello-World'
const none = {
  name: undefined,
  description: undefined,
  homepage: undefined,
  visibility: undefined,
  defaultBranch: undefined,
  hasIssues: undefined,
  hasWiki: undefined,
  archived: undefined,
  isTemplate: undefined,
}

describe('repository administration', () => {
  it('sends only the settings given, and refuses an update that changes nothing', async () => {
    const scope = nock(API)
      .patch(BASE, { visibility: 'private', default_branch: 'develop', archived: true })
      .reply(200, { name: 'Hello-World' })
    await updateRepository(githubContext(), { ...none, repository: REPO, visibility: 'Private', defaultBranch: 'develop', archived: true })
    expect(scope.isDone()).toBe(true)
    await expectInvalidInput(updateRepository(githubContext(), { ...none, repository: REPO }), 'name')
    await expectInvalidInput(updateRepository(githubContext(), { ...none, repository: REPO, name: 'has space' }), 'name')
  })

  it('replaces topics lowercased and deduplicated, and refuses a topic GitHub would refuse', async () => {
    nock(API)
      .put(`${BASE}/topics`, { names: ['api', 'octocat'] })
      .reply(200, { names: ['api', 'octocat'] })
    await expect(replaceTopics(githubContext(), { repository: REPO, topics: 'API, octocat, api' })).resolves.toEqual({
      repository: REPO,
      topics: ['api', 'octocat'],
    })
    await expectInvalidInput(replaceTopics(githubContext(), { repository: REPO, topics: ['c++'] }), 'topics')
  })

  it('deletes only when the full name is repeated exactly', async () => {
    const scope = nock(API).delete(BASE).reply(204)
    await expect(deleteRepository(githubContext(), { repository: REPO, confirmFullName: REPO })).resolves.toEqual({
      repository: REPO,
      deleted: true,
    })
    expect(scope.isDone()).toBe(true)
    await expectInvalidInput(
      deleteRepository(githubContext(), { repository: REPO, confirmFullName: 'octocat/hello-world' }),
      'confirmFullName',
    )
  })

  it('dispatches an event with its payload', async () => {
    const scope = nock(API)
      .post(`${BASE}/dispatches`, { event_type: 'deploy', client_payload: { env: 'prod' } })
      .reply(204)
    await createRepositoryDispatch(githubContext(), { repository: REPO, eventType: 'deploy', clientPayload: '{"env":"prod"}' })
    expect(scope.isDone()).toBe(true)
  })
})

describe('Create Repository from Template', () => {
  it('private unless asked, into the owner given, with only the default branch unless asked', async () => {
    nock(API)
      .post('/repos/octo-org/service-template/generate', { name: 'billing', private: true, include_all_branches: false, owner: 'octo-org' })
      .reply(201, { full_name: 'octo-org/billing' })
    await expect(
      createRepositoryFromTemplate(githubContext(), {
        template: 'octo-org/service-template',
        owner: 'octo-org',
        name: 'billing',
        description: undefined,
        isPrivate: undefined,
        includeAllBranches: undefined,
      }),
    ).resolves.toEqual({ full_name: 'octo-org/billing' })
  })

  it('refuses a bad name before any request', async () => {
    await expectInvalidInput(
      createRepositoryFromTemplate(githubContext(), {
        template: 'octo-org/t',
        owner: undefined,
        name: 'has space',
        description: undefined,
        isPrivate: undefined,
        includeAllBranches: undefined,
      }),
      'name',
    )
  })
})
