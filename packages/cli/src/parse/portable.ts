/**
 * The inputs of `onrecord parse` as tasks that carry what they need, so that another process
 * or another machine can run them through {@link processTask} and print the very record
 * `onrecord parse` prints here. `@onrecord/queue` sends them through Redis this way.
 */
import {tasksFrom, type InputOptions} from './inputs.js'
import {processTask, type Result, type Settings, type Task} from './process.js'
import {readLimited} from './read.js'

export {defaultMaxBytes, parseSize} from './options.js'
export {processTask, type InputOptions, type Result, type Settings, type Task}

/** A task that needs no file system: a file's contents, a line of stdin, or an error record. */
export type PortableTask = Exclude<Task, {kind: 'file'} | {kind: 'stdin'}>

/**
 * The tasks of `inputs`, in the order `onrecord parse` takes them (a directory is its `.txt`
 * files, sorted and recursive; `-` is one task per JSON Lines line of stdin), with each file
 * read here: its bytes travel with the task, or an error record (missing, unreadable, larger
 * than `maxBytes`) stands in its place.
 *
 * @example
 * for await (const task of portableTasks(['crawl/'], {stdin: process.stdin, maxBytes: defaultMaxBytes})) {
 *   const result = await processTask(task, settings) // anywhere, later
 * }
 */
export async function* portableTasks(inputs: readonly string[], options: InputOptions): AsyncGenerator<PortableTask> {
  for await (const task of tasksFrom(inputs, options)) {
    // Plain text on stdin is one article: its bytes travel as a file's would, named `-`.
    if (task.kind === 'stdin') {
      yield {kind: 'contents', path: '-', bytes: task.bytes}
      continue
    }
    if (task.kind !== 'file') {
      yield task
      continue
    }
    const read = await readLimited(task.path, options.maxBytes)
    yield read.ok ? {kind: 'contents', path: task.path, bytes: read.bytes} : {kind: 'error', record: {source: {name: task.path}, error: read.error}}
  }
}
