import nock from 'nock'
import { createGist, deleteGist, getGist, getGistsDictionary, listGists, updateGist } from '../../src/github/gists'
import { API, API_HEADERS, expectAllRequestsMade, expectInvalidInput, githubContext, operationContext } from '../helpers/github'

function gist(files: Record<string, string>, isPublic: boolean, description: string | null = null) {
  return {
    id: 'aa5a315d61ae9438b18d',
    url: `${API}/gists/aa5a315d61ae9438b18d`,
    html_url: 'https://gist.github.com/octocat/aa5a315d61ae9438b18d',
    public: isPublic,
    description,
    files: Object.fromEntries(Object.entries(files).map(([filename, content]) => [filename, { filename, content, size: content.length }])),
    owner: { login: 'octocat' },
  }
}

describe('createGist', () => {
  afterEach(expectAllRequestsMade)

  const base = { description: undefined, isPublic: undefined, fileName: 'notes.md', content: '# Notes', moreFiles: undefined }

  it('creates a public gist with a description, the main file and more files', async () => {
    const files = { 'notes.md': '# Build notes\n\nAll green.', 'data.json': '{"ok":true}', 'run.sh': 'echo hi' }
    const created = gist(files, true, 'Build notes')
    const scope = nock(API, { reqheaders: { ...API_HEADERS, 'content-type': 'application/json' } })
      .post('/gists', {
        description: 'Build notes',
        public: true,
        files: { 'notes.md': { content: files['notes.md'] }, 'data.json': { content: '{"ok":true}' }, 'run.sh': { content: 'echo hi' } },
      })
      .reply(201, created)
    const result = await createGist(githubContext(), {
      description: 'Build notes',
      isPublic: true,
      fileName: 'notes.md',
      content: files['notes.md'],
      moreFiles: { 'data.json': '{"ok":true}', 'run.sh': 'echo hi' },
    })
    expect(result).toEqual(created)
    expect(scope.isDone()).toBe(true)
  })

  it('creates a secret gist by default and accepts More Files as JSON text', async () => {
    nock(API)
      .post('/gists', { public: false, files: { 'notes.md': { content: '# Notes' }, 'a.txt': { content: 'A' } } })
      .reply(201, gist({ 'notes.md': '# Notes', 'a.txt': 'A' }, false))
    await expect(createGist(githubContext(), { ...base, moreFiles: '{"a.txt": "A"}' })).resolves.toMatchObject({ public: false })
  })

  it.each([
    ['fileName', { fileName: undefined }, /is required/],
    ['fileName', { fileName: 'dir/notes.md' }, /cannot contain/],
    ['fileName', { fileName: '..\\notes.md' }, /cannot contain/],
    ['fileName', { fileName: 'gistfile1.txt' }, /reserved/],
    ['fileName', { fileName: 'n'.repeat(256) }, /at most 255/],
    ['content', { content: '' }, /empty file/],
    ['content', { content: ' \n ' }, /empty file/],
    ['content', { content: ['a'] }, /as text/],
    ['content', { content: 'x'.repeat(5 * 1024 * 1024 + 1) }, /more than 5 MB/],
    ['isPublic', { isPublic: 'yes' }, /true or false/],
    ['description', { description: 'd'.repeat(1001) }, /at most 1000/],
    ['moreFiles', { moreFiles: ['a.txt'] }, /must be an object/],
    ['moreFiles', { moreFiles: '{not json' }, /must be an object/],
    ['moreFiles', { moreFiles: { 'a.txt': { content: 'A' } } }, /file "a\.txt"/],
    ['moreFiles', { moreFiles: { 'a.txt': '' } }, /empty file \(file "a\.txt"\)/],
    ['moreFiles', { moreFiles: { 'notes.md': 'again' } }, /names "notes\.md" twice/],
    ['moreFiles', { moreFiles: { '../evil': 'x' } }, /cannot contain/],
    ['moreFiles', { moreFiles: Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`f${i}.txt`, 'x'])) }, /at most 99/],
  ])('rejects a bad %s before any request', async (parameter, values, problem) => {
    await expect(createGist(githubContext(), { ...base, ...values })).rejects.toMatchObject({
      kind: 'invalid_input',
      parameter,
      message: expect.stringMatching(problem),
    })
  })

  it('maps 404/403 without the gist scope to an error naming the scope', async () => {
    nock(API).post('/gists').reply(404, { message: 'Not Found' })
    await expect(createGist(operationContext('createGist'), base)).rejects.toMatchObject({
      kind: 'not_found',
      message: expect.stringContaining('"gist" scope'),
    })
    nock(API).post('/gists').reply(403, { message: 'Forbidden' }, { 'x-oauth-scopes': 'repo' })
    await expect(createGist(operationContext('createGist'), base)).rejects.toMatchObject({
      kind: 'forbidden',
      message: expect.stringMatching(/"gist" scope.*scopes: repo/s),
    })
  })

  it('maps 422 to validation_failed listing the fields', async () => {
    nock(API)
      .post('/gists')
      .reply(422, { message: 'Validation Failed', errors: [{ resource: 'Gist', code: 'missing_field', field: 'files' }] })
    await expect(createGist(githubContext(), base)).rejects.toMatchObject({
      kind: 'validation_failed',
      message: expect.stringContaining('Gist files missing_field'),
    })
  })
})

describe('gist management', () => {
  const ID = 'aa5a315d61ae9438b18d'
  const update = {
    gistId: ID,
    description: undefined,
    fileName: undefined,
    content: undefined,
    moreFiles: undefined,
    deleteFiles: undefined,
  }

  it('updates one file, adds more and deletes others in one request; the rest stay', async () => {
    const scope = nock(API)
      .patch(`/gists/${ID}`, { description: 'v2', files: { 'a.md': { content: 'A' }, 'b.md': { content: 'B' }, 'old.md': {} } })
      .reply(200, { id: ID })
    await updateGist(githubContext(), {
      ...update,
      description: 'v2',
      fileName: 'a.md',
      content: 'A',
      moreFiles: { 'b.md': 'B' },
      deleteFiles: ['old.md'],
    })
    expect(scope.isDone()).toBe(true)
  })

  it('refuses content without a file name, a file both written and deleted, and an update that changes nothing', async () => {
    await expectInvalidInput(updateGist(githubContext(), { ...update, content: 'A' }), 'fileName')
    await expectInvalidInput(updateGist(githubContext(), { ...update, fileName: 'a.md', content: 'A', deleteFiles: 'a.md' }), 'deleteFiles')
    await expectInvalidInput(updateGist(githubContext(), update), 'description')
    await expectInvalidInput(getGist(githubContext(), { gistId: '../user' }), 'gistId')
  })

  it('gets, lists and deletes, and offers the gists by description or file', async () => {
    nock(API).get(`/gists/${ID}`).reply(200, { id: ID })
    await expect(getGist(githubContext(), { gistId: ID })).resolves.toMatchObject({ id: ID })
    nock(API)
      .get('/gists')
      .query({ per_page: '30' })
      .reply(200, [{ id: ID }])
    await expect(
      listGists(githubContext(), { since: undefined, fetchAll: undefined, limit: undefined, cursor: undefined }),
    ).resolves.toMatchObject({ items: [{ id: ID }] })
    nock(API).delete(`/gists/${ID}`).reply(204)
    await expect(deleteGist(githubContext(), { gistId: ID })).resolves.toEqual({ gistId: ID, deleted: true })
    nock(API)
      .get('/gists')
      .query(true)
      .reply(200, [
        { id: ID, description: '', public: false, files: { 'notes.md': {} } },
        { id: 'bb', description: 'Other', public: true, files: { 'x.txt': {} } },
      ])
    await expect(getGistsDictionary(githubContext(), { search: 'notes' })).resolves.toEqual({
      items: [{ label: 'notes.md', value: ID, note: 'secret · notes.md' }],
      cursor: null,
    })
  })
})
