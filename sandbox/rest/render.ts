import { createHash } from 'node:crypto'
import type { components } from '@octokit/openapi-types'
import { licenseSimple } from './routes/templates'
import type {
  Account,
  Blob,
  Comment,
  Commit,
  Discussion,
  Gist,
  Issue,
  Label,
  Milestone,
  Release,
  ReleaseAsset,
  Repository,
  Review,
  ReviewComment,
  Role,
  SandboxState,
  Workflow,
  WorkflowRun,
} from './state'
import { DISCUSSION_CATEGORIES, ROLES, accountRecord } from './state'

/**
 * Records → GitHub's JSON, each typed by @octokit/openapi-types so the shapes are GitHub's documented ones. URLs point
 * at the sandbox (web pages at serverUrl, the API at serverUrl/api/v3), as a GitHub Enterprise Server's would.
 */

type Schemas = components['schemas']

/** When a dispatched run's runner picks it up, and when it ends, after its attempt started (runProgress, the webhooks). */
export const RUN_STARTS_MS = 1000
export const RUN_ENDS_MS = 4000

/** GitHub's own organization, the owner of the GitHub Actions app: no account of the sandbox's world. */
const GITHUB_ORGANIZATION = accountRecord({ id: 9919, login: 'github', name: 'GitHub', type: 'Organization' })

export class Renderer {
  readonly api: string

  constructor(
    readonly web: string,
    readonly state: SandboxState,
  ) {
    this.api = `${web}/api/v3`
  }

  nodeId(kind: string, id: number | string): string {
    return Buffer.from(`sandbox:${kind}:${id}`).toString('base64url')
  }

  user(account: Account): Schemas['simple-user'] {
    const api = `${this.api}/users/${account.login}`
    return {
      login: account.login,
      id: account.id,
      node_id: this.nodeId(account.type, account.id),
      avatar_url: `${this.web}/avatars/u/${account.id}?v=4`,
      gravatar_id: '',
      url: api,
      html_url: `${this.web}/${account.login}`,
      followers_url: `${api}/followers`,
      following_url: `${api}/following{/other_user}`,
      gists_url: `${api}/gists{/gist_id}`,
      starred_url: `${api}/starred{/owner}{/repo}`,
      subscriptions_url: `${api}/subscriptions`,
      organizations_url: `${api}/orgs`,
      repos_url: `${api}/repos`,
      events_url: `${api}/events{/privacy}`,
      received_events_url: `${api}/received_events`,
      type: account.type,
      user_view_type: 'public',
      site_admin: false,
    }
  }

  userByLogin(login: string): Schemas['simple-user'] {
    const account = this.state.account(login)
    if (!account) throw new Error(`sandbox state refers to unknown account ${login}`)
    return this.user(account)
  }

  publicUser(account: Account): Schemas['public-user'] {
    const repos = [...this.state.repositories.values()].filter((repo) => repo.owner === account)
    const { starred_url: _starred, ...user } = this.user(account)
    void _starred
    return {
      ...user,
      starred_url: `${this.api}/users/${account.login}/starred{/owner}{/repo}`,
      name: account.name,
      company: account.company,
      blog: account.blog ?? '',
      location: account.location,
      email: account.email,
      hireable: null,
      bio: account.bio,
      twitter_username: null,
      public_repos: repos.filter((repo) => !repo.private).length,
      public_gists: this.state.gists.filter((gist) => gist.owner === account.login && gist.public).length,
      followers: 0,
      following: 0,
      created_at: account.createdAt,
      updated_at: account.createdAt,
    }
  }

  privateUser(account: Account): Schemas['private-user'] {
    const repos = [...this.state.repositories.values()].filter((repo) => repo.owner === account)
    const privateRepos = repos.filter((repo) => repo.private).length
    return {
      ...this.publicUser(account),
      private_gists: this.state.gists.filter((gist) => gist.owner === account.login && !gist.public).length,
      total_private_repos: privateRepos,
      owned_private_repos: privateRepos,
      disk_usage: 0,
      collaborators: 0,
      two_factor_authentication: true,
      plan: { name: 'sandbox', space: 976562499, private_repos: 10000, collaborators: 0 },
    }
  }

  organization(account: Account): Schemas['organization-simple'] {
    const api = `${this.api}/orgs/${account.login}`
    return {
      login: account.login,
      id: account.id,
      node_id: this.nodeId('Organization', account.id),
      url: api,
      repos_url: `${api}/repos`,
      events_url: `${api}/events`,
      hooks_url: `${api}/hooks`,
      issues_url: `${api}/issues`,
      members_url: `${api}/members{/member}`,
      public_members_url: `${api}/public_members{/member}`,
      avatar_url: `${this.web}/avatars/u/${account.id}?v=4`,
      description: account.description,
    }
  }

  repository(repo: Repository): Schemas['repository'] {
    const api = `${this.api}/repos/${repo.owner.login}/${repo.name}`
    const html = `${this.web}/${repo.owner.login}/${repo.name}`
    const openIssues = repo.issues.filter((issue) => issue.state === 'open').length
    const size = [...(this.state.resolveRef(repo, undefined)?.tree.values() ?? [])].reduce((sum, blob) => sum + blob.content.length, 0)
    return {
      id: repo.id,
      node_id: this.nodeId('Repository', repo.id),
      name: repo.name,
      full_name: `${repo.owner.login}/${repo.name}`,
      owner: this.user(repo.owner),
      private: repo.private,
      html_url: html,
      description: repo.description,
      fork: repo.forkOf !== undefined,
      url: api,
      archive_url: `${api}/{archive_format}{/ref}`,
      assignees_url: `${api}/assignees{/user}`,
      blobs_url: `${api}/git/blobs{/sha}`,
      branches_url: `${api}/branches{/branch}`,
      collaborators_url: `${api}/collaborators{/collaborator}`,
      comments_url: `${api}/comments{/number}`,
      commits_url: `${api}/commits{/sha}`,
      compare_url: `${api}/compare/{base}...{head}`,
      contents_url: `${api}/contents/{+path}`,
      contributors_url: `${api}/contributors`,
      deployments_url: `${api}/deployments`,
      downloads_url: `${api}/downloads`,
      events_url: `${api}/events`,
      forks_url: `${api}/forks`,
      git_commits_url: `${api}/git/commits{/sha}`,
      git_refs_url: `${api}/git/refs{/sha}`,
      git_tags_url: `${api}/git/tags{/sha}`,
      git_url: `${html.replace(/^http/, 'git')}.git`,
      issue_comment_url: `${api}/issues/comments{/number}`,
      issue_events_url: `${api}/issues/events{/number}`,
      issues_url: `${api}/issues{/number}`,
      keys_url: `${api}/keys{/key_id}`,
      labels_url: `${api}/labels{/name}`,
      languages_url: `${api}/languages`,
      merges_url: `${api}/merges`,
      milestones_url: `${api}/milestones{/number}`,
      notifications_url: `${api}/notifications{?since,all,participating}`,
      pulls_url: `${api}/pulls{/number}`,
      releases_url: `${api}/releases{/id}`,
      ssh_url: `git@${new URL(this.web).host}:${repo.owner.login}/${repo.name}.git`,
      stargazers_url: `${api}/stargazers`,
      statuses_url: `${api}/statuses/{sha}`,
      subscribers_url: `${api}/subscribers`,
      subscription_url: `${api}/subscription`,
      tags_url: `${api}/tags`,
      teams_url: `${api}/teams`,
      trees_url: `${api}/git/trees{/sha}`,
      clone_url: `${html}.git`,
      mirror_url: null,
      hooks_url: `${api}/hooks`,
      svn_url: html,
      homepage: repo.homepage,
      language: repo.language,
      forks_count: 0,
      stargazers_count: repo.stargazers.size,
      watchers_count: repo.stargazers.size,
      size: Math.ceil(size / 1024),
      default_branch: repo.defaultBranch,
      open_issues_count: openIssues,
      is_template: repo.isTemplate,
      topics: repo.topics,
      has_issues: repo.hasIssues,
      has_projects: true,
      has_wiki: repo.hasWiki,
      has_pages: false,
      has_downloads: true,
      has_discussions: false,
      archived: repo.archived,
      disabled: false,
      visibility: repo.private ? 'private' : 'public',
      pushed_at: repo.pushedAt,
      created_at: repo.createdAt,
      updated_at: repo.updatedAt,
      permissions: { admin: true, maintain: true, push: true, triage: true, pull: true },
      allow_forking: true,
      web_commit_signoff_required: false,
      license: repo.license === null ? null : (licenseSimple(this.api, repo.license) ?? null),
      forks: 0,
      open_issues: openIssues,
      watchers: 0,
    }
  }

  fullRepository(repo: Repository): Schemas['full-repository'] {
    const base = this.repository(repo)
    const [templateOwner = '', templateName = ''] = repo.templateOf?.split('/') ?? []
    const template = repo.templateOf === undefined ? undefined : this.state.repository(templateOwner, templateName)
    return {
      ...base,
      license: base.license ?? null,
      pushed_at: repo.pushedAt,
      created_at: repo.createdAt,
      updated_at: repo.updatedAt,
      has_discussions: false,
      allow_merge_commit: true,
      allow_squash_merge: true,
      allow_rebase_merge: true,
      allow_auto_merge: false,
      delete_branch_on_merge: false,
      subscribers_count: 1,
      network_count: 0,
      ...(repo.owner.type === 'Organization' && { organization: this.user(repo.owner) }),
      ...(template && { template_repository: this.repository(template) }),
    }
  }

  minimalRepository(repo: Repository): Schemas['minimal-repository'] {
    const { license, ...repository } = this.repository(repo)
    // minimal-repository types spdx_id as string | undefined where license-simple has string | null.
    return { ...repository, license: license === null ? null : { ...license, spdx_id: license.spdx_id ?? undefined } }
  }

  label(repo: Repository, label: Label): Schemas['label'] {
    return {
      id: label.id,
      node_id: this.nodeId('Label', label.id),
      url: `${this.api}/repos/${repo.owner.login}/${repo.name}/labels/${encodeURIComponent(label.name)}`,
      name: label.name,
      description: label.description,
      color: label.color,
      default: label.default,
    }
  }

  milestone(repo: Repository, milestone: Milestone): Schemas['milestone'] {
    const api = `${this.api}/repos/${repo.owner.login}/${repo.name}/milestones/${milestone.number}`
    const issues = repo.issues.filter((issue) => issue.milestone === milestone.number)
    return {
      url: api,
      html_url: `${this.web}/${repo.owner.login}/${repo.name}/milestone/${milestone.number}`,
      labels_url: `${api}/labels`,
      id: milestone.id,
      node_id: this.nodeId('Milestone', milestone.id),
      number: milestone.number,
      state: milestone.state,
      title: milestone.title,
      description: milestone.description,
      creator: this.userByLogin(milestone.creator),
      open_issues: issues.filter((issue) => issue.state === 'open').length,
      closed_issues: issues.filter((issue) => issue.state === 'closed').length,
      created_at: milestone.createdAt,
      updated_at: milestone.updatedAt,
      closed_at: milestone.closedAt,
      due_on: milestone.dueOn,
    }
  }

  authorAssociation(repo: Repository, login: string): Schemas['author-association'] {
    if (repo.owner.login === login) return 'OWNER'
    if (repo.collaborators.includes(login)) return 'COLLABORATOR'
    return 'NONE'
  }

  /**
   * A discussion as its webhooks describe it (webhook-discussion-created in @octokit/openapi-webhooks; the REST
   * description has no discussions). A category's id is derived from the repository's, so it is stable.
   */
  discussion(repo: Repository, discussion: Discussion): Record<string, unknown> {
    const index = DISCUSSION_CATEGORIES.findIndex((category) => category.name === discussion.category)
    const category = DISCUSSION_CATEGORIES[index] ?? DISCUSSION_CATEGORIES[1]
    const categoryId = repo.id * 10 + index + 1
    const web = `${this.web}/${repo.owner.login}/${repo.name}`
    return {
      repository_url: `${this.api}/repos/${repo.owner.login}/${repo.name}`,
      category: {
        id: categoryId,
        node_id: this.nodeId('DiscussionCategory', categoryId),
        repository_id: repo.id,
        emoji: category.emoji,
        name: category.name,
        description: category.description,
        created_at: repo.createdAt,
        updated_at: repo.createdAt,
        slug: category.name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
        is_answerable: category.answerable,
      },
      answer_html_url: null,
      answer_chosen_at: null,
      answer_chosen_by: null,
      html_url: `${web}/discussions/${discussion.number}`,
      id: discussion.id,
      node_id: this.nodeId('Discussion', discussion.id),
      number: discussion.number,
      title: discussion.title,
      user: this.userByLogin(discussion.user),
      state: 'open',
      state_reason: null,
      locked: false,
      comments: 0,
      created_at: discussion.createdAt,
      updated_at: discussion.createdAt,
      author_association: this.authorAssociation(repo, discussion.user),
      active_lock_reason: null,
      body: discussion.body,
      labels: [],
    }
  }

  issue(repo: Repository, issue: Issue): Schemas['issue'] {
    const api = `${this.api}/repos/${repo.owner.login}/${repo.name}/issues/${issue.number}`
    const kind = issue.pull ? 'pull' : 'issues'
    const milestone = issue.milestone === null ? undefined : repo.milestones.find((m) => m.number === issue.milestone)
    const assignees = issue.assignees.map((login) => this.userByLogin(login))
    return {
      id: issue.id,
      node_id: this.nodeId(issue.pull ? 'PullRequest' : 'Issue', issue.id),
      url: api,
      repository_url: `${this.api}/repos/${repo.owner.login}/${repo.name}`,
      labels_url: `${api}/labels{/name}`,
      comments_url: `${api}/comments`,
      events_url: `${api}/events`,
      html_url: `${this.web}/${repo.owner.login}/${repo.name}/${kind}/${issue.number}`,
      number: issue.number,
      state: issue.state,
      state_reason: issue.stateReason,
      title: issue.title,
      body: issue.body,
      user: this.userByLogin(issue.user),
      labels: this.issueLabels(repo, issue),
      assignee: assignees[0] ?? null,
      assignees,
      milestone: milestone ? this.milestone(repo, milestone) : null,
      locked: issue.locked,
      active_lock_reason: issue.lockReason,
      comments: repo.comments.filter((comment) => comment.issueNumber === issue.number).length,
      closed_at: issue.closedAt,
      created_at: issue.createdAt,
      updated_at: issue.updatedAt,
      closed_by: issue.closedBy ? this.userByLogin(issue.closedBy) : null,
      author_association: this.authorAssociation(repo, issue.user),
      reactions: this.noReactions(api),
      timeline_url: `${api}/timeline`,
      ...(issue.pull && {
        draft: issue.pull.draft,
        pull_request: {
          url: `${this.api}/repos/${repo.owner.login}/${repo.name}/pulls/${issue.number}`,
          html_url: `${this.web}/${repo.owner.login}/${repo.name}/pull/${issue.number}`,
          diff_url: `${this.web}/${repo.owner.login}/${repo.name}/pull/${issue.number}.diff`,
          patch_url: `${this.web}/${repo.owner.login}/${repo.name}/pull/${issue.number}.patch`,
          merged_at: issue.pull.mergedAt,
        },
      }),
    }
  }

  issueLabels(repo: Repository, issue: Issue): Schemas['label'][] {
    return issue.labels
      .map((id) => repo.labels.find((label) => label.id === id))
      .filter((label): label is Label => label !== undefined)
      .map((label) => this.label(repo, label))
  }

  noReactions(url: string): Schemas['reaction-rollup'] {
    return {
      url: `${url}/reactions`,
      total_count: 0,
      '+1': 0,
      '-1': 0,
      laugh: 0,
      confused: 0,
      heart: 0,
      hooray: 0,
      eyes: 0,
      rocket: 0,
    }
  }

  comment(repo: Repository, comment: Comment): Schemas['issue-comment'] {
    const api = `${this.api}/repos/${repo.owner.login}/${repo.name}/issues/comments/${comment.id}`
    const issue = repo.issues.find((candidate) => candidate.number === comment.issueNumber)
    return {
      id: comment.id,
      node_id: this.nodeId('IssueComment', comment.id),
      url: api,
      html_url: `${this.web}/${repo.owner.login}/${repo.name}/${issue?.pull ? 'pull' : 'issues'}/${comment.issueNumber}#issuecomment-${comment.id}`,
      issue_url: `${this.api}/repos/${repo.owner.login}/${repo.name}/issues/${comment.issueNumber}`,
      body: comment.body,
      user: this.userByLogin(comment.user),
      created_at: comment.createdAt,
      updated_at: comment.updatedAt,
      author_association: this.authorAssociation(repo, comment.user),
      // Comments made through the sandbox are never made by a GitHub App (the webhook payload requires the field).
      performed_via_github_app: null,
      reactions: this.noReactions(api),
    }
  }

  private pullEnds(repo: Repository, issue: Issue): Pick<Schemas['pull-request'], 'head' | 'base'> {
    const pull = issue.pull
    if (!pull) throw new Error('not a pull request')
    const end = (ref: string, sha: string) => ({
      label: `${repo.owner.login}:${ref}`,
      ref,
      repo: this.repository(repo),
      sha,
      user: this.user(repo.owner),
    })
    const headSha = pull.merged ? pull.headSha : (repo.branches.get(pull.head) ?? pull.headSha)
    const baseSha = repo.branches.get(pull.base) ?? pull.baseSha
    return { head: end(pull.head, headSha), base: end(pull.base, baseSha) }
  }

  private pullLinks(repo: Repository, issue: Issue): Schemas['pull-request']['_links'] {
    const api = `${this.api}/repos/${repo.owner.login}/${repo.name}`
    const href = (value: string) => ({ href: value })
    const head = this.pullEnds(repo, issue).head.sha
    return {
      self: href(`${api}/pulls/${issue.number}`),
      html: href(`${this.web}/${repo.owner.login}/${repo.name}/pull/${issue.number}`),
      issue: href(`${api}/issues/${issue.number}`),
      comments: href(`${api}/issues/${issue.number}/comments`),
      review_comments: href(`${api}/pulls/${issue.number}/comments`),
      review_comment: href(`${api}/pulls/comments{/number}`),
      commits: href(`${api}/pulls/${issue.number}/commits`),
      statuses: href(`${api}/statuses/${head}`),
    }
  }

  pullRequestSimple(repo: Repository, issue: Issue): Schemas['pull-request-simple'] {
    const pull = issue.pull
    if (!pull) throw new Error('not a pull request')
    const api = `${this.api}/repos/${repo.owner.login}/${repo.name}`
    const html = `${this.web}/${repo.owner.login}/${repo.name}/pull/${issue.number}`
    const milestone = issue.milestone === null ? undefined : repo.milestones.find((m) => m.number === issue.milestone)
    const assignees = issue.assignees.map((login) => this.userByLogin(login))
    return {
      url: `${api}/pulls/${issue.number}`,
      id: issue.id,
      node_id: this.nodeId('PullRequest', issue.id),
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: `${api}/issues/${issue.number}`,
      commits_url: `${api}/pulls/${issue.number}/commits`,
      review_comments_url: `${api}/pulls/${issue.number}/comments`,
      review_comment_url: `${api}/pulls/comments{/number}`,
      comments_url: `${api}/issues/${issue.number}/comments`,
      statuses_url: `${api}/statuses/${this.pullEnds(repo, issue).head.sha}`,
      number: issue.number,
      state: issue.state,
      locked: issue.locked,
      active_lock_reason: issue.lockReason,
      title: issue.title,
      user: this.userByLogin(issue.user),
      body: issue.body,
      labels: this.issueLabels(repo, issue).map((label) => ({ ...label, description: label.description ?? '' })),
      milestone: milestone ? this.milestone(repo, milestone) : null,
      created_at: issue.createdAt,
      updated_at: issue.updatedAt,
      closed_at: issue.closedAt,
      merged_at: pull.mergedAt,
      merge_commit_sha: pull.mergeCommitSha,
      assignee: assignees[0] ?? null,
      assignees,
      requested_reviewers: pull.requestedReviewers.map((login) => this.userByLogin(login)),
      requested_teams: [],
      ...this.pullEnds(repo, issue),
      _links: this.pullLinks(repo, issue),
      author_association: this.authorAssociation(repo, issue.user),
      auto_merge: null,
      draft: pull.draft,
    }
  }

  pullRequest(repo: Repository, issue: Issue): Schemas['pull-request'] {
    const pull = issue.pull
    if (!pull) throw new Error('not a pull request')
    const simple = this.pullRequestSimple(repo, issue)
    const files = this.pullFiles(repo, issue)
    const mergeable = pull.merged || issue.state === 'closed' ? null : true
    return {
      ...simple,
      state: issue.state,
      user: this.userByLogin(issue.user),
      labels: this.issueLabels(repo, issue),
      ...this.pullEnds(repo, issue),
      merged: pull.merged,
      mergeable,
      rebaseable: mergeable,
      mergeable_state: pull.merged ? 'unknown' : pull.draft ? 'draft' : 'clean',
      merged_by: pull.mergedBy ? this.userByLogin(pull.mergedBy) : null,
      comments: repo.comments.filter((comment) => comment.issueNumber === issue.number).length,
      review_comments: 0,
      maintainer_can_modify: pull.maintainerCanModify,
      commits: Math.max(1, this.commitsBetween(repo, pull.baseSha, this.pullEnds(repo, issue).head.sha)),
      additions: files.reduce((sum, file) => sum + file.additions, 0),
      deletions: files.reduce((sum, file) => sum + file.deletions, 0),
      changed_files: files.length,
    }
  }

  commitsBetween(repo: Repository, baseSha: string, headSha: string): number {
    let count = 0
    let sha: string | undefined = headSha
    while (sha && sha !== baseSha && count < 1000) {
      count += 1
      sha = repo.commits.get(sha)?.parents[0]
    }
    return count
  }

  /** What the pull request changes: its head tree against the tree it started from. */
  pullFiles(repo: Repository, issue: Issue): Schemas['diff-entry'][] {
    const pull = issue.pull
    if (!pull) return []
    return this.diff(repo, pull.baseSha, this.pullEnds(repo, issue).head.sha)
  }

  /** The files that differ between two commits' trees (a commit against its parent, a comparison, a pull request). */
  diff(repo: Repository, baseSha: string | undefined, headSha: string): Schemas['diff-entry'][] {
    const base = (baseSha && repo.commits.get(baseSha)?.tree) || new Map<string, Blob>()
    const head = repo.commits.get(headSha)?.tree ?? new Map<string, Blob>()
    const paths = [...new Set([...base.keys(), ...head.keys()])].sort()
    const entries: Schemas['diff-entry'][] = []
    for (const path of paths) {
      const before = base.get(path)
      const after = head.get(path)
      if (before?.sha === after?.sha) continue
      const oldLines = before ? before.content.toString('utf8').split('\n').filter(Boolean) : []
      const newLines = after ? after.content.toString('utf8').split('\n').filter(Boolean) : []
      const removed = oldLines.filter((line) => !newLines.includes(line))
      const added = newLines.filter((line) => !oldLines.includes(line))
      const blobUrl = `${this.web}/${repo.owner.login}/${repo.name}/blob/${headSha}/${path}`
      entries.push({
        sha: after?.sha ?? before?.sha ?? null,
        filename: path,
        status: !before ? 'added' : !after ? 'removed' : 'modified',
        additions: added.length,
        deletions: removed.length,
        changes: added.length + removed.length,
        blob_url: blobUrl,
        raw_url: blobUrl.replace('/blob/', '/raw/'),
        contents_url: `${this.api}/repos/${repo.owner.login}/${repo.name}/contents/${path}?ref=${headSha}`,
        patch: `@@ -1,${oldLines.length} +1,${newLines.length} @@\n${[...removed.map((line) => `-${line}`), ...added.map((line) => `+${line}`)].join('\n')}`,
      })
    }
    return entries
  }

  /** A commit as GET /repos/{owner}/{repo}/commits/{ref} answers it: with its files against its first parent and their stats. */
  commitWithFiles(repo: Repository, commit: Commit): Schemas['commit'] {
    const files = this.diff(repo, commit.parents[0], commit.sha)
    const additions = files.reduce((sum, file) => sum + file.additions, 0)
    const deletions = files.reduce((sum, file) => sum + file.deletions, 0)
    return { ...this.commit(repo, commit), stats: { additions, deletions, total: additions + deletions }, files }
  }

  branch(repo: Repository, name: string, sha: string): Schemas['short-branch'] {
    return {
      name,
      commit: { sha, url: `${this.api}/repos/${repo.owner.login}/${repo.name}/commits/${sha}` },
      protected: repo.protectedBranches.has(name),
    }
  }

  contentLinks(repo: Repository, path: string, sha: string, ref: string): { self: string; git: string; html: string } {
    return {
      self: `${this.api}/repos/${repo.owner.login}/${repo.name}/contents/${path}?ref=${encodeURIComponent(ref)}`,
      git: `${this.api}/repos/${repo.owner.login}/${repo.name}/git/blobs/${sha}`,
      html: `${this.web}/${repo.owner.login}/${repo.name}/blob/${ref}/${path}`,
    }
  }

  contentFile(repo: Repository, path: string, blob: Blob, ref: string): Schemas['content-file'] {
    const links = this.contentLinks(repo, path, blob.sha, ref)
    const base64 = blob.content.toString('base64')
    return {
      type: 'file',
      encoding: 'base64',
      size: blob.content.length,
      name: path.split('/').pop() ?? path,
      path,
      // GitHub wraps the base64 at 60 characters per line.
      content: (base64.match(/.{1,60}/g) ?? ['']).join('\n') + '\n',
      sha: blob.sha,
      url: links.self,
      git_url: links.git,
      html_url: links.html,
      download_url: `${this.web}/${repo.owner.login}/${repo.name}/raw/${ref}/${path}`,
      _links: links,
    }
  }

  directoryEntry(
    repo: Repository,
    path: string,
    entry: { type: 'file' | 'dir'; sha: string; size: number },
    ref: string,
  ): Schemas['content-directory'][number] {
    const links = this.contentLinks(repo, path, entry.sha, ref)
    return {
      type: entry.type,
      size: entry.size,
      name: path.split('/').pop() ?? path,
      path,
      sha: entry.sha,
      url: links.self,
      git_url: entry.type === 'dir' ? `${this.api}/repos/${repo.owner.login}/${repo.name}/git/trees/${entry.sha}` : links.git,
      html_url: entry.type === 'dir' ? links.html.replace('/blob/', '/tree/') : links.html,
      download_url: entry.type === 'dir' ? null : `${this.web}/${repo.owner.login}/${repo.name}/raw/${ref}/${path}`,
      _links: entry.type === 'dir' ? { ...links, html: links.html.replace('/blob/', '/tree/') } : links,
    }
  }

  fileCommit(repo: Repository, path: string | undefined, branch: string, commitSha: string): Schemas['file-commit'] {
    const commit = repo.commits.get(commitSha)
    if (!commit) throw new Error('unknown commit')
    const blob = path === undefined ? undefined : commit.tree.get(path)
    const api = `${this.api}/repos/${repo.owner.login}/${repo.name}`
    return {
      content:
        path !== undefined && blob
          ? {
              name: path.split('/').pop() ?? path,
              path,
              sha: blob.sha,
              size: blob.content.length,
              url: `${api}/contents/${path}?ref=${encodeURIComponent(branch)}`,
              html_url: `${this.web}/${repo.owner.login}/${repo.name}/blob/${branch}/${path}`,
              git_url: `${api}/git/blobs/${blob.sha}`,
              download_url: `${this.web}/${repo.owner.login}/${repo.name}/raw/${branch}/${path}`,
              type: 'file',
              _links: this.contentLinks(repo, path, blob.sha, branch),
            }
          : null,
      commit: this.gitCommit(repo, commit),
    }
  }

  /** A commit as the Git database describes it (git/commits), its tree named by `treeSha` (the sandbox's trees are the commits' own). */
  gitCommit(repo: Repository, commit: Commit, treeSha: string = commit.sha): Schemas['git-commit'] {
    const api = `${this.api}/repos/${repo.owner.login}/${repo.name}`
    const author = this.state.account(commit.author)
    const person = { name: author?.name ?? commit.author, email: author?.email ?? `${commit.author}@sandbox.invalid`, date: commit.date }
    return {
      sha: commit.sha,
      node_id: this.nodeId('Commit', commit.sha),
      url: `${api}/git/commits/${commit.sha}`,
      html_url: `${this.web}/${repo.owner.login}/${repo.name}/commit/${commit.sha}`,
      author: person,
      committer: person,
      message: commit.message,
      tree: { url: `${api}/git/trees/${treeSha}`, sha: treeSha },
      parents: commit.parents.map((sha) => ({
        url: `${api}/git/commits/${sha}`,
        html_url: `${this.web}/${repo.owner.login}/${repo.name}/commit/${sha}`,
        sha,
      })),
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
    }
  }

  commit(repo: Repository, commit: Commit): Schemas['commit'] {
    const api = `${this.api}/repos/${repo.owner.login}/${repo.name}`
    const account = this.state.account(commit.author)
    const person = { name: account?.name ?? commit.author, email: account?.email ?? `${commit.author}@sandbox.invalid`, date: commit.date }
    const user = account ? this.user(account) : null
    return {
      url: `${api}/commits/${commit.sha}`,
      sha: commit.sha,
      node_id: this.nodeId('Commit', commit.sha),
      html_url: `${this.web}/${repo.owner.login}/${repo.name}/commit/${commit.sha}`,
      comments_url: `${api}/commits/${commit.sha}/comments`,
      commit: {
        url: `${api}/git/commits/${commit.sha}`,
        author: person,
        committer: person,
        message: commit.message,
        comment_count: 0,
        tree: { sha: commit.sha, url: `${api}/git/trees/${commit.sha}` },
        verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
      },
      author: user,
      committer: user,
      parents: commit.parents.map((sha) => ({
        sha,
        url: `${api}/commits/${sha}`,
        html_url: `${this.web}/${repo.owner.login}/${repo.name}/commit/${sha}`,
      })),
    }
  }

  gitRef(repo: Repository, ref: string, sha: string): Schemas['git-ref'] {
    const api = `${this.api}/repos/${repo.owner.login}/${repo.name}/git`
    return {
      ref,
      node_id: this.nodeId('Ref', `${repo.id}:${ref}`),
      url: `${api}/${ref}`,
      object: { type: 'commit', sha, url: `${api}/commits/${sha}` },
    }
  }

  blob(repo: Repository, blob: Blob): Schemas['blob'] {
    return {
      content: blob.content.toString('base64'),
      encoding: 'base64',
      url: `${this.api}/repos/${repo.owner.login}/${repo.name}/git/blobs/${blob.sha}`,
      sha: blob.sha,
      size: blob.content.length,
      node_id: this.nodeId('Blob', blob.sha),
    }
  }

  review(repo: Repository, review: Review): Schemas['pull-request-review'] {
    const html = `${this.web}/${repo.owner.login}/${repo.name}/pull/${review.pullNumber}`
    const pullUrl = `${this.api}/repos/${repo.owner.login}/${repo.name}/pulls/${review.pullNumber}`
    return {
      id: review.id,
      node_id: this.nodeId('PullRequestReview', review.id),
      user: this.userByLogin(review.user),
      body: review.body,
      state: review.state,
      html_url: `${html}#pullrequestreview-${review.id}`,
      pull_request_url: pullUrl,
      _links: { html: { href: `${html}#pullrequestreview-${review.id}` }, pull_request: { href: pullUrl } },
      ...(review.submittedAt !== null && { submitted_at: review.submittedAt }),
      commit_id: review.commitId,
      author_association: this.authorAssociation(repo, review.user),
    }
  }

  reviewComment(repo: Repository, comment: ReviewComment): Schemas['pull-request-review-comment'] {
    const pullUrl = `${this.api}/repos/${repo.owner.login}/${repo.name}/pulls/${comment.pullNumber}`
    const url = `${this.api}/repos/${repo.owner.login}/${repo.name}/pulls/comments/${comment.id}`
    const html = `${this.web}/${repo.owner.login}/${repo.name}/pull/${comment.pullNumber}#discussion_r${comment.id}`
    return {
      url,
      pull_request_review_id: comment.reviewId,
      id: comment.id,
      node_id: this.nodeId('PullRequestReviewComment', comment.id),
      diff_hunk: comment.line === null ? '' : `@@ -${comment.startLine ?? comment.line},1 +${comment.startLine ?? comment.line},1 @@`,
      path: comment.path,
      commit_id: comment.commitId,
      original_commit_id: comment.commitId,
      ...(comment.inReplyTo !== null && { in_reply_to_id: comment.inReplyTo }),
      user: this.userByLogin(comment.user),
      body: comment.body,
      created_at: comment.createdAt,
      updated_at: comment.updatedAt,
      html_url: html,
      pull_request_url: pullUrl,
      author_association: this.authorAssociation(repo, comment.user),
      _links: { self: { href: url }, html: { href: html }, pull_request: { href: pullUrl } },
      start_line: comment.startLine,
      original_start_line: comment.startLine,
      start_side: comment.startLine === null ? null : comment.side,
      ...(comment.line !== null && { line: comment.line, original_line: comment.line }),
      side: comment.side,
      subject_type: comment.subjectType,
      reactions: this.noReactions(url),
    }
  }

  release(repo: Repository, release: Release): Schemas['release'] {
    const api = `${this.api}/repos/${repo.owner.login}/${repo.name}/releases/${release.id}`
    const html = `${this.web}/${repo.owner.login}/${repo.name}/releases/tag/${encodeURIComponent(release.tagName)}`
    return {
      url: api,
      html_url: release.draft ? html.replace('/tag/', '/untagged-') : html,
      assets_url: `${api}/assets`,
      upload_url: `${this.web}/api/uploads/repos/${repo.owner.login}/${repo.name}/releases/${release.id}/assets{?name,label}`,
      tarball_url: release.draft ? null : `${this.api}/repos/${repo.owner.login}/${repo.name}/tarball/${release.tagName}`,
      zipball_url: release.draft ? null : `${this.api}/repos/${repo.owner.login}/${repo.name}/zipball/${release.tagName}`,
      id: release.id,
      node_id: this.nodeId('Release', release.id),
      tag_name: release.tagName,
      target_commitish: release.targetCommitish,
      name: release.name,
      body: release.body,
      draft: release.draft,
      prerelease: release.prerelease,
      immutable: false,
      created_at: release.createdAt,
      updated_at: release.createdAt,
      published_at: release.publishedAt,
      author: this.userByLogin(release.author),
      assets: release.assets.map((asset) => this.releaseAsset(repo, release, asset)),
    }
  }

  releaseAsset(repo: Repository, release: Release, asset: ReleaseAsset): Schemas['release-asset'] {
    const api = `${this.api}/repos/${repo.owner.login}/${repo.name}/releases/assets/${asset.id}`
    return {
      url: api,
      browser_download_url: `${this.web}/${repo.owner.login}/${repo.name}/releases/download/${encodeURIComponent(release.tagName)}/${encodeURIComponent(asset.name)}`,
      id: asset.id,
      node_id: this.nodeId('ReleaseAsset', asset.id),
      name: asset.name,
      label: asset.label,
      state: 'uploaded',
      content_type: asset.contentType,
      size: asset.content.length,
      digest: `sha256:${createHash('sha256').update(asset.content).digest('hex')}`,
      download_count: 0,
      created_at: asset.createdAt,
      updated_at: asset.createdAt,
      uploader: this.userByLogin(asset.uploader),
    }
  }

  workflow(repo: Repository, workflow: Workflow): Schemas['workflow'] {
    const file = workflow.path.split('/').pop() ?? workflow.path
    return {
      id: workflow.id,
      node_id: this.nodeId('Workflow', workflow.id),
      name: workflow.name,
      path: workflow.path,
      state: workflow.state,
      created_at: workflow.createdAt,
      updated_at: workflow.updatedAt,
      url: `${this.api}/repos/${repo.owner.login}/${repo.name}/actions/workflows/${workflow.id}`,
      html_url: `${this.web}/${repo.owner.login}/${repo.name}/blob/${repo.defaultBranch}/${workflow.path}`,
      badge_url: `${this.web}/${repo.owner.login}/${repo.name}/workflows/${encodeURIComponent(file)}/badge.svg`,
    }
  }

  /** Dispatched runs progress with time: queued, in progress after RUN_STARTS_MS, completed (their outcome) after RUN_ENDS_MS. */
  runProgress(run: WorkflowRun, now: number): { status: string; conclusion: string | null; updatedAt: string; startedAt: string } {
    const started = Date.parse(run.attemptStartedAt)
    const age = now - started
    const at = (ms: number) => new Date(started + ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
    if (run.cancelledAt !== null)
      return { status: 'completed', conclusion: 'cancelled', updatedAt: run.cancelledAt, startedAt: run.attemptStartedAt }
    if (run.finished || age >= RUN_ENDS_MS)
      return {
        status: 'completed',
        conclusion: run.outcome,
        updatedAt: at(run.finished ? 60_000 : RUN_ENDS_MS),
        startedAt: at(RUN_STARTS_MS),
      }
    if (age >= RUN_STARTS_MS) return { status: 'in_progress', conclusion: null, updatedAt: at(RUN_STARTS_MS), startedAt: at(RUN_STARTS_MS) }
    return { status: 'queued', conclusion: null, updatedAt: run.attemptStartedAt, startedAt: run.attemptStartedAt }
  }

  /** One job per run attempt ("build"), its progress the run's: enough for jobs, logs, CI gates and workflow_job events. */
  job(repo: Repository, run: WorkflowRun, now: number) {
    const past = run.pastAttempts?.[run.attempt - 1]
    const progress = past
      ? { status: 'completed', conclusion: past.conclusion, startedAt: past.startedAt, updatedAt: past.completedAt }
      : this.runProgress(run, now)
    const workflow = repo.workflows.find((candidate) => candidate.id === run.workflowId)
    const id = run.id * 100 + run.attempt
    const base = `${this.api}/repos/${repo.owner.login}/${repo.name}`
    const done = progress.status === 'completed'
    return {
      id,
      run_id: run.id,
      run_url: `${base}/actions/runs/${run.id}`,
      run_attempt: run.attempt,
      node_id: this.nodeId('Job', id),
      head_sha: run.headSha,
      head_branch: run.headBranch,
      workflow_name: workflow?.name ?? null,
      url: `${base}/actions/jobs/${id}`,
      html_url: `${this.web}/${repo.owner.login}/${repo.name}/actions/runs/${run.id}/job/${id}`,
      status: progress.status as 'queued' | 'in_progress' | 'completed',
      conclusion: progress.conclusion,
      created_at: run.attemptStartedAt.replace(/\.\d{3}Z$/, 'Z'),
      started_at: progress.startedAt,
      completed_at: done ? progress.updatedAt : null,
      name: 'build',
      steps: [
        {
          name: 'Set up job',
          status: 'completed' as const,
          conclusion: 'success',
          number: 1,
          started_at: progress.startedAt,
          completed_at: progress.startedAt,
        },
        {
          name: 'Run npm test',
          status: progress.status as 'queued' | 'in_progress' | 'completed',
          conclusion: progress.conclusion,
          number: 2,
          started_at: progress.startedAt,
          completed_at: done ? progress.updatedAt : null,
        },
      ],
      check_run_url: `${base}/check-runs/${id}`,
      labels: ['ubuntu-latest'],
      runner_id: 1,
      runner_name: 'GitHub Actions 1',
      runner_group_id: 2,
      runner_group_name: 'GitHub Actions',
    }
  }

  /** The GitHub Actions app, which makes the check suites and runs of workflow runs. */
  actionsApp(): NonNullable<Schemas['check-suite']['app']> {
    const created = '2018-07-30T09:30:17Z'
    return {
      id: 15368,
      slug: 'github-actions',
      node_id: 'MDM6QXBwMTUzNjg=',
      client_id: 'Iv1.05c79e9ad1f6bdfa',
      owner: this.user(GITHUB_ORGANIZATION),
      name: 'GitHub Actions',
      description: 'Automate your workflow from idea to production',
      external_url: 'https://help.github.com/en/actions',
      html_url: 'https://github.com/apps/github-actions',
      created_at: created,
      updated_at: created,
      permissions: { actions: 'write', checks: 'write', contents: 'write', metadata: 'read', pull_requests: 'write' },
      events: ['check_run', 'check_suite', 'pull_request', 'push', 'workflow_dispatch'],
    }
  }

  /** The check suite GitHub Actions makes for a run (its check_suite_id), at the run's progress. */
  checkSuite(repo: Repository, run: WorkflowRun, now: number): Schemas['check-suite'] {
    const progress = this.runProgress(run, now)
    const id = run.id + 1
    const base = `${this.api}/repos/${repo.owner.login}/${repo.name}`
    const commit = repo.commits.get(run.headSha)
    const author = this.state.account(commit?.author ?? run.actor)
    const person = { name: author?.name ?? run.actor, email: author?.email ?? `${run.actor}@sandbox.invalid` }
    return {
      id,
      node_id: this.nodeId('CheckSuite', id),
      head_branch: run.headBranch,
      head_sha: run.headSha,
      status: progress.status as Schemas['check-suite']['status'],
      conclusion: progress.conclusion as Schemas['check-suite']['conclusion'],
      url: `${base}/check-suites/${id}`,
      before: commit?.parents[0] ?? run.headSha,
      after: run.headSha,
      pull_requests: [],
      app: this.actionsApp(),
      repository: this.minimalRepository(repo),
      created_at: run.attemptStartedAt.replace(/\.\d{3}Z$/, 'Z'),
      updated_at: progress.updatedAt,
      head_commit: {
        id: run.headSha,
        tree_id: run.headSha,
        message: commit?.message ?? '',
        timestamp: commit?.date ?? run.createdAt,
        author: person,
        committer: person,
      },
      latest_check_runs_count: 1,
      check_runs_url: `${base}/check-suites/${id}/check-runs`,
      rerequestable: true,
      runs_rerequestable: true,
    }
  }

  /** The check run of a run's job (same id, name and progress), in the run's check suite. */
  checkRun(repo: Repository, run: WorkflowRun, now: number): Schemas['check-run'] {
    const job = this.job(repo, run, now)
    const base = `${this.api}/repos/${repo.owner.login}/${repo.name}`
    return {
      id: job.id,
      head_sha: run.headSha,
      node_id: this.nodeId('CheckRun', job.id),
      external_id: String(job.id),
      url: `${base}/check-runs/${job.id}`,
      html_url: job.html_url,
      details_url: job.html_url,
      status: job.status,
      conclusion: job.conclusion as Schemas['check-run']['conclusion'],
      started_at: job.started_at,
      completed_at: job.completed_at,
      output: {
        title: null,
        summary: null,
        text: null,
        annotations_count: this.checkRunAnnotations(repo, run, now).length,
        annotations_url: `${base}/check-runs/${job.id}/annotations`,
      },
      name: job.name,
      check_suite: { id: run.id + 1 },
      app: this.actionsApp(),
      pull_requests: [],
    }
  }

  /** What GitHub Actions leaves on a failed job's check run: the step's exit code, on the workflow file. */
  checkRunAnnotations(repo: Repository, run: WorkflowRun, now: number): Schemas['check-annotation'][] {
    if (this.job(repo, run, now).conclusion !== 'failure') return []
    const path = repo.workflows.find((candidate) => candidate.id === run.workflowId)?.path ?? '.github'
    return [
      {
        path,
        start_line: 1,
        end_line: 1,
        start_column: null,
        end_column: null,
        annotation_level: 'failure',
        title: '',
        message: 'Process completed with exit code 1.',
        raw_details: '',
        blob_href: `${this.web}/${repo.owner.login}/${repo.name}/blob/${run.headSha}/${path}`,
      },
    ]
  }

  workflowRun(repo: Repository, run: WorkflowRun, now: number): Schemas['workflow-run'] {
    const workflow = repo.workflows.find((candidate) => candidate.id === run.workflowId)
    const api = `${this.api}/repos/${repo.owner.login}/${repo.name}/actions/runs/${run.id}`
    const html = `${this.web}/${repo.owner.login}/${repo.name}/actions/runs/${run.id}`
    const commit = repo.commits.get(run.headSha)
    const actorAccount = this.state.account(run.actor)
    const person = { name: actorAccount?.name ?? run.actor, email: actorAccount?.email ?? `${run.actor}@sandbox.invalid` }
    const progress = this.runProgress(run, now)
    const actor = this.userByLogin(run.actor)
    return {
      id: run.id,
      name: workflow?.name ?? null,
      node_id: this.nodeId('WorkflowRun', run.id),
      check_suite_id: run.id + 1,
      check_suite_node_id: this.nodeId('CheckSuite', run.id + 1),
      head_branch: run.headBranch,
      head_sha: run.headSha,
      path: workflow?.path ?? '',
      display_title: commit?.message.split('\n')[0] ?? workflow?.name ?? 'workflow run',
      run_number: run.runNumber,
      run_attempt: run.attempt,
      event: run.event,
      status: progress.status,
      conclusion: progress.conclusion,
      workflow_id: run.workflowId,
      url: api,
      html_url: html,
      pull_requests: [],
      created_at: run.createdAt,
      updated_at: progress.updatedAt,
      run_started_at: progress.startedAt,
      actor,
      triggering_actor: actor,
      jobs_url: `${api}/jobs`,
      logs_url: `${api}/logs`,
      check_suite_url: `${this.api}/repos/${repo.owner.login}/${repo.name}/check-suites/${run.id + 1}`,
      artifacts_url: `${api}/artifacts`,
      cancel_url: `${api}/cancel`,
      rerun_url: `${api}/rerun`,
      previous_attempt_url: run.attempt > 1 ? `${api}/attempts/${run.attempt - 1}` : null,
      workflow_url: `${this.api}/repos/${repo.owner.login}/${repo.name}/actions/workflows/${run.workflowId}`,
      head_commit: commit
        ? { id: commit.sha, tree_id: commit.sha, message: commit.message, timestamp: commit.date, author: person, committer: person }
        : null,
      repository: this.minimalRepository(repo),
      head_repository: this.minimalRepository(repo),
    }
  }

  gist(gist: Gist): Schemas['gist-simple'] {
    const api = `${this.api}/gists/${gist.id}`
    const owner = this.userByLogin(gist.owner)
    const files: NonNullable<Schemas['gist-simple']['files']> = {}
    for (const [filename, file] of gist.files) {
      files[filename] = {
        filename,
        type: 'text/plain',
        language: languageOf(filename) ?? undefined,
        raw_url: `${this.web}/gist/${gist.owner}/${gist.id}/raw/${encodeURIComponent(filename)}`,
        size: Buffer.byteLength(file.content),
        truncated: false,
        content: file.content,
      }
    }
    return {
      url: api,
      forks_url: `${api}/forks`,
      commits_url: `${api}/commits`,
      id: gist.id,
      node_id: this.nodeId('Gist', gist.id),
      git_pull_url: `${this.web}/gist/${gist.id}.git`,
      git_push_url: `${this.web}/gist/${gist.id}.git`,
      html_url: `${this.web}/gist/${gist.owner}/${gist.id}`,
      files,
      public: gist.public,
      created_at: gist.createdAt,
      updated_at: gist.updatedAt,
      description: gist.description,
      comments: 0,
      comments_enabled: true,
      user: null,
      comments_url: `${api}/comments`,
      owner,
      truncated: false,
      forks: [],
      history: [],
    }
  }
}

/**
 * A role as the REST API describes it: role_name (pull and push are read and write), the legacy permission (maintain
 * is mapped to write, triage to read) and the permissions it includes.
 */
export function describeRole(role: Role): {
  roleName: 'read' | 'triage' | 'write' | 'maintain' | 'admin'
  legacy: 'read' | 'write' | 'admin'
  permissions: { admin: boolean; maintain: boolean; push: boolean; triage: boolean; pull: boolean }
} {
  const at = (least: Role) => ROLES.indexOf(role) >= ROLES.indexOf(least)
  return {
    roleName: role === 'pull' ? 'read' : role === 'push' ? 'write' : role,
    legacy: role === 'admin' ? 'admin' : at('push') ? 'write' : 'read',
    permissions: { admin: at('admin'), maintain: at('maintain'), push: at('push'), triage: at('triage'), pull: true },
  }
}

export function languageOf(path: string): string | null {
  const extension = path.split('.').pop()?.toLowerCase() ?? ''
  const languages: Record<string, string> = {
    md: 'Markdown',
    js: 'JavaScript',
    mjs: 'JavaScript',
    ts: 'TypeScript',
    json: 'JSON',
    yml: 'YAML',
    yaml: 'YAML',
    py: 'Python',
    sh: 'Shell',
    txt: 'Text',
  }
  return languages[extension] ?? null
}
