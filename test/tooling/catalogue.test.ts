import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { catalogueScript, PROJECT_ROOT, SCRIPTS, type Descriptor, type ModelMethod, type Sections } from './scripts'

const { renderActions, renderErrors, replaceSection, readSection, staleSections, applySections, splitRequires, generateSections } =
  catalogueScript

function method(tags: Record<string, string>, description: string, access = 'public'): ModelMethod {
  return { params: [], tags, metaInfo: { args: {} }, returnType: { name: 'Object' }, access, description }
}

const requires = (scope: string, permission: string) => ` Requires: OAuth scope "${scope}"; GitHub App permission "${permission}".`

/** A descriptor made by hand: categories out of order, a pipe in a description, methods that are not listed. */
const CRAFTED: Descriptor = {
  root: '/crafted',
  exclude: [],
  files: ['service.js'],
  deployFiles: ['service.js'],
  serializationError: null,
  log: [],
  parameterNames: {},
  model: {
    errors: [],
    services: [{ name: 'Crafted', version: '1.0.0', description: 'Crafted.', provider: 'service.js', config: [] }],
    definitions: {
      files: ['service.js'],
      types: {
        Crafted: {
          name: 'Crafted',
          methods: {
            getOAuth2ConnectionURL: method({ registeras: 'SYSTEM', route: 'GET /getOAuth2ConnectionURL' }, 'Returns the URL.'),
            createIssue: method(
              { operationname: 'Create Issue', category: 'Issues', route: 'POST /create-issue' },
              `Opens an issue | with a pipe.\nReturns it.${requires('repo', 'Issues: write')}`,
            ),
            getRepository: method(
              { operationname: 'Get Repository', category: 'Repositories', route: 'GET /get-repository' },
              `Returns one repository.${requires('repo', 'Metadata: read')}`,
            ),
            listIssues: method(
              { operationname: 'List Issues', category: 'Issues', route: 'GET /list-issues' },
              `Lists issues.${requires('(none)', '(none)')}`,
            ),
            doMagic: method(
              { operationname: 'Do Magic', category: 'Magic', route: 'GET /do-magic' },
              'Does magic without saying what it needs.',
            ),
            hidden: method(
              { operationname: 'Hidden', category: 'Issues', route: 'GET /hidden' },
              `Hidden.${requires('repo', 'x')}`,
              'private',
            ),
            getLabelsDictionary: method(
              { registeras: 'DICTIONARY', operationname: 'Get Labels Dictionary', route: 'POST /get-labels-dictionary' },
              'Lists the labels\nof the selected repository.',
            ),
          },
        },
      },
    },
  },
}

describe('the actions catalogue', () => {
  it('splits a description into its prose and the scope and permission of its Requires sentence', () => {
    expect(splitRequires(`Opens an issue. Returns it.${requires('repo workflow', 'Issues: write, Contents: read')}`)).toEqual({
      text: 'Opens an issue. Returns it.',
      scope: 'repo workflow',
      permission: 'Issues: write, Contents: read',
    })
    expect(splitRequires('No requirement stated.')).toEqual({ text: 'No requirement stated.', scope: '', permission: '' })
  })

  it('renders one table per category in catalogue order, actions in source order, then the dictionaries', () => {
    expect(renderActions(CRAFTED)).toBe(
      [
        '### Repositories',
        '',
        '| Action | Description | OAuth scope | GitHub App permission |',
        '| --- | --- | --- | --- |',
        '| Get Repository | Returns one repository. | repo | Metadata: read |',
        '',
        '### Issues',
        '',
        '| Action | Description | OAuth scope | GitHub App permission |',
        '| --- | --- | --- | --- |',
        '| Create Issue | Opens an issue \\| with a pipe. Returns it. | repo | Issues: write |',
        '| List Issues | Lists issues. | (none) | (none) |',
        '',
        '### Magic',
        '',
        '| Action | Description | OAuth scope | GitHub App permission |',
        '| --- | --- | --- | --- |',
        '| Do Magic | Does magic without saying what it needs. | ? | ? |',
        '',
        '### Dictionaries',
        '',
        'Pick lists the platform shows for parameters such as a repository, a branch or labels:',
        '',
        '- **Get Labels Dictionary** (`getLabelsDictionary`): Lists the labels of the selected repository.',
      ].join('\n'),
    )
  })
})

describe('the error-code table', () => {
  it('lists every code with its HTTP status, kind and meaning, by code', () => {
    const table = renderErrors({
      upstream_unavailable: { code: 50301, status: 503, meaning: 'GitHub could not be reached.' },
      invalid_input: { code: 40001, status: 400, meaning: 'A parameter | is invalid.' },
    })
    expect(table).toBe(
      [
        '| Code | HTTP status | Kind | Meaning |',
        '| --- | --- | --- | --- |',
        '| 40001 | 400 | `invalid_input` | A parameter \\| is invalid. |',
        '| 50301 | 503 | `upstream_unavailable` | GitHub could not be reached. |',
      ].join('\n'),
    )
  })
})

describe('README sections', () => {
  const README = [
    '# Title',
    '',
    '<!-- errors:start -->',
    'old errors',
    '<!-- errors:end -->',
    '',
    'Between.',
    '',
    '<!-- actions:start -->',
    '<!-- actions:end -->',
    'Tail.',
    '',
  ].join('\n')
  const SECTIONS: Sections = { actions: '### Issues\n\n| a |', errors: '| code |' }

  it('replaces only the text between the markers and reads it back', () => {
    const written = applySections(README, SECTIONS)
    expect(written.startsWith('# Title\n\n<!-- errors:start -->\n')).toBe(true)
    expect(written).toContain('<!-- errors:end -->\n\nBetween.\n\n<!-- actions:start -->\n')
    expect(written.endsWith('<!-- actions:end -->\nTail.\n')).toBe(true)
    expect(written).not.toContain('old errors')
    expect(readSection(written, 'actions')).toContain('### Issues\n\n| a |\n')
    expect(applySections(written, SECTIONS)).toBe(written)
  })

  it('names the stale sections, and those whose markers are missing', () => {
    expect(staleSections(README, SECTIONS).sort()).toEqual(['actions', 'errors'])
    const written = applySections(README, SECTIONS)
    expect(staleSections(written, SECTIONS)).toEqual([])
    expect(staleSections(written, { ...SECTIONS, errors: '| code | changed |' })).toEqual(['errors'])
    const withoutActions = written.replace('<!-- actions:end -->', '')
    expect(staleSections(withoutActions, SECTIONS)).toEqual(['actions'])
    expect(() => replaceSection(withoutActions, 'actions', 'x')).toThrow(/no "<!-- actions:start -->" … "<!-- actions:end -->" markers/)
  })
})

describe('the project README', () => {
  let sections: Sections
  let workDir: string

  beforeAll(async () => {
    sections = await generateSections(PROJECT_ROOT)
    workDir = mkdtempSync(join(tmpdir(), 'catalogue-'))
  })

  afterAll(() => rmSync(workDir, { recursive: true, force: true }))

  it('generates the catalogue from the real descriptor and the error table from dist/errors.js', () => {
    expect(sections.actions).toMatch(/^### Repositories\n/)
    expect(sections.actions).toContain('| Get Authenticated User |')
    expect(sections.actions).not.toContain('getOAuth2ConnectionURL')
    expect(sections.actions).not.toContain('Requires: OAuth scope')
    expect(sections.errors).toContain('| 40001 | 400 | `invalid_input` |')
  })

  it('is up to date (run npm run catalogue after changing actions or error codes)', () => {
    const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8')
    expect(staleSections(readme, sections)).toEqual([])
  })

  it('--check exits 1 naming the stale section; --write brings a copy up to date without touching the rest', () => {
    const copy = join(workDir, 'README.md')
    const stale = applySections(readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8'), { ...sections, errors: '| outdated |' })
    writeFileSync(copy, stale)
    const run = (flag: string) => spawnSync(process.execPath, [join(SCRIPTS, 'catalogue.js'), flag, '--readme', copy], { encoding: 'utf8' })

    const check = run('--check')
    expect(check.status).toBe(1)
    expect(check.stderr).toBe('README.md: the errors section is stale. Run npm run catalogue.\n')

    const write = run('--write')
    expect(write.status).toBe(0)
    expect(write.stdout).toBe('README.md: rewrote the errors section.\n')
    expect(readFileSync(copy, 'utf8')).toBe(applySections(stale, sections))
  })
})
