import Backendless from 'backendless'
import { InvalidInput } from './errors'
import { requireToken, type GitHubContext } from './github/api'
import { loadOperation, type DefinitionsOf, type ModuleName } from './github/modules'
import { DEFAULT_SCOPES, GITHUB_DOT_COM, readSettings, resolveServer, type ServiceSettings } from './github/settings'
import { log } from './log'
import { inputOf, type Operation } from './operations/definition'
import { asPlatformCall, USER_AGENT, VERSION } from './service-support'

/** Loaded on first use, like the action modules: a cold start registers the service without them. */
const oauth = () => import('./github/oauth')
const triggers = () => import('./github/triggers/handlers')

/**
 * @integrationName GitHub
 * @integrationIcon /icon.svg
 * @requireOAuth
 * @integrationTriggersScope SINGLE_APP
 * @description Work with GitHub from your flows: repositories, files, issues, pull requests, releases, searches and Actions workflows, and start flows when something happens on GitHub (webhooks or polling), on github.com or GitHub Enterprise Server, through an OAuth app or a GitHub App.
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
    return this.#call('getOAuth2ConnectionURL', async () => (await oauth()).connectionUrl(this.#settings()))
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
    return this.#call(
      'executeCallback',
      async () => (await oauth()).completeLogin(this.#settings(), callbackObject, { userAgent: USER_AGENT }),
      callbackObject,
    )
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
    return this.#call(
      'refreshToken',
      async () => (await oauth()).refresh(this.#settings(), refreshToken, { userAgent: USER_AGENT }),
      refreshToken,
    )
  }

  /**
   * @registerAs SYSTEM
   * @operationName handleTriggerUpsertWebhook
   * @description Creates or updates the GitHub webhooks the running trigger blocks need (one per repository or organization, subscribed to the union of their events, secret derived per hook) and removes the ones no block needs any more.
   * @route POST /handleTriggerUpsertWebhook
   * @paramDef {"type":"Object","label":"invocation","name":"invocation"}
   * @returns {Object}
   */
  async handleTriggerUpsertWebhook(invocation: unknown) {
    return this.#action('handleTriggerUpsertWebhook', async (github) =>
      (await triggers()).upsertWebhooks(github, this.#settings().clientSecret, invocation, 'upsert'),
    )
  }

  /**
   * @registerAs SYSTEM
   * @operationName handleTriggerRefreshWebhook
   * @description Repairs the trigger webhooks that were deleted, disabled or changed on GitHub since the last upsert.
   * @route POST /handleTriggerRefreshWebhook
   * @paramDef {"type":"Object","label":"invocation","name":"invocation"}
   * @returns {Object}
   */
  async handleTriggerRefreshWebhook(invocation: unknown) {
    return this.#action('handleTriggerRefreshWebhook', async (github) =>
      (await triggers()).upsertWebhooks(github, this.#settings().clientSecret, invocation, 'refresh'),
    )
  }

  /**
   * @registerAs SYSTEM
   * @operationName handleTriggerDeleteWebhook
   * @description Removes the GitHub webhooks of a stopped flow; hooks already deleted on GitHub are fine.
   * @route POST /handleTriggerDeleteWebhook
   * @paramDef {"type":"Object","label":"invocation","name":"invocation"}
   * @returns {Object}
   */
  async handleTriggerDeleteWebhook(invocation: unknown) {
    return this.#action('handleTriggerDeleteWebhook', async (github) => (await triggers()).deleteWebhooks(github, invocation))
  }

  /**
   * @registerAs SYSTEM
   * @operationName handleTriggerResolveEvents
   * @description Verifies a GitHub delivery (X-Hub-Signature-256 with the hook's derived secret, the hook's own repository or organization) and turns it into trigger events carrying GitHub's delivery id; answers GitHub's ping as a handshake.
   * @route POST /handleTriggerResolveEvents
   * @paramDef {"type":"Object","label":"invocation","name":"invocation"}
   * @returns {Object}
   */
  async handleTriggerResolveEvents(invocation: unknown) {
    // Never log the delivery's headers or body: the signature and the payload are the sender's.
    return this.#call('handleTriggerResolveEvents', async () =>
      (await triggers()).resolveEvents(this.#settings().clientSecret, invocation, (why) => log.info('trigger.delivery_dropped', { why })),
    )
  }

  /**
   * @registerAs SYSTEM
   * @operationName handleTriggerSelectMatched
   * @description Picks the running trigger blocks whose filters (repository, action, branch, label, author, workflow, conclusion…) an event passes.
   * @route POST /handleTriggerSelectMatched
   * @paramDef {"type":"Object","label":"invocation","name":"invocation"}
   * @returns {Object}
   */
  async handleTriggerSelectMatched(invocation: unknown) {
    return this.#call('handleTriggerSelectMatched', async () => (await triggers()).selectMatchedBlocks(invocation))
  }

  /**
   * @registerAs SYSTEM
   * @operationName handleTriggerPollingForEvent
   * @description Polls GitHub for a polling trigger block with conditional requests (a quiet repository costs no rate limit) and returns only what is new since the state it was given; the first poll fires nothing.
   * @route POST /handleTriggerPollingForEvent
   * @paramDef {"type":"Object","label":"invocation","name":"invocation"}
   * @returns {Object}
   */
  async handleTriggerPollingForEvent(invocation: unknown) {
    return this.#call('handleTriggerPollingForEvent', async () => {
      const handlers = await triggers()
      // Learning mode answers the block's sample: no token needed, nothing read from GitHub.
      const github = handlers.isLearningPoll(invocation) ? undefined : this.#context('handleTriggerPollingForEvent')
      return handlers.pollEvents(github, invocation)
    })
  }

  // #generated by `npm run contract` from src/github/catalogue.ts: edit the definitions, not this section
  // #region Repositories and files
  /**
   * @operationName List Repositories
   * @category Repositories
   * @description Lists the repositories the connected account can reach (owned, collaborating on, or through an organization), or all repositories of one organization when Organization is set, with visibility, affiliation and sort filters. Returns the repositories and a cursor for the next page. Requires: OAuth scope "repo"; GitHub App permission "Metadata: read".
   * @route GET /list-repositories
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Organization","name":"organization","dictionary":"getOrganizationsDictionary","description":"List this organization's repositories instead of your own, e.g. octo-org. Leave empty for the repositories of the connected account."}
   * @paramDef {"type":"String","label":"Visibility","name":"visibility","defaultValue":"All","uiComponent":{"type":"DROPDOWN","options":{"values":["All","Public","Private"]}},"description":"Only public or only private repositories, or all of them."}
   * @paramDef {"type":"String","label":"Affiliation","name":"affiliation","uiComponent":{"type":"DROPDOWN","options":{"values":["Any","Owner","Collaborator","Organization Member","Owner or Collaborator"]}},"description":"For your own list only: how you are related to the repository. Leave empty (Any) when an Organization is set."}
   * @paramDef {"type":"String","label":"Sort By","name":"sort","defaultValue":"Full Name","uiComponent":{"type":"DROPDOWN","options":{"values":["Full Name","Created","Updated","Pushed"]}},"description":"The order of the list: by owner/name, creation time, last update, or last push."}
   * @paramDef {"type":"String","label":"Direction","name":"direction","uiComponent":{"type":"DROPDOWN","options":{"values":["Ascending","Descending"]}},"description":"Sort direction. Default: ascending for Full Name, descending otherwise."}
   * @paramDef {"type":"Boolean","label":"Fetch All Pages","name":"fetchAll","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"Off: return one page of up to Limit items. On: follow the pages and return up to Limit items in total (at most 1000)."}
   * @paramDef {"type":"Number","label":"Limit","name":"limit","defaultValue":30,"uiComponent":{"type":"NUMERIC_STEPPER"},"description":"Page size (1-100) when Fetch All Pages is off; the total maximum (1-1000) when it is on."}
   * @paramDef {"type":"String","label":"Cursor","name":"cursor","description":"The nextCursor of a previous call with the same parameters, to continue where it stopped. Leave empty to start from the beginning."}
   * @returns {Object}
   * @sampleResult {"items":[{"id":1296269,"node_id":"MDEwOlJlcG9zaXRvcnkxMjk2MjY5","name":"Hello-World","full_name":"octocat/Hello-World","private":false,"owner":{"login":"octocat","id":1,"type":"User"},"html_url":"https://github.com/octocat/Hello-World","description":"This your first repo!","fork":false,"url":"https://api.github.com/repos/octocat/Hello-World","clone_url":"https://github.com/octocat/Hello-World.git","default_branch":"main","visibility":"public","language":"JavaScript","stargazers_count":80,"forks_count":9,"open_issues_count":0,"archived":false,"pushed_at":"2025-01-26T19:06:43Z","created_at":"2011-01-26T19:01:12Z","updated_at":"2025-01-26T19:14:43Z","permissions":{"admin":true,"push":true,"pull":true}}],"nextCursor":"c1.eyJxIjp7InBlcl9wYWdlIjoiMzAiLCJwYWdlIjoiMiJ9fQ.qP1KFzUf505hUButAGNIcGj58Pni-RArwXPD6JIcy9M"}
   */
  async listRepositories(
    organization: unknown,
    visibility: unknown,
    affiliation: unknown,
    sort: unknown,
    direction: unknown,
    fetchAll: unknown,
    limit: unknown,
    cursor: unknown,
  ) {
    return this.#run('repos', 'listRepositories', [organization, visibility, affiliation, sort, direction, fetchAll, limit, cursor])
  }

  /**
   * @operationName Get Repository
   * @category Repositories
   * @description Returns one repository with its settings and statistics: owner, visibility, default branch, description, topics, license, star/fork/issue counts and your permissions on it. Requires: OAuth scope "repo"; GitHub App permission "Metadata: read".
   * @route GET /get-repository
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @returns {Object}
   * @sampleResult {"id":1296269,"node_id":"MDEwOlJlcG9zaXRvcnkxMjk2MjY5","name":"Hello-World","full_name":"octocat/Hello-World","private":false,"owner":{"login":"octocat","id":1,"type":"User","html_url":"https://github.com/octocat"},"html_url":"https://github.com/octocat/Hello-World","description":"This your first repo!","fork":false,"url":"https://api.github.com/repos/octocat/Hello-World","clone_url":"https://github.com/octocat/Hello-World.git","homepage":"https://github.com","language":null,"forks_count":9,"stargazers_count":80,"watchers_count":80,"size":108,"default_branch":"main","open_issues_count":0,"is_template":false,"topics":["octocat","api"],"has_issues":true,"has_wiki":true,"archived":false,"disabled":false,"visibility":"public","pushed_at":"2025-01-26T19:06:43Z","created_at":"2011-01-26T19:01:12Z","updated_at":"2025-01-26T19:14:43Z","permissions":{"admin":false,"maintain":false,"push":false,"triage":false,"pull":true},"license":{"key":"mit","name":"MIT License","spdx_id":"MIT"},"subscribers_count":42,"network_count":0}
   */
  async getRepository(repository: unknown) {
    return this.#run('repos', 'getRepository', [repository])
  }

  /**
   * @operationName Create Repository
   * @category Repositories
   * @description Creates a repository for the connected account, or in an organization you belong to when Organization is set, optionally with a README, a .gitignore template and a license. Returns the new repository with its URL and default branch. Requires: OAuth scope "repo"; GitHub App permission "Administration: write".
   * @route POST /create-repository
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Name","name":"name","required":true,"description":"The new repository's name: letters, digits, \".\", \"-\" and \"_\", e.g. my-project."}
   * @paramDef {"type":"String","label":"Organization","name":"organization","dictionary":"getOrganizationsDictionary","description":"Create it in this organization (you must be allowed to create repositories there). Leave empty to create it in your own account."}
   * @paramDef {"type":"String","label":"Description","name":"description","description":"A short description shown on the repository page."}
   * @paramDef {"type":"String","label":"Visibility","name":"visibility","defaultValue":"Private","uiComponent":{"type":"DROPDOWN","options":{"values":["Private","Public"]}},"description":"Private: only people you grant access can see it. Public: anyone can see it."}
   * @paramDef {"type":"Boolean","label":"Add a README","name":"autoInit","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"Create an initial commit with a README, so the repository has a default branch to work on right away."}
   * @paramDef {"type":"String","label":".gitignore Template","name":"gitignoreTemplate","dictionary":"getGitignoreTemplatesDictionary","description":"A template from github.com/github/gitignore, without the extension, e.g. Node or Python."}
   * @paramDef {"type":"String","label":"License Template","name":"licenseTemplate","dictionary":"getLicensesDictionary","description":"A license keyword, e.g. mit, apache-2.0 or gpl-3.0."}
   * @returns {Object}
   * @sampleResult {"id":1296270,"node_id":"R_kgDOGq0qDg","name":"my-project","full_name":"octocat/my-project","private":true,"owner":{"login":"octocat","id":1,"type":"User"},"html_url":"https://github.com/octocat/my-project","description":"Automation scripts","fork":false,"url":"https://api.github.com/repos/octocat/my-project","clone_url":"https://github.com/octocat/my-project.git","default_branch":"main","visibility":"private","size":0,"open_issues_count":0,"has_issues":true,"has_wiki":true,"archived":false,"created_at":"2025-02-03T10:15:00Z","updated_at":"2025-02-03T10:15:00Z","pushed_at":"2025-02-03T10:15:01Z","permissions":{"admin":true,"maintain":true,"push":true,"triage":true,"pull":true},"license":{"key":"mit","name":"MIT License","spdx_id":"MIT"}}
   */
  async createRepository(
    name: unknown,
    organization: unknown,
    description: unknown,
    visibility: unknown,
    autoInit: unknown,
    gitignoreTemplate: unknown,
    licenseTemplate: unknown,
  ) {
    return this.#run('repos', 'createRepository', [
      name,
      organization,
      description,
      visibility,
      autoInit,
      gitignoreTemplate,
      licenseTemplate,
    ])
  }

  /**
   * @operationName Create Repository from Template
   * @category Repositories
   * @description Creates a repository with the files of a template repository (and, when asked, all its branches), for you or one of your organizations. Private unless turned off. Returns the new repository. Requires: OAuth scope "repo"; GitHub App permission "Administration: write".
   * @route POST /create-repository-from-template
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Template","name":"template","required":true,"dictionary":"getRepositoriesDictionary","description":"The template repository as owner/name, e.g. octo-org/service-template (its settings must mark it a template)."}
   * @paramDef {"type":"String","label":"Owner","name":"owner","dictionary":"getOwnersDictionary","description":"You or one of your organizations. Empty: you."}
   * @paramDef {"type":"String","label":"Name","name":"name","required":true,"description":"The new repository name, e.g. billing-service."}
   * @paramDef {"type":"String","label":"Description","name":"description","description":"A short description."}
   * @paramDef {"type":"Boolean","label":"Private","name":"isPrivate","defaultValue":true,"uiComponent":{"type":"TOGGLE"},"description":"Off: anyone can see it."}
   * @paramDef {"type":"Boolean","label":"Include All Branches","name":"includeAllBranches","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"Off: only the template's default branch."}
   * @returns {Object}
   * @sampleResult {"id":1296269,"name":"billing-service","full_name":"octo-org/billing-service","private":true,"html_url":"https://github.com/octo-org/billing-service","default_branch":"main","template_repository":{"full_name":"octo-org/service-template"}}
   */
  async createRepositoryFromTemplate(
    template: unknown,
    owner: unknown,
    name: unknown,
    description: unknown,
    isPrivate: unknown,
    includeAllBranches: unknown,
  ) {
    return this.#run('repoAdmin', 'createRepositoryFromTemplate', [template, owner, name, description, isPrivate, includeAllBranches])
  }

  /**
   * @operationName Update Repository
   * @category Repositories
   * @description Changes a repository's settings: name, description, homepage, visibility, default branch, issues and wiki, archives (read-only) and unarchives it, or makes it a template. Only the settings given change. Returns the repository. Requires: OAuth scope "repo"; GitHub App permission "Administration: write".
   * @route PUT /update-repository
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"New Name","name":"name","description":"Rename the repository (GitHub redirects the old name)."}
   * @paramDef {"type":"String","label":"Description","name":"description","description":"A short description."}
   * @paramDef {"type":"String","label":"Homepage","name":"homepage","description":"A web address for the project (https://…)."}
   * @paramDef {"type":"String","label":"Visibility","name":"visibility","uiComponent":{"type":"DROPDOWN","options":{"values":["Public","Private"]}},"description":"Make it public or private. Empty: unchanged."}
   * @paramDef {"type":"String","label":"Default Branch","name":"defaultBranch","dictionary":"getBranchesDictionary","dependsOn":["repository"],"description":"The branch that becomes the default (it must exist)."}
   * @paramDef {"type":"Boolean","label":"Issues","name":"hasIssues","uiComponent":{"type":"TOGGLE"},"description":"Turn issues on or off. Empty: unchanged."}
   * @paramDef {"type":"Boolean","label":"Wiki","name":"hasWiki","uiComponent":{"type":"TOGGLE"},"description":"Turn the wiki on or off. Empty: unchanged."}
   * @paramDef {"type":"Boolean","label":"Archived","name":"archived","uiComponent":{"type":"TOGGLE"},"description":"On: read-only. Off: writable again. Empty: unchanged."}
   * @paramDef {"type":"Boolean","label":"Template Repository","name":"isTemplate","uiComponent":{"type":"TOGGLE"},"description":"On: others can create repositories from it (Create Repository from Template). Empty: unchanged."}
   * @returns {Object}
   * @sampleResult {"id":1296269,"name":"Hello-World","full_name":"octocat/Hello-World","owner":{"login":"octocat","id":1,"type":"User"},"private":false,"html_url":"https://github.com/octocat/Hello-World","description":"This your first repo!","homepage":"https://github.com","default_branch":"main","visibility":"public","has_issues":true,"has_wiki":true,"archived":false,"topics":["octocat","api"]}
   */
  async updateRepository(
    repository: unknown,
    name: unknown,
    description: unknown,
    homepage: unknown,
    visibility: unknown,
    defaultBranch: unknown,
    hasIssues: unknown,
    hasWiki: unknown,
    archived: unknown,
    isTemplate: unknown,
  ) {
    return this.#run('repoAdmin', 'updateRepository', [
      repository,
      name,
      description,
      homepage,
      visibility,
      defaultBranch,
      hasIssues,
      hasWiki,
      archived,
      isTemplate,
    ])
  }

  /**
   * @operationName Replace Topics
   * @category Repositories
   * @description Sets a repository's topics to the list given (up to 20; an empty list removes them all). Returns the topics GitHub kept. Requires: OAuth scope "repo"; GitHub App permission "Administration: write".
   * @route PUT /replace-topics
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Array<String>","label":"Topics","name":"topics","description":"Lowercase words with hyphens, e.g. machine-learning."}
   * @returns {Object}
   * @sampleResult {"repository":"octocat/Hello-World","topics":["octocat","atom","electron","api"]}
   */
  async replaceTopics(repository: unknown, topics: unknown) {
    return this.#run('repoAdmin', 'replaceTopics', [repository, topics])
  }

  /**
   * @operationName Delete Repository
   * @category Repositories
   * @description Deletes a repository for good, only if Confirm Full Name repeats it exactly. Needs the delete_repo scope, which the default connection does not ask for (add it to the scopes setting). Returns the deleted repository's name. Requires: OAuth scope "delete_repo"; GitHub App permission "Administration: write".
   * @route DELETE /delete-repository
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"Confirm Full Name","name":"confirmFullName","required":true,"description":"Type the repository again as owner/name; anything else deletes nothing."}
   * @returns {Object}
   * @sampleResult {"repository":"octocat/old-project","deleted":true}
   */
  async deleteRepository(repository: unknown, confirmFullName: unknown) {
    return this.#run('repoAdmin', 'deleteRepository', [repository, confirmFullName])
  }

  /**
   * @operationName Fork Repository
   * @category Repositories
   * @description Forks a repository into the connected account, or into an organization when Organization is set, optionally under another name and with only the default branch. GitHub creates the fork in the background: its contents may take a few seconds to appear. Returns the new fork. Requires: OAuth scope "repo"; GitHub App permission "Administration: write, Contents: read".
   * @route POST /fork-repository
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository to fork, as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"Organization","name":"organization","dictionary":"getOrganizationsDictionary","description":"Create the fork in this organization. Leave empty to fork into your own account."}
   * @paramDef {"type":"String","label":"Fork Name","name":"name","description":"A name for the fork. Leave empty to keep the original name."}
   * @paramDef {"type":"Boolean","label":"Default Branch Only","name":"defaultBranchOnly","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"Copy only the default branch instead of all branches."}
   * @returns {Object}
   * @sampleResult {"id":1296271,"node_id":"R_kgDOGq0qDw","name":"Hello-World","full_name":"monalisa/Hello-World","private":false,"owner":{"login":"monalisa","id":2,"type":"User"},"html_url":"https://github.com/monalisa/Hello-World","description":"This your first repo!","fork":true,"url":"https://api.github.com/repos/monalisa/Hello-World","clone_url":"https://github.com/monalisa/Hello-World.git","default_branch":"main","visibility":"public","parent":{"id":1296269,"full_name":"octocat/Hello-World","html_url":"https://github.com/octocat/Hello-World"},"source":{"id":1296269,"full_name":"octocat/Hello-World","html_url":"https://github.com/octocat/Hello-World"},"created_at":"2025-02-03T10:20:00Z","updated_at":"2025-02-03T10:20:00Z","pushed_at":"2025-01-26T19:06:43Z"}
   */
  async forkRepository(repository: unknown, organization: unknown, name: unknown, defaultBranchOnly: unknown) {
    return this.#run('repos', 'forkRepository', [repository, organization, name, defaultBranchOnly])
  }

  /**
   * @operationName List Branches
   * @category Repositories
   * @description Lists the branches of a repository with the commit each one points to and whether it is protected; optionally only protected or only unprotected branches. Returns the branches and a cursor for the next page. Requires: OAuth scope "repo"; GitHub App permission "Metadata: read".
   * @route GET /list-branches
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"Protection","name":"protection","defaultValue":"All","uiComponent":{"type":"DROPDOWN","options":{"values":["All","Protected","Unprotected"]}},"description":"All branches, or only those with (or without) branch protection or rulesets."}
   * @paramDef {"type":"Boolean","label":"Fetch All Pages","name":"fetchAll","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"Off: return one page of up to Limit items. On: follow the pages and return up to Limit items in total (at most 1000)."}
   * @paramDef {"type":"Number","label":"Limit","name":"limit","defaultValue":30,"uiComponent":{"type":"NUMERIC_STEPPER"},"description":"Page size (1-100) when Fetch All Pages is off; the total maximum (1-1000) when it is on."}
   * @paramDef {"type":"String","label":"Cursor","name":"cursor","description":"The nextCursor of a previous call with the same parameters, to continue where it stopped. Leave empty to start from the beginning."}
   * @returns {Object}
   * @sampleResult {"items":[{"name":"main","commit":{"sha":"c5b97d5ae6c19d5c5df71a34c7fbeeda2479ccbc","url":"https://api.github.com/repos/octocat/Hello-World/commits/c5b97d5ae6c19d5c5df71a34c7fbeeda2479ccbc"},"protected":true},{"name":"feature/login","commit":{"sha":"7fd1a60b01f91b314f59955a4e4d4e80d8edf11d","url":"https://api.github.com/repos/octocat/Hello-World/commits/7fd1a60b01f91b314f59955a4e4d4e80d8edf11d"},"protected":false}],"nextCursor":null}
   */
  async listBranches(repository: unknown, protection: unknown, fetchAll: unknown, limit: unknown, cursor: unknown) {
    return this.#run('repos', 'listBranches', [repository, protection, fetchAll, limit, cursor])
  }

  /**
   * @operationName List Tags
   * @category Repositories
   * @description Lists the tags of a repository, newest first, with the commit each one points to and its zip and tarball download URLs. Returns the tags and a cursor for the next page. Requires: OAuth scope "repo"; GitHub App permission "Metadata: read".
   * @route GET /list-tags
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Boolean","label":"Fetch All Pages","name":"fetchAll","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"Off: return one page of up to Limit items. On: follow the pages and return up to Limit items in total (at most 1000)."}
   * @paramDef {"type":"Number","label":"Limit","name":"limit","defaultValue":30,"uiComponent":{"type":"NUMERIC_STEPPER"},"description":"Page size (1-100) when Fetch All Pages is off; the total maximum (1-1000) when it is on."}
   * @paramDef {"type":"String","label":"Cursor","name":"cursor","description":"The nextCursor of a previous call with the same parameters, to continue where it stopped. Leave empty to start from the beginning."}
   * @returns {Object}
   * @sampleResult {"items":[{"name":"v0.1","commit":{"sha":"c5b97d5ae6c19d5c5df71a34c7fbeeda2479ccbc","url":"https://api.github.com/repos/octocat/Hello-World/commits/c5b97d5ae6c19d5c5df71a34c7fbeeda2479ccbc"},"zipball_url":"https://github.com/octocat/Hello-World/zipball/v0.1","tarball_url":"https://github.com/octocat/Hello-World/tarball/v0.1","node_id":"MDQ6VXNlcjE="}],"nextCursor":null}
   */
  async listTags(repository: unknown, fetchAll: unknown, limit: unknown, cursor: unknown) {
    return this.#run('repos', 'listTags', [repository, fetchAll, limit, cursor])
  }

  /**
   * @operationName Create Branch
   * @category Repositories
   * @description Creates a branch that starts at another branch, a tag or a commit SHA (by default the head of the default branch), ready for file changes and a pull request. Returns the branch name, its commit SHA and the Git reference. Requires: OAuth scope "repo"; GitHub App permission "Contents: write".
   * @route POST /create-branch
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"New Branch","name":"branch","required":true,"description":"The name of the branch to create, e.g. feature/login."}
   * @paramDef {"type":"String","label":"Start From","name":"fromRef","dictionary":"getBranchesDictionary","dependsOn":["repository"],"description":"The branch, tag or 40-character commit SHA the new branch starts at. Leave empty for the default branch."}
   * @returns {Object}
   * @sampleResult {"name":"feature/login","sha":"c5b97d5ae6c19d5c5df71a34c7fbeeda2479ccbc","ref":{"ref":"refs/heads/feature/login","node_id":"MDM6UmVmcmVmcy9oZWFkcy9mZWF0dXJlQQ==","url":"https://api.github.com/repos/octocat/Hello-World/git/refs/heads/feature/login","object":{"type":"commit","sha":"c5b97d5ae6c19d5c5df71a34c7fbeeda2479ccbc","url":"https://api.github.com/repos/octocat/Hello-World/git/commits/c5b97d5ae6c19d5c5df71a34c7fbeeda2479ccbc"}}}
   */
  async createBranch(repository: unknown, branch: unknown, fromRef: unknown) {
    return this.#run('repos', 'createBranch', [repository, branch, fromRef])
  }

  /**
   * @operationName Get Branch
   * @category Repositories
   * @description Finds a branch by name: found is false when the repository has no such branch (not an error, so a flow can branch on it); otherwise the branch with its head commit and whether it is protected. Requires: OAuth scope "repo"; GitHub App permission "Contents: read".
   * @route GET /get-branch
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"Branch","name":"branch","required":true,"dictionary":"getBranchesDictionary","dependsOn":["repository"],"description":"The branch name, e.g. main or feature/login."}
   * @returns {Object}
   * @sampleResult {"found":true,"repository":"octocat/Hello-World","name":"main","branch":{"name":"main","commit":{"sha":"7fd1a60b01f91b314f59955a4e4d4e80d8edf11d","url":"https://api.github.com/repos/octocat/Hello-World/commits/7fd1a60b01f91b314f59955a4e4d4e80d8edf11d","html_url":"https://github.com/octocat/Hello-World/commit/7fd1a60b01f91b314f59955a4e4d4e80d8edf11d","commit":{"message":"Merge pull request #6 from Spaceghost/patch-1","author":{"name":"The Octocat","email":"octocat@nowhere.com","date":"2012-03-06T23:06:50Z"}}},"_links":{"html":"https://github.com/octocat/Hello-World/tree/main","self":"https://api.github.com/repos/octocat/Hello-World/branches/main"},"protected":true,"protection_url":"https://api.github.com/repos/octocat/Hello-World/branches/main/protection"}}
   */
  async getBranch(repository: unknown, branch: unknown) {
    return this.#run('git', 'getBranch', [repository, branch])
  }

  /**
   * @operationName Delete Branch
   * @category Repositories
   * @description Deletes a branch of a repository, e.g. after its pull request was merged. GitHub refuses to delete the default branch and branches protected against deletion. Returns the deleted branch's name and repository. Requires: OAuth scope "repo"; GitHub App permission "Contents: write".
   * @route DELETE /delete-branch
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"Branch","name":"branch","required":true,"dictionary":"getBranchesDictionary","dependsOn":["repository"],"description":"The name of the branch to delete, e.g. feature/login."}
   * @returns {Object}
   * @sampleResult {"deleted":true,"repository":"octocat/Hello-World","branch":"feature/login"}
   */
  async deleteBranch(repository: unknown, branch: unknown) {
    return this.#run('repos', 'deleteBranch', [repository, branch])
  }

  /**
   * @operationName Get Branch Protection
   * @category Repositories
   * @description Reads a branch's protection: required reviews, required status checks, whether admins are held to it, push restrictions. An unprotected branch answers protected: false (not an error). Returns the repository, the branch, protected and the protection. Requires: OAuth scope "repo"; GitHub App permission "Administration: read".
   * @route GET /get-branch-protection
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"Branch","name":"branch","required":true,"dictionary":"getBranchesDictionary","dependsOn":["repository"],"description":"The branch, e.g. main."}
   * @returns {Object}
   * @sampleResult {"repository":"octocat/Hello-World","branch":"main","protected":true,"protection":{"url":"https://api.github.com/repos/octocat/Hello-World/branches/main/protection","required_status_checks":{"url":"https://api.github.com/repos/octocat/Hello-World/branches/main/protection/required_status_checks","strict":true,"contexts":["ci/build"],"checks":[{"context":"ci/build","app_id":null}],"contexts_url":"https://api.github.com/repos/octocat/Hello-World/branches/main/protection/required_status_checks/contexts"},"required_pull_request_reviews":{"url":"https://api.github.com/repos/octocat/Hello-World/branches/main/protection/required_pull_request_reviews","dismiss_stale_reviews":true,"require_code_owner_reviews":false,"required_approving_review_count":2},"enforce_admins":{"url":"https://api.github.com/repos/octocat/Hello-World/branches/main/protection/enforce_admins","enabled":true},"required_linear_history":{"enabled":false},"allow_force_pushes":{"enabled":false},"allow_deletions":{"enabled":false}}}
   */
  async getBranchProtection(repository: unknown, branch: unknown) {
    return this.#run('protection', 'getBranchProtection', [repository, branch])
  }

  /**
   * @operationName Update Branch Protection
   * @category Repositories
   * @description Protects a branch or changes its protection: pull requests with required approvals (stale approvals dismissed, code owners), required status checks (up to date with the base or not), admins enforced. Only the settings given change; everything else the branch had is kept. Returns the protection. Requires: OAuth scope "repo"; GitHub App permission "Administration: write".
   * @route PUT /update-branch-protection
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"Branch","name":"branch","required":true,"dictionary":"getBranchesDictionary","dependsOn":["repository"],"description":"The branch, e.g. main."}
   * @paramDef {"type":"Boolean","label":"Require Pull Request","name":"requirePullRequest","uiComponent":{"type":"TOGGLE"},"description":"On: changes reach the branch only through pull requests. Off: remove that rule. Empty: unchanged."}
   * @paramDef {"type":"Number","label":"Required Approvals","name":"requiredApprovals","uiComponent":{"type":"NUMERIC_STEPPER"},"description":"Approving reviews a pull request needs, 0 to 6. Empty: unchanged (1 when pull requests become required)."}
   * @paramDef {"type":"Boolean","label":"Dismiss Stale Approvals","name":"dismissStaleReviews","uiComponent":{"type":"TOGGLE"},"description":"On: a new push dismisses the approvals given before it. Empty: unchanged."}
   * @paramDef {"type":"Boolean","label":"Require Code Owner Review","name":"requireCodeOwnerReviews","uiComponent":{"type":"TOGGLE"},"description":"On: a code owner of the changed files must approve. Empty: unchanged."}
   * @paramDef {"type":"Boolean","label":"Require Status Checks","name":"requireStatusChecks","uiComponent":{"type":"TOGGLE"},"description":"On: the checks below must pass before merging. Off: remove that rule. Empty: unchanged."}
   * @paramDef {"type":"Array<String>","label":"Required Status Checks","name":"requiredStatusChecks","description":"The check or status names that must pass, e.g. ci/build, test. Empty: unchanged."}
   * @paramDef {"type":"Boolean","label":"Branch Up to Date","name":"strictStatusChecks","uiComponent":{"type":"TOGGLE"},"description":"On: a pull request must be up to date with the branch before merging. Empty: unchanged."}
   * @paramDef {"type":"Boolean","label":"Enforce for Admins","name":"enforceAdmins","uiComponent":{"type":"TOGGLE"},"description":"On: administrators are held to these rules too. Empty: unchanged."}
   * @returns {Object}
   * @sampleResult {"url":"https://api.github.com/repos/octocat/Hello-World/branches/main/protection","required_status_checks":{"url":"https://api.github.com/repos/octocat/Hello-World/branches/main/protection/required_status_checks","strict":true,"contexts":["ci/build"],"checks":[{"context":"ci/build","app_id":null}],"contexts_url":"https://api.github.com/repos/octocat/Hello-World/branches/main/protection/required_status_checks/contexts"},"required_pull_request_reviews":{"url":"https://api.github.com/repos/octocat/Hello-World/branches/main/protection/required_pull_request_reviews","dismiss_stale_reviews":true,"require_code_owner_reviews":false,"required_approving_review_count":2},"enforce_admins":{"url":"https://api.github.com/repos/octocat/Hello-World/branches/main/protection/enforce_admins","enabled":true},"required_linear_history":{"enabled":false},"allow_force_pushes":{"enabled":false},"allow_deletions":{"enabled":false}}
   */
  async updateBranchProtection(
    repository: unknown,
    branch: unknown,
    requirePullRequest: unknown,
    requiredApprovals: unknown,
    dismissStaleReviews: unknown,
    requireCodeOwnerReviews: unknown,
    requireStatusChecks: unknown,
    requiredStatusChecks: unknown,
    strictStatusChecks: unknown,
    enforceAdmins: unknown,
  ) {
    return this.#run('protection', 'updateBranchProtection', [
      repository,
      branch,
      requirePullRequest,
      requiredApprovals,
      dismissStaleReviews,
      requireCodeOwnerReviews,
      requireStatusChecks,
      requiredStatusChecks,
      strictStatusChecks,
      enforceAdmins,
    ])
  }

  /**
   * @operationName List Rulesets
   * @category Repositories
   * @description Lists a repository's rulesets (name, target, enforcement). Returns them and a cursor for the next page. Requires: OAuth scope "repo"; GitHub App permission "Administration: read".
   * @route GET /list-rulesets
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Boolean","label":"Fetch All Pages","name":"fetchAll","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"Off: return one page of up to Limit items. On: follow the pages and return up to Limit items in total (at most 1000)."}
   * @paramDef {"type":"Number","label":"Limit","name":"limit","defaultValue":30,"uiComponent":{"type":"NUMERIC_STEPPER"},"description":"Page size (1-100) when Fetch All Pages is off; the total maximum (1-1000) when it is on."}
   * @paramDef {"type":"String","label":"Cursor","name":"cursor","description":"The nextCursor of a previous call with the same parameters, to continue where it stopped. Leave empty to start from the beginning."}
   * @returns {Object}
   * @sampleResult {"items":[{"id":42,"name":"Protect main","target":"branch","source_type":"Repository","source":"octocat/Hello-World","enforcement":"active","conditions":{"ref_name":{"include":["~DEFAULT_BRANCH"],"exclude":[]}},"rules":[{"type":"deletion"},{"type":"non_fast_forward"}],"created_at":"2023-07-15T08:43:03Z","updated_at":"2023-08-23T16:29:47Z"}],"nextCursor":null}
   */
  async listRulesets(repository: unknown, fetchAll: unknown, limit: unknown, cursor: unknown) {
    return this.#run('rulesets', 'listRulesets', [repository, fetchAll, limit, cursor])
  }

  /**
   * @operationName Create Ruleset
   * @category Repositories
   * @description Creates a ruleset: rules (no deletion, no force push, pull requests with reviews, required checks, name patterns…) for the branches or tags chosen by name or pattern, enforced or only evaluated. Returns the ruleset with its id. Requires: OAuth scope "repo"; GitHub App permission "Administration: write".
   * @route POST /create-ruleset
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"Name","name":"name","required":true,"description":"The ruleset name, e.g. Protect main."}
   * @paramDef {"type":"String","label":"Target","name":"target","uiComponent":{"type":"DROPDOWN","options":{"values":["Branch","Tag"]}},"description":"Branches (default) or tags."}
   * @paramDef {"type":"String","label":"Enforcement","name":"enforcement","uiComponent":{"type":"DROPDOWN","options":{"values":["Active","Evaluate (report only)","Disabled"]}},"description":"Active (default) enforces the rules; Evaluate only reports what they would block; Disabled turns them off."}
   * @paramDef {"type":"Array<String>","label":"Include","name":"include","required":true,"description":"The branches or tags it applies to: names or patterns (main, release/*), ~DEFAULT_BRANCH or ~ALL."}
   * @paramDef {"type":"Array<String>","label":"Exclude","name":"exclude","description":"Names or patterns left out, e.g. release/old-*."}
   * @paramDef {"type":"Array","label":"Rules","name":"rules","description":"The rules, e.g. [{ \"type\": \"deletion\" }, { \"type\": \"non_fast_forward\" }, { \"type\": \"pull_request\", \"parameters\": { \"required_approving_review_count\": 1, \"dismiss_stale_reviews_on_push\": true, \"require_code_owner_review\": false, \"require_last_push_approval\": false, \"required_review_thread_resolution\": false } }]."}
   * @returns {Object}
   * @sampleResult {"id":42,"name":"Protect main","target":"branch","source_type":"Repository","source":"octocat/Hello-World","enforcement":"active","conditions":{"ref_name":{"include":["~DEFAULT_BRANCH"],"exclude":[]}},"rules":[{"type":"deletion"},{"type":"non_fast_forward"}],"created_at":"2023-07-15T08:43:03Z","updated_at":"2023-08-23T16:29:47Z"}
   */
  async createRuleset(
    repository: unknown,
    name: unknown,
    target: unknown,
    enforcement: unknown,
    include: unknown,
    exclude: unknown,
    rules: unknown,
  ) {
    return this.#run('rulesets', 'createRuleset', [repository, name, target, enforcement, include, exclude, rules])
  }

  /**
   * @operationName Update Ruleset
   * @category Repositories
   * @description Changes a ruleset's name, target, enforcement, branches or rules; what is left empty stays. Returns the ruleset. Requires: OAuth scope "repo"; GitHub App permission "Administration: write".
   * @route PUT /update-ruleset
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Ruleset ID","name":"rulesetId","required":true,"uiComponent":{"type":"NUMERIC"},"description":"The ruleset's id, from List Rulesets (or the number at the end of its settings page URL)."}
   * @paramDef {"type":"String","label":"New Name","name":"name","description":"Rename the ruleset. Empty: keep the name."}
   * @paramDef {"type":"String","label":"Target","name":"target","uiComponent":{"type":"DROPDOWN","options":{"values":["Branch","Tag"]}},"description":"Branches or tags. Empty: unchanged."}
   * @paramDef {"type":"String","label":"Enforcement","name":"enforcement","uiComponent":{"type":"DROPDOWN","options":{"values":["Active","Evaluate (report only)","Disabled"]}},"description":"Active, Evaluate or Disabled. Empty: unchanged."}
   * @paramDef {"type":"Array<String>","label":"Include","name":"include","description":"The branches or tags it applies to: names or patterns (main, release/*), ~DEFAULT_BRANCH or ~ALL. Empty: unchanged."}
   * @paramDef {"type":"Array<String>","label":"Exclude","name":"exclude","description":"Names or patterns left out, e.g. release/old-*. Empty: unchanged."}
   * @paramDef {"type":"Array","label":"Rules","name":"rules","description":"The rules, e.g. [{ \"type\": \"deletion\" }, { \"type\": \"non_fast_forward\" }, { \"type\": \"pull_request\", \"parameters\": { \"required_approving_review_count\": 1, \"dismiss_stale_reviews_on_push\": true, \"require_code_owner_review\": false, \"require_last_push_approval\": false, \"required_review_thread_resolution\": false } }]. Given: they replace the old rules. Empty: unchanged."}
   * @returns {Object}
   * @sampleResult {"id":42,"name":"Protect main","target":"branch","source_type":"Repository","source":"octocat/Hello-World","enforcement":"active","conditions":{"ref_name":{"include":["~DEFAULT_BRANCH"],"exclude":[]}},"rules":[{"type":"deletion"},{"type":"non_fast_forward"}],"created_at":"2023-07-15T08:43:03Z","updated_at":"2023-08-23T16:29:47Z"}
   */
  async updateRuleset(
    repository: unknown,
    rulesetId: unknown,
    name: unknown,
    target: unknown,
    enforcement: unknown,
    include: unknown,
    exclude: unknown,
    rules: unknown,
  ) {
    return this.#run('rulesets', 'updateRuleset', [repository, rulesetId, name, target, enforcement, include, exclude, rules])
  }

  /**
   * @operationName Delete Ruleset
   * @category Repositories
   * @description Deletes a ruleset: its rules stop applying. Returns the repository and the ruleset id. Requires: OAuth scope "repo"; GitHub App permission "Administration: write".
   * @route DELETE /delete-ruleset
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Ruleset ID","name":"rulesetId","required":true,"uiComponent":{"type":"NUMERIC"},"description":"The ruleset's id, from List Rulesets (or the number at the end of its settings page URL)."}
   * @returns {Object}
   * @sampleResult {"repository":"octocat/Hello-World","rulesetId":42,"deleted":true}
   */
  async deleteRuleset(repository: unknown, rulesetId: unknown) {
    return this.#run('rulesets', 'deleteRuleset', [repository, rulesetId])
  }

  /**
   * @operationName Get Ref
   * @category Repositories
   * @description Returns the commit a branch or tag points to (its git reference). Fails with not found when there is no such branch or tag. Requires: OAuth scope "repo"; GitHub App permission "Contents: read".
   * @route GET /get-ref
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"Kind","name":"kind","defaultValue":"Branch","uiComponent":{"type":"DROPDOWN","options":{"values":["Branch","Tag"]}},"description":"Whether Name is a branch or a tag."}
   * @paramDef {"type":"String","label":"Name","name":"name","required":true,"dictionary":"getBranchesDictionary","dependsOn":["repository"],"description":"The branch or tag name, e.g. main or v1.0.0."}
   * @returns {Object}
   * @sampleResult {"ref":"refs/heads/featureA","node_id":"MDM6UmVmcmVmcy9oZWFkcy9mZWF0dXJlQQ==","url":"https://api.github.com/repos/octocat/Hello-World/git/refs/heads/featureA","object":{"type":"commit","sha":"aa218f56b14c9653891f9e74264a383fa43fefbd","url":"https://api.github.com/repos/octocat/Hello-World/git/commits/aa218f56b14c9653891f9e74264a383fa43fefbd"}}
   */
  async getRef(repository: unknown, kind: unknown, name: unknown) {
    return this.#run('git', 'getRef', [repository, kind, name])
  }

  /**
   * @operationName Update Ref
   * @category Repositories
   * @description Moves a branch or tag to another commit: only forward (the new commit must contain the current one) unless Force is on, which can drop commits from the branch. Returns the reference. Requires: OAuth scope "repo"; GitHub App permission "Contents: write".
   * @route PUT /update-ref
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"Kind","name":"kind","defaultValue":"Branch","uiComponent":{"type":"DROPDOWN","options":{"values":["Branch","Tag"]}},"description":"Whether Name is a branch or a tag."}
   * @paramDef {"type":"String","label":"Name","name":"name","required":true,"dictionary":"getBranchesDictionary","dependsOn":["repository"],"description":"The branch or tag name, e.g. main or v1.0.0."}
   * @paramDef {"type":"String","label":"Commit SHA","name":"sha","required":true,"description":"The full SHA of the commit to point to."}
   * @paramDef {"type":"Boolean","label":"Force","name":"force","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"On: move it even if commits are lost from it (like git push --force)."}
   * @returns {Object}
   * @sampleResult {"ref":"refs/heads/featureA","node_id":"MDM6UmVmcmVmcy9oZWFkcy9mZWF0dXJlQQ==","url":"https://api.github.com/repos/octocat/Hello-World/git/refs/heads/featureA","object":{"type":"commit","sha":"aa218f56b14c9653891f9e74264a383fa43fefbd","url":"https://api.github.com/repos/octocat/Hello-World/git/commits/aa218f56b14c9653891f9e74264a383fa43fefbd"}}
   */
  async updateRef(repository: unknown, kind: unknown, name: unknown, sha: unknown, force: unknown) {
    return this.#run('git', 'updateRef', [repository, kind, name, sha, force])
  }

  /**
   * @operationName Merge a Branch
   * @category Repositories
   * @description Merges a branch, tag or commit into a branch with a merge commit, without a pull request. merged is false when the base already had everything; a conflict fails with the files left to resolve in a pull request. Returns the merge commit. Requires: OAuth scope "repo"; GitHub App permission "Contents: write".
   * @route POST /merge-branch
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"Base Branch","name":"base","required":true,"dictionary":"getBranchesDictionary","dependsOn":["repository"],"description":"The branch to merge into, e.g. main."}
   * @paramDef {"type":"String","label":"Head","name":"head","required":true,"dictionary":"getBranchesDictionary","dependsOn":["repository"],"description":"The branch, tag or commit SHA to merge, e.g. feature/login."}
   * @paramDef {"type":"String","label":"Commit Message","name":"commitMessage","uiComponent":{"type":"MULTI_LINE_TEXT"},"description":"Empty: \"Merge <head> into <base>\"."}
   * @returns {Object}
   * @sampleResult {"merged":true,"repository":"octocat/Hello-World","base":"main","head":"feature/login","commit":{"sha":"7fd1a60b01f91b314f59955a4e4d4e80d8edf11d","url":"https://api.github.com/repos/octocat/Hello-World/commits/7fd1a60b01f91b314f59955a4e4d4e80d8edf11d","html_url":"https://github.com/octocat/Hello-World/commit/7fd1a60b01f91b314f59955a4e4d4e80d8edf11d","commit":{"message":"Merge pull request #6 from Spaceghost/patch-1","author":{"name":"The Octocat","email":"octocat@nowhere.com","date":"2012-03-06T23:06:50Z"}}}}
   */
  async mergeBranch(repository: unknown, base: unknown, head: unknown, commitMessage: unknown) {
    return this.#run('git', 'mergeBranch', [repository, base, head, commitMessage])
  }

  /**
   * @operationName List Commits
   * @category Repositories
   * @description Lists the commits of a branch, tag or commit, newest first, optionally only those touching a path, by an author, or within a time range. Returns each commit's SHA, message, author, committer, dates and URL, and a cursor for the next page. Requires: OAuth scope "repo"; GitHub App permission "Contents: read".
   * @route GET /list-commits
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"Branch, Tag or Commit","name":"ref","dictionary":"getBranchesDictionary","dependsOn":["repository"],"description":"List the history of this branch, tag or commit SHA. Leave empty for the default branch."}
   * @paramDef {"type":"String","label":"Path","name":"path","description":"Only commits that changed this file or directory, e.g. src/app.ts."}
   * @paramDef {"type":"String","label":"Author","name":"author","description":"Only commits by this GitHub login or email address."}
   * @paramDef {"type":"Number","label":"Since","name":"since","uiComponent":{"type":"DATE_TIME_PICKER"},"description":"Only commits made at or after this time."}
   * @paramDef {"type":"Number","label":"Until","name":"until","uiComponent":{"type":"DATE_TIME_PICKER"},"description":"Only commits made before this time."}
   * @paramDef {"type":"Boolean","label":"Fetch All Pages","name":"fetchAll","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"Off: return one page of up to Limit items. On: follow the pages and return up to Limit items in total (at most 1000)."}
   * @paramDef {"type":"Number","label":"Limit","name":"limit","defaultValue":30,"uiComponent":{"type":"NUMERIC_STEPPER"},"description":"Page size (1-100) when Fetch All Pages is off; the total maximum (1-1000) when it is on."}
   * @paramDef {"type":"String","label":"Cursor","name":"cursor","description":"The nextCursor of a previous call with the same parameters, to continue where it stopped. Leave empty to start from the beginning."}
   * @returns {Object}
   * @sampleResult {"items":[{"sha":"6dcb09b5b57875f334f61aebed695e2e4193db5e","node_id":"MDY6Q29tbWl0NmRjYjA5YjViNTc4NzVmMzM0ZjYxYWViZWQ2OTVlMmU0MTkzZGI1ZQ==","url":"https://api.github.com/repos/octocat/Hello-World/commits/6dcb09b5b57875f334f61aebed695e2e4193db5e","html_url":"https://github.com/octocat/Hello-World/commit/6dcb09b5b57875f334f61aebed695e2e4193db5e","commit":{"author":{"name":"Monalisa Octocat","email":"monalisa@example.com","date":"2025-02-03T10:30:00Z"},"committer":{"name":"Monalisa Octocat","email":"monalisa@example.com","date":"2025-02-03T10:30:00Z"},"message":"Fix all the bugs","comment_count":0,"tree":{"sha":"6dcb09b5b57875f334f61aebed695e2e4193db5e","url":"https://api.github.com/repos/octocat/Hello-World/tree/6dcb09b5b57875f334f61aebed695e2e4193db5e"},"verification":{"verified":false,"reason":"unsigned","signature":null,"payload":null}},"author":{"login":"octocat","id":1,"type":"User"},"committer":{"login":"octocat","id":1,"type":"User"},"parents":[{"sha":"7638417db6d59f3c431d3e1f261cc637155684cd","url":"https://api.github.com/repos/octocat/Hello-World/commits/7638417db6d59f3c431d3e1f261cc637155684cd"}]}],"nextCursor":"c1.eyJxIjp7InBlcl9wYWdlIjoiMzAiLCJwYWdlIjoiMiJ9fQ.icr-LovZXi3KYLK2LGXdz3r-sO1GtKs2nK4ECDOPmfw"}
   */
  async listCommits(
    repository: unknown,
    ref: unknown,
    path: unknown,
    author: unknown,
    since: unknown,
    until: unknown,
    fetchAll: unknown,
    limit: unknown,
    cursor: unknown,
  ) {
    return this.#run('repos', 'listCommits', [repository, ref, path, author, since, until, fetchAll, limit, cursor])
  }

  /**
   * @operationName Get File Content
   * @category Files
   * @description Reads one file of a repository (up to 5 MB) at a branch, tag or commit. Returns the decoded text with the file's sha, size, path and html_url; a binary file (not UTF-8 text) comes back as base64 with encoding "base64" and isBinary true. Requires: OAuth scope "repo"; GitHub App permission "Contents: read".
   * @route GET /get-file-content
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"File Path","name":"path","required":true,"description":"The file's path inside the repository, e.g. docs/README.md."}
   * @paramDef {"type":"String","label":"Branch, Tag or Commit","name":"ref","dictionary":"getBranchesDictionary","dependsOn":["repository"],"description":"Read the file as it is on this branch, tag or commit SHA. Leave empty for the default branch."}
   * @returns {Object}
   * @sampleResult {"type":"file","name":"README.md","path":"docs/README.md","sha":"3d21ec53a331a6f037a91c368710b99387d012c1","size":42,"encoding":"utf-8","isBinary":false,"content":"# Hello World\n\nThis is the documentation.\n","html_url":"https://github.com/octocat/Hello-World/blob/main/docs/README.md","download_url":"https://raw.githubusercontent.com/octocat/Hello-World/main/docs/README.md"}
   */
  async getFileContent(repository: unknown, path: unknown, ref: unknown) {
    return this.#run('contents', 'getFileContent', [repository, path, ref])
  }

  /**
   * @operationName List Directory Contents
   * @category Files
   * @description Lists the files, directories, symbolic links and submodules in one directory of a repository (not recursive, up to 1,000 entries) at a branch, tag or commit. Returns each entry's type, name, path, sha, size and html_url. Requires: OAuth scope "repo"; GitHub App permission "Contents: read".
   * @route GET /list-directory-contents
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"Directory Path","name":"path","description":"The directory's path inside the repository, e.g. docs. Leave empty for the top level."}
   * @paramDef {"type":"String","label":"Branch, Tag or Commit","name":"ref","dictionary":"getBranchesDictionary","dependsOn":["repository"],"description":"List the directory as it is on this branch, tag or commit SHA. Leave empty for the default branch."}
   * @returns {Object}
   * @sampleResult {"items":[{"type":"file","name":"README.md","path":"docs/README.md","sha":"3d21ec53a331a6f037a91c368710b99387d012c1","size":42,"html_url":"https://github.com/octocat/Hello-World/blob/main/docs/README.md","download_url":"https://raw.githubusercontent.com/octocat/Hello-World/main/docs/README.md"},{"type":"dir","name":"images","path":"docs/images","sha":"a84d88e7554fc1fa21bcbc4efae3c782a70d2b9d","size":0,"html_url":"https://github.com/octocat/Hello-World/tree/main/docs/images","download_url":null}]}
   */
  async listDirectoryContents(repository: unknown, path: unknown, ref: unknown) {
    return this.#run('contents', 'listDirectoryContents', [repository, path, ref])
  }

  /**
   * @operationName Create or Update File
   * @category Files
   * @description Writes a file to a branch as one commit: creates it when it does not exist, or replaces it, looking up the current version's SHA itself. Content is text (or base64 for binary files, up to 5 MB); files in .github/workflows also need the "workflow" scope. Returns whether the file was created, the file's new sha and the commit. Requires: OAuth scope "repo"; GitHub App permission "Contents: write".
   * @route PUT /create-or-update-file
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"File Path","name":"path","required":true,"description":"The file's path inside the repository, e.g. docs/README.md. Missing directories are created."}
   * @paramDef {"type":"String","label":"Content","name":"content","required":true,"uiComponent":{"type":"MULTI_LINE_TEXT"},"description":"The complete new content of the file, as text (UTF-8). An empty text writes an empty file."}
   * @paramDef {"type":"String","label":"Commit Message","name":"message","required":true,"description":"The message of the commit that writes the file, e.g. Update README."}
   * @paramDef {"type":"String","label":"Branch","name":"branch","dictionary":"getBranchesDictionary","dependsOn":["repository"],"description":"The branch to commit to (it must exist). Leave empty for the default branch."}
   * @paramDef {"type":"Boolean","label":"Content Is Base64","name":"contentIsBase64","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"On: Content is already base64 (e.g. a binary file read with Get File Content) and is written as those bytes."}
   * @paramDef {"type":"String","label":"Committer Name","name":"committerName","description":"Commit as this person instead of the connected account; give Committer Email too."}
   * @paramDef {"type":"String","label":"Committer Email","name":"committerEmail","description":"The committer's email address; give Committer Name too."}
   * @returns {Object}
   * @sampleResult {"created":false,"content":{"name":"README.md","path":"docs/README.md","sha":"95b966ae1c166bd92f8ae7d1c313e738c731dfc3","size":58,"url":"https://api.github.com/repos/octocat/Hello-World/contents/docs/README.md","html_url":"https://github.com/octocat/Hello-World/blob/main/docs/README.md","git_url":"https://api.github.com/repos/octocat/Hello-World/git/blobs/95b966ae1c166bd92f8ae7d1c313e738c731dfc3","download_url":"https://raw.githubusercontent.com/octocat/Hello-World/main/docs/README.md","type":"file"},"commit":{"sha":"7638417db6d59f3c431d3e1f261cc637155684cd","node_id":"MDY6Q29tbWl0NzYzODQxN2RiNmQ1OWYzYzQzMWQzZTFmMjYxY2M2MzcxNTU2ODRjZA==","url":"https://api.github.com/repos/octocat/Hello-World/git/commits/7638417db6d59f3c431d3e1f261cc637155684cd","html_url":"https://github.com/octocat/Hello-World/commit/7638417db6d59f3c431d3e1f261cc637155684cd","author":{"date":"2025-02-03T10:30:00Z","name":"Monalisa Octocat","email":"monalisa@example.com"},"committer":{"date":"2025-02-03T10:30:00Z","name":"Monalisa Octocat","email":"monalisa@example.com"},"message":"Update README","tree":{"url":"https://api.github.com/repos/octocat/Hello-World/git/trees/691272480426f78a0138979dd3ce63b77f706feb","sha":"691272480426f78a0138979dd3ce63b77f706feb"},"parents":[{"url":"https://api.github.com/repos/octocat/Hello-World/git/commits/1acc419d4d6a9ce985db7be48c6349a0475975b5","html_url":"https://github.com/octocat/Hello-World/commit/1acc419d4d6a9ce985db7be48c6349a0475975b5","sha":"1acc419d4d6a9ce985db7be48c6349a0475975b5"}],"verification":{"verified":false,"reason":"unsigned","signature":null,"payload":null}}}
   */
  async createOrUpdateFile(
    repository: unknown,
    path: unknown,
    content: unknown,
    message: unknown,
    branch: unknown,
    contentIsBase64: unknown,
    committerName: unknown,
    committerEmail: unknown,
  ) {
    return this.#run('contents', 'createOrUpdateFile', [
      repository,
      path,
      content,
      message,
      branch,
      contentIsBase64,
      committerName,
      committerEmail,
    ])
  }

  /**
   * @operationName Delete File
   * @category Files
   * @description Deletes one file from a branch as one commit, looking up the file's current SHA itself. Returns the deletion commit (content is null). Requires: OAuth scope "repo"; GitHub App permission "Contents: write".
   * @route DELETE /delete-file
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"File Path","name":"path","required":true,"description":"The path of the file to delete, e.g. docs/old-notes.md."}
   * @paramDef {"type":"String","label":"Commit Message","name":"message","required":true,"description":"The message of the commit that deletes the file, e.g. Remove old notes."}
   * @paramDef {"type":"String","label":"Branch","name":"branch","dictionary":"getBranchesDictionary","dependsOn":["repository"],"description":"The branch to delete the file from. Leave empty for the default branch."}
   * @paramDef {"type":"String","label":"Committer Name","name":"committerName","description":"Commit as this person instead of the connected account; give Committer Email too."}
   * @paramDef {"type":"String","label":"Committer Email","name":"committerEmail","description":"The committer's email address; give Committer Name too."}
   * @returns {Object}
   * @sampleResult {"content":null,"commit":{"sha":"7638417db6d59f3c431d3e1f261cc637155684cd","node_id":"MDY6Q29tbWl0NzYzODQxN2RiNmQ1OWYzYzQzMWQzZTFmMjYxY2M2MzcxNTU2ODRjZA==","url":"https://api.github.com/repos/octocat/Hello-World/git/commits/7638417db6d59f3c431d3e1f261cc637155684cd","html_url":"https://github.com/octocat/Hello-World/commit/7638417db6d59f3c431d3e1f261cc637155684cd","author":{"date":"2025-02-03T10:40:00Z","name":"Monalisa Octocat","email":"monalisa@example.com"},"committer":{"date":"2025-02-03T10:40:00Z","name":"Monalisa Octocat","email":"monalisa@example.com"},"message":"Remove old notes","tree":{"url":"https://api.github.com/repos/octocat/Hello-World/git/trees/691272480426f78a0138979dd3ce63b77f706feb","sha":"691272480426f78a0138979dd3ce63b77f706feb"},"parents":[{"url":"https://api.github.com/repos/octocat/Hello-World/git/commits/1acc419d4d6a9ce985db7be48c6349a0475975b5","html_url":"https://github.com/octocat/Hello-World/commit/1acc419d4d6a9ce985db7be48c6349a0475975b5","sha":"1acc419d4d6a9ce985db7be48c6349a0475975b5"}],"verification":{"verified":false,"reason":"unsigned","signature":null,"payload":null}}}
   */
  async deleteFile(repository: unknown, path: unknown, message: unknown, branch: unknown, committerName: unknown, committerEmail: unknown) {
    return this.#run('contents', 'deleteFile', [repository, path, message, branch, committerName, committerEmail])
  }

  /**
   * @operationName Commit Several Files at Once
   * @category Files
   * @description Writes and deletes many files in a single commit on a branch (one commit and one CI run instead of one per file), then moves the branch forward; if someone pushed meanwhile, nothing changes on the branch and the error says to run again. Returns the commit, the files written and deleted, and changed: false when the files already were as given (no commit made). Requires: OAuth scope "repo"; GitHub App permission "Contents: write".
   * @route POST /commit-files
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"Branch","name":"branch","dictionary":"getBranchesDictionary","dependsOn":["repository"],"description":"The branch to commit to (it must exist). Leave empty for the default branch."}
   * @paramDef {"type":"String","label":"Commit Message","name":"message","required":true,"description":"The message of the one commit, e.g. Update the docs."}
   * @paramDef {"type":"Array","label":"Files","name":"files","required":true,"description":"The changes, at most 300 (10 MiB in all): a list of { \"path\": \"docs/a.md\", \"content\": \"text\" } (add \"contentIsBase64\": true for binary content) and { \"path\": \"old.txt\", \"delete\": true }."}
   * @paramDef {"type":"String","label":"Committer Name","name":"committerName","description":"Commit as this person instead of the connected account; give Committer Email too."}
   * @paramDef {"type":"String","label":"Committer Email","name":"committerEmail","description":"The committer's email address; give Committer Name too."}
   * @returns {Object}
   * @sampleResult {"repository":"octocat/Hello-World","branch":"main","changed":true,"commit":{"sha":"7638417db6d59f3c431d3e1f261cc637155684cd","message":"Update the docs","html_url":"https://github.com/octocat/Hello-World/commit/7638417db6d59f3c431d3e1f261cc637155684cd"},"written":["docs/a.md","docs/b.md"],"deleted":["old.txt"]}
   */
  async commitFiles(
    repository: unknown,
    branch: unknown,
    message: unknown,
    files: unknown,
    committerName: unknown,
    committerEmail: unknown,
  ) {
    return this.#run('git', 'commitFiles', [repository, branch, message, files, committerName, committerEmail])
  }

  /**
   * @registerAs DICTIONARY
   * @operationName Get Repositories Dictionary
   * @description Lists the repositories the connected account can reach, most recently updated first, for picking a repository; typing filters them by owner/name or description.
   * @route POST /get-repositories-dictionary
   * @paramDef {"type":"Object","label":"Payload","name":"payload","description":"Search text and cursor."}
   * @returns {Object}
   * @sampleResult {"items":[{"label":"octocat/Hello-World","value":"octocat/Hello-World","note":"public · This your first repo!"}],"cursor":null}
   */
  async getRepositoriesDictionary(payload: unknown) {
    return this.#run('repos', 'getRepositoriesDictionary', [payload])
  }

  /**
   * @registerAs DICTIONARY
   * @operationName Get Branches Dictionary
   * @description Lists the branches of the selected repository for picking a branch, the default branch first; notes mark the default and protected branches. Typing filters them by name.
   * @route POST /get-branches-dictionary
   * @paramDef {"type":"Object","label":"Payload","name":"payload","description":"Search text, cursor, and criteria.repository (the selected repository)."}
   * @returns {Object}
   * @sampleResult {"items":[{"label":"main","value":"main","note":"default · protected"},{"label":"feature/login","value":"feature/login"}],"cursor":null}
   */
  async getBranchesDictionary(payload: unknown) {
    return this.#run('repos', 'getBranchesDictionary', [payload])
  }

  /**
   * @registerAs DICTIONARY
   * @operationName Get Gitignore Templates Dictionary
   * @description Lists GitHub's .gitignore templates (Node, Python, Java…) for picking one when creating a repository; typing filters them by name.
   * @route POST /get-gitignore-templates-dictionary
   * @paramDef {"type":"Object","label":"Payload","name":"payload","description":"Search text."}
   * @returns {Object}
   * @sampleResult {"items":[{"label":"Node","value":"Node"},{"label":"Python","value":"Python"}],"cursor":null}
   */
  async getGitignoreTemplatesDictionary(payload: unknown) {
    return this.#run('repos', 'getGitignoreTemplatesDictionary', [payload])
  }

  /**
   * @registerAs DICTIONARY
   * @operationName Get Licenses Dictionary
   * @description Lists the commonly used open source licenses GitHub can add to a new repository; the value is the license keyword (e.g. mit). Typing filters them by name or keyword.
   * @route POST /get-licenses-dictionary
   * @paramDef {"type":"Object","label":"Payload","name":"payload","description":"Search text and cursor."}
   * @returns {Object}
   * @sampleResult {"items":[{"label":"MIT License","value":"mit","note":"MIT"},{"label":"Apache License 2.0","value":"apache-2.0","note":"Apache-2.0"}],"cursor":null}
   */
  async getLicensesDictionary(payload: unknown) {
    return this.#run('repos', 'getLicensesDictionary', [payload])
  }
  // #endregion Repositories and files

  // #region Collaborators and deploy keys
  /**
   * @operationName List Collaborators
   * @category Repositories
   * @description Lists the people with access to a repository (outside collaborators, organization members and team members), each with their permissions and role, optionally only those with one permission. Returns them and a cursor for the next page. Requires: OAuth scope "repo"; GitHub App permission "Metadata: read".
   * @route GET /list-collaborators
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"Permission","name":"permission","uiComponent":{"type":"DROPDOWN","options":{"values":["Read","Triage","Write","Maintain","Admin"]}},"description":"Only people with this permission. Empty: everyone."}
   * @paramDef {"type":"Boolean","label":"Fetch All Pages","name":"fetchAll","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"Off: return one page of up to Limit items. On: follow the pages and return up to Limit items in total (at most 1000)."}
   * @paramDef {"type":"Number","label":"Limit","name":"limit","defaultValue":30,"uiComponent":{"type":"NUMERIC_STEPPER"},"description":"Page size (1-100) when Fetch All Pages is off; the total maximum (1-1000) when it is on."}
   * @paramDef {"type":"String","label":"Cursor","name":"cursor","description":"The nextCursor of a previous call with the same parameters, to continue where it stopped. Leave empty to start from the beginning."}
   * @returns {Object}
   * @sampleResult {"items":[{"login":"octocat","id":1,"type":"User","permissions":{"pull":true,"triage":true,"push":true,"maintain":false,"admin":false},"role_name":"write"}],"nextCursor":null}
   */
  async listCollaborators(repository: unknown, permission: unknown, fetchAll: unknown, limit: unknown, cursor: unknown) {
    return this.#run('collaborators', 'listCollaborators', [repository, permission, fetchAll, limit, cursor])
  }

  /**
   * @operationName Add Collaborator
   * @category Repositories
   * @description Invites someone to collaborate on a repository with a permission (Write unless chosen), or changes the permission of an existing collaborator. They become a collaborator when they accept: invited says whether an invitation was sent. Requires: OAuth scope "repo"; GitHub App permission "Administration: write".
   * @route PUT /add-collaborator
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"Username","name":"username","required":true,"dictionary":"getUsersDictionary","description":"The GitHub login to invite, e.g. octocat (type to search)."}
   * @paramDef {"type":"String","label":"Permission","name":"permission","uiComponent":{"type":"DROPDOWN","options":{"values":["Read","Triage","Write","Maintain","Admin"]}},"description":"Read, Triage, Write, Maintain or Admin. Empty: Write."}
   * @returns {Object}
   * @sampleResult {"repository":"octocat/Hello-World","username":"hubot","permission":"push","invited":true,"invitation":{"id":1,"invitee":{"login":"hubot","id":2,"type":"User"},"inviter":{"login":"octocat","id":1,"type":"User"},"permissions":"write","created_at":"2016-06-13T14:52:50-05:00","expired":false}}
   */
  async addCollaborator(repository: unknown, username: unknown, permission: unknown) {
    return this.#run('collaborators', 'addCollaborator', [repository, username, permission])
  }

  /**
   * @operationName Remove Collaborator
   * @category Repositories
   * @description Removes someone's access to a repository as a collaborator (and cancels a pending invitation). Returns the repository and the login. Requires: OAuth scope "repo"; GitHub App permission "Administration: write".
   * @route DELETE /remove-collaborator
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"Username","name":"username","required":true,"dictionary":"getCollaboratorsDictionary","dependsOn":["repository"],"description":"The GitHub login, e.g. octocat."}
   * @returns {Object}
   * @sampleResult {"repository":"octocat/Hello-World","username":"hubot","removed":true}
   */
  async removeCollaborator(repository: unknown, username: unknown) {
    return this.#run('collaborators', 'removeCollaborator', [repository, username])
  }

  /**
   * @operationName Get a User's Permission
   * @category Repositories
   * @description Returns the permission a person has on a repository (admin, write, read or none) and their role (e.g. maintain, triage), whether it comes from collaboration, an organization or a team. Requires: OAuth scope "repo"; GitHub App permission "Metadata: read".
   * @route GET /get-collaborator-permission
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"Username","name":"username","required":true,"dictionary":"getCollaboratorsDictionary","dependsOn":["repository"],"description":"The GitHub login to check, e.g. octocat."}
   * @returns {Object}
   * @sampleResult {"permission":"admin","role_name":"admin","user":{"login":"octocat","id":1,"type":"User"}}
   */
  async getCollaboratorPermission(repository: unknown, username: unknown) {
    return this.#run('collaborators', 'getCollaboratorPermission', [repository, username])
  }

  /**
   * @operationName List Deploy Keys
   * @category Repositories
   * @description Lists a repository's deploy keys with their titles, whether they are read-only, and when they were last used. Returns them and a cursor for the next page. Requires: OAuth scope "repo"; GitHub App permission "Administration: read".
   * @route GET /list-deploy-keys
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Boolean","label":"Fetch All Pages","name":"fetchAll","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"Off: return one page of up to Limit items. On: follow the pages and return up to Limit items in total (at most 1000)."}
   * @paramDef {"type":"Number","label":"Limit","name":"limit","defaultValue":30,"uiComponent":{"type":"NUMERIC_STEPPER"},"description":"Page size (1-100) when Fetch All Pages is off; the total maximum (1-1000) when it is on."}
   * @paramDef {"type":"String","label":"Cursor","name":"cursor","description":"The nextCursor of a previous call with the same parameters, to continue where it stopped. Leave empty to start from the beginning."}
   * @returns {Object}
   * @sampleResult {"items":[{"id":1,"key":"ssh-rsa AAA...","url":"https://api.github.com/repos/octocat/Hello-World/keys/1","title":"octocat@octomac","verified":true,"created_at":"2014-12-10T15:53:42Z","read_only":true,"added_by":"octocat","last_used":"2022-01-10T15:53:42Z","enabled":true}],"nextCursor":null}
   */
  async listDeployKeys(repository: unknown, fetchAll: unknown, limit: unknown, cursor: unknown) {
    return this.#run('deployKeys', 'listDeployKeys', [repository, fetchAll, limit, cursor])
  }

  /**
   * @operationName Create Deploy Key
   * @category Repositories
   * @description Adds an SSH public key that can clone the repository (and push, only if Read Only is turned off). Returns the key with its id. Requires: OAuth scope "repo"; GitHub App permission "Administration: write".
   * @route POST /create-deploy-key
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"Title","name":"title","required":true,"description":"A name for the key, e.g. CI server."}
   * @paramDef {"type":"String","label":"Public Key","name":"key","required":true,"uiComponent":{"type":"MULTI_LINE_TEXT"},"description":"The public key line (the .pub file), e.g. ssh-ed25519 AAAA… ci@example."}
   * @paramDef {"type":"Boolean","label":"Read Only","name":"readOnly","defaultValue":true,"uiComponent":{"type":"TOGGLE"},"description":"Off: the key can push too."}
   * @returns {Object}
   * @sampleResult {"id":1,"key":"ssh-rsa AAA...","url":"https://api.github.com/repos/octocat/Hello-World/keys/1","title":"octocat@octomac","verified":true,"created_at":"2014-12-10T15:53:42Z","read_only":true,"added_by":"octocat","last_used":"2022-01-10T15:53:42Z","enabled":true}
   */
  async createDeployKey(repository: unknown, title: unknown, key: unknown, readOnly: unknown) {
    return this.#run('deployKeys', 'createDeployKey', [repository, title, key, readOnly])
  }

  /**
   * @operationName Delete Deploy Key
   * @category Repositories
   * @description Removes a deploy key from a repository (its holder can no longer clone or push). Returns the repository and the id. Requires: OAuth scope "repo"; GitHub App permission "Administration: write".
   * @route DELETE /delete-deploy-key
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Key ID","name":"keyId","required":true,"uiComponent":{"type":"NUMERIC"},"description":"The key's id, from List Deploy Keys."}
   * @returns {Object}
   * @sampleResult {"repository":"octocat/Hello-World","keyId":1,"deleted":true}
   */
  async deleteDeployKey(repository: unknown, keyId: unknown) {
    return this.#run('deployKeys', 'deleteDeployKey', [repository, keyId])
  }

  /**
   * @registerAs DICTIONARY
   * @operationName Get Collaborators Dictionary
   * @description Lists the selected repository's collaborators for picking: value is the login, the note their role. Search filters logins and names.
   * @route POST /get-collaborators-dictionary
   * @paramDef {"type":"Object","label":"Payload","name":"payload","description":"Search text, cursor, and criteria.repository (the selected repository)."}
   * @returns {Object}
   * @sampleResult {"items":[{"label":"octocat (The Octocat)","value":"octocat","note":"admin"}],"cursor":null}
   */
  async getCollaboratorsDictionary(payload: unknown) {
    return this.#run('collaborators', 'getCollaboratorsDictionary', [payload])
  }
  // #endregion Collaborators and deploy keys

  // #region Stars and watching
  /**
   * @operationName Star Repository
   * @category Repositories
   * @description Stars a repository as the connected account (starring one already starred changes nothing). Returns the repository. Requires: OAuth scope "public_repo"; GitHub App permission "Starring: write".
   * @route PUT /star-repository
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @returns {Object}
   * @sampleResult {"repository":"octocat/Hello-World","starred":true}
   */
  async starRepository(repository: unknown) {
    return this.#run('stars', 'starRepository', [repository])
  }

  /**
   * @operationName Unstar Repository
   * @category Repositories
   * @description Removes the connected account's star from a repository (one not starred is fine). Returns the repository. Requires: OAuth scope "public_repo"; GitHub App permission "Starring: write".
   * @route DELETE /unstar-repository
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @returns {Object}
   * @sampleResult {"repository":"octocat/Hello-World","starred":false}
   */
  async unstarRepository(repository: unknown) {
    return this.#run('stars', 'unstarRepository', [repository])
  }

  /**
   * @operationName List Stargazers
   * @category Repositories
   * @description Lists the people who starred a repository. Returns them and a cursor for the next page. Requires: OAuth scope "repo"; GitHub App permission "Metadata: read".
   * @route GET /list-stargazers
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Boolean","label":"Fetch All Pages","name":"fetchAll","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"Off: return one page of up to Limit items. On: follow the pages and return up to Limit items in total (at most 1000)."}
   * @paramDef {"type":"Number","label":"Limit","name":"limit","defaultValue":30,"uiComponent":{"type":"NUMERIC_STEPPER"},"description":"Page size (1-100) when Fetch All Pages is off; the total maximum (1-1000) when it is on."}
   * @paramDef {"type":"String","label":"Cursor","name":"cursor","description":"The nextCursor of a previous call with the same parameters, to continue where it stopped. Leave empty to start from the beginning."}
   * @returns {Object}
   * @sampleResult {"items":[{"login":"octocat","id":1,"type":"User","html_url":"https://github.com/octocat"}],"nextCursor":null}
   */
  async listStargazers(repository: unknown, fetchAll: unknown, limit: unknown, cursor: unknown) {
    return this.#run('stars', 'listStargazers', [repository, fetchAll, limit, cursor])
  }

  /**
   * @operationName Watch Repository
   * @category Repositories
   * @description Makes the connected account watch a repository (notifications for all its activity), or ignore it (no notifications at all) when Ignore is on. Returns the subscription. Requires: OAuth scope "repo"; GitHub App permission "Watching: write".
   * @route PUT /watch-repository
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Boolean","label":"Ignore","name":"ignore","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"On: no notifications from this repository at all, not even @mentions."}
   * @returns {Object}
   * @sampleResult {"subscribed":true,"ignored":false,"reason":null,"created_at":"2012-10-06T21:34:12Z","url":"https://api.github.com/repos/octocat/example/subscription","repository_url":"https://api.github.com/repos/octocat/example"}
   */
  async watchRepository(repository: unknown, ignore: unknown) {
    return this.#run('stars', 'watchRepository', [repository, ignore])
  }

  /**
   * @operationName Unwatch Repository
   * @category Repositories
   * @description Stops watching (or ignoring) a repository: back to GitHub's default of notifications only when participating or @mentioned. Returns the repository. Requires: OAuth scope "repo"; GitHub App permission "Watching: write".
   * @route DELETE /unwatch-repository
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @returns {Object}
   * @sampleResult {"repository":"octocat/Hello-World","watching":false}
   */
  async unwatchRepository(repository: unknown) {
    return this.#run('stars', 'unwatchRepository', [repository])
  }
  // #endregion Stars and watching

  // #region Webhooks
  /**
   * @operationName List Webhooks
   * @category Repositories
   * @description Lists a repository's webhooks with their address, events, state and last response (secrets masked). Returns the webhooks and a cursor for the next page. Requires: OAuth scope "repo"; GitHub App permission "Webhooks: read".
   * @route GET /list-webhooks
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Boolean","label":"Fetch All Pages","name":"fetchAll","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"Off: return one page of up to Limit items. On: follow the pages and return up to Limit items in total (at most 1000)."}
   * @paramDef {"type":"Number","label":"Limit","name":"limit","defaultValue":30,"uiComponent":{"type":"NUMERIC_STEPPER"},"description":"Page size (1-100) when Fetch All Pages is off; the total maximum (1-1000) when it is on."}
   * @paramDef {"type":"String","label":"Cursor","name":"cursor","description":"The nextCursor of a previous call with the same parameters, to continue where it stopped. Leave empty to start from the beginning."}
   * @returns {Object}
   * @sampleResult {"items":[{"type":"Repository","id":12345678,"name":"web","active":true,"events":["push","pull_request"],"config":{"content_type":"json","insecure_ssl":"0","url":"https://example.com/webhook","secret":"********"},"updated_at":"2019-06-03T00:57:16Z","created_at":"2019-06-03T00:57:16Z","url":"https://api.github.com/repos/octocat/Hello-World/hooks/12345678","test_url":"https://api.github.com/repos/octocat/Hello-World/hooks/12345678/test","ping_url":"https://api.github.com/repos/octocat/Hello-World/hooks/12345678/pings","deliveries_url":"https://api.github.com/repos/octocat/Hello-World/hooks/12345678/deliveries","last_response":{"code":null,"status":"unused","message":null}}],"nextCursor":null}
   */
  async listWebhooks(repository: unknown, fetchAll: unknown, limit: unknown, cursor: unknown) {
    return this.#run('hooks', 'listWebhooks', [repository, fetchAll, limit, cursor])
  }

  /**
   * @operationName Create Webhook
   * @category Repositories
   * @description Adds a webhook that sends the chosen events (push by default, * for all) to an address, signed with a secret if given; GitHub pings it at once. Returns the webhook (its secret masked). Requires: OAuth scope "repo"; GitHub App permission "Webhooks: write".
   * @route POST /create-webhook
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"URL","name":"url","required":true,"description":"Where GitHub sends the events (https://…)."}
   * @paramDef {"type":"Array<String>","label":"Events","name":"events","description":"The events to send, e.g. push, pull_request, issues (* for all). Empty: push."}
   * @paramDef {"type":"String","label":"Secret","name":"secret","description":"Signs each delivery (X-Hub-Signature-256) so the receiver can check it came from GitHub. Never shown again."}
   * @paramDef {"type":"String","label":"Content Type","name":"contentType","uiComponent":{"type":"DROPDOWN","options":{"values":["JSON","Form"]}},"description":"How the payload is sent. Empty: JSON for a new webhook, unchanged otherwise."}
   * @paramDef {"type":"Boolean","label":"Active","name":"active","defaultValue":true,"uiComponent":{"type":"TOGGLE"},"description":"Off: create it without sending anything yet."}
   * @returns {Object}
   * @sampleResult {"type":"Repository","id":12345678,"name":"web","active":true,"events":["push","pull_request"],"config":{"content_type":"json","insecure_ssl":"0","url":"https://example.com/webhook","secret":"********"},"updated_at":"2019-06-03T00:57:16Z","created_at":"2019-06-03T00:57:16Z","url":"https://api.github.com/repos/octocat/Hello-World/hooks/12345678","test_url":"https://api.github.com/repos/octocat/Hello-World/hooks/12345678/test","ping_url":"https://api.github.com/repos/octocat/Hello-World/hooks/12345678/pings","deliveries_url":"https://api.github.com/repos/octocat/Hello-World/hooks/12345678/deliveries","last_response":{"code":null,"status":"unused","message":null}}
   */
  async createWebhook(repository: unknown, url: unknown, events: unknown, secret: unknown, contentType: unknown, active: unknown) {
    return this.#run('hooks', 'createWebhook', [repository, url, events, secret, contentType, active])
  }

  /**
   * @operationName Update Webhook
   * @category Repositories
   * @description Changes a webhook's address, events, secret, content type or state; only what is given changes (the secret stays unless a new one is given). Returns the webhook (its secret masked). Requires: OAuth scope "repo"; GitHub App permission "Webhooks: write".
   * @route PUT /update-webhook
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Webhook","name":"hookId","required":true,"dictionary":"getWebhooksDictionary","dependsOn":["repository"],"description":"The webhook's id (pick it from the list)."}
   * @paramDef {"type":"String","label":"URL","name":"url","description":"Where GitHub sends the events (https://…)."}
   * @paramDef {"type":"Array<String>","label":"Events","name":"events","description":"The events to send from now on (replaces the list). Empty: unchanged."}
   * @paramDef {"type":"String","label":"Secret","name":"secret","description":"A new secret. Empty: the current one stays."}
   * @paramDef {"type":"String","label":"Content Type","name":"contentType","uiComponent":{"type":"DROPDOWN","options":{"values":["JSON","Form"]}},"description":"How the payload is sent. Empty: JSON for a new webhook, unchanged otherwise."}
   * @paramDef {"type":"Boolean","label":"Active","name":"active","uiComponent":{"type":"TOGGLE"},"description":"Turn deliveries on or off. Empty: unchanged."}
   * @returns {Object}
   * @sampleResult {"type":"Repository","id":12345678,"name":"web","active":true,"events":["push","pull_request"],"config":{"content_type":"json","insecure_ssl":"0","url":"https://example.com/webhook","secret":"********"},"updated_at":"2019-06-03T00:57:16Z","created_at":"2019-06-03T00:57:16Z","url":"https://api.github.com/repos/octocat/Hello-World/hooks/12345678","test_url":"https://api.github.com/repos/octocat/Hello-World/hooks/12345678/test","ping_url":"https://api.github.com/repos/octocat/Hello-World/hooks/12345678/pings","deliveries_url":"https://api.github.com/repos/octocat/Hello-World/hooks/12345678/deliveries","last_response":{"code":null,"status":"unused","message":null}}
   */
  async updateWebhook(
    repository: unknown,
    hookId: unknown,
    url: unknown,
    events: unknown,
    secret: unknown,
    contentType: unknown,
    active: unknown,
  ) {
    return this.#run('hooks', 'updateWebhook', [repository, hookId, url, events, secret, contentType, active])
  }

  /**
   * @operationName Delete Webhook
   * @category Repositories
   * @description Deletes a webhook; GitHub stops sending its events. Returns the repository and the deleted id. Requires: OAuth scope "repo"; GitHub App permission "Webhooks: write".
   * @route DELETE /delete-webhook
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Webhook","name":"hookId","required":true,"dictionary":"getWebhooksDictionary","dependsOn":["repository"],"description":"The webhook's id (pick it from the list)."}
   * @returns {Object}
   * @sampleResult {"repository":"octocat/Hello-World","hookId":12345678,"deleted":true}
   */
  async deleteWebhook(repository: unknown, hookId: unknown) {
    return this.#run('hooks', 'deleteWebhook', [repository, hookId])
  }

  /**
   * @operationName Ping Webhook
   * @category Repositories
   * @description Asks GitHub to send the webhook a ping event, to check that its receiver answers. Returns the repository and the id. Requires: OAuth scope "repo"; GitHub App permission "Webhooks: read".
   * @route POST /ping-webhook
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Webhook","name":"hookId","required":true,"dictionary":"getWebhooksDictionary","dependsOn":["repository"],"description":"The webhook's id (pick it from the list)."}
   * @returns {Object}
   * @sampleResult {"repository":"octocat/Hello-World","hookId":12345678,"pinged":true}
   */
  async pingWebhook(repository: unknown, hookId: unknown) {
    return this.#run('hooks', 'pingWebhook', [repository, hookId])
  }

  /**
   * @operationName List Webhook Deliveries
   * @category Repositories
   * @description Lists a webhook's recent deliveries, newest first: event, action, when, how long it took and the receiver's HTTP status. Returns the deliveries and a cursor for the next page. Requires: OAuth scope "repo"; GitHub App permission "Webhooks: read".
   * @route GET /list-webhook-deliveries
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Webhook","name":"hookId","required":true,"dictionary":"getWebhooksDictionary","dependsOn":["repository"],"description":"The webhook's id (pick it from the list)."}
   * @paramDef {"type":"Boolean","label":"Fetch All Pages","name":"fetchAll","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"Off: return one page of up to Limit items. On: follow the pages and return up to Limit items in total (at most 1000)."}
   * @paramDef {"type":"Number","label":"Limit","name":"limit","defaultValue":30,"uiComponent":{"type":"NUMERIC_STEPPER"},"description":"Page size (1-100) when Fetch All Pages is off; the total maximum (1-1000) when it is on."}
   * @paramDef {"type":"String","label":"Cursor","name":"cursor","description":"The nextCursor of a previous call with the same parameters, to continue where it stopped. Leave empty to start from the beginning."}
   * @returns {Object}
   * @sampleResult {"items":[{"id":12345678,"guid":"0b989ba4-242f-11e5-81e1-c7b6966d2516","delivered_at":"2019-06-03T00:57:16Z","redelivery":false,"duration":0.27,"status":"OK","status_code":200,"event":"issues","action":"opened","installation_id":null,"repository_id":123}],"nextCursor":null}
   */
  async listWebhookDeliveries(repository: unknown, hookId: unknown, fetchAll: unknown, limit: unknown, cursor: unknown) {
    return this.#run('hooks', 'listWebhookDeliveries', [repository, hookId, fetchAll, limit, cursor])
  }

  /**
   * @operationName Redeliver Webhook Delivery
   * @category Repositories
   * @description Asks GitHub to send a past delivery of a webhook again (e.g. after the receiver was down). Returns the ids. Requires: OAuth scope "repo"; GitHub App permission "Webhooks: write".
   * @route POST /redeliver-webhook
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Webhook","name":"hookId","required":true,"dictionary":"getWebhooksDictionary","dependsOn":["repository"],"description":"The webhook's id (pick it from the list)."}
   * @paramDef {"type":"Number","label":"Delivery ID","name":"deliveryId","required":true,"uiComponent":{"type":"NUMERIC"},"description":"The delivery's id, from List Webhook Deliveries."}
   * @returns {Object}
   * @sampleResult {"repository":"octocat/Hello-World","hookId":12345678,"deliveryId":12345678,"redelivered":true}
   */
  async redeliverWebhook(repository: unknown, hookId: unknown, deliveryId: unknown) {
    return this.#run('hooks', 'redeliverWebhook', [repository, hookId, deliveryId])
  }

  /**
   * @registerAs DICTIONARY
   * @operationName Get Webhooks Dictionary
   * @description Lists the selected repository's webhooks for picking: value is the id, the label its address, the note its events. Search filters addresses and events.
   * @route POST /get-webhooks-dictionary
   * @paramDef {"type":"Object","label":"Payload","name":"payload","description":"Search text, cursor, and criteria.repository (the selected repository)."}
   * @returns {Object}
   * @sampleResult {"items":[{"label":"https://example.com/webhook","value":12345678,"note":"push, pull_request"}],"cursor":null}
   */
  async getWebhooksDictionary(payload: unknown) {
    return this.#run('hooks', 'getWebhooksDictionary', [payload])
  }
  // #endregion Webhooks

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
    return this.#run('users', 'getAuthenticatedUser', [])
  }

  /**
   * @operationName Get User
   * @category Users and Organizations
   * @description Returns the public profile of a GitHub user or organization account by login: name, company, location, bio, public email (when the person made it public), counts of public repositories and followers, and profile URLs. Requires: OAuth scope "(none)"; GitHub App permission "(none)".
   * @route GET /get-user
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Username","name":"username","required":true,"description":"The account's login, e.g. octocat."}
   * @returns {Object}
   * @sampleResult {"login":"octocat","id":583231,"node_id":"MDQ6VXNlcjU4MzIzMQ==","avatar_url":"https://avatars.githubusercontent.com/u/583231?v=4","html_url":"https://github.com/octocat","type":"User","site_admin":false,"name":"The Octocat","company":"@github","blog":"https://github.blog","location":"San Francisco","email":null,"hireable":null,"bio":null,"twitter_username":null,"public_repos":8,"public_gists":8,"followers":20000,"following":9,"created_at":"2011-01-25T18:44:36Z","updated_at":"2025-01-22T12:00:00Z"}
   */
  async getUser(username: unknown) {
    return this.#run('users', 'getUser', [username])
  }

  /**
   * @operationName List My Organizations
   * @category Users and Organizations
   * @description Lists the organizations the connected account belongs to and that the connection may see (with a GitHub App: those where the app is installed). Returns each organization's login, id, description and URLs, and a cursor for the next page. Requires: OAuth scope "read:org"; GitHub App permission "Members: read".
   * @route GET /list-my-organizations
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"Boolean","label":"Fetch All Pages","name":"fetchAll","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"Off: return one page of up to Limit items. On: follow the pages and return up to Limit items in total (at most 1000)."}
   * @paramDef {"type":"Number","label":"Limit","name":"limit","defaultValue":30,"uiComponent":{"type":"NUMERIC_STEPPER"},"description":"Page size (1-100) when Fetch All Pages is off; the total maximum (1-1000) when it is on."}
   * @paramDef {"type":"String","label":"Cursor","name":"cursor","description":"The nextCursor of a previous call with the same parameters, to continue where it stopped. Leave empty to start from the beginning."}
   * @returns {Object}
   * @sampleResult {"items":[{"login":"github","id":1,"node_id":"MDEyOk9yZ2FuaXphdGlvbjE=","url":"https://api.github.com/orgs/github","repos_url":"https://api.github.com/orgs/github/repos","events_url":"https://api.github.com/orgs/github/events","hooks_url":"https://api.github.com/orgs/github/hooks","issues_url":"https://api.github.com/orgs/github/issues","members_url":"https://api.github.com/orgs/github/members{/member}","public_members_url":"https://api.github.com/orgs/github/public_members{/member}","avatar_url":"https://avatars.githubusercontent.com/u/9919?v=4","description":"How people build software."}],"nextCursor":null}
   */
  async listMyOrganizations(fetchAll: unknown, limit: unknown, cursor: unknown) {
    return this.#run('users', 'listMyOrganizations', [fetchAll, limit, cursor])
  }

  /**
   * @operationName Get Organization
   * @category Users and Organizations
   * @description Returns an organization's profile: name, description, blog, location, email, public repository count, plan and settings visible to the connected account. Requires: OAuth scope "read:org"; GitHub App permission "Members: read".
   * @route GET /get-organization
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Organization","name":"organization","required":true,"dictionary":"getOrganizationsDictionary","description":"The organization login, e.g. github."}
   * @returns {Object}
   * @sampleResult {"login":"github","id":1,"url":"https://api.github.com/orgs/github","html_url":"https://github.com/octocat","name":"github","company":"GitHub","blog":"https://github.com/blog","location":"San Francisco","email":"octocat@github.com","description":"A great organization","public_repos":2,"followers":20,"created_at":"2008-01-14T04:33:35Z","type":"Organization"}
   */
  async getOrganization(organization: unknown) {
    return this.#run('orgs', 'getOrganization', [organization])
  }

  /**
   * @operationName List Organization Members
   * @category Users and Organizations
   * @description Lists an organization's members (all of them when the connected account is a member, the public ones otherwise), optionally only admins or only members. Returns them and a cursor for the next page. Requires: OAuth scope "read:org"; GitHub App permission "Members: read".
   * @route GET /list-organization-members
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Organization","name":"organization","required":true,"dictionary":"getOrganizationsDictionary","description":"The organization login, e.g. github."}
   * @paramDef {"type":"String","label":"Role","name":"role","uiComponent":{"type":"DROPDOWN","options":{"values":["All","Admins","Members"]}},"description":"Only owners (Admins) or only Members. Empty: all."}
   * @paramDef {"type":"Boolean","label":"Fetch All Pages","name":"fetchAll","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"Off: return one page of up to Limit items. On: follow the pages and return up to Limit items in total (at most 1000)."}
   * @paramDef {"type":"Number","label":"Limit","name":"limit","defaultValue":30,"uiComponent":{"type":"NUMERIC_STEPPER"},"description":"Page size (1-100) when Fetch All Pages is off; the total maximum (1-1000) when it is on."}
   * @paramDef {"type":"String","label":"Cursor","name":"cursor","description":"The nextCursor of a previous call with the same parameters, to continue where it stopped. Leave empty to start from the beginning."}
   * @returns {Object}
   * @sampleResult {"items":[{"login":"octocat","id":1,"type":"User","html_url":"https://github.com/octocat"}],"nextCursor":null}
   */
  async listOrganizationMembers(organization: unknown, role: unknown, fetchAll: unknown, limit: unknown, cursor: unknown) {
    return this.#run('orgs', 'listOrganizationMembers', [organization, role, fetchAll, limit, cursor])
  }

  /**
   * @operationName Check Organization Membership
   * @category Users and Organizations
   * @description Says whether a person is a member of an organization (member: true or false; not an error either way). A non-member asking sees public memberships only. Requires: OAuth scope "read:org"; GitHub App permission "Members: read".
   * @route GET /check-organization-membership
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Organization","name":"organization","required":true,"dictionary":"getOrganizationsDictionary","description":"The organization login, e.g. github."}
   * @paramDef {"type":"String","label":"Username","name":"username","required":true,"dictionary":"getUsersDictionary","description":"The GitHub login, e.g. octocat."}
   * @returns {Object}
   * @sampleResult {"organization":"github","username":"octocat","member":true}
   */
  async checkOrganizationMembership(organization: unknown, username: unknown) {
    return this.#run('orgs', 'checkOrganizationMembership', [organization, username])
  }

  /**
   * @operationName Invite to Organization
   * @category Users and Organizations
   * @description Invites a GitHub user (by login) or an email address to an organization as a member, admin or billing manager; they join once they accept. Returns the invitation. Requires: OAuth scope "admin:org"; GitHub App permission "Members: write".
   * @route POST /invite-to-organization
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Organization","name":"organization","required":true,"dictionary":"getOrganizationsDictionary","description":"The organization login, e.g. github."}
   * @paramDef {"type":"String","label":"Invitee","name":"invitee","required":true,"dictionary":"getUsersDictionary","description":"A GitHub login (e.g. octocat) or an email address (e.g. mona@example.com)."}
   * @paramDef {"type":"String","label":"Role","name":"role","defaultValue":"Direct Member","uiComponent":{"type":"DROPDOWN","options":{"values":["Direct Member","Admin","Billing Manager"]}},"description":"Admins can manage the whole organization; billing managers only its billing."}
   * @returns {Object}
   * @sampleResult {"id":1,"login":"octocat","email":null,"role":"direct_member","created_at":"2016-11-30T06:46:10-08:00","invitation_teams_url":"https://api.github.com/organizations/2/invitations/1/teams"}
   */
  async inviteToOrganization(organization: unknown, invitee: unknown, role: unknown) {
    return this.#run('orgs', 'inviteToOrganization', [organization, invitee, role])
  }

  /**
   * @operationName Remove Organization Member
   * @category Users and Organizations
   * @description Removes a person from an organization: they lose access to its repositories and teams. Returns the organization and the login. Requires: OAuth scope "admin:org"; GitHub App permission "Members: write".
   * @route DELETE /remove-organization-member
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Organization","name":"organization","required":true,"dictionary":"getOrganizationsDictionary","description":"The organization login, e.g. github."}
   * @paramDef {"type":"String","label":"Username","name":"username","required":true,"dictionary":"getUsersDictionary","description":"The GitHub login, e.g. octocat."}
   * @returns {Object}
   * @sampleResult {"organization":"octo-org","username":"octocat","removed":true}
   */
  async removeOrganizationMember(organization: unknown, username: unknown) {
    return this.#run('orgs', 'removeOrganizationMember', [organization, username])
  }

  /**
   * @operationName Get a User's Public Keys
   * @category Users and Organizations
   * @description Lists the public SSH keys a GitHub user added to their account (public information), e.g. to grant them server access. Returns the keys and a cursor for the next page. Requires: OAuth scope "(none)"; GitHub App permission "(none)".
   * @route GET /get-user-public-keys
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Username","name":"username","required":true,"dictionary":"getUsersDictionary","description":"The GitHub login, e.g. octocat."}
   * @paramDef {"type":"Boolean","label":"Fetch All Pages","name":"fetchAll","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"Off: return one page of up to Limit items. On: follow the pages and return up to Limit items in total (at most 1000)."}
   * @paramDef {"type":"Number","label":"Limit","name":"limit","defaultValue":30,"uiComponent":{"type":"NUMERIC_STEPPER"},"description":"Page size (1-100) when Fetch All Pages is off; the total maximum (1-1000) when it is on."}
   * @paramDef {"type":"String","label":"Cursor","name":"cursor","description":"The nextCursor of a previous call with the same parameters, to continue where it stopped. Leave empty to start from the beginning."}
   * @returns {Object}
   * @sampleResult {"items":[{"id":1,"key":"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI…","created_at":"2024-01-10T15:53:42Z"}],"nextCursor":null}
   */
  async getUserPublicKeys(username: unknown, fetchAll: unknown, limit: unknown, cursor: unknown) {
    return this.#run('users', 'getUserPublicKeys', [username, fetchAll, limit, cursor])
  }

  /**
   * @operationName List Notifications
   * @category Users and Organizations
   * @description Lists the connected account's notifications, newest first: unread ones unless All is on, optionally only those it participates in or since a time. Returns the threads and a cursor for the next page. Requires: OAuth scope "notifications"; GitHub App permission "(none)".
   * @route GET /list-notifications
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"Boolean","label":"All","name":"all","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"On: read ones too."}
   * @paramDef {"type":"Boolean","label":"Participating","name":"participating","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"On: only threads it takes part in or is @mentioned in."}
   * @paramDef {"type":"Number","label":"Since","name":"since","uiComponent":{"type":"DATE_TIME_PICKER"},"description":"Only notifications updated at or after this time."}
   * @paramDef {"type":"Boolean","label":"Fetch All Pages","name":"fetchAll","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"Off: return one page of up to Limit items. On: follow the pages and return up to Limit items in total (at most 1000)."}
   * @paramDef {"type":"Number","label":"Limit","name":"limit","defaultValue":30,"uiComponent":{"type":"NUMERIC_STEPPER"},"description":"Page size (1-100) when Fetch All Pages is off; the total maximum (1-1000) when it is on."}
   * @paramDef {"type":"String","label":"Cursor","name":"cursor","description":"The nextCursor of a previous call with the same parameters, to continue where it stopped. Leave empty to start from the beginning."}
   * @returns {Object}
   * @sampleResult {"items":[{"id":"1","unread":true,"reason":"subscribed","updated_at":"2014-11-07T22:01:45Z","subject":{"title":"Greetings","url":"https://api.github.com/repos/octokit/octokit.rb/issues/123","type":"Issue"},"url":"https://api.github.com/notifications/threads/1"}],"nextCursor":null}
   */
  async listNotifications(all: unknown, participating: unknown, since: unknown, fetchAll: unknown, limit: unknown, cursor: unknown) {
    return this.#run('orgs', 'listNotifications', [all, participating, since, fetchAll, limit, cursor])
  }

  /**
   * @operationName Mark Notifications as Read
   * @category Users and Organizations
   * @description Marks one notification thread as read (Thread ID), or all notifications up to a time (no Thread ID; Before empty: now). Returns what was marked. Requires: OAuth scope "notifications"; GitHub App permission "(none)".
   * @route PUT /mark-notifications-read
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Thread ID","name":"threadId","description":"The thread to mark, from List Notifications. Empty: all notifications."}
   * @paramDef {"type":"Number","label":"Before","name":"before","uiComponent":{"type":"DATE_TIME_PICKER"},"description":"With no Thread ID: mark those updated before this time. Empty: now."}
   * @returns {Object}
   * @sampleResult {"marked":"thread","threadId":"1"}
   */
  async markNotificationsRead(threadId: unknown, before: unknown) {
    return this.#run('orgs', 'markNotificationsRead', [threadId, before])
  }

  /**
   * @operationName Create Gist
   * @category Gists
   * @description Creates a gist owned by the connected account from one file (File Name and Content) plus, optionally, more files given as an object {"name": "content"}; secret by default, or public. Returns the gist with its id, html_url and files. Requires: OAuth scope "gist"; GitHub App permission "Gists: write".
   * @route POST /create-gist
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Description","name":"description","description":"A short description of the gist."}
   * @paramDef {"type":"Boolean","label":"Public","name":"isPublic","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"On: anyone can find the gist. Off: a secret gist, visible only to people with its link."}
   * @paramDef {"type":"String","label":"File Name","name":"fileName","required":true,"description":"The name of the gist's file, with an extension for syntax highlighting, e.g. notes.md."}
   * @paramDef {"type":"String","label":"Content","name":"content","required":true,"uiComponent":{"type":"MULTI_LINE_TEXT"},"description":"The file's text; it cannot be empty."}
   * @paramDef {"type":"Object","label":"More Files","name":"moreFiles","description":"More files as an object of file name to text, e.g. {\"data.json\": \"{}\", \"run.sh\": \"echo hi\"}."}
   * @returns {Object}
   * @sampleResult {"id":"aa5a315d61ae9438b18d","node_id":"MDQ6R2lzdGFhNWEzMTVkNjFhZTk0MzhiMThk","url":"https://api.github.com/gists/aa5a315d61ae9438b18d","html_url":"https://gist.github.com/octocat/aa5a315d61ae9438b18d","git_pull_url":"https://gist.github.com/aa5a315d61ae9438b18d.git","public":false,"description":"Build notes","files":{"notes.md":{"filename":"notes.md","type":"text/markdown","language":"Markdown","raw_url":"https://gist.githubusercontent.com/octocat/aa5a315d61ae9438b18d/raw/5d7a3f8ad2b4d0e6f0f6e5b8a3c2d1e0f9a8b7c6/notes.md","size":22,"truncated":false,"content":"# Build notes\n\nAll green."}},"owner":{"login":"octocat","id":1,"type":"User"},"comments":0,"created_at":"2025-02-03T11:00:00Z","updated_at":"2025-02-03T11:00:00Z","truncated":false}
   */
  async createGist(description: unknown, isPublic: unknown, fileName: unknown, content: unknown, moreFiles: unknown) {
    return this.#run('gists', 'createGist', [description, isPublic, fileName, content, moreFiles])
  }

  /**
   * @operationName Get Gist
   * @category Gists
   * @description Returns a gist with its description and its files' content (a file over 1 MB comes truncated, with its raw_url to fetch in full). Requires: OAuth scope "gist"; GitHub App permission "Gists: read".
   * @route GET /get-gist
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Gist","name":"gistId","required":true,"dictionary":"getGistsDictionary","description":"The gist (pick one of yours, or give its id: the last part of its URL)."}
   * @returns {Object}
   * @sampleResult {"id":"aa5a315d61ae9438b18d","node_id":"MDQ6R2lzdGFhNWEzMTVkNjFhZTk0MzhiMThk","url":"https://api.github.com/gists/aa5a315d61ae9438b18d","html_url":"https://gist.github.com/octocat/aa5a315d61ae9438b18d","git_pull_url":"https://gist.github.com/aa5a315d61ae9438b18d.git","public":false,"description":"Build notes","files":{"notes.md":{"filename":"notes.md","type":"text/markdown","language":"Markdown","raw_url":"https://gist.githubusercontent.com/octocat/aa5a315d61ae9438b18d/raw/5d7a3f8ad2b4d0e6f0f6e5b8a3c2d1e0f9a8b7c6/notes.md","size":22,"truncated":false,"content":"# Build notes\n\nAll green."}},"owner":{"login":"octocat","id":1,"type":"User"},"comments":0,"created_at":"2025-02-03T11:00:00Z","updated_at":"2025-02-03T11:00:00Z","truncated":false}
   */
  async getGist(gistId: unknown) {
    return this.#run('gists', 'getGist', [gistId])
  }

  /**
   * @operationName List Gists
   * @category Gists
   * @description Lists the connected account's gists, newest first, optionally only those updated since a time (without their content). Returns them and a cursor for the next page. Requires: OAuth scope "gist"; GitHub App permission "Gists: read".
   * @route GET /list-gists
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"Number","label":"Updated Since","name":"since","uiComponent":{"type":"DATE_TIME_PICKER"},"description":"Only gists updated at or after this time."}
   * @paramDef {"type":"Boolean","label":"Fetch All Pages","name":"fetchAll","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"Off: return one page of up to Limit items. On: follow the pages and return up to Limit items in total (at most 1000)."}
   * @paramDef {"type":"Number","label":"Limit","name":"limit","defaultValue":30,"uiComponent":{"type":"NUMERIC_STEPPER"},"description":"Page size (1-100) when Fetch All Pages is off; the total maximum (1-1000) when it is on."}
   * @paramDef {"type":"String","label":"Cursor","name":"cursor","description":"The nextCursor of a previous call with the same parameters, to continue where it stopped. Leave empty to start from the beginning."}
   * @returns {Object}
   * @sampleResult {"items":[{"id":"aa5a315d61ae9438b18d","url":"https://api.github.com/gists/aa5a315d61ae9438b18d","html_url":"https://gist.github.com/octocat/aa5a315d61ae9438b18d","public":false,"description":"Build notes","files":{"notes.md":{"filename":"notes.md","language":"Markdown","size":22}},"created_at":"2010-04-14T02:15:15Z","updated_at":"2011-06-20T11:34:15Z"}],"nextCursor":null}
   */
  async listGists(since: unknown, fetchAll: unknown, limit: unknown, cursor: unknown) {
    return this.#run('gists', 'listGists', [since, fetchAll, limit, cursor])
  }

  /**
   * @operationName Update Gist
   * @category Gists
   * @description Changes a gist: its description, one file (File Name and Content), more files as {"name": "content"}, and files to delete; the other files stay. Returns the gist. Requires: OAuth scope "gist"; GitHub App permission "Gists: write".
   * @route PUT /update-gist
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Gist","name":"gistId","required":true,"dictionary":"getGistsDictionary","description":"The gist (pick one of yours, or give its id: the last part of its URL)."}
   * @paramDef {"type":"String","label":"Description","name":"description","description":"A short description of the gist."}
   * @paramDef {"type":"String","label":"File Name","name":"fileName","required":false,"description":"A file to add or replace, e.g. notes.md (give Content too)."}
   * @paramDef {"type":"String","label":"Content","name":"content","required":false,"uiComponent":{"type":"MULTI_LINE_TEXT"},"description":"That file's new text; it cannot be empty."}
   * @paramDef {"type":"Object","label":"More Files","name":"moreFiles","description":"More files to add or replace, as an object of file name to text."}
   * @paramDef {"type":"Array<String>","label":"Delete Files","name":"deleteFiles","description":"Names of files to remove from the gist."}
   * @returns {Object}
   * @sampleResult {"id":"aa5a315d61ae9438b18d","node_id":"MDQ6R2lzdGFhNWEzMTVkNjFhZTk0MzhiMThk","url":"https://api.github.com/gists/aa5a315d61ae9438b18d","html_url":"https://gist.github.com/octocat/aa5a315d61ae9438b18d","git_pull_url":"https://gist.github.com/aa5a315d61ae9438b18d.git","public":false,"description":"Build notes","files":{"notes.md":{"filename":"notes.md","type":"text/markdown","language":"Markdown","raw_url":"https://gist.githubusercontent.com/octocat/aa5a315d61ae9438b18d/raw/5d7a3f8ad2b4d0e6f0f6e5b8a3c2d1e0f9a8b7c6/notes.md","size":22,"truncated":false,"content":"# Build notes\n\nAll green."}},"owner":{"login":"octocat","id":1,"type":"User"},"comments":0,"created_at":"2025-02-03T11:00:00Z","updated_at":"2025-02-03T11:00:00Z","truncated":false}
   */
  async updateGist(gistId: unknown, description: unknown, fileName: unknown, content: unknown, moreFiles: unknown, deleteFiles: unknown) {
    return this.#run('gists', 'updateGist', [gistId, description, fileName, content, moreFiles, deleteFiles])
  }

  /**
   * @operationName Delete Gist
   * @category Gists
   * @description Deletes a gist of the connected account. Returns the deleted id. Requires: OAuth scope "gist"; GitHub App permission "Gists: write".
   * @route DELETE /delete-gist
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Gist","name":"gistId","required":true,"dictionary":"getGistsDictionary","description":"The gist (pick one of yours, or give its id: the last part of its URL)."}
   * @returns {Object}
   * @sampleResult {"gistId":"aa5a315d61ae9438b18d","deleted":true}
   */
  async deleteGist(gistId: unknown) {
    return this.#run('gists', 'deleteGist', [gistId])
  }

  /**
   * @registerAs DICTIONARY
   * @operationName Get Organizations Dictionary
   * @description Lists the organizations the connected account belongs to, for picking an organization; typing filters them by login or description.
   * @route POST /get-organizations-dictionary
   * @paramDef {"type":"Object","label":"Payload","name":"payload","description":"Search text and cursor."}
   * @returns {Object}
   * @sampleResult {"items":[{"label":"octo-org","value":"octo-org","note":"The Octo organization"}],"cursor":null}
   */
  async getOrganizationsDictionary(payload: unknown) {
    return this.#run('users', 'getOrganizationsDictionary', [payload])
  }

  /**
   * @registerAs DICTIONARY
   * @operationName Get Owners Dictionary
   * @description Lists you and the organizations you belong to, for picking who owns something new; typing filters them.
   * @route POST /get-owners-dictionary
   * @paramDef {"type":"Object","label":"Payload","name":"payload","description":"Search text and cursor."}
   * @returns {Object}
   * @sampleResult {"items":[{"label":"octocat","value":"octocat","note":"you"},{"label":"octo-org","value":"octo-org","note":"The Octo organization"}],"cursor":null}
   */
  async getOwnersDictionary(payload: unknown) {
    return this.#run('users', 'getOwnersDictionary', [payload])
  }

  /**
   * @registerAs DICTIONARY
   * @operationName Get Gists Dictionary
   * @description Lists the connected account's gists, newest first, for picking: value is the id, the label its description (or first file), the note its visibility and files. Search filters descriptions and file names.
   * @route POST /get-gists-dictionary
   * @paramDef {"type":"Object","label":"Payload","name":"payload","description":"Search text and cursor."}
   * @returns {Object}
   * @sampleResult {"items":[{"label":"Build notes","value":"aa5a315d61ae9438b18d","note":"secret · notes.md"}],"cursor":null}
   */
  async getGistsDictionary(payload: unknown) {
    return this.#run('gists', 'getGistsDictionary', [payload])
  }
  // #endregion Users, organisations and gists

  // #region Teams
  /**
   * @operationName List Teams
   * @category Users and Organizations
   * @description Lists an organization's teams you can see, with their slug, privacy and description. Returns them and a cursor for the next page. Requires: OAuth scope "read:org"; GitHub App permission "Members: read".
   * @route GET /list-teams
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Organization","name":"organization","required":true,"dictionary":"getOrganizationsDictionary","description":"The organization login, e.g. github."}
   * @paramDef {"type":"Boolean","label":"Fetch All Pages","name":"fetchAll","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"Off: return one page of up to Limit items. On: follow the pages and return up to Limit items in total (at most 1000)."}
   * @paramDef {"type":"Number","label":"Limit","name":"limit","defaultValue":30,"uiComponent":{"type":"NUMERIC_STEPPER"},"description":"Page size (1-100) when Fetch All Pages is off; the total maximum (1-1000) when it is on."}
   * @paramDef {"type":"String","label":"Cursor","name":"cursor","description":"The nextCursor of a previous call with the same parameters, to continue where it stopped. Leave empty to start from the beginning."}
   * @returns {Object}
   * @sampleResult {"items":[{"id":1,"node_id":"MDQ6VGVhbTE=","url":"https://api.github.com/teams/1","html_url":"https://github.com/orgs/github/teams/justice-league","name":"Justice League","slug":"justice-league","description":"A great team.","privacy":"closed","permission":"admin","members_count":3,"repos_count":10}],"nextCursor":null}
   */
  async listTeams(organization: unknown, fetchAll: unknown, limit: unknown, cursor: unknown) {
    return this.#run('teams', 'listTeams', [organization, fetchAll, limit, cursor])
  }

  /**
   * @operationName Create Team
   * @category Users and Organizations
   * @description Creates a team in an organization (secret unless asked); you become its maintainer. Returns the team with its slug. Requires: OAuth scope "admin:org"; GitHub App permission "Members: write".
   * @route POST /create-team
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Organization","name":"organization","required":true,"dictionary":"getOrganizationsDictionary","description":"The organization login, e.g. github."}
   * @paramDef {"type":"String","label":"Name","name":"name","required":true,"description":"The team name, e.g. Justice League."}
   * @paramDef {"type":"String","label":"Description","name":"description","description":"What the team is for."}
   * @paramDef {"type":"String","label":"Privacy","name":"privacy","uiComponent":{"type":"DROPDOWN","options":{"values":["Visible (closed)","Secret"]}},"description":"Visible: every member of the organization sees the team. Secret: only its members and owners."}
   * @returns {Object}
   * @sampleResult {"id":1,"node_id":"MDQ6VGVhbTE=","url":"https://api.github.com/teams/1","html_url":"https://github.com/orgs/github/teams/justice-league","name":"Justice League","slug":"justice-league","description":"A great team.","privacy":"closed","permission":"admin","members_count":3,"repos_count":10}
   */
  async createTeam(organization: unknown, name: unknown, description: unknown, privacy: unknown) {
    return this.#run('teams', 'createTeam', [organization, name, description, privacy])
  }

  /**
   * @operationName Update Team
   * @category Users and Organizations
   * @description Renames a team or changes its description or privacy; what is left empty stays. A new name changes the slug. Returns the team. Requires: OAuth scope "admin:org"; GitHub App permission "Members: write".
   * @route PUT /update-team
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Organization","name":"organization","required":true,"dictionary":"getOrganizationsDictionary","description":"The organization login, e.g. github."}
   * @paramDef {"type":"String","label":"Team","name":"team","required":true,"dictionary":"getTeamsDictionary","dependsOn":["organization"],"description":"The team: pick it, or give its slug (e.g. justice-league) or its name."}
   * @paramDef {"type":"String","label":"New Name","name":"name","description":"Rename the team. Empty: keep the name."}
   * @paramDef {"type":"String","label":"Description","name":"description","description":"The new description. Empty: keep it."}
   * @paramDef {"type":"String","label":"Privacy","name":"privacy","uiComponent":{"type":"DROPDOWN","options":{"values":["Visible (closed)","Secret"]}},"description":"Visible: every member of the organization sees the team. Secret: only its members and owners."}
   * @returns {Object}
   * @sampleResult {"id":1,"node_id":"MDQ6VGVhbTE=","url":"https://api.github.com/teams/1","html_url":"https://github.com/orgs/github/teams/justice-league","name":"Justice League","slug":"justice-league","description":"A great team.","privacy":"closed","permission":"admin","members_count":3,"repos_count":10}
   */
  async updateTeam(organization: unknown, team: unknown, name: unknown, description: unknown, privacy: unknown) {
    return this.#run('teams', 'updateTeam', [organization, team, name, description, privacy])
  }

  /**
   * @operationName Delete Team
   * @category Users and Organizations
   * @description Deletes a team (and its child teams); its members lose the access the team gave them. Returns the organization and the team slug. Requires: OAuth scope "admin:org"; GitHub App permission "Members: write".
   * @route DELETE /delete-team
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Organization","name":"organization","required":true,"dictionary":"getOrganizationsDictionary","description":"The organization login, e.g. github."}
   * @paramDef {"type":"String","label":"Team","name":"team","required":true,"dictionary":"getTeamsDictionary","dependsOn":["organization"],"description":"The team: pick it, or give its slug (e.g. justice-league) or its name."}
   * @returns {Object}
   * @sampleResult {"organization":"octo-org","team":"justice-league","deleted":true}
   */
  async deleteTeam(organization: unknown, team: unknown) {
    return this.#run('teams', 'deleteTeam', [organization, team])
  }

  /**
   * @operationName Add Team Member
   * @category Users and Organizations
   * @description Adds a person to a team as a member or maintainer (someone not yet in the organization is invited: state pending). Returns the membership: role and state (active or pending). Requires: OAuth scope "admin:org"; GitHub App permission "Members: write".
   * @route PUT /add-team-member
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Organization","name":"organization","required":true,"dictionary":"getOrganizationsDictionary","description":"The organization login, e.g. github."}
   * @paramDef {"type":"String","label":"Team","name":"team","required":true,"dictionary":"getTeamsDictionary","dependsOn":["organization"],"description":"The team: pick it, or give its slug (e.g. justice-league) or its name."}
   * @paramDef {"type":"String","label":"Username","name":"username","required":true,"dictionary":"getUsersDictionary","description":"The GitHub login, e.g. octocat."}
   * @paramDef {"type":"String","label":"Role","name":"role","defaultValue":"Member","uiComponent":{"type":"DROPDOWN","options":{"values":["Member","Maintainer"]}},"description":"Maintainers can also manage the team and its members."}
   * @returns {Object}
   * @sampleResult {"username":"octocat","url":"https://api.github.com/teams/1/memberships/octocat","role":"member","state":"active"}
   */
  async addTeamMember(organization: unknown, team: unknown, username: unknown, role: unknown) {
    return this.#run('teams', 'addTeamMember', [organization, team, username, role])
  }

  /**
   * @operationName Remove Team Member
   * @category Users and Organizations
   * @description Removes a person from a team (they stay in the organization). Returns the team and the login. Requires: OAuth scope "admin:org"; GitHub App permission "Members: write".
   * @route DELETE /remove-team-member
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Organization","name":"organization","required":true,"dictionary":"getOrganizationsDictionary","description":"The organization login, e.g. github."}
   * @paramDef {"type":"String","label":"Team","name":"team","required":true,"dictionary":"getTeamsDictionary","dependsOn":["organization"],"description":"The team: pick it, or give its slug (e.g. justice-league) or its name."}
   * @paramDef {"type":"String","label":"Username","name":"username","required":true,"dictionary":"getUsersDictionary","description":"The GitHub login, e.g. octocat."}
   * @returns {Object}
   * @sampleResult {"organization":"octo-org","team":"justice-league","username":"octocat","removed":true}
   */
  async removeTeamMember(organization: unknown, team: unknown, username: unknown) {
    return this.#run('teams', 'removeTeamMember', [organization, team, username])
  }

  /**
   * @operationName Add Team Repository
   * @category Users and Organizations
   * @description Gives a team a permission on one of the organization's repositories (or changes it). Needs admin access to the repository too. Returns the team, the repository and the permission. Requires: OAuth scope "admin:org"; GitHub App permission "Members: write".
   * @route PUT /add-team-repository
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Organization","name":"organization","required":true,"dictionary":"getOrganizationsDictionary","description":"The organization login, e.g. github."}
   * @paramDef {"type":"String","label":"Team","name":"team","required":true,"dictionary":"getTeamsDictionary","dependsOn":["organization"],"description":"The team: pick it, or give its slug (e.g. justice-league) or its name."}
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"Permission","name":"permission","defaultValue":"Read","uiComponent":{"type":"DROPDOWN","options":{"values":["Read","Triage","Write","Maintain","Admin"]}},"description":"Read: clone and open issues. Triage: manage issues. Write: push. Maintain: manage without admin. Admin: everything."}
   * @returns {Object}
   * @sampleResult {"organization":"octo-org","team":"justice-league","repository":"octo-org/octo-repo","permission":"push"}
   */
  async addTeamRepository(organization: unknown, team: unknown, repository: unknown, permission: unknown) {
    return this.#run('teams', 'addTeamRepository', [organization, team, repository, permission])
  }

  /**
   * @operationName Remove Team Repository
   * @category Users and Organizations
   * @description Takes a repository away from a team: the team's own access ends (members may keep access they have otherwise). Returns the team and the repository. Requires: OAuth scope "admin:org"; GitHub App permission "Members: write".
   * @route DELETE /remove-team-repository
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Organization","name":"organization","required":true,"dictionary":"getOrganizationsDictionary","description":"The organization login, e.g. github."}
   * @paramDef {"type":"String","label":"Team","name":"team","required":true,"dictionary":"getTeamsDictionary","dependsOn":["organization"],"description":"The team: pick it, or give its slug (e.g. justice-league) or its name."}
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @returns {Object}
   * @sampleResult {"organization":"octo-org","team":"justice-league","repository":"octo-org/octo-repo","removed":true}
   */
  async removeTeamRepository(organization: unknown, team: unknown, repository: unknown) {
    return this.#run('teams', 'removeTeamRepository', [organization, team, repository])
  }

  /**
   * @registerAs DICTIONARY
   * @operationName Get Teams Dictionary
   * @description Lists the teams of the selected organization for picking one: the value is the slug, the note its privacy and description. Search filters by name.
   * @route POST /get-teams-dictionary
   * @paramDef {"type":"Object","label":"Payload","name":"payload","description":"Search text, cursor, and criteria.organization (the selected organization)."}
   * @returns {Object}
   * @sampleResult {"items":[{"label":"Justice League","value":"justice-league","note":"closed · A great team."}],"cursor":null}
   */
  async getTeamsDictionary(payload: unknown) {
    return this.#run('teams', 'getTeamsDictionary', [payload])
  }
  // #endregion Teams

  // #region Issues
  /**
   * @operationName Create Issue
   * @category Issues
   * @description Opens a new issue in a repository, optionally with a body, labels, assignees and a milestone. Returns the created issue with its number and URL; labels, assignees and milestone are silently dropped by GitHub unless the account can push to the repository. Requires: OAuth scope "repo"; GitHub App permission "Issues: write".
   * @route POST /create-issue
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"Title","name":"title","required":true,"description":"The issue title (at most 256 characters)."}
   * @paramDef {"type":"String","label":"Body","name":"body","uiComponent":{"type":"MULTI_LINE_TEXT"},"description":"The issue text, in GitHub Markdown (at most 65536 characters)."}
   * @paramDef {"type":"Array<String>","label":"Labels","name":"labels","dictionary":"getLabelsDictionary","dependsOn":["repository"],"description":"Label names to set, e.g. bug. A name that does not exist yet is created as a new label."}
   * @paramDef {"type":"Array<String>","label":"Assignees","name":"assignees","dictionary":"getAssigneesDictionary","dependsOn":["repository"],"description":"Logins of up to 10 people to assign; they must be able to be assigned in the repository."}
   * @paramDef {"type":"Number","label":"Milestone","name":"milestone","dictionary":"getMilestonesDictionary","dependsOn":["repository"],"description":"The number of the milestone to put the issue in (pick it from the list)."}
   * @returns {Object}
   * @sampleResult {"url":"https://api.github.com/repos/octocat/Hello-World/issues/1347","repository_url":"https://api.github.com/repos/octocat/Hello-World","html_url":"https://github.com/octocat/Hello-World/issues/1347","id":1,"node_id":"MDU6SXNzdWUx","number":1347,"state":"open","state_reason":null,"title":"Found a bug","body":"I'm having a problem with this.","user":{"login":"octocat","id":1,"type":"User"},"labels":[{"id":208045946,"node_id":"MDU6TGFiZWwyMDgwNDU5NDY=","name":"bug","color":"f29513","default":true,"description":"Something isn't working"}],"assignee":{"login":"octocat","id":1,"type":"User"},"assignees":[{"login":"octocat","id":1,"type":"User"}],"milestone":{"id":1002604,"number":1,"title":"v1.0","state":"open","open_issues":4,"closed_issues":8,"due_on":"2012-10-09T23:39:01Z"},"locked":false,"active_lock_reason":null,"comments":0,"closed_at":null,"created_at":"2011-04-22T13:33:48Z","updated_at":"2011-04-22T13:33:48Z","closed_by":null,"author_association":"COLLABORATOR"}
   */
  async createIssue(repository: unknown, title: unknown, body: unknown, labels: unknown, assignees: unknown, milestone: unknown) {
    return this.#run('issues', 'createIssue', [repository, title, body, labels, assignees, milestone])
  }

  /**
   * @operationName Find or Create Issue
   * @category Issues
   * @description Returns the issue of the repository with exactly this title (case and spacing aside), or opens one with the values given: a flow that runs again reports the same problem once. Open issues only unless Include Closed is on; an issue opened in the last few seconds may not be found yet (GitHub indexes it for search). Returns created (true when it was opened now) and the issue. Requires: OAuth scope "repo"; GitHub App permission "Issues: write".
   * @route POST /find-or-create-issue
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"Title","name":"title","required":true,"description":"The issue title (at most 256 characters)."}
   * @paramDef {"type":"String","label":"Body","name":"body","uiComponent":{"type":"MULTI_LINE_TEXT"},"description":"The issue text, in GitHub Markdown (at most 65536 characters)."}
   * @paramDef {"type":"Array<String>","label":"Labels","name":"labels","dictionary":"getLabelsDictionary","dependsOn":["repository"],"description":"Label names to set, e.g. bug. A name that does not exist yet is created as a new label."}
   * @paramDef {"type":"Array<String>","label":"Assignees","name":"assignees","dictionary":"getAssigneesDictionary","dependsOn":["repository"],"description":"Logins of up to 10 people to assign; they must be able to be assigned in the repository."}
   * @paramDef {"type":"Number","label":"Milestone","name":"milestone","dictionary":"getMilestonesDictionary","dependsOn":["repository"],"description":"The number of the milestone to put the issue in (pick it from the list)."}
   * @paramDef {"type":"Boolean","label":"Include Closed","name":"includeClosed","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"On: a closed issue with the title counts as found (it is returned as it is, not reopened)."}
   * @returns {Object}
   * @sampleResult {"created":false,"issue":{"url":"https://api.github.com/repos/octocat/Hello-World/issues/1347","html_url":"https://github.com/octocat/Hello-World/issues/1347","id":1,"number":1347,"state":"open","title":"Found a bug","user":{"login":"octocat","id":1,"type":"User"},"labels":[],"assignee":{"login":"hubot","id":2,"type":"User"},"assignees":[{"login":"hubot","id":2,"type":"User"}],"comments":0,"created_at":"2011-04-22T13:33:48Z","updated_at":"2011-04-22T13:40:00Z"}}
   */
  async findOrCreateIssue(
    repository: unknown,
    title: unknown,
    body: unknown,
    labels: unknown,
    assignees: unknown,
    milestone: unknown,
    includeClosed: unknown,
  ) {
    return this.#run('triage', 'findOrCreateIssue', [repository, title, body, labels, assignees, milestone, includeClosed])
  }

  /**
   * @operationName Get Issue
   * @category Issues
   * @description Returns one issue by number: title, body, state and state reason, labels, assignees, milestone, lock status and comment count. Pull requests are issues too: a pull request number returns its issue view, with a pull_request field. Requires: OAuth scope "repo"; GitHub App permission "Issues: read".
   * @route GET /get-issue
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Issue Number","name":"issueNumber","required":true,"dictionary":"getIssuesDictionary","dependsOn":["repository"],"description":"The issue number shown after # on GitHub, e.g. 1347."}
   * @returns {Object}
   * @sampleResult {"url":"https://api.github.com/repos/octocat/Hello-World/issues/1347","repository_url":"https://api.github.com/repos/octocat/Hello-World","html_url":"https://github.com/octocat/Hello-World/issues/1347","id":1,"node_id":"MDU6SXNzdWUx","number":1347,"state":"closed","state_reason":"completed","title":"Found a bug","body":"I'm having a problem with this.","user":{"login":"octocat","id":1,"type":"User"},"labels":[{"id":208045946,"name":"bug","color":"f29513","default":true,"description":"Something isn't working"}],"assignee":null,"assignees":[],"milestone":null,"locked":false,"active_lock_reason":null,"comments":3,"closed_at":"2011-04-23T09:12:00Z","created_at":"2011-04-22T13:33:48Z","updated_at":"2011-04-23T09:12:00Z","closed_by":{"login":"octocat","id":1,"type":"User"},"author_association":"COLLABORATOR"}
   */
  async getIssue(repository: unknown, issueNumber: unknown) {
    return this.#run('issues', 'getIssue', [repository, issueNumber])
  }

  /**
   * @operationName Update Issue
   * @category Issues
   * @description Changes an issue: title, body, open or closed with a reason (closing a duplicate names the issue it duplicates), labels, assignees or milestone. Only the fields you fill in are sent, so everything else stays as it is; Labels and Assignees replace the current ones. Returns the updated issue. Requires: OAuth scope "repo"; GitHub App permission "Issues: write".
   * @route PUT /update-issue
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Issue Number","name":"issueNumber","required":true,"dictionary":"getIssuesDictionary","dependsOn":["repository"],"description":"The issue number shown after # on GitHub, e.g. 1347."}
   * @paramDef {"type":"String","label":"Title","name":"title","description":"A new title (at most 256 characters). Empty: keep the current one."}
   * @paramDef {"type":"String","label":"Body","name":"body","uiComponent":{"type":"MULTI_LINE_TEXT"},"description":"A new issue text in GitHub Markdown, replacing the current one. Empty: keep the current one."}
   * @paramDef {"type":"String","label":"State","name":"state","uiComponent":{"type":"DROPDOWN","options":{"values":["Open","Closed"]}},"description":"Open or close the issue. Empty: keep the state (or take it from State Reason)."}
   * @paramDef {"type":"String","label":"State Reason","name":"stateReason","uiComponent":{"type":"DROPDOWN","options":{"values":["Completed","Not Planned","Duplicate","Reopened"]}},"description":"Why the state changes: Completed, Not Planned or Duplicate when closing, Reopened when opening. Given alone, it closes or reopens the issue accordingly."}
   * @paramDef {"type":"Number","label":"Duplicate Of","name":"duplicateOf","uiComponent":{"type":"NUMERIC"},"description":"With State Reason Duplicate (required then): the number of the issue in the same repository that this one duplicates. Given alone, it closes the issue as a duplicate."}
   * @paramDef {"type":"Array<String>","label":"Labels","name":"labels","dictionary":"getLabelsDictionary","dependsOn":["repository"],"description":"Replaces all labels with these names. Empty: keep the current labels (use Remove Label from Issue to take one off)."}
   * @paramDef {"type":"Array<String>","label":"Assignees","name":"assignees","dictionary":"getAssigneesDictionary","dependsOn":["repository"],"description":"Replaces the assignees with these logins (at most 10). Empty: keep the current assignees."}
   * @paramDef {"type":"Number","label":"Milestone","name":"milestone","dictionary":"getMilestonesDictionary","dependsOn":["repository"],"description":"The number of the milestone to move the issue to. Empty: keep the current one."}
   * @paramDef {"type":"Boolean","label":"Remove Milestone","name":"removeMilestone","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"On: take the issue out of its milestone. Cannot be combined with Milestone."}
   * @returns {Object}
   * @sampleResult {"url":"https://api.github.com/repos/octocat/Hello-World/issues/1347","repository_url":"https://api.github.com/repos/octocat/Hello-World","html_url":"https://github.com/octocat/Hello-World/issues/1347","id":1,"node_id":"MDU6SXNzdWUx","number":1347,"state":"closed","state_reason":"not_planned","title":"Found a bug","body":"I'm having a problem with this.","user":{"login":"octocat","id":1,"type":"User"},"labels":[{"id":208045946,"name":"wontfix","color":"ffffff","default":true,"description":"This will not be worked on"}],"assignee":null,"assignees":[],"milestone":null,"locked":false,"active_lock_reason":null,"comments":3,"closed_at":"2011-04-23T09:12:00Z","created_at":"2011-04-22T13:33:48Z","updated_at":"2011-04-23T09:12:00Z","closed_by":{"login":"octocat","id":1,"type":"User"},"author_association":"COLLABORATOR"}
   */
  async updateIssue(
    repository: unknown,
    issueNumber: unknown,
    title: unknown,
    body: unknown,
    state: unknown,
    stateReason: unknown,
    duplicateOf: unknown,
    labels: unknown,
    assignees: unknown,
    milestone: unknown,
    removeMilestone: unknown,
  ) {
    return this.#run('issues', 'updateIssue', [
      repository,
      issueNumber,
      title,
      body,
      state,
      stateReason,
      duplicateOf,
      labels,
      assignees,
      milestone,
      removeMilestone,
    ])
  }

  /**
   * @operationName Assign Issue
   * @category Issues
   * @description Adds people to the assignees of an issue or pull request, keeping those already assigned (GitHub silently skips logins that cannot be assigned). Returns the issue. Requires: OAuth scope "repo"; GitHub App permission "Issues: write".
   * @route POST /assign-issue
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Issue Number","name":"issueNumber","required":true,"uiComponent":{"type":"NUMERIC"},"description":"The issue or pull request number shown after # on GitHub, e.g. 1347."}
   * @paramDef {"type":"Array<String>","label":"Assignees","name":"assignees","required":true,"dictionary":"getAssigneesDictionary","dependsOn":["repository"],"description":"The logins to add, e.g. octocat (at most 10 in all)."}
   * @returns {Object}
   * @sampleResult {"url":"https://api.github.com/repos/octocat/Hello-World/issues/1347","html_url":"https://github.com/octocat/Hello-World/issues/1347","id":1,"number":1347,"state":"open","title":"Found a bug","user":{"login":"octocat","id":1,"type":"User"},"labels":[],"assignee":{"login":"hubot","id":2,"type":"User"},"assignees":[{"login":"hubot","id":2,"type":"User"}],"comments":0,"created_at":"2011-04-22T13:33:48Z","updated_at":"2011-04-22T13:40:00Z"}
   */
  async assignIssue(repository: unknown, issueNumber: unknown, assignees: unknown) {
    return this.#run('issues', 'assignIssue', [repository, issueNumber, assignees])
  }

  /**
   * @operationName Unassign Issue
   * @category Issues
   * @description Removes people from the assignees of an issue or pull request, keeping the others. Returns the issue. Requires: OAuth scope "repo"; GitHub App permission "Issues: write".
   * @route POST /unassign-issue
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Issue Number","name":"issueNumber","required":true,"uiComponent":{"type":"NUMERIC"},"description":"The issue or pull request number shown after # on GitHub, e.g. 1347."}
   * @paramDef {"type":"Array<String>","label":"Assignees","name":"assignees","required":true,"dictionary":"getAssigneesDictionary","dependsOn":["repository"],"description":"The logins to remove, e.g. octocat."}
   * @returns {Object}
   * @sampleResult {"url":"https://api.github.com/repos/octocat/Hello-World/issues/1347","html_url":"https://github.com/octocat/Hello-World/issues/1347","id":1,"number":1347,"state":"open","title":"Found a bug","user":{"login":"octocat","id":1,"type":"User"},"labels":[],"assignee":null,"assignees":[],"comments":0,"created_at":"2011-04-22T13:33:48Z","updated_at":"2011-04-22T13:40:00Z"}
   */
  async unassignIssue(repository: unknown, issueNumber: unknown, assignees: unknown) {
    return this.#run('issues', 'unassignIssue', [repository, issueNumber, assignees])
  }

  /**
   * @operationName List Issues
   * @category Issues
   * @description Lists a repository's issues, filtered by state, labels, assignee, creator, mention, milestone and last update, and sorted as chosen. Pull requests, which GitHub lists as issues too, are left out unless Include Pull Requests is on. Returns the issues and a cursor for the next page. Requires: OAuth scope "repo"; GitHub App permission "Issues: read".
   * @route GET /list-issues
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"State","name":"state","defaultValue":"Open","uiComponent":{"type":"DROPDOWN","options":{"values":["Open","Closed","All"]}},"description":"Which issues to list: open ones, closed ones, or all."}
   * @paramDef {"type":"Array<String>","label":"Labels","name":"labels","dictionary":"getLabelsDictionary","dependsOn":["repository"],"description":"Only issues that carry all of these labels."}
   * @paramDef {"type":"String","label":"Assignee","name":"assignee","dictionary":"getAssigneesDictionary","dependsOn":["repository"],"description":"Only issues assigned to this login. Write none for unassigned issues, or * for issues assigned to anybody."}
   * @paramDef {"type":"String","label":"Creator","name":"creator","description":"Only issues opened by this login, e.g. octocat."}
   * @paramDef {"type":"String","label":"Mentioned","name":"mentioned","description":"Only issues that mention this login."}
   * @paramDef {"type":"String","label":"Milestone","name":"milestone","dictionary":"getMilestonesDictionary","dependsOn":["repository"],"description":"Only issues in this milestone (its number). Write none for issues without a milestone, or * for issues in any milestone."}
   * @paramDef {"type":"Number","label":"Updated Since","name":"since","uiComponent":{"type":"DATE_TIME_PICKER"},"description":"Only issues updated at or after this time."}
   * @paramDef {"type":"String","label":"Sort By","name":"sort","defaultValue":"Created","uiComponent":{"type":"DROPDOWN","options":{"values":["Created","Updated","Comments"]}},"description":"Order by creation time, last update, or number of comments."}
   * @paramDef {"type":"String","label":"Direction","name":"direction","defaultValue":"Descending","uiComponent":{"type":"DROPDOWN","options":{"values":["Descending","Ascending"]}},"description":"Sort direction: newest or most first (Descending), or the reverse."}
   * @paramDef {"type":"Boolean","label":"Include Pull Requests","name":"includePullRequests","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"On: also return pull requests (they have a pull_request field). Off: issues only, so a page may hold fewer than Limit items."}
   * @paramDef {"type":"Boolean","label":"Fetch All Pages","name":"fetchAll","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"Off: return one page of up to Limit items. On: follow the pages and return up to Limit items in total (at most 1000)."}
   * @paramDef {"type":"Number","label":"Limit","name":"limit","defaultValue":30,"uiComponent":{"type":"NUMERIC_STEPPER"},"description":"Page size (1-100) when Fetch All Pages is off; the total maximum (1-1000) when it is on."}
   * @paramDef {"type":"String","label":"Cursor","name":"cursor","description":"The nextCursor of a previous call with the same parameters, to continue where it stopped. Leave empty to start from the beginning."}
   * @returns {Object}
   * @sampleResult {"items":[{"url":"https://api.github.com/repos/octocat/Hello-World/issues/1347","html_url":"https://github.com/octocat/Hello-World/issues/1347","id":1,"node_id":"MDU6SXNzdWUx","number":1347,"state":"open","state_reason":null,"title":"Found a bug","body":"I'm having a problem with this.","user":{"login":"octocat","id":1,"type":"User"},"labels":[{"id":208045946,"name":"bug","color":"f29513","default":true,"description":"Something isn't working"}],"assignee":null,"assignees":[],"milestone":null,"locked":false,"comments":2,"closed_at":null,"created_at":"2011-04-22T13:33:48Z","updated_at":"2011-04-22T13:33:48Z","author_association":"COLLABORATOR"}],"nextCursor":"c1.eyJxIjp7InBlcl9wYWdlIjoiMzAiLCJwYWdlIjoiMiJ9fQ.MDtNPN5U1-b207jeUI6mRwR7YMhPxIzjyZspe2uOGNs"}
   */
  async listIssues(
    repository: unknown,
    state: unknown,
    labels: unknown,
    assignee: unknown,
    creator: unknown,
    mentioned: unknown,
    milestone: unknown,
    since: unknown,
    sort: unknown,
    direction: unknown,
    includePullRequests: unknown,
    fetchAll: unknown,
    limit: unknown,
    cursor: unknown,
  ) {
    return this.#run('issues', 'listIssues', [
      repository,
      state,
      labels,
      assignee,
      creator,
      mentioned,
      milestone,
      since,
      sort,
      direction,
      includePullRequests,
      fetchAll,
      limit,
      cursor,
    ])
  }

  /**
   * @operationName List Issues Assigned to Me
   * @category Issues
   * @description Lists issues and pull requests across every repository the connected account can reach: assigned to it (by default), created by it, mentioning it, or that it is subscribed to, with state, label and time filters. Each item names its repository. Returns the issues and a cursor for the next page. Requires: OAuth scope "repo"; GitHub App permission "Issues: read".
   * @route GET /list-my-issues
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Which Issues","name":"filter","defaultValue":"Assigned to me","uiComponent":{"type":"DROPDOWN","options":{"values":["Assigned to me","Created by me","Mentioning me","I am subscribed to","All I can see"]}},"description":"How the issues concern you."}
   * @paramDef {"type":"String","label":"State","name":"state","defaultValue":"Open","uiComponent":{"type":"DROPDOWN","options":{"values":["Open","Closed","All"]}},"description":"Open, closed or all."}
   * @paramDef {"type":"Array<String>","label":"Labels","name":"labels","description":"Only issues with all of these labels, e.g. bug."}
   * @paramDef {"type":"Number","label":"Updated Since","name":"since","uiComponent":{"type":"DATE_TIME_PICKER"},"description":"Only issues updated at or after this time."}
   * @paramDef {"type":"String","label":"Sort By","name":"sort","uiComponent":{"type":"DROPDOWN","options":{"values":["Created","Updated","Comments"]}},"description":"Order by creation, last update or number of comments. Empty: created."}
   * @paramDef {"type":"String","label":"Direction","name":"direction","uiComponent":{"type":"DROPDOWN","options":{"values":["Descending","Ascending"]}},"description":"Empty: descending."}
   * @paramDef {"type":"Boolean","label":"Fetch All Pages","name":"fetchAll","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"Off: return one page of up to Limit items. On: follow the pages and return up to Limit items in total (at most 1000)."}
   * @paramDef {"type":"Number","label":"Limit","name":"limit","defaultValue":30,"uiComponent":{"type":"NUMERIC_STEPPER"},"description":"Page size (1-100) when Fetch All Pages is off; the total maximum (1-1000) when it is on."}
   * @paramDef {"type":"String","label":"Cursor","name":"cursor","description":"The nextCursor of a previous call with the same parameters, to continue where it stopped. Leave empty to start from the beginning."}
   * @returns {Object}
   * @sampleResult {"items":[{"url":"https://api.github.com/repos/octocat/Hello-World/issues/1347","html_url":"https://github.com/octocat/Hello-World/issues/1347","id":1,"number":1347,"state":"open","title":"Found a bug","user":{"login":"octocat","id":1,"type":"User"},"labels":[],"assignee":{"login":"hubot","id":2,"type":"User"},"assignees":[{"login":"hubot","id":2,"type":"User"}],"comments":0,"created_at":"2011-04-22T13:33:48Z","updated_at":"2011-04-22T13:40:00Z","repository":{"id":1296269,"name":"Hello-World","full_name":"octocat/Hello-World","private":false}}],"nextCursor":null}
   */
  async listMyIssues(
    filter: unknown,
    state: unknown,
    labels: unknown,
    since: unknown,
    sort: unknown,
    direction: unknown,
    fetchAll: unknown,
    limit: unknown,
    cursor: unknown,
  ) {
    return this.#run('triage', 'listMyIssues', [filter, state, labels, since, sort, direction, fetchAll, limit, cursor])
  }

  /**
   * @operationName Add Sub-issue
   * @category Issues
   * @description Puts an issue under a parent issue as a sub-issue (it may live in another repository of the same owner). An issue has one parent: turn on Move From Its Parent to move one that already has another. Returns the parent issue. Requires: OAuth scope "repo"; GitHub App permission "Issues: write".
   * @route POST /add-sub-issue
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Parent Issue Number","name":"issueNumber","required":true,"dictionary":"getIssuesDictionary","dependsOn":["repository"],"description":"The issue the sub-issue belongs under, e.g. 1347."}
   * @paramDef {"type":"Number","label":"Sub-issue Number","name":"subIssueNumber","required":true,"uiComponent":{"type":"NUMERIC"},"description":"The number of the issue to put under it (or take out)."}
   * @paramDef {"type":"String","label":"Sub-issue Repository","name":"subIssueRepository","dictionary":"getRepositoriesDictionary","description":"The sub-issue's repository as owner/name, when it is not the parent's."}
   * @paramDef {"type":"Boolean","label":"Move From Its Parent","name":"replaceParent","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"On: a sub-issue that already has a parent is moved here. Off: that is refused."}
   * @returns {Object}
   * @sampleResult {"url":"https://api.github.com/repos/octocat/Hello-World/issues/1347","html_url":"https://github.com/octocat/Hello-World/issues/1347","id":1,"number":1347,"state":"open","title":"Found a bug","user":{"login":"octocat","id":1,"type":"User"},"labels":[],"assignee":{"login":"hubot","id":2,"type":"User"},"assignees":[{"login":"hubot","id":2,"type":"User"}],"comments":0,"created_at":"2011-04-22T13:33:48Z","updated_at":"2011-04-22T13:40:00Z"}
   */
  async addSubIssue(
    repository: unknown,
    issueNumber: unknown,
    subIssueNumber: unknown,
    subIssueRepository: unknown,
    replaceParent: unknown,
  ) {
    return this.#run('triage', 'addSubIssue', [repository, issueNumber, subIssueNumber, subIssueRepository, replaceParent])
  }

  /**
   * @operationName Remove Sub-issue
   * @category Issues
   * @description Takes a sub-issue out from under its parent issue; the issue itself stays. Returns the issue taken out. Requires: OAuth scope "repo"; GitHub App permission "Issues: write".
   * @route DELETE /remove-sub-issue
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Parent Issue Number","name":"issueNumber","required":true,"dictionary":"getIssuesDictionary","dependsOn":["repository"],"description":"The issue the sub-issue belongs under, e.g. 1347."}
   * @paramDef {"type":"Number","label":"Sub-issue Number","name":"subIssueNumber","required":true,"uiComponent":{"type":"NUMERIC"},"description":"The number of the issue to put under it (or take out)."}
   * @paramDef {"type":"String","label":"Sub-issue Repository","name":"subIssueRepository","dictionary":"getRepositoriesDictionary","description":"The sub-issue's repository as owner/name, when it is not the parent's."}
   * @returns {Object}
   * @sampleResult {"url":"https://api.github.com/repos/octocat/Hello-World/issues/1347","html_url":"https://github.com/octocat/Hello-World/issues/1347","id":1,"number":1347,"state":"open","title":"Found a bug","user":{"login":"octocat","id":1,"type":"User"},"labels":[],"assignee":{"login":"hubot","id":2,"type":"User"},"assignees":[{"login":"hubot","id":2,"type":"User"}],"comments":0,"created_at":"2011-04-22T13:33:48Z","updated_at":"2011-04-22T13:40:00Z"}
   */
  async removeSubIssue(repository: unknown, issueNumber: unknown, subIssueNumber: unknown, subIssueRepository: unknown) {
    return this.#run('triage', 'removeSubIssue', [repository, issueNumber, subIssueNumber, subIssueRepository])
  }

  /**
   * @operationName List Sub-issues
   * @category Issues
   * @description Lists an issue's sub-issues, in their order on GitHub. Returns the issues and a cursor for the next page. Requires: OAuth scope "repo"; GitHub App permission "Issues: read".
   * @route GET /list-sub-issues
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Issue Number","name":"issueNumber","required":true,"dictionary":"getIssuesDictionary","dependsOn":["repository"],"description":"The issue number shown after # on GitHub, e.g. 1347."}
   * @paramDef {"type":"Boolean","label":"Fetch All Pages","name":"fetchAll","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"Off: return one page of up to Limit items. On: follow the pages and return up to Limit items in total (at most 1000)."}
   * @paramDef {"type":"Number","label":"Limit","name":"limit","defaultValue":30,"uiComponent":{"type":"NUMERIC_STEPPER"},"description":"Page size (1-100) when Fetch All Pages is off; the total maximum (1-1000) when it is on."}
   * @paramDef {"type":"String","label":"Cursor","name":"cursor","description":"The nextCursor of a previous call with the same parameters, to continue where it stopped. Leave empty to start from the beginning."}
   * @returns {Object}
   * @sampleResult {"items":[{"url":"https://api.github.com/repos/octocat/Hello-World/issues/1347","html_url":"https://github.com/octocat/Hello-World/issues/1347","id":1,"number":1347,"state":"open","title":"Found a bug","user":{"login":"octocat","id":1,"type":"User"},"labels":[],"assignee":{"login":"hubot","id":2,"type":"User"},"assignees":[{"login":"hubot","id":2,"type":"User"}],"comments":0,"created_at":"2011-04-22T13:33:48Z","updated_at":"2011-04-22T13:40:00Z"}],"nextCursor":null}
   */
  async listSubIssues(repository: unknown, issueNumber: unknown, fetchAll: unknown, limit: unknown, cursor: unknown) {
    return this.#run('triage', 'listSubIssues', [repository, issueNumber, fetchAll, limit, cursor])
  }

  /**
   * @operationName Add Item to Project
   * @category Issues
   * @description Adds an issue or a pull request to a project (the current GitHub Projects) of a user or an organization; one already there is returned as it is. Returns the project item with its id. Requires: OAuth scope "project"; GitHub App permission "Projects: write".
   * @route POST /add-project-item
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Owner","name":"owner","required":true,"dictionary":"getOwnersDictionary","description":"The user or organization the project belongs to, e.g. octo-org."}
   * @paramDef {"type":"Number","label":"Project","name":"projectNumber","required":true,"dictionary":"getProjectsDictionary","dependsOn":["owner"],"description":"The project: pick it, or give its number (the number in the project's URL, e.g. 5)."}
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Issue or Pull Request Number","name":"issueNumber","required":true,"dictionary":"getIssuesDictionary","dependsOn":["repository"],"description":"The number shown after # on GitHub, e.g. 1347."}
   * @returns {Object}
   * @sampleResult {"id":17,"node_id":"PVTI_lADOANN5s84ACbL0zgBueEI","content_type":"Issue","content":{"number":1347,"title":"Found a bug","html_url":"https://github.com/octocat/Hello-World/issues/1347","state":"open"},"created_at":"2022-04-28T12:00:00Z","updated_at":"2022-04-28T12:00:00Z","archived_at":null,"project_url":"https://api.github.com/users/octocat/projectsV2/1","item_url":"https://api.github.com/users/octocat/projectsV2/items/17"}
   */
  async addProjectItem(owner: unknown, projectNumber: unknown, repository: unknown, issueNumber: unknown) {
    return this.#run('projects', 'addProjectItem', [owner, projectNumber, repository, issueNumber])
  }

  /**
   * @operationName Add Draft to Project
   * @category Issues
   * @description Adds a draft issue to a project (the current GitHub Projects): a card with a title and text that lives only in the project until someone converts it. A user's project must be the connected account's own. Returns the project item with its id. Requires: OAuth scope "project"; GitHub App permission "Projects: write".
   * @route POST /add-project-draft
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Owner","name":"owner","required":true,"dictionary":"getOwnersDictionary","description":"The user or organization the project belongs to, e.g. octo-org."}
   * @paramDef {"type":"Number","label":"Project","name":"projectNumber","required":true,"dictionary":"getProjectsDictionary","dependsOn":["owner"],"description":"The project: pick it, or give its number (the number in the project's URL, e.g. 5)."}
   * @paramDef {"type":"String","label":"Title","name":"title","required":true,"description":"The draft's title (at most 256 characters)."}
   * @paramDef {"type":"String","label":"Body","name":"body","uiComponent":{"type":"MULTI_LINE_TEXT"},"description":"The draft's text, in GitHub Markdown."}
   * @returns {Object}
   * @sampleResult {"id":18,"node_id":"PVTI_lADOANN5s84ACbL0zgBueEJ","content_type":"DraftIssue","content":{"title":"Plan the launch"},"created_at":"2022-04-28T12:00:00Z","updated_at":"2022-04-28T12:00:00Z","archived_at":null,"project_url":"https://api.github.com/users/octocat/projectsV2/1","item_url":"https://api.github.com/users/octocat/projectsV2/items/17"}
   */
  async addProjectDraft(owner: unknown, projectNumber: unknown, title: unknown, body: unknown) {
    return this.#run('projects', 'addProjectDraft', [owner, projectNumber, title, body])
  }

  /**
   * @operationName List Project Items
   * @category Issues
   * @description Lists the items of a project (the current GitHub Projects) of a user or an organization: issues, pull requests and drafts with their content. Returns them and a cursor for the next page. Requires: OAuth scope "read:project"; GitHub App permission "Projects: read".
   * @route GET /list-project-items
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Owner","name":"owner","required":true,"dictionary":"getOwnersDictionary","description":"The user or organization the project belongs to, e.g. octo-org."}
   * @paramDef {"type":"Number","label":"Project","name":"projectNumber","required":true,"dictionary":"getProjectsDictionary","dependsOn":["owner"],"description":"The project: pick it, or give its number (the number in the project's URL, e.g. 5)."}
   * @paramDef {"type":"Boolean","label":"Fetch All Pages","name":"fetchAll","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"Off: return one page of up to Limit items. On: follow the pages and return up to Limit items in total (at most 1000)."}
   * @paramDef {"type":"Number","label":"Limit","name":"limit","defaultValue":30,"uiComponent":{"type":"NUMERIC_STEPPER"},"description":"Page size (1-100) when Fetch All Pages is off; the total maximum (1-1000) when it is on."}
   * @paramDef {"type":"String","label":"Cursor","name":"cursor","description":"The nextCursor of a previous call with the same parameters, to continue where it stopped. Leave empty to start from the beginning."}
   * @returns {Object}
   * @sampleResult {"items":[{"id":17,"node_id":"PVTI_lADOANN5s84ACbL0zgBueEI","content_type":"Issue","content":{"number":1347,"title":"Found a bug","html_url":"https://github.com/octocat/Hello-World/issues/1347","state":"open"},"created_at":"2022-04-28T12:00:00Z","updated_at":"2022-04-28T12:00:00Z","archived_at":null,"project_url":"https://api.github.com/users/octocat/projectsV2/1","item_url":"https://api.github.com/users/octocat/projectsV2/items/17"}],"nextCursor":null}
   */
  async listProjectItems(owner: unknown, projectNumber: unknown, fetchAll: unknown, limit: unknown, cursor: unknown) {
    return this.#run('projects', 'listProjectItems', [owner, projectNumber, fetchAll, limit, cursor])
  }

  /**
   * @operationName Set Project Item Field
   * @category Issues
   * @description Sets one field of a project item (the current GitHub Projects): its Status column, a priority, an iteration, a date, a number or text. The field and, for a single select or an iteration, the value are given by name and checked against the project's fields; an empty value clears the field. Returns the item. Requires: OAuth scope "project"; GitHub App permission "Projects: write".
   * @route PUT /set-project-item-field
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Owner","name":"owner","required":true,"dictionary":"getOwnersDictionary","description":"The user or organization the project belongs to, e.g. octo-org."}
   * @paramDef {"type":"Number","label":"Project","name":"projectNumber","required":true,"dictionary":"getProjectsDictionary","dependsOn":["owner"],"description":"The project: pick it, or give its number (the number in the project's URL, e.g. 5)."}
   * @paramDef {"type":"Number","label":"Item","name":"itemId","required":true,"dictionary":"getProjectItemsDictionary","dependsOn":["owner","projectNumber"],"description":"The project item: pick it, or give its id (the id Add Item to Project or List Project Items returns, not the issue number)."}
   * @paramDef {"type":"String","label":"Field","name":"field","required":true,"dictionary":"getProjectFieldsDictionary","dependsOn":["owner","projectNumber"],"description":"The field to set, e.g. Status: pick it, or give its name or id. Text, number, date, single select and iteration fields can be set."}
   * @paramDef {"type":"String","label":"Value","name":"value","description":"The new value: an option name for a single select (e.g. Done), an iteration title (e.g. Sprint 2), a date as YYYY-MM-DD, a number, or text. Empty clears the field."}
   * @returns {Object}
   * @sampleResult {"id":17,"node_id":"PVTI_lADOANN5s84ACbL0zgBueEI","content_type":"Issue","content":{"number":1347,"title":"Found a bug","html_url":"https://github.com/octocat/Hello-World/issues/1347","state":"open"},"created_at":"2022-04-28T12:00:00Z","updated_at":"2022-04-28T12:00:00Z","archived_at":null,"project_url":"https://api.github.com/users/octocat/projectsV2/1","item_url":"https://api.github.com/users/octocat/projectsV2/items/17","fields":[{"id":67891,"name":"Status","data_type":"single_select","value":{"id":"option_6","name":{"raw":"Done","html":"Done"},"color":"GREEN"}}]}
   */
  async setProjectItemField(owner: unknown, projectNumber: unknown, itemId: unknown, field: unknown, value: unknown) {
    return this.#run('projects', 'setProjectItemField', [owner, projectNumber, itemId, field, value])
  }

  /**
   * @operationName Remove Item from Project
   * @category Issues
   * @description Removes an item from a project (the current GitHub Projects) of a user or an organization; the issue or pull request itself is not changed. Returns the removed item id. Requires: OAuth scope "project"; GitHub App permission "Projects: write".
   * @route DELETE /remove-project-item
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Owner","name":"owner","required":true,"dictionary":"getOwnersDictionary","description":"The user or organization the project belongs to, e.g. octo-org."}
   * @paramDef {"type":"Number","label":"Project","name":"projectNumber","required":true,"dictionary":"getProjectsDictionary","dependsOn":["owner"],"description":"The project: pick it, or give its number (the number in the project's URL, e.g. 5)."}
   * @paramDef {"type":"Number","label":"Item","name":"itemId","required":true,"dictionary":"getProjectItemsDictionary","dependsOn":["owner","projectNumber"],"description":"The project item: pick it, or give its id (the id Add Item to Project or List Project Items returns, not the issue number)."}
   * @returns {Object}
   * @sampleResult {"owner":"octo-org","projectNumber":5,"itemId":17,"removed":true}
   */
  async removeProjectItem(owner: unknown, projectNumber: unknown, itemId: unknown) {
    return this.#run('projects', 'removeProjectItem', [owner, projectNumber, itemId])
  }

  /**
   * @operationName Add Reaction
   * @category Issues
   * @description Reacts to an issue or pull request (Issue Number) or to a comment (Comment ID) with an emoji. Reacting twice the same way keeps one reaction: created says whether it is new. Returns the reaction. Requires: OAuth scope "repo"; GitHub App permission "Issues: write".
   * @route POST /add-reaction
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"Reaction","name":"content","required":true,"uiComponent":{"type":"DROPDOWN","options":{"values":["Thumbs Up (+1)","Thumbs Down (-1)","Laugh","Confused","Heart","Hooray","Rocket","Eyes"]}},"description":"The emoji (GitHub names: +1, -1, laugh, confused, heart, hooray, rocket, eyes)."}
   * @paramDef {"type":"Number","label":"Issue Number","name":"issueNumber","required":false,"uiComponent":{"type":"NUMERIC"},"description":"React to this issue or pull request. Give this or Comment ID."}
   * @paramDef {"type":"Number","label":"Comment ID","name":"commentId","uiComponent":{"type":"NUMERIC"},"description":"React to this comment. Give this or Issue Number."}
   * @paramDef {"type":"String","label":"Comment Kind","name":"commentKind","uiComponent":{"type":"DROPDOWN","options":{"values":["Issue or pull request comment","Review comment (on a diff line)"]}},"description":"For a Comment ID: a comment in the conversation, or a review comment on a diff line. Empty: the conversation."}
   * @returns {Object}
   * @sampleResult {"id":1,"node_id":"MDg6UmVhY3Rpb24x","user":{"login":"octocat","id":1,"type":"User"},"content":"heart","created_at":"2016-05-20T20:09:31Z","created":true}
   */
  async addReaction(repository: unknown, content: unknown, issueNumber: unknown, commentId: unknown, commentKind: unknown) {
    return this.#run('triage', 'addReaction', [repository, content, issueNumber, commentId, commentKind])
  }

  /**
   * @operationName Add Issue Comment
   * @category Issues
   * @description Adds a comment to an issue or pull request conversation. Returns the created comment with its id and URL; fails as forbidden when the conversation is locked and the account is not a collaborator. Requires: OAuth scope "repo"; GitHub App permission "Issues: write".
   * @route POST /add-issue-comment
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Issue Number","name":"issueNumber","required":true,"uiComponent":{"type":"NUMERIC"},"description":"The issue or pull request number shown after # on GitHub, e.g. 1347."}
   * @paramDef {"type":"String","label":"Comment","name":"body","required":true,"uiComponent":{"type":"MULTI_LINE_TEXT"},"description":"The comment text, in GitHub Markdown (at most 65536 characters)."}
   * @returns {Object}
   * @sampleResult {"id":1,"node_id":"MDEyOklzc3VlQ29tbWVudDE=","url":"https://api.github.com/repos/octocat/Hello-World/issues/comments/1","html_url":"https://github.com/octocat/Hello-World/issues/1347#issuecomment-1","issue_url":"https://api.github.com/repos/octocat/Hello-World/issues/1347","body":"Me too","user":{"login":"octocat","id":1,"type":"User"},"created_at":"2011-04-14T16:00:49Z","updated_at":"2011-04-14T16:00:49Z","author_association":"COLLABORATOR"}
   */
  async addIssueComment(repository: unknown, issueNumber: unknown, body: unknown) {
    return this.#run('issues', 'addIssueComment', [repository, issueNumber, body])
  }

  /**
   * @operationName Edit Issue Comment
   * @category Issues
   * @description Replaces the text of a comment on an issue or pull request conversation. Returns the updated comment. Requires: OAuth scope "repo"; GitHub App permission "Issues: write".
   * @route PUT /edit-issue-comment
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Comment ID","name":"commentId","required":true,"uiComponent":{"type":"NUMERIC"},"description":"The id of the comment, e.g. 1 (Add Issue Comment and List Issue Comments return it)."}
   * @paramDef {"type":"String","label":"Comment","name":"body","required":true,"uiComponent":{"type":"MULTI_LINE_TEXT"},"description":"The new comment text, in GitHub Markdown."}
   * @returns {Object}
   * @sampleResult {"id":1,"node_id":"MDEyOklzc3VlQ29tbWVudDE=","url":"https://api.github.com/repos/octocat/Hello-World/issues/comments/1","html_url":"https://github.com/octocat/Hello-World/issues/1347#issuecomment-1","issue_url":"https://api.github.com/repos/octocat/Hello-World/issues/1347","body":"Me too","user":{"login":"octocat","id":1,"type":"User"},"created_at":"2011-04-14T16:00:49Z","updated_at":"2011-04-14T16:00:49Z","author_association":"COLLABORATOR"}
   */
  async editIssueComment(repository: unknown, commentId: unknown, body: unknown) {
    return this.#run('issues', 'editIssueComment', [repository, commentId, body])
  }

  /**
   * @operationName Delete Issue Comment
   * @category Issues
   * @description Deletes a comment from an issue or pull request conversation. Returns the repository and the deleted comment id. Requires: OAuth scope "repo"; GitHub App permission "Issues: write".
   * @route DELETE /delete-issue-comment
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Comment ID","name":"commentId","required":true,"uiComponent":{"type":"NUMERIC"},"description":"The id of the comment, e.g. 1 (Add Issue Comment and List Issue Comments return it)."}
   * @returns {Object}
   * @sampleResult {"repository":"octocat/Hello-World","commentId":1,"deleted":true}
   */
  async deleteIssueComment(repository: unknown, commentId: unknown) {
    return this.#run('issues', 'deleteIssueComment', [repository, commentId])
  }

  /**
   * @operationName List Issue Comments
   * @category Issues
   * @description Lists the comments of an issue or pull request conversation, oldest first, optionally only those updated since a time. Returns the comments and a cursor for the next page. Requires: OAuth scope "repo"; GitHub App permission "Issues: read".
   * @route GET /list-issue-comments
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Issue Number","name":"issueNumber","required":true,"uiComponent":{"type":"NUMERIC"},"description":"The issue or pull request number shown after # on GitHub, e.g. 1347."}
   * @paramDef {"type":"Number","label":"Updated Since","name":"since","uiComponent":{"type":"DATE_TIME_PICKER"},"description":"Only comments updated at or after this time."}
   * @paramDef {"type":"Boolean","label":"Fetch All Pages","name":"fetchAll","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"Off: return one page of up to Limit items. On: follow the pages and return up to Limit items in total (at most 1000)."}
   * @paramDef {"type":"Number","label":"Limit","name":"limit","defaultValue":30,"uiComponent":{"type":"NUMERIC_STEPPER"},"description":"Page size (1-100) when Fetch All Pages is off; the total maximum (1-1000) when it is on."}
   * @paramDef {"type":"String","label":"Cursor","name":"cursor","description":"The nextCursor of a previous call with the same parameters, to continue where it stopped. Leave empty to start from the beginning."}
   * @returns {Object}
   * @sampleResult {"items":[{"id":1,"node_id":"MDEyOklzc3VlQ29tbWVudDE=","url":"https://api.github.com/repos/octocat/Hello-World/issues/comments/1","html_url":"https://github.com/octocat/Hello-World/issues/1347#issuecomment-1","issue_url":"https://api.github.com/repos/octocat/Hello-World/issues/1347","body":"Me too","user":{"login":"octocat","id":1,"type":"User"},"created_at":"2011-04-14T16:00:49Z","updated_at":"2011-04-14T16:00:49Z","author_association":"COLLABORATOR"}],"nextCursor":null}
   */
  async listIssueComments(repository: unknown, issueNumber: unknown, since: unknown, fetchAll: unknown, limit: unknown, cursor: unknown) {
    return this.#run('issues', 'listIssueComments', [repository, issueNumber, since, fetchAll, limit, cursor])
  }

  /**
   * @operationName Add Labels to Issue
   * @category Issues
   * @description Adds labels to an issue or pull request, keeping the labels it already has; names that do not exist yet are created. Returns the repository, the issue number and all the labels now on the issue. Requires: OAuth scope "repo"; GitHub App permission "Issues: write".
   * @route POST /add-labels-to-issue
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Issue Number","name":"issueNumber","required":true,"uiComponent":{"type":"NUMERIC"},"description":"The issue or pull request number shown after # on GitHub, e.g. 1347."}
   * @paramDef {"type":"Array<String>","label":"Labels","name":"labels","required":true,"dictionary":"getLabelsDictionary","dependsOn":["repository"],"description":"The label names to add, e.g. bug."}
   * @returns {Object}
   * @sampleResult {"repository":"octocat/Hello-World","issueNumber":1347,"labels":[{"id":208045946,"node_id":"MDU6TGFiZWwyMDgwNDU5NDY=","url":"https://api.github.com/repos/octocat/Hello-World/labels/bug","name":"bug","color":"f29513","default":true,"description":"Something isn't working"},{"id":208045947,"node_id":"MDU6TGFiZWwyMDgwNDU5NDc=","url":"https://api.github.com/repos/octocat/Hello-World/labels/enhancement","name":"enhancement","color":"a2eeef","default":false,"description":"New feature or request"}]}
   */
  async addLabelsToIssue(repository: unknown, issueNumber: unknown, labels: unknown) {
    return this.#run('labels', 'addLabelsToIssue', [repository, issueNumber, labels])
  }

  /**
   * @operationName Remove Label from Issue
   * @category Issues
   * @description Takes one label off an issue or pull request (the label itself stays in the repository). Returns the repository, the issue number and the labels that remain on the issue; fails as not found when the issue does not carry that label. Requires: OAuth scope "repo"; GitHub App permission "Issues: write".
   * @route DELETE /remove-label-from-issue
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Issue Number","name":"issueNumber","required":true,"uiComponent":{"type":"NUMERIC"},"description":"The issue or pull request number shown after # on GitHub, e.g. 1347."}
   * @paramDef {"type":"String","label":"Label","name":"label","required":true,"dictionary":"getLabelsDictionary","dependsOn":["repository"],"description":"The name of the label to remove, e.g. needs triage."}
   * @returns {Object}
   * @sampleResult {"repository":"octocat/Hello-World","issueNumber":1347,"labels":[{"id":208045946,"node_id":"MDU6TGFiZWwyMDgwNDU5NDY=","url":"https://api.github.com/repos/octocat/Hello-World/labels/bug","name":"bug","color":"f29513","default":true,"description":"Something isn't working"}]}
   */
  async removeLabelFromIssue(repository: unknown, issueNumber: unknown, label: unknown) {
    return this.#run('labels', 'removeLabelFromIssue', [repository, issueNumber, label])
  }

  /**
   * @operationName Create Label
   * @category Issues
   * @description Creates a label in a repository with a colour and an optional description, so issues and pull requests can carry it. Returns the created label; fails with validation_failed when a label of that name already exists. Requires: OAuth scope "repo"; GitHub App permission "Issues: write".
   * @route POST /create-label
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"Name","name":"name","required":true,"description":"The label name, e.g. needs triage (emoji such as :bug: are allowed)."}
   * @paramDef {"type":"String","label":"Color","name":"color","description":"The colour as six hexadecimal digits, with or without #, e.g. d73a4a. Empty: GitHub picks one."}
   * @paramDef {"type":"String","label":"Description","name":"description","description":"A short description shown with the label (at most 100 characters)."}
   * @returns {Object}
   * @sampleResult {"id":208045946,"node_id":"MDU6TGFiZWwyMDgwNDU5NDY=","url":"https://api.github.com/repos/octocat/Hello-World/labels/needs%20triage","name":"needs triage","color":"d73a4a","default":false,"description":"Waiting for a first look"}
   */
  async createLabel(repository: unknown, name: unknown, color: unknown, description: unknown) {
    return this.#run('labels', 'createLabel', [repository, name, color, description])
  }

  /**
   * @operationName Update Label
   * @category Issues
   * @description Renames a label of a repository or changes its colour or description; issues and pull requests keep it. Returns the updated label. Requires: OAuth scope "repo"; GitHub App permission "Issues: write".
   * @route PUT /update-label
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"Label","name":"label","required":true,"dictionary":"getLabelsDictionary","dependsOn":["repository"],"description":"The label to change, e.g. needs triage."}
   * @paramDef {"type":"String","label":"New Name","name":"newName","description":"A new name for the label. Empty: keep the name."}
   * @paramDef {"type":"String","label":"Color","name":"color","description":"The colour as six hexadecimal digits, with or without #, e.g. d73a4a. Empty: GitHub picks one."}
   * @paramDef {"type":"String","label":"Description","name":"description","description":"A short description shown with the label (at most 100 characters)."}
   * @returns {Object}
   * @sampleResult {"id":208045946,"node_id":"MDU6TGFiZWwyMDgwNDU5NDY=","url":"https://api.github.com/repos/octocat/Hello-World/labels/needs%20triage","name":"needs triage","color":"d73a4a","default":false,"description":"Waiting for a first look"}
   */
  async updateLabel(repository: unknown, label: unknown, newName: unknown, color: unknown, description: unknown) {
    return this.#run('labels', 'updateLabel', [repository, label, newName, color, description])
  }

  /**
   * @operationName List Labels
   * @category Issues
   * @description Lists the labels of a repository with their colour and description. Returns the labels and a cursor for the next page. Requires: OAuth scope "repo"; GitHub App permission "Issues: read".
   * @route GET /list-labels
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Boolean","label":"Fetch All Pages","name":"fetchAll","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"Off: return one page of up to Limit items. On: follow the pages and return up to Limit items in total (at most 1000)."}
   * @paramDef {"type":"Number","label":"Limit","name":"limit","defaultValue":30,"uiComponent":{"type":"NUMERIC_STEPPER"},"description":"Page size (1-100) when Fetch All Pages is off; the total maximum (1-1000) when it is on."}
   * @paramDef {"type":"String","label":"Cursor","name":"cursor","description":"The nextCursor of a previous call with the same parameters, to continue where it stopped. Leave empty to start from the beginning."}
   * @returns {Object}
   * @sampleResult {"items":[{"id":208045946,"node_id":"MDU6TGFiZWwyMDgwNDU5NDY=","url":"https://api.github.com/repos/octocat/Hello-World/labels/needs%20triage","name":"needs triage","color":"d73a4a","default":false,"description":"Waiting for a first look"}],"nextCursor":null}
   */
  async listLabels(repository: unknown, fetchAll: unknown, limit: unknown, cursor: unknown) {
    return this.#run('labels', 'listLabels', [repository, fetchAll, limit, cursor])
  }

  /**
   * @operationName Delete Label
   * @category Issues
   * @description Deletes a label from a repository; it disappears from every issue and pull request that carried it. Returns the repository and the deleted label's name; fails as not found when the repository has no such label. Requires: OAuth scope "repo"; GitHub App permission "Issues: write".
   * @route DELETE /delete-label
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"Label","name":"label","required":true,"dictionary":"getLabelsDictionary","dependsOn":["repository"],"description":"The name of the label to delete, e.g. wontfix."}
   * @returns {Object}
   * @sampleResult {"repository":"octocat/Hello-World","label":"wontfix","deleted":true}
   */
  async deleteLabel(repository: unknown, label: unknown) {
    return this.#run('labels', 'deleteLabel', [repository, label])
  }

  /**
   * @operationName Create Milestone
   * @category Issues
   * @description Creates a milestone in a repository, with a due date and description if given. Returns the milestone and its number. Requires: OAuth scope "repo"; GitHub App permission "Issues: write".
   * @route POST /create-milestone
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"Title","name":"title","required":true,"description":"The milestone title, e.g. v1.0."}
   * @paramDef {"type":"String","label":"State","name":"state","uiComponent":{"type":"DROPDOWN","options":{"values":["Open","Closed"]}},"description":"Open or Closed. Empty: open for a new milestone, unchanged otherwise."}
   * @paramDef {"type":"String","label":"Description","name":"description","description":"What the milestone is for."}
   * @paramDef {"type":"Number","label":"Due On","name":"dueOn","uiComponent":{"type":"DATE_TIME_PICKER"},"description":"When the milestone is due (GitHub keeps the date)."}
   * @returns {Object}
   * @sampleResult {"url":"https://api.github.com/repos/octocat/Hello-World/milestones/1","html_url":"https://github.com/octocat/Hello-World/milestones/v1.0","id":1002604,"number":1,"state":"open","title":"v1.0","description":"Tracking milestone for version 1.0","creator":{"login":"octocat","id":1},"open_issues":4,"closed_issues":8,"created_at":"2011-04-10T20:09:31Z","updated_at":"2014-03-03T18:58:10Z","closed_at":null,"due_on":"2012-10-09T23:39:01Z"}
   */
  async createMilestone(repository: unknown, title: unknown, state: unknown, description: unknown, dueOn: unknown) {
    return this.#run('milestones', 'createMilestone', [repository, title, state, description, dueOn])
  }

  /**
   * @operationName Update Milestone
   * @category Issues
   * @description Changes a milestone's title, state, description or due date. Returns the updated milestone. Requires: OAuth scope "repo"; GitHub App permission "Issues: write".
   * @route PUT /update-milestone
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Milestone","name":"milestone","required":true,"dictionary":"getMilestonesDictionary","dependsOn":["repository"],"description":"The number of the milestone (pick it from the list)."}
   * @paramDef {"type":"String","label":"Title","name":"title","description":"The milestone title, e.g. v1.0."}
   * @paramDef {"type":"String","label":"State","name":"state","uiComponent":{"type":"DROPDOWN","options":{"values":["Open","Closed"]}},"description":"Open or Closed. Empty: open for a new milestone, unchanged otherwise."}
   * @paramDef {"type":"String","label":"Description","name":"description","description":"What the milestone is for."}
   * @paramDef {"type":"Number","label":"Due On","name":"dueOn","uiComponent":{"type":"DATE_TIME_PICKER"},"description":"When the milestone is due (GitHub keeps the date)."}
   * @returns {Object}
   * @sampleResult {"url":"https://api.github.com/repos/octocat/Hello-World/milestones/1","html_url":"https://github.com/octocat/Hello-World/milestones/v1.0","id":1002604,"number":1,"state":"open","title":"v1.0","description":"Tracking milestone for version 1.0","creator":{"login":"octocat","id":1},"open_issues":4,"closed_issues":8,"created_at":"2011-04-10T20:09:31Z","updated_at":"2014-03-03T18:58:10Z","closed_at":null,"due_on":"2012-10-09T23:39:01Z"}
   */
  async updateMilestone(repository: unknown, milestone: unknown, title: unknown, state: unknown, description: unknown, dueOn: unknown) {
    return this.#run('milestones', 'updateMilestone', [repository, milestone, title, state, description, dueOn])
  }

  /**
   * @operationName Delete Milestone
   * @category Issues
   * @description Deletes a milestone; its issues stay, without a milestone. Returns the repository and the deleted number. Requires: OAuth scope "repo"; GitHub App permission "Issues: write".
   * @route DELETE /delete-milestone
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Milestone","name":"milestone","required":true,"dictionary":"getMilestonesDictionary","dependsOn":["repository"],"description":"The number of the milestone (pick it from the list)."}
   * @returns {Object}
   * @sampleResult {"repository":"octocat/Hello-World","milestone":1,"deleted":true}
   */
  async deleteMilestone(repository: unknown, milestone: unknown) {
    return this.#run('milestones', 'deleteMilestone', [repository, milestone])
  }

  /**
   * @operationName List Milestones
   * @category Issues
   * @description Lists the milestones of a repository (open, closed or all) with their due dates and issue counts. Returns the milestones and a cursor for the next page. Requires: OAuth scope "repo"; GitHub App permission "Issues: read".
   * @route GET /list-milestones
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"State","name":"state","uiComponent":{"type":"DROPDOWN","options":{"values":["Open","Closed","All"]}},"description":"Which milestones to list.","defaultValue":"Open"}
   * @paramDef {"type":"Boolean","label":"Fetch All Pages","name":"fetchAll","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"Off: return one page of up to Limit items. On: follow the pages and return up to Limit items in total (at most 1000)."}
   * @paramDef {"type":"Number","label":"Limit","name":"limit","defaultValue":30,"uiComponent":{"type":"NUMERIC_STEPPER"},"description":"Page size (1-100) when Fetch All Pages is off; the total maximum (1-1000) when it is on."}
   * @paramDef {"type":"String","label":"Cursor","name":"cursor","description":"The nextCursor of a previous call with the same parameters, to continue where it stopped. Leave empty to start from the beginning."}
   * @returns {Object}
   * @sampleResult {"items":[{"url":"https://api.github.com/repos/octocat/Hello-World/milestones/1","html_url":"https://github.com/octocat/Hello-World/milestones/v1.0","id":1002604,"number":1,"state":"open","title":"v1.0","description":"Tracking milestone for version 1.0","creator":{"login":"octocat","id":1},"open_issues":4,"closed_issues":8,"created_at":"2011-04-10T20:09:31Z","updated_at":"2014-03-03T18:58:10Z","closed_at":null,"due_on":"2012-10-09T23:39:01Z"}],"nextCursor":null}
   */
  async listMilestones(repository: unknown, state: unknown, fetchAll: unknown, limit: unknown, cursor: unknown) {
    return this.#run('milestones', 'listMilestones', [repository, state, fetchAll, limit, cursor])
  }

  /**
   * @operationName Lock Issue
   * @category Issues
   * @description Locks the conversation of an issue or pull request so that only collaborators can comment, optionally giving the reason GitHub shows. Returns the repository, the issue number, locked true and the reason. Requires: OAuth scope "repo"; GitHub App permission "Issues: write".
   * @route PUT /lock-issue
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Issue Number","name":"issueNumber","required":true,"uiComponent":{"type":"NUMERIC"},"description":"The issue or pull request number shown after # on GitHub, e.g. 1347."}
   * @paramDef {"type":"String","label":"Lock Reason","name":"lockReason","uiComponent":{"type":"DROPDOWN","options":{"values":["Off-topic","Too heated","Resolved","Spam"]}},"description":"The reason shown on the conversation. Empty: locked without a reason."}
   * @returns {Object}
   * @sampleResult {"repository":"octocat/Hello-World","issueNumber":1347,"locked":true,"lockReason":"too heated"}
   */
  async lockIssue(repository: unknown, issueNumber: unknown, lockReason: unknown) {
    return this.#run('issues', 'lockIssue', [repository, issueNumber, lockReason])
  }

  /**
   * @operationName Unlock Issue
   * @category Issues
   * @description Unlocks the conversation of an issue or pull request so that everyone who can see it may comment again. Returns the repository, the issue number and locked false. Requires: OAuth scope "repo"; GitHub App permission "Issues: write".
   * @route DELETE /unlock-issue
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Issue Number","name":"issueNumber","required":true,"uiComponent":{"type":"NUMERIC"},"description":"The issue or pull request number shown after # on GitHub, e.g. 1347."}
   * @returns {Object}
   * @sampleResult {"repository":"octocat/Hello-World","issueNumber":1347,"locked":false,"lockReason":null}
   */
  async unlockIssue(repository: unknown, issueNumber: unknown) {
    return this.#run('issues', 'unlockIssue', [repository, issueNumber])
  }

  /**
   * @registerAs DICTIONARY
   * @operationName Get Labels Dictionary
   * @description Lists the labels of the selected repository for picking: value is the label name, the note its description (or colour). Search filters names and descriptions.
   * @route POST /get-labels-dictionary
   * @paramDef {"type":"Object","label":"Payload","name":"payload","description":"Search text, cursor, and criteria.repository (the selected repository)."}
   * @returns {Object}
   * @sampleResult {"items":[{"label":"bug","value":"bug","note":"Something isn't working"}],"cursor":null}
   */
  async getLabelsDictionary(payload: unknown) {
    return this.#run('issueDictionaries', 'getLabelsDictionary', [payload])
  }

  /**
   * @registerAs DICTIONARY
   * @operationName Get Assignees Dictionary
   * @description Lists the people who can be assigned to issues in the selected repository: value is the login. Search filters logins and names.
   * @route POST /get-assignees-dictionary
   * @paramDef {"type":"Object","label":"Payload","name":"payload","description":"Search text, cursor, and criteria.repository (the selected repository)."}
   * @returns {Object}
   * @sampleResult {"items":[{"label":"octocat","value":"octocat","note":"User"}],"cursor":null}
   */
  async getAssigneesDictionary(payload: unknown) {
    return this.#run('issueDictionaries', 'getAssigneesDictionary', [payload])
  }

  /**
   * @registerAs DICTIONARY
   * @operationName Get Milestones Dictionary
   * @description Lists the open milestones of the selected repository, soonest due first: value is the milestone number, label its title, note the due date and issue counts. Search filters titles and descriptions.
   * @route POST /get-milestones-dictionary
   * @paramDef {"type":"Object","label":"Payload","name":"payload","description":"Search text, cursor, and criteria.repository (the selected repository)."}
   * @returns {Object}
   * @sampleResult {"items":[{"label":"v1.0","value":1,"note":"due 2025-06-30 · 4 open, 8 closed"}],"cursor":null}
   */
  async getMilestonesDictionary(payload: unknown) {
    return this.#run('issueDictionaries', 'getMilestonesDictionary', [payload])
  }

  /**
   * @registerAs DICTIONARY
   * @operationName Get Issues Dictionary
   * @description Lists the open issues of the selected repository (not pull requests), newest first, for picking: value is the number, the label "#number title", the note its author. Search filters numbers, titles and authors.
   * @route POST /get-issues-dictionary
   * @paramDef {"type":"Object","label":"Payload","name":"payload","description":"Search text, cursor, and criteria.repository (the selected repository)."}
   * @returns {Object}
   * @sampleResult {"items":[{"label":"#1347 Found a bug","value":1347,"note":"octocat"}],"cursor":null}
   */
  async getIssuesDictionary(payload: unknown) {
    return this.#run('issueDictionaries', 'getIssuesDictionary', [payload])
  }

  /**
   * @registerAs DICTIONARY
   * @operationName Get Projects Dictionary
   * @description Lists the projects of the selected owner for picking one: the value is the project number. Search filters by title.
   * @route POST /get-projects-dictionary
   * @paramDef {"type":"Object","label":"Payload","name":"payload","description":"Search text, cursor, and criteria.owner (the selected owner)."}
   * @returns {Object}
   * @sampleResult {"items":[{"label":"Roadmap","value":5}],"cursor":null}
   */
  async getProjectsDictionary(payload: unknown) {
    return this.#run('projects', 'getProjectsDictionary', [payload])
  }

  /**
   * @registerAs DICTIONARY
   * @operationName Get Project Fields Dictionary
   * @description Lists the fields of the selected project that an item can have set (text, number, date, single select, iteration): the value is the field id, the note its type and choices. Search filters by name.
   * @route POST /get-project-fields-dictionary
   * @paramDef {"type":"Object","label":"Payload","name":"payload","description":"Search text, cursor, and criteria.owner and criteria.projectNumber (the selected project)."}
   * @returns {Object}
   * @sampleResult {"items":[{"label":"Status","value":67891,"note":"single select: Todo, In Progress, Done"}],"cursor":null}
   */
  async getProjectFieldsDictionary(payload: unknown) {
    return this.#run('projects', 'getProjectFieldsDictionary', [payload])
  }

  /**
   * @registerAs DICTIONARY
   * @operationName Get Project Items Dictionary
   * @description Lists the items of the selected project for picking one: the value is the item id, the label the issue's or pull request's number and title. Search filters by title or number.
   * @route POST /get-project-items-dictionary
   * @paramDef {"type":"Object","label":"Payload","name":"payload","description":"Search text, cursor, and criteria.owner and criteria.projectNumber (the selected project)."}
   * @returns {Object}
   * @sampleResult {"items":[{"label":"#1347 Found a bug","value":17,"note":"Issue"}],"cursor":null}
   */
  async getProjectItemsDictionary(payload: unknown) {
    return this.#run('projects', 'getProjectItemsDictionary', [payload])
  }
  // #endregion Issues

  // #region Search
  /**
   * @operationName Search Issues and Pull Requests
   * @category Search
   * @description Finds issues and pull requests across GitHub with GitHub's search syntax, e.g. "repo:octocat/Hello-World is:issue is:open label:bug". Returns the matching items, totalCount, incompleteResults (true when GitHub's search timed out and the results are partial) and a cursor. Search has its own rate limit (30 requests a minute) and returns at most the first 1000 results of a query; GitHub App connections must include is:issue or is:pr in the query. Requires: OAuth scope "repo"; GitHub App permission "Issues: read".
   * @route GET /search-issues-and-pull-requests
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Query","name":"query","required":true,"description":"Keywords and qualifiers, e.g. is:issue is:open label:bug repo:octocat/Hello-World, or is:pr author:octocat created:>2024-01-01. Private repositories appear only with the repo scope."}
   * @paramDef {"type":"String","label":"Sort By","name":"sort","defaultValue":"Best Match","uiComponent":{"type":"DROPDOWN","options":{"values":["Best Match","Comments","Reactions","Interactions","Created","Updated"]}},"description":"Best Match ranks by relevance; the others order by number of comments, reactions or interactions, or by creation or update time."}
   * @paramDef {"type":"String","label":"Order","name":"order","defaultValue":"Descending","uiComponent":{"type":"DROPDOWN","options":{"values":["Descending","Ascending"]}},"description":"Sort direction for every Sort By except Best Match."}
   * @paramDef {"type":"Boolean","label":"Fetch All Pages","name":"fetchAll","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"Off: return one page of up to Limit items. On: follow the pages and return up to Limit items in total (at most 1000, which is also GitHub's cap for one search)."}
   * @paramDef {"type":"Number","label":"Limit","name":"limit","defaultValue":30,"uiComponent":{"type":"NUMERIC_STEPPER"},"description":"Page size (1-100) when Fetch All Pages is off; the total maximum (1-1000) when it is on."}
   * @paramDef {"type":"String","label":"Cursor","name":"cursor","description":"The nextCursor of a previous call with the same parameters, to continue where it stopped (never past GitHub's first 1000 results). Leave empty to start from the beginning."}
   * @returns {Object}
   * @sampleResult {"items":[{"url":"https://api.github.com/repos/octocat/Hello-World/issues/1347","repository_url":"https://api.github.com/repos/octocat/Hello-World","html_url":"https://github.com/octocat/Hello-World/issues/1347","id":1,"node_id":"MDU6SXNzdWUx","number":1347,"title":"Found a bug","state":"open","state_reason":null,"user":{"login":"octocat","id":1,"type":"User"},"labels":[{"id":208045946,"name":"bug","color":"f29513","default":true,"description":"Something isn't working"}],"assignee":null,"assignees":[],"milestone":null,"locked":false,"comments":15,"created_at":"2009-07-12T20:10:41Z","updated_at":"2009-07-19T09:23:43Z","closed_at":null,"author_association":"COLLABORATOR","body":"I'm having a problem with this.","score":1}],"nextCursor":"c1.eyJxIjp7InBlcl9wYWdlIjoiMzAiLCJwYWdlIjoiMiJ9fQ.5NMzEKEeQsNJymRRIVmG_SGiOqRjacnxI5il4pPHt2Y","totalCount":280,"incompleteResults":false}
   */
  async searchIssues(query: unknown, sort: unknown, order: unknown, fetchAll: unknown, limit: unknown, cursor: unknown) {
    return this.#run('search', 'searchIssues', [query, sort, order, fetchAll, limit, cursor])
  }

  /**
   * @operationName Search Repositories
   * @category Search
   * @description Finds repositories across GitHub with GitHub's search syntax, e.g. "tetris language:assembly stars:>10". Returns the matching repositories, totalCount, incompleteResults (true when GitHub's search timed out and the results are partial) and a cursor. Search has its own rate limit (30 requests a minute) and returns at most the first 1000 results of a query. Requires: OAuth scope "repo"; GitHub App permission "Metadata: read".
   * @route GET /search-repositories
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Query","name":"query","required":true,"description":"Keywords and qualifiers, e.g. tetris language:assembly, org:github topic:api, or user:octocat archived:false. Private repositories appear only with the repo scope."}
   * @paramDef {"type":"String","label":"Sort By","name":"sort","defaultValue":"Best Match","uiComponent":{"type":"DROPDOWN","options":{"values":["Best Match","Stars","Forks","Help Wanted Issues","Updated"]}},"description":"Best Match ranks by relevance; the others order by stars, forks, issues labelled help wanted, or last update."}
   * @paramDef {"type":"String","label":"Order","name":"order","defaultValue":"Descending","uiComponent":{"type":"DROPDOWN","options":{"values":["Descending","Ascending"]}},"description":"Sort direction for every Sort By except Best Match."}
   * @paramDef {"type":"Boolean","label":"Fetch All Pages","name":"fetchAll","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"Off: return one page of up to Limit items. On: follow the pages and return up to Limit items in total (at most 1000, which is also GitHub's cap for one search)."}
   * @paramDef {"type":"Number","label":"Limit","name":"limit","defaultValue":30,"uiComponent":{"type":"NUMERIC_STEPPER"},"description":"Page size (1-100) when Fetch All Pages is off; the total maximum (1-1000) when it is on."}
   * @paramDef {"type":"String","label":"Cursor","name":"cursor","description":"The nextCursor of a previous call with the same parameters, to continue where it stopped (never past GitHub's first 1000 results). Leave empty to start from the beginning."}
   * @returns {Object}
   * @sampleResult {"items":[{"id":3081286,"node_id":"MDEwOlJlcG9zaXRvcnkzMDgxMjg2","name":"Tetris","full_name":"dtrupenn/Tetris","owner":{"login":"dtrupenn","id":872147,"type":"User"},"private":false,"html_url":"https://github.com/dtrupenn/Tetris","description":"A C implementation of Tetris using Pennsim through LC4","fork":false,"url":"https://api.github.com/repos/dtrupenn/Tetris","created_at":"2012-01-01T00:31:50Z","updated_at":"2013-01-05T17:58:47Z","pushed_at":"2012-01-01T00:37:02Z","homepage":"","size":524,"stargazers_count":1,"watchers_count":1,"language":"Assembly","forks_count":0,"open_issues_count":0,"default_branch":"master","topics":[],"visibility":"public","score":1}],"nextCursor":null,"totalCount":40,"incompleteResults":false}
   */
  async searchRepositories(query: unknown, sort: unknown, order: unknown, fetchAll: unknown, limit: unknown, cursor: unknown) {
    return this.#run('search', 'searchRepositories', [query, sort, order, fetchAll, limit, cursor])
  }

  /**
   * @operationName Search Code
   * @category Search
   * @description Finds files whose content or path matches a code search on GitHub's default branches, e.g. "addClass in:file language:js repo:jquery/jquery". Returns the matching files (name, path, sha, repository, URL; with Text Matches, the matching fragments), totalCount, incompleteResults and a cursor. Code search has its own, tighter rate limit (10 requests a minute) and returns at most the first 1000 results of a query. Requires: OAuth scope "repo"; GitHub App permission "Contents: read".
   * @route GET /search-code
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Query","name":"query","required":true,"description":"Search terms with at least one keyword and qualifiers, e.g. addClass in:file language:js repo:jquery/jquery, or filename:package.json org:github."}
   * @paramDef {"type":"Boolean","label":"Text Matches","name":"textMatches","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"On: each result also carries text_matches, the fragments of the file that matched, for highlighting."}
   * @paramDef {"type":"Boolean","label":"Fetch All Pages","name":"fetchAll","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"Off: return one page of up to Limit items. On: follow the pages and return up to Limit items in total (at most 1000, which is also GitHub's cap for one search)."}
   * @paramDef {"type":"Number","label":"Limit","name":"limit","defaultValue":30,"uiComponent":{"type":"NUMERIC_STEPPER"},"description":"Page size (1-100) when Fetch All Pages is off; the total maximum (1-1000) when it is on."}
   * @paramDef {"type":"String","label":"Cursor","name":"cursor","description":"The nextCursor of a previous call with the same parameters, to continue where it stopped (never past GitHub's first 1000 results). Leave empty to start from the beginning."}
   * @returns {Object}
   * @sampleResult {"items":[{"name":"classes.js","path":"src/attributes/classes.js","sha":"d7212f9dee2dcc18f084d7df8f417b80846ded5a","url":"https://api.github.com/repositories/167174/contents/src/attributes/classes.js?ref=825ac3773694e0cd23ee74895fd5aeb535b27da4","git_url":"https://api.github.com/repositories/167174/git/blobs/d7212f9dee2dcc18f084d7df8f417b80846ded5a","html_url":"https://github.com/jquery/jquery/blob/825ac3773694e0cd23ee74895fd5aeb535b27da4/src/attributes/classes.js","repository":{"id":167174,"node_id":"MDEwOlJlcG9zaXRvcnkxNjcxNzQ=","name":"jquery","full_name":"jquery/jquery","owner":{"login":"jquery","id":70142,"type":"Organization"},"private":false,"html_url":"https://github.com/jquery/jquery","description":"jQuery JavaScript Library","fork":false},"score":1}],"nextCursor":null,"totalCount":7,"incompleteResults":false}
   */
  async searchCode(query: unknown, textMatches: unknown, fetchAll: unknown, limit: unknown, cursor: unknown) {
    return this.#run('search', 'searchCode', [query, textMatches, fetchAll, limit, cursor])
  }

  /**
   * @operationName Search Users
   * @category Search
   * @description Finds users and organizations across GitHub with GitHub's search syntax, e.g. "tom in:login followers:>100" or "location:berlin language:go". Returns the accounts, totalCount, incompleteResults and a cursor. Search has its own rate limit (30 requests a minute) and returns at most the first 1000 results. Requires: OAuth scope "(none)"; GitHub App permission "(none)".
   * @route GET /search-users
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Query","name":"query","required":true,"description":"Keywords and qualifiers, e.g. mona in:login type:user, or location:berlin followers:>10."}
   * @paramDef {"type":"String","label":"Sort By","name":"sort","defaultValue":"Best Match","uiComponent":{"type":"DROPDOWN","options":{"values":["Best Match","Followers","Repositories","Joined"]}},"description":"Best Match ranks by relevance; the others order by followers, public repositories, or when they joined."}
   * @paramDef {"type":"String","label":"Order","name":"order","defaultValue":"Descending","uiComponent":{"type":"DROPDOWN","options":{"values":["Descending","Ascending"]}},"description":"Sort direction for every Sort By except Best Match."}
   * @paramDef {"type":"Boolean","label":"Fetch All Pages","name":"fetchAll","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"Off: return one page of up to Limit items. On: follow the pages and return up to Limit items in total (at most 1000, which is also GitHub's cap for one search)."}
   * @paramDef {"type":"Number","label":"Limit","name":"limit","defaultValue":30,"uiComponent":{"type":"NUMERIC_STEPPER"},"description":"Page size (1-100) when Fetch All Pages is off; the total maximum (1-1000) when it is on."}
   * @paramDef {"type":"String","label":"Cursor","name":"cursor","description":"The nextCursor of a previous call with the same parameters, to continue where it stopped (never past GitHub's first 1000 results). Leave empty to start from the beginning."}
   * @returns {Object}
   * @sampleResult {"items":[{"login":"mojombo","id":1,"type":"User","html_url":"https://github.com/mojombo","score":1}],"nextCursor":null,"totalCount":12,"incompleteResults":false}
   */
  async searchUsers(query: unknown, sort: unknown, order: unknown, fetchAll: unknown, limit: unknown, cursor: unknown) {
    return this.#run('search', 'searchUsers', [query, sort, order, fetchAll, limit, cursor])
  }

  /**
   * @registerAs DICTIONARY
   * @operationName Get Users Dictionary
   * @description Finds GitHub accounts by login or name as the person types (GitHub's user search): value is the login, the note User or Organization.
   * @route POST /get-users-dictionary
   * @paramDef {"type":"Object","label":"Payload","name":"payload","description":"Search text and cursor."}
   * @returns {Object}
   * @sampleResult {"items":[{"label":"octocat","value":"octocat","note":"User"}],"cursor":null}
   */
  async getUsersDictionary(payload: unknown) {
    return this.#run('search', 'getUsersDictionary', [payload])
  }
  // #endregion Search

  // #region Pull requests
  /**
   * @operationName Create Pull Request
   * @category Pull Requests
   * @description Opens a pull request that asks to merge the Head branch into the Base branch, optionally as a draft. Returns the created pull request with its number, URL and head and base commits. Requires: OAuth scope "repo"; GitHub App permission "Pull requests: write".
   * @route POST /create-pull-request
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository the pull request is opened in (the one with the base branch), as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"Head Branch","name":"head","required":true,"dictionary":"getBranchesDictionary","dependsOn":["repository"],"description":"The branch that holds the changes. For a branch in a fork, write owner:branch, e.g. hubot:fix-typo."}
   * @paramDef {"type":"String","label":"Base Branch","name":"base","required":true,"dictionary":"getBranchesDictionary","dependsOn":["repository"],"description":"The branch the changes should be merged into, e.g. main."}
   * @paramDef {"type":"String","label":"Title","name":"title","required":true,"description":"The pull request title (at most 256 characters)."}
   * @paramDef {"type":"String","label":"Body","name":"body","uiComponent":{"type":"MULTI_LINE_TEXT"},"description":"The pull request description, in GitHub Markdown. Write \"Closes #123\" to close an issue when it is merged."}
   * @paramDef {"type":"Boolean","label":"Draft","name":"draft","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"On: open it as a draft, which cannot be merged until it is marked ready for review."}
   * @paramDef {"type":"Boolean","label":"Maintainers Can Modify","name":"maintainerCanModify","defaultValue":true,"uiComponent":{"type":"TOGGLE"},"description":"For a head branch in a fork: whether the base repository's maintainers may push to it."}
   * @returns {Object}
   * @sampleResult {"url":"https://api.github.com/repos/octocat/Hello-World/pulls/1347","id":1,"node_id":"MDExOlB1bGxSZXF1ZXN0MQ==","html_url":"https://github.com/octocat/Hello-World/pull/1347","diff_url":"https://github.com/octocat/Hello-World/pull/1347.diff","number":1347,"state":"open","locked":false,"title":"Amazing new feature","user":{"login":"octocat","id":1,"type":"User"},"body":"Please pull these awesome changes in!","labels":[],"milestone":null,"created_at":"2011-01-26T19:01:12Z","updated_at":"2011-01-26T19:01:12Z","closed_at":null,"merged_at":null,"merge_commit_sha":null,"assignees":[],"requested_reviewers":[],"draft":false,"head":{"label":"octocat:new-topic","ref":"new-topic","sha":"6dcb09b5b57875f334f61aebed695e2e4193db5e","user":{"login":"octocat","id":1}},"base":{"label":"octocat:main","ref":"main","sha":"7fd1a60b01f91b314f59955a4e4d4e80d8edf11d","user":{"login":"octocat","id":1}},"author_association":"OWNER","merged":false,"mergeable":null,"mergeable_state":"unknown","merged_by":null,"comments":0,"review_comments":0,"maintainer_can_modify":true,"commits":3,"additions":100,"deletions":3,"changed_files":5}
   */
  async createPullRequest(
    repository: unknown,
    head: unknown,
    base: unknown,
    title: unknown,
    body: unknown,
    draft: unknown,
    maintainerCanModify: unknown,
  ) {
    return this.#run('pulls', 'createPullRequest', [repository, head, base, title, body, draft, maintainerCanModify])
  }

  /**
   * @operationName Get Pull Request
   * @category Pull Requests
   * @description Returns one pull request by number: state, title, body, head and base branches and commits, whether it is merged, and whether it can be merged (mergeable is null while GitHub is still computing it; ask again a few seconds later). Requires: OAuth scope "repo"; GitHub App permission "Pull requests: read".
   * @route GET /get-pull-request
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Pull Request Number","name":"pullNumber","required":true,"dictionary":"getPullRequestsDictionary","dependsOn":["repository"],"description":"The pull request number shown after # on GitHub, e.g. 1347."}
   * @returns {Object}
   * @sampleResult {"url":"https://api.github.com/repos/octocat/Hello-World/pulls/1347","id":1,"node_id":"MDExOlB1bGxSZXF1ZXN0MQ==","html_url":"https://github.com/octocat/Hello-World/pull/1347","number":1347,"state":"open","locked":false,"title":"Amazing new feature","user":{"login":"octocat","id":1,"type":"User"},"body":"Please pull these awesome changes in!","labels":[{"id":208045946,"name":"enhancement","color":"a2eeef"}],"milestone":null,"created_at":"2011-01-26T19:01:12Z","updated_at":"2011-01-26T19:01:12Z","closed_at":null,"merged_at":null,"merge_commit_sha":"e5bd3914e2e596debea16f433f57875b5b90bcd6","assignees":[],"requested_reviewers":[{"login":"hubot","id":2}],"draft":false,"head":{"label":"octocat:new-topic","ref":"new-topic","sha":"6dcb09b5b57875f334f61aebed695e2e4193db5e","user":{"login":"octocat","id":1}},"base":{"label":"octocat:main","ref":"main","sha":"7fd1a60b01f91b314f59955a4e4d4e80d8edf11d","user":{"login":"octocat","id":1}},"author_association":"OWNER","merged":false,"mergeable":true,"mergeable_state":"clean","merged_by":null,"comments":10,"review_comments":0,"maintainer_can_modify":true,"commits":3,"additions":100,"deletions":3,"changed_files":5}
   */
  async getPullRequest(repository: unknown, pullNumber: unknown) {
    return this.#run('pulls', 'getPullRequest', [repository, pullNumber])
  }

  /**
   * @operationName List Pull Requests
   * @category Pull Requests
   * @description Lists a repository's pull requests, filtered by state, head and base branch and sorted as chosen. Returns the pull requests and a cursor for the next page. Requires: OAuth scope "repo"; GitHub App permission "Pull requests: read".
   * @route GET /list-pull-requests
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"State","name":"state","defaultValue":"Open","uiComponent":{"type":"DROPDOWN","options":{"values":["Open","Closed","All"]}},"description":"Which pull requests to list: open ones, closed ones (merged or not), or all."}
   * @paramDef {"type":"String","label":"Head Branch","name":"head","dictionary":"getBranchesDictionary","dependsOn":["repository"],"description":"Only pull requests from this branch. A bare branch name means a branch of the repository's owner; for a fork write owner:branch."}
   * @paramDef {"type":"String","label":"Base Branch","name":"base","dictionary":"getBranchesDictionary","dependsOn":["repository"],"description":"Only pull requests that target this branch, e.g. main."}
   * @paramDef {"type":"String","label":"Sort By","name":"sort","defaultValue":"Created","uiComponent":{"type":"DROPDOWN","options":{"values":["Created","Updated","Popularity","Long-running"]}},"description":"Order by creation date, last update, number of comments (Popularity), or Long-running: open for over a month with recent activity."}
   * @paramDef {"type":"String","label":"Direction","name":"direction","uiComponent":{"type":"DROPDOWN","options":{"values":["Descending","Ascending"]}},"description":"Sort direction. Empty: descending for Created, ascending otherwise."}
   * @paramDef {"type":"Boolean","label":"Fetch All Pages","name":"fetchAll","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"Off: return one page of up to Limit items. On: follow the pages and return up to Limit items in total (at most 1000)."}
   * @paramDef {"type":"Number","label":"Limit","name":"limit","defaultValue":30,"uiComponent":{"type":"NUMERIC_STEPPER"},"description":"Page size (1-100) when Fetch All Pages is off; the total maximum (1-1000) when it is on."}
   * @paramDef {"type":"String","label":"Cursor","name":"cursor","description":"The nextCursor of a previous call with the same parameters, to continue where it stopped. Leave empty to start from the beginning."}
   * @returns {Object}
   * @sampleResult {"items":[{"url":"https://api.github.com/repos/octocat/Hello-World/pulls/1347","id":1,"html_url":"https://github.com/octocat/Hello-World/pull/1347","number":1347,"state":"open","locked":false,"title":"Amazing new feature","user":{"login":"octocat","id":1},"body":"Please pull these awesome changes in!","labels":[],"created_at":"2011-01-26T19:01:12Z","updated_at":"2011-01-26T19:01:12Z","closed_at":null,"merged_at":null,"draft":false,"head":{"label":"octocat:new-topic","ref":"new-topic","sha":"6dcb09b5b57875f334f61aebed695e2e4193db5e"},"base":{"label":"octocat:main","ref":"main","sha":"7fd1a60b01f91b314f59955a4e4d4e80d8edf11d"},"author_association":"OWNER"}],"nextCursor":"c1.eyJxIjp7InBlcl9wYWdlIjoiMzAiLCJwYWdlIjoiMiJ9fQ.jlGlZq4zO6WVBScCYjnOgdpHc-Gk_3rRzQHg0W0f4PM"}
   */
  async listPullRequests(
    repository: unknown,
    state: unknown,
    head: unknown,
    base: unknown,
    sort: unknown,
    direction: unknown,
    fetchAll: unknown,
    limit: unknown,
    cursor: unknown,
  ) {
    return this.#run('pulls', 'listPullRequests', [repository, state, head, base, sort, direction, fetchAll, limit, cursor])
  }

  /**
   * @operationName Merge Pull Request
   * @category Pull Requests
   * @description Merges a pull request with a merge commit, a squash or a rebase, optionally only if its head is still the commit you reviewed. Returns the resulting commit SHA; fails with a conflict when the pull request is not mergeable (closed, draft, conflicts, failing required checks or reviews) or its head moved. Requires: OAuth scope "repo"; GitHub App permission "Contents: write".
   * @route PUT /merge-pull-request
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Pull Request Number","name":"pullNumber","required":true,"dictionary":"getPullRequestsDictionary","dependsOn":["repository"],"description":"The pull request number shown after # on GitHub, e.g. 1347."}
   * @paramDef {"type":"String","label":"Merge Method","name":"mergeMethod","defaultValue":"Merge","uiComponent":{"type":"DROPDOWN","options":{"values":["Merge","Squash","Rebase"]}},"description":"Merge: a merge commit keeps every commit. Squash: one commit with all the changes. Rebase: the commits replayed onto the base branch. The repository must allow the method."}
   * @paramDef {"type":"String","label":"Commit Title","name":"commitTitle","description":"Title of the merge or squash commit. Empty: GitHub's default, e.g. \"Merge pull request #1347 from octocat/new-topic\"."}
   * @paramDef {"type":"String","label":"Commit Message","name":"commitMessage","uiComponent":{"type":"MULTI_LINE_TEXT"},"description":"Extra text appended to the merge or squash commit message."}
   * @paramDef {"type":"String","label":"Expected Head SHA","name":"sha","description":"Merge only if the pull request's head is still this full commit SHA (from Get Pull Request, head.sha); otherwise nothing is merged and a conflict is reported."}
   * @returns {Object}
   * @sampleResult {"sha":"6dcb09b5b57875f334f61aebed695e2e4193db5e","merged":true,"message":"Pull Request successfully merged"}
   */
  async mergePullRequest(
    repository: unknown,
    pullNumber: unknown,
    mergeMethod: unknown,
    commitTitle: unknown,
    commitMessage: unknown,
    sha: unknown,
  ) {
    return this.#run('pulls', 'mergePullRequest', [repository, pullNumber, mergeMethod, commitTitle, commitMessage, sha])
  }

  /**
   * @operationName Request Reviewers
   * @category Pull Requests
   * @description Asks people and/or teams to review a pull request; GitHub notifies them. Returns the pull request with its requested reviewers. Reviewers must be collaborators of the repository, and the author cannot review their own pull request. Requires: OAuth scope "repo"; GitHub App permission "Pull requests: write".
   * @route POST /request-reviewers
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Pull Request Number","name":"pullNumber","required":true,"dictionary":"getPullRequestsDictionary","dependsOn":["repository"],"description":"The pull request number shown after # on GitHub, e.g. 1347."}
   * @paramDef {"type":"Array<String>","label":"Reviewers","name":"reviewers","dictionary":"getCollaboratorsDictionary","dependsOn":["repository"],"description":"Logins of the people to ask for a review, e.g. octocat. Give reviewers, teams, or both."}
   * @paramDef {"type":"Array<String>","label":"Team Reviewers","name":"teamReviewers","description":"Slugs of the organisation's teams to ask for a review, e.g. justice-league (without the organisation name)."}
   * @returns {Object}
   * @sampleResult {"url":"https://api.github.com/repos/octocat/Hello-World/pulls/1347","id":1,"html_url":"https://github.com/octocat/Hello-World/pull/1347","number":1347,"state":"open","title":"Amazing new feature","user":{"login":"octocat","id":1},"requested_reviewers":[{"login":"hubot","id":2,"type":"User"}],"requested_teams":[{"id":1,"name":"Justice League","slug":"justice-league"}],"head":{"ref":"new-topic","sha":"6dcb09b5b57875f334f61aebed695e2e4193db5e"},"base":{"ref":"main","sha":"7fd1a60b01f91b314f59955a4e4d4e80d8edf11d"},"draft":false,"created_at":"2011-01-26T19:01:12Z","updated_at":"2011-01-26T19:05:40Z"}
   */
  async requestReviewers(repository: unknown, pullNumber: unknown, reviewers: unknown, teamReviewers: unknown) {
    return this.#run('pulls', 'requestReviewers', [repository, pullNumber, reviewers, teamReviewers])
  }

  /**
   * @operationName List Pull Request Files
   * @category Pull Requests
   * @description Lists the files a pull request changes, each with its status (added, modified, removed, renamed), line counts and patch. Returns the files and a cursor for the next page; GitHub lists at most 3000 files. Requires: OAuth scope "repo"; GitHub App permission "Pull requests: read".
   * @route GET /list-pull-request-files
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Pull Request Number","name":"pullNumber","required":true,"dictionary":"getPullRequestsDictionary","dependsOn":["repository"],"description":"The pull request number shown after # on GitHub, e.g. 1347."}
   * @paramDef {"type":"Boolean","label":"Fetch All Pages","name":"fetchAll","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"Off: return one page of up to Limit items. On: follow the pages and return up to Limit items in total (at most 1000)."}
   * @paramDef {"type":"Number","label":"Limit","name":"limit","defaultValue":30,"uiComponent":{"type":"NUMERIC_STEPPER"},"description":"Page size (1-100) when Fetch All Pages is off; the total maximum (1-1000) when it is on."}
   * @paramDef {"type":"String","label":"Cursor","name":"cursor","description":"The nextCursor of a previous call with the same parameters, to continue where it stopped. Leave empty to start from the beginning."}
   * @returns {Object}
   * @sampleResult {"items":[{"sha":"bbcd538c8e72b8c175046e27cc8f907076331401","filename":"file1.txt","status":"added","additions":103,"deletions":21,"changes":124,"blob_url":"https://github.com/octocat/Hello-World/blob/6dcb09b5b57875f334f61aebed695e2e4193db5e/file1.txt","raw_url":"https://github.com/octocat/Hello-World/raw/6dcb09b5b57875f334f61aebed695e2e4193db5e/file1.txt","contents_url":"https://api.github.com/repos/octocat/Hello-World/contents/file1.txt?ref=6dcb09b5b57875f334f61aebed695e2e4193db5e","patch":"@@ -132,7 +132,7 @@ module Test @@ -1000,7 +1000,7 @@ module Test"}],"nextCursor":null}
   */
  async listPullRequestFiles(repository: unknown, pullNumber: unknown, fetchAll: unknown, limit: unknown, cursor: unknown) {
    return this.#run('pulls', 'listPullRequestFiles', [repository, pullNumber, fetchAll, limit, cursor])
  }

  /**
   * @operationName Update Pull Request
   * @category Pull Requests
   * @description Changes a pull request's title, description, state (close or reopen), base branch or whether maintainers may modify it; fields left empty stay as they are. Returns the updated pull request. Requires: OAuth scope "repo"; GitHub App permission "Pull requests: write".
   * @route PUT /update-pull-request
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Pull Request Number","name":"pullNumber","required":true,"dictionary":"getPullRequestsDictionary","dependsOn":["repository"],"description":"The pull request number shown after # on GitHub, e.g. 1347."}
   * @paramDef {"type":"String","label":"Title","name":"title","description":"The new title (at most 256 characters). Empty: unchanged."}
   * @paramDef {"type":"String","label":"Body","name":"body","uiComponent":{"type":"MULTI_LINE_TEXT"},"description":"The new description, in GitHub Markdown. Empty: unchanged."}
   * @paramDef {"type":"String","label":"State","name":"state","uiComponent":{"type":"DROPDOWN","options":{"values":["Open","Closed"]}},"description":"Closed closes the pull request without merging it; Open reopens it. Empty: unchanged."}
   * @paramDef {"type":"String","label":"Base Branch","name":"base","dictionary":"getBranchesDictionary","dependsOn":["repository"],"description":"Retarget the pull request to this branch of the same repository. Empty: unchanged."}
   * @paramDef {"type":"Boolean","label":"Maintainers Can Modify","name":"maintainerCanModify","uiComponent":{"type":"TOGGLE"},"description":"For a head branch in a fork: whether the base repository's maintainers may push to it. Empty: unchanged."}
   * @returns {Object}
   * @sampleResult {"url":"https://api.github.com/repos/octocat/Hello-World/pulls/1347","id":1,"html_url":"https://github.com/octocat/Hello-World/pull/1347","number":1347,"state":"closed","locked":false,"title":"Amazing new feature (v2)","user":{"login":"octocat","id":1},"body":"Please pull these awesome changes in!","created_at":"2011-01-26T19:01:12Z","updated_at":"2011-01-27T08:30:00Z","closed_at":"2011-01-27T08:30:00Z","merged_at":null,"draft":false,"head":{"label":"octocat:new-topic","ref":"new-topic","sha":"6dcb09b5b57875f334f61aebed695e2e4193db5e"},"base":{"label":"octocat:main","ref":"main","sha":"7fd1a60b01f91b314f59955a4e4d4e80d8edf11d"},"merged":false,"mergeable":null,"maintainer_can_modify":true,"commits":3,"additions":100,"deletions":3,"changed_files":5}
   */
  async updatePullRequest(
    repository: unknown,
    pullNumber: unknown,
    title: unknown,
    body: unknown,
    state: unknown,
    base: unknown,
    maintainerCanModify: unknown,
  ) {
    return this.#run('pulls', 'updatePullRequest', [repository, pullNumber, title, body, state, base, maintainerCanModify])
  }

  /**
   * @operationName Create Pull Request Review
   * @category Pull Requests
   * @description Submits a review of a pull request: approve it, request changes, or comment, as the connected account. Returns the submitted review with its state (APPROVED, CHANGES_REQUESTED or COMMENTED). Requires: OAuth scope "repo"; GitHub App permission "Pull requests: write".
   * @route POST /create-pull-request-review
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Pull Request Number","name":"pullNumber","required":true,"dictionary":"getPullRequestsDictionary","dependsOn":["repository"],"description":"The pull request number shown after # on GitHub, e.g. 1347."}
   * @paramDef {"type":"String","label":"Review","name":"event","required":true,"uiComponent":{"type":"DROPDOWN","options":{"values":["Approve","Request Changes","Comment"]}},"description":"The verdict. Nobody can approve or request changes on their own pull request."}
   * @paramDef {"type":"String","label":"Body","name":"body","uiComponent":{"type":"MULTI_LINE_TEXT"},"description":"The review text, in GitHub Markdown. Required for Request Changes and Comment."}
   * @paramDef {"type":"String","label":"Commit SHA","name":"commitId","description":"The full SHA of the commit being reviewed. Empty: the pull request's latest commit."}
   * @returns {Object}
   * @sampleResult {"id":80,"node_id":"MDE3OlB1bGxSZXF1ZXN0UmV2aWV3ODA=","user":{"login":"hubot","id":2,"type":"User"},"body":"Looks good to me.","state":"APPROVED","html_url":"https://github.com/octocat/Hello-World/pull/1347#pullrequestreview-80","pull_request_url":"https://api.github.com/repos/octocat/Hello-World/pulls/1347","submitted_at":"2019-11-17T17:43:43Z","commit_id":"6dcb09b5b57875f334f61aebed695e2e4193db5e","author_association":"COLLABORATOR"}
   */
  async createPullRequestReview(repository: unknown, pullNumber: unknown, event: unknown, body: unknown, commitId: unknown) {
    return this.#run('pulls', 'createPullRequestReview', [repository, pullNumber, event, body, commitId])
  }

  /**
   * @operationName List Pull Request Reviews
   * @category Pull Requests
   * @description Lists the reviews submitted on a pull request, oldest first, each with its author, state (APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED) and commit. Returns the reviews and a cursor for the next page. Requires: OAuth scope "repo"; GitHub App permission "Pull requests: read".
   * @route GET /list-pull-request-reviews
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Pull Request Number","name":"pullNumber","required":true,"dictionary":"getPullRequestsDictionary","dependsOn":["repository"],"description":"The pull request number shown after # on GitHub, e.g. 1347."}
   * @paramDef {"type":"Boolean","label":"Fetch All Pages","name":"fetchAll","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"Off: return one page of up to Limit items. On: follow the pages and return up to Limit items in total (at most 1000)."}
   * @paramDef {"type":"Number","label":"Limit","name":"limit","defaultValue":30,"uiComponent":{"type":"NUMERIC_STEPPER"},"description":"Page size (1-100) when Fetch All Pages is off; the total maximum (1-1000) when it is on."}
   * @paramDef {"type":"String","label":"Cursor","name":"cursor","description":"The nextCursor of a previous call with the same parameters, to continue where it stopped. Leave empty to start from the beginning."}
   * @returns {Object}
   * @sampleResult {"items":[{"id":80,"node_id":"MDE3OlB1bGxSZXF1ZXN0UmV2aWV3ODA=","user":{"login":"hubot","id":2,"type":"User"},"body":"Here is the body for the review.","state":"APPROVED","html_url":"https://github.com/octocat/Hello-World/pull/1347#pullrequestreview-80","submitted_at":"2019-11-17T17:43:43Z","commit_id":"6dcb09b5b57875f334f61aebed695e2e4193db5e","author_association":"COLLABORATOR"}],"nextCursor":null}
   */
  async listPullRequestReviews(repository: unknown, pullNumber: unknown, fetchAll: unknown, limit: unknown, cursor: unknown) {
    return this.#run('pulls', 'listPullRequestReviews', [repository, pullNumber, fetchAll, limit, cursor])
  }

  /**
   * @operationName Find or Create Pull Request
   * @category Pull Requests
   * @description Returns the open pull request from Head into Base, or opens one with the title and body given when there is none: a flow that runs again does not open a second one. Returns created (true when it was opened now) and the pull request. Requires: OAuth scope "repo"; GitHub App permission "Pull requests: write".
   * @route POST /find-or-create-pull-request
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository the pull request is opened in (the one with the base branch), as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"Head Branch","name":"head","required":true,"dictionary":"getBranchesDictionary","dependsOn":["repository"],"description":"The branch that holds the changes. For a branch in a fork, write owner:branch, e.g. hubot:fix-typo."}
   * @paramDef {"type":"String","label":"Base Branch","name":"base","required":true,"dictionary":"getBranchesDictionary","dependsOn":["repository"],"description":"The branch the changes should be merged into, e.g. main."}
   * @paramDef {"type":"String","label":"Title","name":"title","required":true,"description":"The pull request title (at most 256 characters)."}
   * @paramDef {"type":"String","label":"Body","name":"body","uiComponent":{"type":"MULTI_LINE_TEXT"},"description":"The pull request description, in GitHub Markdown. Write \"Closes #123\" to close an issue when it is merged."}
   * @paramDef {"type":"Boolean","label":"Draft","name":"draft","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"On: open it as a draft, which cannot be merged until it is marked ready for review."}
   * @paramDef {"type":"Boolean","label":"Maintainers Can Modify","name":"maintainerCanModify","defaultValue":true,"uiComponent":{"type":"TOGGLE"},"description":"For a head branch in a fork: whether the base repository's maintainers may push to it."}
   * @returns {Object}
   * @sampleResult {"created":false,"pullRequest":{"url":"https://api.github.com/repos/octocat/Hello-World/pulls/1347","id":1,"node_id":"MDExOlB1bGxSZXF1ZXN0MQ==","html_url":"https://github.com/octocat/Hello-World/pull/1347","number":1347,"state":"open","locked":false,"title":"Amazing new feature","user":{"login":"octocat","id":1,"type":"User"},"body":"Please pull these awesome changes in!","labels":[{"id":208045946,"name":"enhancement","color":"a2eeef"}],"milestone":null,"created_at":"2011-01-26T19:01:12Z","updated_at":"2011-01-26T19:01:12Z","closed_at":null,"merged_at":null,"merge_commit_sha":"e5bd3914e2e596debea16f433f57875b5b90bcd6","assignees":[],"requested_reviewers":[{"login":"hubot","id":2}],"draft":false,"head":{"label":"octocat:new-topic","ref":"new-topic","sha":"6dcb09b5b57875f334f61aebed695e2e4193db5e","user":{"login":"octocat","id":1}},"base":{"label":"octocat:main","ref":"main","sha":"7fd1a60b01f91b314f59955a4e4d4e80d8edf11d","user":{"login":"octocat","id":1}},"author_association":"OWNER","merged":false,"mergeable":true,"mergeable_state":"clean","merged_by":null,"comments":10,"review_comments":0,"maintainer_can_modify":true,"commits":3,"additions":100,"deletions":3,"changed_files":5}}
   */
  async findOrCreatePullRequest(
    repository: unknown,
    head: unknown,
    base: unknown,
    title: unknown,
    body: unknown,
    draft: unknown,
    maintainerCanModify: unknown,
  ) {
    return this.#run('pulls', 'findOrCreatePullRequest', [repository, head, base, title, body, draft, maintainerCanModify])
  }

  /**
   * @operationName Remove Requested Reviewers
   * @category Pull Requests
   * @description Withdraws review requests from people and/or teams on a pull request (their submitted reviews stay). Returns the pull request with the reviewers still requested. Requires: OAuth scope "repo"; GitHub App permission "Pull requests: write".
   * @route DELETE /remove-requested-reviewers
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Pull Request Number","name":"pullNumber","required":true,"dictionary":"getPullRequestsDictionary","dependsOn":["repository"],"description":"The pull request number shown after # on GitHub, e.g. 1347."}
   * @paramDef {"type":"Array<String>","label":"Reviewers","name":"reviewers","dictionary":"getCollaboratorsDictionary","dependsOn":["repository"],"description":"Logins of the people to ask for a review, e.g. octocat. Give reviewers, teams, or both."}
   * @paramDef {"type":"Array<String>","label":"Team Reviewers","name":"teamReviewers","description":"Slugs of the organisation's teams to ask for a review, e.g. justice-league (without the organisation name)."}
   * @returns {Object}
   * @sampleResult {"url":"https://api.github.com/repos/octocat/Hello-World/pulls/1347","id":1,"html_url":"https://github.com/octocat/Hello-World/pull/1347","number":1347,"state":"open","title":"Amazing new feature","user":{"login":"octocat","id":1},"requested_reviewers":[],"requested_teams":[],"head":{"ref":"new-topic","sha":"6dcb09b5b57875f334f61aebed695e2e4193db5e"},"base":{"ref":"main","sha":"7fd1a60b01f91b314f59955a4e4d4e80d8edf11d"},"draft":false,"created_at":"2011-01-26T19:01:12Z","updated_at":"2011-01-26T19:05:40Z"}
   */
  async removeRequestedReviewers(repository: unknown, pullNumber: unknown, reviewers: unknown, teamReviewers: unknown) {
    return this.#run('pulls', 'removeRequestedReviewers', [repository, pullNumber, reviewers, teamReviewers])
  }

  /**
   * @operationName List Pull Request Commits
   * @category Pull Requests
   * @description Lists a pull request's commits, oldest first (GitHub lists at most 250). Returns each commit's SHA, message, author and parents, and a cursor for the next page. Requires: OAuth scope "repo"; GitHub App permission "Pull requests: read".
   * @route GET /list-pull-request-commits
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Pull Request Number","name":"pullNumber","required":true,"dictionary":"getPullRequestsDictionary","dependsOn":["repository"],"description":"The pull request number shown after # on GitHub, e.g. 1347."}
   * @paramDef {"type":"Boolean","label":"Fetch All Pages","name":"fetchAll","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"Off: return one page of up to Limit items. On: follow the pages and return up to Limit items in total (at most 1000)."}
   * @paramDef {"type":"Number","label":"Limit","name":"limit","defaultValue":30,"uiComponent":{"type":"NUMERIC_STEPPER"},"description":"Page size (1-100) when Fetch All Pages is off; the total maximum (1-1000) when it is on."}
   * @paramDef {"type":"String","label":"Cursor","name":"cursor","description":"The nextCursor of a previous call with the same parameters, to continue where it stopped. Leave empty to start from the beginning."}
   * @returns {Object}
   * @sampleResult {"items":[{"sha":"6dcb09b5b57875f334f61aebed695e2e4193db5e","url":"https://api.github.com/repos/octocat/Hello-World/commits/6dcb09b5b57875f334f61aebed695e2e4193db5e","html_url":"https://github.com/octocat/Hello-World/commit/6dcb09b5b57875f334f61aebed695e2e4193db5e","commit":{"author":{"name":"Monalisa Octocat","email":"support@github.com","date":"2011-04-14T16:00:49Z"},"committer":{"name":"Monalisa Octocat","email":"support@github.com","date":"2011-04-14T16:00:49Z"},"message":"Fix all the bugs","comment_count":0},"author":{"login":"octocat","id":1,"type":"User"},"parents":[{"sha":"6dcb09b5b57875f334f61aebed695e2e4193db5e","url":"https://api.github.com/repos/octocat/Hello-World/commits/6dcb09b"}]}],"nextCursor":null}
   */
  async listPullRequestCommits(repository: unknown, pullNumber: unknown, fetchAll: unknown, limit: unknown, cursor: unknown) {
    return this.#run('pulls', 'listPullRequestCommits', [repository, pullNumber, fetchAll, limit, cursor])
  }

  /**
   * @operationName Update Pull Request Branch
   * @category Pull Requests
   * @description Merges the base branch's new commits into the pull request's head branch (GitHub's Update branch button). GitHub does it in the background: the head moves a few seconds later. Fails when the head is already up to date or the merge conflicts. Requires: OAuth scope "repo"; GitHub App permission "Contents: write".
   * @route PUT /update-pull-request-branch
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Pull Request Number","name":"pullNumber","required":true,"dictionary":"getPullRequestsDictionary","dependsOn":["repository"],"description":"The pull request number shown after # on GitHub, e.g. 1347."}
   * @paramDef {"type":"String","label":"Expected Head SHA","name":"expectedHeadSha","description":"Update only if the head is still this commit (the full SHA), so that no newer push is merged unseen."}
   * @returns {Object}
   * @sampleResult {"repository":"octocat/Hello-World","pullNumber":1347,"message":"Updating pull request branch.","url":"https://github.com/repos/octocat/Hello-World/pulls/1347"}
   */
  async updatePullRequestBranch(repository: unknown, pullNumber: unknown, expectedHeadSha: unknown) {
    return this.#run('pulls', 'updatePullRequestBranch', [repository, pullNumber, expectedHeadSha])
  }

  /**
   * @operationName Dismiss Review
   * @category Pull Requests
   * @description Dismisses an approving or change-requesting review, with a message saying why (it then no longer counts for branch protection). Needs admin rights, or write access when the repository's settings allow it. Returns the dismissed review. Requires: OAuth scope "repo"; GitHub App permission "Pull requests: write".
   * @route PUT /dismiss-review
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Pull Request Number","name":"pullNumber","required":true,"dictionary":"getPullRequestsDictionary","dependsOn":["repository"],"description":"The pull request number shown after # on GitHub, e.g. 1347."}
   * @paramDef {"type":"Number","label":"Review","name":"reviewId","required":true,"dictionary":"getReviewsDictionary","dependsOn":["repository","pullNumber"],"description":"The review's id (pick it from the list, or take it from List Pull Request Reviews)."}
   * @paramDef {"type":"String","label":"Message","name":"message","required":true,"description":"Why the review is dismissed; GitHub shows it."}
   * @returns {Object}
   * @sampleResult {"id":80,"node_id":"MDE3OlB1bGxSZXF1ZXN0UmV2aWV3ODA=","user":{"login":"octocat","id":1,"type":"User"},"body":"Here is the body for the review.","state":"DISMISSED","html_url":"https://github.com/octocat/Hello-World/pull/12#pullrequestreview-80","pull_request_url":"https://api.github.com/repos/octocat/Hello-World/pulls/12","submitted_at":"2019-11-17T17:43:43Z","commit_id":"ecdd80bb57125d7ba9641ffaa4d7d2c19d3f3091","author_association":"COLLABORATOR"}
   */
  async dismissReview(repository: unknown, pullNumber: unknown, reviewId: unknown, message: unknown) {
    return this.#run('reviews', 'dismissReview', [repository, pullNumber, reviewId, message])
  }

  /**
   * @operationName Submit Pending Review
   * @category Pull Requests
   * @description Submits a pending review of the connected account (one started on GitHub or by another tool) as an approval, a change request or a comment; its line comments become visible with it. Returns the submitted review. Requires: OAuth scope "repo"; GitHub App permission "Pull requests: write".
   * @route POST /submit-review
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Pull Request Number","name":"pullNumber","required":true,"dictionary":"getPullRequestsDictionary","dependsOn":["repository"],"description":"The pull request number shown after # on GitHub, e.g. 1347."}
   * @paramDef {"type":"Number","label":"Review","name":"reviewId","required":true,"dictionary":"getReviewsDictionary","dependsOn":["repository","pullNumber"],"description":"The review's id (pick it from the list, or take it from List Pull Request Reviews)."}
   * @paramDef {"type":"String","label":"Event","name":"event","required":true,"uiComponent":{"type":"DROPDOWN","options":{"values":["Approve","Request Changes","Comment"]}},"description":"What the review says."}
   * @paramDef {"type":"String","label":"Body","name":"body","uiComponent":{"type":"MULTI_LINE_TEXT"},"description":"The review's text (required for Request Changes and Comment unless the pending review has one)."}
   * @returns {Object}
   * @sampleResult {"id":80,"node_id":"MDE3OlB1bGxSZXF1ZXN0UmV2aWV3ODA=","user":{"login":"octocat","id":1,"type":"User"},"body":"Here is the body for the review.","state":"APPROVED","html_url":"https://github.com/octocat/Hello-World/pull/12#pullrequestreview-80","pull_request_url":"https://api.github.com/repos/octocat/Hello-World/pulls/12","submitted_at":"2019-11-17T17:43:43Z","commit_id":"ecdd80bb57125d7ba9641ffaa4d7d2c19d3f3091","author_association":"COLLABORATOR"}
   */
  async submitReview(repository: unknown, pullNumber: unknown, reviewId: unknown, event: unknown, body: unknown) {
    return this.#run('reviews', 'submitReview', [repository, pullNumber, reviewId, event, body])
  }

  /**
   * @operationName Create Review Comment
   * @category Pull Requests
   * @description Comments on a pull request's diff: on one line (Line), on a range (Start Line to Line), or on the whole file (no Line), of the new or the old code, at the pull request's head unless a commit is given. Returns the comment. Requires: OAuth scope "repo"; GitHub App permission "Pull requests: write".
   * @route POST /create-review-comment
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Pull Request Number","name":"pullNumber","required":true,"dictionary":"getPullRequestsDictionary","dependsOn":["repository"],"description":"The pull request number shown after # on GitHub, e.g. 1347."}
   * @paramDef {"type":"String","label":"Body","name":"body","required":true,"uiComponent":{"type":"MULTI_LINE_TEXT"},"description":"The comment, in GitHub Markdown."}
   * @paramDef {"type":"String","label":"File Path","name":"path","required":true,"description":"The file the comment is on, e.g. src/app.ts."}
   * @paramDef {"type":"Number","label":"Line","name":"line","uiComponent":{"type":"NUMERIC"},"description":"The line in the file (the last line of a range). Empty: a comment on the whole file."}
   * @paramDef {"type":"Number","label":"Start Line","name":"startLine","uiComponent":{"type":"NUMERIC"},"description":"For a range: its first line (before Line)."}
   * @paramDef {"type":"String","label":"Side","name":"side","uiComponent":{"type":"DROPDOWN","options":{"values":["New code (right)","Old code (left)"]}},"description":"Which version of the file the line numbers refer to. Empty: the new code."}
   * @paramDef {"type":"String","label":"Commit SHA","name":"commitId","description":"The commit the line numbers refer to (full SHA). Empty: the pull request's head."}
   * @returns {Object}
   * @sampleResult {"url":"https://api.github.com/repos/octocat/Hello-World/pulls/comments/1","pull_request_review_id":42,"id":10,"diff_hunk":"@@ -16,33 +16,40 @@ public class Connection : IConnection...","path":"file1.txt","commit_id":"6dcb09b5b57875f334f61aebed695e2e4193db5e","original_commit_id":"9c48853fa3dc5c1c3d6f1f1cd1f2743e72652840","in_reply_to_id":8,"user":{"login":"octocat","id":1,"type":"User"},"body":"Great stuff!","created_at":"2011-04-14T16:00:49Z","updated_at":"2011-04-14T16:00:49Z","html_url":"https://github.com/octocat/Hello-World/pull/1#discussion-diff-1","pull_request_url":"https://api.github.com/repos/octocat/Hello-World/pulls/1","author_association":"NONE","start_line":1,"original_start_line":1,"start_side":"RIGHT","line":2,"original_line":2,"side":"RIGHT"}
   */
  async createReviewComment(
    repository: unknown,
    pullNumber: unknown,
    body: unknown,
    path: unknown,
    line: unknown,
    startLine: unknown,
    side: unknown,
    commitId: unknown,
  ) {
    return this.#run('reviews', 'createReviewComment', [repository, pullNumber, body, path, line, startLine, side, commitId])
  }

  /**
   * @operationName List Review Comments
   * @category Pull Requests
   * @description Lists the comments on a pull request's diff, oldest first, each with its file, lines, author and the comment it replies to. Returns the comments and a cursor for the next page. Requires: OAuth scope "repo"; GitHub App permission "Pull requests: read".
   * @route GET /list-review-comments
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Pull Request Number","name":"pullNumber","required":true,"dictionary":"getPullRequestsDictionary","dependsOn":["repository"],"description":"The pull request number shown after # on GitHub, e.g. 1347."}
   * @paramDef {"type":"Boolean","label":"Fetch All Pages","name":"fetchAll","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"Off: return one page of up to Limit items. On: follow the pages and return up to Limit items in total (at most 1000)."}
   * @paramDef {"type":"Number","label":"Limit","name":"limit","defaultValue":30,"uiComponent":{"type":"NUMERIC_STEPPER"},"description":"Page size (1-100) when Fetch All Pages is off; the total maximum (1-1000) when it is on."}
   * @paramDef {"type":"String","label":"Cursor","name":"cursor","description":"The nextCursor of a previous call with the same parameters, to continue where it stopped. Leave empty to start from the beginning."}
   * @returns {Object}
   * @sampleResult {"items":[{"url":"https://api.github.com/repos/octocat/Hello-World/pulls/comments/1","pull_request_review_id":42,"id":10,"diff_hunk":"@@ -16,33 +16,40 @@ public class Connection : IConnection...","path":"file1.txt","commit_id":"6dcb09b5b57875f334f61aebed695e2e4193db5e","original_commit_id":"9c48853fa3dc5c1c3d6f1f1cd1f2743e72652840","in_reply_to_id":8,"user":{"login":"octocat","id":1,"type":"User"},"body":"Great stuff!","created_at":"2011-04-14T16:00:49Z","updated_at":"2011-04-14T16:00:49Z","html_url":"https://github.com/octocat/Hello-World/pull/1#discussion-diff-1","pull_request_url":"https://api.github.com/repos/octocat/Hello-World/pulls/1","author_association":"NONE","start_line":1,"original_start_line":1,"start_side":"RIGHT","line":2,"original_line":2,"side":"RIGHT"}],"nextCursor":null}
   */
  async listReviewComments(repository: unknown, pullNumber: unknown, fetchAll: unknown, limit: unknown, cursor: unknown) {
    return this.#run('reviews', 'listReviewComments', [repository, pullNumber, fetchAll, limit, cursor])
  }

  /**
   * @operationName Reply to Review Comment
   * @category Pull Requests
   * @description Replies in a review comment's thread (a reply to a reply joins the same thread). Returns the reply. Requires: OAuth scope "repo"; GitHub App permission "Pull requests: write".
   * @route POST /reply-to-review-comment
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Pull Request Number","name":"pullNumber","required":true,"dictionary":"getPullRequestsDictionary","dependsOn":["repository"],"description":"The pull request number shown after # on GitHub, e.g. 1347."}
   * @paramDef {"type":"Number","label":"Comment ID","name":"commentId","required":true,"uiComponent":{"type":"NUMERIC"},"description":"The review comment's id, e.g. from List Review Comments."}
   * @paramDef {"type":"String","label":"Body","name":"body","required":true,"uiComponent":{"type":"MULTI_LINE_TEXT"},"description":"The reply, in GitHub Markdown."}
   * @returns {Object}
   * @sampleResult {"url":"https://api.github.com/repos/octocat/Hello-World/pulls/comments/1","pull_request_review_id":42,"id":10,"diff_hunk":"@@ -16,33 +16,40 @@ public class Connection : IConnection...","path":"file1.txt","commit_id":"6dcb09b5b57875f334f61aebed695e2e4193db5e","original_commit_id":"9c48853fa3dc5c1c3d6f1f1cd1f2743e72652840","in_reply_to_id":8,"user":{"login":"octocat","id":1,"type":"User"},"body":"Great stuff!","created_at":"2011-04-14T16:00:49Z","updated_at":"2011-04-14T16:00:49Z","html_url":"https://github.com/octocat/Hello-World/pull/1#discussion-diff-1","pull_request_url":"https://api.github.com/repos/octocat/Hello-World/pulls/1","author_association":"NONE","start_line":1,"original_start_line":1,"start_side":"RIGHT","line":2,"original_line":2,"side":"RIGHT"}
   */
  async replyToReviewComment(repository: unknown, pullNumber: unknown, commentId: unknown, body: unknown) {
    return this.#run('reviews', 'replyToReviewComment', [repository, pullNumber, commentId, body])
  }

  /**
   * @registerAs DICTIONARY
   * @operationName Get Pull Requests Dictionary
   * @description Lists the open pull requests of the selected repository, newest first, for picking: value is the number, the label "#number title", the note its branches. Search filters numbers, titles, branches and authors.
   * @route POST /get-pull-requests-dictionary
   * @paramDef {"type":"Object","label":"Payload","name":"payload","description":"Search text, cursor, and criteria.repository (the selected repository)."}
   * @returns {Object}
   * @sampleResult {"items":[{"label":"#1347 Amazing new feature","value":1347,"note":"new-topic → main"}],"cursor":null}
   */
  async getPullRequestsDictionary(payload: unknown) {
    return this.#run('pulls', 'getPullRequestsDictionary', [payload])
  }

  /**
   * @registerAs DICTIONARY
   * @operationName Get Reviews Dictionary
   * @description Lists the reviews of the selected pull request for picking: value is the review id, the label its author and state, the note when it was submitted. Search filters authors, states and texts.
   * @route POST /get-reviews-dictionary
   * @paramDef {"type":"Object","label":"Payload","name":"payload","description":"Search text, cursor, and criteria.repository and criteria.pullNumber (the selected pull request)."}
   * @returns {Object}
   * @sampleResult {"items":[{"label":"octocat: approved","value":80,"note":"2019-11-17 17:43"}],"cursor":null}
   */
  async getReviewsDictionary(payload: unknown) {
    return this.#run('reviews', 'getReviewsDictionary', [payload])
  }
  // #endregion Pull requests

  // #region Releases
  /**
   * @operationName Create Release
   * @category Releases
   * @description Publishes a release (or saves a draft) for a tag, creating the tag from the target branch or commit when it does not exist yet, with notes written by you and/or generated by GitHub from the merged pull requests. Returns the release with its id, URLs and upload URL. Requires: OAuth scope "repo"; GitHub App permission "Contents: write".
   * @route POST /create-release
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"Tag","name":"tagName","required":true,"description":"The tag of the release, e.g. v1.0.0. Created from Target when it does not exist."}
   * @paramDef {"type":"String","label":"Target","name":"targetCommitish","dictionary":"getBranchesDictionary","dependsOn":["repository"],"description":"The branch or full commit SHA the new tag points at. Empty: the default branch. Ignored when the tag already exists."}
   * @paramDef {"type":"String","label":"Release Name","name":"name","description":"The release title. Empty: the tag name (or a generated name when Generate Release Notes is on)."}
   * @paramDef {"type":"String","label":"Release Notes","name":"body","uiComponent":{"type":"MULTI_LINE_TEXT"},"description":"The release notes, in GitHub Markdown. With Generate Release Notes on, they are placed before the generated notes."}
   * @paramDef {"type":"Boolean","label":"Draft","name":"draft","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"On: save an unpublished draft, visible only to people with push access."}
   * @paramDef {"type":"Boolean","label":"Prerelease","name":"prerelease","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"On: mark it as a prerelease (not ready for production)."}
   * @paramDef {"type":"Boolean","label":"Generate Release Notes","name":"generateReleaseNotes","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"On: GitHub writes notes listing the pull requests and contributors since the previous release."}
   * @paramDef {"type":"String","label":"Make Latest","name":"makeLatest","uiComponent":{"type":"DROPDOWN","options":{"values":["True","False","Legacy"]}},"description":"Whether this becomes the repository's Latest release. Empty: GitHub's default (a published full release becomes Latest). Legacy: GitHub decides by creation date and semantic version. Drafts and prereleases are never latest, so True cannot be combined with Draft or Prerelease."}
   * @returns {Object}
   * @sampleResult {"url":"https://api.github.com/repos/octocat/Hello-World/releases/1","html_url":"https://github.com/octocat/Hello-World/releases/tag/v1.0.0","assets_url":"https://api.github.com/repos/octocat/Hello-World/releases/1/assets","upload_url":"https://uploads.github.com/repos/octocat/Hello-World/releases/1/assets{?name,label}","tarball_url":"https://api.github.com/repos/octocat/Hello-World/tarball/v1.0.0","zipball_url":"https://api.github.com/repos/octocat/Hello-World/zipball/v1.0.0","id":1,"node_id":"MDc6UmVsZWFzZTE=","tag_name":"v1.0.0","target_commitish":"main","name":"v1.0.0","body":"Description of the release","draft":false,"prerelease":false,"created_at":"2013-02-27T19:35:32Z","published_at":"2013-02-27T19:35:32Z","author":{"login":"octocat","id":1,"type":"User"},"assets":[]}
   */
  async createRelease(
    repository: unknown,
    tagName: unknown,
    targetCommitish: unknown,
    name: unknown,
    body: unknown,
    draft: unknown,
    prerelease: unknown,
    generateReleaseNotes: unknown,
    makeLatest: unknown,
  ) {
    return this.#run('releases', 'createRelease', [
      repository,
      tagName,
      targetCommitish,
      name,
      body,
      draft,
      prerelease,
      generateReleaseNotes,
      makeLatest,
    ])
  }

  /**
   * @operationName Update Release
   * @category Releases
   * @description Changes a release: its tag, name or notes; publishes a draft (Draft off, which creates its tag); marks it a prerelease; or makes it the Latest release. Only the fields given change. Returns the release. Requires: OAuth scope "repo"; GitHub App permission "Contents: write".
   * @route PUT /update-release
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Release","name":"release","required":true,"dictionary":"getReleasesDictionary","dependsOn":["repository"],"description":"The release's id (pick it from the list, drafts included; or take it from Create Release)."}
   * @paramDef {"type":"String","label":"Tag","name":"tagName","required":false,"description":"A new tag for the release (created when it is published)."}
   * @paramDef {"type":"String","label":"Release Name","name":"name","description":"The release title. Empty: the tag name (or a generated name when Generate Release Notes is on)."}
   * @paramDef {"type":"String","label":"Release Notes","name":"body","uiComponent":{"type":"MULTI_LINE_TEXT"},"description":"The release notes, in GitHub Markdown. With Generate Release Notes on, they are placed before the generated notes."}
   * @paramDef {"type":"Boolean","label":"Draft","name":"draft","uiComponent":{"type":"TOGGLE"},"description":"Off: publish the draft. On: turn the release back into a draft. Empty: unchanged."}
   * @paramDef {"type":"Boolean","label":"Prerelease","name":"prerelease","uiComponent":{"type":"TOGGLE"},"description":"Mark or unmark it as a prerelease. Empty: unchanged."}
   * @paramDef {"type":"String","label":"Make Latest","name":"makeLatest","uiComponent":{"type":"DROPDOWN","options":{"values":["True","False","Legacy"]}},"description":"Whether this becomes the repository's Latest release. Empty: GitHub's default (a published full release becomes Latest). Legacy: GitHub decides by creation date and semantic version. Drafts and prereleases are never latest, so True cannot be combined with Draft or Prerelease."}
   * @returns {Object}
   * @sampleResult {"url":"https://api.github.com/repos/octocat/Hello-World/releases/1","html_url":"https://github.com/octocat/Hello-World/releases/tag/v1.0.0","assets_url":"https://api.github.com/repos/octocat/Hello-World/releases/1/assets","upload_url":"https://uploads.github.com/repos/octocat/Hello-World/releases/1/assets{?name,label}","tarball_url":"https://api.github.com/repos/octocat/Hello-World/tarball/v1.0.0","zipball_url":"https://api.github.com/repos/octocat/Hello-World/zipball/v1.0.0","id":1,"node_id":"MDc6UmVsZWFzZTE=","tag_name":"v1.0.0","target_commitish":"main","name":"v1.0.0 (final)","body":"Description of the release","draft":false,"prerelease":false,"created_at":"2013-02-27T19:35:32Z","published_at":"2013-02-27T19:35:32Z","author":{"login":"octocat","id":1,"type":"User"},"assets":[]}
   */
  async updateRelease(
    repository: unknown,
    release: unknown,
    tagName: unknown,
    name: unknown,
    body: unknown,
    draft: unknown,
    prerelease: unknown,
    makeLatest: unknown,
  ) {
    return this.#run('releases', 'updateRelease', [repository, release, tagName, name, body, draft, prerelease, makeLatest])
  }

  /**
   * @operationName Delete Release
   * @category Releases
   * @description Deletes a release and its assets; its git tag stays (delete the tag as a branch-like ref if it should go too). Returns the repository and the deleted id. Requires: OAuth scope "repo"; GitHub App permission "Contents: write".
   * @route DELETE /delete-release
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Release","name":"release","required":true,"dictionary":"getReleasesDictionary","dependsOn":["repository"],"description":"The release's id (pick it from the list, drafts included; or take it from Create Release)."}
   * @returns {Object}
   * @sampleResult {"repository":"octocat/Hello-World","release":1,"deleted":true}
   */
  async deleteRelease(repository: unknown, release: unknown) {
    return this.#run('releases', 'deleteRelease', [repository, release])
  }

  /**
   * @operationName Upload Release Asset
   * @category Releases
   * @description Attaches a file to a release, from text or base64 content (at most 5 MiB), with a media type and an optional label. A file name already on the release is refused. Returns the asset with its download URL. Requires: OAuth scope "repo"; GitHub App permission "Contents: write".
   * @route POST /upload-release-asset
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Release","name":"release","required":true,"dictionary":"getReleasesDictionary","dependsOn":["repository"],"description":"The release's id (pick it from the list, drafts included; or take it from Create Release)."}
   * @paramDef {"type":"String","label":"File Name","name":"fileName","required":true,"description":"The asset name, e.g. app-1.0.0.zip."}
   * @paramDef {"type":"String","label":"Content","name":"content","required":true,"uiComponent":{"type":"MULTI_LINE_TEXT"},"description":"The file content: text, or base64 when Content Is Base64 is on (at most 5 MiB once decoded)."}
   * @paramDef {"type":"Boolean","label":"Content Is Base64","name":"contentIsBase64","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"On: Content is base64 (a binary file). Off: Content is the text itself, stored as UTF-8."}
   * @paramDef {"type":"String","label":"Content Type","name":"contentType","description":"The media type, e.g. application/zip. Empty: text/plain for text, application/octet-stream for base64."}
   * @paramDef {"type":"String","label":"Label","name":"label","description":"A display name GitHub shows instead of the file name."}
   * @returns {Object}
   * @sampleResult {"url":"https://api.github.com/repos/octocat/Hello-World/releases/assets/1","browser_download_url":"https://github.com/octocat/Hello-World/releases/download/v1.0.0/example.zip","id":1,"name":"example.zip","label":"short description","state":"uploaded","content_type":"application/zip","size":1024,"download_count":0,"created_at":"2013-02-27T19:35:32Z","updated_at":"2013-02-27T19:35:32Z","uploader":{"login":"octocat","id":1,"type":"User"}}
   */
  async uploadReleaseAsset(
    repository: unknown,
    release: unknown,
    fileName: unknown,
    content: unknown,
    contentIsBase64: unknown,
    contentType: unknown,
    label: unknown,
  ) {
    return this.#run('releases', 'uploadReleaseAsset', [repository, release, fileName, content, contentIsBase64, contentType, label])
  }

  /**
   * @operationName Generate Release Notes
   * @category Releases
   * @description Asks GitHub to write release notes for a tag (the pull requests merged and new contributors since the previous release) without creating a release, e.g. to edit them before Create Release. Returns the suggested name and the notes in Markdown. Requires: OAuth scope "repo"; GitHub App permission "Contents: write".
   * @route POST /generate-release-notes
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"Tag","name":"tagName","required":true,"description":"The tag the notes are for, existing or not yet, e.g. v1.1.0."}
   * @paramDef {"type":"String","label":"Target","name":"targetCommitish","dictionary":"getBranchesDictionary","dependsOn":["repository"],"description":"Where a tag that does not exist yet would point. Empty: the default branch."}
   * @paramDef {"type":"String","label":"Previous Tag","name":"previousTagName","description":"Start the notes after this tag. Empty: after the latest release."}
   * @returns {Object}
   * @sampleResult {"name":"Release v1.0.0 is now available!","body":"##Changes in Release v1.0.0 ... ##Contributors @monalisa"}
   */
  async generateReleaseNotes(repository: unknown, tagName: unknown, targetCommitish: unknown, previousTagName: unknown) {
    return this.#run('releases', 'generateReleaseNotes', [repository, tagName, targetCommitish, previousTagName])
  }

  /**
   * @operationName Get Latest Release
   * @category Releases
   * @description Returns the repository's latest published full release (drafts and prereleases never count) with its tag, notes and assets; fails with not found when the repository has no published release. Requires: OAuth scope "repo"; GitHub App permission "Contents: read".
   * @route GET /get-latest-release
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @returns {Object}
   * @sampleResult {"url":"https://api.github.com/repos/octocat/Hello-World/releases/1","html_url":"https://github.com/octocat/Hello-World/releases/tag/v1.0.0","assets_url":"https://api.github.com/repos/octocat/Hello-World/releases/1/assets","upload_url":"https://uploads.github.com/repos/octocat/Hello-World/releases/1/assets{?name,label}","tarball_url":"https://api.github.com/repos/octocat/Hello-World/tarball/v1.0.0","zipball_url":"https://api.github.com/repos/octocat/Hello-World/zipball/v1.0.0","id":1,"node_id":"MDc6UmVsZWFzZTE=","tag_name":"v1.0.0","target_commitish":"main","name":"v1.0.0","body":"Description of the release","draft":false,"prerelease":false,"created_at":"2013-02-27T19:35:32Z","published_at":"2013-02-27T19:35:32Z","author":{"login":"octocat","id":1,"type":"User"},"assets":[{"url":"https://api.github.com/repos/octocat/Hello-World/releases/assets/1","browser_download_url":"https://github.com/octocat/Hello-World/releases/download/v1.0.0/example.zip","id":1,"name":"example.zip","label":"short description","state":"uploaded","content_type":"application/zip","size":1024,"download_count":42,"created_at":"2013-02-27T19:35:32Z","updated_at":"2013-02-27T19:35:32Z"}]}
   */
  async getLatestRelease(repository: unknown) {
    return this.#run('releases', 'getLatestRelease', [repository])
  }

  /**
   * @operationName List Releases
   * @category Releases
   * @description Lists a repository's releases, newest first, including drafts (for people with push access) and prereleases. Returns the releases and a cursor for the next page. Requires: OAuth scope "repo"; GitHub App permission "Contents: read".
   * @route GET /list-releases
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Boolean","label":"Fetch All Pages","name":"fetchAll","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"Off: return one page of up to Limit items. On: follow the pages and return up to Limit items in total (at most 1000)."}
   * @paramDef {"type":"Number","label":"Limit","name":"limit","defaultValue":30,"uiComponent":{"type":"NUMERIC_STEPPER"},"description":"Page size (1-100) when Fetch All Pages is off; the total maximum (1-1000) when it is on."}
   * @paramDef {"type":"String","label":"Cursor","name":"cursor","description":"The nextCursor of a previous call with the same parameters, to continue where it stopped. Leave empty to start from the beginning."}
   * @returns {Object}
   * @sampleResult {"items":[{"url":"https://api.github.com/repos/octocat/Hello-World/releases/2","html_url":"https://github.com/octocat/Hello-World/releases/tag/v1.1.0-rc.1","id":2,"node_id":"MDc6UmVsZWFzZTI=","tag_name":"v1.1.0-rc.1","target_commitish":"main","name":"v1.1.0 release candidate","body":"Try it out","draft":false,"prerelease":true,"created_at":"2013-03-10T09:00:00Z","published_at":"2013-03-10T09:00:00Z","author":{"login":"octocat","id":1},"assets":[]}],"nextCursor":"c1.eyJxIjp7InBlcl9wYWdlIjoiMzAiLCJwYWdlIjoiMiJ9fQ.Sh_CN-5tR38Bg9pmuaxwVy4GhI-RTbXSymIG5qSUEZY"}
   */
  async listReleases(repository: unknown, fetchAll: unknown, limit: unknown, cursor: unknown) {
    return this.#run('releases', 'listReleases', [repository, fetchAll, limit, cursor])
  }

  /**
   * @operationName Get Release by Tag
   * @category Releases
   * @description Returns the published release of a tag, e.g. v1.0.0, with its notes and downloadable assets (drafts have no tag until they are published). Requires: OAuth scope "repo"; GitHub App permission "Contents: read".
   * @route GET /get-release-by-tag
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"Tag","name":"tag","required":true,"description":"The release's tag, e.g. v1.0.0."}
   * @returns {Object}
   * @sampleResult {"url":"https://api.github.com/repos/octocat/Hello-World/releases/1","html_url":"https://github.com/octocat/Hello-World/releases/tag/v1.0.0","assets_url":"https://api.github.com/repos/octocat/Hello-World/releases/1/assets","upload_url":"https://uploads.github.com/repos/octocat/Hello-World/releases/1/assets{?name,label}","id":1,"node_id":"MDc6UmVsZWFzZTE=","tag_name":"v1.0.0","target_commitish":"main","name":"v1.0.0","body":"Description of the release","draft":false,"prerelease":false,"created_at":"2013-02-27T19:35:32Z","published_at":"2013-02-27T19:35:32Z","author":{"login":"octocat","id":1,"type":"User"},"assets":[]}
   */
  async getReleaseByTag(repository: unknown, tag: unknown) {
    return this.#run('releases', 'getReleaseByTag', [repository, tag])
  }

  /**
   * @registerAs DICTIONARY
   * @operationName Get Releases Dictionary
   * @description Lists the selected repository's releases, newest first, drafts included, for picking: value is the release id, the label its name and tag, the note draft, prerelease or its date. Search filters names and tags.
   * @route POST /get-releases-dictionary
   * @paramDef {"type":"Object","label":"Payload","name":"payload","description":"Search text, cursor, and criteria.repository (the selected repository)."}
   * @returns {Object}
   * @sampleResult {"items":[{"label":"v1.0.0 (v1.0.0)","value":1,"note":"2013-02-27"}],"cursor":null}
   */
  async getReleasesDictionary(payload: unknown) {
    return this.#run('releases', 'getReleasesDictionary', [payload])
  }
  // #endregion Releases

  // #region Actions workflows
  /**
   * @operationName Trigger Workflow
   * @category Actions
   * @description Starts a GitHub Actions workflow that has an "on: workflow_dispatch" trigger, on a branch or tag and with the given inputs. Returns the dispatched workflow and ref, the new run's id and URLs when GitHub reports them (github.com does; older Enterprise Servers do not, then runId is null), and the page listing the workflow's runs. Requires: OAuth scope "repo"; GitHub App permission "Actions: write".
   * @route POST /trigger-workflow
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"Workflow","name":"workflow","required":true,"dictionary":"getWorkflowsDictionary","dependsOn":["repository"],"description":"The workflow: pick it, or give its id (e.g. 161335) or its file name in .github/workflows (e.g. ci.yml)."}
   * @paramDef {"type":"String","label":"Branch or Tag","name":"ref","dictionary":"getBranchesDictionary","dependsOn":["repository"],"description":"The branch or tag whose version of the workflow runs. Empty: the repository's default branch."}
   * @paramDef {"type":"Object","label":"Inputs","name":"inputs","description":"The workflow's inputs as an object or JSON text, e.g. {\"environment\":\"staging\",\"dryRun\":true}; at most 25. Values must be text, numbers or true/false and are sent as text, like GitHub's Run workflow form. Empty: the workflow's defaults."}
   * @returns {Object}
   * @sampleResult {"dispatched":true,"workflow":"ci.yml","ref":"main","runId":30433643,"runUrl":"https://api.github.com/repos/octocat/Hello-World/actions/runs/30433643","runHtmlUrl":"https://github.com/octocat/Hello-World/actions/runs/30433643","runsUrl":"https://github.com/octocat/Hello-World/actions/workflows/ci.yml"}
   */
  async triggerWorkflow(repository: unknown, workflow: unknown, ref: unknown, inputs: unknown) {
    return this.#run('workflows', 'triggerWorkflow', [repository, workflow, ref, inputs])
  }

  /**
   * @operationName Create Repository Dispatch Event
   * @category Actions
   * @description Starts the GitHub Actions workflows of a repository that run on repository_dispatch with this event type, passing them a payload (github.event.client_payload). Returns the repository and the event type. Requires: OAuth scope "repo"; GitHub App permission "Contents: write".
   * @route POST /create-repository-dispatch
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"Event Type","name":"eventType","required":true,"description":"The type the workflows listen for, e.g. deploy-staging."}
   * @paramDef {"type":"Object","label":"Client Payload","name":"clientPayload","uiComponent":{"type":"MULTI_LINE_TEXT"},"description":"Data for the workflows, as an object or JSON text (at most 10 top-level properties)."}
   * @returns {Object}
   * @sampleResult {"repository":"octocat/Hello-World","eventType":"deploy-staging","dispatched":true}
   */
  async createRepositoryDispatch(repository: unknown, eventType: unknown, clientPayload: unknown) {
    return this.#run('repoAdmin', 'createRepositoryDispatch', [repository, eventType, clientPayload])
  }

  /**
   * @operationName List Workflow Runs
   * @category Actions
   * @description Lists the GitHub Actions runs of a repository, or of one workflow, newest first, filtered by branch, event, status or conclusion, actor, creation time and commit. Returns the runs (status, conclusion, branch, commit, URLs), the total count and a cursor for the next page. Requires: OAuth scope "repo"; GitHub App permission "Actions: read".
   * @route GET /list-workflow-runs
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"Workflow","name":"workflow","dictionary":"getWorkflowsDictionary","dependsOn":["repository"],"description":"Only the runs of this workflow (id or file name such as ci.yml). Empty: the runs of every workflow."}
   * @paramDef {"type":"String","label":"Branch","name":"branch","dictionary":"getBranchesDictionary","dependsOn":["repository"],"description":"Only runs for this branch (the branch pushed, or the head branch of a pull request)."}
   * @paramDef {"type":"String","label":"Event","name":"event","description":"Only runs started by this event, e.g. push, pull_request, schedule, workflow_dispatch or release."}
   * @paramDef {"type":"String","label":"Status","name":"status","uiComponent":{"type":"DROPDOWN","options":{"values":["Queued","In Progress","Completed","Waiting","Requested","Pending","Action Required","Success","Failure","Cancelled","Skipped","Timed Out","Neutral","Stale"]}},"description":"Only runs in this state (Queued … Completed) or, for completed runs, with this conclusion (Success, Failure, Cancelled …)."}
   * @paramDef {"type":"String","label":"Actor","name":"actor","dictionary":"getAssigneesDictionary","dependsOn":["repository"],"description":"Only runs started by this GitHub login, e.g. octocat."}
   * @paramDef {"type":"Number","label":"Created After","name":"createdAfter","uiComponent":{"type":"DATE_TIME_PICKER"},"description":"Only runs created at or after this time."}
   * @paramDef {"type":"Number","label":"Created Before","name":"createdBefore","uiComponent":{"type":"DATE_TIME_PICKER"},"description":"Only runs created at or before this time."}
   * @paramDef {"type":"String","label":"Commit SHA","name":"headSha","description":"Only runs for this full commit SHA."}
   * @paramDef {"type":"Boolean","label":"Fetch All Pages","name":"fetchAll","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"Off: return one page of up to Limit items. On: follow the pages and return up to Limit items in total (at most 1000)."}
   * @paramDef {"type":"Number","label":"Limit","name":"limit","defaultValue":30,"uiComponent":{"type":"NUMERIC_STEPPER"},"description":"Page size (1-100) when Fetch All Pages is off; the total maximum (1-1000) when it is on."}
   * @paramDef {"type":"String","label":"Cursor","name":"cursor","description":"The nextCursor of a previous call with the same parameters, to continue where it stopped. Leave empty to start from the beginning."}
   * @returns {Object}
   * @sampleResult {"items":[{"id":30433642,"name":"Build","node_id":"MDEyOldvcmtmbG93IFJ1bjI2OTI4OQ==","head_branch":"main","head_sha":"acb5820ced9479c074f688cc328bf03f341a511d","path":".github/workflows/build.yml","display_title":"Update README.md","run_number":562,"run_attempt":1,"event":"push","status":"completed","conclusion":"success","workflow_id":159038,"url":"https://api.github.com/repos/octocat/Hello-World/actions/runs/30433642","html_url":"https://github.com/octocat/Hello-World/actions/runs/30433642","created_at":"2020-01-22T19:33:08Z","updated_at":"2020-01-22T19:33:08Z","run_started_at":"2020-01-22T19:33:08Z","actor":{"login":"octocat","id":1},"triggering_actor":{"login":"octocat","id":1}}],"totalCount":562,"nextCursor":"c1.eyJxIjp7InBlcl9wYWdlIjoiMzAiLCJwYWdlIjoiMiJ9fQ.HH657P4IumlCNajoRigyChodPDil14MZCdOpMvKn4Bs"}
   */
  async listWorkflowRuns(
    repository: unknown,
    workflow: unknown,
    branch: unknown,
    event: unknown,
    status: unknown,
    actor: unknown,
    createdAfter: unknown,
    createdBefore: unknown,
    headSha: unknown,
    fetchAll: unknown,
    limit: unknown,
    cursor: unknown,
  ) {
    return this.#run('workflows', 'listWorkflowRuns', [
      repository,
      workflow,
      branch,
      event,
      status,
      actor,
      createdAfter,
      createdBefore,
      headSha,
      fetchAll,
      limit,
      cursor,
    ])
  }

  /**
   * @operationName Get Workflow Run
   * @category Actions
   * @description Returns one GitHub Actions run by id: its status (queued, in_progress, completed), conclusion (success, failure, cancelled…), workflow, branch, commit, attempt and URLs. Use it to wait for a run started by Trigger Workflow. Requires: OAuth scope "repo"; GitHub App permission "Actions: read".
   * @route GET /get-workflow-run
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Run ID","name":"runId","required":true,"uiComponent":{"type":"NUMERIC"},"description":"The run's id, e.g. 30433642 (the number in the run's URL, or runId from Trigger Workflow)."}
   * @returns {Object}
   * @sampleResult {"id":30433642,"name":"Build","node_id":"MDEyOldvcmtmbG93IFJ1bjI2OTI4OQ==","check_suite_id":42,"head_branch":"main","head_sha":"acb5820ced9479c074f688cc328bf03f341a511d","path":".github/workflows/build.yml","display_title":"Update README.md","run_number":562,"run_attempt":1,"event":"push","status":"completed","conclusion":"success","workflow_id":159038,"url":"https://api.github.com/repos/octocat/Hello-World/actions/runs/30433642","html_url":"https://github.com/octocat/Hello-World/actions/runs/30433642","jobs_url":"https://api.github.com/repos/octocat/Hello-World/actions/runs/30433642/jobs","logs_url":"https://api.github.com/repos/octocat/Hello-World/actions/runs/30433642/logs","pull_requests":[],"created_at":"2020-01-22T19:33:08Z","updated_at":"2020-01-22T19:35:11Z","run_started_at":"2020-01-22T19:33:08Z","actor":{"login":"octocat","id":1},"triggering_actor":{"login":"octocat","id":1},"head_commit":{"id":"acb5820ced9479c074f688cc328bf03f341a511d","message":"Update README.md","timestamp":"2020-01-22T19:33:05Z","author":{"name":"Mona Octocat","email":"octocat@github.com"}}}
   */
  async getWorkflowRun(repository: unknown, runId: unknown) {
    return this.#run('workflows', 'getWorkflowRun', [repository, runId])
  }

  /**
   * @operationName Re-run Workflow
   * @category Actions
   * @description Starts a new attempt of a completed GitHub Actions run, all jobs or only the failed ones, optionally with debug logging. Returns the run id and its page, where the new attempt appears. Requires: OAuth scope "repo"; GitHub App permission "Actions: write".
   * @route POST /re-run-workflow
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Run ID","name":"runId","required":true,"uiComponent":{"type":"NUMERIC"},"description":"The id of the run to re-run, e.g. 30433642."}
   * @paramDef {"type":"Boolean","label":"Failed Jobs Only","name":"failedJobsOnly","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"On: re-run only the jobs that failed (and the jobs that depend on them). Off: re-run every job."}
   * @paramDef {"type":"Boolean","label":"Debug Logging","name":"enableDebugLogging","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"On: the new attempt writes runner and step debug logs."}
   * @returns {Object}
   * @sampleResult {"rerun":true,"runId":30433642,"failedJobsOnly":true,"runHtmlUrl":"https://github.com/octocat/Hello-World/actions/runs/30433642"}
   */
  async rerunWorkflow(repository: unknown, runId: unknown, failedJobsOnly: unknown, enableDebugLogging: unknown) {
    return this.#run('workflows', 'rerunWorkflow', [repository, runId, failedJobsOnly, enableDebugLogging])
  }

  /**
   * @operationName Cancel Workflow Run
   * @category Actions
   * @description Asks GitHub to cancel a queued or running GitHub Actions run; the run ends as cancelled shortly after. Returns the run id and its page; fails with a conflict when the run has already completed. Requires: OAuth scope "repo"; GitHub App permission "Actions: write".
   * @route POST /cancel-workflow-run
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Run ID","name":"runId","required":true,"uiComponent":{"type":"NUMERIC"},"description":"The id of the run to cancel, e.g. 30433642."}
   * @returns {Object}
   * @sampleResult {"cancelRequested":true,"runId":30433642,"runHtmlUrl":"https://github.com/octocat/Hello-World/actions/runs/30433642"}
   */
  async cancelWorkflowRun(repository: unknown, runId: unknown) {
    return this.#run('workflows', 'cancelWorkflowRun', [repository, runId])
  }

  /**
   * @operationName List Workflow Run Jobs
   * @category Actions
   * @description Lists the jobs of a GitHub Actions run with each job's status, conclusion, steps and timing (the latest attempt, or all attempts). Returns the jobs and a cursor for the next page. Requires: OAuth scope "repo"; GitHub App permission "Actions: read".
   * @route GET /list-run-jobs
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Run ID","name":"runId","required":true,"uiComponent":{"type":"NUMERIC"},"description":"The run's id, e.g. 30433642 (the number in the run's URL, or runId from Trigger Workflow)."}
   * @paramDef {"type":"String","label":"Attempts","name":"attempts","defaultValue":"Latest Attempt","uiComponent":{"type":"DROPDOWN","options":{"values":["Latest Attempt","All Attempts"]}},"description":"The jobs of the latest attempt only, or of every attempt of the run."}
   * @paramDef {"type":"Boolean","label":"Fetch All Pages","name":"fetchAll","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"Off: return one page of up to Limit items. On: follow the pages and return up to Limit items in total (at most 1000)."}
   * @paramDef {"type":"Number","label":"Limit","name":"limit","defaultValue":30,"uiComponent":{"type":"NUMERIC_STEPPER"},"description":"Page size (1-100) when Fetch All Pages is off; the total maximum (1-1000) when it is on."}
   * @paramDef {"type":"String","label":"Cursor","name":"cursor","description":"The nextCursor of a previous call with the same parameters, to continue where it stopped. Leave empty to start from the beginning."}
   * @returns {Object}
   * @sampleResult {"items":[{"id":399444496,"run_id":29679449,"run_attempt":1,"name":"build","workflow_name":"CI","head_branch":"main","head_sha":"f83a356604ae3c5d03e1b46ef4d1ca77d64a90b0","status":"completed","conclusion":"success","started_at":"2020-01-20T17:42:40Z","completed_at":"2020-01-20T17:44:39Z","html_url":"https://github.com/octo-org/octo-repo/runs/29679449/jobs/399444496","steps":[{"name":"Set up job","status":"completed","conclusion":"success","number":1,"started_at":"2020-01-20T09:42:40.000-08:00","completed_at":"2020-01-20T09:42:41.000-08:00"}]}],"nextCursor":null}
   */
  async listRunJobs(repository: unknown, runId: unknown, attempts: unknown, fetchAll: unknown, limit: unknown, cursor: unknown) {
    return this.#run('jobs', 'listRunJobs', [repository, runId, attempts, fetchAll, limit, cursor])
  }

  /**
   * @operationName Get Job Logs
   * @category Actions
   * @description Reads the end of a GitHub Actions job's log (where a failure shows), as text of at most Max Bytes starting at a whole line. The log is fetched from GitHub's own storage only. Returns the text, whether it was cut, and the log's full size. Requires: OAuth scope "repo"; GitHub App permission "Actions: read".
   * @route GET /get-job-logs
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Job ID","name":"jobId","required":true,"uiComponent":{"type":"NUMERIC"},"description":"The job's id, from List Workflow Run Jobs (or the number after /job/ in its URL)."}
   * @paramDef {"type":"Number","label":"Max Bytes","name":"maxBytes","defaultValue":65536,"uiComponent":{"type":"NUMERIC"},"description":"How much of the end of the log to return: 1024 to 1048576 bytes (default 65536)."}
   * @returns {Object}
   * @sampleResult {"jobId":399444496,"log":"2020-01-20T17:44:38.1234567Z npm test\n2020-01-20T17:44:39.1234567Z Tests: 42 passed, 42 total\n","truncated":false,"totalBytes":84}
   */
  async getJobLogs(repository: unknown, jobId: unknown, maxBytes: unknown) {
    return this.#run('jobs', 'getJobLogs', [repository, jobId, maxBytes])
  }

  /**
   * @operationName List Run Artifacts
   * @category Actions
   * @description Lists the artifacts a GitHub Actions run uploaded, with their size, expiry and download address (the download needs the same connection). Returns them and a cursor for the next page. Requires: OAuth scope "repo"; GitHub App permission "Actions: read".
   * @route GET /list-run-artifacts
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Run ID","name":"runId","required":true,"uiComponent":{"type":"NUMERIC"},"description":"The run's id, e.g. 30433642 (the number in the run's URL, or runId from Trigger Workflow)."}
   * @paramDef {"type":"Boolean","label":"Fetch All Pages","name":"fetchAll","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"Off: return one page of up to Limit items. On: follow the pages and return up to Limit items in total (at most 1000)."}
   * @paramDef {"type":"Number","label":"Limit","name":"limit","defaultValue":30,"uiComponent":{"type":"NUMERIC_STEPPER"},"description":"Page size (1-100) when Fetch All Pages is off; the total maximum (1-1000) when it is on."}
   * @paramDef {"type":"String","label":"Cursor","name":"cursor","description":"The nextCursor of a previous call with the same parameters, to continue where it stopped. Leave empty to start from the beginning."}
   * @returns {Object}
   * @sampleResult {"items":[{"id":11,"name":"Rails","size_in_bytes":556,"archive_download_url":"https://api.github.com/repos/octo-org/octo-docs/actions/artifacts/11/zip","expired":false,"created_at":"2020-01-10T14:59:22Z","expires_at":"2020-03-21T14:59:22Z","workflow_run":{"id":2332938,"head_branch":"main","head_sha":"328faa0536e6fef19753d9d91dc96a9931694ce3"}}],"nextCursor":null}
   */
  async listRunArtifacts(repository: unknown, runId: unknown, fetchAll: unknown, limit: unknown, cursor: unknown) {
    return this.#run('jobs', 'listRunArtifacts', [repository, runId, fetchAll, limit, cursor])
  }

  /**
   * @operationName List Workflows
   * @category Actions
   * @description Lists a repository's GitHub Actions workflows with their id, name, file path and state (active or disabled). Returns the workflows, the total count and a cursor for the next page. Requires: OAuth scope "repo"; GitHub App permission "Actions: read".
   * @route GET /list-workflows
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Boolean","label":"Fetch All Pages","name":"fetchAll","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"Off: return one page of up to Limit items. On: follow the pages and return up to Limit items in total (at most 1000)."}
   * @paramDef {"type":"Number","label":"Limit","name":"limit","defaultValue":30,"uiComponent":{"type":"NUMERIC_STEPPER"},"description":"Page size (1-100) when Fetch All Pages is off; the total maximum (1-1000) when it is on."}
   * @paramDef {"type":"String","label":"Cursor","name":"cursor","description":"The nextCursor of a previous call with the same parameters, to continue where it stopped. Leave empty to start from the beginning."}
   * @returns {Object}
   * @sampleResult {"items":[{"id":161335,"node_id":"MDg6V29ya2Zsb3cxNjEzMzU=","name":"CI","path":".github/workflows/ci.yml","state":"active","created_at":"2020-01-08T23:48:37Z","updated_at":"2020-01-08T23:50:21Z","url":"https://api.github.com/repos/octocat/Hello-World/actions/workflows/161335","html_url":"https://github.com/octocat/Hello-World/blob/main/.github/workflows/ci.yml","badge_url":"https://github.com/octocat/Hello-World/workflows/CI/badge.svg"}],"totalCount":1,"nextCursor":null}
   */
  async listWorkflows(repository: unknown, fetchAll: unknown, limit: unknown, cursor: unknown) {
    return this.#run('workflows', 'listWorkflows', [repository, fetchAll, limit, cursor])
  }

  /**
   * @operationName Enable Workflow
   * @category Actions
   * @description Turns a disabled GitHub Actions workflow back on: its triggers start runs again. Returns the workflow and enabled: true. Requires: OAuth scope "repo"; GitHub App permission "Actions: write".
   * @route PUT /enable-workflow
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"Workflow","name":"workflow","required":true,"dictionary":"getWorkflowsDictionary","dependsOn":["repository"],"description":"The workflow: pick it, or give its id (e.g. 161335) or its file name in .github/workflows (e.g. ci.yml)."}
   * @returns {Object}
   * @sampleResult {"workflow":"ci.yml","enabled":true}
   */
  async enableWorkflow(repository: unknown, workflow: unknown) {
    return this.#run('workflows', 'enableWorkflow', [repository, workflow])
  }

  /**
   * @operationName Disable Workflow
   * @category Actions
   * @description Turns a GitHub Actions workflow off: no trigger (push, schedule, dispatch) starts it until it is enabled again; runs in progress finish. Returns the workflow and enabled: false. Requires: OAuth scope "repo"; GitHub App permission "Actions: write".
   * @route PUT /disable-workflow
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"Workflow","name":"workflow","required":true,"dictionary":"getWorkflowsDictionary","dependsOn":["repository"],"description":"The workflow: pick it, or give its id (e.g. 161335) or its file name in .github/workflows (e.g. ci.yml)."}
   * @returns {Object}
   * @sampleResult {"workflow":"ci.yml","enabled":false}
   */
  async disableWorkflow(repository: unknown, workflow: unknown) {
    return this.#run('workflows', 'disableWorkflow', [repository, workflow])
  }

  /**
   * @operationName Get Workflow Usage
   * @category Actions
   * @description Returns the billable time a GitHub Actions workflow used in the current billing cycle, by runner OS (UBUNTU, MACOS, WINDOWS), and billableMinutes, the total rounded up per OS as GitHub bills. Public repositories and self-hosted runners bill nothing. Requires: OAuth scope "repo"; GitHub App permission "Actions: read".
   * @route GET /get-workflow-usage
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"Workflow","name":"workflow","required":true,"dictionary":"getWorkflowsDictionary","dependsOn":["repository"],"description":"The workflow: pick it, or give its id (e.g. 161335) or its file name in .github/workflows (e.g. ci.yml)."}
   * @returns {Object}
   * @sampleResult {"billable":{"UBUNTU":{"total_ms":180000},"MACOS":{"total_ms":240000}},"billableMinutes":7}
   */
  async getWorkflowUsage(repository: unknown, workflow: unknown) {
    return this.#run('workflows', 'getWorkflowUsage', [repository, workflow])
  }

  /**
   * @registerAs DICTIONARY
   * @operationName Get Workflows Dictionary
   * @description Lists the GitHub Actions workflows of the selected repository for picking one: the value is the workflow id, the note its file path and state. Search filters by name or file.
   * @route POST /get-workflows-dictionary
   * @paramDef {"type":"Object","label":"Payload","name":"payload","description":"Search text, cursor, and criteria.repository (the selected repository)."}
   * @returns {Object}
   * @sampleResult {"items":[{"label":"CI","value":161335,"note":".github/workflows/ci.yml · active"}],"cursor":null}
   */
  async getWorkflowsDictionary(payload: unknown) {
    return this.#run('workflows', 'getWorkflowsDictionary', [payload])
  }
  // #endregion Actions workflows

  // #region Actions variables and secrets
  /**
   * @operationName List Variables
   * @category Actions
   * @description Lists the GitHub Actions variables of a repository, an environment or an organization, with their values. Repository level needs the repo scope; Environment level the GitHub App permission "Environments"; Organization level the admin:org scope. Returns them and a cursor for the next page. Requires: OAuth scope "repo"; GitHub App permission "Variables: read".
   * @route GET /list-variables
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Level","name":"level","defaultValue":"Repository","uiComponent":{"type":"DROPDOWN","options":{"values":["Repository","Environment","Organization"]}},"description":"Repository, one of its environments (Repository and Environment), or an organization (Organization only)."}
   * @paramDef {"type":"String","label":"Repository","name":"repository","dictionary":"getRepositoriesDictionary","description":"For the Repository and Environment levels: owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"Environment","name":"environment","dictionary":"getEnvironmentsDictionary","dependsOn":["repository"],"description":"For the Environment level: the environment name, e.g. production."}
   * @paramDef {"type":"String","label":"Organization","name":"organization","dictionary":"getOrganizationsDictionary","description":"For the Organization level: the organization login, e.g. octo-org."}
   * @paramDef {"type":"Boolean","label":"Fetch All Pages","name":"fetchAll","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"Off: return one page of up to Limit items. On: follow the pages and return up to Limit items in total (at most 1000)."}
   * @paramDef {"type":"Number","label":"Limit","name":"limit","defaultValue":30,"uiComponent":{"type":"NUMERIC_STEPPER"},"description":"Page size (1-100) when Fetch All Pages is off; the total maximum (1-1000) when it is on."}
   * @paramDef {"type":"String","label":"Cursor","name":"cursor","description":"The nextCursor of a previous call with the same parameters, to continue where it stopped. Leave empty to start from the beginning."}
   * @returns {Object}
   * @sampleResult {"items":[{"name":"USERNAME","value":"octocat","created_at":"2019-01-24T22:45:36.000Z","updated_at":"2019-01-24T22:45:36.000Z"}],"nextCursor":null}
   */
  async listVariables(
    level: unknown,
    repository: unknown,
    environment: unknown,
    organization: unknown,
    fetchAll: unknown,
    limit: unknown,
    cursor: unknown,
  ) {
    return this.#run('variables', 'listVariables', [level, repository, environment, organization, fetchAll, limit, cursor])
  }

  /**
   * @operationName Get Variable
   * @category Actions
   * @description Gets one GitHub Actions variable's value by name. Repository level needs the repo scope; Environment level the GitHub App permission "Environments"; Organization level the admin:org scope. Returns the variable. Requires: OAuth scope "repo"; GitHub App permission "Variables: read".
   * @route GET /get-variable
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Level","name":"level","defaultValue":"Repository","uiComponent":{"type":"DROPDOWN","options":{"values":["Repository","Environment","Organization"]}},"description":"Repository, one of its environments (Repository and Environment), or an organization (Organization only)."}
   * @paramDef {"type":"String","label":"Repository","name":"repository","dictionary":"getRepositoriesDictionary","description":"For the Repository and Environment levels: owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"Environment","name":"environment","dictionary":"getEnvironmentsDictionary","dependsOn":["repository"],"description":"For the Environment level: the environment name, e.g. production."}
   * @paramDef {"type":"String","label":"Organization","name":"organization","dictionary":"getOrganizationsDictionary","description":"For the Organization level: the organization login, e.g. octo-org."}
   * @paramDef {"type":"String","label":"Name","name":"variableName","required":true,"description":"The variable name, e.g. DEPLOY_TARGET (any case)."}
   * @returns {Object}
   * @sampleResult {"name":"USERNAME","value":"octocat","created_at":"2019-01-24T22:45:36.000Z","updated_at":"2019-01-24T22:45:36.000Z"}
   */
  async getVariable(level: unknown, repository: unknown, environment: unknown, organization: unknown, variableName: unknown) {
    return this.#run('variables', 'getVariable', [level, repository, environment, organization, variableName])
  }

  /**
   * @operationName Create Variable
   * @category Actions
   * @description Creates a GitHub Actions variable (workflows read it as vars.NAME); fails if the name is taken (use Update Variable). Repository level needs the repo scope; Environment level the GitHub App permission "Environments"; Organization level the admin:org scope. Returns where it was created, its name and value. Requires: OAuth scope "repo"; GitHub App permission "Variables: write".
   * @route POST /create-variable
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Level","name":"level","defaultValue":"Repository","uiComponent":{"type":"DROPDOWN","options":{"values":["Repository","Environment","Organization"]}},"description":"Repository, one of its environments (Repository and Environment), or an organization (Organization only)."}
   * @paramDef {"type":"String","label":"Repository","name":"repository","dictionary":"getRepositoriesDictionary","description":"For the Repository and Environment levels: owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"Environment","name":"environment","dictionary":"getEnvironmentsDictionary","dependsOn":["repository"],"description":"For the Environment level: the environment name, e.g. production."}
   * @paramDef {"type":"String","label":"Organization","name":"organization","dictionary":"getOrganizationsDictionary","description":"For the Organization level: the organization login, e.g. octo-org."}
   * @paramDef {"type":"String","label":"Name","name":"variableName","required":true,"description":"Letters, digits and _, not starting with a digit or GITHUB_, e.g. DEPLOY_TARGET (stored in upper case)."}
   * @paramDef {"type":"String","label":"Value","name":"value","required":true,"uiComponent":{"type":"MULTI_LINE_TEXT"},"description":"The value, up to 48 KB (visible to anyone who can read the variables: keep secrets in secrets)."}
   * @paramDef {"type":"String","label":"Visibility","name":"visibility","uiComponent":{"type":"DROPDOWN","options":{"values":["Private Repositories","All Repositories"]}},"description":"Organization level only: which repositories may use it. Empty: Private Repositories when creating, unchanged when updating."}
   * @returns {Object}
   * @sampleResult {"level":"repository","repository":"octocat/Hello-World","environment":null,"organization":null,"name":"DEPLOY_TARGET","value":"staging","created":true}
   */
  async createVariable(
    level: unknown,
    repository: unknown,
    environment: unknown,
    organization: unknown,
    variableName: unknown,
    value: unknown,
    visibility: unknown,
  ) {
    return this.#run('variables', 'createVariable', [level, repository, environment, organization, variableName, value, visibility])
  }

  /**
   * @operationName Update Variable
   * @category Actions
   * @description Changes a GitHub Actions variable's value, name or (organization) visibility; what is left empty stays. Repository level needs the repo scope; Environment level the GitHub App permission "Environments"; Organization level the admin:org scope. Returns where it is, its name and new value. Requires: OAuth scope "repo"; GitHub App permission "Variables: write".
   * @route PUT /update-variable
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Level","name":"level","defaultValue":"Repository","uiComponent":{"type":"DROPDOWN","options":{"values":["Repository","Environment","Organization"]}},"description":"Repository, one of its environments (Repository and Environment), or an organization (Organization only)."}
   * @paramDef {"type":"String","label":"Repository","name":"repository","dictionary":"getRepositoriesDictionary","description":"For the Repository and Environment levels: owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"Environment","name":"environment","dictionary":"getEnvironmentsDictionary","dependsOn":["repository"],"description":"For the Environment level: the environment name, e.g. production."}
   * @paramDef {"type":"String","label":"Organization","name":"organization","dictionary":"getOrganizationsDictionary","description":"For the Organization level: the organization login, e.g. octo-org."}
   * @paramDef {"type":"String","label":"Name","name":"variableName","required":true,"description":"The variable to change, e.g. DEPLOY_TARGET."}
   * @paramDef {"type":"String","label":"New Name","name":"newVariableName","description":"Rename it (same rules as Name). Empty: keep the name."}
   * @paramDef {"type":"String","label":"Value","name":"value","uiComponent":{"type":"MULTI_LINE_TEXT"},"description":"The new value, up to 48 KB. Empty: keep the value."}
   * @paramDef {"type":"String","label":"Visibility","name":"visibility","uiComponent":{"type":"DROPDOWN","options":{"values":["Private Repositories","All Repositories"]}},"description":"Organization level only: which repositories may use it. Empty: Private Repositories when creating, unchanged when updating."}
   * @returns {Object}
   * @sampleResult {"level":"repository","repository":"octocat/Hello-World","environment":null,"organization":null,"name":"DEPLOY_TARGET","value":"production","updated":true}
   */
  async updateVariable(
    level: unknown,
    repository: unknown,
    environment: unknown,
    organization: unknown,
    variableName: unknown,
    newVariableName: unknown,
    value: unknown,
    visibility: unknown,
  ) {
    return this.#run('variables', 'updateVariable', [
      level,
      repository,
      environment,
      organization,
      variableName,
      newVariableName,
      value,
      visibility,
    ])
  }

  /**
   * @operationName Delete Variable
   * @category Actions
   * @description Deletes a GitHub Actions variable. Repository level needs the repo scope; Environment level the GitHub App permission "Environments"; Organization level the admin:org scope. Returns where it was and its name. Requires: OAuth scope "repo"; GitHub App permission "Variables: write".
   * @route DELETE /delete-variable
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Level","name":"level","defaultValue":"Repository","uiComponent":{"type":"DROPDOWN","options":{"values":["Repository","Environment","Organization"]}},"description":"Repository, one of its environments (Repository and Environment), or an organization (Organization only)."}
   * @paramDef {"type":"String","label":"Repository","name":"repository","dictionary":"getRepositoriesDictionary","description":"For the Repository and Environment levels: owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"Environment","name":"environment","dictionary":"getEnvironmentsDictionary","dependsOn":["repository"],"description":"For the Environment level: the environment name, e.g. production."}
   * @paramDef {"type":"String","label":"Organization","name":"organization","dictionary":"getOrganizationsDictionary","description":"For the Organization level: the organization login, e.g. octo-org."}
   * @paramDef {"type":"String","label":"Name","name":"variableName","required":true,"description":"The variable to delete, e.g. DEPLOY_TARGET."}
   * @returns {Object}
   * @sampleResult {"level":"repository","repository":"octocat/Hello-World","environment":null,"organization":null,"name":"DEPLOY_TARGET","deleted":true}
   */
  async deleteVariable(level: unknown, repository: unknown, environment: unknown, organization: unknown, variableName: unknown) {
    return this.#run('variables', 'deleteVariable', [level, repository, environment, organization, variableName])
  }

  /**
   * @operationName List Secrets
   * @category Actions
   * @description Lists the names of the GitHub Actions secrets of a repository, an environment or an organization, with when each was set (GitHub never returns values). Repository level needs the repo scope; Environment level the GitHub App permission "Environments"; Organization level the admin:org scope. Returns them and a cursor for the next page. Requires: OAuth scope "repo"; GitHub App permission "Secrets: read".
   * @route GET /list-secrets
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Level","name":"level","defaultValue":"Repository","uiComponent":{"type":"DROPDOWN","options":{"values":["Repository","Environment","Organization"]}},"description":"Repository, one of its environments (Repository and Environment), or an organization (Organization only)."}
   * @paramDef {"type":"String","label":"Repository","name":"repository","dictionary":"getRepositoriesDictionary","description":"For the Repository and Environment levels: owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"Environment","name":"environment","dictionary":"getEnvironmentsDictionary","dependsOn":["repository"],"description":"For the Environment level: the environment name, e.g. production."}
   * @paramDef {"type":"String","label":"Organization","name":"organization","dictionary":"getOrganizationsDictionary","description":"For the Organization level: the organization login, e.g. octo-org."}
   * @paramDef {"type":"Boolean","label":"Fetch All Pages","name":"fetchAll","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"Off: return one page of up to Limit items. On: follow the pages and return up to Limit items in total (at most 1000)."}
   * @paramDef {"type":"Number","label":"Limit","name":"limit","defaultValue":30,"uiComponent":{"type":"NUMERIC_STEPPER"},"description":"Page size (1-100) when Fetch All Pages is off; the total maximum (1-1000) when it is on."}
   * @paramDef {"type":"String","label":"Cursor","name":"cursor","description":"The nextCursor of a previous call with the same parameters, to continue where it stopped. Leave empty to start from the beginning."}
   * @returns {Object}
   * @sampleResult {"items":[{"name":"GH_TOKEN","created_at":"2019-08-10T14:59:22Z","updated_at":"2020-01-10T14:59:22Z"}],"nextCursor":null}
   */
  async listSecrets(
    level: unknown,
    repository: unknown,
    environment: unknown,
    organization: unknown,
    fetchAll: unknown,
    limit: unknown,
    cursor: unknown,
  ) {
    return this.#run('secrets', 'listSecrets', [level, repository, environment, organization, fetchAll, limit, cursor])
  }

  /**
   * @operationName Create or Update Secret
   * @category Actions
   * @description Sets a GitHub Actions secret from its plain value: the service encrypts it with the level's public key (libsodium sealed box) before it leaves, and the value never appears in results, errors or logs. Repository level needs the repo scope; Environment level the GitHub App permission "Environments"; Organization level the admin:org scope. Returns where it was set, its name, and whether it is new. Requires: OAuth scope "repo"; GitHub App permission "Secrets: write".
   * @route PUT /set-secret
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Level","name":"level","defaultValue":"Repository","uiComponent":{"type":"DROPDOWN","options":{"values":["Repository","Environment","Organization"]}},"description":"Repository, one of its environments (Repository and Environment), or an organization (Organization only)."}
   * @paramDef {"type":"String","label":"Repository","name":"repository","dictionary":"getRepositoriesDictionary","description":"For the Repository and Environment levels: owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"Environment","name":"environment","dictionary":"getEnvironmentsDictionary","dependsOn":["repository"],"description":"For the Environment level: the environment name, e.g. production."}
   * @paramDef {"type":"String","label":"Organization","name":"organization","dictionary":"getOrganizationsDictionary","description":"For the Organization level: the organization login, e.g. octo-org."}
   * @paramDef {"type":"String","label":"Name","name":"secretName","required":true,"description":"Letters, digits and _, not starting with a digit or GITHUB_, e.g. DEPLOY_TOKEN (stored in upper case)."}
   * @paramDef {"type":"String","label":"Value","name":"value","required":true,"uiComponent":{"type":"MULTI_LINE_TEXT"},"description":"The plain value, up to 48 KB. It is encrypted before it is sent."}
   * @paramDef {"type":"String","label":"Visibility","name":"visibility","uiComponent":{"type":"DROPDOWN","options":{"values":["Private Repositories","All Repositories"]}},"description":"Organization level only: which repositories may use it. Empty: Private Repositories when creating, unchanged when updating."}
   * @returns {Object}
   * @sampleResult {"level":"repository","repository":"octocat/Hello-World","environment":null,"organization":null,"name":"DEPLOY_TOKEN","created":true}
   */
  async setSecret(
    level: unknown,
    repository: unknown,
    environment: unknown,
    organization: unknown,
    secretName: unknown,
    value: unknown,
    visibility: unknown,
  ) {
    return this.#run('secrets', 'setSecret', [level, repository, environment, organization, secretName, value, visibility])
  }

  /**
   * @operationName Delete Secret
   * @category Actions
   * @description Deletes a GitHub Actions secret. Repository level needs the repo scope; Environment level the GitHub App permission "Environments"; Organization level the admin:org scope. Returns where it was and its name. Requires: OAuth scope "repo"; GitHub App permission "Secrets: write".
   * @route DELETE /delete-secret
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Level","name":"level","defaultValue":"Repository","uiComponent":{"type":"DROPDOWN","options":{"values":["Repository","Environment","Organization"]}},"description":"Repository, one of its environments (Repository and Environment), or an organization (Organization only)."}
   * @paramDef {"type":"String","label":"Repository","name":"repository","dictionary":"getRepositoriesDictionary","description":"For the Repository and Environment levels: owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"Environment","name":"environment","dictionary":"getEnvironmentsDictionary","dependsOn":["repository"],"description":"For the Environment level: the environment name, e.g. production."}
   * @paramDef {"type":"String","label":"Organization","name":"organization","dictionary":"getOrganizationsDictionary","description":"For the Organization level: the organization login, e.g. octo-org."}
   * @paramDef {"type":"String","label":"Name","name":"secretName","required":true,"description":"The secret to delete, e.g. DEPLOY_TOKEN."}
   * @returns {Object}
   * @sampleResult {"level":"repository","repository":"octocat/Hello-World","environment":null,"organization":null,"name":"DEPLOY_TOKEN","deleted":true}
   */
  async deleteSecret(level: unknown, repository: unknown, environment: unknown, organization: unknown, secretName: unknown) {
    return this.#run('secrets', 'deleteSecret', [level, repository, environment, organization, secretName])
  }
  // #endregion Actions variables and secrets

  // #region Commits and checks
  /**
   * @operationName Get Commit
   * @category Commits and Checks
   * @description Returns one commit (by SHA, or a branch's or tag's latest) with its message, author, parents, the files it changed with their patches, and its line counts. Requires: OAuth scope "repo"; GitHub App permission "Contents: read".
   * @route GET /get-commit
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"Branch, Tag or Commit","name":"ref","dictionary":"getBranchesDictionary","dependsOn":["repository"],"description":"The commit SHA, or a branch or tag for its latest commit.","required":true}
   * @returns {Object}
   * @sampleResult {"sha":"6dcb09b5b57875f334f61aebed695e2e4193db5e","url":"https://api.github.com/repos/octocat/Hello-World/commits/6dcb09b5b57875f334f61aebed695e2e4193db5e","html_url":"https://github.com/octocat/Hello-World/commit/6dcb09b5b57875f334f61aebed695e2e4193db5e","commit":{"author":{"name":"Monalisa Octocat","email":"support@github.com","date":"2011-04-14T16:00:49Z"},"committer":{"name":"Monalisa Octocat","email":"support@github.com","date":"2011-04-14T16:00:49Z"},"message":"Fix all the bugs","comment_count":0},"author":{"login":"octocat","id":1,"type":"User"},"parents":[{"sha":"6dcb09b5b57875f334f61aebed695e2e4193db5e","url":"https://api.github.com/repos/octocat/Hello-World/commits/6dcb09b"}],"stats":{"additions":104,"deletions":4,"total":108},"files":[{"filename":"file1.txt","additions":10,"deletions":2,"changes":12,"status":"modified","raw_url":"https://github.com/octocat/Hello-World/raw/7ca483543807a51b6079e54ac4cc392bc29ae284/file1.txt","blob_url":"https://github.com/octocat/Hello-World/blob/7ca483543807a51b6079e54ac4cc392bc29ae284/file1.txt","patch":"@@ -29,7 +29,7 @@\n....."}]}
   */
  async getCommit(repository: unknown, ref: unknown) {
    return this.#run('commits', 'getCommit', [repository, ref])
  }

  /**
   * @operationName Compare Two Refs
   * @category Commits and Checks
   * @description Compares two branches, tags or commits from their merge base: status (ahead, behind, diverged or identical), how many commits head is ahead and behind, the commits (up to 250) and the files changed. Requires: OAuth scope "repo"; GitHub App permission "Contents: read".
   * @route GET /compare-refs
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"Base","name":"base","dictionary":"getBranchesDictionary","dependsOn":["repository"],"description":"Compare from this branch, tag or commit SHA, e.g. main.","required":true}
   * @paramDef {"type":"String","label":"Head","name":"head","dictionary":"getBranchesDictionary","dependsOn":["repository"],"description":"Compare this branch, tag or commit SHA to the base, e.g. feature/login.","required":true}
   * @returns {Object}
   * @sampleResult {"url":"https://api.github.com/repos/octocat/Hello-World/compare/main...topic","html_url":"https://github.com/octocat/Hello-World/compare/main...topic","status":"ahead","ahead_by":1,"behind_by":0,"total_commits":1,"base_commit":{"sha":"6dcb09b5b57875f334f61aebed695e2e4193db5e","url":"https://api.github.com/repos/octocat/Hello-World/commits/6dcb09b5b57875f334f61aebed695e2e4193db5e","html_url":"https://github.com/octocat/Hello-World/commit/6dcb09b5b57875f334f61aebed695e2e4193db5e","commit":{"author":{"name":"Monalisa Octocat","email":"support@github.com","date":"2011-04-14T16:00:49Z"},"committer":{"name":"Monalisa Octocat","email":"support@github.com","date":"2011-04-14T16:00:49Z"},"message":"Fix all the bugs","comment_count":0},"author":{"login":"octocat","id":1,"type":"User"},"parents":[{"sha":"6dcb09b5b57875f334f61aebed695e2e4193db5e","url":"https://api.github.com/repos/octocat/Hello-World/commits/6dcb09b"}]},"merge_base_commit":{"sha":"6dcb09b5b57875f334f61aebed695e2e4193db5e","url":"https://api.github.com/repos/octocat/Hello-World/commits/6dcb09b5b57875f334f61aebed695e2e4193db5e","html_url":"https://github.com/octocat/Hello-World/commit/6dcb09b5b57875f334f61aebed695e2e4193db5e","commit":{"author":{"name":"Monalisa Octocat","email":"support@github.com","date":"2011-04-14T16:00:49Z"},"committer":{"name":"Monalisa Octocat","email":"support@github.com","date":"2011-04-14T16:00:49Z"},"message":"Fix all the bugs","comment_count":0},"author":{"login":"octocat","id":1,"type":"User"},"parents":[{"sha":"6dcb09b5b57875f334f61aebed695e2e4193db5e","url":"https://api.github.com/repos/octocat/Hello-World/commits/6dcb09b"}]},"commits":[{"sha":"6dcb09b5b57875f334f61aebed695e2e4193db5e","url":"https://api.github.com/repos/octocat/Hello-World/commits/6dcb09b5b57875f334f61aebed695e2e4193db5e","html_url":"https://github.com/octocat/Hello-World/commit/6dcb09b5b57875f334f61aebed695e2e4193db5e","commit":{"author":{"name":"Monalisa Octocat","email":"support@github.com","date":"2011-04-14T16:00:49Z"},"committer":{"name":"Monalisa Octocat","email":"support@github.com","date":"2011-04-14T16:00:49Z"},"message":"Fix all the bugs","comment_count":0},"author":{"login":"octocat","id":1,"type":"User"},"parents":[{"sha":"6dcb09b5b57875f334f61aebed695e2e4193db5e","url":"https://api.github.com/repos/octocat/Hello-World/commits/6dcb09b"}]}],"files":[{"filename":"file1.txt","additions":10,"deletions":2,"changes":12,"status":"modified","raw_url":"https://github.com/octocat/Hello-World/raw/7ca483543807a51b6079e54ac4cc392bc29ae284/file1.txt","blob_url":"https://github.com/octocat/Hello-World/blob/7ca483543807a51b6079e54ac4cc392bc29ae284/file1.txt","patch":"@@ -29,7 +29,7 @@\n....."}]}
   */
  async compareRefs(repository: unknown, base: unknown, head: unknown) {
    return this.#run('commits', 'compareRefs', [repository, base, head])
  }

  /**
   * @operationName List Pull Requests of a Commit
   * @category Commits and Checks
   * @description Lists the pull requests that contain a commit, or that merged it into the default branch. Returns the pull requests and a cursor for the next page. Requires: OAuth scope "repo"; GitHub App permission "Pull requests: read".
   * @route GET /list-commit-pull-requests
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"Commit SHA","name":"sha","required":true,"description":"The commit's full SHA (40 characters)."}
   * @paramDef {"type":"Boolean","label":"Fetch All Pages","name":"fetchAll","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"Off: return one page of up to Limit items. On: follow the pages and return up to Limit items in total (at most 1000)."}
   * @paramDef {"type":"Number","label":"Limit","name":"limit","defaultValue":30,"uiComponent":{"type":"NUMERIC_STEPPER"},"description":"Page size (1-100) when Fetch All Pages is off; the total maximum (1-1000) when it is on."}
   * @paramDef {"type":"String","label":"Cursor","name":"cursor","description":"The nextCursor of a previous call with the same parameters, to continue where it stopped. Leave empty to start from the beginning."}
   * @returns {Object}
   * @sampleResult {"items":[{"url":"https://api.github.com/repos/octocat/Hello-World/pulls/1347","id":1,"html_url":"https://github.com/octocat/Hello-World/pull/1347","number":1347,"state":"open","locked":false,"title":"Amazing new feature","user":{"login":"octocat","id":1,"type":"User"},"body":"Please pull these awesome changes in!","created_at":"2011-01-26T19:01:12Z","updated_at":"2011-01-26T19:01:12Z","closed_at":null,"merged_at":null,"merge_commit_sha":"e5bd3914e2e596debea16f433f57875b5b90bcd6","draft":false,"head":{"label":"octocat:new-topic","ref":"new-topic","sha":"6dcb09b5b57875f334f61aebed695e2e4193db5e"},"base":{"label":"octocat:master","ref":"master","sha":"6dcb09b5b57875f334f61aebed695e2e4193db5e"}}],"nextCursor":null}
   */
  async listCommitPullRequests(repository: unknown, sha: unknown, fetchAll: unknown, limit: unknown, cursor: unknown) {
    return this.#run('commits', 'listCommitPullRequests', [repository, sha, fetchAll, limit, cursor])
  }

  /**
   * @operationName Create Commit Status
   * @category Commits and Checks
   * @description Sets a status on a commit (pending, success, failure or error) under a context such as ci/build, with a link to the details; the newest status of a context replaces the earlier ones and shows on the commit's pull requests. Returns the status. Requires: OAuth scope "repo:status"; GitHub App permission "Commit statuses: write".
   * @route POST /create-commit-status
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"Commit SHA","name":"sha","required":true,"description":"The commit's full SHA (40 characters), e.g. a pull request's head.sha."}
   * @paramDef {"type":"String","label":"State","name":"state","required":true,"uiComponent":{"type":"DROPDOWN","options":{"values":["Pending","Success","Failure","Error"]}},"description":"Where the check stands."}
   * @paramDef {"type":"String","label":"Context","name":"context","description":"What reports, e.g. ci/build. Empty: default."}
   * @paramDef {"type":"String","label":"Description","name":"description","description":"A short description, at most 140 characters."}
   * @paramDef {"type":"String","label":"Target URL","name":"targetUrl","description":"Where the details can be read (https://…)."}
   * @returns {Object}
   * @sampleResult {"url":"https://api.github.com/repos/octocat/Hello-World/statuses/6dcb09b5b57875f334f61aebed695e2e4193db5e","id":1,"state":"success","description":"Build has completed successfully","target_url":"https://ci.example.com/1000/output","context":"continuous-integration/jenkins","created_at":"2012-07-20T01:19:13Z","updated_at":"2012-07-20T01:19:13Z","creator":{"login":"octocat","id":1,"type":"User"}}
   */
  async createCommitStatus(repository: unknown, sha: unknown, state: unknown, context: unknown, description: unknown, targetUrl: unknown) {
    return this.#run('checks', 'createCommitStatus', [repository, sha, state, context, description, targetUrl])
  }

  /**
   * @operationName Get Combined Status
   * @category Commits and Checks
   * @description Returns the combined commit status of a branch, tag or commit: failure if any context failed, pending if any is pending (or none reported), success otherwise, with the newest status of each context. Check runs are not included (Get CI Summary has both). Requires: OAuth scope "repo"; GitHub App permission "Commit statuses: read".
   * @route GET /get-combined-status
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"Branch, Tag or Commit","name":"ref","dictionary":"getBranchesDictionary","dependsOn":["repository"],"description":"The branch, tag or commit SHA whose statuses to read.","required":true}
   * @returns {Object}
   * @sampleResult {"state":"success","statuses":[{"url":"https://api.github.com/repos/octocat/Hello-World/statuses/6dcb09b5b57875f334f61aebed695e2e4193db5e","id":1,"state":"success","description":"Build has completed successfully","target_url":"https://ci.example.com/1000/output","context":"continuous-integration/jenkins","created_at":"2012-07-20T01:19:13Z","updated_at":"2012-07-20T01:19:13Z"}],"sha":"6dcb09b5b57875f334f61aebed695e2e4193db5e","total_count":1,"commit_url":"https://api.github.com/repos/octocat/Hello-World/6dcb09b5b57875f334f61aebed695e2e4193db5e","url":"https://api.github.com/repos/octocat/Hello-World/6dcb09b5b57875f334f61aebed695e2e4193db5e/status"}
   */
  async getCombinedStatus(repository: unknown, ref: unknown) {
    return this.#run('checks', 'getCombinedStatus', [repository, ref])
  }

  /**
   * @operationName List Check Runs
   * @category Commits and Checks
   * @description Lists the check runs (GitHub Actions jobs and other apps' checks) of a branch, tag or commit, optionally of one name or status. Returns each run's name, status, conclusion, output and links, and a cursor for the next page. Requires: OAuth scope "repo"; GitHub App permission "Checks: read".
   * @route GET /list-check-runs
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"Branch, Tag or Commit","name":"ref","dictionary":"getBranchesDictionary","dependsOn":["repository"],"description":"The branch, tag or commit SHA whose check runs to list.","required":true}
   * @paramDef {"type":"String","label":"Check Name","name":"checkName","dictionary":"getCheckNamesDictionary","dependsOn":["repository","ref"],"description":"Only checks of this name, e.g. build (pick it from the list)."}
   * @paramDef {"type":"String","label":"Status","name":"status","uiComponent":{"type":"DROPDOWN","options":{"values":["Queued","In Progress","Completed"]}},"description":"Only runs in this state. Empty: any."}
   * @paramDef {"type":"Boolean","label":"Latest Only","name":"latestOnly","defaultValue":true,"uiComponent":{"type":"TOGGLE"},"description":"On: only the latest run of each check. Off: re-runs too."}
   * @paramDef {"type":"Boolean","label":"Fetch All Pages","name":"fetchAll","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"Off: return one page of up to Limit items. On: follow the pages and return up to Limit items in total (at most 1000)."}
   * @paramDef {"type":"Number","label":"Limit","name":"limit","defaultValue":30,"uiComponent":{"type":"NUMERIC_STEPPER"},"description":"Page size (1-100) when Fetch All Pages is off; the total maximum (1-1000) when it is on."}
   * @paramDef {"type":"String","label":"Cursor","name":"cursor","description":"The nextCursor of a previous call with the same parameters, to continue where it stopped. Leave empty to start from the beginning."}
   * @returns {Object}
   * @sampleResult {"items":[{"id":4,"head_sha":"ce587453ced02b1526dfb4cb910479d431683101","external_id":"","url":"https://api.github.com/repos/github/hello-world/check-runs/4","html_url":"https://github.com/github/hello-world/runs/4","details_url":"https://example.com","status":"completed","conclusion":"neutral","started_at":"2018-05-04T01:14:52Z","completed_at":"2018-05-04T01:14:52Z","output":{"title":"Mighty Readme report","summary":"There are 0 failures, 2 warnings, and 1 notice.","text":"You may have some misspelled words on lines 2 and 4.","annotations_count":2},"name":"mighty_readme","check_suite":{"id":5},"app":{"id":1,"slug":"octoapp","name":"Octocat App"}}],"nextCursor":null}
   */
  async listCheckRuns(
    repository: unknown,
    ref: unknown,
    checkName: unknown,
    status: unknown,
    latestOnly: unknown,
    fetchAll: unknown,
    limit: unknown,
    cursor: unknown,
  ) {
    return this.#run('checks', 'listCheckRuns', [repository, ref, checkName, status, latestOnly, fetchAll, limit, cursor])
  }

  /**
   * @operationName List Check Suites
   * @category Commits and Checks
   * @description Lists the check suites of a branch, tag or commit (one per app, e.g. GitHub Actions), optionally only those with a check of one name. Returns each suite's app, status and conclusion, and a cursor for the next page. Requires: OAuth scope "repo"; GitHub App permission "Checks: read".
   * @route GET /list-check-suites
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"Branch, Tag or Commit","name":"ref","dictionary":"getBranchesDictionary","dependsOn":["repository"],"description":"The branch, tag or commit SHA whose check suites to list.","required":true}
   * @paramDef {"type":"String","label":"Check Name","name":"checkName","dictionary":"getCheckNamesDictionary","dependsOn":["repository","ref"],"description":"Only checks of this name, e.g. build (pick it from the list)."}
   * @paramDef {"type":"Boolean","label":"Fetch All Pages","name":"fetchAll","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"Off: return one page of up to Limit items. On: follow the pages and return up to Limit items in total (at most 1000)."}
   * @paramDef {"type":"Number","label":"Limit","name":"limit","defaultValue":30,"uiComponent":{"type":"NUMERIC_STEPPER"},"description":"Page size (1-100) when Fetch All Pages is off; the total maximum (1-1000) when it is on."}
   * @paramDef {"type":"String","label":"Cursor","name":"cursor","description":"The nextCursor of a previous call with the same parameters, to continue where it stopped. Leave empty to start from the beginning."}
   * @returns {Object}
   * @sampleResult {"items":[{"id":5,"head_branch":"master","head_sha":"d6fde92930d4715a2b49857d24b940956b26d2d3","status":"completed","conclusion":"neutral","url":"https://api.github.com/repos/github/hello-world/check-suites/5","before":"146e867f55c26428e5f9fade55a9bbf5e95a7912","after":"d6fde92930d4715a2b49857d24b940956b26d2d3","app":{"id":1,"slug":"octoapp","name":"Octocat App"},"created_at":"2011-01-26T19:01:12Z","updated_at":"2011-01-26T19:14:43Z","latest_check_runs_count":1,"check_runs_url":"https://api.github.com/repos/octocat/Hello-World/check-suites/5/check-runs"}],"nextCursor":null}
   */
  async listCheckSuites(repository: unknown, ref: unknown, checkName: unknown, fetchAll: unknown, limit: unknown, cursor: unknown) {
    return this.#run('checks', 'listCheckSuites', [repository, ref, checkName, fetchAll, limit, cursor])
  }

  /**
   * @operationName Get Check Run
   * @category Commits and Checks
   * @description Returns one check run with its output and its annotations (file, lines, level and message of each finding, up to 100; moreAnnotations says when there are more). Requires: OAuth scope "repo"; GitHub App permission "Checks: read".
   * @route GET /get-check-run
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Check Run ID","name":"checkRunId","required":true,"uiComponent":{"type":"NUMERIC"},"description":"The check run's id, e.g. from List Check Runs."}
   * @returns {Object}
   * @sampleResult {"id":4,"head_sha":"ce587453ced02b1526dfb4cb910479d431683101","external_id":"","url":"https://api.github.com/repos/github/hello-world/check-runs/4","html_url":"https://github.com/github/hello-world/runs/4","details_url":"https://example.com","status":"completed","conclusion":"neutral","started_at":"2018-05-04T01:14:52Z","completed_at":"2018-05-04T01:14:52Z","output":{"title":"Mighty Readme report","summary":"There are 0 failures, 2 warnings, and 1 notice.","text":"You may have some misspelled words on lines 2 and 4.","annotations_count":2},"name":"mighty_readme","check_suite":{"id":5},"app":{"id":1,"slug":"octoapp","name":"Octocat App"},"annotations":[{"path":"README.md","start_line":2,"end_line":2,"start_column":5,"end_column":10,"annotation_level":"warning","title":"Spell Checker","message":"Check your spelling for 'banaas'.","raw_details":"Do you mean 'bananas' or 'banana'?","blob_href":"https://api.github.com/repos/github/rest-api-description/git/blobs/abc"}],"moreAnnotations":false}
   */
  async getCheckRun(repository: unknown, checkRunId: unknown) {
    return this.#run('checks', 'getCheckRun', [repository, checkRunId])
  }

  /**
   * @operationName Re-request Check Suite
   * @category Commits and Checks
   * @description Asks the check suite's app to run it again (GitHub sends it a rerequested event; GitHub Actions re-runs the workflow). Returns the repository and the suite's id. Requires: OAuth scope "repo"; GitHub App permission "Checks: write".
   * @route POST /rerequest-check-suite
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Check Suite ID","name":"checkSuiteId","required":true,"uiComponent":{"type":"NUMERIC"},"description":"The check suite's id, e.g. from List Check Suites."}
   * @returns {Object}
   * @sampleResult {"repository":"octocat/Hello-World","checkSuiteId":5,"rerequested":true}
   */
  async rerequestCheckSuite(repository: unknown, checkSuiteId: unknown) {
    return this.#run('checks', 'rerequestCheckSuite', [repository, checkSuiteId])
  }

  /**
   * @operationName Get CI Summary
   * @category Commits and Checks
   * @description One verdict on a branch, tag, commit or pull request from its check runs and commit statuses together: failing (naming the failing checks), pending, passing, or none when nothing reported. Does not wait: poll it, or start the flow from a check trigger. Requires: OAuth scope "repo"; GitHub App permission "Checks: read".
   * @route GET /get-ci-summary
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"Branch, Tag or Commit","name":"ref","dictionary":"getBranchesDictionary","dependsOn":["repository"],"description":"The branch, tag or commit SHA to summarise. Give this or Pull Request Number."}
   * @paramDef {"type":"Number","label":"Pull Request Number","name":"pullNumber","required":false,"dictionary":"getPullRequestsDictionary","dependsOn":["repository"],"description":"Summarise this pull request's head commit. Give this or Branch, Tag or Commit."}
   * @returns {Object}
   * @sampleResult {"state":"failing","repository":"octocat/Hello-World","ref":"feature/login","sha":"6dcb09b5b57875f334f61aebed695e2e4193db5e","failing":[{"name":"build","kind":"check run","result":"failure","url":"https://github.com/octocat/Hello-World/runs/4","summary":"2 tests failed"}],"pending":[],"passing":[{"name":"continuous-integration/jenkins","kind":"status","result":"success","url":"https://ci.example.com/1000/output","summary":"Build has completed successfully"}],"total":2,"incomplete":false}
   */
  async getCiSummary(repository: unknown, ref: unknown, pullNumber: unknown) {
    return this.#run('checks', 'getCiSummary', [repository, ref, pullNumber])
  }

  /**
   * @registerAs DICTIONARY
   * @operationName Get Check Names Dictionary
   * @description Lists the names of the checks reported on the selected branch, tag or commit (the default branch's head when none is picked): value is the name, the note its app. Search filters names and apps.
   * @route POST /get-check-names-dictionary
   * @paramDef {"type":"Object","label":"Payload","name":"payload","description":"Search text, cursor, and criteria.repository (the selected repository)."}
   * @returns {Object}
   * @sampleResult {"items":[{"label":"build","value":"build","note":"GitHub Actions"}],"cursor":null}
   */
  async getCheckNamesDictionary(payload: unknown) {
    return this.#run('checks', 'getCheckNamesDictionary', [payload])
  }
  // #endregion Commits and checks

  // #region Deployments
  /**
   * @operationName Create Deployment
   * @category Deployments
   * @description Asks for a deployment of a branch, tag or commit to an environment, exactly at that ref (the default branch is not merged in). GitHub refuses it while required status checks fail unless Skip Status Checks is on. Returns the deployment, whose id Create Deployment Status takes. Requires: OAuth scope "repo_deployment"; GitHub App permission "Deployments: write".
   * @route POST /create-deployment
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"Branch, Tag or Commit","name":"ref","dictionary":"getBranchesDictionary","dependsOn":["repository"],"description":"The branch, tag or commit SHA to deploy.","required":true}
   * @paramDef {"type":"String","label":"Environment","name":"environment","dictionary":"getEnvironmentsDictionary","dependsOn":["repository"],"description":"Where to deploy, e.g. production or staging (a new name creates it). Empty: production."}
   * @paramDef {"type":"String","label":"Description","name":"description","description":"A short description, at most 140 characters."}
   * @paramDef {"type":"String","label":"Task","name":"task","description":"The kind of work, e.g. deploy:migrations. Empty: deploy."}
   * @paramDef {"type":"Object","label":"Payload","name":"payload","uiComponent":{"type":"MULTI_LINE_TEXT"},"description":"Extra information for the system that deploys, as an object or JSON text."}
   * @paramDef {"type":"Boolean","label":"Skip Status Checks","name":"skipChecks","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"On: deploy even if the ref's status checks are not all passing."}
   * @paramDef {"type":"Boolean","label":"Transient Environment","name":"transient","uiComponent":{"type":"TOGGLE"},"description":"On: the environment goes away later (a review app). Empty: off."}
   * @paramDef {"type":"Boolean","label":"Production Environment","name":"production","uiComponent":{"type":"TOGGLE"},"description":"On: the environment is one end users reach. Empty: on for an environment named production."}
   * @returns {Object}
   * @sampleResult {"url":"https://api.github.com/repos/octocat/example/deployments/1","id":1,"sha":"a84d88e7554fc1fa21bcbc4efae3c782a70d2b9d","ref":"topic-branch","task":"deploy","payload":{},"original_environment":"staging","environment":"production","description":"Deploy request from hubot","creator":{"login":"octocat","id":1,"type":"User"},"created_at":"2012-07-20T01:19:13Z","updated_at":"2012-07-20T01:19:13Z","statuses_url":"https://api.github.com/repos/octocat/example/deployments/1/statuses","repository_url":"https://api.github.com/repos/octocat/example","transient_environment":false,"production_environment":true}
   */
  async createDeployment(
    repository: unknown,
    ref: unknown,
    environment: unknown,
    description: unknown,
    task: unknown,
    payload: unknown,
    skipChecks: unknown,
    transient: unknown,
    production: unknown,
  ) {
    return this.#run('deployments', 'createDeployment', [
      repository,
      ref,
      environment,
      description,
      task,
      payload,
      skipChecks,
      transient,
      production,
    ])
  }

  /**
   * @operationName Create Deployment Status
   * @category Deployments
   * @description Reports a deployment's progress: queued, pending, in progress, success, failure, error or inactive, with links to the deployed site and the log. Returns the status. Requires: OAuth scope "repo_deployment"; GitHub App permission "Deployments: write".
   * @route POST /create-deployment-status
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Deployment","name":"deployment","required":true,"dictionary":"getDeploymentsDictionary","dependsOn":["repository"],"description":"The id of the deployment (pick it from the list, or take it from Create Deployment)."}
   * @paramDef {"type":"String","label":"State","name":"state","required":true,"uiComponent":{"type":"DROPDOWN","options":{"values":["Queued","Pending","In Progress","Success","Failure","Error","Inactive"]}},"description":"Where the deployment stands."}
   * @paramDef {"type":"String","label":"Description","name":"description","description":"A short description, at most 140 characters."}
   * @paramDef {"type":"String","label":"Environment URL","name":"environmentUrl","description":"Where the deployed site can be seen (https://…)."}
   * @paramDef {"type":"String","label":"Log URL","name":"logUrl","description":"Where the deployment's output can be read (https://…)."}
   * @paramDef {"type":"Boolean","label":"Mark Older Inactive","name":"autoInactive","uiComponent":{"type":"TOGGLE"},"description":"On a success: mark the environment's earlier deployments inactive. Empty: on (GitHub's default)."}
   * @returns {Object}
   * @sampleResult {"url":"https://api.github.com/repos/octocat/example/deployments/42/statuses/1","id":1,"state":"success","creator":{"login":"octocat","id":1,"type":"User"},"description":"Deployment finished successfully.","environment":"production","target_url":"https://example.com/deployment/42/output","created_at":"2012-07-20T01:19:13Z","updated_at":"2012-07-20T01:19:13Z","deployment_url":"https://api.github.com/repos/octocat/example/deployments/42","repository_url":"https://api.github.com/repos/octocat/example","environment_url":"https://test-branch.lab.acme.com","log_url":"https://example.com/deployment/42/output"}
   */
  async createDeploymentStatus(
    repository: unknown,
    deployment: unknown,
    state: unknown,
    description: unknown,
    environmentUrl: unknown,
    logUrl: unknown,
    autoInactive: unknown,
  ) {
    return this.#run('deployments', 'createDeploymentStatus', [
      repository,
      deployment,
      state,
      description,
      environmentUrl,
      logUrl,
      autoInactive,
    ])
  }

  /**
   * @operationName List Deployments
   * @category Deployments
   * @description Lists the deployments of a repository, newest first, optionally only those to one environment, of one ref or of one task. Returns the deployments and a cursor for the next page. Requires: OAuth scope "repo_deployment"; GitHub App permission "Deployments: read".
   * @route GET /list-deployments
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"String","label":"Environment","name":"environment","dictionary":"getEnvironmentsDictionary","dependsOn":["repository"],"description":"Only deployments to this environment."}
   * @paramDef {"type":"String","label":"Branch, Tag or Commit","name":"ref","dictionary":"getBranchesDictionary","dependsOn":["repository"],"description":"Only deployments of this branch, tag or commit SHA."}
   * @paramDef {"type":"String","label":"Task","name":"task","description":"Only deployments of this task, e.g. deploy."}
   * @paramDef {"type":"Boolean","label":"Fetch All Pages","name":"fetchAll","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"Off: return one page of up to Limit items. On: follow the pages and return up to Limit items in total (at most 1000)."}
   * @paramDef {"type":"Number","label":"Limit","name":"limit","defaultValue":30,"uiComponent":{"type":"NUMERIC_STEPPER"},"description":"Page size (1-100) when Fetch All Pages is off; the total maximum (1-1000) when it is on."}
   * @paramDef {"type":"String","label":"Cursor","name":"cursor","description":"The nextCursor of a previous call with the same parameters, to continue where it stopped. Leave empty to start from the beginning."}
   * @returns {Object}
   * @sampleResult {"items":[{"url":"https://api.github.com/repos/octocat/example/deployments/1","id":1,"sha":"a84d88e7554fc1fa21bcbc4efae3c782a70d2b9d","ref":"topic-branch","task":"deploy","payload":{},"original_environment":"staging","environment":"production","description":"Deploy request from hubot","creator":{"login":"octocat","id":1,"type":"User"},"created_at":"2012-07-20T01:19:13Z","updated_at":"2012-07-20T01:19:13Z","statuses_url":"https://api.github.com/repos/octocat/example/deployments/1/statuses","repository_url":"https://api.github.com/repos/octocat/example","transient_environment":false,"production_environment":true}],"nextCursor":null}
   */
  async listDeployments(
    repository: unknown,
    environment: unknown,
    ref: unknown,
    task: unknown,
    fetchAll: unknown,
    limit: unknown,
    cursor: unknown,
  ) {
    return this.#run('deployments', 'listDeployments', [repository, environment, ref, task, fetchAll, limit, cursor])
  }

  /**
   * @operationName Delete Deployment
   * @category Deployments
   * @description Deletes a deployment and its statuses. GitHub deletes only an inactive one: give it an inactive status first (Create Deployment Status). Returns the repository and the deployment id. Requires: OAuth scope "repo_deployment"; GitHub App permission "Deployments: write".
   * @route DELETE /delete-deployment
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Deployment","name":"deployment","required":true,"dictionary":"getDeploymentsDictionary","dependsOn":["repository"],"description":"The id of the deployment (pick it from the list, or take it from Create Deployment)."}
   * @returns {Object}
   * @sampleResult {"repository":"octocat/Hello-World","deployment":42,"deleted":true}
   */
  async deleteDeployment(repository: unknown, deployment: unknown) {
    return this.#run('deployments', 'deleteDeployment', [repository, deployment])
  }

  /**
   * @operationName List Environments
   * @category Deployments
   * @description Lists a repository's deployment environments with their protection rules (wait timers, required reviewers, branch policies). Returns the environments and a cursor for the next page. Requires: OAuth scope "repo"; GitHub App permission "Actions: read".
   * @route GET /list-environments
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Boolean","label":"Fetch All Pages","name":"fetchAll","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"Off: return one page of up to Limit items. On: follow the pages and return up to Limit items in total (at most 1000)."}
   * @paramDef {"type":"Number","label":"Limit","name":"limit","defaultValue":30,"uiComponent":{"type":"NUMERIC_STEPPER"},"description":"Page size (1-100) when Fetch All Pages is off; the total maximum (1-1000) when it is on."}
   * @paramDef {"type":"String","label":"Cursor","name":"cursor","description":"The nextCursor of a previous call with the same parameters, to continue where it stopped. Leave empty to start from the beginning."}
   * @returns {Object}
   * @sampleResult {"items":[{"id":161088068,"name":"staging","url":"https://api.github.com/repos/github/hello-world/environments/staging","html_url":"https://github.com/github/hello-world/deployments/activity_log?environments_filter=staging","created_at":"2020-11-23T22:00:40Z","updated_at":"2020-11-23T22:00:40Z","protection_rules":[{"id":3736,"node_id":"MDQ6R2F0ZTM3MzY=","type":"wait_timer","wait_timer":30}],"deployment_branch_policy":{"protected_branches":false,"custom_branch_policies":true}}],"nextCursor":null}
   */
  async listEnvironments(repository: unknown, fetchAll: unknown, limit: unknown, cursor: unknown) {
    return this.#run('deployments', 'listEnvironments', [repository, fetchAll, limit, cursor])
  }

  /**
   * @registerAs DICTIONARY
   * @operationName Get Environments Dictionary
   * @description Lists the selected repository's environments for picking: value is the name, the note its protection rules. Search filters names.
   * @route POST /get-environments-dictionary
   * @paramDef {"type":"Object","label":"Payload","name":"payload","description":"Search text, cursor, and criteria.repository (the selected repository)."}
   * @returns {Object}
   * @sampleResult {"items":[{"label":"staging","value":"staging","note":"wait timer, required reviewers"}],"cursor":null}
   */
  async getEnvironmentsDictionary(payload: unknown) {
    return this.#run('deployments', 'getEnvironmentsDictionary', [payload])
  }

  /**
   * @registerAs DICTIONARY
   * @operationName Get Deployments Dictionary
   * @description Lists the selected repository's deployments, newest first, for picking: value is the id, the label its environment and ref. Search filters environments, refs and descriptions.
   * @route POST /get-deployments-dictionary
   * @paramDef {"type":"Object","label":"Payload","name":"payload","description":"Search text, cursor, and criteria.repository (the selected repository)."}
   * @returns {Object}
   * @sampleResult {"items":[{"label":"production: main","value":1,"note":"a84d88e · 2012-07-20 01:19"}],"cursor":null}
   */
  async getDeploymentsDictionary(payload: unknown) {
    return this.#run('deployments', 'getDeploymentsDictionary', [payload])
  }
  // #endregion Deployments

  // #region Realtime triggers (GitHub webhooks)
  /**
   * @registerAs REALTIME_TRIGGER
   * @operationName On Issue Event
   * @category Triggers
   * @description Starts the flow when an issue is opened, closed, reopened, labeled, assigned or edited in a repository. Needs admin rights on the repository. OAuth app: scope `repo` (in the default scopes) or `admin:repo_hook`. GitHub App: repository permission "Webhooks: write".
   * @route POST /on-issue
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository to watch, as owner/name (e.g. octocat/Hello-World). A webhook is created on it."}
   * @paramDef {"type":"String","label":"Action","name":"action","defaultValue":"opened","uiComponent":{"type":"DROPDOWN","options":{"values":["opened","closed","reopened","labeled","assigned","edited"]}},"description":"Which issue actions fire the flow; several may be given separated by commas. Empty means opened."}
   * @paramDef {"type":"String","label":"Label","name":"label","description":"Only issues carrying this label (for \"labeled\": the label just added). Empty means any."}
   * @paramDef {"type":"String","label":"Author","name":"author","description":"Only when the author is this GitHub login (several separated by commas). Empty means anyone."}
   * @returns {Object}
   * @sampleResult {"deliveryId":"72d3162e-cc78-11e3-81ab-4c9367dc0958","githubEvent":"issues","action":"opened","issue":{"url":"https://api.github.com/repos/Codertocat/Hello-World/issues/1","html_url":"https://github.com/Codertocat/Hello-World/issues/1","id":444500041,"node_id":"MDU6SXNzdWU0NDQ1MDAwNDE=","number":1,"title":"Spelling error in the README file","user":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false},"labels":[{"id":1362934389,"node_id":"MDU6TGFiZWwxMzYyOTM0Mzg5","name":"bug","color":"d73a4a","default":true,"description":"Something isn't working"}],"state":"open","locked":false,"assignee":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false},"assignees":[{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false}],"milestone":{"html_url":"https://github.com/Codertocat/Hello-World/milestone/1","id":4317517,"node_id":"MDk6TWlsZXN0b25lNDMxNzUxNw==","number":1,"title":"v1.0","description":"Add new space flight simulator","creator":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false},"open_issues":1,"closed_issues":0,"state":"closed","created_at":"2019-05-15T15:20:17Z","updated_at":"2019-05-15T15:20:18Z","due_on":"2019-05-23T07:00:00Z","closed_at":"2019-05-15T15:20:18Z"},"comments":0,"created_at":"2019-05-15T15:20:18Z","updated_at":"2019-05-15T15:20:18Z","closed_at":null,"author_association":"OWNER","active_lock_reason":null,"body":"It looks like you accidently spelled 'commit' with two 't's.","reactions":{"total_count":0,"+1":0,"-1":0,"laugh":0,"hooray":0,"confused":0,"heart":0,"rocket":0,"eyes":0},"draft":false},"repository":{"id":186853002,"node_id":"MDEwOlJlcG9zaXRvcnkxODY4NTMwMDI=","name":"Hello-World","full_name":"Codertocat/Hello-World","private":false,"owner":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false},"html_url":"https://github.com/Codertocat/Hello-World","description":null,"fork":false,"url":"https://api.github.com/repos/Codertocat/Hello-World","created_at":"2019-05-15T15:19:25Z","updated_at":"2019-05-15T15:19:27Z","pushed_at":"2019-05-15T15:20:13Z","homepage":null,"size":0,"stargazers_count":0,"watchers_count":0,"language":null,"has_issues":true,"has_projects":true,"has_downloads":true,"has_wiki":true,"has_pages":true,"forks_count":0,"archived":false,"disabled":false,"open_issues_count":1,"license":null,"forks":0,"open_issues":1,"watchers":0,"default_branch":"master","is_template":false,"topics":[],"visibility":"public","web_commit_signoff_required":false,"custom_properties":{}},"sender":{"login":"Codertocat","id":21031067,"node_id":"MDQ6VXNlcjIxMDMxMDY3","gravatar_id":"","url":"https://api.github.com/users/Codertocat","html_url":"https://github.com/Codertocat","type":"User","site_admin":false}}
   */
  async onIssue(repository: unknown, action: unknown, label: unknown, author: unknown) {
    return this.#triggerBlock('onIssue', [repository, action, label, author])
  }

  /**
   * @registerAs REALTIME_TRIGGER
   * @operationName On Issue Comment
   * @category Triggers
   * @description Starts the flow when a comment is added to (or edited on) an issue or pull request conversation. Needs admin rights on the repository. OAuth app: scope `repo` (in the default scopes) or `admin:repo_hook`. GitHub App: repository permission "Webhooks: write".
   * @route POST /on-issue-comment
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository to watch, as owner/name (e.g. octocat/Hello-World). A webhook is created on it."}
   * @paramDef {"type":"String","label":"Action","name":"action","defaultValue":"created","uiComponent":{"type":"DROPDOWN","options":{"values":["created","edited","deleted"]}},"description":"Which comment actions fire the flow; several may be given separated by commas. Empty means created."}
   * @paramDef {"type":"String","label":"Author","name":"author","description":"Only when the author is this GitHub login (several separated by commas). Empty means anyone."}
   * @paramDef {"type":"String","label":"Label","name":"label","description":"Only comments on issues carrying this label. Empty means any."}
   * @returns {Object}
   * @sampleResult {"deliveryId":"72d3162e-cc78-11e3-81ab-4c9367dc0958","githubEvent":"issue_comment","action":"created","issue":{"url":"https://api.github.com/repos/Codertocat/Hello-World/issues/1","html_url":"https://github.com/Codertocat/Hello-World/issues/1","id":444500041,"node_id":"MDU6SXNzdWU0NDQ1MDAwNDE=","number":1,"title":"Spelling error in the README file","user":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false},"labels":[{"id":1362934389,"node_id":"MDU6TGFiZWwxMzYyOTM0Mzg5","name":"bug","color":"d73a4a","default":true}],"state":"open","locked":false,"assignee":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false},"assignees":[{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false}],"milestone":{"html_url":"https://github.com/Codertocat/Hello-World/milestone/1","id":4317517,"node_id":"MDk6TWlsZXN0b25lNDMxNzUxNw==","number":1,"title":"v1.0","description":"Add new space flight simulator","creator":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false},"open_issues":1,"closed_issues":0,"state":"closed","created_at":"2019-05-15T15:20:17Z","updated_at":"2019-05-15T15:20:18Z","due_on":"2019-05-23T07:00:00Z","closed_at":"2019-05-15T15:20:18Z"},"comments":0,"created_at":"2019-05-15T15:20:18Z","updated_at":"2019-05-15T15:20:21Z","closed_at":null,"author_association":"OWNER","body":"It looks like you accidently spelled 'commit' with two 't's."},"comment":{"url":"https://api.github.com/repos/Codertocat/Hello-World/issues/comments/492700400","html_url":"https://github.com/Codertocat/Hello-World/issues/1#issuecomment-492700400","id":492700400,"node_id":"MDEyOklzc3VlQ29tbWVudDQ5MjcwMDQwMA==","user":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false},"created_at":"2019-05-15T15:20:21Z","updated_at":"2019-05-15T15:20:21Z","author_association":"OWNER","body":"You are totally right! I'll get this fixed right away."},"repository":{"id":186853002,"node_id":"MDEwOlJlcG9zaXRvcnkxODY4NTMwMDI=","name":"Hello-World","full_name":"Codertocat/Hello-World","private":false,"owner":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false},"html_url":"https://github.com/Codertocat/Hello-World","description":null,"fork":false,"url":"https://api.github.com/repos/Codertocat/Hello-World","created_at":"2019-05-15T15:19:25Z","updated_at":"2019-05-15T15:19:27Z","pushed_at":"2019-05-15T15:20:13Z","homepage":null,"size":0,"stargazers_count":0,"watchers_count":0,"language":null,"has_issues":true,"has_projects":true,"has_downloads":true,"has_wiki":true,"has_pages":true,"forks_count":0,"archived":false,"disabled":false,"open_issues_count":1,"license":null,"forks":0,"open_issues":1,"watchers":0,"default_branch":"master"},"sender":{"login":"Codertocat","id":21031067,"node_id":"MDQ6VXNlcjIxMDMxMDY3","gravatar_id":"","url":"https://api.github.com/users/Codertocat","html_url":"https://github.com/Codertocat","type":"User","site_admin":false}}
   */
  async onIssueComment(repository: unknown, action: unknown, author: unknown, label: unknown) {
    return this.#triggerBlock('onIssueComment', [repository, action, author, label])
  }

  /**
   * @registerAs REALTIME_TRIGGER
   * @operationName On Pull Request Event
   * @category Triggers
   * @description Starts the flow when a pull request is opened, closed, merged, reopened, marked ready for review, gets a review request or new commits. Needs admin rights on the repository. OAuth app: scope `repo` (in the default scopes) or `admin:repo_hook`. GitHub App: repository permission "Webhooks: write".
   * @route POST /on-pull-request
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository to watch, as owner/name (e.g. octocat/Hello-World). A webhook is created on it."}
   * @paramDef {"type":"String","label":"Action","name":"action","defaultValue":"opened","uiComponent":{"type":"DROPDOWN","options":{"values":["opened","closed","merged","reopened","ready_for_review","review_requested","synchronize","labeled"]}},"description":"Which pull request actions fire the flow; several may be given separated by commas. Empty means opened."}
   * @paramDef {"type":"String","label":"Base Branch","name":"baseBranch","description":"The branch the pull request merges into. A branch name or glob (`main`, `release/*`, `**`); several separated by commas. Empty means any branch."}
   * @paramDef {"type":"String","label":"Head Branch","name":"headBranch","description":"The branch the pull request comes from. A branch name or glob (`main`, `release/*`, `**`); several separated by commas. Empty means any branch."}
   * @paramDef {"type":"String","label":"Label","name":"label","description":"Only pull requests carrying this label (for \"labeled\": the label just added). Empty means any."}
   * @paramDef {"type":"String","label":"Author","name":"author","description":"Only when the author is this GitHub login (several separated by commas). Empty means anyone."}
   * @returns {Object}
   * @sampleResult {"deliveryId":"72d3162e-cc78-11e3-81ab-4c9367dc0958","githubEvent":"pull_request","action":"opened","number":2,"pull_request":{"url":"https://api.github.com/repos/Codertocat/Hello-World/pulls/2","id":279147437,"node_id":"MDExOlB1bGxSZXF1ZXN0Mjc5MTQ3NDM3","html_url":"https://github.com/Codertocat/Hello-World/pull/2","number":2,"state":"open","locked":false,"title":"Update the README with new information.","user":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false},"body":"This is a pretty simple change that we need to pull into master.","created_at":"2019-05-15T15:20:33Z","updated_at":"2019-05-15T15:20:33Z","closed_at":null,"merged_at":null,"merge_commit_sha":null,"assignee":null,"assignees":[],"requested_reviewers":[],"requested_teams":[],"labels":[],"milestone":null,"head":{"label":"Codertocat:changes","ref":"changes","sha":"ec26c3e57ca3a959ca5aad62de7213c562f8c821","user":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false},"repo":{"id":186853002,"name":"Hello-World","full_name":"Codertocat/Hello-World","private":false,"html_url":"https://github.com/Codertocat/Hello-World","description":null,"fork":false,"default_branch":"master","owner":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false}}},"base":{"label":"Codertocat:master","ref":"master","sha":"f95f852bd8fca8fcc58a9a2d6c842781e32a215e","user":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false},"repo":{"id":186853002,"name":"Hello-World","full_name":"Codertocat/Hello-World","private":false,"html_url":"https://github.com/Codertocat/Hello-World","description":null,"fork":false,"default_branch":"master","owner":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false}}},"_links":{"self":{"href":"https://api.github.com/repos/Codertocat/Hello-World/pulls/2"},"html":{"href":"https://github.com/Codertocat/Hello-World/pull/2"},"issue":{"href":"https://api.github.com/repos/Codertocat/Hello-World/issues/2"},"comments":{"href":"https://api.github.com/repos/Codertocat/Hello-World/issues/2/comments"},"review_comments":{"href":"https://api.github.com/repos/Codertocat/Hello-World/pulls/2/comments"},"review_comment":{"href":"https://api.github.com/repos/Codertocat/Hello-World/pulls/comments{/number}"},"commits":{"href":"https://api.github.com/repos/Codertocat/Hello-World/pulls/2/commits"},"statuses":{"href":"https://api.github.com/repos/Codertocat/Hello-World/statuses/ec26c3e57ca3a959ca5aad62de7213c562f8c821"}},"author_association":"OWNER","draft":false,"merged":false,"mergeable":null,"rebaseable":null,"mergeable_state":"unknown","merged_by":null,"comments":0,"review_comments":0,"maintainer_can_modify":false,"commits":1,"additions":1,"deletions":1,"changed_files":1},"repository":{"id":186853002,"node_id":"MDEwOlJlcG9zaXRvcnkxODY4NTMwMDI=","name":"Hello-World","full_name":"Codertocat/Hello-World","private":false,"owner":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false},"html_url":"https://github.com/Codertocat/Hello-World","description":null,"fork":false,"url":"https://api.github.com/repos/Codertocat/Hello-World","created_at":"2019-05-15T15:19:25Z","updated_at":"2019-05-15T15:19:27Z","pushed_at":"2019-05-15T15:20:32Z","homepage":null,"size":0,"stargazers_count":0,"watchers_count":0,"language":null,"has_issues":true,"has_projects":true,"has_downloads":true,"has_wiki":true,"has_pages":true,"forks_count":0,"archived":false,"disabled":false,"open_issues_count":2,"license":null,"forks":0,"open_issues":2,"watchers":0,"default_branch":"master"},"sender":{"login":"Codertocat","id":21031067,"node_id":"MDQ6VXNlcjIxMDMxMDY3","gravatar_id":"","url":"https://api.github.com/users/Codertocat","html_url":"https://github.com/Codertocat","type":"User","site_admin":false}}
   */
  async onPullRequest(repository: unknown, action: unknown, baseBranch: unknown, headBranch: unknown, label: unknown, author: unknown) {
    return this.#triggerBlock('onPullRequest', [repository, action, baseBranch, headBranch, label, author])
  }

  /**
   * @registerAs REALTIME_TRIGGER
   * @operationName On Pull Request Review
   * @category Triggers
   * @description Starts the flow when a review is submitted on a pull request (approved, changes requested or commented). Needs admin rights on the repository. OAuth app: scope `repo` (in the default scopes) or `admin:repo_hook`. GitHub App: repository permission "Webhooks: write".
   * @route POST /on-pull-request-review
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository to watch, as owner/name (e.g. octocat/Hello-World). A webhook is created on it."}
   * @paramDef {"type":"String","label":"Action","name":"action","defaultValue":"submitted","uiComponent":{"type":"DROPDOWN","options":{"values":["submitted","edited","dismissed"]}},"description":"Which review actions fire the flow; several may be given separated by commas. Empty means submitted."}
   * @paramDef {"type":"String","label":"Review State","name":"state","uiComponent":{"type":"DROPDOWN","options":{"values":["approved","changes_requested","commented"]}},"description":"Only reviews in this state. Empty means any."}
   * @paramDef {"type":"String","label":"Base Branch","name":"baseBranch","description":"The branch the pull request merges into. A branch name or glob (`main`, `release/*`, `**`); several separated by commas. Empty means any branch."}
   * @paramDef {"type":"String","label":"Actor","name":"author","description":"Only when the reviewer is this GitHub login (several separated by commas). Empty means anyone."}
   * @returns {Object}
   * @sampleResult {"deliveryId":"72d3162e-cc78-11e3-81ab-4c9367dc0958","githubEvent":"pull_request_review","action":"submitted","review":{"id":237895671,"node_id":"MDE3OlB1bGxSZXF1ZXN0UmV2aWV3MjM3ODk1Njcx","user":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false},"body":null,"commit_id":"ec26c3e57ca3a959ca5aad62de7213c562f8c821","submitted_at":"2019-05-15T15:20:38Z","state":"commented","html_url":"https://github.com/Codertocat/Hello-World/pull/2#pullrequestreview-237895671","author_association":"OWNER","_links":{"html":{"href":"https://github.com/Codertocat/Hello-World/pull/2#pullrequestreview-237895671"},"pull_request":{"href":"https://api.github.com/repos/Codertocat/Hello-World/pulls/2"}}},"pull_request":{"url":"https://api.github.com/repos/Codertocat/Hello-World/pulls/2","id":279147437,"node_id":"MDExOlB1bGxSZXF1ZXN0Mjc5MTQ3NDM3","html_url":"https://github.com/Codertocat/Hello-World/pull/2","number":2,"state":"open","locked":false,"title":"Update the README with new information.","user":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false},"body":"This is a pretty simple change that we need to pull into master.","created_at":"2019-05-15T15:20:33Z","updated_at":"2019-05-15T15:20:38Z","closed_at":null,"merged_at":null,"merge_commit_sha":"c4295bd74fb0f4fda03689c3df3f2803b658fd85","assignee":null,"assignees":[],"requested_reviewers":[],"requested_teams":[],"labels":[],"milestone":null,"head":{"label":"Codertocat:changes","ref":"changes","sha":"ec26c3e57ca3a959ca5aad62de7213c562f8c821","user":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false},"repo":{"id":186853002,"name":"Hello-World","full_name":"Codertocat/Hello-World","private":false,"html_url":"https://github.com/Codertocat/Hello-World","description":null,"fork":false,"default_branch":"master","owner":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false}}},"base":{"label":"Codertocat:master","ref":"master","sha":"f95f852bd8fca8fcc58a9a2d6c842781e32a215e","user":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false},"repo":{"id":186853002,"name":"Hello-World","full_name":"Codertocat/Hello-World","private":false,"html_url":"https://github.com/Codertocat/Hello-World","description":null,"fork":false,"default_branch":"master","owner":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false}}},"_links":{"self":{"href":"https://api.github.com/repos/Codertocat/Hello-World/pulls/2"},"html":{"href":"https://github.com/Codertocat/Hello-World/pull/2"},"issue":{"href":"https://api.github.com/repos/Codertocat/Hello-World/issues/2"},"comments":{"href":"https://api.github.com/repos/Codertocat/Hello-World/issues/2/comments"},"review_comments":{"href":"https://api.github.com/repos/Codertocat/Hello-World/pulls/2/comments"},"review_comment":{"href":"https://api.github.com/repos/Codertocat/Hello-World/pulls/comments{/number}"},"commits":{"href":"https://api.github.com/repos/Codertocat/Hello-World/pulls/2/commits"},"statuses":{"href":"https://api.github.com/repos/Codertocat/Hello-World/statuses/ec26c3e57ca3a959ca5aad62de7213c562f8c821"}},"author_association":"OWNER"},"repository":{"id":186853002,"node_id":"MDEwOlJlcG9zaXRvcnkxODY4NTMwMDI=","name":"Hello-World","full_name":"Codertocat/Hello-World","private":false,"owner":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false},"html_url":"https://github.com/Codertocat/Hello-World","description":null,"fork":false,"url":"https://api.github.com/repos/Codertocat/Hello-World","created_at":"2019-05-15T15:19:25Z","updated_at":"2019-05-15T15:20:34Z","pushed_at":"2019-05-15T15:20:33Z","homepage":null,"size":0,"stargazers_count":0,"watchers_count":0,"language":"Ruby","has_issues":true,"has_projects":true,"has_downloads":true,"has_wiki":true,"has_pages":true,"forks_count":0,"archived":false,"disabled":false,"open_issues_count":2,"license":null,"forks":0,"open_issues":2,"watchers":0,"default_branch":"master"},"sender":{"login":"Codertocat","id":21031067,"node_id":"MDQ6VXNlcjIxMDMxMDY3","gravatar_id":"","url":"https://api.github.com/users/Codertocat","html_url":"https://github.com/Codertocat","type":"User","site_admin":false}}
   */
  async onPullRequestReview(repository: unknown, action: unknown, state: unknown, baseBranch: unknown, author: unknown) {
    return this.#triggerBlock('onPullRequestReview', [repository, action, state, baseBranch, author])
  }

  /**
   * @registerAs REALTIME_TRIGGER
   * @operationName On Pull Request Review Comment
   * @category Triggers
   * @description Starts the flow when a comment is made on the diff of a pull request. Needs admin rights on the repository. OAuth app: scope `repo` (in the default scopes) or `admin:repo_hook`. GitHub App: repository permission "Webhooks: write".
   * @route POST /on-pull-request-review-comment
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository to watch, as owner/name (e.g. octocat/Hello-World). A webhook is created on it."}
   * @paramDef {"type":"String","label":"Action","name":"action","defaultValue":"created","uiComponent":{"type":"DROPDOWN","options":{"values":["created","edited","deleted"]}},"description":"Which comment actions fire the flow; several may be given separated by commas. Empty means created."}
   * @paramDef {"type":"String","label":"Base Branch","name":"baseBranch","description":"The branch the pull request merges into. A branch name or glob (`main`, `release/*`, `**`); several separated by commas. Empty means any branch."}
   * @paramDef {"type":"String","label":"Author","name":"author","description":"Only when the author is this GitHub login (several separated by commas). Empty means anyone."}
   * @returns {Object}
   * @sampleResult {"deliveryId":"72d3162e-cc78-11e3-81ab-4c9367dc0958","githubEvent":"pull_request_review_comment","action":"created","comment":{"url":"https://api.github.com/repos/Codertocat/Hello-World/pulls/comments/284312630","pull_request_review_id":237895671,"id":284312630,"node_id":"MDI0OlB1bGxSZXF1ZXN0UmV2aWV3Q29tbWVudDI4NDMxMjYzMA==","diff_hunk":"@@ -1 +1 @@\n-# Hello-World","path":"README.md","position":1,"original_position":1,"commit_id":"ec26c3e57ca3a959ca5aad62de7213c562f8c821","original_commit_id":"ec26c3e57ca3a959ca5aad62de7213c562f8c821","user":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false},"body":"Maybe you should use more emoji on this line.","created_at":"2019-05-15T15:20:37Z","updated_at":"2019-05-15T15:20:38Z","html_url":"https://github.com/Codertocat/Hello-World/pull/2#discussion_r284312630","author_association":"OWNER","_links":{"self":{"href":"https://api.github.com/repos/Codertocat/Hello-World/pulls/comments/284312630"},"html":{"href":"https://github.com/Codertocat/Hello-World/pull/2#discussion_r284312630"},"pull_request":{"href":"https://api.github.com/repos/Codertocat/Hello-World/pulls/2"}}},"pull_request":{"url":"https://api.github.com/repos/Codertocat/Hello-World/pulls/2","id":279147437,"node_id":"MDExOlB1bGxSZXF1ZXN0Mjc5MTQ3NDM3","html_url":"https://github.com/Codertocat/Hello-World/pull/2","number":2,"state":"open","locked":false,"title":"Update the README with new information.","user":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false},"body":"This is a pretty simple change that we need to pull into master.","created_at":"2019-05-15T15:20:33Z","updated_at":"2019-05-15T15:20:38Z","closed_at":null,"merged_at":null,"merge_commit_sha":"c4295bd74fb0f4fda03689c3df3f2803b658fd85","assignee":null,"assignees":[],"requested_reviewers":[],"requested_teams":[],"labels":[],"milestone":null,"head":{"label":"Codertocat:changes","ref":"changes","sha":"ec26c3e57ca3a959ca5aad62de7213c562f8c821","user":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false},"repo":{"id":186853002,"name":"Hello-World","full_name":"Codertocat/Hello-World","private":false,"html_url":"https://github.com/Codertocat/Hello-World","description":null,"fork":false,"default_branch":"master","owner":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false}}},"base":{"label":"Codertocat:master","ref":"master","sha":"f95f852bd8fca8fcc58a9a2d6c842781e32a215e","user":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false},"repo":{"id":186853002,"name":"Hello-World","full_name":"Codertocat/Hello-World","private":false,"html_url":"https://github.com/Codertocat/Hello-World","description":null,"fork":false,"default_branch":"master","owner":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false}}},"_links":{"self":{"href":"https://api.github.com/repos/Codertocat/Hello-World/pulls/2"},"html":{"href":"https://github.com/Codertocat/Hello-World/pull/2"},"issue":{"href":"https://api.github.com/repos/Codertocat/Hello-World/issues/2"},"comments":{"href":"https://api.github.com/repos/Codertocat/Hello-World/issues/2/comments"},"review_comments":{"href":"https://api.github.com/repos/Codertocat/Hello-World/pulls/2/comments"},"review_comment":{"href":"https://api.github.com/repos/Codertocat/Hello-World/pulls/comments{/number}"},"commits":{"href":"https://api.github.com/repos/Codertocat/Hello-World/pulls/2/commits"},"statuses":{"href":"https://api.github.com/repos/Codertocat/Hello-World/statuses/ec26c3e57ca3a959ca5aad62de7213c562f8c821"}},"author_association":"OWNER"},"repository":{"id":186853002,"node_id":"MDEwOlJlcG9zaXRvcnkxODY4NTMwMDI=","name":"Hello-World","full_name":"Codertocat/Hello-World","private":false,"owner":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false},"html_url":"https://github.com/Codertocat/Hello-World","description":null,"fork":false,"url":"https://api.github.com/repos/Codertocat/Hello-World","created_at":"2019-05-15T15:19:25Z","updated_at":"2019-05-15T15:20:34Z","pushed_at":"2019-05-15T15:20:33Z","homepage":null,"size":0,"stargazers_count":0,"watchers_count":0,"language":"Ruby","has_issues":true,"has_projects":true,"has_downloads":true,"has_wiki":true,"has_pages":true,"forks_count":0,"archived":false,"disabled":false,"open_issues_count":2,"license":null,"forks":0,"open_issues":2,"watchers":0,"default_branch":"master"},"sender":{"login":"Codertocat","id":21031067,"node_id":"MDQ6VXNlcjIxMDMxMDY3","gravatar_id":"","url":"https://api.github.com/users/Codertocat","html_url":"https://github.com/Codertocat","type":"User","site_admin":false}}
   */
  async onPullRequestReviewComment(repository: unknown, action: unknown, baseBranch: unknown, author: unknown) {
    return this.#triggerBlock('onPullRequestReviewComment', [repository, action, baseBranch, author])
  }

  /**
   * @registerAs REALTIME_TRIGGER
   * @operationName On Push
   * @category Triggers
   * @description Starts the flow when commits are pushed to a branch (branch deletions are left to "On Branch or Tag Deleted"). Needs admin rights on the repository. OAuth app: scope `repo` (in the default scopes) or `admin:repo_hook`. GitHub App: repository permission "Webhooks: write".
   * @route POST /on-push
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository to watch, as owner/name (e.g. octocat/Hello-World). A webhook is created on it."}
   * @paramDef {"type":"String","label":"Branch","name":"branch","description":"A branch name or glob (`main`, `release/*`, `**`); several separated by commas. Empty means any branch. Tag pushes fire only when this is empty."}
   * @paramDef {"type":"String","label":"Actor","name":"author","description":"Only when the pusher is this GitHub login (several separated by commas). Empty means anyone."}
   * @returns {Object}
   * @sampleResult {"deliveryId":"72d3162e-cc78-11e3-81ab-4c9367dc0958","githubEvent":"push","ref":"refs/tags/simple-tag","before":"0000000000000000000000000000000000000000","after":"6113728f27ae82c7b1a177c8d03f9e96e0adf246","created":true,"deleted":false,"forced":false,"base_ref":null,"compare":"https://github.com/Codertocat/Hello-World/compare/simple-tag","commits":[],"head_commit":{"id":"6113728f27ae82c7b1a177c8d03f9e96e0adf246","tree_id":"4b825dc642cb6eb9a060e54bf8d69288fbee4904","distinct":true,"message":"Adding a .gitignore file","timestamp":"2019-05-15T15:20:41Z","url":"https://github.com/Codertocat/Hello-World/commit/6113728f27ae82c7b1a177c8d03f9e96e0adf246","author":{"name":"Codertocat","email":"21031067+Codertocat@users.noreply.github.com","username":"Codertocat"},"committer":{"name":"Codertocat","email":"21031067+Codertocat@users.noreply.github.com","username":"Codertocat"},"added":[".gitignore"],"removed":[],"modified":[]},"repository":{"id":186853002,"node_id":"MDEwOlJlcG9zaXRvcnkxODY4NTMwMDI=","name":"Hello-World","full_name":"Codertocat/Hello-World","private":false,"owner":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false},"html_url":"https://github.com/Codertocat/Hello-World","description":null,"fork":false,"url":"https://github.com/Codertocat/Hello-World","created_at":1557933565,"updated_at":"2019-05-15T15:20:41Z","pushed_at":1557933657,"homepage":null,"size":0,"stargazers_count":0,"watchers_count":0,"language":"Ruby","has_issues":true,"has_projects":true,"has_downloads":true,"has_wiki":true,"has_pages":true,"forks_count":1,"archived":false,"disabled":false,"open_issues_count":2,"license":null,"forks":1,"open_issues":2,"watchers":0,"default_branch":"master","stargazers":0,"master_branch":"master"},"pusher":{"name":"Codertocat","email":"21031067+Codertocat@users.noreply.github.com"},"sender":{"login":"Codertocat","id":21031067,"node_id":"MDQ6VXNlcjIxMDMxMDY3","gravatar_id":"","url":"https://api.github.com/users/Codertocat","html_url":"https://github.com/Codertocat","type":"User","site_admin":false}}
   */
  async onPush(repository: unknown, branch: unknown, author: unknown) {
    return this.#triggerBlock('onPush', [repository, branch, author])
  }

  /**
   * @registerAs REALTIME_TRIGGER
   * @operationName On Branch or Tag Created
   * @category Triggers
   * @description Starts the flow when a branch or tag is created. Needs admin rights on the repository. OAuth app: scope `repo` (in the default scopes) or `admin:repo_hook`. GitHub App: repository permission "Webhooks: write".
   * @route POST /on-branch-or-tag-created
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository to watch, as owner/name (e.g. octocat/Hello-World). A webhook is created on it."}
   * @paramDef {"type":"String","label":"Type","name":"refType","uiComponent":{"type":"DROPDOWN","options":{"values":["branch","tag"]}},"description":"Branch or tag. Empty means both."}
   * @paramDef {"type":"String","label":"Name","name":"ref","description":"The branch or tag name or glob (`v*`, `feature/**`). Empty means any."}
   * @returns {Object}
   * @sampleResult {"deliveryId":"72d3162e-cc78-11e3-81ab-4c9367dc0958","githubEvent":"create","ref":"simple-tag","ref_type":"tag","master_branch":"master","description":null,"pusher_type":"user","repository":{"id":186853002,"node_id":"MDEwOlJlcG9zaXRvcnkxODY4NTMwMDI=","name":"Hello-World","full_name":"Codertocat/Hello-World","private":false,"owner":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false},"html_url":"https://github.com/Codertocat/Hello-World","description":null,"fork":false,"url":"https://api.github.com/repos/Codertocat/Hello-World","created_at":"2019-05-15T15:19:25Z","updated_at":"2019-05-15T15:20:41Z","pushed_at":"2019-05-15T15:20:56Z","homepage":null,"size":0,"stargazers_count":0,"watchers_count":0,"language":"Ruby","has_issues":true,"has_projects":true,"has_downloads":true,"has_wiki":true,"has_pages":true,"forks_count":1,"archived":false,"disabled":false,"open_issues_count":2,"license":null,"forks":1,"open_issues":2,"watchers":0,"default_branch":"master"},"sender":{"login":"Codertocat","id":21031067,"node_id":"MDQ6VXNlcjIxMDMxMDY3","gravatar_id":"","url":"https://api.github.com/users/Codertocat","html_url":"https://github.com/Codertocat","type":"User","site_admin":false}}
   */
  async onBranchOrTagCreated(repository: unknown, refType: unknown, ref: unknown) {
    return this.#triggerBlock('onBranchOrTagCreated', [repository, refType, ref])
  }

  /**
   * @registerAs REALTIME_TRIGGER
   * @operationName On Branch or Tag Deleted
   * @category Triggers
   * @description Starts the flow when a branch or tag is deleted. Needs admin rights on the repository. OAuth app: scope `repo` (in the default scopes) or `admin:repo_hook`. GitHub App: repository permission "Webhooks: write".
   * @route POST /on-branch-or-tag-deleted
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository to watch, as owner/name (e.g. octocat/Hello-World). A webhook is created on it."}
   * @paramDef {"type":"String","label":"Type","name":"refType","uiComponent":{"type":"DROPDOWN","options":{"values":["branch","tag"]}},"description":"Branch or tag. Empty means both."}
   * @paramDef {"type":"String","label":"Name","name":"ref","description":"The branch or tag name or glob. Empty means any."}
   * @returns {Object}
   * @sampleResult {"deliveryId":"72d3162e-cc78-11e3-81ab-4c9367dc0958","githubEvent":"delete","ref":"simple-tag","ref_type":"tag","pusher_type":"user","repository":{"id":186853002,"node_id":"MDEwOlJlcG9zaXRvcnkxODY4NTMwMDI=","name":"Hello-World","full_name":"Codertocat/Hello-World","private":false,"owner":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false},"html_url":"https://github.com/Codertocat/Hello-World","description":null,"fork":false,"url":"https://api.github.com/repos/Codertocat/Hello-World","created_at":"2019-05-15T15:19:25Z","updated_at":"2019-05-15T15:20:41Z","pushed_at":"2019-05-15T15:20:57Z","homepage":null,"size":0,"stargazers_count":0,"watchers_count":0,"language":"Ruby","has_issues":true,"has_projects":true,"has_downloads":true,"has_wiki":true,"has_pages":true,"forks_count":1,"archived":false,"disabled":false,"open_issues_count":2,"license":null,"forks":1,"open_issues":2,"watchers":0,"default_branch":"master"},"sender":{"login":"Codertocat","id":21031067,"node_id":"MDQ6VXNlcjIxMDMxMDY3","gravatar_id":"","url":"https://api.github.com/users/Codertocat","html_url":"https://github.com/Codertocat","type":"User","site_admin":false}}
   */
  async onBranchOrTagDeleted(repository: unknown, refType: unknown, ref: unknown) {
    return this.#triggerBlock('onBranchOrTagDeleted', [repository, refType, ref])
  }

  /**
   * @registerAs REALTIME_TRIGGER
   * @operationName On Release
   * @category Triggers
   * @description Starts the flow when a release is published, pre-released or released. Needs admin rights on the repository. OAuth app: scope `repo` (in the default scopes) or `admin:repo_hook`. GitHub App: repository permission "Webhooks: write".
   * @route POST /on-release
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository to watch, as owner/name (e.g. octocat/Hello-World). A webhook is created on it."}
   * @paramDef {"type":"String","label":"Action","name":"action","defaultValue":"published","uiComponent":{"type":"DROPDOWN","options":{"values":["published","prereleased","released","created","edited"]}},"description":"Which release actions fire the flow; several may be given separated by commas. Empty means published."}
   * @paramDef {"type":"String","label":"Tag","name":"tag","description":"The release tag name or glob (`v2.*`). Empty means any."}
   * @returns {Object}
   * @sampleResult {"deliveryId":"72d3162e-cc78-11e3-81ab-4c9367dc0958","githubEvent":"release","action":"published","release":{"url":"https://api.github.com/repos/Codertocat/Hello-World/releases/17372790","html_url":"https://github.com/Codertocat/Hello-World/releases/tag/0.0.1","id":17372790,"node_id":"MDc6UmVsZWFzZTE3MzcyNzkw","tag_name":"0.0.1","target_commitish":"master","name":null,"draft":false,"author":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false},"prerelease":false,"created_at":"2019-05-15T15:19:25Z","published_at":"2019-05-15T15:20:53Z","assets":[],"body":null},"repository":{"id":186853002,"node_id":"MDEwOlJlcG9zaXRvcnkxODY4NTMwMDI=","name":"Hello-World","full_name":"Codertocat/Hello-World","private":false,"owner":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false},"html_url":"https://github.com/Codertocat/Hello-World","description":null,"fork":false,"url":"https://api.github.com/repos/Codertocat/Hello-World","created_at":"2019-05-15T15:19:25Z","updated_at":"2019-05-15T15:20:41Z","pushed_at":"2019-05-15T15:20:52Z","homepage":null,"size":0,"stargazers_count":0,"watchers_count":0,"language":"Ruby","has_issues":true,"has_projects":true,"has_downloads":true,"has_wiki":true,"has_pages":true,"forks_count":1,"archived":false,"disabled":false,"open_issues_count":2,"license":null,"forks":1,"open_issues":2,"watchers":0,"default_branch":"master"},"sender":{"login":"Codertocat","id":21031067,"node_id":"MDQ6VXNlcjIxMDMxMDY3","gravatar_id":"","url":"https://api.github.com/users/Codertocat","html_url":"https://github.com/Codertocat","type":"User","site_admin":false}}
   */
  async onRelease(repository: unknown, action: unknown, tag: unknown) {
    return this.#triggerBlock('onRelease', [repository, action, tag])
  }

  /**
   * @registerAs REALTIME_TRIGGER
   * @operationName On Star
   * @category Triggers
   * @description Starts the flow when someone stars (or unstars) the repository. Needs admin rights on the repository. OAuth app: scope `repo` (in the default scopes) or `admin:repo_hook`. GitHub App: repository permission "Webhooks: write".
   * @route POST /on-star
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository to watch, as owner/name (e.g. octocat/Hello-World). A webhook is created on it."}
   * @paramDef {"type":"String","label":"Action","name":"action","defaultValue":"created","uiComponent":{"type":"DROPDOWN","options":{"values":["created","deleted"]}},"description":"Which star actions fire the flow; several may be given separated by commas. Empty means created."}
   * @returns {Object}
   * @sampleResult {"deliveryId":"72d3162e-cc78-11e3-81ab-4c9367dc0958","githubEvent":"star","action":"created","starred_at":"2019-05-15T15:20:40Z","repository":{"id":186853002,"node_id":"MDEwOlJlcG9zaXRvcnkxODY4NTMwMDI=","name":"Hello-World","full_name":"Codertocat/Hello-World","private":false,"owner":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false},"html_url":"https://github.com/Codertocat/Hello-World","description":null,"fork":false,"url":"https://api.github.com/repos/Codertocat/Hello-World","created_at":"2019-05-15T15:19:25Z","updated_at":"2019-05-15T15:20:40Z","pushed_at":"2019-05-15T15:20:33Z","homepage":null,"size":0,"stargazers_count":1,"watchers_count":1,"language":"Ruby","has_issues":true,"has_projects":true,"has_downloads":true,"has_wiki":true,"has_pages":true,"forks_count":0,"archived":false,"disabled":false,"open_issues_count":2,"license":null,"forks":0,"open_issues":2,"watchers":1,"default_branch":"master"},"sender":{"login":"Codertocat","id":21031067,"node_id":"MDQ6VXNlcjIxMDMxMDY3","gravatar_id":"","url":"https://api.github.com/users/Codertocat","html_url":"https://github.com/Codertocat","type":"User","site_admin":false}}
   */
  async onStar(repository: unknown, action: unknown) {
    return this.#triggerBlock('onStar', [repository, action])
  }

  /**
   * @registerAs REALTIME_TRIGGER
   * @operationName On Fork
   * @category Triggers
   * @description Starts the flow when the repository is forked. Needs admin rights on the repository. OAuth app: scope `repo` (in the default scopes) or `admin:repo_hook`. GitHub App: repository permission "Webhooks: write".
   * @route POST /on-fork
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository to watch, as owner/name (e.g. octocat/Hello-World). A webhook is created on it."}
   * @paramDef {"type":"String","label":"Actor","name":"author","description":"Only when the forking account is this GitHub login (several separated by commas). Empty means anyone."}
   * @returns {Object}
   * @sampleResult {"deliveryId":"72d3162e-cc78-11e3-81ab-4c9367dc0958","githubEvent":"fork","forkee":{"id":186853261,"name":"Hello-World","full_name":"Octocoders/Hello-World","private":false,"html_url":"https://github.com/Octocoders/Hello-World","description":null,"fork":true,"default_branch":"master","owner":{"login":"Octocoders","id":38302899,"type":"Organization","html_url":"https://github.com/Octocoders","site_admin":false}},"repository":{"id":186853002,"node_id":"MDEwOlJlcG9zaXRvcnkxODY4NTMwMDI=","name":"Hello-World","full_name":"Codertocat/Hello-World","private":false,"owner":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false},"html_url":"https://github.com/Codertocat/Hello-World","description":null,"fork":false,"url":"https://api.github.com/repos/Codertocat/Hello-World","created_at":"2019-05-15T15:19:25Z","updated_at":"2019-05-15T15:20:41Z","pushed_at":"2019-05-15T15:20:33Z","homepage":null,"size":0,"stargazers_count":0,"watchers_count":0,"language":"Ruby","has_issues":true,"has_projects":true,"has_downloads":true,"has_wiki":true,"has_pages":true,"forks_count":1,"archived":false,"disabled":false,"open_issues_count":2,"license":null,"forks":1,"open_issues":2,"watchers":0,"default_branch":"master"},"sender":{"login":"Octocoders","id":38302899,"node_id":"MDEyOk9yZ2FuaXphdGlvbjM4MzAyODk5","gravatar_id":"","url":"https://api.github.com/users/Octocoders","html_url":"https://github.com/Octocoders","type":"Organization","site_admin":false}}
   */
  async onFork(repository: unknown, author: unknown) {
    return this.#triggerBlock('onFork', [repository, author])
  }

  /**
   * @registerAs REALTIME_TRIGGER
   * @operationName On Workflow Run
   * @category Triggers
   * @description Starts the flow when a GitHub Actions workflow run completes (or is requested / in progress). Needs admin rights on the repository. OAuth app: scope `repo` (in the default scopes) or `admin:repo_hook`. GitHub App: repository permission "Webhooks: write".
   * @route POST /on-workflow-run
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository to watch, as owner/name (e.g. octocat/Hello-World). A webhook is created on it."}
   * @paramDef {"type":"String","label":"Action","name":"action","defaultValue":"completed","uiComponent":{"type":"DROPDOWN","options":{"values":["completed","requested","in_progress"]}},"description":"Which run actions fire the flow; several may be given separated by commas. Empty means completed."}
   * @paramDef {"type":"String","label":"Workflow","name":"workflow","description":"The workflow name as shown in Actions (several separated by commas). Empty means any."}
   * @paramDef {"type":"String","label":"Conclusion","name":"conclusion","uiComponent":{"type":"DROPDOWN","options":{"values":["success","failure","cancelled","skipped","timed_out","action_required","neutral","stale"]}},"description":"Only runs that ended so. Empty means any."}
   * @paramDef {"type":"String","label":"Branch","name":"branch","description":"A branch name or glob (`main`, `release/*`, `**`); several separated by commas. Empty means any branch."}
   * @returns {Object}
   * @sampleResult {"deliveryId":"72d3162e-cc78-11e3-81ab-4c9367dc0958","githubEvent":"workflow_run","action":"completed","organization":{"description":"","id":33435682,"login":"Codertocat","node_id":"MDQ6VXNlcjIxMDMxMDY3","url":"https://api.github.com/orgs/Codertocat"},"repository":{"archived":false,"created_at":"2020-07-29T09:57:16Z","default_branch":"main","description":null,"disabled":false,"fork":false,"forks":0,"forks_count":0,"full_name":"Codertocat/Hello-World","has_downloads":true,"has_issues":true,"has_pages":false,"has_projects":true,"has_wiki":true,"homepage":null,"html_url":"https://github.com/Codertocat/Hello-World","id":283462325,"language":null,"license":null,"name":"Hello-World","node_id":"MDEwOlJlcG9zaXRvcnkyODM0NjIzMjU=","open_issues":0,"open_issues_count":0,"owner":{"login":"Codertocat","id":33435682,"type":"Organization","html_url":"https://github.com/Codertocat","site_admin":false},"private":true,"pushed_at":"2020-07-29T10:06:16Z","size":0,"stargazers_count":0,"updated_at":"2020-07-29T10:06:18Z","url":"https://api.github.com/repos/Codertocat/Hello-World","watchers":0,"watchers_count":0},"sender":{"gravatar_id":"","html_url":"https://github.com/Codertocat","id":54248166,"login":"Codertocat","node_id":"MDEwOkNoZWNrU3VpdGUxMTg1NzgxNDc=","site_admin":true,"type":"User","url":"https://api.github.com/users/Codertocat"},"workflow":{"created_at":"2021-12-15T20:11:38.000Z","html_url":"https://github.com/octo-org/octo-repo/blob/main/.github/workflows/syntax.yml","id":16340987,"name":"Manually triggered workflow","node_id":"W_kwDOF6lyTM4A-Vf7","path":".github/workflows/syntax.yml","state":"active","updated_at":"2021-12-16T18:40:41.000Z","url":"https://api.github.com/repos/octo-org/octo-repo/actions/workflows/16340987"},"workflow_run":{"check_suite_id":4683454167,"check_suite_node_id":"CS_kwDOF6lyTM8AAAABFyfW1w","conclusion":null,"created_at":"2021-12-16T19:37:22Z","event":"workflow_dispatch","head_branch":"main","head_commit":{"author":{"email":"octocat@github.com","name":"Mona Lisa"},"committer":{"email":"noreply@github.com","name":"GitHub"},"id":"5779607b49aab1200488439f02372c57b4f75444","message":"Update milestone-created.yml","timestamp":"2021-12-16T19:37:14Z","tree_id":"8181cee091cf9627ac07c3cc4b94c015a1d56706"},"head_repository":{"id":396980812,"name":"octo-repo","full_name":"octo-org/octo-repo","private":true,"html_url":"https://github.com/octo-org/octo-repo","description":null,"fork":false,"owner":{"login":"octo-org","id":79927191,"type":"Organization","html_url":"https://github.com/octo-org","site_admin":false}},"head_sha":"5779607b49aab1200488439f02372c57b4f75444","html_url":"https://github.com/octo-org/octo-repo/actions/runs/1589141559","id":1589141559,"name":"Manually triggered workflow","node_id":"WFR_kwLOF6lyTM5euGA3","pull_requests":[],"repository":{"id":396980812,"name":"octo-repo","full_name":"octo-org/octo-repo","private":true,"html_url":"https://github.com/octo-org/octo-repo","description":null,"fork":false,"owner":{"login":"octo-org","id":79927191,"type":"Organization","html_url":"https://github.com/octo-org","site_admin":false}},"run_attempt":1,"run_number":36,"run_started_at":"2021-12-16T19:37:22Z","status":"queued","updated_at":"2021-12-16T19:37:22Z","url":"https://api.github.com/repos/octo-org/octo-repo/actions/runs/1589141559","workflow_id":16340987}}
   */
  async onWorkflowRun(repository: unknown, action: unknown, workflow: unknown, conclusion: unknown, branch: unknown) {
    return this.#triggerBlock('onWorkflowRun', [repository, action, workflow, conclusion, branch])
  }

  /**
   * @registerAs REALTIME_TRIGGER
   * @operationName On Workflow Job
   * @category Triggers
   * @description Starts the flow when a job of a GitHub Actions workflow is queued, starts or completes. Needs admin rights on the repository. OAuth app: scope `repo` (in the default scopes) or `admin:repo_hook`. GitHub App: repository permission "Webhooks: write".
   * @route POST /on-workflow-job
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository to watch, as owner/name (e.g. octocat/Hello-World). A webhook is created on it."}
   * @paramDef {"type":"String","label":"Action","name":"action","defaultValue":"completed","uiComponent":{"type":"DROPDOWN","options":{"values":["completed","queued","in_progress","waiting"]}},"description":"Which job actions fire the flow; several may be given separated by commas. Empty means completed."}
   * @paramDef {"type":"String","label":"Workflow","name":"workflow","description":"The workflow name. Empty means any."}
   * @paramDef {"type":"String","label":"Job","name":"job","description":"The job name. Empty means any."}
   * @paramDef {"type":"String","label":"Conclusion","name":"conclusion","uiComponent":{"type":"DROPDOWN","options":{"values":["success","failure","cancelled","skipped","timed_out","action_required","neutral","stale"]}},"description":"Only jobs that ended so. Empty means any."}
   * @returns {Object}
   * @sampleResult {"deliveryId":"72d3162e-cc78-11e3-81ab-4c9367dc0958","githubEvent":"workflow_job","action":"completed","workflow_job":{"id":289782451,"run_id":2202229078,"run_attempt":1,"node_id":"MDExOldvcmtmbG93UnVuMjg5NzgyNDUx","head_sha":"3484a3fb816e0859fd6e1cea078d76385ff50625","head_branch":"main","url":"https://api.github.com/repos/octo-org/octo-repo/actions/jobs/1291536064","html_url":"https://github.com/octo-org/octo-repo/runs/1291536064","status":"completed","conclusion":"failure","started_at":"2021-08-05T10:34:58Z","completed_at":"2021-08-05T10:38:16Z","created_at":"2021-08-05T10:33:58Z","name":"linters","steps":[{"name":"Set up job","status":"completed","conclusion":"success","number":1,"started_at":"2021-08-05T10:26:08.000Z","completed_at":"2021-08-05T10:26:11.000Z"},{"name":"Run actions/checkout@v2","status":"completed","conclusion":"success","number":2,"started_at":"2021-08-05T10:26:11.000Z","completed_at":"2021-08-05T10:26:12.000Z"},{"name":"Run actions/setup-node@v2","status":"completed","conclusion":"success","number":3,"started_at":"2021-08-05T10:26:12.000Z","completed_at":"2021-08-05T10:26:12.000Z"}],"labels":["ubuntu-latest"],"runner_id":5,"runner_name":"GitHub Actions 5","runner_group_id":2,"runner_group_name":"GitHub Actions","workflow_name":"CodeQL"},"repository":{"id":186853002,"node_id":"MDEwOlJlcG9zaXRvcnkxODY4NTMwMDI=","name":"Hello-World","full_name":"Codertocat/Hello-World","private":false,"owner":{"login":"Octocoders","id":38302899,"type":"Organization","html_url":"https://github.com/Octocoders","site_admin":false},"html_url":"https://github.com/Codertocat/Hello-World","description":null,"fork":false,"url":"https://api.github.com/repos/Codertocat/Hello-World","created_at":"2019-05-15T15:19:25Z","updated_at":"2019-05-15T15:19:27Z","pushed_at":"2019-05-15T15:20:32Z","homepage":null,"size":0,"stargazers_count":0,"watchers_count":0,"language":null,"has_issues":true,"has_projects":true,"has_downloads":true,"has_wiki":true,"has_pages":true,"forks_count":0,"archived":false,"disabled":false,"open_issues_count":2,"license":null,"forks":0,"open_issues":2,"watchers":0,"default_branch":"master","is_template":false,"topics":[],"visibility":"public","web_commit_signoff_required":false,"custom_properties":{}},"organization":{"login":"Octocoders","id":38302899,"node_id":"MDEyOk9yZ2FuaXphdGlvbjM4MzAyODk5","url":"https://api.github.com/orgs/Octocoders","description":""},"sender":{"login":"Codertocat","id":21031067,"node_id":"MDQ6VXNlcjIxMDMxMDY3","gravatar_id":"","url":"https://api.github.com/users/Codertocat","html_url":"https://github.com/Codertocat","type":"User","site_admin":false}}
   */
  async onWorkflowJob(repository: unknown, action: unknown, workflow: unknown, job: unknown, conclusion: unknown) {
    return this.#triggerBlock('onWorkflowJob', [repository, action, workflow, job, conclusion])
  }

  /**
   * @registerAs REALTIME_TRIGGER
   * @operationName On Check Suite Completed
   * @category Triggers
   * @description Starts the flow when all check runs of a check suite have completed. Needs admin rights on the repository. OAuth app: scope `repo` (in the default scopes) or `admin:repo_hook`. GitHub App: repository permission "Webhooks: write".
   * @route POST /on-check-suite
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository to watch, as owner/name (e.g. octocat/Hello-World). A webhook is created on it."}
   * @paramDef {"type":"String","label":"Conclusion","name":"conclusion","uiComponent":{"type":"DROPDOWN","options":{"values":["success","failure","cancelled","skipped","timed_out","action_required","neutral","stale"]}},"description":"Only suites that ended so. Empty means any."}
   * @paramDef {"type":"String","label":"Branch","name":"branch","description":"A branch name or glob (`main`, `release/*`, `**`); several separated by commas. Empty means any branch."}
   * @paramDef {"type":"String","label":"App","name":"app","description":"The slug of the app that ran the checks (e.g. github-actions). Empty means any."}
   * @returns {Object}
   * @sampleResult {"deliveryId":"72d3162e-cc78-11e3-81ab-4c9367dc0958","githubEvent":"check_suite","action":"completed","check_suite":{"id":118578147,"node_id":"MDEwOkNoZWNrU3VpdGUxMTg1NzgxNDc=","head_branch":"changes","head_sha":"ec26c3e57ca3a959ca5aad62de7213c562f8c821","status":"completed","conclusion":"success","url":"https://api.github.com/repos/Codertocat/Hello-World/check-suites/118578147","before":"6113728f27ae82c7b1a177c8d03f9e96e0adf246","after":"ec26c3e57ca3a959ca5aad62de7213c562f8c821","pull_requests":[{"id":279147437,"number":2,"head":{"ref":"changes","sha":"ec26c3e57ca3a959ca5aad62de7213c562f8c821","repo":{"id":186853002,"name":"Hello-World"}},"base":{"ref":"master","sha":"f95f852bd8fca8fcc58a9a2d6c842781e32a215e","repo":{"id":186853002,"name":"Hello-World"}}}],"app":{"id":29310,"node_id":"MDM6QXBwMjkzMTA=","owner":{"login":"Octocoders","id":38302899,"type":"Organization","html_url":"https://github.com/Octocoders","site_admin":false},"name":"octocoders-linter","description":"","html_url":"https://github.com/apps/octocoders-linter","created_at":"2019-04-19T19:36:24Z","updated_at":"2019-04-19T19:36:56Z","permissions":{"administration":"write","checks":"write","contents":"write","deployments":"write","issues":"write","members":"write","metadata":"read","organization_administration":"write","organization_hooks":"write","organization_plan":"read","organization_projects":"write","organization_user_blocking":"write","pages":"write","pull_requests":"write","repository_hooks":"write","repository_projects":"write","statuses":"write","team_discussions":"write","vulnerability_alerts":"read"},"events":[]},"created_at":"2019-05-15T15:20:31Z","updated_at":"2019-05-15T15:21:14Z","latest_check_runs_count":1,"head_commit":{"id":"ec26c3e57ca3a959ca5aad62de7213c562f8c821","tree_id":"31b122c26a97cf9af023e9ddab94a82c6e77b0ea","message":"Update README.md","timestamp":"2019-05-15T15:20:30Z","author":{"name":"Codertocat","email":"21031067+Codertocat@users.noreply.github.com"},"committer":{"name":"Codertocat","email":"21031067+Codertocat@users.noreply.github.com"}}},"repository":{"id":186853002,"node_id":"MDEwOlJlcG9zaXRvcnkxODY4NTMwMDI=","name":"Hello-World","full_name":"Codertocat/Hello-World","private":false,"owner":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false},"html_url":"https://github.com/Codertocat/Hello-World","description":null,"fork":false,"url":"https://api.github.com/repos/Codertocat/Hello-World","created_at":"2019-05-15T15:19:25Z","updated_at":"2019-05-15T15:21:14Z","pushed_at":"2019-05-15T15:20:57Z","homepage":null,"size":0,"stargazers_count":0,"watchers_count":0,"language":"Ruby","has_issues":true,"has_projects":true,"has_downloads":true,"has_wiki":true,"has_pages":true,"forks_count":0,"archived":false,"disabled":false,"open_issues_count":2,"license":null,"forks":0,"open_issues":2,"watchers":0,"default_branch":"master"},"sender":{"login":"Codertocat","id":21031067,"node_id":"MDQ6VXNlcjIxMDMxMDY3","gravatar_id":"","url":"https://api.github.com/users/Codertocat","html_url":"https://github.com/Codertocat","type":"User","site_admin":false}}
   */
  async onCheckSuite(repository: unknown, conclusion: unknown, branch: unknown, app: unknown) {
    return this.#triggerBlock('onCheckSuite', [repository, conclusion, branch, app])
  }

  /**
   * @registerAs REALTIME_TRIGGER
   * @operationName On Check Run Completed
   * @category Triggers
   * @description Starts the flow when a check run completes. Needs admin rights on the repository. OAuth app: scope `repo` (in the default scopes) or `admin:repo_hook`. GitHub App: repository permission "Webhooks: write".
   * @route POST /on-check-run
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository to watch, as owner/name (e.g. octocat/Hello-World). A webhook is created on it."}
   * @paramDef {"type":"String","label":"Check Name","name":"checkName","description":"The name of the check run. Empty means any."}
   * @paramDef {"type":"String","label":"Conclusion","name":"conclusion","uiComponent":{"type":"DROPDOWN","options":{"values":["success","failure","cancelled","skipped","timed_out","action_required","neutral","stale"]}},"description":"Only check runs that ended so. Empty means any."}
   * @paramDef {"type":"String","label":"Branch","name":"branch","description":"A branch name or glob (`main`, `release/*`, `**`); several separated by commas. Empty means any branch."}
   * @returns {Object}
   * @sampleResult {"deliveryId":"72d3162e-cc78-11e3-81ab-4c9367dc0958","githubEvent":"check_run","action":"completed","check_run":{"id":128620228,"node_id":"MDg6Q2hlY2tSdW4xMjg2MjAyMjg=","head_sha":"ec26c3e57ca3a959ca5aad62de7213c562f8c821","external_id":"","url":"https://api.github.com/repos/Codertocat/Hello-World/check-runs/128620228","html_url":"https://github.com/Codertocat/Hello-World/runs/128620228","status":"completed","conclusion":"failure","started_at":"2019-05-15T15:21:12Z","completed_at":"2019-05-15T15:21:12Z","output":{"title":null,"summary":null,"text":null,"annotations_count":0},"name":"Octocoders-linter","check_suite":{"id":118578147,"node_id":"MDEwOkNoZWNrU3VpdGUxMTg1NzgxNDc=","head_branch":"changes","head_sha":"ec26c3e57ca3a959ca5aad62de7213c562f8c821","status":"in_progress","conclusion":null,"before":"6113728f27ae82c7b1a177c8d03f9e96e0adf246","after":"ec26c3e57ca3a959ca5aad62de7213c562f8c821","pull_requests":[{"id":279147437,"number":2,"head":{"ref":"changes","sha":"ec26c3e57ca3a959ca5aad62de7213c562f8c821","repo":{"id":186853002,"name":"Hello-World"}},"base":{"ref":"master","sha":"f95f852bd8fca8fcc58a9a2d6c842781e32a215e","repo":{"id":186853002,"name":"Hello-World"}}}],"app":{"id":29310,"slug":"github-actions","node_id":"MDM6QXBwMjkzMTA=","owner":{"login":"Octocoders","id":38302899,"type":"Organization","html_url":"https://github.com/Octocoders","site_admin":false},"name":"octocoders-linter","description":"","html_url":"https://github.com/apps/octocoders-linter","created_at":"2019-04-19T19:36:24Z","updated_at":"2019-04-19T19:36:56Z","permissions":{"actions":"write","checks":"write","contents":"write","deployments":"write","issues":"write","members":"write","metadata":"read","organization_packages":"write","packages":"write","pages":"write","pull_requests":"write","repository_hooks":"write","repository_projects":"write","security_events":"write","statuses":"write","vulnerability_alerts":"read"},"events":[]},"created_at":"2019-05-15T15:20:31Z","updated_at":"2019-05-15T15:21:14Z"},"app":{"id":29310,"slug":"github-actions","node_id":"MDM6QXBwMjkzMTA=","owner":{"login":"Octocoders","id":38302899,"type":"Organization","html_url":"https://github.com/Octocoders","site_admin":false},"name":"octocoders-linter","description":"","html_url":"https://github.com/apps/octocoders-linter","created_at":"2019-04-19T19:36:24Z","updated_at":"2019-04-19T19:36:56Z","permissions":{"actions":"write","checks":"write","contents":"write","deployments":"write","issues":"write","metadata":"read","organization_packages":"write","packages":"write","pages":"write","pull_requests":"write","repository_hooks":"write","repository_projects":"write","security_events":"write","statuses":"write","vulnerability_alerts":"read"},"events":[]},"pull_requests":[{"id":279147437,"number":2,"head":{"ref":"changes","sha":"ec26c3e57ca3a959ca5aad62de7213c562f8c821","repo":{"id":186853002,"name":"Hello-World"}},"base":{"ref":"master","sha":"f95f852bd8fca8fcc58a9a2d6c842781e32a215e","repo":{"id":186853002,"name":"Hello-World"}}}]},"repository":{"id":186853002,"node_id":"MDEwOlJlcG9zaXRvcnkxODY4NTMwMDI=","name":"Hello-World","full_name":"Codertocat/Hello-World","private":false,"owner":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false},"html_url":"https://github.com/Codertocat/Hello-World","description":null,"fork":false,"url":"https://api.github.com/repos/Codertocat/Hello-World","created_at":"2019-05-15T15:19:25Z","updated_at":"2019-05-15T15:21:14Z","pushed_at":"2019-05-15T15:20:57Z","homepage":null,"size":0,"stargazers_count":0,"watchers_count":0,"language":"Ruby","has_issues":true,"has_projects":true,"has_downloads":true,"has_wiki":true,"has_pages":true,"forks_count":0,"archived":false,"disabled":false,"open_issues_count":2,"license":null,"forks":0,"open_issues":2,"watchers":0,"default_branch":"master","is_template":false,"topics":[],"visibility":"public","web_commit_signoff_required":false,"custom_properties":{}},"sender":{"login":"Codertocat","id":21031067,"node_id":"MDQ6VXNlcjIxMDMxMDY3","gravatar_id":"","url":"https://api.github.com/users/Codertocat","html_url":"https://github.com/Codertocat","type":"User","site_admin":false}}
   */
  async onCheckRun(repository: unknown, checkName: unknown, conclusion: unknown, branch: unknown) {
    return this.#triggerBlock('onCheckRun', [repository, checkName, conclusion, branch])
  }

  /**
   * @registerAs REALTIME_TRIGGER
   * @operationName On Deployment Status
   * @category Triggers
   * @description Starts the flow when the status of a deployment changes (success, failure, in progress...). Needs admin rights on the repository. OAuth app: scope `repo` (in the default scopes) or `admin:repo_hook`. GitHub App: repository permission "Webhooks: write".
   * @route POST /on-deployment-status
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository to watch, as owner/name (e.g. octocat/Hello-World). A webhook is created on it."}
   * @paramDef {"type":"String","label":"State","name":"state","uiComponent":{"type":"DROPDOWN","options":{"values":["success","failure","error","pending","in_progress","queued","inactive"]}},"description":"Only this deployment state. Empty means any."}
   * @paramDef {"type":"String","label":"Environment","name":"environment","description":"The deployment environment (e.g. production). Empty means any."}
   * @returns {Object}
   * @sampleResult {"deliveryId":"72d3162e-cc78-11e3-81ab-4c9367dc0958","githubEvent":"deployment_status","action":"created","deployment_status":{"url":"https://api.github.com/repos/Codertocat/Hello-World/deployments/145988746/statuses/209916254","id":209916254,"node_id":"MDE2OkRlcGxveW1lbnRTdGF0dXMyMDk5MTYyNTQ=","state":"success","creator":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false},"description":"","environment":"production","created_at":"2019-05-15T15:20:55Z","updated_at":"2019-05-15T15:20:55Z"},"deployment":{"url":"https://api.github.com/repos/Codertocat/Hello-World/deployments/145988746","id":145988746,"node_id":"MDEwOkRlcGxveW1lbnQxNDU5ODg3NDY=","sha":"f95f852bd8fca8fcc58a9a2d6c842781e32a215e","ref":"master","task":"deploy","payload":{},"original_environment":"production","environment":"production","description":null,"creator":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false},"created_at":"2019-05-15T15:20:53Z","updated_at":"2019-05-15T15:20:55Z"},"repository":{"id":186853002,"node_id":"MDEwOlJlcG9zaXRvcnkxODY4NTMwMDI=","name":"Hello-World","full_name":"Codertocat/Hello-World","private":false,"owner":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false},"html_url":"https://github.com/Codertocat/Hello-World","description":null,"fork":false,"url":"https://api.github.com/repos/Codertocat/Hello-World","created_at":"2019-05-15T15:19:25Z","updated_at":"2019-05-15T15:20:41Z","pushed_at":"2019-05-15T15:20:52Z","homepage":null,"size":0,"stargazers_count":0,"watchers_count":0,"language":"Ruby","has_issues":true,"has_projects":true,"has_downloads":true,"has_wiki":true,"has_pages":true,"forks_count":1,"archived":false,"disabled":false,"open_issues_count":2,"license":null,"forks":1,"open_issues":2,"watchers":0,"default_branch":"master"},"sender":{"login":"Codertocat","id":21031067,"node_id":"MDQ6VXNlcjIxMDMxMDY3","gravatar_id":"","url":"https://api.github.com/users/Codertocat","html_url":"https://github.com/Codertocat","type":"User","site_admin":false}}
   */
  async onDeploymentStatus(repository: unknown, state: unknown, environment: unknown) {
    return this.#triggerBlock('onDeploymentStatus', [repository, state, environment])
  }

  /**
   * @registerAs REALTIME_TRIGGER
   * @operationName On Discussion
   * @category Triggers
   * @description Starts the flow when a discussion is created, answered, edited or labeled (repositories with Discussions enabled). Needs admin rights on the repository. OAuth app: scope `repo` (in the default scopes) or `admin:repo_hook`. GitHub App: repository permission "Webhooks: write".
   * @route POST /on-discussion
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository to watch, as owner/name (e.g. octocat/Hello-World). A webhook is created on it."}
   * @paramDef {"type":"String","label":"Action","name":"action","defaultValue":"created","uiComponent":{"type":"DROPDOWN","options":{"values":["created","answered","edited","labeled","closed","reopened"]}},"description":"Which discussion actions fire the flow; several may be given separated by commas. Empty means created."}
   * @paramDef {"type":"String","label":"Category","name":"category","description":"The discussion category name (e.g. Q&A). Empty means any."}
   * @paramDef {"type":"String","label":"Author","name":"author","description":"Only when the author is this GitHub login (several separated by commas). Empty means anyone."}
   * @returns {Object}
   * @sampleResult {"deliveryId":"72d3162e-cc78-11e3-81ab-4c9367dc0958","githubEvent":"discussion","action":"created","discussion":{"category":{"id":32784361,"node_id":"DIC_kwAqGA","repository_id":17273051,"emoji":":speech_balloon:","name":"General","description":"Chat about anything and everything here","created_at":"2021-03-24T12:41:54.000-05:00","updated_at":"2021-03-24T12:41:54.000-05:00","slug":"general","is_answerable":false},"answer_chosen_at":null,"answer_chosen_by":null,"html_url":"https://github.com/octo-org/octo-repo/discussions/90","id":3297442,"node_id":"MDEwOkRpc2N1c3Npb24zMjk3NDQy","number":90,"title":"Welcome to discussions!","user":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false},"state":"open","locked":false,"comments":0,"created_at":"2021-03-29T14:16:08Z","updated_at":"2021-03-29T14:16:08Z","author_association":"COLLABORATOR","active_lock_reason":null,"body":"We're glad to have you here!"},"repository":{"id":17273051,"node_id":"MDEwOlJlcG9zaXRvcnkxNzI3MzA1MQ==","name":"octo-repo","full_name":"octo-org/octo-repo","private":true,"owner":{"login":"octo-org","id":6811672,"type":"Organization","html_url":"https://github.com/octo-org","site_admin":false},"html_url":"https://github.com/octo-org/octo-repo","description":"My first repo on GitHub!","fork":false,"url":"https://api.github.com/repos/octo-org/octo-repo","created_at":"2014-02-28T02:42:51Z","updated_at":"2021-03-11T14:54:13Z","pushed_at":"2021-03-11T14:54:10Z","homepage":"","size":300,"stargazers_count":0,"watchers_count":0,"language":"JavaScript","has_issues":true,"has_projects":false,"has_downloads":true,"has_wiki":false,"has_pages":true,"forks_count":0,"archived":false,"disabled":false,"open_issues_count":39,"license":null,"forks":0,"open_issues":39,"watchers":0,"default_branch":"main"},"organization":{"login":"octo-org","id":6811672,"node_id":"MDEyOk9yZ2FuaXphdGlvbjY4MTE2NzI=","url":"https://api.github.com/orgs/octo-org","description":"Working better together!"},"sender":{"login":"Codertocat","id":21031067,"node_id":"MDQ6VXNlcjIxMDMxMDY3","gravatar_id":"","url":"https://api.github.com/users/Codertocat","html_url":"https://github.com/Codertocat","type":"User","site_admin":false}}
   */
  async onDiscussion(repository: unknown, action: unknown, category: unknown, author: unknown) {
    return this.#triggerBlock('onDiscussion', [repository, action, category, author])
  }

  /**
   * @registerAs REALTIME_TRIGGER
   * @operationName On Collaborator Added
   * @category Triggers
   * @description Starts the flow when a collaborator is added to the repository. Needs admin rights on the repository. OAuth app: scope `repo` (in the default scopes) or `admin:repo_hook`. GitHub App: repository permission "Webhooks: write".
   * @route POST /on-member-added
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository to watch, as owner/name (e.g. octocat/Hello-World). A webhook is created on it."}
   * @paramDef {"type":"String","label":"Action","name":"action","defaultValue":"added","uiComponent":{"type":"DROPDOWN","options":{"values":["added","edited","removed"]}},"description":"Which collaborator actions fire the flow; several may be given separated by commas. Empty means added."}
   * @returns {Object}
   * @sampleResult {"deliveryId":"72d3162e-cc78-11e3-81ab-4c9367dc0958","githubEvent":"member","action":"added","member":{"login":"hacktocat","id":39652351,"type":"User","html_url":"https://github.com/hacktocat","site_admin":false},"repository":{"id":186853002,"node_id":"MDEwOlJlcG9zaXRvcnkxODY4NTMwMDI=","name":"Hello-World","full_name":"Codertocat/Hello-World","private":false,"owner":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false},"html_url":"https://github.com/Codertocat/Hello-World","description":null,"fork":false,"url":"https://api.github.com/repos/Codertocat/Hello-World","created_at":"2019-05-15T15:19:25Z","updated_at":"2019-05-15T15:20:41Z","pushed_at":"2019-05-15T15:20:57Z","homepage":null,"size":0,"stargazers_count":0,"watchers_count":0,"language":"Ruby","has_issues":true,"has_projects":true,"has_downloads":true,"has_wiki":true,"has_pages":true,"forks_count":1,"archived":false,"disabled":false,"open_issues_count":2,"license":null,"forks":1,"open_issues":2,"watchers":0,"default_branch":"master"},"sender":{"login":"hacktocat","id":39652351,"node_id":"MDQ6VXNlcjM5NjUyMzUx","gravatar_id":"","url":"https://api.github.com/users/hacktocat","html_url":"https://github.com/hacktocat","type":"User","site_admin":false}}
   */
  async onMemberAdded(repository: unknown, action: unknown) {
    return this.#triggerBlock('onMemberAdded', [repository, action])
  }

  /**
   * @registerAs REALTIME_TRIGGER
   * @operationName On Repository Created or Archived
   * @category Triggers
   * @description Starts the flow when a repository of an organization is created, archived, deleted, renamed or made public/private. Needs to be an owner of the organization. OAuth app: scope `admin:org_hook` (add it to the OAuth Scopes setting). GitHub App: organization permission "Organization hooks: write".
   * @route POST /on-repository
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Organization","name":"organization","required":true,"dictionary":"getOrganizationsDictionary","description":"The organization to watch (its login). An organization webhook is created on it."}
   * @paramDef {"type":"String","label":"Action","name":"action","defaultValue":"created, archived","description":"Which repository actions fire the flow; several may be given separated by commas. Empty means created, archived."}
   * @paramDef {"type":"String","label":"Repository Name","name":"name","description":"The repository name or glob. Empty means any."}
   * @returns {Object}
   * @sampleResult {"deliveryId":"72d3162e-cc78-11e3-81ab-4c9367dc0958","githubEvent":"repository","action":"created","repository":{"id":186853261,"node_id":"MDEwOlJlcG9zaXRvcnkxODY4NTMyNjE=","name":"Hello-World","full_name":"Octocoders/Hello-World","private":false,"owner":{"login":"Octocoders","id":38302899,"type":"Organization","html_url":"https://github.com/Octocoders","site_admin":false},"html_url":"https://github.com/Octocoders/Hello-World","description":null,"fork":true,"url":"https://api.github.com/repos/Octocoders/Hello-World","created_at":"2019-05-15T15:20:42Z","updated_at":"2019-05-15T15:20:41Z","pushed_at":"2019-05-15T15:20:33Z","homepage":null,"size":0,"stargazers_count":0,"watchers_count":0,"language":null,"has_issues":false,"has_projects":true,"has_downloads":true,"has_wiki":true,"has_pages":false,"forks_count":0,"archived":false,"disabled":false,"open_issues_count":0,"license":null,"forks":0,"open_issues":0,"watchers":0,"default_branch":"master","is_template":false,"topics":[],"visibility":"public","web_commit_signoff_required":false,"custom_properties":{}},"organization":{"login":"Octocoders","id":38302899,"node_id":"MDEyOk9yZ2FuaXphdGlvbjM4MzAyODk5","url":"https://api.github.com/orgs/Octocoders","description":""},"sender":{"login":"Codertocat","id":21031067,"node_id":"MDQ6VXNlcjIxMDMxMDY3","gravatar_id":"","url":"https://api.github.com/users/Codertocat","html_url":"https://github.com/Codertocat","type":"User","site_admin":false}}
   */
  async onRepository(organization: unknown, action: unknown, name: unknown) {
    return this.#triggerBlock('onRepository', [organization, action, name])
  }
  // #endregion Realtime triggers (GitHub webhooks)

  // #region Polling triggers
  /**
   * @registerAs POLLING_TRIGGER
   * @operationName On New Issue (polling)
   * @category Triggers
   * @description Fires for each issue opened in the repository (pull requests excluded). Polling interval can be customized (minimum 30 seconds). Needs read access to the repository (OAuth scope `repo` for private ones, `public_repo` or none for public). GitHub App: "Contents: read" / "Metadata: read".
   * @route POST /poll-new-issue
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository to watch, as owner/name. Read access is enough (any public repository works)."}
   * @paramDef {"type":"String","label":"Label","name":"label","description":"Only issues with this label. Empty means any."}
   * @returns {Object}
   * @sampleResult {"url":"https://api.github.com/repos/Codertocat/Hello-World/issues/1","html_url":"https://github.com/Codertocat/Hello-World/issues/1","id":444500041,"node_id":"MDU6SXNzdWU0NDQ1MDAwNDE=","number":1,"title":"Spelling error in the README file","user":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false},"labels":[{"id":1362934389,"node_id":"MDU6TGFiZWwxMzYyOTM0Mzg5","name":"bug","color":"d73a4a","default":true,"description":"Something isn't working"}],"state":"open","locked":false,"assignee":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false},"assignees":[{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false}],"milestone":{"html_url":"https://github.com/Codertocat/Hello-World/milestone/1","id":4317517,"node_id":"MDk6TWlsZXN0b25lNDMxNzUxNw==","number":1,"title":"v1.0","description":"Add new space flight simulator","creator":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false},"open_issues":1,"closed_issues":0,"state":"closed","created_at":"2019-05-15T15:20:17Z","updated_at":"2019-05-15T15:20:18Z","due_on":"2019-05-23T07:00:00Z","closed_at":"2019-05-15T15:20:18Z"},"comments":0,"created_at":"2019-05-15T15:20:18Z","updated_at":"2019-05-15T15:20:18Z","closed_at":null,"author_association":"OWNER","active_lock_reason":null,"body":"It looks like you accidently spelled 'commit' with two 't's.","reactions":{"total_count":0,"+1":0,"-1":0,"laugh":0,"hooray":0,"confused":0,"heart":0,"rocket":0,"eyes":0},"draft":false}
   */
  async pollNewIssue(repository: unknown, label: unknown) {
    return this.#triggerBlock('pollNewIssue', [repository, label])
  }

  /**
   * @registerAs POLLING_TRIGGER
   * @operationName On Issue Closed (polling)
   * @category Triggers
   * @description Fires each time an issue of the repository is closed. Polling interval can be customized (minimum 30 seconds). Needs read access to the repository (OAuth scope `repo` for private ones, `public_repo` or none for public). GitHub App: "Contents: read" / "Metadata: read".
   * @route POST /poll-issue-closed
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository to watch, as owner/name. Read access is enough (any public repository works)."}
   * @returns {Object}
   * @sampleResult {"url":"https://api.github.com/repos/Codertocat/Hello-World/issues/1","html_url":"https://github.com/Codertocat/Hello-World/issues/1","id":444500041,"node_id":"MDU6SXNzdWU0NDQ1MDAwNDE=","number":1,"title":"Spelling error in the README file","user":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false},"labels":[{"id":1362934389,"node_id":"MDU6TGFiZWwxMzYyOTM0Mzg5","name":"bug","color":"d73a4a","default":true,"description":"Something isn't working"}],"state":"closed","locked":false,"assignee":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false},"assignees":[{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false}],"milestone":{"html_url":"https://github.com/Codertocat/Hello-World/milestone/1","id":4317517,"node_id":"MDk6TWlsZXN0b25lNDMxNzUxNw==","number":1,"title":"v1.0","description":"Add new space flight simulator","creator":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false},"open_issues":1,"closed_issues":0,"state":"closed","created_at":"2019-05-15T15:20:17Z","updated_at":"2019-05-15T15:20:18Z","due_on":"2019-05-23T07:00:00Z","closed_at":"2019-05-15T15:20:18Z"},"comments":0,"created_at":"2019-05-15T15:20:18Z","updated_at":"2019-05-15T15:20:18Z","closed_at":"2019-05-15T15:20:18Z","author_association":"OWNER","active_lock_reason":null,"body":"It looks like you accidently spelled 'commit' with two 't's.","reactions":{"total_count":0,"+1":0,"-1":0,"laugh":0,"hooray":0,"confused":0,"heart":0,"rocket":0,"eyes":0},"draft":false}
   */
  async pollIssueClosed(repository: unknown) {
    return this.#triggerBlock('pollIssueClosed', [repository])
  }

  /**
   * @registerAs POLLING_TRIGGER
   * @operationName On New Pull Request (polling)
   * @category Triggers
   * @description Fires for each pull request opened in the repository. Polling interval can be customized (minimum 30 seconds). Needs read access to the repository (OAuth scope `repo` for private ones, `public_repo` or none for public). GitHub App: "Contents: read" / "Metadata: read".
   * @route POST /poll-new-pull-request
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository to watch, as owner/name. Read access is enough (any public repository works)."}
   * @paramDef {"type":"String","label":"Base Branch","name":"baseBranch","description":"Only pull requests into this branch. Empty means any."}
   * @returns {Object}
   * @sampleResult {"url":"https://api.github.com/repos/Codertocat/Hello-World/pulls/2","id":279147437,"node_id":"MDExOlB1bGxSZXF1ZXN0Mjc5MTQ3NDM3","html_url":"https://github.com/Codertocat/Hello-World/pull/2","number":2,"state":"open","locked":false,"title":"Update the README with new information.","user":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false},"body":"This is a pretty simple change that we need to pull into master.","created_at":"2019-05-15T15:20:33Z","updated_at":"2019-05-15T15:20:33Z","closed_at":null,"merged_at":null,"merge_commit_sha":null,"assignee":null,"assignees":[],"requested_reviewers":[],"requested_teams":[],"labels":[],"milestone":null,"head":{"label":"Codertocat:changes","ref":"changes","sha":"ec26c3e57ca3a959ca5aad62de7213c562f8c821","user":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false},"repo":{"id":186853002,"name":"Hello-World","full_name":"Codertocat/Hello-World","private":false,"html_url":"https://github.com/Codertocat/Hello-World","description":null,"fork":false,"default_branch":"master","owner":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false}}},"base":{"label":"Codertocat:master","ref":"master","sha":"f95f852bd8fca8fcc58a9a2d6c842781e32a215e","user":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false},"repo":{"id":186853002,"name":"Hello-World","full_name":"Codertocat/Hello-World","private":false,"html_url":"https://github.com/Codertocat/Hello-World","description":null,"fork":false,"default_branch":"master","owner":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false}}},"_links":{"self":{"href":"https://api.github.com/repos/Codertocat/Hello-World/pulls/2"},"html":{"href":"https://github.com/Codertocat/Hello-World/pull/2"},"issue":{"href":"https://api.github.com/repos/Codertocat/Hello-World/issues/2"},"comments":{"href":"https://api.github.com/repos/Codertocat/Hello-World/issues/2/comments"},"review_comments":{"href":"https://api.github.com/repos/Codertocat/Hello-World/pulls/2/comments"},"review_comment":{"href":"https://api.github.com/repos/Codertocat/Hello-World/pulls/comments{/number}"},"commits":{"href":"https://api.github.com/repos/Codertocat/Hello-World/pulls/2/commits"},"statuses":{"href":"https://api.github.com/repos/Codertocat/Hello-World/statuses/ec26c3e57ca3a959ca5aad62de7213c562f8c821"}},"author_association":"OWNER","draft":false,"merged":false,"mergeable":null,"rebaseable":null,"mergeable_state":"unknown","merged_by":null,"comments":0,"review_comments":0,"maintainer_can_modify":false,"commits":1,"additions":1,"deletions":1,"changed_files":1}
   */
  async pollNewPullRequest(repository: unknown, baseBranch: unknown) {
    return this.#triggerBlock('pollNewPullRequest', [repository, baseBranch])
  }

  /**
   * @registerAs POLLING_TRIGGER
   * @operationName On Pull Request Merged (polling)
   * @category Triggers
   * @description Fires for each pull request merged in the repository. Polling interval can be customized (minimum 30 seconds). Needs read access to the repository (OAuth scope `repo` for private ones, `public_repo` or none for public). GitHub App: "Contents: read" / "Metadata: read".
   * @route POST /poll-pull-request-merged
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository to watch, as owner/name. Read access is enough (any public repository works)."}
   * @paramDef {"type":"String","label":"Base Branch","name":"baseBranch","description":"Only pull requests merged into this branch. Empty means any."}
   * @returns {Object}
   * @sampleResult {"url":"https://api.github.com/repos/Codertocat/Hello-World/pulls/2","id":279147437,"node_id":"MDExOlB1bGxSZXF1ZXN0Mjc5MTQ3NDM3","html_url":"https://github.com/Codertocat/Hello-World/pull/2","number":2,"state":"closed","locked":false,"title":"Update the README with new information.","user":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false},"body":"This is a pretty simple change that we need to pull into master.","created_at":"2019-05-15T15:20:33Z","updated_at":"2019-05-15T15:21:18Z","closed_at":"2019-05-15T15:21:18Z","merged_at":"2019-05-15T15:21:18Z","merge_commit_sha":"c4295bd74fb0f4fda03689c3df3f2803b658fd85","assignee":null,"assignees":[{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false}],"requested_reviewers":[{"login":"octocat","id":5346,"type":"User","html_url":"http://github.com/octocat","site_admin":false}],"requested_teams":[],"labels":[{"id":1362934389,"node_id":"MDU6TGFiZWwxMzYyOTM0Mzg5","name":"bug","color":"d73a4a","default":true,"description":"Something isn't working"}],"milestone":null,"head":{"label":"Codertocat:changes","ref":"changes","sha":"ec26c3e57ca3a959ca5aad62de7213c562f8c821","user":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false},"repo":{"id":186853002,"name":"Hello-World","full_name":"Codertocat/Hello-World","private":false,"html_url":"https://github.com/Codertocat/Hello-World","description":null,"fork":false,"default_branch":"master","owner":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false}}},"base":{"label":"Codertocat:master","ref":"master","sha":"f95f852bd8fca8fcc58a9a2d6c842781e32a215e","user":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false},"repo":{"id":186853002,"name":"Hello-World","full_name":"Codertocat/Hello-World","private":false,"html_url":"https://github.com/Codertocat/Hello-World","description":null,"fork":false,"default_branch":"master","owner":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false}}},"_links":{"self":{"href":"https://api.github.com/repos/Codertocat/Hello-World/pulls/2"},"html":{"href":"https://github.com/Codertocat/Hello-World/pull/2"},"issue":{"href":"https://api.github.com/repos/Codertocat/Hello-World/issues/2"},"comments":{"href":"https://api.github.com/repos/Codertocat/Hello-World/issues/2/comments"},"review_comments":{"href":"https://api.github.com/repos/Codertocat/Hello-World/pulls/2/comments"},"review_comment":{"href":"https://api.github.com/repos/Codertocat/Hello-World/pulls/comments{/number}"},"commits":{"href":"https://api.github.com/repos/Codertocat/Hello-World/pulls/2/commits"},"statuses":{"href":"https://api.github.com/repos/Codertocat/Hello-World/statuses/ec26c3e57ca3a959ca5aad62de7213c562f8c821"}},"author_association":"OWNER","auto_merge":null,"active_lock_reason":null,"draft":false,"merged":true,"mergeable":true,"rebaseable":true,"mergeable_state":"clean","merged_by":null,"comments":0,"review_comments":1,"maintainer_can_modify":false,"commits":1,"additions":1,"deletions":1,"changed_files":1}
   */
  async pollPullRequestMerged(repository: unknown, baseBranch: unknown) {
    return this.#triggerBlock('pollPullRequestMerged', [repository, baseBranch])
  }

  /**
   * @registerAs POLLING_TRIGGER
   * @operationName On New Commit (polling)
   * @category Triggers
   * @description Fires for each commit that lands on a branch (pushed or merged). Polling interval can be customized (minimum 30 seconds). Needs read access to the repository (OAuth scope `repo` for private ones, `public_repo` or none for public). GitHub App: "Contents: read" / "Metadata: read".
   * @route POST /poll-new-commit
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository to watch, as owner/name. Read access is enough (any public repository works)."}
   * @paramDef {"type":"String","label":"Branch","name":"branch","description":"The branch to watch. Empty means the repository's default branch."}
   * @returns {Object}
   * @sampleResult {"sha":"6113728f27ae82c7b1a177c8d03f9e96e0adf246","commit":{"message":"Adding a .gitignore file","author":{"name":"Codertocat","email":"21031067+Codertocat@users.noreply.github.com","username":"Codertocat","date":"2019-05-15T15:20:41Z"},"committer":{"name":"Codertocat","email":"21031067+Codertocat@users.noreply.github.com","username":"Codertocat","date":"2019-05-15T15:20:41Z"}},"html_url":"https://github.com/Codertocat/Hello-World/commit/6113728f27ae82c7b1a177c8d03f9e96e0adf246","author":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false}}
   */
  async pollNewCommit(repository: unknown, branch: unknown) {
    return this.#triggerBlock('pollNewCommit', [repository, branch])
  }

  /**
   * @registerAs POLLING_TRIGGER
   * @operationName On New Star (polling)
   * @category Triggers
   * @description Fires when someone stars the repository (from its event feed). Polling interval can be customized (minimum 30 seconds). Needs read access to the repository (OAuth scope `repo` for private ones, `public_repo` or none for public). GitHub App: "Contents: read" / "Metadata: read".
   * @route POST /poll-new-star
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository to watch, as owner/name. Read access is enough (any public repository works)."}
   * @returns {Object}
   * @sampleResult {"id":"22249084964","type":"WatchEvent","actor":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false},"repo":{"id":186853002,"name":"Codertocat/Hello-World"},"payload":{"action":"started"},"public":true,"created_at":"2019-05-15T15:20:41Z"}
   */
  async pollNewStar(repository: unknown) {
    return this.#triggerBlock('pollNewStar', [repository])
  }

  /**
   * @registerAs POLLING_TRIGGER
   * @operationName On New Release (polling)
   * @category Triggers
   * @description Fires for each release published in the repository (drafts are not releases yet). Polling interval can be customized (minimum 30 seconds). Needs read access to the repository (OAuth scope `repo` for private ones, `public_repo` or none for public). GitHub App: "Contents: read" / "Metadata: read".
   * @route POST /poll-new-release
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository to watch, as owner/name. Read access is enough (any public repository works)."}
   * @returns {Object}
   * @sampleResult {"url":"https://api.github.com/repos/Codertocat/Hello-World/releases/17372790","html_url":"https://github.com/Codertocat/Hello-World/releases/tag/0.0.1","id":17372790,"node_id":"MDc6UmVsZWFzZTE3MzcyNzkw","tag_name":"0.0.1","target_commitish":"master","name":null,"draft":false,"author":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false},"prerelease":false,"created_at":"2019-05-15T15:19:25Z","published_at":"2019-05-15T15:20:53Z","assets":[],"body":null}
   */
  async pollNewRelease(repository: unknown) {
    return this.#triggerBlock('pollNewRelease', [repository])
  }

  /**
   * @registerAs POLLING_TRIGGER
   * @operationName On New Branch (polling)
   * @category Triggers
   * @description Fires for each branch created in the repository. Polling interval can be customized (minimum 30 seconds). Needs read access to the repository (OAuth scope `repo` for private ones, `public_repo` or none for public). GitHub App: "Contents: read" / "Metadata: read".
   * @route POST /poll-new-branch
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository to watch, as owner/name. Read access is enough (any public repository works)."}
   * @returns {Object}
   * @sampleResult {"name":"refs/tags/simple-tag","commit":{"sha":"6113728f27ae82c7b1a177c8d03f9e96e0adf246"},"protected":false}
   */
  async pollNewBranch(repository: unknown) {
    return this.#triggerBlock('pollNewBranch', [repository])
  }

  /**
   * @registerAs POLLING_TRIGGER
   * @operationName On New Commit Comment (polling)
   * @category Triggers
   * @description Fires for each comment made on a commit of the repository. Polling interval can be customized (minimum 30 seconds). Needs read access to the repository (OAuth scope `repo` for private ones, `public_repo` or none for public). GitHub App: "Contents: read" / "Metadata: read".
   * @route POST /poll-new-commit-comment
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository to watch, as owner/name. Read access is enough (any public repository works)."}
   * @returns {Object}
   * @sampleResult {"id":"22249084964","type":"CommitCommentEvent","actor":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false},"repo":{"id":186853002,"name":"Codertocat/Hello-World"},"payload":{"comment":{"url":"https://api.github.com/repos/Codertocat/Hello-World/comments/33548674","html_url":"https://github.com/Codertocat/Hello-World/commit/6113728f27ae82c7b1a177c8d03f9e96e0adf246#commitcomment-33548674","id":33548674,"node_id":"MDEzOkNvbW1pdENvbW1lbnQzMzU0ODY3NA==","user":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false},"position":null,"line":null,"path":null,"commit_id":"6113728f27ae82c7b1a177c8d03f9e96e0adf246","created_at":"2019-05-15T15:20:39Z","updated_at":"2019-05-15T15:20:39Z","author_association":"OWNER","body":"This is a really good change! :+1:"}},"public":true,"created_at":"2019-05-15T15:20:41Z"}
   */
  async pollNewCommitComment(repository: unknown) {
    return this.#triggerBlock('pollNewCommitComment', [repository])
  }

  /**
   * @registerAs POLLING_TRIGGER
   * @operationName On Repository Event (polling)
   * @category Triggers
   * @description Fires for each event of the repository's activity feed (pushes, issues, comments, forks...). Polling interval can be customized (minimum 30 seconds). Needs read access to the repository (OAuth scope `repo` for private ones, `public_repo` or none for public). GitHub App: "Contents: read" / "Metadata: read".
   * @route POST /poll-repository-event
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository to watch, as owner/name. Read access is enough (any public repository works)."}
   * @paramDef {"type":"String","label":"Event Type","name":"eventType","description":"Only this event type (e.g. PushEvent, IssuesEvent). Empty means any."}
   * @returns {Object}
   * @sampleResult {"id":"22249084964","type":"PushEvent","actor":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false},"repo":{"id":186853002,"name":"Codertocat/Hello-World"},"payload":{"ref":"refs/tags/simple-tag","head":"6113728f27ae82c7b1a177c8d03f9e96e0adf246","before":"0000000000000000000000000000000000000000","size":1},"public":true,"created_at":"2019-05-15T15:20:41Z"}
   */
  async pollRepositoryEvent(repository: unknown, eventType: unknown) {
    return this.#triggerBlock('pollRepositoryEvent', [repository, eventType])
  }

  /**
   * @registerAs POLLING_TRIGGER
   * @operationName On New Label (polling)
   * @category Triggers
   * @description Fires for each label created in the repository. Polling interval can be customized (minimum 30 seconds). Needs read access to the repository (OAuth scope `repo` for private ones, `public_repo` or none for public). GitHub App: "Contents: read" / "Metadata: read".
   * @route POST /poll-new-label
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository to watch, as owner/name. Read access is enough (any public repository works)."}
   * @returns {Object}
   * @sampleResult {"id":1362937026,"node_id":"MDU6TGFiZWwxMzYyOTM3MDI2","url":"https://api.github.com/repos/Codertocat/Hello-World/labels/:bug:%20Bugfix","name":":bug: Bugfix","description":"Fixes a bug","color":"cb1f00","default":false}
   */
  async pollNewLabel(repository: unknown) {
    return this.#triggerBlock('pollNewLabel', [repository])
  }

  /**
   * @registerAs POLLING_TRIGGER
   * @operationName On New Milestone (polling)
   * @category Triggers
   * @description Fires for each milestone created in the repository. Polling interval can be customized (minimum 30 seconds). Needs read access to the repository (OAuth scope `repo` for private ones, `public_repo` or none for public). GitHub App: "Contents: read" / "Metadata: read".
   * @route POST /poll-new-milestone
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository to watch, as owner/name. Read access is enough (any public repository works)."}
   * @returns {Object}
   * @sampleResult {"url":"https://api.github.com/repos/Codertocat/Hello-World/milestones/1","html_url":"https://github.com/Codertocat/Hello-World/milestone/1","id":4317517,"node_id":"MDk6TWlsZXN0b25lNDMxNzUxNw==","number":1,"title":"v1.0","description":"Add new space flight simulator","creator":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false},"open_issues":0,"closed_issues":0,"state":"open","created_at":"2019-05-15T15:20:17Z","updated_at":"2019-05-15T15:20:17Z","due_on":"2019-05-23T07:00:00Z","closed_at":null}
   */
  async pollNewMilestone(repository: unknown) {
    return this.#triggerBlock('pollNewMilestone', [repository])
  }

  /**
   * @registerAs POLLING_TRIGGER
   * @operationName On New Collaborator (polling)
   * @category Triggers
   * @description Fires for each collaborator added to the repository. Polling interval can be customized (minimum 30 seconds). Needs push access to the repository (GitHub lists collaborators only to them).
   * @route POST /poll-new-collaborator
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository to watch, as owner/name. Read access is enough (any public repository works)."}
   * @returns {Object}
   * @sampleResult {"login":"hacktocat","id":39652351,"type":"User","html_url":"https://github.com/hacktocat","site_admin":false}
   */
  async pollNewCollaborator(repository: unknown) {
    return this.#triggerBlock('pollNewCollaborator', [repository])
  }

  /**
   * @registerAs POLLING_TRIGGER
   * @operationName On New Watcher (polling)
   * @category Triggers
   * @description Fires for each account that starts watching (subscribes to) the repository. Polling interval can be customized (minimum 30 seconds). Needs read access to the repository (OAuth scope `repo` for private ones, `public_repo` or none for public). GitHub App: "Contents: read" / "Metadata: read".
   * @route POST /poll-new-watcher
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository to watch, as owner/name. Read access is enough (any public repository works)."}
   * @returns {Object}
   * @sampleResult {"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false}
   */
  async pollNewWatcher(repository: unknown) {
    return this.#triggerBlock('pollNewWatcher', [repository])
  }

  /**
   * @registerAs POLLING_TRIGGER
   * @operationName On New Gist (polling)
   * @category Triggers
   * @description Fires for each gist the connected account creates. Polling interval can be customized (minimum 30 seconds). Needs the connection's own account. OAuth: scope `notifications` or `repo` (notifications), `gist` (gists), `read:org` (organizations, teams): all in the default scopes.
   * @route POST /poll-new-gist
   * @appearanceColor #24292f #f0f6fc
   * @returns {Object}
   * @sampleResult {"id":"aa5a315d61ae9438b18d","description":"Hello World Examples","public":true,"html_url":"https://gist.github.com/aa5a315d61ae9438b18d","files":{"hello_world.rb":{"filename":"hello_world.rb","type":"application/x-ruby","language":"Ruby","size":167}},"created_at":"2019-05-15T15:20:41Z","updated_at":"2019-05-15T15:20:41Z","owner":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false}}
   */
  async pollNewGist() {
    return this.#triggerBlock('pollNewGist', [])
  }

  /**
   * @registerAs POLLING_TRIGGER
   * @operationName On New Notification (polling)
   * @category Triggers
   * @description Fires for each new or updated notification of the connected account. Polling interval can be customized (minimum 30 seconds). Needs the connection's own account. OAuth: scope `notifications` or `repo` (notifications), `gist` (gists), `read:org` (organizations, teams): all in the default scopes.
   * @route POST /poll-new-notification
   * @appearanceColor #24292f #f0f6fc
   * @returns {Object}
   * @sampleResult {"id":"1","unread":true,"reason":"subscribed","updated_at":"2019-05-15T15:20:18Z","subject":{"title":"Spelling error in the README file","type":"Issue"},"repository":{"id":186853002,"name":"Hello-World","full_name":"Codertocat/Hello-World","private":false,"html_url":"https://github.com/Codertocat/Hello-World","description":null,"fork":false,"default_branch":"master","owner":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false}}}
   */
  async pollNewNotification() {
    return this.#triggerBlock('pollNewNotification', [])
  }

  /**
   * @registerAs POLLING_TRIGGER
   * @operationName On New Mention (polling)
   * @category Triggers
   * @description Fires when the connected account (or its team) is @mentioned. Polling interval can be customized (minimum 30 seconds). Needs the connection's own account. OAuth: scope `notifications` or `repo` (notifications), `gist` (gists), `read:org` (organizations, teams): all in the default scopes.
   * @route POST /poll-new-mention
   * @appearanceColor #24292f #f0f6fc
   * @returns {Object}
   * @sampleResult {"id":"1","unread":true,"reason":"mention","updated_at":"2019-05-15T15:20:18Z","subject":{"title":"Spelling error in the README file","type":"Issue"},"repository":{"id":186853002,"name":"Hello-World","full_name":"Codertocat/Hello-World","private":false,"html_url":"https://github.com/Codertocat/Hello-World","description":null,"fork":false,"default_branch":"master","owner":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false}}}
   */
  async pollNewMention() {
    return this.#triggerBlock('pollNewMention', [])
  }

  /**
   * @registerAs POLLING_TRIGGER
   * @operationName On New Review Request (polling)
   * @category Triggers
   * @description Fires when a pull request review is requested from the connected account. Polling interval can be customized (minimum 30 seconds). Needs the connection's own account. OAuth: scope `notifications` or `repo` (notifications), `gist` (gists), `read:org` (organizations, teams): all in the default scopes.
   * @route POST /poll-new-review-request
   * @appearanceColor #24292f #f0f6fc
   * @returns {Object}
   * @sampleResult {"id":"1","unread":true,"reason":"review_requested","updated_at":"2019-05-15T15:20:18Z","subject":{"title":"Spelling error in the README file","type":"Issue"},"repository":{"id":186853002,"name":"Hello-World","full_name":"Codertocat/Hello-World","private":false,"html_url":"https://github.com/Codertocat/Hello-World","description":null,"fork":false,"default_branch":"master","owner":{"login":"Codertocat","id":21031067,"type":"User","html_url":"https://github.com/Codertocat","site_admin":false}}}
   */
  async pollNewReviewRequest() {
    return this.#triggerBlock('pollNewReviewRequest', [])
  }

  /**
   * @registerAs POLLING_TRIGGER
   * @operationName On New Organization (polling)
   * @category Triggers
   * @description Fires when the connected account joins an organization. Polling interval can be customized (minimum 30 seconds). Needs the connection's own account. OAuth: scope `notifications` or `repo` (notifications), `gist` (gists), `read:org` (organizations, teams): all in the default scopes.
   * @route POST /poll-new-organization
   * @appearanceColor #24292f #f0f6fc
   * @returns {Object}
   * @sampleResult {"login":"Octocoders","id":38302899,"node_id":"MDEyOk9yZ2FuaXphdGlvbjM4MzAyODk5","url":"https://api.github.com/orgs/Octocoders","description":""}
   */
  async pollNewOrganization() {
    return this.#triggerBlock('pollNewOrganization', [])
  }

  /**
   * @registerAs POLLING_TRIGGER
   * @operationName On New Repository (polling)
   * @category Triggers
   * @description Fires for each repository created in an organization or by the connected account. Polling interval can be customized (minimum 30 seconds). Needs read access to the repository (OAuth scope `repo` for private ones, `public_repo` or none for public). GitHub App: "Contents: read" / "Metadata: read".
   * @route POST /poll-new-repository
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Organization","name":"organization","dictionary":"getOrganizationsDictionary","description":"An organization login; empty means your own account."}
   * @returns {Object}
   * @sampleResult {"id":186853261,"node_id":"MDEwOlJlcG9zaXRvcnkxODY4NTMyNjE=","name":"Hello-World","full_name":"Octocoders/Hello-World","private":false,"owner":{"login":"Octocoders","id":38302899,"type":"Organization","html_url":"https://github.com/Octocoders","site_admin":false},"html_url":"https://github.com/Octocoders/Hello-World","description":null,"fork":true,"url":"https://api.github.com/repos/Octocoders/Hello-World","created_at":"2019-05-15T15:20:42Z","updated_at":"2019-05-15T15:20:41Z","pushed_at":"2019-05-15T15:20:33Z","homepage":null,"size":0,"stargazers_count":0,"watchers_count":0,"language":null,"has_issues":false,"has_projects":true,"has_downloads":true,"has_wiki":true,"has_pages":false,"forks_count":0,"archived":false,"disabled":false,"open_issues_count":0,"license":null,"forks":0,"open_issues":0,"watchers":0,"default_branch":"master","is_template":false,"topics":[],"visibility":"public","web_commit_signoff_required":false,"custom_properties":{}}
   */
  async pollNewRepository(organization: unknown) {
    return this.#triggerBlock('pollNewRepository', [organization])
  }

  /**
   * @registerAs POLLING_TRIGGER
   * @operationName On New Team (polling)
   * @category Triggers
   * @description Fires for each team created in the organization. Polling interval can be customized (minimum 30 seconds). Needs the connection's own account. OAuth: scope `notifications` or `repo` (notifications), `gist` (gists), `read:org` (organizations, teams): all in the default scopes.
   * @route POST /poll-new-team
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Organization","name":"organization","required":true,"dictionary":"getOrganizationsDictionary","description":"The organization login."}
   * @returns {Object}
   * @sampleResult {"name":"github","id":3253328,"node_id":"MDQ6VGVhbTMyNTMzMjg=","slug":"github","description":null,"privacy":"secret","notification_setting":"notifications_enabled","url":"https://api.github.com/teams/3253328","html_url":"https://github.com/orgs/Octocoders/teams/github","permission":"pull"}
   */
  async pollNewTeam(organization: unknown) {
    return this.#triggerBlock('pollNewTeam', [organization])
  }

  /**
   * @registerAs POLLING_TRIGGER
   * @operationName On Workflow Run Finished (polling)
   * @category Triggers
   * @description Fires when a GitHub Actions workflow run of the repository finishes. Polling interval can be customized (minimum 30 seconds). Needs read access to the repository (OAuth scope `repo` for private ones, `public_repo` or none for public). GitHub App: "Contents: read" / "Metadata: read". GitHub App: "Actions: read".
   * @route POST /poll-workflow-run-finished
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository to watch, as owner/name. Read access is enough (any public repository works)."}
   * @paramDef {"type":"String","label":"Workflow","name":"workflow","description":"The workflow name. Empty means any."}
   * @paramDef {"type":"String","label":"Conclusion","name":"conclusion","description":"Only runs that ended so (success, failure, cancelled...). Empty means any."}
   * @paramDef {"type":"String","label":"Branch","name":"branch","description":"Only runs on this branch. Empty means any."}
   * @returns {Object}
   * @sampleResult {"check_suite_id":4683454167,"check_suite_node_id":"CS_kwDOF6lyTM8AAAABFyfW1w","conclusion":null,"created_at":"2021-12-16T19:37:22Z","event":"workflow_dispatch","head_branch":"main","head_commit":{"author":{"email":"octocat@github.com","name":"Mona Lisa"},"committer":{"email":"noreply@github.com","name":"GitHub"},"id":"5779607b49aab1200488439f02372c57b4f75444","message":"Update milestone-created.yml","timestamp":"2021-12-16T19:37:14Z","tree_id":"8181cee091cf9627ac07c3cc4b94c015a1d56706"},"head_repository":{"id":396980812,"name":"octo-repo","full_name":"octo-org/octo-repo","private":true,"html_url":"https://github.com/octo-org/octo-repo","description":null,"fork":false,"owner":{"login":"octo-org","id":79927191,"type":"Organization","html_url":"https://github.com/octo-org","site_admin":false}},"head_sha":"5779607b49aab1200488439f02372c57b4f75444","html_url":"https://github.com/octo-org/octo-repo/actions/runs/1589141559","id":1589141559,"name":"Manually triggered workflow","node_id":"WFR_kwLOF6lyTM5euGA3","pull_requests":[],"repository":{"id":396980812,"name":"octo-repo","full_name":"octo-org/octo-repo","private":true,"html_url":"https://github.com/octo-org/octo-repo","description":null,"fork":false,"owner":{"login":"octo-org","id":79927191,"type":"Organization","html_url":"https://github.com/octo-org","site_admin":false}},"run_attempt":1,"run_number":36,"run_started_at":"2021-12-16T19:37:22Z","status":"queued","updated_at":"2021-12-16T19:37:22Z","url":"https://api.github.com/repos/octo-org/octo-repo/actions/runs/1589141559","workflow_id":16340987}
   */
  async pollWorkflowRunFinished(repository: unknown, workflow: unknown, conclusion: unknown, branch: unknown) {
    return this.#triggerBlock('pollWorkflowRunFinished', [repository, workflow, conclusion, branch])
  }
  // #endregion Polling triggers
  // #end generated

  #settings(): ServiceSettings {
    return readSettings(this.config)
  }

  /** Runs an operation's definition (its module loaded on first use) with the platform's positional arguments. */
  #run<M extends ModuleName, N extends keyof DefinitionsOf<M> & string>(module: M, method: N, args: readonly unknown[]): Promise<unknown> {
    return this.#action(method, async (github) => {
      const operation = (await loadOperation(module, method)) as Operation<GitHubContext>
      return operation.run({ ...github, requires: operation.requires }, inputOf(operation.params, args))
    })
  }

  /** A trigger block is declared for the flow builder; the platform runs it through the handleTrigger… operations. */
  #triggerBlock(method: string, _args: readonly unknown[] = []): Promise<never> {
    return this.#call(method, () => {
      throw new InvalidInput(
        'operation',
        `${method} is a trigger block: the platform starts it through handleTriggerUpsertWebhook or handleTriggerPollingForEvent, it cannot be run as an action.`,
      )
    })
  }

  /** Runs an action with the connection's GitHub context (server, token, User-Agent); actions need no client credentials. */
  #action<T>(operation: string, run: (github: GitHubContext) => Promise<T>): Promise<T> {
    return this.#call(operation, () => run(this.#context(operation)))
  }

  /** The connection's GitHub context; throws "not connected" without the platform's token. */
  #context(operation: string): GitHubContext {
    return {
      server: resolveServer(this.config?.['serverUrl']),
      token: requireToken(this.request?.headers),
      userAgent: USER_AGENT,
      operation,
    }
  }

  /** Runs an operation, turning failures into platform errors; `secretInputs` are cut out of its errors and log lines by value. */
  #call<T>(operation: string, run: () => Promise<T> | T, ...secretInputs: unknown[]): Promise<T> {
    const secrets = [this.config?.['clientSecret'], this.request?.headers?.['oauth-access-token'], ...secretInputs]
    return asPlatformCall(operation, run, Backendless.ServerCode.Error, secrets)
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
    hint: 'Leave https://github.com, or give your GitHub Enterprise Server root (https://HOST, no /api/v3) or your GHE.com address (https://SUBDOMAIN.ghe.com). Must be https.',
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
