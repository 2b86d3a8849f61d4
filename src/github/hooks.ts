import type { components } from '@octokit/openapi-types'
import { InvalidInput } from '../errors'
import { withSecrets } from '../log'
import * as define from '../operations/definition'
import { apiPath, callApi, type GitHubContext } from './api'
import { repositoryDictionary, type DictionaryPage } from './dictionary'
import {
  choice,
  listOptions,
  optionalBoolean,
  optionalString,
  optionalStringList,
  optionalUrl,
  repository,
  requiredInteger,
  type RepositoryRef,
} from './input'
import { listAll, type ListResult } from './pagination'
import * as param from './params'

/**
 * A repository's webhooks, managed by hand (the trigger blocks manage their own): https://docs.github.com/en/rest/repos/webhooks.
 * A hook's secret is sent to GitHub and nowhere else: it is cut out of errors and logs, and out of what an action returns.
 */

type Hook = components['schemas']['hook']
type HookDelivery = components['schemas']['hook-delivery-item']

const CONTENT_TYPES = { JSON: 'json', Form: 'form' } as const
/** GitHub's event names (and * for all of them): lowercase words joined by underscores. */
const EVENT_NAME = /^(?:\*|[a-z]+(?:_[a-z]+)*)$/
const MASK = '********'

const hookTarget = (ref: RepositoryRef): string => `repository ${ref.owner}/${ref.repo}`
const hookId = (value: unknown): number => requiredInteger(value, 'hookId', 1, Number.MAX_SAFE_INTEGER)

function events(value: unknown): string[] | undefined {
  const list = optionalStringList(value, 'events', 100, 100)
  const wrong = list?.find((event) => !EVENT_NAME.test(event))
  if (wrong !== undefined)
    throw new InvalidInput('events', `contains "${wrong}", which is not a GitHub event name such as push or pull_request.`)
  return list?.length ? list : undefined
}

/** The hook as returned to a flow: the secret GitHub masks stays masked, whatever the answer carried. */
function withoutSecret(hook: Hook): Hook {
  const config = hook.config as Record<string, unknown> | undefined
  if (!config || config['secret'] === undefined) return hook
  return { ...hook, config: { ...hook.config, secret: MASK } }
}

/** GET /repos/{owner}/{repo}/hooks */
export async function listWebhooks(
  github: GitHubContext,
  input: { repository: unknown; fetchAll: unknown; limit: unknown; cursor: unknown },
): Promise<ListResult<Hook>> {
  const ref = repository(input.repository)
  const call = {
    operation: 'repos/list-webhooks' as const,
    method: 'GET' as const,
    path: apiPath`/repos/${ref.owner}/${ref.repo}/hooks`,
    subject: `the webhooks of ${hookTarget(ref)}`,
  }
  const page = await listAll(github, call, listOptions(input.fetchAll, input.limit, input.cursor))
  return { ...page, items: page.items.map(withoutSecret) }
}

export interface CreateWebhookInput {
  repository: unknown
  url: unknown
  events: unknown
  secret: unknown
  contentType: unknown
  active: unknown
}

/** POST /repos/{owner}/{repo}/hooks (GitHub pings the new hook at once). */
export async function createWebhook(github: GitHubContext, input: CreateWebhookInput): Promise<Hook> {
  const ref = repository(input.repository)
  const url = optionalUrl(input.url, 'url')
  if (url === undefined) throw new InvalidInput('url', 'is required: where GitHub sends the events (https://…).')
  const secret = optionalString(input.secret, 'secret', 256)
  const contentType = choice(input.contentType, 'contentType', CONTENT_TYPES) ?? 'json'
  const active = optionalBoolean(input.active, 'active') ?? true
  const body = {
    name: 'web',
    active,
    events: events(input.events) ?? ['push'],
    config: { url, content_type: contentType, insecure_ssl: '0', ...(secret !== undefined && { secret }) },
  }
  return withSecrets([secret], async () => {
    const path = apiPath`/repos/${ref.owner}/${ref.repo}/hooks`
    const { data } = await callApi(github, {
      operation: 'repos/create-webhook',
      method: 'POST',
      path,
      body,
      subject: `a new webhook on ${hookTarget(ref)}`,
    })
    return withoutSecret(data)
  })
}

export interface UpdateWebhookInput {
  repository: unknown
  hookId: unknown
  url: unknown
  events: unknown
  secret: unknown
  contentType: unknown
  active: unknown
}

/**
 * PATCH …/hooks/{hook_id}/config for the address, format and secret (only what is given changes: GitHub's
 * PATCH …/hooks/{hook_id} would drop a secret not sent again), then PATCH …/hooks/{hook_id} for events and active.
 */
export async function updateWebhook(github: GitHubContext, input: UpdateWebhookInput): Promise<Hook> {
  const ref = repository(input.repository)
  const id = hookId(input.hookId)
  const url = optionalUrl(input.url, 'url')
  const secret = optionalString(input.secret, 'secret', 256)
  const contentType = choice(input.contentType, 'contentType', CONTENT_TYPES)
  const eventList = events(input.events)
  const active = optionalBoolean(input.active, 'active')
  const config = { ...(url && { url }), ...(contentType && { content_type: contentType }), ...(secret !== undefined && { secret }) }
  if (Object.keys(config).length === 0 && eventList === undefined && active === undefined) {
    throw new InvalidInput('url', 'or Events, Secret, Content Type or Active must be given: there is nothing to change.')
  }
  const hookPath = apiPath`/repos/${ref.owner}/${ref.repo}/hooks/${id}`
  const subject = `webhook ${id} of ${hookTarget(ref)}`
  return withSecrets([secret], async () => {
    if (Object.keys(config).length > 0) {
      await callApi(github, {
        operation: 'repos/update-webhook-config-for-repo',
        method: 'PATCH',
        path: `${hookPath}/config`,
        body: config,
        subject,
      })
    }
    const changes = { ...(eventList && { events: eventList }), ...(active !== undefined && { active }) }
    const { data } =
      Object.keys(changes).length > 0
        ? await callApi(github, { operation: 'repos/update-webhook', method: 'PATCH', path: hookPath, body: changes, subject })
        : await callApi(github, { operation: 'repos/get-webhook', method: 'GET', path: hookPath, subject })
    return withoutSecret(data)
  })
}

/** DELETE /repos/{owner}/{repo}/hooks/{hook_id} */
export async function deleteWebhook(
  github: GitHubContext,
  input: { repository: unknown; hookId: unknown },
): Promise<{ repository: string; hookId: number; deleted: true }> {
  const ref = repository(input.repository)
  const id = hookId(input.hookId)
  const path = apiPath`/repos/${ref.owner}/${ref.repo}/hooks/${id}`
  await callApi(github, { operation: 'repos/delete-webhook', method: 'DELETE', path, subject: `webhook ${id} of ${hookTarget(ref)}` })
  return { repository: `${ref.owner}/${ref.repo}`, hookId: id, deleted: true }
}

/** POST /repos/{owner}/{repo}/hooks/{hook_id}/pings: GitHub sends the hook a ping event. */
export async function pingWebhook(
  github: GitHubContext,
  input: { repository: unknown; hookId: unknown },
): Promise<{ repository: string; hookId: number; pinged: true }> {
  const ref = repository(input.repository)
  const id = hookId(input.hookId)
  const path = apiPath`/repos/${ref.owner}/${ref.repo}/hooks/${id}/pings`
  await callApi(github, { operation: 'repos/ping-webhook', method: 'POST', path, subject: `webhook ${id} of ${hookTarget(ref)}` })
  return { repository: `${ref.owner}/${ref.repo}`, hookId: id, pinged: true }
}

/** GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries, newest first. */
export async function listWebhookDeliveries(
  github: GitHubContext,
  input: { repository: unknown; hookId: unknown; fetchAll: unknown; limit: unknown; cursor: unknown },
): Promise<ListResult<HookDelivery>> {
  const ref = repository(input.repository)
  const id = hookId(input.hookId)
  const call = {
    operation: 'repos/list-webhook-deliveries' as const,
    method: 'GET' as const,
    path: apiPath`/repos/${ref.owner}/${ref.repo}/hooks/${id}/deliveries`,
    subject: `the deliveries of webhook ${id} of ${hookTarget(ref)}`,
  }
  return listAll(github, call, listOptions(input.fetchAll, input.limit, input.cursor))
}

/** POST /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}/attempts: GitHub sends the delivery again. */
export async function redeliverWebhook(
  github: GitHubContext,
  input: { repository: unknown; hookId: unknown; deliveryId: unknown },
): Promise<{ repository: string; hookId: number; deliveryId: number; redelivered: true }> {
  const ref = repository(input.repository)
  const id = hookId(input.hookId)
  const delivery = requiredInteger(input.deliveryId, 'deliveryId', 1, Number.MAX_SAFE_INTEGER)
  const path = apiPath`/repos/${ref.owner}/${ref.repo}/hooks/${id}/deliveries/${delivery}/attempts`
  await callApi(github, {
    operation: 'repos/redeliver-webhook-delivery',
    method: 'POST',
    path,
    subject: `delivery ${delivery} of webhook ${id} of ${hookTarget(ref)}`,
  })
  return { repository: `${ref.owner}/${ref.repo}`, hookId: id, deliveryId: delivery, redelivered: true }
}

/** The webhooks of the picked repository: value is the id, the label the address. */
export async function getWebhooksDictionary(github: GitHubContext, payload: unknown): Promise<DictionaryPage> {
  return repositoryDictionary<Hook>(github, payload, (ref) => ({
    call: {
      operation: 'repos/list-webhooks',
      method: 'GET',
      path: apiPath`/repos/${ref.owner}/${ref.repo}/hooks`,
      subject: `the webhooks of ${hookTarget(ref)}`,
    },
    item: (hook) => ({
      label: hook.config.url ?? `webhook ${hook.id}`,
      value: hook.id,
      note: `${hook.active ? '' : 'inactive · '}${(hook.events ?? []).join(', ')}`,
    }),
    searched: (hook) => [hook.config.url, ...(hook.events ?? [])],
  }))
}

// ── Operations ───────────────────────────────────────────────────────────────

const HOOK_SAMPLE = {
  type: 'Repository',
  id: 12345678,
  name: 'web',
  active: true,
  events: ['push', 'pull_request'],
  config: { content_type: 'json', insecure_ssl: '0', url: 'https://example.com/webhook', secret: MASK },
  updated_at: '2019-06-03T00:57:16Z',
  created_at: '2019-06-03T00:57:16Z',
  url: 'https://api.github.com/repos/octocat/Hello-World/hooks/12345678',
  test_url: 'https://api.github.com/repos/octocat/Hello-World/hooks/12345678/test',
  ping_url: 'https://api.github.com/repos/octocat/Hello-World/hooks/12345678/pings',
  deliveries_url: 'https://api.github.com/repos/octocat/Hello-World/hooks/12345678/deliveries',
  last_response: { code: null, status: 'unused', message: null },
}

const hookIdParam = {
  type: 'Number',
  label: 'Webhook',
  name: 'hookId',
  required: true,
  dictionary: 'getWebhooksDictionary',
  dependsOn: ['repository'],
  description: "The webhook's id (pick it from the list).",
} as const
const urlParam = (required: boolean) =>
  ({
    type: 'String',
    label: 'URL',
    name: 'url',
    ...(required && { required }),
    description: 'Where GitHub sends the events (https://…).',
  }) as const
const eventsParam = (description: string) => ({ type: 'Array<String>', label: 'Events', name: 'events', description }) as const
const secretParam = {
  type: 'String',
  label: 'Secret',
  name: 'secret',
  description: 'Signs each delivery (X-Hub-Signature-256) so the receiver can check it came from GitHub. Never shown again.',
} as const
const contentTypeParam = {
  type: 'String',
  label: 'Content Type',
  name: 'contentType',
  uiComponent: { type: 'DROPDOWN', options: { values: Object.keys(CONTENT_TYPES) } },
  description: 'How the payload is sent. Empty: JSON for a new webhook, unchanged otherwise.',
} as const
const ADMIN = { scope: 'repo', permission: 'Webhooks: write' } as const
const READ = { scope: 'repo', permission: 'Webhooks: read' } as const

export const definitions = {
  listWebhooks: define.action({
    label: 'List Webhooks',
    route: 'GET /list-webhooks',
    category: 'Repositories',
    description:
      "Lists a repository's webhooks with their address, events, state and last response (secrets masked). Returns the webhooks and a cursor for the next page.",
    requires: READ,
    params: [param.repository, param.fetchAll, param.limit, param.cursor],
    sample: { items: [HOOK_SAMPLE], nextCursor: null },
    run: listWebhooks,
  }),
  createWebhook: define.action({
    label: 'Create Webhook',
    route: 'POST /create-webhook',
    category: 'Repositories',
    description:
      'Adds a webhook that sends the chosen events (push by default, * for all) to an address, signed with a secret if given; GitHub pings it at once. Returns the webhook (its secret masked).',
    requires: ADMIN,
    params: [
      param.repository,
      urlParam(true),
      eventsParam('The events to send, e.g. push, pull_request, issues (* for all). Empty: push.'),
      secretParam,
      contentTypeParam,
      {
        type: 'Boolean',
        label: 'Active',
        name: 'active',
        defaultValue: true,
        uiComponent: { type: 'TOGGLE' },
        description: 'Off: create it without sending anything yet.',
      },
    ],
    sample: HOOK_SAMPLE,
    run: createWebhook,
  }),
  updateWebhook: define.action({
    label: 'Update Webhook',
    route: 'PUT /update-webhook',
    category: 'Repositories',
    description:
      "Changes a webhook's address, events, secret, content type or state; only what is given changes (the secret stays unless a new one is given). Returns the webhook (its secret masked).",
    requires: ADMIN,
    params: [
      param.repository,
      hookIdParam,
      urlParam(false),
      eventsParam('The events to send from now on (replaces the list). Empty: unchanged.'),
      { ...secretParam, description: 'A new secret. Empty: the current one stays.' },
      contentTypeParam,
      {
        type: 'Boolean',
        label: 'Active',
        name: 'active',
        uiComponent: { type: 'TOGGLE' },
        description: 'Turn deliveries on or off. Empty: unchanged.',
      },
    ],
    sample: HOOK_SAMPLE,
    run: updateWebhook,
  }),
  deleteWebhook: define.action({
    label: 'Delete Webhook',
    route: 'DELETE /delete-webhook',
    category: 'Repositories',
    description: 'Deletes a webhook; GitHub stops sending its events. Returns the repository and the deleted id.',
    requires: ADMIN,
    params: [param.repository, hookIdParam],
    sample: { repository: 'octocat/Hello-World', hookId: 12345678, deleted: true },
    run: deleteWebhook,
  }),
  pingWebhook: define.action({
    label: 'Ping Webhook',
    route: 'POST /ping-webhook',
    category: 'Repositories',
    description: 'Asks GitHub to send the webhook a ping event, to check that its receiver answers. Returns the repository and the id.',
    requires: READ,
    params: [param.repository, hookIdParam],
    sample: { repository: 'octocat/Hello-World', hookId: 12345678, pinged: true },
    run: pingWebhook,
  }),
  listWebhookDeliveries: define.action({
    label: 'List Webhook Deliveries',
    route: 'GET /list-webhook-deliveries',
    category: 'Repositories',
    description:
      "Lists a webhook's recent deliveries, newest first: event, action, when, how long it took and the receiver's HTTP status. Returns the deliveries and a cursor for the next page.",
    requires: READ,
    params: [param.repository, hookIdParam, param.fetchAll, param.limit, param.cursor],
    sample: {
      items: [
        {
          id: 12345678,
          guid: '0b989ba4-242f-11e5-81e1-c7b6966d2516',
          delivered_at: '2019-06-03T00:57:16Z',
          redelivery: false,
          duration: 0.27,
          status: 'OK',
          status_code: 200,
          event: 'issues',
          action: 'opened',
          installation_id: null,
          repository_id: 123,
        },
      ],
      nextCursor: null,
    },
    run: listWebhookDeliveries,
  }),
  redeliverWebhook: define.action({
    label: 'Redeliver Webhook Delivery',
    route: 'POST /redeliver-webhook',
    category: 'Repositories',
    description: 'Asks GitHub to send a past delivery of a webhook again (e.g. after the receiver was down). Returns the ids.',
    requires: ADMIN,
    params: [
      param.repository,
      hookIdParam,
      {
        type: 'Number',
        label: 'Delivery ID',
        name: 'deliveryId',
        required: true,
        uiComponent: { type: 'NUMERIC' },
        description: "The delivery's id, from List Webhook Deliveries.",
      },
    ],
    sample: { repository: 'octocat/Hello-World', hookId: 12345678, deliveryId: 12345678, redelivered: true },
    run: redeliverWebhook,
  }),
  getWebhooksDictionary: define.dictionary({
    label: 'Get Webhooks Dictionary',
    route: 'POST /get-webhooks-dictionary',
    description:
      "Lists the selected repository's webhooks for picking: value is the id, the label its address, the note its events. Search filters addresses and events.",
    requires: READ,
    params: [param.repositoryPayload],
    sample: { items: [{ label: 'https://example.com/webhook', value: 12345678, note: 'push, pull_request' }], cursor: null },
    run: (github: GitHubContext, { payload }) => getWebhooksDictionary(github, payload),
  }),
}
