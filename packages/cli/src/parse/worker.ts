/**
 * A worker thread of `onrecord parse --jobs N`: runs the tasks it is sent, one at a time,
 * with the same code as a run in-process, so the output does not depend on `--jobs`.
 */
import {parentPort, workerData} from 'node:worker_threads'
import {processTask, type Settings, type Task} from './process.js'

const settings = workerData as Settings
const port = parentPort

if (port) {
  port.on('message', async (message: {seq: number; task: Task}) => {
    const result = await processTask(message.task, settings)
    port.postMessage({seq: message.seq, result})
  })
}
