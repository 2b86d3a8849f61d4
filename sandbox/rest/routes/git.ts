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
  type Router,
} from '../http'
import { ancestorsOf, type Repository } from '../state'
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
