import nock from 'nock'
import { createOrUpdateFile, deleteFile, getFileContent, listDirectoryContents, MAX_FILE_BYTES } from '../../src/github/contents'
import { API, API_HEADERS, expectAllRequestsMade, githubContext, operationContext } from '../helpers/github'
import { recordedExchanges } from '../helpers/octokit-fixtures'

const REPO = '/repos/octocat/Hello-World'
const SHA = '3d21ec53a331a6f037a91c368710b99387d012c1'

/** GitHub wraps base64 content at 60 characters with "\n". */
function githubBase64(bytes: Buffer): string {
  return (
    bytes
      .toString('base64')
      .match(/.{1,60}/g)
      ?.join('\n') ?? ''
  )
}

function fileEntry(path: string, bytes: Buffer, extra: Record<string, unknown> = {}) {
  const name = path.split('/').pop()
  return {
    type: 'file',
    encoding: 'base64',
    size: bytes.length,
    name,
    path,
    content: githubBase64(bytes),
    sha: SHA,
    url: `${API}${REPO}/contents/${path}?ref=main`,
    git_url: `${API}${REPO}/git/blobs/${SHA}`,
    html_url: `https://github.com/octocat/Hello-World/blob/main/${path}`,
    download_url: `https://raw.githubusercontent.com/octocat/Hello-World/main/${path}?token=GHSAT0AAAAASECRETTOKEN`,
    _links: { self: `${API}${REPO}/contents/${path}`, git: null, html: null },
    ...extra,
  }
}

function fileCommit(path: string) {
  return {
    content: {
      name: path.split('/').pop(),
      path,
      sha: '95b966ae1c166bd92f8ae7d1c313e738c731dfc3',
      size: 12,
      type: 'file',
      download_url: `https://raw.githubusercontent.com/octocat/Hello-World/main/${path}?token=GHSAT0AAAAASECRETTOKEN`,
    },
    commit: {
      sha: '7638417db6d59f3c431d3e1f261cc637155684cd',
      message: 'Update',
      html_url: 'https://github.com/octocat/Hello-World/commit/7638417',
    },
  }
}

const BAD_PATHS: [string, unknown][] = [
  ['missing', undefined],
  ['empty', ''],
  ['a parent segment', '../secrets.txt'],
  ['a parent segment in the middle', 'docs/../../etc/passwd'],
  ['a dot segment', 'docs/./README.md'],
  ['an empty segment', 'docs//README.md'],
  ['a trailing slash', 'docs/'],
  ['a backslash', 'docs\\README.md'],
  ['a NUL byte', 'docs/README.md\0.png'],
  ['too long', `docs/${'a'.repeat(1100)}`],
  ['an object', { path: 'README.md' }],
]

describe('getFileContent', () => {
  afterEach(expectAllRequestsMade)

  it('returns the decoded text with sha, size, path and URLs, and no download token', async () => {
    const text = '# Hello World\n\nÜnïcødé text ✓ — and a long line: ' + 'x'.repeat(120) + '\n'
    const bytes = Buffer.from(text, 'utf8')
    const scope = nock(API, { reqheaders: API_HEADERS })
      .get(`${REPO}/contents/docs/README.md`)
      .query({ ref: 'main' })
      .reply(200, fileEntry('docs/README.md', bytes))
    await expect(
      getFileContent(githubContext(), { repository: 'octocat/Hello-World', path: 'docs/README.md', ref: 'main' }),
    ).resolves.toEqual({
      type: 'file',
      name: 'README.md',
      path: 'docs/README.md',
      sha: SHA,
      size: bytes.length,
      encoding: 'utf-8',
      isBinary: false,
      content: text,
      html_url: 'https://github.com/octocat/Hello-World/blob/main/docs/README.md',
      download_url: 'https://raw.githubusercontent.com/octocat/Hello-World/main/docs/README.md',
    })
    expect(scope.isDone()).toBe(true)
  })

  it('encodes each path segment but keeps the slashes, strips a leading slash and reads the default branch without ref', async () => {
    nock(API)
      .get(`${REPO}/contents/my%20docs/read%23me%3F.md`)
      .reply(200, fileEntry('my docs/read#me?.md', Buffer.from('hi')))
    await expect(
      getFileContent(githubContext(), { repository: 'octocat/Hello-World', path: '/my docs/read#me?.md', ref: '' }),
    ).resolves.toMatchObject({
      content: 'hi',
    })
  })

  it('returns a binary file (containing NUL) as base64 with isBinary', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])
    nock(API).get(`${REPO}/contents/logo.png`).reply(200, fileEntry('logo.png', png))
    await expect(
      getFileContent(githubContext(), { repository: 'octocat/Hello-World', path: 'logo.png', ref: undefined }),
    ).resolves.toMatchObject({
      encoding: 'base64',
      isBinary: true,
      content: png.toString('base64'),
      size: 12,
    })
  })

  it('treats valid UTF-8 that contains NUL bytes as binary', async () => {
    const withNul = Buffer.from('SQLite format 3\0\0\0', 'utf8')
    nock(API).get(`${REPO}/contents/app.db`).reply(200, fileEntry('app.db', withNul))
    await expect(
      getFileContent(githubContext(), { repository: 'octocat/Hello-World', path: 'app.db', ref: undefined }),
    ).resolves.toMatchObject({
      encoding: 'base64',
      isBinary: true,
      content: withNul.toString('base64'),
    })
  })

  it('returns text that is not valid UTF-8 (Latin-1) as base64 too', async () => {
    const latin1 = Buffer.from('caf\xe9', 'latin1')
    nock(API).get(`${REPO}/contents/menu.txt`).reply(200, fileEntry('menu.txt', latin1))
    await expect(
      getFileContent(githubContext(), { repository: 'octocat/Hello-World', path: 'menu.txt', ref: undefined }),
    ).resolves.toMatchObject({
      encoding: 'base64',
      isBinary: true,
      content: latin1.toString('base64'),
    })
  })

  it('returns an empty file as empty text', async () => {
    nock(API)
      .get(`${REPO}/contents/.gitkeep`)
      .reply(200, fileEntry('.gitkeep', Buffer.alloc(0), { content: '' }))
    await expect(
      getFileContent(githubContext(), { repository: 'octocat/Hello-World', path: '.gitkeep', ref: undefined }),
    ).resolves.toMatchObject({
      content: '',
      isBinary: false,
      size: 0,
    })
  })

  it('reads a file over 1 MB through the blob API', async () => {
    const big = Buffer.from('line of text\n'.repeat(100_000), 'utf8')
    const scope = nock(API, { reqheaders: API_HEADERS })
      .get(`${REPO}/contents/data/big.csv`)
      .reply(200, fileEntry('data/big.csv', big, { encoding: 'none', content: '' }))
      .get(`${REPO}/git/blobs/${SHA}`)
      .reply(200, {
        sha: SHA,
        size: big.length,
        encoding: 'base64',
        content: githubBase64(big),
        url: `${API}${REPO}/git/blobs/${SHA}`,
        node_id: 'B_1',
      })
    const result = await getFileContent(githubContext(), { repository: 'octocat/Hello-World', path: 'data/big.csv', ref: undefined })
    expect(result.content).toBe(big.toString('utf8'))
    expect(result.size).toBe(big.length)
    expect(scope.isDone()).toBe(true)
  })

  it('refuses a file over 5 MB with what to do instead, without downloading it', async () => {
    nock(API)
      .get(`${REPO}/contents/video.mp4`)
      .reply(200, fileEntry('video.mp4', Buffer.alloc(0), { encoding: 'none', content: '', size: 30 * 1024 * 1024 }))
    await expect(
      getFileContent(githubContext(), { repository: 'octocat/Hello-World', path: 'video.mp4', ref: undefined }),
    ).rejects.toMatchObject({
      kind: 'invalid_input',
      parameter: 'path',
      message: expect.stringMatching(/30\.0 MB.*up to 5\.0 MB.*github\.com/s),
    })
  })

  it('says clearly when the path is a directory', async () => {
    nock(API)
      .get(`${REPO}/contents/docs`)
      .reply(200, [fileEntry('docs/a.md', Buffer.from('a'))])
    await expect(
      getFileContent(githubContext(), { repository: 'octocat/Hello-World', path: 'docs', ref: undefined }),
    ).rejects.toMatchObject({
      kind: 'invalid_input',
      parameter: 'path',
      message: expect.stringContaining('"docs" is a directory in octocat/Hello-World, not a file'),
    })
  })

  it('says clearly when the path is a symbolic link or a submodule', async () => {
    nock(API)
      .get(`${REPO}/contents/link`)
      .reply(200, { type: 'symlink', target: '../outside', name: 'link', path: 'link', sha: SHA, size: 10 })
    await expect(
      getFileContent(githubContext(), { repository: 'octocat/Hello-World', path: 'link', ref: undefined }),
    ).rejects.toMatchObject({
      parameter: 'path',
      message: expect.stringContaining('symbolic link to "../outside"'),
    })
    nock(API).get(`${REPO}/contents/vendor/lib`).reply(200, { type: 'submodule', name: 'lib', path: 'vendor/lib', sha: SHA, size: 0 })
    await expect(
      getFileContent(githubContext(), { repository: 'octocat/Hello-World', path: 'vendor/lib', ref: undefined }),
    ).rejects.toMatchObject({
      parameter: 'path',
      message: expect.stringContaining('submodule'),
    })
  })

  it('maps 404 to not_found with the Contents hint', async () => {
    nock(API).get(`${REPO}/contents/missing.md`).query({ ref: 'dev' }).reply(404, { message: 'Not Found' })
    await expect(
      getFileContent(operationContext('getFileContent'), { repository: 'octocat/Hello-World', path: 'missing.md', ref: 'dev' }),
    ).rejects.toMatchObject({
      kind: 'not_found',
      message: expect.stringMatching(/"missing\.md" in octocat\/Hello-World at "dev" was not found.*"Contents: read"/s),
    })
  })

  it.each(BAD_PATHS)('rejects a path that is %s before any request', async (_case, path) => {
    await expect(
      getFileContent(operationContext('getFileContent'), { repository: 'octocat/Hello-World', path, ref: undefined }),
    ).rejects.toMatchObject({
      kind: 'invalid_input',
      parameter: 'path',
    })
  })

  it.each([
    ['ref', { ref: 'main..dev' }],
    ['ref', { ref: 'feature branch' }],
    ['repository', { repository: 'octocat/../Hello-World' }],
  ])('rejects a bad %s before any request', async (parameter, values) => {
    await expect(
      getFileContent(operationContext('getFileContent'), {
        repository: 'octocat/Hello-World',
        path: 'README.md',
        ref: undefined,
        ...values,
      }),
    ).rejects.toMatchObject({
      kind: 'invalid_input',
      parameter,
    })
  })
})

describe('listDirectoryContents', () => {
  afterEach(expectAllRequestsMade)

  it('lists the top level GitHub recorded (fixture get-content)', async () => {
    const [exchange] = recordedExchanges('get-content')
    if (!exchange) throw new Error('fixture missing')
    const scope = nock(API, { reqheaders: API_HEADERS })
      .get(exchange.path)
      .reply(exchange.status, exchange.response as nock.Body)
    await expect(
      listDirectoryContents(githubContext(), { repository: 'octokit-fixture-org/hello-world', path: '', ref: undefined }),
    ).resolves.toEqual({
      items: [
        {
          type: 'file',
          name: 'README.md',
          path: 'README.md',
          sha: '93a078d1c3f76aa1ca11def8f882a06df1d4a01b',
          size: 13,
          html_url: 'https://github.com/octokit-fixture-org/hello-world/blob/master/README.md',
          download_url: 'https://raw.githubusercontent.com/octokit-fixture-org/hello-world/master/README.md',
        },
      ],
    })
    expect(scope.isDone()).toBe(true)
  })

  it('lists a sub-directory at a ref, accepting a trailing slash, without download tokens', async () => {
    nock(API)
      .get(`${REPO}/contents/docs/guides`)
      .query({ ref: 'v2' })
      .reply(200, [
        fileEntry('docs/guides/a.md', Buffer.from('a')),
        { ...fileEntry('docs/guides/img', Buffer.alloc(0)), type: 'dir', download_url: null },
      ])
    const result = await listDirectoryContents(githubContext(), { repository: 'octocat/Hello-World', path: 'docs/guides/', ref: 'v2' })
    expect(result.items.map((item) => [item.type, item.path, item.download_url])).toEqual([
      ['file', 'docs/guides/a.md', 'https://raw.githubusercontent.com/octocat/Hello-World/main/docs/guides/a.md'],
      ['dir', 'docs/guides/img', null],
    ])
  })

  it('says to use Get File Content when the path is a file', async () => {
    nock(API)
      .get(`${REPO}/contents/README.md`)
      .reply(200, fileEntry('README.md', Buffer.from('x')))
    await expect(
      listDirectoryContents(githubContext(), { repository: 'octocat/Hello-World', path: 'README.md', ref: undefined }),
    ).rejects.toMatchObject({
      kind: 'invalid_input',
      parameter: 'path',
      message: expect.stringContaining('Get File Content'),
    })
  })

  it('rejects a traversal before any request', async () => {
    await expect(
      listDirectoryContents(githubContext(), { repository: 'octocat/Hello-World', path: '../..', ref: undefined }),
    ).rejects.toMatchObject({
      kind: 'invalid_input',
      parameter: 'path',
    })
  })
})

describe('createOrUpdateFile', () => {
  afterEach(expectAllRequestsMade)

  const base = {
    repository: 'octocat/Hello-World',
    path: 'docs/README.md',
    content: 'Hello',
    message: 'Update README',
    branch: undefined,
    contentIsBase64: undefined,
    committerName: undefined,
    committerEmail: undefined,
  }

  it('creates a new file when GitHub has none (404), without a sha (fixture create-file)', async () => {
    const [exchange] = recordedExchanges('create-file')
    if (!exchange) throw new Error('fixture missing')
    const scope = nock(API, { reqheaders: API_HEADERS })
      .get('/repos/octokit-fixture-org/create-file/contents/test.txt')
      .reply(404, { message: 'Not Found' })
      .put(exchange.path, exchange.body as nock.RequestBodyMatcher)
      .reply(exchange.status, exchange.response as nock.Body)
    const result = await createOrUpdateFile(githubContext(), {
      ...base,
      repository: 'octokit-fixture-org/create-file',
      path: 'test.txt',
      content: 'Test content',
      message: 'create test.txt',
    })
    const response = exchange.response as { content: unknown; commit: unknown }
    expect(result).toEqual({ created: true, content: response.content, commit: response.commit })
    expect(scope.isDone()).toBe(true)
  })

  it('replaces an existing file on a branch with its current sha and the committer', async () => {
    const scope = nock(API, { reqheaders: API_HEADERS })
      .get(`${REPO}/contents/docs/README.md`)
      .query({ ref: 'feature/docs' })
      .reply(200, fileEntry('docs/README.md', Buffer.from('old')))
      .put(`${REPO}/contents/docs/README.md`, {
        message: 'Update README',
        content: Buffer.from('Grüße ✓\n', 'utf8').toString('base64'),
        sha: SHA,
        branch: 'feature/docs',
        committer: { name: 'Monalisa Octocat', email: 'monalisa@example.com' },
      })
      .reply(200, fileCommit('docs/README.md'))
    const result = await createOrUpdateFile(githubContext(), {
      ...base,
      content: 'Grüße ✓\n',
      branch: 'feature/docs',
      committerName: 'Monalisa Octocat',
      committerEmail: 'monalisa@example.com',
    })
    expect(result.created).toBe(false)
    expect(result.commit).toEqual(fileCommit('docs/README.md').commit)
    expect(result.content?.download_url).toBe('https://raw.githubusercontent.com/octocat/Hello-World/main/docs/README.md')
    expect(JSON.stringify(result)).not.toContain('token')
    expect(scope.isDone()).toBe(true)
  })

  it('writes base64 content as given when Content Is Base64 is on, and an empty text as an empty file', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]).toString('base64')
    nock(API)
      .get(`${REPO}/contents/logo.png`)
      .reply(404, { message: 'Not Found' })
      .put(`${REPO}/contents/logo.png`, { message: 'Add logo', content: png })
      .reply(201, fileCommit('logo.png'))
    await expect(
      createOrUpdateFile(githubContext(), {
        ...base,
        path: 'logo.png',
        content: `${png.slice(0, 4)}\n${png.slice(4)}`,
        message: 'Add logo',
        contentIsBase64: true,
      }),
    ).resolves.toMatchObject({ created: true })

    nock(API)
      .get(`${REPO}/contents/.gitkeep`)
      .reply(404, { message: 'Not Found' })
      .put(`${REPO}/contents/.gitkeep`, { message: 'Keep', content: '' })
      .reply(201, fileCommit('.gitkeep'))
    await expect(createOrUpdateFile(githubContext(), { ...base, path: '.gitkeep', content: '', message: 'Keep' })).resolves.toMatchObject({
      created: true,
    })
  })

  it('turns a sha mismatch (409) into a conflict that says to run again', async () => {
    nock(API)
      .get(`${REPO}/contents/docs/README.md`)
      .reply(200, fileEntry('docs/README.md', Buffer.from('old')))
      .put(`${REPO}/contents/docs/README.md`)
      .reply(409, { message: `docs/README.md does not match ${SHA}` })
    await expect(createOrUpdateFile(githubContext(), base)).rejects.toMatchObject({
      kind: 'conflict',
      message: expect.stringMatching(/changed while this action was writing it.*Run the action again/s),
    })
  })

  it('turns "sha wasn\'t supplied" (422: the file appeared meanwhile) into the same conflict', async () => {
    nock(API)
      .get(`${REPO}/contents/docs/README.md`)
      .reply(404, { message: 'Not Found' })
      .put(`${REPO}/contents/docs/README.md`)
      .reply(422, { message: 'Invalid request.\n\n"sha" wasn\'t supplied.' })
    await expect(createOrUpdateFile(githubContext(), base)).rejects.toMatchObject({
      kind: 'conflict',
      message: expect.stringContaining('SHA no longer matches'),
    })
  })

  it('keeps other conflicts (a repository rule) as GitHub said them', async () => {
    nock(API)
      .get(`${REPO}/contents/docs/README.md`)
      .reply(404, { message: 'Not Found' })
      .put(`${REPO}/contents/docs/README.md`)
      .reply(409, { message: 'Repository rule violations found' })
    await expect(createOrUpdateFile(githubContext(), base)).rejects.toMatchObject({
      kind: 'conflict',
      message: expect.stringContaining('Repository rule violations found'),
    })
  })

  it('maps 422 field errors to validation_failed listing them', async () => {
    nock(API)
      .get(`${REPO}/contents/docs/README.md`)
      .reply(404, { message: 'Not Found' })
      .put(`${REPO}/contents/docs/README.md`)
      .reply(422, { message: 'Invalid request.', errors: [{ field: 'committer', message: 'email is not valid' }] })
    await expect(createOrUpdateFile(githubContext(), base)).rejects.toMatchObject({
      kind: 'validation_failed',
      message: expect.stringContaining('committer: email is not valid'),
    })
  })

  it('stops at the lookup when the token may not read the repository (403), writing nothing', async () => {
    nock(API).get(`${REPO}/contents/docs/README.md`).reply(403, { message: 'Resource not accessible by integration' })
    await expect(createOrUpdateFile(githubContext(), base)).rejects.toMatchObject({ kind: 'forbidden' })
  })

  it('refuses to overwrite a directory', async () => {
    nock(API).get(`${REPO}/contents/docs`).reply(200, [])
    await expect(createOrUpdateFile(githubContext(), { ...base, path: 'docs' })).rejects.toMatchObject({
      kind: 'invalid_input',
      parameter: 'path',
      message: expect.stringContaining('is a directory'),
    })
  })

  it('does not retry the write after a 502', async () => {
    nock(API)
      .get(`${REPO}/contents/docs/README.md`)
      .reply(404, { message: 'Not Found' })
      .put(`${REPO}/contents/docs/README.md`)
      .times(2)
      .reply(502, 'Bad gateway')
    await expect(createOrUpdateFile(githubContext(), base)).rejects.toMatchObject({ kind: 'upstream_unavailable' })
    expect(nock.pendingMocks()).toHaveLength(1)
    nock.cleanAll()
  })

  it.each(BAD_PATHS)('rejects a path that is %s before any request', async (_case, path) => {
    await expect(createOrUpdateFile(githubContext(), { ...base, path })).rejects.toMatchObject({ kind: 'invalid_input', parameter: 'path' })
  })

  it.each([
    ['content', { content: undefined }, /is required/],
    ['content', { content: { text: 'x' } }, /must be text/],
    ['content', { content: 'not base64!', contentIsBase64: true }, /must be base64/],
    ['content', { content: 'abc', contentIsBase64: true }, /must be base64/],
    ['content', { content: 'x'.repeat(MAX_FILE_BYTES + 1) }, /up to 5\.0 MB/],
    ['content', { content: 'A'.repeat(4 * Math.ceil(MAX_FILE_BYTES / 3) + 8), contentIsBase64: true }, /up to 5\.0 MB/],
    ['contentIsBase64', { contentIsBase64: 'maybe' }, /true or false/],
    ['message', { message: '' }, /is required/],
    ['message', { message: 'm'.repeat(10_001) }, /at most/],
    ['branch', { branch: 'bad branch' }, /not a valid branch/],
    ['committerEmail', { committerName: 'Mona' }, /needs both/],
    ['committerName', { committerEmail: 'mona@example.com' }, /needs both/],
    ['committerEmail', { committerName: 'Mona', committerEmail: 'not-an-email' }, /email address/],
    ['repository', { repository: 'a/b/c' }, /owner\/name/],
  ])('rejects a bad %s before any request', async (parameter, values, problem) => {
    await expect(createOrUpdateFile(githubContext(), { ...base, ...values })).rejects.toMatchObject({
      kind: 'invalid_input',
      parameter,
      message: expect.stringMatching(problem),
    })
  })
})

describe('deleteFile', () => {
  afterEach(expectAllRequestsMade)

  const base = {
    repository: 'octocat/Hello-World',
    path: 'docs/old.md',
    message: 'Remove old notes',
    branch: undefined,
    committerName: undefined,
    committerEmail: undefined,
  }

  it('looks up the sha and deletes the file on the branch', async () => {
    const deleted = { content: null, commit: fileCommit('docs/old.md').commit }
    const scope = nock(API, { reqheaders: API_HEADERS })
      .get(`${REPO}/contents/docs/old.md`)
      .query({ ref: 'dev' })
      .reply(200, fileEntry('docs/old.md', Buffer.from('old')))
      .delete(`${REPO}/contents/docs/old.md`, {
        message: 'Remove old notes',
        sha: SHA,
        branch: 'dev',
        committer: { name: 'Mona', email: 'mona@example.com' },
      })
      .reply(200, deleted)
    await expect(
      deleteFile(githubContext(), { ...base, branch: 'dev', committerName: 'Mona', committerEmail: 'mona@example.com' }),
    ).resolves.toEqual(deleted)
    expect(scope.isDone()).toBe(true)
  })

  it('reports a missing file as not_found without trying to delete', async () => {
    nock(API).get(`${REPO}/contents/docs/old.md`).reply(404, { message: 'Not Found' })
    await expect(deleteFile(githubContext(), base)).rejects.toMatchObject({
      kind: 'not_found',
      message: expect.stringContaining('"docs/old.md" in octocat/Hello-World was not found'),
    })
  })

  it('refuses to delete a directory', async () => {
    nock(API).get(`${REPO}/contents/docs`).reply(200, [])
    await expect(deleteFile(githubContext(), { ...base, path: 'docs' })).rejects.toMatchObject({ kind: 'invalid_input', parameter: 'path' })
  })

  it('turns a sha mismatch into a conflict', async () => {
    nock(API)
      .get(`${REPO}/contents/docs/old.md`)
      .reply(200, fileEntry('docs/old.md', Buffer.from('old')))
      .delete(`${REPO}/contents/docs/old.md`)
      .reply(409, { message: `docs/old.md does not match ${SHA}` })
    await expect(deleteFile(githubContext(), base)).rejects.toMatchObject({
      kind: 'conflict',
      message: expect.stringContaining('Run the action again'),
    })
  })

  it.each(BAD_PATHS)('rejects a path that is %s before any request', async (_case, path) => {
    await expect(deleteFile(githubContext(), { ...base, path })).rejects.toMatchObject({ kind: 'invalid_input', parameter: 'path' })
  })

  it.each([
    ['message', { message: undefined }],
    ['branch', { branch: 'x:y' }],
    ['committerEmail', { committerName: 'Mona' }],
    ['repository', { repository: '' }],
  ])('rejects a bad %s before any request', async (parameter, values) => {
    await expect(deleteFile(githubContext(), { ...base, ...values })).rejects.toMatchObject({ kind: 'invalid_input', parameter })
  })
})
