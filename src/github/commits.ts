import type { components } from '@octokit/openapi-types'
import * as define from '../operations/definition'
import { apiPath, callApi, type GitHubContext } from './api'
import { commitSha, listOptions, repository, requiredRef } from './input'
import { listAll, type ListResult } from './pagination'
import * as param from './params'

/** One commit, two refs compared, the pull requests of a commit: https://docs.github.com/en/rest/commits/commits */

type Commit = components['schemas']['commit']
type Comparison = components['schemas']['commit-comparison']
type PullRequestSimple = components['schemas']['pull-request-simple']

/** GET /repos/{owner}/{repo}/commits/{ref}: the commit with its files and line counts. */
export async function getCommit(github: GitHubContext, input: { repository: unknown; ref: unknown }): Promise<Commit> {
  const ref = repository(input.repository)
  const at = requiredRef(input.ref, 'ref', 'the branch, tag or commit SHA to read')
  const path = apiPath`/repos/${ref.owner}/${ref.repo}/commits/${at}`
  const subject = `commit "${at}" of repository ${ref.owner}/${ref.repo}`
  return (await callApi(github, { operation: 'repos/get-commit', method: 'GET', path, subject })).data
}

/**
 * GET /repos/{owner}/{repo}/compare/{base}...{head}: what head has that base does not (ahead_by, commits, files) and
 * what it lacks (behind_by), from their merge base.
 */
export async function compareRefs(
  github: GitHubContext,
  input: { repository: unknown; base: unknown; head: unknown },
): Promise<Comparison> {
  const ref = repository(input.repository)
  const base = requiredRef(input.base, 'base', 'the branch, tag or commit SHA to compare from')
  const head = requiredRef(input.head, 'head', 'the branch, tag or commit SHA to compare')
  // "..." separates the two refs; a ref cannot contain ".." (optionalRef), so the split is unambiguous.
  const path = apiPath`/repos/${ref.owner}/${ref.repo}/compare/${`${base}...${head}`}`
  const subject = `the comparison of "${base}" and "${head}" in repository ${ref.owner}/${ref.repo}`
  return (await callApi(github, { operation: 'repos/compare-commits-with-basehead', method: 'GET', path, subject })).data
}

/** GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls: the pull requests that contain a commit, or merged it. */
export async function listCommitPullRequests(
  github: GitHubContext,
  input: { repository: unknown; sha: unknown; fetchAll: unknown; limit: unknown; cursor: unknown },
): Promise<ListResult<PullRequestSimple>> {
  const ref = repository(input.repository)
  const sha = commitSha(input.sha, 'sha')
  const path = apiPath`/repos/${ref.owner}/${ref.repo}/commits/${sha}/pulls`
  const subject = `the pull requests of commit ${sha.slice(0, 7)} in repository ${ref.owner}/${ref.repo}`
  const call = { operation: 'repos/list-pull-requests-associated-with-commit' as const, method: 'GET' as const, path, subject }
  return listAll(github, call, listOptions(input.fetchAll, input.limit, input.cursor))
}

// ── Operations ───────────────────────────────────────────────────────────────

/** A commit as GitHub documents it: the sample of every operation that answers commits. */
export const COMMIT_SAMPLE = {
  sha: '6dcb09b5b57875f334f61aebed695e2e4193db5e',
  url: 'https://api.github.com/repos/octocat/Hello-World/commits/6dcb09b5b57875f334f61aebed695e2e4193db5e',
  html_url: 'https://github.com/octocat/Hello-World/commit/6dcb09b5b57875f334f61aebed695e2e4193db5e',
  commit: {
    author: { name: 'Monalisa Octocat', email: 'support@github.com', date: '2011-04-14T16:00:49Z' },
    committer: { name: 'Monalisa Octocat', email: 'support@github.com', date: '2011-04-14T16:00:49Z' },
    message: 'Fix all the bugs',
    comment_count: 0,
  },
  author: { login: 'octocat', id: 1, type: 'User' as const },
  parents: [{ sha: '6dcb09b5b57875f334f61aebed695e2e4193db5e', url: 'https://api.github.com/repos/octocat/Hello-World/commits/6dcb09b' }],
}

const FILE_SAMPLE = {
  filename: 'file1.txt',
  additions: 10,
  deletions: 2,
  changes: 12,
  status: 'modified' as const,
  raw_url: 'https://github.com/octocat/Hello-World/raw/7ca483543807a51b6079e54ac4cc392bc29ae284/file1.txt',
  blob_url: 'https://github.com/octocat/Hello-World/blob/7ca483543807a51b6079e54ac4cc392bc29ae284/file1.txt',
  patch: '@@ -29,7 +29,7 @@\n.....',
}

const READ = { scope: 'repo', permission: 'Contents: read' } as const

export const definitions = {
  getCommit: define.action({
    label: 'Get Commit',
    route: 'GET /get-commit',
    category: 'Commits and Checks',
    description:
      "Returns one commit (by SHA, or a branch's or tag's latest) with its message, author, parents, the files it changed with their patches, and its line counts.",
    requires: READ,
    params: [param.repository, { ...param.gitRef('The commit SHA, or a branch or tag for its latest commit.'), required: true }],
    sample: { ...COMMIT_SAMPLE, stats: { additions: 104, deletions: 4, total: 108 }, files: [FILE_SAMPLE] },
    run: getCommit,
  }),
  compareRefs: define.action({
    label: 'Compare Two Refs',
    route: 'GET /compare-refs',
    category: 'Commits and Checks',
    description:
      'Compares two branches, tags or commits from their merge base: status (ahead, behind, diverged or identical), how many commits head is ahead and behind, the commits (up to 250) and the files changed.',
    requires: READ,
    params: [
      param.repository,
      { ...param.gitRef('Compare from this branch, tag or commit SHA, e.g. main.'), label: 'Base', name: 'base', required: true },
      {
        ...param.gitRef('Compare this branch, tag or commit SHA to the base, e.g. feature/login.'),
        label: 'Head',
        name: 'head',
        required: true,
      },
    ],
    sample: {
      url: 'https://api.github.com/repos/octocat/Hello-World/compare/main...topic',
      html_url: 'https://github.com/octocat/Hello-World/compare/main...topic',
      status: 'ahead',
      ahead_by: 1,
      behind_by: 0,
      total_commits: 1,
      base_commit: COMMIT_SAMPLE,
      merge_base_commit: COMMIT_SAMPLE,
      commits: [COMMIT_SAMPLE],
      files: [FILE_SAMPLE],
    },
    run: compareRefs,
  }),
  listCommitPullRequests: define.action({
    label: 'List Pull Requests of a Commit',
    route: 'GET /list-commit-pull-requests',
    category: 'Commits and Checks',
    description:
      'Lists the pull requests that contain a commit, or that merged it into the default branch. Returns the pull requests and a cursor for the next page.',
    requires: { scope: 'repo', permission: 'Pull requests: read' },
    params: [
      param.repository,
      { type: 'String', label: 'Commit SHA', name: 'sha', required: true, description: "The commit's full SHA (40 characters)." },
      param.fetchAll,
      param.limit,
      param.cursor,
    ],
    sample: {
      items: [
        {
          url: 'https://api.github.com/repos/octocat/Hello-World/pulls/1347',
          id: 1,
          html_url: 'https://github.com/octocat/Hello-World/pull/1347',
          number: 1347,
          state: 'open',
          locked: false,
          title: 'Amazing new feature',
          user: { login: 'octocat', id: 1, type: 'User' },
          body: 'Please pull these awesome changes in!',
          created_at: '2011-01-26T19:01:12Z',
          updated_at: '2011-01-26T19:01:12Z',
          closed_at: null,
          merged_at: null,
          merge_commit_sha: 'e5bd3914e2e596debea16f433f57875b5b90bcd6',
          draft: false,
          head: { label: 'octocat:new-topic', ref: 'new-topic', sha: '6dcb09b5b57875f334f61aebed695e2e4193db5e' },
          base: { label: 'octocat:master', ref: 'master', sha: '6dcb09b5b57875f334f61aebed695e2e4193db5e' },
        },
      ],
      nextCursor: null,
    },
    run: listCommitPullRequests,
  }),
}
