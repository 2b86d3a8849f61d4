import { escapeHtml, page } from './pages'
import { DISCUSSION_CATEGORIES, SANDBOX_USER, type Repository, type SandboxState } from './rest/state'

/**
 * Minimal web pages behind the html_url links the REST stand-in hands out (profiles, repositories, issues, pull
 * requests, files), so a link clicked in the console lands on a sandbox page instead of an error. Public content
 * only: nothing private is shown without a token, as on GitHub.
 */

export interface WebAnswer {
  status: number
  type: string
  body: string | Buffer
}

const RESERVED = new Set(['api', 'login', 'interaction', 'avatars', '_oauth', 'gist'])

export function webPage(state: SandboxState, path: string): WebAnswer | undefined {
  const parts = path.split('/').filter(Boolean).map(safeDecode)
  const [ownerName, repoName, kind, ...rest] = parts
  if (ownerName === undefined || RESERVED.has(ownerName)) return undefined
  const owner = state.account(ownerName)
  if (!owner) return undefined
  if (repoName === undefined) {
    const repos = [...state.repositories.values()].filter((repo) => repo.owner === owner && !repo.private)
    return html(
      `${owner.login}`,
      `<h1>${escapeHtml(owner.name)}</h1><p><code>${escapeHtml(owner.login)}</code> · ${owner.type}</p>
<p>${escapeHtml(owner.bio ?? owner.description ?? '')}</p>
<h2>Public repositories</h2>${list(repos.map((repo) => link(`/${owner.login}/${repo.name}`, repo.name)))}`,
    )
  }
  const repo = state.repository(owner.login, repoName)
  if (!repo || repo.private) return notFound(path)
  const number = Number(rest[0])
  if ((kind === 'issues' || kind === 'pull') && Number.isInteger(number)) return issuePage(repo, number)
  if (kind === 'discussions' && Number.isInteger(number)) return discussionPage(repo, number)
  if ((kind === 'blob' || kind === 'raw') && rest.length >= 2) {
    const commit = state.resolveRef(repo, rest[0])
    const blob = commit?.tree.get(rest.slice(1).join('/'))
    if (!blob) return notFound(path)
    if (kind === 'raw') return { status: 200, type: 'text/plain; charset=utf-8', body: blob.content }
    return html(
      `${rest.slice(1).join('/')} · ${repo.name}`,
      `<h1>${escapeHtml(rest.slice(1).join('/'))}</h1><p>at <code>${escapeHtml(rest[0] ?? '')}</code> in ${repoLink(repo)}</p><pre>${escapeHtml(blob.content.toString('utf8'))}</pre>`,
    )
  }
  return repositoryPage(state, repo, kind === undefined ? undefined : `/${parts.slice(2).join('/')}`)
}

function repositoryPage(state: SandboxState, repo: Repository, unknownPart: string | undefined): WebAnswer {
  const head = state.resolveRef(repo, undefined)
  const files = [...(head?.tree.keys() ?? [])].sort()
  const open = repo.issues.filter((issue) => issue.state === 'open')
  return html(
    `${repo.owner.login}/${repo.name}`,
    `<h1>${escapeHtml(`${repo.owner.login}/${repo.name}`)}</h1>
<p>${escapeHtml(repo.description ?? '')}</p>
${unknownPart ? `<p class="hint">GitHub would show <code>${escapeHtml(unknownPart)}</code> here; the sandbox has only this summary.</p>` : ''}
<h2>Branches</h2>${list([...repo.branches.keys()].sort().map((name) => `<code>${escapeHtml(name)}</code>${name === repo.defaultBranch ? ' (default)' : ''}`))}
<h2>Files on ${escapeHtml(repo.defaultBranch)}</h2>${list(files.map((path) => link(`/${repo.owner.login}/${repo.name}/blob/${repo.defaultBranch}/${path}`, path)))}
<h2>Open issues and pull requests</h2>${list(open.map((issue) => link(`/${repo.owner.login}/${repo.name}/${issue.pull ? 'pull' : 'issues'}/${issue.number}`, `#${issue.number} ${issue.title}`)))}
<h2>Releases</h2>${list(repo.releases.filter((release) => !release.draft).map((release) => `<code>${escapeHtml(release.tagName)}</code> ${escapeHtml(release.name ?? '')}`))}
<h2>Discussions</h2>${list(repo.discussions.map((discussion) => link(`/${repo.owner.login}/${repo.name}/discussions/${discussion.number}`, `#${discussion.number} ${discussion.title}`)))}
${discussionForm(repo)}`,
  )
}

/**
 * GitHub's "New discussion", which the REST API cannot do: posted with the sandbox user's password (the page has no
 * session), it starts the discussion and sends discussion.created (On Discussion can be tried in the console).
 */
function discussionForm(repo: Repository): string {
  const categories = DISCUSSION_CATEGORIES.map(
    (category) => `<option${category.name === 'General' ? ' selected' : ''}>${escapeHtml(category.name)}</option>`,
  ).join('')
  return `<form id="new-discussion" method="post" action="${escapeHtml(`/${repo.owner.login}/${repo.name}/discussions`)}">
<h2>Start a discussion</h2>
<label for="discussion-title">Title</label><input type="text" id="discussion-title" name="title" required maxlength="256">
<label for="discussion-body">Body</label><textarea id="discussion-body" name="body" rows="3"></textarea>
<label for="discussion-category">Category</label><select id="discussion-category" name="category">${categories}</select>
<label for="discussion-password">Password of ${escapeHtml(SANDBOX_USER.login)}</label><input type="password" id="discussion-password" name="password" required>
<button type="submit">Start discussion</button>
</form>`
}

function issuePage(repo: Repository, number: number): WebAnswer {
  const issue = repo.issues.find((candidate) => candidate.number === number)
  if (!issue) return notFound(`/${repo.owner.login}/${repo.name}/issues/${number}`)
  const labels = issue.labels
    .map((id) => repo.labels.find((label) => label.id === id)?.name)
    .filter((name): name is string => name !== undefined)
  const comments = repo.comments.filter((comment) => comment.issueNumber === number)
  const pull = issue.pull
    ? `<p><code>${escapeHtml(issue.pull.head)}</code> → <code>${escapeHtml(issue.pull.base)}</code>${issue.pull.merged ? ' · merged' : ''}</p>`
    : ''
  return html(
    `${issue.title} · #${number}`,
    `<h1>${escapeHtml(issue.title)} <span class="hint">#${number}</span></h1>
<p>${issue.pull ? 'Pull request' : 'Issue'} · <strong>${issue.state}</strong> · opened by <code>${escapeHtml(issue.user)}</code> in ${repoLink(repo)}</p>
${pull}
${labels.length ? `<p>Labels: ${labels.map((name) => `<code>${escapeHtml(name)}</code>`).join(' ')}</p>` : ''}
<pre>${escapeHtml(issue.body ?? '')}</pre>
<h2>Comments</h2>${list(comments.map((comment) => `<code>${escapeHtml(comment.user)}</code>: ${escapeHtml(comment.body)}`))}`,
  )
}

function discussionPage(repo: Repository, number: number): WebAnswer {
  const discussion = repo.discussions.find((candidate) => candidate.number === number)
  if (!discussion) return notFound(`/${repo.owner.login}/${repo.name}/discussions/${number}`)
  return html(
    `${discussion.title} · Discussion #${number}`,
    `<h1>${escapeHtml(discussion.title)} <span class="hint">#${number}</span></h1>
<p>Discussion in <strong>${escapeHtml(discussion.category)}</strong> · started by <code>${escapeHtml(discussion.user)}</code> in ${repoLink(repo)}</p>
<pre>${escapeHtml(discussion.body)}</pre>`,
  )
}

function html(title: string, body: string): WebAnswer {
  return { status: 200, type: 'text/html; charset=utf-8', body: page(title, body) }
}

function notFound(path: string): WebAnswer {
  return {
    status: 404,
    type: 'text/html; charset=utf-8',
    body: page('Not found', `<h1>Not found in the sandbox</h1><p id="error">Nothing public lives at <code>${escapeHtml(path)}</code>.</p>`),
  }
}

function list(items: string[]): string {
  return items.length ? `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>` : '<p class="hint">None.</p>'
}

function link(href: string, text: string): string {
  return `<a href="${escapeHtml(href.split('/').map(encodeURIComponent).join('/'))}">${escapeHtml(text)}</a>`
}

function repoLink(repo: Repository): string {
  return link(`/${repo.owner.login}/${repo.name}`, `${repo.owner.login}/${repo.name}`)
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}
