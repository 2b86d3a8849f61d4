import type { components } from '@octokit/openapi-types'
import * as define from '../operations/definition'
import { apiPath, downloadTail, type GitHubContext } from './api'
import { choice, listOptions, optionalInteger, repository, requiredInteger, type RepositoryRef } from './input'
import { listAll, type ListResult } from './pagination'
import * as param from './params'

/**
 * What a GitHub Actions run is made of: its jobs, their logs and the artifacts it uploaded.
 * https://docs.github.com/en/rest/actions/workflow-jobs  https://docs.github.com/en/rest/actions/artifacts
 */

type Job = components['schemas']['job']
type Artifact = components['schemas']['artifact']

const JOB_FILTERS = { 'Latest Attempt': 'latest', 'All Attempts': 'all' } as const
export const DEFAULT_LOG_BYTES = 64 * 1024
export const MAX_LOG_BYTES = 1024 * 1024

const where = (ref: RepositoryRef): string => `${ref.owner}/${ref.repo}`

/**
 * github.com keeps job logs in its Actions storage: hosts under actions.githubusercontent.com and its
 * results storage accounts (productionresultssa<N>.blob.core.windows.net). Enterprise Server serves them
 * itself (the server's own origin is always accepted by downloadTail).
 */
export function isActionsStorage(url: URL): boolean {
  return (
    /(^|\.)actions\.githubusercontent\.com$/.test(url.hostname) || /^productionresultssa\d+\.blob\.core\.windows\.net$/.test(url.hostname)
  )
}

/** GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs */
export async function listRunJobs(
  github: GitHubContext,
  input: { repository: unknown; runId: unknown; attempts: unknown; fetchAll: unknown; limit: unknown; cursor: unknown },
): Promise<ListResult<Job>> {
  const ref = repository(input.repository)
  const run = requiredInteger(input.runId, 'runId', 1)
  const filter = choice(input.attempts, 'attempts', JOB_FILTERS) ?? 'latest'
  const call = {
    operation: 'actions/list-jobs-for-workflow-run' as const,
    method: 'GET' as const,
    path: apiPath`/repos/${ref.owner}/${ref.repo}/actions/runs/${run}/jobs`,
    query: { filter },
    subject: `the jobs of workflow run ${run} in ${where(ref)}`,
  }
  return listAll(github, call, listOptions(input.fetchAll, input.limit, input.cursor), (data) => data.jobs)
}

export interface JobLog {
  jobId: number
  /** The end of the log (where a failure shows), at most Max Bytes, starting at a whole line. */
  log: string
  truncated: boolean
  totalBytes: number | null
}

/** GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs: a redirect to the log file, followed only to GitHub's storage. */
export async function getJobLogs(
  github: GitHubContext,
  input: { repository: unknown; jobId: unknown; maxBytes: unknown },
): Promise<JobLog> {
  const ref = repository(input.repository)
  const job = requiredInteger(input.jobId, 'jobId', 1)
  const maxBytes = optionalInteger(input.maxBytes, 'maxBytes', 1024, MAX_LOG_BYTES) ?? DEFAULT_LOG_BYTES
  const call = {
    operation: 'actions/download-job-logs-for-workflow-run' as const,
    method: 'GET' as const,
    path: apiPath`/repos/${ref.owner}/${ref.repo}/actions/jobs/${job}/logs`,
    subject: `the log of job ${job} in ${where(ref)}`,
  }
  const { text, truncated, totalBytes } = await downloadTail(github, call, maxBytes, isActionsStorage)
  return { jobId: job, log: text, truncated, totalBytes }
}

/** GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts */
export async function listRunArtifacts(
  github: GitHubContext,
  input: { repository: unknown; runId: unknown; fetchAll: unknown; limit: unknown; cursor: unknown },
): Promise<ListResult<Artifact>> {
  const ref = repository(input.repository)
  const run = requiredInteger(input.runId, 'runId', 1)
  const call = {
    operation: 'actions/list-workflow-run-artifacts' as const,
    method: 'GET' as const,
    path: apiPath`/repos/${ref.owner}/${ref.repo}/actions/runs/${run}/artifacts`,
    subject: `the artifacts of workflow run ${run} in ${where(ref)}`,
  }
  return listAll(github, call, listOptions(input.fetchAll, input.limit, input.cursor), (data) => data.artifacts)
}

// ── Operations ───────────────────────────────────────────────────────────────

const JOB_SAMPLE: define.SampleOf<Job> = {
  id: 399444496,
  run_id: 29679449,
  run_attempt: 1,
  name: 'build',
  workflow_name: 'CI',
  head_branch: 'main',
  head_sha: 'f83a356604ae3c5d03e1b46ef4d1ca77d64a90b0',
  status: 'completed',
  conclusion: 'success',
  started_at: '2020-01-20T17:42:40Z',
  completed_at: '2020-01-20T17:44:39Z',
  html_url: 'https://github.com/octo-org/octo-repo/runs/29679449/jobs/399444496',
  steps: [
    {
      name: 'Set up job',
      status: 'completed',
      conclusion: 'success',
      number: 1,
      started_at: '2020-01-20T09:42:40.000-08:00',
      completed_at: '2020-01-20T09:42:41.000-08:00',
    },
  ],
}
const ARTIFACT_SAMPLE = {
  id: 11,
  name: 'Rails',
  size_in_bytes: 556,
  archive_download_url: 'https://api.github.com/repos/octo-org/octo-docs/actions/artifacts/11/zip',
  expired: false,
  created_at: '2020-01-10T14:59:22Z',
  expires_at: '2020-03-21T14:59:22Z',
  workflow_run: { id: 2332938, head_branch: 'main', head_sha: '328faa0536e6fef19753d9d91dc96a9931694ce3' },
} as const
const READ = { scope: 'repo', permission: 'Actions: read' } as const

export const definitions = {
  listRunJobs: define.action({
    label: 'List Workflow Run Jobs',
    route: 'GET /list-run-jobs',
    category: 'Actions',
    description:
      "Lists the jobs of a GitHub Actions run with each job's status, conclusion, steps and timing (the latest attempt, or all attempts). Returns the jobs and a cursor for the next page.",
    requires: READ,
    params: [
      param.repository,
      param.runId,
      {
        type: 'String',
        label: 'Attempts',
        name: 'attempts',
        defaultValue: 'Latest Attempt',
        uiComponent: { type: 'DROPDOWN', options: { values: Object.keys(JOB_FILTERS) } },
        description: 'The jobs of the latest attempt only, or of every attempt of the run.',
      },
      param.fetchAll,
      param.limit,
      param.cursor,
    ],
    sample: { items: [JOB_SAMPLE], nextCursor: null },
    run: listRunJobs,
  }),
  getJobLogs: define.action({
    label: 'Get Job Logs',
    route: 'GET /get-job-logs',
    category: 'Actions',
    description:
      "Reads the end of a GitHub Actions job's log (where a failure shows), as text of at most Max Bytes starting at a whole line. The log is fetched from GitHub's own storage only. Returns the text, whether it was cut, and the log's full size.",
    requires: READ,
    params: [
      param.repository,
      {
        type: 'Number',
        label: 'Job ID',
        name: 'jobId',
        required: true,
        uiComponent: { type: 'NUMERIC' },
        description: "The job's id, from List Workflow Run Jobs (or the number after /job/ in its URL).",
      },
      {
        type: 'Number',
        label: 'Max Bytes',
        name: 'maxBytes',
        defaultValue: DEFAULT_LOG_BYTES,
        uiComponent: { type: 'NUMERIC' },
        description: `How much of the end of the log to return: 1024 to ${MAX_LOG_BYTES} bytes (default ${DEFAULT_LOG_BYTES}).`,
      },
    ],
    sample: {
      jobId: 399444496,
      log: '2020-01-20T17:44:38.1234567Z npm test\n2020-01-20T17:44:39.1234567Z Tests: 42 passed, 42 total\n',
      truncated: false,
      totalBytes: 84,
    },
    run: getJobLogs,
  }),
  listRunArtifacts: define.action({
    label: 'List Run Artifacts',
    route: 'GET /list-run-artifacts',
    category: 'Actions',
    description:
      'Lists the artifacts a GitHub Actions run uploaded, with their size, expiry and download address (the download needs the same connection). Returns them and a cursor for the next page.',
    requires: READ,
    params: [param.repository, param.runId, param.fetchAll, param.limit, param.cursor],
    sample: { items: [ARTIFACT_SAMPLE], nextCursor: null },
    run: listRunArtifacts,
  }),
}
