import type { components } from '@octokit/openapi-types'
import { InvalidInput } from '../errors'
import * as define from '../operations/definition'
import { apiPath, callApi, type GitHubContext } from './api'
import {
  choice,
  optionalBoolean,
  optionalLogin,
  optionalObject,
  optionalRef,
  optionalRepositoryName,
  optionalString,
  optionalStringList,
  optionalUrl,
  repository,
  repositoryName,
  requiredString,
} from './input'
import * as param from './params'

/** A repository's settings, topics, deletion and dispatch events: https://docs.github.com/en/rest/repos/repos */

type FullRepository = components['schemas']['full-repository']

const VISIBILITIES = { Public: 'public', Private: 'private' } as const
/** GitHub's topic rule: lowercase letters, digits and hyphens, starting with a letter or digit, at most 50 characters. */
const TOPIC = /^[a-z0-9][a-z0-9-]{0,49}$/
const MAX_TOPICS = 20
/** A repository name: letters, digits, ., - and _ (GitHub turns anything else into -; refusing it says so instead). */

export interface UpdateRepositoryInput {
  repository: unknown
  name: unknown
  description: unknown
  homepage: unknown
  visibility: unknown
  defaultBranch: unknown
  hasIssues: unknown
  hasWiki: unknown
  archived: unknown
  isTemplate: unknown
}

/** PATCH /repos/{owner}/{repo}: only the settings given change. */
export async function updateRepository(github: GitHubContext, input: UpdateRepositoryInput): Promise<FullRepository> {
  const ref = repository(input.repository)
  const name = optionalRepositoryName(input.name, 'name')
  const description = optionalString(input.description, 'description', 350)
  const homepage = optionalUrl(input.homepage, 'homepage')
  const visibility = choice(input.visibility, 'visibility', VISIBILITIES)
  const defaultBranch = optionalRef(input.defaultBranch, 'defaultBranch')
  const hasIssues = optionalBoolean(input.hasIssues, 'hasIssues')
  const hasWiki = optionalBoolean(input.hasWiki, 'hasWiki')
  const archived = optionalBoolean(input.archived, 'archived')
  const isTemplate = optionalBoolean(input.isTemplate, 'isTemplate')
  const body = {
    ...(name !== undefined && { name }),
    ...(description !== undefined && { description }),
    ...(homepage !== undefined && { homepage }),
    ...(visibility !== undefined && { visibility }),
    ...(defaultBranch !== undefined && { default_branch: defaultBranch }),
    ...(hasIssues !== undefined && { has_issues: hasIssues }),
    ...(hasWiki !== undefined && { has_wiki: hasWiki }),
    ...(archived !== undefined && { archived }),
    ...(isTemplate !== undefined && { is_template: isTemplate }),
  }
  if (Object.keys(body).length === 0) throw new InvalidInput('name', 'or another setting must be given: there is nothing to change.')
  const path = apiPath`/repos/${ref.owner}/${ref.repo}`
  return (await callApi(github, { operation: 'repos/update', method: 'PATCH', path, body, subject: `repository ${ref.owner}/${ref.repo}` }))
    .data
}

/**
 * POST /repos/{template_owner}/{template_repo}/generate: a new repository with the template's files (and its other
 * branches when asked), owned by the connected account or one of its organizations.
 */
export async function createRepositoryFromTemplate(
  github: GitHubContext,
  input: { template: unknown; owner: unknown; name: unknown; description: unknown; isPrivate: unknown; includeAllBranches: unknown },
): Promise<FullRepository> {
  const template = repository(input.template, 'template')
  const owner = optionalLogin(input.owner, 'owner')
  const name = repositoryName(input.name, 'name')
  const description = optionalString(input.description, 'description', 350)
  const isPrivate = optionalBoolean(input.isPrivate, 'isPrivate') ?? true
  const includeAllBranches = optionalBoolean(input.includeAllBranches, 'includeAllBranches') ?? false
  const { data } = await callApi(github, {
    operation: 'repos/create-using-template',
    method: 'POST',
    path: apiPath`/repos/${template.owner}/${template.repo}/generate`,
    body: {
      name,
      private: isPrivate,
      include_all_branches: includeAllBranches,
      ...(owner && { owner }),
      ...(description && { description }),
    },
    subject: `a new repository ${owner ?? 'of yours'}/${name} from template ${template.owner}/${template.repo}`,
  })
  return data
}

/** PUT /repos/{owner}/{repo}/topics: the list given becomes the repository's topics (an empty list removes them all). */
export async function replaceTopics(
  github: GitHubContext,
  input: { repository: unknown; topics: unknown },
): Promise<{ repository: string; topics: string[] }> {
  const ref = repository(input.repository)
  const topics = [...new Set((optionalStringList(input.topics, 'topics', MAX_TOPICS, 50) ?? []).map((topic) => topic.toLowerCase()))]
  const wrong = topics.find((topic) => !TOPIC.test(topic))
  if (wrong !== undefined)
    throw new InvalidInput('topics', `contains "${wrong}": a topic is lowercase letters, digits and hyphens, e.g. machine-learning.`)
  const path = apiPath`/repos/${ref.owner}/${ref.repo}/topics`
  const { data } = await callApi(github, {
    operation: 'repos/replace-all-topics',
    method: 'PUT',
    path,
    body: { names: topics },
    subject: `the topics of repository ${ref.owner}/${ref.repo}`,
  })
  return { repository: `${ref.owner}/${ref.repo}`, topics: data.names }
}

/**
 * DELETE /repos/{owner}/{repo}, only when Confirm Full Name repeats the repository exactly: a flow that picks the
 * wrong repository by mistake deletes nothing. Needs the delete_repo scope, which the default connection does not ask for.
 */
export async function deleteRepository(
  github: GitHubContext,
  input: { repository: unknown; confirmFullName: unknown },
): Promise<{ repository: string; deleted: true }> {
  const ref = repository(input.repository)
  const fullName = `${ref.owner}/${ref.repo}`
  const confirmation = requiredString(input.confirmFullName, 'confirmFullName', 200)
  if (confirmation !== fullName) {
    throw new InvalidInput('confirmFullName', `must repeat the repository exactly ("${fullName}") to delete it; nothing was deleted.`)
  }
  const path = apiPath`/repos/${ref.owner}/${ref.repo}`
  await callApi(github, {
    operation: 'repos/delete',
    method: 'DELETE',
    path,
    subject: `repository ${fullName}`,
    needs: 'the "delete_repo" scope (GitHub App permission "Administration: write")',
  })
  return { repository: fullName, deleted: true }
}

/** POST /repos/{owner}/{repo}/dispatches: starts the workflows that listen for repository_dispatch with this event type. */
export async function createRepositoryDispatch(
  github: GitHubContext,
  input: { repository: unknown; eventType: unknown; clientPayload: unknown },
): Promise<{ repository: string; eventType: string; dispatched: true }> {
  const ref = repository(input.repository)
  const eventType = requiredString(input.eventType, 'eventType', 100)
  const payload = optionalObject(input.clientPayload, 'clientPayload')
  if (payload && Object.keys(payload).length > 10)
    throw new InvalidInput('clientPayload', "can have at most 10 top-level properties (GitHub's limit).")
  const path = apiPath`/repos/${ref.owner}/${ref.repo}/dispatches`
  const body = { event_type: eventType, ...(payload && { client_payload: payload }) }
  await callApi(github, {
    operation: 'repos/create-dispatch-event',
    method: 'POST',
    path,
    body,
    subject: `a "${eventType}" dispatch to repository ${ref.owner}/${ref.repo}`,
  })
  return { repository: `${ref.owner}/${ref.repo}`, eventType, dispatched: true }
}

// ── Operations ───────────────────────────────────────────────────────────────

const ADMIN = { scope: 'repo', permission: 'Administration: write' } as const

export const definitions = {
  createRepositoryFromTemplate: define.action({
    label: 'Create Repository from Template',
    route: 'POST /create-repository-from-template',
    category: 'Repositories',
    description:
      'Creates a repository with the files of a template repository (and, when asked, all its branches), for you or one of your organizations. Private unless turned off. Returns the new repository.',
    requires: { scope: 'repo', permission: 'Administration: write' },
    params: [
      {
        type: 'String',
        label: 'Template',
        name: 'template',
        required: true,
        dictionary: 'getRepositoriesDictionary',
        description: 'The template repository as owner/name, e.g. octo-org/service-template (its settings must mark it a template).',
      },
      {
        type: 'String',
        label: 'Owner',
        name: 'owner',
        dictionary: 'getOwnersDictionary',
        description: 'You or one of your organizations. Empty: you.',
      },
      { type: 'String', label: 'Name', name: 'name', required: true, description: 'The new repository name, e.g. billing-service.' },
      { type: 'String', label: 'Description', name: 'description', description: 'A short description.' },
      {
        type: 'Boolean',
        label: 'Private',
        name: 'isPrivate',
        defaultValue: true,
        uiComponent: { type: 'TOGGLE' },
        description: 'Off: anyone can see it.',
      },
      {
        type: 'Boolean',
        label: 'Include All Branches',
        name: 'includeAllBranches',
        defaultValue: false,
        uiComponent: { type: 'TOGGLE' },
        description: "Off: only the template's default branch.",
      },
    ],
    sample: {
      id: 1296269,
      name: 'billing-service',
      full_name: 'octo-org/billing-service',
      private: true,
      html_url: 'https://github.com/octo-org/billing-service',
      default_branch: 'main',
      template_repository: { full_name: 'octo-org/service-template' },
    },
    run: createRepositoryFromTemplate,
  }),
  updateRepository: define.action({
    label: 'Update Repository',
    route: 'PUT /update-repository',
    category: 'Repositories',
    description:
      "Changes a repository's settings: name, description, homepage, visibility, default branch, issues and wiki, archives (read-only) and unarchives it, or makes it a template. Only the settings given change. Returns the repository.",
    requires: ADMIN,
    params: [
      param.repository,
      { type: 'String', label: 'New Name', name: 'name', description: 'Rename the repository (GitHub redirects the old name).' },
      { type: 'String', label: 'Description', name: 'description', description: 'A short description.' },
      { type: 'String', label: 'Homepage', name: 'homepage', description: 'A web address for the project (https://…).' },
      {
        type: 'String',
        label: 'Visibility',
        name: 'visibility',
        uiComponent: { type: 'DROPDOWN', options: { values: Object.keys(VISIBILITIES) } },
        description: 'Make it public or private. Empty: unchanged.',
      },
      { ...param.gitRef('The branch that becomes the default (it must exist).'), label: 'Default Branch', name: 'defaultBranch' },
      {
        type: 'Boolean',
        label: 'Issues',
        name: 'hasIssues',
        uiComponent: { type: 'TOGGLE' },
        description: 'Turn issues on or off. Empty: unchanged.',
      },
      {
        type: 'Boolean',
        label: 'Wiki',
        name: 'hasWiki',
        uiComponent: { type: 'TOGGLE' },
        description: 'Turn the wiki on or off. Empty: unchanged.',
      },
      {
        type: 'Boolean',
        label: 'Archived',
        name: 'archived',
        uiComponent: { type: 'TOGGLE' },
        description: 'On: read-only. Off: writable again. Empty: unchanged.',
      },
      {
        type: 'Boolean',
        label: 'Template Repository',
        name: 'isTemplate',
        uiComponent: { type: 'TOGGLE' },
        description: 'On: others can create repositories from it (Create Repository from Template). Empty: unchanged.',
      },
    ],
    sample: {
      id: 1296269,
      name: 'Hello-World',
      full_name: 'octocat/Hello-World',
      owner: { login: 'octocat', id: 1, type: 'User' },
      private: false,
      html_url: 'https://github.com/octocat/Hello-World',
      description: 'This your first repo!',
      homepage: 'https://github.com',
      default_branch: 'main',
      visibility: 'public',
      has_issues: true,
      has_wiki: true,
      archived: false,
      topics: ['octocat', 'api'],
    },
    run: updateRepository,
  }),
  replaceTopics: define.action({
    label: 'Replace Topics',
    route: 'PUT /replace-topics',
    category: 'Repositories',
    description: "Sets a repository's topics to the list given (up to 20; an empty list removes them all). Returns the topics GitHub kept.",
    requires: ADMIN,
    params: [
      param.repository,
      { type: 'Array<String>', label: 'Topics', name: 'topics', description: 'Lowercase words with hyphens, e.g. machine-learning.' },
    ],
    sample: { repository: 'octocat/Hello-World', topics: ['octocat', 'atom', 'electron', 'api'] },
    run: replaceTopics,
  }),
  deleteRepository: define.action({
    label: 'Delete Repository',
    route: 'DELETE /delete-repository',
    category: 'Repositories',
    description:
      "Deletes a repository for good, only if Confirm Full Name repeats it exactly. Needs the delete_repo scope, which the default connection does not ask for (add it to the scopes setting). Returns the deleted repository's name.",
    requires: { scope: 'delete_repo', permission: 'Administration: write' },
    params: [
      param.repository,
      {
        type: 'String',
        label: 'Confirm Full Name',
        name: 'confirmFullName',
        required: true,
        description: 'Type the repository again as owner/name; anything else deletes nothing.',
      },
    ],
    sample: { repository: 'octocat/old-project', deleted: true },
    run: deleteRepository,
  }),
  createRepositoryDispatch: define.action({
    label: 'Create Repository Dispatch Event',
    route: 'POST /create-repository-dispatch',
    category: 'Actions',
    description:
      'Starts the GitHub Actions workflows of a repository that run on repository_dispatch with this event type, passing them a payload (github.event.client_payload). Returns the repository and the event type.',
    requires: { scope: 'repo', permission: 'Contents: write' },
    params: [
      param.repository,
      {
        type: 'String',
        label: 'Event Type',
        name: 'eventType',
        required: true,
        description: 'The type the workflows listen for, e.g. deploy-staging.',
      },
      {
        type: 'Object',
        label: 'Client Payload',
        name: 'clientPayload',
        uiComponent: { type: 'MULTI_LINE_TEXT' },
        description: 'Data for the workflows, as an object or JSON text (at most 10 top-level properties).',
      },
    ],
    sample: { repository: 'octocat/Hello-World', eventType: 'deploy-staging', dispatched: true },
    run: createRepositoryDispatch,
  }),
}
