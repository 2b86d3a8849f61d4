/**
 * The sandbox's REST stand-in driven by the service's own action modules (src/github/*.ts): what a person does in the
 * local console must work against the sandbox exactly as against GitHub. The sandbox runs in a child process
 * (sandbox/process.ts explains why); the connection is made through the real OAuth2 flow.
 */
import { randomBytes } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Conflict, Forbidden, InvalidInput, NotFound, ValidationFailed } from '../../src/errors'
import { callApi, type GitHubContext } from '../../src/github/api'
import { createOrUpdateFile, deleteFile, getFileContent, listDirectoryContents } from '../../src/github/contents'
import {
  createCommitStatus,
  getCheckNamesDictionary,
  getCheckRun,
  getCiSummary,
  getCombinedStatus,
  listCheckRuns,
  listCheckSuites,
  rerequestCheckSuite,
} from '../../src/github/checks'
import { compareRefs, getCommit, listCommitPullRequests } from '../../src/github/commits'
import { createDeployKey, deleteDeployKey, listDeployKeys } from '../../src/github/deploy-keys'
import {
  addProjectDraft,
  addProjectItem,
  getProjectFieldsDictionary,
  getProjectItemsDictionary,
  getProjectsDictionary,
  listProjectItems,
  removeProjectItem,
  setProjectItemField,
} from '../../src/github/projects'
import { getBranchProtection, updateBranchProtection } from '../../src/github/protection'
import { createRuleset, deleteRuleset, listRulesets, updateRuleset } from '../../src/github/rulesets'
import { deleteSecret, listSecrets, setSecret } from '../../src/github/secrets'
import {
  addTeamMember,
  addTeamRepository,
  createTeam,
  deleteTeam,
  getTeamsDictionary,
  listTeams,
  removeTeamMember,
  removeTeamRepository,
  updateTeam,
} from '../../src/github/teams'
import { createVariable, deleteVariable, getVariable, listVariables, updateVariable } from '../../src/github/variables'
import {
  createDeployment,
  createDeploymentStatus,
  deleteDeployment,
  getDeploymentsDictionary,
  getEnvironmentsDictionary,
  listDeployments,
  listEnvironments,
} from '../../src/github/deployments'
import {
  addCollaborator,
  getCollaboratorPermission,
  getCollaboratorsDictionary,
  listCollaborators,
  removeCollaborator,
} from '../../src/github/collaborators'
import { createGist, deleteGist, getGist, getGistsDictionary, listGists, updateGist } from '../../src/github/gists'
import { commitFiles, getBranch, getRef, mergeBranch, updateRef } from '../../src/github/git'
import {
  createWebhook,
  deleteWebhook,
  getWebhooksDictionary,
  listWebhookDeliveries,
  listWebhooks,
  pingWebhook,
  redeliverWebhook,
  updateWebhook,
} from '../../src/github/hooks'
import {
  getAssigneesDictionary,
  getIssuesDictionary,
  getLabelsDictionary,
  getMilestonesDictionary,
} from '../../src/github/issue-dictionaries'
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
} from '../../src/github/issues'
import { addLabelsToIssue, createLabel, deleteLabel, listLabels, removeLabelFromIssue, updateLabel } from '../../src/github/labels'
import { createMilestone, deleteMilestone, listMilestones, updateMilestone } from '../../src/github/milestones'
import { completeLogin, connectionUrl } from '../../src/github/oauth'
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
} from '../../src/github/pulls'
import {
  createReviewComment,
  dismissReview,
  getReviewsDictionary,
  listReviewComments,
  replyToReviewComment,
  submitReview,
} from '../../src/github/reviews'
import {
  createRelease,
  deleteRelease,
  generateReleaseNotes,
  getLatestRelease,
  getReleaseByTag,
  getReleasesDictionary,
  listReleases,
  updateRelease,
  uploadReleaseAsset,
} from '../../src/github/releases'
import {
  checkOrganizationMembership,
  getOrganization,
  listNotifications,
  listOrganizationMembers,
  inviteToOrganization,
  markNotificationsRead,
  removeOrganizationMember,
} from '../../src/github/orgs'
import {
  createRepositoryDispatch,
  createRepositoryFromTemplate,
  deleteRepository,
  replaceTopics,
  updateRepository,
} from '../../src/github/repo-admin'
import {
  createBranch,
  createRepository,
  deleteBranch,
  getBranchesDictionary,
  getRepositoriesDictionary,
  getRepository,
  listBranches,
  listCommits,
  listRepositories,
} from '../../src/github/repos'
import { getUsersDictionary, searchCode, searchIssues, searchRepositories, searchUsers } from '../../src/github/search'
import { DEFAULT_SCOPES, readSettings } from '../../src/github/settings'
import { listStargazers, starRepository, unstarRepository, unwatchRepository, watchRepository } from '../../src/github/stars'
import { addReaction, addSubIssue, findOrCreateIssue, listMyIssues, listSubIssues, removeSubIssue } from '../../src/github/triage'
import {
  getAuthenticatedUser,
  getOrganizationsDictionary,
  getOwnersDictionary,
  getUser,
  getUserPublicKeys,
  listMyOrganizations,
} from '../../src/github/users'
import {
  cancelWorkflowRun,
  getWorkflowRun,
  getWorkflowsDictionary,
  listWorkflowRuns,
  getWorkflowUsage,
  listWorkflows,
  rerunWorkflow,
  setWorkflowEnabled,
  triggerWorkflow,
} from '../../src/github/workflows'
import { getJobLogs, listRunArtifacts, listRunJobs } from '../../src/github/jobs'
import { headlessLogin } from '../../sandbox/headless-login'
import { startSandboxProcess, type SandboxProcess } from '../../sandbox/process'

const CALLBACK = 'http://127.0.0.1:3210/oauth/callback'
const HELLO = 'sandbox-octocat/hello-sandbox'
const USER_AGENT = 'flowrunner-github-service/sandbox-rest-test'

let sandbox: SandboxProcess
let github: GitHubContext

/** A connection made the way the platform makes it: authorization URL + redirect_uri, sign-in, consent, callback. */
async function connect(scopes?: string): Promise<GitHubContext> {
  const settings = readSettings({ clientId: sandbox.clientId, clientSecret: sandbox.clientSecret, serverUrl: sandbox.serverUrl, scopes })
  const url = new URL(connectionUrl(settings))
  url.searchParams.set('redirect_uri', CALLBACK)
  const target = await headlessLogin(url.toString(), sandbox.user)
  const { token } = await completeLogin(
    settings,
    { ...Object.fromEntries(target.searchParams), redirectURI: CALLBACK },
    { userAgent: USER_AGENT },
  )
  return { server: settings.server, token, userAgent: USER_AGENT, http: { sleep: async () => undefined } }
}

const unique = (prefix: string) => `${prefix}-${randomBytes(3).toString('hex')}`
const page = { fetchAll: undefined, limit: undefined, cursor: undefined }

beforeAll(async () => {
  jest.spyOn(console, 'log').mockImplementation(() => undefined)
  sandbox = await startSandboxProcess({ redirectUris: [CALLBACK], accessTokenTtlSeconds: 600, checkResponses: true })
  github = await connect()
}, 30_000)

afterAll(async () => {
  jest.restoreAllMocks()
  await sandbox?.close()
})

describe('users and organisations', () => {
  test('the authenticated user, another user and the organisations are the sandbox ones', async () => {
    const me = await getAuthenticatedUser(github)
    const hubot = await getUser(github, { username: 'sandbox-hubot' })
    const orgs = await listMyOrganizations(github, page)

    expect(me).toMatchObject({
      login: 'sandbox-octocat',
      name: 'Sandbox Octocat (not GitHub)',
      html_url: `${sandbox.serverUrl}/sandbox-octocat`,
    })
    expect(hubot).toMatchObject({ login: 'sandbox-hubot', type: 'User' })
    expect(orgs.items.map((org) => org.login)).toEqual(['sandbox-org'])
    expect((await getOrganizationsDictionary(github, {})).items.map((item) => item.value)).toEqual(['sandbox-org'])
    await expect(getUser(github, { username: 'nobody-here' })).rejects.toThrow(NotFound)
  })
})

describe('organizations and notifications', () => {
  test("requests GitHub's description accepts, answered as GitHub documents them (the sandbox answers its examples)", async () => {
    await expect(getOrganization(github, { organization: 'sandbox-org' })).resolves.toMatchObject({ login: expect.any(String) })
    await expect(listOrganizationMembers(github, { organization: 'sandbox-org', role: 'Admins', ...page })).resolves.toMatchObject({
      items: expect.any(Array),
    })
    await expect(checkOrganizationMembership(github, { organization: 'sandbox-org', username: 'sandbox-hubot' })).resolves.toMatchObject({
      member: true,
    })
    const threads = await listNotifications(github, { all: true, participating: undefined, since: undefined, ...page })
    expect(threads.items.length).toBeGreaterThan(0)
    await expect(
      markNotificationsRead(github, { threadId: threads.items[0]?.id, markAll: undefined, before: undefined }),
    ).resolves.toMatchObject({ marked: 'thread' })
    await expect(markNotificationsRead(github, { threadId: undefined, markAll: true, before: undefined })).resolves.toMatchObject({
      marked: 'all',
    })
  })
})

describe('repositories, branches, commits and contents', () => {
  test('lists filter by visibility and organisation; the dictionary searches', async () => {
    const all = await listRepositories(github, {
      organization: undefined,
      visibility: undefined,
      affiliation: undefined,
      sort: 'Full Name',
      direction: undefined,
      ...page,
    })
    const privateOnly = await listRepositories(github, {
      organization: undefined,
      visibility: 'Private',
      affiliation: undefined,
      sort: undefined,
      direction: undefined,
      ...page,
    })
    const org = await listRepositories(github, {
      organization: 'sandbox-org',
      visibility: undefined,
      affiliation: undefined,
      sort: undefined,
      direction: undefined,
      ...page,
    })

    expect(all.items.map((repo) => repo.full_name)).toEqual(
      expect.arrayContaining([HELLO, 'sandbox-octocat/private-notes', 'sandbox-org/team-service']),
    )
    expect(privateOnly.items.every((repo) => repo.private)).toBe(true)
    expect(privateOnly.items.map((repo) => repo.full_name)).toContain('sandbox-octocat/private-notes')
    expect(org.items.map((repo) => repo.full_name)).toEqual(['sandbox-org/team-service'])
    expect((await getRepositoriesDictionary(github, { search: 'hello' })).items.map((item) => item.value)).toEqual([HELLO])
  })

  test('a repository created from templates has its initial commit, branches and files', async () => {
    const name = unique('created')
    const created = await createRepository(github, {
      name,
      organization: undefined,
      description: 'Made by the sandbox REST test',
      visibility: 'Public',
      autoInit: true,
      gitignoreTemplate: 'Node',
      licenseTemplate: 'mit',
    })
    const full = `sandbox-octocat/${name}`

    expect(created).toMatchObject({ full_name: full, private: false, default_branch: 'main', license: { key: 'mit', spdx_id: 'MIT' } })
    expect((await getRepository(github, { repository: full })).full_name).toBe(full)
    expect((await getFileContent(github, { repository: full, path: '.gitignore', ref: undefined })).content).toContain('node_modules/')
    await expect(
      createRepository(github, {
        name,
        organization: undefined,
        description: undefined,
        visibility: undefined,
        autoInit: undefined,
        gitignoreTemplate: undefined,
        licenseTemplate: undefined,
      }),
    ).rejects.toThrow(ValidationFailed)
  })

  test('branches are created from a ref, listed, offered by the dictionary and deleted', async () => {
    const branch = unique('topic/test')
    const created = await createBranch(github, { repository: HELLO, branch, fromRef: 'main' })
    const listed = await listBranches(github, { repository: HELLO, protection: undefined, ...page, limit: 100 })
    const dictionary = await getBranchesDictionary(github, { criteria: { repository: HELLO } })

    expect(created.sha).toMatch(/^[0-9a-f]{40}$/)
    expect(listed.items.map((item) => item.name)).toEqual(expect.arrayContaining(['main', 'feature/greeting', branch]))
    expect(listed.items.find((item) => item.name === 'main')?.protected).toBe(true)
    expect(dictionary.items[0]).toMatchObject({ value: 'main', note: 'default · protected' })
    await deleteBranch(github, { repository: HELLO, branch })
    const after = await listBranches(github, { repository: HELLO, protection: undefined, ...page, limit: 100 })
    expect(after.items.map((item) => item.name)).not.toContain(branch)
  })

  test('files are read, written (the action finds the sha itself), listed and deleted; a stale sha is a conflict', async () => {
    const path = `notes/${unique('note')}.md`
    const readme = await getFileContent(github, { repository: HELLO, path: 'README.md', ref: undefined })
    expect(readme.content).toContain('It is not on GitHub.')

    const created = await createOrUpdateFile(github, {
      repository: HELLO,
      path,
      content: 'one\n',
      message: 'Add a note',
      branch: undefined,
      contentIsBase64: undefined,
      committerName: undefined,
      committerEmail: undefined,
    })
    const updated = await createOrUpdateFile(github, {
      repository: HELLO,
      path,
      content: 'two\n',
      message: 'Change the note',
      branch: undefined,
      contentIsBase64: undefined,
      committerName: undefined,
      committerEmail: undefined,
    })
    const read = await getFileContent(github, { repository: HELLO, path, ref: undefined })
    const listing = await listDirectoryContents(github, { repository: HELLO, path: 'notes', ref: undefined })

    expect(created.created).toBe(true)
    expect(updated.created).toBe(false)
    expect(read.content).toBe('two\n')
    expect(listing.items.map((entry: { path: string }) => entry.path)).toContain(path)
    await expect(
      callApi(github, {
        operation: 'repos/create-or-update-file-contents',
        method: 'PUT',
        path: `/repos/${HELLO}/contents/${path}`,
        body: { message: 'stale', content: 'dGhyZWU=', sha: created.content?.sha },
        subject: 'the note',
      }),
    ).rejects.toThrow(Conflict)
    await deleteFile(github, {
      repository: HELLO,
      path,
      message: 'Remove the note',
      branch: undefined,
      committerName: undefined,
      committerEmail: undefined,
    })
    await expect(getFileContent(github, { repository: HELLO, path, ref: undefined })).rejects.toThrow(NotFound)
    const history = await listCommits(github, {
      repository: HELLO,
      ref: undefined,
      path,
      author: undefined,
      since: undefined,
      until: undefined,
      ...page,
    })
    expect(history.items.map((commit) => commit.commit.message)).toEqual(['Remove the note', 'Change the note', 'Add a note'])
  })
})

describe('issues, comments, labels and milestones', () => {
  test('an issue is created with labels, assignee and milestone, found by the filters, commented, labelled, locked and closed', async () => {
    const title = unique('Sandbox issue')
    const issue = await createIssue(github, {
      repository: HELLO,
      title,
      body: 'Seen in the sandbox.',
      labels: ['bug'],
      assignees: ['sandbox-hubot'],
      milestone: 1,
    })
    const number = issue.number

    expect(issue).toMatchObject({ title, state: 'open', assignee: { login: 'sandbox-hubot' }, milestone: { number: 1, title: 'v1.0' } })
    const listed = await listIssues(github, {
      repository: HELLO,
      state: 'Open',
      labels: ['bug'],
      assignee: 'sandbox-hubot',
      creator: undefined,
      mentioned: undefined,
      milestone: undefined,
      since: undefined,
      sort: undefined,
      direction: undefined,
      ...page,
    })
    expect(listed.items.map((item) => item.number)).toContain(number)

    await addIssueComment(github, { repository: HELLO, issueNumber: number, body: 'A comment from the test.' })
    const comments = await listIssueComments(github, { repository: HELLO, issueNumber: number })
    expect(comments.items.map((comment) => comment.body)).toEqual(['A comment from the test.'])

    const labelled = await addLabelsToIssue(github, { repository: HELLO, issueNumber: number, labels: ['enhancement'] })
    expect(JSON.stringify(labelled)).toContain('enhancement')
    const unlabelled = await removeLabelFromIssue(github, { repository: HELLO, issueNumber: number, label: 'bug' })
    expect(JSON.stringify(unlabelled)).not.toContain('"bug"')

    await lockIssue(github, { repository: HELLO, issueNumber: number, lockReason: 'Resolved' })
    expect(await getIssue(github, { repository: HELLO, issueNumber: number })).toMatchObject({
      locked: true,
      active_lock_reason: 'resolved',
    })
    await unlockIssue(github, { repository: HELLO, issueNumber: number })

    const closed = await updateIssue(github, { repository: HELLO, issueNumber: number, state: 'Closed', stateReason: 'Not Planned' })
    expect(closed).toMatchObject({ state: 'closed', state_reason: 'not_planned', locked: false })
  })

  test('labels are created once; the dictionaries list labels, assignees and milestones', async () => {
    const name = unique('sandbox-label')
    const label = await createLabel(github, { repository: HELLO, name, color: '00ff00', description: 'Made by the test' })

    expect(label).toMatchObject({ name, color: '00ff00' })
    await expect(createLabel(github, { repository: HELLO, name, color: '00ff00' })).rejects.toThrow(ValidationFailed)
    const criteria = { criteria: { repository: HELLO } }
    expect((await getLabelsDictionary(github, criteria)).items.map((item) => item.value)).toEqual(
      expect.arrayContaining(['bug', 'enhancement', name]),
    )
    expect((await getAssigneesDictionary(github, criteria)).items.map((item) => item.value)).toEqual([
      'sandbox-hubot',
      'sandbox-monalisa',
      'sandbox-octocat',
    ])
    expect((await getMilestonesDictionary(github, criteria)).items).toEqual([expect.objectContaining({ label: 'v1.0', value: 1 })])
  })

  test('labels are listed, renamed and recoloured, then deleted (GitHub’s schemas checked on every answer)', async () => {
    const name = unique('label')
    await createLabel(github, { repository: HELLO, name, color: '00ff00' })
    const renamed = `${name}-renamed`
    await expect(
      updateLabel(github, { repository: HELLO, label: name, newName: renamed, color: '#ABCDEF', description: 'Renamed by the test' }),
    ).resolves.toMatchObject({ name: renamed, color: 'abcdef', description: 'Renamed by the test' })
    const listed = await listLabels(github, { repository: HELLO, fetchAll: true, limit: 1000, cursor: undefined })
    expect(listed.items.map((label) => label.name)).toEqual(expect.arrayContaining([renamed]))
    expect(listed.items.map((label) => label.name)).not.toContain(name)
    await deleteLabel(github, { repository: HELLO, label: renamed })
    await expect(
      updateLabel(github, { repository: HELLO, label: renamed, newName: 'x', color: undefined, description: undefined }),
    ).rejects.toThrow(NotFound)
  })

  test('a comment is edited, then deleted, and the issue’s comments say so', async () => {
    const issue = await createIssue(github, { repository: HELLO, title: unique('comments') })
    const comment = await addIssueComment(github, { repository: HELLO, issueNumber: issue.number, body: 'First words' })
    await expect(editIssueComment(github, { repository: HELLO, commentId: comment.id, body: 'Better words' })).resolves.toMatchObject({
      id: comment.id,
      body: 'Better words',
    })
    const listed = await listIssueComments(github, { repository: HELLO, issueNumber: issue.number, ...page })
    expect(listed.items.map((item) => item.body)).toEqual(['Better words'])
    await deleteIssueComment(github, { repository: HELLO, commentId: comment.id })
    expect((await listIssueComments(github, { repository: HELLO, issueNumber: issue.number, ...page })).items).toEqual([])
    await expect(deleteIssueComment(github, { repository: HELLO, commentId: comment.id })).rejects.toThrow(NotFound)
  })

  test('assignees are added and removed with requests GitHub’s description accepts (the sandbox answers its example)', async () => {
    const issue = await createIssue(github, { repository: HELLO, title: unique('assign') })
    await expect(
      assignIssue(github, { repository: HELLO, issueNumber: issue.number, assignees: ['sandbox-hubot'] }),
    ).resolves.toHaveProperty('number')
    await expect(
      unassignIssue(github, { repository: HELLO, issueNumber: issue.number, assignees: ['sandbox-hubot'] }),
    ).resolves.toHaveProperty('number')
  })

  test('an issue is found instead of opened twice, listed among mine, reacted to, and arranged in sub-issues', async () => {
    const title = unique('Crash on save')
    const open = {
      repository: HELLO,
      title,
      body: 'Steps…',
      labels: undefined,
      assignees: ['sandbox-octocat'],
      milestone: undefined,
      includeClosed: undefined,
    }
    const first = await findOrCreateIssue(github, open)
    expect(first).toMatchObject({ created: true, issue: { title } })
    await expect(findOrCreateIssue(github, { ...open, title: `  ${title.toUpperCase()} ` })).resolves.toMatchObject({
      created: false,
      issue: { number: first.issue.number },
    })
    const mine = await listMyIssues(github, {
      filter: undefined,
      state: undefined,
      labels: undefined,
      since: undefined,
      sort: undefined,
      direction: undefined,
      fetchAll: true,
      limit: 1000,
      cursor: undefined,
    })
    expect(mine.items.find((issue) => issue.number === first.issue.number)).toMatchObject({ repository: { full_name: HELLO } })
    await expect(
      addReaction(github, {
        repository: HELLO,
        content: 'Rocket',
        issueNumber: first.issue.number,
        commentId: undefined,
        commentKind: undefined,
      }),
    ).resolves.toMatchObject({ id: expect.any(Number), created: expect.any(Boolean) })

    const child = async (name: string) =>
      (await findOrCreateIssue(github, { ...open, title: unique(name), assignees: undefined })).issue.number
    const [a, b] = [await child('part a'), await child('part b')]
    const other = (await findOrCreateIssue(github, { ...open, title: unique('other parent'), assignees: undefined })).issue.number
    const sub = (parent: number, number: number) => ({
      repository: HELLO,
      issueNumber: parent,
      subIssueNumber: number,
      subIssueRepository: undefined,
    })
    await addSubIssue(github, { ...sub(first.issue.number, a), replaceParent: undefined })
    await addSubIssue(github, { ...sub(first.issue.number, b), replaceParent: undefined })
    const listed = await listSubIssues(github, { repository: HELLO, issueNumber: first.issue.number, ...page })
    expect(listed.items.map((issue) => issue.number)).toEqual([a, b])
    await expect(addSubIssue(github, { ...sub(other, a), replaceParent: undefined })).rejects.toThrow(ValidationFailed)
    await addSubIssue(github, { ...sub(other, a), replaceParent: true })
    await expect(removeSubIssue(github, sub(first.issue.number, b))).resolves.toMatchObject({ number: b })
    expect((await listSubIssues(github, { repository: HELLO, issueNumber: first.issue.number, ...page })).items).toEqual([])
    expect((await listSubIssues(github, { repository: HELLO, issueNumber: other, ...page })).items.map((issue) => issue.number)).toEqual([
      a,
    ])
    const picker = await getIssuesDictionary(github, { search: title, criteria: { repository: HELLO } })
    expect(picker.items).toEqual([expect.objectContaining({ value: first.issue.number })])
  })

  test('a milestone is created with a due date, listed, closed and deleted', async () => {
    const title = unique('milestone')
    const created = await createMilestone(github, {
      repository: HELLO,
      title,
      description: 'Made by the test',
      dueOn: Date.UTC(2030, 5, 30),
    })
    expect(created).toMatchObject({ title, state: 'open', due_on: expect.stringMatching(/^2030-06-30/) as unknown })
    const open = await listMilestones(github, { repository: HELLO, state: 'Open', ...page })
    expect(open.items.map((milestone) => milestone.title)).toContain(title)
    await expect(updateMilestone(github, { repository: HELLO, milestone: created.number, state: 'Closed' })).resolves.toMatchObject({
      state: 'closed',
    })
    const closed = await listMilestones(github, { repository: HELLO, state: 'Closed', ...page })
    expect(closed.items.map((milestone) => milestone.number)).toContain(created.number)
    await deleteMilestone(github, { repository: HELLO, milestone: created.number })
    const all = await listMilestones(github, { repository: HELLO, state: 'All', ...page })
    expect(all.items.map((milestone) => milestone.number)).not.toContain(created.number)
  })

  test('a milestone that does not exist is a validation failure naming the field', async () => {
    await expect(createIssue(github, { repository: HELLO, title: 'Bad milestone', milestone: 99 })).rejects.toThrow(/milestone/)
  })
})

describe('pull requests', () => {
  test('the seeded pull request shows its files and takes reviewers and reviews', async () => {
    const open = await listPullRequests(github, {
      repository: HELLO,
      state: undefined,
      head: undefined,
      base: undefined,
      sort: undefined,
      direction: undefined,
      ...page,
    })
    const seeded = open.items.find((pull) => pull.head.ref === 'feature/greeting')
    expect(seeded).toBeDefined()
    const number = seeded?.number ?? 0

    const pull = await getPullRequest(github, { repository: HELLO, pullNumber: number })
    const files = await listPullRequestFiles(github, { repository: HELLO, pullNumber: number, ...page })
    expect(pull).toMatchObject({ merged: false, mergeable: true, base: { ref: 'main' }, changed_files: 1 })
    expect(files.items.map((file) => [file.filename, file.status])).toEqual([['src/hello.js', 'modified']])

    await expect(
      requestReviewers(github, { repository: HELLO, pullNumber: number, reviewers: ['sandbox-hubot'], teamReviewers: undefined }),
    ).rejects.toThrow(ValidationFailed)
    const requested = await requestReviewers(github, {
      repository: HELLO,
      pullNumber: number,
      reviewers: ['sandbox-octocat'],
      teamReviewers: undefined,
    })
    expect(requested.requested_reviewers?.map((user) => user.login)).toContain('sandbox-octocat')

    await createPullRequestReview(github, {
      repository: HELLO,
      pullNumber: number,
      event: 'Comment',
      body: 'Looks fine in the sandbox.',
      commitId: undefined,
    })
    const reviews = await listPullRequestReviews(github, { repository: HELLO, pullNumber: number, ...page })
    expect(reviews.items.map((review) => [review.state, review.body])).toContainEqual(['COMMENTED', 'Looks fine in the sandbox.'])
  })

  test('code review: found or created once, line comments and replies, pending and dismissed reviews, requests withdrawn, head updated', async () => {
    const branch = unique('feature/review')
    const path = `src/${unique('review')}.js`
    await createBranch(github, { repository: HELLO, branch, fromRef: 'main' })
    const write = (file: string, content: string, on: string) =>
      createOrUpdateFile(github, {
        repository: HELLO,
        path: file,
        content,
        message: `Write ${file}`,
        branch: on,
        contentIsBase64: undefined,
        committerName: undefined,
        committerEmail: undefined,
      })
    await write(path, 'const a = 1\nconst b = 2\nconst c = 3\n', branch)
    const open = {
      repository: HELLO,
      head: branch,
      base: 'main',
      title: 'Review me',
      body: undefined,
      draft: undefined,
      maintainerCanModify: undefined,
    }
    const first = await findOrCreatePullRequest(github, open)
    expect(first).toMatchObject({ created: true, pullRequest: { head: { ref: branch }, state: 'open' } })
    const number = first.pullRequest.number
    await expect(findOrCreatePullRequest(github, open)).resolves.toMatchObject({ created: false, pullRequest: { number } })
    const offered = await getPullRequestsDictionary(github, { search: branch, criteria: { repository: HELLO } })
    expect(offered.items).toEqual([expect.objectContaining({ value: number, note: `${branch} → main` })])
    const commits = await listPullRequestCommits(github, { repository: HELLO, pullNumber: number, ...page })
    expect(commits.items.map((commit) => commit.commit.message)).toEqual([`Write ${path}`])

    const comment = await createReviewComment(github, {
      repository: HELLO,
      pullNumber: number,
      body: 'Why two?',
      path,
      line: 2,
      startLine: 1,
      side: undefined,
      commitId: undefined,
    })
    expect(comment).toMatchObject({ path, line: 2, start_line: 1, side: 'RIGHT', commit_id: commits.items[0]?.sha })
    const reply = await replyToReviewComment(github, { repository: HELLO, pullNumber: number, commentId: comment.id, body: 'Symmetry.' })
    expect(reply).toMatchObject({ in_reply_to_id: comment.id, path })
    const thread = await listReviewComments(github, { repository: HELLO, pullNumber: number, ...page })
    expect(thread.items.map((item) => item.body)).toEqual(['Why two?', 'Symmetry.'])
    await expect(
      createReviewComment(github, {
        repository: HELLO,
        pullNumber: number,
        body: 'Far away',
        path,
        line: 99,
        startLine: undefined,
        side: undefined,
        commitId: undefined,
      }),
    ).rejects.toThrow(ValidationFailed)

    // A pending review (started elsewhere: the API without an event) is submitted by the action.
    const pending = await callApi(github, {
      operation: 'pulls/create-review',
      method: 'POST',
      path: `/repos/${HELLO}/pulls/${number}/reviews`,
      body: { body: 'Notes to self' },
      subject: 'a pending review',
    })
    expect(pending.data.state).toBe('PENDING')
    const submitted = await submitReview(github, {
      repository: HELLO,
      pullNumber: number,
      reviewId: pending.data.id,
      event: 'Comment',
      body: undefined,
    })
    expect(submitted).toMatchObject({ state: 'COMMENTED', body: 'Notes to self' })
    await expect(
      submitReview(github, { repository: HELLO, pullNumber: number, reviewId: pending.data.id, event: 'Comment', body: undefined }),
    ).rejects.toThrow(ValidationFailed)
    await expect(
      dismissReview(github, { repository: HELLO, pullNumber: number, reviewId: pending.data.id, message: 'Stale' }),
    ).rejects.toThrow(ValidationFailed)

    const requested = await requestReviewers(github, {
      repository: HELLO,
      pullNumber: number,
      reviewers: ['sandbox-hubot'],
      teamReviewers: undefined,
    })
    expect(requested.requested_reviewers?.map((user) => user.login)).toEqual(['sandbox-hubot'])
    const withdrawn = await removeRequestedReviewers(github, {
      repository: HELLO,
      pullNumber: number,
      reviewers: ['sandbox-hubot'],
      teamReviewers: undefined,
    })
    expect(withdrawn.requested_reviewers).toEqual([])

    // main moves on; the pull request's branch takes the new commit with a merge.
    await write(`docs/${unique('later')}.md`, 'later\n', 'main')
    await expect(compareRefs(github, { repository: HELLO, base: 'main', head: branch })).resolves.toMatchObject({
      status: 'diverged',
      behind_by: 1,
    })
    await expect(
      updatePullRequestBranch(github, { repository: HELLO, pullNumber: number, expectedHeadSha: undefined }),
    ).resolves.toMatchObject({
      pullNumber: number,
      message: 'Updating pull request branch.',
    })
    await expect(compareRefs(github, { repository: HELLO, base: 'main', head: branch })).resolves.toMatchObject({
      status: 'ahead',
      behind_by: 0,
    })
    await expect(updatePullRequestBranch(github, { repository: HELLO, pullNumber: number, expectedHeadSha: undefined })).rejects.toThrow(
      ValidationFailed,
    )
  })

  test('an approval on the seeded pull request is dismissed and offered by the reviews dictionary', async () => {
    const seeded = (
      await listPullRequests(github, {
        repository: HELLO,
        state: undefined,
        head: 'feature/greeting',
        base: undefined,
        sort: undefined,
        direction: undefined,
        ...page,
      })
    ).items[0]
    const number = seeded?.number ?? 0
    const approval = await createPullRequestReview(github, {
      repository: HELLO,
      pullNumber: number,
      event: 'Approve',
      body: undefined,
      commitId: undefined,
    })
    const picked = await getReviewsDictionary(github, { criteria: { repository: HELLO, pullNumber: number } })
    expect(picked.items).toContainEqual(expect.objectContaining({ value: approval.id, label: 'sandbox-octocat: approved' }))
    await expect(
      dismissReview(github, { repository: HELLO, pullNumber: number, reviewId: approval.id, message: 'Superseded' }),
    ).resolves.toMatchObject({
      id: approval.id,
      state: 'DISMISSED',
    })
  })

  test('a pull request from a new branch is created, squash-merged, and its change lands on main', async () => {
    const branch = unique('feature/sandbox')
    const path = `src/${unique('module')}.js`
    await createBranch(github, { repository: HELLO, branch, fromRef: 'main' })
    await createOrUpdateFile(github, {
      repository: HELLO,
      path,
      content: 'export const answer = 42\n',
      message: 'Add a module',
      branch,
      contentIsBase64: undefined,
      committerName: undefined,
      committerEmail: undefined,
    })

    const pull = await createPullRequest(github, {
      repository: HELLO,
      head: branch,
      base: 'main',
      title: 'Add a module',
      body: 'From the test.',
      draft: undefined,
      maintainerCanModify: undefined,
    })
    expect(pull).toMatchObject({
      state: 'open',
      head: { ref: branch },
      base: { ref: 'main' },
      html_url: `${sandbox.serverUrl}/${HELLO}/pull/${pull.number}`,
    })
    await expect(
      createPullRequest(github, {
        repository: HELLO,
        head: branch,
        base: 'main',
        title: 'Again',
        body: undefined,
        draft: undefined,
        maintainerCanModify: undefined,
      }),
    ).rejects.toThrow(ValidationFailed)

    const merged = await mergePullRequest(github, {
      repository: HELLO,
      pullNumber: pull.number,
      mergeMethod: 'Squash',
      commitTitle: undefined,
      commitMessage: undefined,
      sha: pull.head.sha,
    })
    expect(merged).toMatchObject({ merged: true, message: 'Pull Request successfully merged' })
    expect((await getFileContent(github, { repository: HELLO, path, ref: 'main' })).content).toBe('export const answer = 42\n')
    expect(await getPullRequest(github, { repository: HELLO, pullNumber: pull.number })).toMatchObject({
      state: 'closed',
      merged: true,
      merge_commit_sha: merged.sha,
    })
    await expect(
      mergePullRequest(github, {
        repository: HELLO,
        pullNumber: pull.number,
        mergeMethod: undefined,
        commitTitle: undefined,
        commitMessage: undefined,
        sha: undefined,
      }),
    ).rejects.toThrow()
  })
})

describe('search', () => {
  test("users are searched with a request GitHub's description accepts, and offered by the users dictionary", async () => {
    const found = await searchUsers(github, { query: 'sandbox in:login', sort: 'Followers', order: undefined })
    expect(found.items.length).toBeGreaterThan(0)
    const offered = await getUsersDictionary(github, { search: 'sandbox' })
    expect(offered.items.map((item) => item.value)).toEqual(found.items.map((user) => user.login))
  })

  test('issues, repositories and code are searched with qualifiers', async () => {
    const issues = await searchIssues(github, { query: `repo:${HELLO} is:issue is:open exclamation` })
    const repos = await searchRepositories(github, { query: 'sandbox in:description user:sandbox-org' })
    const code = await searchCode(github, { query: `Hello repo:${HELLO} extension:js` })

    expect(issues.items.map((item) => item.title)).toEqual(['Greeting is missing an exclamation mark'])
    expect(issues.totalCount).toBe(1)
    expect(repos.items.map((item) => item.full_name)).toEqual(['sandbox-org/team-service'])
    expect(code.items.map((item) => item.path)).toContain('src/hello.js')
    await expect(searchIssues(github, { query: ' ' })).rejects.toThrow()
  })
})

describe('releases', () => {
  test('the latest release, a new one, by tag and the list', async () => {
    const latest = await getLatestRelease(github, { repository: HELLO })
    expect(latest).toMatchObject({ tag_name: 'v0.1.0', name: 'v0.1.0 (sandbox)' })

    const tag = `v0.2.${randomBytes(2).readUInt16BE()}`
    const created = await createRelease(github, {
      repository: HELLO,
      tagName: tag,
      targetCommitish: 'main',
      name: `Release ${tag}`,
      body: 'Sandbox notes',
      draft: false,
      prerelease: false,
      generateReleaseNotes: undefined,
      makeLatest: undefined,
    })
    expect(created).toMatchObject({ tag_name: tag, draft: false, html_url: `${sandbox.serverUrl}/${HELLO}/releases/tag/${tag}` })
    expect((await getReleaseByTag(github, { repository: HELLO, tag })).id).toBe(created.id)
    expect((await listReleases(github, { repository: HELLO, ...page })).items.map((release) => release.tag_name)).toEqual(
      expect.arrayContaining([tag, 'v0.1.0']),
    )
    await expect(
      createRelease(github, {
        repository: HELLO,
        tagName: tag,
        targetCommitish: undefined,
        name: undefined,
        body: undefined,
        draft: undefined,
        prerelease: undefined,
        generateReleaseNotes: undefined,
        makeLatest: undefined,
      }),
    ).rejects.toThrow(ValidationFailed)
  })
})

describe('collaborators', () => {
  test('someone is invited with a permission, seen with it, offered by the dictionary, changed and removed', async () => {
    const NOTES = 'sandbox-octocat/private-notes'
    const permission = () => getCollaboratorPermission(github, { repository: NOTES, username: 'sandbox-monalisa' })
    await expect(permission()).resolves.toMatchObject({ permission: 'none' })
    await expect(addCollaborator(github, { repository: NOTES, username: 'sandbox-monalisa', permission: 'Triage' })).resolves.toMatchObject(
      {
        invited: true,
        invitation: { invitee: { login: 'sandbox-monalisa' } },
      },
    )
    await expect(permission()).resolves.toMatchObject({
      permission: 'read',
      role_name: 'triage',
      user: { permissions: { admin: false, maintain: false, push: false, triage: true, pull: true } },
    })
    const withPermission = async (wanted: string | undefined) =>
      (await listCollaborators(github, { repository: NOTES, permission: wanted, ...page })).items.map((user) => [
        user.login,
        user.role_name,
      ])
    await expect(withPermission('Triage')).resolves.toEqual([
      ['sandbox-monalisa', 'triage'],
      ['sandbox-octocat', 'admin'],
    ])
    await expect(withPermission('Write')).resolves.toEqual([['sandbox-octocat', 'admin']])
    await expect(
      addCollaborator(github, { repository: NOTES, username: 'sandbox-monalisa', permission: 'Maintain' }),
    ).resolves.toMatchObject({
      invited: false,
    })
    await expect(permission()).resolves.toMatchObject({
      permission: 'write',
      role_name: 'maintain',
      user: { permissions: { admin: false, maintain: true, push: true, triage: true, pull: true } },
    })
    await expect(withPermission('Write')).resolves.toEqual([
      ['sandbox-monalisa', 'maintain'],
      ['sandbox-octocat', 'admin'],
    ])
    await addCollaborator(github, { repository: NOTES, username: 'sandbox-monalisa', permission: 'Admin' })
    await expect(permission()).resolves.toMatchObject({ permission: 'admin' })
    await expect(withPermission(undefined)).resolves.toEqual([
      ['sandbox-monalisa', 'admin'],
      ['sandbox-octocat', 'admin'],
    ])
    const offered = await getCollaboratorsDictionary(github, { search: 'mona', criteria: { repository: NOTES } })
    expect(offered.items.map((item) => item.value)).toEqual(['sandbox-monalisa'])
    await removeCollaborator(github, { repository: NOTES, username: 'sandbox-monalisa' })
    await expect(permission()).resolves.toMatchObject({ permission: 'none' })
    await expect(addCollaborator(github, { repository: NOTES, username: 'no-such-user-here', permission: undefined })).rejects.toThrow(
      NotFound,
    )
  })
})

describe('Actions variables and secrets', () => {
  const atRepository = { level: undefined, repository: HELLO, environment: undefined, organization: undefined }
  const atEnvironment = { level: 'Environment', repository: HELLO, environment: 'staging', organization: undefined }
  const atOrganization = { level: 'Organization', repository: undefined, environment: undefined, organization: 'sandbox-org' }

  test.each([
    ['repository', atRepository],
    ['environment', atEnvironment],
  ])('variables at %s level: create, read, rename with a new value, list, delete', async (_kind, where) => {
    const name = unique('V').replace('-', '_').toUpperCase()
    await createVariable(github, { ...where, variableName: name, value: 'one', visibility: undefined })
    await expect(createVariable(github, { ...where, variableName: name, value: 'again', visibility: undefined })).rejects.toThrow(Conflict)
    await expect(getVariable(github, { ...where, variableName: name.toLowerCase() })).resolves.toMatchObject({ name, value: 'one' })
    await updateVariable(github, { ...where, variableName: name, newVariableName: `${name}_2`, value: 'two', visibility: undefined })
    const listed = await listVariables(github, { ...where, ...page })
    expect(listed.items).toContainEqual(expect.objectContaining({ name: `${name}_2`, value: 'two' }))
    await deleteVariable(github, { ...where, variableName: `${name}_2` })
    await expect(getVariable(github, { ...where, variableName: `${name}_2` })).rejects.toThrow(NotFound)
  })

  test('organization variables need admin:org; with it they are kept with their visibility', async () => {
    await expect(listVariables(github, { ...atOrganization, ...page })).rejects.toThrow(/admin:org/)
    const admin = await connect('repo admin:org')
    await createVariable(admin, { ...atOrganization, variableName: 'ORG_WIDE', value: 'x', visibility: 'All Repositories' })
    await expect(getVariable(admin, { ...atOrganization, variableName: 'ORG_WIDE' })).resolves.toMatchObject({ visibility: 'all' })
    await deleteVariable(admin, { ...atOrganization, variableName: 'ORG_WIDE' })
  })

  test.each([
    ['repository', atRepository],
    ['environment', atEnvironment],
  ])('secrets at %s level: the sandbox opens the sealed value with its own key (libsodium); listed by name only', async (_kind, where) => {
    const name = unique('S').replace('-', '_').toUpperCase()
    const value = `CANARY-sandbox-secret-${randomBytes(4).toString('hex')}`
    // The sandbox refuses (422) a value that does not open with the level's key: success proves the seal.
    await expect(setSecret(github, { ...where, secretName: name, value, visibility: undefined })).resolves.toMatchObject({
      name,
      created: true,
    })
    await expect(setSecret(github, { ...where, secretName: name, value: 'next', visibility: undefined })).resolves.toMatchObject({
      created: false,
    })
    const listed = await listSecrets(github, { ...where, ...page })
    expect(listed.items.map((item) => item.name)).toContain(name)
    expect(JSON.stringify(listed)).not.toContain(value)
    await deleteSecret(github, { ...where, secretName: name })
    await expect(deleteSecret(github, { ...where, secretName: name })).rejects.toThrow(NotFound)
  })

  test('organization secrets: sealed for the organization key, private unless asked', async () => {
    const admin = await connect('repo admin:org')
    await expect(
      setSecret(admin, { ...atOrganization, secretName: 'ORG_TOKEN', value: 'CANARY-org-secret', visibility: undefined }),
    ).resolves.toMatchObject({ level: 'organization', organization: 'sandbox-org', created: true })
    const listed = await listSecrets(admin, { ...atOrganization, ...page })
    expect(listed.items).toContainEqual(expect.objectContaining({ name: 'ORG_TOKEN', visibility: 'private' }))
    await deleteSecret(admin, { ...atOrganization, secretName: 'ORG_TOKEN' })
  })

  test('a box sealed for another key is refused as GitHub refuses it (422)', async () => {
    const { data: key } = await callApi(github, {
      operation: 'actions/get-repo-public-key',
      method: 'GET',
      path: `/repos/${HELLO}/actions/secrets/public-key`,
      subject: 'key',
    })
    const foreign = Buffer.concat([randomBytes(32), randomBytes(48)]).toString('base64')
    await expect(
      callApi(github, {
        operation: 'actions/create-or-update-repo-secret',
        method: 'PUT',
        path: `/repos/${HELLO}/actions/secrets/FORGED`,
        body: { encrypted_value: foreign, key_id: key.key_id },
        subject: 'secret FORGED',
      }),
    ).rejects.toThrow(ValidationFailed)
  })
})

describe('teams', () => {
  test('a team is created (admin:org), renamed with a new slug, offered, given a member and a repository, and deleted', async () => {
    const org = 'sandbox-org'
    const name = `Team ${randomBytes(2).toString('hex')}`
    await expect(createTeam(github, { organization: org, name, description: undefined, privacy: undefined })).rejects.toThrow(NotFound)
    const admin = await connect('repo read:org admin:org')
    const created = await createTeam(admin, { organization: org, name, description: 'Ops', privacy: 'Visible (closed)' })
    expect(created).toMatchObject({ name, slug: name.toLowerCase().replace(' ', '-'), privacy: 'closed', description: 'Ops' })
    const renamed = await updateTeam(admin, {
      organization: org,
      team: created.slug,
      name: `${name} B`,
      description: undefined,
      privacy: undefined,
    })
    expect(renamed.slug).toBe(`${created.slug}-b`)
    expect((await listTeams(github, { organization: org, ...page })).items.map((team) => team.slug)).toContain(renamed.slug)
    expect((await getTeamsDictionary(github, { criteria: { organization: org }, search: 'b' })).items).toContainEqual(
      expect.objectContaining({ value: renamed.slug }),
    )
    await expect(
      addTeamMember(admin, { organization: org, team: renamed.slug, username: 'sandbox-octocat', role: 'Maintainer' }),
    ).resolves.toMatchObject({ username: 'sandbox-octocat', state: expect.any(String) as unknown })
    await removeTeamMember(admin, { organization: org, team: renamed.slug, username: 'sandbox-octocat' })
    await expect(
      addTeamRepository(admin, { organization: org, team: renamed.slug, repository: 'sandbox-org/team-service', permission: 'Write' }),
    ).resolves.toMatchObject({ permission: 'push' })
    await removeTeamRepository(admin, { organization: org, team: renamed.slug, repository: 'sandbox-org/team-service' })
    await deleteTeam(admin, { organization: org, team: renamed.slug })
    await expect(deleteTeam(admin, { organization: org, team: renamed.slug })).rejects.toThrow(NotFound)
  })
})

describe('templates, invitations and people', () => {
  const settings = {
    name: undefined,
    description: undefined,
    homepage: undefined,
    visibility: undefined,
    defaultBranch: undefined,
    hasIssues: undefined,
    hasWiki: undefined,
    archived: undefined,
  }

  test('a repository made a template is copied (its default branch) into a new repository of an organization', async () => {
    const name = unique('from-template')
    const template = { template: HELLO, name, description: undefined, isPrivate: false, includeAllBranches: undefined }
    await expect(createRepositoryFromTemplate(github, { ...template, owner: undefined })).rejects.toThrow(/not a template repository/)
    await updateRepository(github, { ...settings, repository: HELLO, isTemplate: true })
    try {
      const created = await createRepositoryFromTemplate(github, { ...template, owner: 'sandbox-org' })
      expect(created).toMatchObject({
        full_name: `sandbox-org/${name}`,
        is_template: false,
        template_repository: { full_name: HELLO },
      })
      const readme = await getFileContent(github, { repository: `sandbox-org/${name}`, path: 'README.md', ref: undefined })
      const original = await getFileContent(github, { repository: HELLO, path: 'README.md', ref: undefined })
      expect(readme.content).toBe(original.content)
      expect((await getCommit(github, { repository: `sandbox-org/${name}`, ref: 'main' })).parents).toEqual([])
    } finally {
      await updateRepository(github, { ...settings, repository: HELLO, isTemplate: false })
    }
  })

  test('owners are you, then your organizations; invitations by login or email; removal of a member', async () => {
    const owners = await getOwnersDictionary(github, {})
    expect(owners.items.map((item) => item.value)).toEqual(['sandbox-octocat', 'sandbox-org'])
    const admin = await connect('repo read:org admin:org')
    await expect(
      inviteToOrganization(admin, { organization: 'sandbox-org', invitee: 'sandbox-octocat', role: 'Admin' }),
    ).resolves.toMatchObject({
      id: expect.any(Number) as unknown,
    })
    await expect(
      inviteToOrganization(admin, { organization: 'sandbox-org', invitee: 'mona@example.com', role: undefined }),
    ).resolves.toBeDefined()
    await expect(inviteToOrganization(admin, { organization: 'sandbox-org', invitee: 'no-such-person', role: undefined })).rejects.toThrow(
      NotFound,
    )
    await expect(removeOrganizationMember(admin, { organization: 'sandbox-org', username: 'sandbox-octocat' })).resolves.toMatchObject({
      removed: true,
    })
  })

  test("a user's public keys are listed", async () => {
    const keys = await getUserPublicKeys(github, { username: 'sandbox-octocat', ...page })
    expect(keys.items.every((key) => typeof key.key === 'string')).toBe(true)
  })
})

describe('deploy keys', () => {
  test('a read-only key is added, listed and deleted', async () => {
    const key = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGb0Yk5Ryx2ZxP0bTqPp0lQ4rRSRC2b2FcAjG1bQ0gNU ci@example'
    const created = await createDeployKey(github, { repository: HELLO, title: 'CI', key, readOnly: undefined })
    expect(created).toMatchObject({ title: 'CI', key, read_only: true })
    expect((await listDeployKeys(github, { repository: HELLO, ...page })).items.map((item) => item.id)).toContain(created.id)
    await deleteDeployKey(github, { repository: HELLO, keyId: created.id })
    expect((await listDeployKeys(github, { repository: HELLO, ...page })).items.map((item) => item.id)).not.toContain(created.id)
    await expect(deleteDeployKey(github, { repository: HELLO, keyId: created.id })).rejects.toThrow(NotFound)
  })
})

describe('stars and watching', () => {
  test('a star shows among the stargazers and goes away; watching is set and unset as GitHub documents', async () => {
    const TEAM = 'sandbox-org/team-service'
    await starRepository(github, { repository: TEAM })
    const stargazers = async () => (await listStargazers(github, { repository: TEAM, ...page })).items.map((user) => user.login)
    expect(await stargazers()).toContain('sandbox-octocat')
    await starRepository(github, { repository: TEAM })
    expect((await stargazers()).filter((login) => login === 'sandbox-octocat')).toHaveLength(1)
    await unstarRepository(github, { repository: TEAM })
    expect(await stargazers()).not.toContain('sandbox-octocat')
    await expect(watchRepository(github, { repository: TEAM, ignore: undefined })).resolves.toMatchObject({
      subscribed: expect.any(Boolean),
    })
    await expect(unwatchRepository(github, { repository: TEAM })).resolves.toEqual({ repository: TEAM, watching: false })
  })
})

describe('webhooks', () => {
  test('a webhook is created, pinged and fed an event; deliveries are listed and redelivered; it is changed and deleted', async () => {
    const received: { event: string; signature: string }[] = []
    const receiver = createServer((request, response) => {
      request.resume()
      request.on('end', () => {
        received.push({ event: String(request.headers['x-github-event']), signature: String(request.headers['x-hub-signature-256']) })
        response.end('ok')
      })
    })
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`
    const until = async (done: () => boolean): Promise<void> => {
      for (let i = 0; i < 100 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 20))
    }
    try {
      const hook = await createWebhook(github, {
        repository: HELLO,
        url,
        events: ['issues'],
        secret: 'e2e-hook-secret',
        contentType: undefined,
        active: undefined,
      })
      expect(hook).toMatchObject({ active: true, events: ['issues'], config: { url, secret: '********' } })
      await pingWebhook(github, { repository: HELLO, hookId: hook.id })
      await createIssue(github, { repository: HELLO, title: unique('hooked') })
      await until(() => received.length >= 3)
      // GitHub pings a new hook at once, and the action pings it again.
      expect(received.map((delivery) => delivery.event)).toEqual(['ping', 'ping', 'issues'])
      expect(received.every((delivery) => delivery.signature.startsWith('sha256='))).toBe(true)

      const deliveries = await listWebhookDeliveries(github, { repository: HELLO, hookId: hook.id, ...page })
      expect(deliveries.items.map((delivery) => delivery.event)).toEqual(expect.arrayContaining(['ping', 'issues']))
      const issues = deliveries.items.find((delivery) => delivery.event === 'issues')
      await redeliverWebhook(github, { repository: HELLO, hookId: hook.id, deliveryId: issues?.id })
      await until(() => received.length >= 4)
      expect(received.map((delivery) => delivery.event)).toEqual(['ping', 'ping', 'issues', 'issues'])

      const updated = await updateWebhook(github, {
        repository: HELLO,
        hookId: hook.id,
        url: undefined,
        events: ['push', 'issues'],
        secret: undefined,
        contentType: undefined,
        active: false,
      })
      expect(updated).toMatchObject({ active: false, events: ['push', 'issues'], config: { url } })
      const offered = await getWebhooksDictionary(github, { search: url, criteria: { repository: HELLO } })
      expect(offered.items).toEqual([expect.objectContaining({ value: hook.id })])
      await deleteWebhook(github, { repository: HELLO, hookId: hook.id })
      expect((await listWebhooks(github, { repository: HELLO, ...page })).items.map((item) => item.id)).not.toContain(hook.id)
    } finally {
      receiver.close()
    }
  })
})

describe('release administration', () => {
  test('a draft is published, gets text and binary assets on the uploads host, notes are generated, and it is deleted', async () => {
    const tag = `v9.${randomBytes(2).readUInt16BE()}.0`
    const draft = await createRelease(github, {
      repository: HELLO,
      tagName: tag,
      targetCommitish: 'main',
      name: undefined,
      body: 'Draft notes',
      draft: true,
      prerelease: undefined,
      generateReleaseNotes: undefined,
      makeLatest: undefined,
    })
    const noChange = { tagName: undefined, body: undefined, prerelease: undefined, makeLatest: undefined }
    const published = await updateRelease(github, {
      repository: HELLO,
      release: draft.id,
      ...noChange,
      name: `Release ${tag}`,
      draft: false,
    })
    expect(published).toMatchObject({ draft: false, name: `Release ${tag}`, tag_name: tag })
    expect((await getReleaseByTag(github, { repository: HELLO, tag })).id).toBe(draft.id)

    const upload = { repository: HELLO, release: draft.id, contentType: undefined, label: undefined }
    const text = await uploadReleaseAsset(github, { ...upload, fileName: 'NOTES.md', content: '# Notes\n', contentIsBase64: undefined })
    expect(text).toMatchObject({ name: 'NOTES.md', size: 8, content_type: 'text/plain; charset=utf-8', state: 'uploaded' })
    const binary = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff])
    await expect(
      uploadReleaseAsset(github, {
        ...upload,
        fileName: 'app.zip',
        content: binary.toString('base64'),
        contentIsBase64: true,
        contentType: 'application/zip',
      }),
    ).resolves.toMatchObject({ name: 'app.zip', size: binary.length, content_type: 'application/zip' })
    await expect(
      uploadReleaseAsset(github, { ...upload, fileName: 'NOTES.md', content: 'again', contentIsBase64: undefined }),
    ).rejects.toThrow(ValidationFailed)
    const withAssets = await getReleaseByTag(github, { repository: HELLO, tag })
    expect(withAssets.assets.map((asset) => asset.name)).toEqual(['NOTES.md', 'app.zip'])

    const notes = await generateReleaseNotes(github, {
      repository: HELLO,
      tagName: `${tag}-next`,
      targetCommitish: 'main',
      previousTagName: 'v0.1.0',
    })
    expect(notes.body).toContain(`${sandbox.serverUrl}/${HELLO}/compare/v0.1.0...${tag}-next`)
    const offered = await getReleasesDictionary(github, { search: tag, criteria: { repository: HELLO } })
    expect(offered.items).toEqual([expect.objectContaining({ value: draft.id })])

    await expect(deleteRelease(github, { repository: HELLO, release: draft.id })).resolves.toEqual({
      repository: HELLO,
      release: draft.id,
      deleted: true,
    })
    await expect(getReleaseByTag(github, { repository: HELLO, tag })).rejects.toThrow(NotFound)
  })
})

describe('commits and comparisons', () => {
  test('a commit on a new branch is read with its files, compared with main, and tied to its pull request', async () => {
    const branch = unique('feature/compare')
    const path = `docs/${unique('page')}.md`
    await createBranch(github, { repository: HELLO, branch, fromRef: 'main' })
    await createOrUpdateFile(github, {
      repository: HELLO,
      path,
      content: 'one\ntwo\n',
      message: 'Add a page',
      branch,
      contentIsBase64: undefined,
      committerName: undefined,
      committerEmail: undefined,
    })
    const commit = await getCommit(github, { repository: HELLO, ref: branch })
    expect(commit).toMatchObject({ commit: { message: 'Add a page' }, stats: { additions: 2, deletions: 0 } })
    expect(commit.files).toEqual([expect.objectContaining({ filename: path, status: 'added', additions: 2 })])

    const comparison = await compareRefs(github, { repository: HELLO, base: 'main', head: branch })
    expect(comparison).toMatchObject({ status: 'ahead', ahead_by: 1, behind_by: 0, total_commits: 1, commits: [{ sha: commit.sha }] })
    expect(comparison.files?.map((file) => file.filename)).toEqual([path])
    await expect(compareRefs(github, { repository: HELLO, base: branch, head: 'main' })).resolves.toMatchObject({
      status: 'behind',
      behind_by: 1,
    })
    await expect(compareRefs(github, { repository: HELLO, base: 'main', head: 'no-such-branch' })).rejects.toThrow(NotFound)

    const before = await listCommitPullRequests(github, { repository: HELLO, sha: commit.sha, ...page })
    expect(before.items).toEqual([])
    const pull = await createPullRequest(github, {
      repository: HELLO,
      head: branch,
      base: 'main',
      title: 'Add a page',
      body: undefined,
      draft: undefined,
      maintainerCanModify: undefined,
    })
    const after = await listCommitPullRequests(github, { repository: HELLO, sha: commit.sha, ...page })
    expect(after.items.map((item) => item.number)).toEqual([pull.number])
  })
})

describe('repository administration', () => {
  test('a repository is renamed, described, given topics, archived and unarchived, and deleted only when confirmed with delete_repo', async () => {
    const name = unique('admin-repo')
    await createRepository(github, {
      name,
      organization: undefined,
      description: undefined,
      visibility: 'Public',
      autoInit: true,
      gitignoreTemplate: undefined,
      licenseTemplate: undefined,
    })
    const settings = {
      name: undefined,
      description: undefined,
      homepage: undefined,
      visibility: undefined,
      defaultBranch: undefined,
      hasIssues: undefined,
      hasWiki: undefined,
      archived: undefined,
      isTemplate: undefined,
    }
    const renamed = `${name}-2`
    const updated = await updateRepository(github, {
      ...settings,
      repository: `sandbox-octocat/${name}`,
      name: renamed,
      description: 'Administered',
      homepage: 'https://example.com',
      hasWiki: false,
    })
    expect(updated).toMatchObject({ name: renamed, description: 'Administered', homepage: 'https://example.com', has_wiki: false })
    const full = `sandbox-octocat/${renamed}`
    await expect(replaceTopics(github, { repository: full, topics: ['Flow-Runner', 'github'] })).resolves.toEqual({
      repository: full,
      topics: ['flow-runner', 'github'],
    })
    expect((await getRepository(github, { repository: full })).topics).toEqual(['flow-runner', 'github'])
    await updateRepository(github, { ...settings, repository: full, archived: true })
    await expect(updateRepository(github, { ...settings, repository: full, description: 'again' })).rejects.toThrow(Forbidden)
    await updateRepository(github, { ...settings, repository: full, archived: false })
    await expect(updateRepository(github, { ...settings, repository: full, defaultBranch: 'no-such-branch' })).rejects.toThrow(
      ValidationFailed,
    )
    await expect(
      createRepositoryDispatch(github, { repository: full, eventType: 'deploy', clientPayload: { env: 'staging' } }),
    ).resolves.toMatchObject({ dispatched: true })

    await expect(deleteRepository(github, { repository: full, confirmFullName: `sandbox-octocat/${name}` })).rejects.toThrow(InvalidInput)
    await expect(deleteRepository(github, { repository: full, confirmFullName: full })).rejects.toThrow(Forbidden)
    const admin = await connect(`${DEFAULT_SCOPES} delete_repo`)
    await expect(deleteRepository(admin, { repository: full, confirmFullName: full })).resolves.toEqual({ repository: full, deleted: true })
    await expect(getRepository(github, { repository: full })).rejects.toThrow(NotFound)
  })
})

describe('branch protection', () => {
  const unchanged = {
    requirePullRequest: undefined,
    requiredApprovals: undefined,
    dismissStaleReviews: undefined,
    requireCodeOwnerReviews: undefined,
    requireStatusChecks: undefined,
    requiredStatusChecks: undefined,
    strictStatusChecks: undefined,
    enforceAdmins: undefined,
  }

  test('an unprotected branch says so; protection is set, then changed setting by setting without losing the others', async () => {
    const branch = unique('protect')
    await createBranch(github, { repository: HELLO, branch, fromRef: 'main' })
    await expect(getBranchProtection(github, { repository: HELLO, branch })).resolves.toMatchObject({ protected: false, protection: null })
    await expect(getBranchProtection(github, { repository: HELLO, branch: 'no-such-branch' })).rejects.toThrow(NotFound)

    await updateBranchProtection(github, {
      ...unchanged,
      repository: HELLO,
      branch,
      requiredApprovals: 2,
      requiredStatusChecks: ['ci/build'],
    })
    await updateBranchProtection(github, { ...unchanged, repository: HELLO, branch, enforceAdmins: true })
    const { protection } = await getBranchProtection(github, { repository: HELLO, branch })
    expect(protection).toMatchObject({
      required_pull_request_reviews: { required_approving_review_count: 2 },
      required_status_checks: { contexts: ['ci/build'], strict: false },
      enforce_admins: { enabled: true },
    })
    expect((await getBranch(github, { repository: HELLO, branch })).branch?.protected).toBe(true)

    await updateBranchProtection(github, { ...unchanged, repository: HELLO, branch, requirePullRequest: false })
    const after = (await getBranchProtection(github, { repository: HELLO, branch })).protection
    expect(after?.required_pull_request_reviews).toBeUndefined()
    expect(after).toMatchObject({ required_status_checks: { contexts: ['ci/build'] }, enforce_admins: { enabled: true } })
  })
})

describe('rulesets', () => {
  test('a ruleset is created for the default branch, listed, changed (rules replaced, the rest kept) and deleted', async () => {
    const created = await createRuleset(github, {
      repository: HELLO,
      name: 'Protect main',
      target: undefined,
      enforcement: undefined,
      include: ['~DEFAULT_BRANCH', 'release/*'],
      exclude: undefined,
      rules: [{ type: 'deletion' }, { type: 'non_fast_forward' }],
    })
    expect(created).toMatchObject({
      name: 'Protect main',
      target: 'branch',
      enforcement: 'active',
      conditions: { ref_name: { include: ['~DEFAULT_BRANCH', 'refs/heads/release/*'], exclude: [] } },
      rules: [{ type: 'deletion' }, { type: 'non_fast_forward' }],
    })
    expect((await listRulesets(github, { repository: HELLO, ...page })).items.map((item) => item.id)).toContain(created.id)
    const updated = await updateRuleset(github, {
      repository: HELLO,
      rulesetId: created.id,
      name: undefined,
      target: undefined,
      enforcement: 'Evaluate (report only)',
      include: undefined,
      exclude: undefined,
      rules: [{ type: 'required_linear_history' }],
    })
    expect(updated).toMatchObject({ name: 'Protect main', enforcement: 'evaluate', rules: [{ type: 'required_linear_history' }] })
    await deleteRuleset(github, { repository: HELLO, rulesetId: created.id })
    await expect(deleteRuleset(github, { repository: HELLO, rulesetId: created.id })).rejects.toThrow(NotFound)
  })
})

describe('projects', () => {
  test("an issue and a pull request are added to an organization's project and listed with their content; a user's project too", async () => {
    await expect(addProjectItem(github, { owner: 'sandbox-org', projectNumber: 1, repository: HELLO, issueNumber: 1 })).rejects.toThrow(
      NotFound,
    )
    const member = await connect('repo read:org project')
    const issue = await addProjectItem(member, { owner: 'sandbox-org', projectNumber: 1, repository: HELLO, issueNumber: 1 })
    expect(issue).toMatchObject({ content_type: 'Issue' })
    const pulls = await listPullRequests(github, {
      repository: HELLO,
      state: 'All',
      head: undefined,
      base: undefined,
      sort: undefined,
      direction: undefined,
      ...page,
    })
    const pull = pulls.items[0]!
    await expect(
      addProjectItem(member, { owner: 'sandbox-org', projectNumber: 1, repository: HELLO, issueNumber: pull.number }),
    ).resolves.toMatchObject({
      content_type: 'PullRequest',
    })
    const items = await listProjectItems(member, { owner: 'sandbox-org', projectNumber: 1, ...page })
    expect(items.items.map((item) => [item.content_type, (item.content as { number?: number } | null)?.number])).toEqual(
      expect.arrayContaining([
        ['Issue', 1],
        ['PullRequest', pull.number],
      ]),
    )
    await expect(
      addProjectItem(member, { owner: 'sandbox-octocat', projectNumber: 2, repository: HELLO, issueNumber: 1 }),
    ).resolves.toMatchObject({
      content_type: 'Issue',
    })
    await expect(
      addProjectItem(member, { owner: 'sandbox-org', projectNumber: 1, repository: HELLO, issueNumber: 99_999 }),
    ).rejects.toThrow(NotFound)
    expect((await getProjectsDictionary(member, { criteria: { owner: 'sandbox-org' } })).items.length).toBeGreaterThan(0)
  })

  test("drafts are added to an organization's project and to the connected account's own, listed and set like any item", async () => {
    const member = await connect('repo read:org project')
    const project = { owner: 'sandbox-org', projectNumber: 4 }
    const draft = await addProjectDraft(member, { ...project, title: 'Plan the launch', body: 'Dates and owners' })
    expect(draft).toMatchObject({ content_type: 'DraftIssue' })
    const listed = await listProjectItems(member, { ...project, ...page })
    expect(listed.items.find((item) => item.id === draft.id)?.content).toMatchObject({ title: 'Plan the launch', body: 'Dates and owners' })
    const moved = await setProjectItemField(member, { ...project, itemId: draft.id, field: 'Status', value: 'In Progress' })
    expect(moved.fields).toEqual([expect.objectContaining({ name: 'Status', value: expect.objectContaining({ id: 'option_5' }) })])
    await expect(
      addProjectDraft(member, { owner: 'sandbox-octocat', projectNumber: 1, title: 'Mine', body: undefined }),
    ).resolves.toMatchObject({
      content_type: 'DraftIssue',
    })
    await expect(
      addProjectDraft(member, { owner: 'sandbox-monalisa', projectNumber: 1, title: 'Not mine', body: undefined }),
    ).rejects.toThrow(NotFound)
    await expect(addProjectDraft(member, { ...project, title: ' ', body: undefined })).rejects.toThrow(InvalidInput)
  })

  test("an item's Status, iteration, date and number are set by name, cleared, and the item removed from the project", async () => {
    const member = await connect('repo read:org project')
    const project = { owner: 'sandbox-org', projectNumber: 3 }
    const item = await addProjectItem(member, { ...project, repository: HELLO, issueNumber: 1 })
    const fields = await getProjectFieldsDictionary(member, { criteria: project })
    expect(fields.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ label: 'Status', note: 'single select: Todo, In Progress, Done' })]),
    )
    const status = fields.items.find((field) => field.label === 'Status')!
    const picked = await getProjectItemsDictionary(member, { criteria: project, search: '1' })
    expect(picked.items).toEqual(expect.arrayContaining([expect.objectContaining({ value: item.id, note: 'Issue' })]))

    const set = (field: unknown, value: unknown) => setProjectItemField(member, { ...project, itemId: item.id, field, value })
    const valueOf = (answer: { fields?: Record<string, unknown>[] }, name: string) =>
      answer.fields?.find((field) => field['name'] === name)?.['value']
    expect(valueOf(await set(status.value, 'done'), 'Status')).toMatchObject({ name: { raw: 'Done' } })
    expect(valueOf(await set('Sprint', 'Sprint 2'), 'Sprint')).toMatchObject({ id: 'iter_2' })
    expect(valueOf(await set('Due date', '2025-10-05'), 'Due date')).toBe('2025-10-05')
    const numbered = await set('story points', 3.5)
    expect([valueOf(numbered, 'Story points'), valueOf(numbered, 'Status')]).toEqual([3.5, expect.objectContaining({ id: 'option_6' })])
    expect(valueOf(await set('Status', ''), 'Status')).toBeUndefined()
    await expect(set('Status', 'Shipped')).rejects.toThrow('choose one of: Todo, In Progress, Done')
    await expect(set('Due date', '2025-02-30')).rejects.toThrow(InvalidInput)
    await expect(set('Owner', 'x')).rejects.toThrow('is not a field of project 3 of sandbox-org')

    await expect(removeProjectItem(member, { ...project, itemId: item.id })).resolves.toMatchObject({ removed: true, itemId: item.id })
    const left = await listProjectItems(member, { ...project, ...page })
    expect(left.items.map((entry) => entry.id)).not.toContain(item.id)
    await expect(removeProjectItem(member, { ...project, itemId: item.id })).rejects.toThrow(NotFound)
  })
})

describe('Commit Several Files at Once', () => {
  test('writes, adds binary and deletes files in one commit on the branch, and makes none when nothing changes', async () => {
    const branch = unique('batch')
    await createBranch(github, { repository: HELLO, branch, fromRef: 'main' })
    const before = await getRef(github, { repository: HELLO, kind: undefined, name: branch })
    const bytes = Buffer.from([0, 1, 2, 250, 255])
    const files = [
      { path: 'docs/one.md', content: '# One\n' },
      { path: 'docs/deep/two.txt', content: 'two' },
      { path: 'assets/logo.bin', content: bytes.toString('base64'), contentIsBase64: true },
      { path: 'README.md', delete: true },
    ]
    const done = await commitFiles(github, {
      repository: HELLO,
      branch,
      message: 'Batch',
      files,
      committerName: undefined,
      committerEmail: undefined,
    })
    expect(done).toMatchObject({
      changed: true,
      branch,
      written: ['docs/one.md', 'docs/deep/two.txt', 'assets/logo.bin'],
      deleted: ['README.md'],
      commit: { message: 'Batch' },
    })
    const commit = await getCommit(github, { repository: HELLO, ref: branch })
    expect(commit.sha).toBe(done.commit.sha)
    expect(commit.parents.map((parent) => parent.sha)).toEqual([before.object.sha])
    expect((await getFileContent(github, { repository: HELLO, path: 'docs/deep/two.txt', ref: branch })).content).toBe('two')
    await expect(getFileContent(github, { repository: HELLO, path: 'README.md', ref: branch })).rejects.toThrow(NotFound)
    await expect(getFileContent(github, { repository: HELLO, path: 'README.md', ref: 'main' })).resolves.toBeDefined()

    const again = await commitFiles(github, {
      repository: HELLO,
      branch,
      message: 'Same again',
      files: [{ path: 'docs/one.md', content: '# One\n' }],
      committerName: undefined,
      committerEmail: undefined,
    })
    expect(again).toMatchObject({ changed: false, commit: { sha: done.commit.sha } })
  })

  test('deleting a file that is not there is refused by GitHub, and the branch does not move', async () => {
    const branch = unique('batch')
    await createBranch(github, { repository: HELLO, branch, fromRef: 'main' })
    const before = await getRef(github, { repository: HELLO, kind: undefined, name: branch })
    await expect(
      commitFiles(github, {
        repository: HELLO,
        branch,
        message: 'x',
        files: [{ path: 'nope.txt', delete: true }],
        committerName: undefined,
        committerEmail: undefined,
      }),
    ).rejects.toThrow(ValidationFailed)
    expect((await getRef(github, { repository: HELLO, kind: undefined, name: branch })).object.sha).toBe(before.object.sha)
  })
})

describe('branches, refs and merges', () => {
  test('a branch is found or reported missing, moved forward (not back unless forced) and merged without a pull request', async () => {
    const branch = unique('feature/git')
    await expect(getBranch(github, { repository: HELLO, branch })).resolves.toMatchObject({ found: false, branch: null })
    await expect(getBranch(github, { repository: 'sandbox-octocat/no-such-repo', branch: 'main' })).rejects.toThrow(NotFound)
    await createBranch(github, { repository: HELLO, branch, fromRef: 'main' })
    const start = await getRef(github, { repository: HELLO, kind: undefined, name: branch })
    await expect(getBranch(github, { repository: HELLO, branch })).resolves.toMatchObject({
      found: true,
      branch: { name: branch, commit: { sha: start.object.sha } },
    })

    const path = `docs/${unique('merged')}.md`
    await createOrUpdateFile(github, {
      repository: HELLO,
      path,
      content: 'merged\n',
      message: 'On the branch',
      branch,
      contentIsBase64: undefined,
      committerName: undefined,
      committerEmail: undefined,
    })
    const moved = await getRef(github, { repository: HELLO, kind: 'Branch', name: branch })
    await expect(
      updateRef(github, { repository: HELLO, kind: undefined, name: branch, sha: start.object.sha, force: undefined }),
    ).rejects.toThrow(ValidationFailed)
    await updateRef(github, { repository: HELLO, kind: undefined, name: branch, sha: start.object.sha, force: true })
    await updateRef(github, { repository: HELLO, kind: undefined, name: branch, sha: moved.object.sha, force: undefined })

    const merged = await mergeBranch(github, { repository: HELLO, base: 'main', head: branch, commitMessage: undefined })
    expect(merged).toMatchObject({ merged: true, commit: { commit: { message: `Merge ${branch} into main` } } })
    await expect(getFileContent(github, { repository: HELLO, path, ref: 'main' })).resolves.toMatchObject({ content: 'merged\n' })
    await expect(mergeBranch(github, { repository: HELLO, base: 'main', head: branch, commitMessage: undefined })).resolves.toMatchObject({
      merged: false,
    })
  })
})

describe('commit statuses and checks', () => {
  test('statuses set on the head of main combine (newest per context) and join the check runs in the CI summary', async () => {
    const [head] = (
      await listCommits(github, {
        repository: HELLO,
        ref: 'main',
        path: undefined,
        author: undefined,
        since: undefined,
        until: undefined,
        ...page,
      })
    ).items
    const sha = head?.sha ?? ''
    const context = unique('ci/build')
    const status = (state: string, name = context) =>
      createCommitStatus(github, {
        repository: HELLO,
        sha,
        state,
        context: name,
        description: `${name} ${state}`,
        targetUrl: 'https://ci.example.com/1',
      })
    await expect(status('Pending')).resolves.toMatchObject({ state: 'pending', context, creator: { login: 'sandbox-octocat' } })
    await expect(getCombinedStatus(github, { repository: HELLO, ref: 'main' })).resolves.toMatchObject({ state: 'pending', sha })
    await status('Success')
    const combined = await getCombinedStatus(github, { repository: HELLO, ref: sha })
    expect(combined).toMatchObject({ state: 'success', total_count: 1, statuses: [{ context, state: 'success' }] })

    // A workflow run on the commit is its check run: pending while it runs, passing once it succeeded (about 4 s).
    await triggerWorkflow(github, { repository: HELLO, workflow: 'ci.yml', ref: sha, inputs: undefined })
    const running = await getCiSummary(github, { repository: HELLO, ref: 'main', pullNumber: undefined })
    expect(running).toMatchObject({ state: 'pending', sha, failing: [], pending: [{ name: 'build', kind: 'check run' }] })
    await new Promise((resolve) => setTimeout(resolve, 4200))
    const passing = await getCiSummary(github, { repository: HELLO, ref: 'main', pullNumber: undefined })
    expect(passing).toMatchObject({ state: 'passing', sha, failing: [], pending: [] })
    expect(passing.passing.map((check) => [check.name, check.kind])).toEqual(
      expect.arrayContaining([
        [context, 'status'],
        ['build', 'check run'],
      ]),
    )
    await status('Failure', `${context}-lint`)
    const failing = await getCiSummary(github, { repository: HELLO, ref: 'main', pullNumber: undefined })
    expect(failing).toMatchObject({ state: 'failing', failing: [{ name: `${context}-lint`, kind: 'status', result: 'failure' }] })

    await expect(
      createCommitStatus(github, {
        repository: HELLO,
        sha: 'f'.repeat(40),
        state: 'Success',
        context,
        description: undefined,
        targetUrl: undefined,
      }),
    ).rejects.toThrow(ValidationFailed)
  })

  test('a workflow whose step exits 1 fails: the CI summary names its check run, the annotation and the log say why, failed jobs re-run', async () => {
    const branch = unique('ci/red')
    await createBranch(github, { repository: HELLO, branch, fromRef: 'main' })
    const workflow = (await getFileContent(github, { repository: HELLO, path: '.github/workflows/ci.yml', ref: branch })).content
    await createOrUpdateFile(github, {
      repository: HELLO,
      path: '.github/workflows/ci.yml',
      content: workflow.replace('- run: npm ci && npm test', '- run: npm ci && npm test && exit 1'),
      message: 'Break the build',
      branch,
      contentIsBase64: undefined,
      committerName: undefined,
      committerEmail: undefined,
    })
    const { runId } = await triggerWorkflow(github, { repository: HELLO, workflow: 'ci.yml', ref: branch, inputs: undefined })
    await expect(getCiSummary(github, { repository: HELLO, ref: branch, pullNumber: undefined })).resolves.toMatchObject({
      state: 'pending',
    })
    await expect(rerunWorkflow(github, { repository: HELLO, runId, failedJobsOnly: true, enableDebugLogging: undefined })).rejects.toThrow(
      Conflict,
    )
    await new Promise((resolve) => setTimeout(resolve, 4200))

    const summary = await getCiSummary(github, { repository: HELLO, ref: branch, pullNumber: undefined })
    expect(summary).toMatchObject({ state: 'failing', failing: [{ name: 'build', kind: 'check run', result: 'failure' }], passing: [] })
    await expect(getWorkflowRun(github, { repository: HELLO, runId })).resolves.toMatchObject({
      status: 'completed',
      conclusion: 'failure',
    })
    const [job] = (await listRunJobs(github, { repository: HELLO, runId, attempts: undefined, ...page })).items
    expect(job).toMatchObject({
      conclusion: 'failure',
      steps: expect.arrayContaining([expect.objectContaining({ name: 'Run npm test', conclusion: 'failure' })]),
    })
    const checkRun = await getCheckRun(github, { repository: HELLO, checkRunId: job?.id })
    expect(checkRun).toMatchObject({
      conclusion: 'failure',
      output: { annotations_count: 1 },
      annotations: [{ path: '.github/workflows/ci.yml', annotation_level: 'failure', message: 'Process completed with exit code 1.' }],
    })
    const log = await getJobLogs(github, { repository: HELLO, jobId: job?.id, maxBytes: 1024 })
    expect(log.log).toMatch(/##\[error\]Process completed with exit code 1\.\n\S+ Job build finished: failure\n$/)

    // A re-run of the failed job runs the same workflow file at the same commit: it fails again.
    await rerunWorkflow(github, { repository: HELLO, runId, failedJobsOnly: true, enableDebugLogging: undefined })
    await expect(getWorkflowRun(github, { repository: HELLO, runId })).resolves.toMatchObject({ status: 'queued', run_attempt: 2 })
    await expect(getCiSummary(github, { repository: HELLO, ref: branch, pullNumber: undefined })).resolves.toMatchObject({
      state: 'pending',
    })
  })

  test("a workflow run's check run and suite (the seeded run on v0.1.0): read, no annotations, re-requested as a new attempt", async () => {
    const list = async (latestOnly: boolean | undefined) =>
      (await listCheckRuns(github, { repository: HELLO, ref: 'v0.1.0', checkName: 'build', status: undefined, latestOnly, ...page })).items
    // Other tests may have run workflows on the same commit: the seeded run is the oldest.
    const first = (await list(undefined)).at(-1)
    expect(first).toMatchObject({ name: 'build', status: 'completed', conclusion: 'success', app: { slug: 'github-actions' } })
    const suiteId = first?.check_suite?.id
    const run = await getCheckRun(github, { repository: HELLO, checkRunId: first?.id })
    expect(run).toMatchObject({ id: first?.id, annotations: [] })
    const suites = await listCheckSuites(github, { repository: HELLO, ref: 'v0.1.0', checkName: undefined, ...page })
    expect(suites.items).toEqual(expect.arrayContaining([expect.objectContaining({ id: suiteId, conclusion: 'success' })]))
    await expect(rerequestCheckSuite(github, { repository: HELLO, checkSuiteId: suiteId })).resolves.toMatchObject({ rerequested: true })
    const again = (await list(undefined)).find((item) => item.check_suite?.id === suiteId)
    expect(again).toMatchObject({ name: 'build', status: 'queued', conclusion: null })
    expect(again?.id).not.toBe(first?.id)
    const attempts = (await list(false)).filter((item) => item.check_suite?.id === suiteId).map((item) => item.id)
    expect(attempts).toEqual(expect.arrayContaining([again?.id, first?.id]))
    await expect(getCheckRun(github, { repository: HELLO, checkRunId: 999_999_901 })).rejects.toThrow(NotFound)
    const names = await getCheckNamesDictionary(github, { criteria: { repository: HELLO, ref: 'v0.1.0' } })
    expect(names.items).toEqual([{ label: 'build', value: 'build', note: 'GitHub Actions' }])
  })
})

describe('deployments', () => {
  test('a deployment of a tag is created, reported on, found by its environment, and offered by the dictionaries', async () => {
    const environment = unique('review')
    const created = await createDeployment(github, {
      repository: HELLO,
      ref: 'v0.1.0',
      environment,
      description: 'Preview of v0.1.0',
      task: undefined,
      payload: { pr: 1 },
      skipChecks: true,
      transient: true,
      production: undefined,
    })
    expect(created).toMatchObject({
      ref: 'v0.1.0',
      environment,
      payload: { pr: 1 },
      transient_environment: true,
      production_environment: false,
    })
    const status = await createDeploymentStatus(github, {
      repository: HELLO,
      deployment: created.id,
      state: 'Success',
      description: 'Deployed',
      environmentUrl: 'https://preview.example.com',
      logUrl: undefined,
      autoInactive: undefined,
    })
    expect(status).toMatchObject({ state: 'success', environment_url: 'https://preview.example.com', deployment_url: created.url })
    const listed = await listDeployments(github, { repository: HELLO, environment, ref: undefined, task: undefined, ...page })
    expect(listed.items.map((item) => item.id)).toEqual([created.id])
    const none = await listDeployments(github, { repository: HELLO, environment, ref: 'main', task: undefined, ...page })
    expect(none.items).toEqual([])
    const offered = await getDeploymentsDictionary(github, { search: environment, criteria: { repository: HELLO } })
    expect(offered.items).toEqual([expect.objectContaining({ value: Number(created.id), label: `${environment}: v0.1.0` })])
    await expect(
      createDeploymentStatus(github, {
        repository: HELLO,
        deployment: 999_999_999,
        state: 'Failure',
        description: undefined,
        environmentUrl: undefined,
        logUrl: undefined,
        autoInactive: undefined,
      }),
    ).rejects.toThrow(NotFound)
    await deleteDeployment(github, { repository: HELLO, deployment: created.id })
    expect((await listDeployments(github, { repository: HELLO, environment, ref: undefined, task: undefined, ...page })).items).toEqual([])
  })

  test("environments are listed (GitHub's documented example) and offered by name", async () => {
    const environments = await listEnvironments(github, { repository: HELLO, ...page })
    expect(environments.items.length).toBeGreaterThan(0)
    const names = environments.items.map((item) => item.name)
    const offered = await getEnvironmentsDictionary(github, { criteria: { repository: HELLO } })
    expect(offered.items.map((item) => item.value)).toEqual(names)
  })
})

describe('workflows', () => {
  test('a dispatch with inputs starts a run that is listed, progresses, and can be cancelled and re-run', async () => {
    const workflows = await listWorkflows(github, { repository: HELLO, ...page })
    expect(workflows.items.map((workflow) => [workflow.name, workflow.path])).toEqual([['CI', '.github/workflows/ci.yml']])
    expect((await getWorkflowsDictionary(github, { criteria: { repository: HELLO } })).items).toEqual([
      expect.objectContaining({ label: 'CI', value: workflows.items[0]?.id }),
    ])

    const dispatched = await triggerWorkflow(github, {
      repository: HELLO,
      workflow: 'ci.yml',
      ref: 'main',
      inputs: { environment: 'production' },
    })
    expect(dispatched.runId).toEqual(expect.any(Number))
    const run = await getWorkflowRun(github, { repository: HELLO, runId: dispatched.runId })
    expect(run).toMatchObject({ event: 'workflow_dispatch', head_branch: 'main', status: 'queued', html_url: dispatched.runHtmlUrl })

    const runs = await listWorkflowRuns(github, {
      repository: HELLO,
      workflow: 'ci.yml',
      branch: undefined,
      event: 'workflow_dispatch',
      status: undefined,
      actor: 'sandbox-octocat',
      createdAfter: undefined,
      createdBefore: undefined,
      headSha: undefined,
      ...page,
    })
    expect(runs.items.map((item) => item.id)).toContain(dispatched.runId)

    await cancelWorkflowRun(github, { repository: HELLO, runId: dispatched.runId })
    expect(await getWorkflowRun(github, { repository: HELLO, runId: dispatched.runId })).toMatchObject({
      status: 'completed',
      conclusion: 'cancelled',
    })
    await rerunWorkflow(github, { repository: HELLO, runId: dispatched.runId, failedJobsOnly: undefined, enableDebugLogging: undefined })
    expect(await getWorkflowRun(github, { repository: HELLO, runId: dispatched.runId })).toMatchObject({ status: 'queued', run_attempt: 2 })
  })

  test("a run's jobs (each attempt), the end of a job's log through the storage redirect, artifacts and usage", async () => {
    const { runId } = await triggerWorkflow(github, { repository: HELLO, workflow: 'ci.yml', ref: 'main', inputs: undefined })
    await cancelWorkflowRun(github, { repository: HELLO, runId })
    await rerunWorkflow(github, { repository: HELLO, runId, failedJobsOnly: undefined, enableDebugLogging: undefined })
    const latest = await listRunJobs(github, { repository: HELLO, runId, attempts: undefined, ...page })
    expect(latest.items.map((job) => [job.run_attempt, job.status])).toEqual([[2, 'queued']])
    const all = await listRunJobs(github, { repository: HELLO, runId, attempts: 'All Attempts', ...page })
    expect(all.items.map((job) => [job.run_attempt, job.conclusion])).toEqual([
      [2, null],
      [1, 'cancelled'],
    ])
    const cancelledJob = all.items[1]!.id

    const whole = await getJobLogs(github, { repository: HELLO, jobId: cancelledJob, maxBytes: undefined })
    expect(whole).toMatchObject({ jobId: cancelledJob, truncated: false })
    expect(whole.log).toMatch(/^\S+ ##\[group\]Run npm test\n/)
    expect(whole.log).toMatch(/Job build finished: cancelled\n$/)
    const tail = await getJobLogs(github, { repository: HELLO, jobId: cancelledJob, maxBytes: 1024 })
    expect(tail).toMatchObject({ truncated: true, totalBytes: whole.totalBytes })
    expect(Buffer.byteLength(tail.log)).toBeLessThanOrEqual(1024)
    expect(whole.log.endsWith(tail.log)).toBe(true)
    expect(tail.log).toMatch(/^\S+ {3}✓ sandbox test \d+/)
    await expect(getJobLogs(github, { repository: HELLO, jobId: 99, maxBytes: undefined })).rejects.toThrow(NotFound)

    expect((await listRunArtifacts(github, { repository: HELLO, runId, ...page })).items.length).toBeGreaterThan(0)
    await expect(getWorkflowUsage(github, { repository: HELLO, workflow: 'ci.yml' })).resolves.toMatchObject({
      billableMinutes: expect.any(Number) as unknown,
    })
  })

  test('a disabled workflow cannot be dispatched until enabled again', async () => {
    await setWorkflowEnabled(github, { repository: HELLO, workflow: 'ci.yml' }, false)
    expect((await listWorkflows(github, { repository: HELLO, ...page })).items[0]).toMatchObject({ state: 'disabled_manually' })
    await expect(triggerWorkflow(github, { repository: HELLO, workflow: 'ci.yml', ref: 'main', inputs: undefined })).rejects.toThrow(
      /disabled workflow/,
    )
    await setWorkflowEnabled(github, { repository: HELLO, workflow: 'ci.yml' }, true)
    await expect(triggerWorkflow(github, { repository: HELLO, workflow: 'ci.yml', ref: 'main', inputs: undefined })).resolves.toMatchObject(
      {
        dispatched: true,
      },
    )
  })

  test('inputs the workflow does not declare are refused', async () => {
    await expect(triggerWorkflow(github, { repository: HELLO, workflow: 'ci.yml', ref: 'main', inputs: { unknown: 'x' } })).rejects.toThrow(
      /Unexpected inputs/,
    )
  })
})

describe('gist management', () => {
  test('a gist is updated (a file replaced, one added, one deleted), read, listed, offered and deleted', async () => {
    const created = await createGist(github, {
      description: 'Notes',
      isPublic: false,
      fileName: 'a.md',
      content: 'one',
      moreFiles: { 'b.md': 'two' },
    })
    const id = created.id ?? ''
    const updated = await updateGist(github, {
      gistId: id,
      description: 'Notes v2',
      fileName: 'a.md',
      content: 'ONE',
      moreFiles: { 'c.md': 'three' },
      deleteFiles: ['b.md'],
    })
    expect(Object.keys(updated.files ?? {}).sort()).toEqual(['a.md', 'c.md'])
    const read = await getGist(github, { gistId: id })
    expect(read).toMatchObject({ description: 'Notes v2', files: { 'a.md': { content: 'ONE' }, 'c.md': { content: 'three' } } })
    expect((await listGists(github, { since: undefined, ...page })).items.map((gist) => gist.id)).toContain(id)
    expect((await getGistsDictionary(github, { search: 'v2' })).items.map((item) => item.value)).toEqual([id])
    await deleteGist(github, { gistId: id })
    await expect(getGist(github, { gistId: id })).rejects.toThrow(NotFound)
  })
})

describe('gists', () => {
  test('a gist is created with its files', async () => {
    const gist = await createGist(github, {
      description: 'Sandbox gist',
      isPublic: false,
      fileName: 'hello.md',
      content: '# Hello',
      moreFiles: { 'more.txt': 'more' },
    })

    expect(gist).toMatchObject({ description: 'Sandbox gist', public: false, owner: { login: 'sandbox-octocat' } })
    expect(Object.keys(gist.files ?? {}).sort()).toEqual(['hello.md', 'more.txt'])
  })
})

describe('scopes', () => {
  test('a connection without the repo scope sees no private repository and cannot write', async () => {
    const readOnly = await connect('read:user')
    const repos = await listRepositories(readOnly, {
      organization: undefined,
      visibility: undefined,
      affiliation: undefined,
      sort: undefined,
      direction: undefined,
      ...page,
    })

    expect(repos.items.some((repo) => repo.private)).toBe(false)
    await expect(getRepository(readOnly, { repository: 'sandbox-octocat/private-notes' })).rejects.toThrow(NotFound)
    await expect(createIssue(readOnly, { repository: HELLO, title: 'Not allowed' })).rejects.toThrow(NotFound)
    await expect(
      createGist(readOnly, { description: undefined, isPublic: undefined, fileName: 'a.md', content: 'a', moreFiles: undefined }),
    ).rejects.toThrow(NotFound)
  })
})

describe('conformance to GitHub', () => {
  // Runs last: every request above went through the sandbox, which checked each JSON answer against GitHub's
  // response schema for its operation and status (sandbox/openapi/description.ts, checkResponses).
  test("every answer the sandbox gave in these tests conforms to GitHub's documented response schema", async () => {
    expect(await sandbox.responseViolations()).toEqual([])
  })
})
