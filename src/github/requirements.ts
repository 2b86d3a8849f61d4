import type { Requirement } from '../operations/definition'

/** The sentence that ends an action's description, as GitHub's documentation names scopes and permissions. */
export function requirementSentence({ scope, permission }: Requirement): string {
  return `Requires: OAuth scope "${scope}"; GitHub App permission "${permission}".`
}
