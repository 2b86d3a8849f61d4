/**
 * The trigger logic's two ports (HookApi for webhooks.ts, PollApi for polling.ts) on the GitHub
 * chokepoint: every call has the client's timeouts and retry policy, errors are the service's
 * (404 → NotFound, 403 → Forbidden), and a hook secret never reaches a log line or an error.
 */
import type { components, operations } from '@octokit/openapi-types'
import { withSecrets } from '../../log'
import { apiPath, callApi, callApiIfChanged, type GitHubContext } from '../api'
import type { GitHubHook, HookApi, HookSettings } from './webhooks'
import type { PollApi, PollResponse } from './polling'
import type { HookScope } from './signature'

type Hook = components['schemas']['hook'] | components['schemas']['org-hook']
type CreateHookBody = NonNullable<operations['repos/create-webhook']['requestBody']>['content']['application/json']

/** Hooks are listed 100 at a time; the service needs one per scope, so one page finds its own. */
const HOOKS_PER_PAGE = 100

function hooksPath(scope: HookScope): string {
  return scope.kind === 'repo' ? apiPath`/repos/${scope.owner}/${scope.repo}/hooks` : apiPath`/orgs/${scope.org}/hooks`
}

/** "repository octo/hello" or "organization octo-org", for error messages. */
function hookTarget(scope: HookScope): string {
  return scope.kind === 'repo' ? `repository ${scope.owner}/${scope.repo}` : `organization ${scope.org}`
}

function hookOf(hook: Hook): GitHubHook {
  return { id: hook.id, active: hook.active, events: hook.events ?? [], config: { url: hook.config.url } }
}

function hookBody(settings: HookSettings): CreateHookBody {
  return {
    name: 'web',
    active: settings.active,
    events: settings.events,
    config: { url: settings.url, content_type: 'json', secret: settings.secret, insecure_ssl: '0' },
  }
}

export function hookApi(github: GitHubContext): HookApi {
  return {
    async list(scope) {
      const { data } = await callApi(github, {
        operation: scope.kind === 'repo' ? 'repos/list-webhooks' : 'orgs/list-webhooks',
        method: 'GET',
        path: hooksPath(scope),
        query: { per_page: HOOKS_PER_PAGE },
        subject: `the webhooks of ${hookTarget(scope)}`,
      })
      return data.map(hookOf)
    },
    create: (scope, settings) =>
      withSecrets([settings.secret], async () => {
        const { data } = await callApi(github, {
          operation: scope.kind === 'repo' ? 'repos/create-webhook' : 'orgs/create-webhook',
          method: 'POST',
          path: hooksPath(scope),
          body: hookBody(settings),
          subject: `a new webhook on ${hookTarget(scope)}`,
        })
        return hookOf(data)
      }),
    update: (scope, id, settings) =>
      withSecrets([settings.secret], async () => {
        const { data } = await callApi(github, {
          operation: scope.kind === 'repo' ? 'repos/update-webhook' : 'orgs/update-webhook',
          method: 'PATCH',
          path: `${hooksPath(scope)}${apiPath`/${id}`}`,
          body: hookBody(settings),
          subject: `webhook ${id} of ${hookTarget(scope)}`,
        })
        return hookOf(data)
      }),
    async remove(scope, id) {
      await callApi(github, {
        operation: scope.kind === 'repo' ? 'repos/delete-webhook' : 'orgs/delete-webhook',
        method: 'DELETE',
        path: `${hooksPath(scope)}${apiPath`/${id}`}`,
        subject: `webhook ${id} of ${hookTarget(scope)}`,
      })
    },
  }
}

/** `Link: <…>; rel="next"`: https://docs.github.com/en/rest/using-the-rest-api/using-pagination-in-the-rest-api */
const NEXT_LINK = /<[^>]*>\s*;\s*rel="?next"?/

export function pollApi(github: GitHubContext): PollApi {
  return {
    async get({ operation, path, query, etag }): Promise<PollResponse> {
      const answer = await callApiIfChanged(github, { operation, method: 'GET', path, query, subject: `the list at ${path}` }, etag)
      if (answer.notModified) return { status: 304 }
      return {
        status: 200,
        body: answer.data,
        ...(answer.etag && { etag: answer.etag }),
        hasNext: NEXT_LINK.test(answer.headers['link'] ?? ''),
      }
    },
  }
}
