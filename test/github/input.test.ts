import { choice, listOptions, optionalDateTime, optionalObject, repository, repositoryPath } from '../../src/github/input'

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

  it.each(['../secret', 'docs/../../x', 'a//b', './a', 'a\\b', 'a/\u0000'])('refuses the path %p', (value) => {
    expect(() => repositoryPath(value)).toThrow(expect.objectContaining({ parameter: 'path' }))
  })

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
