import type { components } from '@octokit/openapi-types'
import { InvalidInput, NotFound } from '../errors'
import * as define from '../operations/definition'
import { apiPath, apiSubPath, callApi, type GitHubContext } from './api'
import { commitSha, optionalBoolean, optionalString, repository, requiredRef, type RepositoryRef } from './input'
import * as param from './params'

/**
 * Branches and refs below the pull request level: find a branch, read and move a ref, merge one branch into another.
 * https://docs.github.com/en/rest/branches/branches and https://docs.github.com/en/rest/git/refs
 */

type Branch = components['schemas']['branch-with-protection']
type GitRef = components['schemas']['git-ref']
type Commit = components['schemas']['commit']

const KINDS = { Branch: 'heads', Tag: 'tags' } as const
const fullName = (ref: RepositoryRef): string => `${ref.owner}/${ref.repo}`

/**
 * GET /repos/{owner}/{repo}/branches/{branch}. A branch that does not exist is an answer (found: false), so a flow can
 * branch on it; a repository that cannot be seen is still an error.
 */
export async function getBranch(
  github: GitHubContext,
  input: { repository: unknown; branch: unknown },
): Promise<{ found: boolean; repository: string; name: string; branch: Branch | null }> {
  const ref = repository(input.repository)
  const name = requiredRef(input.branch, 'branch', 'the branch name, e.g. main')
  const path = apiPath`/repos/${ref.owner}/${ref.repo}/branches/${name}`
  try {
    const { data } = await callApi(github, {
      operation: 'repos/get-branch',
      method: 'GET',
      path,
      subject: `branch "${name}" of repository ${fullName(ref)}`,
    })
    return { found: true, repository: fullName(ref), name, branch: data }
  } catch (error) {
    // GitHub says "Branch not found" when the repository is there and the branch is not; plain "Not Found" otherwise.
    if (error instanceof NotFound && /branch not found/i.test(error.upstream?.message ?? '')) {
      return { found: false, repository: fullName(ref), name, branch: null }
    }
    throw error
  }
}

function refPath(kind: 'heads' | 'tags', name: string): string {
  return `${kind}/${apiSubPath(name)}`
}

/** GET /repos/{owner}/{repo}/git/ref/{ref} */
export async function getRef(github: GitHubContext, input: { repository: unknown; kind: unknown; name: unknown }): Promise<GitRef> {
  const ref = repository(input.repository)
  const kind = KINDS[(optionalString(input.kind, 'kind', 10) ?? 'Branch') as keyof typeof KINDS] ?? invalidKind()
  const name = requiredRef(input.name, 'name', 'the branch or tag name')
  const path = apiPath`/repos/${ref.owner}/${ref.repo}/git/ref/` + refPath(kind, name)
  return (
    await callApi(github, {
      operation: 'git/get-ref',
      method: 'GET',
      path,
      subject: `${kind === 'heads' ? 'branch' : 'tag'} "${name}" of repository ${fullName(ref)}`,
    })
  ).data
}

function invalidKind(): never {
  throw new InvalidInput('kind', 'must be one of: Branch, Tag.')
}

/**
 * PATCH /repos/{owner}/{repo}/git/refs/{ref}: moves a branch or tag to a commit. Only forward (the commit must contain
 * the current one) unless Force is on, which can drop commits from the branch.
 */
export async function updateRef(
  github: GitHubContext,
  input: { repository: unknown; kind: unknown; name: unknown; sha: unknown; force: unknown },
): Promise<GitRef> {
  const ref = repository(input.repository)
  const kind = KINDS[(optionalString(input.kind, 'kind', 10) ?? 'Branch') as keyof typeof KINDS] ?? invalidKind()
  const name = requiredRef(input.name, 'name', 'the branch or tag name')
  const sha = commitSha(input.sha, 'sha')
  const force = optionalBoolean(input.force, 'force') ?? false
  const path = apiPath`/repos/${ref.owner}/${ref.repo}/git/refs/` + refPath(kind, name)
  const subject = `${kind === 'heads' ? 'branch' : 'tag'} "${name}" of repository ${fullName(ref)}`
  return (await callApi(github, { operation: 'git/update-ref', method: 'PATCH', path, body: { sha, force }, subject })).data
}

/**
 * POST /repos/{owner}/{repo}/merges: merges Head into the Base branch with a merge commit, no pull request. GitHub
 * answers 204 when Base already has everything (merged: false), 409 on a conflict.
 */
export async function mergeBranch(
  github: GitHubContext,
  input: { repository: unknown; base: unknown; head: unknown; commitMessage: unknown },
): Promise<{ merged: boolean; repository: string; base: string; head: string; commit: Commit | null }> {
  const ref = repository(input.repository)
  const base = requiredRef(input.base, 'base', 'the branch to merge into')
  const head = requiredRef(input.head, 'head', 'the branch, tag or commit SHA to merge')
  const message = optionalString(input.commitMessage, 'commitMessage', 10_000)
  const { status, data } = await callApi(github, {
    operation: 'repos/merge',
    method: 'POST',
    path: apiPath`/repos/${ref.owner}/${ref.repo}/merges`,
    body: { base, head, ...(message && { commit_message: message }) },
    subject: `the merge of "${head}" into "${base}" in repository ${fullName(ref)}`,
  })
  return { merged: status === 201, repository: fullName(ref), base, head, commit: status === 201 ? data : null }
}

// ── Operations ───────────────────────────────────────────────────────────────

const COMMIT_SAMPLE = {
  sha: '7fd1a60b01f91b314f59955a4e4d4e80d8edf11d',
  url: 'https://api.github.com/repos/octocat/Hello-World/commits/7fd1a60b01f91b314f59955a4e4d4e80d8edf11d',
  html_url: 'https://github.com/octocat/Hello-World/commit/7fd1a60b01f91b314f59955a4e4d4e80d8edf11d',
  commit: {
    message: 'Merge pull request #6 from Spaceghost/patch-1',
    author: { name: 'The Octocat', email: 'octocat@nowhere.com', date: '2012-03-06T23:06:50Z' },
  },
}
const REF_SAMPLE = {
  ref: 'refs/heads/featureA',
  node_id: 'MDM6UmVmcmVmcy9oZWFkcy9mZWF0dXJlQQ==',
  url: 'https://api.github.com/repos/octocat/Hello-World/git/refs/heads/featureA',
  object: {
    type: 'commit',
    sha: 'aa218f56b14c9653891f9e74264a383fa43fefbd',
    url: 'https://api.github.com/repos/octocat/Hello-World/git/commits/aa218f56b14c9653891f9e74264a383fa43fefbd',
  },
}
const kindParam = {
  type: 'String',
  label: 'Kind',
  name: 'kind',
  defaultValue: 'Branch',
  uiComponent: { type: 'DROPDOWN', options: { values: Object.keys(KINDS) } },
  description: 'Whether Name is a branch or a tag.',
} as const
const nameParam = {
  type: 'String',
  label: 'Name',
  name: 'name',
  required: true,
  dictionary: 'getBranchesDictionary',
  dependsOn: ['repository'],
  description: 'The branch or tag name, e.g. main or v1.0.0.',
} as const
const branchParam = (label: string, name: string, description: string) =>
  ({ type: 'String', label, name, required: true, dictionary: 'getBranchesDictionary', dependsOn: ['repository'], description }) as const

export const definitions = {
  getBranch: define.action({
    label: 'Get Branch',
    route: 'GET /get-branch',
    category: 'Repositories',
    description:
      'Finds a branch by name: found is false when the repository has no such branch (not an error, so a flow can branch on it); otherwise the branch with its head commit and whether it is protected.',
    requires: { scope: 'repo', permission: 'Contents: read' },
    params: [param.repository, branchParam('Branch', 'branch', 'The branch name, e.g. main or feature/login.')],
    sample: {
      found: true,
      repository: 'octocat/Hello-World',
      name: 'main',
      branch: {
        name: 'main',
        commit: COMMIT_SAMPLE,
        _links: {
          html: 'https://github.com/octocat/Hello-World/tree/main',
          self: 'https://api.github.com/repos/octocat/Hello-World/branches/main',
        },
        protected: true,
        protection_url: 'https://api.github.com/repos/octocat/Hello-World/branches/main/protection',
      },
    },
    run: getBranch,
  }),
  getRef: define.action({
    label: 'Get Ref',
    route: 'GET /get-ref',
    category: 'Repositories',
    description:
      'Returns the commit a branch or tag points to (its git reference). Fails with not found when there is no such branch or tag.',
    requires: { scope: 'repo', permission: 'Contents: read' },
    params: [param.repository, kindParam, nameParam],
    sample: REF_SAMPLE,
    run: getRef,
  }),
  updateRef: define.action({
    label: 'Update Ref',
    route: 'PUT /update-ref',
    category: 'Repositories',
    description:
      'Moves a branch or tag to another commit: only forward (the new commit must contain the current one) unless Force is on, which can drop commits from the branch. Returns the reference.',
    requires: { scope: 'repo', permission: 'Contents: write' },
    params: [
      param.repository,
      kindParam,
      nameParam,
      { type: 'String', label: 'Commit SHA', name: 'sha', required: true, description: 'The full SHA of the commit to point to.' },
      {
        type: 'Boolean',
        label: 'Force',
        name: 'force',
        defaultValue: false,
        uiComponent: { type: 'TOGGLE' },
        description: 'On: move it even if commits are lost from it (like git push --force).',
      },
    ],
    sample: REF_SAMPLE,
    run: updateRef,
  }),
  mergeBranch: define.action({
    label: 'Merge a Branch',
    route: 'POST /merge-branch',
    category: 'Repositories',
    description:
      'Merges a branch, tag or commit into a branch with a merge commit, without a pull request. merged is false when the base already had everything; a conflict fails with the files left to resolve in a pull request. Returns the merge commit.',
    requires: { scope: 'repo', permission: 'Contents: write' },
    params: [
      param.repository,
      branchParam('Base Branch', 'base', 'The branch to merge into, e.g. main.'),
      branchParam('Head', 'head', 'The branch, tag or commit SHA to merge, e.g. feature/login.'),
      {
        type: 'String',
        label: 'Commit Message',
        name: 'commitMessage',
        uiComponent: { type: 'MULTI_LINE_TEXT' },
        description: 'Empty: "Merge <head> into <base>".',
      },
    ],
    sample: { merged: true, repository: 'octocat/Hello-World', base: 'main', head: 'feature/login', commit: COMMIT_SAMPLE },
    run: mergeBranch,
  }),
}
