import {
  bodyObject,
  byDate,
  enumParam,
  field,
  invalidField,
  notFound,
  optionalStringField,
  paged,
  requiredStringField,
  validationFailed,
  ApiError,
  DOCUMENTATION_URL,
  type ApiRequest,
  type Router,
} from '../http'
import type { Issue, Label, Repository } from '../state'
import { canSee, issueFor, repositoryFor, touch, type World } from '../world'
import { assignable } from './repos'

const LOCK_REASONS = ['off-topic', 'too heated', 'resolved', 'spam']
const STATE_REASONS = ['completed', 'not_planned', 'reopened', 'duplicate'] as const

/** Issue list filters shared by the repository list and the viewer's list (GET /issues). */
function filterIssues(request: ApiRequest, repo: Repository, issues: Issue[]): Issue[] {
  const state = enumParam(request, 'state', ['open', 'closed', 'all'] as const, 'open')
  const milestone = request.query.get('milestone')
  const assignee = request.query.get('assignee')
  const creator = request.query.get('creator')
  const mentioned = request.query.get('mentioned')
  const labels = (request.query.get('labels') ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean)
  const since = request.query.get('since')
  const sinceTime = since ? Date.parse(since) : undefined
  if (since && Number.isNaN(sinceTime)) throw validationFailed([{ resource: 'Query', field: 'since', code: 'invalid', value: since }])
  const labelNames = (issue: Issue): string[] =>
    issue.labels.map((id) => repo.labels.find((label) => label.id === id)?.name.toLowerCase() ?? '').filter(Boolean)
  return issues.filter((issue) => {
    if (state !== 'all' && issue.state !== state) return false
    if (milestone === '*' && issue.milestone === null) return false
    if (milestone === 'none' && issue.milestone !== null) return false
    if (milestone && /^\d+$/.test(milestone) && issue.milestone !== Number(milestone)) return false
    if (assignee === '*' && issue.assignees.length === 0) return false
    if (assignee === 'none' && issue.assignees.length > 0) return false
    if (
      assignee &&
      assignee !== '*' &&
      assignee !== 'none' &&
      !issue.assignees.some((login) => login.toLowerCase() === assignee.toLowerCase())
    )
      return false
    if (creator && issue.user.toLowerCase() !== creator.toLowerCase()) return false
    if (mentioned && !(issue.body ?? '').toLowerCase().includes(`@${mentioned.toLowerCase()}`)) return false
    if (labels.length > 0 && !labels.every((name) => labelNames(issue).includes(name))) return false
    if (sinceTime !== undefined && Date.parse(issue.updatedAt) < sinceTime) return false
    return true
  })
}

function sortIssues(request: ApiRequest, repo: Repository, issues: Issue[]): Issue[] {
  const sort = enumParam(request, 'sort', ['created', 'updated', 'comments'] as const, 'created')
  const direction = enumParam(request, 'direction', ['asc', 'desc'] as const, 'desc')
  if (sort === 'comments') {
    const count = (issue: Issue) => repo.comments.filter((comment) => comment.issueNumber === issue.number).length
    const sorted = [...issues].sort((a, b) => count(a) - count(b))
    return direction === 'asc' ? sorted : sorted.reverse()
  }
  return byDate(issues, (issue) => (sort === 'created' ? issue.createdAt : issue.updatedAt), direction)
}

export function issueRoutes(router: Router, world: World): void {
  const { state, render } = world

  const labelByName = (repo: Repository, name: string): Label | undefined =>
    repo.labels.find((label) => label.name.toLowerCase() === name.toLowerCase())

  /** Labels named on an issue write: GitHub creates the missing ones for people with push access. */
  const ensureLabels = (repo: Repository, names: string[]): number[] =>
    [...new Set(names.map((name) => name.trim()).filter(Boolean))].map((name) => {
      const existing = labelByName(repo, name)
      if (existing) return existing.id
      const label: Label = { id: state.nextId(), name, color: 'ededed', description: null, default: false }
      repo.labels.push(label)
      return label.id
    })

  const readLabelNames = (resource: string, value: unknown): string[] => {
    const list = Array.isArray(value) ? value : typeof value === 'string' ? [value] : undefined
    if (!list) throw invalidField(resource, 'labels', 'invalid')
    return list.map((item) => {
      if (typeof item === 'string') return item
      if (typeof item === 'object' && item !== null && typeof (item as { name?: unknown }).name === 'string')
        return (item as { name: string }).name
      throw invalidField(resource, 'labels', 'invalid')
    })
  }

  const readAssignees = (repo: Repository, body: Record<string, unknown>): string[] | undefined => {
    const single = field(body, 'assignee')
    const many = field(body, 'assignees')
    if (single === undefined && many === undefined) return undefined
    const logins: string[] = []
    if (typeof single === 'string' && single !== '') logins.push(single)
    else if (single !== undefined && single !== null && single !== '') throw invalidField('Issue', 'assignee', 'invalid')
    if (many !== undefined && many !== null) {
      if (!Array.isArray(many) || many.some((item) => typeof item !== 'string')) throw invalidField('Issue', 'assignees', 'invalid')
      logins.push(...(many as string[]))
    }
    const people = assignable(repo)
    return [
      ...new Set(
        logins.map((login) => {
          const match = people.find((candidate) => candidate.toLowerCase() === login.toLowerCase())
          if (!match) throw validationFailed([{ resource: 'Issue', field: 'assignees', code: 'invalid', value: login }])
          return match
        }),
      ),
    ].slice(0, 10)
  }

  const readMilestone = (repo: Repository, body: Record<string, unknown>): number | null | undefined => {
    const value = field(body, 'milestone')
    if (value === undefined) return undefined
    if (value === null || value === '') return null
    const number = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN
    if (!repo.milestones.some((milestone) => milestone.number === number)) {
      throw validationFailed([{ resource: 'Issue', field: 'milestone', code: 'invalid', value: String(value) }])
    }
    return number
  }

  const readTitle = (body: Record<string, unknown>, required: boolean): string | undefined => {
    const value = field(body, 'title')
    if (value === undefined || value === null) {
      if (required) throw invalidField('Issue', 'title', 'missing_field')
      return undefined
    }
    if (typeof value !== 'string' && typeof value !== 'number') throw invalidField('Issue', 'title', 'invalid')
    const title = String(value)
    if (title.trim() === '') throw invalidField('Issue', 'title', 'missing_field')
    if (title.length > 256) throw invalidField('Issue', 'title', 'custom', 'title is too long (maximum is 256 characters)')
    return title
  }

  /** GET /repos/{owner}/{repo}/issues: https://docs.github.com/en/rest/issues/issues#list-repository-issues */
  router.add('GET', '/repos/:owner/:repo/issues', (request) => {
    const repo = repositoryFor(world, request)
    const issues = sortIssues(request, repo, filterIssues(request, repo, repo.issues))
    return paged(
      request,
      issues.map((issue) => render.issue(repo, issue)),
    )
  })

  /** GET /issues and GET /user/issues: https://docs.github.com/en/rest/issues/issues#list-issues-assigned-to-the-authenticated-user */
  const viewerIssues = (request: ApiRequest) => {
    const filter = enumParam(request, 'filter', ['assigned', 'created', 'mentioned', 'subscribed', 'repos', 'all'] as const, 'assigned')
    const login = request.viewer.login.toLowerCase()
    const found: { repo: Repository; issue: Issue }[] = []
    for (const repo of state.repositories.values()) {
      if (!canSee(request, repo)) continue
      for (const issue of filterIssues(request, repo, repo.issues)) {
        const mine =
          filter === 'all' || filter === 'repos' || filter === 'subscribed'
            ? true
            : filter === 'assigned'
              ? issue.assignees.some((assignee) => assignee.toLowerCase() === login)
              : filter === 'created'
                ? issue.user.toLowerCase() === login
                : (issue.body ?? '').toLowerCase().includes(`@${login}`)
        if (mine) found.push({ repo, issue })
      }
    }
    const direction = enumParam(request, 'direction', ['asc', 'desc'] as const, 'desc')
    const sorted = byDate(found, (entry) => entry.issue.createdAt, direction)
    return paged(
      request,
      sorted.map(({ repo, issue }) => ({ ...render.issue(repo, issue), repository: render.repository(repo) })),
    )
  }
  router.add('GET', '/issues', viewerIssues)
  router.add('GET', '/user/issues', viewerIssues)

  /** POST /repos/{owner}/{repo}/issues: https://docs.github.com/en/rest/issues/issues#create-an-issue */
  router.add('POST', '/repos/:owner/:repo/issues', (request) => {
    const repo = repositoryFor(world, request, 'write')
    if (!repo.hasIssues)
      throw new ApiError(410, { message: 'Issues are disabled for this repo', documentation_url: DOCUMENTATION_URL, status: '410' })
    const body = bodyObject(request)
    const title = readTitle(body, true) ?? ''
    const now = state.now()
    const labels = field(body, 'labels')
    const issue: Issue = {
      id: state.nextId(),
      number: repo.nextNumber,
      title,
      body: optionalStringField('Issue', body, 'body') ?? null,
      state: 'open',
      stateReason: null,
      user: request.viewer.login,
      labels: labels === undefined || labels === null ? [] : ensureLabels(repo, readLabelNames('Issue', labels)),
      assignees: readAssignees(repo, body) ?? [],
      milestone: readMilestone(repo, body) ?? null,
      locked: false,
      lockReason: null,
      createdAt: now,
      updatedAt: now,
      closedAt: null,
      closedBy: null,
    }
    repo.nextNumber += 1
    repo.issues.push(issue)
    touch(world, repo)
    return { status: 201, body: render.issue(repo, issue), headers: { Location: render.issue(repo, issue).url } }
  })

  /** GET /repos/{owner}/{repo}/issues/{issue_number}: https://docs.github.com/en/rest/issues/issues#get-an-issue */
  router.add('GET', '/repos/:owner/:repo/issues/:issue_number', (request) => {
    const repo = repositoryFor(world, request)
    return { status: 200, body: render.issue(repo, issueFor(repo, request)) }
  })

  /** PATCH /repos/{owner}/{repo}/issues/{issue_number}: https://docs.github.com/en/rest/issues/issues#update-an-issue */
  router.add('PATCH', '/repos/:owner/:repo/issues/:issue_number', (request) => {
    const repo = repositoryFor(world, request, 'write')
    const issue = issueFor(repo, request)
    const body = bodyObject(request)
    const title = readTitle(body, false)
    const text = field(body, 'body')
    if (text !== undefined && text !== null && typeof text !== 'string') throw invalidField('Issue', 'body', 'invalid')
    const newState = optionalStringField('Issue', body, 'state')
    if (newState !== undefined && newState !== 'open' && newState !== 'closed')
      throw validationFailed([{ resource: 'Issue', field: 'state', code: 'invalid', value: newState }])
    const reason = optionalStringField('Issue', body, 'state_reason')
    if (reason !== undefined && !(STATE_REASONS as readonly string[]).includes(reason)) {
      throw validationFailed([{ resource: 'Issue', field: 'state_reason', code: 'invalid', value: reason }])
    }
    const assignees = readAssignees(repo, body)
    const milestone = readMilestone(repo, body)
    const labels = field(body, 'labels')
    const now = touch(world, repo, issue)
    if (title !== undefined) issue.title = title
    if (text !== undefined) issue.body = text as string | null
    if (assignees !== undefined) issue.assignees = assignees
    if (milestone !== undefined) issue.milestone = milestone
    if (labels !== undefined) issue.labels = labels === null ? [] : ensureLabels(repo, readLabelNames('Issue', labels))
    if (newState === 'closed' && issue.state === 'open') {
      issue.state = 'closed'
      issue.closedAt = now
      issue.closedBy = request.viewer.login
      issue.stateReason = (reason as Issue['stateReason']) ?? 'completed'
    } else if (newState === 'open' && issue.state === 'closed') {
      if (issue.pull?.merged)
        throw validationFailed(
          [{ resource: 'Issue', field: 'state', code: 'invalid', value: 'open' }],
          'A merged pull request cannot be reopened.',
        )
      issue.state = 'open'
      issue.closedAt = null
      issue.closedBy = null
      issue.stateReason = 'reopened'
    } else if (reason !== undefined && issue.state === 'closed') {
      issue.stateReason = reason as Issue['stateReason']
    }
    return { status: 200, body: render.issue(repo, issue) }
  })

  /** PUT /repos/{owner}/{repo}/issues/{issue_number}/lock: https://docs.github.com/en/rest/issues/issues#lock-an-issue */
  router.add('PUT', '/repos/:owner/:repo/issues/:issue_number/lock', (request) => {
    const repo = repositoryFor(world, request, 'write')
    const issue = issueFor(repo, request)
    const reason = optionalStringField('Issue', bodyObject(request), 'lock_reason')
    if (reason !== undefined && !LOCK_REASONS.includes(reason))
      throw validationFailed([{ resource: 'Issue', field: 'lock_reason', code: 'invalid', value: reason }])
    issue.locked = true
    issue.lockReason = reason ?? null
    touch(world, repo, issue)
    return { status: 204 }
  })

  /** DELETE /repos/{owner}/{repo}/issues/{issue_number}/lock: https://docs.github.com/en/rest/issues/issues#unlock-an-issue */
  router.add('DELETE', '/repos/:owner/:repo/issues/:issue_number/lock', (request) => {
    const repo = repositoryFor(world, request, 'write')
    const issue = issueFor(repo, request)
    issue.locked = false
    issue.lockReason = null
    touch(world, repo, issue)
    return { status: 204 }
  })

  /** GET /repos/{owner}/{repo}/issues/{issue_number}/comments: https://docs.github.com/en/rest/issues/comments#list-issue-comments */
  router.add('GET', '/repos/:owner/:repo/issues/:issue_number/comments', (request) => {
    const repo = repositoryFor(world, request)
    const issue = issueFor(repo, request)
    const since = request.query.get('since')
    const comments = repo.comments.filter(
      (comment) => comment.issueNumber === issue.number && (!since || Date.parse(comment.updatedAt) >= Date.parse(since)),
    )
    return paged(
      request,
      byDate(comments, (comment) => comment.createdAt, 'asc').map((comment) => render.comment(repo, comment)),
    )
  })

  /** POST /repos/{owner}/{repo}/issues/{issue_number}/comments: https://docs.github.com/en/rest/issues/comments#create-an-issue-comment */
  router.add('POST', '/repos/:owner/:repo/issues/:issue_number/comments', (request) => {
    const repo = repositoryFor(world, request, 'write')
    const issue = issueFor(repo, request)
    const text = requiredStringField('IssueComment', bodyObject(request), 'body')
    if (text.length > 65536) throw invalidField('IssueComment', 'body', 'custom', 'body is too long (maximum is 65536 characters)')
    const now = touch(world, repo, issue)
    const comment = {
      id: state.nextId(),
      issueNumber: issue.number,
      user: request.viewer.login,
      body: text,
      createdAt: now,
      updatedAt: now,
    }
    repo.comments.push(comment)
    const rendered = render.comment(repo, comment)
    return { status: 201, body: rendered, headers: { Location: rendered.url } }
  })

  const commentFor = (repo: Repository, request: ApiRequest) => {
    const id = Number(request.params['comment_id'])
    const comment = repo.comments.find((candidate) => candidate.id === id)
    if (!comment) throw notFound()
    return comment
  }

  /** GET /repos/{owner}/{repo}/issues/comments/{comment_id}: https://docs.github.com/en/rest/issues/comments#get-an-issue-comment */
  router.add('GET', '/repos/:owner/:repo/issues/comments/:comment_id', (request) => {
    const repo = repositoryFor(world, request)
    return { status: 200, body: render.comment(repo, commentFor(repo, request)) }
  })

  /** PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}: https://docs.github.com/en/rest/issues/comments#update-an-issue-comment */
  router.add('PATCH', '/repos/:owner/:repo/issues/comments/:comment_id', (request) => {
    const repo = repositoryFor(world, request, 'write')
    const comment = commentFor(repo, request)
    comment.body = requiredStringField('IssueComment', bodyObject(request), 'body')
    comment.updatedAt = state.now()
    return { status: 200, body: render.comment(repo, comment) }
  })

  /** DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}: https://docs.github.com/en/rest/issues/comments#delete-an-issue-comment */
  router.add('DELETE', '/repos/:owner/:repo/issues/comments/:comment_id', (request) => {
    const repo = repositoryFor(world, request, 'write')
    const comment = commentFor(repo, request)
    repo.comments.splice(repo.comments.indexOf(comment), 1)
    return { status: 204 }
  })

  const issueLabels = (repo: Repository, issue: Issue) => ({ status: 200, body: render.issueLabels(repo, issue) })

  /** The label body of the issue-label endpoints: {labels: [...]}, a bare array, or a single name. */
  const labelsBody = (request: ApiRequest): string[] => {
    const body = request.body
    const value =
      Array.isArray(body) || typeof body === 'string'
        ? body
        : typeof body === 'object' && body !== null
          ? (body as Record<string, unknown>)['labels']
          : undefined
    if (value === undefined) throw invalidField('Label', 'labels', 'missing_field')
    return readLabelNames('Label', value)
  }

  /** GET /repos/{owner}/{repo}/issues/{issue_number}/labels: https://docs.github.com/en/rest/issues/labels#list-labels-for-an-issue */
  router.add('GET', '/repos/:owner/:repo/issues/:issue_number/labels', (request) => {
    const repo = repositoryFor(world, request)
    return paged(request, render.issueLabels(repo, issueFor(repo, request)))
  })

  /** POST /repos/{owner}/{repo}/issues/{issue_number}/labels: https://docs.github.com/en/rest/issues/labels#add-labels-to-an-issue */
  router.add('POST', '/repos/:owner/:repo/issues/:issue_number/labels', (request) => {
    const repo = repositoryFor(world, request, 'write')
    const issue = issueFor(repo, request)
    const names = labelsBody(request)
    if (names.length === 0) throw validationFailed([], 'Invalid request.\n\nNo labels were supplied.')
    issue.labels = [...new Set([...issue.labels, ...ensureLabels(repo, names)])]
    touch(world, repo, issue)
    return issueLabels(repo, issue)
  })

  /** PUT /repos/{owner}/{repo}/issues/{issue_number}/labels: https://docs.github.com/en/rest/issues/labels#set-labels-for-an-issue */
  router.add('PUT', '/repos/:owner/:repo/issues/:issue_number/labels', (request) => {
    const repo = repositoryFor(world, request, 'write')
    const issue = issueFor(repo, request)
    issue.labels = ensureLabels(repo, labelsBody(request))
    touch(world, repo, issue)
    return issueLabels(repo, issue)
  })

  /** DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels: https://docs.github.com/en/rest/issues/labels#remove-all-labels-from-an-issue */
  router.add('DELETE', '/repos/:owner/:repo/issues/:issue_number/labels', (request) => {
    const repo = repositoryFor(world, request, 'write')
    const issue = issueFor(repo, request)
    issue.labels = []
    touch(world, repo, issue)
    return { status: 204 }
  })

  /** DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}: https://docs.github.com/en/rest/issues/labels#remove-a-label-from-an-issue */
  router.add('DELETE', '/repos/:owner/:repo/issues/:issue_number/labels/:name', (request) => {
    const repo = repositoryFor(world, request, 'write')
    const issue = issueFor(repo, request)
    const label = labelByName(repo, request.params['name'] ?? '')
    if (!label || !issue.labels.includes(label.id))
      throw new ApiError(404, { message: 'Label does not exist', documentation_url: DOCUMENTATION_URL, status: '404' })
    issue.labels = issue.labels.filter((id) => id !== label.id)
    touch(world, repo, issue)
    return issueLabels(repo, issue)
  })

  /** GET /repos/{owner}/{repo}/labels: https://docs.github.com/en/rest/issues/labels#list-labels-for-a-repository */
  router.add('GET', '/repos/:owner/:repo/labels', (request) => {
    const repo = repositoryFor(world, request)
    return paged(
      request,
      repo.labels.map((label) => render.label(repo, label)),
    )
  })

  const readColor = (body: Record<string, unknown>): string | undefined => {
    const color = optionalStringField('Label', body, 'color')
    if (color !== undefined && !/^[0-9a-fA-F]{6}$/.test(color))
      throw validationFailed([{ resource: 'Label', field: 'color', code: 'invalid', value: color }])
    return color?.toLowerCase()
  }

  const readDescription = (body: Record<string, unknown>): string | undefined => {
    const description = optionalStringField('Label', body, 'description')
    if (description !== undefined && description.length > 100)
      throw invalidField('Label', 'description', 'custom', 'description is too long (maximum is 100 characters)')
    return description
  }

  /** POST /repos/{owner}/{repo}/labels: https://docs.github.com/en/rest/issues/labels#create-a-label */
  router.add('POST', '/repos/:owner/:repo/labels', (request) => {
    const repo = repositoryFor(world, request, 'write')
    const body = bodyObject(request)
    const name = requiredStringField('Label', body, 'name').trim()
    if (name.length > 50) throw invalidField('Label', 'name', 'custom', 'name is too long (maximum is 50 characters)')
    const color = readColor(body) ?? 'ededed'
    const description = readDescription(body) ?? null
    if (labelByName(repo, name)) throw invalidField('Label', 'name', 'already_exists')
    const label: Label = { id: state.nextId(), name, color, description, default: false }
    repo.labels.push(label)
    const rendered = render.label(repo, label)
    return { status: 201, body: rendered, headers: { Location: rendered.url } }
  })

  /** GET /repos/{owner}/{repo}/labels/{name}: https://docs.github.com/en/rest/issues/labels#get-a-label */
  router.add('GET', '/repos/:owner/:repo/labels/:name', (request) => {
    const repo = repositoryFor(world, request)
    const label = labelByName(repo, request.params['name'] ?? '')
    if (!label) throw notFound()
    return { status: 200, body: render.label(repo, label) }
  })

  /** PATCH /repos/{owner}/{repo}/labels/{name}: https://docs.github.com/en/rest/issues/labels#update-a-label */
  router.add('PATCH', '/repos/:owner/:repo/labels/:name', (request) => {
    const repo = repositoryFor(world, request, 'write')
    const label = labelByName(repo, request.params['name'] ?? '')
    if (!label) throw notFound()
    const body = bodyObject(request)
    const newName = optionalStringField('Label', body, 'new_name')
    const color = readColor(body)
    const description = readDescription(body)
    if (newName !== undefined && newName.toLowerCase() !== label.name.toLowerCase() && labelByName(repo, newName))
      throw invalidField('Label', 'name', 'already_exists')
    if (newName !== undefined) label.name = newName
    if (color !== undefined) label.color = color
    if (description !== undefined) label.description = description
    return { status: 200, body: render.label(repo, label) }
  })

  /** DELETE /repos/{owner}/{repo}/labels/{name}: https://docs.github.com/en/rest/issues/labels#delete-a-label */
  router.add('DELETE', '/repos/:owner/:repo/labels/:name', (request) => {
    const repo = repositoryFor(world, request, 'write')
    const label = labelByName(repo, request.params['name'] ?? '')
    if (!label) throw notFound()
    repo.labels.splice(repo.labels.indexOf(label), 1)
    for (const issue of repo.issues) issue.labels = issue.labels.filter((id) => id !== label.id)
    return { status: 204 }
  })

  /** GET /repos/{owner}/{repo}/milestones: https://docs.github.com/en/rest/issues/milestones#list-milestones */
  router.add('GET', '/repos/:owner/:repo/milestones', (request) => {
    const repo = repositoryFor(world, request)
    const wanted = enumParam(request, 'state', ['open', 'closed', 'all'] as const, 'open')
    const sort = enumParam(request, 'sort', ['due_on', 'completeness'] as const, 'due_on')
    const direction = enumParam(request, 'direction', ['asc', 'desc'] as const, 'asc')
    const rendered = repo.milestones
      .filter((milestone) => wanted === 'all' || milestone.state === wanted)
      .map((milestone) => render.milestone(repo, milestone))
    const key = (m: (typeof rendered)[number]): number =>
      sort === 'due_on'
        ? m.due_on
          ? Date.parse(m.due_on)
          : Number.MAX_SAFE_INTEGER
        : m.closed_issues / Math.max(1, m.open_issues + m.closed_issues)
    const sorted = rendered.sort((a, b) => key(a) - key(b))
    return paged(request, direction === 'asc' ? sorted : sorted.reverse())
  })

  const readMilestoneFields = (body: Record<string, unknown>) => {
    const milestoneState = optionalStringField('Milestone', body, 'state')
    if (milestoneState !== undefined && milestoneState !== 'open' && milestoneState !== 'closed') {
      throw validationFailed([{ resource: 'Milestone', field: 'state', code: 'invalid', value: milestoneState }])
    }
    const dueOn = optionalStringField('Milestone', body, 'due_on')
    if (dueOn !== undefined && Number.isNaN(Date.parse(dueOn)))
      throw validationFailed([{ resource: 'Milestone', field: 'due_on', code: 'invalid', value: dueOn }])
    return {
      state: milestoneState as 'open' | 'closed' | undefined,
      description: optionalStringField('Milestone', body, 'description'),
      dueOn: dueOn === undefined ? undefined : new Date(dueOn).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    }
  }

  /** POST /repos/{owner}/{repo}/milestones: https://docs.github.com/en/rest/issues/milestones#create-a-milestone */
  router.add('POST', '/repos/:owner/:repo/milestones', (request) => {
    const repo = repositoryFor(world, request, 'write')
    const body = bodyObject(request)
    const title = requiredStringField('Milestone', body, 'title')
    const fields = readMilestoneFields(body)
    if (repo.milestones.some((milestone) => milestone.title.toLowerCase() === title.toLowerCase()))
      throw invalidField('Milestone', 'title', 'already_exists')
    const now = state.now()
    const milestone = {
      id: state.nextId(),
      number: Math.max(0, ...repo.milestones.map((m) => m.number)) + 1,
      title,
      description: fields.description ?? null,
      state: fields.state ?? 'open',
      dueOn: fields.dueOn ?? null,
      creator: request.viewer.login,
      createdAt: now,
      updatedAt: now,
      closedAt: fields.state === 'closed' ? now : null,
    }
    repo.milestones.push(milestone)
    const rendered = render.milestone(repo, milestone)
    return { status: 201, body: rendered, headers: { Location: rendered.url } }
  })

  const milestoneFor = (repo: Repository, request: ApiRequest) => {
    const milestone = repo.milestones.find((candidate) => String(candidate.number) === request.params['milestone_number'])
    if (!milestone) throw notFound()
    return milestone
  }

  /** GET /repos/{owner}/{repo}/milestones/{milestone_number}: https://docs.github.com/en/rest/issues/milestones#get-a-milestone */
  router.add('GET', '/repos/:owner/:repo/milestones/:milestone_number', (request) => {
    const repo = repositoryFor(world, request)
    return { status: 200, body: render.milestone(repo, milestoneFor(repo, request)) }
  })

  /** PATCH /repos/{owner}/{repo}/milestones/{milestone_number}: https://docs.github.com/en/rest/issues/milestones#update-a-milestone */
  router.add('PATCH', '/repos/:owner/:repo/milestones/:milestone_number', (request) => {
    const repo = repositoryFor(world, request, 'write')
    const milestone = milestoneFor(repo, request)
    const body = bodyObject(request)
    const title = optionalStringField('Milestone', body, 'title')
    const fields = readMilestoneFields(body)
    const now = state.now()
    if (title !== undefined && title.trim() !== '') milestone.title = title
    if (fields.description !== undefined) milestone.description = fields.description
    if (fields.dueOn !== undefined) milestone.dueOn = fields.dueOn
    if (fields.state !== undefined && fields.state !== milestone.state) {
      milestone.state = fields.state
      milestone.closedAt = fields.state === 'closed' ? now : null
    }
    milestone.updatedAt = now
    return { status: 200, body: render.milestone(repo, milestone) }
  })

  /** DELETE /repos/{owner}/{repo}/milestones/{milestone_number}: https://docs.github.com/en/rest/issues/milestones#delete-a-milestone */
  router.add('DELETE', '/repos/:owner/:repo/milestones/:milestone_number', (request) => {
    const repo = repositoryFor(world, request, 'write')
    const milestone = milestoneFor(repo, request)
    repo.milestones.splice(repo.milestones.indexOf(milestone), 1)
    for (const issue of repo.issues) if (issue.milestone === milestone.number) issue.milestone = null
    return { status: 204 }
  })
}
