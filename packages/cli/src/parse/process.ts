import {
  articleSpeakers,
  claimsTable,
  eventsTable,
  formatDiagnostics,
  parseArticle,
  speakersTable,
  toCsv,
  type Article,
  type Diagnostic,
  type ErrorRecord,
  type Severity,
  type TableName
} from '@onrecord/core'
import {checkText, decodeBytes} from './decode.js'
import {articleToMarkdown, errorToMarkdown} from './markdown.js'
import {readLimited} from './read.js'

/** The output formats of `onrecord parse`. */
export type Format = 'jsonl' | 'json' | 'md' | 'csv'

/** How `-` reads stdin: by its first non-blank character (`{` for JSON Lines), or forced. */
export type StdinMode = 'auto' | 'text' | 'jsonl'

export type {Severity} from '@onrecord/core'

/** Severities from the least to the most serious. */
const severityRank: Readonly<Record<Severity, number>> = {info: 0, warning: 1, error: 2}

/** What every task of a run shares; plain data, so that it can go to a worker thread. */
export interface Settings {
  /** How each record is rendered. */
  format: Format
  /** The table `csv` writes, else null. */
  table: TableName | null
  /** Indent JSON. */
  pretty: boolean
  /** Leave out the diagnostics. */
  quiet: boolean
  /** Leave out the diagnostics less serious than this on stderr (records keep them all). */
  minSeverity: Severity
  /** The largest input accepted, in bytes. */
  maxBytes: number
  /** `parseArticle`'s `outlet` for every input, or null. */
  outlet: string | null
  /** `parseArticle`'s `published` for every input, or null. */
  published: string | null
  /** `parseArticle`'s `referenceDate` for every input, or null. */
  referenceDate: string | null
  /** `parseArticle`'s `hypotheticalEvents` for every input (default false). */
  hypotheticalEvents?: boolean
}

/**
 * One unit of work: a file, a file's contents read elsewhere (another process or machine
 * parses them as it would the file), a JSON Lines line or all of stdin, or an error already known.
 */
export type Task =
  | {kind: 'file'; path: string}
  | {kind: 'contents'; path: string; bytes: Uint8Array}
  | {kind: 'line'; line: Uint8Array; number: number}
  | {kind: 'stdin'; bytes: Uint8Array}
  | {kind: 'error'; record: ErrorRecord}

/** What a task yields, ready to write. */
export interface Result {
  /** The record rendered in the run's format, without separators (CSV: its rows, no header; empty for an error record). */
  output: string
  /** The error record when the input was refused, else null. */
  error: ErrorRecord | null
  /** The record id, for `--out-dir` (null for an error record). */
  id: string | null
  /** Diagnostics for stderr, formatted, or an empty string. */
  stderr: string
  /** The number of claims and events of the record, for the summary line. */
  claims: number
  events: number
}

const lineDecoder = new TextDecoder('utf-8', {fatal: true})

/**
 * Run one task: read and decode the input, parse it, render the record. Never throws: every
 * failure becomes an error record.
 */
export async function processTask(task: Task, settings: Settings): Promise<Result> {
  try {
    if (task.kind === 'error') return errorResult(task.record, settings)
    if (task.kind === 'file') {
      const read = await readLimited(task.path, settings.maxBytes)
      if (!read.ok) return errorResult({source: {name: task.path}, error: read.error}, settings)
      return processFile(read.bytes, task.path, settings)
    }
    if (task.kind === 'stdin') {
      const decoded = decodeBytes(task.bytes, null)
      if (!decoded.ok) return errorResult({source: {name: null}, error: decoded.error}, settings)
      return parseResult(decoded.text, decoded.diagnostics, {name: null, id: null}, 'stdin', settings)
    }
    if (task.kind === 'contents') return processFile(task.bytes, task.path, settings)
    return processLine(task.line, task.number, settings)
  } catch (error) {
    const name = task.kind === 'file' || task.kind === 'contents' ? task.path : null
    return errorResult({source: {name}, error: {code: 'internal-error', message: describeError(error)}}, settings)
  }
}

function processFile(bytes: Uint8Array, path: string, settings: Settings): Result {
  const decoded = decodeBytes(bytes, path)
  if (!decoded.ok) return errorResult({source: {name: path}, error: decoded.error}, settings)
  return parseResult(decoded.text, decoded.diagnostics, {name: path, id: null}, path, settings)
}

function processLine(line: Uint8Array, number: number, settings: Settings): Result {
  const bad = (message: string, name: string | null = null) =>
    errorResult({source: {name}, error: {code: 'bad-json', message: `stdin line ${number}: ${message}`}}, settings)

  let json: string
  try {
    json = lineDecoder.decode(line)
  } catch {
    return bad('not valid UTF-8')
  }
  if (json.trim() === '') return bad('empty line; expected a JSON object {"text": …}')
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch (error) {
    return bad(`not JSON (${describeError(error)})`)
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return bad(`expected a JSON object {"text": …}, got ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`)
  }
  const fields = value as Record<string, unknown>
  const name = optionalString(fields.name)
  const id = optionalString(fields.id)
  if (name === undefined) return bad(`expected "name" to be a string, got ${typeof fields.name}`)
  if (id === undefined) return bad(`expected "id" to be a string, got ${typeof fields.id}`, name)
  if (typeof fields.text !== 'string') {
    return bad(`expected "text" to be a string, got ${fields.text === undefined ? 'nothing' : typeof fields.text}`, name)
  }
  const lineOptions: {outlet?: string; published?: string; referenceDate?: string} = {}
  for (const key of ['outlet', 'published', 'referenceDate'] as const) {
    const option = optionalString(fields[key])
    if (option === undefined) return bad(`expected "${key}" to be a string, got ${typeof fields[key]}`, name)
    if (option !== null) lineOptions[key] = option
  }

  const checked = checkText(fields.text, name)
  if (!checked.ok) return errorResult({source: {name}, error: checked.error}, settings)
  return parseResult(checked.text, [], {name, id, ...lineOptions}, name ?? id ?? `stdin:${number}`, settings)
}

function parseResult(
  text: string,
  decodeDiagnostics: Diagnostic[],
  options: {name: string | null; id: string | null; outlet?: string; published?: string; referenceDate?: string},
  display: string,
  settings: Settings
): Result {
  let article: Article
  try {
    article = parseArticle(text, {
      outlet: settings.outlet,
      published: settings.published,
      referenceDate: settings.referenceDate,
      hypotheticalEvents: settings.hypotheticalEvents,
      ...options
    })
  } catch (error) {
    // `parseArticle` throws a TypeError only for a caller's mistake, such as a malformed
    // `published`; anything else is a bug in the parser, reported in the input's place.
    const code = error instanceof TypeError ? 'parse-failed' : 'internal-error'
    const message = error instanceof TypeError ? describeError(error) : `the parser failed on this input: ${describeError(error)}`
    return errorResult({source: {name: options.name}, error: {code, message}}, settings)
  }
  // Decoding happened before every stage, so its diagnostics come first.
  if (decodeDiagnostics.length > 0) article = {...article, diagnostics: [...decodeDiagnostics, ...article.diagnostics]}

  let output: string
  if (settings.format === 'md') output = articleToMarkdown(article, text)
  else if (settings.format === 'csv') output = toCsv(tableRows(settings.table ?? 'claims', article, text))
  else output = settings.pretty ? JSON.stringify(article, null, 2) : JSON.stringify(article)
  const shown = article.diagnostics.filter((diagnostic) => severityRank[diagnostic.severity] >= severityRank[settings.minSeverity])
  const stderr = settings.quiet || shown.length === 0 ? '' : formatDiagnostics(shown, text, display) + '\n'
  return {output, error: null, id: article.id, stderr, claims: article.claims.length, events: article.events.length}
}

/** The rows of one article in a CSV table, without the header (see `csvColumns`). */
function tableRows(table: TableName, article: Article, text: string) {
  const rows =
    table === 'claims'
      ? claimsTable([article])
      : table === 'events'
        ? eventsTable([article], {[article.id]: text})
        : speakersTable(articleSpeakers(article))
  return rows.slice(1)
}

/** Render an error record and its line for stderr. */
export function errorResult(record: ErrorRecord, settings: Settings): Result {
  // An error record is no row of a table: with CSV it is reported on stderr alone.
  const output =
    settings.format === 'csv'
      ? ''
      : settings.format === 'md'
        ? errorToMarkdown(record)
        : settings.pretty
          ? JSON.stringify(record, null, 2)
          : JSON.stringify(record)
  const stderr = settings.quiet
    ? ''
    : formatDiagnostics([{ruleId: record.error.code, severity: 'error', message: record.error.message, span: null}], '', record.source.name ?? '-') + '\n'
  return {output, error: record, id: null, stderr, claims: 0, events: 0}
}

function optionalString(value: unknown): string | null | undefined {
  if (value === undefined || value === null) return null
  return typeof value === 'string' ? value : undefined
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
