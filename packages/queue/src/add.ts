import type {Readable} from 'node:stream'
import {parseArticle} from '@onrecord/core'
import {defaultMaxBytes, portableTasks} from 'onrecord'
import {connect, openQueue, type QueueOptions} from './connection.js'
import {jobFor, type ArticleJob, type ParseOptions} from './jobs.js'

/** What `add` takes beyond the queue. */
export interface AddOptions extends QueueOptions, Partial<ParseOptions> {
  /** What `-` reads (JSON Lines, or one plain-text article, as `onrecord parse -` tells them apart); the process's stdin by default. */
  stdin?: Readable
  /** The largest input accepted, in bytes (default 16 MiB, as `onrecord parse`). */
  maxBytes?: number
  /** Called after each batch with the counts so far. */
  onProgress?: (counts: AddCounts) => void
}

/** What an `add` did. */
export interface AddCounts {
  /** Inputs new to the queue. */
  added: number
  /** Inputs the queue already had (the same article, name and options). */
  present: number
}

/** Jobs sent to Redis at once. */
const batchSize = 200

/**
 * Add one job per input, in the order `onrecord parse` reads them (files, directories of
 * `.txt` files, `-` for stdin). Files are read here and travel in the job, so
 * workers need no shared file system. An input that cannot be read (missing, too large)
 * becomes a job too, whose record is the error record `onrecord parse` prints.
 *
 * The order of first addition is kept for {@link exportRecords}; an input added again keeps
 * its place and adds nothing.
 *
 * @example
 * await addInputs(['crawl/'], {redis: 'redis://127.0.0.1:6379'}) // {added: 2225, present: 0}
 */
export async function addInputs(inputs: readonly string[], options: AddOptions): Promise<AddCounts> {
  const parseOptions: ParseOptions = {
    outlet: options.outlet ?? null,
    published: options.published ?? null,
    referenceDate: options.referenceDate ?? null,
    // Only when asked for: the options are part of a job's id, and jobs added without it keep theirs.
    ...(options.hypotheticalEvents ? {hypotheticalEvents: true} : {})
  }
  // A malformed --published would otherwise show only as an error record in every job.
  try {
    parseArticle('', parseOptions)
  } catch (error) {
    const message = error instanceof Error ? error.message.replace(/^parseArticle: /, '') : String(error)
    throw new TypeError(message.replace('`published`', '--published').replace('`referenceDate`', '--reference-date').replace('`outlet`', '--outlet'))
  }
  const client = await connect(options.redis)
  const {queue, orderKey, sequenceKey} = openQueue(options)
  const counts: AddCounts = {added: 0, present: 0}
  let batch: ArticleJob[] = []

  const flush = async () => {
    if (batch.length === 0) return
    const jobs = batch
    batch = []
    // BullMQ adds nothing for an id it already holds; then the order keeps first additions only.
    await queue.addBulk(jobs.map((job) => ({name: job.name, data: job.data, opts: {jobId: job.id}})))
    const added = (await client.eval(registerScript, 2, orderKey, sequenceKey, ...jobs.map((job) => job.id))) as number
    counts.added += added
    counts.present += jobs.length - added
    options.onProgress?.({...counts})
  }

  try {
    const tasks = portableTasks(inputs, {stdin: options.stdin ?? process.stdin, maxBytes: options.maxBytes ?? defaultMaxBytes})
    for await (const task of tasks) {
      batch.push(jobFor(task, parseOptions))
      if (batch.length >= batchSize) await flush()
    }
    await flush()
  } finally {
    await queue.close()
    client.disconnect()
  }
  return counts
}

/**
 * Give each id that has none a place after every other (KEYS: the order, the sequence; ARGV:
 * the ids); returns how many were new. One script, so that adders running at once never give
 * two ids the same place.
 */
const registerScript = `
local added = 0
for _, id in ipairs(ARGV) do
  if not redis.call('ZSCORE', KEYS[1], id) then
    redis.call('ZADD', KEYS[1], redis.call('INCR', KEYS[2]), id)
    added = added + 1
  end
end
return added
`
