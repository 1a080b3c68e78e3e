import {setTimeout as sleep} from 'node:timers/promises'
import {connect, openQueue, type QueueOptions} from './connection.js'

/** What `export` takes beyond the queue. */
export interface ExportOptions extends QueueOptions {
  /** Yield the records there are and skip the rest, instead of waiting for every job. */
  partial?: boolean
  /** How often to look again while waiting, in milliseconds (default 500). */
  interval?: number
  /** Called while waiting, with how many of the next records are not ready yet. */
  onWait?: (pending: number) => void
}

/** One line of the export. */
export interface ExportedRecord {
  /** The record as `onrecord parse` prints it (JSON, one line, no line feed). */
  line: string
  /** Whether it is an error record (the input could not be parsed, or its job failed). */
  error: boolean
}

/** Job ids read from Redis at once. */
const batchSize = 500

/**
 * The records of the queue, one per input in the order the inputs were first added: the very
 * lines `onrecord parse` prints for the same inputs. Waits for jobs still waiting or in a
 * worker's hands, unless `partial`. A job that failed (it stalled more often than allowed)
 * stands as an error record `{"source": {"name": …}, "error": {"code": "job-failed", …}}`.
 *
 * @example
 * for await (const record of exportRecords({redis: 'redis://127.0.0.1:6379'})) out.write(record.line + '\n')
 */
export async function* exportRecords(options: ExportOptions): AsyncGenerator<ExportedRecord> {
  const client = await connect(options.redis)
  const {queue, orderKey} = openQueue(options)
  const interval = options.interval ?? 500
  try {
    for (let start = 0; ; start += batchSize) {
      const ids = await client.zrange(orderKey, start, start + batchSize - 1)
      if (ids.length === 0) return
      const found = new Map<string, ExportedRecord | null>()
      let waiting = ids
      for (;;) {
        const pipeline = client.pipeline()
        for (const id of waiting) pipeline.hmget(queue.toKey(id), 'returnvalue', 'finishedOn', 'failedReason', 'name', 'timestamp')
        const replies = (await pipeline.exec()) ?? []
        const still: string[] = []
        waiting.forEach((id, index) => {
          const [error, fields] = replies[index] ?? [null, null]
          if (error) throw error
          const record = recordOf(id, fields as Array<string | null>)
          if (record === null) still.push(id)
          else found.set(id, record)
        })
        waiting = still
        if (waiting.length === 0 || options.partial) break
        options.onWait?.(waiting.length)
        await sleep(interval)
      }
      for (const id of ids) {
        const record = found.get(id)
        if (record) yield record
      }
    }
  } finally {
    await queue.close()
    client.disconnect()
  }
}

/** The record of a job from its hash's fields, or null while it has none yet. */
function recordOf(id: string, fields: Array<string | null>): ExportedRecord | null {
  const field = (index: number) => fields[index] ?? null
  const [returnvalue, finishedOn, failedReason, name, timestamp] = [field(0), field(1), field(2), field(3), field(4)]
  if (timestamp === null) {
    // The job is gone (removed by hand): say so in its place rather than wait for ever.
    return errorRecord(null, 'job-missing', `the job ${id} is no longer in the queue; add its input again`)
  }
  if (finishedOn === null) return null
  if (returnvalue !== null && returnvalue !== 'null') {
    const line = JSON.parse(returnvalue) as string
    // `onrecord parse` writes an error record with `source` first, an article with `schemaVersion` first.
    return {line, error: line.startsWith('{"source":')}
  }
  return errorRecord(name, 'job-failed', `the job ${id} failed: ${failedReason ?? 'no reason given'}`)
}

function errorRecord(name: string | null, code: string, message: string): ExportedRecord {
  return {line: JSON.stringify({source: {name}, error: {code, message}}), error: true}
}
