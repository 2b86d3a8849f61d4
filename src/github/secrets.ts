import type { components } from '@octokit/openapi-types'
import { InvalidInput, UpstreamInvalid } from '../errors'
import { withSecrets } from '../log'
import * as define from '../operations/definition'
import { apiPath, callApi, type GitHubContext } from './api'
import { listOptions, optionalText } from './input'
import {
  collectionPath,
  describeLevel,
  level,
  levelNeeds,
  levelParams,
  placeOf,
  visibilityParam,
  LEVEL_NOTE,
  nameParam,
  PLACE_SAMPLE,
  type LevelInput,
  type Place,
} from './levels'
import { listAll, type ListResult } from './pagination'
import * as param from './params'
import { sealForPublicKey } from './sealed-box'
import { orgVisibility, variableName } from './variables'

/**
 * GitHub Actions secrets at repository, environment and organization level:
 * https://docs.github.com/en/rest/actions/secrets
 *
 * A flow gives the plain value; the service fetches the level's public key and seals the value
 * itself (sealed-box.ts), so a flow never handles key ids or ciphertext. The plain value is one of
 * the call's secrets (withSecrets): cut from every error and log line in any encoding, and never
 * part of a result.
 */

type Secret = components['schemas']['actions-secret'] | components['schemas']['organization-actions-secret']

/** GitHub's limit on one secret's value. */
const MAX_VALUE_BYTES = 48 * 1024
const ORG_PERMISSION = 'Secrets: write'

const OPERATION = {
  list: {
    repository: 'actions/list-repo-secrets',
    environment: 'actions/list-environment-secrets',
    organization: 'actions/list-org-secrets',
  },
  key: {
    repository: 'actions/get-repo-public-key',
    environment: 'actions/get-environment-public-key',
    organization: 'actions/get-org-public-key',
  },
  set: {
    repository: 'actions/create-or-update-repo-secret',
    environment: 'actions/create-or-update-environment-secret',
    organization: 'actions/create-or-update-org-secret',
  },
  delete: {
    repository: 'actions/delete-repo-secret',
    environment: 'actions/delete-environment-secret',
    organization: 'actions/delete-org-secret',
  },
} as const

/** GET …/secrets: names and dates only (GitHub never gives a secret's value back). */
export async function listSecrets(
  github: GitHubContext,
  input: LevelInput & { fetchAll: unknown; limit: unknown; cursor: unknown },
): Promise<ListResult<Secret>> {
  const where = level(input)
  const needs = levelNeeds(where, ORG_PERMISSION)
  const call = {
    operation: OPERATION.list[where.kind],
    method: 'GET' as const,
    path: collectionPath(where, 'secrets'),
    subject: `the secrets of ${describeLevel(where)}`,
    ...(needs && { needs }),
  }
  return listAll(github, call, listOptions(input.fetchAll, input.limit, input.cursor), (data) => data.secrets)
}

/** GET …/secrets/public-key, then PUT …/secrets/{name} with the value sealed for that key. */
export async function setSecret(
  github: GitHubContext,
  input: LevelInput & { secretName: unknown; value: unknown; visibility: unknown },
): Promise<Place & { name: string; created: boolean }> {
  // Held before anything can fail: even a refusal of the value itself must not quote it.
  return withSecrets([typeof input.value === 'string' ? input.value : ''], async () => {
    const name = variableName(input.secretName, 'secretName')
    const plain = optionalText(input.value, 'value', MAX_VALUE_BYTES)
    if (plain === undefined || plain.trim() === '') throw new InvalidInput('value', 'is required: the plain value to keep secret.')
    if (Buffer.byteLength(plain, 'utf8') > MAX_VALUE_BYTES) throw new InvalidInput('value', "is larger than GitHub's 48 KB per secret.")
    const where = level(input)
    const visibility = orgVisibility(input.visibility, where.kind) ?? (where.kind === 'organization' ? 'private' : undefined)
    const needs = levelNeeds(where, ORG_PERMISSION)
    const { data: key } = await callApi(github, {
      operation: OPERATION.key[where.kind],
      method: 'GET',
      path: `${collectionPath(where, 'secrets')}/public-key`,
      subject: `the secrets public key of ${describeLevel(where)}`,
      ...(needs && { needs }),
    })
    let sealed: string
    try {
      sealed = sealForPublicKey(plain, key.key)
    } catch {
      throw new UpstreamInvalid(`GitHub's secrets public key for ${describeLevel(where)} is not a usable key, so nothing was sent.`)
    }
    const { status } = await callApi(github, {
      operation: OPERATION.set[where.kind],
      method: 'PUT',
      path: collectionPath(where, 'secrets') + apiPath`/${name}`,
      body: { encrypted_value: sealed, key_id: key.key_id, ...(visibility && { visibility }) },
      subject: `secret ${name} of ${describeLevel(where)}`,
      ...(needs && { needs }),
    })
    return { ...placeOf(where), name, created: status === 201 }
  })
}

/** DELETE …/secrets/{name} */
export async function deleteSecret(
  github: GitHubContext,
  input: LevelInput & { secretName: unknown },
): Promise<Place & { name: string; deleted: true }> {
  const name = variableName(input.secretName, 'secretName')
  const where = level(input)
  const needs = levelNeeds(where, ORG_PERMISSION)
  await callApi(github, {
    operation: OPERATION.delete[where.kind],
    method: 'DELETE',
    path: collectionPath(where, 'secrets') + apiPath`/${name}`,
    subject: `secret ${name} of ${describeLevel(where)}`,
    ...(needs && { needs }),
  })
  return { ...placeOf(where), name, deleted: true }
}

// ── Operations ───────────────────────────────────────────────────────────────

export const definitions = {
  listSecrets: define.action({
    label: 'List Secrets',
    route: 'GET /list-secrets',
    category: 'Actions',
    description: `Lists the names of the GitHub Actions secrets of a repository, an environment or an organization, with when each was set (GitHub never returns values). ${LEVEL_NOTE} Returns them and a cursor for the next page.`,
    requires: { scope: 'repo', permission: 'Secrets: read' },
    params: [...levelParams, param.fetchAll, param.limit, param.cursor],
    sample: { items: [{ name: 'GH_TOKEN', created_at: '2019-08-10T14:59:22Z', updated_at: '2020-01-10T14:59:22Z' }], nextCursor: null },
    run: listSecrets,
  }),
  setSecret: define.action({
    label: 'Create or Update Secret',
    route: 'PUT /set-secret',
    category: 'Actions',
    description: `Sets a GitHub Actions secret from its plain value: the service encrypts it with the level's public key (libsodium sealed box) before it leaves, and the value never appears in results, errors or logs. ${LEVEL_NOTE} Returns where it was set, its name, and whether it is new.`,
    requires: { scope: 'repo', permission: 'Secrets: write' },
    params: [
      ...levelParams,
      nameParam('secretName', 'Letters, digits and _, not starting with a digit or GITHUB_, e.g. DEPLOY_TOKEN (stored in upper case).'),
      {
        type: 'String',
        label: 'Value',
        name: 'value',
        required: true,
        uiComponent: { type: 'MULTI_LINE_TEXT' },
        description: 'The plain value, up to 48 KB. It is encrypted before it is sent.',
      },
      visibilityParam,
    ],
    sample: { ...PLACE_SAMPLE, name: 'DEPLOY_TOKEN', created: true },
    run: setSecret,
  }),
  deleteSecret: define.action({
    label: 'Delete Secret',
    route: 'DELETE /delete-secret',
    category: 'Actions',
    description: `Deletes a GitHub Actions secret. ${LEVEL_NOTE} Returns where it was and its name.`,
    requires: { scope: 'repo', permission: 'Secrets: write' },
    params: [...levelParams, nameParam('secretName', 'The secret to delete, e.g. DEPLOY_TOKEN.')],
    sample: { ...PLACE_SAMPLE, name: 'DEPLOY_TOKEN', deleted: true },
    run: deleteSecret,
  }),
}
