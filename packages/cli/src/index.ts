/**
 * `onrecord`: the command line. Run it as `onrecord parse …`, or call {@link main} with the
 * arguments and, optionally, your own streams.
 *
 * @packageDocumentation
 */
export {main, type Io} from './cli.js'
export {
  defaultMaxBytes,
  parseSize,
  portableTasks,
  processTask,
  type InputOptions,
  type PortableTask,
  type Result,
  type Settings,
  type Task
} from './parse/portable.js'
