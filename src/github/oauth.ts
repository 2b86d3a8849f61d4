import {
  InvalidInput,
  LoginFailed,
  LoginRestartRequired,
  Misconfigured,
  ReconnectRequired,
  UpstreamInvalid,
  type ServiceError,
} from '../errors'
import type { HttpOptions, RetryPolicy } from '../http/client'
import { holdSecrets, log, quotable, redactText, withSecrets } from '../log'
import { buildAuthorizationUrl } from '../oauth2/authorization-url'
import { codeChallengeS256, createCodeVerifier } from '../oauth2/pkce'
import { openState, sealState, StateRejected, type StateRejection } from '../oauth2/state'
import { requestToken, TokenEndpointError, type TokenGrant, type TokenSet } from '../oauth2/token'
import { getAuthenticatedUser, splitScopes, type Identity } from './identity'
import type { ServiceSettings } from './settings'

/**
 * GitHub's side of the three OAuth2 system operations.
 * https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
 * https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/refreshing-user-access-tokens
 */

/** What the platform stores as the connection (executeCallback's result). */
export interface LoginResult {
  token: string
  expirationInSeconds: number
  refreshToken?: string
  connectionIdentityName: string
  connectionIdentityImageURL?: string
  overwrite: true
  userData: ConnectionUserData
}

/** Shown to people in the platform console: never a token or secret. */
export interface ConnectionUserData {
  login: string
  id: number
  name: string | null
  profileUrl: string
  server: string
  scopes: string[]
  tokenExpires: boolean
  refreshTokenExpiresAt: string | null
}

/** refreshToken's result. */
export interface RefreshResult {
  token: string
  expirationInSeconds: number
  refreshToken: string
}

export interface FlowOptions {
  userAgent: string
  http?: Partial<HttpOptions>
}

/** A code is single-use: retry only answers that say the request was not processed. */
const EXCHANGE_RETRY: RetryPolicy = {
  retries: 2,
  baseDelayMs: 500,
  maxDelayMs: 4000,
  budgetMs: 10_000,
  retryNetworkErrors: false,
  retryable: (response) => response.status === 429 || response.status === 503,
}

/** Refresh: 5xx, 429 and network failures, with capped exponential backoff. */
const REFRESH_RETRY: RetryPolicy = {
  retries: 4,
  baseDelayMs: 500,
  maxDelayMs: 8000,
  budgetMs: 20_000,
  retryNetworkErrors: true,
}

const MAX_CODE_LENGTH = 512
const MAX_URI_LENGTH = 2048

export function authorizeEndpoint(settings: ServiceSettings): string {
  return `${settings.server.webOrigin}/login/oauth/authorize`
}

export function tokenEndpoint(settings: ServiceSettings): string {
  return `${settings.server.webOrigin}/login/oauth/access_token`
}

export function connectionUrl(settings: ServiceSettings): string {
  const codeVerifier = createCodeVerifier()
  const state = sealState({ codeVerifier, server: settings.server.webOrigin }, settings.clientSecret)
  log.info('oauth.login_started', { server: settings.server.webOrigin, scopes: settings.scopes })
  return buildAuthorizationUrl({
    authorizationEndpoint: authorizeEndpoint(settings),
    clientId: settings.clientId,
    scope: settings.scopes,
    state,
    codeChallenge: codeChallengeS256(codeVerifier),
  })
}

/** The secrets of a login (client secret, code, verifier, then the tokens) are cut out of its errors and logs by value. */
export function completeLogin(settings: ServiceSettings, callbackObject: unknown, options: FlowOptions): Promise<LoginResult> {
  return withSecrets([settings.clientSecret], () => login(settings, callbackObject, options))
}

async function login(settings: ServiceSettings, callbackObject: unknown, options: FlowOptions): Promise<LoginResult> {
  const callback = readCallback(callbackObject)
  holdSecrets(callback.code)
  let codeVerifier: string
  try {
    codeVerifier = openState(callback.state, settings.clientSecret, settings.server.webOrigin).codeVerifier
  } catch (error) {
    if (error instanceof StateRejected) throw new LoginRestartRequired(STATE_PROBLEMS[error.reason])
    throw error
  }
  holdSecrets(codeVerifier)
  const tokens = await tokenGrant(
    settings,
    { grantType: 'authorization_code', code: callback.code, redirectUri: callback.redirectUri, codeVerifier },
    EXCHANGE_RETRY,
    options,
    (error) => exchangeError(error, callback.redirectUri),
  )
  holdSecrets(tokens.accessToken, tokens.refreshToken)
  const identity = await readIdentity(settings, tokens.accessToken, options)
  const { user } = identity
  const scopes = tokens.scope !== undefined ? splitScopes(tokens.scope) : (identity.scopes ?? [])
  const result: LoginResult = {
    token: tokens.accessToken,
    expirationInSeconds: tokens.expiresIn ?? 0,
    connectionIdentityName: settings.server.enterprise ? `${user.login}@${settings.server.host}` : user.login,
    overwrite: true,
    userData: {
      login: user.login,
      id: Number(user.id),
      name: user.name ?? null,
      profileUrl: typeof user.html_url === 'string' && user.html_url !== '' ? user.html_url : `${settings.server.webOrigin}/${user.login}`,
      server: settings.server.webOrigin,
      scopes,
      tokenExpires: tokens.expiresIn !== undefined && tokens.expiresIn > 0,
      refreshTokenExpiresAt:
        tokens.refreshTokenExpiresIn !== undefined ? new Date(Date.now() + tokens.refreshTokenExpiresIn * 1000).toISOString() : null,
    },
  }
  if (tokens.refreshToken !== undefined) result.refreshToken = tokens.refreshToken
  if (user.avatar_url) result.connectionIdentityImageURL = user.avatar_url
  log.info('oauth.connected', {
    identity: result.connectionIdentityName,
    expiresIn: result.expirationInSeconds,
    refreshable: tokens.refreshToken !== undefined,
  })
  return result
}

/** One request to GitHub's token endpoint; its refusals become the service errors `explain` gives. */
async function tokenGrant(
  settings: ServiceSettings,
  grant: TokenGrant,
  retry: RetryPolicy,
  options: FlowOptions,
  explain: (error: TokenEndpointError) => ServiceError,
): Promise<TokenSet> {
  const request = { tokenEndpoint: tokenEndpoint(settings), clientId: settings.clientId, clientSecret: settings.clientSecret, grant }
  try {
    return await requestToken(request, { userAgent: options.userAgent, retry, ...options.http })
  } catch (error) {
    throw error instanceof TokenEndpointError ? explain(error) : error
  }
}

/** GET /user with the new token; a refusal here is a failed login, not a broken connection. */
async function readIdentity(settings: ServiceSettings, token: string, options: FlowOptions): Promise<Identity> {
  try {
    return await getAuthenticatedUser({ server: settings.server, token, userAgent: options.userAgent, http: options.http })
  } catch (error) {
    if (!(error instanceof ReconnectRequired)) throw error
    throw new LoginFailed(
      'identity_rejected',
      'GitHub issued a token but refused it when the service read the account (GET /user answered 401). Log in again; if it keeps failing, check that the app is not suspended or blocked by an organisation policy.',
    )
  }
}

export function refresh(settings: ServiceSettings, refreshToken: unknown, options: FlowOptions): Promise<RefreshResult> {
  return withSecrets([settings.clientSecret, refreshToken], () => renew(settings, refreshToken, options))
}

async function renew(settings: ServiceSettings, refreshToken: unknown, options: FlowOptions): Promise<RefreshResult> {
  if (typeof refreshToken !== 'string' || refreshToken.trim() === '') {
    throw new ReconnectRequired('The connection has no refresh token (its token cannot be renewed).')
  }
  if (refreshToken.length > MAX_CODE_LENGTH) throw new InvalidInput('refreshToken', 'is longer than any GitHub refresh token.')
  const tokens = await tokenGrant(settings, { grantType: 'refresh_token', refreshToken }, REFRESH_RETRY, options, refreshError)
  holdSecrets(tokens.accessToken, tokens.refreshToken)
  log.info('oauth.refreshed', {
    server: settings.server.webOrigin,
    expiresIn: tokens.expiresIn ?? 0,
    rotated: tokens.refreshToken !== undefined,
  })
  return {
    token: tokens.accessToken,
    expirationInSeconds: tokens.expiresIn ?? 0,
    refreshToken: tokens.refreshToken ?? refreshToken,
  }
}

interface Callback {
  code: string
  state: unknown
  redirectUri?: string
}

function readCallback(callbackObject: unknown): Callback {
  if (typeof callbackObject !== 'object' || callbackObject === null || Array.isArray(callbackObject)) {
    throw new LoginRestartRequired('The login callback carried no parameters.')
  }
  const field = (name: string): unknown =>
    Object.prototype.hasOwnProperty.call(callbackObject, name) ? (callbackObject as Record<string, unknown>)[name] : undefined
  const error = field('error')
  if (error !== undefined && error !== null && error !== '') throw authorizationError(error, field('error_description'))
  const code = field('code')
  if (typeof code !== 'string' || code.trim() === '') {
    throw new LoginRestartRequired('GitHub did not send an authorization code back.')
  }
  if (code.length > MAX_CODE_LENGTH || !/^[\x21-\x7e]+$/.test(code)) {
    throw new LoginRestartRequired('The authorization code in the callback is malformed.')
  }
  const redirect = field('redirectURI')
  let redirectUri: string | undefined
  if (redirect !== undefined && redirect !== null && redirect !== '') {
    if (typeof redirect !== 'string' || redirect.length > MAX_URI_LENGTH || !/^https?:\/\//i.test(redirect) || !URL.canParse(redirect)) {
      throw new InvalidInput('callbackObject.redirectURI', 'is not an absolute http(s) URL.')
    }
    redirectUri = redirect
  }
  return { code, state: field('state'), ...(redirectUri !== undefined && { redirectUri }) }
}

const STATE_PROBLEMS: Record<StateRejection, string> = {
  missing: 'The login callback has no state parameter, so it cannot be matched to a login this service started.',
  malformed: 'The login callback carries a state this service did not make.',
  tampered: 'The login callback carries a state that was altered or sealed with another client secret.',
  expired: 'The login took longer than 10 minutes.',
  foreign_server: 'The login was started for a different GitHub server than the one now configured.',
}

function words(value: unknown): string {
  return typeof value === 'string' ? quotable(value) : ''
}

function authorizationError(error: unknown, description: unknown): LoginFailed {
  // Repeated to people only when it looks like an error code (RFC 6749 §4.1.2.1), never as free text.
  const code = typeof error === 'string' && /^[A-Za-z0-9_.-]{1,64}$/.test(error) && redactText(error) === error ? error : 'unknown_error'
  const detail = words(description)
  switch (code) {
    case 'access_denied':
      return new LoginFailed(
        code,
        'The GitHub authorization was declined (access_denied). Click Login again and choose "Authorize" to connect the account.',
      )
    case 'redirect_uri_mismatch':
      return new LoginFailed(
        code,
        "GitHub refused the platform's callback URL (redirect_uri_mismatch). Register the platform's callback URL as the app's Authorization callback URL on GitHub, then log in again.",
      )
    case 'application_suspended':
      return new LoginFailed(
        code,
        'The GitHub app is suspended (application_suspended). Ask the app owner to restore it on GitHub, then log in again.',
      )
    default:
      return new LoginFailed(
        code,
        `GitHub could not authorize the connection (${code}${detail ? `: ${detail}` : ''}). Log in again; if it keeps failing, check the app's settings on GitHub.`,
      )
  }
}

/** GitHub's token-endpoint error codes: https://docs.github.com/en/apps/oauth-apps/maintaining-oauth-apps/troubleshooting-oauth-app-access-token-request-errors */
function exchangeError(error: TokenEndpointError, redirectUri: string | undefined): ServiceError {
  switch (error.error) {
    case 'incorrect_client_credentials':
    case 'invalid_client':
    case 'unauthorized_client':
    case 'http_401':
      return new Misconfigured(
        'clientId/clientSecret',
        `was rejected by GitHub (${error.error}). Copy the Client ID again and generate a new client secret on the app's settings page, update the service configuration, then log in again.`,
      )
    case 'redirect_uri_mismatch':
      return new LoginFailed(
        error.error,
        `GitHub refused the callback URL of the login (redirect_uri_mismatch). Register ${redirectUri ? `"${redirectUri}"` : "the platform's callback URL"} as the app's Authorization callback URL on GitHub, then log in again.`,
      )
    case 'bad_verification_code':
    case 'invalid_grant':
      return new LoginRestartRequired(
        `GitHub did not accept the authorization code (${error.error}): it is wrong, older than 10 minutes, already used, or does not match the login's PKCE challenge.`,
      )
    case 'unverified_user_email':
      return new LoginFailed(
        error.error,
        'GitHub requires a verified primary email on the account (unverified_user_email). Verify it in your GitHub email settings, then log in again.',
      )
    case 'unsupported_grant_type':
      return new UpstreamInvalid(
        'The token endpoint does not support the authorization-code grant (unsupported_grant_type). Check that serverUrl points to github.com or to a GitHub Enterprise Server, then log in again.',
      )
    case 'http_404':
      return notGitHub(error)
    default:
      return new UpstreamInvalid(
        `GitHub's token endpoint refused the code exchange (${error.error}${error.description ? `: ${error.description}` : ''}). Log in again; if it keeps failing, check the app's settings on GitHub.`,
      )
  }
}

function refreshError(error: TokenEndpointError): ServiceError {
  switch (error.error) {
    case 'bad_refresh_token':
    case 'invalid_grant':
    case 'http_401':
    case 'http_400':
      return new ReconnectRequired(
        `GitHub no longer accepts the refresh token (${error.error}): it expired, was revoked or was already used.`,
      )
    case 'unsupported_grant_type':
      return new ReconnectRequired(
        'The GitHub app does not issue expiring tokens any more (unsupported_grant_type), so this connection cannot be refreshed.',
      )
    case 'incorrect_client_credentials':
    case 'invalid_client':
    case 'unauthorized_client':
      return new Misconfigured(
        'clientId/clientSecret',
        `was rejected by GitHub while refreshing (${error.error}). Fix the service configuration; the connection stays valid until its refresh token expires.`,
      )
    case 'http_404':
      return notGitHub(error)
    default:
      return new UpstreamInvalid(
        `GitHub's token endpoint refused the refresh (${error.error}${error.description ? `: ${error.description}` : ''}). Try again later; if it keeps failing, reconnect the account.`,
      )
  }
}

function notGitHub(error: TokenEndpointError): Misconfigured {
  return new Misconfigured(
    'serverUrl',
    `does not lead to a GitHub token endpoint (HTTP ${error.httpStatus} at /login/oauth/access_token). Use https://github.com or the root of your GitHub Enterprise Server.`,
  )
}
