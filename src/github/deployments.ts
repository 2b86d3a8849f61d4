import type { components, operations } from '@octokit/openapi-types'
import { InvalidInput, UpstreamInvalid } from '../errors'
import * as define from '../operations/definition'
import { apiPath, callApi, type GitHubContext } from './api'
import { repositoryDictionary, type DictionaryPage } from './dictionary'
import {
  choice,
  listOptions,
  optionalBoolean,
  optionalObject,
  optionalRef,
  optionalString,
  optionalUrl,
  repository,
  requiredInteger,
} from './input'
import { listAll, type ListResult } from './pagination'
import * as param from './params'

/**
 * Deployments, their statuses and the environments they go to: https://docs.github.com/en/rest/deployments
 * A deployment is a request to deploy a ref; the deploying system reports progress on it with statuses.
 */

type Deployment = components['schemas']['deployment']
type DeploymentStatus = components['schemas']['deployment-status']
type Environment = components['schemas']['environment']
type DeploymentBody = NonNullable<operations['repos/create-deployment']['requestBody']>['content']['application/json']

const STATUS_STATES = {
  Queued: 'queued',
  Pending: 'pending',
  'In Progress': 'in_progress',
  Success: 'success',
  Failure: 'failure',
  Error: 'error',
  Inactive: 'inactive',
} as const
/** GitHub cuts a deployment status description at 140 characters; refusing longer text says so instead. */
const MAX_STATUS_DESCRIPTION = 140
const MAX_ENVIRONMENT = 255

export interface CreateDeploymentInput {
  repository: unknown
  ref: unknown
  environment: unknown
  description: unknown
  task: unknown
  payload: unknown
  skipChecks: unknown
  transient: unknown
  production: unknown
}

/**
 * POST /repos/{owner}/{repo}/deployments. GitHub merges the default branch into the ref first unless told not to
 * (auto_merge); a flow deploys exactly the ref it names, so that is off.
 */
export async function createDeployment(github: GitHubContext, input: CreateDeploymentInput): Promise<Deployment> {
  const ref = repository(input.repository)
  const at = optionalRef(input.ref, 'ref')
  if (at === undefined) throw new InvalidInput('ref', 'is required: the branch, tag or commit SHA to deploy.')
  const environment = optionalString(input.environment, 'environment', MAX_ENVIRONMENT)
  const description = optionalString(input.description, 'description', MAX_STATUS_DESCRIPTION)
  const task = optionalString(input.task, 'task', 100)
  const payload = optionalObject(input.payload, 'payload')
  const skipChecks = optionalBoolean(input.skipChecks, 'skipChecks') ?? false
  const transient = optionalBoolean(input.transient, 'transient')
  const production = optionalBoolean(input.production, 'production')
  const body: DeploymentBody = {
    ref: at,
    auto_merge: false,
    ...(skipChecks && { required_contexts: [] }),
    ...(environment && { environment }),
    ...(description && { description }),
    ...(task && { task }),
    ...(payload && { payload }),
    ...(transient !== undefined && { transient_environment: transient }),
    ...(production !== undefined && { production_environment: production }),
  }
  const path = apiPath`/repos/${ref.owner}/${ref.repo}/deployments`
  const subject = `a deployment of "${at}" in repository ${ref.owner}/${ref.repo}`
  const { status, data } = await callApi(github, { operation: 'repos/create-deployment', method: 'POST', path, body, subject })
  // 202 is GitHub merging the default branch in instead of deploying (auto_merge); never report it as a deployment.
  if (status !== 201)
    throw new UpstreamInvalid(
      `GitHub did not create ${subject}: it answered ${status} ("${String((data as { message?: unknown }).message ?? '')}") instead of a deployment.`,
    )
  return data
}

export interface CreateDeploymentStatusInput {
  repository: unknown
  deployment: unknown
  state: unknown
  description: unknown
  environmentUrl: unknown
  logUrl: unknown
  autoInactive: unknown
}

/** POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses */
export async function createDeploymentStatus(github: GitHubContext, input: CreateDeploymentStatusInput): Promise<DeploymentStatus> {
  const ref = repository(input.repository)
  const id = requiredInteger(input.deployment, 'deployment')
  const state = choice(input.state, 'state', STATUS_STATES)
  if (state === undefined) throw new InvalidInput('state', `is required: one of ${Object.keys(STATUS_STATES).join(', ')}.`)
  const description = optionalString(input.description, 'description', MAX_STATUS_DESCRIPTION)
  const environmentUrl = optionalUrl(input.environmentUrl, 'environmentUrl')
  const logUrl = optionalUrl(input.logUrl, 'logUrl')
  const autoInactive = optionalBoolean(input.autoInactive, 'autoInactive')
  const body = {
    state,
    ...(description && { description }),
    ...(environmentUrl && { environment_url: environmentUrl }),
    ...(logUrl && { log_url: logUrl }),
    ...(autoInactive !== undefined && { auto_inactive: autoInactive }),
  }
  const path = apiPath`/repos/${ref.owner}/${ref.repo}/deployments/${id}/statuses`
  const subject = `deployment ${id} of repository ${ref.owner}/${ref.repo}`
  return (await callApi(github, { operation: 'repos/create-deployment-status', method: 'POST', path, body, subject })).data
}

export interface ListDeploymentsInput {
  repository: unknown
  environment: unknown
  ref: unknown
  task: unknown
  fetchAll: unknown
  limit: unknown
  cursor: unknown
}

/** GET /repos/{owner}/{repo}/deployments, newest first. */
export async function listDeployments(github: GitHubContext, input: ListDeploymentsInput): Promise<ListResult<Deployment>> {
  const ref = repository(input.repository)
  const environment = optionalString(input.environment, 'environment', MAX_ENVIRONMENT)
  const at = optionalRef(input.ref, 'ref')
  const task = optionalString(input.task, 'task', 100)
  const path = apiPath`/repos/${ref.owner}/${ref.repo}/deployments`
  const subject = `the deployments of repository ${ref.owner}/${ref.repo}`
  const call = {
    operation: 'repos/list-deployments' as const,
    method: 'GET' as const,
    path,
    query: { environment, ref: at, task },
    subject,
  }
  return listAll(github, call, listOptions(input.fetchAll, input.limit, input.cursor))
}

/** DELETE /repos/{owner}/{repo}/deployments/{deployment_id}: GitHub deletes only an inactive deployment (422 otherwise). */
export async function deleteDeployment(
  github: GitHubContext,
  input: { repository: unknown; deployment: unknown },
): Promise<{ repository: string; deployment: number; deleted: true }> {
  const ref = repository(input.repository)
  const id = requiredInteger(input.deployment, 'deployment', 1)
  const path = apiPath`/repos/${ref.owner}/${ref.repo}/deployments/${id}`
  await callApi(github, {
    operation: 'repos/delete-deployment',
    method: 'DELETE',
    path,
    subject: `deployment ${id} of ${ref.owner}/${ref.repo}`,
  })
  return { repository: `${ref.owner}/${ref.repo}`, deployment: id, deleted: true }
}

/** GET /repos/{owner}/{repo}/environments */
export async function listEnvironments(
  github: GitHubContext,
  input: { repository: unknown; fetchAll: unknown; limit: unknown; cursor: unknown },
): Promise<ListResult<Environment>> {
  const ref = repository(input.repository)
  const path = apiPath`/repos/${ref.owner}/${ref.repo}/environments`
  const subject = `the environments of repository ${ref.owner}/${ref.repo}`
  const call = { operation: 'repos/get-all-environments' as const, method: 'GET' as const, path, subject }
  return listAll(github, call, listOptions(input.fetchAll, input.limit, input.cursor), (data) => data.environments ?? [])
}

/** The environments of the picked repository: value is the name, the note its protection rules. */
export async function getEnvironmentsDictionary(github: GitHubContext, payload: unknown): Promise<DictionaryPage> {
  return repositoryDictionary<Environment>(github, payload, (ref) => ({
    call: {
      operation: 'repos/get-all-environments',
      method: 'GET',
      path: apiPath`/repos/${ref.owner}/${ref.repo}/environments`,
      subject: `the environments of repository ${ref.owner}/${ref.repo}`,
    },
    item: (environment) => ({ label: environment.name, value: environment.name, note: protectionNote(environment) }),
    searched: (environment) => [environment.name],
    extract: (data) =>
      (data as operations['repos/get-all-environments']['responses'][200]['content']['application/json']).environments ?? [],
  }))
}

function protectionNote(environment: Environment): string {
  const rules = (environment.protection_rules ?? []).map((rule) => rule.type.replace(/_/g, ' '))
  return rules.length === 0 ? 'no protection rules' : rules.join(', ')
}

/** The deployments of the picked repository, newest first: value is the id, the label its environment and ref. */
export async function getDeploymentsDictionary(github: GitHubContext, payload: unknown): Promise<DictionaryPage> {
  return repositoryDictionary<Deployment>(github, payload, (ref) => ({
    call: {
      operation: 'repos/list-deployments',
      method: 'GET',
      path: apiPath`/repos/${ref.owner}/${ref.repo}/deployments`,
      subject: `the deployments of repository ${ref.owner}/${ref.repo}`,
    },
    item: (deployment) => ({
      label: `${deployment.environment}: ${deployment.ref}`,
      value: Number(deployment.id),
      note: `${deployment.sha.slice(0, 7)} · ${deployment.created_at.slice(0, 16).replace('T', ' ')}`,
    }),
    searched: (deployment) => [deployment.environment, deployment.ref, deployment.description],
  }))
}

// ── Operations ───────────────────────────────────────────────────────────────

const CREATOR = { login: 'octocat', id: 1, type: 'User' } as const

const DEPLOYMENT_SAMPLE = {
  url: 'https://api.github.com/repos/octocat/example/deployments/1',
  id: 1,
  sha: 'a84d88e7554fc1fa21bcbc4efae3c782a70d2b9d',
  ref: 'topic-branch',
  task: 'deploy',
  payload: {},
  original_environment: 'staging',
  environment: 'production',
  description: 'Deploy request from hubot',
  creator: CREATOR,
  created_at: '2012-07-20T01:19:13Z',
  updated_at: '2012-07-20T01:19:13Z',
  statuses_url: 'https://api.github.com/repos/octocat/example/deployments/1/statuses',
  repository_url: 'https://api.github.com/repos/octocat/example',
  transient_environment: false,
  production_environment: true,
}

const environmentParam = {
  type: 'String',
  label: 'Environment',
  name: 'environment',
  dictionary: 'getEnvironmentsDictionary',
  dependsOn: ['repository'],
  description: 'The environment, e.g. production or staging (a new name creates it).',
} as const
const deploymentParam = {
  type: 'Number',
  label: 'Deployment',
  name: 'deployment',
  required: true,
  dictionary: 'getDeploymentsDictionary',
  dependsOn: ['repository'],
  description: 'The id of the deployment (pick it from the list, or take it from Create Deployment).',
} as const
const WRITE = { scope: 'repo_deployment', permission: 'Deployments: write' } as const
const READ = { scope: 'repo_deployment', permission: 'Deployments: read' } as const

export const definitions = {
  createDeployment: define.action({
    label: 'Create Deployment',
    route: 'POST /create-deployment',
    category: 'Deployments',
    description:
      'Asks for a deployment of a branch, tag or commit to an environment, exactly at that ref (the default branch is not merged in). GitHub refuses it while required status checks fail unless Skip Status Checks is on. Returns the deployment, whose id Create Deployment Status takes.',
    requires: WRITE,
    params: [
      param.repository,
      { ...param.gitRef('The branch, tag or commit SHA to deploy.'), required: true },
      { ...environmentParam, description: 'Where to deploy, e.g. production or staging (a new name creates it). Empty: production.' },
      { type: 'String', label: 'Description', name: 'description', description: 'A short description, at most 140 characters.' },
      { type: 'String', label: 'Task', name: 'task', description: 'The kind of work, e.g. deploy:migrations. Empty: deploy.' },
      {
        type: 'Object',
        label: 'Payload',
        name: 'payload',
        uiComponent: { type: 'MULTI_LINE_TEXT' },
        description: 'Extra information for the system that deploys, as an object or JSON text.',
      },
      {
        type: 'Boolean',
        label: 'Skip Status Checks',
        name: 'skipChecks',
        defaultValue: false,
        uiComponent: { type: 'TOGGLE' },
        description: "On: deploy even if the ref's status checks are not all passing.",
      },
      {
        type: 'Boolean',
        label: 'Transient Environment',
        name: 'transient',
        uiComponent: { type: 'TOGGLE' },
        description: 'On: the environment goes away later (a review app). Empty: off.',
      },
      {
        type: 'Boolean',
        label: 'Production Environment',
        name: 'production',
        uiComponent: { type: 'TOGGLE' },
        description: 'On: the environment is one end users reach. Empty: on for an environment named production.',
      },
    ],
    sample: DEPLOYMENT_SAMPLE,
    run: createDeployment,
  }),
  createDeploymentStatus: define.action({
    label: 'Create Deployment Status',
    route: 'POST /create-deployment-status',
    category: 'Deployments',
    description:
      "Reports a deployment's progress: queued, pending, in progress, success, failure, error or inactive, with links to the deployed site and the log. Returns the status.",
    requires: WRITE,
    params: [
      param.repository,
      deploymentParam,
      {
        type: 'String',
        label: 'State',
        name: 'state',
        required: true,
        uiComponent: { type: 'DROPDOWN', options: { values: Object.keys(STATUS_STATES) } },
        description: 'Where the deployment stands.',
      },
      { type: 'String', label: 'Description', name: 'description', description: 'A short description, at most 140 characters.' },
      { type: 'String', label: 'Environment URL', name: 'environmentUrl', description: 'Where the deployed site can be seen (https://…).' },
      { type: 'String', label: 'Log URL', name: 'logUrl', description: "Where the deployment's output can be read (https://…)." },
      {
        type: 'Boolean',
        label: 'Mark Older Inactive',
        name: 'autoInactive',
        uiComponent: { type: 'TOGGLE' },
        description: "On a success: mark the environment's earlier deployments inactive. Empty: on (GitHub's default).",
      },
    ],
    sample: {
      url: 'https://api.github.com/repos/octocat/example/deployments/42/statuses/1',
      id: 1,
      state: 'success',
      creator: CREATOR,
      description: 'Deployment finished successfully.',
      environment: 'production',
      target_url: 'https://example.com/deployment/42/output',
      created_at: '2012-07-20T01:19:13Z',
      updated_at: '2012-07-20T01:19:13Z',
      deployment_url: 'https://api.github.com/repos/octocat/example/deployments/42',
      repository_url: 'https://api.github.com/repos/octocat/example',
      environment_url: 'https://test-branch.lab.acme.com',
      log_url: 'https://example.com/deployment/42/output',
    },
    run: createDeploymentStatus,
  }),
  deleteDeployment: define.action({
    label: 'Delete Deployment',
    route: 'DELETE /delete-deployment',
    category: 'Deployments',
    description:
      'Deletes a deployment and its statuses. GitHub deletes only an inactive one: give it an inactive status first (Create Deployment Status). Returns the repository and the deployment id.',
    requires: WRITE,
    params: [param.repository, deploymentParam],
    sample: { repository: 'octocat/Hello-World', deployment: 42, deleted: true },
    run: deleteDeployment,
  }),
  listDeployments: define.action({
    label: 'List Deployments',
    route: 'GET /list-deployments',
    category: 'Deployments',
    description:
      'Lists the deployments of a repository, newest first, optionally only those to one environment, of one ref or of one task. Returns the deployments and a cursor for the next page.',
    requires: READ,
    params: [
      param.repository,
      { ...environmentParam, description: 'Only deployments to this environment.' },
      param.gitRef('Only deployments of this branch, tag or commit SHA.'),
      { type: 'String', label: 'Task', name: 'task', description: 'Only deployments of this task, e.g. deploy.' },
      param.fetchAll,
      param.limit,
      param.cursor,
    ],
    sample: { items: [DEPLOYMENT_SAMPLE], nextCursor: null },
    run: listDeployments,
  }),
  listEnvironments: define.action({
    label: 'List Environments',
    route: 'GET /list-environments',
    category: 'Deployments',
    description:
      "Lists a repository's deployment environments with their protection rules (wait timers, required reviewers, branch policies). Returns the environments and a cursor for the next page.",
    requires: { scope: 'repo', permission: 'Actions: read' },
    params: [param.repository, param.fetchAll, param.limit, param.cursor],
    sample: {
      items: [
        {
          id: 161088068,
          name: 'staging',
          url: 'https://api.github.com/repos/github/hello-world/environments/staging',
          html_url: 'https://github.com/github/hello-world/deployments/activity_log?environments_filter=staging',
          created_at: '2020-11-23T22:00:40Z',
          updated_at: '2020-11-23T22:00:40Z',
          protection_rules: [{ id: 3736, node_id: 'MDQ6R2F0ZTM3MzY=', type: 'wait_timer', wait_timer: 30 }],
          deployment_branch_policy: { protected_branches: false, custom_branch_policies: true },
        },
      ],
      nextCursor: null,
    },
    run: listEnvironments,
  }),
  getEnvironmentsDictionary: define.dictionary({
    label: 'Get Environments Dictionary',
    route: 'POST /get-environments-dictionary',
    description:
      "Lists the selected repository's environments for picking: value is the name, the note its protection rules. Search filters names.",
    requires: { scope: 'repo', permission: 'Actions: read' },
    params: [param.repositoryPayload],
    sample: { items: [{ label: 'staging', value: 'staging', note: 'wait timer, required reviewers' }], cursor: null },
    run: (github: GitHubContext, { payload }) => getEnvironmentsDictionary(github, payload),
  }),
  getDeploymentsDictionary: define.dictionary({
    label: 'Get Deployments Dictionary',
    route: 'POST /get-deployments-dictionary',
    description:
      "Lists the selected repository's deployments, newest first, for picking: value is the id, the label its environment and ref. Search filters environments, refs and descriptions.",
    requires: READ,
    params: [param.repositoryPayload],
    sample: { items: [{ label: 'production: main', value: 1, note: 'a84d88e · 2012-07-20 01:19' }], cursor: null },
    run: (github: GitHubContext, { payload }) => getDeploymentsDictionary(github, payload),
  }),
}
