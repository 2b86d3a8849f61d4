import nock from 'nock'
import {
  createReviewComment,
  dismissReview,
  getReviewsDictionary,
  listReviewComments,
  replyToReviewComment,
  submitReview,
} from '../../src/github/reviews'
import { API, expectInvalidInput, githubContext } from '../helpers/github'

const REPO = 'octocat/Hello-World'
const PULL = '/repos/octocat/Hello-World/pulls/12'
const SHA = '6dcb09b5b57875f334f61aebed695e2e4193db5e'

describe('reviews', () => {
  it('dismisses a review with the message GitHub shows', async () => {
    const scope = nock(API)
      .put(`${PULL}/reviews/80/dismissals`, { message: 'Outdated', event: 'DISMISS' })
      .reply(200, { id: 80, state: 'DISMISSED' })
    await expect(
      dismissReview(githubContext(), { repository: REPO, pullNumber: 12, reviewId: 80, message: 'Outdated' }),
    ).resolves.toMatchObject({
      state: 'DISMISSED',
    })
    expect(scope.isDone()).toBe(true)
    await expectInvalidInput(dismissReview(githubContext(), { repository: REPO, pullNumber: 12, reviewId: 80, message: ' ' }), 'message')
  })

  it('submits a pending review with the event picked', async () => {
    const scope = nock(API).post(`${PULL}/reviews/80/events`, { event: 'REQUEST_CHANGES', body: 'Please fix' }).reply(200, { id: 80 })
    await submitReview(githubContext(), { repository: REPO, pullNumber: 12, reviewId: 80, event: 'Request Changes', body: 'Please fix' })
    expect(scope.isDone()).toBe(true)
    await expectInvalidInput(
      submitReview(githubContext(), { repository: REPO, pullNumber: 12, reviewId: 80, event: undefined, body: undefined }),
      'event',
    )
  })

  it('offers the reviews of the picked pull request, and nothing before one is picked', async () => {
    nock(API)
      .get(`${PULL}/reviews`)
      .query(true)
      .reply(200, [{ id: 80, user: { login: 'hubot' }, state: 'CHANGES_REQUESTED', submitted_at: '2026-01-02T03:04:05Z' }])
    await expect(getReviewsDictionary(githubContext(), { criteria: { repository: REPO, pullNumber: 12 } })).resolves.toEqual({
      items: [{ label: 'hubot: changes requested', value: 80, note: '2026-01-02 03:04' }],
      cursor: null,
    })
    await expect(getReviewsDictionary(githubContext(), { criteria: { repository: REPO } })).resolves.toEqual({ items: [], cursor: null })
  })
})

describe('review comments', () => {
  const comment = {
    repository: REPO,
    pullNumber: 12,
    body: 'Nice',
    path: 'src/app.ts',
    line: undefined,
    startLine: undefined,
    side: undefined,
    commitId: SHA,
  }

  it('comments on a range of the new code', async () => {
    const scope = nock(API)
      .post(`${PULL}/comments`, {
        body: 'Nice',
        commit_id: SHA,
        path: 'src/app.ts',
        line: 5,
        side: 'RIGHT',
        start_line: 3,
        start_side: 'RIGHT',
      })
      .reply(201, { id: 10 })
    await createReviewComment(githubContext(), { ...comment, line: 5, startLine: 3 })
    expect(scope.isDone()).toBe(true)
  })

  it("comments on a whole file at the pull request's head when no line and no commit are given", async () => {
    nock(API)
      .get(PULL)
      .reply(200, { head: { sha: SHA } })
    const scope = nock(API)
      .post(`${PULL}/comments`, { body: 'Nice', commit_id: SHA, path: 'src/app.ts', subject_type: 'file' })
      .reply(201, { id: 11 })
    await createReviewComment(githubContext(), { ...comment, commitId: undefined })
    expect(scope.isDone()).toBe(true)
  })

  it('refuses a range without an end, a reversed range, an empty body and a path that leaves the repository', async () => {
    await expectInvalidInput(createReviewComment(githubContext(), { ...comment, startLine: 3 }), 'startLine')
    await expectInvalidInput(createReviewComment(githubContext(), { ...comment, line: 3, startLine: 5 }), 'startLine')
    await expectInvalidInput(createReviewComment(githubContext(), { ...comment, body: '  ' }), 'body')
    await expectInvalidInput(createReviewComment(githubContext(), { ...comment, path: '../secrets' }), 'path')
  })

  it('lists the comments oldest first and replies in a thread', async () => {
    nock(API)
      .get(`${PULL}/comments`)
      .query({ sort: 'created', direction: 'asc', per_page: '30' })
      .reply(200, [{ id: 10 }])
    const page = await listReviewComments(githubContext(), {
      repository: REPO,
      pullNumber: 12,
      fetchAll: undefined,
      limit: undefined,
      cursor: undefined,
    })
    expect(page.items).toEqual([{ id: 10 }])
    const scope = nock(API).post(`${PULL}/comments/10/replies`, { body: 'Thanks' }).reply(201, { id: 12, in_reply_to_id: 10 })
    await expect(
      replyToReviewComment(githubContext(), { repository: REPO, pullNumber: 12, commentId: 10, body: 'Thanks' }),
    ).resolves.toMatchObject({
      in_reply_to_id: 10,
    })
    expect(scope.isDone()).toBe(true)
  })
})
