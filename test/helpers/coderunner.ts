import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

/**
 * The one CodeRunner loader of the tests. Loads the compiled service (dist/) the way CodeRunner does, inside Jest: the descriptor
 * comes from CodeRunner's own model builder run in a child process, the class is registered
 * through a ServerCode stand-in, and every call goes through CodeRunner's own
 * ServiceWrapper.invokeMethod (new instance per call, config built from the declared items,
 * `this.request.headers` carrying `oauth-access-token`, positional arguments).
 * Nothing here knows which actions exist: tests that iterate the descriptor cover actions
 * added later automatically.
 */

export const PROJECT_ROOT = resolve(__dirname, '..', '..')

export interface ParamDef {
  name: string
  label?: string
  type: { name: string; elementType?: { name: string } }
  optional: boolean
  defaultValue?: unknown
  description?: string
}

export interface ParamMeta {
  label?: string
  dictionary?: string
  dependsOn?: string[]
  defaultValue?: unknown
  uiComponent?: { type: string; options?: { values?: (string | { label?: string; value?: unknown })[] } }
}

export interface MethodDef {
  params: ParamDef[]
  tags: Record<string, string | undefined>
  metaInfo?: { args?: Record<string, ParamMeta> }
  description?: string
}

export interface ConfigItemDef {
  name: string
  type: string
  required?: boolean
  defaultValue?: unknown
}

export interface ModelJson {
  services: { name: string; provider: string; config: ConfigItemDef[] }[]
  definitions: { types: Record<string, { methods: Record<string, MethodDef> }> }
  errors: unknown[]
}

let cachedModel: ModelJson | undefined

/** CodeRunner's model of the project (built from dist/: run `npm run build` first). */
export function buildModel(): ModelJson {
  if (cachedModel) return cachedModel
  const dir = mkdtempSync(join(tmpdir(), 'model-'))
  try {
    const out = join(dir, 'model.json')
    execFileSync(process.execPath, [join(__dirname, 'build-model.mjs'), out, PROJECT_ROOT], { stdio: ['ignore', 'ignore', 'pipe'] })
    cachedModel = JSON.parse(readFileSync(out, 'utf8')) as ModelJson
    return cachedModel
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The platform error CodeRunner's ServerCode.Error produces. */
export interface PlatformErrorShape extends Error {
  code: number
  httpStatusCode?: number
}

export interface InvokeOptions {
  token?: string
  config?: Record<string, unknown>
}

/** A config item as the service registers it (with its position as `order`, as CodeRunner's addService does). */
export interface ConfigItem {
  name: string
  displayName?: string
  type: string
  required?: boolean
  defaultValue?: unknown
  shared?: boolean
  hint?: string
  order: number
}

export type ServiceClass = (new (...args: unknown[]) => object) & { configItems?: ConfigItem[]; version?: string }

export interface LoadedService {
  name: string
  model: ModelJson
  methods: Record<string, MethodDef>
  /** The registered class, its config items and how many times it registered (once). */
  Service: ServiceClass
  configItems: ConfigItem[]
  registrations: number
  /** CodeRunner's ServerCode.Error, which the service's failures must be. */
  ServerCodeError: new (code: number, message: string, status?: number) => PlatformErrorShape
  /** ServiceWrapper.invokeMethod with the platform's token as `oauth-access-token`. */
  invoke(method: string, args: unknown[], options?: InvokeOptions): Promise<unknown>
  /** The same, with the config and request headers given as they are. */
  call(method: string, args: unknown[], config: Record<string, unknown>, headers?: Record<string, unknown>): Promise<unknown>
  isPlatformError(error: unknown): error is PlatformErrorShape
}

interface ServiceWrapperLike {
  invokeMethod(method: string, context: Record<string, unknown>, args: unknown[]): unknown
}

/** Registers the model's (single) service from dist/ and returns its invoker. */
export function loadService(defaultConfig: Record<string, unknown> = {}): LoadedService {
  const model = buildModel()
  const service = model.services[0]
  if (!service) throw new Error('The CodeRunner model has no service: is dist/ built?')
  let registered: ServiceClass | undefined
  let registrations = 0
  let PlatformError: (new (code: number, message: string, status?: number) => PlatformErrorShape) | undefined
  let ServiceWrapper: (new (clazz: ServiceClass, provider: string, model: unknown) => ServiceWrapperLike) | undefined
  // CodeRunner's logger decorates the console when it loads: keep the test's console as it was.
  const consoleMethods = { log: console.log, warn: console.warn, error: console.error }
  // In the test file's own module registry (not jest.isolateModules): the service loads its modules
  // when first used, and they must share its registry (one errors module, one log), as in Node.
  {
    /* eslint-disable @typescript-eslint/no-require-imports */
    const api = require('backendless-coderunner/lib/server-code/api') as { Error: typeof PlatformError }
    PlatformError = api.Error
    const backendless = require('backendless') as { ServerCode?: unknown }
    backendless.ServerCode = {
      Error: api.Error,
      addService: (clazz: ServiceClass, configItems?: Record<string, unknown>[]) => {
        // What CodeRunner's ServerCode.addService does before handing the class to the model.
        if (configItems) clazz.configItems = configItems.map((item, order) => ({ ...(item as Omit<ConfigItem, 'order'>), order }))
        registered = clazz
        registrations++
        return clazz
      },
    }
    require(join(PROJECT_ROOT, service.provider))
    ServiceWrapper = require('backendless-coderunner/lib/server-code/model/service') as typeof ServiceWrapper
    /* eslint-enable @typescript-eslint/no-require-imports */
  }
  Object.assign(console, consoleMethods)
  if (!registered || !ServiceWrapper || !PlatformError) throw new Error(`${service.provider} did not register a service`)
  const wrapper = new ServiceWrapper(registered, service.provider, { types: {}, definitions: model.definitions })
  const ErrorClass = PlatformError
  const methods = model.definitions.types[service.name]?.methods ?? {}
  const call = async (method: string, args: unknown[], config: Record<string, unknown>, headers: Record<string, unknown> = {}) => {
    const context = {
      configurationItems: Object.entries(config).map(([name, value]) => ({ name, value })),
      httpHeaders: headers,
      httpPath: `/${method}`,
      httpPathParams: {},
      httpQueryParams: {},
    }
    return await wrapper.invokeMethod(method, context, args)
  }
  return {
    name: service.name,
    model,
    methods,
    Service: registered,
    configItems: registered.configItems ?? [],
    registrations,
    ServerCodeError: ErrorClass,
    isPlatformError: (error: unknown): error is PlatformErrorShape => error instanceof ErrorClass,
    call,
    invoke: (method, args, options = {}) =>
      call(
        method,
        args,
        { ...defaultConfig, ...options.config },
        options.token === undefined ? {} : { 'oauth-access-token': options.token },
      ),
  }
}

/** Actions: every method that is not a SYSTEM or DICTIONARY (or other registered) method. */
export function actionNames(methods: Record<string, MethodDef>): string[] {
  return Object.keys(methods).filter((name) => methods[name]?.tags['registeras'] === undefined && methods[name]?.tags['operationname'])
}

export function dictionaryNames(methods: Record<string, MethodDef>): string[] {
  return Object.keys(methods).filter((name) => methods[name]?.tags['registeras'] === 'DICTIONARY')
}
