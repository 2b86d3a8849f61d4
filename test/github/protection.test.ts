import nock from 'nock'
import { getBranchProtection, mergedProtection, updateBranchProtection } from '../../src/github/protection'
import { API, expectAllRequestsMade, expectInvalidInput, githubContext } from '../helpers/github'

const REPO = 'octocat/Hello-World'
const PROTECTION = '/repos/octocat/Hello-World/branches/main/protection'
const unchanged = {
  requirePullRequest: undefined,
  requiredApprovals: undefined,
  dismissStaleReviews: undefined,
  requireCodeOwnerReviews: undefined,
  requireStatusChecks: undefined,
  requiredStatusChecks: undefined,
  strictStatusChecks: undefined,
  enforceAdmins: undefined,
}
const CURRENT = {
  required_status_checks: { strict: true, contexts: ['ci'], checks: [{ context: 'ci', app_id: 15368 }] },
  required_pull_request_reviews: { dismiss_stale_reviews: true, require_code_owner_reviews: true, required_approving_review_count: 2 },
  enforce_admins: { url: 'x', enabled: true },
  restrictions: { users: [{ login: 'octocat' }], teams: [{ slug: 'core' }], apps: [{ slug: 'deploy-bot' }] },
  required_linear_history: { enabled: true },
  allow_force_pushes: { enabled: false },
  allow_deletions: { enabled: false },
}

afterEach(expectAllRequestsMade)

describe('Update Branch Protection', () => {
  it('changes only what is given and keeps the rest (restrictions, pinned apps, linear history)', async () => {
    nock(API).get(PROTECTION).reply(200, CURRENT)
    nock(API)
      .put(PROTECTION, {
        required_status_checks: { strict: true, contexts: ['ci'], checks: [{ context: 'ci', app_id: 15368 }] },
        enforce_admins: true,
        required_pull_request_reviews: {
          required_approving_review_count: 1,
          dismiss_stale_reviews: true,
          require_code_owner_reviews: true,
          require_last_push_approval: false,
        },
        restrictions: { users: ['octocat'], teams: ['core'], apps: ['deploy-bot'] },
        required_linear_history: true,
        allow_force_pushes: false,
        allow_deletions: false,
        required_conversation_resolution: false,
      })
      .reply(200, { url: 'x' })
    await expect(
      updateBranchProtection(githubContext(), { ...unchanged, repository: REPO, branch: 'main', requiredApprovals: 1 }),
    ).resolves.toEqual({
      url: 'x',
    })
  })

  it('protects an unprotected branch with only what is asked (pull requests need 1 approval by default)', () => {
    expect(mergedProtection(undefined, { ...unchanged, requirePullRequest: true })).toMatchObject({
      required_status_checks: null,
      enforce_admins: false,
      required_pull_request_reviews: { required_approving_review_count: 1 },
      restrictions: null,
    })
  })

  it('turning a rule off removes it; a list of checks replaces the old one', () => {
    const body = mergedProtection(CURRENT as never, { ...unchanged, requirePullRequest: false, requiredStatusChecks: ['build', 'test'] })
    expect(body.required_pull_request_reviews).toBeNull()
    expect(body.required_status_checks).toEqual({
      strict: true,
      contexts: ['build', 'test'],
      checks: [{ context: 'build' }, { context: 'test' }],
    })
  })

  it('an unprotected branch is read as protected: false; a missing branch stays an error', async () => {
    nock(API).get(PROTECTION).reply(404, { message: 'Branch not protected' })
    await expect(getBranchProtection(githubContext(), { repository: REPO, branch: 'main' })).resolves.toEqual({
      repository: REPO,
      branch: 'main',
      protected: false,
      protection: null,
    })
    nock(API).get(PROTECTION).reply(404, { message: 'Branch not found' })
    await expect(getBranchProtection(githubContext(), { repository: REPO, branch: 'main' })).rejects.toMatchObject({ kind: 'not_found' })
  })

  it.each([
    [{}, 'requirePullRequest'],
    [{ requirePullRequest: false, requiredApprovals: 2 }, 'requirePullRequest'],
    [{ requireStatusChecks: false, strictStatusChecks: true }, 'requireStatusChecks'],
    [{ requiredApprovals: 7 }, 'requiredApprovals'],
  ])('refuses %j before any request', async (settings, parameter) => {
    await expectInvalidInput(
      updateBranchProtection(githubContext(), { ...unchanged, repository: REPO, branch: 'main', ...settings }),
      parameter,
    )
  })
})
