import nock from 'nock'
import { createDeployKey, deleteDeployKey, listDeployKeys } from '../../src/github/deploy-keys'
import { API, expectInvalidInput, githubContext } from '../helpers/github'

const REPO = 'octocat/Hello-World'
const KEYS = '/repos/octocat/Hello-World/keys'
const KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGb0Yk5Ryx2ZxP0bTqPp0lQ4rRSRC2b2FcAjG1bQ0gNU ci@example'

describe('deploy keys', () => {
  it('adds a key read-only unless asked otherwise', async () => {
    const scope = nock(API).post(KEYS, { title: 'CI', key: KEY, read_only: true }).reply(201, { id: 1, read_only: true })
    await expect(createDeployKey(githubContext(), { repository: REPO, title: 'CI', key: KEY, readOnly: undefined })).resolves.toMatchObject(
      { id: 1 },
    )
    expect(scope.isDone()).toBe(true)
  })

  it('refuses anything but one public key line (a private key above all) before any request', async () => {
    await expectInvalidInput(
      createDeployKey(githubContext(), {
        repository: REPO,
        title: 'CI',
        key: '-----BEGIN OPENSSH PRIVATE KEY-----\nb3Blbn',
        readOnly: undefined,
      }),
      'key',
    )
    await expectInvalidInput(
      createDeployKey(githubContext(), { repository: REPO, title: 'CI', key: `${KEY}\n${KEY}`, readOnly: undefined }),
      'key',
    )
  })

  it('lists and deletes', async () => {
    nock(API)
      .get(KEYS)
      .query({ per_page: '30' })
      .reply(200, [{ id: 1 }])
    await expect(
      listDeployKeys(githubContext(), { repository: REPO, fetchAll: undefined, limit: undefined, cursor: undefined }),
    ).resolves.toMatchObject({ items: [{ id: 1 }] })
    nock(API).delete(`${KEYS}/1`).reply(204)
    await expect(deleteDeployKey(githubContext(), { repository: REPO, keyId: 1 })).resolves.toEqual({
      repository: REPO,
      keyId: 1,
      deleted: true,
    })
  })
})
