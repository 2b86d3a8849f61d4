import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import nock from 'nock'
import {
  createRelease,
  deleteRelease,
  generateReleaseNotes,
  getLatestRelease,
  getReleaseByTag,
  getReleasesDictionary,
  listReleases,
  updateRelease,
  uploadReleaseAsset,
} from '../../src/github/releases'
import { resolveServer } from '../../src/github/settings'
import { API, API_HEADERS, expectInvalidInput, githubContext, operationContext, UPLOADS } from '../helpers/github'
import { recordedExchange } from '../helpers/octokit-fixtures'

const REPO = 'octocat/Hello-World'
const RELEASES = '/repos/octocat/Hello-World/releases'

/** A real release as GitHub returned it (@octokit/fixtures scenario release-assets). */
const recorded = recordedExchange('release-assets', 0, 'GET', '/repos/octokit-fixture-org/release-assets/releases/tags/')
const release = recorded.response as { id: number; tag_name: string; name: string }

/** The declared defaultValues of a GitHub.ts method's @paramDefs: what the platform's form starts with. */
function formDefaults(method: string): Record<string, unknown> {
  const source = readFileSync(join(__dirname, '../../src/GitHub.ts'), 'utf8')
  const block = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*async ${method}\\(`).exec(source)?.[1] ?? ''
  const params = [...block.matchAll(/@paramDef (\{.*\})$/gm)].map(
    (match) => JSON.parse(match[1] ?? '{}') as { name: string; defaultValue?: unknown },
  )
  expect(params.length).toBeGreaterThan(0)
  return Object.fromEntries(params.filter((param) => param.defaultValue !== undefined).map((param) => [param.name, param.defaultValue]))
}

describe('createRelease', () => {
  const input = {
    repository: REPO,
    tagName: 'v1.0.0',
    targetCommitish: 'main',
    name: 'Version 1.0.0',
    body: 'Initial release',
    draft: false,
    prerelease: false,
    generateReleaseNotes: true,
    makeLatest: 'Legacy',
  }

  it('posts every field, mapping Make Latest to the API value', async () => {
    const scope = nock(API, { reqheaders: API_HEADERS })
      .post(RELEASES, {
        tag_name: 'v1.0.0',
        target_commitish: 'main',
        name: 'Version 1.0.0',
        body: 'Initial release',
        draft: false,
        prerelease: false,
        generate_release_notes: true,
        make_latest: 'legacy',
      })
      .reply(201, release)
    await expect(createRelease(githubContext(), input)).resolves.toEqual(release)
    expect(scope.isDone()).toBe(true)
  })

  it('sends only the tag when nothing else is given', async () => {
    const scope = nock(API)
      .post(RELEASES, (body: Record<string, unknown>) => JSON.stringify(body) === '{"tag_name":"v2.0.0-rc.1"}')
      .reply(201, release)
    await createRelease(githubContext(), {
      repository: REPO,
      tagName: 'v2.0.0-rc.1',
      targetCommitish: '',
      name: null,
      body: '',
      draft: undefined,
      prerelease: undefined,
      generateReleaseNotes: undefined,
      makeLatest: '',
    })
    expect(scope.isDone()).toBe(true)
  })

  it('accepts the Create Release form as it opens (its declared defaults) with Draft or Prerelease switched on', async () => {
    const defaults = formDefaults('createRelease')
    expect(defaults['makeLatest']).not.toBe('True')
    for (const toggle of ['draft', 'prerelease'] as const) {
      const scope = nock(API)
        .post(RELEASES, (body: Record<string, unknown>) => body[toggle] === true && body['make_latest'] !== 'true')
        .reply(201, release)
      await createRelease(githubContext(), { ...input, ...defaults, [toggle]: true })
      expect(scope.isDone()).toBe(true)
    }
  })

  it.each([
    ['tagName', { tagName: '' }],
    ['tagName', { tagName: 'v1..0' }],
    ['targetCommitish', { targetCommitish: 'main branch' }],
    ['makeLatest', { makeLatest: 'Maybe' }],
    ['makeLatest', { makeLatest: 'True', draft: true }],
    ['makeLatest', { makeLatest: 'true', prerelease: 'true' }],
    ['generateReleaseNotes', { generateReleaseNotes: 'sometimes' }],
  ])('rejects a bad %s before sending anything', async (parameter, change) => {
    await expectInvalidInput(() => createRelease(githubContext(), { ...input, ...change }), parameter)
  })

  it('maps 422 (tag already has a release) to validation_failed with the field', async () => {
    nock(API)
      .post(RELEASES)
      .reply(422, { message: 'Validation Failed', errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }] })
    await expect(createRelease(githubContext(), input)).rejects.toMatchObject({
      kind: 'validation_failed',
      message: expect.stringContaining('Release tag_name already_exists'),
    })
  })

  it('maps 404 to not_found with the Contents write hint', async () => {
    nock(API).post(RELEASES).reply(404, { message: 'Not Found' })
    await expect(createRelease(operationContext('createRelease'), input)).rejects.toMatchObject({
      kind: 'not_found',
      message: expect.stringContaining('GitHub App permission "Contents: write"'),
    })
  })
})

describe('getLatestRelease', () => {
  it('gets the latest release', async () => {
    const scope = nock(API, { reqheaders: API_HEADERS }).get(`${RELEASES}/latest`).reply(200, release)
    await expect(getLatestRelease(githubContext(), { repository: REPO })).resolves.toEqual(release)
    expect(scope.isDone()).toBe(true)
  })

  it('explains a 404 as "no published release"', async () => {
    nock(API).get(`${RELEASES}/latest`).reply(404, { message: 'Not Found' })
    await expect(getLatestRelease(githubContext(), { repository: REPO })).rejects.toMatchObject({
      kind: 'not_found',
      message: expect.stringMatching(/^Repository octocat\/Hello-World has no published release \(drafts and prereleases/),
    })
  })

  it('passes other failures through (401)', async () => {
    nock(API).get(`${RELEASES}/latest`).reply(401, { message: 'Bad credentials' })
    await expect(getLatestRelease(githubContext(), { repository: REPO })).rejects.toMatchObject({ kind: 'reconnect_required' })
  })

  it('rejects a bad repository before sending anything', async () => {
    await expectInvalidInput(() => getLatestRelease(githubContext(), { repository: 'octocat' }), 'repository')
  })
})

describe('listReleases', () => {
  it('returns one page and a cursor that continues it', async () => {
    const scope = nock(API, { reqheaders: API_HEADERS })
      .get(RELEASES)
      .query({ per_page: '1' })
      .reply(200, [release], { link: `<${API}${RELEASES}?per_page=1&page=2>; rel="next"` })
    const first = await listReleases(githubContext(), { repository: REPO, fetchAll: false, limit: 1, cursor: undefined })
    expect(scope.isDone()).toBe(true)
    expect(first.items).toEqual([release])
    expect(first.nextCursor).toEqual(expect.any(String))

    const next = nock(API).get(RELEASES).query({ per_page: '1', page: '2' }).reply(200, [])
    await expect(listReleases(githubContext(), { repository: REPO, fetchAll: false, limit: 1, cursor: first.nextCursor })).resolves.toEqual(
      {
        items: [],
        nextCursor: null,
      },
    )
    expect(next.isDone()).toBe(true)
  })

  it('rejects a cursor of another list', async () => {
    const foreign = Buffer.from(JSON.stringify({ p: '/repos/other/repo/releases', q: { page: '2' } })).toString('base64url')
    await expectInvalidInput(
      () => listReleases(githubContext(), { repository: REPO, fetchAll: false, limit: 1, cursor: foreign }),
      'cursor',
    )
  })
})

describe('getReleaseByTag', () => {
  it('replays the recorded exchange of @octokit/fixtures (release-assets)', async () => {
    const scope = nock(API, { reqheaders: API_HEADERS })
      .get(recorded.path)
      .reply(recorded.status, recorded.response as nock.Body)
    const result = await getReleaseByTag(githubContext(), { repository: 'octokit-fixture-org/release-assets', tag: 'v1.0.0' })
    expect(scope.isDone()).toBe(true)
    expect(result).toMatchObject({ id: 1000, tag_name: 'v1.0.0', name: 'Version 1.0.0', draft: false })
  })

  it('encodes a tag with a slash as one path segment', async () => {
    const scope = nock(API).get(`${RELEASES}/tags/release%2F2024.1`).reply(200, release)
    await getReleaseByTag(githubContext(), { repository: REPO, tag: 'release/2024.1' })
    expect(scope.isDone()).toBe(true)
  })

  it('maps 404 to not_found naming the tag', async () => {
    nock(API).get(`${RELEASES}/tags/v9`).reply(404, { message: 'Not Found' })
    await expect(getReleaseByTag(githubContext(), { repository: REPO, tag: 'v9' })).rejects.toMatchObject({
      kind: 'not_found',
      message: expect.stringContaining('The published release for tag "v9" in octocat/Hello-World was not found'),
    })
  })

  it('rejects a missing tag before sending anything', async () => {
    await expectInvalidInput(() => getReleaseByTag(githubContext(), { repository: REPO, tag: ' ' }), 'tag')
  })
})

describe('release administration', () => {
  const update = {
    repository: 'octocat/Hello-World',
    release: 1,
    tagName: undefined,
    name: undefined,
    body: undefined,
    draft: undefined,
    prerelease: undefined,
    makeLatest: undefined,
  }

  it('publishes a draft and makes it latest, sending only what changes', async () => {
    const scope = nock(API).patch(`${RELEASES}/1`, { draft: false, make_latest: 'true' }).reply(200, { id: 1, draft: false })
    await expect(updateRelease(githubContext(), { ...update, draft: false, makeLatest: 'True' })).resolves.toMatchObject({ draft: false })
    expect(scope.isDone()).toBe(true)
    await expectInvalidInput(updateRelease(githubContext(), update), 'name')
    await expectInvalidInput(updateRelease(githubContext(), { ...update, prerelease: true, makeLatest: 'True' }), 'makeLatest')
  })

  it('deletes a release and says which', async () => {
    nock(API).delete(`${RELEASES}/1`).reply(204)
    await expect(deleteRelease(githubContext(), { repository: 'octocat/Hello-World', release: '1' })).resolves.toEqual({
      repository: 'octocat/Hello-World',
      release: 1,
      deleted: true,
    })
  })

  const asset = {
    repository: 'octocat/Hello-World',
    release: 1,
    fileName: 'notes.txt',
    content: 'hello',
    contentIsBase64: undefined,
    contentType: undefined,
    label: undefined,
  }

  it('uploads text to the uploads host (not the API) with its media type and name', async () => {
    const scope = nock(UPLOADS, { reqheaders: { 'content-type': 'text/plain; charset=utf-8', authorization: /^Bearer / } })
      .post(`${RELEASES}/1/assets`, 'hello')
      .query({ name: 'notes.txt', label: 'Notes' })
      .reply(201, { id: 5, name: 'notes.txt' })
    await expect(uploadReleaseAsset(githubContext(), { ...asset, label: 'Notes' })).resolves.toMatchObject({ id: 5 })
    expect(scope.isDone()).toBe(true)
  })

  it('uploads base64 as the bytes it encodes', async () => {
    const bytes = Buffer.from([0, 1, 2, 255])
    const scope = nock(UPLOADS, { reqheaders: { 'content-type': 'application/zip' } })
      .post(`${RELEASES}/1/assets`, (body: string) => Buffer.from(body, 'hex').equals(bytes) || body === bytes.toString('binary'))
      .query(true)
      .reply(201, { id: 6 })
    await uploadReleaseAsset(githubContext(), {
      ...asset,
      content: bytes.toString('base64'),
      contentIsBase64: true,
      contentType: 'application/zip',
    })
    expect(scope.isDone()).toBe(true)
  })

  it('uploads to <server>/api/uploads on Enterprise Server', async () => {
    const scope = nock('https://ghe.example.com')
      .post('/api/uploads/repos/octocat/Hello-World/releases/1/assets')
      .query(true)
      .reply(201, { id: 7 })
    await uploadReleaseAsset(githubContext({ server: resolveServer('https://ghe.example.com') }), asset)
    expect(scope.isDone()).toBe(true)
  })

  it('refuses a path as file name, bad base64, a bad media type and empty content before any request', async () => {
    await expectInvalidInput(uploadReleaseAsset(githubContext(), { ...asset, fileName: '../x.txt' }), 'fileName')
    await expectInvalidInput(uploadReleaseAsset(githubContext(), { ...asset, content: 'not base64!', contentIsBase64: true }), 'content')
    await expectInvalidInput(uploadReleaseAsset(githubContext(), { ...asset, contentType: 'zip' }), 'contentType')
    await expectInvalidInput(uploadReleaseAsset(githubContext(), { ...asset, content: '  ' }), 'content')
  })

  it('generates notes after the previous tag, and offers releases drafts included', async () => {
    const scope = nock(API)
      .post(`${RELEASES}/generate-notes`, { tag_name: 'v1.1.0', previous_tag_name: 'v1.0.0' })
      .reply(200, { name: 'v1.1.0', body: '## What changed' })
    await expect(
      generateReleaseNotes(githubContext(), {
        repository: 'octocat/Hello-World',
        tagName: 'v1.1.0',
        targetCommitish: undefined,
        previousTagName: 'v1.0.0',
      }),
    ).resolves.toEqual({ name: 'v1.1.0', body: '## What changed' })
    expect(scope.isDone()).toBe(true)
    nock(API)
      .get(RELEASES)
      .query(true)
      .reply(200, [
        { id: 2, name: null, tag_name: 'v1.1.0', draft: true, prerelease: false, published_at: null },
        { id: 1, name: 'First', tag_name: 'v1.0.0', draft: false, prerelease: false, published_at: '2026-01-02T00:00:00Z' },
      ])
    await expect(getReleasesDictionary(githubContext(), { criteria: { repository: 'octocat/Hello-World' } })).resolves.toEqual({
      items: [
        { label: 'v1.1.0', value: 2, note: 'draft' },
        { label: 'First (v1.0.0)', value: 1, note: '2026-01-02' },
      ],
      cursor: null,
    })
  })
})
