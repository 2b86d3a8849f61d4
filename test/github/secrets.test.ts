import nock from 'nock'
import sodium from 'libsodium-wrappers'
import { deleteSecret, listSecrets, setSecret } from '../../src/github/secrets'
import { API, expectAllRequestsMade, expectInvalidInput, githubContext } from '../helpers/github'
import { capturedOutput } from '../helpers/output'
import { CANARY_ACTIONS_SECRET, findSecrets } from '../helpers/secrets'

const REPO = 'octocat/Hello-World'
const AT = { level: undefined, repository: REPO, environment: undefined, organization: undefined }
const ENV = { level: 'Environment', repository: REPO, environment: 'production', organization: undefined }
const ORG = { level: 'Organization', repository: undefined, environment: undefined, organization: 'octo-org' }
const KEY_PATHS = {
  repository: '/repos/octocat/Hello-World/actions/secrets',
  environment: '/repos/octocat/Hello-World/environments/production/secrets',
  organization: '/orgs/octo-org/actions/secrets',
}

let keys: { publicKey: Uint8Array; privateKey: Uint8Array }
beforeAll(async () => {
  await sodium.ready
  keys = sodium.crypto_box_keypair()
})
afterEach(expectAllRequestsMade)

const publicKey = () => ({ key_id: '568250167242549743', key: Buffer.from(keys.publicKey).toString('base64') })
const open = (sealed: string): string =>
  sodium.to_string(sodium.crypto_box_seal_open(Buffer.from(sealed, 'base64'), keys.publicKey, keys.privateKey))

/** Every form the plain value could travel in. */
const forms = (value: string): string[] => [
  value,
  encodeURIComponent(value),
  Buffer.from(value).toString('base64'),
  Buffer.from(value).toString('base64url'),
  Buffer.from(value).toString('hex'),
]

describe('Create or Update Secret', () => {
  it.each(Object.entries({ repository: AT, environment: ENV, organization: ORG }))(
    "at %s level: fetches that level's public key and sends only the sealed value, which libsodium opens to the plain value",
    async (kind, where) => {
      const path = KEY_PATHS[kind as keyof typeof KEY_PATHS]
      let sent: Record<string, unknown> = {}
      let raw = ''
      nock(API).get(`${path}/public-key`).reply(200, publicKey())
      nock(API)
        .put(`${path}/DEPLOY_TOKEN`, (body: Record<string, unknown>) => {
          sent = body
          raw = JSON.stringify(body)
          return true
        })
        .reply(201, {})
      const result = await setSecret(githubContext(), {
        ...where,
        secretName: 'deploy_token',
        value: CANARY_ACTIONS_SECRET,
        visibility: undefined,
      })

      expect(result).toMatchObject({ level: kind, name: 'DEPLOY_TOKEN', created: true })
      expect(sent['key_id']).toBe('568250167242549743')
      expect(open(String(sent['encrypted_value']))).toBe(CANARY_ACTIONS_SECRET)
      // An organization secret is private unless asked; other levels send no visibility.
      expect(sent['visibility']).toBe(kind === 'organization' ? 'private' : undefined)
      for (const form of forms(CANARY_ACTIONS_SECRET)) {
        expect(raw).not.toContain(form)
        expect(JSON.stringify(result)).not.toContain(form)
      }
    },
  )

  it('says when it replaced an existing secret (204)', async () => {
    nock(API).get(`${KEY_PATHS.repository}/public-key`).reply(200, publicKey())
    nock(API).put(`${KEY_PATHS.repository}/TOKEN`).reply(204)
    await expect(setSecret(githubContext(), { ...AT, secretName: 'TOKEN', value: 'v', visibility: undefined })).resolves.toMatchObject({
      created: false,
    })
  })

  it('canary: the plain value appears in no error and no log line, even when GitHub quotes it back', async () => {
    nock(API).get(`${KEY_PATHS.repository}/public-key`).reply(200, publicKey())
    nock(API)
      .put(`${KEY_PATHS.repository}/TOKEN`)
      .reply(422, {
        message: `Invalid request: ${CANARY_ACTIONS_SECRET} / ${Buffer.from(CANARY_ACTIONS_SECRET).toString('base64')}`,
        errors: [{ resource: 'Secret', field: 'encrypted_value', code: 'invalid', message: CANARY_ACTIONS_SECRET }],
      })
    const error = (await setSecret(githubContext(), {
      ...AT,
      secretName: 'TOKEN',
      value: CANARY_ACTIONS_SECRET,
      visibility: undefined,
    }).catch((caught: unknown) => caught)) as Error
    expect(error).toMatchObject({ kind: 'validation_failed' })
    const told = `${error.message} ${JSON.stringify(error)} ${String(error.stack)}`
    for (const form of forms(CANARY_ACTIONS_SECRET)) expect(told).not.toContain(form)
    expect(findSecrets(capturedOutput().join('\n'))).toEqual([])
  })

  it('canary: a value refused before any request is not quoted either', async () => {
    const huge = CANARY_ACTIONS_SECRET + 'x'.repeat(49 * 1024)
    const error = (await setSecret(githubContext(), { ...AT, secretName: 'TOKEN', value: huge, visibility: undefined }).catch(
      (caught: unknown) => caught,
    )) as Error
    expect(error).toMatchObject({ kind: 'invalid_input', parameter: 'value' })
    expect(error.message).not.toContain(CANARY_ACTIONS_SECRET)
  })

  it('a public key GitHub answers that is not a key: nothing is sent, and the error says so', async () => {
    nock(API).get(`${KEY_PATHS.repository}/public-key`).reply(200, { key_id: '1', key: 'not-a-key' })
    await expect(setSecret(githubContext(), { ...AT, secretName: 'TOKEN', value: 'v', visibility: undefined })).rejects.toMatchObject({
      kind: 'upstream_invalid',
      message: expect.stringContaining('public key for repository octocat/Hello-World') as unknown,
    })
  })

  it.each([
    [{ ...AT, secretName: 'GITHUB_TOKEN', value: 'v' }, 'secretName'],
    [{ ...AT, secretName: '1ST', value: 'v' }, 'secretName'],
    [{ ...AT, secretName: 'A-B', value: 'v' }, 'secretName'],
    [{ ...AT, secretName: 'TOKEN', value: '' }, 'value'],
    [{ ...AT, secretName: 'TOKEN', value: 'v', visibility: 'All Repositories' }, 'visibility'],
    [{ ...AT, level: 'Repository', environment: 'production', secretName: 'TOKEN', value: 'v' }, 'environment'],
    // No Level: the place is worked out, and two places are still refused.
    [{ ...AT, organization: 'octo-org', secretName: 'TOKEN', value: 'v' }, 'repository'],
    [{ ...ENV, environment: undefined, secretName: 'TOKEN', value: 'v' }, 'environment'],
    [{ ...ORG, repository: REPO, secretName: 'TOKEN', value: 'v' }, 'repository'],
    [{ ...ORG, organization: undefined, secretName: 'TOKEN', value: 'v' }, 'organization'],
    [{ ...AT, level: 'Team', secretName: 'TOKEN', value: 'v' }, 'level'],
  ])('refuses %j before any request (%s)', async (input, parameter) => {
    await expectInvalidInput(setSecret(githubContext(), { visibility: undefined, ...input }), parameter)
  })
})

describe('List and Delete Secret', () => {
  it('lists names at the organization level, asking for admin:org in a 404 hint', async () => {
    nock(API)
      .get(KEY_PATHS.organization)
      .query({ per_page: '30' })
      .reply(200, { total_count: 1, secrets: [{ name: 'A', created_at: 'x', updated_at: 'x', visibility: 'all' }] })
    await expect(listSecrets(githubContext(), { ...ORG, fetchAll: undefined, limit: undefined, cursor: undefined })).resolves.toMatchObject(
      {
        items: [{ name: 'A' }],
      },
    )
    nock(API).delete(`${KEY_PATHS.organization}/A`).reply(404, { message: 'Not Found' })
    await expect(deleteSecret(githubContext(), { ...ORG, secretName: 'a' })).rejects.toThrow(/admin:org/)
  })

  it('deletes an environment secret (no Level: worked out from the environment filled in)', async () => {
    nock(API).delete(`${KEY_PATHS.environment}/TOKEN`).reply(204)
    await expect(deleteSecret(githubContext(), { ...ENV, level: '', secretName: 'TOKEN' })).resolves.toEqual({
      level: 'environment',
      repository: REPO,
      environment: 'production',
      organization: null,
      name: 'TOKEN',
      deleted: true,
    })
  })
})
