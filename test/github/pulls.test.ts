import nock from 'nock'
import {
  createPullRequest,
  createPullRequestReview,
  findOrCreatePullRequest,
  getPullRequest,
  getPullRequestsDictionary,
  listPullRequestCommits,
  removeRequestedReviewers,
  updatePullRequestBranch,
  listPullRequestFiles,
  listPullRequestReviews,
  listPullRequests,
  mergePullRequest,
  requestReviewers,
  updatePullRequest,
} from '../../src/github/pulls'
import { API, API_HEADERS, expectInvalidInput, githubContext, operationContext } from '../helpers/github'

const REPO = 'octocat/Hello-World'
const PULLS = '/repos/octocat/Hello-World/pulls'
const HEAD_SHA = '6dcb09b5b57875f334f61aebed695e2e4193db5e'

const pull = {
  url: `${API}${PULLS}/1347`,
  id: 1,
  number: 1347,
  state: 'open',
  title: 'Amazing new feature',
  head: { ref: 'new-topic', sha: HEAD_SHA },
  base: { ref: 'main' },
  draft: false,
  mergeable: true,
}

const listParams = { fetchAll: undefined, limit: undefined, cursor: undefined }

describe('createPullRequest', () => {
  const input = {
    repository: REPO,
    head: 'new-topic',
    base: 'main',
    title: 'Amazing new feature',
    body: 'Please pull these awesome changes in!\n',
    draft: true,
    maintainerCanModify: false,
  }

  it('posts head, base, title, body, draft and maintainer_can_modify with the API headers', async () => {
    const scope = nock(API, { reqheaders: API_HEADERS })
      .post(PULLS, {
        head: 'new-topic',
        base: 'main',
        title: 'Amazing new feature',
        body: 'Please pull these awesome changes in!\n',
        draft: true,
        maintainer_can_modify: false,
      })
      .reply(201, pull)
    await expect(createPullRequest(githubContext(), input)).resolves.toEqual(pull)
    expect(scope.isDone()).toBe(true)
  })

  it('leaves unset options out and accepts a fork head as owner:branch', async () => {
    const scope = nock(API)
      .post(PULLS, (body: Record<string, unknown>) => {
        return JSON.stringify(body) === JSON.stringify({ head: 'hubot:fix/typo', base: 'main', title: 'Fix typo' })
      })
      .reply(201, pull)
    await createPullRequest(githubContext(), {
      repository: REPO,
      head: 'hubot:fix/typo',
      base: 'main',
      title: 'Fix typo',
      body: '',
      draft: null,
      maintainerCanModify: undefined,
    })
    expect(scope.isDone()).toBe(true)
  })

  it.each([
    ['repository', { repository: 'not a repo' }],
    ['head', { head: '' }],
    ['head', { head: 'bad..branch' }],
    ['head', { head: '-bad owner:branch' }],
    ['base', { base: 'with space' }],
    ['title', { title: '   ' }],
    ['title', { title: 'x'.repeat(257) }],
    ['draft', { draft: 'yes' }],
  ])('rejects a bad %s before sending anything', async (parameter, change) => {
    await expectInvalidInput(() => createPullRequest(githubContext(), { ...input, ...change }), parameter)
  })

  it('maps 422 to validation_failed with GitHub reasons', async () => {
    nock(API)
      .post(PULLS)
      .reply(422, {
        message: 'Validation Failed',
        errors: [{ resource: 'PullRequest', code: 'custom', message: 'No commits between main and new-topic' }],
      })
    await expect(createPullRequest(githubContext(), input)).rejects.toMatchObject({
      kind: 'validation_failed',
      message: expect.stringContaining('No commits between main and new-topic'),
    })
  })

  it('maps 404 to not_found with the scope hint, and 403 to forbidden', async () => {
    nock(API).post(PULLS).reply(404, { message: 'Not Found' })
    await expect(createPullRequest(operationContext('createPullRequest'), input)).rejects.toMatchObject({
      kind: 'not_found',
      message: expect.stringContaining('GitHub App permission "Pull requests: write"'),
    })
    nock(API).post(PULLS).reply(403, { message: 'Resource not accessible by integration' }, { 'x-oauth-scopes': 'read:user' })
    await expect(createPullRequest(operationContext('createPullRequest'), input)).rejects.toMatchObject({
      kind: 'forbidden',
      message: expect.stringContaining('read:user'),
    })
  })

  it('does not retry a failed write', async () => {
    const scope = nock(API).post(PULLS).reply(502, 'Bad Gateway').post(PULLS).reply(201, pull)
    await expect(createPullRequest(githubContext(), input)).rejects.toMatchObject({ kind: 'upstream_unavailable' })
    expect(scope.pendingMocks()).toHaveLength(1)
  })
})

describe('getPullRequest', () => {
  it('gets the pull request by number (numeric text accepted)', async () => {
    const scope = nock(API, { reqheaders: API_HEADERS }).get(`${PULLS}/1347`).reply(200, pull)
    await expect(getPullRequest(githubContext(), { repository: REPO, pullNumber: '1347' })).resolves.toEqual(pull)
    expect(scope.isDone()).toBe(true)
  })

  it.each([0, -1, 1.5, 'abc', 2 ** 31, null])('rejects pull number %p', async (pullNumber) => {
    await expectInvalidInput(() => getPullRequest(githubContext(), { repository: REPO, pullNumber }), 'pullNumber')
  })

  it('maps 404 to not_found naming the pull request, and 401 to reconnect', async () => {
    nock(API).get(`${PULLS}/9`).reply(404, { message: 'Not Found' })
    await expect(getPullRequest(operationContext('getPullRequest'), { repository: REPO, pullNumber: 9 })).rejects.toMatchObject({
      kind: 'not_found',
      message: expect.stringMatching(/^Pull request #9 in octocat\/Hello-World was not found.*"repo" scope/),
    })
    nock(API).get(`${PULLS}/9`).reply(401, { message: 'Bad credentials' })
    await expect(getPullRequest(operationContext('getPullRequest'), { repository: REPO, pullNumber: 9 })).rejects.toMatchObject({
      kind: 'reconnect_required',
    })
  })
})

describe('listPullRequests', () => {
  const link = (page: number): string =>
    `<${API}${PULLS}?state=closed&per_page=2&page=${page}>; rel="next", <${API}${PULLS}?page=9>; rel="last"`

  it('maps the DROPDOWN labels to API values, prefixes a bare head with the owner, and returns a cursor', async () => {
    const scope = nock(API, { reqheaders: API_HEADERS })
      .get(PULLS)
      .query({ state: 'closed', head: 'octocat:new-topic', base: 'main', sort: 'long-running', direction: 'asc', per_page: '2' })
      .reply(200, [pull, { ...pull, number: 1348 }], { link: link(2) })
    const result = await listPullRequests(githubContext(), {
      repository: REPO,
      state: 'Closed',
      head: 'new-topic',
      base: 'main',
      sort: 'Long-running',
      direction: 'Ascending',
      fetchAll: false,
      limit: 2,
      cursor: undefined,
    })
    expect(scope.isDone()).toBe(true)
    expect(result.items.map((item) => item.number)).toEqual([1347, 1348])
    expect(result.nextCursor).toEqual(expect.any(String))

    const next = nock(API)
      .get(PULLS)
      .query({ state: 'closed', per_page: '2', page: '2' })
      .reply(200, [{ ...pull, number: 1 }])
    // The cursor continues the listing of the same parameters (it is sealed to them).
    const second = await listPullRequests(githubContext(), {
      repository: REPO,
      state: 'Closed',
      head: 'new-topic',
      base: 'main',
      sort: 'Long-running',
      direction: 'Ascending',
      fetchAll: false,
      limit: 2,
      cursor: result.nextCursor,
    })
    expect(next.isDone()).toBe(true)
    expect(second).toEqual({ items: [{ ...pull, number: 1 }], nextCursor: null })
  })

  it('keeps a fork head as given and sends only what was set', async () => {
    const scope = nock(API).get(PULLS).query({ head: 'hubot:patch-1', per_page: '30' }).reply(200, [])
    await expect(
      listPullRequests(githubContext(), {
        repository: REPO,
        state: '',
        head: 'hubot:patch-1',
        base: '',
        sort: null,
        direction: undefined,
        ...listParams,
      }),
    ).resolves.toEqual({ items: [], nextCursor: null })
    expect(scope.isDone()).toBe(true)
  })

  it.each([
    ['state', { state: 'Merged' }],
    ['sort', { sort: 'name' }],
    ['direction', { direction: 'up' }],
    ['limit', { limit: 101 }],
    ['cursor', { cursor: 'not-a-cursor' }],
  ])('rejects a bad %s before sending anything', async (parameter, change) => {
    const input = {
      repository: REPO,
      state: undefined,
      head: undefined,
      base: undefined,
      sort: undefined,
      direction: undefined,
      ...listParams,
    }
    await expectInvalidInput(() => listPullRequests(githubContext(), { ...input, ...change }), parameter)
  })
})

describe('mergePullRequest', () => {
  const input = {
    repository: REPO,
    pullNumber: 1347,
    mergeMethod: 'Squash',
    commitTitle: 'Feature (#1347)',
    commitMessage: 'Details',
    sha: HEAD_SHA,
  }
  const merged = { sha: HEAD_SHA, merged: true, message: 'Pull Request successfully merged' }

  it('puts the merge method, commit title and message and the expected head SHA', async () => {
    const scope = nock(API, { reqheaders: API_HEADERS })
      .put(`${PULLS}/1347/merge`, { merge_method: 'squash', commit_title: 'Feature (#1347)', commit_message: 'Details', sha: HEAD_SHA })
      .reply(200, merged)
    await expect(mergePullRequest(githubContext(), input)).resolves.toEqual(merged)
    expect(scope.isDone()).toBe(true)
  })

  it('defaults to a merge commit', async () => {
    const scope = nock(API).put(`${PULLS}/7/merge`, { merge_method: 'merge' }).reply(200, merged)
    await mergePullRequest(githubContext(), {
      repository: REPO,
      pullNumber: 7,
      mergeMethod: undefined,
      commitTitle: '',
      commitMessage: '',
      sha: '',
    })
    expect(scope.isDone()).toBe(true)
  })

  it('maps 405 (not mergeable) to a conflict that says what to check', async () => {
    nock(API).put(`${PULLS}/1347/merge`).reply(405, { message: 'Pull Request is not mergeable' })
    await expect(mergePullRequest(githubContext(), input)).rejects.toMatchObject({
      kind: 'conflict',
      message: expect.stringMatching(
        /^Pull request #1347 in octocat\/Hello-World cannot be merged\. GitHub said: "Pull Request is not mergeable"\..*draft/,
      ),
    })
  })

  it('maps 409 (head changed) to a conflict naming the expected SHA', async () => {
    nock(API).put(`${PULLS}/1347/merge`).reply(409, { message: 'Head branch was modified. Review and try the merge again.' })
    await expect(mergePullRequest(githubContext(), input)).rejects.toMatchObject({
      kind: 'conflict',
      message: expect.stringContaining(`its head changed and is no longer ${HEAD_SHA}. GitHub said: "Head branch was modified.`),
    })
  })

  it('passes other failures through (422)', async () => {
    nock(API)
      .put(`${PULLS}/1347/merge`)
      .reply(422, { message: 'Validation Failed', errors: [{ field: 'merge_method', code: 'invalid' }] })
    await expect(mergePullRequest(githubContext(), input)).rejects.toMatchObject({
      kind: 'validation_failed',
      message: expect.stringContaining('merge_method invalid'),
    })
  })

  it.each([
    ['mergeMethod', { mergeMethod: 'Fast-forward' }],
    ['sha', { sha: 'abc123' }],
    ['pullNumber', { pullNumber: 'x' }],
  ])('rejects a bad %s before sending anything', async (parameter, change) => {
    await expectInvalidInput(() => mergePullRequest(githubContext(), { ...input, ...change }), parameter)
  })
})

describe('requestReviewers', () => {
  it('posts reviewers and team reviewers (comma-separated text accepted)', async () => {
    const scope = nock(API, { reqheaders: API_HEADERS })
      .post(`${PULLS}/1347/requested_reviewers`, { reviewers: ['octocat', 'hubot'], team_reviewers: ['justice-league'] })
      .reply(201, pull)
    await expect(
      requestReviewers(githubContext(), {
        repository: REPO,
        pullNumber: 1347,
        reviewers: ['octocat', 'hubot'],
        teamReviewers: 'justice-league',
      }),
    ).resolves.toEqual(pull)
    expect(scope.isDone()).toBe(true)
  })

  it('accepts Enterprise Managed User logins (mona_acme)', async () => {
    const scope = nock(API)
      .post(`${PULLS}/2/requested_reviewers`, { reviewers: ['mona_acme'] })
      .reply(201, pull)
    await requestReviewers(githubContext(), { repository: REPO, pullNumber: 2, reviewers: 'mona_acme', teamReviewers: undefined })
    expect(scope.isDone()).toBe(true)
  })

  it('sends teams alone when no user is given', async () => {
    const scope = nock(API)
      .post(`${PULLS}/1/requested_reviewers`, (body: Record<string, unknown>) => JSON.stringify(body) === '{"team_reviewers":["core"]}')
      .reply(201, pull)
    await requestReviewers(githubContext(), { repository: REPO, pullNumber: 1, reviewers: [], teamReviewers: ['core'] })
    expect(scope.isDone()).toBe(true)
  })

  it.each([
    ['reviewers', { reviewers: undefined, teamReviewers: '' }],
    ['reviewers', { reviewers: ['not a login'], teamReviewers: undefined }],
    ['teamReviewers', { reviewers: undefined, teamReviewers: ['org/team'] }],
  ])('rejects bad %s before sending anything', async (parameter, change) => {
    await expectInvalidInput(() => requestReviewers(githubContext(), { repository: REPO, pullNumber: 1, ...change }), parameter)
  })

  it('explains a 422 (reviewer is not a collaborator)', async () => {
    nock(API).post(`${PULLS}/1/requested_reviewers`).reply(422, {
      message:
        'Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the octocat/Hello-World repository.',
    })
    await expect(
      requestReviewers(githubContext(), { repository: REPO, pullNumber: 1, reviewers: 'stranger', teamReviewers: undefined }),
    ).rejects.toMatchObject({
      kind: 'validation_failed',
      message: expect.stringMatching(/only be requested from collaborators.*Reviewers must be collaborators of octocat\/Hello-World/),
    })
  })
})

describe('listPullRequestFiles', () => {
  const file = (name: string) => ({ sha: HEAD_SHA, filename: name, status: 'modified', additions: 1, deletions: 0, changes: 1 })

  it('follows the pages up to the limit when Fetch All Pages is on', async () => {
    const path = `${PULLS}/1347/files`
    const scope = nock(API, { reqheaders: API_HEADERS })
      .get(path)
      .query({ per_page: '100' })
      .reply(200, [file('a.ts'), file('b.ts')], { link: `<${API}${path}?per_page=100&page=2>; rel="next"` })
      .get(path)
      .query({ per_page: '100', page: '2' })
      .reply(200, [file('c.ts'), file('d.ts')], { link: `<${API}${path}?per_page=100&page=3>; rel="next"` })
    const result = await listPullRequestFiles(githubContext(), {
      repository: REPO,
      pullNumber: 1347,
      fetchAll: true,
      limit: 3,
      cursor: undefined,
    })
    expect(scope.isDone()).toBe(true)
    expect(result.items.map((item) => item.filename)).toEqual(['a.ts', 'b.ts', 'c.ts'])
  })

  it('maps 404 to not_found', async () => {
    nock(API).get(`${PULLS}/5/files`).query(true).reply(404, { message: 'Not Found' })
    await expect(listPullRequestFiles(githubContext(), { repository: REPO, pullNumber: 5, ...listParams })).rejects.toMatchObject({
      kind: 'not_found',
    })
  })

  it('rejects a bad pull number before sending anything', async () => {
    await expectInvalidInput(() => listPullRequestFiles(githubContext(), { repository: REPO, pullNumber: -5, ...listParams }), 'pullNumber')
  })
})

describe('updatePullRequest', () => {
  it('patches only the fields that were given', async () => {
    const scope = nock(API, { reqheaders: API_HEADERS })
      .patch(
        `${PULLS}/1347`,
        (body: Record<string, unknown>) => JSON.stringify(body) === '{"title":"New title","state":"closed","base":"develop"}',
      )
      .reply(200, { ...pull, title: 'New title', state: 'closed' })
    const result = await updatePullRequest(githubContext(), {
      repository: REPO,
      pullNumber: 1347,
      title: 'New title',
      body: undefined,
      state: 'Closed',
      base: 'develop',
      maintainerCanModify: undefined,
    })
    expect(scope.isDone()).toBe(true)
    expect(result).toMatchObject({ title: 'New title', state: 'closed' })
  })

  it('refuses an update with nothing to change, and a bad state', async () => {
    const empty = { repository: REPO, pullNumber: 1, title: '', body: '', state: '', base: '', maintainerCanModify: undefined }
    await expectInvalidInput(() => updatePullRequest(githubContext(), empty), 'title')
    await expectInvalidInput(() => updatePullRequest(githubContext(), { ...empty, state: 'Merged' }), 'state')
  })
})

describe('createPullRequestReview', () => {
  const review = { id: 80, node_id: 'MDE3OlB1bGxSZXF1ZXN0UmV2aWV3ODA=', state: 'APPROVED', body: '', commit_id: HEAD_SHA }

  it('approves without a body', async () => {
    const scope = nock(API, { reqheaders: API_HEADERS })
      .post(`${PULLS}/1347/reviews`, (body: Record<string, unknown>) => JSON.stringify(body) === '{"event":"APPROVE"}')
      .reply(200, review)
    await expect(
      createPullRequestReview(githubContext(), { repository: REPO, pullNumber: 1347, event: 'Approve', body: '', commitId: undefined }),
    ).resolves.toEqual(review)
    expect(scope.isDone()).toBe(true)
  })

  it('requests changes with a body on a given commit', async () => {
    const scope = nock(API)
      .post(`${PULLS}/1347/reviews`, { event: 'REQUEST_CHANGES', body: 'Please add tests.', commit_id: HEAD_SHA })
      .reply(200, { ...review, state: 'CHANGES_REQUESTED' })
    await createPullRequestReview(githubContext(), {
      repository: REPO,
      pullNumber: 1347,
      event: 'Request Changes',
      body: 'Please add tests.',
      commitId: HEAD_SHA,
    })
    expect(scope.isDone()).toBe(true)
  })

  it.each([
    ['event', { event: undefined, body: 'x' }],
    ['event', { event: 'Reject', body: 'x' }],
    ['body', { event: 'Comment', body: '  ' }],
    ['body', { event: 'Request Changes', body: undefined }],
    ['commitId', { event: 'Approve', body: undefined, commitId: 'main' }],
  ])('rejects a bad %s before sending anything', async (parameter, change) => {
    await expectInvalidInput(
      () => createPullRequestReview(githubContext(), { repository: REPO, pullNumber: 1, commitId: undefined, ...change }),
      parameter,
    )
  })

  it('maps 422 (e.g. approving your own pull request)', async () => {
    nock(API)
      .post(`${PULLS}/1/reviews`)
      .reply(422, { message: 'Unprocessable Entity', errors: ['Can not approve your own pull request'] })
    await expect(
      createPullRequestReview(githubContext(), { repository: REPO, pullNumber: 1, event: 'Approve', body: undefined, commitId: undefined }),
    ).rejects.toMatchObject({ kind: 'validation_failed', message: expect.stringContaining('Can not approve your own pull request') })
  })
})

describe('listPullRequestReviews', () => {
  it('lists one page of reviews', async () => {
    const scope = nock(API, { reqheaders: API_HEADERS })
      .get(`${PULLS}/1347/reviews`)
      .query({ per_page: '10' })
      .reply(200, [{ id: 80, state: 'APPROVED' }])
    await expect(
      listPullRequestReviews(githubContext(), { repository: REPO, pullNumber: 1347, fetchAll: false, limit: 10, cursor: '' }),
    ).resolves.toEqual({ items: [{ id: 80, state: 'APPROVED' }], nextCursor: null })
    expect(scope.isDone()).toBe(true)
  })
})

describe('findOrCreatePullRequest', () => {
  const input = {
    repository: REPO,
    head: 'new-topic',
    base: 'main',
    title: 'Amazing new feature',
    body: undefined,
    draft: undefined,
    maintainerCanModify: undefined,
  }
  const search = () => nock(API).get(PULLS).query({ state: 'open', head: 'octocat:new-topic', base: 'main', per_page: '1' })

  it('returns the open pull request from head into base, without creating one', async () => {
    search().reply(200, [{ number: 1347 }])
    nock(API).get(`${PULLS}/1347`).reply(200, pull)
    await expect(findOrCreatePullRequest(githubContext(), input)).resolves.toEqual({ created: false, pullRequest: pull })
  })

  it('creates one when none is open', async () => {
    search().reply(200, [])
    const create = nock(API).post(PULLS, { head: 'new-topic', base: 'main', title: 'Amazing new feature' }).reply(201, pull)
    await expect(findOrCreatePullRequest(githubContext(), input)).resolves.toEqual({ created: true, pullRequest: pull })
    expect(create.isDone()).toBe(true)
  })

  it('finds the one opened at the same moment when GitHub refuses a second', async () => {
    search().reply(200, [])
    nock(API)
      .post(PULLS)
      .reply(422, { message: 'Validation Failed', errors: [{ message: 'A pull request already exists for octocat:new-topic.' }] })
    search().reply(200, [{ number: 1347 }])
    nock(API).get(`${PULLS}/1347`).reply(200, pull)
    await expect(findOrCreatePullRequest(githubContext(), input)).resolves.toEqual({ created: false, pullRequest: pull })
  })

  it('checks every value before searching', async () => {
    await expectInvalidInput(findOrCreatePullRequest(githubContext(), { ...input, draft: 'maybe' }), 'draft')
    await expectInvalidInput(findOrCreatePullRequest(githubContext(), { ...input, title: undefined }), 'title')
  })
})

describe('review requests, commits and the head branch', () => {
  it('withdraws review requests (reviewers always sent, as GitHub requires)', async () => {
    const scope = nock(API)
      .delete(`${PULLS}/1347/requested_reviewers`, { reviewers: [], team_reviewers: ['justice-league'] })
      .reply(200, { number: 1347, requested_reviewers: [] })
    await removeRequestedReviewers(githubContext(), {
      repository: REPO,
      pullNumber: 1347,
      reviewers: undefined,
      teamReviewers: 'justice-league',
    })
    expect(scope.isDone()).toBe(true)
    await expectInvalidInput(
      removeRequestedReviewers(githubContext(), { repository: REPO, pullNumber: 1347, reviewers: undefined, teamReviewers: undefined }),
      'reviewers',
    )
  })

  it('lists the commits of a pull request', async () => {
    nock(API)
      .get(`${PULLS}/1347/commits`)
      .query({ per_page: '30' })
      .reply(200, [{ sha: 'a' }, { sha: 'b' }])
    const page = await listPullRequestCommits(githubContext(), {
      repository: REPO,
      pullNumber: 1347,
      fetchAll: undefined,
      limit: undefined,
      cursor: undefined,
    })
    expect(page.items.map((commit) => commit.sha)).toEqual(['a', 'b'])
  })

  it('updates the head branch only if it is still the expected commit', async () => {
    const scope = nock(API)
      .put(`${PULLS}/1347/update-branch`, { expected_head_sha: HEAD_SHA })
      .reply(202, { message: 'Updating pull request branch.', url: 'https://github.com/repos/octocat/Hello-World/pulls/1347' })
    await expect(
      updatePullRequestBranch(githubContext(), { repository: REPO, pullNumber: 1347, expectedHeadSha: HEAD_SHA }),
    ).resolves.toEqual({
      repository: REPO,
      pullNumber: 1347,
      message: 'Updating pull request branch.',
      url: 'https://github.com/repos/octocat/Hello-World/pulls/1347',
    })
    expect(scope.isDone()).toBe(true)
    await expectInvalidInput(
      updatePullRequestBranch(githubContext(), { repository: REPO, pullNumber: 1347, expectedHeadSha: 'main' }),
      'expectedHeadSha',
    )
  })

  it('offers the open pull requests by number', async () => {
    nock(API)
      .get(PULLS)
      .query({ state: 'open', sort: 'created', direction: 'desc', per_page: '100' })
      .reply(200, [
        { number: 1347, title: 'Amazing new feature', head: { ref: 'new-topic' }, base: { ref: 'main' }, user: { login: 'octocat' } },
      ])
    await expect(getPullRequestsDictionary(githubContext(), { criteria: { repository: REPO } })).resolves.toEqual({
      items: [{ label: '#1347 Amazing new feature', value: 1347, note: 'new-topic → main' }],
      cursor: null,
    })
  })
})
