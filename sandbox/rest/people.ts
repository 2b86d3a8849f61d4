import { DISCUSSION_CATEGORIES, type Account, type DiscussionCategory, type Repository } from './state'
import type { World } from './world'

/** A discussion to start: category one of GitHub's defaults (General when not given), author the owner when not given. */
export interface DiscussionInput {
  repository: string
  title: string
  body?: string
  category?: string
  author?: string
}

/**
 * What people do on GitHub's web pages that the REST API cannot, for the tests and the local platform (through the
 * control server, never the service): each change is made in the sandbox's state and sends the webhooks it causes,
 * as a change through the REST API does.
 */
export class People {
  constructor(
    private readonly world: World,
    private readonly act: (viewer: Account, repo: Repository, change: () => void) => void,
  ) {}

  /** Starts a discussion (GitHub: the repository's Discussions tab, "New discussion"); discussion.created follows. */
  startDiscussion(input: DiscussionInput): Record<string, unknown> {
    const [owner = '', name = ''] = input.repository.split('/')
    const repo = this.world.state.repository(owner, name)
    if (!repo) throw new PersonError(`No repository ${input.repository} in the sandbox.`)
    const author = this.world.state.account(input.author ?? repo.owner.login)
    if (!author || author.type !== 'User') throw new PersonError(`No user ${input.author ?? ''} in the sandbox.`)
    const title = input.title.trim()
    if (title === '' || title.length > 256) throw new PersonError('A discussion needs a title of 1 to 256 characters.')
    const category = DISCUSSION_CATEGORIES.find((candidate) => candidate.name === (input.category ?? 'General'))?.name
    if (!category) {
      const names = DISCUSSION_CATEGORIES.map((candidate) => candidate.name).join(', ')
      throw new PersonError(`No discussion category ${String(input.category)}; the categories are ${names}.`)
    }
    return this.start(repo, author, { title, body: input.body ?? '', category })
  }

  private start(repo: Repository, author: Account, fields: { title: string; body: string; category: DiscussionCategory }) {
    const { state, render } = this.world
    const discussion = { id: state.nextId(), number: repo.nextNumber++, user: author.login, createdAt: state.now(), ...fields }
    this.act(author, repo, () => repo.discussions.push(discussion))
    return render.discussion(repo, discussion)
  }
}

/** A person's action the sandbox refuses, with what to change (the control server answers 400 with it). */
export class PersonError extends Error {}
