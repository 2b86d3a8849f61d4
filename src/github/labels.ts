import type { components, operations } from '@octokit/openapi-types'
import { InvalidInput } from '../errors'
import { apiPath, callApi, type GitHubContext } from './api'
import { listOptions, optionalString, repository, requiredString } from './input'
import { listAll, type ListResult } from './pagination'
import { issueNumber, issueSubject, labelList, MAX_LABEL_NAME_LENGTH, type IssueRefInput } from './issues'
import * as define from '../operations/definition'
import * as param from './params'

export type Label = components['schemas']['label']
type AddLabelsBody = NonNullable<operations['issues/add-labels']['requestBody']>['content']['application/json']
type CreateLabelBody = operations['issues/create-label']['requestBody']['content']['application/json']
type UpdateLabelBody = NonNullable<operations['issues/update-label']['requestBody']>['content']['application/json']

/** The labels on an issue after a change (GitHub answers with a bare array; an object is easier to use in a flow). */
export interface IssueLabels {
  repository: string
  issueNumber: number
  labels: Label[]
}

/** GitHub allows label descriptions of at most 100 characters. */
export const MAX_LABEL_DESCRIPTION_LENGTH = 100

export interface AddLabelsInput extends IssueRefInput {
  labels: unknown
}

/** POST /repos/{owner}/{repo}/issues/{issue_number}/labels: https://docs.github.com/en/rest/issues/labels#add-labels-to-an-issue */
export async function addLabelsToIssue(github: GitHubContext, input: AddLabelsInput): Promise<IssueLabels> {
  const ref = repository(input.repository)
  const number = issueNumber(input.issueNumber)
  const labels = labelList(input.labels)
  if (!labels?.length) throw new InvalidInput('labels', 'is required: give at least one label name.')
  const body: AddLabelsBody = { labels }
  const { data } = await callApi(github, {
    operation: 'issues/add-labels',
    method: 'POST',
    path: apiPath`/repos/${ref.owner}/${ref.repo}/issues/${number}/labels`,
    body,
    subject: `the labels of ${issueSubject(ref, number)}`,
  })
  return { repository: `${ref.owner}/${ref.repo}`, issueNumber: number, labels: data }
}

export interface RemoveLabelInput extends IssueRefInput {
  label: unknown
}

/** DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}: https://docs.github.com/en/rest/issues/labels#remove-a-label-from-an-issue */
export async function removeLabelFromIssue(github: GitHubContext, input: RemoveLabelInput): Promise<IssueLabels> {
  const ref = repository(input.repository)
  const number = issueNumber(input.issueNumber)
  const label = requiredString(input.label, 'label', MAX_LABEL_NAME_LENGTH)
  const { data } = await callApi(github, {
    operation: 'issues/remove-label',
    method: 'DELETE',
    path: apiPath`/repos/${ref.owner}/${ref.repo}/issues/${number}/labels/${label}`,
    subject: `label "${label}" on ${issueSubject(ref, number)}`,
  })
  return { repository: `${ref.owner}/${ref.repo}`, issueNumber: number, labels: data }
}

export interface CreateLabelInput {
  repository: unknown
  name: unknown
  color?: unknown
  description?: unknown
}

const COLOR = /^#?([0-9A-Fa-f]{6})$/

/** A label colour as GitHub wants it: six lowercase hexadecimal digits, without "#". */
function labelColor(value: unknown): string | undefined {
  const color = optionalString(value, 'color', 7)
  if (color === undefined) return undefined
  const hex = COLOR.exec(color)?.[1]
  if (hex === undefined) throw new InvalidInput('color', 'must be a hexadecimal colour such as "d73a4a" or "#d73a4a".')
  return hex.toLowerCase()
}

/** POST /repos/{owner}/{repo}/labels: https://docs.github.com/en/rest/issues/labels#create-a-label */
export async function createLabel(github: GitHubContext, input: CreateLabelInput): Promise<Label> {
  const ref = repository(input.repository)
  const body: CreateLabelBody = { name: requiredString(input.name, 'name', MAX_LABEL_NAME_LENGTH) }
  const color = labelColor(input.color)
  const description = optionalString(input.description, 'description', MAX_LABEL_DESCRIPTION_LENGTH)
  if (color !== undefined) body.color = color
  if (description !== undefined) body.description = description
  const { data } = await callApi(github, {
    operation: 'issues/create-label',
    method: 'POST',
    path: apiPath`/repos/${ref.owner}/${ref.repo}/labels`,
    body,
    subject: `a new label "${body.name}" in repository ${ref.owner}/${ref.repo}`,
  })
  return data
}

export interface ListLabelsInput {
  repository: unknown
  fetchAll: unknown
  limit: unknown
  cursor: unknown
}

/** GET /repos/{owner}/{repo}/labels: https://docs.github.com/en/rest/issues/labels#list-labels-for-a-repository */
export async function listLabels(github: GitHubContext, input: ListLabelsInput): Promise<ListResult<Label>> {
  const ref = repository(input.repository)
  const path = apiPath`/repos/${ref.owner}/${ref.repo}/labels`
  const subject = `the labels of repository ${ref.owner}/${ref.repo}`
  return listAll(
    github,
    { operation: 'issues/list-labels-for-repo', method: 'GET', path, subject },
    listOptions(input.fetchAll, input.limit, input.cursor),
  )
}

export interface UpdateLabelInput {
  repository: unknown
  label: unknown
  newName: unknown
  color: unknown
  description: unknown
}

/** PATCH /repos/{owner}/{repo}/labels/{name}: https://docs.github.com/en/rest/issues/labels#update-a-label */
export async function updateLabel(github: GitHubContext, input: UpdateLabelInput): Promise<Label> {
  const ref = repository(input.repository)
  const label = requiredString(input.label, 'label', MAX_LABEL_NAME_LENGTH)
  const newName = optionalString(input.newName, 'newName', MAX_LABEL_NAME_LENGTH)
  const color = labelColor(input.color)
  const description = optionalString(input.description, 'description', MAX_LABEL_DESCRIPTION_LENGTH)
  const body: UpdateLabelBody = {
    ...(newName && { new_name: newName }),
    ...(color && { color }),
    ...(description !== undefined && { description }),
  }
  if (Object.keys(body).length === 0)
    throw new InvalidInput('newName', 'or Color or Description must be given: there is nothing to change.')
  const { data } = await callApi(github, {
    operation: 'issues/update-label',
    method: 'PATCH',
    path: apiPath`/repos/${ref.owner}/${ref.repo}/labels/${label}`,
    body,
    subject: `label "${label}" in repository ${ref.owner}/${ref.repo}`,
  })
  return data
}

export interface DeleteLabelInput {
  repository: unknown
  label: unknown
}

/** What Delete Label leaves behind (GitHub answers 204 with no body). */
export interface DeletedLabel {
  repository: string
  label: string
  deleted: true
}

/** DELETE /repos/{owner}/{repo}/labels/{name}: https://docs.github.com/en/rest/issues/labels#delete-a-label */
export async function deleteLabel(github: GitHubContext, input: DeleteLabelInput): Promise<DeletedLabel> {
  const ref = repository(input.repository)
  const label = requiredString(input.label, 'label', MAX_LABEL_NAME_LENGTH)
  await callApi(github, {
    operation: 'issues/delete-label',
    method: 'DELETE',
    path: apiPath`/repos/${ref.owner}/${ref.repo}/labels/${label}`,
    subject: `label "${label}" in repository ${ref.owner}/${ref.repo}`,
  })
  return { repository: `${ref.owner}/${ref.repo}`, label, deleted: true }
}

// ── Operations ───────────────────────────────────────────────────────────────

/** A repository label as GitHub documents it: the sample of every operation that answers one. */
const LABEL_SAMPLE = {
  id: 208045946,
  node_id: 'MDU6TGFiZWwyMDgwNDU5NDY=',
  url: 'https://api.github.com/repos/octocat/Hello-World/labels/needs%20triage',
  name: 'needs triage',
  color: 'd73a4a',
  default: false,
  description: 'Waiting for a first look',
}

const colorParam = {
  type: 'String',
  label: 'Color',
  name: 'color',
  description: 'The colour as six hexadecimal digits, with or without #, e.g. d73a4a. Empty: GitHub picks one.',
} as const

const descriptionParam = {
  type: 'String',
  label: 'Description',
  name: 'description',
  description: 'A short description shown with the label (at most 100 characters).',
} as const

/** An existing label of the selected repository, picked from its labels. */
const labelParam = (description: string) =>
  ({
    type: 'String',
    label: 'Label',
    name: 'label',
    required: true,
    dictionary: 'getLabelsDictionary',
    dependsOn: ['repository'],
    description,
  }) as const

/** The operations this module implements, as the platform shows them (see src/operations/definition.ts). */
export const definitions = {
  addLabelsToIssue: define.action({
    label: 'Add Labels to Issue',
    route: 'POST /add-labels-to-issue',
    category: 'Issues',
    description:
      'Adds labels to an issue or pull request, keeping the labels it already has; names that do not exist yet are created. Returns the repository, the issue number and all the labels now on the issue.',
    requires: { scope: 'repo', permission: 'Issues: write' },
    params: [
      param.repository,
      param.issueOrPullNumber,
      {
        type: 'Array<String>',
        label: 'Labels',
        name: 'labels',
        required: true,
        dictionary: 'getLabelsDictionary',
        dependsOn: ['repository'],
        description: 'The label names to add, e.g. bug.',
      },
    ],
    sample: {
      repository: 'octocat/Hello-World',
      issueNumber: 1347,
      labels: [
        {
          id: 208045946,
          node_id: 'MDU6TGFiZWwyMDgwNDU5NDY=',
          url: 'https://api.github.com/repos/octocat/Hello-World/labels/bug',
          name: 'bug',
          color: 'f29513',
          default: true,
          description: "Something isn't working",
        },
        {
          id: 208045947,
          node_id: 'MDU6TGFiZWwyMDgwNDU5NDc=',
          url: 'https://api.github.com/repos/octocat/Hello-World/labels/enhancement',
          name: 'enhancement',
          color: 'a2eeef',
          default: false,
          description: 'New feature or request',
        },
      ],
    },
    run: addLabelsToIssue,
  }),
  removeLabelFromIssue: define.action({
    label: 'Remove Label from Issue',
    route: 'DELETE /remove-label-from-issue',
    category: 'Issues',
    description:
      'Takes one label off an issue or pull request (the label itself stays in the repository). Returns the repository, the issue number and the labels that remain on the issue; fails as not found when the issue does not carry that label.',
    requires: { scope: 'repo', permission: 'Issues: write' },
    params: [
      param.repository,
      param.issueOrPullNumber,
      {
        type: 'String',
        label: 'Label',
        name: 'label',
        required: true,
        dictionary: 'getLabelsDictionary',
        dependsOn: ['repository'],
        description: 'The name of the label to remove, e.g. needs triage.',
      },
    ],
    sample: {
      repository: 'octocat/Hello-World',
      issueNumber: 1347,
      labels: [
        {
          id: 208045946,
          node_id: 'MDU6TGFiZWwyMDgwNDU5NDY=',
          url: 'https://api.github.com/repos/octocat/Hello-World/labels/bug',
          name: 'bug',
          color: 'f29513',
          default: true,
          description: "Something isn't working",
        },
      ],
    },
    run: removeLabelFromIssue,
  }),
  createLabel: define.action({
    label: 'Create Label',
    route: 'POST /create-label',
    category: 'Issues',
    description:
      'Creates a label in a repository with a colour and an optional description, so issues and pull requests can carry it. Returns the created label; fails with validation_failed when a label of that name already exists.',
    requires: { scope: 'repo', permission: 'Issues: write' },
    params: [
      param.repository,
      {
        type: 'String',
        label: 'Name',
        name: 'name',
        required: true,
        description: 'The label name, e.g. needs triage (emoji such as :bug: are allowed).',
      },
      colorParam,
      descriptionParam,
    ],
    sample: LABEL_SAMPLE,
    run: createLabel,
  }),
  updateLabel: define.action({
    label: 'Update Label',
    route: 'PUT /update-label',
    category: 'Issues',
    description:
      'Renames a label of a repository or changes its colour or description; issues and pull requests keep it. Returns the updated label.',
    requires: { scope: 'repo', permission: 'Issues: write' },
    params: [
      param.repository,
      labelParam('The label to change, e.g. needs triage.'),
      { type: 'String', label: 'New Name', name: 'newName', description: 'A new name for the label. Empty: keep the name.' },
      colorParam,
      descriptionParam,
    ],
    sample: LABEL_SAMPLE,
    run: updateLabel,
  }),
  listLabels: define.action({
    label: 'List Labels',
    route: 'GET /list-labels',
    category: 'Issues',
    description: 'Lists the labels of a repository with their colour and description. Returns the labels and a cursor for the next page.',
    requires: { scope: 'repo', permission: 'Issues: read' },
    params: [param.repository, param.fetchAll, param.limit, param.cursor],
    sample: { items: [LABEL_SAMPLE], nextCursor: null },
    run: listLabels,
  }),
  deleteLabel: define.action({
    label: 'Delete Label',
    route: 'DELETE /delete-label',
    category: 'Issues',
    description:
      "Deletes a label from a repository; it disappears from every issue and pull request that carried it. Returns the repository and the deleted label's name; fails as not found when the repository has no such label.",
    requires: { scope: 'repo', permission: 'Issues: write' },
    params: [param.repository, labelParam('The name of the label to delete, e.g. wontfix.')],
    sample: { repository: 'octocat/Hello-World', label: 'wontfix', deleted: true },
    run: deleteLabel,
  }),
}
