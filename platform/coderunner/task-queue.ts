import type { Redis } from 'ioredis'
import type { QueuedTask } from './protocol'
import type { RedisServer } from './redis-server'

/**
 * The platform's side of CodeRunner's queue: RPUSH a task, wait for its answer on the task's
 * response channel. One subscriber connection serves every pending task.
 */

/** The runner kills a worker 2 s after the task's timeout (cloud-workers-broker.js) and publishes nothing then. */
const ANSWER_GRACE_MS = 3_000

export type QueueAnswer = { answered: true; message: string } | { answered: false; reason: 'timeout' | 'closed' }

export class TaskQueue {
  private readonly pending = new Map<string, (answer: QueueAnswer) => void>()

  private constructor(
    private readonly setter: Redis,
    private readonly subscriber: Redis,
  ) {
    subscriber.on('message', (channel: string, message: string) => {
      const resolve = this.pending.get(channel)
      if (resolve) resolve({ answered: true, message })
    })
  }

  static async open(broker: RedisServer): Promise<TaskQueue> {
    const setter = broker.client('platform-setter')
    const subscriber = broker.client('platform-subscriber')
    await Promise.all([setter.ping(), subscriber.ping()])
    return new TaskQueue(setter, subscriber)
  }

  get redis(): Redis {
    return this.setter
  }

  /** Pushes the task and waits for its answer, at most the task's timeout plus the runner's grace. */
  async run(queue: string, task: QueuedTask): Promise<QueueAnswer> {
    const channel = task.responseChannelId
    let timer: NodeJS.Timeout | undefined
    const answer = new Promise<QueueAnswer>((resolve) => {
      this.pending.set(channel, resolve)
      timer = setTimeout(() => resolve({ answered: false, reason: 'timeout' }), task.timeout + ANSWER_GRACE_MS)
    })
    try {
      // Subscribed before the push, or a fast runner's answer would be lost.
      await this.subscriber.subscribe(channel)
      await this.setter.rpush(queue, JSON.stringify(task))
      return await answer
    } finally {
      clearTimeout(timer)
      this.pending.delete(channel)
      await this.subscriber.unsubscribe(channel).catch(() => undefined)
    }
  }

  /** Takes back a task no runner picked up (so a later runner does not run a stale invocation). */
  async withdraw(queue: string, task: QueuedTask): Promise<void> {
    await this.setter.lrem(queue, 1, JSON.stringify(task)).catch(() => undefined)
  }

  async close(): Promise<void> {
    for (const resolve of this.pending.values()) resolve({ answered: false, reason: 'closed' })
    this.pending.clear()
    this.setter.disconnect()
    this.subscriber.disconnect()
  }
}
