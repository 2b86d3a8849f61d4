import { execFileSync, spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { FixtureRoots, replaceOnce, VALID_SERVICE } from './fixtures'
import { descriptorScript, PROJECT_ROOT, SCRIPTS, type Descriptor } from './scripts'

const { buildDescriptors, operationsOf, parameterNames, parseRoute, readExclude } = descriptorScript

describe('parameterNames (read from Function.prototype.toString)', () => {
  it.each([
    ['async createIssue(repository, title) { return 1 }', ['repository', 'title']],
    ['getOAuth2ConnectionURL() { return "(a, b)" }', []],
    ['async m(a = 30, b = { x: 1, y: [1, 2] }, ...rest) {}', ['a', 'b', 'rest']],
    ['m({ a, b }, [c]) {}', ['{ a, b }', '[c]']],
    ['m(a /* first, */, b // second (\n) {}', ['a', 'b']],
    ['m(a = "(,)", b = \')\', c = `(${1},`) {}', ['a', 'b', 'c']],
    ['m(a = (x) => x, b = x == 1, c = x >= 2) {}', ['a', 'b', 'c']],
    ["['computed'](a) {}", ['a']],
    ['function (first, second) {}', ['first', 'second']],
    ['async *pages(cursor) {}', ['cursor']],
    ['value => value', ['value']],
    ['async value => value', ['value']],
  ])('%s', (source, expected) => {
    expect(parameterNames(source)).toEqual(expected)
  })

  it('reads a real class method', () => {
    class Sample {
      async action(repository: unknown, limit = 30, ...rest: unknown[]) {
        return [repository, limit, rest]
      }
    }
    expect(parameterNames(Function.prototype.toString.call(Sample.prototype.action))).toEqual(['repository', 'limit', 'rest'])
  })
})

describe('parseRoute', () => {
  it('splits the verb from the path and defaults to GET, as CodeRunner does', () => {
    expect(parseRoute('POST /create-issue')).toEqual({ verb: 'POST', path: '/create-issue' })
    expect(parseRoute('put /refreshToken')).toEqual({ verb: 'PUT', path: '/refreshToken' })
    expect(parseRoute('/bare')).toEqual({ verb: 'GET', path: '/bare' })
    expect(parseRoute('')).toBeNull()
  })
})

describe('buildDescriptors (the CLI model builder in a child process)', () => {
  const roots = new FixtureRoots()
  let valid: Descriptor
  let badSample: Descriptor
  let excluded: Descriptor
  let noisy: Descriptor

  beforeAll(async () => {
    const validRoot = roots.create()
    const badSampleRoot = roots.create({
      files: {
        'service.js': replaceOnce(VALID_SERVICE, '@sampleResult {"number":1347,"title":"Found a bug"}', '@sampleResult {number:1347}'),
      },
    })
    const excludedRoot = roots.create({
      files: {
        'service.js': VALID_SERVICE,
        'test/broken.test.js': "describe('x', () => {})\n",
        'coderunner.json': JSON.stringify({ app: { exclude: ['test/**'] } }),
      },
    })
    const noisyRoot = roots.create({
      files: { 'service.js': `console.log('loading the service')\nprocess.stdout.write('raw output\\n')\n${VALID_SERVICE}` },
    })
    ;[valid, badSample, excluded, noisy] = (await buildDescriptors([
      { root: validRoot },
      { root: badSampleRoot },
      { root: excludedRoot },
      { root: noisyRoot },
    ])) as [Descriptor, Descriptor, Descriptor, Descriptor]
  })

  afterAll(() => roots.cleanup())

  it('returns the model JSON: service, config, serviceInfo, version, methods with tags, params and metaInfo', () => {
    const [service] = valid.model.services
    expect(service).toMatchObject({
      name: 'Fixture',
      version: '1.0.0',
      description: 'A fixture service that keeps the contract checked by scripts/validate.js.',
      serviceInfo: { integrationName: 'Fixture', integrationIcon: '/icon.svg', requireOAuth: true },
    })
    expect(service?.config.map((item) => [item.name, item.shared])).toEqual([
      ['clientId', true],
      ['clientSecret', true],
      ['serverUrl', true],
      ['scopes', true],
    ])
    expect(service?.xml).toContain('<method name="createIssue"')
    const createIssue = valid.model.definitions.types['Fixture']?.methods['createIssue']
    expect(createIssue?.tags).toMatchObject({ operationname: 'Create Issue', route: 'POST /create-issue', category: 'Issues' })
    expect(createIssue?.metaInfo.args['labels']).toEqual({ label: 'Labels', dictionary: 'getLabelsDictionary', dependsOn: ['repository'] })
    expect(createIssue?.metaInfo.sampleResult).toEqual({ number: 1347, title: 'Found a bug' })
    expect(valid.model.errors).toEqual([])
    expect(valid.files).toEqual(['service.js'])
  })

  it("adds each method's JavaScript parameter names read from the loaded class", () => {
    expect(valid.parameterNames['Fixture']).toEqual({
      getOAuth2ConnectionURL: [],
      executeCallback: ['callbackObject'],
      refreshToken: ['refreshToken'],
      createIssue: ['repository', 'title', 'labels', 'state'],
      listIssues: ['repository', 'limit'],
      getRepositoriesDictionary: ['payload'],
      getLabelsDictionary: ['payload'],
    })
  })

  it('keeps the model content and says why when deploy could not serialise it', () => {
    expect(badSample.serializationError).toMatch(/JSON/)
    expect(badSample.model.services.map((service) => service.name)).toEqual(['Fixture'])
    expect(badSample.model.definitions.types['Fixture']?.methods['createIssue']?.tags['sampleresult']).toBe('{number:1347}')
  })

  it("honours the root's coderunner.json app.exclude by default", () => {
    expect(excluded.exclude).toEqual(['test/**'])
    expect(excluded.model.errors).toEqual([])
    expect(excluded.files).toEqual(['service.js'])
    expect(excluded.deployFiles).toEqual(['coderunner.json', 'public/icon.svg', 'service.js'])
    expect(readExclude(PROJECT_ROOT)).toEqual(expect.arrayContaining(['src/**', 'test/**', 'scripts/**']))
  })

  it("captures the builder's and the service's own output instead of printing it", () => {
    // Under Jest (NODE_ENV=test) the CLI's logger is silent itself; the command test below runs without it.
    expect(noisy.log).toEqual(expect.arrayContaining([expect.stringContaining('loading the service'), 'raw output']))
  })

  it('normalises the operations for consumers', () => {
    const operations = operationsOf(valid, 'Fixture')
    expect(operations.map((operation) => [operation.method, operation.kind])).toEqual([
      ['getOAuth2ConnectionURL', 'SYSTEM'],
      ['executeCallback', 'SYSTEM'],
      ['refreshToken', 'SYSTEM'],
      ['createIssue', 'ACTION'],
      ['listIssues', 'ACTION'],
      ['getRepositoriesDictionary', 'DICTIONARY'],
      ['getLabelsDictionary', 'DICTIONARY'],
    ])
    const createIssue = operations.find((operation) => operation.method === 'createIssue')
    expect(createIssue).toMatchObject({
      operationName: 'Create Issue',
      category: 'Issues',
      route: { verb: 'POST', path: '/create-issue' },
      returns: 'Object',
      sampleResult: '{"number":1347,"title":"Found a bug"}',
      jsParameters: ['repository', 'title', 'labels', 'state'],
    })
    expect(createIssue?.params[2]).toEqual({
      name: 'labels',
      label: 'Labels',
      type: 'Array<String>',
      required: false,
      description: 'Label names.',
      dictionary: 'getLabelsDictionary',
      dependsOn: ['repository'],
    })
    expect(createIssue?.params[3]).toMatchObject({
      defaultValue: 'Open',
      uiComponent: { type: 'DROPDOWN', options: { values: ['Open', 'Closed'] } },
    })
  })

  it('prints nothing but the descriptor JSON when run as a command, even when the builder and the service log', () => {
    const root = roots.create({ files: { 'service.js': `console.log('loading the service')\n${VALID_SERVICE}` } })
    const env = { ...process.env }
    delete env['NODE_ENV']
    const result = spawnSync(process.execPath, [join(SCRIPTS, 'descriptor.js'), root], { encoding: 'utf8', env })
    expect(result.status).toBe(0)
    expect(result.stderr).toBe('')
    const printed = JSON.parse(result.stdout) as Descriptor
    expect(printed.model.services.map((service) => service.name)).toEqual(['Fixture'])
    expect(printed.log).toEqual(
      expect.arrayContaining([expect.stringContaining('Building Model..'), expect.stringContaining('loading the service')]),
    )
  })
})

describe('the tooling scripts', () => {
  it('type-check under strict TypeScript (tsc -p scripts: checkJs over their JSDoc types)', () => {
    expect(() => execFileSync('npx', ['tsc', '-p', join(SCRIPTS, 'tsconfig.json')], { cwd: PROJECT_ROOT, encoding: 'utf8' })).not.toThrow()
  })
})
