/** The trigger logic (no Backendless, no HTTP): the contract class reaches it through handlers.ts; the README's Architecture section tells how it fits. */
export { REALTIME_TRIGGERS, realtimeTrigger, triggersForDelivery, REPO_HOOK_REQUIREMENT, ORG_HOOK_REQUIREMENT } from './events'
export type { RealtimeTrigger, TriggerParam, FilterRule } from './events'
export { selectMatched, type RunningBlock } from './match'
export { resolveDelivery, type DeliveryInput, type ResolveResult, type Rejection } from './resolve'
export { deriveHookSecret, signBody, verifySignature, scopeKey, type HookScope } from './signature'
export {
  planHooks,
  reconcileHooks,
  deleteHooks,
  readWebhookData,
  hookUrl,
  REFRESH_INTERVAL_SECONDS,
  WebhookPermissionMissing,
  type HookApi,
  type GitHubHook,
  type HookSettings,
  type TriggerWebhookData,
  type UpsertBlock,
} from './webhooks'
export {
  POLLING_TRIGGERS,
  pollingTrigger,
  pollForEvents,
  type PollApi,
  type PollRequest,
  type PollResponse,
  type PollResult,
} from './polling'
