import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import {errorResult, type Result, type Settings, type Task} from './process.js'

interface Job {
  task: Task
  resolve: (result: Result) => void
}

interface Slot {
  worker: Worker
  /** The tasks sent to the thread and not yet answered, by sequence number. */
  jobs: Map<number, Job>
}

/**
 * How many tasks each thread holds at once: one it runs and one waiting, so that it never
 * waits for the main thread between two tasks (a news article parses in about a millisecond).
 */
const DEPTH = 2

/**
 * A fixed number of worker threads, each running one task at a time with the next one
 * queued. A worker that dies (out of memory, a crash) turns its tasks into `internal-error`
 * records and is replaced.
 */
export class WorkerPool {
  readonly #size: number
  readonly #settings: Settings
  readonly #url: URL
  readonly #slots: Slot[] = []
  readonly #queue: Job[] = []
  #seq = 0
  #closed = false

  /**
   * @param size How many threads at most.
   * @param settings What every task shares.
   */
  constructor(size: number, settings: Settings) {
    this.#size = size
    this.#settings = settings
    this.#url = workerUrl()
  }

  /** Run a task on the next free thread. */
  run(task: Task): Promise<Result> {
    return new Promise((resolve) => {
      this.#queue.push({task, resolve})
      this.#pump()
    })
  }

  /** Stop every thread. */
  async close(): Promise<void> {
    this.#closed = true
    await Promise.all(this.#slots.map((slot) => slot.worker.terminate()))
    this.#slots.length = 0
  }

  #pump(): void {
    while (this.#queue.length > 0) {
      // The least loaded thread; a new one while there are fewer than `size`.
      let slot: Slot | undefined
      for (const candidate of this.#slots) if (candidate.jobs.size < (slot?.jobs.size ?? DEPTH)) slot = candidate
      if ((!slot || slot.jobs.size > 0) && this.#slots.length < this.#size) slot = this.#spawn()
      if (!slot) return
      const job = this.#queue.shift()!
      const seq = this.#seq++
      slot.jobs.set(seq, job)
      slot.worker.postMessage({seq, task: job.task})
    }
  }

  #spawn(): Slot {
    const worker = new Worker(this.#url, {workerData: this.#settings})
    const slot: Slot = {worker, jobs: new Map()}
    this.#slots.push(slot)
    worker.on('message', (message: {seq: number; result: Result}) => {
      const job = slot.jobs.get(message.seq)
      if (!job) return
      slot.jobs.delete(message.seq)
      job.resolve(message.result)
      this.#pump()
    })
    const fail = (reason: string) => {
      const index = this.#slots.indexOf(slot)
      if (index === -1) return
      this.#slots.splice(index, 1)
      for (const job of slot.jobs.values()) {
        const name = job.task.kind === 'file' ? job.task.path : null
        job.resolve(errorResult({source: {name}, error: {code: 'internal-error', message: `the parser's thread stopped: ${reason}`}}, this.#settings))
      }
      slot.jobs.clear()
      if (!this.#closed) this.#pump()
    }
    worker.on('error', (error) => fail(error.message))
    worker.on('exit', (code) => fail(`exit code ${code}`))
    return slot
  }
}

/** The worker's module: next to this one once built, else in `dist/` (running from source). */
function workerUrl(): URL {
  const candidates = [new URL('./parse-worker.js', import.meta.url), new URL('../../dist/parse-worker.js', import.meta.url)]
  for (const candidate of candidates) if (existsSync(fileURLToPath(candidate))) return candidate
  throw new Error(`onrecord: the worker module is missing (looked for ${candidates.map((url) => fileURLToPath(url)).join(', ')}); run the build`)
}
