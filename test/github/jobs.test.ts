import nock from 'nock'
import { getJobLogs, listRunArtifacts, listRunJobs } from '../../src/github/jobs'
import { getWorkflowUsage, setWorkflowEnabled } from '../../src/github/workflows'
import { API, TOKEN, expectAllRequestsMade, expectInvalidInput, githubContext } from '../helpers/github'

const REPO = 'octocat/Hello-World'
const LOGS = '/repos/octocat/Hello-World/actions/jobs/42/logs'
const STORAGE = 'https://productionresultssa7.blob.core.windows.net'
const page = { fetchAll: undefined, limit: undefined, cursor: undefined }

afterEach(expectAllRequestsMade)

describe('Get Job Logs', () => {
  it('follows the redirect to GitHub storage without the token and returns a short log whole', async () => {
    nock(API)
      .get(LOGS)
      .reply(302, '', { Location: `${STORAGE}/logs/42.txt?sig=abc` })
    nock(STORAGE, { badheaders: ['authorization'] })
      .get('/logs/42.txt')
      .query({ sig: 'abc' })
      .matchHeader('range', 'bytes=0-65535')
      .reply(206, 'line 1\nline 2\n', { 'Content-Range': 'bytes 0-13/14' })
    await expect(getJobLogs(githubContext(), { repository: REPO, jobId: 42, maxBytes: undefined })).resolves.toEqual({
      jobId: 42,
      log: 'line 1\nline 2\n',
      truncated: false,
      totalBytes: 14,
    })
  })

  it('a long log: only its end, from a whole line, in at most Max Bytes', async () => {
    const log = Array.from({ length: 400 }, (_, index) => `line ${index}`).join('\n') + '\n'
    const size = Buffer.byteLength(log)
    nock(API).get(LOGS).reply(302, '', { Location: `https://pipelines.actions.githubusercontent.com/x/42?sig=1` })
    nock('https://pipelines.actions.githubusercontent.com')
      .get('/x/42')
      .query(true)
      .matchHeader('range', 'bytes=0-1023')
      .reply(206, log.slice(0, 1024), { 'Content-Range': `bytes 0-1023/${size}` })
      .get('/x/42')
      .query(true)
      .matchHeader('range', `bytes=${size - 1024}-${size - 1}`)
      .reply(206, log.slice(size - 1024), { 'Content-Range': `bytes ${size - 1024}-${size - 1}/${size}` })
    const result = await getJobLogs(githubContext(), { repository: REPO, jobId: 42, maxBytes: 1024 })
    expect(result).toMatchObject({ truncated: true, totalBytes: size })
    expect(result.log.endsWith('line 399\n')).toBe(true)
    expect(result.log.length).toBeLessThanOrEqual(1024)
    expect(log.endsWith(result.log)).toBe(true)
    expect(result.log.startsWith('line ')).toBe(true)
  })

  it('a storage that ignores Range: the end of the whole file it sends, from a whole line, in one request', async () => {
    const log = Array.from({ length: 400 }, (_, index) => `line ${index} ✓`).join('\n') + '\n'
    const size = Buffer.byteLength(log)
    nock(API)
      .get(LOGS)
      .reply(302, '', { Location: `${STORAGE}/logs/42.txt?sig=abc` })
    nock(STORAGE).get('/logs/42.txt').query(true).reply(200, log)
    const result = await getJobLogs(githubContext(), { repository: REPO, jobId: 42, maxBytes: 1024 })
    expect(result).toMatchObject({ truncated: true, totalBytes: size })
    expect(Buffer.byteLength(result.log)).toBeLessThanOrEqual(1024)
    expect(log.endsWith(result.log)).toBe(true)
    expect(result.log).toMatch(/^line \d+ ✓\n/)
    expect(result.log.endsWith('line 399 ✓\n')).toBe(true)
  })

  it.each([
    'https://evil.example.com/log',
    'http://productionresultssa7.blob.core.windows.net/log',
    'https://attacker.blob.core.windows.net/log',
  ])('refuses to follow a redirect to %s (not GitHub storage), and sends it nothing', async (location) => {
    nock(API).get(LOGS).reply(302, '', { Location: location })
    await expect(getJobLogs(githubContext(), { repository: REPO, jobId: 42, maxBytes: undefined })).rejects.toMatchObject({
      kind: 'upstream_invalid',
      message: expect.stringContaining('not one of GitHub') as unknown,
    })
  })

  it('a missing job is not found; bad sizes are refused before any request', async () => {
    nock(API).get(LOGS).reply(404, { message: 'Not Found' })
    await expect(getJobLogs(githubContext(), { repository: REPO, jobId: 42, maxBytes: undefined })).rejects.toMatchObject({
      kind: 'not_found',
    })
    await expectInvalidInput(getJobLogs(githubContext(), { repository: REPO, jobId: 42, maxBytes: 10 }), 'maxBytes')
    await expectInvalidInput(getJobLogs(githubContext(), { repository: REPO, jobId: 42, maxBytes: 2 * 1024 * 1024 }), 'maxBytes')
  })

  it('the token never goes to storage', async () => {
    nock(API)
      .get(LOGS)
      .reply(302, '', { Location: `${STORAGE}/l?sig=1` })
    const storage = nock(STORAGE)
      .get('/l')
      .query(true)
      .reply(function () {
        return [206, JSON.stringify(this.req.headers).includes(TOKEN) ? 'LEAKED' : 'ok', { 'Content-Range': 'bytes 0-1/2' }]
      })
    await expect(getJobLogs(githubContext(), { repository: REPO, jobId: 42, maxBytes: undefined })).resolves.toMatchObject({ log: 'ok' })
    expect(storage.isDone()).toBe(true)
  })
})

describe('jobs, artifacts, enable/disable, usage', () => {
  it('lists the jobs of every attempt when asked', async () => {
    nock(API)
      .get('/repos/octocat/Hello-World/actions/runs/7/jobs')
      .query({ filter: 'all', per_page: '30' })
      .reply(200, { total_count: 1, jobs: [{ id: 1, name: 'build' }] })
    await expect(listRunJobs(githubContext(), { repository: REPO, runId: 7, attempts: 'All Attempts', ...page })).resolves.toMatchObject({
      items: [{ id: 1 }],
    })
  })

  it('lists artifacts', async () => {
    nock(API)
      .get('/repos/octocat/Hello-World/actions/runs/7/artifacts')
      .query({ per_page: '30' })
      .reply(200, { total_count: 1, artifacts: [{ id: 11, name: 'dist' }] })
    await expect(listRunArtifacts(githubContext(), { repository: REPO, runId: 7, ...page })).resolves.toMatchObject({
      items: [{ name: 'dist' }],
    })
  })

  it('enables and disables by file name', async () => {
    nock(API).put('/repos/octocat/Hello-World/actions/workflows/ci.yml/disable').reply(204)
    nock(API).put('/repos/octocat/Hello-World/actions/workflows/161335/enable').reply(204)
    await expect(setWorkflowEnabled(githubContext(), { repository: REPO, workflow: '.github/workflows/ci.yml' }, false)).resolves.toEqual({
      workflow: 'ci.yml',
      enabled: false,
    })
    await expect(setWorkflowEnabled(githubContext(), { repository: REPO, workflow: 161335 }, true)).resolves.toEqual({
      workflow: 161335,
      enabled: true,
    })
  })

  it('usage: billable minutes rounded up per OS, as GitHub bills', async () => {
    nock(API)
      .get('/repos/octocat/Hello-World/actions/workflows/ci.yml/timing')
      .reply(200, { billable: { UBUNTU: { total_ms: 61_000 }, WINDOWS: { total_ms: 1 } } })
    await expect(getWorkflowUsage(githubContext(), { repository: REPO, workflow: 'ci.yml' })).resolves.toMatchObject({
      billableMinutes: 3,
    })
  })
})
