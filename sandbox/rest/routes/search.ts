import type { components } from '@octokit/openapi-types'
import { enumParam, pageOf, validationFailed, type ApiRequest, type Router } from '../http'
import { languageOf } from '../render'
import type { Issue, Repository } from '../state'
import { canSee, type World } from '../world'

/**
 * Search over everything the viewer can see, with the common qualifiers of GitHub's search syntax
 * (https://docs.github.com/en/search-github/searching-on-github). Unknown qualifiers are treated as words.
 */

interface Query {
  words: string[]
  qualifiers: { key: string; value: string; negated: boolean }[]
}

const QUALIFIERS = new Set([
  'repo',
  'org',
  'user',
  'is',
  'type',
  'state',
  'label',
  'author',
  'assignee',
  'mentions',
  'milestone',
  'in',
  'no',
  'language',
  'topic',
  'path',
  'filename',
  'extension',
  'fork',
  'archived',
  'head',
  'base',
])

export function parseQuery(q: string): Query {
  const tokens = q.match(/-?[\w-]+:"[^"]*"|"[^"]*"|\S+/g) ?? []
  const query: Query = { words: [], qualifiers: [] }
  for (const token of tokens) {
    const match = /^(-?)([\w-]+):(.+)$/.exec(token)
    if (match && QUALIFIERS.has((match[2] ?? '').toLowerCase())) {
      query.qualifiers.push({
        key: (match[2] ?? '').toLowerCase(),
        value: (match[3] ?? '').replace(/^"|"$/g, ''),
        negated: match[1] === '-',
      })
    } else if (!/^(AND|OR|NOT)$/.test(token)) query.words.push(token.replace(/^"|"$/g, '').toLowerCase())
  }
  return query
}

function requireQuery(request: ApiRequest): Query {
  const q = request.query.get('q')
  if (q === null || q.trim() === '') throw validationFailed([{ resource: 'Search', field: 'q', code: 'missing' }])
  if (q.length > 256 + 200)
    throw validationFailed([{ resource: 'Search', field: 'q', code: 'invalid', message: 'The search is longer than 256 characters.' }])
  return parseQuery(q)
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()

/** repo:, org: and user: narrow every kind of search the same way. */
function repositoryMatches(query: Query, repo: Repository): boolean {
  return query.qualifiers.every(({ key, value, negated }) => {
    let result: boolean
    if (key === 'repo') result = same(`${repo.owner.login}/${repo.name}`, value)
    else if (key === 'org' || key === 'user') result = same(repo.owner.login, value)
    else return true
    return negated ? !result : result
  })
}

export function searchRoutes(router: Router, world: World): void {
  const { state, render } = world
  const searchable = (request: ApiRequest, query: Query) =>
    [...state.repositories.values()].filter((repo) => canSee(request, repo) && repositoryMatches(query, repo))

  const respond = <T>(request: ApiRequest, items: T[], extra: Record<string, string> = {}) => {
    const page = pageOf(request, items)
    return {
      status: 200,
      body: { total_count: items.length, incomplete_results: false, items: page.items, ...extra },
      ...(page.link !== undefined && { headers: { Link: page.link } }),
    }
  }

  const order = (request: ApiRequest) => enumParam(request, 'order', ['asc', 'desc'] as const, 'desc')

  /** GET /search/issues: https://docs.github.com/en/rest/search/search#search-issues-and-pull-requests */
  router.add('GET', '/search/issues', (request) => {
    const query = requireQuery(request)
    const sort = enumParam(request, 'sort', [
      'comments',
      'reactions',
      'reactions-+1',
      'reactions--1',
      'reactions-smile',
      'reactions-thinking_face',
      'reactions-heart',
      'reactions-tada',
      'interactions',
      'created',
      'updated',
    ] as const)
    const found: { repo: Repository; issue: Issue }[] = []
    for (const repo of searchable(request, query)) {
      for (const issue of repo.issues) if (issueMatches(query, repo, issue)) found.push({ repo, issue })
    }
    if (sort === 'created' || sort === 'updated' || sort === 'comments') {
      const key = ({ repo, issue }: { repo: Repository; issue: Issue }) =>
        sort === 'comments'
          ? repo.comments.filter((comment) => comment.issueNumber === issue.number).length
          : Date.parse(sort === 'created' ? issue.createdAt : issue.updatedAt)
      found.sort((a, b) => key(a) - key(b))
      if (order(request) === 'desc') found.reverse()
    }
    const items: components['schemas']['issue-search-result-item'][] = found.map(({ repo, issue }) => {
      const rendered = render.issue(repo, issue)
      return {
        ...rendered,
        body: rendered.body ?? undefined,
        labels: render.issueLabels(repo, issue),
        author_association: rendered.author_association ?? 'NONE',
        score: 1,
      }
    })
    return respond(request, items, { search_type: 'lexical' }) // the sandbox's search is plain qualifier matching
  })

  /** GET /search/repositories: https://docs.github.com/en/rest/search/search#search-repositories */
  router.add('GET', '/search/repositories', (request) => {
    const query = requireQuery(request)
    const sort = enumParam(request, 'sort', ['stars', 'forks', 'help-wanted-issues', 'updated'] as const)
    const repos = searchable(request, query).filter((repo) => repoMatches(query, repo))
    if (sort === 'updated') {
      repos.sort((a, b) => Date.parse(a.updatedAt) - Date.parse(b.updatedAt))
      if (order(request) === 'desc') repos.reverse()
    }
    const items: components['schemas']['repo-search-result-item'][] = repos.map((repo) => {
      const rendered = render.repository(repo)
      return {
        ...rendered,
        id: repo.id,
        owner: rendered.owner,
        created_at: repo.createdAt,
        updated_at: repo.updatedAt,
        pushed_at: repo.pushedAt,
        score: 1,
      }
    })
    return respond(request, items)
  })

  /** GET /search/code: https://docs.github.com/en/rest/search/search#search-code */
  router.add('GET', '/search/code', (request) => {
    const query = requireQuery(request)
    if (query.words.length === 0 && !query.qualifiers.some((q) => ['path', 'filename', 'extension'].includes(q.key))) {
      throw validationFailed([
        {
          resource: 'Search',
          field: 'q',
          code: 'invalid',
          message: 'Must include at least one user, organization, or repository, and a search term.',
        },
      ])
    }
    const textMatch = request.accept.includes('text-match')
    const items: components['schemas']['code-search-result-item'][] = []
    for (const repo of searchable(request, query)) {
      const commit = state.resolveRef(repo, undefined)
      if (!commit) continue
      for (const [path, blob] of commit.tree) {
        const text = blob.content.toString('utf8')
        if (!codeMatches(query, path, text)) continue
        const url = `${render.api}/repos/${repo.owner.login}/${repo.name}/contents/${path}?ref=${commit.sha}`
        const line = text.split('\n').find((candidate) => query.words.some((word) => candidate.toLowerCase().includes(word))) ?? ''
        items.push({
          name: path.split('/').pop() ?? path,
          path,
          sha: blob.sha,
          url,
          git_url: `${render.api}/repos/${repo.owner.login}/${repo.name}/git/blobs/${blob.sha}`,
          html_url: `${render.web}/${repo.owner.login}/${repo.name}/blob/${commit.sha}/${path}`,
          repository: render.minimalRepository(repo),
          score: 1,
          ...(textMatch && {
            text_matches: [{ object_url: url, object_type: 'FileContent', property: 'content', fragment: line, matches: [] }],
          }),
        })
      }
    }
    return respond(request, items)
  })
}

function issueMatches(query: Query, repo: Repository, issue: Issue): boolean {
  const labelNames = issue.labels.map((id) => repo.labels.find((label) => label.id === id)?.name ?? '')
  const milestone = repo.milestones.find((m) => m.number === issue.milestone)
  const qualifiersHold = query.qualifiers.every(({ key, value, negated }) => {
    const v = value.toLowerCase()
    let result = true
    switch (key) {
      case 'is':
      case 'type':
        if (v === 'issue') result = !issue.pull
        else if (v === 'pr' || v === 'pull-request') result = issue.pull !== undefined
        else if (v === 'open' || v === 'closed') result = issue.state === v
        else if (v === 'merged') result = issue.pull?.merged === true
        else if (v === 'unmerged') result = issue.pull !== undefined && !issue.pull.merged
        else if (v === 'locked') result = issue.locked
        else if (v === 'unlocked') result = !issue.locked
        else if (v === 'draft') result = issue.pull?.draft === true
        break
      case 'state':
        result = issue.state === v
        break
      case 'label':
        result = v.split(',').some((name) => labelNames.some((label) => same(label, name)))
        break
      case 'author':
        result = same(issue.user, v)
        break
      case 'assignee':
        result = issue.assignees.some((login) => same(login, v))
        break
      case 'mentions':
        result = (issue.body ?? '').toLowerCase().includes(`@${v}`)
        break
      case 'milestone':
        result = milestone !== undefined && same(milestone.title, value)
        break
      case 'no':
        result =
          v === 'label'
            ? issue.labels.length === 0
            : v === 'milestone'
              ? issue.milestone === null
              : v === 'assignee'
                ? issue.assignees.length === 0
                : true
        break
      case 'head':
        result = issue.pull?.head === value
        break
      case 'base':
        result = issue.pull?.base === value
        break
      default:
        return true
    }
    return negated ? !result : result
  })
  if (!qualifiersHold) return false
  return wordsFound(
    query,
    {
      title: () => [issue.title],
      body: () => [issue.body ?? ''],
      comments: () => repo.comments.filter((comment) => comment.issueNumber === issue.number).map((comment) => comment.body),
    },
    ['title', 'body'],
  )
}

function repoMatches(query: Query, repo: Repository): boolean {
  return (
    qualifiersHold(query, (v) => ({
      language: () => repo.language !== null && same(repo.language, v),
      topic: () => repo.topics.some((topic) => same(topic, v)),
      is: () => (v === 'public' ? !repo.private : v === 'private' ? repo.private : true),
      fork: () => (v === 'only' ? repo.forkOf !== undefined : v === 'true' ? true : repo.forkOf === undefined),
      archived: () => repo.archived === (v === 'true'),
    })) &&
    wordsFound(query, { name: () => [repo.name], description: () => [repo.description ?? ''], topics: () => repo.topics }, [
      'name',
      'description',
      'topics',
    ])
  )
}

function codeMatches(query: Query, path: string, text: string): boolean {
  return (
    qualifiersHold(query, (v) => ({
      language: () => same(languageOf(path) ?? '', v),
      path: () => path.toLowerCase().startsWith(v.replace(/^\//, '')),
      filename: () => same(path.split('/').pop() ?? '', v),
      extension: () => path.toLowerCase().endsWith(`.${v.replace(/^\./, '')}`),
    })) && wordsFound(query, { file: () => [text], path: () => [path] }, ['file', 'path'])
  )
}

/** Every qualifier with a test holds (a negated one must not); qualifiers without a test are ignored. */
function qualifiersHold(query: Query, testsFor: (value: string) => Record<string, () => boolean>): boolean {
  return query.qualifiers.every(({ key, value, negated }) => {
    const test = testsFor(value.toLowerCase())[key]
    if (!test) return true
    return negated ? !test() : test()
  })
}

/** Every word of the query appears in the fields `in:` names, or in the default fields when it names none. */
function wordsFound(query: Query, fields: Record<string, () => string[]>, defaults: string[]): boolean {
  const named = query.qualifiers.filter((q) => q.key === 'in').map((q) => q.value.toLowerCase())
  const haystack = (named.length === 0 ? defaults : named)
    .flatMap((name) => fields[name]?.() ?? [])
    .join('\n')
    .toLowerCase()
  return query.words.every((word) => haystack.includes(word))
}
