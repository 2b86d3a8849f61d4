import { UpstreamInvalid } from '../errors'
import { describeUrl, isRateLimit, send, unavailable, type HttpOptions, type HttpResponse } from '../http/client'
import { quotable, redactText } from '../log'

/** A validated token endpoint answer (RFC 6749 §5.1). */
export interface TokenSet {
  accessToken: string
  tokenType: 'bearer'
  /** Seconds; absent when the token does not expire. */
  expiresIn?: number
  refreshToken?: string
  refreshTokenExpiresIn?: number
  /** Granted scopes as the server wrote them. */
  scope?: string
}

/** The token endpoint refused the request (RFC 6749 §5.2, or a provider's own codes). */
export class TokenEndpointError extends Error {
  constructor(
    /** The `error` code, or `http_<status>` when the server sent none. */
    readonly error: string,
    /** `error_description`, cleaned of anything secret-shaped and cut short. */
    readonly description: string | undefined,
    readonly httpStatus: number,
  ) {
    super(`token endpoint error ${error}`)
    this.name = 'TokenEndpointError'
  }
}

export type TokenGrant =
  | { grantType: 'authorization_code'; code: string; redirectUri?: string; codeVerifier: string }
  | { grantType: 'refresh_token'; refreshToken: string }

export interface TokenRequest {
  tokenEndpoint: string
  clientId: string
  clientSecret: string
  grant: TokenGrant
}

/** Client credentials go in the form body (client_secret_post), never in the URL. */
export function tokenRequestForm(request: TokenRequest): Record<string, string | undefined> {
  const credentials = { client_id: request.clientId, client_secret: request.clientSecret }
  const { grant } = request
  return grant.grantType === 'authorization_code'
    ? {
        ...credentials,
        grant_type: 'authorization_code',
        code: grant.code,
        redirect_uri: grant.redirectUri,
        code_verifier: grant.codeVerifier,
      }
    : { ...credentials, grant_type: 'refresh_token', refresh_token: grant.refreshToken }
}

/** A token answer is a few hundred bytes; anything near this is not a token endpoint. */
export const TOKEN_RESPONSE_MAX_BYTES = 64 * 1024

export async function requestToken(request: TokenRequest, http: HttpOptions): Promise<TokenSet> {
  const response = await send(
    {
      method: 'POST',
      url: request.tokenEndpoint,
      headers: { Accept: 'application/json' },
      form: tokenRequestForm(request),
    },
    { maxResponseBytes: TOKEN_RESPONSE_MAX_BYTES, ...http },
  )
  return parseTokenResponse(response, describeUrl(request.tokenEndpoint))
}

/**
 * Validates a token endpoint answer. Returns a TokenSet or throws TokenEndpointError,
 * RateLimited, UpstreamUnavailable or UpstreamInvalid; nothing else, and never with a
 * secret in the message.
 */
export function parseTokenResponse(response: HttpResponse, where = 'The token endpoint'): TokenSet {
  if (isRateLimit(response) || response.status >= 500) throw unavailable(response, where)
  const body = parseBody(response)
  if (body && typeof body['error'] === 'string' && body['error'].length > 0) {
    throw new TokenEndpointError(
      errorCode(body['error']),
      typeof body['error_description'] === 'string' ? quotable(body['error_description']) : undefined,
      response.status,
    )
  }
  if (response.status < 200 || response.status >= 300) {
    throw new TokenEndpointError(`http_${response.status}`, undefined, response.status)
  }
  if (!body) throw new UpstreamInvalid(`${where} answered with a body that is neither JSON nor form-encoded.`)
  return validateTokenSet(body, where)
}

function parseBody(response: HttpResponse): Record<string, unknown> | undefined {
  const type = (response.headers['content-type'] ?? '').toLowerCase()
  const text = response.body.trim()
  if (text.length === 0) return undefined
  if (type.includes('application/x-www-form-urlencoded')) {
    return Object.fromEntries(new URLSearchParams(text)) as Record<string, unknown>
  }
  if (type.includes('json') || text.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(text)
      return isRecord(parsed) ? parsed : undefined
    } catch {
      return undefined
    }
  }
  return undefined
}

function validateTokenSet(body: Record<string, unknown>, where: string): TokenSet {
  const accessToken = own(body, 'access_token')
  if (typeof accessToken !== 'string' || accessToken.length === 0) {
    throw new UpstreamInvalid(`${where} answered without an access token.`)
  }
  const tokenType = own(body, 'token_type')
  if (typeof tokenType !== 'string' || tokenType.toLowerCase() !== 'bearer') {
    throw new UpstreamInvalid(`${where} answered with a token type other than "bearer".`)
  }
  const refreshToken = own(body, 'refresh_token')
  if (refreshToken !== undefined && (typeof refreshToken !== 'string' || refreshToken.length === 0)) {
    throw new UpstreamInvalid(`${where} answered with an invalid refresh token field.`)
  }
  const scope = own(body, 'scope')
  const tokens: TokenSet = { accessToken, tokenType: 'bearer' }
  const expiresIn = seconds(own(body, 'expires_in'), 'expires_in', where)
  const refreshTokenExpiresIn = seconds(own(body, 'refresh_token_expires_in'), 'refresh_token_expires_in', where)
  if (expiresIn !== undefined) tokens.expiresIn = expiresIn
  if (typeof refreshToken === 'string') tokens.refreshToken = refreshToken
  if (refreshTokenExpiresIn !== undefined) tokens.refreshTokenExpiresIn = refreshTokenExpiresIn
  if (typeof scope === 'string') tokens.scope = scope
  return tokens
}

function seconds(value: unknown, field: string, where: string): number | undefined {
  if (value === undefined || value === null || value === '') return undefined
  const number = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : NaN
  if (!Number.isSafeInteger(number) || number < 0) {
    throw new UpstreamInvalid(`${where} answered with an invalid "${field}" (not a whole number of seconds).`)
  }
  return number
}

function own(record: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Error codes are short tokens (RFC 6749 §5.2); anything else is not repeated to people. */
function errorCode(code: string): string {
  return /^[A-Za-z0-9_.-]{1,64}$/.test(code) && redactText(code) === code ? code : 'unrecognised_error'
}
