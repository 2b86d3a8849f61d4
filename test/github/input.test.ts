import { choice, listOptions, optionalDateTime, optionalObject, optionalRef, repository, repositoryPath } from '../../src/github/input'

describe('input validation', () => {
  it('reads owner/name, GitHub URLs and Enterprise Managed User owners', () => {
    expect(repository('octocat/Hello-World')).toEqual({ owner: 'octocat', repo: 'Hello-World' })
    expect(repository('https://github.com/octocat/Hello-World.git')).toEqual({ owner: 'octocat', repo: 'Hello-World' })
    expect(repository('mona_acme/app')).toEqual({ owner: 'mona_acme', repo: 'app' })
  })

  it.each(['octocat', 'octocat/..', '../etc/passwd', 'a/b/c', '-bad/repo', 'octo cat/repo', '', 42])(
    'refuses %p as a repository',
    (value) => {
      expect(() => repository(value)).toThrow(expect.objectContaining({ kind: 'invalid_input', parameter: 'repository' }))
    },
  )

  it.each([
    '../secret',
    'docs/../../x',
    'a//b',
    './a',
    'a\\b',
    'a/\u0000',
    'docs/./README.md',
    // Percent-encoded dots: a server or proxy decoding once (or twice) would see "." or "..".
    'docs/%2e/x',
    'docs/%2E%2e/x',
    'docs/.%2e/x',
    '%2e%2e',
    'docs/%252e%252e/x',
    // URL parsers drop tabs and newlines, so ".\t." is ".." to them.
    'docs/.\t./x',
    'docs/.\n/x',
  ])('refuses the path %p', (value) => {
    expect(() => repositoryPath(value)).toThrow(expect.objectContaining({ parameter: 'path' }))
  })

  it('keeps paths whose segments only contain dots among other characters', () => {
    expect(repositoryPath('.github/workflows/ci.yml')).toBe('.github/workflows/ci.yml')
    expect(repositoryPath('docs/...')).toBe('docs/...')
    expect(repositoryPath('a/%2ex')).toBe('a/%2ex')
  })

  // git-check-ref-format: https://git-scm.com/docs/git-check-ref-format
  it.each([
    ['feature/./x', 'a component "." (URL parsing drops it: feature/x would be named instead)'],
    ['feature/../x', '".."'],
    ['feature/.hidden', 'a component starting with "."'],
    ['.hidden', 'a leading "."'],
    ['feature/x.lock', 'a component ending with ".lock"'],
    ['feature.lock/x', 'a component ending with ".lock" in the middle'],
    ['feature//x', '"//"'],
    ['/feature', 'a leading "/"'],
    ['feature/', 'a trailing "/"'],
    ['feature.', 'a trailing "."'],
    ['@', '"@" alone'],
    ['a@{1}', '"@{"'],
    ['a\u0001b', 'a control character'],
    ['a\u007fb', 'DEL'],
    ['a\tb', 'a tab'],
    ['a b', 'a space'],
    ['a~1', '"~"'],
    ['a^', '"^"'],
    ['a:b', '":"'],
    ['a?', '"?"'],
    ['a*', '"*"'],
    ['a[b', '"["'],
    ['a\\b', 'a backslash'],
    ['feature/%2e/x', 'a percent-encoded "."'],
    ['feature/%2E%2e/x', 'a percent-encoded ".."'],
    ['feature/.%2e/x', 'a half-encoded ".."'],
    ['feature/%252e%252e/x', 'a doubly encoded ".."'],
  ])('refuses the ref %p (%s)', (value) => {
    expect(() => optionalRef(value, 'branch')).toThrow(expect.objectContaining({ kind: 'invalid_input', parameter: 'branch' }))
  })

  it.each(['main', 'feature/login', 'v1.0.0', 'release/2024.01', 'user@example', 'x.lockfile', 'feature/login#1', '100%'])(
    'accepts the ref %p',
    (value) => {
      expect(optionalRef(value, 'branch')).toBe(value)
    },
  )

  it('maps DROPDOWN labels to API values and names the parameter otherwise', () => {
    expect(choice('Closed', 'state', { Open: 'open', Closed: 'closed' })).toBe('closed')
    expect(choice('open', 'state', { Open: 'open', Closed: 'closed' })).toBe('open')
    expect(() => choice('Shut', 'state', { Open: 'open' })).toThrow('Invalid "state": must be one of: Open.')
  })

  it('turns DATE_TIME_PICKER milliseconds into ISO 8601', () => {
    expect(optionalDateTime(Date.UTC(2026, 0, 2, 3, 4, 5), 'since')).toBe('2026-01-02T03:04:05.000Z')
    expect(() => optionalDateTime('yesterday-ish', 'since')).toThrow(expect.objectContaining({ parameter: 'since' }))
  })

  it('keeps one page or a total limit', () => {
    expect(listOptions(false, 20, undefined)).toEqual({ mode: 'page', pageSize: 20, limit: 20 })
    expect(listOptions(true, 250, 'abc')).toEqual({ mode: 'all', pageSize: 100, limit: 250, cursor: 'abc' })
    expect(() => listOptions(false, 500, undefined)).toThrow(expect.objectContaining({ parameter: 'limit' }))
  })

  it('drops prototype keys from object parameters', () => {
    const parsed = optionalObject('{"__proto__":{"polluted":1},"constructor":2,"ok":"yes"}', 'inputs')
    expect(parsed).toEqual({ ok: 'yes' })
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })
})
