import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { addMembers, FixtureRoots, removeMethod, replaceOnce, VALID_SERVICE, type FixtureRoot } from './fixtures'
import { descriptorScript, PROJECT_ROOT, SCRIPTS, validateScript, type Descriptor, type Problem } from './scripts'

const { buildDescriptors } = descriptorScript
const { checkContract, summarise } = validateScript

/** One broken rule per fixture: the exact set of rules the checker must report for it. */
interface Breach {
  name: string
  fixture: FixtureRoot
  rules: string[]
  /** The problem naming the breach must match this. */
  message: RegExp
  codeDir?: string
  /** When given, exactly these subjects are reported. */
  subjects?: string[]
}

const edit = (from: string, to: string): FixtureRoot => ({ files: { 'service.js': replaceOnce(VALID_SERVICE, from, to) } })

/** A realtime trigger block as the contract generator writes it. */
const TRIGGER_BLOCK = [
  '  /**',
  '   * @registerAs REALTIME_TRIGGER',
  '   * @operationName On Issue Event',
  '   * @category Triggers',
  '   * @description Starts the flow when an issue is opened.',
  '   * @route POST /on-issue',
  '   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"description":"owner/name"}',
  '   * @returns {Object}',
  '   * @sampleResult {"action":"opened"}',
  '   */',
  '  async onIssue(repository) {',
  '    return { repository }',
  '  }',
].join('\n')

const handler = (name: string): string =>
  [
    '  /**',
    '   * @registerAs SYSTEM',
    `   * @operationName ${name}`,
    `   * @route POST /${name}`,
    '   * @paramDef {"type":"Object","label":"invocation","name":"invocation"}',
    '   * @returns {Object}',
    '   */',
    `  async ${name}(invocation) {`,
    '    return invocation',
    '  }',
  ].join('\n')

const REALTIME_HANDLERS = [
  'handleTriggerUpsertWebhook',
  'handleTriggerDeleteWebhook',
  'handleTriggerResolveEvents',
  'handleTriggerSelectMatched',
]
const WITH_TRIGGERS = replaceOnce(
  addMembers(VALID_SERVICE, [TRIGGER_BLOCK, ...REALTIME_HANDLERS.map(handler)].join('\n\n')),
  ' * @requireOAuth\n',
  ' * @requireOAuth\n * @integrationTriggersScope SINGLE_APP\n',
)

const BREACHES: Breach[] = [
  {
    name: 'a realtime trigger without its handleTrigger… handlers',
    fixture: { files: { 'service.js': removeMethod(WITH_TRIGGERS, 'handleTriggerResolveEvents') } },
    rules: ['system-missing'],
    message: /handleTriggerResolveEvents is missing .*POST \/handleTriggerResolveEvents/,
  },
  {
    name: 'realtime triggers without @integrationTriggersScope',
    fixture: { files: { 'service.js': replaceOnce(WITH_TRIGGERS, ' * @integrationTriggersScope SINGLE_APP\n', '') } },
    rules: ['service-info'],
    message: /realtime triggers but its class JSDoc has no @integrationTriggersScope/,
  },
  {
    name: 'a trigger block outside the Triggers category',
    fixture: { files: { 'service.js': replaceOnce(WITH_TRIGGERS, '@category Triggers', '@category Issues') } },
    rules: ['trigger-metadata'],
    message: /Trigger onIssue must have @category Triggers; found "Issues"/,
  },
  {
    name: 'a trigger block without a sample event',
    fixture: { files: { 'service.js': replaceOnce(WITH_TRIGGERS, '   * @sampleResult {"action":"opened"}\n', '') } },
    rules: ['sample-result'],
    message: /onIssue has no @sampleResult/,
  },
  {
    name: 'a missing system operation',
    fixture: { files: { 'service.js': removeMethod(VALID_SERVICE, 'refreshToken') } },
    rules: ['system-missing'],
    message: /refreshToken is missing .*PUT \/refreshToken/,
  },
  {
    name: 'a mis-routed system operation',
    fixture: edit('@route PUT /refreshToken', '@route POST /refreshToken'),
    rules: ['system-route'],
    message: /refreshToken must have @route PUT \/refreshToken; found POST \/refreshToken/,
  },
  {
    name: 'a system operation without @registerAs SYSTEM',
    fixture: edit('   * @registerAs SYSTEM\n   * @operationName executeCallback\n', '   * @operationName executeCallback\n'),
    rules: ['system-register-as'],
    message: /executeCallback must be tagged @registerAs SYSTEM/,
  },
  {
    name: 'a system operation with the wrong parameter',
    fixture: edit('@param {Object} callbackObject', '@param {Object} callback'),
    rules: ['param-mismatch', 'param-undocumented', 'system-params'],
    message: /executeCallback must take exactly the parameter callbackObject/,
  },
  {
    name: 'a helper method accidentally exposed (TypeScript "private" is erased)',
    fixture: {
      files: { 'service.js': addMembers(VALID_SERVICE, '  /** Formats a title. */\n  formatTitle(text) {\n    return text\n  }') },
    },
    rules: ['exposed-helper'],
    message: /formatTitle is public but has no action metadata/,
  },
  {
    name: 'a parameter without @paramDef',
    fixture: edit('async listIssues(repository, limit = 30)', 'async listIssues(repository, limit = 30, state)'),
    rules: ['param-undocumented'],
    message: /Parameter "state" of listIssues\(repository, limit, state\) has no @paramDef/,
  },
  {
    name: 'a @paramDef whose name differs from the parameter',
    fixture: edit('"name":"title"', '"name":"heading"'),
    rules: ['param-mismatch', 'param-undocumented'],
    message: /@paramDef "heading" of createIssue names no parameter of createIssue\(repository, title, labels, state\)/,
  },
  {
    name: 'a @paramDef order that differs from the parameters',
    fixture: edit('async createIssue(repository, title, labels, state)', 'async createIssue(repository, labels, title, state)'),
    rules: ['param-mismatch'],
    message:
      /order of createIssue \(repository, title, labels, state\) differs from the method's parameters \(repository, labels, title, state\)/,
  },
  {
    name: 'an invalid @sampleResult (deploy-time serialisation would throw)',
    fixture: edit('@sampleResult {"number":1347,"title":"Found a bug"}', '@sampleResult {"number":1347,"title":"Found a bug",}'),
    rules: ['not-serialisable', 'sample-result'],
    message: /The @sampleResult of createIssue is not valid JSON/,
  },
  {
    name: 'a missing @sampleResult',
    fixture: edit('   * @sampleResult {"items":[{"number":1347}],"nextCursor":null}\n', ''),
    rules: ['sample-result'],
    message: /listIssues has no @sampleResult/,
  },
  {
    name: 'a duplicate @operationName',
    fixture: edit('@operationName List Issues', '@operationName Create Issue'),
    rules: ['duplicate-operation-name'],
    message: /The same @operationName "Create Issue" is used by createIssue .*, listIssues/,
  },
  {
    name: 'a duplicate route',
    fixture: edit('@route GET /list-issues', '@route GET /create-issue'),
    rules: ['duplicate-route'],
    message: /The same @route path "\/create-issue" is used by createIssue \(POST \/create-issue\), listIssues \(GET \/create-issue\)/,
  },
  {
    name: 'a PATCH route (deploy-time serialisation would throw)',
    fixture: edit('@route POST /create-issue', '@route PATCH /create-issue'),
    rules: ['not-serialisable', 'route'],
    message: /CodeRunner does not support PATCH/,
  },
  {
    name: 'an action description without the Requires sentence',
    fixture: edit(' Requires: OAuth scope "repo"; GitHub App permission "Issues: read".', ''),
    rules: ['action-metadata'],
    message: /The @description of listIssues must end with: Requires: OAuth scope/,
  },
  {
    name: 'an action without @category',
    fixture: edit('   * @operationName List Issues\n   * @category Issues\n', '   * @operationName List Issues\n'),
    rules: ['action-metadata'],
    message: /listIssues has no @category/,
  },
  {
    name: 'a dictionary reference to no DICTIONARY method',
    fixture: edit('"dictionary":"getLabelsDictionary"', '"dictionary":"getTagsDictionary"'),
    rules: ['dictionary-reference'],
    message: /Parameter labels of createIssue names dictionary "getTagsDictionary", which is no method of the service/,
  },
  {
    name: 'a dictionary reference to a method that is not a DICTIONARY',
    fixture: edit('"dictionary":"getLabelsDictionary"', '"dictionary":"listIssues"'),
    rules: ['dictionary-reference'],
    message: /names dictionary "listIssues", which is a method that is not registered as DICTIONARY/,
  },
  {
    name: 'a dependsOn naming no parameter',
    fixture: edit('"dependsOn":["repository"]', '"dependsOn":["repo"]'),
    rules: ['depends-on'],
    message: /Parameter labels of createIssue depends on "repo", which is no other parameter of createIssue/,
  },
  {
    name: 'a DROPDOWN without values',
    fixture: edit('"options":{"values":["Open","Closed"]}', '"options":{"values":[]}'),
    rules: ['dropdown-values'],
    message: /The DROPDOWN of createIssue\(state\) has no values/,
  },
  {
    name: 'a dictionary with a route that is not POST /get-…-dictionary',
    fixture: edit('@route POST /get-labels-dictionary', '@route GET /labels'),
    rules: ['dictionary-shape'],
    message: /Dictionary getLabelsDictionary must have @route POST \/get-<name>-dictionary; found GET \/labels/,
  },
  {
    name: 'a dictionary with more than the payload parameter',
    fixture: edit('async getLabelsDictionary(payload)', 'async getLabelsDictionary(payload, extra)'),
    rules: ['param-undocumented'],
    message: /Parameter "extra" of getLabelsDictionary\(payload, extra\)/,
  },
  {
    name: 'config items in another order or with other names',
    fixture: edit("name: 'serverUrl'", "name: 'baseUrl'"),
    rules: ['config-items'],
    message:
      /The config items must be clientId, clientSecret, serverUrl, scopes in that order; found clientId, clientSecret, baseUrl, scopes/,
  },
  {
    name: 'a config item that is not shared and has no hint',
    fixture: edit("defaultValue: 'repo', shared: true, hint: 'Space-separated.'", "defaultValue: 'repo', shared: false"),
    rules: ['config-item'],
    message: /Config item scopes must have shared: true/,
  },
  {
    name: 'a missing @integrationName',
    fixture: edit(' * @integrationName Fixture\n', ''),
    rules: ['service-info'],
    message: /no @integrationName/,
  },
  {
    name: 'a missing @requireOAuth',
    fixture: edit(' * @requireOAuth\n', ''),
    rules: ['service-info'],
    message: /no @requireOAuth/,
  },
  {
    name: 'a missing icon file',
    fixture: { icon: false },
    rules: ['icon-missing'],
    message: /@integrationIcon \/icon.svg names no file: expected public\/icon.svg/,
  },
  {
    name: 'a version that differs from package.json',
    fixture: { files: { 'service.js': VALID_SERVICE, 'package.json': '{"name":"fixture","version":"2.0.0"}' } },
    rules: ['service-info'],
    message: /The service version is 1.0.0 but package.json says 2.0.0/,
  },
  {
    name: 'a documented static method (in the descriptor, not callable)',
    fixture: {
      files: {
        'service.js': addMembers(
          VALID_SERVICE,
          [
            '  /**',
            '   * @operationName Static Thing',
            '   * @category Issues',
            '   * @description Does a thing. Requires: OAuth scope "(none)"; GitHub App permission "(none)".',
            '   * @route GET /static-thing',
            '   * @returns {Object}',
            '   * @sampleResult {"ok":true}',
            '   */',
            '  static staticThing() {',
            '    return { ok: true }',
            '  }',
          ].join('\n'),
        ),
      },
    },
    rules: ['not-instance-method'],
    message: /staticThing is in the descriptor but is not an instance method/,
  },
  {
    name: 'a model error (a file that fails to load)',
    fixture: { files: { 'service.js': VALID_SERVICE, 'broken.js': "require('./no-such-module')\n" } },
    rules: ['model-error'],
    message: /Cannot find module '\.\/no-such-module'.*broken\.js/s,
  },
  {
    name: 'two services',
    fixture: {
      files: {
        'service.js': VALID_SERVICE,
        'other.js': "const Backendless = require('backendless')\nclass Other {}\nBackendless.ServerCode.addService(Other)\n",
      },
    },
    rules: ['service-count'],
    message: /Expected exactly one service .*found 2 \(Other, Fixture\)/,
  },
  {
    name: 'a stray file outside the compiled code that CodeRunner would load',
    fixture: { files: { 'dist/service.js': VALID_SERVICE, 'probe.js': '// a forgotten experiment\n' } },
    codeDir: 'dist',
    rules: ['stray-file'],
    message: /CodeRunner would load and deploy probe.js/,
  },
  {
    name: 'sources and tool configs that deploy would upload',
    fixture: {
      files: {
        'dist/service.js': VALID_SERVICE,
        'src/service.ts': 'export {}\n',
        'tsconfig.json': '{}\n',
        'jest.config.js.map': '{}\n',
        'coderunner.json': JSON.stringify({ app: { exclude: ['src/**'] } }),
      },
    },
    codeDir: 'dist',
    rules: ['deployed-file'],
    subjects: ['coderunner.json', 'tsconfig.json'],
    message: /coderunner deploy would upload tsconfig.json .*add it to app.exclude in coderunner.json/,
  },
]

const roots = new FixtureRoots()
let validRoot: string
let valid: Descriptor
let withTriggers: { descriptor: Descriptor; root: string }
let project: Descriptor
const breaches = new Map<string, { descriptor: Descriptor; root: string }>()

beforeAll(async () => {
  if (!existsSync(join(PROJECT_ROOT, 'dist', 'GitHub.js'))) execFileSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: PROJECT_ROOT })
  validRoot = roots.create()
  const breachRoots = BREACHES.map((breach) => roots.create(breach.fixture))
  // One child process builds every root: each builder start costs about half a second.
  const triggersRoot = roots.create({ files: { 'service.js': WITH_TRIGGERS } })
  const descriptors = await buildDescriptors([
    { root: validRoot },
    ...breachRoots.map((root) => ({ root })),
    { root: triggersRoot },
    { root: PROJECT_ROOT },
  ])
  valid = descriptors[0] as Descriptor
  withTriggers = { descriptor: descriptors[descriptors.length - 2] as Descriptor, root: triggersRoot }
  project = descriptors[descriptors.length - 1] as Descriptor
  BREACHES.forEach((breach, index) => {
    breaches.set(breach.name, { descriptor: descriptors[index + 1] as Descriptor, root: breachRoots[index] as string })
  })
})

afterAll(() => roots.cleanup())

const rulesOf = (problems: Problem[]) => [...new Set(problems.map((problem) => problem.rule))].sort()

describe('checkContract on the real model builder', () => {
  it('passes the fixture that keeps the contract', () => {
    expect(valid.model.errors).toEqual([])
    expect(valid.serializationError).toBeNull()
    expect(checkContract(valid, { root: validRoot })).toEqual([])
  })

  it('passes a service with a realtime trigger block and its four handlers (refresh is optional)', () => {
    expect(withTriggers.descriptor.model.errors).toEqual([])
    expect(checkContract(withTriggers.descriptor, { root: withTriggers.root })).toEqual([])
  })

  it.each(BREACHES.map((breach) => [breach.name, breach] as const))('catches %s', (_name, breach) => {
    const built = breaches.get(breach.name)
    if (!built) throw new Error(`fixture ${breach.name} was not built`)
    const problems = checkContract(built.descriptor, { root: built.root, ...(breach.codeDir ? { codeDir: breach.codeDir } : {}) })
    expect(rulesOf(problems)).toEqual([...breach.rules].sort())
    expect(problems.map((problem) => problem.message)).toEqual(expect.arrayContaining([expect.stringMatching(breach.message)]))
    if (breach.subjects) expect(problems.map((problem) => problem.subject).sort()).toEqual(breach.subjects)
  })

  it('passes the real project (the compiled dist/)', () => {
    const problems = checkContract(project, { root: PROJECT_ROOT, codeDir: 'dist' })
    expect(problems.map((problem) => `[${problem.rule}] ${problem.subject}: ${problem.message}`)).toEqual([])
    expect(project.model.services.map((service) => service.name)).toEqual(['GitHub'])
  })
})

describe('checkContract on crafted descriptors', () => {
  const withServices = (services: Descriptor['model']['services']): Descriptor => ({ ...valid, model: { ...valid.model, services } })

  it('reports a descriptor without any service and stops there', () => {
    expect(checkContract(withServices([]), { root: validRoot })).toEqual([
      expect.objectContaining({ rule: 'service-count', message: expect.stringMatching(/found 0 \(none\)/) }),
    ])
  })

  it('reports a model error with the file and position the builder recorded', () => {
    const broken: Descriptor = {
      ...valid,
      model: { ...valid.model, errors: [{ message: 'describe is not defined', erredFile: 'jest.config.js', position: '3:1' }] },
    }
    expect(checkContract(broken, { root: validRoot })).toEqual([
      { rule: 'model-error', subject: 'model', message: 'describe is not defined (jest.config.js:3:1)' },
    ])
  })

  it('refuses an icon path that leaves public/', () => {
    const [service] = valid.model.services
    if (!service) throw new Error('the valid fixture has no service')
    const escaping = withServices([{ ...service, serviceInfo: { ...service.serviceInfo, integrationIcon: '/../service.js' } }])
    expect(rulesOf(checkContract(escaping, { root: validRoot }))).toEqual(['icon-missing'])
  })
})

describe('the summary', () => {
  it('shows the service, its config items and each operation by kind with route, name, category and parameters', () => {
    const summary = summarise(valid)
    expect(summary).toContain('Service Fixture 1.0.0')
    expect(summary).toContain('integration: Fixture, icon /icon.svg, OAuth required')
    expect(summary).toContain('clientSecret "Client Secret": STRING, required, shared')
    expect(summary).toContain('scopes "Scopes": STRING, optional, shared, default "repo"')
    expect(summary).toMatch(/SYSTEM operations \(3\)\n {2}GET \/getOAuth2ConnectionURL {2}getOAuth2ConnectionURL\n/)
    expect(summary).toMatch(/DICTIONARY operations \(2\)\n {2}POST \/get-repositories-dictionary {2}Get Repositories Dictionary\n/)
    expect(summary).toContain('POST /create-issue  Create Issue [Issues]')
    expect(summary).toContain('labels: Array<String>, optional, dictionary getLabelsDictionary (criteria: repository)')
    expect(summary).toContain('state: String, optional, DROPDOWN [Open, Closed], default "Open"')
    expect(summary.indexOf('SYSTEM operations')).toBeLessThan(summary.indexOf('DICTIONARY operations'))
    expect(summary.indexOf('DICTIONARY operations')).toBeLessThan(summary.indexOf('ACTION operations'))
  })
})

describe('node scripts/validate.js', () => {
  const run = (root: string) => spawnSync(process.execPath, [join(SCRIPTS, 'validate.js'), '--root', root], { encoding: 'utf8' })

  it('writes the descriptor, prints the summary and exits 0 for a service that keeps the contract', () => {
    const root = roots.create({ files: { 'dist/service.js': VALID_SERVICE } })
    const result = run(root)
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('Service Fixture 1.0.0')
    expect(result.stdout).toContain('Contract: OK')
    const written = JSON.parse(readFileSync(join(root, 'build', 'descriptor.json'), 'utf8')) as Descriptor
    expect(written.model.services.map((service) => service.name)).toEqual(['Fixture'])
    expect(written.parameterNames['Fixture']?.['createIssue']).toEqual(['repository', 'title', 'labels', 'state'])
  })

  it('exits 1 and lists the problems on a contract breach', () => {
    const root = roots.create({
      files: { 'dist/service.js': replaceOnce(VALID_SERVICE, '@route PUT /refreshToken', '@route GET /refreshToken') },
    })
    const result = run(root)
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('Contract: 1 problem')
    expect(result.stderr).toContain(
      '[system-route] refreshToken: refreshToken must have @route PUT /refreshToken; found GET /refreshToken.',
    )
  })

  it('exits 2 with advice when nothing is built', () => {
    const root = roots.create({ files: { 'service.js': VALID_SERVICE } })
    const result = run(root)
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/No dist\/ in .*: build first/)
  })
})
