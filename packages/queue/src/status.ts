import {connect, openQueue, type QueueOptions} from './connection.js'

/** How many jobs stand where. */
export interface QueueCounts {
  /** Inputs added (each once, however often it was added). */
  added: number
  /** Waiting for a worker (delayed and prioritised jobs included). */
  waiting: number
  /** In a worker's hands. */
  active: number
  /** Parsed: their record (or error record) is stored. */
  completed: number
  /** Given up on (a job that stalled more often than allowed); the export holds an error record for each. */
  failed: number
}

/**
 * The queue's counts.
 *
 * @example
 * await queueStatus({redis: 'redis://127.0.0.1:6379'}) // {added: 2225, waiting: 0, active: 0, completed: 2225, failed: 0}
 */
export async function queueStatus(options: QueueOptions): Promise<QueueCounts> {
  const client = await connect(options.redis)
  const {queue, orderKey} = openQueue(options)
  try {
    const counts = await queue.getJobCounts('waiting', 'delayed', 'prioritized', 'active', 'completed', 'failed')
    const added = await client.zcard(orderKey)
    return {
      added,
      waiting: (counts.waiting ?? 0) + (counts.delayed ?? 0) + (counts.prioritized ?? 0),
      active: counts.active ?? 0,
      completed: counts.completed ?? 0,
      failed: counts.failed ?? 0
    }
  } finally {
    await queue.close()
    client.disconnect()
  }
}
