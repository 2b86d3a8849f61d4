import nock from 'nock'
import { NotFound } from '../../src/errors'
import { getBranch, getRef, mergeBranch, updateRef } from '../../src/github/git'
import { API, expectInvalidInput, githubContext } from '../helpers/github'

const REPO = 'octocat/Hello-World'
const BASE = '/repos/octocat/Hello-World'
const SHA = 'aa218f56b14c9653891f9e74264a383fa43fefbd'

describe('branches and refs', () => {
  it('finds a branch, and answers found: false (not an error) when GitHub says the branch is not there', async () => {
    nock(API).get(`${BASE}/branches/feature%2Flogin`).reply(200, { name: 'feature/login', protected: false })
    await expect(getBranch(githubContext(), { repository: REPO, branch: 'feature/login' })).resolves.toMatchObject({
      found: true,
      branch: { name: 'feature/login' },
    })
    nock(API).get(`${BASE}/branches/gone`).reply(404, { message: 'Branch not found', documentation_url: 'https://docs.github.com' })
    await expect(getBranch(githubContext(), { repository: REPO, branch: 'gone' })).resolves.toEqual({
      found: false,
      repository: REPO,
      name: 'gone',
      branch: null,
    })
  })

  it('still fails when the repository itself is not found', async () => {
    nock(API).get(`${BASE}/branches/main`).reply(404, { message: 'Not Found', documentation_url: 'https://docs.github.com' })
    await expect(getBranch(githubContext(), { repository: REPO, branch: 'main' })).rejects.toThrow(NotFound)
  })

  it('reads and moves a branch or a tag, forward unless forced', async () => {
    nock(API).get(`${BASE}/git/ref/tags/v1.0.0`).reply(200, { ref: 'refs/tags/v1.0.0' })
    await expect(getRef(githubContext(), { repository: REPO, kind: 'Tag', name: 'v1.0.0' })).resolves.toMatchObject({
      ref: 'refs/tags/v1.0.0',
    })
    const scope = nock(API)
      .patch(`${BASE}/git/refs/heads/feature/login`, { sha: SHA, force: true })
      .reply(200, { ref: 'refs/heads/feature/login' })
    await updateRef(githubContext(), { repository: REPO, kind: undefined, name: 'feature/login', sha: SHA, force: true })
    expect(scope.isDone()).toBe(true)
    await expectInvalidInput(updateRef(githubContext(), { repository: REPO, kind: 'Note', name: 'x', sha: SHA, force: undefined }), 'kind')
    await expectInvalidInput(
      updateRef(githubContext(), { repository: REPO, kind: undefined, name: 'x', sha: 'main', force: undefined }),
      'sha',
    )
  })

  it('merges a branch (201), or says there was nothing to merge (204)', async () => {
    nock(API).post(`${BASE}/merges`, { base: 'main', head: 'feature', commit_message: 'Ship it' }).reply(201, { sha: SHA })
    await expect(
      mergeBranch(githubContext(), { repository: REPO, base: 'main', head: 'feature', commitMessage: 'Ship it' }),
    ).resolves.toMatchObject({
      merged: true,
      commit: { sha: SHA },
    })
    nock(API).post(`${BASE}/merges`).reply(204)
    await expect(
      mergeBranch(githubContext(), { repository: REPO, base: 'main', head: 'feature', commitMessage: undefined }),
    ).resolves.toMatchObject({
      merged: false,
      commit: null,
    })
  })
})
