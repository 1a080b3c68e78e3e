import {Redis} from 'ioredis'
import {Queue} from 'bullmq'

/** Where the queue lives. */
export interface QueueOptions {
  /** The Redis server, as a URL: `redis://host:6379`, `rediss://user:password@host:6380/0`. */
  redis: string
  /** The queue's name (default `onrecord`): several crawls can share one Redis. */
  queue?: string
}

/** The queue's name when none is given. */
export const defaultQueueName = 'onrecord'

/**
 * A connection to Redis that fails fast: a wrong URL or a server that is down is an error
 * within seconds, never a command that waits for ever.
 */
export async function connect(url: string): Promise<Redis> {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new TypeError(`expected a Redis URL such as redis://127.0.0.1:6379, got ${JSON.stringify(url)}`)
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') {
    throw new TypeError(`expected a redis:// or rediss:// URL, got ${JSON.stringify(url)}`)
  }
  const client = new Redis(url, {lazyConnect: true, connectTimeout: 5000, maxRetriesPerRequest: 1, retryStrategy: () => null})
  // ioredis reports connection errors on the client as well as to the caller.
  client.on('error', () => {})
  try {
    await client.connect()
  } catch (error) {
    client.disconnect()
    throw new Error(`cannot reach Redis at ${redacted(parsed)}: ${error instanceof Error ? error.message : String(error)}`)
  }
  return client
}

/** BullMQ's connection options for a URL (its workers need `maxRetriesPerRequest: null`). */
export function connectionOf(url: string): {url: string; maxRetriesPerRequest: null} {
  return {url, maxRetriesPerRequest: null}
}

/** The BullMQ queue of `options`, with the Redis key this package keeps the input order under. */
export function openQueue(options: QueueOptions): {queue: Queue; orderKey: string; sequenceKey: string} {
  const queue = new Queue(options.queue ?? defaultQueueName, {connection: connectionOf(options.redis)})
  // A `:` cannot stand in a job id, so these keys never meet a job's.
  return {queue, orderKey: queue.toKey('onrecord:order'), sequenceKey: queue.toKey('onrecord:sequence')}
}

function redacted(url: URL): string {
  if (url.password) url.password = '***'
  return url.href
}
