/**
 * The action modules, each loaded when one of its operations first runs: a cold start (a
 * CodeRunner worker registering the service) loads none of them. The contract class names the
 * module of every operation (written by `npm run contract`); the compiler checks that the module
 * defines it.
 */
export const MODULES = {
  repos: () => import('./repos'),
  contents: () => import('./contents'),
  users: () => import('./users'),
  gists: () => import('./gists'),
  issues: () => import('./issues'),
  labels: () => import('./labels'),
  milestones: () => import('./milestones'),
  issueDictionaries: () => import('./issue-dictionaries'),
  search: () => import('./search'),
  pulls: () => import('./pulls'),
  releases: () => import('./releases'),
  workflows: () => import('./workflows'),
  deployments: () => import('./deployments'),
  checks: () => import('./checks'),
  commits: () => import('./commits'),
  reviews: () => import('./reviews'),
  triage: () => import('./triage'),
  hooks: () => import('./hooks'),
  collaborators: () => import('./collaborators'),
  stars: () => import('./stars'),
  git: () => import('./git'),
  repoAdmin: () => import('./repo-admin'),
  orgs: () => import('./orgs'),
  deployKeys: () => import('./deploy-keys'),
  variables: () => import('./variables'),
  secrets: () => import('./secrets'),
  jobs: () => import('./jobs'),
  teams: () => import('./teams'),
  protection: () => import('./protection'),
  rulesets: () => import('./rulesets'),
  projects: () => import('./projects'),
}

export type ModuleName = keyof typeof MODULES

export type DefinitionsOf<M extends ModuleName> = Awaited<ReturnType<(typeof MODULES)[M]>>['definitions']

/** The definition of one operation, its module loaded on first use (Node caches it after). */
export async function loadOperation<M extends ModuleName, N extends keyof DefinitionsOf<M>>(
  module: M,
  name: N,
): Promise<DefinitionsOf<M>[N]> {
  const { definitions } = (await MODULES[module]()) as { definitions: DefinitionsOf<M> }
  return definitions[name]
}
