import {createHash} from 'node:crypto'
import {idFromName} from '@onrecord/core'
import {defaultMaxBytes, type PortableTask, type Settings} from 'onrecord'

/** What every input of an `add` shares: `parseArticle`'s options, as `onrecord parse` takes them. */
export interface ParseOptions {
  /** The outlet of every input (`--outlet`), or null. */
  outlet: string | null
  /** The publication date of every input (`--published`), or null. */
  published: string | null
  /** What relative dates resolve against (`--reference-date`), or null. */
  referenceDate: string | null
  /** Keep events named only as possibilities (`--hypothetical-events`); absent: left out. */
  hypotheticalEvents?: boolean
}

/**
 * The data of one job: an input of `onrecord parse` with what it needs to be parsed
 * anywhere. Bytes that are valid UTF-8 travel as `text` (readable in Redis, no larger than the
 * file); other bytes (UTF-16, stray Windows-1252) as `base64`, so that the worker decodes the
 * very bytes `onrecord parse` would have read.
 */
export type ArticleJobData = (
  | {kind: 'contents'; path: string; text?: string; base64?: string}
  | {kind: 'line'; number: number; text?: string; base64?: string}
  | {kind: 'error'; record: {source: {name: string | null}; error: {code: string; message: string}}}
) & {options: ParseOptions}

/** A job to add: its id, its name (the input's name, for people) and its data. */
export interface ArticleJob {
  /** The article's id, then a sha256 of its text, name and options: the same input added again is the same job. */
  id: string
  /** The input's name (a path, or the `name` of a JSON Lines line), else its id. */
  name: string
  /** What the worker parses. */
  data: ArticleJobData
}

const utf8 = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})
const encoder = new TextEncoder()

/**
 * The job for one input. Its id is derived from what decides the record: the article's id (as
 * `parseArticle` derives it: the `id` of a JSON Lines line, else the file's base name) and a
 * sha256 of the text, the input's name and the parse options. Adding the same crawl twice
 * therefore adds nothing, while two files of the same name in different folders stay apart.
 *
 * @example
 * jobFor({kind: 'contents', path: 'crawl/0001.txt', bytes}, options).id // '0001-3f9a…'
 */
export function jobFor(task: PortableTask, options: ParseOptions): ArticleJob {
  const hash = createHash('sha256')
  hash.update(JSON.stringify(options))
  let data: ArticleJobData
  let id: string
  let name: string
  if (task.kind === 'error') {
    data = {kind: 'error', record: task.record, options}
    hash.update('\u0000error\u0000' + JSON.stringify(task.record))
    name = task.record.source.name ?? 'error'
    id = 'error'
  } else {
    const bytes = task.kind === 'contents' ? task.bytes : task.line
    const text = utf8Text(bytes)
    const payload = text === null ? {base64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')} : {text}
    if (task.kind === 'contents') {
      data = {kind: 'contents', path: task.path, ...payload, options}
      hash.update('\u0000contents\u0000' + task.path + '\u0000')
      name = task.path
      id = idFromName(task.path) ?? 'article'
    } else {
      data = {kind: 'line', number: task.number, ...payload, options}
      // The number shows only in the error record of a bad line, which the hash must tell apart.
      hash.update(`\u0000line\u0000${task.number}\u0000`)
      const fields = lineFields(text)
      name = fields.name ?? fields.id ?? `stdin:${task.number}`
      id = fields.id ?? idFromName(fields.name) ?? 'line'
    }
    hash.update(bytes)
  }
  return {id: `${safeId(id)}-${hash.digest('hex').slice(0, 40)}`, name, data}
}

/** The task a job's data stands for, as `onrecord parse` would have made it. */
export function taskOf(data: ArticleJobData): PortableTask {
  if (data.kind === 'error') return {kind: 'error', record: data.record}
  const bytes = data.text !== undefined ? encoder.encode(data.text) : new Uint8Array(Buffer.from(data.base64 ?? '', 'base64'))
  return data.kind === 'contents' ? {kind: 'contents', path: data.path, bytes} : {kind: 'line', line: bytes, number: data.number}
}

/** The settings `onrecord parse` runs a task with: JSON Lines, the job's parse options. */
export function settingsOf(data: ArticleJobData): Settings {
  return {format: 'jsonl', pretty: false, quiet: true, table: null, minSeverity: 'info', maxBytes: defaultMaxBytes, ...data.options}
}

function utf8Text(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes)
  } catch {
    return null
  }
}

/** `id` and `name` of a JSON Lines line, when it has them (a bad line stands as an error record later). */
function lineFields(text: string | null): {id: string | null; name: string | null} {
  if (text === null) return {id: null, name: null}
  try {
    const value = JSON.parse(text) as Record<string, unknown> | null
    const pick = (key: string) => (value && typeof value === 'object' && typeof value[key] === 'string' ? (value[key] as string) : null)
    return {id: pick('id'), name: pick('name')}
  } catch {
    return {id: null, name: null}
  }
}

/** BullMQ job ids may not hold `:`; keep them short and printable. */
function safeId(id: string): string {
  return id.replace(/[^\w.-]/g, '_').slice(0, 80)
}
