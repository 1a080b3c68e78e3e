/**
 * `@onrecord/queue`: parse news articles on many machines, with onrecord on a BullMQ job
 * queue in Redis. Add inputs, run workers anywhere, export the records in input order.
 *
 * @packageDocumentation
 */
export {addInputs, type AddCounts, type AddOptions} from './add.js'
export {runQueue, queueHelp, type QueueIo} from './command.js'
export {defaultQueueName, type QueueOptions} from './connection.js'
export {exportRecords, type ExportedRecord, type ExportOptions} from './export.js'
export {jobFor, type ArticleJob, type ArticleJobData, type ParseOptions} from './jobs.js'
export {queueStatus, type QueueCounts} from './status.js'
export {startWorker, type RunningWorker, type WorkOptions} from './work.js'
