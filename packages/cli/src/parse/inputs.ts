import type {Dirent} from 'node:fs'
import {readdir, stat} from 'node:fs/promises'
import {join} from 'node:path'
import type {Readable} from 'node:stream'
import {systemError, tooLarge} from './read.js'
import type {StdinMode, Task} from './process.js'
import {UsageError} from './usage-error.js'

/** Where the tasks come from and how large a line may be. */
export interface InputOptions {
  /** The stream `-` reads. */
  stdin: Readable
  /** The largest line (or plain-text article) accepted on stdin, in bytes. */
  maxBytes: number
  /** How stdin is read: `auto` looks at its first non-blank character. */
  stdinMode?: StdinMode
}

/**
 * Turn the command line's inputs into tasks, lazily and in order: a file is one task, a
 * directory is its `.txt` files (walked in sorted order, recursively), `-` is one task per
 * JSON Lines line of stdin, or one task for all of it when it is plain text (see
 * {@link stdinTasks}).
 *
 * Nothing is read ahead: the caller pulls the next task when it has room for it.
 */
export async function* tasksFrom(inputs: readonly string[], options: InputOptions): AsyncGenerator<Task> {
  for (const input of inputs) {
    if (input === '-') {
      yield* stdinTasks(options.stdin, options.maxBytes, options.stdinMode)
      continue
    }
    let isDirectory = false
    try {
      isDirectory = (await stat(input)).isDirectory()
    } catch {
      // Reading the file reports why it cannot be had, in its place.
    }
    if (isDirectory) yield* walk(input)
    else yield {kind: 'file', path: input}
  }
}

/**
 * Refuse, before anything is read or written, inputs that cannot be what the user meant: a
 * directory holding no `.txt` file at all. Throws a {@link UsageError} saying so.
 */
export async function checkInputs(inputs: readonly string[]): Promise<void> {
  for (const input of inputs) {
    if (input === '-') continue
    const isDirectory = await stat(input).then((stats) => stats.isDirectory(), () => false)
    if (!isDirectory) continue
    // The first .txt file is enough; a directory that cannot be read stands as an error
    // record in its place, as it always did.
    let empty = true
    for await (const _ of walk(input)) {
      empty = false
      break
    }
    if (empty) throw new UsageError(`${input} holds no .txt file; onrecord parse reads the .txt files of a directory`)
  }
}

/**
 * Count the `.txt` files of the inputs the way {@link tasksFrom} walks them, for a progress
 * bar's total; null when stdin is among them (its length is unknown).
 */
export async function countTasks(inputs: readonly string[]): Promise<number | null> {
  let count = 0
  for (const input of inputs) {
    if (input === '-') return null
    let isDirectory = false
    try {
      isDirectory = (await stat(input)).isDirectory()
    } catch {}
    if (!isDirectory) count++
    else for await (const _ of walk(input)) count++
  }
  return count
}

/**
 * The `.txt` files under a directory, depth first, each directory's entries sorted by code
 * unit. Hidden entries (a name starting with `.`) are skipped; symbolic links to files are
 * followed, symbolic links to directories are not (no cycles).
 */
async function* walk(directory: string): AsyncGenerator<Task> {
  let entries: Dirent[]
  try {
    entries = await readdir(directory, {withFileTypes: true})
  } catch (error) {
    yield {kind: 'error', record: {source: {name: directory}, error: systemError(error)}}
    return
  }
  const names = entries.filter((entry) => !entry.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of names) {
    const path = join(directory, entry.name)
    if (entry.isDirectory()) {
      yield* walk(path)
      continue
    }
    if (!/\.txt$/i.test(entry.name)) continue
    if (entry.isFile()) yield {kind: 'file', path}
    else if (entry.isSymbolicLink()) {
      try {
        if ((await stat(path)).isDirectory()) continue
      } catch {
        // A dangling link is reported as the file it names.
      }
      yield {kind: 'file', path}
    }
  }
}

/** Space, tab, CR and LF: what may stand before the `{` of JSON Lines (after a UTF-8 byte order mark). */
const blank = new Set([0x20, 0x09, 0x0d, 0x0a])

/**
 * The tasks of stdin. `jsonl` reads JSON Lines (see {@link jsonLinesTasks}); `text` reads all
 * of it as one plain-text article, refused as `too-large` past `maxBytes`; `auto` reads JSON
 * Lines when the first non-blank character is `{`, else plain text (blank stdin is JSON Lines
 * of no line).
 */
export async function* stdinTasks(stream: Readable, maxBytes: number, mode: StdinMode = 'auto'): AsyncGenerator<Task> {
  const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Uint8Array | string>
  // What was read to decide, handed on unchanged.
  const seen: Uint8Array[] = []
  let isText = mode === 'text'
  if (mode === 'auto') {
    for (;;) {
      const next = await chunks.next()
      if (next.done) break
      const bytes = asBytes(next.value)
      // The line decoder drops a UTF-8 byte order mark, so JSON Lines may open with one.
      const from = seen.length === 0 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
      seen.push(bytes)
      const first = bytes.findIndex((byte, index) => index >= from && !blank.has(byte))
      if (first !== -1) {
        isText = bytes[first] !== 0x7b
        break
      }
    }
  }
  const rest: AsyncIterable<Uint8Array> = {
    async *[Symbol.asyncIterator]() {
      yield* seen
      for (;;) {
        const next = await chunks.next()
        if (next.done) return
        yield asBytes(next.value)
      }
    }
  }
  if (isText) yield await textTask(rest, maxBytes)
  else yield* jsonLinesTasks(rest, maxBytes)
}

function asBytes(chunk: Uint8Array | string): Uint8Array {
  return typeof chunk === 'string' ? Buffer.from(chunk) : chunk
}

/** All of stdin as one article; past `maxBytes`, a `too-large` error without reading further. */
async function textTask(stream: AsyncIterable<Uint8Array>, maxBytes: number): Promise<Task> {
  const parts: Uint8Array[] = []
  let length = 0
  for await (const bytes of stream) {
    length += bytes.length
    if (length > maxBytes) {
      const error = tooLarge(null, maxBytes)
      return {kind: 'error', record: {source: {name: null}, error: {...error, message: `stdin: ${error.message}`}}}
    }
    parts.push(bytes)
  }
  return {kind: 'stdin', bytes: Buffer.concat(parts, length)}
}

/**
 * One task per line of `stream`, as soon as the line is complete. A line longer than
 * `maxBytes` is skipped without being held in memory and stands as a `too-large` error.
 */
export async function* jsonLinesTasks(stream: AsyncIterable<Uint8Array | string>, maxBytes: number): AsyncGenerator<Task> {
  let parts: Uint8Array[] = []
  let length = 0
  let skipping = false
  let number = 0

  const finish = (): Task => {
    number++
    if (skipping) {
      skipping = false
      return {kind: 'error', record: {source: {name: null}, error: {...tooLarge(null, maxBytes), message: `stdin line ${number}: ${tooLarge(null, maxBytes).message}`}}}
    }
    const line = new Uint8Array(length)
    let offset = 0
    for (const part of parts) {
      line.set(part, offset)
      offset += part.length
    }
    parts = []
    length = 0
    return {kind: 'line', line, number}
  }

  const add = (part: Uint8Array) => {
    if (skipping || part.length === 0) return
    if (length + part.length > maxBytes) {
      skipping = true
      parts = []
      length = 0
      return
    }
    // A view: the line is copied out once, when it is complete.
    parts.push(part)
    length += part.length
  }

  for await (const chunk of stream) {
    const bytes: Uint8Array = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    let start = 0
    for (let end = bytes.indexOf(10); end !== -1; end = bytes.indexOf(10, start)) {
      add(bytes.subarray(start, end))
      yield finish()
      start = end + 1
    }
    add(bytes.subarray(start))
  }
  // A last line without a line feed still counts; the empty rest after a final one does not.
  if (length > 0 || skipping) yield finish()
}
