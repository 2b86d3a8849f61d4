import type { components, operations } from '@octokit/openapi-types'
import { InvalidInput } from '../errors'
import { apiPath, callApi, type GitHubContext } from './api'
import { optionalString, repository, requiredString } from './input'
import { ISSUES_WRITE, issueNumber, issueSubject, labelList, MAX_LABEL_NAME_LENGTH, type IssueRefInput } from './issues'

export type Label = components['schemas']['label']
type AddLabelsBody = NonNullable<operations['issues/add-labels']['requestBody']>['content']['application/json']
type CreateLabelBody = operations['issues/create-label']['requestBody']['content']['application/json']

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
  const { data } = await callApi<Label[]>(github, {
    method: 'POST',
    path: apiPath`/repos/${ref.owner}/${ref.repo}/issues/${number}/labels`,
    body,
    subject: `the labels of ${issueSubject(ref, number)}`,
    needs: ISSUES_WRITE,
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
  const { data } = await callApi<Label[]>(github, {
    method: 'DELETE',
    path: apiPath`/repos/${ref.owner}/${ref.repo}/issues/${number}/labels/${label}`,
    subject: `label "${label}" on ${issueSubject(ref, number)}`,
    needs: ISSUES_WRITE,
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

/** POST /repos/{owner}/{repo}/labels: https://docs.github.com/en/rest/issues/labels#create-a-label */
export async function createLabel(github: GitHubContext, input: CreateLabelInput): Promise<Label> {
  const ref = repository(input.repository)
  const body: CreateLabelBody = { name: requiredString(input.name, 'name', MAX_LABEL_NAME_LENGTH) }
  const color = optionalString(input.color, 'color', 7)
  const description = optionalString(input.description, 'description', MAX_LABEL_DESCRIPTION_LENGTH)
  if (color !== undefined) {
    const hex = COLOR.exec(color)?.[1]
    if (hex === undefined) throw new InvalidInput('color', 'must be a hexadecimal colour such as "d73a4a" or "#d73a4a".')
    body.color = hex.toLowerCase()
  }
  if (description !== undefined) body.description = description
  const { data } = await callApi<Label>(github, {
    method: 'POST',
    path: apiPath`/repos/${ref.owner}/${ref.repo}/labels`,
    body,
    subject: `a new label "${body.name}" in repository ${ref.owner}/${ref.repo}`,
    needs: ISSUES_WRITE,
  })
  return data
}
