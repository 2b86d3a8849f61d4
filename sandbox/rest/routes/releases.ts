import {
  bodyObject,
  byDate,
  invalidField,
  notFound,
  optionalBooleanField,
  optionalStringField,
  paged,
  requiredStringField,
  validationFailed,
  type Router,
} from '../http'
import { ancestorsOf, type Release, type Repository } from '../state'
import { repositoryFor, touch, type World } from '../world'

export function releaseRoutes(router: Router, world: World): void {
  const { state, render } = world

  const published = (repo: Repository): Release[] => repo.releases.filter((release) => !release.draft)

  /** POST /repos/{owner}/{repo}/releases: https://docs.github.com/en/rest/releases/releases#create-a-release */
  router.add('POST', '/repos/:owner/:repo/releases', (request) => {
    const repo = repositoryFor(world, request, 'write')
    const body = bodyObject(request)
    const tagName = requiredStringField('Release', body, 'tag_name').trim()
    if (/\s|\.\.|[~^:?*[\\]|^\/|\/$/.test(tagName)) throw invalidField('Release', 'tag_name', 'invalid')
    const target = optionalStringField('Release', body, 'target_commitish') ?? repo.defaultBranch
    const draft = optionalBooleanField('Release', body, 'draft') ?? false
    const prerelease = optionalBooleanField('Release', body, 'prerelease') ?? false
    const generateNotes = optionalBooleanField('Release', body, 'generate_release_notes') ?? false
    const makeLatest = optionalStringField('Release', body, 'make_latest')
    if (makeLatest !== undefined && !['true', 'false', 'legacy'].includes(makeLatest))
      throw invalidField('Release', 'make_latest', 'invalid')
    if (repo.releases.some((release) => release.tagName === tagName)) throw invalidField('Release', 'tag_name', 'already_exists')
    const existingTag = repo.tags.get(tagName)
    const commit = existingTag ? repo.commits.get(existingTag) : state.resolveRef(repo, target)
    if (!commit) throw validationFailed([{ resource: 'Release', field: 'target_commitish', code: 'invalid' }])
    const now = state.now()
    const name = optionalStringField('Release', body, 'name') ?? null
    const notes =
      optionalStringField('Release', body, 'body') ??
      (generateNotes ? `## What's Changed\n\n* Sandbox release notes for ${tagName}\n` : null)
    const release: Release = {
      id: state.nextId(),
      tagName,
      targetCommitish: target,
      name: name ?? (generateNotes ? tagName : null),
      body: notes,
      draft,
      prerelease,
      author: request.viewer.login,
      createdAt: now,
      publishedAt: draft ? null : now,
      assets: [],
    }
    if (!draft && !existingTag) repo.tags.set(tagName, commit.sha)
    repo.releases.push(release)
    touch(world, repo)
    const rendered = render.release(repo, release)
    return { status: 201, body: rendered, headers: { Location: rendered.url } }
  })

  /** GET /repos/{owner}/{repo}/releases: https://docs.github.com/en/rest/releases/releases#list-releases */
  router.add('GET', '/repos/:owner/:repo/releases', (request) => {
    const repo = repositoryFor(world, request)
    return paged(
      request,
      byDate(repo.releases, (release) => release.createdAt, 'desc').map((release) => render.release(repo, release)),
    )
  })

  /** GET /repos/{owner}/{repo}/releases/latest: https://docs.github.com/en/rest/releases/releases#get-the-latest-release */
  router.add('GET', '/repos/:owner/:repo/releases/latest', (request) => {
    const repo = repositoryFor(world, request)
    const latest = byDate(
      published(repo).filter((release) => !release.prerelease),
      (release) => release.publishedAt ?? release.createdAt,
      'desc',
    )[0]
    if (!latest) throw notFound()
    return { status: 200, body: render.release(repo, latest) }
  })

  /** GET /repos/{owner}/{repo}/releases/tags/{tag}: https://docs.github.com/en/rest/releases/releases#get-a-release-by-tag-name */
  router.add('GET', '/repos/:owner/:repo/releases/tags/*tag', (request) => {
    const repo = repositoryFor(world, request)
    const release = published(repo).find((candidate) => candidate.tagName === request.params['tag'])
    if (!release) throw notFound()
    return { status: 200, body: render.release(repo, release) }
  })

  /** GET /repos/{owner}/{repo}/releases/{release_id}: https://docs.github.com/en/rest/releases/releases#get-a-release */
  router.add('GET', '/repos/:owner/:repo/releases/:release_id', (request) => {
    const repo = repositoryFor(world, request)
    const release = repo.releases.find((candidate) => String(candidate.id) === request.params['release_id'])
    if (!release) throw notFound()
    return { status: 200, body: render.release(repo, release) }
  })

  const releaseFor = (repo: Repository, id: string | undefined): Release => {
    const release = repo.releases.find((candidate) => String(candidate.id) === id)
    if (!release) throw notFound()
    return release
  }

  /** PATCH /repos/{owner}/{repo}/releases/{release_id}: publishing a draft creates its tag, as on GitHub. */
  router.add('PATCH', '/repos/:owner/:repo/releases/:release_id', (request) => {
    const repo = repositoryFor(world, request, 'write')
    const release = releaseFor(repo, request.params['release_id'])
    const body = bodyObject(request)
    const tagName = optionalStringField('Release', body, 'tag_name')?.trim()
    if (tagName !== undefined && tagName !== release.tagName && repo.releases.some((other) => other.tagName === tagName)) {
      throw invalidField('Release', 'tag_name', 'already_exists')
    }
    const draft = optionalBooleanField('Release', body, 'draft')
    Object.assign(release, {
      ...(tagName !== undefined && { tagName }),
      ...(body['target_commitish'] !== undefined && { targetCommitish: optionalStringField('Release', body, 'target_commitish') }),
      ...(body['name'] !== undefined && { name: optionalStringField('Release', body, 'name') ?? null }),
      ...(body['body'] !== undefined && { body: optionalStringField('Release', body, 'body') ?? null }),
      ...(body['prerelease'] !== undefined && { prerelease: optionalBooleanField('Release', body, 'prerelease') }),
    })
    if (draft === false && release.draft) {
      const commit = repo.tags.has(release.tagName) ? undefined : state.resolveRef(repo, release.targetCommitish)
      if (commit) repo.tags.set(release.tagName, commit.sha)
      Object.assign(release, { draft: false, publishedAt: state.now() })
    } else if (draft === true) release.draft = true
    touch(world, repo)
    return { status: 200, body: render.release(repo, release) }
  })

  /** DELETE /repos/{owner}/{repo}/releases/{release_id}: the tag stays, as on GitHub. */
  router.add('DELETE', '/repos/:owner/:repo/releases/:release_id', (request) => {
    const repo = repositoryFor(world, request, 'write')
    const release = releaseFor(repo, request.params['release_id'])
    repo.releases = repo.releases.filter((candidate) => candidate !== release)
    touch(world, repo)
    return { status: 204 }
  })

  /**
   * POST /repos/{owner}/{repo}/releases/generate-notes: the pull requests merged between the previous tag (or the
   * latest release) and the target, in GitHub's format. https://docs.github.com/en/rest/releases/releases#generate-release-notes-content-for-a-release
   */
  router.add('POST', '/repos/:owner/:repo/releases/generate-notes', (request) => {
    const repo = repositoryFor(world, request, 'write')
    const body = bodyObject(request)
    const tagName = requiredStringField('Release', body, 'tag_name')
    const target = repo.tags.get(tagName) ?? state.resolveRef(repo, optionalStringField('Release', body, 'target_commitish'))?.sha
    if (target === undefined) throw validationFailed([{ resource: 'Release', field: 'target_commitish', code: 'invalid' }])
    const previousTag =
      optionalStringField('Release', body, 'previous_tag_name') ??
      byDate(published(repo), (release) => release.publishedAt ?? release.createdAt, 'desc').find((release) => release.tagName !== tagName)
        ?.tagName
    const previous = previousTag === undefined ? undefined : repo.tags.get(previousTag)
    if (previousTag !== undefined && previous === undefined)
      throw validationFailed([{ resource: 'Release', field: 'previous_tag_name', code: 'invalid' }])
    const included = ancestorsOf(repo, target)
    const before = previous === undefined ? new Set<string>() : ancestorsOf(repo, previous)
    const merged = repo.issues.filter(
      (issue) =>
        issue.pull?.merged &&
        issue.pull.mergeCommitSha &&
        included.has(issue.pull.mergeCommitSha) &&
        !before.has(issue.pull.mergeCommitSha),
    )
    const web = `${render.web}/${repo.owner.login}/${repo.name}`
    const lines = merged.map((issue) => `* ${issue.title} by @${issue.user} in ${web}/pull/${issue.number}`)
    const changelog = previousTag ? `${web}/compare/${previousTag}...${tagName}` : `${web}/commits/${tagName}`
    const notes = `## What's Changed\n${lines.length > 0 ? lines.join('\n') : '* No pull requests merged'}\n\n**Full Changelog**: ${changelog}`
    return { status: 200, body: { name: tagName, body: notes } }
  })

  /** POST <uploads>/repos/{owner}/{repo}/releases/{release_id}/assets?name=&label=: the raw bytes become an asset. */
  router.add('POST', '/repos/:owner/:repo/releases/:release_id/assets', (request) => {
    const repo = repositoryFor(world, request, 'write')
    const release = releaseFor(repo, request.params['release_id'])
    const name = request.query.get('name')?.trim()
    if (!name) throw invalidField('ReleaseAsset', 'name', 'missing_field')
    if (release.assets.some((asset) => asset.name === name)) throw invalidField('ReleaseAsset', 'name', 'already_exists')
    const content = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0)
    if (content.length === 0) throw validationFailed([], 'Bad Content-Length')
    const asset = {
      id: state.nextId(),
      name,
      label: request.query.get('label'),
      contentType: request.contentType ?? 'application/octet-stream',
      content,
      uploader: request.viewer.login,
      createdAt: state.now(),
    }
    release.assets.push(asset)
    touch(world, repo)
    return { status: 201, body: render.releaseAsset(repo, release, asset) }
  })
}
