import {createWriteStream} from 'node:fs'
import {rename, stat, unlink} from 'node:fs/promises'
import {once} from 'node:events'
import {basename, dirname, join} from 'node:path'
import type {Readable, Writable} from 'node:stream'
import {parseArgs} from 'node:util'
import {parseSize} from 'onrecord'
import {addInputs} from './add.js'
import {defaultQueueName} from './connection.js'
import {exportRecords} from './export.js'
import {queueStatus} from './status.js'
import {startWorker} from './work.js'

/** The streams and environment a command runs with (those of `onrecord`'s CLI). */
export interface QueueIo {
  /** What `add -` reads. */
  stdin: Readable
  /** Where `status` and an export without `--out` go. */
  stdout: Writable
  /** Where progress and problems go. */
  stderr: Writable
  /** The environment: `ONRECORD_REDIS_URL` stands in for `--redis`. */
  env: Record<string, string | undefined>
}

/** `onrecord queue --help`. */
export const queueHelp = `usage: onrecord queue <command> [options]

Parse news articles on many machines: inputs go into a BullMQ queue in Redis,
workers anywhere parse them with the code of onrecord parse, and the export
writes their records in the order the inputs were added.

commands:
  add <file | directory | ->…   one job per input (a directory is its .txt files;
                                - reads JSON Lines as onrecord parse - does); an
                                input added again adds nothing
  work                          parse jobs until SIGTERM or SIGINT (then finish
                                the jobs in hand and exit)
  status                        added, waiting, active, completed, failed
  export                        JSON Lines, one record per input, in added order;
                                waits until every job is done

options:
      --redis <url>             the Redis server (default: $ONRECORD_REDIS_URL)
      --queue <name>            the queue (default: ${defaultQueueName})
  add:
      --outlet <name>, --published <date>, --reference-date <date>,
      --hypothetical-events, --max-bytes <size>
                                as for onrecord parse
  work:
      --concurrency <n>         jobs each parser holds at once (default 2)
  -j, --jobs <n>                parser threads (default 1)
      --lock-duration <ms>      after how long without a sign of life a job goes
                                to another worker (default 30000)
  status:
      --json                    print the counts as JSON
  export:
  -o, --out <file>              write to a file (atomically) instead of stdout
      --force                   let --out replace an existing file
      --partial                 write the records there are now, do not wait
  -q, --quiet                   no progress on stderr
  -h, --help                    show this help

exit status: 0 done, 1 the export holds error records or a command failed,
2 usage error
`

class UsageError extends Error {}

/**
 * `onrecord queue …`: the command line of this package, which `onrecord` hands the
 * arguments after `queue` to.
 *
 * @returns The exit status.
 */
export async function runQueue(argv: readonly string[], io: QueueIo): Promise<number> {
  const [command, ...rest] = argv
  try {
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      io.stdout.write(queueHelp)
      return command === undefined ? 2 : 0
    }
    if (rest.includes('-h') || rest.includes('--help')) {
      io.stdout.write(queueHelp)
      return 0
    }
    if (command === 'add') return await add(rest, io)
    if (command === 'work') return await work(rest, io)
    if (command === 'status') return await status(rest, io)
    if (command === 'export') return await exportCommand(rest, io)
    throw new UsageError(`unknown command ${command}; expected add, work, status or export`)
  } catch (error) {
    const usage = error instanceof UsageError || error instanceof TypeError || (error as Error | null)?.name === 'UsageError' || (error as {code?: string}).code?.startsWith('ERR_PARSE_ARGS')
    io.stderr.write(`onrecord queue: ${error instanceof Error ? error.message : String(error)}\n`)
    if (usage) io.stderr.write('usage: onrecord queue <add|work|status|export> --redis <url> … (see onrecord queue --help)\n')
    return usage ? 2 : 1
  }
}

const common = {
  redis: {type: 'string'},
  queue: {type: 'string'},
  quiet: {type: 'boolean', short: 'q'}
} as const

function redisOf(values: {redis?: string}, io: QueueIo): string {
  const url = values.redis ?? io.env.ONRECORD_REDIS_URL
  if (!url) throw new UsageError('expected --redis <url> (or ONRECORD_REDIS_URL), such as redis://127.0.0.1:6379')
  return url
}

function count(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback
  const number = Number(value)
  if (!/^\d+$/.test(value) || number < 1) throw new UsageError(`--${name} expects a whole number of at least 1, got ${JSON.stringify(value)}`)
  return number
}

async function add(argv: readonly string[], io: QueueIo): Promise<number> {
  const {values, positionals} = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      ...common,
      outlet: {type: 'string'},
      published: {type: 'string'},
      'reference-date': {type: 'string'},
      'hypothetical-events': {type: 'boolean'},
      'max-bytes': {type: 'string'}
    }
  })
  if (positionals.length === 0) throw new UsageError('add expects inputs: files, directories, or - for JSON Lines on stdin')
  const counts = await addInputs(positionals, {
    redis: redisOf(values, io),
    queue: values.queue,
    stdin: io.stdin,
    outlet: values.outlet ?? null,
    published: values.published ?? null,
    referenceDate: values['reference-date'] ?? null,
    hypotheticalEvents: values['hypothetical-events'] ?? false,
    maxBytes: values['max-bytes'] === undefined ? undefined : parseSize(values['max-bytes'])
  })
  if (!values.quiet) io.stderr.write(`onrecord queue: added ${counts.added} inputs; ${counts.present} were already in the queue\n`)
  return 0
}

async function work(argv: readonly string[], io: QueueIo): Promise<number> {
  const {values} = parseArgs({
    args: [...argv],
    options: {...common, concurrency: {type: 'string'}, jobs: {type: 'string', short: 'j'}, 'lock-duration': {type: 'string'}}
  })
  const quiet = values.quiet ?? false
  const stopped = stopSignal()
  const worker = await startWorker({
    redis: redisOf(values, io),
    queue: values.queue,
    concurrency: count('concurrency', values.concurrency, 2),
    jobs: count('jobs', values.jobs, 1),
    lockDuration: count('lock-duration', values['lock-duration'], 30000),
    onError: (message) => io.stderr.write(message + '\n')
  })
  if (!quiet) io.stderr.write('onrecord queue: working; SIGTERM or SIGINT finishes the jobs in hand and stops\n')
  await stopped.first
  if (!quiet) io.stderr.write('onrecord queue: stopping after the jobs in hand (a second signal stops at once)\n')
  const forced = stopped.second.then(() => worker.close(true))
  await Promise.race([worker.close(), forced])
  stopped.release()
  return 0
}

/** Resolves on SIGTERM or SIGINT, then again on the next one. */
function stopSignal(): {first: Promise<void>; second: Promise<void>; release(): void} {
  let count = 0
  let resolveFirst = () => {}
  let resolveSecond = () => {}
  const first = new Promise<void>((resolve) => (resolveFirst = resolve))
  const second = new Promise<void>((resolve) => (resolveSecond = resolve))
  const onSignal = () => {
    count++
    if (count === 1) resolveFirst()
    else resolveSecond()
  }
  process.on('SIGTERM', onSignal)
  process.on('SIGINT', onSignal)
  return {
    first,
    second,
    release() {
      process.off('SIGTERM', onSignal)
      process.off('SIGINT', onSignal)
    }
  }
}

async function status(argv: readonly string[], io: QueueIo): Promise<number> {
  const {values} = parseArgs({args: [...argv], options: {...common, json: {type: 'boolean'}}})
  const counts = await queueStatus({redis: redisOf(values, io), queue: values.queue})
  io.stdout.write(
    values.json
      ? JSON.stringify(counts) + '\n'
      : Object.entries(counts)
          .map(([name, value]) => `${name.padEnd(10)}${value}\n`)
          .join('')
  )
  return 0
}

async function exportCommand(argv: readonly string[], io: QueueIo): Promise<number> {
  const {values} = parseArgs({
    args: [...argv],
    options: {...common, out: {type: 'string', short: 'o'}, force: {type: 'boolean'}, partial: {type: 'boolean'}}
  })
  const redis = redisOf(values, io)
  const out = values.out ?? null
  if (out !== null) await checkOut(out, values.force ?? false)

  let lastWait = 0
  const records = exportRecords({
    redis,
    queue: values.queue,
    partial: values.partial,
    onWait: (pending) => {
      if (values.quiet || Date.now() - lastWait < 10000) return
      lastWait = Date.now()
      io.stderr.write(`onrecord queue: waiting for ${pending} records (pass --partial to export what there is)\n`)
    }
  })

  const temporary = out === null ? null : join(dirname(out), `.${basename(out)}.${process.pid}.tmp`)
  const stream = temporary === null ? io.stdout : createWriteStream(temporary, {flags: 'wx'})
  let written = 0
  let errors = 0
  try {
    for await (const record of records) {
      if (!stream.write(record.line + '\n')) await once(stream, 'drain')
      written++
      if (record.error) errors++
    }
    if (temporary !== null && out !== null) {
      stream.end()
      await once(stream, 'close')
      await rename(temporary, out)
    }
  } catch (error) {
    if (temporary !== null) {
      stream.destroy()
      await unlink(temporary).catch(() => {})
    }
    throw error
  }
  if (!values.quiet) io.stderr.write(`onrecord queue: exported ${written} records, ${errors} of them error records\n`)
  return errors > 0 ? 1 : 0
}

async function checkOut(out: string, force: boolean): Promise<void> {
  const parent = await stat(dirname(out)).catch(() => null)
  if (!parent?.isDirectory()) throw new UsageError(`cannot write --out ${out}: ${dirname(out)} is not a directory`)
  const existing = await stat(out).catch(() => null)
  if (existing?.isDirectory()) throw new UsageError(`cannot write --out ${out}: it is a directory`)
  if (existing && !force) throw new UsageError(`--out ${out} exists; pass --force to replace it`)
}
