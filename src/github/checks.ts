import type { components, operations } from '@octokit/openapi-types'
import { InvalidInput } from '../errors'
import * as define from '../operations/definition'
import { apiPath, callApi, type GitHubContext } from './api'
import {
  choice,
  commitSha,
  dictionaryPayload,
  listOptions,
  matchesSearch,
  optionalBoolean,
  optionalInteger,
  optionalRef,
  optionalString,
  optionalUrl,
  repository,
  requiredRef,
  requiredInteger,
  type DictionaryItem,
  type RepositoryRef,
} from './input'
import { listAll, MAX_PAGE_SIZE, type ListResult } from './pagination'
import * as param from './params'
import type { DictionaryPage } from './dictionary'

/**
 * What CI says about a commit: commit statuses (https://docs.github.com/en/rest/commits/statuses) and check runs and
 * suites (https://docs.github.com/en/rest/checks), and one summary of both that a flow can branch on.
 */

type CheckRun = components['schemas']['check-run']
type CheckSuite = components['schemas']['check-suite']
type Annotation = components['schemas']['check-annotation']
type CombinedStatus = components['schemas']['combined-commit-status']
type Status = components['schemas']['status']
type CheckRunList = operations['checks/list-for-ref']['responses'][200]['content']['application/json']

const STATUS_STATES = { Pending: 'pending', Success: 'success', Failure: 'failure', Error: 'error' } as const
const RUN_STATUSES = { Queued: 'queued', 'In Progress': 'in_progress', Completed: 'completed' } as const
/** GitHub keeps a status description of up to 140 characters and a context of up to 255. */
const MAX_STATUS_DESCRIPTION = 140
const MAX_CONTEXT = 255
/** Conclusions that let a required check pass (GitHub's branch protection counts these as passing). */
const PASSING_CONCLUSIONS: readonly string[] = ['success', 'neutral', 'skipped']
/** A summary reads at most this many check runs (ten pages); more is reported, not silently dropped. */
const SUMMARY_MAX_RUNS = 1000

const repoName = (ref: RepositoryRef): string => `${ref.owner}/${ref.repo}`

export interface CreateCommitStatusInput {
  repository: unknown
  sha: unknown
  state: unknown
  context: unknown
  description: unknown
  targetUrl: unknown
}

/** POST /repos/{owner}/{repo}/statuses/{sha}: the newest status of a context replaces the earlier ones. */
export async function createCommitStatus(github: GitHubContext, input: CreateCommitStatusInput): Promise<Status> {
  const ref = repository(input.repository)
  const sha = commitSha(input.sha, 'sha')
  const state = choice(input.state, 'state', STATUS_STATES)
  if (state === undefined) throw new InvalidInput('state', `is required: one of ${Object.keys(STATUS_STATES).join(', ')}.`)
  const context = optionalString(input.context, 'context', MAX_CONTEXT)
  const description = optionalString(input.description, 'description', MAX_STATUS_DESCRIPTION)
  const targetUrl = optionalUrl(input.targetUrl, 'targetUrl')
  const body = {
    state,
    ...(context && { context }),
    ...(description && { description }),
    ...(targetUrl && { target_url: targetUrl }),
  }
  const path = apiPath`/repos/${ref.owner}/${ref.repo}/statuses/${sha}`
  const subject = `commit ${sha.slice(0, 7)} of repository ${repoName(ref)}`
  return (await callApi(github, { operation: 'repos/create-commit-status', method: 'POST', path, body, subject })).data
}

/** GET /repos/{owner}/{repo}/commits/{ref}/status: the newest status of each context and their combined state. */
export async function getCombinedStatus(github: GitHubContext, input: { repository: unknown; ref: unknown }): Promise<CombinedStatus> {
  const ref = repository(input.repository)
  const at = requiredRef(input.ref, 'ref')
  return combinedStatus(github, ref, at)
}

async function combinedStatus(github: GitHubContext, ref: RepositoryRef, at: string): Promise<CombinedStatus> {
  const path = apiPath`/repos/${ref.owner}/${ref.repo}/commits/${at}/status`
  const subject = `"${at}" in repository ${repoName(ref)}`
  const call = {
    operation: 'repos/get-combined-status-for-ref' as const,
    method: 'GET' as const,
    path,
    query: { per_page: MAX_PAGE_SIZE },
    subject,
  }
  return (await callApi(github, call)).data
}

export interface ListCheckRunsInput {
  repository: unknown
  ref: unknown
  checkName: unknown
  status: unknown
  latestOnly: unknown
  fetchAll: unknown
  limit: unknown
  cursor: unknown
}

/** GET /repos/{owner}/{repo}/commits/{ref}/check-runs */
export async function listCheckRuns(github: GitHubContext, input: ListCheckRunsInput): Promise<ListResult<CheckRun>> {
  const ref = repository(input.repository)
  const at = requiredRef(input.ref, 'ref')
  const checkName = optionalString(input.checkName, 'checkName', 255)
  const status = choice(input.status, 'status', RUN_STATUSES)
  const latestOnly = optionalBoolean(input.latestOnly, 'latestOnly') ?? true
  const query = { check_name: checkName, status, filter: latestOnly ? ('latest' as const) : ('all' as const) }
  return listAll(
    github,
    checkRunsCall(ref, at, query),
    listOptions(input.fetchAll, input.limit, input.cursor),
    (data) => data.check_runs ?? [],
  )
}

function checkRunsCall(ref: RepositoryRef, at: string, query: Record<string, string | undefined>) {
  const path = apiPath`/repos/${ref.owner}/${ref.repo}/commits/${at}/check-runs`
  const subject = `the check runs of "${at}" in repository ${repoName(ref)}`
  return { operation: 'checks/list-for-ref' as const, method: 'GET' as const, path, query, subject }
}

/** GET /repos/{owner}/{repo}/commits/{ref}/check-suites */
export async function listCheckSuites(
  github: GitHubContext,
  input: { repository: unknown; ref: unknown; checkName: unknown; fetchAll: unknown; limit: unknown; cursor: unknown },
): Promise<ListResult<CheckSuite>> {
  const ref = repository(input.repository)
  const at = requiredRef(input.ref, 'ref')
  const checkName = optionalString(input.checkName, 'checkName', 255)
  const path = apiPath`/repos/${ref.owner}/${ref.repo}/commits/${at}/check-suites`
  const subject = `the check suites of "${at}" in repository ${repoName(ref)}`
  const call = { operation: 'checks/list-suites-for-ref' as const, method: 'GET' as const, path, query: { check_name: checkName }, subject }
  return listAll(github, call, listOptions(input.fetchAll, input.limit, input.cursor), (data) => data.check_suites ?? [])
}

export type CheckRunWithAnnotations = CheckRun & {
  /** The run's annotations (file, lines, level, message), up to 100. */
  annotations: Annotation[]
  /** True when the run has more annotations than were read. */
  moreAnnotations: boolean
}

/** GET /repos/{owner}/{repo}/check-runs/{check_run_id} and its annotations. */
export async function getCheckRun(
  github: GitHubContext,
  input: { repository: unknown; checkRunId: unknown },
): Promise<CheckRunWithAnnotations> {
  const ref = repository(input.repository)
  const id = requiredInteger(input.checkRunId, 'checkRunId')
  const subject = `check run ${id} of repository ${repoName(ref)}`
  const path = apiPath`/repos/${ref.owner}/${ref.repo}/check-runs/${id}`
  const run = (await callApi(github, { operation: 'checks/get', method: 'GET', path, subject })).data
  const annotations =
    (run.output?.annotations_count ?? 0) === 0
      ? { items: [], nextCursor: null }
      : await listAll(
          github,
          { operation: 'checks/list-annotations', method: 'GET', path: `${path}/annotations`, subject: `the annotations of ${subject}` },
          { mode: 'page', pageSize: MAX_PAGE_SIZE, limit: MAX_PAGE_SIZE },
        )
  return { ...run, annotations: annotations.items, moreAnnotations: annotations.nextCursor !== null }
}

/** POST /repos/{owner}/{repo}/check-suites/{check_suite_id}/rerequest: GitHub asks the suite's app to run it again. */
export async function rerequestCheckSuite(
  github: GitHubContext,
  input: { repository: unknown; checkSuiteId: unknown },
): Promise<{ repository: string; checkSuiteId: number; rerequested: true }> {
  const ref = repository(input.repository)
  const id = requiredInteger(input.checkSuiteId, 'checkSuiteId')
  const path = apiPath`/repos/${ref.owner}/${ref.repo}/check-suites/${id}/rerequest`
  const subject = `check suite ${id} of repository ${repoName(ref)}`
  await callApi(github, { operation: 'checks/rerequest-suite', method: 'POST', path, subject })
  return { repository: repoName(ref), checkSuiteId: id, rerequested: true }
}

// ── CI summary ───────────────────────────────────────────────────────────────

export interface CiCheck {
  name: string
  kind: 'check run' | 'status'
  /** The check run's conclusion or status, or the commit status's state. */
  result: string
  url: string | null
  /** The check run's output title or the status's description. */
  summary: string | null
}

export interface CiSummary {
  /** failing if any check failed; otherwise pending if any has not finished; passing if all passed; none if there are no checks. */
  state: 'passing' | 'failing' | 'pending' | 'none'
  repository: string
  /** The branch, tag or commit asked for (or the pull request's head branch). */
  ref: string
  sha: string
  failing: CiCheck[]
  pending: CiCheck[]
  passing: CiCheck[]
  total: number
  /** True when the commit has more check runs than a summary reads (1,000): the state covers only those read. */
  incomplete: boolean
}

/** The statuses and the latest check run of every check of a commit, in one verdict. */
export async function getCiSummary(
  github: GitHubContext,
  input: { repository: unknown; ref: unknown; pullNumber: unknown },
): Promise<CiSummary> {
  const ref = repository(input.repository)
  const at = optionalRef(input.ref, 'ref')
  const pullNumber = optionalInteger(input.pullNumber, 'pullNumber', 1, 2_147_483_647)
  if ((at === undefined) === (pullNumber === undefined)) {
    throw new InvalidInput('ref', 'or Pull Request Number must be given, one of them: what to summarise.')
  }
  let target = at ?? ''
  let asked = at ?? ''
  if (pullNumber !== undefined) {
    const path = apiPath`/repos/${ref.owner}/${ref.repo}/pulls/${pullNumber}`
    const subject = `pull request #${pullNumber} of repository ${repoName(ref)}`
    const pull = (await callApi(github, { operation: 'pulls/get', method: 'GET', path, subject })).data
    target = pull.head.sha
    asked = pull.head.ref
  }
  const [statuses, runs] = await Promise.all([
    combinedStatus(github, ref, target),
    listAll(
      github,
      checkRunsCall(ref, target, { filter: 'latest' }),
      { mode: 'all', pageSize: MAX_PAGE_SIZE, limit: SUMMARY_MAX_RUNS },
      (data: CheckRunList) => data.check_runs ?? [],
    ),
  ])
  const checks: (CiCheck & { verdict: 'failing' | 'pending' | 'passing' })[] = [
    ...(statuses.statuses ?? []).map((status) => ({
      name: status.context,
      kind: 'status' as const,
      result: status.state,
      url: status.target_url,
      summary: status.description,
      verdict: status.state === 'success' ? ('passing' as const) : status.state === 'pending' ? ('pending' as const) : ('failing' as const),
    })),
    ...runs.items.map((run) => ({
      name: run.name,
      kind: 'check run' as const,
      result: run.status === 'completed' ? (run.conclusion ?? 'completed') : run.status,
      url: run.html_url,
      summary: run.output?.title ?? null,
      verdict:
        run.status !== 'completed'
          ? ('pending' as const)
          : PASSING_CONCLUSIONS.includes(run.conclusion ?? '')
            ? ('passing' as const)
            : ('failing' as const),
    })),
  ]
  const of = (verdict: 'failing' | 'pending' | 'passing'): CiCheck[] =>
    checks.filter((check) => check.verdict === verdict).map(({ verdict: _verdict, ...check }) => check)
  const failing = of('failing')
  const pending = of('pending')
  const state = failing.length > 0 ? 'failing' : pending.length > 0 ? 'pending' : checks.length > 0 ? 'passing' : 'none'
  return {
    state,
    repository: repoName(ref),
    ref: asked,
    sha: statuses.sha,
    failing,
    pending,
    passing: of('passing'),
    total: checks.length,
    incomplete: runs.nextCursor !== null,
  }
}

/** The check names of the picked ref (or of the default branch's head): value and label are the name, the note its app. */
export async function getCheckNamesDictionary(github: GitHubContext, payload: unknown): Promise<DictionaryPage> {
  const { search, criteria } = dictionaryPayload(payload)
  let ref: RepositoryRef
  let at: string
  try {
    ref = repository(criteria['repository'])
    // GitHub resolves HEAD to the head of the default branch.
    at = optionalRef(criteria['ref'], 'ref') ?? 'HEAD'
  } catch (error) {
    if (error instanceof InvalidInput) return { items: [], cursor: null }
    throw error
  }
  const runs = await listAll(
    github,
    checkRunsCall(ref, at, { filter: 'latest' }),
    { mode: 'page', pageSize: MAX_PAGE_SIZE, limit: MAX_PAGE_SIZE },
    (data: CheckRunList) => data.check_runs ?? [],
  )
  const items = new Map<string, DictionaryItem>()
  for (const run of runs.items) {
    if (!items.has(run.name) && matchesSearch(search, run.name, run.app?.name)) {
      items.set(run.name, { label: run.name, value: run.name, note: run.app?.name ?? 'check run' })
    }
  }
  return { items: [...items.values()], cursor: null }
}

// ── Operations ───────────────────────────────────────────────────────────────

const CHECK_RUN_SAMPLE = {
  id: 4,
  head_sha: 'ce587453ced02b1526dfb4cb910479d431683101',
  external_id: '',
  url: 'https://api.github.com/repos/github/hello-world/check-runs/4',
  html_url: 'https://github.com/github/hello-world/runs/4',
  details_url: 'https://example.com',
  status: 'completed',
  conclusion: 'neutral',
  started_at: '2018-05-04T01:14:52Z',
  completed_at: '2018-05-04T01:14:52Z',
  output: {
    title: 'Mighty Readme report',
    summary: 'There are 0 failures, 2 warnings, and 1 notice.',
    text: 'You may have some misspelled words on lines 2 and 4.',
    annotations_count: 2,
  },
  name: 'mighty_readme',
  check_suite: { id: 5 },
  app: { id: 1, slug: 'octoapp', name: 'Octocat App' },
} as const

const checkNameParam = {
  type: 'String',
  label: 'Check Name',
  name: 'checkName',
  dictionary: 'getCheckNamesDictionary',
  dependsOn: ['repository', 'ref'],
  description: 'Only checks of this name, e.g. build (pick it from the list).',
} as const
const requiredRefParam = (description: string) => ({ ...param.gitRef(description), required: true }) as const
const CHECKS_READ = { scope: 'repo', permission: 'Checks: read' } as const
const STATUSES_READ = { scope: 'repo', permission: 'Commit statuses: read' } as const

export const definitions = {
  createCommitStatus: define.action({
    label: 'Create Commit Status',
    route: 'POST /create-commit-status',
    category: 'Commits and Checks',
    description:
      "Sets a status on a commit (pending, success, failure or error) under a context such as ci/build, with a link to the details; the newest status of a context replaces the earlier ones and shows on the commit's pull requests. Returns the status.",
    requires: { scope: 'repo:status', permission: 'Commit statuses: write' },
    params: [
      param.repository,
      {
        type: 'String',
        label: 'Commit SHA',
        name: 'sha',
        required: true,
        description: "The commit's full SHA (40 characters), e.g. a pull request's head.sha.",
      },
      {
        type: 'String',
        label: 'State',
        name: 'state',
        required: true,
        uiComponent: { type: 'DROPDOWN', options: { values: Object.keys(STATUS_STATES) } },
        description: 'Where the check stands.',
      },
      { type: 'String', label: 'Context', name: 'context', description: 'What reports, e.g. ci/build. Empty: default.' },
      { type: 'String', label: 'Description', name: 'description', description: 'A short description, at most 140 characters.' },
      { type: 'String', label: 'Target URL', name: 'targetUrl', description: 'Where the details can be read (https://…).' },
    ],
    sample: {
      url: 'https://api.github.com/repos/octocat/Hello-World/statuses/6dcb09b5b57875f334f61aebed695e2e4193db5e',
      id: 1,
      state: 'success',
      description: 'Build has completed successfully',
      target_url: 'https://ci.example.com/1000/output',
      context: 'continuous-integration/jenkins',
      created_at: '2012-07-20T01:19:13Z',
      updated_at: '2012-07-20T01:19:13Z',
      creator: { login: 'octocat', id: 1, type: 'User' },
    },
    run: createCommitStatus,
  }),
  getCombinedStatus: define.action({
    label: 'Get Combined Status',
    route: 'GET /get-combined-status',
    category: 'Commits and Checks',
    description:
      'Returns the combined commit status of a branch, tag or commit: failure if any context failed, pending if any is pending (or none reported), success otherwise, with the newest status of each context. Check runs are not included (Get CI Summary has both).',
    requires: STATUSES_READ,
    params: [param.repository, requiredRefParam('The branch, tag or commit SHA whose statuses to read.')],
    sample: {
      state: 'success',
      statuses: [
        {
          url: 'https://api.github.com/repos/octocat/Hello-World/statuses/6dcb09b5b57875f334f61aebed695e2e4193db5e',
          id: 1,
          state: 'success',
          description: 'Build has completed successfully',
          target_url: 'https://ci.example.com/1000/output',
          context: 'continuous-integration/jenkins',
          created_at: '2012-07-20T01:19:13Z',
          updated_at: '2012-07-20T01:19:13Z',
        },
      ],
      sha: '6dcb09b5b57875f334f61aebed695e2e4193db5e',
      total_count: 1,
      commit_url: 'https://api.github.com/repos/octocat/Hello-World/6dcb09b5b57875f334f61aebed695e2e4193db5e',
      url: 'https://api.github.com/repos/octocat/Hello-World/6dcb09b5b57875f334f61aebed695e2e4193db5e/status',
    },
    run: getCombinedStatus,
  }),
  listCheckRuns: define.action({
    label: 'List Check Runs',
    route: 'GET /list-check-runs',
    category: 'Commits and Checks',
    description:
      "Lists the check runs (GitHub Actions jobs and other apps' checks) of a branch, tag or commit, optionally of one name or status. Returns each run's name, status, conclusion, output and links, and a cursor for the next page.",
    requires: CHECKS_READ,
    params: [
      param.repository,
      requiredRefParam('The branch, tag or commit SHA whose check runs to list.'),
      checkNameParam,
      {
        type: 'String',
        label: 'Status',
        name: 'status',
        uiComponent: { type: 'DROPDOWN', options: { values: Object.keys(RUN_STATUSES) } },
        description: 'Only runs in this state. Empty: any.',
      },
      {
        type: 'Boolean',
        label: 'Latest Only',
        name: 'latestOnly',
        defaultValue: true,
        uiComponent: { type: 'TOGGLE' },
        description: 'On: only the latest run of each check. Off: re-runs too.',
      },
      param.fetchAll,
      param.limit,
      param.cursor,
    ],
    sample: { items: [CHECK_RUN_SAMPLE], nextCursor: null },
    run: listCheckRuns,
  }),
  listCheckSuites: define.action({
    label: 'List Check Suites',
    route: 'GET /list-check-suites',
    category: 'Commits and Checks',
    description:
      "Lists the check suites of a branch, tag or commit (one per app, e.g. GitHub Actions), optionally only those with a check of one name. Returns each suite's app, status and conclusion, and a cursor for the next page.",
    requires: CHECKS_READ,
    params: [
      param.repository,
      requiredRefParam('The branch, tag or commit SHA whose check suites to list.'),
      checkNameParam,
      param.fetchAll,
      param.limit,
      param.cursor,
    ],
    sample: {
      items: [
        {
          id: 5,
          head_branch: 'master',
          head_sha: 'd6fde92930d4715a2b49857d24b940956b26d2d3',
          status: 'completed',
          conclusion: 'neutral',
          url: 'https://api.github.com/repos/github/hello-world/check-suites/5',
          before: '146e867f55c26428e5f9fade55a9bbf5e95a7912',
          after: 'd6fde92930d4715a2b49857d24b940956b26d2d3',
          app: { id: 1, slug: 'octoapp', name: 'Octocat App' },
          created_at: '2011-01-26T19:01:12Z',
          updated_at: '2011-01-26T19:14:43Z',
          latest_check_runs_count: 1,
          check_runs_url: 'https://api.github.com/repos/octocat/Hello-World/check-suites/5/check-runs',
        },
      ],
      nextCursor: null,
    },
    run: listCheckSuites,
  }),
  getCheckRun: define.action({
    label: 'Get Check Run',
    route: 'GET /get-check-run',
    category: 'Commits and Checks',
    description:
      'Returns one check run with its output and its annotations (file, lines, level and message of each finding, up to 100; moreAnnotations says when there are more).',
    requires: CHECKS_READ,
    params: [
      param.repository,
      {
        type: 'Number',
        label: 'Check Run ID',
        name: 'checkRunId',
        required: true,
        uiComponent: { type: 'NUMERIC' },
        description: "The check run's id, e.g. from List Check Runs.",
      },
    ],
    sample: {
      ...CHECK_RUN_SAMPLE,
      annotations: [
        {
          path: 'README.md',
          start_line: 2,
          end_line: 2,
          start_column: 5,
          end_column: 10,
          annotation_level: 'warning',
          title: 'Spell Checker',
          message: "Check your spelling for 'banaas'.",
          raw_details: "Do you mean 'bananas' or 'banana'?",
          blob_href: 'https://api.github.com/repos/github/rest-api-description/git/blobs/abc',
        },
      ],
      moreAnnotations: false,
    },
    run: getCheckRun,
  }),
  rerequestCheckSuite: define.action({
    label: 'Re-request Check Suite',
    route: 'POST /rerequest-check-suite',
    category: 'Commits and Checks',
    description:
      "Asks the check suite's app to run it again (GitHub sends it a rerequested event; GitHub Actions re-runs the workflow). Returns the repository and the suite's id.",
    requires: { scope: 'repo', permission: 'Checks: write' },
    params: [
      param.repository,
      {
        type: 'Number',
        label: 'Check Suite ID',
        name: 'checkSuiteId',
        required: true,
        uiComponent: { type: 'NUMERIC' },
        description: "The check suite's id, e.g. from List Check Suites.",
      },
    ],
    sample: { repository: 'octocat/Hello-World', checkSuiteId: 5, rerequested: true },
    run: rerequestCheckSuite,
  }),
  getCiSummary: define.action({
    label: 'Get CI Summary',
    route: 'GET /get-ci-summary',
    category: 'Commits and Checks',
    description:
      'One verdict on a branch, tag, commit or pull request from its check runs and commit statuses together: failing (naming the failing checks), pending, passing, or none when nothing reported. Does not wait: poll it, or start the flow from a check trigger.',
    requires: CHECKS_READ,
    params: [
      param.repository,
      param.gitRef('The branch, tag or commit SHA to summarise. Give this or Pull Request Number.'),
      {
        ...param.pullNumber,
        required: false,
        description: "Summarise this pull request's head commit. Give this or Branch, Tag or Commit.",
      },
    ],
    sample: {
      state: 'failing',
      repository: 'octocat/Hello-World',
      ref: 'feature/login',
      sha: '6dcb09b5b57875f334f61aebed695e2e4193db5e',
      failing: [
        {
          name: 'build',
          kind: 'check run',
          result: 'failure',
          url: 'https://github.com/octocat/Hello-World/runs/4',
          summary: '2 tests failed',
        },
      ],
      pending: [],
      passing: [
        {
          name: 'continuous-integration/jenkins',
          kind: 'status',
          result: 'success',
          url: 'https://ci.example.com/1000/output',
          summary: 'Build has completed successfully',
        },
      ],
      total: 2,
      incomplete: false,
    },
    run: getCiSummary,
  }),
  getCheckNamesDictionary: define.dictionary({
    label: 'Get Check Names Dictionary',
    route: 'POST /get-check-names-dictionary',
    description:
      "Lists the names of the checks reported on the selected branch, tag or commit (the default branch's head when none is picked): value is the name, the note its app. Search filters names and apps.",
    requires: CHECKS_READ,
    params: [param.repositoryPayload],
    sample: { items: [{ label: 'build', value: 'build', note: 'GitHub Actions' }], cursor: null },
    run: (github: GitHubContext, { payload }) => getCheckNamesDictionary(github, payload),
  }),
}
