/**
 * The fault test: two workers, one killed with SIGKILL while it holds jobs, a third started;
 * the export still holds one record per article, byte-identical to `onrecord parse`.
 */
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {setTimeout as sleep} from 'node:timers/promises'
import {Queue, QueueEvents} from 'bullmq'
import {afterAll, beforeAll, expect, test} from 'vitest'
import {root, run, start, type Running} from './helpers.js'
import {startRedis, type TestRedis} from './redis.js'

const bbc = join(root, '..', 'shared', 'corpora', 'bbc')
const scratch = mkdtempSync(join(tmpdir(), 'onrecord-queue-fault-'))
let redis: TestRedis
const workers: Running[] = []

beforeAll(async () => {
  redis = await startRedis()
})

afterAll(async () => {
  for (const worker of workers) if (worker.child.exitCode === null && worker.child.signalCode === null) worker.child.kill('SIGKILL')
  await redis?.stop()
  rmSync(scratch, {recursive: true, force: true})
})

/** 500 short articles of the parser's kind: a dateline, a quotation, a cue, a date. */
function generated(): string {
  const directory = join(scratch, 'generated')
  mkdirSync(directory)
  const places = ['LONDON', 'NAIROBI', 'LIMA', 'OSLO', 'MANILA']
  const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']
  for (let index = 0; index < 500; index++) {
    const text =
      `${places[index % 5]} (Reuters) - Talks on the harbour project resumed on ${days[index % 5]}, officials said.\n\n` +
      `"We expect an agreement within ${index % 12 + 2} weeks," said Dana Whitfield, a spokeswoman for the port authority.\n\n` +
      `The council voted ${index % 9 + 3} to 2 on March ${index % 27 + 1}, 2021, to fund a study of the plan, which would cost ${index + 10} million euros.\n`
    writeFileSync(join(directory, `${String(index).padStart(4, '0')}.txt`), text)
  }
  return directory
}

test('a worker killed mid-job loses nothing and duplicates nothing', async () => {
  if (!existsSync(bbc)) console.log(`fault test: ${bbc} is absent, so 500 generated articles stand in for the BBC set`)
  const inputs = existsSync(bbc) ? bbc : generated()
  const queueName = 'fault'
  const common = ['--redis', redis.url, '--queue', queueName]

  const added = await run(['queue', 'add', inputs, ...common])
  expect(added.status, added.stderr).toBe(0)
  const total = Number(/added (\d+) inputs/.exec(added.stderr)?.[1])
  expect(total).toBeGreaterThanOrEqual(500)

  const queue = new Queue(queueName, {connection: {url: redis.url}})
  const events = new QueueEvents(queueName, {connection: {url: redis.url}})
  const stalled = new Set<string>()
  events.on('stalled', ({jobId}) => stalled.add(jobId))
  await events.waitUntilReady()
  try {
    // A short lock, so that the killed worker's jobs go to another within seconds.
    const work = ['queue', 'work', ...common, '--lock-duration', '2000', '--concurrency', '4']
    const doomed = start(work)
    workers.push(doomed, start(work))

    // Kill it once both are well under way: a worker holds its next jobs while it parses one.
    const started = Date.now()
    while ((await queue.getJobCounts('completed')).completed! < Math.min(100, total / 5)) {
      expect(Date.now() - started, 'workers make progress').toBeLessThan(120000)
      await sleep(20)
    }
    expect((await queue.getJobCounts('active')).active, 'jobs in hand when the worker is killed').toBeGreaterThan(0)
    doomed.child.kill('SIGKILL')
    expect((await doomed.done).signal).toBe('SIGKILL')
    workers.push(start(work))

    const out = join(scratch, 'queue.jsonl')
    const exported = await run(['queue', 'export', ...common, '--out', out, '-q'])
    expect(exported.stderr).toBe('')

    // The killed worker's jobs were handed on by BullMQ's stalled-job check.
    expect(stalled.size).toBeGreaterThan(0)
    const counts = await queue.getJobCounts('completed', 'failed')
    expect(counts).toEqual({completed: total, failed: 0})

    const parsed = await run(['parse', inputs, '--quiet', '--jobs', '1'])
    const records = readFileSync(out, 'utf8')
    const lines = records.split('\n').slice(0, -1)
    expect(lines).toHaveLength(total)
    const names = lines.map((line) => (JSON.parse(line) as {source: {name: string}}).source.name)
    expect(new Set(names).size, 'no article twice').toBe(total)
    // Byte for byte what onrecord parse prints: records carry no timestamps.
    expect(records === parsed.stdout, 'the export equals onrecord parse').toBe(true)
    expect(exported.status).toBe(parsed.status)

    // The surviving workers stop cleanly on SIGTERM.
    for (const worker of workers.slice(1)) worker.child.kill('SIGTERM')
    for (const worker of workers.slice(1)) expect((await worker.done).status).toBe(0)
  } finally {
    await events.close()
    await queue.close()
  }
})
