import type { components } from '@octokit/openapi-types'
import { InvalidInput } from '../errors'
import * as define from '../operations/definition'
import { apiPath, callApi, type GitHubContext } from './api'
import { listOptions, optionalBoolean, repository, requiredInteger, requiredString, type RepositoryRef } from './input'
import { listAll, type ListResult } from './pagination'
import * as param from './params'

/** SSH keys that give one repository's clone (and push, when not read-only) access: https://docs.github.com/en/rest/deploy-keys */

type DeployKey = components['schemas']['deploy-key']

/** An OpenSSH public key line: type, base64 body, optional comment (GitHub's accepted types). */
const PUBLIC_KEY =
  /^(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp(?:256|384|521)|sk-(?:ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com) [A-Za-z0-9+/]+={0,3}(?: [^\r\n]*)?$/
const where = (ref: RepositoryRef): string => `repository ${ref.owner}/${ref.repo}`

/** GET /repos/{owner}/{repo}/keys */
export async function listDeployKeys(
  github: GitHubContext,
  input: { repository: unknown; fetchAll: unknown; limit: unknown; cursor: unknown },
): Promise<ListResult<DeployKey>> {
  const ref = repository(input.repository)
  const call = {
    operation: 'repos/list-deploy-keys' as const,
    method: 'GET' as const,
    path: apiPath`/repos/${ref.owner}/${ref.repo}/keys`,
    subject: `the deploy keys of ${where(ref)}`,
  }
  return listAll(github, call, listOptions(input.fetchAll, input.limit, input.cursor))
}

/** POST /repos/{owner}/{repo}/keys: read-only unless asked, since a deploy key with write access can push anywhere. */
export async function createDeployKey(
  github: GitHubContext,
  input: { repository: unknown; title: unknown; key: unknown; readOnly: unknown },
): Promise<DeployKey> {
  const ref = repository(input.repository)
  const title = requiredString(input.title, 'title', 100)
  const key = requiredString(input.key, 'key', 16_384)
  if (!PUBLIC_KEY.test(key)) {
    throw new InvalidInput(
      'key',
      'must be one OpenSSH public key line, e.g. "ssh-ed25519 AAAAC3Nz… deploy@ci" (the .pub file, never the private key).',
    )
  }
  const readOnly = optionalBoolean(input.readOnly, 'readOnly') ?? true
  const path = apiPath`/repos/${ref.owner}/${ref.repo}/keys`
  return (
    await callApi(github, {
      operation: 'repos/create-deploy-key',
      method: 'POST',
      path,
      body: { title, key, read_only: readOnly },
      subject: `a new deploy key of ${where(ref)}`,
    })
  ).data
}

/** DELETE /repos/{owner}/{repo}/keys/{key_id} */
export async function deleteDeployKey(
  github: GitHubContext,
  input: { repository: unknown; keyId: unknown },
): Promise<{ repository: string; keyId: number; deleted: true }> {
  const ref = repository(input.repository)
  const id = requiredInteger(input.keyId, 'keyId', 1, Number.MAX_SAFE_INTEGER)
  const path = apiPath`/repos/${ref.owner}/${ref.repo}/keys/${id}`
  await callApi(github, { operation: 'repos/delete-deploy-key', method: 'DELETE', path, subject: `deploy key ${id} of ${where(ref)}` })
  return { repository: `${ref.owner}/${ref.repo}`, keyId: id, deleted: true }
}

// ── Operations ───────────────────────────────────────────────────────────────

const KEY_SAMPLE = {
  id: 1,
  key: 'ssh-rsa AAA...',
  url: 'https://api.github.com/repos/octocat/Hello-World/keys/1',
  title: 'octocat@octomac',
  verified: true,
  created_at: '2014-12-10T15:53:42Z',
  read_only: true,
  added_by: 'octocat',
  last_used: '2022-01-10T15:53:42Z',
  enabled: true,
}
const ADMIN = { scope: 'repo', permission: 'Administration: write' } as const

export const definitions = {
  listDeployKeys: define.action({
    label: 'List Deploy Keys',
    route: 'GET /list-deploy-keys',
    category: 'Repositories',
    description:
      "Lists a repository's deploy keys with their titles, whether they are read-only, and when they were last used. Returns them and a cursor for the next page.",
    requires: { scope: 'repo', permission: 'Administration: read' },
    params: [param.repository, param.fetchAll, param.limit, param.cursor],
    sample: { items: [KEY_SAMPLE], nextCursor: null },
    run: listDeployKeys,
  }),
  createDeployKey: define.action({
    label: 'Create Deploy Key',
    route: 'POST /create-deploy-key',
    category: 'Repositories',
    description:
      'Adds an SSH public key that can clone the repository (and push, only if Read Only is turned off). Returns the key with its id.',
    requires: ADMIN,
    params: [
      param.repository,
      { type: 'String', label: 'Title', name: 'title', required: true, description: 'A name for the key, e.g. CI server.' },
      {
        type: 'String',
        label: 'Public Key',
        name: 'key',
        required: true,
        uiComponent: { type: 'MULTI_LINE_TEXT' },
        description: 'The public key line (the .pub file), e.g. ssh-ed25519 AAAA… ci@example.',
      },
      {
        type: 'Boolean',
        label: 'Read Only',
        name: 'readOnly',
        defaultValue: true,
        uiComponent: { type: 'TOGGLE' },
        description: 'Off: the key can push too.',
      },
    ],
    sample: KEY_SAMPLE,
    run: createDeployKey,
  }),
  deleteDeployKey: define.action({
    label: 'Delete Deploy Key',
    route: 'DELETE /delete-deploy-key',
    category: 'Repositories',
    description: 'Removes a deploy key from a repository (its holder can no longer clone or push). Returns the repository and the id.',
    requires: ADMIN,
    params: [
      param.repository,
      {
        type: 'Number',
        label: 'Key ID',
        name: 'keyId',
        required: true,
        uiComponent: { type: 'NUMERIC' },
        description: "The key's id, from List Deploy Keys.",
      },
    ],
    sample: { repository: 'octocat/Hello-World', keyId: 1, deleted: true },
    run: deleteDeployKey,
  }),
}
