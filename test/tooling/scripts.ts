/**
 * Typed access to the tooling scripts (plain CommonJS JavaScript, typed with JSDoc and checked by
 * `tsc -p scripts`). tsconfig.test.json has no allowJs, so TypeScript cannot import them; these
 * declarations mirror the parts the tests use, and the tests exercise them at run time.
 */

import { join } from 'node:path'

export const PROJECT_ROOT = join(__dirname, '..', '..')
export const SCRIPTS = join(PROJECT_ROOT, 'scripts')

export interface ModelType {
  name: string
  elementType?: ModelType
}

export interface ModelParam {
  name: string
  label?: string
  type?: ModelType
  optional?: boolean
  description?: string
  defaultValue?: unknown
}

export interface ModelMethod {
  params: ModelParam[]
  tags: Record<string, string | undefined>
  metaInfo: { args: Record<string, Record<string, unknown>>; sampleResult?: unknown }
  returnType?: ModelType | null
  access?: string
  description?: string
}

export interface ModelConfigItem {
  name: string
  displayName?: string
  type: string
  required?: boolean
  shared?: boolean
  hint?: string
  defaultValue?: unknown
}

export interface ModelService {
  name: string
  version: string
  description: string
  provider: string
  serviceInfo?: Record<string, unknown>
  config: ModelConfigItem[]
  xml?: string
}

export interface Model {
  services: ModelService[]
  definitions: { files: string[]; types: Record<string, { name: string; methods: Record<string, ModelMethod> }> }
  errors: { message: string; position?: string | null; serverCodeFile?: string; erredFile?: string }[]
}

export interface Descriptor {
  root: string
  exclude: string[]
  model: Model
  serializationError: string | null
  files: string[]
  deployFiles: string[]
  parameterNames: Record<string, Record<string, string[] | null>>
  log: string[]
}

export interface OperationParam {
  name: string
  label: string
  type: string
  required: boolean
  description: string
  defaultValue?: unknown
  uiComponent?: { type?: string; options?: { values?: unknown[] } }
  dictionary?: string
  dependsOn: string[]
}

export interface Operation {
  method: string
  kind: string
  operationName: string
  category: string
  description: string
  routeText: string
  route: { verb: string; path: string } | null
  params: OperationParam[]
  returns: string | null
  sampleResult: string | null
  isPrivate: boolean
  jsParameters: string[] | null
}

export interface Problem {
  rule: string
  subject: string
  message: string
}

export interface DescriptorModule {
  buildDescriptor(request: { root: string; exclude?: string[] }): Promise<Descriptor>
  buildDescriptors(requests: { root: string; exclude?: string[] }[]): Promise<Descriptor[]>
  operationsOf(descriptor: Descriptor, serviceName: string): Operation[]
  readExclude(root: string): string[]
  parameterNames(source: string): string[]
  parseRoute(text: string): { verb: string; path: string } | null
}

export interface ValidateModule {
  checkContract(descriptor: Descriptor, options: { root: string; codeDir?: string }): Problem[]
  summarise(descriptor: Descriptor): string
  CATEGORIES: readonly string[]
  REQUIRES_SENTENCE: RegExp
}

export interface Sections {
  actions: string
  errors: string
}

export interface CatalogueModule {
  renderActions(descriptor: Descriptor): string
  renderErrors(catalogue: Record<string, { code: number; status: number; meaning: string }>): string
  replaceSection(text: string, name: string, body: string): string
  readSection(text: string, name: string): string | null
  staleSections(text: string, sections: Sections): string[]
  applySections(text: string, sections: Sections): string
  splitRequires(description: string): { text: string; scope: string; permission: string }
  generateSections(root: string): Promise<Sections>
}

export interface Settings {
  appId: string
  apiKey: string
  apiServer: string
  brokerHost: string
  brokerPort: string
  brokerPassword?: string
  local?: boolean
}

export interface Inspect {
  host: string
  port: number
}

interface CoderunnerModule {
  readSettings(env: NodeJS.ProcessEnv): { settings: Settings } | { problems: string[] }
  cliArguments(command: 'deploy' | 'debug', settings: Settings, configPath: string): string[]
  writePrivateConfig(settings: Settings, inspect?: Inspect | null): { path: string; remove: () => void }
  redactor(...secrets: string[]): (line: string) => string
  parseOptions(command: 'deploy' | 'debug', options: string[]): { local: boolean; inspect: Inspect | null } | { problem: string }
  isFailure(line: string): boolean
  messageOf(line: string): string
}

export const descriptorScript = jest.requireActual<DescriptorModule>(join(SCRIPTS, 'descriptor.js'))
export const validateScript = jest.requireActual<ValidateModule>(join(SCRIPTS, 'validate.js'))
export const catalogueScript = jest.requireActual<CatalogueModule>(join(SCRIPTS, 'catalogue.js'))
export const coderunnerScript = jest.requireActual<CoderunnerModule>(join(SCRIPTS, 'coderunner.js'))
