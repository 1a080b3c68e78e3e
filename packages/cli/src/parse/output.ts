import {randomBytes} from 'node:crypto'
import {createWriteStream, unlinkSync, type WriteStream} from 'node:fs'
import {link, mkdir, rename, stat, unlink, writeFile} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'
import {once} from 'node:events'
import type {Writable} from 'node:stream'
import {csvColumns, toCsv, type ErrorRecord, type TableName} from '@onrecord/core'
import type {Format, Result} from './process.js'
import {UsageError} from './usage-error.js'

/** Where records go. */
export interface Sink {
  /** Write one result; resolves to whether it stands as an error record. */
  write(result: Result): Promise<boolean>
  /** Finish the output (close the JSON array, move the file into place). */
  close(): Promise<void>
  /** Give up: remove whatever temporary file there is. */
  abort(): Promise<void>
}

/** Write `chunk`, waiting for the stream to drain when its buffer is full. */
export async function put(stream: Writable, chunk: string): Promise<void> {
  if (stream.destroyed) throw Object.assign(new Error('the output is closed'), {code: 'EPIPE'})
  if (!stream.write(chunk)) await once(stream, 'drain')
}

/** The header line of a CSV table. */
export function csvHeader(table: TableName | null): string {
  return toCsv([csvColumns[table ?? 'claims']])
}

/**
 * Records on a stream, framed for the format: JSON Lines (one per line), one JSON array,
 * Markdown documents separated by a blank line, or one CSV table (the header, then the rows of
 * each record; error records are no rows).
 */
export class StreamSink implements Sink {
  readonly #stream: Writable
  readonly #format: Format
  readonly #pretty: boolean
  readonly #table: TableName | null
  #count = 0

  constructor(stream: Writable, format: Format, pretty: boolean, table: TableName | null = null) {
    this.#stream = stream
    this.#format = format
    this.#pretty = pretty
    this.#table = table
  }

  async write(result: Result): Promise<boolean> {
    let chunk: string
    if (this.#format === 'csv') {
      // The header comes first, even before an error record, which is no row.
      chunk = (this.#count === 0 ? csvHeader(this.#table) : '') + (result.error ? '' : result.output)
    } else if (this.#format === 'json') {
      const item = this.#pretty ? '  ' + result.output.replaceAll('\n', '\n  ') : result.output
      chunk = (this.#count === 0 ? '[\n' : ',\n') + item
    } else if (this.#format === 'md') chunk = (this.#count === 0 ? '' : '\n') + result.output
    else chunk = result.output + '\n'
    this.#count++
    await put(this.#stream, chunk)
    return result.error !== null
  }

  async close(): Promise<void> {
    if (this.#format === 'json') await put(this.#stream, this.#count === 0 ? '[]\n' : '\n]\n')
    // A table with no rows still has its header.
    if (this.#format === 'csv' && this.#count === 0) await put(this.#stream, csvHeader(this.#table))
  }

  async abort(): Promise<void> {}
}

/**
 * Records in a file, written to a temporary file in the same directory and moved into place
 * at the end, so that readers never see half a file. An existing file is replaced only with
 * `force`.
 */
export class FileSink implements Sink {
  readonly #path: string
  readonly #temporary: string
  readonly #force: boolean
  readonly #file: WriteStream
  readonly #inner: StreamSink
  readonly #onSignal: (signal: NodeJS.Signals) => void
  #done = false

  private constructor(path: string, force: boolean, format: Format, pretty: boolean, table: TableName | null) {
    this.#path = path
    this.#force = force
    this.#temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
    this.#file = createWriteStream(this.#temporary, {flags: 'wx'})
    this.#inner = new StreamSink(this.#file, format, pretty, table)
    // Interrupted: leave no temporary file behind.
    this.#onSignal = (signal) => {
      try {
        unlinkSync(this.#temporary)
      } catch {}
      process.exit(signal === 'SIGINT' ? 130 : 143)
    }
    process.once('SIGINT', this.#onSignal)
    process.once('SIGTERM', this.#onSignal)
  }

  /** Check that `path` can be written (its directory exists, no file is there or `force`) and open the temporary file. */
  static async open(path: string, force: boolean, format: Format, pretty: boolean, table: TableName | null = null): Promise<FileSink> {
    const directory = dirname(path)
    const parent = await stat(directory).catch(() => null)
    if (!parent?.isDirectory()) throw new UsageError(`cannot write --out ${path}: ${directory} is not a directory`)
    const existing = await stat(path).catch(() => null)
    if (existing?.isDirectory()) throw new UsageError(`cannot write --out ${path}: it is a directory`)
    if (existing && !force) throw new UsageError(`--out ${path} exists; pass --force to replace it`)
    const sink = new FileSink(path, force, format, pretty, table)
    await once(sink.#file, 'open')
    return sink
  }

  write(result: Result): Promise<boolean> {
    return this.#inner.write(result)
  }

  async close(): Promise<void> {
    await this.#inner.close()
    this.#file.end()
    await once(this.#file, 'close')
    this.#release()
    if (this.#force) {
      await rename(this.#temporary, this.#path)
      return
    }
    // A hard link never replaces an existing file, so a file that appeared since the start is kept.
    try {
      await link(this.#temporary, this.#path)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'EEXIST') {
        await unlink(this.#temporary).catch(() => {})
        throw new UsageError(`--out ${this.#path} exists; pass --force to replace it`)
      }
      // No hard links on this file system: check, then rename.
      if (await stat(this.#path).then(() => true, () => false)) {
        await unlink(this.#temporary).catch(() => {})
        throw new UsageError(`--out ${this.#path} exists; pass --force to replace it`)
      }
      await rename(this.#temporary, this.#path)
      return
    }
    await unlink(this.#temporary)
  }

  async abort(): Promise<void> {
    this.#file.destroy()
    this.#release()
    await unlink(this.#temporary).catch(() => {})
  }

  #release(): void {
    if (this.#done) return
    this.#done = true
    process.off('SIGINT', this.#onSignal)
    process.off('SIGTERM', this.#onSignal)
  }
}

/**
 * One file per record in a directory (`<id>.json`, `<id>.md` for Markdown, or `<id>.csv`, a
 * table with its header, for CSV), each written
 * to a temporary file and renamed into place; a file of the same name from an earlier run is
 * replaced. Error records go to `errors` (stdout) as JSON Lines, since they have no id.
 */
export class DirectorySink implements Sink {
  readonly #directory: string
  readonly #extension: string
  readonly #header: string
  readonly #errors: Writable
  readonly #written = new Set<string>()

  private constructor(directory: string, format: Format, errors: Writable, table: TableName | null) {
    this.#directory = directory
    this.#extension = format === 'md' ? '.md' : format === 'csv' ? '.csv' : '.json'
    this.#header = format === 'csv' ? csvHeader(table) : ''
    this.#errors = errors
  }

  /** Create the directory if needed. */
  static async open(directory: string, format: Format, errors: Writable, table: TableName | null = null): Promise<DirectorySink> {
    try {
      await mkdir(directory, {recursive: true})
    } catch (error) {
      throw new UsageError(`cannot create --out-dir ${directory}: ${(error as Error).message}`)
    }
    return new DirectorySink(directory, format, errors, table)
  }

  async write(result: Result): Promise<boolean> {
    if (result.error || result.id === null) {
      if (result.error) await put(this.#errors, JSON.stringify(result.error) + '\n')
      return true
    }
    const name = safeFileName(result.id) + this.#extension
    if (this.#written.has(name)) {
      const record: ErrorRecord = {
        source: {name: result.id},
        error: {code: 'duplicate-id', message: `another input of this run already wrote ${name}; ids must be unique with --out-dir`}
      }
      await put(this.#errors, JSON.stringify(record) + '\n')
      return true
    }
    this.#written.add(name)
    const path = join(this.#directory, name)
    const temporary = join(this.#directory, `.${name}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
    try {
      const content = this.#header !== '' ? this.#header + result.output : result.output.endsWith('\n') ? result.output : result.output + '\n'
      await writeFile(temporary, content, {flag: 'wx'})
      await rename(temporary, path)
    } catch (error) {
      await unlink(temporary).catch(() => {})
      throw error
    }
    return false
  }

  async close(): Promise<void> {}

  async abort(): Promise<void> {}
}

/** A record id as a file name: no path separators, no leading dot, nothing empty. */
export function safeFileName(id: string): string {
  const name = id.replace(/[/\\\u0000-\u001f:*?"<>|]/g, '_').replace(/^\.+/, (dots) => '_'.repeat(dots.length))
  return name === '' ? '_' : name.slice(0, 200)
}
