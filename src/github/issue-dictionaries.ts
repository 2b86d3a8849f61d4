import type { components } from '@octokit/openapi-types'
import { apiPath, type GitHubContext } from './api'
import { repositoryDictionary as dictionary, type DictionaryPage } from './dictionary'
import * as define from '../operations/definition'
import * as param from './params'

/**
 * The dictionaries behind the Labels, Assignees and Milestone parameters. Each depends on
 * the repository the person picked (criteria.repository). GitHub has no search for these
 * lists, so the search text filters the fetched pages (case-insensitively).
 */

type Label = components['schemas']['label']
type SimpleUser = components['schemas']['simple-user']
type Milestone = components['schemas']['milestone']
type Issue = components['schemas']['issue']

/** GET /repos/{owner}/{repo}/labels: https://docs.github.com/en/rest/issues/labels#list-labels-for-a-repository */
export async function getLabelsDictionary(github: GitHubContext, payload: unknown): Promise<DictionaryPage> {
  return dictionary<Label>(github, payload, (ref) => ({
    call: {
      operation: 'issues/list-labels-for-repo',
      method: 'GET',
      path: apiPath`/repos/${ref.owner}/${ref.repo}/labels`,
      subject: `the labels of repository ${ref.owner}/${ref.repo}`,
    },
    item: (label) => ({ label: label.name, value: label.name, note: label.description || `#${label.color}` }),
    searched: (label) => [label.name, label.description],
  }))
}

/** GET /repos/{owner}/{repo}/assignees: https://docs.github.com/en/rest/issues/assignees#list-assignees */
export async function getAssigneesDictionary(github: GitHubContext, payload: unknown): Promise<DictionaryPage> {
  return dictionary<SimpleUser>(github, payload, (ref) => ({
    call: {
      operation: 'issues/list-assignees',
      method: 'GET',
      path: apiPath`/repos/${ref.owner}/${ref.repo}/assignees`,
      subject: `the assignable users of repository ${ref.owner}/${ref.repo}`,
    },
    item: (user) => ({ label: user.name ? `${user.login} (${user.name})` : user.login, value: user.login, note: user.type }),
    searched: (user) => [user.login, user.name],
  }))
}

/** GET /repos/{owner}/{repo}/milestones: https://docs.github.com/en/rest/issues/milestones#list-milestones */
export async function getMilestonesDictionary(github: GitHubContext, payload: unknown): Promise<DictionaryPage> {
  return dictionary<Milestone>(github, payload, (ref) => ({
    call: {
      operation: 'issues/list-milestones',
      method: 'GET',
      path: apiPath`/repos/${ref.owner}/${ref.repo}/milestones`,
      query: { state: 'open', sort: 'due_on', direction: 'asc' },
      subject: `the milestones of repository ${ref.owner}/${ref.repo}`,
    },
    item: (milestone) => ({ label: milestone.title, value: milestone.number, note: milestoneNote(milestone) }),
    searched: (milestone) => [milestone.title, milestone.description],
  }))
}

/** GET /repos/{owner}/{repo}/issues (open, newest first, pull requests left out): the issue picker. */
export async function getIssuesDictionary(github: GitHubContext, payload: unknown): Promise<DictionaryPage> {
  return dictionary<Issue>(github, payload, (ref) => ({
    call: {
      operation: 'issues/list-for-repo',
      method: 'GET',
      path: apiPath`/repos/${ref.owner}/${ref.repo}/issues`,
      query: { state: 'open', sort: 'created', direction: 'desc' },
      subject: `the open issues of repository ${ref.owner}/${ref.repo}`,
    },
    extract: (data) => (Array.isArray(data) ? (data as Issue[]).filter((issue) => !issue.pull_request) : []),
    item: (issue) => ({ label: `#${issue.number} ${issue.title}`, value: issue.number, note: issue.user?.login ?? '' }),
    searched: (issue) => [String(issue.number), issue.title, issue.user?.login],
  }))
}

function milestoneNote(milestone: Milestone): string {
  const due = milestone.due_on ? `due ${milestone.due_on.slice(0, 10)}` : 'no due date'
  return `${due} · ${milestone.open_issues} open, ${milestone.closed_issues} closed`
}

// ── Operations ───────────────────────────────────────────────────────────────

/** The operations this module implements, as the platform shows them (see src/operations/definition.ts). */
export const definitions = {
  getLabelsDictionary: define.dictionary({
    label: 'Get Labels Dictionary',
    route: 'POST /get-labels-dictionary',
    description:
      'Lists the labels of the selected repository for picking: value is the label name, the note its description (or colour). Search filters names and descriptions.',
    requires: { scope: 'repo', permission: 'Issues: read' },
    params: [param.repositoryPayload],
    sample: { items: [{ label: 'bug', value: 'bug', note: "Something isn't working" }], cursor: null },
    run: (github: GitHubContext, { payload }) => getLabelsDictionary(github, payload),
  }),
  getAssigneesDictionary: define.dictionary({
    label: 'Get Assignees Dictionary',
    route: 'POST /get-assignees-dictionary',
    description:
      'Lists the people who can be assigned to issues in the selected repository: value is the login. Search filters logins and names.',
    requires: { scope: 'repo', permission: 'Issues: read' },
    params: [param.repositoryPayload],
    sample: { items: [{ label: 'octocat', value: 'octocat', note: 'User' }], cursor: null },
    run: (github: GitHubContext, { payload }) => getAssigneesDictionary(github, payload),
  }),
  getMilestonesDictionary: define.dictionary({
    label: 'Get Milestones Dictionary',
    route: 'POST /get-milestones-dictionary',
    description:
      'Lists the open milestones of the selected repository, soonest due first: value is the milestone number, label its title, note the due date and issue counts. Search filters titles and descriptions.',
    requires: { scope: 'repo', permission: 'Issues: read' },
    params: [param.repositoryPayload],
    sample: { items: [{ label: 'v1.0', value: 1, note: 'due 2025-06-30 · 4 open, 8 closed' }], cursor: null },
    run: (github: GitHubContext, { payload }) => getMilestonesDictionary(github, payload),
  }),
  getIssuesDictionary: define.dictionary({
    label: 'Get Issues Dictionary',
    route: 'POST /get-issues-dictionary',
    description:
      'Lists the open issues of the selected repository (not pull requests), newest first, for picking: value is the number, the label "#number title", the note its author. Search filters numbers, titles and authors.',
    requires: { scope: 'repo', permission: 'Issues: read' },
    params: [param.repositoryPayload],
    sample: { items: [{ label: '#1347 Found a bug', value: 1347, note: 'octocat' }], cursor: null },
    run: (github: GitHubContext, { payload }) => getIssuesDictionary(github, payload),
  }),
}
