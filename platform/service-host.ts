import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'

/**
 * Loads a built CodeRunner service the way CodeRunner does and invokes its operations
 * through CodeRunner's own code: the model builder (`ServerCodeModel.build`), the
 * service-invocation task (`runners/tasks/invoke-service`, a new instance per call with
 * `config` and `this.request`), argument encoding (`util/args`) and error wrapping
 * (`util/result-wrapper`). Nothing here knows which service it runs: names, config items
 * and operations all come from the model.
 *
 * Must run in a plain Node process: under Jest the model builder silently finds nothing.
 */

// ---------------------------------------------------------------------------------------
// The descriptor, normalised for the console and the connection manager.

export interface TypeDescriptor {
  name: string
  elementType?: TypeDescriptor
}

export interface UiComponent {
  type: string
  options?: Record<string, unknown>
}

export interface ParamDescriptor {
  name: string
  label: string
  type: TypeDescriptor
  required: boolean
  description?: string
  defaultValue?: unknown
  uiComponent?: UiComponent
  /** Method name of the DICTIONARY operation that lists values for this parameter. */
  dictionary?: string
  /** Parameters whose values travel to the dictionary as `criteria`. */
  dependsOn: string[]
  hidden: boolean
}

/** ACTION for an ordinary operation; otherwise the method's `@registerAs` (SYSTEM, DICTIONARY…). */
export type OperationKind = string

export interface OperationDescriptor {
  method: string
  kind: OperationKind
  /** `@operationName`, or the method name. */
  name: string
  category: string
  description: string
  route: { verb: string; path: string } | null
  params: ParamDescriptor[]
  returnType: TypeDescriptor | null
  /** Parsed `@sampleResult`; undefined when the operation has none. */
  sampleResult?: unknown
  appearanceColor?: string
  executionTimeoutSeconds?: number
}

export interface ConfigItemDescriptor {
  name: string
  displayName: string
  type: string
  required: boolean
  defaultValue?: unknown
  hint?: string
  options?: unknown[]
  shared?: boolean
  order: number
}

export interface ServiceDescriptor {
  name: string
  version: string
  description: string
  /** `@integrationName`, or the class name. */
  displayName: string
  /** `@integrationIcon` as written (a path relative to the service root, or a URL). */
  icon?: string
  requireOAuth: boolean
  serviceInfo: Record<string, unknown>
  configItems: ConfigItemDescriptor[]
  operations: OperationDescriptor[]
}

// ---------------------------------------------------------------------------------------
// The shapes of CodeRunner's model JSON (backendless-coderunner/lib/util/jsdoc.js,
// server-code/model/service.js and service-descriptor.js).

interface RawType {
  name: string
  elementType?: RawType
}

interface RawParam {
  name: string
  label?: string
  type?: RawType
  optional?: boolean
  description?: string
  defaultValue?: unknown
}

interface RawArgMeta {
  label?: string
  uiComponent?: UiComponent
  dictionary?: string
  dependsOn?: string | string[]
  defaultValue?: unknown
  hidden?: boolean
}

export interface RawMethod {
  params?: RawParam[]
  tags?: Record<string, string>
  metaInfo?: { args?: Record<string, RawArgMeta>; sampleResult?: unknown }
  returnType?: RawType
  access?: string
  description?: string
}

interface RawConfigItem {
  name: string
  displayName?: string
  type?: string
  required?: boolean
  defaultValue?: unknown
  hint?: string
  options?: unknown[]
  shared?: boolean
  order?: number
}

export interface RawService {
  name: string
  version?: string
  description?: string
  serviceInfo?: Record<string, unknown>
  config?: RawConfigItem[]
}

export interface RawModel {
  services: RawService[]
  definitions: { types: Record<string, { methods?: Record<string, RawMethod> } | undefined> }
  errors: { message: string; serverCodeFile?: string; erredFile?: string; position?: string }[]
}

/** Mirrors service-descriptor.js enrichMethodNode: what the platform reads from each method. */
export function describeOperation(method: string, raw: RawMethod): OperationDescriptor {
  const tags = raw.tags ?? {}
  const kind = tags['registeras'] ? tags['registeras'].trim().toUpperCase() : 'ACTION'
  const args = raw.metaInfo?.args ?? {}
  const operation: OperationDescriptor = {
    method,
    kind,
    name: tags['operationname'] || method,
    category: tags['category'] ?? '',
    description: raw.description ?? '',
    route: parseRoute(tags['route']),
    params: (raw.params ?? []).map((param) => describeParam(param, args[param.name] ?? {})),
    returnType: raw.returnType ? unwrapPromise(raw.returnType) : null,
  }
  if (kind !== 'SYSTEM') {
    if (tags['sampleresult'] !== undefined) operation.sampleResult = parseSample(tags['sampleresult'])
    if (tags['appearancecolor']) operation.appearanceColor = tags['appearancecolor']
  }
  const timeout = Number(tags['executiontimeoutinseconds'])
  if (tags['executiontimeoutinseconds'] !== undefined && Number.isFinite(timeout) && timeout > 0) {
    operation.executionTimeoutSeconds = timeout
  }
  return operation
}

function describeParam(param: RawParam, meta: RawArgMeta): ParamDescriptor {
  const out: ParamDescriptor = {
    name: param.name,
    label: meta.label ?? param.label ?? param.name,
    type: param.type ? unwrapPromise(param.type) : { name: 'String' },
    required: param.optional === false,
    dependsOn: meta.dependsOn === undefined ? [] : Array.isArray(meta.dependsOn) ? meta.dependsOn : [meta.dependsOn],
    hidden: meta.hidden === true,
  }
  if (param.description) out.description = param.description
  const defaultValue = meta.defaultValue !== undefined ? meta.defaultValue : param.defaultValue
  if (defaultValue !== undefined) out.defaultValue = defaultValue
  if (meta.uiComponent) out.uiComponent = meta.uiComponent
  if (meta.dictionary) out.dictionary = meta.dictionary
  return out
}

function unwrapPromise(type: RawType): TypeDescriptor {
  if (type.name === 'Promise' && type.elementType) return unwrapPromise(type.elementType)
  return type.elementType ? { name: type.name, elementType: unwrapPromise(type.elementType) } : { name: type.name }
}

function parseRoute(route: string | undefined): OperationDescriptor['route'] {
  if (!route) return null
  const space = route.indexOf(' ')
  return space === -1 ? { verb: 'GET', path: route } : { verb: route.slice(0, space).toUpperCase(), path: route.slice(space + 1).trim() }
}

function parseSample(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

/** Reads one service out of the model JSON (what `JSON.stringify(model)` gives). */
export function describeService(model: RawModel, serviceName?: string): ServiceDescriptor {
  const service = serviceName ? model.services.find((item) => item.name === serviceName) : model.services[0]
  if (!service) {
    const found = model.services.map((item) => item.name).join(', ') || 'none'
    throw new Error(`The service ${serviceName ? `"${serviceName}" ` : ''}was not found in the model (services found: ${found}).`)
  }
  const methods = model.definitions.types[service.name]?.methods ?? {}
  const info = service.serviceInfo ?? {}
  const descriptor: ServiceDescriptor = {
    name: service.name,
    version: service.version ?? '1.0.0',
    description: service.description ?? service.name,
    displayName: typeof info['integrationName'] === 'string' && info['integrationName'] ? info['integrationName'] : service.name,
    requireOAuth: info['requireOAuth'] === true,
    serviceInfo: info,
    configItems: (service.config ?? []).map((item, index) => ({
      name: item.name,
      displayName: item.displayName ?? item.name,
      type: item.type ?? 'STRING',
      required: item.required === true,
      ...(item.defaultValue !== undefined && { defaultValue: item.defaultValue }),
      ...(item.hint !== undefined && { hint: item.hint }),
      ...(item.options !== undefined && { options: item.options }),
      ...(item.shared !== undefined && { shared: item.shared }),
      order: item.order ?? index,
    })),
    operations: Object.entries(methods)
      .filter(([, raw]) => raw.access !== 'private')
      .map(([method, raw]) => describeOperation(method, raw)),
  }
  if (typeof info['integrationIcon'] === 'string' && info['integrationIcon']) descriptor.icon = info['integrationIcon']
  return descriptor
}

// ---------------------------------------------------------------------------------------
// Invocation.

export interface InvocationError {
  code: number
  httpStatusCode: number
  message: string
}

export type InvocationOutcome = ({ ok: true; result: unknown } | { ok: false; error: InvocationError }) & {
  durationMs: number
  /** Which runtime answered (in-process, a debug session, the deployed code), for the console. */
  runtime?: string
}

export interface InvokeOptions {
  /** The connection's access token, sent as the `oauth-access-token` header like the platform does. */
  accessToken?: string
}

export interface ServiceHostOptions {
  /** The code root CodeRunner would deploy (the folder with coderunner.json). */
  root: string
  /** Globs excluded from the model; defaults to coderunner.json's app.exclude. */
  exclude?: string[]
  /** Which service to run when the root holds several; defaults to the first. */
  serviceName?: string
  /** Config item values by name; missing ones fall back to the declared defaults, like CodeRunner's buildConfig. */
  configuration?: Record<string, string | boolean | number | undefined>
  /** Used when the operation declares no @executionTimeoutInSeconds. */
  defaultTimeoutSeconds?: number
}

interface ServiceWrapperLike {
  name: string
}

interface CodeRunnerModel {
  errors: RawModel['errors']
  classMappings: Record<string, unknown>
  getService(name: string): ServiceWrapperLike | undefined
}

/** The fields of CodeRunner's service-invocation task (RequestServiceInvocation) that name the call. */
export interface InvokeTask {
  id: string
  className: string
  method: string
  arguments: number[]
  invocationContextDto: Record<string, unknown>
}

/** What an invocation becomes before it runs: its task and the operation's timeout. */
export type PreparedInvocation = { ok: true; task: InvokeTask; timeoutSeconds: number } | { ok: false; error: InvocationError }

interface CodeRunnerApi {
  build(root: string, exclude: string[]): CodeRunnerModel
  execute(task: InvokeTask, model: CodeRunnerModel): Promise<unknown>
  encode(args: unknown[]): number[]
  exception(error: unknown): { code: number; httpStatusCode: number; exceptionMessage: string }
}

const DEFAULT_TIMEOUT_SECONDS = 30

/** CodeRunner's model builder registers services only on the first require of a file: one model per root and process. */
const loadedRoots = new Set<string>()

export class ServiceModelError extends Error {
  constructor(readonly problems: RawModel['errors']) {
    super(
      `CodeRunner could not build the service model:\n${problems
        .map(
          (problem) =>
            `  - ${problem.serverCodeFile ?? problem.erredFile ?? '?'}${problem.position ? `:${problem.position}` : ''}: ${problem.message}`,
        )
        .join('\n')}\nRun "npm run build" and fix the errors above.`,
    )
    this.name = 'ServiceModelError'
  }
}

export class ServiceHost {
  private invocationCount = 0
  private readonly operations: Map<string, OperationDescriptor>

  private constructor(
    private readonly api: CodeRunnerApi,
    private readonly model: CodeRunnerModel,
    readonly descriptor: ServiceDescriptor,
    /** The raw model entries of this service, for the console's descriptor view. */
    readonly rawDescriptor: { service: RawService; methods: Record<string, RawMethod> },
    readonly root: string,
    private configuration: Record<string, string | boolean | number | undefined>,
    private readonly defaultTimeoutSeconds: number,
  ) {
    this.operations = new Map(descriptor.operations.map((operation) => [operation.method, operation]))
  }

  static load(options: ServiceHostOptions): ServiceHost {
    const root = resolve(options.root)
    if (loadedRoots.has(root)) {
      throw new Error(`The service at ${root} is already loaded in this process; CodeRunner's model builder cannot load it twice.`)
    }
    const api = loadCodeRunner(root)
    const exclude = options.exclude ?? readExclude(root)
    const model = api.build(root, exclude)
    loadedRoots.add(root)
    // Serialising the model is what `coderunner deploy` does; it parses @sampleResult and routes and throws on bad ones.
    let json: RawModel
    try {
      json = JSON.parse(JSON.stringify(model)) as RawModel
    } catch (error) {
      throw new ServiceModelError([{ message: error instanceof Error ? error.message : String(error) }])
    }
    if (json.errors.length > 0) throw new ServiceModelError(json.errors)
    const descriptor = describeService(json, options.serviceName)
    const rawService = json.services.find((service) => service.name === descriptor.name) as RawService
    const rawMethods = json.definitions.types[descriptor.name]?.methods ?? {}
    return new ServiceHost(
      api,
      model,
      descriptor,
      { service: rawService, methods: rawMethods },
      root,
      { ...options.configuration },
      options.defaultTimeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS,
    )
  }

  /** Sets config item values (the platform's service configuration screen). */
  configure(values: Record<string, string | boolean | number | undefined>): void {
    this.configuration = { ...this.configuration, ...values }
  }

  operation(method: string): OperationDescriptor | undefined {
    return this.operations.get(method)
  }

  /** Config item values as the service will see them (declared defaults applied). */
  effectiveConfiguration(): Record<string, unknown> {
    const out: Record<string, unknown> = {}
    for (const item of this.descriptor.configItems) {
      const value = this.configuration[item.name]
      out[item.name] = value !== undefined && value !== null && value !== '' ? value : item.defaultValue
    }
    return out
  }

  /** Required config items that have no value and no default. */
  missingConfiguration(): ConfigItemDescriptor[] {
    const values = this.effectiveConfiguration()
    return this.descriptor.configItems.filter((item) => item.required && (values[item.name] === undefined || values[item.name] === ''))
  }

  /** The task CodeRunner's invoke-service runs for this call, here or on a runner's queue. */
  prepare(method: string, args: unknown[], options: InvokeOptions = {}): PreparedInvocation {
    const operation = this.operations.get(method)
    if (!operation) {
      return { ok: false, error: { code: 0, httpStatusCode: -1, message: `[${method}] is not an operation of ${this.descriptor.name}.` } }
    }
    return {
      ok: true,
      task: {
        id: `local-${++this.invocationCount}`,
        className: this.descriptor.name,
        method,
        arguments: this.api.encode(args),
        invocationContextDto: this.invocationContext(operation, options),
      },
      timeoutSeconds: operation.executionTimeoutSeconds ?? this.defaultTimeoutSeconds,
    }
  }

  /** Invokes an operation exactly like CodeRunner's invoke-service task; never throws. */
  async invoke(method: string, args: unknown[], options: InvokeOptions = {}): Promise<InvocationOutcome> {
    const started = performance.now()
    const elapsed = (): number => Math.round(performance.now() - started)
    const prepared = this.prepare(method, args, options)
    if (!prepared.ok) return { ok: false, error: prepared.error, durationMs: 0 }
    const { task, timeoutSeconds } = prepared
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Task execution is aborted due to timeout (${timeoutSeconds} s)`)), timeoutSeconds * 1000)
    })
    try {
      const result = await Promise.race([this.api.execute(task, this.model), timeout])
      // The result crosses the wire as JSON, like CodeRunner's result encoding.
      return { ok: true, result: result === undefined ? null : JSON.parse(JSON.stringify(result)), durationMs: elapsed() }
    } catch (error) {
      const wrapped = this.api.exception(error)
      return {
        ok: false,
        error: { code: wrapped.code, httpStatusCode: wrapped.httpStatusCode, message: wrapped.exceptionMessage },
        durationMs: elapsed(),
      }
    } finally {
      clearTimeout(timer)
    }
  }

  private invocationContext(operation: OperationDescriptor, options: InvokeOptions): Record<string, unknown> {
    const headers: Record<string, string> = { 'content-type': 'application/json' }
    if (options.accessToken !== undefined) headers['oauth-access-token'] = options.accessToken
    return {
      userId: null,
      userToken: null,
      userRoles: [],
      httpPath: operation.route?.path ?? `/${operation.method}`,
      httpHeaders: headers,
      httpQueryParams: {},
      httpPathParams: {},
      configurationItems: Object.entries(this.configuration)
        .filter(([, value]) => value !== undefined)
        .map(([name, value]) => ({ name, value })),
    }
  }
}

function loadCodeRunner(root: string): CodeRunnerApi {
  const load = createRequire(join(root, 'package.json'))
  // Installs Backendless.ServerCode on the SDK the service will `require('backendless')` from.
  load('backendless-coderunner/lib')
  const Model = load('backendless-coderunner/lib/server-code/model') as { build: CodeRunnerApi['build'] }
  const execute = load('backendless-coderunner/lib/server-code/runners/tasks/invoke-service') as CodeRunnerApi['execute']
  const args = load('backendless-coderunner/lib/server-code/runners/tasks/util/args') as { encode: CodeRunnerApi['encode'] }
  const wrapper = load('backendless-coderunner/lib/server-code/runners/tasks/util/result-wrapper') as {
    exception: CodeRunnerApi['exception']
  }
  return { build: (dir, exclude) => Model.build(dir, exclude), execute, encode: args.encode, exception: wrapper.exception }
}

function readExclude(root: string): string[] {
  const file = join(root, 'coderunner.json')
  if (!existsSync(file)) return []
  const config = JSON.parse(readFileSync(file, 'utf8')) as { app?: { exclude?: unknown } }
  const exclude = config.app?.exclude
  return Array.isArray(exclude) ? exclude.filter((item): item is string => typeof item === 'string') : []
}
