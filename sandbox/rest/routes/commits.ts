import type { components } from '@octokit/openapi-types'
import { notFound, paged, type Router } from '../http'
import { ancestorsOf, type Commit, type Repository } from '../state'
import { repositoryFor, type World } from '../world'

/**
 * Comparing commits and the pull requests of a commit, from the sandbox's commit graph:
 * https://docs.github.com/en/rest/commits/commits#compare-two-commits and
 * https://docs.github.com/en/rest/commits/commits#list-pull-requests-associated-with-a-commit
 */

type Schemas = components['schemas']
/** GitHub lists at most 250 commits of a comparison. */
const MAX_COMPARED_COMMITS = 250

export function commitRoutes(router: Router, world: World): void {
  const { state, render } = world

  const resolve = (repo: Repository, ref: string): Commit => {
    const commit = state.resolveRef(repo, ref)
    if (!commit) throw notFound()
    return commit
  }

  router.add('GET', '/repos/:owner/:repo/compare/*basehead', (request) => {
    const repo = repositoryFor(world, request)
    const [baseRef, headRef, extra] = (request.params['basehead'] ?? '').split('...')
    if (!baseRef || !headRef || extra !== undefined) throw notFound()
    const base = resolve(repo, baseRef)
    const head = resolve(repo, headRef)
    const fromBase = ancestorsOf(repo, base.sha)
    const fromHead = ancestorsOf(repo, head.sha)
    // The merge base: the nearest of head's ancestors (breadth first) that base has too.
    const mergeBase = [...fromHead].find((sha) => fromBase.has(sha))
    const ahead = [...fromHead].filter((sha) => !fromBase.has(sha)).reverse()
    const behind = [...fromBase].filter((sha) => !fromHead.has(sha))
    const status = base.sha === head.sha ? 'identical' : behind.length === 0 ? 'ahead' : ahead.length === 0 ? 'behind' : 'diverged'
    const web = `${render.web}/${repo.owner.login}/${repo.name}`
    const mergeBaseCommit = mergeBase ? repo.commits.get(mergeBase) : undefined
    const body: Schemas['commit-comparison'] = {
      url: `${render.api}/repos/${repo.owner.login}/${repo.name}/compare/${baseRef}...${headRef}`,
      html_url: `${web}/compare/${baseRef}...${headRef}`,
      permalink_url: `${web}/compare/${repo.owner.login}:${base.sha.slice(0, 7)}...${repo.owner.login}:${head.sha.slice(0, 7)}`,
      diff_url: `${web}/compare/${baseRef}...${headRef}.diff`,
      patch_url: `${web}/compare/${baseRef}...${headRef}.patch`,
      base_commit: render.commit(repo, base),
      merge_base_commit: render.commit(repo, mergeBaseCommit ?? base),
      status,
      ahead_by: ahead.length,
      behind_by: behind.length,
      total_commits: ahead.length,
      commits: ahead.slice(0, MAX_COMPARED_COMMITS).map((sha) => render.commit(repo, repo.commits.get(sha) as Commit)),
      files: render.diff(repo, mergeBase, head.sha),
    }
    return { status: 200, body }
  })

  router.add('GET', '/repos/:owner/:repo/commits/:commit_sha/pulls', (request) => {
    const repo = repositoryFor(world, request)
    const commit = resolve(repo, request.params['commit_sha'] ?? '')
    const pulls = repo.issues.filter((issue) => {
      const pull = issue.pull
      if (!pull) return false
      if (pull.mergeCommitSha === commit.sha) return true
      const head = pull.merged ? pull.headSha : (repo.branches.get(pull.head) ?? pull.headSha)
      const commits = ancestorsOf(repo, head)
      return commits.has(commit.sha) && !ancestorsOf(repo, pull.baseSha).has(commit.sha)
    })
    return paged(
      request,
      pulls.reverse().map((issue) => render.pullRequestSimple(repo, issue)),
    )
  })
}
