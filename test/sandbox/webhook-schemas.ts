import { readFileSync } from 'node:fs'
import Ajv, { type ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'

/**
 * GitHub's webhook payload schemas (@octokit/openapi-webhooks, pinned in devDependencies): a delivery's payload
 * checked against `webhook-<event>-<action>` (or `webhook-<event>` for events without actions), so what the sandbox
 * sends is what GitHub documents.
 */

interface WebhooksDocument {
  webhooks: Record<string, { post?: { requestBody?: { content?: Record<string, { schema?: { $ref?: string } }> } } }>
  components: { schemas: Record<string, unknown> }
}

const document = JSON.parse(
  readFileSync(require.resolve('@octokit/openapi-webhooks/generated/api.github.com.json'), 'utf8'),
) as WebhooksDocument
const ajv = new Ajv({ strict: false, allErrors: true, logger: false, validateSchema: false })
addFormats(ajv)
for (const format of ['uri-template', 'int64', 'int32', 'double']) ajv.addFormat(format, true)
ajv.addSchema({ $id: 'webhooks', components: document.components } as never)
const cache = new Map<string, ValidateFunction>()

/** The schema's name for an event and action, as the description's `webhooks` keys it (issue_comment → issue-comment). */
export function webhookKey(event: string, action: string | undefined): string {
  const base = event.replace(/_/g, '-')
  return action === undefined ? base : `${base}-${action.replace(/_/g, '-')}`
}

/** Schema violations of a payload (empty when it conforms); throws for an event the description does not have. */
export function checkWebhookPayload(event: string, payload: Record<string, unknown>): string[] {
  const action = typeof payload['action'] === 'string' ? payload['action'] : undefined
  const key = webhookKey(event, action)
  const ref = document.webhooks[key]?.post?.requestBody?.content?.['application/json']?.schema?.$ref
  if (!ref) throw new Error(`GitHub's webhook description has no ${key}`)
  let validate = cache.get(key)
  if (!validate) {
    validate = ajv.compile({ $ref: `webhooks${ref}` })
    cache.set(key, validate)
  }
  if (validate(payload)) return []
  return (validate.errors ?? [])
    .slice(0, 8)
    .map((error) => `${key}${error.instancePath || '/'} ${error.message ?? 'is invalid'} ${JSON.stringify(error.params)}`)
}
