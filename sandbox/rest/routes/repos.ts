import {
  ApiError,
  DOCUMENTATION_URL,
  booleanParam,
  bodyObject,
  enumParam,
  invalidField,
  notFound,
  optionalBooleanField,
  optionalStringField,
  paged,
  requiredStringField,
  validationFailed,
  type ApiRequest,
  type Router,
} from '../http'
import { describeRole } from '../render'
import { ROLES, grantRole, roleOf, type Account, type Commit, type Repository } from '../state'
import { canSee, hasScope, repositoryFor, type World } from '../world'
import { GITIGNORE_TEMPLATES, LICENSES } from './templates'

const REPO_SORTS = ['created', 'updated', 'pushed', 'full_name'] as const
const DIRECTIONS = ['asc', 'desc'] as const

export function repositoryRoutes(router: Router, world: World): void {
  const { state, render } = world

  const sortRepositories = (request: ApiRequest, repos: Repository[], defaultSort: (typeof REPO_SORTS)[number]): Repository[] => {
    const sort = enumParam(request, 'sort', REPO_SORTS, defaultSort)
    const direction = enumParam(request, 'direction', DIRECTIONS, sort === 'full_name' ? 'asc' : 'desc')
    const key = (repo: Repository): string | number =>
      sort === 'full_name'
        ? `${repo.owner.login}/${repo.name}`.toLowerCase()
        : Date.parse(sort === 'created' ? repo.createdAt : sort === 'updated' ? repo.updatedAt : repo.pushedAt)
    const sorted = [...repos].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
    return direction === 'asc' ? sorted : sorted.reverse()
  }

  const visible = (request: ApiRequest): Repository[] => [...state.repositories.values()].filter((repo) => canSee(request, repo))

  /** GET /user/repos: https://docs.github.com/en/rest/repos/repos#list-repositories-for-the-authenticated-user */
  router.add('GET', '/user/repos', (request) => {
    const type = enumParam(request, 'type', ['all', 'owner', 'public', 'private', 'member'] as const)
    if (type !== undefined && (request.query.has('visibility') || request.query.has('affiliation'))) {
      throw validationFailed([], 'If you specify visibility or affiliation, you cannot specify type.')
    }
    const visibility = enumParam(request, 'visibility', ['all', 'public', 'private'] as const, 'all')
    const affiliationParam = request.query.get('affiliation') ?? 'owner,collaborator,organization_member'
    const affiliations = affiliationParam.split(',').map((value) => value.trim())
    for (const value of affiliations) {
      if (!['owner', 'collaborator', 'organization_member'].includes(value)) {
        throw validationFailed([{ resource: 'Query', field: 'affiliation', code: 'invalid', value }])
      }
    }
    const viewer = request.viewer
    const relation = (repo: Repository): string =>
      repo.owner === viewer
        ? 'owner'
        : viewer.orgs.includes(repo.owner.login)
          ? 'organization_member'
          : repo.collaborators.includes(viewer.login)
            ? 'collaborator'
            : 'none'
    const repos = visible(request).filter((repo) => {
      const related = relation(repo)
      if (related === 'none') return false
      if (type !== undefined) {
        if (type === 'owner') return related === 'owner'
        if (type === 'member') return related !== 'owner'
        if (type === 'public') return !repo.private
        if (type === 'private') return repo.private
        return true
      }
      if (visibility === 'public' && repo.private) return false
      if (visibility === 'private' && !repo.private) return false
      return affiliations.includes(related)
    })
    return paged(
      request,
      sortRepositories(request, repos, 'full_name').map((repo) => render.repository(repo)),
    )
  })

  /** GET /users/{username}/repos: https://docs.github.com/en/rest/repos/repos#list-repositories-for-a-user */
  router.add('GET', '/users/:username/repos', (request) => {
    const account = state.account(request.params['username'] ?? '')
    if (!account) throw notFound()
    const type = enumParam(request, 'type', ['all', 'owner', 'member'] as const, 'owner')
    const repos = [...state.repositories.values()].filter(
      (repo) =>
        !repo.private &&
        (type === 'owner'
          ? repo.owner === account
          : type === 'member'
            ? repo.owner !== account && repo.collaborators.includes(account.login)
            : repo.owner === account || repo.collaborators.includes(account.login)),
    )
    return paged(
      request,
      sortRepositories(request, repos, 'full_name').map((repo) => render.repository(repo)),
    )
  })

  /** GET /orgs/{org}/repos: https://docs.github.com/en/rest/repos/repos#list-organization-repositories */
  router.add('GET', '/orgs/:org/repos', (request) => {
    const org = organization(request)
    const type = enumParam(request, 'type', ['all', 'public', 'private', 'forks', 'sources', 'member'] as const, 'all')
    const repos = visible(request).filter((repo) => {
      if (repo.owner !== org) return false
      if (type === 'public') return !repo.private
      if (type === 'private') return repo.private
      if (type === 'forks') return repo.forkOf !== undefined
      if (type === 'sources') return repo.forkOf === undefined
      return true
    })
    return paged(
      request,
      sortRepositories(request, repos, 'created').map((repo) => render.repository(repo)),
    )
  })

  const organization = (request: ApiRequest): Account => {
    const org = state.account(request.params['org'] ?? '')
    if (!org || org.type !== 'Organization') throw notFound()
    return org
  }

  const createRepository = (request: ApiRequest, owner: Account) => {
    if (!hasScope(request, 'repo', 'public_repo')) throw notFound()
    const body = bodyObject(request)
    const requested = requiredStringField('Repository', body, 'name')
    // GitHub keeps ASCII letters, digits, ".", "-" and "_" and turns anything else into "-".
    const name = requested.trim().replace(/[^A-Za-z0-9._-]/g, '-')
    if (name === '.' || name === '..' || name.length > 100)
      throw invalidField('Repository', 'name', 'custom', 'name is not a valid repository name.')
    if (state.repository(owner.login, name)) throw invalidField('Repository', 'name', 'custom', 'name already exists on this account')
    const visibility = optionalStringField('Repository', body, 'visibility')
    if (visibility !== undefined && !['public', 'private', 'internal'].includes(visibility))
      throw invalidField('Repository', 'visibility', 'invalid')
    const isPrivate = optionalBooleanField('Repository', body, 'private') ?? (visibility === 'private' || visibility === 'internal')
    if (isPrivate && !hasScope(request, 'repo')) throw notFound()
    const gitignore = optionalStringField('Repository', body, 'gitignore_template')
    const gitignoreSource =
      gitignore === undefined
        ? undefined
        : GITIGNORE_TEMPLATES[Object.keys(GITIGNORE_TEMPLATES).find((key) => key.toLowerCase() === gitignore.toLowerCase()) ?? '']
    if (gitignore !== undefined && gitignoreSource === undefined) throw invalidField('Repository', 'gitignore_template', 'invalid')
    const license = optionalStringField('Repository', body, 'license_template')?.toLowerCase()
    if (license !== undefined && !LICENSES.some((candidate) => candidate.key === license))
      throw invalidField('Repository', 'license_template', 'invalid')
    const templated = gitignore !== undefined || license !== undefined
    const repo = state.addRepository(owner, name, {
      description: optionalStringField('Repository', body, 'description') ?? null,
      homepage: optionalStringField('Repository', body, 'homepage') ?? null,
      private: isPrivate,
      // A template implies an initial commit, as on GitHub.
      autoInit: (optionalBooleanField('Repository', body, 'auto_init') ?? false) || templated,
      initialFiles: {
        ...(gitignoreSource !== undefined && { '.gitignore': gitignoreSource }),
        ...(license !== undefined && {
          LICENSE: `${LICENSES.find((candidate) => candidate.key === license)?.name ?? license}\n\nSandbox license text for ${name}.\n`,
        }),
      },
      hasIssues: optionalBooleanField('Repository', body, 'has_issues') ?? true,
      hasWiki: optionalBooleanField('Repository', body, 'has_wiki') ?? true,
    })
    if (owner.type === 'Organization') grantRole(repo, request.viewer.login, 'admin')
    repo.license = license ?? null
    return { status: 201, body: render.fullRepository(repo) }
  }

  /** POST /user/repos: https://docs.github.com/en/rest/repos/repos#create-a-repository-for-the-authenticated-user */
  router.add('POST', '/user/repos', (request) => createRepository(request, request.viewer))

  /** POST /orgs/{org}/repos: https://docs.github.com/en/rest/repos/repos#create-an-organization-repository */
  router.add('POST', '/orgs/:org/repos', (request) => {
    const org = organization(request)
    if (!request.viewer.orgs.includes(org.login)) throw notFound()
    return createRepository(request, org)
  })

  /** POST /repos/{template_owner}/{template_repo}/generate: https://docs.github.com/en/rest/repos/repos#create-a-repository-using-a-template */
  router.add('POST', '/repos/:template_owner/:template_repo/generate', (request) => {
    const template = state.repository(request.params['template_owner'] ?? '', request.params['template_repo'] ?? '')
    if (!template || !canSee(request, template)) throw notFound()
    if (!template.isTemplate) throw validationFailed([], `${template.owner.login}/${template.name} is not a template repository`)
    const body = bodyObject(request)
    const name = requiredStringField('Repository', body, 'name')
    const ownerLogin = optionalStringField('Repository', body, 'owner') ?? request.viewer.login
    const owner = state.account(ownerLogin)
    if (!owner || (owner !== request.viewer && !request.viewer.orgs.includes(owner.login)))
      throw invalidField('Repository', 'owner', 'invalid')
    const isPrivate = optionalBooleanField('Repository', body, 'private') ?? false
    if (!hasScope(request, 'repo', ...(isPrivate ? [] : ['public_repo']))) throw notFound()
    if (state.repository(owner.login, name)) {
      throw validationFailed([{ resource: 'Repository', field: 'name', code: 'custom', message: 'name already exists on this account' }])
    }
    const repo = state.addRepository(owner, name, {
      description: optionalStringField('Repository', body, 'description') ?? template.description,
      private: isPrivate,
      defaultBranch: template.defaultBranch,
    })
    // The template's branches (its default one only, unless all are asked for), each as one fresh commit of its files.
    const all = optionalBooleanField('Repository', body, 'include_all_branches') ?? false
    for (const [branch, sha] of template.branches) {
      if (!all && branch !== template.defaultBranch) continue
      const files = Object.fromEntries([...(template.commits.get(sha)?.tree ?? new Map())].map(([path, blob]) => [path, blob.content]))
      state.commit(repo, undefined, branch, 'Initial commit', request.viewer.login, files)
    }
    if (owner.type === 'Organization') grantRole(repo, request.viewer.login, 'admin')
    repo.templateOf = `${template.owner.login}/${template.name}`
    return { status: 201, body: render.fullRepository(repo) }
  })

  /** GET /repos/{owner}/{repo}: https://docs.github.com/en/rest/repos/repos#get-a-repository */
  router.add('GET', '/repos/:owner/:repo', (request) => ({ status: 200, body: render.fullRepository(repositoryFor(world, request)) }))

  /** POST /repos/{owner}/{repo}/forks: https://docs.github.com/en/rest/repos/forks#create-a-fork */
  router.add('POST', '/repos/:owner/:repo/forks', (request) => {
    const source = repositoryFor(world, request)
    if (!hasScope(request, 'repo', 'public_repo')) throw notFound()
    const body = bodyObject(request)
    const orgName = optionalStringField('Fork', body, 'organization')
    const owner = orgName === undefined ? request.viewer : state.account(orgName)
    if (!owner || (owner !== request.viewer && !request.viewer.orgs.includes(owner.login)))
      throw invalidField('Fork', 'organization', 'invalid')
    let name = optionalStringField('Fork', body, 'name') ?? source.name
    if (owner === source.owner && name === source.name)
      throw validationFailed([], 'Repository cannot be forked into the same owner with the same name.')
    for (let n = 1; state.repository(owner.login, name); n += 1) name = `${source.name}-${n}`
    const fork = state.addRepository(owner, name, {
      description: source.description,
      private: source.private,
      defaultBranch: source.defaultBranch,
    })
    const defaultOnly = optionalBooleanField('Fork', body, 'default_branch_only') ?? false
    for (const [sha, commit] of source.commits) fork.commits.set(sha, commit)
    for (const [branch, sha] of source.branches) if (!defaultOnly || branch === source.defaultBranch) fork.branches.set(branch, sha)
    fork.language = source.language
    fork.forkOf = source
    if (owner.type === 'Organization') grantRole(fork, request.viewer.login, 'admin')
    return { status: 202, body: render.fullRepository(fork) }
  })

  /** GET /repos/{owner}/{repo}/branches: https://docs.github.com/en/rest/branches/branches#list-branches */
  router.add('GET', '/repos/:owner/:repo/branches', (request) => {
    const repo = repositoryFor(world, request)
    const protectedOnly = booleanParam(request, 'protected')
    const branches = [...repo.branches.entries()]
      .filter(([name]) => protectedOnly === undefined || repo.protectedBranches.has(name) === protectedOnly)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return paged(
      request,
      branches.map(([name, sha]) => render.branch(repo, name, sha)),
    )
  })

  /** GET /repos/{owner}/{repo}/commits: https://docs.github.com/en/rest/commits/commits#list-commits */
  router.add('GET', '/repos/:owner/:repo/commits', (request) => {
    const repo = repositoryFor(world, request)
    const from = request.query.get('sha') ?? undefined
    const start = state.resolveRef(repo, from || undefined)
    if (!start)
      throw new ApiError(404, {
        message: `No commit found for SHA: ${from ?? repo.defaultBranch}`,
        documentation_url: DOCUMENTATION_URL,
        status: '404',
      })
    const path = request.query.get('path')
    const author = request.query.get('author')?.toLowerCase()
    const since = request.query.get('since')
    const until = request.query.get('until')
    for (const [name, value] of [
      ['since', since],
      ['until', until],
    ] as const) {
      if (value && Number.isNaN(Date.parse(value))) throw validationFailed([{ resource: 'Query', field: name, code: 'invalid', value }])
    }
    const commits = []
    for (
      let commit: Commit | undefined = start;
      commit !== undefined;
      commit = commit.parents[0] ? repo.commits.get(commit.parents[0]) : undefined
    ) {
      const parent = commit.parents[0] ? repo.commits.get(commit.parents[0]) : undefined
      if (path && !touches(commit.tree, parent?.tree, path)) continue
      if (author && commit.author.toLowerCase() !== author) continue
      if (since && Date.parse(commit.date) < Date.parse(since)) continue
      if (until && Date.parse(commit.date) > Date.parse(until)) continue
      commits.push(commit)
    }
    return paged(
      request,
      commits.map((commit) => render.commit(repo, commit)),
    )
  })

  /** GET /repos/{owner}/{repo}/commits/{ref}: https://docs.github.com/en/rest/commits/commits#get-a-commit */
  router.add('GET', '/repos/:owner/:repo/commits/*ref', (request) => {
    const repo = repositoryFor(world, request)
    const commit = state.resolveRef(repo, request.params['ref'])
    if (!commit)
      throw new ApiError(422, {
        message: `No commit found for SHA: ${request.params['ref']}`,
        documentation_url: DOCUMENTATION_URL,
        status: '422',
      })
    return { status: 200, body: render.commitWithFiles(repo, commit) }
  })

  /** POST /repos/{owner}/{repo}/git/refs: https://docs.github.com/en/rest/git/refs#create-a-reference */
  router.add('POST', '/repos/:owner/:repo/git/refs', (request) => {
    const repo = repositoryFor(world, request, 'write')
    const body = bodyObject(request)
    const ref = requiredStringField('Reference', body, 'ref')
    const sha = requiredStringField('Reference', body, 'sha')
    const match = /^refs\/(heads|tags)\/(.+)$/.exec(ref)
    if (!ref.startsWith('refs/') || ref.split('/').length < 3 || !match) {
      throw validationFailed([], "Reference name must start with 'refs/' and have at least two slashes.")
    }
    if (!repo.commits.has(sha)) throw validationFailed([], 'Object does not exist')
    const [, kind, name = ''] = match
    const refs = kind === 'heads' ? repo.branches : repo.tags
    if (refs.has(name)) throw validationFailed([], 'Reference already exists')
    refs.set(name, sha)
    return { status: 201, body: render.gitRef(repo, ref, sha) }
  })

  /** GET /repos/{owner}/{repo}/git/ref/{ref}: https://docs.github.com/en/rest/git/refs#get-a-reference */
  router.add('GET', '/repos/:owner/:repo/git/ref/*ref', (request) => {
    const repo = repositoryFor(world, request)
    const match = /^(heads|tags)\/(.+)$/.exec(request.params['ref'] ?? '')
    const sha = match ? (match[1] === 'heads' ? repo.branches : repo.tags).get(match[2] ?? '') : undefined
    if (!match || !sha) throw notFound()
    return { status: 200, body: render.gitRef(repo, `refs/${request.params['ref']}`, sha) }
  })

  /** DELETE /repos/{owner}/{repo}/git/refs/{ref}: https://docs.github.com/en/rest/git/refs#delete-a-reference */
  router.add('DELETE', '/repos/:owner/:repo/git/refs/*ref', (request) => {
    const repo = repositoryFor(world, request, 'write')
    const match = /^(heads|tags)\/(.+)$/.exec(request.params['ref'] ?? '')
    const refs = match?.[1] === 'heads' ? repo.branches : repo.tags
    const name = match?.[2] ?? ''
    if (!match || !refs.has(name)) throw validationFailed([], 'Reference does not exist')
    if (match[1] === 'heads' && name === repo.defaultBranch) throw validationFailed([], 'Cannot delete the default branch')
    refs.delete(name)
    return { status: 204 }
  })

  /** GET /repos/{owner}/{repo}/git/blobs/{file_sha}: https://docs.github.com/en/rest/git/blobs#get-a-blob */
  router.add('GET', '/repos/:owner/:repo/git/blobs/:sha', (request) => {
    const repo = repositoryFor(world, request)
    for (const commit of repo.commits.values()) {
      for (const blob of commit.tree.values()) if (blob.sha === request.params['sha']) return { status: 200, body: render.blob(repo, blob) }
    }
    throw notFound()
  })

  /** GET /repos/{owner}/{repo}/assignees: https://docs.github.com/en/rest/issues/assignees#list-assignees */
  router.add('GET', '/repos/:owner/:repo/assignees', (request) => {
    const repo = repositoryFor(world, request)
    return paged(
      request,
      assignable(repo).map((login) => render.userByLogin(login)),
    )
  })

  /** GET /repos/{owner}/{repo}/assignees/{assignee}: https://docs.github.com/en/rest/issues/assignees#check-if-a-user-can-be-assigned */
  router.add('GET', '/repos/:owner/:repo/assignees/:assignee', (request) => {
    const repo = repositoryFor(world, request)
    const login = (request.params['assignee'] ?? '').toLowerCase()
    if (!assignable(repo).some((candidate) => candidate.toLowerCase() === login)) throw notFound()
    return { status: 204 }
  })

  /** GET /repos/{owner}/{repo}/collaborators: https://docs.github.com/en/rest/collaborators/collaborators#list-repository-collaborators */
  router.add('GET', '/repos/:owner/:repo/collaborators', (request) => {
    const repo = repositoryFor(world, request, 'write')
    // The description's enum (checked before any route) makes it one of the roles.
    const wanted = ROLES.find((role) => role === request.query.get('permission'))
    const collaborators = assignable(repo).flatMap((login) => {
      const described = describeRole(roleOf(repo, login) ?? 'push')
      if (wanted !== undefined && !described.permissions[wanted]) return []
      return [{ ...render.userByLogin(login), permissions: described.permissions, role_name: described.roleName }]
    })
    return paged(request, collaborators)
  })
}

/** Who may be assigned or asked for a review: the collaborators (an organisation's members included). */
export function assignable(repo: Repository): string[] {
  return [...new Set(repo.collaborators)].sort()
}

/** Whether a commit changed a file, or anything below a directory, at `path`. */
function touches(tree: Commit['tree'], parentTree: Commit['tree'] | undefined, path: string): boolean {
  const prefix = `${path.replace(/\/+$/, '')}/`
  const paths = new Set(
    [...tree.keys(), ...(parentTree?.keys() ?? [])].filter((candidate) => candidate === path || candidate.startsWith(prefix)),
  )
  return [...paths].some((candidate) => tree.get(candidate)?.sha !== parentTree?.get(candidate)?.sha)
}
