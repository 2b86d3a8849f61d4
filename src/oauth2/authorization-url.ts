export interface AuthorizationRequest {
  authorizationEndpoint: string
  clientId: string
  scope: string
  state: string
  codeChallenge: string
  /** Extra provider parameters; `redirect_uri` is left to the platform, which appends its own. */
  extra?: Record<string, string>
}

/** Set here, or by the platform (`redirect_uri`): never overridable through `extra`. */
const RESERVED = new Set(['client_id', 'scope', 'response_type', 'state', 'code_challenge', 'code_challenge_method', 'redirect_uri'])

/** RFC 6749 §4.1.1 with RFC 7636 §4.3 (S256 only). */
export function buildAuthorizationUrl(request: AuthorizationRequest): string {
  const url = new URL(request.authorizationEndpoint)
  url.searchParams.set('client_id', request.clientId)
  if (request.scope) url.searchParams.set('scope', request.scope)
  url.searchParams.set('response_type', 'code')
  url.searchParams.set('state', request.state)
  url.searchParams.set('code_challenge', request.codeChallenge)
  url.searchParams.set('code_challenge_method', 'S256')
  for (const [key, value] of Object.entries(request.extra ?? {})) {
    if (RESERVED.has(key)) throw new RangeError(`"${key}" is set by the protocol and cannot be an extra parameter`)
    url.searchParams.set(key, value)
  }
  return url.toString()
}
