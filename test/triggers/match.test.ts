import { globToRegExp, selectMatched, paramValues } from '../../src/github/triggers/match'
import { REALTIME_TRIGGERS } from '../../src/github/triggers/events'
import { SAMPLES } from '../../src/github/triggers/samples'

const sample = (method: string): Record<string, unknown> => structuredClone(SAMPLES[method] as Record<string, unknown>)
const REPO = 'Codertocat/Hello-World'

describe('globToRegExp', () => {
  it.each([
    ['main', 'main', true],
    ['main', 'mainline', false],
    ['release/*', 'release/1.0', true],
    ['release/*', 'release/1.0/hotfix', false],
    ['release/**', 'release/1.0/hotfix', true],
    ['v?.0', 'v2.0', true],
    ['a.b+c', 'a.b+c', true],
    ['a.b+c', 'aXb+c', false],
    ['**', 'any/thing', true],
  ])('%s vs %s → %s', (glob, subject, expected) => {
    expect(globToRegExp(glob).test(subject)).toBe(expected)
  })
})

describe('paramValues', () => {
  it('splits comma lists and drops empties', () => {
    expect(paramValues(' opened, closed ,,')).toEqual(['opened', 'closed'])
    expect(paramValues(undefined)).toEqual([])
    expect(paramValues('')).toEqual([])
  })
})

describe('selectMatched', () => {
  it('fires only the blocks of the delivering repository (case-insensitive), never blocks without one', () => {
    const event = sample('onIssue')
    const ids = selectMatched('onIssue', event, [
      { id: 'same', data: { repository: REPO } },
      { id: 'lower', data: { repository: REPO.toLowerCase() } },
      { id: 'other', data: { repository: 'someone/else' } },
      { id: 'empty', data: {} },
      { id: 'null', data: null },
    ])
    expect(ids).toEqual(['same', 'lower'])
  })

  it('applies the action default (opened) and explicit action lists', () => {
    const opened = sample('onIssue')
    const closed = { ...sample('onIssue'), action: 'closed' }
    const blocks = [
      { id: 'default', data: { repository: REPO } },
      { id: 'closed', data: { repository: REPO, action: 'closed' } },
      { id: 'both', data: { repository: REPO, action: 'opened, closed' } },
    ]
    expect(selectMatched('onIssue', opened, blocks)).toEqual(['default', 'both'])
    expect(selectMatched('onIssue', closed, blocks)).toEqual(['closed', 'both'])
  })

  it('tells merged from closed-without-merging', () => {
    const pr = sample('onPullRequest')
    const mergedEvent = { ...pr, action: 'closed', pull_request: { ...(pr.pull_request as object), merged: true } }
    const closedEvent = { ...pr, action: 'closed', pull_request: { ...(pr.pull_request as object), merged: false } }
    const blocks = [
      { id: 'merged', data: { repository: REPO, action: 'merged' } },
      { id: 'closed', data: { repository: REPO, action: 'closed' } },
    ]
    expect(selectMatched('onPullRequest', mergedEvent, blocks)).toEqual(['merged'])
    expect(selectMatched('onPullRequest', closedEvent, blocks)).toEqual(['closed'])
  })

  it('filters pull requests by base branch glob, label and author', () => {
    const pr = sample('onPullRequest')
    const base = String((pr.pull_request as { base: { ref: string } }).base.ref)
    const author = String((pr.pull_request as { user: { login: string } }).user.login)
    const blocks = [
      { id: 'base', data: { repository: REPO, baseBranch: base } },
      { id: 'base-glob', data: { repository: REPO, baseBranch: `${base.slice(0, 2)}*` } },
      { id: 'other-base', data: { repository: REPO, baseBranch: 'develop' } },
      { id: 'author', data: { repository: REPO, author: author.toUpperCase() } },
      { id: 'other-author', data: { repository: REPO, author: 'nobody' } },
      { id: 'label-missing', data: { repository: REPO, label: 'no-such-label' } },
    ]
    expect(selectMatched('onPullRequest', pr, blocks)).toEqual(['base', 'base-glob', 'author'])
  })

  it('for "labeled" matches only the label just added', () => {
    const issue = sample('onIssue')
    const labeled = {
      ...issue,
      action: 'labeled',
      label: { name: 'urgent' },
      issue: { ...(issue.issue as object), labels: [{ name: 'bug' }, { name: 'urgent' }] },
    }
    const blocks = [
      { id: 'urgent', data: { repository: REPO, action: 'labeled', label: 'Urgent' } },
      { id: 'bug', data: { repository: REPO, action: 'labeled', label: 'bug' } },
    ]
    expect(selectMatched('onIssue', labeled, blocks)).toEqual(['urgent'])
    // For other actions the issue's current labels count.
    expect(selectMatched('onIssue', { ...labeled, action: 'opened' }, [{ id: 'bug', data: { repository: REPO, label: 'bug' } }])).toEqual([
      'bug',
    ])
  })

  it('matches push branches only under refs/heads (a tag of the same name is not the branch)', () => {
    const push = sample('onPush')
    const blocks = [
      { id: 'main', data: { repository: REPO, branch: 'main' } },
      { id: 'any', data: { repository: REPO } },
    ]
    expect(selectMatched('onPush', { ...push, ref: 'refs/heads/main' }, blocks)).toEqual(['main', 'any'])
    expect(selectMatched('onPush', { ...push, ref: 'refs/tags/main' }, blocks)).toEqual(['any'])
    expect(selectMatched('onPush', { ...push, ref: 'refs/heads/feature/x' }, blocks)).toEqual(['any'])
  })

  it('filters workflow runs by workflow name, conclusion and branch', () => {
    const run = sample('onWorkflowRun')
    const wr = run.workflow_run as { name: string; conclusion: string; head_branch: string }
    const blocks = [
      { id: 'all', data: { repository: REPO, workflow: wr.name, conclusion: wr.conclusion, branch: wr.head_branch } },
      { id: 'failure-only', data: { repository: REPO, conclusion: wr.conclusion === 'failure' ? 'success' : 'failure' } },
      { id: 'other-workflow', data: { repository: REPO, workflow: 'Deploy nightly' } },
    ]
    expect(selectMatched('onWorkflowRun', run, blocks)).toEqual(['all'])
  })

  it('matches an organization trigger by organization', () => {
    const repoEvent = { ...sample('onRepository'), organization: { login: 'octo-org' } }
    const ids = selectMatched('onRepository', repoEvent, [
      { id: 'org', data: { organization: 'Octo-Org' } },
      { id: 'other', data: { organization: 'other' } },
      { id: 'archived-only', data: { organization: 'octo-org', action: 'archived' } },
    ])
    expect(ids).toEqual(['org'])
  })

  it('fires nothing for an unknown event name', () => {
    expect(selectMatched('pollNewIssue', sample('onIssue'), [{ id: 'x', data: { repository: REPO } }])).toEqual([])
  })

  it('each realtime sample fires a block that names only its repository or organization', () => {
    for (const trigger of REALTIME_TRIGGERS) {
      const data = sample(trigger.method)
      // The repository sample comes from a user account: it is given an organization as an org hook would deliver.
      if (trigger.hook === 'org') data.organization = { login: 'x' }
      const scope = trigger.hook === 'repo' ? { repository: (data.repository as { full_name: string }).full_name } : { organization: 'X' }
      expect({ method: trigger.method, ids: selectMatched(trigger.method, data, [{ id: 'b', data: scope }]) }).toEqual({
        method: trigger.method,
        ids: ['b'],
      })
    }
  })
})
