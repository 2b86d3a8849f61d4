import nock from 'nock'
import { getAssigneesDictionary, getLabelsDictionary, getMilestonesDictionary } from '../../src/github/issue-dictionaries'
import { API, API_HEADERS, githubContext } from '../helpers/github'
import { recordedExchange } from '../helpers/octokit-fixtures'

const REPO = 'octocat/Hello-World'

function api(): nock.Scope {
  return nock(API, { reqheaders: API_HEADERS })
}

function link(path: string, page: number, extra = ''): string {
  return `<${API}${path}?${extra}per_page=100&page=${page}>; rel="next"`
}

describe('getLabelsDictionary', () => {
  it('lists the labels of the recorded labels scenario: value = name, note = description', async () => {
    const recorded = recordedExchange('labels', 0, 'GET', '/repos/octokit-fixture-org/labels/labels')
    const scope = api()
      .get('/repos/octokit-fixture-org/labels/labels')
      .query({ per_page: '100' })
      .reply(recorded.status, recorded.response as object[])
    const result = await getLabelsDictionary(githubContext(), { criteria: { repository: 'octokit-fixture-org/labels' } })
    expect(result.cursor).toBeNull()
    expect(result.items).toHaveLength(9)
    expect(result.items[0]).toEqual({ label: 'bug', value: 'bug', note: "Something isn't working" })
    expect(scope.isDone()).toBe(true)
  })

  it('notes the colour of a label without a description', async () => {
    api()
      .get('/repos/octocat/Hello-World/labels')
      .query(true)
      .reply(200, [{ name: 'triage', color: 'bada55', description: null }])
    await expect(getLabelsDictionary(githubContext(), { criteria: { repository: REPO } })).resolves.toEqual({
      items: [{ label: 'triage', value: 'triage', note: '#bada55' }],
      cursor: null,
    })
  })

  it('filters by the search text case-insensitively, in names and descriptions', async () => {
    const recorded = recordedExchange('labels', 0, 'GET', '/repos/octokit-fixture-org/labels/labels')
    api()
      .get('/repos/octokit-fixture-org/labels/labels')
      .query({ per_page: '100' })
      .reply(200, recorded.response as object[])
    const result = await getLabelsDictionary(githubContext(), { search: 'DOC', criteria: { repository: 'octokit-fixture-org/labels' } })
    expect(result.items.map((item) => item.value)).toEqual(['documentation'])
    api()
      .get('/repos/octokit-fixture-org/labels/labels')
      .query({ per_page: '100' })
      .reply(200, recorded.response as object[])
    const byDescription = await getLabelsDictionary(githubContext(), {
      search: 'NEWCOMERS',
      criteria: { repository: 'octokit-fixture-org/labels' },
    })
    expect(byDescription.items.map((item) => item.value)).toEqual(['good first issue'])
  })

  it('pages with the cursor', async () => {
    const path = '/repos/octocat/Hello-World/labels'
    api()
      .get(path)
      .query({ per_page: '100' })
      .reply(200, [{ name: 'a', color: '000000' }], { link: link(path, 2) })
    const first = await getLabelsDictionary(githubContext(), { criteria: { repository: REPO } })
    expect(first).toEqual({ items: [{ label: 'a', value: 'a', note: '#000000' }], cursor: expect.any(String) })
    const scope = api()
      .get(path)
      .query({ per_page: '100', page: '2' })
      .reply(200, [{ name: 'b', color: 'ffffff' }])
    const second = await getLabelsDictionary(githubContext(), { cursor: first.cursor, criteria: { repository: REPO } })
    expect(second).toEqual({ items: [{ label: 'b', value: 'b', note: '#ffffff' }], cursor: null })
    expect(scope.isDone()).toBe(true)
  })

  it('keeps scanning pages while searching, then hands back a cursor', async () => {
    const path = '/repos/octocat/Hello-World/labels'
    const labels = (prefix: string): object[] => Array.from({ length: 100 }, (_, i) => ({ name: `${prefix}-${i}`, color: '000000' }))
    const scope = api()
      .get(path)
      .query({ per_page: '100' })
      .reply(200, labels('area'), { link: link(path, 2) })
      .get(path)
      .query({ per_page: '100', page: '2' })
      .reply(200, [...labels('kind').slice(1), { name: 'Priority: high', color: 'ff0000' }], { link: link(path, 3) })
    for (let page = 3; page <= 5; page++) {
      scope
        .get(path)
        .query({ per_page: '100', page: String(page) })
        .reply(200, labels(`p${page}`), { link: link(path, page + 1) })
    }
    const result = await getLabelsDictionary(githubContext(), { search: 'priority', criteria: { repository: REPO } })
    expect(result.items).toEqual([{ label: 'Priority: high', value: 'Priority: high', note: '#ff0000' }])
    expect(result.cursor).toEqual(expect.any(String))
    expect(scope.isDone()).toBe(true)
  })

  it.each([
    undefined,
    null,
    {},
    { criteria: {} },
    { criteria: { repository: '' } },
    { criteria: { repository: 'not a repository' } },
    'text',
  ])('returns an empty list without a request when no repository is picked (%j)', async (payload) => {
    await expect(getLabelsDictionary(githubContext(), payload)).resolves.toEqual({ items: [], cursor: null })
    expect(nock.pendingMocks()).toEqual([])
  })

  it('rejects a cursor from another list', async () => {
    await expect(getLabelsDictionary(githubContext(), { cursor: 'bogus', criteria: { repository: REPO } })).rejects.toMatchObject({
      kind: 'invalid_input',
      parameter: 'cursor',
    })
  })

  it('maps 404 to not_found', async () => {
    api().get('/repos/octocat/Hello-World/labels').query(true).reply(404, { message: 'Not Found' })
    await expect(getLabelsDictionary(githubContext(), { criteria: { repository: REPO } })).rejects.toMatchObject({ kind: 'not_found' })
  })
})

describe('getAssigneesDictionary', () => {
  const users = [
    { login: 'octocat', id: 1, type: 'User' },
    { login: 'hubot', id: 2, type: 'Bot', name: 'Hubot' },
    { login: 'monalisa', id: 3, type: 'User' },
  ]

  it('lists assignable users: value = login', async () => {
    const scope = api().get('/repos/octocat/Hello-World/assignees').query({ per_page: '100' }).reply(200, users)
    await expect(getAssigneesDictionary(githubContext(), { criteria: { repository: REPO } })).resolves.toEqual({
      items: [
        { label: 'octocat', value: 'octocat', note: 'User' },
        { label: 'hubot (Hubot)', value: 'hubot', note: 'Bot' },
        { label: 'monalisa', value: 'monalisa', note: 'User' },
      ],
      cursor: null,
    })
    expect(scope.isDone()).toBe(true)
  })

  it('filters the logins by the search text (GitHub has no search here)', async () => {
    const scope = api().get('/repos/octocat/Hello-World/assignees').query({ per_page: '100' }).reply(200, users)
    const result = await getAssigneesDictionary(githubContext(), { search: 'OCTO', criteria: { repository: REPO } })
    expect(result.items.map((item) => item.value)).toEqual(['octocat'])
    expect(scope.isDone()).toBe(true)
  })

  it('pages with the cursor', async () => {
    const path = '/repos/octocat/Hello-World/assignees'
    api()
      .get(path)
      .query({ per_page: '100' })
      .reply(200, users.slice(0, 2), { link: link(path, 2) })
    const first = await getAssigneesDictionary(githubContext(), { criteria: { repository: REPO } })
    expect(first.cursor).toEqual(expect.any(String))
    const scope = api().get(path).query({ per_page: '100', page: '2' }).reply(200, users.slice(2))
    const second = await getAssigneesDictionary(githubContext(), { cursor: first.cursor, criteria: { repository: REPO } })
    expect(second).toEqual({ items: [{ label: 'monalisa', value: 'monalisa', note: 'User' }], cursor: null })
    expect(scope.isDone()).toBe(true)
  })

  it('returns an empty list without a request when no repository is picked', async () => {
    await expect(getAssigneesDictionary(githubContext(), { search: 'octo' })).resolves.toEqual({ items: [], cursor: null })
  })
})

describe('getMilestonesDictionary', () => {
  const milestones = [
    { number: 3, title: 'v1.0', description: 'First release', due_on: '2025-06-30T07:00:00Z', open_issues: 4, closed_issues: 8 },
    { number: 5, title: 'Backlog', description: null, due_on: null, open_issues: 12, closed_issues: 0 },
  ]

  it('lists open milestones by due date: value = number, label = title, note = due date and issue counts', async () => {
    const scope = api()
      .get('/repos/octocat/Hello-World/milestones')
      .query({ state: 'open', sort: 'due_on', direction: 'asc', per_page: '100' })
      .reply(200, milestones)
    await expect(getMilestonesDictionary(githubContext(), { criteria: { repository: REPO } })).resolves.toEqual({
      items: [
        { label: 'v1.0', value: 3, note: 'due 2025-06-30 · 4 open, 8 closed' },
        { label: 'Backlog', value: 5, note: 'no due date · 12 open, 0 closed' },
      ],
      cursor: null,
    })
    expect(scope.isDone()).toBe(true)
  })

  it('filters by title and description', async () => {
    api().get('/repos/octocat/Hello-World/milestones').query(true).reply(200, milestones)
    const result = await getMilestonesDictionary(githubContext(), { search: 'release', criteria: { repository: REPO } })
    expect(result.items.map((item) => item.value)).toEqual([3])
  })

  it('pages with the cursor, keeping the filters', async () => {
    const path = '/repos/octocat/Hello-World/milestones'
    api()
      .get(path)
      .query({ state: 'open', sort: 'due_on', direction: 'asc', per_page: '100' })
      .reply(200, milestones.slice(0, 1), { link: link(path, 2, 'state=open&sort=due_on&direction=asc&') })
    const first = await getMilestonesDictionary(githubContext(), { criteria: { repository: REPO } })
    const scope = api()
      .get(path)
      .query({ state: 'open', sort: 'due_on', direction: 'asc', per_page: '100', page: '2' })
      .reply(200, milestones.slice(1))
    const second = await getMilestonesDictionary(githubContext(), { cursor: first.cursor, criteria: { repository: REPO } })
    expect(second.items.map((item) => item.value)).toEqual([5])
    expect(scope.isDone()).toBe(true)
  })

  it('returns an empty list when no repository is picked, and maps 401 once one is', async () => {
    await expect(getMilestonesDictionary(githubContext(), { criteria: { branch: 'main' } })).resolves.toEqual({ items: [], cursor: null })
    api().get('/repos/octocat/Hello-World/milestones').query(true).reply(401, { message: 'Bad credentials' })
    await expect(getMilestonesDictionary(githubContext(), { criteria: { repository: REPO } })).rejects.toMatchObject({
      kind: 'reconnect_required',
    })
  })
})
