import { definitions as checks } from './checks'
import { definitions as collaborators } from './collaborators'
import { definitions as commits } from './commits'
import { definitions as contents } from './contents'
import { definitions as deployKeys } from './deploy-keys'
import { definitions as variables } from './variables'
import { definitions as jobs } from './jobs'
import { definitions as teams } from './teams'
import { definitions as protection } from './protection'
import { definitions as rulesets } from './rulesets'
import { definitions as projects } from './projects'
import { definitions as secrets } from './secrets'
import { definitions as deployments } from './deployments'
import { definitions as gists } from './gists'
import { definitions as git } from './git'
import { definitions as hooks } from './hooks'
import { definitions as issueDictionaries } from './issue-dictionaries'
import { definitions as issues } from './issues'
import { definitions as labels } from './labels'
import { definitions as milestones } from './milestones'
import { definitions as orgs } from './orgs'
import { definitions as pulls } from './pulls'
import { definitions as releases } from './releases'
import { definitions as repoAdmin } from './repo-admin'
import { definitions as repos } from './repos'
import { definitions as reviews } from './reviews'
import { definitions as search } from './search'
import { definitions as stars } from './stars'
import { definitions as triage } from './triage'
import { definitions as users } from './users'
import { definitions as workflows } from './workflows'

import type { ModuleName } from './modules'

/**
 * Every module's definitions, loaded at once: for the generator and the tests. The contract class
 * loads a module only when one of its operations runs (modules.ts), so the two must list the same modules.
 */
export const MODULE_DEFINITIONS = {
  repos,
  contents,
  users,
  gists,
  issues,
  labels,
  milestones,
  issueDictionaries,
  search,
  pulls,
  releases,
  workflows,
  deployments,
  checks,
  commits,
  reviews,
  triage,
  hooks,
  collaborators,
  stars,
  git,
  repoAdmin,
  orgs,
  deployKeys,
  variables,
  secrets,
  jobs,
  teams,
  protection,
  rulesets,
  projects,
}

type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
/** Fails to compile when modules.ts and MODULE_DEFINITIONS list different modules. */
export const MODULES_AGREE: SameKeys<keyof typeof MODULE_DEFINITIONS, ModuleName> = true

/** Every operation of the service by its method name: the single source of the contract class (`npm run contract`). */
export const OPERATIONS = {
  ...repos,
  ...contents,
  ...users,
  ...gists,
  ...issues,
  ...labels,
  ...milestones,
  ...issueDictionaries,
  ...search,
  ...pulls,
  ...releases,
  ...workflows,
  ...deployments,
  ...checks,
  ...commits,
  ...reviews,
  ...triage,
  ...hooks,
  ...collaborators,
  ...stars,
  ...git,
  ...repoAdmin,
  ...orgs,
  ...deployKeys,
  ...variables,
  ...secrets,
  ...jobs,
  ...teams,
  ...protection,
  ...rulesets,
  ...projects,
}

export type OperationName = keyof typeof OPERATIONS

/** The module that defines an operation (the contract class loads it on first use). */
export function moduleOf(name: OperationName): ModuleName {
  const found = (Object.keys(MODULE_DEFINITIONS) as ModuleName[]).find((module) => name in MODULE_DEFINITIONS[module])
  if (!found) throw new Error(`${name} is defined by no module`)
  return found
}

/** The table of contents: the contract class's regions, in order, and the operations each holds. */
export const REGIONS: readonly { readonly name: string; readonly operations: readonly OperationName[] }[] = [
  {
    name: 'Repositories and files',
    operations: [
      'listRepositories',
      'getRepository',
      'createRepository',
      'createRepositoryFromTemplate',
      'updateRepository',
      'replaceTopics',
      'deleteRepository',
      'forkRepository',
      'listBranches',
      'listTags',
      'createBranch',
      'getBranch',
      'deleteBranch',
      'getBranchProtection',
      'updateBranchProtection',
      'listRulesets',
      'createRuleset',
      'updateRuleset',
      'deleteRuleset',
      'getRef',
      'updateRef',
      'mergeBranch',
      'listCommits',
      'getFileContent',
      'listDirectoryContents',
      'createOrUpdateFile',
      'deleteFile',
      'commitFiles',
      'getRepositoriesDictionary',
      'getBranchesDictionary',
      'getGitignoreTemplatesDictionary',
      'getLicensesDictionary',
    ],
  },
  {
    name: 'Collaborators and deploy keys',
    operations: [
      'listCollaborators',
      'addCollaborator',
      'removeCollaborator',
      'getCollaboratorPermission',
      'listDeployKeys',
      'createDeployKey',
      'deleteDeployKey',
      'getCollaboratorsDictionary',
    ],
  },
  {
    name: 'Stars and watching',
    operations: ['starRepository', 'unstarRepository', 'listStargazers', 'watchRepository', 'unwatchRepository'],
  },
  {
    name: 'Webhooks',
    operations: [
      'listWebhooks',
      'createWebhook',
      'updateWebhook',
      'deleteWebhook',
      'pingWebhook',
      'listWebhookDeliveries',
      'redeliverWebhook',
      'getWebhooksDictionary',
    ],
  },
  {
    name: 'Users, organisations and gists',
    operations: [
      'getAuthenticatedUser',
      'getUser',
      'listMyOrganizations',
      'getOrganization',
      'listOrganizationMembers',
      'checkOrganizationMembership',
      'inviteToOrganization',
      'removeOrganizationMember',
      'getUserPublicKeys',
      'listNotifications',
      'markNotificationsRead',
      'createGist',
      'getGist',
      'listGists',
      'updateGist',
      'deleteGist',
      'getOrganizationsDictionary',
      'getOwnersDictionary',
      'getGistsDictionary',
    ],
  },
  {
    name: 'Teams',
    operations: [
      'listTeams',
      'createTeam',
      'updateTeam',
      'deleteTeam',
      'addTeamMember',
      'removeTeamMember',
      'addTeamRepository',
      'removeTeamRepository',
      'getTeamsDictionary',
    ],
  },
  {
    name: 'Issues',
    operations: [
      'createIssue',
      'findOrCreateIssue',
      'getIssue',
      'updateIssue',
      'assignIssue',
      'unassignIssue',
      'listIssues',
      'listMyIssues',
      'addSubIssue',
      'removeSubIssue',
      'listSubIssues',
      'addProjectItem',
      'addProjectDraft',
      'listProjectItems',
      'setProjectItemField',
      'removeProjectItem',
      'addReaction',
      'addIssueComment',
      'editIssueComment',
      'deleteIssueComment',
      'listIssueComments',
      'addLabelsToIssue',
      'removeLabelFromIssue',
      'createLabel',
      'updateLabel',
      'listLabels',
      'deleteLabel',
      'createMilestone',
      'updateMilestone',
      'deleteMilestone',
      'listMilestones',
      'lockIssue',
      'unlockIssue',
      'getLabelsDictionary',
      'getAssigneesDictionary',
      'getMilestonesDictionary',
      'getIssuesDictionary',
      'getProjectsDictionary',
      'getProjectFieldsDictionary',
      'getProjectItemsDictionary',
    ],
  },
  {
    name: 'Search',
    operations: ['searchIssues', 'searchRepositories', 'searchCode', 'searchUsers', 'getUsersDictionary'],
  },
  {
    name: 'Pull requests',
    operations: [
      'createPullRequest',
      'getPullRequest',
      'listPullRequests',
      'mergePullRequest',
      'requestReviewers',
      'listPullRequestFiles',
      'updatePullRequest',
      'createPullRequestReview',
      'listPullRequestReviews',
      'findOrCreatePullRequest',
      'removeRequestedReviewers',
      'listPullRequestCommits',
      'updatePullRequestBranch',
      'dismissReview',
      'submitReview',
      'createReviewComment',
      'listReviewComments',
      'replyToReviewComment',
      'getPullRequestsDictionary',
      'getReviewsDictionary',
    ],
  },
  {
    name: 'Releases',
    operations: [
      'createRelease',
      'updateRelease',
      'deleteRelease',
      'uploadReleaseAsset',
      'generateReleaseNotes',
      'getLatestRelease',
      'listReleases',
      'getReleaseByTag',
      'getReleasesDictionary',
    ],
  },
  {
    name: 'Actions workflows',
    operations: [
      'triggerWorkflow',
      'createRepositoryDispatch',
      'listWorkflowRuns',
      'getWorkflowRun',
      'rerunWorkflow',
      'cancelWorkflowRun',
      'listRunJobs',
      'getJobLogs',
      'listRunArtifacts',
      'listWorkflows',
      'enableWorkflow',
      'disableWorkflow',
      'getWorkflowUsage',
      'getWorkflowsDictionary',
    ],
  },
  {
    name: 'Actions variables and secrets',
    operations: [
      'listVariables',
      'getVariable',
      'createVariable',
      'updateVariable',
      'deleteVariable',
      'listSecrets',
      'setSecret',
      'deleteSecret',
    ],
  },
  {
    name: 'Commits and checks',
    operations: [
      'getCommit',
      'compareRefs',
      'listCommitPullRequests',
      'createCommitStatus',
      'getCombinedStatus',
      'listCheckRuns',
      'listCheckSuites',
      'getCheckRun',
      'rerequestCheckSuite',
      'getCiSummary',
      'getCheckNamesDictionary',
    ],
  },
  {
    name: 'Deployments',
    operations: [
      'createDeployment',
      'createDeploymentStatus',
      'listDeployments',
      'deleteDeployment',
      'listEnvironments',
      'getEnvironmentsDictionary',
      'getDeploymentsDictionary',
    ],
  },
]
