import Backendless from 'backendless'
import { requireToken, type GitHubContext } from './github/api'
import * as oauth from './github/oauth'
import * as users from './github/users'
import { DEFAULT_SCOPES, GITHUB_DOT_COM, readSettings, type ServiceSettings } from './github/settings'
import * as pulls from './github/pulls'
import * as releases from './github/releases'
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
    return this.#action('createPullRequest', (github) =>
      pulls.createPullRequest(github, { repository, head, base, title, body, draft, maintainerCanModify }),
    )
  }

  /**
   * @operationName Get Pull Request
   * @category Pull Requests
   * @description Returns one pull request by number: state, title, body, head and base branches and commits, whether it is merged, and whether it can be merged (mergeable is null while GitHub is still computing it; ask again a few seconds later). Requires: OAuth scope "repo"; GitHub App permission "Pull requests: read".
   * @route GET /get-pull-request
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Pull Request Number","name":"pullNumber","required":true,"uiComponent":{"type":"NUMERIC"},"description":"The pull request number shown after # on GitHub, e.g. 1347."}
   * @returns {Object}
   * @sampleResult {"url":"https://api.github.com/repos/octocat/Hello-World/pulls/1347","id":1,"node_id":"MDExOlB1bGxSZXF1ZXN0MQ==","html_url":"https://github.com/octocat/Hello-World/pull/1347","number":1347,"state":"open","locked":false,"title":"Amazing new feature","user":{"login":"octocat","id":1,"type":"User"},"body":"Please pull these awesome changes in!","labels":[{"id":208045946,"name":"enhancement","color":"a2eeef"}],"milestone":null,"created_at":"2011-01-26T19:01:12Z","updated_at":"2011-01-26T19:01:12Z","closed_at":null,"merged_at":null,"merge_commit_sha":"e5bd3914e2e596debea16f433f57875b5b90bcd6","assignees":[],"requested_reviewers":[{"login":"hubot","id":2}],"draft":false,"head":{"label":"octocat:new-topic","ref":"new-topic","sha":"6dcb09b5b57875f334f61aebed695e2e4193db5e","user":{"login":"octocat","id":1}},"base":{"label":"octocat:main","ref":"main","sha":"7fd1a60b01f91b314f59955a4e4d4e80d8edf11d","user":{"login":"octocat","id":1}},"author_association":"OWNER","merged":false,"mergeable":true,"mergeable_state":"clean","merged_by":null,"comments":10,"review_comments":0,"maintainer_can_modify":true,"commits":3,"additions":100,"deletions":3,"changed_files":5}
   */
  async getPullRequest(repository: unknown, pullNumber: unknown) {
    return this.#action('getPullRequest', (github) => pulls.getPullRequest(github, { repository, pullNumber }))
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
   * @sampleResult {"items":[{"url":"https://api.github.com/repos/octocat/Hello-World/pulls/1347","id":1,"html_url":"https://github.com/octocat/Hello-World/pull/1347","number":1347,"state":"open","locked":false,"title":"Amazing new feature","user":{"login":"octocat","id":1},"body":"Please pull these awesome changes in!","labels":[],"created_at":"2011-01-26T19:01:12Z","updated_at":"2011-01-26T19:01:12Z","closed_at":null,"merged_at":null,"draft":false,"head":{"label":"octocat:new-topic","ref":"new-topic","sha":"6dcb09b5b57875f334f61aebed695e2e4193db5e"},"base":{"label":"octocat:main","ref":"main","sha":"7fd1a60b01f91b314f59955a4e4d4e80d8edf11d"},"author_association":"OWNER"}],"nextCursor":"eyJwIjoiL3JlcG9zL29jdG9jYXQvSGVsbG8tV29ybGQvcHVsbHMiLCJxIjp7InBhZ2UiOiIyIn19"}
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
    return this.#action('listPullRequests', (github) =>
      pulls.listPullRequests(github, { repository, state, head, base, sort, direction, fetchAll, limit, cursor }),
    )
  }

  /**
   * @operationName Merge Pull Request
   * @category Pull Requests
   * @description Merges a pull request with a merge commit, a squash or a rebase, optionally only if its head is still the commit you reviewed. Returns the resulting commit SHA; fails with a conflict when the pull request is not mergeable (closed, draft, conflicts, failing required checks or reviews) or its head moved. Requires: OAuth scope "repo"; GitHub App permission "Contents: write".
   * @route PUT /merge-pull-request
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Pull Request Number","name":"pullNumber","required":true,"uiComponent":{"type":"NUMERIC"},"description":"The pull request number shown after # on GitHub, e.g. 1347."}
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
    return this.#action('mergePullRequest', (github) =>
      pulls.mergePullRequest(github, { repository, pullNumber, mergeMethod, commitTitle, commitMessage, sha }),
    )
  }

  /**
   * @operationName Request Reviewers
   * @category Pull Requests
   * @description Asks people and/or teams to review a pull request; GitHub notifies them. Returns the pull request with its requested reviewers. Reviewers must be collaborators of the repository, and the author cannot review their own pull request. Requires: OAuth scope "repo"; GitHub App permission "Pull requests: write".
   * @route POST /request-reviewers
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Pull Request Number","name":"pullNumber","required":true,"uiComponent":{"type":"NUMERIC"},"description":"The pull request number shown after # on GitHub, e.g. 1347."}
   * @paramDef {"type":"Array<String>","label":"Reviewers","name":"reviewers","dictionary":"getAssigneesDictionary","dependsOn":["repository"],"description":"Logins of the people to ask for a review, e.g. octocat. Give reviewers, teams, or both."}
   * @paramDef {"type":"Array<String>","label":"Team Reviewers","name":"teamReviewers","description":"Slugs of the organisation's teams to ask for a review, e.g. justice-league (without the organisation name)."}
   * @returns {Object}
   * @sampleResult {"url":"https://api.github.com/repos/octocat/Hello-World/pulls/1347","id":1,"html_url":"https://github.com/octocat/Hello-World/pull/1347","number":1347,"state":"open","title":"Amazing new feature","user":{"login":"octocat","id":1},"requested_reviewers":[{"login":"hubot","id":2,"type":"User"}],"requested_teams":[{"id":1,"name":"Justice League","slug":"justice-league"}],"head":{"ref":"new-topic","sha":"6dcb09b5b57875f334f61aebed695e2e4193db5e"},"base":{"ref":"main","sha":"7fd1a60b01f91b314f59955a4e4d4e80d8edf11d"},"draft":false,"created_at":"2011-01-26T19:01:12Z","updated_at":"2011-01-26T19:05:40Z"}
   */
  async requestReviewers(repository: unknown, pullNumber: unknown, reviewers: unknown, teamReviewers: unknown) {
    return this.#action('requestReviewers', (github) =>
      pulls.requestReviewers(github, { repository, pullNumber, reviewers, teamReviewers }),
    )
  }

  /**
   * @operationName List Pull Request Files
   * @category Pull Requests
   * @description Lists the files a pull request changes, each with its status (added, modified, removed, renamed), line counts and patch. Returns the files and a cursor for the next page; GitHub lists at most 3000 files. Requires: OAuth scope "repo"; GitHub App permission "Pull requests: read".
   * @route GET /list-pull-request-files
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Pull Request Number","name":"pullNumber","required":true,"uiComponent":{"type":"NUMERIC"},"description":"The pull request number shown after # on GitHub, e.g. 1347."}
   * @paramDef {"type":"Boolean","label":"Fetch All Pages","name":"fetchAll","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"Off: return one page of up to Limit items. On: follow the pages and return up to Limit items in total (at most 1000)."}
   * @paramDef {"type":"Number","label":"Limit","name":"limit","defaultValue":30,"uiComponent":{"type":"NUMERIC_STEPPER"},"description":"Page size (1-100) when Fetch All Pages is off; the total maximum (1-1000) when it is on."}
   * @paramDef {"type":"String","label":"Cursor","name":"cursor","description":"The nextCursor of a previous call with the same parameters, to continue where it stopped. Leave empty to start from the beginning."}
   * @returns {Object}
   * @sampleResult {"items":[{"sha":"bbcd538c8e72b8c175046e27cc8f907076331401","filename":"file1.txt","status":"added","additions":103,"deletions":21,"changes":124,"blob_url":"https://github.com/octocat/Hello-World/blob/6dcb09b5b57875f334f61aebed695e2e4193db5e/file1.txt","raw_url":"https://github.com/octocat/Hello-World/raw/6dcb09b5b57875f334f61aebed695e2e4193db5e/file1.txt","contents_url":"https://api.github.com/repos/octocat/Hello-World/contents/file1.txt?ref=6dcb09b5b57875f334f61aebed695e2e4193db5e","patch":"@@ -132,7 +132,7 @@ module Test @@ -1000,7 +1000,7 @@ module Test"}],"nextCursor":null}
   */
  async listPullRequestFiles(repository: unknown, pullNumber: unknown, fetchAll: unknown, limit: unknown, cursor: unknown) {
    return this.#action('listPullRequestFiles', (github) =>
      pulls.listPullRequestFiles(github, { repository, pullNumber, fetchAll, limit, cursor }),
    )
  }

  /**
   * @operationName Update Pull Request
   * @category Pull Requests
   * @description Changes a pull request's title, description, state (close or reopen), base branch or whether maintainers may modify it; fields left empty stay as they are. Returns the updated pull request. Requires: OAuth scope "repo"; GitHub App permission "Pull requests: write".
   * @route PUT /update-pull-request
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Pull Request Number","name":"pullNumber","required":true,"uiComponent":{"type":"NUMERIC"},"description":"The pull request number shown after # on GitHub, e.g. 1347."}
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
    return this.#action('updatePullRequest', (github) =>
      pulls.updatePullRequest(github, { repository, pullNumber, title, body, state, base, maintainerCanModify }),
    )
  }

  /**
   * @operationName Create Pull Request Review
   * @category Pull Requests
   * @description Submits a review of a pull request: approve it, request changes, or comment, as the connected account. Returns the submitted review with its state (APPROVED, CHANGES_REQUESTED or COMMENTED). Requires: OAuth scope "repo"; GitHub App permission "Pull requests: write".
   * @route POST /create-pull-request-review
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Pull Request Number","name":"pullNumber","required":true,"uiComponent":{"type":"NUMERIC"},"description":"The pull request number shown after # on GitHub, e.g. 1347."}
   * @paramDef {"type":"String","label":"Review","name":"event","required":true,"uiComponent":{"type":"DROPDOWN","options":{"values":["Approve","Request Changes","Comment"]}},"description":"The verdict. Nobody can approve or request changes on their own pull request."}
   * @paramDef {"type":"String","label":"Body","name":"body","uiComponent":{"type":"MULTI_LINE_TEXT"},"description":"The review text, in GitHub Markdown. Required for Request Changes and Comment."}
   * @paramDef {"type":"String","label":"Commit SHA","name":"commitId","description":"The full SHA of the commit being reviewed. Empty: the pull request's latest commit."}
   * @returns {Object}
   * @sampleResult {"id":80,"node_id":"MDE3OlB1bGxSZXF1ZXN0UmV2aWV3ODA=","user":{"login":"hubot","id":2,"type":"User"},"body":"Looks good to me.","state":"APPROVED","html_url":"https://github.com/octocat/Hello-World/pull/1347#pullrequestreview-80","pull_request_url":"https://api.github.com/repos/octocat/Hello-World/pulls/1347","submitted_at":"2019-11-17T17:43:43Z","commit_id":"6dcb09b5b57875f334f61aebed695e2e4193db5e","author_association":"COLLABORATOR"}
   */
  async createPullRequestReview(repository: unknown, pullNumber: unknown, event: unknown, body: unknown, commitId: unknown) {
    return this.#action('createPullRequestReview', (github) =>
      pulls.createPullRequestReview(github, { repository, pullNumber, event, body, commitId }),
    )
  }

  /**
   * @operationName List Pull Request Reviews
   * @category Pull Requests
   * @description Lists the reviews submitted on a pull request, oldest first, each with its author, state (APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED) and commit. Returns the reviews and a cursor for the next page. Requires: OAuth scope "repo"; GitHub App permission "Pull requests: read".
   * @route GET /list-pull-request-reviews
   * @appearanceColor #24292f #f0f6fc
   * @paramDef {"type":"String","label":"Repository","name":"repository","required":true,"dictionary":"getRepositoriesDictionary","description":"The repository as owner/name, e.g. octocat/Hello-World."}
   * @paramDef {"type":"Number","label":"Pull Request Number","name":"pullNumber","required":true,"uiComponent":{"type":"NUMERIC"},"description":"The pull request number shown after # on GitHub, e.g. 1347."}
   * @paramDef {"type":"Boolean","label":"Fetch All Pages","name":"fetchAll","defaultValue":false,"uiComponent":{"type":"TOGGLE"},"description":"Off: return one page of up to Limit items. On: follow the pages and return up to Limit items in total (at most 1000)."}
   * @paramDef {"type":"Number","label":"Limit","name":"limit","defaultValue":30,"uiComponent":{"type":"NUMERIC_STEPPER"},"description":"Page size (1-100) when Fetch All Pages is off; the total maximum (1-1000) when it is on."}
   * @paramDef {"type":"String","label":"Cursor","name":"cursor","description":"The nextCursor of a previous call with the same parameters, to continue where it stopped. Leave empty to start from the beginning."}
   * @returns {Object}
   * @sampleResult {"items":[{"id":80,"node_id":"MDE3OlB1bGxSZXF1ZXN0UmV2aWV3ODA=","user":{"login":"hubot","id":2,"type":"User"},"body":"Here is the body for the review.","state":"APPROVED","html_url":"https://github.com/octocat/Hello-World/pull/1347#pullrequestreview-80","submitted_at":"2019-11-17T17:43:43Z","commit_id":"6dcb09b5b57875f334f61aebed695e2e4193db5e","author_association":"COLLABORATOR"}],"nextCursor":null}
   */
  async listPullRequestReviews(repository: unknown, pullNumber: unknown, fetchAll: unknown, limit: unknown, cursor: unknown) {
    return this.#action('listPullRequestReviews', (github) =>
      pulls.listPullRequestReviews(github, { repository, pullNumber, fetchAll, limit, cursor }),
    )
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
   * @paramDef {"type":"String","label":"Make Latest","name":"makeLatest","defaultValue":"True","uiComponent":{"type":"DROPDOWN","options":{"values":["True","False","Legacy"]}},"description":"Whether this becomes the repository's Latest release. Legacy: GitHub decides by creation date and semantic version. Drafts and prereleases are never latest."}
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
    return this.#action('createRelease', (github) =>
      releases.createRelease(github, {
        repository,
        tagName,
        targetCommitish,
        name,
        body,
        draft,
        prerelease,
        generateReleaseNotes,
        makeLatest,
      }),
    )
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
    return this.#action('getLatestRelease', (github) => releases.getLatestRelease(github, { repository }))
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
   * @sampleResult {"items":[{"url":"https://api.github.com/repos/octocat/Hello-World/releases/2","html_url":"https://github.com/octocat/Hello-World/releases/tag/v1.1.0-rc.1","id":2,"node_id":"MDc6UmVsZWFzZTI=","tag_name":"v1.1.0-rc.1","target_commitish":"main","name":"v1.1.0 release candidate","body":"Try it out","draft":false,"prerelease":true,"created_at":"2013-03-10T09:00:00Z","published_at":"2013-03-10T09:00:00Z","author":{"login":"octocat","id":1},"assets":[]}],"nextCursor":"eyJwIjoiL3JlcG9zL29jdG9jYXQvSGVsbG8tV29ybGQvcmVsZWFzZXMiLCJxIjp7InBhZ2UiOiIyIn19"}
   */
  async listReleases(repository: unknown, fetchAll: unknown, limit: unknown, cursor: unknown) {
    return this.#action('listReleases', (github) => releases.listReleases(github, { repository, fetchAll, limit, cursor }))
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
    return this.#action('getReleaseByTag', (github) => releases.getReleaseByTag(github, { repository, tag }))
  }

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
