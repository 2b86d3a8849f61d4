// @ts-check
'use strict'

/**
 * `npm run validate`: builds the descriptor of the compiled service with the CodeRunner CLI's
 * own model builder, writes it to build/descriptor.json, prints a readable summary and exits
 * non-zero when the model has errors or the service breaks its contract (see checkContract).
 *
 * Usage: node scripts/validate.js [--root DIR] [--quiet]
 */

const fs = require('node:fs')
const path = require('node:path')
const { buildDescriptor, operationsOf } = require('./descriptor')

const PROJECT_ROOT = path.resolve(__dirname, '..')

/** The categories an action may use (the README catalogue groups by them, in this order). */
const CATEGORIES = Object.freeze([
  'Repositories',
  'Files',
  'Issues',
  'Pull Requests',
  'Search',
  'Releases',
  'Commits and Checks',
  'Deployments',
  'Actions',
  'Users and Organizations',
  'Gists',
])

/** Trigger blocks (REALTIME_TRIGGER, POLLING_TRIGGER) all live in this category. */
const TRIGGER_CATEGORY = 'Triggers'
const TRIGGER_KINDS = Object.freeze(['REALTIME_TRIGGER', 'POLLING_TRIGGER'])
const TRIGGER_SCOPES = Object.freeze(['SINGLE_APP', 'ALL_APPS'])

/** The sentence every action description ends with; the README catalogue reads it. */
const REQUIRES_SENTENCE = /\s*Requires: OAuth scope "([^"]+)"; GitHub App permission "([^"]+)"\.$/

const ROUTE_VERBS = Object.freeze(['GET', 'POST', 'PUT', 'DELETE'])

const UI_COMPONENTS = Object.freeze([
  'SINGLE_LINE_TEXT',
  'MULTI_LINE_TEXT',
  'DROPDOWN',
  'TOGGLE',
  'CHECKBOX',
  'NUMERIC',
  'NUMERIC_STEPPER',
  'DATE_PICKER',
  'DATE_TIME_PICKER',
  'FILE_SELECTOR',
])

/**
 * The system operations and when they must exist: always (OAuth2), when the service has realtime
 * triggers, when it has polling triggers, or never (optional).
 * @typedef {'always' | 'REALTIME_TRIGGER' | 'POLLING_TRIGGER' | 'optional'} Need
 * @type {ReadonlyArray<{ method: string, route: string, params: string[], needed: Need }>}
 */
const SYSTEM_OPERATIONS = Object.freeze([
  { method: 'getOAuth2ConnectionURL', route: 'GET /getOAuth2ConnectionURL', params: [], needed: 'always' },
  { method: 'executeCallback', route: 'POST /executeCallback', params: ['callbackObject'], needed: 'always' },
  { method: 'refreshToken', route: 'PUT /refreshToken', params: ['refreshToken'], needed: 'always' },
  .../** @type {[string, Need][]} */ ([
    ['handleTriggerUpsertWebhook', 'REALTIME_TRIGGER'],
    ['handleTriggerRefreshWebhook', 'optional'],
    ['handleTriggerDeleteWebhook', 'REALTIME_TRIGGER'],
    ['handleTriggerResolveEvents', 'REALTIME_TRIGGER'],
    ['handleTriggerSelectMatched', 'REALTIME_TRIGGER'],
    ['handleTriggerPollingForEvent', 'POLLING_TRIGGER'],
  ]).map(([method, needed]) => ({ method, route: `POST /${method}`, params: ['invocation'], needed })),
])

/** @type {ReadonlyArray<{ name: string, required: boolean }>} */
const CONFIG_ITEMS = Object.freeze([
  { name: 'clientId', required: true },
  { name: 'clientSecret', required: true },
  { name: 'serverUrl', required: false },
  { name: 'scopes', required: false },
])

/**
 * @typedef {import('./descriptor').Descriptor} Descriptor
 * @typedef {import('./descriptor').Operation} Operation
 * @typedef {import('./descriptor').OperationParam} OperationParam
 * @typedef {import('./descriptor').ModelService} ModelService
 */

/**
 * @typedef {object} Problem
 * @property {string} rule A stable identifier of the broken rule (tests match on it).
 * @property {string} subject What is wrong: a method, a config item, `service`, `model`…
 * @property {string} message What is wrong and what to do, in words.
 */

/**
 * @typedef {object} ContractOptions
 * @property {string} root The code root: the integration icon `/x.svg` must exist as `<root>/public/x.svg`;
 *   `<root>/package.json`, when present, gives the expected service version.
 * @property {string} [codeDir] When set (e.g. `dist`), every JavaScript file the builder loads must live in it.
 */

/**
 * Every contract breach of a descriptor; an empty list means it may be deployed.
 * @param {Descriptor} descriptor
 * @param {ContractOptions} options
 * @returns {Problem[]}
 */
function checkContract(descriptor, options) {
  /** @type {Problem[]} */
  const problems = []
  /** @type {(rule: string, subject: string, message: string) => void} */
  const report = (rule, subject, message) => {
    problems.push({ rule, subject, message })
  }

  for (const error of descriptor.model.errors) {
    const where = [error.erredFile ?? error.serverCodeFile, error.position].filter(Boolean).join(':')
    report('model-error', 'model', `${error.message}${where ? ` (${where})` : ''}`)
  }
  if (descriptor.serializationError) {
    report(
      'not-serialisable',
      'model',
      `The model cannot be serialised, so deploy would fail: ${descriptor.serializationError}. Fix the @sampleResult or @route reported below.`,
    )
  }
  if (options.codeDir) {
    checkLoadedFiles(descriptor.files, options.codeDir, report)
    checkDeployedFiles(descriptor.deployFiles, report)
  }

  const services = descriptor.model.services
  if (services.length !== 1) {
    const names = services.map((service) => service.name).join(', ') || 'none'
    report(
      'service-count',
      'model',
      `Expected exactly one service registered with Backendless.ServerCode.addService, found ${services.length} (${names}).`,
    )
  }
  const service = services[0]
  // With several services the platform's view is ambiguous: the count is the one problem worth reporting.
  if (!service || services.length > 1) return problems

  checkServiceInfo(service, options.root, report)
  checkConfigItems(service, report)
  const operations = operationsOf(descriptor, service.name)
  checkOperations(operations, report)
  const scope = service.serviceInfo?.integrationTriggersScope
  if (operations.some((operation) => operation.kind === 'REALTIME_TRIGGER') && !TRIGGER_SCOPES.includes(String(scope))) {
    report(
      'service-info',
      'service',
      `The service has realtime triggers but its class JSDoc has no @integrationTriggersScope (${TRIGGER_SCOPES.join(' or ')}); found ${scope ?? 'none'}.`,
    )
  }
  return problems
}

/**
 * @param {string[]} files
 * @param {string} codeDir
 * @param {(rule: string, subject: string, message: string) => void} report
 */
function checkLoadedFiles(files, codeDir, report) {
  const prefix = `${codeDir.replace(/\/+$/, '')}/`
  for (const file of files) {
    if (!file.startsWith(prefix)) {
      report(
        'stray-file',
        file,
        `CodeRunner would load and deploy ${file}, which is not part of the compiled service (${prefix}). Delete it or add it to app.exclude in coderunner.json.`,
      )
    }
  }
}

/** What must never be deployed: sources, tests, tooling, tool configs, local state. */
const NEVER_DEPLOYED = Object.freeze([
  /^(?:src|test|scripts|platform|bench|coverage|artifacts|build)\//,
  /\.ts$/,
  /(?:^|\/)tsconfig[^/]*\.json$/,
  /(?:^|\/)[^/]+\.config\.[cm]?[jt]s$/,
  /^(?:coderunner\.json|package-lock\.json)$/,
])

/**
 * @param {string[]} files
 * @param {(rule: string, subject: string, message: string) => void} report
 */
function checkDeployedFiles(files, report) {
  for (const file of files) {
    if (NEVER_DEPLOYED.some((pattern) => pattern.test(file))) {
      report(
        'deployed-file',
        file,
        `coderunner deploy would upload ${file} (a source, test, tool or tool config): add it to app.exclude in coderunner.json.`,
      )
    }
  }
}

/**
 * @param {ModelService} service
 * @param {string} root
 * @param {(rule: string, subject: string, message: string) => void} report
 */
function checkServiceInfo(service, root, report) {
  const info = service.serviceInfo ?? {}
  if (!nonEmptyString(info.integrationName)) {
    report('service-info', 'service', `The class JSDoc has no @integrationName: add "@integrationName GitHub" above class ${service.name}.`)
  }
  if (info.requireOAuth !== true) {
    report(
      'service-info',
      'service',
      `The class JSDoc has no @requireOAuth (or sets it to false): an OAuth2 service needs "@requireOAuth".`,
    )
  }
  const icon = info.integrationIcon
  if (!nonEmptyString(icon)) {
    report('service-info', 'service', 'The class JSDoc has no @integrationIcon: add "@integrationIcon /icon.svg" and ship public/icon.svg.')
  } else {
    const publicDir = path.join(root, 'public')
    const file = path.resolve(publicDir, `.${icon.startsWith('/') ? icon : `/${icon}`}`)
    if (!file.startsWith(`${publicDir}${path.sep}`) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      report(
        'icon-missing',
        'service',
        `@integrationIcon ${icon} names no file: expected ${path.relative(root, file) || file} under public/.`,
      )
    }
  }
  if (!nonEmptyString(service.description) || service.description === service.name) {
    report('service-info', 'service', `The class JSDoc has no @description: say in a sentence what the ${service.name} service does.`)
  }
  const packageFile = path.join(root, 'package.json')
  if (fs.existsSync(packageFile)) {
    /** @type {{ version?: string }} */
    const pkg = JSON.parse(fs.readFileSync(packageFile, 'utf8'))
    if (pkg.version && service.version !== pkg.version) {
      report(
        'service-info',
        'service',
        `The service version is ${service.version} but package.json says ${pkg.version}: set "static version" from package.json.`,
      )
    }
  }
}

/**
 * @param {ModelService} service
 * @param {(rule: string, subject: string, message: string) => void} report
 */
function checkConfigItems(service, report) {
  const actual = service.config.map((item) => item.name)
  const expected = CONFIG_ITEMS.map((item) => item.name)
  if (actual.join(',') !== expected.join(',')) {
    report('config-items', 'config', `The config items must be ${expected.join(', ')} in that order; found ${actual.join(', ') || 'none'}.`)
  }
  for (const item of service.config) {
    const expectation = CONFIG_ITEMS.find((candidate) => candidate.name === item.name)
    const subject = `config ${item.name}`
    if (item.shared !== true)
      report('config-item', subject, `Config item ${item.name} must have shared: true (it belongs to the OAuth app).`)
    if (!nonEmptyString(item.displayName)) report('config-item', subject, `Config item ${item.name} has no displayName.`)
    if (!nonEmptyString(item.hint)) {
      report('config-item', subject, `Config item ${item.name} has no hint: tell the administrator where to find the value.`)
    }
    if (expectation && Boolean(item.required) !== expectation.required) {
      report('config-item', subject, `Config item ${item.name} must be ${expectation.required ? 'required' : 'optional'}.`)
    }
    if (expectation && !expectation.required && (item.defaultValue === undefined || item.defaultValue === '')) {
      report('config-item', subject, `Optional config item ${item.name} needs a defaultValue.`)
    }
  }
}

/**
 * @param {Operation[]} operations
 * @param {(rule: string, subject: string, message: string) => void} report
 */
function checkOperations(operations, report) {
  const exposed = operations.filter((operation) => !operation.isPrivate)
  const dictionaries = new Set(exposed.filter((operation) => operation.kind === 'DICTIONARY').map((operation) => operation.method))
  const methods = new Set(exposed.map((operation) => operation.method))

  const kinds = new Set(exposed.map((operation) => operation.kind))
  for (const expected of SYSTEM_OPERATIONS) {
    if (expected.needed === 'optional' || (expected.needed !== 'always' && !kinds.has(expected.needed))) continue
    if (!exposed.some((operation) => operation.method === expected.method)) {
      report(
        'system-missing',
        expected.method,
        `The system operation ${expected.method} is missing (@registerAs SYSTEM, @route ${expected.route}).`,
      )
    }
  }

  for (const operation of exposed) {
    const system = SYSTEM_OPERATIONS.find((candidate) => candidate.method === operation.method)
    if (operation.kind === 'ACTION' && !system && operation.operationName === '' && operation.routeText === '') {
      report(
        'exposed-helper',
        operation.method,
        `${operation.method} is public but has no action metadata, so the platform would expose it as an operation. If it is a helper, make it a #private method (TypeScript's "private" is erased) or tag it @private.`,
      )
      continue
    }

    if (operation.jsParameters === null) {
      report(
        'not-instance-method',
        operation.method,
        `${operation.method} is in the descriptor but is not an instance method of the class (static, a field or missing): the platform could not call it.`,
      )
    } else {
      checkParameterNames(operation, operation.jsParameters, report)
    }

    if (system) checkSystemOperation(operation, system, report)
    else if (operation.kind === 'SYSTEM') {
      report(
        'system-unknown',
        operation.method,
        `${operation.method} is registered as SYSTEM but is not one of the platform's system operations (OAuth2 and trigger handlers).`,
      )
    } else if (operation.kind === 'DICTIONARY') checkDictionary(operation, report)
    else if (operation.kind === 'ACTION') checkAction(operation, report)
    else if (TRIGGER_KINDS.includes(operation.kind)) checkTrigger(operation, report)
    else
      report(
        'register-as',
        operation.method,
        `${operation.method} has @registerAs ${operation.kind}; this service uses only SYSTEM, DICTIONARY, ${TRIGGER_KINDS.join(' and ')}.`,
      )

    if (operation.kind !== 'SYSTEM' && !system) checkParams(operation, dictionaries, methods, report)
  }

  checkUnique(exposed, (operation) => operation.operationName || operation.method, 'duplicate-operation-name', '@operationName', report)
  checkUnique(
    exposed.filter((operation) => operation.route),
    (operation) => operation.route?.path ?? '',
    'duplicate-route',
    '@route path',
    report,
  )
}

/**
 * @param {Operation} operation
 * @param {string[]} jsParameters
 * @param {(rule: string, subject: string, message: string) => void} report
 */
function checkParameterNames(operation, jsParameters, report) {
  const documented = operation.params.map((param) => param.name)
  const signature = `${operation.method}(${jsParameters.join(', ')})`
  for (const name of jsParameters) {
    if (!documented.includes(name)) {
      report(
        'param-undocumented',
        operation.method,
        `Parameter "${name}" of ${signature} has no @paramDef (or @param): the platform would never pass it.`,
      )
    }
  }
  for (const name of documented) {
    if (!jsParameters.includes(name)) {
      report('param-mismatch', operation.method, `@paramDef "${name}" of ${operation.method} names no parameter of ${signature}.`)
    }
  }
  const duplicates = documented.filter((name, index) => documented.indexOf(name) !== index)
  for (const name of new Set(duplicates)) {
    report('param-mismatch', operation.method, `@paramDef "${name}" of ${operation.method} is declared more than once.`)
  }
  const shared = documented.filter((name) => jsParameters.includes(name))
  const jsOrder = jsParameters.filter((name) => documented.includes(name))
  if (duplicates.length === 0 && shared.join(',') !== jsOrder.join(',')) {
    report(
      'param-mismatch',
      operation.method,
      `The @paramDef order of ${operation.method} (${documented.join(', ')}) differs from the method's parameters (${jsParameters.join(', ')}); arguments arrive by position.`,
    )
  }
}

/**
 * @param {Operation} operation
 * @param {{ method: string, route: string, params: string[] }} expected
 * @param {(rule: string, subject: string, message: string) => void} report
 */
function checkSystemOperation(operation, expected, report) {
  if (operation.kind !== 'SYSTEM') {
    report('system-register-as', operation.method, `${operation.method} must be tagged @registerAs SYSTEM.`)
  }
  const route = operation.route ? `${operation.route.verb} ${operation.route.path}` : '(none)'
  if (route !== expected.route) {
    report('system-route', operation.method, `${operation.method} must have @route ${expected.route}; found ${route}.`)
  }
  const names = operation.params.map((param) => param.name)
  if (names.join(',') !== expected.params.join(',')) {
    const wanted = expected.params.length === 0 ? 'no parameters' : `exactly the parameter ${expected.params.join(', ')}`
    report('system-params', operation.method, `${operation.method} must take ${wanted}; the descriptor has (${names.join(', ')}).`)
  }
}

/**
 * @param {Operation} operation
 * @param {(rule: string, subject: string, message: string) => void} report
 */
function checkAction(operation, report) {
  const method = operation.method
  if (operation.operationName === '') report('action-metadata', method, `${method} has no @operationName (Title Case, unique).`)
  else if (!/^[A-Z0-9]/.test(operation.operationName)) {
    report('action-metadata', method, `@operationName "${operation.operationName}" of ${method} must be in Title Case.`)
  }
  if (operation.category === '') report('action-metadata', method, `${method} has no @category (one of: ${CATEGORIES.join(', ')}).`)
  else if (!CATEGORIES.includes(operation.category)) {
    report('action-metadata', method, `@category "${operation.category}" of ${method} is not one of: ${CATEGORIES.join(', ')}.`)
  }
  const requires = REQUIRES_SENTENCE.exec(operation.description)
  if (operation.description === '') report('action-metadata', method, `${method} has no @description.`)
  else if (!requires) {
    report(
      'action-metadata',
      method,
      `The @description of ${method} must end with: Requires: OAuth scope "<scopes>"; GitHub App permission "<permission>". (use "(none)" when nothing is needed)`,
    )
  } else if (operation.description.slice(0, requires.index).trim() === '') {
    report(
      'action-metadata',
      method,
      `The @description of ${method} must say what the action does and returns before the Requires sentence.`,
    )
  }
  checkRoute(operation, report)
  if (operation.returns === null) report('action-metadata', method, `${method} has no @returns (e.g. @returns {Object}).`)
  checkSampleResult(operation, report)
}

/**
 * A trigger block: described like an action (its sample is the event the next block receives), in the Triggers category.
 * @param {Operation} operation
 * @param {(rule: string, subject: string, message: string) => void} report
 */
function checkTrigger(operation, report) {
  const method = operation.method
  if (!/^[A-Z0-9]/.test(operation.operationName)) {
    report('trigger-metadata', method, `Trigger ${method} needs an @operationName in Title Case.`)
  }
  if (operation.category !== TRIGGER_CATEGORY) {
    report('trigger-metadata', method, `Trigger ${method} must have @category ${TRIGGER_CATEGORY}; found "${operation.category}".`)
  }
  if (operation.description.trim() === '') report('trigger-metadata', method, `Trigger ${method} has no @description.`)
  if (operation.kind === 'POLLING_TRIGGER' && !/minimum 30 seconds/.test(operation.description)) {
    report(
      'trigger-metadata',
      method,
      `The @description of polling trigger ${method} must say "Polling interval can be customized (minimum 30 seconds)."`,
    )
  }
  checkRoute(operation, report)
  if (operation.returns === null) report('trigger-metadata', method, `Trigger ${method} has no @returns {Object}.`)
  checkSampleResult(operation, report)
}

/**
 * @param {Operation} operation
 * @param {(rule: string, subject: string, message: string) => void} report
 */
function checkDictionary(operation, report) {
  const method = operation.method
  if (operation.operationName === '') report('action-metadata', method, `Dictionary ${method} has no @operationName.`)
  if (operation.description === '') report('action-metadata', method, `Dictionary ${method} has no @description.`)
  if (operation.returns === null) report('action-metadata', method, `Dictionary ${method} has no @returns {Object}.`)
  const names = operation.params.map((param) => param.name)
  if (names.join(',') !== 'payload') {
    report('dictionary-shape', method, `Dictionary ${method} must take exactly one parameter, payload; it has (${names.join(', ')}).`)
  }
  const route = operation.route
  if (!route || route.verb !== 'POST' || !/^\/get-[a-z0-9]+(?:-[a-z0-9]+)*-dictionary$/.test(route.path)) {
    report(
      'dictionary-shape',
      method,
      `Dictionary ${method} must have @route POST /get-<name>-dictionary; found ${operation.routeText || '(none)'}.`,
    )
  }
  const sample = checkSampleResult(operation, report)
  if (sample.valid && !isDictionaryResult(sample.value)) {
    report(
      'sample-result',
      method,
      `The @sampleResult of dictionary ${method} must look like {"items":[{"label":…,"value":…,"note":…}],"cursor":…}.`,
    )
  }
}

/** @param {unknown} value */
function isDictionaryResult(value) {
  return typeof value === 'object' && value !== null && Array.isArray(/** @type {{ items?: unknown }} */ (value).items)
}

/**
 * @param {Operation} operation
 * @param {(rule: string, subject: string, message: string) => void} report
 */
function checkRoute(operation, report) {
  const method = operation.method
  const text = operation.routeText
  if (text === '') {
    report('route', method, `${method} has no @route (e.g. @route GET /${kebab(method)}).`)
    return
  }
  const match = /^(\S+) (\/\S*)$/.exec(text)
  if (!match) {
    report('route', method, `@route "${text}" of ${method} must be "<VERB> /<path>", e.g. "GET /${kebab(method)}".`)
    return
  }
  const verb = match[1] ?? ''
  if (!ROUTE_VERBS.includes(verb)) {
    const hint = verb.toUpperCase() === 'PATCH' ? ' CodeRunner does not support PATCH: use PUT or POST.' : ''
    report('route', method, `@route ${text} of ${method} uses ${verb}; only ${ROUTE_VERBS.join(', ')} are allowed.${hint}`)
  }
}

/**
 * @param {Operation} operation
 * @param {(rule: string, subject: string, message: string) => void} report
 * @returns {{ valid: true, value: unknown } | { valid: false }}
 */
function checkSampleResult(operation, report) {
  const method = operation.method
  const text = operation.sampleResult
  if (text === null || text.trim() === '') {
    report('sample-result', method, `${method} has no @sampleResult: add a realistic single-line JSON example of its result.`)
    return { valid: false }
  }
  if (/[\r\n]/.test(text.trim())) {
    report('sample-result', method, `The @sampleResult of ${method} spans several lines; keep it on one line.`)
  }
  try {
    return { valid: true, value: JSON.parse(text) }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    report(
      'sample-result',
      method,
      `The @sampleResult of ${method} is not valid JSON (${reason}); deploy would fail serialising the model.`,
    )
    return { valid: false }
  }
}

/**
 * @param {Operation} operation
 * @param {Set<string>} dictionaries
 * @param {Set<string>} methods
 * @param {(rule: string, subject: string, message: string) => void} report
 */
function checkParams(operation, dictionaries, methods, report) {
  const method = operation.method
  const names = operation.params.map((param) => param.name)
  for (const param of operation.params) {
    const subject = `${method}(${param.name})`
    if (operation.kind === 'ACTION' || TRIGGER_KINDS.includes(operation.kind)) {
      const missing = [param.type === '' && 'type', param.label === '' && 'label', param.description === '' && 'description'].filter(
        Boolean,
      )
      if (missing.length > 0) {
        report('param-description', subject, `Parameter ${param.name} of ${method} needs a @paramDef with ${missing.join(', ')}.`)
      }
    }
    if (param.dictionary !== undefined) {
      if (!dictionaries.has(param.dictionary)) {
        const why = methods.has(param.dictionary) ? 'a method that is not registered as DICTIONARY' : 'no method of the service'
        report(
          'dictionary-reference',
          subject,
          `Parameter ${param.name} of ${method} names dictionary "${param.dictionary}", which is ${why}.`,
        )
      }
    }
    for (const dependency of param.dependsOn) {
      if (dependency === param.name || !names.includes(dependency)) {
        report(
          'depends-on',
          subject,
          `Parameter ${param.name} of ${method} depends on "${dependency}", which is no other parameter of ${method}.`,
        )
      }
    }
    checkUiComponent(param, subject, report)
  }
}

/**
 * @param {OperationParam} param
 * @param {string} subject
 * @param {(rule: string, subject: string, message: string) => void} report
 */
function checkUiComponent(param, subject, report) {
  const component = param.uiComponent
  if (component === undefined) return
  const type = component.type ?? ''
  if (!UI_COMPONENTS.includes(type)) {
    report('ui-component', subject, `uiComponent type "${type}" of ${subject} is not one of: ${UI_COMPONENTS.join(', ')}.`)
    return
  }
  if (type !== 'DROPDOWN') return
  const values = component.options?.values
  if (!Array.isArray(values) || values.length === 0) {
    report('dropdown-values', subject, `The DROPDOWN of ${subject} has no values: give {"options":{"values":["…"]}}.`)
  } else if (param.defaultValue !== undefined && !values.includes(param.defaultValue)) {
    report('dropdown-values', subject, `The default "${String(param.defaultValue)}" of ${subject} is not one of its DROPDOWN values.`)
  }
}

/**
 * @param {Operation[]} operations
 * @param {(operation: Operation) => string} keyOf
 * @param {string} rule
 * @param {string} what
 * @param {(rule: string, subject: string, message: string) => void} report
 */
function checkUnique(operations, keyOf, rule, what, report) {
  /** @type {Map<string, Operation[]>} */
  const groups = new Map()
  for (const operation of operations) {
    const key = keyOf(operation).toLowerCase()
    groups.set(key, [...(groups.get(key) ?? []), operation])
  }
  for (const group of groups.values()) {
    if (group.length > 1) {
      const owners = group.map((operation) => `${operation.method} (${operation.routeText || operation.operationName})`).join(', ')
      const first = /** @type {Operation} */ (group[0])
      report(rule, group.map((operation) => operation.method).join(', '), `The same ${what} "${keyOf(first)}" is used by ${owners}.`)
    }
  }
}

/** @param {unknown} value @returns {value is string} */
function nonEmptyString(value) {
  return typeof value === 'string' && value.trim() !== ''
}

/** @param {string} name */
function kebab(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()
}

// ---------------------------------------------------------------------------------------
// The summary.

/**
 * A readable account of the descriptor: service, config items, operations by kind.
 * @param {Descriptor} descriptor
 * @returns {string}
 */
function summarise(descriptor) {
  /** @type {string[]} */
  const lines = []
  for (const service of descriptor.model.services) {
    const info = service.serviceInfo ?? {}
    lines.push(`Service ${service.name} ${service.version}`)
    lines.push(
      `  integration: ${String(info.integrationName ?? '(none)')}, icon ${String(info.integrationIcon ?? '(none)')}, OAuth ${info.requireOAuth === true ? 'required' : 'not required'}`,
    )
    lines.push(`  ${service.description}`)
    lines.push(`  files loaded by CodeRunner: ${descriptor.files.length}`)
    lines.push('', 'Config items')
    for (const item of service.config) {
      const flags = [item.type, item.required ? 'required' : 'optional', item.shared ? 'shared' : 'not shared']
      if (item.defaultValue !== undefined) flags.push(`default ${JSON.stringify(item.defaultValue)}`)
      lines.push(`  ${item.name} "${item.displayName ?? ''}": ${flags.join(', ')}`)
    }
    const operations = operationsOf(descriptor, service.name).filter((operation) => !operation.isPrivate)
    const kinds = ['SYSTEM', 'DICTIONARY', 'ACTION', ...new Set(operations.map((operation) => operation.kind))]
    for (const kind of new Set(kinds)) {
      const ofKind = operations.filter((operation) => operation.kind === kind)
      if (ofKind.length === 0) continue
      lines.push('', `${kind} operations (${ofKind.length})`)
      for (const operation of ofKind) lines.push(...describeOperation(operation))
    }
  }
  return lines.join('\n')
}

/**
 * @param {Operation} operation
 * @returns {string[]}
 */
function describeOperation(operation) {
  const route = operation.route ? `${operation.route.verb} ${operation.route.path}` : '(no route)'
  const category = operation.category ? ` [${operation.category}]` : ''
  const lines = [`  ${route}  ${operation.operationName || operation.method}${category}`]
  for (const param of operation.params) {
    const details = [param.type || '(no type)', param.required ? 'required' : 'optional']
    if (param.uiComponent?.type) {
      const values = param.uiComponent.options?.values
      details.push(Array.isArray(values) ? `${param.uiComponent.type} [${values.join(', ')}]` : param.uiComponent.type)
    }
    if (param.defaultValue !== undefined) details.push(`default ${JSON.stringify(param.defaultValue)}`)
    if (param.dictionary)
      details.push(`dictionary ${param.dictionary}${param.dependsOn.length ? ` (criteria: ${param.dependsOn.join(', ')})` : ''}`)
    lines.push(`      ${param.name}: ${details.join(', ')}`)
  }
  return lines
}

// ---------------------------------------------------------------------------------------
// The command.

/**
 * @param {string[]} argv
 * @returns {{ root: string, quiet: boolean }}
 */
function parseArguments(argv) {
  let root = PROJECT_ROOT
  let quiet = false
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]
    if (argument === '--quiet') quiet = true
    else if (argument === '--root' && argv[index + 1]) root = path.resolve(argv[++index] ?? '')
    else throw new Error(`Unknown argument ${argument}. Usage: node scripts/validate.js [--root DIR] [--quiet]`)
  }
  return { root, quiet }
}

async function main() {
  const { root, quiet } = parseArguments(process.argv.slice(2))
  const codeDir = 'dist'
  if (!fs.existsSync(path.join(root, codeDir))) {
    process.stderr.write(`No ${codeDir}/ in ${root}: build first (npm run validate builds, then validates).\n`)
    return 2
  }
  const descriptor = await buildDescriptor({ root })
  const output = path.join(root, 'build', 'descriptor.json')
  fs.mkdirSync(path.dirname(output), { recursive: true })
  fs.writeFileSync(output, `${JSON.stringify(descriptor, null, 2)}\n`)

  if (!quiet) process.stdout.write(`${summarise(descriptor)}\n\nDescriptor written to ${path.relative(process.cwd(), output) || output}\n`)
  const problems = checkContract(descriptor, { root, codeDir })
  if (problems.length === 0) {
    process.stdout.write('Contract: OK\n')
    return 0
  }
  process.stderr.write(`\nContract: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n`)
  for (const problem of problems) process.stderr.write(`  - [${problem.rule}] ${problem.subject}: ${problem.message}\n`)
  return 1
}

if (require.main === module) {
  main().then(
    (code) => {
      process.exitCode = code
    },
    (error) => {
      process.stderr.write(`Validation failed to run: ${error instanceof Error ? error.message : String(error)}\n`)
      process.exitCode = 2
    },
  )
}

module.exports = { checkContract, summarise, CATEGORIES, REQUIRES_SENTENCE }
