import nock from 'nock'
import {
  addCollaborator,
  getCollaboratorPermission,
  getCollaboratorsDictionary,
  listCollaborators,
  removeCollaborator,
} from '../../src/github/collaborators'
import { API, expectInvalidInput, githubContext } from '../helpers/github'

const REPO = 'octocat/Hello-World'
const BASE = '/repos/octocat/Hello-World/collaborators'

describe('collaborators', () => {
  it('invites with the permission picked, and says when it only changed an existing one (204)', async () => {
    nock(API).put(`${BASE}/hubot`, { permission: 'maintain' }).reply(201, { id: 1, permissions: 'maintain' })
    await expect(addCollaborator(githubContext(), { repository: REPO, username: 'hubot', permission: 'Maintain' })).resolves.toMatchObject({
      invited: true,
      permission: 'maintain',
      invitation: { id: 1 },
    })
    nock(API).put(`${BASE}/hubot`, { permission: 'push' }).reply(204)
    await expect(addCollaborator(githubContext(), { repository: REPO, username: 'hubot', permission: undefined })).resolves.toMatchObject({
      invited: false,
      invitation: null,
    })
    await expectInvalidInput(
      addCollaborator(githubContext(), { repository: REPO, username: 'not a login', permission: undefined }),
      'username',
    )
  })

  it('lists by permission, removes, reads a permission and offers logins', async () => {
    nock(API)
      .get(BASE)
      .query({ permission: 'admin', per_page: '30' })
      .reply(200, [{ login: 'octocat' }])
    const listed = await listCollaborators(githubContext(), {
      repository: REPO,
      permission: 'Admin',
      fetchAll: undefined,
      limit: undefined,
      cursor: undefined,
    })
    expect(listed.items.map((user) => user.login)).toEqual(['octocat'])
    nock(API).delete(`${BASE}/hubot`).reply(204)
    await expect(removeCollaborator(githubContext(), { repository: REPO, username: 'hubot' })).resolves.toEqual({
      repository: REPO,
      username: 'hubot',
      removed: true,
    })
    nock(API).get(`${BASE}/hubot/permission`).reply(200, { permission: 'none', role_name: 'none' })
    await expect(getCollaboratorPermission(githubContext(), { repository: REPO, username: 'hubot' })).resolves.toMatchObject({
      permission: 'none',
    })
    nock(API)
      .get(BASE)
      .query(true)
      .reply(200, [{ login: 'octocat', name: 'The Octocat', role_name: 'admin' }])
    await expect(getCollaboratorsDictionary(githubContext(), { criteria: { repository: REPO } })).resolves.toEqual({
      items: [{ label: 'octocat (The Octocat)', value: 'octocat', note: 'admin' }],
      cursor: null,
    })
  })
})
