import {parseArticle} from '@onrecord/core'
import {stat} from 'node:fs/promises'
import type {Readable, Writable} from 'node:stream'
import {checkInputs, countTasks, tasksFrom} from './inputs.js'
import {parseOptions, type ParseCommandOptions} from './options.js'
import {DirectorySink, FileSink, StreamSink, type Sink} from './output.js'
import {WorkerPool} from './pool.js'
import {processTask, type Result, type Settings, type Task} from './process.js'
import {Progress, type Terminal} from './progress.js'
import {UsageError} from './usage-error.js'

/** The streams and environment a command runs with; tests pass their own. */
export interface Io {
  /** What `-` reads. */
  stdin: Readable
  /** Where records go. */
  stdout: Writable
  /** Where diagnostics and the progress bar go (a bar only when `isTTY`). */
  stderr: Terminal
  /** The environment (`ONRECORD_REPORT_MAXRSS`). */
  env: Record<string, string | undefined>
}

/** `onrecord parse --help`. */
export const parseHelp = `usage: onrecord parse [options] <file | directory | ->…

Parse news articles (plain text) into records, one per input, in input order.
A directory stands for its .txt files (sorted, recursively). - reads stdin: JSON
Lines {"id"?, "name"?, "text"} when its first non-blank character is {, one record
per line as it goes; otherwise all of it as one plain-text article.

options:
  -f, --format <format>         jsonl (default), json (one array), md (Markdown),
                                or csv (with --table)
      --table <table>           the CSV table: claims, events or speakers (one row
                                each); error records are reported on stderr only
      --stdin <text|jsonl>      read - as one plain-text article, or as JSON Lines
      --pretty                  indent JSON
  -o, --out <file>              write to a file (atomically) instead of stdout
      --out-dir <dir>           write one <id>.json (or .md) per record into dir;
                                error records go to stdout
      --force                   let --out replace an existing file
  -j, --jobs <n>                worker threads (default: one per core; 1 runs in-process)
      --max-bytes <size>        refuse larger inputs (default 16MiB; K, M, G = 1024^n)
      --outlet <name>           the outlet of every input, when known
      --published <date>        the publication date of every input (EDTF/ISO)
      --reference-date <date>   what relative dates resolve against (e.g. a crawl date)
      --hypothetical-events     keep events named only as possibilities ("will
                                attack", "the risk of a clash"), as hypothetical
      --min-severity <level>    print diagnostics of this severity or above on
                                stderr: error, warning or info (default)
  -q, --quiet                   nothing on stderr: no diagnostics, progress or summary
  -h, --help                    show this help

A summary line (articles, error records, claims, events, seconds) ends the run on
stderr. onrecord reads text, not the web: a URL is refused.

exit status: 0 all parsed, 1 some input stood as an error record, 2 usage error
`

/**
 * `onrecord parse`: read each input, parse it, print its record (or an error record in its
 * place), with diagnostics on stderr.
 *
 * @returns The exit status: 0, 1 when any error record was written, 2 for a usage error.
 */
export async function runParse(argv: readonly string[], io: Io): Promise<number> {
  let options: ParseCommandOptions
  let sink: Sink
  let jobs: number
  let pool: WorkerPool | null
  try {
    options = parseOptions(argv)
    if (options.help) {
      await writeText(io.stdout, parseHelp)
      return 0
    }
    checkParseOptions(options)
    await checkInputs(options.inputs)
    // Threads start on demand, so a usage error below leaves none behind.
    jobs = await usefulJobs(options)
    pool = jobs > 1 ? new WorkerPool(jobs, settingsOf(options)) : null
    sink =
      options.out !== null
        ? await FileSink.open(options.out, options.force, options.format, options.pretty, options.table)
        : options.outDir !== null
          ? await DirectorySink.open(options.outDir, options.format, io.stdout, options.table)
          : new StreamSink(io.stdout, options.format, options.pretty, options.table)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.stderr.write(`onrecord parse: ${error.message}\nusage: onrecord parse [options] <file | directory | ->… (see onrecord parse --help)\n`)
    return 2
  }

  const started = performance.now()
  const totals = {articles: 0, errors: 0, claims: 0, events: 0}
  const settings = settingsOf(options)
  const progress = io.stderr.isTTY && !options.quiet ? new Progress(io.stderr, countTasks(options.inputs)) : null
  const threads = pool
  const run = threads ? (task: Task) => threads.run(task) : (task: Task) => processTask(task, settings)
  // Tasks in flight or done but not yet written: the bound on memory.
  const window = pool ? jobs * 8 : 2

  let failed = false
  let broken = false
  const onOutputError = (error: NodeJS.ErrnoException) => {
    broken = true
    if (error.code !== 'EPIPE') io.stderr.write(`onrecord parse: cannot write the output: ${error.message}\n`)
  }
  io.stdout.on('error', onOutputError)

  let status = 0
  try {
    const tasks = tasksFrom(options.inputs, {stdin: io.stdin, maxBytes: options.maxBytes, stdinMode: options.stdin})
    await ordered(tasks, run, window, async (result) => {
      if (broken) return false
      if (result.stderr) {
        if (progress) progress.print(result.stderr)
        else io.stderr.write(result.stderr)
      }
      if (await sink.write(result)) {
        failed = true
        totals.errors++
      } else {
        totals.articles++
        totals.claims += result.claims
        totals.events += result.events
      }
      progress?.tick()
      return !broken
    }, () => {
      if (options.inputs.includes('-')) io.stdin.destroy()
    })
    if (broken) {
      await sink.abort()
      // A reader that went away (`| head`) is no failure of ours.
      status = failed ? 1 : 0
    } else {
      await sink.close()
      status = failed ? 1 : 0
    }
  } catch (error) {
    await sink.abort()
    if (error instanceof UsageError) {
      io.stderr.write(`onrecord parse: ${error.message}\n`)
      status = 2
    } else if (broken || (error as NodeJS.ErrnoException | null)?.code === 'EPIPE') {
      status = failed ? 1 : 0
    } else {
      io.stderr.write(`onrecord parse: ${error instanceof Error ? error.message : String(error)}\n`)
      status = 1
    }
  } finally {
    progress?.clear()
    io.stdout.off('error', onOutputError)
    await pool?.close()
    if (options.inputs.includes('-')) io.stdin.destroy()
  }

  if (!options.quiet) io.stderr.write(summary(totals, (performance.now() - started) / 1000))
  // For tests of bounded memory: the peak resident set of the whole process, threads included.
  if (io.env.ONRECORD_REPORT_MAXRSS) io.stderr.write(`onrecord: maxRSS ${process.resourceUsage().maxRSS} KiB\n`)
  return status
}

/** `onrecord parse: 5 articles, 1 error record, 42 claims, 17 events in 0.31 s` */
function summary(totals: {articles: number; errors: number; claims: number; events: number}, seconds: number): string {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`
  return (
    `onrecord parse: ${count(totals.articles, 'article', 'articles')}, ${count(totals.errors, 'error record', 'error records')}, ` +
    `${count(totals.claims, 'claim', 'claims')}, ${count(totals.events, 'event', 'events')} in ${seconds.toFixed(2)} s\n`
  )
}

function settingsOf(options: ParseCommandOptions): Settings {
  return {
    format: options.format,
    table: options.table,
    pretty: options.pretty,
    quiet: options.quiet,
    minSeverity: options.minSeverity,
    maxBytes: options.maxBytes,
    outlet: options.outlet,
    published: options.published,
    referenceDate: options.referenceDate,
    hypotheticalEvents: options.hypotheticalEvents
  }
}

/**
 * No more threads than inputs: a thread costs a fresh copy of the parser, so a few files
 * named on the command line run faster with fewer (one runs in-process).
 */
async function usefulJobs(options: ParseCommandOptions): Promise<number> {
  if (options.jobs <= options.inputs.length || options.inputs.includes('-')) return options.jobs
  const directories = await Promise.all(options.inputs.map((input) => stat(input).then((stats) => stats.isDirectory(), () => false)))
  return directories.includes(true) ? options.jobs : Math.max(1, options.inputs.length)
}

/** Catch flag values `parseArticle` would refuse, before any input is read. */
function checkParseOptions(options: ParseCommandOptions): void {
  try {
    parseArticle('', {outlet: options.outlet, published: options.published, referenceDate: options.referenceDate})
  } catch (error) {
    const message = error instanceof Error ? error.message.replace(/^parseArticle: /, '') : String(error)
    throw new UsageError(`${message.replace('`outlet`', '--outlet').replace('`published`', '--published').replace('`referenceDate`', '--reference-date')}`)
  }
}

/**
 * Run tasks concurrently, at most `window` of them in flight or waiting to be written, and
 * hand each result to `write` in task order as soon as it and every earlier one are done.
 * `write` returns false to stop; `onStop` then ends whatever the tasks wait on.
 */
async function ordered(
  tasks: AsyncGenerator<Task>,
  run: (task: Task) => Promise<Result>,
  window: number,
  write: (result: Result) => Promise<boolean>,
  onStop: () => void
): Promise<void> {
  const pending: Array<Promise<Result>> = []
  let finished = false
  let stopped = false
  let wakeWriter: (() => void) | null = null
  let wakeReader: (() => void) | null = null
  const signalWriter = () => {
    wakeWriter?.()
    wakeWriter = null
  }
  const signalReader = () => {
    wakeReader?.()
    wakeReader = null
  }

  const reader = (async () => {
    try {
      for await (const task of tasks) {
        if (stopped) break
        pending.push(run(task))
        signalWriter()
        while (pending.length >= window && !stopped) await new Promise<void>((resolve) => (wakeReader = resolve))
        if (stopped) break
      }
    } finally {
      finished = true
      signalWriter()
    }
  })()

  const writer = (async () => {
    try {
      for (;;) {
        if (pending.length === 0) {
          if (finished) return
          await new Promise<void>((resolve) => (wakeWriter = resolve))
          continue
        }
        const result = await pending[0]!
        pending.shift()
        signalReader()
        if (!(await write(result))) {
          stopped = true
          return
        }
      }
    } catch (error) {
      stopped = true
      throw error
    } finally {
      signalReader()
      // The reader may be waiting on stdin: end it.
      if (stopped) onStop()
    }
  })()

  const [read, written] = await Promise.allSettled([reader, writer])
  if (written.status === 'rejected') throw written.reason
  if (read.status === 'rejected') throw read.reason
}

async function writeText(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await new Promise((resolve) => stream.once('drain', resolve))
}
