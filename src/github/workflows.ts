import type { components, operations } from '@octokit/openapi-types'
import { Conflict, InvalidInput, UpstreamInvalid, ValidationFailed } from '../errors'
import { apiPath, callApi, capitalise, githubSaid, type ApiCall, type GitHubContext } from './api'
import {
  choice,
  type DictionaryItem,
  dictionaryPayload,
  listOptions,
  matchesSearch,
  optionalBoolean,
  optionalDateTime,
  optionalLogin,
  optionalObject,
  optionalRef,
  optionalString,
  repository,
  type RepositoryRef,
  requiredInteger,
} from './input'
import { listAll, MAX_PAGE_SIZE, type ListResult } from './pagination'
import * as define from '../operations/definition'
import * as param from './params'

/** GitHub Actions workflows and their runs: https://docs.github.com/en/rest/actions/workflows */

type Workflow = components['schemas']['workflow']
type WorkflowRun = components['schemas']['workflow-run']
type DispatchResponse = components['schemas']['workflow-dispatch-response']
type DispatchBody = operations['actions/create-workflow-dispatch']['requestBody']['content']['application/json']
// check_suite_id is left out: no parameter sets it (and its type admits bigint, which a query cannot carry).
type RunsQuery = Omit<NonNullable<operations['actions/list-workflow-runs-for-repo']['parameters']['query']>, 'check_suite_id'>
type RunStatus = NonNullable<RunsQuery['status']>
type RerunBody = NonNullable<NonNullable<operations['actions/re-run-workflow']['requestBody']>['content']['application/json']>

/** GitHub accepts at most 25 inputs in one workflow_dispatch. */
export const MAX_WORKFLOW_INPUTS = 25
const MAX_INPUT_NAME_LENGTH = 100
const MAX_INPUT_VALUE_LENGTH = 65535
const WORKFLOW_FILE = /^[\w.-]+\.ya?ml$/i
const COMMIT_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i

/** Friendly DROPDOWN labels for a run's status or conclusion, as the runs filter accepts them. */
const RUN_STATUSES: Record<string, RunStatus> = {
  Queued: 'queued',
  'In Progress': 'in_progress',
  Completed: 'completed',
  Waiting: 'waiting',
  Requested: 'requested',
  Pending: 'pending',
  'Action Required': 'action_required',
  Success: 'success',
  Failure: 'failure',
  Cancelled: 'cancelled',
  Skipped: 'skipped',
  'Timed Out': 'timed_out',
  Neutral: 'neutral',
  Stale: 'stale',
}

/**
 * A workflow as GitHub's API takes it: its numeric id, or its file name under .github/workflows
 * (a copied path such as ".github/workflows/ci.yml" is accepted too).
 */
export function workflowId(value: unknown, parameter = 'workflow'): number | string {
  const id = optionalWorkflowId(value, parameter)
  if (id === undefined) throw new InvalidInput(parameter, 'is required: a workflow id such as 161335, or its file name such as ci.yml.')
  return id
}

function optionalWorkflowId(value: unknown, parameter: string): number | string | undefined {
  if (typeof value === 'number') return requiredInteger(value, parameter)
  const text = optionalString(value, parameter, 255)
  if (text === undefined) return undefined
  if (/^\d+$/.test(text)) return requiredInteger(text, parameter)
  const file = text.replace(/^\.?\/?\.github\/workflows\//, '')
  if (!WORKFLOW_FILE.test(file)) {
    throw new InvalidInput(
      parameter,
      'must be a workflow id such as 161335, or a workflow file name ending in .yml or .yaml, such as ci.yml.',
    )
  }
  return file
}

function runId(value: unknown): number {
  return requiredInteger(value, 'runId', 1)
}

/** Inputs of a workflow_dispatch: at most 25, values text (numbers and true/false become text, as GitHub's form sends them). */
function dispatchInputs(value: unknown): Record<string, string> | undefined {
  const inputs = optionalObject(value, 'inputs')
  if (inputs === undefined) return undefined
  const entries = Object.entries(inputs)
  if (entries.length > MAX_WORKFLOW_INPUTS) {
    throw new InvalidInput('inputs', `has ${entries.length} entries; GitHub accepts at most ${MAX_WORKFLOW_INPUTS} workflow inputs.`)
  }
  return Object.fromEntries(
    entries.map(([name, item]) => {
      if (name.trim() === '' || name.length > MAX_INPUT_NAME_LENGTH) {
        throw new InvalidInput('inputs', `has an input name that is empty or longer than ${MAX_INPUT_NAME_LENGTH} characters.`)
      }
      if (typeof item !== 'string' && typeof item !== 'boolean' && !(typeof item === 'number' && Number.isFinite(item))) {
        throw new InvalidInput('inputs', `value of "${name}" must be text, a number or true/false (not a list or an object).`)
      }
      const text = String(item)
      if (text.length > MAX_INPUT_VALUE_LENGTH) throw new InvalidInput('inputs', `value of "${name}" is too long.`)
      return [name, text]
    }),
  )
}

function describeWorkflow(workflow: number | string, { owner, repo }: RepositoryRef): string {
  return `workflow ${typeof workflow === 'number' ? workflow : `"${workflow}"`} in ${owner}/${repo}`
}

function describeRun(id: number, { owner, repo }: RepositoryRef): string {
  return `workflow run ${id} in ${owner}/${repo}`
}

export interface TriggerWorkflowInput {
  repository: unknown
  workflow: unknown
  ref: unknown
  inputs: unknown
}

/** What Trigger Workflow returns: GitHub's dispatch answer, plus where to follow the run. */
export interface WorkflowDispatchResult {
  dispatched: true
  workflow: number | string
  ref: string
  /** The run GitHub started, when it reports it (github.com since 2026); null on servers that do not. */
  runId: number | null
  runUrl: string | null
  runHtmlUrl: string | null
  /** The web page listing the workflow's runs. */
  runsUrl: string
}

/** POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches: https://docs.github.com/en/rest/actions/workflows#create-a-workflow-dispatch-event */
export async function triggerWorkflow(github: GitHubContext, input: TriggerWorkflowInput): Promise<WorkflowDispatchResult> {
  const ref = repository(input.repository)
  const workflow = workflowId(input.workflow)
  const branch = optionalRef(input.ref, 'ref')
  const inputs = dispatchInputs(input.inputs)
  const target = branch ?? (await defaultBranch(github, ref))
  const body: DispatchBody = { ref: target, return_run_details: true }
  if (inputs !== undefined) body.inputs = inputs
  const call: ApiCall<'actions/create-workflow-dispatch'> = {
    operation: 'actions/create-workflow-dispatch',
    method: 'POST',
    path: apiPath`/repos/${ref.owner}/${ref.repo}/actions/workflows/${workflow}/dispatches`,
    body,
    subject: describeWorkflow(workflow, ref),
  }
  let details: DispatchResponse | undefined
  try {
    details = await dispatch(github, call)
  } catch (error) {
    if (error instanceof ValidationFailed) {
      throw new ValidationFailed(
        `${error.message} Check that the workflow file on "${target}" has an "on: workflow_dispatch" trigger and that Inputs match the inputs it declares (names, required ones, allowed choices).`,
      )
    }
    throw error
  }
  return {
    dispatched: true,
    workflow,
    ref: target,
    runId: details === undefined ? null : Number(details.workflow_run_id),
    runUrl: details?.run_url ?? null,
    runHtmlUrl: details?.html_url ?? null,
    runsUrl: runsPage(github, ref, workflow),
  }
}

/**
 * Asks for the run details (github.com answers 200 with the run id). A server that does not know
 * return_run_details rejects the key with 400/422 before doing anything, so sending again without
 * it is not a blind retry of a write.
 */
async function dispatch(github: GitHubContext, call: ApiCall<'actions/create-workflow-dispatch'>): Promise<DispatchResponse | undefined> {
  try {
    const { status, data } = await callApi(github, call)
    return status === 200 ? data : undefined
  } catch (error) {
    if (!(error instanceof ValidationFailed) || !/return_run_details/.test(error.message)) throw error
    const { ref, inputs } = call.body as DispatchBody
    await callApi(github, { ...call, body: inputs === undefined ? { ref } : { ref, inputs } })
    return undefined
  }
}

/** GET /repos/{owner}/{repo}: https://docs.github.com/en/rest/repos/repos#get-a-repository */
/** The repository's default branch, for actions whose branch is optional. */
export async function defaultBranch(github: GitHubContext, { owner, repo }: RepositoryRef): Promise<string> {
  const { data } = await callApi(github, {
    operation: 'repos/get',
    method: 'GET',
    path: apiPath`/repos/${owner}/${repo}`,
    subject: `repository ${owner}/${repo}`,
  })
  if (typeof data?.default_branch !== 'string' || data.default_branch === '') {
    throw new UpstreamInvalid(`GitHub's answer for repository ${owner}/${repo} names no default branch; give the branch explicitly.`)
  }
  return data.default_branch
}

function runsPage(github: GitHubContext, { owner, repo }: RepositoryRef, workflow: number | string): string {
  const base = `${github.server.webOrigin}/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/actions`
  return typeof workflow === 'string' ? `${base}/workflows/${encodeURIComponent(workflow)}` : base
}

export interface ListWorkflowRunsInput {
  repository: unknown
  workflow: unknown
  branch: unknown
  event: unknown
  status: unknown
  actor: unknown
  createdAfter: unknown
  createdBefore: unknown
  headSha: unknown
  fetchAll: unknown
  limit: unknown
  cursor: unknown
}

/**
 * GET /repos/{owner}/{repo}/actions/runs: https://docs.github.com/en/rest/actions/workflow-runs#list-workflow-runs-for-a-repository
 * GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs: https://docs.github.com/en/rest/actions/workflow-runs#list-workflow-runs-for-a-workflow
 */
export async function listWorkflowRuns(github: GitHubContext, input: ListWorkflowRunsInput): Promise<ListResult<WorkflowRun>> {
  const ref = repository(input.repository)
  const workflow = optionalWorkflowId(input.workflow, 'workflow')
  const actor = optionalLogin(input.actor, 'actor')
  const headSha = optionalString(input.headSha, 'headSha', 64)
  if (headSha !== undefined && !COMMIT_SHA.test(headSha))
    throw new InvalidInput('headSha', 'must be a full commit SHA (40 hexadecimal characters).')
  const query: RunsQuery = {
    branch: optionalRef(input.branch, 'branch'),
    event: optionalEvent(input.event),
    status: choice(input.status, 'status', RUN_STATUSES),
    actor,
    created: createdRange(input.createdAfter, input.createdBefore),
    head_sha: headSha,
  }
  const options = listOptions(input.fetchAll, input.limit, input.cursor)
  const path =
    workflow === undefined
      ? apiPath`/repos/${ref.owner}/${ref.repo}/actions/runs`
      : apiPath`/repos/${ref.owner}/${ref.repo}/actions/workflows/${workflow}/runs`
  const subject =
    workflow === undefined ? `the workflow runs of ${ref.owner}/${ref.repo}` : `the runs of ${describeWorkflow(workflow, ref)}`
  const operation = workflow === undefined ? 'actions/list-workflow-runs-for-repo' : 'actions/list-workflow-runs'
  return listAll(github, { operation, method: 'GET', path, query, subject }, options, (data) =>
    isRecord(data) && Array.isArray(data['workflow_runs']) ? (data['workflow_runs'] as WorkflowRun[]) : [],
  )
}

function optionalEvent(value: unknown): string | undefined {
  const event = optionalString(value, 'event', 100)
  if (event !== undefined && !/^[a-z_]+$/.test(event)) {
    throw new InvalidInput('event', 'must be an event name such as push, pull_request, schedule or workflow_dispatch.')
  }
  return event
}

/** The runs filter takes GitHub's search date syntax: "a..b", ">=a" or "<=b" (ISO 8601 without milliseconds). */
function createdRange(after: unknown, before: unknown): string | undefined {
  const from = optionalDateTime(after, 'createdAfter')?.replace(/\.\d{3}Z$/, 'Z')
  const to = optionalDateTime(before, 'createdBefore')?.replace(/\.\d{3}Z$/, 'Z')
  if (from !== undefined && to !== undefined) {
    if (from > to) throw new InvalidInput('createdBefore', 'must be later than Created After.')
    return `${from}..${to}`
  }
  if (from !== undefined) return `>=${from}`
  if (to !== undefined) return `<=${to}`
  return undefined
}

export interface WorkflowRunInput {
  repository: unknown
  runId: unknown
}

/** GET /repos/{owner}/{repo}/actions/runs/{run_id}: https://docs.github.com/en/rest/actions/workflow-runs#get-a-workflow-run */
export async function getWorkflowRun(github: GitHubContext, input: WorkflowRunInput): Promise<WorkflowRun> {
  const ref = repository(input.repository)
  const id = runId(input.runId)
  const { data } = await callApi(github, {
    operation: 'actions/get-workflow-run',
    method: 'GET',
    path: apiPath`/repos/${ref.owner}/${ref.repo}/actions/runs/${id}`,
    subject: describeRun(id, ref),
  })
  return data
}

export interface RerunWorkflowInput extends WorkflowRunInput {
  failedJobsOnly: unknown
  enableDebugLogging: unknown
}

/** What Re-run Workflow and Cancel Workflow Run return (GitHub answers with an empty object). */
export interface RunRequestResult {
  runId: number
  /** The run's page, where the new attempt or the cancellation shows. */
  runHtmlUrl: string
}

/**
 * POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun: https://docs.github.com/en/rest/actions/workflow-runs#re-run-a-workflow
 * POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs: https://docs.github.com/en/rest/actions/workflow-runs#re-run-failed-jobs-from-a-workflow-run
 */
export async function rerunWorkflow(
  github: GitHubContext,
  input: RerunWorkflowInput,
): Promise<RunRequestResult & { rerun: true; failedJobsOnly: boolean }> {
  const ref = repository(input.repository)
  const id = runId(input.runId)
  const failedJobsOnly = optionalBoolean(input.failedJobsOnly, 'failedJobsOnly') ?? false
  const debug = optionalBoolean(input.enableDebugLogging, 'enableDebugLogging')
  const body: RerunBody = {}
  if (debug !== undefined) body.enable_debug_logging = debug
  try {
    await callApi(github, {
      operation: failedJobsOnly ? 'actions/re-run-workflow-failed-jobs' : 'actions/re-run-workflow',
      method: 'POST',
      path: failedJobsOnly
        ? apiPath`/repos/${ref.owner}/${ref.repo}/actions/runs/${id}/rerun-failed-jobs`
        : apiPath`/repos/${ref.owner}/${ref.repo}/actions/runs/${id}/rerun`,
      body,
      subject: `the re-run of ${describeRun(id, ref)}`,
    })
  } catch (error) {
    if (error instanceof Conflict) {
      throw new Conflict(
        `${capitalise(describeRun(id, ref))} cannot be re-run now.${githubSaid(error)} A run can be re-run only once it has completed, within 30 days of its start${failedJobsOnly ? ', and only when some of its jobs failed' : ''}.`,
      )
    }
    throw error
  }
  return { rerun: true, runId: id, failedJobsOnly, runHtmlUrl: runPage(github, ref, id) }
}

/** POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel: https://docs.github.com/en/rest/actions/workflow-runs#cancel-a-workflow-run */
export async function cancelWorkflowRun(
  github: GitHubContext,
  input: WorkflowRunInput,
): Promise<RunRequestResult & { cancelRequested: true }> {
  const ref = repository(input.repository)
  const id = runId(input.runId)
  try {
    await callApi(github, {
      operation: 'actions/cancel-workflow-run',
      method: 'POST',
      path: apiPath`/repos/${ref.owner}/${ref.repo}/actions/runs/${id}/cancel`,
      subject: `the cancellation of ${describeRun(id, ref)}`,
    })
  } catch (error) {
    if (error instanceof Conflict) {
      throw new Conflict(`${capitalise(describeRun(id, ref))} cannot be cancelled: it has already completed.${githubSaid(error)}`)
    }
    throw error
  }
  return { cancelRequested: true, runId: id, runHtmlUrl: runPage(github, ref, id) }
}

function runPage(github: GitHubContext, { owner, repo }: RepositoryRef, id: number): string {
  return `${github.server.webOrigin}/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/actions/runs/${id}`
}

export interface ListWorkflowsInput {
  repository: unknown
  fetchAll: unknown
  limit: unknown
  cursor: unknown
}

/** GET /repos/{owner}/{repo}/actions/workflows: https://docs.github.com/en/rest/actions/workflows#list-repository-workflows */
export async function listWorkflows(github: GitHubContext, input: ListWorkflowsInput): Promise<ListResult<Workflow>> {
  const ref = repository(input.repository)
  const options = listOptions(input.fetchAll, input.limit, input.cursor)
  return listAll(github, workflowsCall(ref), options, extractWorkflows)
}

function workflowsCall({ owner, repo }: RepositoryRef): ApiCall<'actions/list-repo-workflows'> {
  return {
    operation: 'actions/list-repo-workflows',
    method: 'GET',
    path: apiPath`/repos/${owner}/${repo}/actions/workflows`,
    subject: `the workflows of ${owner}/${repo}`,
  }
}

function extractWorkflows(data: unknown): Workflow[] {
  return isRecord(data) && Array.isArray(data['workflows']) ? (data['workflows'] as Workflow[]) : []
}

export interface WorkflowsDictionary {
  items: DictionaryItem[]
  cursor: string | null
}

/**
 * The workflows of criteria.repository. Values are workflow ids: every workflow has one (dynamic
 * ones such as Pages builds have no file name), and Trigger Workflow and List Workflow Runs take it.
 * GitHub has no search for workflows, so the fetched page is filtered by name and path.
 */
export async function getWorkflowsDictionary(github: GitHubContext, payload: unknown): Promise<WorkflowsDictionary> {
  const { search, cursor, criteria } = dictionaryPayload(payload)
  if (optionalString(criteria['repository'], 'repository', 300) === undefined) return { items: [], cursor: null }
  const ref = repository(criteria['repository'])
  const page = await listAll(
    github,
    workflowsCall(ref),
    { mode: 'page', pageSize: MAX_PAGE_SIZE, limit: MAX_PAGE_SIZE, ...(cursor !== undefined && { cursor }) },
    extractWorkflows,
  )
  const items = page.items
    .filter((workflow) => matchesSearch(search, workflow.name, workflow.path))
    .map((workflow) => ({ label: workflow.name, value: workflow.id, note: `${workflow.path} · ${workflow.state}` }))
  return { items, cursor: page.nextCursor }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

// ── Operations ───────────────────────────────────────────────────────────────

/** The operations this module implements, as the platform shows them (see src/operations/definition.ts). */
/** PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable or /disable: https://docs.github.com/en/rest/actions/workflows#enable-a-workflow */
export async function setWorkflowEnabled(
  github: GitHubContext,
  input: { repository: unknown; workflow: unknown },
  enabled: boolean,
): Promise<{ workflow: number | string; enabled: boolean }> {
  const ref = repository(input.repository)
  const workflow = workflowId(input.workflow)
  const subject = describeWorkflow(workflow, ref)
  if (enabled) {
    const path = apiPath`/repos/${ref.owner}/${ref.repo}/actions/workflows/${workflow}/enable`
    await callApi(github, { operation: 'actions/enable-workflow', method: 'PUT', path, subject })
  } else {
    const path = apiPath`/repos/${ref.owner}/${ref.repo}/actions/workflows/${workflow}/disable`
    await callApi(github, { operation: 'actions/disable-workflow', method: 'PUT', path, subject })
  }
  return { workflow, enabled }
}

type WorkflowUsage = components['schemas']['workflow-usage']

/** GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/timing: billable minutes this month, by runner OS. */
export async function getWorkflowUsage(
  github: GitHubContext,
  input: { repository: unknown; workflow: unknown },
): Promise<WorkflowUsage & { billableMinutes: number }> {
  const ref = repository(input.repository)
  const workflow = workflowId(input.workflow)
  const { data } = await callApi(github, {
    operation: 'actions/get-workflow-usage',
    method: 'GET',
    path: apiPath`/repos/${ref.owner}/${ref.repo}/actions/workflows/${workflow}/timing`,
    subject: `the usage of ${describeWorkflow(workflow, ref)}`,
  })
  const minutes = Object.values(data.billable).reduce((sum, os) => sum + Math.ceil((os?.total_ms ?? 0) / 60_000), 0)
  return { ...data, billableMinutes: minutes }
}

const workflowParam = {
  type: 'String',
  label: 'Workflow',
  name: 'workflow',
  required: true,
  dictionary: 'getWorkflowsDictionary',
  dependsOn: ['repository'],
  description: 'The workflow: pick it, or give its id (e.g. 161335) or its file name in .github/workflows (e.g. ci.yml).',
} as const

export const definitions = {
  triggerWorkflow: define.action({
    label: 'Trigger Workflow',
    route: 'POST /trigger-workflow',
    category: 'Actions',
    description:
      'Starts a GitHub Actions workflow that has an "on: workflow_dispatch" trigger, on a branch or tag and with the given inputs. Returns the dispatched workflow and ref, the new run\'s id and URLs when GitHub reports them (github.com does; older Enterprise Servers do not, then runId is null), and the page listing the workflow\'s runs.',
    requires: { scope: 'repo', permission: 'Actions: write' },
    params: [
      param.repository,
      workflowParam,
      {
        type: 'String',
        label: 'Branch or Tag',
        name: 'ref',
        dictionary: 'getBranchesDictionary',
        dependsOn: ['repository'],
        description: "The branch or tag whose version of the workflow runs. Empty: the repository's default branch.",
      },
      {
        type: 'Object',
        label: 'Inputs',
        name: 'inputs',
        description:
          'The workflow\'s inputs as an object or JSON text, e.g. {"environment":"staging","dryRun":true}; at most 25. Values must be text, numbers or true/false and are sent as text, like GitHub\'s Run workflow form. Empty: the workflow\'s defaults.',
      },
    ],
    sample: {
      dispatched: true,
      workflow: 'ci.yml',
      ref: 'main',
      runId: 30433643,
      runUrl: 'https://api.github.com/repos/octocat/Hello-World/actions/runs/30433643',
      runHtmlUrl: 'https://github.com/octocat/Hello-World/actions/runs/30433643',
      runsUrl: 'https://github.com/octocat/Hello-World/actions/workflows/ci.yml',
    },
    run: triggerWorkflow,
  }),
  listWorkflowRuns: define.action({
    label: 'List Workflow Runs',
    route: 'GET /list-workflow-runs',
    category: 'Actions',
    description:
      'Lists the GitHub Actions runs of a repository, or of one workflow, newest first, filtered by branch, event, status or conclusion, actor, creation time and commit. Returns the runs (status, conclusion, branch, commit, URLs), the total count and a cursor for the next page.',
    requires: { scope: 'repo', permission: 'Actions: read' },
    params: [
      param.repository,
      {
        type: 'String',
        label: 'Workflow',
        name: 'workflow',
        dictionary: 'getWorkflowsDictionary',
        dependsOn: ['repository'],
        description: 'Only the runs of this workflow (id or file name such as ci.yml). Empty: the runs of every workflow.',
      },
      {
        type: 'String',
        label: 'Branch',
        name: 'branch',
        dictionary: 'getBranchesDictionary',
        dependsOn: ['repository'],
        description: 'Only runs for this branch (the branch pushed, or the head branch of a pull request).',
      },
      {
        type: 'String',
        label: 'Event',
        name: 'event',
        description: 'Only runs started by this event, e.g. push, pull_request, schedule, workflow_dispatch or release.',
      },
      {
        type: 'String',
        label: 'Status',
        name: 'status',
        uiComponent: {
          type: 'DROPDOWN',
          options: {
            values: Object.keys(RUN_STATUSES),
          },
        },
        description:
          'Only runs in this state (Queued … Completed) or, for completed runs, with this conclusion (Success, Failure, Cancelled …).',
      },
      {
        type: 'String',
        label: 'Actor',
        name: 'actor',
        dictionary: 'getAssigneesDictionary',
        dependsOn: ['repository'],
        description: 'Only runs started by this GitHub login, e.g. octocat.',
      },
      {
        type: 'Number',
        label: 'Created After',
        name: 'createdAfter',
        uiComponent: { type: 'DATE_TIME_PICKER' },
        description: 'Only runs created at or after this time.',
      },
      {
        type: 'Number',
        label: 'Created Before',
        name: 'createdBefore',
        uiComponent: { type: 'DATE_TIME_PICKER' },
        description: 'Only runs created at or before this time.',
      },
      { type: 'String', label: 'Commit SHA', name: 'headSha', description: 'Only runs for this full commit SHA.' },
      param.fetchAll,
      param.limit,
      param.cursor,
    ],
    sample: {
      items: [
        {
          id: 30433642,
          name: 'Build',
          node_id: 'MDEyOldvcmtmbG93IFJ1bjI2OTI4OQ==',
          head_branch: 'main',
          head_sha: 'acb5820ced9479c074f688cc328bf03f341a511d',
          path: '.github/workflows/build.yml',
          display_title: 'Update README.md',
          run_number: 562,
          run_attempt: 1,
          event: 'push',
          status: 'completed',
          conclusion: 'success',
          workflow_id: 159038,
          url: 'https://api.github.com/repos/octocat/Hello-World/actions/runs/30433642',
          html_url: 'https://github.com/octocat/Hello-World/actions/runs/30433642',
          created_at: '2020-01-22T19:33:08Z',
          updated_at: '2020-01-22T19:33:08Z',
          run_started_at: '2020-01-22T19:33:08Z',
          actor: { login: 'octocat', id: 1 },
          triggering_actor: { login: 'octocat', id: 1 },
        },
      ],
      totalCount: 562,
      nextCursor: 'c1.eyJxIjp7InBlcl9wYWdlIjoiMzAiLCJwYWdlIjoiMiJ9fQ.HH657P4IumlCNajoRigyChodPDil14MZCdOpMvKn4Bs',
    },
    run: listWorkflowRuns,
  }),
  getWorkflowRun: define.action({
    label: 'Get Workflow Run',
    route: 'GET /get-workflow-run',
    category: 'Actions',
    description:
      'Returns one GitHub Actions run by id: its status (queued, in_progress, completed), conclusion (success, failure, cancelled…), workflow, branch, commit, attempt and URLs. Use it to wait for a run started by Trigger Workflow.',
    requires: { scope: 'repo', permission: 'Actions: read' },
    params: [param.repository, param.runId],
    sample: {
      id: 30433642,
      name: 'Build',
      node_id: 'MDEyOldvcmtmbG93IFJ1bjI2OTI4OQ==',
      check_suite_id: 42,
      head_branch: 'main',
      head_sha: 'acb5820ced9479c074f688cc328bf03f341a511d',
      path: '.github/workflows/build.yml',
      display_title: 'Update README.md',
      run_number: 562,
      run_attempt: 1,
      event: 'push',
      status: 'completed',
      conclusion: 'success',
      workflow_id: 159038,
      url: 'https://api.github.com/repos/octocat/Hello-World/actions/runs/30433642',
      html_url: 'https://github.com/octocat/Hello-World/actions/runs/30433642',
      jobs_url: 'https://api.github.com/repos/octocat/Hello-World/actions/runs/30433642/jobs',
      logs_url: 'https://api.github.com/repos/octocat/Hello-World/actions/runs/30433642/logs',
      pull_requests: [],
      created_at: '2020-01-22T19:33:08Z',
      updated_at: '2020-01-22T19:35:11Z',
      run_started_at: '2020-01-22T19:33:08Z',
      actor: { login: 'octocat', id: 1 },
      triggering_actor: { login: 'octocat', id: 1 },
      head_commit: {
        id: 'acb5820ced9479c074f688cc328bf03f341a511d',
        message: 'Update README.md',
        timestamp: '2020-01-22T19:33:05Z',
        author: { name: 'Mona Octocat', email: 'octocat@github.com' },
      },
    },
    run: getWorkflowRun,
  }),
  rerunWorkflow: define.action({
    label: 'Re-run Workflow',
    route: 'POST /re-run-workflow',
    category: 'Actions',
    description:
      'Starts a new attempt of a completed GitHub Actions run, all jobs or only the failed ones, optionally with debug logging. Returns the run id and its page, where the new attempt appears.',
    requires: { scope: 'repo', permission: 'Actions: write' },
    params: [
      param.repository,
      {
        type: 'Number',
        label: 'Run ID',
        name: 'runId',
        required: true,
        uiComponent: { type: 'NUMERIC' },
        description: 'The id of the run to re-run, e.g. 30433642.',
      },
      {
        type: 'Boolean',
        label: 'Failed Jobs Only',
        name: 'failedJobsOnly',
        defaultValue: false,
        uiComponent: { type: 'TOGGLE' },
        description: 'On: re-run only the jobs that failed (and the jobs that depend on them). Off: re-run every job.',
      },
      {
        type: 'Boolean',
        label: 'Debug Logging',
        name: 'enableDebugLogging',
        defaultValue: false,
        uiComponent: { type: 'TOGGLE' },
        description: 'On: the new attempt writes runner and step debug logs.',
      },
    ],
    sample: {
      rerun: true,
      runId: 30433642,
      failedJobsOnly: true,
      runHtmlUrl: 'https://github.com/octocat/Hello-World/actions/runs/30433642',
    },
    run: rerunWorkflow,
  }),
  cancelWorkflowRun: define.action({
    label: 'Cancel Workflow Run',
    route: 'POST /cancel-workflow-run',
    category: 'Actions',
    description:
      'Asks GitHub to cancel a queued or running GitHub Actions run; the run ends as cancelled shortly after. Returns the run id and its page; fails with a conflict when the run has already completed.',
    requires: { scope: 'repo', permission: 'Actions: write' },
    params: [
      param.repository,
      {
        type: 'Number',
        label: 'Run ID',
        name: 'runId',
        required: true,
        uiComponent: { type: 'NUMERIC' },
        description: 'The id of the run to cancel, e.g. 30433642.',
      },
    ],
    sample: { cancelRequested: true, runId: 30433642, runHtmlUrl: 'https://github.com/octocat/Hello-World/actions/runs/30433642' },
    run: cancelWorkflowRun,
  }),
  listWorkflows: define.action({
    label: 'List Workflows',
    route: 'GET /list-workflows',
    category: 'Actions',
    description:
      "Lists a repository's GitHub Actions workflows with their id, name, file path and state (active or disabled). Returns the workflows, the total count and a cursor for the next page.",
    requires: { scope: 'repo', permission: 'Actions: read' },
    params: [param.repository, param.fetchAll, param.limit, param.cursor],
    sample: {
      items: [
        {
          id: 161335,
          node_id: 'MDg6V29ya2Zsb3cxNjEzMzU=',
          name: 'CI',
          path: '.github/workflows/ci.yml',
          state: 'active',
          created_at: '2020-01-08T23:48:37Z',
          updated_at: '2020-01-08T23:50:21Z',
          url: 'https://api.github.com/repos/octocat/Hello-World/actions/workflows/161335',
          html_url: 'https://github.com/octocat/Hello-World/blob/main/.github/workflows/ci.yml',
          badge_url: 'https://github.com/octocat/Hello-World/workflows/CI/badge.svg',
        },
      ],
      totalCount: 1,
      nextCursor: null,
    },
    run: listWorkflows,
  }),
  enableWorkflow: define.action({
    label: 'Enable Workflow',
    route: 'PUT /enable-workflow',
    category: 'Actions',
    description: 'Turns a disabled GitHub Actions workflow back on: its triggers start runs again. Returns the workflow and enabled: true.',
    requires: { scope: 'repo', permission: 'Actions: write' },
    params: [param.repository, workflowParam],
    sample: { workflow: 'ci.yml', enabled: true },
    run: (github: GitHubContext, input) => setWorkflowEnabled(github, input, true),
  }),
  disableWorkflow: define.action({
    label: 'Disable Workflow',
    route: 'PUT /disable-workflow',
    category: 'Actions',
    description:
      'Turns a GitHub Actions workflow off: no trigger (push, schedule, dispatch) starts it until it is enabled again; runs in progress finish. Returns the workflow and enabled: false.',
    requires: { scope: 'repo', permission: 'Actions: write' },
    params: [param.repository, workflowParam],
    sample: { workflow: 'ci.yml', enabled: false },
    run: (github: GitHubContext, input) => setWorkflowEnabled(github, input, false),
  }),
  getWorkflowUsage: define.action({
    label: 'Get Workflow Usage',
    route: 'GET /get-workflow-usage',
    category: 'Actions',
    description:
      'Returns the billable time a GitHub Actions workflow used in the current billing cycle, by runner OS (UBUNTU, MACOS, WINDOWS), and billableMinutes, the total rounded up per OS as GitHub bills. Public repositories and self-hosted runners bill nothing.',
    requires: { scope: 'repo', permission: 'Actions: read' },
    params: [param.repository, workflowParam],
    sample: { billable: { UBUNTU: { total_ms: 180000 }, MACOS: { total_ms: 240000 } }, billableMinutes: 7 },
    run: getWorkflowUsage,
  }),
  getWorkflowsDictionary: define.dictionary({
    label: 'Get Workflows Dictionary',
    route: 'POST /get-workflows-dictionary',
    description:
      'Lists the GitHub Actions workflows of the selected repository for picking one: the value is the workflow id, the note its file path and state. Search filters by name or file.',
    requires: { scope: 'repo', permission: 'Actions: read' },
    params: [param.repositoryPayload],
    sample: { items: [{ label: 'CI', value: 161335, note: '.github/workflows/ci.yml · active' }], cursor: null },
    run: (github: GitHubContext, { payload }) => getWorkflowsDictionary(github, payload),
  }),
}
