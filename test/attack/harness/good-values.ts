import type { MethodDef, ParamDef, ParamMeta } from '../../helpers/coderunner'

/**
 * Values every action accepts, so an attack test can change one parameter and know that a
 * refusal is about that parameter (shared by the attack tests that iterate the descriptor).
 */

/** Good values by parameter name; anything not listed gets a value from its type. */
export const GOOD_BY_NAME: Record<string, unknown> = {
  repository: 'octocat/Hello-World',
  subIssueRepository: 'octocat/Hello-World',
  confirmFullName: 'octocat/Hello-World',
  gistId: 'aa5a315d61ae9438b18d',
  threadId: '1',
  key: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGb0Yk5Ryx2ZxP0bTqPp0lQ4rRSRC2b2FcAjG1bQ0gNU ci@example',
  title: 'A title',
  homepage: 'https://example.com',
  defaultBranch: 'main',
  eventType: 'deploy',
  path: 'docs/README.md',
  organization: 'octo-org',
  username: 'octocat',
  assignee: 'octocat',
  creator: 'octocat',
  mentioned: 'octocat',
  actor: 'octocat',
  author: 'octocat',
  branch: 'main',
  ref: 'main',
  fromRef: 'main',
  base: 'main',
  head: 'feature',
  tag: 'v1.0.0',
  tagName: 'v1.0.0',
  targetCommitish: 'main',
  sha: '6dcb09b5b57875f334f61aebed695e2e4193db5e',
  commitId: '6dcb09b5b57875f334f61aebed695e2e4193db5e',
  headSha: '6dcb09b5b57875f334f61aebed695e2e4193db5e',
  expectedHeadSha: '6dcb09b5b57875f334f61aebed695e2e4193db5e',
  committerName: 'Mona Lisa',
  committerEmail: 'mona@example.com',
  color: 'ff0000',
  name: 'hello-world',
  workflow: 'ci.yml',
  query: 'bug',
  fileName: 'hello.txt',
  previousTagName: 'v0.9.0',
  contentType: 'text/plain',
  gitignoreTemplate: 'Node',
  licenseTemplate: 'mit',
  milestone: '1',
  label: 'bug',
  event: 'push',
  targetUrl: 'https://ci.example.com/builds/1',
  url: 'https://hooks.example.com/github',
  environmentUrl: 'https://staging.example.com',
  logUrl: 'https://ci.example.com/builds/1/log',
  variableName: 'DEPLOY_TARGET',
  newVariableName: 'DEPLOY_DESTINATION',
  secretName: 'DEPLOY_TOKEN',
  environment: 'production',
  files: [{ path: 'docs/a.md', content: 'A' }],
  team: 'justice-league',
  invitee: 'octocat',
  template: 'octocat/Hello-World',
  owner: 'octocat',
  include: ['~DEFAULT_BRANCH'],
  exclude: ['release/old'],
  rules: [{ type: 'deletion' }],
}

export function metaOf(method: MethodDef, param: ParamDef): ParamMeta {
  return method.metaInfo?.args?.[param.name] ?? {}
}

function dropdownValues(meta: ParamMeta): unknown[] {
  return (meta.uiComponent?.options?.values ?? []).map((option) => (typeof option === 'object' && option !== null ? option.value : option))
}

export function goodValue(method: MethodDef, param: ParamDef): unknown {
  const meta = metaOf(method, param)
  const typeName = param.type.name
  if (meta.uiComponent?.type === 'DROPDOWN') return dropdownValues(meta)[0]
  if (param.name in GOOD_BY_NAME) return GOOD_BY_NAME[param.name]
  if (typeName === 'Boolean') return false
  if (typeName === 'Number') return meta.uiComponent?.type === 'DATE_TIME_PICKER' ? 1_700_000_000_000 : 1
  if (typeName.startsWith('Array')) return ['octocat']
  if (typeName === 'Object') return {}
  return GOOD_BY_NAME[param.name] ?? 'some text'
}

/** Good values for the required parameters, nothing for the optional ones. */
export function requiredOnly(method: MethodDef): unknown[] {
  return method.params.map((param) => (param.optional ? undefined : goodValue(method, param)))
}
