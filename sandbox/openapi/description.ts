import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'

/**
 * GitHub's REST description (sandbox/openapi/github-rest.json.gz, extracted from the pinned @octokit/openapi) as the
 * sandbox's router and validator: which operation a request is, whether its path, query and JSON body conform, the
 * documented example answer of an operation, and whether an answer conforms to its response schema.
 *
 * Validation is ajv over the description's own schemas rather than hand-written checks: ajv is the JSON Schema
 * validator the ecosystem relies on (OpenAPI 3.0's `nullable` is built in), so the sandbox's rules are GitHub's rules,
 * not a copy that drifts.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

interface Parameter {
  name: string
  in: 'path' | 'query' | 'header' | 'cookie'
  required?: boolean
  schema?: JsonObject
}

interface Operation {
  operationId: string
  parameters?: (Parameter | { $ref: string })[]
  requestBody?: { required?: boolean; content?: Record<string, { schema?: JsonObject }> }
  responses: Record<string, { $ref?: string; content?: Record<string, { schema?: JsonObject; examples?: Record<string, JsonObject> }> }>
  externalDocs?: { url?: string }
}

interface Document {
  paths: Record<string, Record<string, Operation | Parameter[]>>
  components: {
    schemas: JsonObject
    parameters: Record<string, Parameter>
    examples: Record<string, { value?: Json }>
    responses: JsonObject
  }
}

export const VERBS = ['get', 'put', 'post', 'delete', 'patch'] as const

export interface ResolvedOperation {
  operationId: string
  method: string
  template: string
  documentationUrl: string
  params: Record<string, string>
}

/** A GitHub-shaped validation error entry (components/schemas/validation-error). */
export interface FieldError {
  resource: string
  field: string
  code: 'missing_field' | 'invalid'
  message: string
}

interface Entry {
  method: string
  template: string
  segments: string[]
  operation: Operation
  pathParameters: Parameter[]
  queryParameters: Parameter[]
}

const FILE = join(__dirname, 'github-rest.json.gz')
const SCHEMA_ID = 'github'

export class Description {
  readonly document: Document
  readonly #entries: Entry[] = []
  readonly #byId = new Map<string, Entry>()
  readonly #params = new Ajv({ strict: false, logger: false, allErrors: true, coerceTypes: true, validateSchema: false })
  readonly #bodies = new Ajv({ strict: false, logger: false, allErrors: true, validateSchema: false })
  readonly #cache = new Map<string, ValidateFunction>()

  constructor(document: Document = JSON.parse(gunzipSync(readFileSync(FILE)).toString('utf8')) as Document) {
    this.document = document
    for (const ajv of [this.#params, this.#bodies]) {
      addFormats(ajv)
      // GitHub's own formats (and OpenAPI's numeric ones) carry no checkable rule here.
      for (const format of ['uri-template', 'int64', 'int32', 'double', 'repo.nwo', 'binary']) ajv.addFormat(format, true)
      ajv.addSchema({ $id: SCHEMA_ID, components: { schemas: rebase(document.components.schemas) } } as never)
    }
    for (const [template, item] of Object.entries(document.paths)) {
      const shared = (Array.isArray(item['parameters']) ? item['parameters'] : []) as Parameter[]
      for (const method of VERBS) {
        const operation = item[method] as Operation | undefined
        if (!operation) continue
        const parameters = [...shared, ...(operation.parameters ?? [])].map((parameter) => this.#parameter(parameter))
        const entry: Entry = {
          method: method.toUpperCase(),
          template,
          segments: template.split('/').filter(Boolean),
          operation,
          pathParameters: parameters.filter((parameter) => parameter.in === 'path'),
          queryParameters: parameters.filter((parameter) => parameter.in === 'query'),
        }
        this.#entries.push(entry)
        this.#byId.set(operation.operationId, entry)
      }
    }
  }

  /** Every operation: method, path template and operationId. */
  operations(): { method: string; template: string; operationId: string }[] {
    return this.#entries.map((entry) => ({ method: entry.method, template: entry.template, operationId: entry.operation.operationId }))
  }

  get operationIds(): string[] {
    return [...this.#byId.keys()]
  }

  /**
   * The operation a request is, or `{ allowed }` (methods the path has; empty = no such path). Literal segments win
   * over parameters, as in GitHub's router (`issues/comments` is not issue number "comments"); a last parameter takes
   * the rest of the path when it is a file path or a git ref (`contents/{path}`, `git/ref/{ref}` with slashes).
   */
  match(method: string, rawPath: string): ResolvedOperation | { allowed: string[] } {
    const parts = rawPath.split('/').filter(Boolean)
    let best: { entry: Entry; params: Record<string, string>; score: number[] } | undefined
    const allowed = new Set<string>()
    for (const entry of this.#entries) {
      const matched = matchSegments(entry.segments, parts)
      if (!matched) continue
      allowed.add(entry.method)
      if (entry.method !== method) continue
      if (!best || compareScores(matched.score, best.score) > 0) best = { entry, params: matched.params, score: matched.score }
    }
    if (!best) return { allowed: [...allowed] }
    return {
      operationId: best.entry.operation.operationId,
      method: best.entry.method,
      template: best.entry.template,
      documentationUrl: best.entry.operation.externalDocs?.url ?? 'https://docs.github.com/rest',
      params: best.params,
    }
  }

  /** Path and query parameters against their schemas (values coerced from strings, as GitHub reads them). */
  checkParameters(operation: ResolvedOperation, query: URLSearchParams): FieldError[] {
    const entry = this.#entry(operation.operationId)
    const errors: FieldError[] = []
    const check = (parameters: Parameter[], values: Record<string, string | string[]>, resource: string): void => {
      for (const parameter of parameters) {
        const value = values[parameter.name]
        if (value === undefined) {
          if (parameter.required)
            errors.push({ resource, field: parameter.name, code: 'missing_field', message: `${parameter.name} is required.` })
          continue
        }
        if (!parameter.schema) continue
        const holder = { value: Array.isArray(value) && parameter.schema['type'] !== 'array' ? value[0] : value }
        // Wrapped in an object so that ajv's type coercion can replace the string it was given.
        const wrapped = this.#compile(this.#params, `param:${operation.operationId}:${parameter.in}:${parameter.name}`, {
          type: 'object',
          properties: { value: parameter.schema },
        })
        if (!wrapped(holder)) {
          errors.push({ resource, field: parameter.name, code: 'invalid', message: `${parameter.name} ${describe(wrapped.errors)}` })
        }
      }
    }
    check(entry.pathParameters, operation.params, 'Path')
    const queryValues: Record<string, string | string[]> = {}
    for (const key of new Set(query.keys())) {
      const all = query.getAll(key)
      queryValues[key.replace(/\[\]$/, '')] = all.length > 1 || key.endsWith('[]') ? all : (all[0] ?? '')
    }
    check(entry.queryParameters, queryValues, 'Query')
    return errors
  }

  /** The JSON body against the operation's request schema (no coercion: GitHub does not turn "1" into 1 in bodies). */
  checkBody(operation: ResolvedOperation, body: unknown): FieldError[] {
    const entry = this.#entry(operation.operationId)
    const requestBody = entry.operation.requestBody
    const schema = requestBody?.content?.['application/json']?.schema
    if (!requestBody || !schema) return []
    if (body === undefined) {
      return requestBody.required
        ? [{ resource: resourceOf(operation.operationId), field: '', code: 'missing_field', message: 'A JSON body is required.' }]
        : []
    }
    const validate = this.#compile(this.#bodies, `body:${operation.operationId}`, schema)
    if (validate(body)) return []
    return toFieldErrors(validate.errors ?? [], resourceOf(operation.operationId))
  }

  /** The documented answer of an operation: its first success status and that response's first example. */
  example(operationId: string): { status: number; body?: Json } {
    type ObjectSchema = { type?: unknown; nullable?: unknown; required?: string[]; properties?: Record<string, unknown>; items?: unknown }
    const entry = this.#entry(operationId)
    const statuses = Object.keys(entry.operation.responses)
      .filter((status) => /^2\d\d$/.test(status))
      .sort()
    const status = statuses[0] ?? '200'
    const response = this.#resolve(entry.operation.responses[status] ?? {}) as Operation['responses'][string]
    const content = response.content?.['application/json']
    const first = content?.examples ? Object.values(content.examples)[0] : undefined
    let example = first ? (this.#resolve(first) as { value?: Json }) : undefined
    // Some examples are `{ summary, value: { $ref } }`: the value itself points at a components/examples entry.
    const inner = example?.value
    if (inner && typeof inner === 'object' && !Array.isArray(inner) && typeof inner['$ref'] === 'string') {
      example = this.#resolve(inner) as { value?: Json }
    }
    // A few examples are null where the schema is an empty object (checks/rerequest-suite): GitHub answers {} there.
    const schema = content?.schema && (this.#resolve(content.schema) as ObjectSchema)
    let value = example?.value === null && schema?.type === 'object' ? {} : example?.value
    // A few list examples show one item where the schema is a list (projects/list-for-org): GitHub answers a list.
    if (schema?.type === 'array' && value !== undefined && value !== null && !Array.isArray(value)) value = [value]
    // A few examples leave out a required field that may be null (orgs/get: archived_at, also inside a team's
    // organization): GitHub sends it as null. One leaves out a required flag (an iteration's `completed` in a project's
    // fields): false here. At any depth, in lists too.
    const fill = (item: Json | undefined, shape: ObjectSchema | undefined): Json | undefined => {
      if (Array.isArray(item) && shape?.type === 'array' && shape.items) {
        const itemShape = this.#resolve(shape.items) as ObjectSchema
        return item.map((entry) => fill(entry, itemShape) ?? entry)
      }
      if (!item || typeof item !== 'object' || Array.isArray(item) || !shape?.properties) return item
      const properties = shape.properties
      const field = (name: string): ObjectSchema => this.#resolve(properties[name] ?? {}) as ObjectSchema
      const missing = (shape.required ?? []).filter((name) => !(name in item))
      const filled: Record<string, Json> = { ...item }
      for (const name of missing) {
        if (field(name).nullable === true) filled[name] = null
        else if (field(name).type === 'boolean') filled[name] = false
      }
      for (const [name, inner] of Object.entries(filled)) {
        if (inner && typeof inner === 'object') filled[name] = fill(inner, field(name)) ?? inner
      }
      return filled
    }
    value = fill(value, schema)
    return { status: Number(status), ...(value !== undefined && { body: value }) }
  }

  /** Violations of the documented response schema for this status (empty when it conforms or nothing is documented). */
  checkResponse(operationId: string, status: number, body: unknown): string[] {
    const entry = this.#entry(operationId)
    const declared = entry.operation.responses[String(status)]
    if (!declared) return /^2/.test(String(status)) ? [`status ${status} is not documented for ${operationId}`] : []
    const response = this.#resolve(declared) as Operation['responses'][string]
    const schema = response.content?.['application/json']?.schema
    if (!schema || body === undefined || Buffer.isBuffer(body)) return []
    const validate = this.#compile(this.#bodies, `response:${operationId}:${status}`, schema)
    if (validate(body)) return []
    return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`)
  }

  #entry(operationId: string): Entry {
    const entry = this.#byId.get(operationId)
    if (!entry) throw new Error(`unknown operation ${operationId}`)
    return entry
  }

  #parameter(parameter: Parameter | { $ref: string }): Parameter {
    return '$ref' in parameter ? (this.#resolve(parameter) as Parameter) : parameter
  }

  #resolve(value: object): unknown {
    const ref = (value as { $ref?: unknown }).$ref
    if (typeof ref !== 'string') return value
    const target = ref
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], this.document)
    if (target === undefined) throw new Error(`unresolvable ${ref}`)
    return this.#resolve(target as object)
  }

  #compile(ajv: Ajv, key: string, schema: JsonObject): ValidateFunction {
    const cached = this.#cache.get(key)
    if (cached) return cached
    const compiled = ajv.compile(rebase(schema) as object)
    this.#cache.set(key, compiled)
    return compiled
  }
}

let shared: Description | undefined
/** The one parsed description of a process (parsing the 7 MB takes a moment). */
export function description(): Description {
  shared ??= new Description()
  return shared
}

/**
 * OpenAPI 3.0 schemas as ajv takes them: `#/components/schemas/…` references point at the added schema, and
 * `nullable: true` without a `type` (beside `$ref`, `allOf`, …), which ajv refuses, becomes `anyOf [schema, null]`.
 * Two readings of GitHub's intent below are deliberate and are the only places the sandbox loosens the description.
 */
function rebase(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(rebase)
  if (schema === null || typeof schema !== 'object') return schema
  const out: JsonObject = {}
  for (const [key, value] of Object.entries(schema)) {
    out[key] = key === '$ref' && typeof value === 'string' && value.startsWith('#/') ? `${SCHEMA_ID}${value}` : rebase(value)
  }
  // GitHub's description often says oneOf over object schemas that overlap (basic-error and
  // repository-rule-violation-error have no required property, so an error body matches both and oneOf fails even for
  // GitHub's own answers): anyOf is what it means.
  if (Array.isArray(out['oneOf'])) {
    out['anyOf'] = out['oneOf']
    delete out['oneOf']
  }
  // `nullable: true` with an `enum` (issue state_reason): null is allowed, as GitHub answers it, though the enum omits it.
  if (out['nullable'] === true && Array.isArray(out['enum']) && !out['enum'].includes(null)) out['enum'] = [...out['enum'], null]
  if (out['nullable'] === true && out['type'] === undefined) {
    delete out['nullable']
    return { anyOf: [out, { type: 'null' }] }
  }
  return out
}

/** Parameters that may span several segments when last (a file path, a git ref such as heads/feature/x, base...head). */
const REST_OF_PATH = new Set(['path', 'ref', 'basehead'])

function matchSegments(template: string[], parts: string[]): { params: Record<string, string>; score: number[] } | undefined {
  const params: Record<string, string> = {}
  const score: number[] = []
  for (let i = 0; i < template.length; i += 1) {
    const segment = template[i] as string
    const part = parts[i]
    if (part === undefined) return undefined
    const parameter = /^\{(.+)\}$/.exec(segment)?.[1]
    if (parameter) {
      const last = i === template.length - 1 && REST_OF_PATH.has(parameter)
      params[parameter] = decode(last ? parts.slice(i).join('/') : part)
      score.push(last && parts.length > template.length ? 0 : 1)
    } else if (segment === part) score.push(2)
    else return undefined
  }
  if (parts.length < template.length) return undefined
  if (parts.length > template.length && !REST_OF_PATH.has(/^\{(.+)\}$/.exec(template[template.length - 1] ?? '')?.[1] ?? ''))
    return undefined
  return { params, score }
}

function compareScores(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0)
    if (difference !== 0) return difference
  }
  return a.length - b.length
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

function describe(errors: ErrorObject[] | null | undefined): string {
  const first = errors?.[0]
  return first ? (first.message ?? 'is invalid') : 'is invalid'
}

/** ajv's errors as GitHub's `errors[]`: a missing property is `missing_field`, anything else `invalid`. */
function toFieldErrors(errors: ErrorObject[], resource: string): FieldError[] {
  const seen = new Set<string>()
  const out: FieldError[] = []
  for (const error of errors) {
    // anyOf (oneOf, see rebase) reports every branch; the branch errors are enough.
    if (error.keyword === 'oneOf' || error.keyword === 'anyOf') continue
    const path = error.instancePath.replace(/^\//, '').replace(/\//g, '.')
    const missing = error.keyword === 'required' ? String((error.params as { missingProperty?: unknown }).missingProperty) : undefined
    const field = missing !== undefined ? (path ? `${path}.${missing}` : missing) : path
    const code = missing !== undefined ? 'missing_field' : 'invalid'
    const key = `${field}:${code}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push({
      resource,
      field,
      code,
      message: missing !== undefined ? `${field} wasn't supplied.` : `${field || 'body'} ${error.message ?? 'is invalid'}`,
    })
  }
  return out
}

const SUB_RESOURCES: readonly [RegExp, string][] = [
  [/^issues\/.*comment/, 'IssueComment'],
  [/^pulls\/.*review-comment|^pulls\/.*-comment/, 'PullRequestReviewComment'],
  [/^pulls\/.*review/, 'PullRequestReview'],
  [/label/, 'Label'],
  [/milestone/, 'Milestone'],
  [/release/, 'Release'],
  [/hook/, 'Hook'],
  [/deployment-status/, 'DeploymentStatus'],
  [/deployment/, 'Deployment'],
  [/commit-status/, 'Status'],
]
const NAMESPACES: Record<string, string> = {
  issues: 'Issue',
  pulls: 'PullRequest',
  repos: 'Repository',
  gists: 'Gist',
  git: 'Git',
  actions: 'Actions',
  orgs: 'Organization',
  users: 'User',
  teams: 'Team',
  reactions: 'Reaction',
}

/** The `resource` GitHub names in a validation error: the model the operation writes (Issue, Label, PullRequest, …). */
export function resourceOf(operationId: string): string {
  const sub = SUB_RESOURCES.find(([pattern]) => pattern.test(operationId))
  if (sub) return sub[1]
  const namespace = operationId.split('/')[0] ?? ''
  return NAMESPACES[namespace] ?? namespace.charAt(0).toUpperCase() + namespace.slice(1)
}
