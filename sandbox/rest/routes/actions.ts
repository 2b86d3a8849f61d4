import {
  ApiError,
  DOCUMENTATION_URL,
  bodyObject,
  conflict,
  field,
  notFound,
  wrappedPage,
  requiredStringField,
  validationFailed,
  type ApiRequest,
  type Router,
} from '../http'
import type { Repository, Workflow, WorkflowRun } from '../state'
import type { Renderer } from '../render'
import { repositoryFor, type World } from '../world'

const RUN_STATUSES = [
  'completed',
  'action_required',
  'cancelled',
  'failure',
  'neutral',
  'skipped',
  'stale',
  'success',
  'timed_out',
  'in_progress',
  'queued',
  'requested',
  'waiting',
  'pending',
]

/** `created` filter of the runs list: a date, `>=date`, `<date`, or `from..to` (GitHub's search date syntax). */
function createdFilter(value: string | null): ((iso: string) => boolean) | undefined {
  if (!value) return undefined
  const range = /^(.+)\.\.(.+)$/.exec(value)
  const compare = /^(>=|<=|>|<)(.+)$/.exec(value)
  const time = (text: string): number => {
    const parsed = Date.parse(text)
    if (Number.isNaN(parsed)) throw validationFailed([{ resource: 'Query', field: 'created', code: 'invalid', value }])
    return parsed
  }
  if (range) {
    const from = range[1] === '*' ? -Infinity : time(range[1] ?? '')
    const to = range[2] === '*' ? Infinity : time(range[2] ?? '')
    return (iso) => Date.parse(iso) >= from && Date.parse(iso) <= to + (/T/.test(range[2] ?? '') ? 0 : 86_399_999)
  }
  if (compare) {
    const operator = compare[1]
    const limit = time(compare[2] ?? '')
    return (iso) => {
      const t = Date.parse(iso)
      return operator === '>=' ? t >= limit : operator === '<=' ? t <= limit : operator === '>' ? t > limit : t < limit
    }
  }
  const day = time(value)
  return (iso) => Date.parse(iso) >= day && Date.parse(iso) < day + 86_400_000
}

export function actionRoutes(router: Router, world: World): void {
  const { state, render } = world

  /** A workflow by id or by file name ("ci.yml"), as the API accepts both. */
  const workflowFor = (repo: Repository, request: ApiRequest): Workflow => {
    const key = request.params['workflow_id'] ?? ''
    const workflow = repo.workflows.find(
      (candidate) => String(candidate.id) === key || candidate.path.split('/').pop() === key || candidate.path === key,
    )
    if (!workflow) throw notFound()
    return workflow
  }

  const runFor = (repo: Repository, request: ApiRequest): WorkflowRun => {
    const run = repo.runs.find((candidate) => String(candidate.id) === request.params['run_id'])
    if (!run) throw notFound()
    return run
  }

  const listRuns = (request: ApiRequest, repo: Repository, runs: WorkflowRun[]) => {
    const branch = request.query.get('branch')
    const event = request.query.get('event')
    const actor = request.query.get('actor')
    const status = request.query.get('status')
    const headSha = request.query.get('head_sha')
    if (status && !RUN_STATUSES.includes(status))
      throw validationFailed([{ resource: 'Query', field: 'status', code: 'invalid', value: status }])
    const created = createdFilter(request.query.get('created'))
    const now = request.now
    const matching = runs.filter((run) => {
      const progress = render.runProgress(run, now)
      if (branch && run.headBranch !== branch) return false
      if (event && run.event !== event) return false
      if (actor && run.actor.toLowerCase() !== actor.toLowerCase()) return false
      if (headSha && run.headSha !== headSha) return false
      if (status && progress.status !== status && progress.conclusion !== status) return false
      if (created && !created(run.createdAt)) return false
      return true
    })
    const sorted = [...matching].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id - a.id)
    return wrappedPage(request, 'workflow_runs', sorted, (run) => render.workflowRun(repo, run, now))
  }

  /** GET /repos/{owner}/{repo}/actions/workflows: https://docs.github.com/en/rest/actions/workflows#list-repository-workflows */
  router.add('GET', '/repos/:owner/:repo/actions/workflows', (request) => {
    const repo = repositoryFor(world, request)
    return wrappedPage(request, 'workflows', repo.workflows, (workflow) => render.workflow(repo, workflow))
  })

  /** GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}: https://docs.github.com/en/rest/actions/workflows#get-a-workflow */
  router.add('GET', '/repos/:owner/:repo/actions/workflows/:workflow_id', (request) => {
    const repo = repositoryFor(world, request)
    return { status: 200, body: render.workflow(repo, workflowFor(repo, request)) }
  })

  /** POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches: https://docs.github.com/en/rest/actions/workflows#create-a-workflow-dispatch-event */
  router.add('POST', '/repos/:owner/:repo/actions/workflows/:workflow_id/dispatches', (request) => {
    const repo = repositoryFor(world, request, 'write')
    const workflow = workflowFor(repo, request)
    if (workflow.state !== 'active') throw validationFailed([], "Cannot trigger a 'workflow_dispatch' on a disabled workflow")
    const body = bodyObject(request)
    const ref = requiredStringField('WorkflowDispatch', body, 'ref').replace(/^refs\/(heads|tags)\//, '')
    const inputs = field(body, 'inputs')
    if (inputs !== undefined && inputs !== null && (typeof inputs !== 'object' || Array.isArray(inputs)))
      throw validationFailed([], "Invalid request.\n\nFor 'properties/inputs', is not an object.")
    const returnDetails = field(body, 'return_run_details')
    if (returnDetails !== undefined && typeof returnDetails !== 'boolean')
      throw validationFailed([], "Invalid request.\n\nFor 'properties/return_run_details', is not a boolean.")
    const commit = state.resolveRef(repo, ref)
    if (!commit) throw validationFailed([], `No ref found for: ${ref}`)
    const file = commit.tree.get(workflow.path)?.content.toString('utf8')
    if (file === undefined || !/workflow_dispatch/.test(file))
      throw validationFailed([], "Workflow does not have 'workflow_dispatch' trigger")
    const declared = declaredInputs(file)
    const given = Object.keys((inputs as Record<string, unknown> | null | undefined) ?? {})
    const unexpected = given.filter((name) => !declared.includes(name))
    if (unexpected.length > 0) throw validationFailed([], `Unexpected inputs provided: ${JSON.stringify(unexpected)}`)
    if (given.length > 25) throw validationFailed([], 'You can only specify up to 25 inputs.')
    const now = state.now()
    const run: WorkflowRun = {
      id: state.nextId(),
      workflowId: workflow.id,
      runNumber: repo.runs.filter((candidate) => candidate.workflowId === workflow.id).length + 1,
      event: 'workflow_dispatch',
      headBranch: ref,
      headSha: commit.sha,
      actor: request.viewer.login,
      createdAt: now,
      attemptStartedAt: new Date(request.now).toISOString(),
      attempt: 1,
      inputs: (inputs as Record<string, unknown> | null | undefined) ?? {},
      finished: false,
      outcome: workflowOutcome(file),
      cancelledAt: null,
    }
    repo.runs.push(run)
    if (returnDetails === true) {
      const rendered = render.workflowRun(repo, run, request.now)
      return { status: 200, body: { workflow_run_id: run.id, run_url: rendered.url, html_url: rendered.html_url } }
    }
    return { status: 204 }
  })

  /** The log of a job: a line per test, then the outcome (long enough that a size cap cuts it). */
  const logOf = (job: ReturnType<Renderer['job']>): string => {
    const stamp = job.started_at
    const lines = [`${stamp} ##[group]Run npm test`, `${stamp} > npm test`]
    for (let test = 1; test <= 300; test++) lines.push(`${stamp}   ✓ sandbox test ${test} of job ${job.id} passed`)
    lines.push(`${stamp} ##[endgroup]`)
    if (job.conclusion === 'failure') lines.push(`${stamp} ##[error]Process completed with exit code 1.`)
    lines.push(`${stamp} Job ${job.name} finished: ${job.conclusion ?? job.status}`)
    return `${lines.join('\n')}\n`
  }

  /** The run attempt a job (and its check run) id names: run id × 100 + attempt (Renderer.job). */
  const attemptNamed = (repo: Repository, raw: string): WorkflowRun => {
    const run = /^\d{3,15}$/.test(raw) ? repo.runs.find((candidate) => candidate.id === Math.floor(Number(raw) / 100)) : undefined
    const attempt = Number(raw) % 100
    if (!run || attempt < 1 || attempt > run.attempt) throw notFound()
    return { ...run, attempt }
  }

  /** GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs: https://docs.github.com/en/rest/actions/workflow-jobs#list-jobs-for-a-workflow-run */
  router.add('GET', '/repos/:owner/:repo/actions/runs/:run_id/jobs', (request) => {
    const repo = repositoryFor(world, request)
    const run = runFor(repo, request)
    const filter = request.query.get('filter') ?? 'latest'
    if (filter !== 'latest' && filter !== 'all')
      throw validationFailed([{ resource: 'Query', field: 'filter', code: 'invalid', value: filter }])
    const attempts = filter === 'all' ? Array.from({ length: run.attempt }, (_, index) => run.attempt - index) : [run.attempt]
    const jobs = attempts.map((attempt) => render.job(repo, { ...run, attempt }, request.now))
    return wrappedPage(request, 'jobs', jobs)
  })

  /** GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs: a 302 to the log in storage: https://docs.github.com/en/rest/actions/workflow-jobs#download-job-logs-for-a-workflow-run */
  router.add('GET', '/repos/:owner/:repo/actions/jobs/:job_id/logs', (request) => {
    const repo = repositoryFor(world, request)
    const job = render.job(repo, attemptNamed(repo, request.params['job_id'] ?? ''), request.now)
    return { status: 302, headers: { Location: world.storage.put(Buffer.from(logOf(job), 'utf8')) } }
  })

  for (const [verb, state] of [
    ['enable', 'active'],
    ['disable', 'disabled_manually'],
  ] as const) {
    /** PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable|disable: https://docs.github.com/en/rest/actions/workflows#disable-a-workflow */
    router.add('PUT', `/repos/:owner/:repo/actions/workflows/:workflow_id/${verb}`, (request) => {
      const repo = repositoryFor(world, request, 'write')
      const workflow = workflowFor(repo, request)
      workflow.state = state
      workflow.updatedAt = world.state.now()
      return { status: 204 }
    })
  }

  /** GET /repos/{owner}/{repo}/actions/runs: https://docs.github.com/en/rest/actions/workflow-runs#list-workflow-runs-for-a-repository */
  router.add('GET', '/repos/:owner/:repo/actions/runs', (request) => {
    const repo = repositoryFor(world, request)
    return listRuns(request, repo, repo.runs)
  })

  /** GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs: https://docs.github.com/en/rest/actions/workflow-runs#list-workflow-runs-for-a-workflow */
  router.add('GET', '/repos/:owner/:repo/actions/workflows/:workflow_id/runs', (request) => {
    const repo = repositoryFor(world, request)
    const workflow = workflowFor(repo, request)
    return listRuns(
      request,
      repo,
      repo.runs.filter((run) => run.workflowId === workflow.id),
    )
  })

  /** GET /repos/{owner}/{repo}/actions/runs/{run_id}: https://docs.github.com/en/rest/actions/workflow-runs#get-a-workflow-run */
  router.add('GET', '/repos/:owner/:repo/actions/runs/:run_id', (request) => {
    const repo = repositoryFor(world, request)
    return { status: 200, body: render.workflowRun(repo, runFor(repo, request), request.now) }
  })

  /** POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel: https://docs.github.com/en/rest/actions/workflow-runs#cancel-a-workflow-run */
  router.add('POST', '/repos/:owner/:repo/actions/runs/:run_id/cancel', (request) => {
    const repo = repositoryFor(world, request, 'write')
    const run = runFor(repo, request)
    if (render.runProgress(run, request.now).status === 'completed') throw conflict('Cannot cancel a workflow run that is completed.')
    run.cancelledAt = new Date(request.now).toISOString().replace(/\.\d{3}Z$/, 'Z')
    return { status: 202, body: {} }
  })

  const rerun = (request: ApiRequest, failedOnly: boolean) => {
    const repo = repositoryFor(world, request, 'write')
    return rerunOf(request, runFor(repo, request), failedOnly)
  }

  const rerunOf = (request: ApiRequest, run: WorkflowRun, failedOnly: boolean) => {
    const progress = render.runProgress(run, request.now)
    if (progress.status !== 'completed') throw conflict('This workflow run is not completed yet; it cannot be re-run.')
    if (failedOnly && progress.conclusion === 'success')
      throw new ApiError(403, {
        message: 'This workflow run has no failed jobs to re-run.',
        documentation_url: DOCUMENTATION_URL,
        status: '403',
      })
    run.pastAttempts = [
      ...(run.pastAttempts ?? []),
      { conclusion: progress.conclusion, startedAt: progress.startedAt, completedAt: progress.updatedAt },
    ]
    run.attempt += 1
    run.attemptStartedAt = new Date(request.now).toISOString()
    run.finished = false
    run.cancelledAt = null
    return { status: 201, body: {} }
  }

  /** POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun: https://docs.github.com/en/rest/actions/workflow-runs#re-run-a-workflow */
  router.add('POST', '/repos/:owner/:repo/actions/runs/:run_id/rerun', (request) => rerun(request, false))
  /** POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs: https://docs.github.com/en/rest/actions/workflow-runs#re-run-failed-jobs-from-a-workflow-run */
  router.add('POST', '/repos/:owner/:repo/actions/runs/:run_id/rerun-failed-jobs', (request) => rerun(request, true))

  // Checks: each run is a check suite made by the GitHub Actions app, its job a check run (Renderer.checkSuite/checkRun).
  // https://docs.github.com/en/rest/checks

  /** The runs on the commit a ref names (404 when it names none), oldest first. */
  const runsAt = (repo: Repository, ref: string): WorkflowRun[] => {
    const commit = state.resolveRef(repo, ref)
    if (!commit) throw notFound()
    return repo.runs.filter((run) => run.headSha === commit.sha)
  }

  /** A check run by id: its job's id. */
  const checkRunFor = (repo: Repository, request: ApiRequest): WorkflowRun => attemptNamed(repo, request.params['check_run_id'] ?? '')

  /** GET /repos/{owner}/{repo}/commits/{ref}/check-runs: the latest attempt of each run, or every attempt with filter=all. */
  router.add('GET', '/repos/:owner/:repo/commits/:ref/check-runs', (request) => {
    const repo = repositoryFor(world, request)
    const all = request.query.get('filter') === 'all'
    const name = request.query.get('check_name')
    const status = request.query.get('status')
    const checkRuns = runsAt(repo, request.params['ref'] ?? '')
      .flatMap((run) =>
        (all ? Array.from({ length: run.attempt }, (_, index) => index + 1) : [run.attempt]).map((attempt) =>
          render.checkRun(repo, { ...run, attempt }, request.now),
        ),
      )
      .filter((checkRun) => (name === null || checkRun.name === name) && (status === null || checkRun.status === status))
      .reverse()
    return wrappedPage(request, 'check_runs', checkRuns)
  })

  /** GET /repos/{owner}/{repo}/check-runs/{check_run_id} */
  router.add('GET', '/repos/:owner/:repo/check-runs/:check_run_id', (request) => {
    const repo = repositoryFor(world, request)
    return { status: 200, body: render.checkRun(repo, checkRunFor(repo, request), request.now) }
  })

  /** GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations: a failed job's exit code, else none. */
  router.add('GET', '/repos/:owner/:repo/check-runs/:check_run_id/annotations', (request) => {
    const repo = repositoryFor(world, request)
    return { status: 200, body: render.checkRunAnnotations(repo, checkRunFor(repo, request), request.now) }
  })

  /** GET /repos/{owner}/{repo}/commits/{ref}/check-suites */
  router.add('GET', '/repos/:owner/:repo/commits/:ref/check-suites', (request) => {
    const repo = repositoryFor(world, request)
    const name = request.query.get('check_name')
    const suites = runsAt(repo, request.params['ref'] ?? '')
      .filter(() => name === null || name === 'build')
      .map((run) => render.checkSuite(repo, run, request.now))
      .reverse()
    return wrappedPage(request, 'check_suites', suites)
  })

  /** POST /repos/{owner}/{repo}/check-suites/{check_suite_id}/rerequest: runs the suite's workflow run again. */
  router.add('POST', '/repos/:owner/:repo/check-suites/:check_suite_id/rerequest', (request) => {
    const repo = repositoryFor(world, request, 'write')
    const run = repo.runs.find((candidate) => String(candidate.id + 1) === request.params['check_suite_id'])
    if (!run) throw notFound()
    return rerunOf(request, run, false)
  })
}

/**
 * How a run of this workflow file ends: the sandbox runs no code, so a file whose steps run `exit N` with N ≠ 0 is
 * a failing workflow (the way to have a failing check in the sandbox), any other succeeds.
 */
export function workflowOutcome(yaml: string): 'success' | 'failure' {
  const code = yaml
    .split('\n')
    .map((line) => line.replace(/(^|\s)#.*$/, ''))
    .join('\n')
  return /\bexit\s+0*[1-9]\d*\b/.test(code) ? 'failure' : 'success'
}

/** The input names under `workflow_dispatch: inputs:` of a workflow file (indentation-based, enough for YAML written by people). */
export function declaredInputs(yaml: string): string[] {
  const lines = yaml.split('\n')
  const start = lines.findIndex((line) => /^\s*workflow_dispatch:\s*$/.test(line))
  if (start === -1) return []
  const baseIndent = (lines[start] ?? '').search(/\S/)
  const inputsLine = lines.findIndex((line, i) => i > start && /^\s*inputs:\s*$/.test(line) && line.search(/\S/) > baseIndent)
  if (inputsLine === -1) return []
  const inputsIndent = (lines[inputsLine] ?? '').search(/\S/)
  const names: string[] = []
  let nameIndent: number | undefined
  for (const line of lines.slice(inputsLine + 1)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue
    const indent = line.search(/\S/)
    if (indent <= inputsIndent) break
    nameIndent ??= indent
    const match = /^\s*([\w-]+):/.exec(line)
    if (indent === nameIndent && match?.[1]) names.push(match[1])
  }
  return names
}
