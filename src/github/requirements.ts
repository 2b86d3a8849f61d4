import type { Requirement } from '../operations/definition'

/** The sentence that ends an action's description, as GitHub's documentation names scopes and permissions. */
export function requirementSentence({ scope, permission }: Requirement): string {
  return `Requires: OAuth scope "${scope}"; GitHub App permission "${permission}".`
}

/**
 * The same requirement as a 403/404 hint: a read needs the scope only for private repositories,
 * a write takes "public_repo" for public ones.
 */
export function requirementHint({ scope, permission }: Requirement): string {
  const app = permission === '(none)' ? '' : ` (GitHub App permission "${permission}")`
  if (scope !== 'repo') return scope === '(none)' ? `no scope${app}` : `the "${scope}" scope${app}`
  if (/: read$/.test(permission)) return `the "repo" scope for private repositories${app}`
  return `the "repo" scope (public repositories: "public_repo";${app.slice(1, -1).replace('(', ' ')})`
}
