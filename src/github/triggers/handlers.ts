/**
 * The platform's trigger calls (handleTrigger…), one function each: the invocation the platform
 * sends is checked here, then handed to the logic beside this file. The contract class only
 * routes to these; nothing here knows Backendless.
 */
import { InvalidInput } from '../../errors'
import type { GitHubContext } from '../api'
import { hookApi, pollApi } from './client'
import { selectMatched, type RunningBlock } from './match'
import { pollForEvents, type PollApi, type PollResult } from './polling'
import { resolveDelivery, type Rejection, type ResolveResult } from './resolve'
import {
  deleteHooks,
  planHooks,
  readWebhookData,
  reconcileHooks,
  REFRESH_INTERVAL_SECONDS,
  type TriggerWebhookData,
  type UpsertBlock,
} from './webhooks'

export interface WebhookAnswer {
  webhookData: TriggerWebhookData | null
  refreshIntervalInSeconds?: number
}

type Fields = Record<string, unknown>

function invocationOf(value: unknown): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidInput('invocation', 'must be the object the platform sends to a trigger handler.')
  }
  return value as Fields
}

function optionalText(fields: Fields, name: string): string | undefined {
  const value = fields[name]
  if (value === undefined || value === null || value === '') return undefined
  if (typeof value !== 'string') throw new InvalidInput(name, 'must be a string.')
  return value
}

function paramsOf(value: unknown, where: string): Record<string, unknown> {
  if (value === undefined || value === null) return {}
  if (typeof value !== 'object' || Array.isArray(value)) throw new InvalidInput(where, "must be an object of the block's parameters.")
  return value as Record<string, unknown>
}

/** `events: [{ name, triggerData }]`: one entry per running block. */
function blocksOf(value: unknown): UpsertBlock[] {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) throw new InvalidInput('events', 'must be a list of { name, triggerData }, one per running trigger block.')
  return value.map((entry: unknown, index) => {
    const fields = invocationOf(entry)
    const name = fields['name']
    if (typeof name !== 'string' || name === '') throw new InvalidInput(`events[${index}].name`, 'must name a trigger of this service.')
    return { name, triggerData: paramsOf(fields['triggerData'], `events[${index}].triggerData`) }
  })
}

/**
 * handleTriggerUpsertWebhook (`mode: 'upsert'`, writes every hook) and handleTriggerRefreshWebhook
 * (`mode: 'refresh'`, repairs only hooks deleted, disabled or changed behind the service's back).
 */
export async function upsertWebhooks(
  github: GitHubContext,
  clientSecret: string,
  raw: unknown,
  mode: 'upsert' | 'refresh',
): Promise<WebhookAnswer> {
  const invocation = invocationOf(raw)
  const callbackUrl = optionalText(invocation, 'callbackUrl')
  if (!callbackUrl) throw new InvalidInput('callbackUrl', 'is required: the platform gives the URL GitHub should post deliveries to.')
  const connectionId = optionalText(invocation, 'connectionId')
  const desired = planHooks(blocksOf(invocation['events']), callbackUrl, connectionId)
  const webhookData = await reconcileHooks(desired, readWebhookData(invocation['webhookData']), hookApi(github), {
    clientSecret,
    connectionId,
    mode,
  })
  return { webhookData, refreshIntervalInSeconds: REFRESH_INTERVAL_SECONDS }
}

/** handleTriggerDeleteWebhook: every hook the flow made is removed; ones already gone are fine. */
export async function deleteWebhooks(github: GitHubContext, raw: unknown): Promise<WebhookAnswer> {
  await deleteHooks(readWebhookData(invocationOf(raw)['webhookData']), hookApi(github))
  return { webhookData: null }
}

/** handleTriggerResolveEvents: needs no token and no stored secret (see resolve.ts). */
export function resolveEvents(clientSecret: string, raw: unknown, onReject: (why: Rejection) => void): ResolveResult {
  const invocation = invocationOf(raw)
  const rawBody = invocation['rawBody']
  return resolveDelivery(
    {
      headers: paramsOf(invocation['headers'], 'headers'),
      queryParams: paramsOf(invocation['queryParams'], 'queryParams'),
      rawBody: Buffer.isBuffer(rawBody) || typeof rawBody === 'string' ? rawBody : undefined,
      body: invocation['body'],
    },
    clientSecret,
    onReject,
  )
}

/** handleTriggerSelectMatched: the ids of the running blocks whose filters the event passes. */
export function selectMatchedBlocks(raw: unknown): { ids: string[] } {
  const invocation = invocationOf(raw)
  const eventName = optionalText(invocation, 'eventName')
  if (!eventName) throw new InvalidInput('eventName', 'is required: the trigger the event was resolved for.')
  const triggers = invocation['triggers'] ?? []
  if (!Array.isArray(triggers)) throw new InvalidInput('triggers', 'must be a list of { id, data }, one per running block.')
  const blocks: RunningBlock[] = triggers.map((entry: unknown, index) => {
    const fields = invocationOf(entry)
    const id = fields['id']
    if (typeof id !== 'string' && typeof id !== 'number') throw new InvalidInput(`triggers[${index}].id`, 'must be the block id.')
    return { id: String(id), data: paramsOf(fields['data'], `triggers[${index}].data`) }
  })
  return { ids: selectMatched(eventName, paramsOf(invocation['eventData'], 'eventData'), blocks) }
}

/** What a poll in learning mode reads from GitHub: nothing (it answers the block's sample). */
const NO_CALLS: PollApi = {
  get: () => Promise.reject(new Error('learning mode reads nothing from GitHub')),
}

export function isLearningPoll(raw: unknown): boolean {
  return invocationOf(raw)['learningMode'] === true
}

/** handleTriggerPollingForEvent: `{ events, state }`; `github` is absent in learning mode (no token needed). */
export async function pollEvents(github: GitHubContext | undefined, raw: unknown): Promise<PollResult> {
  const invocation = invocationOf(raw)
  const eventName = optionalText(invocation, 'eventName')
  if (!eventName) throw new InvalidInput('eventName', 'is required: the polling trigger to run.')
  return pollForEvents(
    {
      eventName,
      triggerData: paramsOf(invocation['triggerData'], 'triggerData'),
      state: invocation['state'],
      learningMode: invocation['learningMode'] === true,
    },
    github ? pollApi(github) : NO_CALLS,
  )
}
