import { join } from 'node:path'

/**
 * Loads the COMPILED service (dist/GitHub.js) the way CodeRunner does: the module reads
 * `require('backendless').ServerCode`, which CodeRunner sets before loading code; here it is a
 * stand-in whose `Error` is CodeRunner's real ServerCodeError and whose `addService` records
 * the registration. Build first (`npx tsc -p tsconfig.json`; `npm test` does it).
 */

export const DIST_ENTRY = join(__dirname, '..', '..', 'dist', 'GitHub.js')

export interface ConfigItem {
  name: string
  displayName: string
  type: string
  required?: boolean
  defaultValue?: unknown
  hint?: string
  shared: boolean
  order?: number
}

/** CodeRunner's ServerCodeError (backendless-coderunner/lib/server-code/api). */
export interface PlatformError extends Error {
  code: number
  httpStatusCode?: number
}

export type PlatformErrorClass = new (code: number, message: string, httpStatusCode?: number) => PlatformError

export interface ServiceInstance {
  config: Record<string, unknown>
  request: { headers: Record<string, unknown> }
  [operation: string]: unknown
}

export type ServiceClass = (new (config?: unknown, context?: unknown) => ServiceInstance) & { version?: string; name: string }

export interface LoadedService {
  Service: ServiceClass
  configItems: ConfigItem[]
  registrations: number
  ServerCodeError: PlatformErrorClass
  /** What CodeRunner does per call: new instance, config with defaults, request headers. */
  instance(config: Record<string, unknown>, headers?: Record<string, unknown>): ServiceInstance
  call(operation: string, args: unknown[], config: Record<string, unknown>, headers?: Record<string, unknown>): Promise<unknown>
}

/** CodeRunner's buildConfig (lib/server-code/model/service.js) for the string items this service declares. */
export function buildConfig(declared: ConfigItem[], actual: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(declared.map((item) => [item.name, actual[item.name] != null ? actual[item.name] : item.defaultValue]))
}

export function loadService(): LoadedService {
  let Service: ServiceClass | undefined
  let configItems: ConfigItem[] = []
  let registrations = 0
  let ServerCodeError: PlatformErrorClass | undefined
  // CodeRunner's logger may decorate the console when it loads: keep the test's console (and its secret guard).
  const consoleMethods = { log: console.log, info: console.info, warn: console.warn, error: console.error, debug: console.debug }
  // In the test file's own module registry (not jest.isolateModules): the service loads its modules
  // when first used, and they must share its registry (one errors module, one log), as in Node.
  {
    ServerCodeError = jest.requireActual<{ Error: PlatformErrorClass }>('backendless-coderunner/lib/server-code/api').Error
    const backendless = jest.requireActual<{ ServerCode?: unknown }>('backendless')
    backendless.ServerCode = {
      Error: ServerCodeError,
      addService: (service: ServiceClass, items?: ConfigItem[]) => {
        registrations++
        Service = service
        // As CodeRunner's addService: the position becomes the item's order.
        configItems = (items ?? []).map((item, order) => ({ ...item, order }))
        return service
      },
    }
    jest.requireActual(DIST_ENTRY)
  }
  Object.assign(console, consoleMethods)
  if (!Service || !ServerCodeError) throw new Error(`${DIST_ENTRY} did not register a service`)
  const LoadedClass = Service
  const items = configItems
  const instance = (config: Record<string, unknown>, headers: Record<string, unknown> = {}): ServiceInstance => {
    const built = buildConfig(items, config)
    const created = new LoadedClass(built, {})
    created.config = built
    created.request = { headers }
    return created
  }
  return {
    Service: LoadedClass,
    configItems: items,
    registrations,
    ServerCodeError,
    instance,
    call: async (operation, args, config, headers) => {
      const created = instance(config, headers)
      const method = created[operation]
      if (typeof method !== 'function') throw new Error(`${operation} is not an operation of the service`)
      return await (method as (...values: unknown[]) => Promise<unknown>).apply(created, args)
    },
  }
}
