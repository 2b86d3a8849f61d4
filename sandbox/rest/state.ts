import { createHash, randomBytes } from 'node:crypto'

/**
 * The REST stand-in's world, in memory: accounts, repositories (branches as commits over a flat file tree), issues and
 * pull requests (sharing one number sequence, as on GitHub), comments, labels, milestones, workflows and their runs,
 * releases and gists. Seeded so the console has something to show at once; everything created is visible afterwards.
 */

export interface Account {
  id: number
  login: string
  name: string
  type: 'User' | 'Organization'
  bio: string | null
  company: string | null
  location: string | null
  email: string | null
  blog: string | null
  description: string | null
  createdAt: string
  /** Organisation logins this account belongs to (users only). */
  orgs: string[]
}

/** What an account needs to be given; the rest defaults to empty. */
export type AccountFields = Omit<Account, 'createdAt' | 'orgs' | 'bio' | 'company' | 'location' | 'email' | 'blog' | 'description'> &
  Partial<Account>

export function accountRecord(account: AccountFields): Account {
  return {
    bio: null,
    company: null,
    location: null,
    email: null,
    blog: null,
    description: null,
    orgs: [],
    createdAt: '2020-01-01T00:00:00Z',
    ...account,
  }
}

export interface Blob {
  sha: string
  content: Buffer
}

export interface Commit {
  sha: string
  message: string
  parents: string[]
  /** The whole tree after this commit: path → blob. */
  tree: Map<string, Blob>
  author: string
  date: string
}

export interface Label {
  id: number
  name: string
  color: string
  description: string | null
  default: boolean
}

export interface Milestone {
  id: number
  number: number
  title: string
  description: string | null
  state: 'open' | 'closed'
  dueOn: string | null
  creator: string
  createdAt: string
  updatedAt: string
  closedAt: string | null
}

export interface PullRequestInfo {
  head: string
  base: string
  /** Head commit when the pull request was last synchronised (its branch head while open). */
  headSha: string
  baseSha: string
  draft: boolean
  merged: boolean
  mergedAt: string | null
  mergedBy: string | null
  mergeCommitSha: string | null
  requestedReviewers: string[]
  maintainerCanModify: boolean
}

/** A discussion, started by a person in GitHub's web UI (the REST API has no discussions; the control server stands in). */
export interface Discussion {
  id: number
  /** From the repository's issue and pull request sequence, as on GitHub. */
  number: number
  title: string
  body: string
  category: DiscussionCategory
  user: string
  createdAt: string
}

/** The categories GitHub gives a repository when Discussions are enabled. */
export const DISCUSSION_CATEGORIES = [
  { name: 'Announcements', emoji: ':mega:', description: 'Updates from maintainers', answerable: false },
  { name: 'General', emoji: ':speech_balloon:', description: 'Chat about anything and everything here', answerable: false },
  { name: 'Ideas', emoji: ':bulb:', description: 'Share ideas for new features', answerable: false },
  { name: 'Polls', emoji: ':ballot_box:', description: 'Take a vote from the community', answerable: false },
  { name: 'Q&A', emoji: ':pray:', description: 'Ask the community for help', answerable: true },
  { name: 'Show and tell', emoji: ':raised_hands:', description: "Show off something you've made", answerable: false },
] as const
export type DiscussionCategory = (typeof DISCUSSION_CATEGORIES)[number]['name']

export interface Issue {
  id: number
  number: number
  title: string
  body: string | null
  state: 'open' | 'closed'
  stateReason: 'completed' | 'not_planned' | 'reopened' | 'duplicate' | null
  user: string
  labels: number[]
  assignees: string[]
  milestone: number | null
  locked: boolean
  lockReason: string | null
  createdAt: string
  updatedAt: string
  closedAt: string | null
  closedBy: string | null
  /** The id of the issue this one is a sub-issue of (in any repository). */
  parentId?: number
  pull?: PullRequestInfo
}

export interface Comment {
  id: number
  issueNumber: number
  user: string
  body: string
  createdAt: string
  updatedAt: string
}

export interface Review {
  id: number
  pullNumber: number
  user: string
  body: string
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'PENDING' | 'DISMISSED'
  commitId: string
  submittedAt: string | null
}

/** A comment on a line, a range of lines or a file of a pull request's diff. */
export interface ReviewComment {
  id: number
  pullNumber: number
  reviewId: number | null
  user: string
  body: string
  path: string
  commitId: string
  line: number | null
  startLine: number | null
  side: 'LEFT' | 'RIGHT'
  subjectType: 'line' | 'file'
  inReplyTo: number | null
  createdAt: string
  updatedAt: string
}

export interface Workflow {
  id: number
  name: string
  path: string
  state: 'active' | 'disabled_manually'
  createdAt: string
  updatedAt: string
}

export interface WorkflowRun {
  id: number
  workflowId: number
  runNumber: number
  event: string
  headBranch: string
  headSha: string
  actor: string
  createdAt: string
  /** When the current attempt started: progress is measured from here. */
  attemptStartedAt: string
  attempt: number
  inputs: Record<string, unknown>
  /** Seeded runs are already finished; dispatched ones move queued → in_progress → completed over a few seconds. */
  finished: boolean
  /** How the run ends unless cancelled: decided by its workflow file at its commit (workflowOutcome). */
  outcome: 'success' | 'failure'
  cancelledAt: string | null
  /** How each earlier attempt ended (re-runs), oldest first: the jobs of every attempt stay readable. */
  pastAttempts?: { conclusion: string | null; startedAt: string; completedAt: string }[]
}

export interface Release {
  id: number
  tagName: string
  targetCommitish: string
  name: string | null
  body: string | null
  draft: boolean
  prerelease: boolean
  author: string
  createdAt: string
  publishedAt: string | null
  assets: ReleaseAsset[]
}

/** A file attached to a release (uploaded to the uploads host). */
export interface ReleaseAsset {
  id: number
  name: string
  label: string | null
  contentType: string
  content: Buffer
  uploader: string
  createdAt: string
}

/** A commit status (POST /repos/{owner}/{repo}/statuses/{sha}): the newest per context counts. */
export interface CommitStatus {
  id: number
  sha: string
  state: 'error' | 'failure' | 'pending' | 'success'
  context: string
  description: string | null
  targetUrl: string | null
  creator: string
  createdAt: string
}

export interface Repository {
  id: number
  owner: Account
  name: string
  description: string | null
  homepage: string | null
  private: boolean
  language: string | null
  topics: string[]
  hasIssues: boolean
  hasWiki: boolean
  archived: boolean
  /** A template repository: Create Repository from Template copies it. */
  isTemplate: boolean
  /** The template it was made from (owner/name). */
  templateOf?: string
  defaultBranch: string
  createdAt: string
  updatedAt: string
  pushedAt: string
  /** Branch name → head commit sha. */
  branches: Map<string, string>
  protectedBranches: Set<string>
  commits: Map<string, Commit>
  /** Tag name → commit sha. */
  tags: Map<string, string>
  labels: Label[]
  milestones: Milestone[]
  issues: Issue[]
  comments: Comment[]
  reviews: Review[]
  reviewComments: ReviewComment[]
  workflows: Workflow[]
  runs: WorkflowRun[]
  releases: Release[]
  discussions: Discussion[]
  collaborators: string[]
  /** The role each collaborator was given, by lowercase login (roleOf: push when not set, the owner admin). */
  roles: Map<string, Role>
  /** Login → when it starred the repository. */
  stargazers: Map<string, string>
  /** Commit statuses, oldest first. */
  statuses: CommitStatus[]
  nextNumber: number
  /** The repository this one was forked from. */
  forkOf?: Repository
  /** License template key (see templates.ts), when the repository was created with one. */
  license: string | null
}

export interface GistFile {
  content: string
}

export interface Gist {
  id: string
  description: string | null
  public: boolean
  owner: string
  files: Map<string, GistFile>
  createdAt: string
  updatedAt: string
}

/** A repository's roles, weakest first, by the REST API's permission names. */
export const ROLES = ['pull', 'triage', 'push', 'maintain', 'admin'] as const
export type Role = (typeof ROLES)[number]

/** Someone's role on a repository: the owner is admin, a collaborator has the role given (push by default). */
export function roleOf(repo: Repository, login: string): Role | undefined {
  const key = login.toLowerCase()
  if (key === repo.owner.login.toLowerCase()) return 'admin'
  if (!repo.collaborators.some((candidate) => candidate.toLowerCase() === key)) return undefined
  return repo.roles.get(key) ?? 'push'
}

/** Makes someone a collaborator with a role (or changes the role of one). */
export function grantRole(repo: Repository, login: string, role: Role): void {
  if (!repo.collaborators.some((candidate) => candidate.toLowerCase() === login.toLowerCase())) repo.collaborators.push(login)
  repo.roles.set(login.toLowerCase(), role)
}

export const SANDBOX_USER = { login: 'sandbox-octocat', name: 'Sandbox Octocat (not GitHub)', id: 1_000_001 } as const

/** Git's blob id: sha1("blob <size>\0<content>"), so shas behave like GitHub's. */
export function blobSha(content: Buffer): string {
  return createHash('sha1')
    .update(Buffer.concat([Buffer.from(`blob ${content.length}\0`), content]))
    .digest('hex')
}

export class SandboxState {
  readonly accounts = new Map<string, Account>()
  readonly repositories = new Map<string, Repository>()
  readonly gists: Gist[] = []
  #nextId = 5_000_000
  #clock: () => Date

  constructor(clock: () => Date = () => new Date()) {
    this.#clock = clock
  }

  nextId(): number {
    this.#nextId += 1
    return this.#nextId
  }

  now(): string {
    return this.#clock()
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z')
  }

  account(login: string): Account | undefined {
    return this.accounts.get(login.toLowerCase())
  }

  repository(owner: string, name: string): Repository | undefined {
    return this.repositories.get(`${owner}/${name}`.toLowerCase())
  }

  addAccount(account: AccountFields): Account {
    const record = accountRecord(account)
    this.accounts.set(record.login.toLowerCase(), record)
    return record
  }

  addRepository(
    owner: Account,
    name: string,
    options: {
      description?: string | null
      private?: boolean
      autoInit?: boolean
      defaultBranch?: string
      homepage?: string | null
      hasIssues?: boolean
      hasWiki?: boolean
      /** Extra files of the initial commit (a .gitignore, a LICENSE), when autoInit. */
      initialFiles?: Record<string, string>
    } = {},
  ): Repository {
    const now = this.now()
    const repository: Repository = {
      id: this.nextId(),
      owner,
      name,
      description: options.description ?? null,
      homepage: options.homepage ?? null,
      private: options.private ?? false,
      language: null,
      topics: [],
      hasIssues: options.hasIssues ?? true,
      hasWiki: options.hasWiki ?? true,
      archived: false,
      isTemplate: false,
      defaultBranch: options.defaultBranch ?? 'main',
      createdAt: now,
      updatedAt: now,
      pushedAt: now,
      branches: new Map(),
      protectedBranches: new Set(),
      commits: new Map(),
      tags: new Map(),
      labels: DEFAULT_LABELS.map((label) => ({ ...label, id: this.nextId(), default: true })),
      milestones: [],
      issues: [],
      comments: [],
      reviews: [],
      reviewComments: [],
      workflows: [],
      runs: [],
      releases: [],
      discussions: [],
      collaborators: [owner.type === 'User' ? owner.login : SANDBOX_USER.login],
      // Whoever creates an organization's repository administers it.
      roles: new Map(owner.type === 'User' ? [] : [[SANDBOX_USER.login.toLowerCase(), 'admin']]),
      stargazers: new Map(),
      statuses: [],
      nextNumber: 1,
      license: null,
    }
    this.repositories.set(`${owner.login}/${name}`.toLowerCase(), repository)
    if (options.autoInit) {
      this.commit(repository, undefined, repository.defaultBranch, 'Initial commit', SANDBOX_USER.login, {
        'README.md': `# ${name}\n\n${options.description ?? ''}\n`,
        ...options.initialFiles,
      })
    }
    return repository
  }

  /** Creates a commit on a branch (creating the branch when it does not exist yet) and moves the branch to it. */
  commit(
    repository: Repository,
    parentSha: string | undefined,
    branch: string,
    message: string,
    author: string,
    changes: Record<string, string | Buffer | null>,
  ): Commit {
    const parent = parentSha ? repository.commits.get(parentSha) : undefined
    const tree = new Map(parent?.tree ?? [])
    for (const [path, content] of Object.entries(changes)) {
      if (content === null) tree.delete(path)
      else {
        const buffer = typeof content === 'string' ? Buffer.from(content, 'utf8') : content
        tree.set(path, { sha: blobSha(buffer), content: buffer })
      }
    }
    const date = this.now()
    const sha = createHash('sha1')
      .update(`commit ${parent?.sha ?? ''} ${message} ${date} ${randomBytes(8).toString('hex')}`)
      .digest('hex')
    const commit: Commit = { sha, message, parents: parent ? [parent.sha] : [], tree, author, date }
    repository.commits.set(sha, commit)
    repository.branches.set(branch, sha)
    repository.pushedAt = date
    repository.updatedAt = date
    return commit
  }

  /** A branch, tag or commit sha → commit. */
  resolveRef(repository: Repository, ref: string | undefined): Commit | undefined {
    // HEAD is the default branch's head, as git and GitHub resolve it.
    const name = ref === undefined || ref === 'HEAD' ? repository.defaultBranch : ref
    const sha = repository.branches.get(name) ?? repository.tags.get(name) ?? (repository.commits.has(name) ? name : undefined)
    return sha ? repository.commits.get(sha) : undefined
  }
}

const DEFAULT_LABELS: Omit<Label, 'id' | 'default'>[] = [
  { name: 'bug', color: 'd73a4a', description: "Something isn't working" },
  { name: 'documentation', color: '0075ca', description: 'Improvements or additions to documentation' },
  { name: 'enhancement', color: 'a2eeef', description: 'New feature or request' },
  { name: 'good first issue', color: '7057ff', description: 'Good for newcomers' },
]

const CI_WORKFLOW = `name: CI
on:
  push:
    branches: [main]
  pull_request:
  workflow_dispatch:
    inputs:
      environment:
        description: Where to deploy
        required: false
        default: staging
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm test
`

/** The world a fresh sandbox starts with. */
export function seedState(state: SandboxState): void {
  const octocat = state.addAccount({
    id: SANDBOX_USER.id,
    login: SANDBOX_USER.login,
    name: SANDBOX_USER.name,
    type: 'User',
    bio: 'The sandbox user. Nothing here is on GitHub.',
    company: '@sandbox-org',
    location: '127.0.0.1',
    email: 'sandbox-octocat@sandbox.invalid',
    blog: null,
    createdAt: '2020-01-01T00:00:00Z',
    orgs: ['sandbox-org'],
  })
  const hubot = state.addAccount({
    id: 1_000_002,
    login: 'sandbox-hubot',
    name: 'Sandbox Hubot (not GitHub)',
    type: 'User',
    orgs: ['sandbox-org'],
  })
  const monalisa = state.addAccount({ id: 1_000_003, login: 'sandbox-monalisa', name: 'Sandbox Mona Lisa (not GitHub)', type: 'User' })
  const org = state.addAccount({
    id: 2_000_001,
    login: 'sandbox-org',
    name: 'Sandbox Org (not GitHub)',
    type: 'Organization',
    description: 'An organisation that exists only in the sandbox.',
  })

  // sandbox-octocat/hello-sandbox: the busy one.
  const hello = state.addRepository(octocat, 'hello-sandbox', {
    description: 'A sandbox repository (not on GitHub) with issues, a pull request, a workflow and a release.',
    homepage: null,
  })
  hello.language = 'JavaScript'
  hello.topics = ['sandbox', 'example']
  hello.collaborators.push(hubot.login, monalisa.login)
  const first = state.commit(hello, undefined, 'main', 'Initial commit', octocat.login, {
    'README.md': '# hello-sandbox\n\nThis repository lives in the local sandbox GitHub. It is not on GitHub.\n',
    'docs/guide.md': '# Guide\n\nRun `npm start` and open the console.\n',
    '.github/workflows/ci.yml': CI_WORKFLOW,
    'src/hello.js': 'export function hello(name) {\n  return `Hello, ${name}!`\n}\n',
  })
  hello.protectedBranches.add('main')
  state.commit(hello, first.sha, 'feature/greeting', 'Greet in French too', hubot.login, {
    'src/hello.js': "export function hello(name, lang = 'en') {\n  return lang === 'fr' ? `Bonjour, ${name} !` : `Hello, ${name}!`\n}\n",
  })
  const bug = hello.labels.find((label) => label.name === 'bug')
  const enhancement = hello.labels.find((label) => label.name === 'enhancement')
  const created = '2024-05-01T09:00:00Z'
  hello.milestones.push({
    id: state.nextId(),
    number: 1,
    title: 'v1.0',
    description: 'The first stable version.',
    state: 'open',
    dueOn: '2030-01-01T00:00:00Z',
    creator: octocat.login,
    createdAt: created,
    updatedAt: created,
    closedAt: null,
  })
  const issue = (fields: Partial<Issue> & Pick<Issue, 'title' | 'user'>): Issue => {
    const record: Issue = {
      id: state.nextId(),
      number: hello.nextNumber++,
      body: null,
      state: 'open',
      stateReason: null,
      labels: [],
      assignees: [],
      milestone: null,
      locked: false,
      lockReason: null,
      createdAt: created,
      updatedAt: created,
      closedAt: null,
      closedBy: null,
      ...fields,
    }
    hello.issues.push(record)
    return record
  }
  issue({
    title: 'Greeting is missing an exclamation mark',
    body: 'The sandbox says "Hello" where it should say "Hello!".',
    user: hubot.login,
    labels: bug ? [bug.id] : [],
    assignees: [octocat.login],
    milestone: 1,
  })
  issue({
    title: 'Support more languages',
    body: 'French first, then others.',
    user: octocat.login,
    labels: enhancement ? [enhancement.id] : [],
    state: 'closed',
    stateReason: 'completed',
    closedAt: '2024-05-03T10:00:00Z',
    closedBy: octocat.login,
  })
  issue({
    title: 'Greet in French too',
    body: 'Adds a `lang` parameter to `hello`.',
    user: hubot.login,
    labels: enhancement ? [enhancement.id] : [],
    pull: {
      head: 'feature/greeting',
      base: 'main',
      headSha: hello.branches.get('feature/greeting') ?? first.sha,
      baseSha: first.sha,
      draft: false,
      merged: false,
      mergedAt: null,
      mergedBy: null,
      mergeCommitSha: null,
      requestedReviewers: [monalisa.login],
      maintainerCanModify: true,
    },
  })
  hello.comments.push({
    id: state.nextId(),
    issueNumber: 1,
    user: octocat.login,
    body: 'Confirmed in the sandbox.',
    createdAt: '2024-05-02T08:00:00Z',
    updatedAt: '2024-05-02T08:00:00Z',
  })
  hello.workflows.push({
    id: 9_000_001,
    name: 'CI',
    path: '.github/workflows/ci.yml',
    state: 'active',
    createdAt: created,
    updatedAt: created,
  })
  hello.runs.push({
    id: 9_100_001,
    workflowId: 9_000_001,
    runNumber: 1,
    event: 'push',
    headBranch: 'main',
    headSha: first.sha,
    actor: octocat.login,
    createdAt: '2024-05-01T09:01:00Z',
    attemptStartedAt: '2024-05-01T09:01:00Z',
    attempt: 1,
    inputs: {},
    finished: true,
    outcome: 'success',
    cancelledAt: null,
  })
  hello.tags.set('v0.1.0', first.sha)
  hello.releases.push({
    id: state.nextId(),
    tagName: 'v0.1.0',
    targetCommitish: 'main',
    name: 'v0.1.0 (sandbox)',
    body: 'The first sandbox release.',
    draft: false,
    prerelease: false,
    author: octocat.login,
    createdAt: '2024-05-01T12:00:00Z',
    publishedAt: '2024-05-01T12:00:00Z',
    assets: [],
  })

  // sandbox-octocat/private-notes: a private one with a second branch.
  const notes = state.addRepository(octocat, 'private-notes', { description: 'Private sandbox notes (not on GitHub).', private: true })
  const notesFirst = state.commit(notes, undefined, 'main', 'Start notes', octocat.login, {
    'README.md': '# private-notes\n\nOnly the sandbox user sees this.\n',
    'docs/ideas.md': '- a sandbox idea\n',
  })
  state.commit(notes, notesFirst.sha, 'drafts', 'Draft more ideas', octocat.login, { 'docs/ideas.md': '- a sandbox idea\n- another one\n' })

  // sandbox-org/team-service: an organisation repository.
  const team = state.addRepository(org, 'team-service', { description: 'An organisation repository in the sandbox (not on GitHub).' })
  team.language = 'TypeScript'
  team.collaborators.push(hubot.login)
  const teamFirst = state.commit(team, undefined, 'main', 'Initial commit', hubot.login, {
    'README.md': '# team-service\n\nOwned by sandbox-org.\n',
    'docs/architecture.md': '# Architecture\n\nOne service, one database.\n',
  })
  state.commit(team, teamFirst.sha, 'develop', 'Work in progress', hubot.login, { 'CHANGELOG.md': '# Changelog\n\n- Unreleased\n' })
  // More release branches than one page (100), so long lists, pagination and the console's "Load more" can be tried.
  for (let minor = 0; minor < 120; minor++) team.branches.set(`release/1.${minor}`, teamFirst.sha)
}

/** A commit and every commit it descends from, nearest first (breadth first over all parents). */
export function ancestorsOf(repo: Repository, sha: string): Set<string> {
  const seen = new Set<string>()
  const queue = [sha]
  while (queue.length > 0) {
    const next = queue.shift() as string
    if (seen.has(next)) continue
    const commit = repo.commits.get(next)
    if (!commit) continue
    seen.add(next)
    queue.push(...commit.parents)
  }
  return seen
}
