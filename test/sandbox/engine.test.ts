import sodium from 'libsodium-wrappers'
import { startSandboxProcess, type SandboxProcess } from '../../sandbox/process'
import { CALLBACK, accessToken, restClient } from './helpers'

/**
 * The state engine keyed by path template (sandbox/rest/engine.ts): what one request writes the next reads, and every
 * answer conforms to GitHub's description (checkResponses).
 */

let sandbox: SandboxProcess
let api: ReturnType<typeof restClient>
const REPO = '/repos/sandbox-octocat/hello-sandbox'

beforeAll(async () => {
  sandbox = await startSandboxProcess({ redirectUris: [CALLBACK], accessTokenTtlSeconds: 600, checkResponses: true })
  const token = await accessToken(sandbox)
  api = restClient(sandbox, () => token)
}, 60_000)

afterAll(async () => {
  await sandbox?.close()
})

test('Actions variables: create, read, list, update, delete; a second create is a conflict', async () => {
  expect((await api('POST', `${REPO}/actions/variables`, { name: 'REGION', value: 'eu-west' })).status).toBe(201)
  expect((await api('POST', `${REPO}/actions/variables`, { name: 'REGION', value: 'again' })).status).toBe(409)
  expect((await api('GET', `${REPO}/actions/variables/REGION`)).json).toMatchObject({ name: 'REGION', value: 'eu-west' })
  expect((await api('PATCH', `${REPO}/actions/variables/REGION`, { value: 'us-east' })).status).toBe(204)
  const list = await api<{ total_count: number; variables: { name: string; value: string }[] }>('GET', `${REPO}/actions/variables`)
  expect(list.json.total_count).toBe(1)
  expect(list.json.variables.map((variable) => [variable.name, variable.value])).toEqual([['REGION', 'us-east']])
  expect((await api('DELETE', `${REPO}/actions/variables/REGION`)).status).toBe(204)
  expect((await api('GET', `${REPO}/actions/variables/REGION`)).status).toBe(404)
  // Another repository has its own variables.
  expect((await api('GET', '/repos/sandbox-org/team-service/actions/variables')).json).toEqual({ total_count: 0, variables: [] })
})

test('Actions secrets: PUT creates (201) then updates (204); the value is never answered; a value not sealed for the key is 422', async () => {
  await sodium.ready
  const key = (await api<{ key_id: string; key: string }>('GET', `${REPO}/actions/secrets/public-key`)).json
  const sealed = sodium.crypto_box_seal(sodium.from_string('secret-value'), Buffer.from(key.key, 'base64'))
  const secret = { encrypted_value: Buffer.from(sealed).toString('base64'), key_id: key.key_id }
  expect((await api('PUT', `${REPO}/actions/secrets/DEPLOY_KEY`, { ...secret, encrypted_value: 'c2VjcmV0LXZhbHVl' })).status).toBe(422)
  expect((await api('PUT', `${REPO}/actions/secrets/DEPLOY_KEY`, { ...secret, key_id: '1' })).status).toBe(422)
  expect((await api('PUT', `${REPO}/actions/secrets/DEPLOY_KEY`, secret)).status).toBe(201)
  expect((await api('PUT', `${REPO}/actions/secrets/DEPLOY_KEY`, secret)).status).toBe(204)
  const read = await api('GET', `${REPO}/actions/secrets/DEPLOY_KEY`)
  expect(read.json).toMatchObject({ name: 'DEPLOY_KEY' })
  expect(JSON.stringify(read.json)).not.toContain(secret.encrypted_value)
  expect((await api('GET', `${REPO}/actions/secrets`)).json).toMatchObject({ total_count: 1 })
})

test('hand-written reads: matching refs under a prefix (branches and tags), a review by its id', async () => {
  const main = await api<{ object: { sha: string } }>('GET', `${REPO}/git/ref/heads/main`)
  expect((await api('POST', `${REPO}/git/refs`, { ref: 'refs/heads/match/one', sha: main.json.object.sha })).status).toBe(201)
  const refs = await api<{ ref: string }[]>('GET', `${REPO}/git/matching-refs/heads/match/`)
  expect(refs.json.map((ref) => ref.ref)).toEqual(['refs/heads/match/one'])
  expect((await api<unknown[]>('GET', `${REPO}/git/matching-refs/heads/no-such-prefix`)).json).toEqual([])
  const pulls = await api<{ number: number }[]>('GET', `${REPO}/pulls`)
  const number = pulls.json[0]!.number
  const created = await api<{ id: number }>('POST', `${REPO}/pulls/${number}/reviews`, { event: 'COMMENT', body: 'Read me back' })
  const review = await api<{ id: number; body: string }>('GET', `${REPO}/pulls/${number}/reviews/${created.json.id}`)
  expect(review.json).toEqual(created.json)
  expect((await api('GET', `${REPO}/pulls/${number}/reviews/999999`)).status).toBe(404)
})

test('deployments and their statuses', async () => {
  const created = await api<{ id: number; sha: string; environment: string; creator: { login: string } }>('POST', `${REPO}/deployments`, {
    ref: 'main',
    environment: 'staging',
    required_contexts: [],
  })
  expect(created.status).toBe(201)
  expect(created.json).toMatchObject({ environment: 'staging', creator: { login: 'sandbox-octocat' } })
  const main = await api<{ object: { sha: string } }>('GET', `${REPO}/git/ref/heads/main`)
  expect(created.json.sha).toBe(main.json.object.sha)
  const status = await api<{ id: number; state: string }>('POST', `${REPO}/deployments/${created.json.id}/statuses`, { state: 'success' })
  expect(status.json).toMatchObject({ state: 'success', environment: 'staging' })
  const statuses = await api<{ id: number }[]>('GET', `${REPO}/deployments/${created.json.id}/statuses`)
  expect(statuses.json.map((item) => item.id)).toEqual([status.json.id])
  expect((await api('GET', `${REPO}/deployments`)).json).toEqual([expect.objectContaining({ id: created.json.id })])
  expect((await api('POST', `${REPO}/deployments/999999/statuses`, { state: 'success' })).status).toBe(404)
  expect((await api('POST', `${REPO}/deployments`, { ref: 'no-such-branch' })).status).toBe(409)
})

test('the answers conform to the description', async () => {
  expect(await sandbox.responseViolations()).toEqual([])
})
