import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {Worker as ThreadWorker} from 'node:worker_threads'
import {Worker, type Job} from 'bullmq'
import {processTask} from 'onrecord'
import {connect, connectionOf, defaultQueueName, type QueueOptions} from './connection.js'
import {settingsOf, taskOf, type ArticleJobData} from './jobs.js'

/** What `work` takes beyond the queue. */
export interface WorkOptions extends QueueOptions {
  /** Jobs each parser holds at once (default 2): the next one arrives while one is parsed. */
  concurrency?: number
  /** Parsers, each a thread with its own connection (default 1: this thread parses). */
  jobs?: number
  /**
   * How long a job stays with a worker that stops answering, in milliseconds (default
   * 30000): after it, the job is handed to another worker.
   */
  lockDuration?: number
  /** Called for each problem worth telling (a connection lost, a job that failed). */
  onError?: (message: string) => void
}

/** A running worker. */
export interface RunningWorker {
  /**
   * Stop taking jobs and resolve once the jobs in hand are finished and their records stored.
   * With `force`, stop at once: jobs in hand return to the queue when their lock expires.
   */
  close(force?: boolean): Promise<void>
}

/**
 * Parse the queue's jobs until closed, with the code of `onrecord parse`: each job's record
 * (or the error record `onrecord parse` prints in its place) is stored with the job as its
 * return value. An input that cannot be parsed is therefore a completed job, not a failed
 * one. A worker that dies loses nothing: BullMQ's stalled-job check gives its jobs to
 * another worker once their lock expires.
 *
 * @example
 * const worker = await startWorker({redis: 'redis://127.0.0.1:6379'})
 * process.once('SIGTERM', () => worker.close())
 */
export async function startWorker(options: WorkOptions): Promise<RunningWorker> {
  const jobs = options.jobs ?? 1
  const settings = {
    redis: options.redis,
    queue: options.queue ?? defaultQueueName,
    concurrency: options.concurrency ?? 2,
    lockDuration: options.lockDuration ?? 30000
  }
  checkPositive('concurrency', settings.concurrency)
  checkPositive('jobs', jobs)
  checkPositive('lockDuration', settings.lockDuration)
  // Fail fast on a wrong URL, rather than a worker that retries in silence.
  ;(await connect(options.redis)).disconnect()
  const onError = options.onError ?? (() => {})
  if (jobs === 1) return runWorker(settings, onError)

  const url = threadUrl()
  const threads = Array.from({length: jobs}, () => {
    const thread = new ThreadWorker(url, {workerData: settings})
    thread.on('message', (message: {error?: string}) => {
      if (message.error) onError(message.error)
    })
    thread.on('error', (error) => onError(`a parser thread stopped: ${error.message}`))
    return thread
  })
  return {
    async close(force = false) {
      await Promise.all(
        threads.map(
          (thread) =>
            new Promise<void>((resolve) => {
              thread.once('exit', () => resolve())
              thread.postMessage({close: true, force})
            })
        )
      )
    }
  }
}

/** What a worker needs, as plain data for a thread. */
export interface WorkerSettings {
  redis: string
  queue: string
  concurrency: number
  lockDuration: number
}

/** One BullMQ worker in this thread. */
export function runWorker(settings: WorkerSettings, onError: (message: string) => void): RunningWorker {
  const worker = new Worker<ArticleJobData, string>(settings.queue, processJob, {
    connection: connectionOf(settings.redis),
    concurrency: settings.concurrency,
    lockDuration: settings.lockDuration,
    // Checking as often as a lock lasts hands a dead worker's jobs on within two lock durations.
    stalledInterval: settings.lockDuration
  })
  worker.on('error', (error) => onError(`onrecord queue work: ${error.message}`))
  worker.on('failed', (job, error) => onError(`onrecord queue work: job ${job?.id ?? '?'} failed: ${error.message}`))
  let closing: Promise<void> | null = null
  return {
    close(force = false) {
      if (force) return worker.close(true)
      closing ??= worker.close()
      return closing
    }
  }
}

/** Parse one job with the code of `onrecord parse`; its record is the job's return value. */
async function processJob(job: Job<ArticleJobData, string>): Promise<string> {
  const result = await processTask(taskOf(job.data), settingsOf(job.data))
  return result.output
}

function checkPositive(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 1) throw new TypeError(`expected ${name} to be a whole number of at least 1, got ${value}`)
}

/** The thread's module: next to this one once built, else in `dist/` (running from source). */
function threadUrl(): URL {
  const candidates = [new URL('./work-thread.js', import.meta.url), new URL('../dist/work-thread.js', import.meta.url)]
  for (const candidate of candidates) if (existsSync(fileURLToPath(candidate))) return candidate
  throw new Error(`@onrecord/queue: the worker thread's module is missing (looked for ${candidates.map((url) => fileURLToPath(url)).join(', ')}); run the build`)
}
