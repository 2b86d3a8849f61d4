import {
  ApiError,
  DOCUMENTATION_URL,
  bodyObject,
  invalidField,
  notFound,
  paged,
  validationFailed,
  type ApiRequest,
  type Router,
} from '../http'
import type { Account, Repository } from '../state'
import { canSee, hasScope, type World } from '../world'
import { loopbackTarget, type Delivery, type Hook, type HookConfig, type HookTarget } from '../../webhooks/hooks'
import { pingPayload } from '../../webhooks/events'

/**
 * Repository and organization webhooks: create, list, get, update, delete, config, ping, delivery log and redelivery.
 * https://docs.github.com/en/rest/repos/webhooks  https://docs.github.com/en/rest/orgs/webhooks
 * Request shapes are already checked against GitHub's description; what is left here are GitHub's rules: the
 * hook's URL (loopback only in the sandbox), who may manage hooks, the "********" in place of a secret.
 */
export function hookRoutes(router: Router, world: World): void {
  const { state, render } = world
  const hooks = world.webhooks

  const repoTarget = (request: ApiRequest, access: 'read' | 'write'): { target: HookTarget; repo: Repository } => {
    const repo = state.repository(request.params['owner'] ?? '', request.params['repo'] ?? '')
    if (!repo || !canSee(request, repo)) throw notFound()
    const member = repo.collaborators.includes(request.viewer.login) || request.viewer.orgs.includes(repo.owner.login)
    const scopes = ['repo', 'admin:repo_hook', 'write:repo_hook', ...(access === 'read' ? ['read:repo_hook'] : [])]
    if (!member || !hasScope(request, ...scopes)) throw notFound()
    return { target: { kind: 'repo', name: `${repo.owner.login}/${repo.name}`, id: repo.id }, repo }
  }
  const orgTarget = (request: ApiRequest): { target: HookTarget; org: Account } => {
    const org = state.account(request.params['org'] ?? '')
    if (!org || org.type !== 'Organization') throw notFound()
    // Organization hooks need an owner with admin:org_hook; the sandbox user owns the sandbox organizations.
    if (!request.viewer.orgs.includes(org.login) || !hasScope(request, 'admin:org_hook')) throw notFound()
    return { target: { kind: 'org', name: org.login, id: org.id }, org }
  }

  const base = (hook: Hook): string =>
    hook.target.kind === 'repo'
      ? `${render.api}/repos/${hook.target.name}/hooks/${hook.id}`
      : `${render.api}/orgs/${hook.target.name}/hooks/${hook.id}`
  const config = (hook: Hook) => ({
    url: hook.config.url,
    content_type: hook.config.contentType,
    insecure_ssl: hook.config.insecureSsl,
    ...(hook.config.secret && { secret: '********' }),
  })
  /** components/schemas/hook (repository) and org-hook. */
  const renderHook = (hook: Hook): Record<string, unknown> => ({
    type: hook.target.kind === 'repo' ? 'Repository' : 'Organization',
    id: hook.id,
    name: 'web',
    active: hook.active,
    events: hook.events,
    config: config(hook),
    updated_at: hook.updatedAt,
    created_at: hook.createdAt,
    url: base(hook),
    ...(hook.target.kind === 'repo' && { test_url: `${base(hook)}/test` }),
    ping_url: `${base(hook)}/pings`,
    deliveries_url: `${base(hook)}/deliveries`,
    ...(hook.target.kind === 'repo' && { last_response: hook.lastResponse }),
  })
  const deliveryItem = (delivery: Delivery) => ({
    id: delivery.id,
    guid: delivery.guid,
    delivered_at: delivery.deliveredAt,
    redelivery: delivery.redelivery,
    duration: delivery.duration,
    status: delivery.status,
    status_code: delivery.statusCode,
    event: delivery.event,
    action: delivery.action,
    installation_id: null,
    repository_id: delivery.repositoryId,
  })

  /** The config fields of a create or update body, checked as GitHub checks them. */
  const readConfig = (raw: unknown, previous?: HookConfig): HookConfig => {
    const fields = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>
    const url = typeof fields['url'] === 'string' ? fields['url'] : previous?.url
    if (url === undefined || url === '') throw invalidField('Hook', 'url', 'missing_field', 'url cannot be blank')
    if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol))
      throw invalidField('Hook', 'url', 'custom', 'url is not supported because it is not an http(s) URL')
    if (!loopbackTarget(url)) {
      throw validationFailed([
        {
          resource: 'Hook',
          field: 'url',
          code: 'custom',
          message: `Sorry, the URL host ${new URL(url).hostname} is not supported: the sandbox delivers webhooks only to loopback addresses (127.0.0.0/8, localhost, [::1]).`,
        },
      ])
    }
    const contentType = fields['content_type'] ?? previous?.contentType ?? 'form'
    if (contentType !== 'json' && contentType !== 'form') throw invalidField('Hook', 'content_type', 'invalid')
    const insecure = String(fields['insecure_ssl'] ?? previous?.insecureSsl ?? '0')
    if (insecure !== '0' && insecure !== '1') throw invalidField('Hook', 'insecure_ssl', 'invalid')
    const secret = typeof fields['secret'] === 'string' ? fields['secret'] : previous?.secret
    return { url, contentType, insecureSsl: insecure, ...(secret ? { secret } : {}) }
  }
  const readEvents = (raw: unknown, fallback: string[]): string[] => {
    if (raw === undefined) return fallback
    const events = [...new Set(raw as string[])]
    if (events.length === 0) throw invalidField('Hook', 'events', 'invalid', 'events cannot be empty')
    return events
  }

  const ping = (hook: Hook, sender: Account, repo?: Repository, org?: Account): void => {
    hooks.send(hook, {
      event: 'ping',
      payload: pingPayload(world, hook, renderHook(hook), sender, repo, org),
      repositoryId: repo?.id ?? null,
    })
  }

  for (const kind of ['repo', 'org'] as const) {
    const prefix = kind === 'repo' ? '/repos/:owner/:repo/hooks' : '/orgs/:org/hooks'
    const targetOf = (request: ApiRequest, access: 'read' | 'write') => {
      if (kind === 'repo') {
        const { target, repo } = repoTarget(request, access)
        return { target, repo, org: repo.owner.type === 'Organization' ? repo.owner : undefined }
      }
      const { target, org } = orgTarget(request)
      return { target, repo: undefined, org }
    }
    const hookOf = (request: ApiRequest, access: 'read' | 'write') => {
      const scope = targetOf(request, access)
      const raw = request.params['hook_id'] ?? ''
      const hook = /^\d{1,12}$/.test(raw) ? hooks.get(scope.target, Number(raw)) : undefined
      if (!hook) throw notFound()
      return { ...scope, hook }
    }
    const deliveryOf = (hook: Hook, request: ApiRequest): Delivery => {
      const raw = request.params['delivery_id'] ?? ''
      const delivery = hook.deliveries.find((candidate) => String(candidate.id) === raw)
      if (!delivery) throw notFound()
      return delivery
    }

    /** POST …/hooks: create a webhook (and ping it, as GitHub does). */
    router.add('POST', prefix, (request) => {
      const { target, repo, org } = targetOf(request, 'write')
      const body = bodyObject(request)
      if (body['name'] !== undefined && body['name'] !== 'web') throw invalidField('Hook', 'name', 'invalid', 'name must be "web"')
      const fields = { active: body['active'] !== false, events: readEvents(body['events'], ['push']), config: readConfig(body['config']) }
      const duplicate = hooks.list(target).find((hook) => hook.config.url === fields.config.url)
      if (duplicate)
        throw validationFailed([
          { resource: 'Hook', code: 'custom', message: `Hook already exists on this ${kind === 'repo' ? 'repository' : 'organization'}` },
        ])
      const hook = hooks.create(target, fields)
      ping(hook, request.viewer, repo, org)
      const rendered = renderHook(hook)
      return { status: 201, body: rendered, headers: { Location: String(rendered['url']) } }
    })

    router.add('GET', prefix, (request) => paged(request, hooks.list(targetOf(request, 'read').target).map(renderHook)))
    router.add('GET', `${prefix}/:hook_id`, (request) => ({ status: 200, body: renderHook(hookOf(request, 'read').hook) }))

    router.add('PATCH', `${prefix}/:hook_id`, (request) => {
      const { hook } = hookOf(request, 'write')
      const body = bodyObject(request)
      if (body['config'] !== undefined) hook.config = readConfig(body['config'], hook.config)
      else if (kind === 'repo') {
        // The repository form also takes events to add and to remove.
        const add = (body['add_events'] as string[] | undefined) ?? []
        const remove = new Set((body['remove_events'] as string[] | undefined) ?? [])
        if (add.length > 0 || remove.size > 0) hook.events = [...new Set([...hook.events, ...add])].filter((event) => !remove.has(event))
      }
      hook.events = readEvents(body['events'], hook.events)
      if (typeof body['active'] === 'boolean') hook.active = body['active']
      hook.updatedAt = state.now()
      return { status: 200, body: renderHook(hook) }
    })

    router.add('DELETE', `${prefix}/:hook_id`, (request) => {
      hooks.delete(hookOf(request, 'write').hook)
      return { status: 204 }
    })

    router.add('GET', `${prefix}/:hook_id/config`, (request) => ({ status: 200, body: config(hookOf(request, 'read').hook) }))
    router.add('PATCH', `${prefix}/:hook_id/config`, (request) => {
      const { hook } = hookOf(request, 'write')
      hook.config = readConfig(bodyObject(request), hook.config)
      hook.updatedAt = state.now()
      return { status: 200, body: config(hook) }
    })

    router.add('POST', `${prefix}/:hook_id/pings`, (request) => {
      const { hook, repo, org } = hookOf(request, 'write')
      ping(hook, request.viewer, repo, org)
      return { status: 204 }
    })

    router.add('GET', `${prefix}/:hook_id/deliveries`, (request) => {
      const { hook } = hookOf(request, 'read')
      // GitHub pages deliveries with a cursor; the sandbox's short log fits per_page (default 30, at most 100).
      const perPage = Math.min(100, Math.max(1, Number(request.query.get('per_page') ?? 30) || 30))
      return { status: 200, body: hook.deliveries.slice(0, perPage).map(deliveryItem) }
    })

    router.add('GET', `${prefix}/:hook_id/deliveries/:delivery_id`, (request) => {
      const { hook } = hookOf(request, 'read')
      const delivery = deliveryOf(hook, request)
      return {
        status: 200,
        body: {
          ...deliveryItem(delivery),
          url: delivery.url,
          request: { headers: delivery.requestHeaders, payload: JSON.parse(delivery.payload) as unknown },
          response: { headers: delivery.responseHeaders, payload: delivery.responseBody },
        },
      }
    })

    router.add('POST', `${prefix}/:hook_id/deliveries/:delivery_id/attempts`, (request) => {
      const { hook } = hookOf(request, 'write')
      const delivery = deliveryOf(hook, request)
      if (!hook.active) throw new ApiError(400, { message: 'The hook is inactive.', documentation_url: DOCUMENTATION_URL, status: '400' })
      hooks.redeliver(hook, delivery)
      return { status: 202, body: {} }
    })
  }
}
