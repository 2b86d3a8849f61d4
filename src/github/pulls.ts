import type { components, operations } from '@octokit/openapi-types'
import { Conflict, InvalidInput, ValidationFailed } from '../errors'
import { apiPath, callApi, capitalise, githubSaid, type GitHubContext } from './api'
import {
  choice,
  isLogin,
  listOptions,
  optionalBoolean,
  optionalRef,
  optionalString,
  optionalStringList,
  optionalText,
  repository,
  requiredInteger,
  requiredString,
  type RepositoryRef,
} from './input'
import { listAll, type ListResult } from './pagination'

/** Pull requests: https://docs.github.com/en/rest/pulls */

type PullRequest = components['schemas']['pull-request']
type PullRequestSimple = components['schemas']['pull-request-simple']
type DiffEntry = components['schemas']['diff-entry']
type MergeResult = components['schemas']['pull-request-merge-result']
type Review = components['schemas']['pull-request-review']
type CreateBody = operations['pulls/create']['requestBody']['content']['application/json']
type UpdateBody = NonNullable<operations['pulls/update']['requestBody']>['content']['application/json']
type ListQuery = NonNullable<operations['pulls/list']['parameters']['query']>
type MergeBody = NonNullable<NonNullable<operations['pulls/merge']['requestBody']>['content']['application/json']>
type ReviewersBody = NonNullable<operations['pulls/request-reviewers']['requestBody']>['content']['application/json']
type ReviewBody = NonNullable<operations['pulls/create-review']['requestBody']>['content']['application/json']

const READ_NEEDS = 'the "repo" scope for private repositories (GitHub App permission "Pull requests: read")'
const WRITE_NEEDS = 'the "repo" scope (public repositories: "public_repo"; GitHub App permission "Pull requests: write")'
const MERGE_NEEDS = 'the "repo" scope (public repositories: "public_repo"; GitHub App permission "Contents: write")'
/** GitHub's limits: titles of 256 characters, bodies of 65536; PR numbers are 32-bit. */
const MAX_TITLE_LENGTH = 256
const MAX_BODY_LENGTH = 65536
const MAX_PULL_NUMBER = 2 ** 31 - 1
const MAX_REVIEWERS = 100
const TEAM_SLUG = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/
const COMMIT_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i

export interface CreatePullRequestInput {
  repository: unknown
  head: unknown
  base: unknown
  title: unknown
  body: unknown
  draft: unknown
  maintainerCanModify: unknown
}

/** POST /repos/{owner}/{repo}/pulls: https://docs.github.com/en/rest/pulls/pulls#create-a-pull-request */
export async function createPullRequest(github: GitHubContext, input: CreatePullRequestInput): Promise<PullRequest> {
  const { owner, repo } = repository(input.repository)
  const body: CreateBody = {
    head: headRef(input.head, 'head'),
    base: requiredRef(input.base, 'base'),
    title: requiredString(input.title, 'title', MAX_TITLE_LENGTH),
  }
  const text = optionalText(input.body, 'body', MAX_BODY_LENGTH)
  const draft = optionalBoolean(input.draft, 'draft')
  const maintainerCanModify = optionalBoolean(input.maintainerCanModify, 'maintainerCanModify')
  if (text !== undefined) body.body = text
  if (draft !== undefined) body.draft = draft
  if (maintainerCanModify !== undefined) body.maintainer_can_modify = maintainerCanModify
  const { data } = await callApi<PullRequest>(github, {
    method: 'POST',
    path: apiPath`/repos/${owner}/${repo}/pulls`,
    body,
    subject: `a new pull request from "${body.head}" into "${body.base}" in ${owner}/${repo}`,
    needs: WRITE_NEEDS,
  })
  return data
}

export interface PullRequestInput {
  repository: unknown
  pullNumber: unknown
}

/** GET /repos/{owner}/{repo}/pulls/{pull_number}: https://docs.github.com/en/rest/pulls/pulls#get-a-pull-request */
export async function getPullRequest(github: GitHubContext, input: PullRequestInput): Promise<PullRequest> {
  const { owner, repo } = repository(input.repository)
  const number = pullNumber(input.pullNumber)
  const { data } = await callApi<PullRequest>(github, {
    method: 'GET',
    path: apiPath`/repos/${owner}/${repo}/pulls/${number}`,
    subject: describePull({ owner, repo }, number),
    needs: READ_NEEDS,
  })
  return data
}

export interface ListPullRequestsInput {
  repository: unknown
  state: unknown
  head: unknown
  base: unknown
  sort: unknown
  direction: unknown
  fetchAll: unknown
  limit: unknown
  cursor: unknown
}

/** GET /repos/{owner}/{repo}/pulls: https://docs.github.com/en/rest/pulls/pulls#list-pull-requests */
export async function listPullRequests(github: GitHubContext, input: ListPullRequestsInput): Promise<ListResult<PullRequestSimple>> {
  const { owner, repo } = repository(input.repository)
  const head = optionalHeadRef(input.head, 'head')
  const query: ListQuery = {
    state: choice(input.state, 'state', { Open: 'open', Closed: 'closed', All: 'all' } as const),
    // GitHub filters head only as "owner:branch"; a bare branch name means this repository's owner.
    head: head === undefined || head.includes(':') ? head : `${owner}:${head}`,
    base: optionalRef(input.base, 'base'),
    sort: choice(input.sort, 'sort', {
      Created: 'created',
      Updated: 'updated',
      Popularity: 'popularity',
      'Long-running': 'long-running',
    } as const),
    direction: choice(input.direction, 'direction', { Ascending: 'asc', Descending: 'desc' } as const),
  }
  const options = listOptions(input.fetchAll, input.limit, input.cursor)
  return listAll<PullRequestSimple>(
    github,
    {
      method: 'GET',
      path: apiPath`/repos/${owner}/${repo}/pulls`,
      query,
      subject: `the pull requests of ${owner}/${repo}`,
      needs: READ_NEEDS,
    },
    options,
  )
}

export interface MergePullRequestInput extends PullRequestInput {
  mergeMethod: unknown
  commitTitle: unknown
  commitMessage: unknown
  sha: unknown
}

/** PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge: https://docs.github.com/en/rest/pulls/pulls#merge-a-pull-request */
export async function mergePullRequest(github: GitHubContext, input: MergePullRequestInput): Promise<MergeResult> {
  const ref = repository(input.repository)
  const number = pullNumber(input.pullNumber)
  const sha = optionalString(input.sha, 'sha', 64)
  if (sha !== undefined && !COMMIT_SHA.test(sha)) throw new InvalidInput('sha', 'must be a full commit SHA (40 hexadecimal characters).')
  const body: MergeBody = {
    merge_method: choice(input.mergeMethod, 'mergeMethod', { Merge: 'merge', Squash: 'squash', Rebase: 'rebase' } as const) ?? 'merge',
  }
  const commitTitle = optionalString(input.commitTitle, 'commitTitle', 1024)
  const commitMessage = optionalText(input.commitMessage, 'commitMessage', MAX_BODY_LENGTH)
  if (commitTitle !== undefined) body.commit_title = commitTitle
  if (commitMessage !== undefined) body.commit_message = commitMessage
  if (sha !== undefined) body.sha = sha
  try {
    const { data } = await callApi<MergeResult>(github, {
      method: 'PUT',
      path: apiPath`/repos/${ref.owner}/${ref.repo}/pulls/${number}/merge`,
      body,
      subject: `the merge of ${describePull(ref, number)}`,
      needs: MERGE_NEEDS,
    })
    return data
  } catch (error) {
    throw explainMergeFailure(error, ref, number, sha)
  }
}

export interface RequestReviewersInput extends PullRequestInput {
  reviewers: unknown
  teamReviewers: unknown
}

/** POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers: https://docs.github.com/en/rest/pulls/review-requests#request-reviewers-for-a-pull-request */
export async function requestReviewers(github: GitHubContext, input: RequestReviewersInput): Promise<PullRequestSimple> {
  const ref = repository(input.repository)
  const number = pullNumber(input.pullNumber)
  const reviewers = optionalStringList(input.reviewers, 'reviewers', MAX_REVIEWERS, 39)
  const teams = optionalStringList(input.teamReviewers, 'teamReviewers', MAX_REVIEWERS, 100)
  if (!reviewers?.length && !teams?.length) {
    throw new InvalidInput('reviewers', 'give at least one reviewer login, or a team slug in Team Reviewers.')
  }
  const wrongLogin = reviewers?.find((login) => !isLogin(login))
  if (wrongLogin !== undefined)
    throw new InvalidInput('reviewers', `contains "${wrongLogin}", which is not a GitHub login such as "octocat".`)
  const wrongTeam = teams?.find((slug) => !TEAM_SLUG.test(slug))
  if (wrongTeam !== undefined) {
    throw new InvalidInput(
      'teamReviewers',
      `contains "${wrongTeam}", which is not a team slug such as "justice-league" (without the organisation).`,
    )
  }
  const body: ReviewersBody = {}
  if (reviewers?.length) body.reviewers = reviewers
  if (teams?.length) body.team_reviewers = teams
  try {
    const { data } = await callApi<PullRequestSimple>(github, {
      method: 'POST',
      path: apiPath`/repos/${ref.owner}/${ref.repo}/pulls/${number}/requested_reviewers`,
      body,
      subject: `the review request on ${describePull(ref, number)}`,
      needs: WRITE_NEEDS,
    })
    return data
  } catch (error) {
    if (error instanceof ValidationFailed) {
      throw new ValidationFailed(
        `${error.message} Reviewers must be collaborators of ${ref.owner}/${ref.repo} (teams: teams of its organisation with access to it), and the author of the pull request cannot review it.`,
      )
    }
    throw error
  }
}

export interface ListPullRequestPageInput extends PullRequestInput {
  fetchAll: unknown
  limit: unknown
  cursor: unknown
}

/** GET /repos/{owner}/{repo}/pulls/{pull_number}/files: https://docs.github.com/en/rest/pulls/pulls#list-pull-requests-files */
export async function listPullRequestFiles(github: GitHubContext, input: ListPullRequestPageInput): Promise<ListResult<DiffEntry>> {
  const ref = repository(input.repository)
  const number = pullNumber(input.pullNumber)
  const options = listOptions(input.fetchAll, input.limit, input.cursor)
  return listAll<DiffEntry>(
    github,
    {
      method: 'GET',
      path: apiPath`/repos/${ref.owner}/${ref.repo}/pulls/${number}/files`,
      subject: `the files of ${describePull(ref, number)}`,
      needs: READ_NEEDS,
    },
    options,
  )
}

export interface UpdatePullRequestInput extends PullRequestInput {
  title: unknown
  body: unknown
  state: unknown
  base: unknown
  maintainerCanModify: unknown
}

/** PATCH /repos/{owner}/{repo}/pulls/{pull_number}: https://docs.github.com/en/rest/pulls/pulls#update-a-pull-request */
export async function updatePullRequest(github: GitHubContext, input: UpdatePullRequestInput): Promise<PullRequest> {
  const ref = repository(input.repository)
  const number = pullNumber(input.pullNumber)
  const body: UpdateBody = {}
  const title = optionalString(input.title, 'title', MAX_TITLE_LENGTH)
  const text = optionalText(input.body, 'body', MAX_BODY_LENGTH)
  const state = choice(input.state, 'state', { Open: 'open', Closed: 'closed' } as const)
  const base = optionalRef(input.base, 'base')
  const maintainerCanModify = optionalBoolean(input.maintainerCanModify, 'maintainerCanModify')
  if (title !== undefined) body.title = title
  if (text !== undefined) body.body = text
  if (state !== undefined) body.state = state
  if (base !== undefined) body.base = base
  if (maintainerCanModify !== undefined) body.maintainer_can_modify = maintainerCanModify
  if (Object.keys(body).length === 0) {
    throw new InvalidInput('title', 'nothing to update: give at least one of Title, Body, State, Base Branch or Maintainers Can Modify.')
  }
  const { data } = await callApi<PullRequest>(github, {
    method: 'PATCH',
    path: apiPath`/repos/${ref.owner}/${ref.repo}/pulls/${number}`,
    body,
    subject: describePull(ref, number),
    needs: WRITE_NEEDS,
  })
  return data
}

export interface CreatePullRequestReviewInput extends PullRequestInput {
  event: unknown
  body: unknown
  commitId: unknown
}

/** POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews: https://docs.github.com/en/rest/pulls/reviews#create-a-review-for-a-pull-request */
export async function createPullRequestReview(github: GitHubContext, input: CreatePullRequestReviewInput): Promise<Review> {
  const ref = repository(input.repository)
  const number = pullNumber(input.pullNumber)
  const event = choice(input.event, 'event', { Approve: 'APPROVE', 'Request Changes': 'REQUEST_CHANGES', Comment: 'COMMENT' } as const)
  // Without an event GitHub leaves the review PENDING (invisible until submitted): never what a flow means.
  if (event === undefined) throw new InvalidInput('event', 'is required: Approve, Request Changes or Comment.')
  const text = optionalText(input.body, 'body', MAX_BODY_LENGTH)
  if (event !== 'APPROVE' && (text === undefined || text.trim() === '')) {
    throw new InvalidInput('body', 'is required when the review requests changes or comments.')
  }
  const commitId = optionalString(input.commitId, 'commitId', 64)
  if (commitId !== undefined && !COMMIT_SHA.test(commitId)) {
    throw new InvalidInput('commitId', 'must be a full commit SHA (40 hexadecimal characters).')
  }
  const body: ReviewBody = { event }
  if (text !== undefined) body.body = text
  if (commitId !== undefined) body.commit_id = commitId
  const { data } = await callApi<Review>(github, {
    method: 'POST',
    path: apiPath`/repos/${ref.owner}/${ref.repo}/pulls/${number}/reviews`,
    body,
    subject: `a review of ${describePull(ref, number)}`,
    needs: WRITE_NEEDS,
  })
  return data
}

/** GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews: https://docs.github.com/en/rest/pulls/reviews#list-reviews-for-a-pull-request */
export async function listPullRequestReviews(github: GitHubContext, input: ListPullRequestPageInput): Promise<ListResult<Review>> {
  const ref = repository(input.repository)
  const number = pullNumber(input.pullNumber)
  const options = listOptions(input.fetchAll, input.limit, input.cursor)
  return listAll<Review>(
    github,
    {
      method: 'GET',
      path: apiPath`/repos/${ref.owner}/${ref.repo}/pulls/${number}/reviews`,
      subject: `the reviews of ${describePull(ref, number)}`,
      needs: READ_NEEDS,
    },
    options,
  )
}

function pullNumber(value: unknown): number {
  return requiredInteger(value, 'pullNumber', 1, MAX_PULL_NUMBER)
}

function describePull({ owner, repo }: RepositoryRef, number: number): string {
  return `pull request #${number} in ${owner}/${repo}`
}

function requiredRef(value: unknown, parameter: string): string {
  const ref = optionalRef(value, parameter)
  if (ref === undefined) throw new InvalidInput(parameter, 'is required.')
  return ref
}

/** A head branch: "branch", or "owner:branch" for a branch in a fork. */
function optionalHeadRef(value: unknown, parameter: string): string | undefined {
  const text = optionalString(value, parameter, 300)
  if (text === undefined) return undefined
  const colon = text.indexOf(':')
  if (colon === -1) return optionalRef(text, parameter)
  const owner = text.slice(0, colon)
  if (!isLogin(owner)) throw new InvalidInput(parameter, 'must be a branch name, or "owner:branch" for a branch in a fork.')
  return `${owner}:${requiredRef(text.slice(colon + 1), parameter)}`
}

function headRef(value: unknown, parameter: string): string {
  const ref = optionalHeadRef(value, parameter)
  if (ref === undefined) throw new InvalidInput(parameter, 'is required.')
  return ref
}

/** GitHub answers 405 when a pull request cannot be merged and 409 when its head moved past the expected SHA. */
function explainMergeFailure(error: unknown, ref: RepositoryRef, number: number, sha: string | undefined): unknown {
  const pull = describePull(ref, number)
  if (error instanceof Conflict && error.upstream?.status === 405) {
    return new Conflict(
      `${capitalise(pull)} cannot be merged.${githubSaid(error)} Check that it is open, not a draft, has no merge conflicts, passes the required checks and reviews, and that the repository allows the chosen merge method.`,
    )
  }
  if (error instanceof Conflict) {
    return new Conflict(
      `${capitalise(pull)} was not merged: its head changed${sha ? ` and is no longer ${sha}` : ''}.${githubSaid(error)} Get the pull request again, review the new commits, and merge with its current head SHA.`,
    )
  }
  return error
}
