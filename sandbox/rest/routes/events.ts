import type { Account, Repository } from '../state'
import { notFound, paged, type Router } from '../http'
import { canSee, type World } from '../world'
import type { Emitted } from '../../webhooks/events'
import type { components } from '@octokit/openapi-types'

/**
 * The repository events feed (GET /repos/{owner}/{repo}/events, https://docs.github.com/en/rest/activity/events),
 * newest first, made of the webhook events the sandbox sends: whatever fires a webhook also appears in the feed, as
 * on GitHub (which lists what happened in the last 90 days, at most 300 events). Polling triggers read it.
 */
/** Webhook event → the feed's type and the payload fields GitHub's event schema for it lists. */
const FEED_TYPES: Record<string, { type: string; fields: string[] }> = {
  issues: { type: 'IssuesEvent', fields: ['action', 'issue', 'assignee', 'label'] },
  issue_comment: { type: 'IssueCommentEvent', fields: ['action', 'issue', 'comment'] },
  pull_request: { type: 'PullRequestEvent', fields: ['action', 'number', 'pull_request'] },
  pull_request_review: { type: 'PullRequestReviewEvent', fields: ['action', 'review', 'pull_request'] },
  push: { type: 'PushEvent', fields: ['ref', 'head', 'before'] },
  create: { type: 'CreateEvent', fields: ['ref', 'ref_type', 'master_branch', 'description', 'pusher_type'] },
  delete: { type: 'DeleteEvent', fields: ['ref', 'ref_type', 'pusher_type'] },
  release: { type: 'ReleaseEvent', fields: ['action', 'release'] },
  star: { type: 'WatchEvent', fields: [] },
  fork: { type: 'ForkEvent', fields: ['forkee'] },
}
const FEED_LENGTH = 300

type FeedEvent = components['schemas']['event']

export class EventFeed {
  readonly #events = new Map<number, FeedEvent[]>()

  constructor(private readonly world: World) {}

  /** Adds what a write caused; a star becomes GitHub's WatchEvent ("started"), unstars are not in the feed. */
  record(emitted: Emitted, sender: Account): void {
    const shape = FEED_TYPES[emitted.event]
    if (!shape || (emitted.event === 'star' && emitted.payload['action'] !== 'created')) return
    const { render, state } = this.world
    // The fields GitHub's schema for this event type lists, taken from the webhook's payload.
    const payload: Record<string, unknown> = Object.fromEntries(
      shape.fields.filter((key) => key in emitted.payload).map((key) => [key, emitted.payload[key]]),
    )
    if (emitted.event === 'star') payload['action'] = 'started'
    if (emitted.event === 'fork') payload['action'] = 'forked'
    if (emitted.event === 'push') Object.assign(payload, { repository_id: emitted.repo.id, push_id: state.nextId() })
    if (emitted.event === 'create' || emitted.event === 'delete') {
      payload['full_ref'] = `refs/${payload['ref_type'] === 'tag' ? 'tags' : 'heads'}/${String(payload['ref'])}`
    }
    const actor = render.user(sender)
    const event: FeedEvent = {
      id: String(state.nextId()),
      type: shape.type,
      actor: {
        id: Number(actor.id),
        login: actor.login,
        display_login: actor.login,
        gravatar_id: '',
        url: actor.url,
        avatar_url: actor.avatar_url,
      },
      repo: { id: emitted.repo.id, name: `${emitted.repo.owner.login}/${emitted.repo.name}`, url: render.repository(emitted.repo).url },
      payload: payload as FeedEvent['payload'],
      public: !emitted.repo.private,
      created_at: state.now(),
    }
    const feed = [event, ...(this.#events.get(emitted.repo.id) ?? [])].slice(0, FEED_LENGTH)
    this.#events.set(emitted.repo.id, feed)
  }

  of(repo: Repository): FeedEvent[] {
    return this.#events.get(repo.id) ?? []
  }
}

export function eventRoutes(router: Router, world: World, feed: EventFeed): void {
  router.add('GET', '/repos/:owner/:repo/events', (request) => {
    const repo = world.state.repository(request.params['owner'] ?? '', request.params['repo'] ?? '')
    if (!repo || !canSee(request, repo)) throw notFound()
    return paged(request, feed.of(repo))
  })
}
