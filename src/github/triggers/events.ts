/**
 * The catalogue of realtime (webhook) trigger blocks, as data: the contract class declares one
 * `@registerAs REALTIME_TRIGGER` method per entry, resolve.ts maps GitHub deliveries onto entries,
 * and match.ts applies each entry's filters. Nothing here talks to GitHub.
 */
import { SAMPLES } from './samples'

/** A filter's rule: where in GitHub's payload the block's param is compared, and how. */
export type FilterRule =
  /** The payload's `action`, through the trigger's `actions` list (which may hold virtual actions such as `merged`). */
  | { kind: 'action' }
  /** Case-insensitive equality with the string at `path` (a dotted path into the payload). */
  | { kind: 'equals'; path: string }
  /** Glob (`*` within a path segment, `**` across, `?` one character) against the string at `path`, after removing `stripPrefix`. */
  | { kind: 'glob'; path: string; stripPrefix?: string }
  /** Some label at `path` (an array of `{ name }`), or the single label at `single` (the label just added), equals the param. */
  | { kind: 'label'; path: string; single?: string }

export interface ParamOption {
  label: string
  value: string
}

export interface TriggerParam {
  name: string
  label: string
  description: string
  required: boolean
  /** Dropdown values; params still accept several of them separated by commas. */
  options?: ParamOption[]
  /** Used when the block leaves the param empty. */
  defaultValue?: string
  rule: FilterRule
}

/** One value of a block's Action dropdown and the GitHub `action` it stands for. */
export interface ActionOption extends ParamOption {
  /** GitHub's `action` field; defaults to `value`. */
  githubAction?: string
  /** A further condition for virtual actions (`merged` = `closed` with `pull_request.merged` true). */
  when?: { path: string; equals: string | number | boolean }
}

export type HookKind = 'repo' | 'org'

export interface RealtimeTrigger {
  /** The contract class's method name; also the event name resolve returns and select-matched receives. */
  method: string
  label: string
  description: string
  /** `X-GitHub-Event` values this block listens to (the hook subscribes to their union). */
  githubEvents: string[]
  /** A repository hook (`repository` param) or an organization hook (`organization` param). */
  hook: HookKind
  /** The actions that can fire this block at all; none = every delivery of the event. */
  actions?: ActionOption[]
  params: TriggerParam[]
  /** What the connection needs, shown in the block's description and in the permission error. */
  requirement: string
  /** The `@sampleResult`: GitHub's example payload with `deliveryId` and `githubEvent`. */
  sample: Record<string, unknown>
}

// Scopes per https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/scopes-for-oauth-apps: `repo` includes repository webhooks.
export const REPO_HOOK_REQUIREMENT =
  'Needs admin rights on the repository. OAuth app: scope `repo` (in the default scopes) or `admin:repo_hook`. GitHub App: repository permission "Webhooks: write".'
export const ORG_HOOK_REQUIREMENT =
  'Needs to be an owner of the organization. OAuth app: scope `admin:org_hook` (add it to the OAuth Scopes setting). GitHub App: organization permission "Organization hooks: write".'

function sample(method: string): Record<string, unknown> {
  const found = SAMPLES[method]
  if (!found) throw new Error(`No sample for trigger ${method}`)
  return found
}

const repositoryParam: TriggerParam = {
  name: 'repository',
  label: 'Repository',
  description: 'The repository to watch, as owner/name (e.g. octocat/Hello-World). A webhook is created on it.',
  required: true,
  rule: { kind: 'equals', path: 'repository.full_name' },
}

const organizationParam: TriggerParam = {
  name: 'organization',
  label: 'Organization',
  description: 'The organization to watch (its login). An organization webhook is created on it.',
  required: true,
  rule: { kind: 'equals', path: 'organization.login' },
}

function actionParam(options: ActionOption[], defaultValue: string | undefined, what: string): TriggerParam {
  return {
    name: 'action',
    label: 'Action',
    description:
      `Which ${what} fire the flow; several may be given separated by commas.` +
      (defaultValue ? ` Empty means ${defaultValue}.` : ' Empty means any.'),
    required: false,
    options: options.map(({ label, value }) => ({ label, value })),
    defaultValue,
    rule: { kind: 'action' },
  }
}

function authorParam(path: string, who = 'author'): TriggerParam {
  return {
    name: 'author',
    label: who === 'author' ? 'Author' : 'Actor',
    description: `Only when the ${who} is this GitHub login (several separated by commas). Empty means anyone.`,
    required: false,
    rule: { kind: 'equals', path },
  }
}

function globParam(name: string, label: string, description: string, path: string, stripPrefix?: string): TriggerParam {
  return { name, label, description, required: false, rule: { kind: 'glob', path, stripPrefix } }
}

function equalsParam(name: string, label: string, description: string, path: string, options?: ParamOption[]): TriggerParam {
  return { name, label, description, required: false, options, rule: { kind: 'equals', path } }
}

const opt = (value: string, label: string = value.replace(/_/g, ' ')): ActionOption => ({ value, label })

const CONCLUSIONS: ParamOption[] = ['success', 'failure', 'cancelled', 'skipped', 'timed_out', 'action_required', 'neutral', 'stale'].map(
  (v) => opt(v),
)
const BRANCH_GLOB = 'A branch name or glob (`main`, `release/*`, `**`); several separated by commas. Empty means any branch.'

function repoTrigger(t: Omit<RealtimeTrigger, 'hook' | 'requirement' | 'sample'>): RealtimeTrigger {
  return { ...t, hook: 'repo', params: [repositoryParam, ...t.params], requirement: REPO_HOOK_REQUIREMENT, sample: sample(t.method) }
}

export const REALTIME_TRIGGERS: RealtimeTrigger[] = [
  repoTrigger({
    method: 'onIssue',
    label: 'On Issue Event',
    description: 'Starts the flow when an issue is opened, closed, reopened, labeled, assigned or edited in a repository.',
    githubEvents: ['issues'],
    actions: ['opened', 'closed', 'reopened', 'labeled', 'assigned', 'edited'].map((v) => opt(v)),
    params: [
      actionParam(
        ['opened', 'closed', 'reopened', 'labeled', 'assigned', 'edited'].map((v) => opt(v)),
        'opened',
        'issue actions',
      ),
      {
        name: 'label',
        label: 'Label',
        description: 'Only issues carrying this label (for "labeled": the label just added). Empty means any.',
        required: false,
        rule: { kind: 'label', path: 'issue.labels', single: 'label.name' },
      },
      authorParam('issue.user.login'),
    ],
  }),
  repoTrigger({
    method: 'onIssueComment',
    label: 'On Issue Comment',
    description: 'Starts the flow when a comment is added to (or edited on) an issue or pull request conversation.',
    githubEvents: ['issue_comment'],
    actions: ['created', 'edited', 'deleted'].map((v) => opt(v)),
    params: [
      actionParam(
        ['created', 'edited', 'deleted'].map((v) => opt(v)),
        'created',
        'comment actions',
      ),
      authorParam('comment.user.login'),
      {
        name: 'label',
        label: 'Label',
        description: 'Only comments on issues carrying this label. Empty means any.',
        required: false,
        rule: { kind: 'label', path: 'issue.labels' },
      },
    ],
  }),
  repoTrigger({
    method: 'onPullRequest',
    label: 'On Pull Request Event',
    description:
      'Starts the flow when a pull request is opened, closed, merged, reopened, marked ready for review, gets a review request or new commits.',
    githubEvents: ['pull_request'],
    actions: [
      opt('opened'),
      { value: 'closed', label: 'closed without merging', when: { path: 'pull_request.merged', equals: false } },
      { value: 'merged', label: 'merged', githubAction: 'closed', when: { path: 'pull_request.merged', equals: true } },
      opt('reopened'),
      opt('ready_for_review'),
      opt('review_requested'),
      opt('synchronize', 'new commits pushed (synchronize)'),
      opt('labeled'),
    ],
    params: [
      actionParam(
        [
          opt('opened'),
          opt('closed', 'closed without merging'),
          opt('merged'),
          opt('reopened'),
          opt('ready_for_review'),
          opt('review_requested'),
          opt('synchronize', 'new commits pushed (synchronize)'),
          opt('labeled'),
        ],
        'opened',
        'pull request actions',
      ),
      globParam('baseBranch', 'Base Branch', `The branch the pull request merges into. ${BRANCH_GLOB}`, 'pull_request.base.ref'),
      globParam('headBranch', 'Head Branch', `The branch the pull request comes from. ${BRANCH_GLOB}`, 'pull_request.head.ref'),
      {
        name: 'label',
        label: 'Label',
        description: 'Only pull requests carrying this label (for "labeled": the label just added). Empty means any.',
        required: false,
        rule: { kind: 'label', path: 'pull_request.labels', single: 'label.name' },
      },
      authorParam('pull_request.user.login'),
    ],
  }),
  repoTrigger({
    method: 'onPullRequestReview',
    label: 'On Pull Request Review',
    description: 'Starts the flow when a review is submitted on a pull request (approved, changes requested or commented).',
    githubEvents: ['pull_request_review'],
    actions: [opt('submitted'), opt('edited'), opt('dismissed')],
    params: [
      actionParam([opt('submitted'), opt('edited'), opt('dismissed')], 'submitted', 'review actions'),
      equalsParam('state', 'Review State', 'Only reviews in this state. Empty means any.', 'review.state', [
        opt('approved'),
        opt('changes_requested'),
        opt('commented'),
      ]),
      globParam('baseBranch', 'Base Branch', `The branch the pull request merges into. ${BRANCH_GLOB}`, 'pull_request.base.ref'),
      authorParam('review.user.login', 'reviewer'),
    ],
  }),
  repoTrigger({
    method: 'onPullRequestReviewComment',
    label: 'On Pull Request Review Comment',
    description: 'Starts the flow when a comment is made on the diff of a pull request.',
    githubEvents: ['pull_request_review_comment'],
    actions: [opt('created'), opt('edited'), opt('deleted')],
    params: [
      actionParam([opt('created'), opt('edited'), opt('deleted')], 'created', 'comment actions'),
      globParam('baseBranch', 'Base Branch', `The branch the pull request merges into. ${BRANCH_GLOB}`, 'pull_request.base.ref'),
      authorParam('comment.user.login'),
    ],
  }),
  repoTrigger({
    method: 'onPush',
    label: 'On Push',
    description: 'Starts the flow when commits are pushed to a branch (branch deletions are left to "On Branch or Tag Deleted").',
    githubEvents: ['push'],
    params: [
      globParam('branch', 'Branch', `${BRANCH_GLOB} Tag pushes fire only when this is empty.`, 'ref', 'refs/heads/'),
      authorParam('sender.login', 'pusher'),
    ],
  }),
  repoTrigger({
    method: 'onBranchOrTagCreated',
    label: 'On Branch or Tag Created',
    description: 'Starts the flow when a branch or tag is created.',
    githubEvents: ['create'],
    params: [
      equalsParam('refType', 'Type', 'Branch or tag. Empty means both.', 'ref_type', [opt('branch'), opt('tag')]),
      globParam('ref', 'Name', 'The branch or tag name or glob (`v*`, `feature/**`). Empty means any.', 'ref'),
    ],
  }),
  repoTrigger({
    method: 'onBranchOrTagDeleted',
    label: 'On Branch or Tag Deleted',
    description: 'Starts the flow when a branch or tag is deleted.',
    githubEvents: ['delete'],
    params: [
      equalsParam('refType', 'Type', 'Branch or tag. Empty means both.', 'ref_type', [opt('branch'), opt('tag')]),
      globParam('ref', 'Name', 'The branch or tag name or glob. Empty means any.', 'ref'),
    ],
  }),
  repoTrigger({
    method: 'onRelease',
    label: 'On Release',
    description: 'Starts the flow when a release is published, pre-released or released.',
    githubEvents: ['release'],
    actions: [opt('published'), opt('prereleased'), opt('released'), opt('created'), opt('edited')],
    params: [
      actionParam([opt('published'), opt('prereleased'), opt('released'), opt('created'), opt('edited')], 'published', 'release actions'),
      globParam('tag', 'Tag', 'The release tag name or glob (`v2.*`). Empty means any.', 'release.tag_name'),
    ],
  }),
  repoTrigger({
    method: 'onStar',
    label: 'On Star',
    description: 'Starts the flow when someone stars (or unstars) the repository.',
    githubEvents: ['star'],
    actions: [opt('created', 'starred'), opt('deleted', 'unstarred')],
    params: [actionParam([opt('created', 'starred'), opt('deleted', 'unstarred')], 'created', 'star actions')],
  }),
  repoTrigger({
    method: 'onFork',
    label: 'On Fork',
    description: 'Starts the flow when the repository is forked.',
    githubEvents: ['fork'],
    params: [authorParam('sender.login', 'forking account')],
  }),
  repoTrigger({
    method: 'onWorkflowRun',
    label: 'On Workflow Run',
    description: 'Starts the flow when a GitHub Actions workflow run completes (or is requested / in progress).',
    githubEvents: ['workflow_run'],
    actions: [opt('completed'), opt('requested'), opt('in_progress')],
    params: [
      actionParam([opt('completed'), opt('requested'), opt('in_progress')], 'completed', 'run actions'),
      equalsParam(
        'workflow',
        'Workflow',
        'The workflow name as shown in Actions (several separated by commas). Empty means any.',
        'workflow_run.name',
      ),
      equalsParam('conclusion', 'Conclusion', 'Only runs that ended so. Empty means any.', 'workflow_run.conclusion', CONCLUSIONS),
      globParam('branch', 'Branch', BRANCH_GLOB, 'workflow_run.head_branch'),
    ],
  }),
  repoTrigger({
    method: 'onWorkflowJob',
    label: 'On Workflow Job',
    description: 'Starts the flow when a job of a GitHub Actions workflow is queued, starts or completes.',
    githubEvents: ['workflow_job'],
    actions: [opt('completed'), opt('queued'), opt('in_progress'), opt('waiting')],
    params: [
      actionParam([opt('completed'), opt('queued'), opt('in_progress'), opt('waiting')], 'completed', 'job actions'),
      equalsParam('workflow', 'Workflow', 'The workflow name. Empty means any.', 'workflow_job.workflow_name'),
      equalsParam('job', 'Job', 'The job name. Empty means any.', 'workflow_job.name'),
      equalsParam('conclusion', 'Conclusion', 'Only jobs that ended so. Empty means any.', 'workflow_job.conclusion', CONCLUSIONS),
    ],
  }),
  repoTrigger({
    method: 'onCheckSuite',
    label: 'On Check Suite Completed',
    description: 'Starts the flow when all check runs of a check suite have completed.',
    githubEvents: ['check_suite'],
    actions: [opt('completed')],
    params: [
      equalsParam('conclusion', 'Conclusion', 'Only suites that ended so. Empty means any.', 'check_suite.conclusion', CONCLUSIONS),
      globParam('branch', 'Branch', BRANCH_GLOB, 'check_suite.head_branch'),
      equalsParam('app', 'App', 'The slug of the app that ran the checks (e.g. github-actions). Empty means any.', 'check_suite.app.slug'),
    ],
  }),
  repoTrigger({
    method: 'onCheckRun',
    label: 'On Check Run Completed',
    description: 'Starts the flow when a check run completes.',
    githubEvents: ['check_run'],
    actions: [opt('completed')],
    params: [
      equalsParam('checkName', 'Check Name', 'The name of the check run. Empty means any.', 'check_run.name'),
      equalsParam('conclusion', 'Conclusion', 'Only check runs that ended so. Empty means any.', 'check_run.conclusion', CONCLUSIONS),
      globParam('branch', 'Branch', BRANCH_GLOB, 'check_run.check_suite.head_branch'),
    ],
  }),
  repoTrigger({
    method: 'onDeploymentStatus',
    label: 'On Deployment Status',
    description: 'Starts the flow when the status of a deployment changes (success, failure, in progress...).',
    githubEvents: ['deployment_status'],
    params: [
      equalsParam('state', 'State', 'Only this deployment state. Empty means any.', 'deployment_status.state', [
        opt('success'),
        opt('failure'),
        opt('error'),
        opt('pending'),
        opt('in_progress'),
        opt('queued'),
        opt('inactive'),
      ]),
      equalsParam('environment', 'Environment', 'The deployment environment (e.g. production). Empty means any.', 'deployment.environment'),
    ],
  }),
  repoTrigger({
    method: 'onDiscussion',
    label: 'On Discussion',
    description: 'Starts the flow when a discussion is created, answered, edited or labeled (repositories with Discussions enabled).',
    githubEvents: ['discussion'],
    actions: [opt('created'), opt('answered'), opt('edited'), opt('labeled'), opt('closed'), opt('reopened')],
    params: [
      actionParam(
        [opt('created'), opt('answered'), opt('edited'), opt('labeled'), opt('closed'), opt('reopened')],
        'created',
        'discussion actions',
      ),
      equalsParam('category', 'Category', 'The discussion category name (e.g. Q&A). Empty means any.', 'discussion.category.name'),
      authorParam('discussion.user.login'),
    ],
  }),
  repoTrigger({
    method: 'onMemberAdded',
    label: 'On Collaborator Added',
    description: 'Starts the flow when a collaborator is added to the repository.',
    githubEvents: ['member'],
    actions: [opt('added'), opt('edited'), opt('removed')],
    params: [actionParam([opt('added'), opt('edited'), opt('removed')], 'added', 'collaborator actions')],
  }),
  {
    method: 'onRepository',
    label: 'On Repository Created or Archived',
    description: 'Starts the flow when a repository of an organization is created, archived, deleted, renamed or made public/private.',
    githubEvents: ['repository'],
    hook: 'org',
    actions: [opt('created'), opt('archived'), opt('unarchived'), opt('deleted'), opt('renamed'), opt('publicized'), opt('privatized')],
    params: [
      organizationParam,
      actionParam(
        [opt('created'), opt('archived'), opt('unarchived'), opt('deleted'), opt('renamed'), opt('publicized'), opt('privatized')],
        'created, archived',
        'repository actions',
      ),
      globParam('name', 'Repository Name', 'The repository name or glob. Empty means any.', 'repository.name'),
    ],
    requirement: ORG_HOOK_REQUIREMENT,
    sample: sample('onRepository'),
  },
]

export function realtimeTrigger(method: string): RealtimeTrigger | undefined {
  return REALTIME_TRIGGERS.find((t) => t.method === method)
}

/** The triggers a GitHub delivery (`X-GitHub-Event` + payload `action`) can fire. */
export function triggersForDelivery(githubEvent: string, payload: Record<string, unknown>): RealtimeTrigger[] {
  return REALTIME_TRIGGERS.filter(
    (t) =>
      t.githubEvents.includes(githubEvent) &&
      (!t.actions || t.actions.some((a) => (a.githubAction ?? a.value) === payload.action)) &&
      // A push that deletes a branch has its own block; firing "On Push" for it would run flows on a ref that is gone.
      !(githubEvent === 'push' && payload.deleted === true),
  )
}

/** The name of the polling trigger that needs no webhook permission, for the permission error. */
export const POLLING_ALTERNATIVES: Record<string, string> = {
  onIssue: 'pollNewIssue / pollIssueClosed',
  onIssueComment: 'pollRepositoryEvent',
  onPullRequest: 'pollNewPullRequest / pollPullRequestMerged',
  onPullRequestReview: 'pollRepositoryEvent',
  onPullRequestReviewComment: 'pollRepositoryEvent',
  onPush: 'pollNewCommit',
  onBranchOrTagCreated: 'pollNewBranch',
  onBranchOrTagDeleted: 'pollRepositoryEvent',
  onRelease: 'pollNewRelease',
  onStar: 'pollNewStar',
  onFork: 'pollRepositoryEvent',
  onWorkflowRun: 'pollWorkflowRunFinished',
  onWorkflowJob: 'pollWorkflowRunFinished',
  onCheckSuite: 'pollWorkflowRunFinished',
  onCheckRun: 'pollWorkflowRunFinished',
  onDeploymentStatus: 'pollRepositoryEvent',
  onDiscussion: 'pollRepositoryEvent',
  onMemberAdded: 'pollNewCollaborator',
  onRepository: 'pollNewRepository',
}
