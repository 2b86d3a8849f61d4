import sodium from 'libsodium-wrappers'
import type { Description, ResolvedOperation } from '../openapi/description'
import type { Repository } from './state'
import { conflict, invalidField, notFound, type ApiRequest, type ApiResponse } from './http'
import type { Emitted } from '../webhooks/events'
import { canSee, hasScope, repositoryFor, type World } from './world'

/**
 * State keyed by path template, for resources that have plain create/read/update/delete/list semantics and no rule
 * of GitHub worth hand-writing. A resource is one table entry: its collection and item templates, how an item is
 * keyed, and which request fields it keeps. An item answers as the description's own example of the item with the
 * stored fields laid over it, so every documented field is there and the answer conforms to GitHub's schema.
 *
 * Stateful here: Actions variables and secrets of repositories, environments and organizations (with each one's
 * secrets public key), deploy keys, deployments and their statuses, rulesets, teams, project items and drafts. Anything else without a hand-written handler
 * answers from the description's example (see README "Operations answered").
 *
 * Secrets are kept as GitHub keeps them: sealed. Each secrets collection has its own X25519 key pair (libsodium's,
 * an implementation independent of the service's); a secret whose encrypted_value does not open with the key named
 * by key_id is refused with 422, so a service that seals wrongly fails against the sandbox as against GitHub.
 */

/** libsodium loads its WebAssembly asynchronously; the REST stand-in awaits this before the first request. */
export const engineReady: Promise<void> = sodium.ready

interface Resource {
  /** The collection's path template as in GitHub's description. */
  collection: string
  /** The item's path template; its last parameter is the key. */
  item: string
  /**
   * 'body:<field>': the key is a field of the create body (variables); 'slug:<field>': that field slugged (teams, renamed
   * with it); 'path': PUT on the item creates it (secrets); 'id': generated.
   */
  key: 'id' | 'path' | `body:${string}` | `slug:${string}`
  /** The operation whose documented example gives an item's shape. */
  exampleOf: string
  /** List answered as `{ total_count, <field>: [...] }` rather than a bare array. */
  listField?: string
  /** Query parameters that filter the list by the item's field of the same name (`?environment=staging`). */
  filters?: string[]
  /** Request fields kept (and answered); others are only validated. */
  keep: string[]
  /** Request fields kept but never answered (a secret's encrypted value). */
  hidden?: string[]
  /** Create answer: the item (201), or an empty object (201), as GitHub answers. */
  createAnswer: 'item' | 'empty'
  /** Set on create from the request: the creator, and fields defaulted from others. */
  onCreate?: (request: ApiRequest, fields: Record<string, unknown>, world: World, parent?: Item) => Record<string, unknown>
  /** The parent item a collection lives under (a deployment's statuses). */
  parent?: { resource: string; param: string }
  /** Items are secrets: a PUT must carry an encrypted_value sealed for the collection's public key. */
  sealed?: true
  /** Organization collections: the scopes that read and write them (default admin:org for both). */
  orgScopes?: { read: string[]; write: string[] }
  /** PUT on an item updates it (200 with the item; 404 when missing) instead of creating it (secrets). */
  putUpdates?: true
  /** A PATCH with a rule of its own: the fields it changes (answered 200 with the item) instead of the kept fields (204). */
  onUpdate?: (request: ApiRequest, existing: Item, described: Description) => Item
  /** The webhook event a create sends (deployment, deployment_status), from the answered item and its parent. */
  createdEvent?: (item: Item, parent: Item | undefined) => { event: string; payload: Record<string, unknown> }
}

/** A team's slug from its name, as GitHub makes it: lower case, runs of other characters as "-". */
const slugOf = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')

type Item = Record<string, unknown>

const creator = (request: ApiRequest, _fields: Record<string, unknown>, world: World): Record<string, unknown> => ({
  creator: world.render.user(request.viewer),
})

function variables(name: string, collection: string, exampleOf: string, more: string[] = []): Record<string, Resource> {
  return {
    [name]: {
      collection,
      item: `${collection}/{name}`,
      key: 'body:name',
      exampleOf,
      listField: 'variables',
      keep: ['name', 'value', ...more],
      createAnswer: 'empty',
    },
  }
}

function secrets(name: string, collection: string, exampleOf: string, more: string[] = []): Record<string, Resource> {
  return {
    [name]: {
      collection,
      item: `${collection}/{secret_name}`,
      key: 'path',
      exampleOf,
      listField: 'secrets',
      keep: more,
      hidden: ['encrypted_value', 'key_id'],
      createAnswer: 'empty',
      sealed: true,
    },
  }
}

/**
 * The items of a project (Projects v2) of an organization or a user: an issue or pull request of a repository the
 * viewer can see (its type as the request says).
 */
function projectItems(name: string, collection: string, exampleOf: string, fieldsOf: string): Record<string, Resource> {
  return {
    [name]: {
      collection,
      item: `${collection}/{item_id}`,
      key: 'id',
      exampleOf,
      keep: [],
      createAnswer: 'item',
      orgScopes: { read: ['read:project', 'project'], write: ['project'] },
      onUpdate: (request, existing, described) => ({ fields: setProjectFields(request, existing, described.example(fieldsOf).body) }),
      onCreate: (request, _fields, world) => {
        const body = (request.body ?? {}) as Record<string, unknown>
        const owner = request.params['org'] ?? request.params['username'] ?? ''
        const kind = request.params['org'] ? 'orgs' : 'users'
        const project = `${world.render.api}/${kind}/${owner}/projectsV2/${request.params['project_number'] ?? ''}`
        const common = { creator: world.render.user(request.viewer), archived_at: null, project_url: project, fields: [] }
        if (/\/drafts\/?$/.test(request.rawPath)) {
          if (typeof body['title'] !== 'string' || body['title'].trim() === '') throw invalidField('DraftIssue', 'title', 'missing_field')
          const id = world.state.nextId()
          const content = {
            id,
            node_id: world.render.nodeId('DraftIssue', id),
            title: body['title'],
            body: typeof body['body'] === 'string' ? body['body'] : null,
            user: world.render.user(request.viewer),
            created_at: world.state.now(),
            updated_at: world.state.now(),
          }
          return { ...common, content_type: 'DraftIssue', content }
        }
        const repo = world.state.repository(String(body['owner'] ?? ''), String(body['repo'] ?? ''))
        const issue = repo?.issues.find((candidate) => candidate.number === body['number'])
        if (!repo || !issue || !canSee(request, repo) || (body['type'] === 'PullRequest') !== (issue.pull !== undefined)) {
          throw invalidField('ProjectV2Item', 'content', 'invalid', `Could not resolve to a ${String(body['type'])}`)
        }
        return { ...common, content_type: body['type'], content: world.render.issue(repo, issue) }
      },
    },
  }
}

interface ProjectField {
  id: number
  name: string
  data_type: string
  options?: { id: string }[]
  configuration?: { iterations?: { id: string }[] }
}

/**
 * An item's field values after a PATCH, checked as GitHub checks them: each field one of the project's (the
 * description's example fields, the sandbox's every project has them), of a type the REST API sets (text, number,
 * date, single select, iteration), a single select or an iteration given by the id of one of its choices, null
 * clearing the value. A single select's or iteration's value answers as the choice itself.
 */
function setProjectFields(request: ApiRequest, existing: Item, projectFields: unknown): Item[] {
  const fields = (Array.isArray(projectFields) ? projectFields : []) as ProjectField[]
  const updates = ((request.body ?? {}) as { fields?: unknown }).fields
  if (!Array.isArray(updates) || updates.length === 0) throw invalidField('ProjectV2Item', 'fields', 'missing_field')
  const values = new Map(((existing['fields'] ?? []) as Item[]).map((value) => [value['id'], value]))
  for (const update of updates as { id?: unknown; value?: unknown }[]) {
    const field = fields.find((candidate) => candidate.id === update.id)
    if (!field) throw invalidField('ProjectV2Item', 'fields', 'invalid', `Field ${String(update.id)} does not exist in the project`)
    const value = update.value
    if (value === null) {
      values.delete(field.id)
      continue
    }
    const choice = (choices: { id: string }[] | undefined) => {
      const found = choices?.find((candidate) => candidate.id === value)
      if (!found) throw invalidField('ProjectV2Item', 'fields', 'invalid', `${String(value)} is not a choice of the field ${field.name}`)
      return found
    }
    const rendered =
      field.data_type === 'single_select'
        ? choice(field.options)
        : field.data_type === 'iteration'
          ? choice(field.configuration?.iterations)
          : (field.data_type === 'text' && typeof value === 'string') ||
              (field.data_type === 'number' && typeof value === 'number') ||
              (field.data_type === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value))
            ? value
            : undefined
    if (rendered === undefined) {
      throw invalidField(
        'ProjectV2Item',
        'fields',
        'invalid',
        `The ${field.data_type} field ${field.name} cannot take ${JSON.stringify(value)}`,
      )
    }
    values.set(field.id, { id: field.id, name: field.name, data_type: field.data_type, value: rendered })
  }
  return [...values.values()]
}

/** The drafts routes of Projects v2, and the resource whose items they make (content_type DraftIssue). */
const PROJECT_DRAFTS: Record<string, string> = {
  '/orgs/{org}/projectsV2/{project_number}/drafts': 'organization project item',
  '/user/{user_id}/projectsV2/{project_number}/drafts': 'user project item',
}

/** The public-key templates of the sealed collections: GET answers the collection's key. */
const PUBLIC_KEYS: Record<string, string> = {
  '/repos/{owner}/{repo}/actions/secrets/public-key': '/repos/{owner}/{repo}/actions/secrets',
  '/repos/{owner}/{repo}/environments/{environment_name}/secrets/public-key':
    '/repos/{owner}/{repo}/environments/{environment_name}/secrets',
  '/orgs/{org}/actions/secrets/public-key': '/orgs/{org}/actions/secrets',
}

export const RESOURCES: Record<string, Resource> = {
  ...variables('actions variable', '/repos/{owner}/{repo}/actions/variables', 'actions/get-repo-variable'),
  ...variables(
    'environment variable',
    '/repos/{owner}/{repo}/environments/{environment_name}/variables',
    'actions/get-environment-variable',
  ),
  ...variables('organization variable', '/orgs/{org}/actions/variables', 'actions/get-org-variable', ['visibility']),
  ...secrets('actions secret', '/repos/{owner}/{repo}/actions/secrets', 'actions/get-repo-secret'),
  ...secrets('environment secret', '/repos/{owner}/{repo}/environments/{environment_name}/secrets', 'actions/get-environment-secret'),
  ...secrets('organization secret', '/orgs/{org}/actions/secrets', 'actions/get-org-secret', ['visibility']),
  'deploy key': {
    collection: '/repos/{owner}/{repo}/keys',
    item: '/repos/{owner}/{repo}/keys/{key_id}',
    key: 'id',
    exampleOf: 'repos/get-deploy-key',
    keep: ['title', 'key', 'read_only'],
    createAnswer: 'item',
    onCreate: (_request, fields) => ({
      read_only: fields['read_only'] ?? true,
      verified: true,
      added_by: null,
      last_used: null,
      enabled: true,
    }),
  },
  ...projectItems(
    'organization project item',
    '/orgs/{org}/projectsV2/{project_number}/items',
    'projects/get-org-item',
    'projects/list-fields-for-org',
  ),
  ...projectItems(
    'user project item',
    '/users/{username}/projectsV2/{project_number}/items',
    'projects/get-user-item',
    'projects/list-fields-for-user',
  ),
  ruleset: {
    collection: '/repos/{owner}/{repo}/rulesets',
    item: '/repos/{owner}/{repo}/rulesets/{ruleset_id}',
    key: 'id',
    exampleOf: 'repos/get-repo-ruleset',
    keep: ['name', 'target', 'enforcement', 'conditions', 'rules', 'bypass_actors'],
    createAnswer: 'item',
    putUpdates: true,
    onCreate: (request, fields) => ({
      target: fields['target'] ?? 'branch',
      source_type: 'Repository',
      source: `${request.params['owner'] ?? ''}/${request.params['repo'] ?? ''}`,
      conditions: fields['conditions'] ?? null,
      rules: fields['rules'] ?? [],
      bypass_actors: fields['bypass_actors'] ?? [],
      current_user_can_bypass: 'never',
    }),
  },
  team: {
    collection: '/orgs/{org}/teams',
    item: '/orgs/{org}/teams/{team_slug}',
    key: 'slug:name',
    exampleOf: 'teams/get-by-name',
    keep: ['name', 'description', 'privacy'],
    createAnswer: 'item',
    orgScopes: { read: ['read:org', 'admin:org'], write: ['admin:org'] },
    onCreate: (request, fields, world) => {
      const org = request.params['org'] ?? ''
      const slug = slugOf(String(fields['name'] ?? ''))
      return {
        slug,
        description: fields['description'] ?? null,
        privacy: fields['privacy'] ?? 'secret',
        html_url: `${world.render.web}/orgs/${org}/teams/${slug}`,
        members_count: 1,
        repos_count: 0,
        parent: null,
        type: 'organization',
      }
    },
  },
  deployment: {
    collection: '/repos/{owner}/{repo}/deployments',
    item: '/repos/{owner}/{repo}/deployments/{deployment_id}',
    key: 'id',
    exampleOf: 'repos/get-deployment',
    keep: ['ref', 'task', 'payload', 'environment', 'description', 'transient_environment', 'production_environment'],
    filters: ['sha', 'ref', 'task', 'environment'],
    createAnswer: 'item',
    // Made through the API, not by a workflow: the workflow fields the webhook requires are null.
    createdEvent: (deployment) => ({ event: 'deployment', payload: { action: 'created', deployment, workflow: null, workflow_run: null } }),
    onCreate: (request, fields, world) => {
      const repo = repositoryFor(world, request)
      const ref = typeof fields['ref'] === 'string' ? fields['ref'] : repo.defaultBranch
      const commit = world.state.resolveRef(repo, ref)
      if (!commit) throw conflict(`No ref found for: ${ref}`)
      const environment = typeof fields['environment'] === 'string' ? fields['environment'] : 'production'
      return {
        ...creator(request, fields, world),
        sha: commit.sha,
        task: fields['task'] ?? 'deploy',
        payload: fields['payload'] ?? {},
        environment,
        original_environment: environment,
        description: fields['description'] ?? null,
        production_environment: fields['production_environment'] ?? environment === 'production',
        transient_environment: fields['transient_environment'] ?? false,
      }
    },
  },
  'deployment status': {
    collection: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
    item: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}',
    key: 'id',
    exampleOf: 'repos/get-deployment-status',
    keep: ['state', 'description', 'environment', 'environment_url', 'log_url', 'target_url'],
    createAnswer: 'item',
    parent: { resource: 'deployment', param: 'deployment_id' },
    createdEvent: (status, deployment) => ({
      event: 'deployment_status',
      payload: { action: 'created', deployment_status: status, deployment, check_run: null, workflow: null, workflow_run: null },
    }),
    onCreate: (request, fields, world, parent) => {
      // URLs not given point at the repository's deployments page (the description requires URIs here).
      const page = `${world.render.web}/${request.params['owner'] ?? ''}/${request.params['repo'] ?? ''}/deployments`
      return {
        ...creator(request, fields, world),
        description: fields['description'] ?? '',
        environment: fields['environment'] ?? parent?.['environment'] ?? 'production',
        environment_url: fields['environment_url'] ?? page,
        log_url: fields['log_url'] ?? fields['target_url'] ?? page,
        target_url: fields['target_url'] ?? fields['log_url'] ?? page,
        deployment_url: parent?.['url'],
      }
    },
  },
}

export class StateEngine {
  /** Resource name → collection instance (its path, e.g. /repos/o/r/deployments) → key → item. */
  readonly #items = new Map<string, Map<string, Map<string, Item>>>()
  /** Sealed collection instance (its path) → its key pair and the key_id GitHub names it by. */
  readonly #keys = new Map<string, { keyId: string; publicKey: Uint8Array; privateKey: Uint8Array }>()

  /** Webhook events of the writes answered since the last drain (the REST stand-in delivers them). */
  #emitted: Emitted[] = []

  constructor(
    private readonly world: World,
    private readonly described: Description,
  ) {}

  drain(): Emitted[] {
    return this.#emitted.splice(0)
  }

  /** The templates this engine answers, for the README's count. */
  static templates(): string[] {
    return [
      ...Object.values(RESOURCES).flatMap((resource) => [resource.collection, resource.item]),
      ...Object.keys(PUBLIC_KEYS),
      ...Object.keys(PROJECT_DRAFTS),
    ]
  }

  /** The answer when the operation is one of the engine's resources, otherwise undefined. */
  handle(operation: ResolvedOperation, request: ApiRequest): ApiResponse | undefined {
    const sealedCollection = PUBLIC_KEYS[operation.template]
    if (sealedCollection !== undefined && operation.method === 'GET') {
      const { path } = this.#access({ collection: sealedCollection }, request, false)
      const { keyId, publicKey } = this.#keyOf(path)
      return { status: 200, body: { key_id: keyId, key: Buffer.from(publicKey).toString('base64') } }
    }
    const drafts = PROJECT_DRAFTS[operation.template]
    if (drafts !== undefined && operation.method === 'POST') {
      // A draft is one more item of the project: made in the project's items, where listing and updating find it.
      const params: Record<string, string> = { ...request.params }
      if (drafts === 'user project item') {
        // GitHub's route names the connected account by id; its projects are under its login.
        if (String(request.viewer.id) !== request.params['user_id']) throw notFound()
        params['username'] = request.viewer.login
      }
      return this.#collection(drafts, RESOURCES[drafts] as Resource, operation, { ...request, params })
    }
    for (const [name, resource] of Object.entries(RESOURCES)) {
      if (operation.template === resource.collection) return this.#collection(name, resource, operation, request)
      if (operation.template === resource.item) return this.#item(name, resource, operation, request)
    }
    return undefined
  }

  #instances(name: string, collectionPath: string): Map<string, Item> {
    let byPath = this.#items.get(name)
    if (!byPath) this.#items.set(name, (byPath = new Map()))
    let items = byPath.get(collectionPath.toLowerCase())
    if (!items) byPath.set(collectionPath.toLowerCase(), (items = new Map()))
    return items
  }

  #keyOf(path: string): { keyId: string; publicKey: Uint8Array; privateKey: Uint8Array } {
    let pair = this.#keys.get(path.toLowerCase())
    if (!pair) {
      const generated = sodium.crypto_box_keypair()
      pair = { keyId: String(this.world.state.nextId()), publicKey: generated.publicKey, privateKey: generated.privateKey }
      this.#keys.set(path.toLowerCase(), pair)
    }
    return pair
  }

  /** A secret's encrypted_value must open with the collection's key named by key_id (GitHub answers 422 otherwise). */
  #checkSealed(path: string, body: Record<string, unknown>): void {
    const { keyId, publicKey, privateKey } = this.#keyOf(path)
    if (body['key_id'] !== keyId) throw invalidField('Secret', 'key_id', 'invalid', 'key_id is not the current public key of these secrets')
    try {
      sodium.crypto_box_seal_open(Buffer.from(String(body['encrypted_value']), 'base64'), publicKey, privateKey)
    } catch {
      throw invalidField('Secret', 'encrypted_value', 'invalid', 'encrypted_value does not open with the public key of key_id')
    }
  }

  /**
   * Checks access to the repository (or, for organization collections, that the viewer owns the organization and the
   * token has admin:org); the collection's path with the request's parameters, and its parent item.
   */
  #access(
    resource: Pick<Resource, 'collection' | 'parent' | 'orgScopes'>,
    request: ApiRequest,
    write: boolean,
  ): { path: string; repoPath: string; parent?: Item; repo?: Repository } {
    const fill = (template: string): string =>
      template.replace(/\{([^}]+)\}/g, (_, param: string) => encodeURIComponent(request.params[param] ?? ''))
    if (resource.collection.startsWith('/orgs/{org}/')) {
      const org = this.world.state.account(request.params['org'] ?? '')
      const scopes = resource.orgScopes ?? { read: ['admin:org'], write: ['admin:org'] }
      if (
        !org ||
        org.type !== 'Organization' ||
        !request.viewer.orgs.includes(org.login) ||
        !hasScope(request, ...scopes[write ? 'write' : 'read'])
      ) {
        throw notFound()
      }
      return { path: fill(resource.collection), repoPath: `/orgs/${org.login}` }
    }
    if (resource.collection.startsWith('/users/{username}/')) {
      // A user's own collections (their projects): only that user, with the scopes the resource names.
      const account = this.world.state.account(request.params['username'] ?? '')
      const scopes = resource.orgScopes ?? { read: [], write: [] }
      if (!account || account.login !== request.viewer.login || !hasScope(request, ...scopes[write ? 'write' : 'read'])) throw notFound()
      return { path: fill(resource.collection), repoPath: `/users/${account.login}` }
    }
    const repo = repositoryFor(this.world, request, write ? 'write' : 'read')
    let parent: Item | undefined
    if (resource.parent) {
      const parentResource = RESOURCES[resource.parent.resource] as Resource
      parent = this.#instances(resource.parent.resource, fill(parentResource.collection)).get(request.params[resource.parent.param] ?? '')
      if (!parent) throw notFound()
    }
    return { path: fill(resource.collection), repoPath: `/repos/${repo.owner.login}/${repo.name}`, repo, ...(parent && { parent }) }
  }

  #render(resource: Resource, item: Item): Item {
    const example = this.described.example(resource.exampleOf).body
    const template = example && typeof example === 'object' && !Array.isArray(example) ? example : {}
    const visible = Object.fromEntries(Object.entries(item).filter(([field]) => !(resource.hidden ?? []).includes(field)))
    return { ...template, ...visible }
  }

  #collection(name: string, resource: Resource, operation: ResolvedOperation, request: ApiRequest): ApiResponse {
    const { path, repoPath, parent, repo } = this.#access(resource, request, operation.method !== 'GET')
    const items = this.#instances(name, path)
    if (operation.method === 'GET') {
      const wanted = (resource.filters ?? []).flatMap((field) => {
        const value = request.query.get(field)
        return value === null ? [] : [[field, value] as const]
      })
      const all = [...items.values()]
        .filter((item) => wanted.every(([field, value]) => String(item[field]) === value))
        .map((item) => this.#render(resource, item))
        .reverse()
      const perPage = Math.min(100, Math.max(1, Number(request.query.get('per_page') ?? 30) || 30))
      const page = Math.max(1, Number(request.query.get('page') ?? 1) || 1)
      const slice = all.slice((page - 1) * perPage, page * perPage)
      return { status: 200, body: resource.listField ? { total_count: all.length, [resource.listField]: slice } : slice }
    }
    // POST: create.
    const body = (request.body ?? {}) as Record<string, unknown>
    const now = this.world.state.now()
    const id = this.world.state.nextId()
    const key =
      resource.key === 'id'
        ? String(id)
        : resource.key.startsWith('slug:')
          ? slugOf(String(body[resource.key.slice('slug:'.length)] ?? ''))
          : String(body[resource.key.slice('body:'.length)] ?? '')
    if (items.has(key)) throw conflict(`${name} already exists`)
    const kept = Object.fromEntries(resource.keep.filter((field) => body[field] !== undefined).map((field) => [field, body[field]]))
    const url = `${this.world.render.api}${path}/${encodeURIComponent(key)}`
    const item: Item = {
      ...((resource.key === 'id' || resource.key.startsWith('slug:')) && { id, node_id: this.world.render.nodeId(name, id), url }),
      ...kept,
      ...resource.onCreate?.(request, kept, this.world, parent),
      created_at: now,
      updated_at: now,
    }
    if (name === 'deployment') item['statuses_url'] = `${url}/statuses`
    if (name === 'deployment' || name === 'deployment status') item['repository_url'] = `${this.world.render.api}${repoPath}`
    items.set(key, item)
    const rendered = this.#render(resource, item)
    if (resource.createdEvent && repo) {
      const parentResource = resource.parent && (RESOURCES[resource.parent.resource] as Resource)
      this.#emitted.push({ ...resource.createdEvent(rendered, parent && parentResource && this.#render(parentResource, parent)), repo })
    }
    return { status: 201, body: resource.createAnswer === 'item' ? rendered : {} }
  }

  #item(name: string, resource: Resource, operation: ResolvedOperation, request: ApiRequest): ApiResponse {
    const { path } = this.#access(resource, request, operation.method !== 'GET')
    const items = this.#instances(name, path)
    const paramName = /\{([^}]+)\}$/.exec(resource.item)?.[1] ?? ''
    const key = request.params[paramName] ?? ''
    const existing = items.get(key)
    const body = (request.body ?? {}) as Record<string, unknown>
    const kept = Object.fromEntries(
      [...resource.keep, ...(resource.hidden ?? [])].filter((field) => body[field] !== undefined).map((field) => [field, body[field]]),
    )
    switch (operation.method) {
      case 'GET':
        if (!existing) throw notFound()
        return { status: 200, body: this.#render(resource, existing) }
      case 'PUT': {
        if (resource.putUpdates) {
          // Rulesets: PUT changes the fields given and answers the item.
          if (!existing) throw notFound()
          const updated = { ...existing, ...kept, updated_at: this.world.state.now() }
          items.set(key, updated)
          return { status: 200, body: this.#render(resource, updated) }
        }
        // Secrets: PUT creates (201) or replaces (204).
        if (resource.sealed) this.#checkSealed(path, body)
        const now = this.world.state.now()
        items.set(key, { ...(existing ?? { name: key, created_at: now }), ...kept, updated_at: now })
        return existing ? { status: 204 } : { status: 201, body: {} }
      }
      case 'PATCH': {
        if (!existing) throw notFound()
        if (resource.onUpdate) {
          const updated = { ...existing, ...resource.onUpdate(request, existing, this.described), updated_at: this.world.state.now() }
          items.set(key, updated)
          return { status: 200, body: this.#render(resource, updated) }
        }
        items.delete(key)
        const renamed = typeof kept['name'] === 'string' ? kept['name'] : undefined
        if (resource.key.startsWith('slug:')) {
          // Teams: a new name is a new slug; GitHub answers the updated team.
          const slug = renamed === undefined ? key : slugOf(renamed)
          const updated = { ...existing, ...kept, slug, url: `${this.world.render.api}${path}/${slug}`, updated_at: this.world.state.now() }
          items.set(slug, updated)
          return { status: 200, body: this.#render(resource, updated) }
        }
        items.set(renamed ?? key, { ...existing, ...kept, updated_at: this.world.state.now() })
        return { status: 204 }
      }
      case 'DELETE':
        if (!existing) throw notFound()
        items.delete(key)
        return { status: 204 }
      default:
        throw notFound()
    }
  }
}
