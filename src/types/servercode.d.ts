// The Backendless SDK's own typings have no ServerCode: CodeRunner adds it at run time.
// Shapes taken from backendless-coderunner/lib/server-code/api and model/service.js.
declare namespace Backendless {
  namespace ServerCode {
    class Error extends globalThis.Error {
      constructor(code: number, message: string, httpStatusCode?: number)
      code: number
      httpStatusCode?: number
    }

    interface ConfigItem {
      name: string
      displayName: string
      type: 'string' | 'bool' | 'date' | 'choice' | 'text'
      required?: boolean
      defaultValue?: string | boolean
      hint?: string
      options?: string[]
      order?: number
      /** True only for credentials of the OAuth app: the platform shares them across connections. */
      shared: boolean
    }

    // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
    function addService(service: Function, configItems?: ConfigItem[]): void
  }
}
