// @ts-check
'use strict'

/**
 * The service descriptor as the CodeRunner CLI itself builds it.
 *
 * `buildDescriptor({ root })` runs the CLI's own model builder
 * (`backendless-coderunner/lib/server-code/model`) on a code root and returns the JSON of the
 * model — exactly what `coderunner deploy` would upload as model.json — plus what only the
 * loaded class knows: each exposed method's real JavaScript parameter names, so a checker can
 * compare them with the `@paramDef` names.
 *
 * The builder runs in a child process: it hooks `Module.prototype.require`, which Jest bypasses
 * (under Jest it silently yields an empty model), and it prints through its own logger, whose
 * output is captured here instead of reaching stdout.
 *
 * API: buildDescriptor, buildDescriptors (several roots in one child: each builder start costs
 * ~0.5 s), operationsOf (the exposed methods in a flat, normalised form), readExclude.
 * `node scripts/descriptor.js [root]` prints the descriptor of a root (default: the project).
 */

const { fork } = require('node:child_process')
const fs = require('node:fs')
const path = require('node:path')
const util = require('node:util')

const PROJECT_ROOT = path.resolve(__dirname, '..')
const CHILD_FLAG = '--descriptor-child'
const CHILD_TIMEOUT_MS = 120_000

/**
 * @typedef {{ name: string, elementType?: ModelType }} ModelType
 * @typedef {{ name: string, label?: string, type?: ModelType, optional?: boolean, description?: string, defaultValue?: unknown }} ModelParam
 * @typedef {{ type?: string, options?: { values?: unknown[] } & Record<string, unknown> }} UiComponent
 * @typedef {{ label?: string, uiComponent?: UiComponent, dictionary?: string, dependsOn?: string | string[], defaultValue?: unknown, hidden?: boolean }} ModelArgMeta
 * @typedef {{ params: ModelParam[], tags: Record<string, string | undefined>, metaInfo: { args: Record<string, ModelArgMeta>, sampleResult?: unknown }, returnType?: ModelType | null, access?: string, description?: string }} ModelMethod
 * @typedef {{ name: string, description?: string, methods: Record<string, ModelMethod>, properties: Record<string, unknown> }} ModelClass
 * @typedef {{ name: string, displayName?: string, type: string, required?: boolean, shared?: boolean, hint?: string, defaultValue?: unknown, options?: unknown[], order?: number }} ModelConfigItem
 * @typedef {{ name: string, version: string, description: string, provider: string, serviceInfo?: Record<string, unknown>, config: ModelConfigItem[], xml?: string }} ModelService
 * @typedef {{ message: string, position?: string | null, serverCodeFile?: string, erredFile?: string }} ModelError
 * @typedef {{ services: ModelService[], definitions: { files: string[], types: Record<string, ModelClass> }, errors: ModelError[], handlers: unknown[], timers: unknown[], types: Record<string, unknown> }} Model
 */

/**
 * @typedef {object} Descriptor
 * @property {string} root The code root the builder walked (absolute).
 * @property {string[]} exclude The exclusion globs it honoured.
 * @property {Model} model The model's JSON: services (config, serviceInfo, version, xml),
 *   definitions.types[Service].methods (tags, params, metaInfo), errors. When the model cannot be
 *   serialised (bad sampleResult JSON, unsupported route verb) this is the same content
 *   without the services' xml, and `serializationError` says why deploy would fail.
 * @property {string | null} serializationError
 * @property {string[]} files The JavaScript files the builder loaded (and deploy would load), relative to root.
 * @property {string[]} deployFiles The files `coderunner deploy` would zip (root minus app.exclude), relative to
 *   root, without node_modules (the CLI adds the runtime dependencies itself).
 * @property {Record<string, Record<string, string[] | null>>} parameterNames For each service
 *   and each method of its model: the JavaScript parameter names of the class's method, or null
 *   when the class has no such instance method.
 * @property {string[]} log What the builder and the loaded code printed, for diagnostics.
 */

/**
 * @typedef {object} BuildRequest
 * @property {string} root The code root (the folder holding the compiled service).
 * @property {string[]} [exclude] Globs relative to root; default: root's coderunner.json app.exclude.
 */

/**
 * The exclusion globs of a root's coderunner.json (app.exclude), or none.
 * @param {string} root
 * @returns {string[]}
 */
function readExclude(root) {
  const file = path.join(root, 'coderunner.json')
  if (!fs.existsSync(file)) return []
  /** @type {{ app?: { exclude?: unknown } }} */
  const config = JSON.parse(fs.readFileSync(file, 'utf8'))
  const exclude = config.app?.exclude
  return Array.isArray(exclude) ? exclude.map(String) : []
}

/**
 * Builds the descriptor of one code root.
 * @param {BuildRequest} request
 * @returns {Promise<Descriptor>}
 */
async function buildDescriptor(request) {
  const [descriptor] = await buildDescriptors([request])
  if (!descriptor) throw new Error('The model builder returned no descriptor.')
  return descriptor
}

/**
 * Builds the descriptors of several code roots in one child process, in order.
 * @param {BuildRequest[]} requests
 * @returns {Promise<Descriptor[]>}
 */
function buildDescriptors(requests) {
  const jobs = requests.map(({ root, exclude }) => {
    const absolute = path.resolve(root)
    return { root: absolute, exclude: exclude ?? readExclude(absolute) }
  })
  return new Promise((resolve, reject) => {
    const child = fork(__filename, [CHILD_FLAG], {
      cwd: PROJECT_ROOT,
      execArgv: [],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    })
    /** @type {string[]} */
    const output = []
    child.stdout?.on('data', (chunk) => output.push(String(chunk)))
    child.stderr?.on('data', (chunk) => output.push(String(chunk)))
    /** @type {Descriptor[] | undefined} */
    let result
    /** @type {string | undefined} */
    let failure
    const timer = setTimeout(() => {
      failure = `The model builder did not finish within ${CHILD_TIMEOUT_MS / 1000} s.`
      child.kill('SIGKILL')
    }, CHILD_TIMEOUT_MS)
    child.on('message', (message) => {
      const reply = /** @type {{ descriptors?: Descriptor[], error?: string }} */ (message)
      if (reply.error) failure = reply.error
      else result = reply.descriptors
    })
    child.on('error', (error) => {
      failure = `Could not start the model builder: ${error.message}`
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      const printed = splitLines(output.join(''))
      if (result && !failure) {
        // Output the child printed outside the captured console (e.g. process.stdout.write) belongs to every job.
        resolve(result.map((descriptor) => ({ ...descriptor, log: [...descriptor.log, ...printed] })))
        return
      }
      const detail = printed.length > 0 ? `\n${printed.join('\n')}` : ''
      reject(new Error(`${failure ?? `The model builder exited with code ${code} without a result.`}${detail}`))
    })
    child.send({ jobs })
  })
}

/** @param {string} text */
function splitLines(text) {
  return text.split(/\r?\n/).filter((line) => line.trim() !== '')
}

/**
 * @typedef {object} OperationParam
 * @property {string} name
 * @property {string} label
 * @property {string} type e.g. `String`, `Array<String>`; empty when undocumented.
 * @property {boolean} required
 * @property {string} description
 * @property {unknown} [defaultValue]
 * @property {UiComponent} [uiComponent]
 * @property {string} [dictionary]
 * @property {string[]} dependsOn
 */

/**
 * @typedef {object} Operation
 * @property {string} method The class method name.
 * @property {string} kind `SYSTEM`, `DICTIONARY`, `ACTION` (no registerAs tag), or another registerAs value.
 * @property {string} operationName The operationName tag, or '' when absent.
 * @property {string} category
 * @property {string} description
 * @property {string} routeText The route tag as written, or ''.
 * @property {{ verb: string, path: string } | null} route The parsed route tag (the verb defaults to GET, as in CodeRunner).
 * @property {OperationParam[]} params In descriptor (= call) order.
 * @property {string | null} returns The type of the returns tag, or null when undocumented.
 * @property {string | null} sampleResult The sampleResult tag text, or null.
 * @property {boolean} isPrivate Tagged private: not exposed.
 * @property {string[] | null} jsParameters The class method's real parameters (null: no such instance method).
 */

/**
 * The methods of a service in the descriptor, normalised.
 * @param {Descriptor} descriptor
 * @param {string} serviceName
 * @returns {Operation[]}
 */
function operationsOf(descriptor, serviceName) {
  const methods = descriptor.model.definitions.types[serviceName]?.methods ?? {}
  const jsNames = descriptor.parameterNames[serviceName] ?? {}
  return Object.entries(methods).map(([method, definition]) => {
    const tags = definition.tags ?? {}
    const registerAs = (tags.registeras ?? '').trim()
    const routeText = (tags.route ?? '').trim()
    return {
      method,
      kind: registerAs === '' ? 'ACTION' : registerAs,
      operationName: (tags.operationname ?? '').trim(),
      category: (tags.category ?? '').trim(),
      description: (definition.description ?? '').trim(),
      routeText,
      route: parseRoute(routeText),
      params: (definition.params ?? []).map((param) => describeParam(param, definition.metaInfo?.args?.[param.name] ?? {})),
      returns: definition.returnType ? typeName(definition.returnType) : null,
      sampleResult: tags.sampleresult === undefined ? null : tags.sampleresult,
      isPrivate: definition.access === 'private',
      jsParameters: jsNames[method] ?? null,
    }
  })
}

/**
 * @param {ModelParam} param
 * @param {ModelArgMeta} meta
 * @returns {OperationParam}
 */
function describeParam(param, meta) {
  /** @type {OperationParam} */
  const described = {
    name: param.name,
    label: meta.label ?? '',
    type: param.type ? typeName(param.type) : '',
    required: param.optional === false,
    description: param.description ?? '',
    dependsOn: meta.dependsOn === undefined ? [] : [meta.dependsOn].flat().map(String),
  }
  if (meta.defaultValue !== undefined) described.defaultValue = meta.defaultValue
  if (meta.uiComponent !== undefined) described.uiComponent = meta.uiComponent
  if (meta.dictionary !== undefined) described.dictionary = meta.dictionary
  return described
}

/**
 * @param {ModelType} type
 * @returns {string}
 */
function typeName(type) {
  // CodeRunner keeps generics in the name ("Array<String>") and repeats the element type beside it.
  return type.elementType && !type.name.includes('<') ? `${type.name}<${typeName(type.elementType)}>` : type.name
}

/**
 * `VERB /path` → { verb, path }; a bare path is a GET, as in CodeRunner.
 * @param {string} text
 * @returns {{ verb: string, path: string } | null}
 */
function parseRoute(text) {
  if (text === '') return null
  const space = text.indexOf(' ')
  if (space === -1) return { verb: 'GET', path: text }
  return { verb: text.slice(0, space).toUpperCase(), path: text.slice(space + 1).trim() }
}

/**
 * The parameter list of a function's source text (`Function.prototype.toString()`): names, or
 * the pattern text of destructured parameters; rest parameters without the dots.
 * @param {string} source
 * @returns {string[]}
 */
function parameterNames(source) {
  const list = parameterListText(source)
  if (list === null) return []
  return splitTopLevel(list, ',')
    .map((parameter) => stripComments(parameter).trim())
    .filter((parameter) => parameter !== '')
    .map((parameter) => {
      const [binding = ''] = splitTopLevel(parameter, '=')
      return binding.trim().replace(/^\.\.\./, '')
    })
}

/**
 * The text between the parentheses of a function's parameter list; for `x => …`, the name.
 * @param {string} source
 * @returns {string | null}
 */
function parameterListText(source) {
  const arrowWithoutParens = /^\s*(?:async\s+)?([A-Za-z_$][\w$]*)\s*=>/.exec(source)
  if (arrowWithoutParens) return arrowWithoutParens[1] ?? null
  let depth = 0
  let start = -1
  for (let index = 0; index < source.length; index++) {
    const skipped = skipLiteral(source, index)
    if (skipped !== index) {
      index = skipped - 1
      continue
    }
    const char = source[index]
    if (char === '(' || char === '[' || char === '{') {
      if (char === '(' && depth === 0) start = index + 1
      depth++
    } else if (char === ')' || char === ']' || char === '}') {
      depth--
      if (char === ')' && depth === 0 && start !== -1) return source.slice(start, index)
    }
  }
  return null
}

/**
 * Splits at a separator that is not nested in brackets, strings, templates or comments.
 * For '=', `=>`, `==` and comparison operators are not separators.
 * @param {string} text
 * @param {string} separator one character
 * @returns {string[]}
 */
function splitTopLevel(text, separator) {
  /** @type {string[]} */
  const parts = []
  let depth = 0
  let last = 0
  for (let index = 0; index < text.length; index++) {
    const skipped = skipLiteral(text, index)
    if (skipped !== index) {
      index = skipped - 1
      continue
    }
    const char = text[index]
    if (char === '(' || char === '[' || char === '{') depth++
    else if (char === ')' || char === ']' || char === '}') depth--
    else if (char === separator && depth === 0 && !(separator === '=' && isPartOfOperator(text, index))) {
      parts.push(text.slice(last, index))
      last = index + 1
      if (separator === '=') break
    }
  }
  parts.push(text.slice(last))
  return parts
}

/**
 * @param {string} text
 * @param {number} index position of '='
 */
function isPartOfOperator(text, index) {
  const before = text[index - 1] ?? ''
  const after = text[index + 1] ?? ''
  return after === '=' || after === '>' || '=!<>'.includes(before)
}

/**
 * If a string, template or comment starts at index, the index just after it; else index.
 * @param {string} text
 * @param {number} index
 * @returns {number}
 */
function skipLiteral(text, index) {
  const char = text[index]
  if (char === '/' && text[index + 1] === '/') {
    const end = text.indexOf('\n', index)
    return end === -1 ? text.length : end
  }
  if (char === '/' && text[index + 1] === '*') {
    const end = text.indexOf('*/', index + 2)
    return end === -1 ? text.length : end + 2
  }
  if (char === '"' || char === "'" || char === '`') {
    for (let cursor = index + 1; cursor < text.length; cursor++) {
      if (text[cursor] === '\\') cursor++
      else if (text[cursor] === char) return cursor + 1
    }
    return text.length
  }
  return index
}

/** @param {string} text */
function stripComments(text) {
  return text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\/\/[^\n]*/g, ' ')
}

// ---------------------------------------------------------------------------------------
// The child: builds the models and answers over IPC.

/**
 * @param {{ root: string, exclude: string[] }[]} jobs
 * @returns {Descriptor[]}
 */
function buildInChild(jobs) {
  /** @type {string[]} */
  let captured = []
  /** @param {...unknown} args */
  const capture = (...args) => {
    captured.push(util.format(...args))
  }
  // The builder's logger wraps console.* when it is first required: wrap ours, not the terminal.
  console.log = capture
  console.info = capture
  console.warn = capture
  console.error = capture
  console.debug = capture
  // Installs Backendless.ServerCode, as the CLI does before building.
  requireUntyped('backendless-coderunner/lib')
  const ServerCodeModel = /** @type {{ build(root: string, exclude: string[]): BuiltModel }} */ (
    requireUntyped('backendless-coderunner/lib/server-code/model')
  )
  const codeFiles = /** @type {{ serverCodeFilesInPath(root: string, exclude: string[]): string[] }} */ (
    requireUntyped('backendless-coderunner/lib/util/file')
  )
  const glob = /** @type {{ sync(pattern: string, options: { cwd: string, nodir: boolean, ignore: string[] }): string[] }} */ (
    requireUntyped(require.resolve('glob', { paths: [require.resolve('backendless-coderunner/lib/util/file')] }))
  )

  return jobs.map(({ root, exclude }) => {
    captured = []
    const model = ServerCodeModel.build(root, exclude)
    /** @type {Model} */
    let json
    /** @type {string | null} */
    let serializationError = null
    try {
      json = JSON.parse(JSON.stringify(model))
    } catch (error) {
      serializationError = error instanceof Error ? error.message : String(error)
      json = JSON.parse(JSON.stringify(unserialisableFallback(model)))
    }
    const files = codeFiles.serverCodeFilesInPath(root, exclude).map((file) => path.relative(root, file).split(path.sep).join('/'))
    // The publisher zips '**' minus node_modules, deploy.zip and the excludes (lib/server-code/publisher.js), with the CLI's glob.
    const deployFiles = glob
      .sync('**', { cwd: root, nodir: true, ignore: ['node_modules/**', 'deploy.zip', ...exclude] })
      .map((file) => file.split(path.sep).join('/'))
      .sort()
    return { root, exclude, model: json, serializationError, files, deployFiles, parameterNames: classParameterNames(model), log: captured }
  })
}

/**
 * The CLI ships no type declarations; its shapes are declared where they are used.
 * @param {string} id
 * @returns {unknown}
 */
function requireUntyped(id) {
  return require(id)
}

/**
 * @typedef {{ name: string, clazz: Function, provider: string, version: string, description: string, serviceInfo?: unknown, config: unknown[] }} BuiltService
 * @typedef {{ services: { values(): BuiltService[] }, definitions: { types: Record<string, ModelClass> }, errors: unknown[], handlers: { values(): unknown[] }, timers: { values(): unknown[] }, types: unknown }} BuiltModel
 */

/**
 * The model's content without the services' xml, whose generation is what throws.
 * @param {BuiltModel} model
 */
function unserialisableFallback(model) {
  return {
    handlers: [],
    timers: [],
    services: model.services.values().map(({ provider, name, version, description, serviceInfo, config }) => ({
      provider,
      name,
      version,
      description,
      serviceInfo,
      config,
    })),
    definitions: model.definitions,
    types: {},
    errors: model.errors,
  }
}

/**
 * @param {BuiltModel} model
 * @returns {Record<string, Record<string, string[] | null>>}
 */
function classParameterNames(model) {
  /** @type {Record<string, Record<string, string[] | null>>} */
  const result = {}
  for (const service of model.services.values()) {
    const methods = model.definitions.types[service.name]?.methods ?? {}
    /** @type {Record<string, string[] | null>} */
    const names = {}
    for (const method of Object.keys(methods)) {
      const member = findMember(service.clazz.prototype, method)
      names[method] = member && typeof member.value === 'function' ? parameterNames(Function.prototype.toString.call(member.value)) : null
    }
    result[service.name] = names
  }
  return result
}

/**
 * The property descriptor of an instance member, looked up along the prototype chain without invoking getters.
 * @param {object} prototype
 * @param {string} name
 * @returns {PropertyDescriptor | undefined}
 */
function findMember(prototype, name) {
  for (let current = prototype; current && current !== Object.prototype; current = Object.getPrototypeOf(current)) {
    const member = Object.getOwnPropertyDescriptor(current, name)
    if (member) return member
  }
  return undefined
}

function runChild() {
  process.once('message', (message) => {
    const { jobs } = /** @type {{ jobs: { root: string, exclude: string[] }[] }} */ (message)
    /** @type {{ descriptors?: Descriptor[], error?: string }} */
    let reply
    try {
      reply = { descriptors: buildInChild(jobs) }
    } catch (error) {
      reply = { error: `The model builder failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}` }
    }
    process.send?.(reply, () => process.exit(0))
  })
}

async function printDescriptor() {
  const root = process.argv[2] ?? PROJECT_ROOT
  const descriptor = await buildDescriptor({ root })
  process.stdout.write(`${JSON.stringify(descriptor, null, 2)}\n`)
}

if (require.main === module) {
  if (process.argv.includes(CHILD_FLAG)) runChild()
  else
    printDescriptor().catch((error) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
      process.exitCode = 1
    })
}

module.exports = { buildDescriptor, buildDescriptors, operationsOf, readExclude, parameterNames, parseRoute }
