import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, expect, test} from 'vitest'
import {run, start} from './helpers.js'
import {startRedis, type TestRedis} from './redis.js'

const scratch = mkdtempSync(join(tmpdir(), 'onrecord-queue-'))
let redis: TestRedis

beforeAll(async () => {
  redis = await startRedis()
})

afterAll(async () => {
  await redis?.stop()
  rmSync(scratch, {recursive: true, force: true})
})

const article = (place: string) => `${place} (Reuters) - "We will not leave," the minister said on Monday.\n`

test('add, status, export: input order, nothing twice, error records as completed jobs', async () => {
  const common = ['--redis', redis.url, '--queue', 'small']
  writeFileSync(join(scratch, 'b.txt'), article('OSLO'))
  writeFileSync(join(scratch, 'a.txt'), article('LIMA'))
  writeFileSync(join(scratch, 'binary.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]))
  const inputs = [join(scratch, 'b.txt'), join(scratch, 'missing.txt'), join(scratch, 'binary.txt'), join(scratch, 'a.txt')]

  const first = await run(['queue', 'add', ...inputs, ...common])
  expect(first.stderr).toContain('added 4 inputs; 0 were')
  // Again, plus one new input after the others: only that one is added, at the end.
  const lines = JSON.stringify({id: 'x1', text: article('LAGOS')}) + '\n'
  const second = await run(['queue', 'add', ...inputs, '-', ...common], {input: lines})
  expect(second.stderr).toContain('added 1 inputs; 4 were')

  const waiting = JSON.parse((await run(['queue', 'status', '--json', ...common])).stdout)
  expect(waiting).toEqual({added: 5, waiting: 5, active: 0, completed: 0, failed: 0})
  const partial = await run(['queue', 'export', '--partial', '-q', ...common])
  expect(partial).toMatchObject({status: 0, stdout: ''})

  const worker = start(['queue', 'work', '-q', ...common])
  const exported = await run(['queue', 'export', '-q', ...common])
  worker.child.kill('SIGTERM')
  expect((await worker.done).status).toBe(0)

  const parsed = await run(['parse', ...inputs, '-', '--quiet'], {input: lines})
  expect(exported.stdout).toBe(parsed.stdout)
  // Error records in the export make the status 1, as they do for onrecord parse.
  expect(exported.status).toBe(1)
  const records = exported.stdout.trim().split('\n').map((line) => JSON.parse(line))
  expect(records.map((record) => record.error?.code ?? record.id)).toEqual(['b', 'ENOENT', 'binary', 'a', 'x1'])
  const done = JSON.parse((await run(['queue', 'status', '--json', ...common])).stdout)
  expect(done).toEqual({added: 5, waiting: 0, active: 0, completed: 5, failed: 0})

  const out = join(scratch, 'out.jsonl')
  expect((await run(['queue', 'export', '-q', '--out', out, ...common])).status).toBe(1)
  expect(readFileSync(out, 'utf8')).toBe(parsed.stdout)
  const again = await run(['queue', 'export', '-q', '--out', out, ...common])
  expect(again).toMatchObject({status: 2, stderr: expect.stringContaining('exists; pass --force')})
})

test('add --hypothetical-events: the export keeps them, as onrecord parse --hypothetical-events does', async () => {
  const common = ['--redis', redis.url, '--queue', 'hypothetical']
  const input = join(scratch, 'possible.txt')
  writeFileSync(input, 'The rebels could attack the town. Police arrested two men.\n')
  await run(['queue', 'add', input, '--hypothetical-events', ...common])
  const worker = start(['queue', 'work', '-q', ...common])
  const exported = await run(['queue', 'export', '-q', ...common])
  worker.child.kill('SIGTERM')
  expect((await worker.done).status).toBe(0)
  const parsed = await run(['parse', input, '--hypothetical-events', '--quiet'])
  expect(exported.stdout).toBe(parsed.stdout)
  const [record] = exported.stdout.trim().split('\n').map((line) => JSON.parse(line))
  expect(record.events.map((event: {modality: string}) => event.modality)).toEqual(['hypothetical', 'asserted'])
})

test('a Redis that cannot be reached is a clear error, soon', async () => {
  const started = Date.now()
  const result = await run(['queue', 'status', '--redis', 'redis://127.0.0.1:1'])
  expect(result.status).toBe(1)
  expect(result.stderr).toContain('cannot reach Redis at redis://127.0.0.1:1')
  expect(Date.now() - started).toBeLessThan(15000)
  const usage = await run(['queue', 'status'])
  expect(usage).toMatchObject({status: 2, stderr: expect.stringContaining('expected --redis <url>')})
  const notUrl = await run(['queue', 'add', 'x.txt', '--redis', 'localhost'])
  expect(notUrl).toMatchObject({status: 2, stderr: expect.stringContaining('expected a Redis URL')})
  // Flag values are checked before Redis is reached, as onrecord parse checks them.
  const badDate = await run(['queue', 'add', 'x.txt', '--redis', 'redis://127.0.0.1:1', '--published', 'last week'])
  expect(badDate).toMatchObject({status: 2, stderr: expect.stringContaining('expected --published as EDTF/ISO')})
})
