import Backendless from 'backendless'
import { requireToken, type GitHubContext } from './github/api'
import * as oauth from './github/oauth'
import * as users from './github/users'
import { DEFAULT_SCOPES, GITHUB_DOT_COM, readSettings, type ServiceSettings } from './github/settings'
import { asPlatformCall, USER_AGENT, VERSION } from './service-support'

/**
 * @integrationName GitHub
 * @integrationIcon /icon.svg
 * @requireOAuth
 * @description Work with GitHub from your flows: repositories, files, issues, pull requests, releases, searches and Actions workflows, on github.com or GitHub Enterprise Server, through an OAuth app or a GitHub App.
 */
class GitHub {
  static version = VERSION

  /** Set by CodeRunner after construction: the declared config items, defaults applied. */
  declare config: Record<string, unknown>
  /** Set by CodeRunner after construction; headers carry the connection's `oauth-access-token`. */
  declare request: { headers?: Record<string, unknown> } | undefined

  /**
   * @registerAs SYSTEM
   * @operationName getOAuth2ConnectionURL
   * @description Returns GitHub's authorization URL (PKCE S256, sealed state). The platform appends its redirect_uri.
   * @route GET /getOAuth2ConnectionURL
   * @returns {String}
   */
  async getOAuth2ConnectionURL() {
    return this.#call('getOAuth2ConnectionURL', () => oauth.connectionUrl(this.#settings()))
  }

  /**
   * @registerAs SYSTEM
   * @operationName executeCallback
   * @description Exchanges the authorization code for a token after checking the sealed state, and names the connection after the GitHub login.
   * @route POST /executeCallback
   * @param {Object} callbackObject The callback's query parameters (code, state, error…) plus the platform's redirectURI.
   * @returns {Object}
   */
  async executeCallback(callbackObject: unknown) {
    return this.#call('executeCallback', () => oauth.completeLogin(this.#settings(), callbackObject, { userAgent: USER_AGENT }))
  }

  /**
   * @registerAs SYSTEM
   * @operationName refreshToken
   * @description Renews an expiring GitHub App user token; returns the new token, its lifetime and the rotated refresh token.
   * @route PUT /refreshToken
   * @param {String} refreshToken The connection's current refresh token.
   * @returns {Object}
   */
  async refreshToken(refreshToken: unknown) {
    return this.#call('refreshToken', () => oauth.refresh(this.#settings(), refreshToken, { userAgent: USER_AGENT }))
  }

  // #region Repositories and files
  // #endregion Repositories and files

  // #region Users, organisations and gists
  /**
   * @operationName Get Authenticated User
   * @category Users and Organizations
   * @description Returns the GitHub account behind the connection: login, name, profile and avatar URLs, and (when the token may read them) private details such as the plan and email. Requires: OAuth scope "(none)"; GitHub App permission "(none)".
   * @route GET /get-authenticated-user
   * @appearanceColor #24292f #f0f6fc
   * @returns {Object}
   * @sampleResult {"login":"octocat","id":583231,"node_id":"MDQ6VXNlcjU4MzIzMQ==","avatar_url":"https://avatars.githubusercontent.com/u/583231?v=4","html_url":"https://github.com/octocat","type":"User","site_admin":false,"name":"The Octocat","company":"@github","blog":"https://github.blog","location":"San Francisco","email":null,"bio":null,"public_repos":8,"followers":20000,"following":9,"created_at":"2011-01-25T18:44:36Z","updated_at":"2025-01-22T12:00:00Z"}
   */
  async getAuthenticatedUser() {
    return this.#action('getAuthenticatedUser', (github) => users.getAuthenticatedUser(github))
  }

  // #endregion Users, organisations and gists

  // #region Issues
  // #endregion Issues

  // #region Search
  // #endregion Search

  // #region Pull requests
  // #endregion Pull requests

  // #region Releases
  // #endregion Releases

  // #region Actions workflows
  // #endregion Actions workflows

  #settings(): ServiceSettings {
    return readSettings(this.config)
  }

  /** Runs an action with the connection's GitHub context (server, token, User-Agent). */
  #action<T>(operation: string, run: (github: GitHubContext) => Promise<T>): Promise<T> {
    return this.#call(operation, () =>
      run({ server: this.#settings().server, token: requireToken(this.request?.headers), userAgent: USER_AGENT }),
    )
  }

  #call<T>(operation: string, run: () => Promise<T> | T): Promise<T> {
    return asPlatformCall(operation, run, Backendless.ServerCode.Error)
  }
}

Backendless.ServerCode.addService(GitHub, [
  {
    name: 'clientId',
    displayName: 'Client ID',
    type: 'string',
    required: true,
    shared: true,
    hint: 'GitHub → Settings → Developer settings → OAuth Apps (or GitHub Apps) → your app → "Client ID".',
  },
  {
    name: 'clientSecret',
    displayName: 'Client Secret',
    type: 'string',
    required: true,
    shared: true,
    hint: 'Same app page → "Client secrets" → "Generate a new client secret"; GitHub shows it only once.',
  },
  {
    name: 'serverUrl',
    displayName: 'GitHub Server URL',
    type: 'string',
    required: false,
    defaultValue: GITHUB_DOT_COM,
    shared: true,
    hint: 'Leave https://github.com, or give your GitHub Enterprise Server root (https://HOST, no /api/v3). Must be https.',
  },
  {
    name: 'scopes',
    displayName: 'OAuth Scopes',
    type: 'string',
    required: false,
    defaultValue: DEFAULT_SCOPES,
    shared: true,
    hint: "Space-separated OAuth app scopes; the default covers every action. GitHub Apps ignore this: set the app's permissions instead.",
  },
])

export = GitHub
