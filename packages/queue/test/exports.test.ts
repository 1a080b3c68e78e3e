import {expect, test} from 'vitest'
import * as queue from '../src/index.js'

test('the public exports, so that a change to the API is a visible diff', () => {
  expect(Object.keys(queue).sort()).toEqual([
    'addInputs',
    'defaultQueueName',
    'exportRecords',
    'jobFor',
    'queueHelp',
    'queueStatus',
    'runQueue',
    'startWorker'
  ])
})
