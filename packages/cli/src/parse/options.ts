import {availableParallelism} from 'node:os'
import type {TableName} from '@onrecord/core'
import type {Format, Severity, StdinMode} from './process.js'
import {UsageError} from './usage-error.js'

/** The options of `onrecord parse`, parsed from the command line. */
export interface ParseCommandOptions {
  /** Files, directories and `-`, in order. */
  inputs: string[]
  /** `--format`: `jsonl` (default), `json`, `md` or `csv`. */
  format: Format
  /** `--table`: the table `--format csv` writes (`claims`, `events` or `speakers`), else null. */
  table: TableName | null
  /** `--stdin`: how `-` reads stdin; `auto` (default) looks at its first non-blank character. */
  stdin: StdinMode
  /** `--min-severity`: the least severe diagnostic printed on stderr. */
  minSeverity: Severity
  /** `--pretty`: indent JSON. */
  pretty: boolean
  /** `--out`: the file to write instead of stdout, or null. */
  out: string | null
  /** `--out-dir`: the directory to write one file per record into, or null. */
  outDir: string | null
  /** `--force`: let `--out` replace an existing file. */
  force: boolean
  /** `--jobs`: worker threads; 1 runs in-process. */
  jobs: number
  /** `--max-bytes`: the largest input accepted. */
  maxBytes: number
  /** `--quiet`: nothing on stderr. */
  quiet: boolean
  /** `--outlet`, for every input. */
  outlet: string | null
  /** `--published`, for every input. */
  published: string | null
  /** `--reference-date`, for every input. */
  referenceDate: string | null
  /** `--hypothetical-events`: keep events named only as possibilities. */
  hypotheticalEvents: boolean
  /** `--help`. */
  help: boolean
}

/** The default `--max-bytes`: 16 MiB, far above any article. */
export const defaultMaxBytes = 16 * 1024 * 1024

interface Flag {
  name: keyof ParseCommandOptions
  value: boolean
}

const flags: Record<string, Flag> = {
  '--format': {name: 'format', value: true},
  '-f': {name: 'format', value: true},
  '--table': {name: 'table', value: true},
  '--stdin': {name: 'stdin', value: true},
  '--min-severity': {name: 'minSeverity', value: true},
  '--pretty': {name: 'pretty', value: false},
  '--out': {name: 'out', value: true},
  '-o': {name: 'out', value: true},
  '--out-dir': {name: 'outDir', value: true},
  '--force': {name: 'force', value: false},
  '--jobs': {name: 'jobs', value: true},
  '-j': {name: 'jobs', value: true},
  '--max-bytes': {name: 'maxBytes', value: true},
  '--quiet': {name: 'quiet', value: false},
  '-q': {name: 'quiet', value: false},
  '--outlet': {name: 'outlet', value: true},
  '--published': {name: 'published', value: true},
  '--reference-date': {name: 'referenceDate', value: true},
  '--hypothetical-events': {name: 'hypotheticalEvents', value: false},
  '--help': {name: 'help', value: false},
  '-h': {name: 'help', value: false}
}

/** The flags, for messages. */
export const flagList = Object.keys(flags).filter((flag) => flag.startsWith('--'))

/**
 * Parse `onrecord parse`'s arguments. Throws a {@link UsageError} saying what was expected.
 */
export function parseOptions(argv: readonly string[]): ParseCommandOptions {
  const values = new Map<keyof ParseCommandOptions, string | true>()
  const inputs: string[] = []
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!
    if (argument === '--') {
      inputs.push(...argv.slice(index + 1))
      break
    }
    if (argument === '-' || !argument.startsWith('-')) {
      inputs.push(argument)
      continue
    }
    const equals = argument.startsWith('--') ? argument.indexOf('=') : -1
    const key = equals === -1 ? argument : argument.slice(0, equals)
    const flag = flags[key]
    if (!flag) {
      throw new UsageError(`unknown option ${key}; expected one of ${flagList.join(', ')}, or an input (a file, a directory, or - for stdin)`)
    }
    if (!flag.value) {
      if (equals !== -1) throw new UsageError(`${key} takes no value`)
      values.set(flag.name, true)
      continue
    }
    let value: string | undefined
    if (equals !== -1) value = argument.slice(equals + 1)
    else {
      value = argv[index + 1]
      index++
    }
    if (value === undefined) throw new UsageError(`${key} expects a value`)
    values.set(flag.name, value)
  }

  const text = (name: keyof ParseCommandOptions) => {
    const value = values.get(name)
    return typeof value === 'string' ? value : null
  }
  const format = text('format') ?? 'jsonl'
  if (format !== 'jsonl' && format !== 'json' && format !== 'md' && format !== 'csv') {
    throw new UsageError(`--format expects jsonl, json, md or csv, got ${JSON.stringify(format)}`)
  }
  const table = text('table')
  if (table !== null && table !== 'claims' && table !== 'events' && table !== 'speakers') {
    throw new UsageError(`--table expects claims, events or speakers, got ${JSON.stringify(table)}`)
  }
  if (format === 'csv' && table === null) throw new UsageError('--format csv expects --table claims, events or speakers')
  if (format !== 'csv' && table !== null) throw new UsageError('--table goes with --format csv')
  const stdin = text('stdin') ?? 'auto'
  if (stdin !== 'auto' && stdin !== 'text' && stdin !== 'jsonl') {
    throw new UsageError(`--stdin expects text or jsonl, got ${JSON.stringify(stdin)}`)
  }
  const minSeverity = text('minSeverity') ?? 'info'
  if (minSeverity !== 'error' && minSeverity !== 'warning' && minSeverity !== 'info') {
    throw new UsageError(`--min-severity expects error, warning or info, got ${JSON.stringify(minSeverity)}`)
  }
  const jobsText = text('jobs')
  let jobs = availableParallelism()
  if (jobsText !== null) {
    if (!/^\d+$/.test(jobsText) || Number(jobsText) < 1) throw new UsageError(`--jobs expects a whole number of threads, 1 or more, got ${JSON.stringify(jobsText)}`)
    jobs = Number(jobsText)
  }
  const maxText = text('maxBytes')
  const maxBytes = maxText === null ? defaultMaxBytes : parseSize(maxText)
  const out = text('out')
  const outDir = text('outDir')
  if (out !== null && outDir !== null) throw new UsageError('--out and --out-dir exclude each other')
  if (out === '' || outDir === '') throw new UsageError(`${out === '' ? '--out' : '--out-dir'} expects a path`)
  if (inputs.filter((input) => input === '-').length > 1) throw new UsageError('- (stdin) can be given once')
  const url = inputs.find((input) => urlLike.test(input))
  if (url !== undefined) {
    throw new UsageError(`${url} is a URL: onrecord reads text, not the web; save the article's text to a file and pass the file (or pipe it to -)`)
  }
  const help = values.get('help') === true
  if (!help && inputs.length === 0) {
    throw new UsageError('expected inputs: files, directories, or - for stdin (an article, or JSON Lines)')
  }

  return {
    inputs,
    format,
    table,
    stdin,
    minSeverity,
    pretty: values.get('pretty') === true,
    out,
    outDir,
    force: values.get('force') === true,
    jobs,
    maxBytes,
    quiet: values.get('quiet') === true,
    outlet: text('outlet'),
    published: text('published'),
    referenceDate: text('referenceDate'),
    hypotheticalEvents: values.get('hypotheticalEvents') === true,
    help
  }
}

/** A scheme and `//`: `https://…`, `ftp://…`. */
const urlLike = /^[a-z][a-z\d+.-]*:\/\//i

const units: Record<string, number> = {'': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3}

/** `16MiB`, `16M`, `512k`, `1000`: K, M and G are powers of 1024. */
export function parseSize(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?$/i.exec(value.trim())
  if (!match) throw new UsageError(`--max-bytes expects a size such as 16MiB, 512K or 100000, got ${JSON.stringify(value)}`)
  const bytes = Math.floor(Number(match[1]) * units[match[2]!.toLowerCase()]!)
  if (bytes < 1 || !Number.isSafeInteger(bytes)) throw new UsageError(`--max-bytes expects a size of at least 1 byte, got ${JSON.stringify(value)}`)
  // A JavaScript string holds at most about 2**29 UTF-16 code units; leave room for decoding.
  if (bytes > 256 * 1024 ** 2) throw new UsageError(`--max-bytes can be at most 256MiB, got ${JSON.stringify(value)}`)
  return bytes
}
