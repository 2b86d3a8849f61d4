import nock from 'nock'
import { addTeamMember, addTeamRepository, createTeam, teamSlug, updateTeam } from '../../src/github/teams'
import { API, expectAllRequestsMade, expectInvalidInput, githubContext } from '../helpers/github'

afterEach(expectAllRequestsMade)

describe('teams', () => {
  it.each([
    ['justice-league', 'justice-league'],
    ['Justice League', 'justice-league'],
    ['Ops  Infra', 'ops-infra'],
  ])('a team is named by its slug: %j → %s', (given, slug) => {
    expect(teamSlug(given)).toBe(slug)
  })

  it('creates a secret team unless asked', async () => {
    nock(API).post('/orgs/octo-org/teams', { name: 'Ops', privacy: 'secret' }).reply(201, { slug: 'ops' })
    await expect(
      createTeam(githubContext(), { organization: 'octo-org', name: 'Ops', description: '', privacy: undefined }),
    ).resolves.toEqual({
      slug: 'ops',
    })
  })

  it('adds a maintainer, and gives a repository a permission by its friendly name', async () => {
    nock(API)
      .put('/orgs/octo-org/teams/ops/memberships/octocat', { role: 'maintainer' })
      .reply(200, { role: 'maintainer', state: 'pending' })
    await expect(
      addTeamMember(githubContext(), { organization: 'octo-org', team: 'Ops', username: '@octocat', role: 'Maintainer' }),
    ).resolves.toMatchObject({ username: 'octocat', state: 'pending' })
    nock(API).put('/orgs/octo-org/teams/ops/repos/octo-org/app', { permission: 'maintain' }).reply(204)
    await expect(
      addTeamRepository(githubContext(), { organization: 'octo-org', team: 'ops', repository: 'octo-org/app', permission: 'Maintain' }),
    ).resolves.toEqual({ organization: 'octo-org', team: 'ops', repository: 'octo-org/app', permission: 'maintain' })
  })

  it('a 404 on a team repository says it needs admin on the repository too', async () => {
    nock(API).put('/orgs/octo-org/teams/ops/repos/octo-org/app').reply(404, { message: 'Not Found' })
    await expect(
      addTeamRepository(githubContext(), { organization: 'octo-org', team: 'ops', repository: 'octo-org/app', permission: undefined }),
    ).rejects.toThrow(/admin access to the repository/)
  })

  it('refuses an update with nothing to change, and a team that is no slug, before any request', async () => {
    await expectInvalidInput(
      updateTeam(githubContext(), { organization: 'octo-org', team: 'ops', name: '', description: undefined, privacy: undefined }),
      'name',
    )
    await expectInvalidInput(
      updateTeam(githubContext(), { organization: 'octo-org', team: '!!!', name: 'x', description: undefined, privacy: undefined }),
      'team',
    )
    await expectInvalidInput(
      updateTeam(githubContext(), { organization: 'octo-org', team: 'a/../b', name: 'x', description: undefined, privacy: undefined }),
      'team',
    )
  })
})
