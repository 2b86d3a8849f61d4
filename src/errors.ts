/**
 * The one error taxonomy of the service. Modules throw these; the service class turns
 * each into a platform error with the stable code and HTTP status of ERROR_CATALOGUE.
 * Messages are written for the person running the flow: what happened, what to do.
 * They never contain a secret (client secret, code, verifier, state, token).
 */

export const ERROR_CATALOGUE = {
  invalid_input: { code: 40001, status: 400, meaning: 'A parameter is missing or invalid; the message names it.' },
  misconfigured: {
    code: 40002,
    status: 400,
    meaning: 'A service setting (clientId, clientSecret, serverUrl, scopes) is missing or invalid.',
  },
  login_failed: { code: 40003, status: 400, meaning: 'The authorization was refused or failed at GitHub; log in again.' },
  login_restart: {
    code: 40004,
    status: 400,
    meaning: 'The login could not be completed (state missing, tampered with or expired, or code unusable); start the login again.',
  },
  not_connected: { code: 40101, status: 401, meaning: 'No GitHub connection token reached the service; connect a GitHub account.' },
  reconnect_required: {
    code: 40102,
    status: 401,
    meaning: 'The connection is no longer valid (token or refresh token expired or revoked); reconnect the account.',
  },
  forbidden: { code: 40301, status: 403, meaning: 'GitHub refused the request: missing scope, permission or policy.' },
  not_found: { code: 40401, status: 404, meaning: 'Not found, or the connection has no access to it.' },
  conflict: {
    code: 40901,
    status: 409,
    meaning: 'The request conflicts with the current state (e.g. the file changed, the branch is not mergeable).',
  },
  validation_failed: { code: 42201, status: 422, meaning: 'GitHub rejected the fields listed in the message.' },
  rate_limited: { code: 42901, status: 429, meaning: 'A GitHub rate limit was reached; the message says when to try again.' },
  upstream_invalid: {
    code: 50201,
    status: 502,
    meaning: 'GitHub answered with something the service cannot use (malformed, too large, unexpected redirect).',
  },
  upstream_unavailable: {
    code: 50301,
    status: 503,
    meaning: 'GitHub could not be reached or kept failing (network error, timeout, 5xx); try again later.',
  },
  internal: { code: 50001, status: 500, meaning: 'An unexpected failure inside the service; report it with the time it happened.' },
} as const

export type ErrorKind = keyof typeof ERROR_CATALOGUE

/** What GitHub answered, kept on errors made from an API answer so callers can refine them without parsing messages. */
export interface UpstreamAnswer {
  status: number
  /** GitHub's `message`, cleaned of anything secret-shaped. */
  message?: string
  /** The GitHub operation that answered (e.g. "issues/create"). */
  operation?: string
  /** What the call needs (scope, permission), when GitHub refused or did not find it. */
  needs?: string
}

export abstract class ServiceError extends Error {
  abstract readonly kind: ErrorKind
  upstream?: UpstreamAnswer

  get code(): number {
    return ERROR_CATALOGUE[this.kind].code
  }

  get status(): number {
    return ERROR_CATALOGUE[this.kind].status
  }
}

export class InvalidInput extends ServiceError {
  readonly kind = 'invalid_input'
  constructor(
    readonly parameter: string,
    problem: string,
  ) {
    super(`Invalid "${parameter}": ${problem}`)
    this.name = 'InvalidInput'
  }
}

export class Misconfigured extends ServiceError {
  readonly kind = 'misconfigured'
  constructor(
    readonly setting: string,
    problem: string,
  ) {
    super(`Service setting "${setting}" ${problem}`)
    this.name = 'Misconfigured'
  }
}

export class LoginFailed extends ServiceError {
  readonly kind = 'login_failed'
  constructor(
    readonly reason: string,
    message: string,
  ) {
    super(message)
    this.name = 'LoginFailed'
  }
}

export class LoginRestartRequired extends ServiceError {
  readonly kind = 'login_restart'
  constructor(message: string) {
    super(`${message} Start the login again.`)
    this.name = 'LoginRestartRequired'
  }
}

export class NotConnected extends ServiceError {
  readonly kind = 'not_connected'
  constructor() {
    super('No GitHub connection is available to this action. Connect your GitHub account (Login) and select the connection.')
    this.name = 'NotConnected'
  }
}

export class ReconnectRequired extends ServiceError {
  readonly kind = 'reconnect_required'
  constructor(message: string) {
    super(`${message} Reconnect the GitHub account.`)
    this.name = 'ReconnectRequired'
  }
}

export class Forbidden extends ServiceError {
  readonly kind = 'forbidden'
  constructor(message: string) {
    super(message)
    this.name = 'Forbidden'
  }
}

export class NotFound extends ServiceError {
  readonly kind = 'not_found'
  constructor(message: string) {
    super(message)
    this.name = 'NotFound'
  }
}

export class Conflict extends ServiceError {
  readonly kind = 'conflict'
  constructor(message: string) {
    super(message)
    this.name = 'Conflict'
  }
}

export class ValidationFailed extends ServiceError {
  readonly kind = 'validation_failed'
  constructor(message: string) {
    super(message)
    this.name = 'ValidationFailed'
  }
}

export class RateLimited extends ServiceError {
  readonly kind = 'rate_limited'
  constructor(
    message: string,
    /** When the limit resets, if the server said. */
    readonly retryAt?: Date,
  ) {
    super(message)
    this.name = 'RateLimited'
  }
}

export class UpstreamInvalid extends ServiceError {
  readonly kind = 'upstream_invalid'
  constructor(message: string) {
    // What happened is in the message; what to do is the same for every unusable answer.
    super(
      `${message} Try again later; if it keeps happening, check that serverUrl points at a GitHub server and report the time it failed.`,
    )
    this.name = 'UpstreamInvalid'
  }
}

export class UpstreamUnavailable extends ServiceError {
  readonly kind = 'upstream_unavailable'
  constructor(
    message: string,
    /** The HTTP status of the last answer, when there was one. */
    readonly upstreamStatus?: number,
  ) {
    super(message)
    this.name = 'UpstreamUnavailable'
  }
}
