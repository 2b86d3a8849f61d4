import type { components } from '@octokit/openapi-types'
import { Conflict, InvalidInput, NotFound, UpstreamInvalid, ValidationFailed } from '../errors'
import * as define from '../operations/definition'
import { apiPath, apiSubPath, callApi, type GitHubContext } from './api'
import { committerOf, definitions as contentDefinitions } from './contents'
import {
  commitSha,
  optionalBoolean,
  optionalRef,
  optionalString,
  repository,
  repositoryPath,
  requiredRef,
  requiredString,
  type RepositoryRef,
} from './input'
import { defaultBranch } from './workflows'
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

// ── Commit Several Files at Once ─────────────────────────────────────────────

/** One change of Commit Several Files: a file written (text or base64), or deleted. */
export interface FileChange {
  path: string
  /** Base64 of the bytes to write; undefined when the file is deleted. */
  base64?: string
  /** Text to write (sent inline in the tree), when the change is text. */
  text?: string
}

export const MAX_FILES_PER_COMMIT = 300
export const MAX_COMMIT_BYTES = 10 * 1024 * 1024
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

/**
 * The changes as a flow gives them: a list of { path, content, contentIsBase64?, delete? }. Every entry is checked
 * before any request; a path may appear once.
 */
export function fileChanges(value: unknown): FileChange[] {
  if (!Array.isArray(value)) throw new InvalidInput('files', 'must be a list of { path, content } (or { path, delete: true }) items.')
  const entries: unknown[] = value
  if (entries.length === 0) throw new InvalidInput('files', 'is empty: give at least one file to write or delete.')
  if (entries.length > MAX_FILES_PER_COMMIT) {
    throw new InvalidInput('files', `has ${entries.length} files; one commit takes at most ${MAX_FILES_PER_COMMIT} here.`)
  }
  const seen = new Set<string>()
  let bytes = 0
  return entries.map((entry, index) => {
    const at = `item ${index + 1}`
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
      throw new InvalidInput('files', `${at} must be an object with a path.`)
    const item = entry as Record<string, unknown>
    const unknownKey = Object.keys(item).find((key) => !['path', 'content', 'contentIsBase64', 'delete'].includes(key))
    if (unknownKey !== undefined) {
      throw new InvalidInput('files', `${at} has "${unknownKey.slice(0, 40)}"; an item takes path, content, contentIsBase64 and delete.`)
    }
    let path: string
    try {
      path = repositoryPath(item['path'], 'files')
    } catch {
      throw new InvalidInput('files', `${at} needs a path inside the repository such as "docs/README.md" (no "..", "." or empty segments).`)
    }
    if (seen.has(path)) throw new InvalidInput('files', `names "${path}" twice; each file may appear once.`)
    seen.add(path)
    const remove = item['delete'] === true
    if (remove) {
      if (item['content'] !== undefined && item['content'] !== null)
        throw new InvalidInput('files', `${at} ("${path}") has content and delete: choose one.`)
      return { path }
    }
    const content = typeof item['content'] === 'number' ? String(item['content']) : item['content']
    if (typeof content !== 'string') throw new InvalidInput('files', `${at} ("${path}") needs content (text), or delete: true.`)
    if (item['contentIsBase64'] === true) {
      const compact = content.replace(/\s+/g, '')
      if (compact.length % 4 !== 0 || !BASE64.test(compact)) throw new InvalidInput('files', `${at} ("${path}") content is not base64.`)
      bytes += Math.floor((compact.length * 3) / 4)
      if (bytes > MAX_COMMIT_BYTES) throw new InvalidInput('files', `holds more than ${MAX_COMMIT_BYTES / 1024 / 1024} MiB in all.`)
      return { path, base64: compact }
    }
    bytes += Buffer.byteLength(content, 'utf8')
    if (bytes > MAX_COMMIT_BYTES) throw new InvalidInput('files', `holds more than ${MAX_COMMIT_BYTES / 1024 / 1024} MiB in all.`)
    return { path, text: content }
  })
}

export interface FilesCommitted {
  repository: string
  branch: string
  /** False when the files already were as given: no commit was made. */
  changed: boolean
  commit: { sha: string; message: string; html_url: string }
  written: string[]
  deleted: string[]
}

/**
 * Writes and deletes many files in one commit through GitHub's Git database: blobs for binary files, one tree on top of
 * the branch head's tree, one commit, then the branch moved forward (never forced). One commit and one CI run instead
 * of one per file. If the branch moved meanwhile, nothing is changed on it and the error says to run again.
 * https://docs.github.com/en/rest/git/trees#create-a-tree  https://docs.github.com/en/rest/git/commits#create-a-commit
 */
export async function commitFiles(
  github: GitHubContext,
  input: { repository: unknown; branch: unknown; message: unknown; files: unknown; committerName: unknown; committerEmail: unknown },
): Promise<FilesCommitted> {
  const ref = repository(input.repository)
  const message = requiredString(input.message, 'message', 10_000)
  const changes = fileChanges(input.files)
  const author = committerOf(input.committerName, input.committerEmail)
  const branch = optionalRef(input.branch, 'branch') ?? (await defaultBranch(github, ref))
  const base = apiPath`/repos/${ref.owner}/${ref.repo}/git`
  const onBranch = `branch "${branch}" of repository ${fullName(ref)}`

  const sha = (value: unknown, what: string): string => {
    if (typeof value !== 'string' || !/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(value)) {
      throw new UpstreamInvalid(`GitHub's answer for ${what} of ${onBranch} has no commit or tree SHA; nothing was changed on the branch.`)
    }
    return value
  }
  const { data: refAnswer } = await callApi(github, {
    operation: 'git/get-ref',
    method: 'GET',
    path: `${base}/ref/heads/${apiSubPath(branch)}`,
    subject: onBranch,
  })
  const head = sha(refAnswer?.object?.sha, 'the branch head')
  const { data: headCommit } = await callApi(github, {
    operation: 'git/get-commit',
    method: 'GET',
    path: `${base}/commits/${head}`,
    subject: `the head commit of ${onBranch}`,
  })
  const baseTree = sha(headCommit?.tree?.sha, 'the head tree')
  const tree = []
  for (const change of changes) {
    if (change.text !== undefined) tree.push({ path: change.path, mode: '100644' as const, type: 'blob' as const, content: change.text })
    else if (change.base64 !== undefined) {
      const { data } = await callApi(github, {
        operation: 'git/create-blob',
        method: 'POST',
        path: `${base}/blobs`,
        body: { content: change.base64, encoding: 'base64' },
        subject: `the content of "${change.path}" in ${fullName(ref)}`,
      })
      tree.push({
        path: change.path,
        mode: '100644' as const,
        type: 'blob' as const,
        sha: sha(data?.sha, `the content of "${change.path}"`),
      })
    } else tree.push({ path: change.path, mode: '100644' as const, type: 'blob' as const, sha: null })
  }
  const { data: treeAnswer } = await callApi(github, {
    operation: 'git/create-tree',
    method: 'POST',
    path: `${base}/trees`,
    body: { base_tree: baseTree, tree },
    subject: `the new files of ${onBranch}`,
  })
  const newTree = sha(treeAnswer?.sha, 'the new tree')
  const written = changes.filter((change) => change.base64 !== undefined || change.text !== undefined).map((change) => change.path)
  const deleted = changes.filter((change) => change.base64 === undefined && change.text === undefined).map((change) => change.path)
  const result = { repository: fullName(ref), branch, written, deleted }
  const web = `${github.server.webOrigin}/${encodeURIComponent(ref.owner)}/${encodeURIComponent(ref.repo)}/commit`
  if (newTree === baseTree) return { ...result, changed: false, commit: { sha: head, message: '', html_url: `${web}/${head}` } }

  const { data: commit } = await callApi(github, {
    operation: 'git/create-commit',
    method: 'POST',
    path: `${base}/commits`,
    body: { message, tree: newTree, parents: [head], ...(author && { author, committer: author }) },
    subject: `a commit on ${onBranch}`,
  })
  const newCommit = sha(commit?.sha, 'the new commit')
  try {
    await callApi(github, {
      operation: 'git/update-ref',
      method: 'PATCH',
      path: `${base}/refs/heads/${apiSubPath(branch)}`,
      body: { sha: newCommit, force: false },
      subject: onBranch,
    })
  } catch (error) {
    if (error instanceof ValidationFailed && /fast.?forward/i.test(error.upstream?.message ?? '')) {
      throw new Conflict(
        `${onBranch} moved while the commit was being made (someone pushed to it); nothing was changed on the branch. Run the action again to commit on top of the new head.`,
      )
    }
    throw error
  }
  return {
    ...result,
    changed: true,
    commit: { sha: newCommit, message: commit.message ?? message, html_url: commit.html_url ?? `${web}/${newCommit}` },
  }
}

export const definitions = {
  commitFiles: define.action({
    label: 'Commit Several Files at Once',
    route: 'POST /commit-files',
    category: 'Files',
    description:
      'Writes and deletes many files in a single commit on a branch (one commit and one CI run instead of one per file), then moves the branch forward; if someone pushed meanwhile, nothing changes on the branch and the error says to run again. Returns the commit, the files written and deleted, and changed: false when the files already were as given (no commit made).',
    requires: { scope: 'repo', permission: 'Contents: write' },
    params: [
      param.repository,
      define.paramNamed(contentDefinitions.createOrUpdateFile.params, 'branch'),
      {
        type: 'String',
        label: 'Commit Message',
        name: 'message',
        required: true,
        description: 'The message of the one commit, e.g. Update the docs.',
      },
      {
        type: 'Array',
        label: 'Files',
        name: 'files',
        required: true,
        description: `The changes, at most ${MAX_FILES_PER_COMMIT} (10 MiB in all): a list of { "path": "docs/a.md", "content": "text" } (add "contentIsBase64": true for binary content) and { "path": "old.txt", "delete": true }.`,
      },
      param.committerName,
      param.committerEmail,
    ],
    sample: {
      repository: 'octocat/Hello-World',
      branch: 'main',
      changed: true,
      commit: {
        sha: '7638417db6d59f3c431d3e1f261cc637155684cd',
        message: 'Update the docs',
        html_url: 'https://github.com/octocat/Hello-World/commit/7638417db6d59f3c431d3e1f261cc637155684cd',
      },
      written: ['docs/a.md', 'docs/b.md'],
      deleted: ['old.txt'],
    },
    run: commitFiles,
  }),
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
