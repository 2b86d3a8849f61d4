import nock from 'nock'
import { addReaction, addSubIssue, findOrCreateIssue, listMyIssues, listSubIssues, removeSubIssue } from '../../src/github/triage'
import { API, expectInvalidInput, githubContext } from '../helpers/github'

const REPO = 'octocat/Hello-World'
const ISSUES = '/repos/octocat/Hello-World/issues'
const page = { fetchAll: undefined, limit: undefined, cursor: undefined }

describe('findOrCreateIssue', () => {
  const input = {
    repository: REPO,
    title: 'Login  fails',
    body: 'Seen in production',
    labels: 'bug',
    assignees: undefined,
    milestone: undefined,
    includeClosed: undefined,
  }
  const search = (items: unknown[]) =>
    nock(API)
      .get('/search/issues')
      .query({ q: 'repo:octocat/Hello-World is:issue is:open in:title "Login fails"', sort: 'created', order: 'asc', per_page: '100' })
      .reply(200, { total_count: items.length, items })

  it('returns the issue whose title matches exactly (case and spacing aside), not a mere search hit', async () => {
    search([
      { number: 3, title: 'Login fails on Safari' },
      { number: 4, title: 'login fails', pull_request: { url: 'x' } },
      { number: 5, title: ' LOGIN fails ' },
    ])
    nock(API).get(`${ISSUES}/5`).reply(200, { number: 5, title: ' LOGIN fails ' })
    await expect(findOrCreateIssue(githubContext(), input)).resolves.toMatchObject({ created: false, issue: { number: 5 } })
  })

  it('opens one with the values given when none matches', async () => {
    search([{ number: 3, title: 'Login fails on Safari' }])
    const create = nock(API)
      .post(ISSUES, { title: 'Login  fails', body: 'Seen in production', labels: ['bug'] })
      .reply(201, { number: 9 })
    await expect(findOrCreateIssue(githubContext(), input)).resolves.toMatchObject({ created: true, issue: { number: 9 } })
    expect(create.isDone()).toBe(true)
  })

  it('searches closed issues too when asked, and checks every value before searching', async () => {
    nock(API)
      .get('/search/issues')
      .query((query) => query['q'] === 'repo:octocat/Hello-World is:issue in:title "Say hi"')
      .reply(200, { items: [{ number: 2, title: 'Say "hi"' }] })
    nock(API).get(`${ISSUES}/2`).reply(200, { number: 2, state: 'closed' })
    await expect(findOrCreateIssue(githubContext(), { ...input, title: 'Say "hi"', includeClosed: true })).resolves.toMatchObject({
      created: false,
    })
    await expectInvalidInput(findOrCreateIssue(githubContext(), { ...input, milestone: 'soon' }), 'milestone')
  })
})

describe('issues across repositories', () => {
  it('lists the issues assigned to me by default, with the filters mapped', async () => {
    nock(API)
      .get('/issues')
      .query({ filter: 'assigned', state: 'open', labels: 'bug,ui', per_page: '30' })
      .reply(200, [{ number: 1, repository: { full_name: REPO } }])
    const result = await listMyIssues(githubContext(), {
      filter: undefined,
      state: 'Open',
      labels: ['bug', 'ui'],
      since: undefined,
      sort: undefined,
      direction: undefined,
      ...page,
    })
    expect(result.items).toHaveLength(1)
    nock(API).get('/issues').query({ filter: 'mentioned', per_page: '30' }).reply(200, [])
    await listMyIssues(githubContext(), {
      filter: 'Mentioning me',
      state: undefined,
      labels: undefined,
      since: undefined,
      sort: undefined,
      direction: undefined,
      ...page,
    })
  })
})

describe('reactions', () => {
  const reaction = { repository: REPO, content: 'Rocket', issueNumber: undefined, commentId: undefined, commentKind: undefined }

  it('reacts to an issue, and says when the reaction already existed (200)', async () => {
    nock(API).post(`${ISSUES}/7/reactions`, { content: 'rocket' }).reply(201, { id: 1, content: 'rocket' })
    await expect(addReaction(githubContext(), { ...reaction, issueNumber: 7 })).resolves.toMatchObject({ created: true })
    nock(API).post(`${ISSUES}/7/reactions`).reply(200, { id: 1, content: 'rocket' })
    await expect(addReaction(githubContext(), { ...reaction, issueNumber: 7 })).resolves.toMatchObject({ id: 1, created: false })
  })

  it('reacts to a conversation comment or a review comment', async () => {
    const issueComment = nock(API).post(`${ISSUES}/comments/42/reactions`, { content: '+1' }).reply(201, { id: 2 })
    await addReaction(githubContext(), { ...reaction, content: 'Thumbs Up (+1)', commentId: 42 })
    const reviewComment = nock(API)
      .post('/repos/octocat/Hello-World/pulls/comments/43/reactions', { content: 'eyes' })
      .reply(201, { id: 3 })
    await addReaction(githubContext(), { ...reaction, content: 'eyes', commentId: 43, commentKind: 'Review comment (on a diff line)' })
    expect(issueComment.isDone() && reviewComment.isDone()).toBe(true)
  })

  it('wants exactly one target and a known reaction', async () => {
    await expectInvalidInput(addReaction(githubContext(), reaction), 'issueNumber')
    await expectInvalidInput(addReaction(githubContext(), { ...reaction, issueNumber: 1, commentId: 2 }), 'issueNumber')
    await expectInvalidInput(addReaction(githubContext(), { ...reaction, issueNumber: 1, content: 'thumbsup' }), 'content')
  })
})

describe('sub-issues', () => {
  const sub = { repository: REPO, issueNumber: 1, subIssueNumber: 2, subIssueRepository: undefined }

  it('adds a sub-issue by its number (GitHub wants its id), from another repository when named', async () => {
    nock(API).get('/repos/octocat/other/issues/2').reply(200, { id: 9002, number: 2 })
    const scope = nock(API).post(`${ISSUES}/1/sub_issues`, { sub_issue_id: 9002, replace_parent: true }).reply(201, { number: 1 })
    await addSubIssue(githubContext(), { ...sub, subIssueRepository: 'octocat/other', replaceParent: true })
    expect(scope.isDone()).toBe(true)
  })

  it('removes one and lists them', async () => {
    nock(API).get(`${ISSUES}/2`).reply(200, { id: 8002, number: 2 })
    const scope = nock(API).delete(`${ISSUES}/1/sub_issue`, { sub_issue_id: 8002 }).reply(200, { number: 2 })
    await removeSubIssue(githubContext(), sub)
    expect(scope.isDone()).toBe(true)
    nock(API)
      .get(`${ISSUES}/1/sub_issues`)
      .query({ per_page: '30' })
      .reply(200, [{ number: 2 }])
    await expect(listSubIssues(githubContext(), { repository: REPO, issueNumber: 1, ...page })).resolves.toMatchObject({
      items: [{ number: 2 }],
    })
  })

  it('refuses a missing sub-issue number before any request', async () => {
    await expectInvalidInput(
      addSubIssue(githubContext(), { ...sub, subIssueNumber: undefined, replaceParent: undefined }),
      'subIssueNumber',
    )
  })
})
