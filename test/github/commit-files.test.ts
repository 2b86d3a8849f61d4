import nock from 'nock'
import { commitFiles, fileChanges, MAX_FILES_PER_COMMIT } from '../../src/github/git'
import { API, expectAllRequestsMade, expectInvalidInput, githubContext } from '../helpers/github'

const REPO = 'octocat/Hello-World'
const GIT = '/repos/octocat/Hello-World/git'
const HEAD = 'a'.repeat(40)
const BASE_TREE = 'b'.repeat(40)
const NEW_TREE = 'c'.repeat(40)
const NEW_COMMIT = 'd'.repeat(40)
const none = { committerName: undefined, committerEmail: undefined }

afterEach(expectAllRequestsMade)

function headOf(branch: string): void {
  nock(API)
    .get(`${GIT}/ref/heads/${branch}`)
    .reply(200, { ref: `refs/heads/${branch}`, object: { sha: HEAD, type: 'commit' } })
  nock(API)
    .get(`${GIT}/commits/${HEAD}`)
    .reply(200, { sha: HEAD, tree: { sha: BASE_TREE } })
}

describe('Commit Several Files at Once', () => {
  it('blobs for binary files, one tree on the head tree, one commit with the author, the branch moved without force', async () => {
    headOf('feature/x')
    nock(API)
      .post(`${GIT}/blobs`, { content: 'AAEC', encoding: 'base64' })
      .reply(201, { sha: 'e'.repeat(40) })
    nock(API)
      .post(`${GIT}/trees`, {
        base_tree: BASE_TREE,
        tree: [
          { path: 'a.md', mode: '100644', type: 'blob', content: 'A' },
          { path: 'bin/x', mode: '100644', type: 'blob', sha: 'e'.repeat(40) },
          { path: 'old.txt', mode: '100644', type: 'blob', sha: null },
        ],
      })
      .reply(201, { sha: NEW_TREE })
    nock(API)
      .post(`${GIT}/commits`, {
        message: 'Batch',
        tree: NEW_TREE,
        parents: [HEAD],
        author: { name: 'Mona', email: 'mona@example.com' },
        committer: { name: 'Mona', email: 'mona@example.com' },
      })
      .reply(201, { sha: NEW_COMMIT, message: 'Batch', html_url: `https://github.com/${REPO}/commit/${NEW_COMMIT}` })
    nock(API)
      .patch(`${GIT}/refs/heads/feature/x`, { sha: NEW_COMMIT, force: false })
      .reply(200, { object: { sha: NEW_COMMIT } })

    await expect(
      commitFiles(githubContext(), {
        repository: REPO,
        branch: 'feature/x',
        message: 'Batch',
        files: [
          { path: 'a.md', content: 'A' },
          { path: 'bin/x', content: 'AAEC', contentIsBase64: true },
          { path: 'old.txt', delete: true },
        ],
        committerName: 'Mona',
        committerEmail: 'mona@example.com',
      }),
    ).resolves.toEqual({
      repository: REPO,
      branch: 'feature/x',
      changed: true,
      commit: { sha: NEW_COMMIT, message: 'Batch', html_url: `https://github.com/${REPO}/commit/${NEW_COMMIT}` },
      written: ['a.md', 'bin/x'],
      deleted: ['old.txt'],
    })
  })

  it('the default branch when none is given; no commit when the tree does not change', async () => {
    nock(API).get('/repos/octocat/Hello-World').reply(200, { default_branch: 'main' })
    headOf('main')
    nock(API).post(`${GIT}/trees`).reply(201, { sha: BASE_TREE })
    await expect(
      commitFiles(githubContext(), {
        repository: REPO,
        branch: undefined,
        message: 'm',
        files: [{ path: 'a.md', content: 'same' }],
        ...none,
      }),
    ).resolves.toMatchObject({ changed: false, branch: 'main', commit: { sha: HEAD } })
  })

  it('a branch that moved meanwhile: a conflict saying nothing changed on it, and to run again', async () => {
    headOf('main')
    nock(API).post(`${GIT}/trees`).reply(201, { sha: NEW_TREE })
    nock(API).post(`${GIT}/commits`).reply(201, { sha: NEW_COMMIT, message: 'm', html_url: 'https://github.com/x' })
    nock(API).patch(`${GIT}/refs/heads/main`).reply(422, { message: 'Update is not a fast forward' })
    await expect(
      commitFiles(githubContext(), { repository: REPO, branch: 'main', message: 'm', files: [{ path: 'a.md', content: 'A' }], ...none }),
    ).rejects.toMatchObject({
      kind: 'conflict',
      message: expect.stringMatching(/moved while the commit.*nothing was changed.*again/) as unknown,
    })
  })

  it.each([
    [[], 'is empty'],
    [{ 'a.md': 'A' }, 'must be a list'],
    ['a.md', 'must be a list'],
    [[{ path: '../x', content: 'a' }], 'a path inside the repository'],
    [
      [
        { path: 'a', content: 'a' },
        { path: 'a', content: 'b' },
      ],
      'twice',
    ],
    [[{ path: 'a', content: 'a', delete: true }], 'choose one'],
    [[{ path: 'a' }], 'needs content'],
    [[{ path: 'a', content: 'not base64!', contentIsBase64: true }], 'not base64'],
    [[{ path: 'a', content: 'a', mode: '100755' }], 'has "mode"'],
    [Array.from({ length: MAX_FILES_PER_COMMIT + 1 }, (_, index) => ({ path: `f${index}`, content: '' })), 'at most'],
    [[{ path: 'big', content: 'x'.repeat(10 * 1024 * 1024 + 1) }], 'MiB in all'],
  ])('refuses case %# before any request', async (files, message) => {
    expect(() => fileChanges(files)).toThrow(message)
    await expectInvalidInput(commitFiles(githubContext(), { repository: REPO, branch: 'main', message: 'm', files, ...none }), 'files')
  })
})
