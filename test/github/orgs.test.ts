import nock from 'nock'
import {
  checkOrganizationMembership,
  getOrganization,
  listNotifications,
  listOrganizationMembers,
  inviteToOrganization,
  markNotificationsRead,
  removeOrganizationMember,
} from '../../src/github/orgs'
import { NotFound } from '../../src/errors'
import { API, expectInvalidInput, githubContext } from '../helpers/github'

const page = { fetchAll: undefined, limit: undefined, cursor: undefined }

describe('organizations', () => {
  it('gets one and lists its admins', async () => {
    nock(API).get('/orgs/github').reply(200, { login: 'github' })
    await expect(getOrganization(githubContext(), { organization: 'github' })).resolves.toMatchObject({ login: 'github' })
    nock(API)
      .get('/orgs/github/members')
      .query({ role: 'admin', per_page: '30' })
      .reply(200, [{ login: 'octocat' }])
    const admins = await listOrganizationMembers(githubContext(), { organization: 'github', role: 'Admins', ...page })
    expect(admins.items.map((user) => user.login)).toEqual(['octocat'])
  })

  it('answers membership as true or false, and a missing organization as an error', async () => {
    nock(API).get('/orgs/github/members/octocat').reply(204)
    await expect(checkOrganizationMembership(githubContext(), { organization: 'github', username: 'octocat' })).resolves.toMatchObject({
      member: true,
    })
    nock(API).get('/orgs/github/members/hubot').reply(404, { message: 'User does not exist or is not a member of the organization' })
    await expect(checkOrganizationMembership(githubContext(), { organization: 'github', username: 'hubot' })).resolves.toMatchObject({
      member: false,
    })
    nock(API).get('/orgs/nope/members/hubot').reply(404, { message: 'Not Found' })
    await expect(checkOrganizationMembership(githubContext(), { organization: 'nope', username: 'hubot' })).rejects.toThrow(NotFound)
  })
})

describe('notifications', () => {
  it('lists them with the filters', async () => {
    nock(API)
      .get('/notifications')
      .query({ all: 'true', per_page: '30' })
      .reply(200, [{ id: '1' }])
    const result = await listNotifications(githubContext(), { all: true, participating: undefined, since: undefined, ...page })
    expect(result.items).toEqual([{ id: '1' }])
  })

  it('marks one thread, or all only when asked explicitly', async () => {
    nock(API).patch('/notifications/threads/42').reply(205)
    await expect(markNotificationsRead(githubContext(), { threadId: '42', markAll: undefined, before: undefined })).resolves.toEqual({
      marked: 'thread',
      threadId: '42',
    })
    const all = nock(API).put('/notifications', { read: true, last_read_at: '2026-01-01T00:00:00.000Z' }).reply(202, {})
    await markNotificationsRead(githubContext(), { threadId: undefined, markAll: true, before: Date.UTC(2026, 0, 1) })
    expect(all.isDone()).toBe(true)
    await expectInvalidInput(markNotificationsRead(githubContext(), { threadId: '', markAll: undefined, before: undefined }), 'threadId')
    await expectInvalidInput(markNotificationsRead(githubContext(), { threadId: '42', markAll: true, before: undefined }), 'threadId')
  })
})

describe('invitations and removal', () => {
  it('invites a login by its id, an email as it is, with the role asked', async () => {
    nock(API).get('/users/octocat').reply(200, { login: 'octocat', id: 583231 })
    nock(API).post('/orgs/octo-org/invitations', { role: 'admin', invitee_id: 583231 }).reply(201, { id: 1 })
    nock(API).post('/orgs/octo-org/invitations', { role: 'direct_member', email: 'mona@example.com' }).reply(201, { id: 2 })
    await expect(inviteToOrganization(githubContext(), { organization: 'octo-org', invitee: '@octocat', role: 'Admin' })).resolves.toEqual({
      id: 1,
    })
    await expect(
      inviteToOrganization(githubContext(), { organization: 'octo-org', invitee: 'mona@example.com', role: undefined }),
    ).resolves.toEqual({ id: 2 })
    expect(nock.pendingMocks()).toEqual([])
  })

  it('refuses an invitee that is neither a login nor an email, before any request', async () => {
    await expectInvalidInput(
      inviteToOrganization(githubContext(), { organization: 'octo-org', invitee: 'a@b', role: undefined }),
      'invitee',
    )
    await expectInvalidInput(
      inviteToOrganization(githubContext(), { organization: 'octo-org', invitee: 'two words', role: undefined }),
      'invitee',
    )
  })

  it('removes a member', async () => {
    nock(API).delete('/orgs/octo-org/members/octocat').reply(204)
    await expect(removeOrganizationMember(githubContext(), { organization: 'octo-org', username: 'octocat' })).resolves.toEqual({
      organization: 'octo-org',
      username: 'octocat',
      removed: true,
    })
  })
})
