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
import type { Release, Repository } from '../state'
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
}
