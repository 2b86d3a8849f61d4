import nock from 'nock'
import {
  addIssueComment,
  assignIssue,
  createIssue,
  deleteIssueComment,
  editIssueComment,
  getIssue,
  listIssueComments,
  listIssues,
  lockIssue,
  unassignIssue,
  unlockIssue,
  updateIssue,
  type Issue,
} from '../../src/github/issues'
import { addLabelsToIssue, createLabel, deleteLabel, listLabels, removeLabelFromIssue, updateLabel } from '../../src/github/labels'
import { API, API_HEADERS, expectInvalidInput, githubContext, operationContext } from '../helpers/github'
import { recordedExchange, recordedExchanges } from '../helpers/octokit-fixtures'

const REPO = 'octocat/Hello-World'
const ISSUES = '/repos/octocat/Hello-World/issues'

function api(): nock.Scope {
  return nock(API, { reqheaders: API_HEADERS })
}

function issue(number: number, extra: Partial<Issue> = {}): Partial<Issue> {
  return { id: 1000 + number, number, title: `Issue ${number}`, state: 'open', ...extra }
}

describe('createIssue', () => {
  it('sends the recorded POST of @octokit/fixtures (title only) and returns the created issue', async () => {
    const recorded = recordedExchange('add-labels-to-issue', 0, 'POST', '/repos/octokit-fixture-org/add-labels-to-issue/issues')
    const scope = api()
      .post('/repos/octokit-fixture-org/add-labels-to-issue/issues', { title: 'Issue without a label' })
      .reply(recorded.status, recorded.response as object)
    const created = await createIssue(githubContext(), {
      repository: 'octokit-fixture-org/add-labels-to-issue',
      title: 'Issue without a label',
    })
    expect(created).toMatchObject({ number: 1, title: 'Issue without a label', state: 'open' })
    expect(scope.isDone()).toBe(true)
  })

  it('sends body, labels, assignees and milestone when given', async () => {
    const scope = api()
      .post(ISSUES, {
        title: 'Found a bug',
        body: 'Steps:\n1. run',
        labels: ['bug', 'help wanted'],
        assignees: ['octocat', 'hubot'],
        milestone: 3,
      })
      .reply(201, issue(1347, { title: 'Found a bug' }))
    const created = await createIssue(githubContext(), {
      repository: 'https://github.com/octocat/Hello-World.git',
      title: '  Found a bug ',
      body: 'Steps:\n1. run',
      labels: 'bug, help wanted',
      assignees: ['octocat', 'hubot'],
      milestone: '3',
    })
    expect(created).toMatchObject({ number: 1347, title: 'Found a bug' })
    expect(scope.isDone()).toBe(true)
  })

  it('accepts Enterprise Managed User logins (mona_acme) as assignees and filters', async () => {
    const create = api()
      .post(ISSUES, { title: 'T', assignees: ['mona_acme'] })
      .reply(201, issue(2))
    await createIssue(githubContext(), { repository: REPO, title: 'T', assignees: 'mona_acme' })
    const list = api().get(ISSUES).query({ assignee: 'mona_acme', creator: 'hubot_acme', per_page: '30' }).reply(200, [])
    await listIssues(githubContext(), { repository: REPO, assignee: 'mona_acme', creator: 'hubot_acme' })
    expect(create.isDone() && list.isDone()).toBe(true)
  })

  it('leaves out empty optional fields', async () => {
    const scope = api().post(ISSUES, { title: 'T' }).reply(201, issue(1))
    await createIssue(githubContext(), { repository: REPO, title: 'T', body: '', labels: [], assignees: '', milestone: null })
    expect(scope.isDone()).toBe(true)
  })

  it.each([
    [{ repository: 'not a repo', title: 'T' }, 'repository'],
    [{ repository: REPO, title: '' }, 'title'],
    [{ repository: REPO, title: 'x'.repeat(257) }, 'title'],
    [{ repository: REPO, title: 'T', body: 'x'.repeat(65537) }, 'body'],
    [{ repository: REPO, title: 'T', body: 42 }, 'body'],
    [{ repository: REPO, title: 'T', labels: [{ name: 'bug' }] }, 'labels'],
    [{ repository: REPO, title: 'T', labels: Array.from({ length: 101 }, (_, i) => `l${i}`) }, 'labels'],
    [{ repository: REPO, title: 'T', assignees: ['octo cat'] }, 'assignees'],
    [{ repository: REPO, title: 'T', assignees: Array.from({ length: 11 }, (_, i) => `user${i}`) }, 'assignees'],
    [{ repository: REPO, title: 'T', milestone: 'v1.0' }, 'milestone'],
    [{ repository: REPO, title: 'T', milestone: 0 }, 'milestone'],
  ])('rejects case %# naming the parameter, without a request', async (input, parameter) => {
    await expectInvalidInput(createIssue(githubContext(), input), parameter)
  })

  it('reports the message of a too long title with the limit', async () => {
    await expect(createIssue(githubContext(), { repository: REPO, title: 'x'.repeat(300) })).rejects.toThrow(
      'Invalid "title": must be at most 256 characters.',
    )
  })

  it('maps 404 to not_found naming the repository and the scope it needs', async () => {
    api().post(ISSUES).reply(404, { message: 'Not Found' })
    const error = createIssue(operationContext('createIssue'), { repository: REPO, title: 'T' })
    await expect(error).rejects.toMatchObject({ kind: 'not_found' })
    await expect(createIssueFailing(404)).rejects.toThrow(/octocat\/Hello-World.*"repo" scope.*"Issues: write"/)
  })

  it('maps 422 to validation_failed listing the rejected fields', async () => {
    api()
      .post(ISSUES)
      .reply(422, {
        message: 'Validation Failed',
        errors: [{ resource: 'Issue', field: 'milestone', code: 'invalid' }, { message: 'assignees octo-ghost cannot be assigned' }],
      })
    await expect(createIssue(githubContext(), { repository: REPO, title: 'T', milestone: 99 })).rejects.toMatchObject({
      kind: 'validation_failed',
      message: expect.stringMatching(/Issue milestone invalid; assignees octo-ghost cannot be assigned/),
    })
  })

  it('maps 401 to reconnect_required and 403 to forbidden with the granted scopes', async () => {
    await expect(createIssueFailing(401)).rejects.toMatchObject({ kind: 'reconnect_required' })
    api().post(ISSUES).reply(403, { message: 'Resource not accessible by integration' }, { 'x-oauth-scopes': 'read:user' })
    await expect(createIssue(githubContext(), { repository: REPO, title: 'T' })).rejects.toMatchObject({
      kind: 'forbidden',
      message: expect.stringContaining('The connection has the scopes: read:user'),
    })
  })

  it('does not retry a failed write', async () => {
    const scope = api().post(ISSUES).reply(502, 'Bad Gateway')
    await expect(createIssue(githubContext(), { repository: REPO, title: 'T' })).rejects.toMatchObject({ kind: 'upstream_unavailable' })
    expect(scope.isDone()).toBe(true)
  })

  function createIssueFailing(status: number): Promise<unknown> {
    api().post(ISSUES).reply(status, { message: 'x' })
    return createIssue(operationContext('createIssue'), { repository: REPO, title: 'T' })
  }
})

describe('getIssue', () => {
  it('sends GET /repos/{owner}/{repo}/issues/{number} and returns the issue', async () => {
    const scope = api()
      .get(`${ISSUES}/1347`)
      .reply(200, issue(1347, { state: 'closed' }))
    await expect(getIssue(githubContext(), { repository: REPO, issueNumber: '1347' })).resolves.toMatchObject({
      number: 1347,
      state: 'closed',
    })
    expect(scope.isDone()).toBe(true)
  })

  it.each([0, -3, 1.5, 'abc', '', null, 2 ** 31])('rejects the issue number %p without a request', async (issueNumber) => {
    await expectInvalidInput(getIssue(githubContext(), { repository: REPO, issueNumber }), 'issueNumber')
  })

  it('maps 404 to not_found naming the issue', async () => {
    api().get(`${ISSUES}/5`).reply(404, { message: 'Not Found' })
    await expect(getIssue(githubContext(), { repository: REPO, issueNumber: 5 })).rejects.toMatchObject({
      kind: 'not_found',
      message: expect.stringMatching(/^Issue #5 of repository octocat\/Hello-World was not found/),
    })
  })

  it('retries a read after a 503', async () => {
    const scope = api().get(`${ISSUES}/5`).reply(503).get(`${ISSUES}/5`).reply(200, issue(5))
    await expect(getIssue(githubContext(), { repository: REPO, issueNumber: 5 })).resolves.toMatchObject({ number: 5 })
    expect(scope.isDone()).toBe(true)
  })
})

describe('updateIssue', () => {
  it('sends only the fields that were given', async () => {
    const scope = api()
      .patch(`${ISSUES}/7`, { title: 'New title' })
      .reply(200, issue(7, { title: 'New title' }))
    await expect(
      updateIssue(githubContext(), { repository: REPO, issueNumber: 7, title: 'New title', body: '', labels: [], assignees: undefined }),
    ).resolves.toMatchObject({ title: 'New title' })
    expect(scope.isDone()).toBe(true)
  })

  it('maps the State and State Reason labels to the API values', async () => {
    const scope = api()
      .patch(`${ISSUES}/7`, { state: 'closed', state_reason: 'not_planned' })
      .reply(200, issue(7, { state: 'closed', state_reason: 'not_planned' }))
    await updateIssue(githubContext(), { repository: REPO, issueNumber: 7, state: 'Closed', stateReason: 'Not Planned' })
    expect(scope.isDone()).toBe(true)
  })

  it('infers the state from a reason given alone', async () => {
    const scope = api()
      .patch(`${ISSUES}/7`, { state: 'open', state_reason: 'reopened' })
      .reply(200, issue(7))
      .patch(`${ISSUES}/8`, { state: 'closed', state_reason: 'completed' })
      .reply(200, issue(8, { state: 'closed' }))
    await updateIssue(githubContext(), { repository: REPO, issueNumber: 7, stateReason: 'Reopened' })
    await updateIssue(githubContext(), { repository: REPO, issueNumber: 8, stateReason: 'completed' })
    expect(scope.isDone()).toBe(true)
  })

  it('replaces labels and assignees, sets a milestone, and replaces the body', async () => {
    const scope = api()
      .patch(`${ISSUES}/7`, { body: 'Updated text', labels: ['bug'], assignees: ['octocat'], milestone: 2 })
      .reply(200, issue(7))
    await updateIssue(githubContext(), {
      repository: REPO,
      issueNumber: 7,
      body: 'Updated text',
      labels: ['bug'],
      assignees: 'octocat',
      milestone: 2,
    })
    expect(scope.isDone()).toBe(true)
  })

  it('clears the milestone with Remove Milestone', async () => {
    const scope = api().patch(`${ISSUES}/7`, { milestone: null }).reply(200, issue(7))
    await updateIssue(githubContext(), { repository: REPO, issueNumber: 7, removeMilestone: true })
    expect(scope.isDone()).toBe(true)
  })

  it.each([
    [{ state: 'Closed', stateReason: 'Reopened' }, 'stateReason'],
    [{ state: 'Open', stateReason: 'Completed' }, 'stateReason'],
    [{ state: 'Merged' }, 'state'],
    [{ stateReason: 'Duplicate of #1' }, 'stateReason'],
    [{ stateReason: 'Duplicate' }, 'duplicateOf'],
    [{ stateReason: 'Completed', duplicateOf: 3 }, 'duplicateOf'],
    [{ state: 'Open', duplicateOf: 3 }, 'stateReason'],
    [{ duplicateOf: 0 }, 'duplicateOf'],
    [{ milestone: 3, removeMilestone: true }, 'removeMilestone'],
    [{ removeMilestone: 'yes' }, 'removeMilestone'],
    [{ title: 'x'.repeat(257) }, 'title'],
    [{ body: 'x'.repeat(65537) }, 'body'],
    [{ assignees: ['not/a/login'] }, 'assignees'],
    [{}, 'title'],
    [{ title: '', body: '', removeMilestone: false }, 'title'],
  ])('rejects case %# naming the parameter, without a request', async (fields, parameter) => {
    await expectInvalidInput(updateIssue(githubContext(), { repository: REPO, issueNumber: 7, ...fields }), parameter)
  })

  it('closes a duplicate with the id of the issue it duplicates, looked up from its number', async () => {
    const lookup = api()
      .get(`${ISSUES}/3`)
      .reply(200, { ...issue(3), id: 987654 })
    const update = api()
      .patch(`${ISSUES}/7`, { state: 'closed', state_reason: 'duplicate', duplicate_issue_id: 987654 })
      .reply(200, issue(7))
    await updateIssue(githubContext(), { repository: REPO, issueNumber: 7, duplicateOf: 3 })
    expect(lookup.isDone() && update.isDone()).toBe(true)
  })

  it('names the accepted choices of a wrong dropdown value', async () => {
    await expect(updateIssue(githubContext(), { repository: REPO, issueNumber: 7, stateReason: 'Later' })).rejects.toThrow(
      'Invalid "stateReason": must be one of: Completed, Not Planned, Duplicate, Reopened.',
    )
  })

  it('maps 422 to validation_failed naming the field', async () => {
    api()
      .patch(`${ISSUES}/7`)
      .reply(422, { message: 'Validation Failed', errors: [{ resource: 'Issue', field: 'state_reason', code: 'invalid' }] })
    await expect(updateIssue(githubContext(), { repository: REPO, issueNumber: 7, stateReason: 'Completed' })).rejects.toMatchObject({
      kind: 'validation_failed',
      message: expect.stringContaining('Issue state_reason invalid'),
    })
  })
})

describe('listIssues', () => {
  it('returns one page of the recorded paginate-issues scenario', async () => {
    const recorded = recordedExchange('paginate-issues', 0, 'GET', '/repos/octokit-fixture-org/paginate-issues/issues?per_page=3')
    const scope = api()
      .get('/repos/octokit-fixture-org/paginate-issues/issues')
      .query({ per_page: '3' })
      .reply(recorded.status, recorded.response as object[])
    const result = await listIssues(githubContext(), { repository: 'octokit-fixture-org/paginate-issues', limit: 3 })
    expect(result.items.map((item) => item.number)).toEqual([13, 12, 11])
    expect(scope.isDone()).toBe(true)
  })

  it('maps every filter to GitHub query parameters', async () => {
    const scope = api()
      .get(ISSUES)
      .query({
        state: 'all',
        labels: 'bug,help wanted',
        assignee: 'none',
        creator: 'octocat',
        mentioned: 'hubot',
        milestone: '*',
        since: '2024-01-02T03:04:05.000Z',
        sort: 'updated',
        direction: 'asc',
        per_page: '50',
      })
      .reply(200, [issue(1)])
    const result = await listIssues(githubContext(), {
      repository: REPO,
      state: 'All',
      labels: ['bug', 'help wanted'],
      assignee: 'none',
      creator: 'octocat',
      mentioned: 'hubot',
      milestone: '*',
      since: Date.UTC(2024, 0, 2, 3, 4, 5),
      sort: 'Updated',
      direction: 'Ascending',
      limit: 50,
    })
    expect(result).toEqual({ items: [issue(1)], nextCursor: null })
    expect(scope.isDone()).toBe(true)
  })

  it('accepts a milestone number and an assignee login', async () => {
    const scope = api().get(ISSUES).query({ milestone: '4', assignee: 'octocat', per_page: '30' }).reply(200, [])
    await listIssues(githubContext(), { repository: REPO, milestone: 4, assignee: 'octocat' })
    expect(scope.isDone()).toBe(true)
  })

  it('leaves pull requests out unless asked to include them', async () => {
    const page = [issue(3), issue(2, { pull_request: { url: `${API}/repos/${REPO}/pulls/2` } as Issue['pull_request'] }), issue(1)]
    api().get(ISSUES).query({ per_page: '30' }).times(2).reply(200, page)
    const issuesOnly = await listIssues(githubContext(), { repository: REPO })
    expect(issuesOnly.items.map((item) => item.number)).toEqual([3, 1])
    const all = await listIssues(githubContext(), { repository: REPO, includePullRequests: true })
    expect(all.items.map((item) => item.number)).toEqual([3, 2, 1])
  })

  it('returns a cursor for the next page, and continues from it', async () => {
    const link = `<${API}${ISSUES}?per_page=2&page=2>; rel="next", <${API}${ISSUES}?per_page=2&page=3>; rel="last"`
    api()
      .get(ISSUES)
      .query({ per_page: '2' })
      .reply(200, [issue(5), issue(4)], { link })
    const first = await listIssues(githubContext(), { repository: REPO, limit: 2 })
    expect(first.items.map((item) => item.number)).toEqual([5, 4])
    expect(first.nextCursor).toEqual(expect.any(String))
    const scope = api()
      .get(ISSUES)
      .query({ per_page: '2', page: '2' })
      .reply(200, [issue(3), issue(2)])
    const second = await listIssues(githubContext(), { repository: REPO, limit: 2, cursor: first.nextCursor })
    expect(second.items.map((item) => item.number)).toEqual([3, 2])
    expect(scope.isDone()).toBe(true)
  })

  it('follows the pages up to the limit when Fetch All Pages is on', async () => {
    const link = (page: number): string => `<${API}${ISSUES}?per_page=100&page=${page}>; rel="next"`
    const pageOf = (from: number): Partial<Issue>[] => Array.from({ length: 100 }, (_, i) => issue(from - i))
    const scope = api()
      .get(ISSUES)
      .query({ state: 'closed', per_page: '100' })
      .reply(200, pageOf(300), { link: link(2) })
      .get(ISSUES)
      .query({ per_page: '100', page: '2' })
      .reply(200, pageOf(200), { link: link(3) })
    const result = await listIssues(githubContext(), { repository: REPO, state: 'Closed', fetchAll: true, limit: 150 })
    expect(result.items).toHaveLength(150)
    expect(result.items[149]?.number).toBe(151)
    expect(scope.isDone()).toBe(true)
  })

  it.each([
    [{ state: 'Opened' }, 'state'],
    [{ milestone: 'v1.0' }, 'milestone'],
    [{ assignee: 'two words' }, 'assignee'],
    [{ creator: '-bad' }, 'creator'],
    [{ since: 'yesterday' }, 'since'],
    [{ sort: 'Votes' }, 'sort'],
    [{ direction: 'Up' }, 'direction'],
    [{ includePullRequests: 'maybe' }, 'includePullRequests'],
    [{ limit: 101 }, 'limit'],
    [{ fetchAll: true, limit: 1001 }, 'limit'],
    [{ cursor: 'not-a-cursor' }, 'cursor'],
  ])('rejects case %# naming the parameter, without a request', async (filters, parameter) => {
    await expectInvalidInput(listIssues(githubContext(), { repository: REPO, ...filters }), parameter)
  })

  it('maps 404 to not_found with the read scope hint', async () => {
    api().get(ISSUES).query(true).reply(404, { message: 'Not Found' })
    await expect(listIssues(operationContext('listIssues'), { repository: REPO })).rejects.toMatchObject({
      kind: 'not_found',
      message: expect.stringContaining('"repo" scope for private repositories'),
    })
  })
})

describe('addIssueComment', () => {
  it('posts the body and returns the comment', async () => {
    const comment = { id: 1, body: 'Me too', html_url: 'https://github.com/octocat/Hello-World/issues/7#issuecomment-1' }
    const scope = api().post(`${ISSUES}/7/comments`, { body: 'Me too\n' }).reply(201, comment)
    await expect(addIssueComment(githubContext(), { repository: REPO, issueNumber: 7, body: 'Me too\n' })).resolves.toEqual(comment)
    expect(scope.isDone()).toBe(true)
  })

  it.each([
    [{ body: '' }, 'body'],
    [{ body: '   \n' }, 'body'],
    [{ body: 'x'.repeat(65537) }, 'body'],
    [{ body: 'ok', issueNumber: 'seven' }, 'issueNumber'],
  ])('rejects case %# naming the parameter, without a request', async (fields, parameter) => {
    await expectInvalidInput(addIssueComment(githubContext(), { repository: REPO, issueNumber: 7, ...fields }), parameter)
  })

  it('maps 403 on a locked conversation to forbidden', async () => {
    api().post(`${ISSUES}/7/comments`).reply(403, { message: 'Unable to create comment because issue is locked.' })
    await expect(addIssueComment(githubContext(), { repository: REPO, issueNumber: 7, body: 'hi' })).rejects.toMatchObject({
      kind: 'forbidden',
      message: expect.stringContaining('issue is locked'),
    })
  })
})

describe('listIssueComments', () => {
  it('lists the comments since a time, with a cursor', async () => {
    const path = `${ISSUES}/7/comments`
    const scope = api()
      .get(path)
      .query({ since: '2024-05-01T00:00:00.000Z', per_page: '10' })
      .reply(200, [{ id: 1 }, { id: 2 }], { link: `<${API}${path}?since=2024-05-01T00%3A00%3A00.000Z&per_page=10&page=2>; rel="next"` })
    const result = await listIssueComments(githubContext(), { repository: REPO, issueNumber: 7, since: '2024-05-01T00:00:00Z', limit: 10 })
    expect(result.items).toEqual([{ id: 1 }, { id: 2 }])
    expect(result.nextCursor).toEqual(expect.any(String))
    expect(scope.isDone()).toBe(true)
  })

  it('rejects a bad issue number or since without a request', async () => {
    await expectInvalidInput(listIssueComments(githubContext(), { repository: REPO, issueNumber: -1 }), 'issueNumber')
    await expectInvalidInput(listIssueComments(githubContext(), { repository: REPO, issueNumber: 1, since: 'soon' }), 'since')
  })

  it('maps 404 to not_found', async () => {
    api().get(`${ISSUES}/7/comments`).query(true).reply(404, { message: 'Not Found' })
    await expect(listIssueComments(githubContext(), { repository: REPO, issueNumber: 7 })).rejects.toMatchObject({ kind: 'not_found' })
  })
})

describe('addLabelsToIssue', () => {
  it('sends the recorded request of @octokit/fixtures and returns the labels', async () => {
    const recorded = recordedExchange('add-labels-to-issue', 1, 'POST', '/repos/octokit-fixture-org/add-labels-to-issue/issues/1/labels')
    expect(recorded.body).toEqual({ labels: ['Foo', 'bAr', 'baZ'] })
    const scope = api()
      .post('/repos/octokit-fixture-org/add-labels-to-issue/issues/1/labels', { labels: ['Foo', 'bAr', 'baZ'] })
      .reply(recorded.status, recorded.response as object[])
    const result = await addLabelsToIssue(githubContext(), {
      repository: 'octokit-fixture-org/add-labels-to-issue',
      issueNumber: 1,
      labels: ['Foo', 'bAr', 'baZ'],
    })
    expect(result).toMatchObject({ repository: 'octokit-fixture-org/add-labels-to-issue', issueNumber: 1 })
    expect(result.labels.map((label) => label.name)).toEqual(['Foo', 'bAr', 'baZ'])
    expect(scope.isDone()).toBe(true)
  })

  it.each([
    [{ labels: [] }, 'labels'],
    [{ labels: ' , ' }, 'labels'],
    [{ labels: ['x'.repeat(101)] }, 'labels'],
    [{ labels: ['bug'], issueNumber: 0 }, 'issueNumber'],
  ])('rejects case %# naming the parameter, without a request', async (fields, parameter) => {
    await expectInvalidInput(addLabelsToIssue(githubContext(), { repository: REPO, issueNumber: 1, ...fields }), parameter)
  })

  it('maps 422 to validation_failed', async () => {
    api()
      .post(`${ISSUES}/1/labels`)
      .reply(422, { message: 'Validation Failed', errors: [{ resource: 'Label', field: 'name', code: 'invalid' }] })
    await expect(addLabelsToIssue(githubContext(), { repository: REPO, issueNumber: 1, labels: 'bug' })).rejects.toMatchObject({
      kind: 'validation_failed',
      message: expect.stringContaining('Label name invalid'),
    })
  })
})

describe('editIssueComment and deleteIssueComment', () => {
  it('replaces a comment’s text and deletes it, by id', async () => {
    const edited = nock(API, { reqheaders: API_HEADERS })
      .patch('/repos/octocat/Hello-World/issues/comments/42', { body: 'Edited' })
      .reply(200, { id: 42, body: 'Edited' })
    await expect(editIssueComment(githubContext(), { repository: REPO, commentId: 42, body: 'Edited' })).resolves.toMatchObject({
      body: 'Edited',
    })
    const deleted = nock(API).delete('/repos/octocat/Hello-World/issues/comments/42').reply(204)
    await expect(deleteIssueComment(githubContext(), { repository: REPO, commentId: '42' })).resolves.toEqual({
      repository: REPO,
      commentId: 42,
      deleted: true,
    })
    expect(edited.isDone() && deleted.isDone()).toBe(true)
  })

  it('refuses an empty text before any request', async () => {
    await expectInvalidInput(editIssueComment(githubContext(), { repository: REPO, commentId: 42, body: '  ' }), 'body')
  })
})

describe('assignIssue and unassignIssue', () => {
  it('adds and removes some assignees, keeping the others (logins without "@")', async () => {
    const added = nock(API, { reqheaders: API_HEADERS })
      .post(`${ISSUES}/7/assignees`, { assignees: ['hubot', 'octocat'] })
      .reply(201, { number: 7, assignees: [{ login: 'hubot' }, { login: 'octocat' }] })
    await expect(
      assignIssue(githubContext(), { repository: REPO, issueNumber: 7, assignees: ['@hubot', 'octocat'] }),
    ).resolves.toMatchObject({
      number: 7,
    })
    const removed = nock(API)
      .delete(`${ISSUES}/7/assignees`, { assignees: ['hubot'] })
      .reply(200, { number: 7, assignees: [{ login: 'octocat' }] })
    await expect(unassignIssue(githubContext(), { repository: REPO, issueNumber: 7, assignees: 'hubot' })).resolves.toMatchObject({
      assignees: [{ login: 'octocat' }],
    })
    expect(added.isDone() && removed.isDone()).toBe(true)
  })

  it('refuses an empty list of logins before any request', async () => {
    await expectInvalidInput(assignIssue(githubContext(), { repository: REPO, issueNumber: 7, assignees: [] }), 'assignees')
  })
})

describe('updateLabel', () => {
  it('renames and recolours a label (colour without "#"), its current name as one path segment', async () => {
    const scope = nock(API, { reqheaders: API_HEADERS })
      .patch('/repos/octocat/Hello-World/labels/needs%20triage', { new_name: 'triage', color: 'ff0000' })
      .reply(200, { name: 'triage', color: 'ff0000' })
    await expect(
      updateLabel(githubContext(), {
        repository: REPO,
        label: 'needs triage',
        newName: 'triage',
        color: '#FF0000',
        description: undefined,
      }),
    ).resolves.toMatchObject({ name: 'triage', color: 'ff0000' })
    expect(scope.isDone()).toBe(true)
  })

  it('refuses a change that changes nothing, before any request', async () => {
    await expectInvalidInput(
      updateLabel(githubContext(), { repository: REPO, label: 'bug', newName: undefined, color: undefined, description: undefined }),
      'newName',
    )
  })
})

describe('listLabels', () => {
  it('reads the repository labels a page at a time and hands back a cursor for the next', async () => {
    const scope = nock(API, { reqheaders: API_HEADERS })
      .get('/repos/octocat/Hello-World/labels')
      .query({ per_page: '2' })
      .reply(200, [{ name: 'bug' }, { name: 'docs' }], { link: `<${API}/repos/octocat/Hello-World/labels?per_page=2&page=2>; rel="next"` })
    const page = await listLabels(githubContext(), { repository: REPO, fetchAll: false, limit: 2, cursor: undefined })
    expect(page.items.map((label) => label.name)).toEqual(['bug', 'docs'])
    expect(page.nextCursor).toEqual(expect.any(String))
    expect(scope.isDone()).toBe(true)
  })
})

describe('deleteLabel', () => {
  it('deletes the repository label, its name encoded as one path segment, and says which', async () => {
    const scope = nock(API, { reqheaders: API_HEADERS }).delete('/repos/octocat/Hello-World/labels/good%20first%20issue%2Fhelp').reply(204)
    await expect(deleteLabel(githubContext(), { repository: REPO, label: 'good first issue/help' })).resolves.toEqual({
      repository: REPO,
      label: 'good first issue/help',
      deleted: true,
    })
    expect(scope.isDone()).toBe(true)
  })

  it('says which label of which repository was not found', async () => {
    api().delete('/repos/octocat/Hello-World/labels/wontfix').reply(404, { message: 'Not Found' })
    await expect(deleteLabel(operationContext('deleteLabel'), { repository: REPO, label: 'wontfix' })).rejects.toThrow(
      /^Label "wontfix" in repository octocat\/Hello-World was not found.*"Issues: write"/,
    )
  })
})

describe('removeLabelFromIssue', () => {
  it('encodes the label name in the path and returns the remaining labels', async () => {
    const scope = api()
      .delete(`${ISSUES}/1/labels/good%20first%20issue%2Fhelp`)
      .reply(200, [{ id: 1, name: 'bug' }])
    await expect(
      removeLabelFromIssue(githubContext(), { repository: REPO, issueNumber: 1, label: 'good first issue/help' }),
    ).resolves.toEqual({ repository: REPO, issueNumber: 1, labels: [{ id: 1, name: 'bug' }] })
    expect(scope.isDone()).toBe(true)
  })

  it('rejects a missing label without a request', async () => {
    await expectInvalidInput(removeLabelFromIssue(githubContext(), { repository: REPO, issueNumber: 1, label: ' ' }), 'label')
  })

  it('maps 404 (label not on the issue) to not_found naming the label', async () => {
    api().delete(`${ISSUES}/1/labels/bug`).reply(404, { message: 'Label does not exist' })
    await expect(removeLabelFromIssue(githubContext(), { repository: REPO, issueNumber: 1, label: 'bug' })).rejects.toMatchObject({
      kind: 'not_found',
      message: expect.stringMatching(/^Label "bug" on issue #1/),
    })
  })
})

describe('createLabel', () => {
  it('sends the recorded request of @octokit/fixtures (labels scenario)', async () => {
    const recorded = recordedExchange('labels', 1, 'POST', '/repos/octokit-fixture-org/labels/labels')
    const scope = api()
      .post('/repos/octokit-fixture-org/labels/labels', { name: 'test-label', color: '663399' })
      .reply(recorded.status, recorded.response as object)
    const label = await createLabel(githubContext(), { repository: 'octokit-fixture-org/labels', name: 'test-label', color: '#663399' })
    expect(label).toMatchObject({ name: 'test-label', color: '663399' })
    expect(scope.isDone()).toBe(true)
  })

  it('sends a description and lower-cases the colour', async () => {
    const scope = api()
      .post('/repos/octocat/Hello-World/labels', { name: 'triage', color: 'bada55', description: 'Needs a look' })
      .reply(201, { name: 'triage' })
    await createLabel(githubContext(), { repository: REPO, name: 'triage', color: 'BADA55', description: 'Needs a look' })
    expect(scope.isDone()).toBe(true)
  })

  it.each([
    [{ name: '' }, 'name'],
    [{ name: 'x'.repeat(101) }, 'name'],
    [{ name: 'ok', color: 'red' }, 'color'],
    [{ name: 'ok', color: '#12345' }, 'color'],
    [{ name: 'ok', description: 'x'.repeat(101) }, 'description'],
  ])('rejects case %# naming the parameter, without a request', async (fields, parameter) => {
    await expectInvalidInput(createLabel(githubContext(), { repository: REPO, ...fields }), parameter)
  })

  it('maps 422 already_exists to validation_failed', async () => {
    api()
      .post('/repos/octocat/Hello-World/labels')
      .reply(422, { message: 'Validation Failed', errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }] })
    await expect(createLabel(githubContext(), { repository: REPO, name: 'bug' })).rejects.toMatchObject({
      kind: 'validation_failed',
      message: expect.stringContaining('Label name already_exists'),
    })
  })
})

describe('lockIssue and unlockIssue', () => {
  it('lock and unlock as recorded in the lock-issue scenario', async () => {
    const [lock, unlock] = recordedExchanges('lock-issue')
    expect([lock?.method, unlock?.method]).toEqual(['put', 'delete'])
    const scope = api()
      .put('/repos/octokit-fixture-org/lock-issue/issues/1/lock', {})
      .reply(lock?.status ?? 0)
      .delete('/repos/octokit-fixture-org/lock-issue/issues/1/lock')
      .reply(unlock?.status ?? 0)
    await expect(lockIssue(githubContext(), { repository: 'octokit-fixture-org/lock-issue', issueNumber: 1 })).resolves.toEqual({
      repository: 'octokit-fixture-org/lock-issue',
      issueNumber: 1,
      locked: true,
      lockReason: null,
    })
    await expect(unlockIssue(githubContext(), { repository: 'octokit-fixture-org/lock-issue', issueNumber: 1 })).resolves.toEqual({
      repository: 'octokit-fixture-org/lock-issue',
      issueNumber: 1,
      locked: false,
      lockReason: null,
    })
    expect(scope.isDone()).toBe(true)
  })

  it.each([
    ['Off-topic', 'off-topic'],
    ['Too heated', 'too heated'],
    ['Resolved', 'resolved'],
    ['Spam', 'spam'],
  ])('maps the lock reason %s to %s', async (label, value) => {
    const scope = api().put(`${ISSUES}/9/lock`, { lock_reason: value }).reply(204)
    await expect(lockIssue(githubContext(), { repository: REPO, issueNumber: 9, lockReason: label })).resolves.toMatchObject({
      locked: true,
      lockReason: value,
    })
    expect(scope.isDone()).toBe(true)
  })

  it('rejects an unknown reason or issue number without a request', async () => {
    await expectInvalidInput(lockIssue(githubContext(), { repository: REPO, issueNumber: 9, lockReason: 'Boring' }), 'lockReason')
    await expectInvalidInput(unlockIssue(githubContext(), { repository: REPO, issueNumber: 'x' }), 'issueNumber')
  })

  it('maps 403 and 404 to forbidden and not_found', async () => {
    api().put(`${ISSUES}/9/lock`).reply(403, { message: 'Must have admin rights to Repository.' })
    await expect(lockIssue(operationContext('lockIssue'), { repository: REPO, issueNumber: 9 })).rejects.toMatchObject({
      kind: 'forbidden',
      message: expect.stringContaining('"Issues: write"'),
    })
    api().delete(`${ISSUES}/9/lock`).reply(404, { message: 'Not Found' })
    await expect(unlockIssue(operationContext('unlockIssue'), { repository: REPO, issueNumber: 9 })).rejects.toMatchObject({
      kind: 'not_found',
    })
  })
})
