import {
  ApiError,
  DOCUMENTATION_URL,
  bodyObject,
  byDate,
  conflict,
  enumParam,
  invalidField,
  integerParam,
  notFound,
  optionalBooleanField,
  optionalStringField,
  optionalStringListField,
  paged,
  requiredStringField,
  validationFailed,
  type ApiRequest,
  type Router,
} from '../http'
import { ancestorsOf, type Issue, type Repository, type Review, type ReviewComment } from '../state'
import { pullFor, repositoryFor, touch, type World } from '../world'
import { assignable } from './repos'

type Pull = Issue & { pull: NonNullable<Issue['pull']> }

function notMergeable(message: string): ApiError {
  return new ApiError(405, { message, documentation_url: DOCUMENTATION_URL, status: '405' })
}

/** "owner:branch" or "branch" → branch, for the repository's own branches. */
function branchOf(repo: Repository, value: string): string | undefined {
  const [owner, branch] = value.includes(':') ? value.split(/:(.*)/s) : [repo.owner.login, value]
  if (owner?.toLowerCase() !== repo.owner.login.toLowerCase() || !branch) return undefined
  return repo.branches.has(branch) ? branch : undefined
}

export function pullRoutes(router: Router, world: World): void {
  const { state, render } = world

  const pulls = (repo: Repository): Pull[] => repo.issues.filter((issue): issue is Pull => issue.pull !== undefined)

  /** GET /repos/{owner}/{repo}/pulls: https://docs.github.com/en/rest/pulls/pulls#list-pull-requests */
  router.add('GET', '/repos/:owner/:repo/pulls', (request) => {
    const repo = repositoryFor(world, request)
    const wanted = enumParam(request, 'state', ['open', 'closed', 'all'] as const, 'open')
    const head = request.query.get('head')
    const base = request.query.get('base')
    const sort = enumParam(request, 'sort', ['created', 'updated', 'popularity', 'long-running'] as const, 'created')
    const direction = enumParam(request, 'direction', ['asc', 'desc'] as const, sort === 'long-running' ? 'asc' : 'desc')
    const matches = pulls(repo).filter((issue) => {
      if (wanted !== 'all' && issue.state !== wanted) return false
      if (base && issue.pull.base !== base) return false
      if (head) {
        const [owner, branch] = head.includes(':') ? head.split(/:(.*)/s) : [repo.owner.login, head]
        if (owner?.toLowerCase() !== repo.owner.login.toLowerCase() || issue.pull.head !== branch) return false
      }
      return true
    })
    const sorted = byDate(matches, (issue) => (sort === 'updated' ? issue.updatedAt : issue.createdAt), direction)
    return paged(
      request,
      sorted.map((issue) => render.pullRequestSimple(repo, issue)),
    )
  })

  /** POST /repos/{owner}/{repo}/pulls: https://docs.github.com/en/rest/pulls/pulls#create-a-pull-request */
  router.add('POST', '/repos/:owner/:repo/pulls', (request) => {
    const repo = repositoryFor(world, request, 'write')
    const body = bodyObject(request)
    const headName = requiredStringField('PullRequest', body, 'head')
    const baseName = requiredStringField('PullRequest', body, 'base')
    const issueNumber = body['issue']
    const existingIssue =
      typeof issueNumber === 'number' ? repo.issues.find((issue) => issue.number === issueNumber && !issue.pull) : undefined
    if (issueNumber !== undefined && !existingIssue) throw invalidField('PullRequest', 'issue', 'invalid')
    const title = existingIssue ? existingIssue.title : requiredStringField('PullRequest', body, 'title')
    const head = branchOf(repo, headName)
    const base = branchOf(repo, baseName)
    const errors = [
      ...(head === undefined ? [{ resource: 'PullRequest', field: 'head', code: 'invalid' }] : []),
      ...(base === undefined ? [{ resource: 'PullRequest', field: 'base', code: 'invalid' }] : []),
    ]
    if (errors.length > 0 || head === undefined || base === undefined) throw validationFailed(errors)
    const headSha = repo.branches.get(head) ?? ''
    const baseSha = repo.branches.get(base) ?? ''
    if (isAncestor(repo, headSha, baseSha)) {
      throw validationFailed([{ resource: 'PullRequest', code: 'custom', message: `No commits between ${base} and ${head}` }])
    }
    if (pulls(repo).some((issue) => issue.state === 'open' && issue.pull.head === head && issue.pull.base === base)) {
      throw validationFailed([
        { resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${repo.owner.login}:${head}.` },
      ])
    }
    const now = state.now()
    const pull = {
      head,
      base,
      headSha,
      baseSha,
      draft: optionalBooleanField('PullRequest', body, 'draft') ?? false,
      merged: false,
      mergedAt: null,
      mergedBy: null,
      mergeCommitSha: null,
      requestedReviewers: [],
      maintainerCanModify: optionalBooleanField('PullRequest', body, 'maintainer_can_modify') ?? true,
    }
    let issue: Pull
    if (existingIssue) {
      existingIssue.pull = pull
      existingIssue.updatedAt = now
      issue = existingIssue as Pull
    } else {
      issue = {
        id: state.nextId(),
        number: repo.nextNumber,
        title,
        body: optionalStringField('PullRequest', body, 'body') ?? null,
        state: 'open',
        stateReason: null,
        user: request.viewer.login,
        labels: [],
        assignees: [],
        milestone: null,
        locked: false,
        lockReason: null,
        createdAt: now,
        updatedAt: now,
        closedAt: null,
        closedBy: null,
        pull,
      }
      repo.nextNumber += 1
      repo.issues.push(issue)
    }
    touch(world, repo)
    const rendered = render.pullRequest(repo, issue)
    return { status: 201, body: rendered, headers: { Location: rendered.url } }
  })

  /** GET /repos/{owner}/{repo}/pulls/{pull_number}: https://docs.github.com/en/rest/pulls/pulls#get-a-pull-request */
  router.add('GET', '/repos/:owner/:repo/pulls/:pull_number', (request) => {
    const repo = repositoryFor(world, request)
    return { status: 200, body: render.pullRequest(repo, pullFor(repo, request)) }
  })

  /** PATCH /repos/{owner}/{repo}/pulls/{pull_number}: https://docs.github.com/en/rest/pulls/pulls#update-a-pull-request */
  router.add('PATCH', '/repos/:owner/:repo/pulls/:pull_number', (request) => {
    const repo = repositoryFor(world, request, 'write')
    const issue = pullFor(repo, request)
    const body = bodyObject(request)
    const title = optionalStringField('PullRequest', body, 'title')
    const text = optionalStringField('PullRequest', body, 'body')
    const newState = optionalStringField('PullRequest', body, 'state')
    const baseName = optionalStringField('PullRequest', body, 'base')
    const canModify = optionalBooleanField('PullRequest', body, 'maintainer_can_modify')
    if (newState !== undefined && newState !== 'open' && newState !== 'closed')
      throw validationFailed([{ resource: 'PullRequest', field: 'state', code: 'invalid', value: newState }])
    const base = baseName === undefined ? undefined : branchOf(repo, baseName)
    if (baseName !== undefined && base === undefined)
      throw validationFailed([{ resource: 'PullRequest', field: 'base', code: 'invalid', value: baseName }])
    if (newState === 'open' && issue.pull.merged) throw validationFailed([], 'A merged pull request cannot be reopened.')
    const now = touch(world, repo, issue)
    if (title !== undefined) issue.title = title
    if (text !== undefined) issue.body = text
    if (base !== undefined) issue.pull.base = base
    if (canModify !== undefined) issue.pull.maintainerCanModify = canModify
    if (newState === 'closed' && issue.state === 'open') {
      issue.state = 'closed'
      issue.closedAt = now
      issue.closedBy = request.viewer.login
    } else if (newState === 'open' && issue.state === 'closed') {
      issue.state = 'open'
      issue.closedAt = null
      issue.closedBy = null
    }
    return { status: 200, body: render.pullRequest(repo, issue) }
  })

  /** GET /repos/{owner}/{repo}/pulls/{pull_number}/merge: https://docs.github.com/en/rest/pulls/pulls#check-if-a-pull-request-has-been-merged */
  router.add('GET', '/repos/:owner/:repo/pulls/:pull_number/merge', (request) => {
    const repo = repositoryFor(world, request)
    const issue = pullFor(repo, request)
    if (!issue.pull.merged) throw new ApiError(404, { message: 'Not Found', documentation_url: DOCUMENTATION_URL, status: '404' })
    return { status: 204 }
  })

  /** PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge: https://docs.github.com/en/rest/pulls/pulls#merge-a-pull-request */
  router.add('PUT', '/repos/:owner/:repo/pulls/:pull_number/merge', (request) => {
    const repo = repositoryFor(world, request, 'write')
    const issue = pullFor(repo, request)
    const body = bodyObject(request)
    const method = optionalStringField('PullRequest', body, 'merge_method') ?? 'merge'
    if (!['merge', 'squash', 'rebase'].includes(method))
      throw validationFailed([{ resource: 'PullRequest', field: 'merge_method', code: 'invalid', value: method }])
    const expectedSha = optionalStringField('PullRequest', body, 'sha')
    const commitTitle = optionalStringField('PullRequest', body, 'commit_title')
    const commitMessage = optionalStringField('PullRequest', body, 'commit_message')
    if (issue.pull.merged) throw notMergeable('Pull Request is not mergeable')
    if (issue.state === 'closed') throw notMergeable('Pull Request is not mergeable')
    if (issue.pull.draft) throw notMergeable('Pull Request is still a draft')
    const headSha = repo.branches.get(issue.pull.head) ?? issue.pull.headSha
    if (expectedSha !== undefined && expectedSha !== headSha) throw conflict('Head branch was modified. Review and try the merge again.')
    const baseSha = repo.branches.get(issue.pull.base)
    if (baseSha === undefined) throw notMergeable('Base branch was deleted.')
    const headTree = repo.commits.get(headSha)?.tree ?? new Map()
    const startTree = repo.commits.get(issue.pull.baseSha)?.tree ?? new Map()
    // Apply what the pull request changed (its head against where it started) on top of the base branch.
    const changes: Record<string, Buffer | null> = {}
    for (const path of new Set([...headTree.keys(), ...startTree.keys()])) {
      if (headTree.get(path)?.sha !== startTree.get(path)?.sha) changes[path] = headTree.get(path)?.content ?? null
    }
    const title =
      commitTitle ??
      (method === 'squash'
        ? `${issue.title} (#${issue.number})`
        : `Merge pull request #${issue.number} from ${repo.owner.login}/${issue.pull.head}`)
    const message = commitMessage ? `${title}\n\n${commitMessage}` : title
    const merged = state.commit(repo, baseSha, issue.pull.base, message, request.viewer.login, changes)
    if (method === 'merge') merged.parents.push(headSha)
    const now = touch(world, repo, issue)
    Object.assign(issue.pull, { merged: true, mergedAt: now, mergedBy: request.viewer.login, mergeCommitSha: merged.sha, headSha })
    Object.assign(issue, { state: 'closed', closedAt: now, closedBy: request.viewer.login })
    return { status: 200, body: { sha: merged.sha, merged: true, message: 'Pull Request successfully merged' } }
  })

  /** GET /repos/{owner}/{repo}/pulls/{pull_number}/files: https://docs.github.com/en/rest/pulls/pulls#list-pull-requests-files */
  router.add('GET', '/repos/:owner/:repo/pulls/:pull_number/files', (request) => {
    const repo = repositoryFor(world, request)
    return paged(request, render.pullFiles(repo, pullFor(repo, request)))
  })

  /** GET /repos/{owner}/{repo}/pulls/{pull_number}/commits: https://docs.github.com/en/rest/pulls/pulls#list-commits-on-a-pull-request */
  router.add('GET', '/repos/:owner/:repo/pulls/:pull_number/commits', (request) => {
    const repo = repositoryFor(world, request)
    const issue = pullFor(repo, request)
    const commits = []
    let sha: string | undefined = issue.pull.merged ? issue.pull.headSha : (repo.branches.get(issue.pull.head) ?? issue.pull.headSha)
    while (sha && sha !== issue.pull.baseSha && commits.length < 250) {
      const commit = repo.commits.get(sha)
      if (!commit) break
      commits.unshift(render.commit(repo, commit))
      sha = commit.parents[0]
    }
    return paged(request, commits)
  })

  const readReviewers = (repo: Repository, issue: Pull, request: ApiRequest): string[] => {
    const body = bodyObject(request)
    const reviewers = optionalStringListField('PullRequest', body, 'reviewers') ?? []
    const teams = optionalStringListField('PullRequest', body, 'team_reviewers') ?? []
    if (reviewers.length === 0 && teams.length === 0) throw invalidField('PullRequest', 'reviewers', 'missing_field')
    if (teams.length > 0)
      throw validationFailed(
        [],
        'Reviews may only be requested from collaborators. One or more of the teams you specified is not a collaborator of the repository.',
      )
    const people = assignable(repo)
    return reviewers.map((login) => {
      if (login.toLowerCase() === issue.user.toLowerCase())
        throw validationFailed([], 'Review cannot be requested from pull request author.')
      const match = people.find((candidate) => candidate.toLowerCase() === login.toLowerCase())
      if (!match) {
        throw validationFailed(
          [],
          `Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the ${repo.owner.login}/${repo.name} repository.`,
        )
      }
      return match
    })
  }

  /** GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers: https://docs.github.com/en/rest/pulls/review-requests#get-all-requested-reviewers-for-a-pull-request */
  router.add('GET', '/repos/:owner/:repo/pulls/:pull_number/requested_reviewers', (request) => {
    const repo = repositoryFor(world, request)
    const issue = pullFor(repo, request)
    return { status: 200, body: { users: issue.pull.requestedReviewers.map((login) => render.userByLogin(login)), teams: [] } }
  })

  /** POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers: https://docs.github.com/en/rest/pulls/review-requests#request-reviewers-for-a-pull-request */
  router.add('POST', '/repos/:owner/:repo/pulls/:pull_number/requested_reviewers', (request) => {
    const repo = repositoryFor(world, request, 'write')
    const issue = pullFor(repo, request)
    const reviewers = readReviewers(repo, issue, request)
    issue.pull.requestedReviewers = [...new Set([...issue.pull.requestedReviewers, ...reviewers])]
    touch(world, repo, issue)
    return { status: 201, body: render.pullRequestSimple(repo, issue) }
  })

  /** DELETE /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers: https://docs.github.com/en/rest/pulls/review-requests#remove-requested-reviewers-from-a-pull-request */
  router.add('DELETE', '/repos/:owner/:repo/pulls/:pull_number/requested_reviewers', (request) => {
    const repo = repositoryFor(world, request, 'write')
    const issue = pullFor(repo, request)
    const reviewers = (optionalStringListField('PullRequest', bodyObject(request), 'reviewers') ?? []).map((login) => login.toLowerCase())
    issue.pull.requestedReviewers = issue.pull.requestedReviewers.filter((login) => !reviewers.includes(login.toLowerCase()))
    touch(world, repo, issue)
    return { status: 200, body: render.pullRequestSimple(repo, issue) }
  })

  /** GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews: https://docs.github.com/en/rest/pulls/reviews#list-reviews-for-a-pull-request */
  router.add('GET', '/repos/:owner/:repo/pulls/:pull_number/reviews', (request) => {
    const repo = repositoryFor(world, request)
    const issue = pullFor(repo, request)
    return paged(
      request,
      repo.reviews.filter((review) => review.pullNumber === issue.number).map((review) => render.review(repo, review)),
    )
  })

  /** POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews: https://docs.github.com/en/rest/pulls/reviews#create-a-review-for-a-pull-request */
  router.add('POST', '/repos/:owner/:repo/pulls/:pull_number/reviews', (request) => {
    const repo = repositoryFor(world, request, 'write')
    const issue = pullFor(repo, request)
    const body = bodyObject(request)
    const event = optionalStringField('PullRequestReview', body, 'event')
    const text = optionalStringField('PullRequestReview', body, 'body') ?? ''
    const states = { APPROVE: 'APPROVED', REQUEST_CHANGES: 'CHANGES_REQUESTED', COMMENT: 'COMMENTED' } as const
    if (event !== undefined && !(event in states))
      throw validationFailed([{ resource: 'PullRequestReview', field: 'event', code: 'invalid', value: event }])
    if (event !== undefined && event !== 'APPROVE' && text.trim() === '') {
      throw validationFailed(
        [],
        `Unprocessable Entity: "Body is required when using ${event === 'COMMENT' ? 'COMMENT' : 'REQUEST_CHANGES'}"`,
      )
    }
    if (event !== undefined && event !== 'COMMENT' && issue.user.toLowerCase() === request.viewer.login.toLowerCase()) {
      throw validationFailed(
        [],
        `Unprocessable Entity: "Can not ${event === 'APPROVE' ? 'approve' : 'request changes on'} your own pull request"`,
      )
    }
    const now = touch(world, repo, issue)
    const review = {
      id: state.nextId(),
      pullNumber: issue.number,
      user: request.viewer.login,
      body: text,
      state: event === undefined ? ('PENDING' as const) : states[event as keyof typeof states],
      commitId: optionalStringField('PullRequestReview', body, 'commit_id') ?? repo.branches.get(issue.pull.head) ?? issue.pull.headSha,
      submittedAt: event === undefined ? null : now,
    }
    repo.reviews.push(review)
    issue.pull.requestedReviewers = issue.pull.requestedReviewers.filter((login) => login !== request.viewer.login)
    return { status: 200, body: render.review(repo, review) }
  })
  /**
   * PUT /repos/{owner}/{repo}/pulls/{pull_number}/update-branch: merges the base branch into the head branch (a merge
   * commit on head), as GitHub's "Update branch" button. https://docs.github.com/en/rest/pulls/pulls#update-a-pull-request-branch
   */
  router.add('PUT', '/repos/:owner/:repo/pulls/:pull_number/update-branch', (request) => {
    const repo = repositoryFor(world, request, 'write')
    const issue = pullFor(repo, request)
    const expected = optionalStringField('PullRequest', bodyObject(request), 'expected_head_sha')
    if (issue.state === 'closed') throw validationFailed([], 'Cannot update a closed pull request.')
    const headSha = repo.branches.get(issue.pull.head)
    const baseSha = repo.branches.get(issue.pull.base)
    if (headSha === undefined || baseSha === undefined) throw validationFailed([], 'The head or base branch no longer exists.')
    if (expected !== undefined && expected !== headSha) throw validationFailed([], "expected_head_sha didn't match current head ref.")
    const fromHead = ancestorsOf(repo, headSha)
    if (fromHead.has(baseSha)) throw validationFailed([], 'There are no new commits on the base branch.')
    const mergeBase = [...fromHead].find((sha) => ancestorsOf(repo, baseSha).has(sha))
    const baseTree = repo.commits.get(baseSha)?.tree ?? new Map()
    const startTree = (mergeBase && repo.commits.get(mergeBase)?.tree) || new Map()
    const headTree = repo.commits.get(headSha)?.tree ?? new Map()
    // What the base branch changed since the merge base, laid on the head; both changing one file is a conflict.
    const changes: Record<string, Buffer | null> = {}
    for (const path of new Set([...baseTree.keys(), ...startTree.keys()])) {
      if (baseTree.get(path)?.sha === startTree.get(path)?.sha) continue
      if (headTree.get(path)?.sha !== startTree.get(path)?.sha && headTree.get(path)?.sha !== baseTree.get(path)?.sha) {
        throw validationFailed([], 'merge conflict between base and head')
      }
      changes[path] = baseTree.get(path)?.content ?? null
    }
    const merge = state.commit(
      repo,
      headSha,
      issue.pull.head,
      `Merge branch '${issue.pull.base}' into ${issue.pull.head}`,
      request.viewer.login,
      changes,
    )
    merge.parents.push(baseSha)
    touch(world, repo, issue)
    return { status: 202, body: { message: 'Updating pull request branch.', url: render.pullRequest(repo, issue).html_url } }
  })

  const reviewFor = (repo: Repository, issue: Pull, request: ApiRequest): Review => {
    const id = integerParam(request.params['review_id'])
    const review = repo.reviews.find((candidate) => candidate.id === id && candidate.pullNumber === issue.number)
    if (!review) throw notFound()
    return review
  }

  /** GET …/reviews/{review_id}: https://docs.github.com/en/rest/pulls/reviews#get-a-review-for-a-pull-request */
  router.add('GET', '/repos/:owner/:repo/pulls/:pull_number/reviews/:review_id', (request) => {
    const repo = repositoryFor(world, request)
    return { status: 200, body: render.review(repo, reviewFor(repo, pullFor(repo, request), request)) }
  })

  /** PUT …/reviews/{review_id}/dismissals: https://docs.github.com/en/rest/pulls/reviews#dismiss-a-review-for-a-pull-request */
  router.add('PUT', '/repos/:owner/:repo/pulls/:pull_number/reviews/:review_id/dismissals', (request) => {
    const repo = repositoryFor(world, request, 'write')
    const issue = pullFor(repo, request)
    const review = reviewFor(repo, issue, request)
    requiredStringField('PullRequestReview', bodyObject(request), 'message')
    if (review.state === 'PENDING') throw validationFailed([], 'Can not dismiss a pending review')
    if (review.state !== 'APPROVED' && review.state !== 'CHANGES_REQUESTED') {
      throw validationFailed([], 'Can not dismiss a commented pull request review')
    }
    review.state = 'DISMISSED'
    touch(world, repo, issue)
    return { status: 200, body: render.review(repo, review) }
  })

  /** POST …/reviews/{review_id}/events: https://docs.github.com/en/rest/pulls/reviews#submit-a-review-for-a-pull-request */
  router.add('POST', '/repos/:owner/:repo/pulls/:pull_number/reviews/:review_id/events', (request) => {
    const repo = repositoryFor(world, request, 'write')
    const issue = pullFor(repo, request)
    const review = reviewFor(repo, issue, request)
    const body = bodyObject(request)
    const event = requiredStringField('PullRequestReview', body, 'event')
    const text = optionalStringField('PullRequestReview', body, 'body')
    const states = { APPROVE: 'APPROVED', REQUEST_CHANGES: 'CHANGES_REQUESTED', COMMENT: 'COMMENTED' } as const
    if (!(event in states)) throw validationFailed([{ resource: 'PullRequestReview', field: 'event', code: 'invalid', value: event }])
    if (review.user !== request.viewer.login || review.state !== 'PENDING') {
      throw validationFailed([], 'Can not submit a review that is not your pending review')
    }
    if (event !== 'APPROVE' && (text ?? review.body).trim() === '') throw validationFailed([], `Body is required when using ${event}`)
    Object.assign(review, {
      state: states[event as keyof typeof states],
      body: text ?? review.body,
      submittedAt: touch(world, repo, issue),
    })
    return { status: 200, body: render.review(repo, review) }
  })

  /** GET …/pulls/{pull_number}/comments: https://docs.github.com/en/rest/pulls/comments#list-review-comments-on-a-pull-request */
  router.add('GET', '/repos/:owner/:repo/pulls/:pull_number/comments', (request) => {
    const repo = repositoryFor(world, request)
    const issue = pullFor(repo, request)
    const comments = repo.reviewComments.filter((comment) => comment.pullNumber === issue.number)
    return paged(
      request,
      byDate(comments, (comment) => comment.createdAt, request.query.get('direction') ?? 'asc').map((comment) =>
        render.reviewComment(repo, comment),
      ),
    )
  })

  /** POST …/pulls/{pull_number}/comments: a comment on a line, a range or a file of the diff. */
  router.add('POST', '/repos/:owner/:repo/pulls/:pull_number/comments', (request) => {
    const repo = repositoryFor(world, request, 'write')
    const issue = pullFor(repo, request)
    const body = bodyObject(request)
    const text = requiredStringField('PullRequestReviewComment', body, 'body')
    const commitId = requiredStringField('PullRequestReviewComment', body, 'commit_id')
    const path = requiredStringField('PullRequestReviewComment', body, 'path')
    const subjectType = optionalStringField('PullRequestReviewComment', body, 'subject_type') === 'file' ? 'file' : 'line'
    const side = optionalStringField('PullRequestReviewComment', body, 'side') === 'LEFT' ? 'LEFT' : 'RIGHT'
    const line = typeof body['line'] === 'number' ? body['line'] : null
    const startLine = typeof body['start_line'] === 'number' ? body['start_line'] : null
    if (!repo.commits.has(commitId)) throw validationFailed([], 'pull_request_review_thread.commit_id is not part of the pull request')
    if (!render.pullFiles(repo, issue).some((file) => file.filename === path)) {
      throw validationFailed([], 'pull_request_review_thread.path could not be resolved')
    }
    if (subjectType === 'line') {
      if (line === null) throw invalidField('PullRequestReviewComment', 'line', 'missing_field')
      const tree = side === 'RIGHT' ? repo.commits.get(commitId)?.tree : repo.commits.get(issue.pull.baseSha)?.tree
      const lines = tree?.get(path)?.content.toString('utf8').split('\n').length ?? 0
      if (line < 1 || line > lines || (startLine !== null && (startLine < 1 || startLine >= line))) {
        throw validationFailed([], 'pull_request_review_thread.line must be part of the diff')
      }
    }
    const comment = newReviewComment(issue, request, { body: text, path, commitId, line, startLine, side, subjectType, inReplyTo: null })
    repo.reviewComments.push(comment)
    touch(world, repo, issue)
    return { status: 201, body: render.reviewComment(repo, comment) }
  })

  /** POST …/pulls/{pull_number}/comments/{comment_id}/replies: a reply joins the thread of the comment it answers. */
  router.add('POST', '/repos/:owner/:repo/pulls/:pull_number/comments/:comment_id/replies', (request) => {
    const repo = repositoryFor(world, request, 'write')
    const issue = pullFor(repo, request)
    const text = requiredStringField('PullRequestReviewComment', bodyObject(request), 'body')
    const id = integerParam(request.params['comment_id'])
    const parent = repo.reviewComments.find((comment) => comment.id === id && comment.pullNumber === issue.number)
    if (!parent) throw notFound()
    // The reply takes the thread's place in the diff, and its own id (not the parent's).
    const { path, commitId, line, startLine, side, subjectType } = parent
    const comment = newReviewComment(issue, request, {
      body: text,
      path,
      commitId,
      line,
      startLine,
      side,
      subjectType,
      inReplyTo: parent.inReplyTo ?? parent.id,
    })
    repo.reviewComments.push(comment)
    touch(world, repo, issue)
    return { status: 201, body: render.reviewComment(repo, comment) }
  })

  const newReviewComment = (
    issue: Pull,
    request: ApiRequest,
    fields: Pick<ReviewComment, 'body' | 'path' | 'commitId' | 'line' | 'startLine' | 'side' | 'subjectType' | 'inReplyTo'>,
  ): ReviewComment => {
    const now = state.now()
    return {
      id: state.nextId(),
      pullNumber: issue.number,
      reviewId: null,
      user: request.viewer.login,
      createdAt: now,
      updatedAt: now,
      ...fields,
    }
  }
}

/** Whether `ancestor` is on the first-parent history of `descendant` (then the head has nothing to merge). */
function isAncestor(repo: Repository, ancestor: string, descendant: string): boolean {
  let sha: string | undefined = descendant
  for (let steps = 0; sha && steps < 10_000; steps += 1) {
    if (sha === ancestor) return true
    sha = repo.commits.get(sha)?.parents[0]
  }
  return false
}
