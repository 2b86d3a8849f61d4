import { description } from '../../sandbox/openapi/description'
import { startSandboxProcess, type SandboxProcess } from '../../sandbox/process'
import { CALLBACK, accessToken } from './helpers'

/**
 * Every request to the sandbox's REST API is checked against GitHub's description (sandbox/openapi/description.ts):
 * deliberately wrong requests are refused the way GitHub refuses them, and operations without sandbox state answer
 * with the description's own example.
 */

let sandbox: SandboxProcess
let token: string

const api = async (method: string, path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> => {
  const response = await fetch(`${sandbox.serverUrl}/api/v3${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body !== undefined && { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  return { status: response.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} }
}

beforeAll(async () => {
  sandbox = await startSandboxProcess({ redirectUris: [CALLBACK], checkResponses: true })
  token = await accessToken(sandbox)
}, 60_000)

afterAll(async () => {
  await sandbox?.close()
})

describe('requests GitHub would refuse', () => {
  test('a path GitHub does not have is 404 Not Found', async () => {
    const answer = await api('GET', '/repos/sandbox-octocat/hello-sandbox/no-such-thing')
    expect(answer).toEqual({ status: 404, json: { message: 'Not Found', documentation_url: expect.any(String) as unknown, status: '404' } })
  })

  test('release assets go to the uploads host only, and the uploads host takes nothing else', async () => {
    const release = (await api('GET', '/repos/sandbox-octocat/hello-sandbox/releases/latest')).json
    const assets = `/repos/sandbox-octocat/hello-sandbox/releases/${String(release['id'])}/assets?name=a.txt`
    const post = (root: string, path: string) =>
      fetch(`${sandbox.serverUrl}${root}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'text/plain' },
        body: 'bytes',
      })
    expect((await post('/api/v3', assets)).status).toBe(404)
    expect((await post('/api/uploads', '/user/repos')).status).toBe(404)
    expect((await post('/api/uploads', assets)).status).toBe(201)
  })

  test('a verb the path does not take is 404 Not Found', async () => {
    expect((await api('DELETE', '/user')).status).toBe(404)
  })

  test('a path parameter of the wrong type is 422 naming it', async () => {
    const answer = await api('GET', '/repos/sandbox-octocat/hello-sandbox/issues/not-a-number')
    expect(answer.status).toBe(422)
    expect(answer.json).toMatchObject({
      message: 'Validation Failed',
      errors: [{ resource: 'Path', field: 'issue_number', code: 'invalid' }],
    })
    expect(answer.json['documentation_url']).toBe('https://docs.github.com/rest/issues/issues#get-an-issue')
  })

  test('a query parameter outside its enum is 422 naming it', async () => {
    const answer = await api('GET', '/repos/sandbox-octocat/hello-sandbox/issues?state=sideways')
    expect(answer.status).toBe(422)
    expect(answer.json).toMatchObject({ message: 'Validation Failed', errors: [{ resource: 'Query', field: 'state', code: 'invalid' }] })
  })

  test('a body field of the wrong type is 422, and nothing is created', async () => {
    const before = await api('GET', '/repos/sandbox-octocat/hello-sandbox/issues?state=all&per_page=100')
    const answer = await api('POST', '/repos/sandbox-octocat/hello-sandbox/issues', { title: 'typed wrong', labels: 'bug' })
    expect(answer.status).toBe(422)
    expect(answer.json).toMatchObject({ message: 'Validation Failed', errors: [{ resource: 'Issue', field: 'labels', code: 'invalid' }] })
    const after = await api('GET', '/repos/sandbox-octocat/hello-sandbox/issues?state=all&per_page=100')
    expect(after.json).toEqual(before.json)
  })

  test('a missing required body field is 422 missing_field', async () => {
    const answer = await api('POST', '/repos/sandbox-octocat/hello-sandbox/labels', { color: 'ff0000' })
    expect(answer.json).toMatchObject({ errors: [{ resource: 'Label', field: 'name', code: 'missing_field' }] })
  })
})

describe('operations without sandbox state', () => {
  test("answer with the description's own example, which conforms to the response schema", async () => {
    const answer = await api('GET', '/repos/sandbox-octocat/hello-sandbox/traffic/views')
    expect(answer.status).toBe(200)
    expect(answer.json).toEqual(description().example('repos/get-views').body)
    expect(description().checkResponse('repos/get-views', 200, answer.json)).toEqual([])
    expect(await sandbox.responseViolations()).toEqual([])
  })
})

describe('the response check itself', () => {
  test('finds an answer that does not conform', () => {
    const issue = description().example('issues/get').body as Record<string, unknown>
    expect(description().checkResponse('issues/get', 200, issue)).toEqual([])
    expect(description().checkResponse('issues/get', 200, { ...issue, number: 'seven' })).toEqual(['/number must be integer'])
  })
})
