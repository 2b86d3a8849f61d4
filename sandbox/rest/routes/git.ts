import type { components } from '@octokit/openapi-types'
import {
  ApiError,
  DOCUMENTATION_URL,
  bodyObject,
  conflict,
  optionalBooleanField,
  optionalStringField,
  requiredStringField,
  validationFailed,
  type ApiRequest,
  type Router,
} from '../http'
import { createHash, randomBytes } from 'node:crypto'
import { ancestorsOf, blobSha, type Blob, type Commit, type Repository } from '../state'
import { repositoryFor, type World } from '../world'

/**
 * A branch, moving a ref, merging one branch into another without a pull request:
 * https://docs.github.com/en/rest/branches/branches#get-a-branch, https://docs.github.com/en/rest/git/refs#update-a-reference,
 * https://docs.github.com/en/rest/branches/branches#merge-a-branch. GitHub's rules kept: a ref moves only forward
 * unless forced; a merge of a head the base already contains is 204; both sides changing one file is 409.
 */
type Schemas = components['schemas']

export function gitRoutes(router: Router, world: World): void {
  const { state, render } = world

  router.add('GET', '/repos/:owner/:repo/branches/:branch', (request) => {
    const repo = repositoryFor(world, request)
    const name = request.params['branch'] ?? ''
    const sha = repo.branches.get(name)
    const commit = sha ? repo.commits.get(sha) : undefined
    if (!commit) throw new ApiError(404, { message: 'Branch not found', documentation_url: DOCUMENTATION_URL, status: '404' })
    const api = `${render.api}/repos/${repo.owner.login}/${repo.name}/branches/${encodeURIComponent(name)}`
    const isProtected = repo.protectedBranches.has(name)
    const body: Schemas['branch-with-protection'] = {
      name,
      commit: render.commit(repo, commit),
      _links: { html: `${render.web}/${repo.owner.login}/${repo.name}/tree/${name}`, self: api },
      protected: isProtected,
      protection: { enabled: isProtected, required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] } },
      protection_url: `${api}/protection`,
    }
    return { status: 200, body }
  })

  // ── Branch protection: https://docs.github.com/en/rest/branches/branch-protection ──
  // PUT replaces the whole protection, as on GitHub; a branch protected in the seed without a stored one has a default.
  interface Protection {
    checks: { strict: boolean; contexts: string[] } | null
    enforceAdmins: boolean
    reviews: { count: number; dismissStale: boolean; codeOwners: boolean; lastPush: boolean } | null
    linearHistory: boolean
    forcePushes: boolean
    deletions: boolean
    conversationResolution: boolean
  }
  const protections = new WeakMap<Repository, Map<string, Protection>>()
  const protectionOf = (repo: Repository, branch: string): Protection | undefined => {
    const stored = protections.get(repo)?.get(branch)
    if (stored) return stored
    if (!repo.protectedBranches.has(branch)) return undefined
    return {
      checks: null,
      enforceAdmins: false,
      reviews: { count: 1, dismissStale: false, codeOwners: false, lastPush: false },
      linearHistory: false,
      forcePushes: false,
      deletions: false,
      conversationResolution: false,
    }
  }
  const renderProtection = (repo: Repository, branch: string, protection: Protection) => {
    const url = `${render.api}/repos/${repo.owner.login}/${repo.name}/branches/${encodeURIComponent(branch)}/protection`
    return {
      url,
      ...(protection.checks && {
        required_status_checks: {
          url: `${url}/required_status_checks`,
          strict: protection.checks.strict,
          contexts: protection.checks.contexts,
          checks: protection.checks.contexts.map((context) => ({ context, app_id: null })),
          contexts_url: `${url}/required_status_checks/contexts`,
        },
      }),
      ...(protection.reviews && {
        required_pull_request_reviews: {
          url: `${url}/required_pull_request_reviews`,
          dismiss_stale_reviews: protection.reviews.dismissStale,
          require_code_owner_reviews: protection.reviews.codeOwners,
          required_approving_review_count: protection.reviews.count,
          require_last_push_approval: protection.reviews.lastPush,
        },
      }),
      required_signatures: { url: `${url}/required_signatures`, enabled: false },
      enforce_admins: { url: `${url}/enforce_admins`, enabled: protection.enforceAdmins },
      required_linear_history: { enabled: protection.linearHistory },
      allow_force_pushes: { enabled: protection.forcePushes },
      allow_deletions: { enabled: protection.deletions },
      block_creations: { enabled: false },
      required_conversation_resolution: { enabled: protection.conversationResolution },
      lock_branch: { enabled: false },
      allow_fork_syncing: { enabled: false },
    }
  }
  const branchOf = (repo: Repository, request: ApiRequest): string => {
    const name = request.params['branch'] ?? ''
    if (!repo.branches.has(name))
      throw new ApiError(404, { message: 'Branch not found', documentation_url: DOCUMENTATION_URL, status: '404' })
    return name
  }

  router.add('GET', '/repos/:owner/:repo/branches/:branch/protection', (request) => {
    const repo = repositoryFor(world, request, 'write')
    const branch = branchOf(repo, request)
    const protection = protectionOf(repo, branch)
    if (!protection) throw new ApiError(404, { message: 'Branch not protected', documentation_url: DOCUMENTATION_URL, status: '404' })
    return { status: 200, body: renderProtection(repo, branch, protection) }
  })

  router.add('PUT', '/repos/:owner/:repo/branches/:branch/protection', (request) => {
    const repo = repositoryFor(world, request, 'write')
    const branch = branchOf(repo, request)
    const body = bodyObject(request)
    const object = (name: string): Record<string, unknown> | null => {
      const value = body[name]
      if (value === undefined) throw validationFailed([], `Invalid request.\n\n"${name}" wasn't supplied.`)
      return value === null ? null : (value as Record<string, unknown>)
    }
    const checks = object('required_status_checks')
    const reviews = object('required_pull_request_reviews')
    object('restrictions')
    if (body['enforce_admins'] === undefined) throw validationFailed([], `Invalid request.\n\n"enforce_admins" wasn't supplied.`)
    const contexts = checks
      ? Array.isArray(checks['checks'])
        ? (checks['checks'] as { context: string }[]).map((check) => check.context)
        : ((checks['contexts'] as string[] | undefined) ?? [])
      : []
    const count = Number(reviews?.['required_approving_review_count'] ?? 1)
    if (reviews && (!Number.isInteger(count) || count < 0 || count > 6)) {
      throw validationFailed([], 'Invalid request.\n\nrequired_approving_review_count must be between 0 and 6.')
    }
    const protection: Protection = {
      checks: checks ? { strict: checks['strict'] === true, contexts } : null,
      enforceAdmins: body['enforce_admins'] === true,
      reviews: reviews
        ? {
            count,
            dismissStale: reviews['dismiss_stale_reviews'] === true,
            codeOwners: reviews['require_code_owner_reviews'] === true,
            lastPush: reviews['require_last_push_approval'] === true,
          }
        : null,
      linearHistory: body['required_linear_history'] === true,
      forcePushes: body['allow_force_pushes'] === true,
      deletions: body['allow_deletions'] === true,
      conversationResolution: body['required_conversation_resolution'] === true,
    }
    let stored = protections.get(repo)
    if (!stored) protections.set(repo, (stored = new Map()))
    stored.set(branch, protection)
    repo.protectedBranches.add(branch)
    return { status: 200, body: renderProtection(repo, branch, protection) }
  })

  /** GET /repos/{owner}/{repo}/git/matching-refs/{ref}: the branches and tags whose full name starts with refs/{ref}. */
  router.add('GET', '/repos/:owner/:repo/git/matching-refs/*ref', (request) => {
    const repo = repositoryFor(world, request)
    const prefix = `refs/${request.params['ref'] ?? ''}`
    const refs = [
      ...[...repo.branches].map(([name, sha]) => [`refs/heads/${name}`, sha] as const),
      ...[...repo.tags].map(([name, sha]) => [`refs/tags/${name}`, sha] as const),
    ]
      .filter(([ref]) => ref.startsWith(prefix))
      .sort(([a], [b]) => (a < b ? -1 : 1))
    return { status: 200, body: refs.map(([ref, sha]) => render.gitRef(repo, ref, sha)) }
  })

  router.add('PATCH', '/repos/:owner/:repo/git/refs/*ref', (request) => {
    const repo = repositoryFor(world, request, 'write')
    const match = /^(heads|tags)\/(.+)$/.exec(request.params['ref'] ?? '')
    const refs = match?.[1] === 'heads' ? repo.branches : repo.tags
    const name = match?.[2] ?? ''
    const current = refs.get(name)
    if (!match || current === undefined) throw validationFailed([], 'Reference does not exist')
    const body = bodyObject(request)
    const sha = requiredStringField('Reference', body, 'sha')
    const force = optionalBooleanField('Reference', body, 'force') ?? false
    if (!repo.commits.has(sha)) throw validationFailed([], 'Object does not exist')
    if (!force && !ancestorsOf(repo, sha).has(current)) throw validationFailed([], 'Update is not a fast forward')
    refs.set(name, sha)
    return { status: 200, body: render.gitRef(repo, `refs/${match[1] ?? 'heads'}/${name}`, sha) }
  })

  // ── The Git database: blobs, trees and commits made by the API, then a ref moved to them ──
  // https://docs.github.com/en/rest/git/blobs, https://docs.github.com/en/rest/git/trees, https://docs.github.com/en/rest/git/commits
  // Trees live by sha beside the commits (a commit's own sha names its tree, as elsewhere in the sandbox).
  const trees = new WeakMap<Repository, Map<string, Map<string, Blob>>>()
  const blobs = new WeakMap<Repository, Map<string, Blob>>()
  const treesOf = (repo: Repository): Map<string, Map<string, Blob>> => {
    let map = trees.get(repo)
    if (!map) trees.set(repo, (map = new Map()))
    return map
  }
  const blobsOf = (repo: Repository): Map<string, Blob> => {
    let map = blobs.get(repo)
    if (!map) blobs.set(repo, (map = new Map()))
    return map
  }
  const treeBySha = (repo: Repository, sha: string): Map<string, Blob> | undefined => treesOf(repo).get(sha) ?? repo.commits.get(sha)?.tree
  const blobBySha = (repo: Repository, sha: string): Blob | undefined => {
    const made = blobsOf(repo).get(sha)
    if (made) return made
    for (const commit of repo.commits.values()) for (const blob of commit.tree.values()) if (blob.sha === sha) return blob
    return undefined
  }
  const treeSha = (tree: Map<string, Blob>): string =>
    createHash('sha1')
      .update(
        [...tree]
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([path, blob]) => `${path}\0${blob.sha}`)
          .join('\n'),
      )
      .digest('hex')

  router.add('POST', '/repos/:owner/:repo/git/blobs', (request) => {
    const repo = repositoryFor(world, request, 'write')
    const body = bodyObject(request)
    const content = requiredStringField('Blob', body, 'content')
    const encoding = optionalStringField('Blob', body, 'encoding') ?? 'utf-8'
    if (encoding !== 'utf-8' && encoding !== 'base64') throw validationFailed([], `encoding must be utf-8 or base64`)
    const bytes = Buffer.from(content, encoding === 'base64' ? 'base64' : 'utf8')
    const blob = { sha: blobSha(bytes), content: bytes }
    blobsOf(repo).set(blob.sha, blob)
    return { status: 201, body: { url: `${render.api}/repos/${repo.owner.login}/${repo.name}/git/blobs/${blob.sha}`, sha: blob.sha } }
  })

  router.add('POST', '/repos/:owner/:repo/git/trees', (request) => {
    const repo = repositoryFor(world, request, 'write')
    const body = bodyObject(request)
    const baseSha = optionalStringField('Tree', body, 'base_tree')
    const base = baseSha === undefined ? new Map<string, Blob>() : treeBySha(repo, baseSha)
    if (!base) throw validationFailed([], 'base_tree is not a valid tree oid')
    const entries = body['tree']
    if (!Array.isArray(entries)) throw validationFailed([], "Invalid request.\n\nFor 'properties/tree', is not an array.")
    const tree = new Map(base)
    for (const raw of entries as Record<string, unknown>[]) {
      const path = typeof raw['path'] === 'string' ? raw['path'] : ''
      if (raw['type'] !== 'blob' || !['100644', '100755'].includes(String(raw['mode']))) {
        throw validationFailed([], `tree.path ${path}: the sandbox builds trees of files (type blob, mode 100644 or 100755) only`)
      }
      if (raw['sha'] === null) {
        if (!tree.has(path)) throw validationFailed([], `GitRPC::BadObjectState: ${path} does not exist in the base tree`)
        tree.delete(path)
      } else if (typeof raw['content'] === 'string') {
        const bytes = Buffer.from(raw['content'], 'utf8')
        tree.set(path, { sha: blobSha(bytes), content: bytes })
      } else {
        const blob = typeof raw['sha'] === 'string' ? blobBySha(repo, raw['sha']) : undefined
        if (!blob) throw validationFailed([], `tree.sha ${String(raw['sha'])} is not a valid blob`)
        tree.set(path, blob)
      }
    }
    const sha = treeSha(tree)
    treesOf(repo).set(sha, tree)
    const api = `${render.api}/repos/${repo.owner.login}/${repo.name}/git`
    const body201: Schemas['git-tree'] = {
      sha,
      url: `${api}/trees/${sha}`,
      truncated: false,
      tree: [...tree].map(([path, blob]) => ({
        path,
        mode: '100644',
        type: 'blob',
        sha: blob.sha,
        size: blob.content.length,
        url: `${api}/blobs/${blob.sha}`,
      })),
    }
    return { status: 201, body: body201 }
  })

  router.add('GET', '/repos/:owner/:repo/git/commits/:commit_sha', (request) => {
    const repo = repositoryFor(world, request)
    const commit = repo.commits.get(request.params['commit_sha'] ?? '')
    if (!commit) throw new ApiError(404, { message: 'Not Found', documentation_url: DOCUMENTATION_URL, status: '404' })
    // Its tree is named by the tree's content, so a tree rebuilt with no change has the same sha (as in git).
    const sha = treeSha(commit.tree)
    treesOf(repo).set(sha, commit.tree)
    return { status: 200, body: render.gitCommit(repo, commit, sha) }
  })

  router.add('POST', '/repos/:owner/:repo/git/commits', (request) => {
    const repo = repositoryFor(world, request, 'write')
    const body = bodyObject(request)
    const message = requiredStringField('Commit', body, 'message')
    const treeRef = requiredStringField('Commit', body, 'tree')
    const tree = treeBySha(repo, treeRef)
    if (!tree) throw validationFailed([], 'Tree SHA does not exist')
    const parents = Array.isArray(body['parents']) ? (body['parents'] as unknown[]).map(String) : []
    if (parents.some((sha) => !repo.commits.has(sha))) throw validationFailed([], 'Parent SHA does not exist or is not a commit object')
    const date = state.now()
    const sha = createHash('sha1')
      .update(`commit ${treeRef} ${parents.join(' ')} ${message} ${date} ${randomBytes(8).toString('hex')}`)
      .digest('hex')
    const commit: Commit = { sha, message, parents, tree: new Map(tree), author: request.viewer.login, date }
    repo.commits.set(sha, commit)
    return { status: 201, body: render.gitCommit(repo, commit, treeRef) }
  })

  router.add('POST', '/repos/:owner/:repo/merges', (request) => {
    const repo = repositoryFor(world, request, 'write')
    const body = bodyObject(request)
    const base = requiredStringField('Merge', body, 'base')
    const head = requiredStringField('Merge', body, 'head')
    const baseSha = repo.branches.get(base)
    const headCommit = state.resolveRef(repo, head)
    if (baseSha === undefined)
      throw new ApiError(404, { message: 'Base does not exist', documentation_url: DOCUMENTATION_URL, status: '404' })
    if (!headCommit) throw new ApiError(404, { message: 'Head does not exist', documentation_url: DOCUMENTATION_URL, status: '404' })
    const fromBase = ancestorsOf(repo, baseSha)
    if (fromBase.has(headCommit.sha)) return { status: 204 }
    const changes = mergeChanges(repo, baseSha, headCommit.sha)
    const message = optionalStringField('Merge', body, 'commit_message') ?? `Merge ${head} into ${base}`
    const merge = state.commit(repo, baseSha, base, message, request.viewer.login, changes)
    merge.parents.push(headCommit.sha)
    return { status: 201, body: render.commit(repo, merge) }
  })
}

/** What head changed since the merge base, to lay on base; a file both sides changed differently is a conflict. */
function mergeChanges(repo: Repository, baseSha: string, headSha: string): Record<string, Buffer | null> {
  const fromBase = ancestorsOf(repo, baseSha)
  const mergeBase = [...ancestorsOf(repo, headSha)].find((sha) => fromBase.has(sha))
  const start = (mergeBase && repo.commits.get(mergeBase)?.tree) || new Map()
  const baseTree = repo.commits.get(baseSha)?.tree ?? new Map()
  const headTree = repo.commits.get(headSha)?.tree ?? new Map()
  const changes: Record<string, Buffer | null> = {}
  for (const path of new Set([...headTree.keys(), ...start.keys()])) {
    const theirs = headTree.get(path)?.sha
    if (theirs === start.get(path)?.sha) continue
    const ours = baseTree.get(path)?.sha
    if (ours !== start.get(path)?.sha && ours !== theirs) throw conflict('Merge conflict')
    changes[path] = headTree.get(path)?.content ?? null
  }
  return changes
}
