/**
 * A parser thread of `onrecord queue work --jobs N`: one BullMQ worker with its own
 * connection, closed when the main thread says so.
 */
import {parentPort, workerData} from 'node:worker_threads'
import {runWorker, type WorkerSettings} from './work.js'

const port = parentPort
if (port) {
  const worker = runWorker(workerData as WorkerSettings, (error) => port.postMessage({error}))
  port.on('message', async (message: {close?: boolean; force?: boolean}) => {
    if (!message.close) return
    await worker.close(message.force)
    port.close()
  })
}
