import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {Readable} from 'node:stream'
import {portableTasks, processTask, type PortableTask} from 'onrecord'
import {afterAll, describe, expect, test} from 'vitest'
import {jobFor, settingsOf, taskOf, type ParseOptions} from '../src/jobs.js'

const none: ParseOptions = {outlet: null, published: null, referenceDate: null}
const article = 'LONDON (Reuters) - "We will not leave," the minister said on Monday.\n'
const directory = mkdtempSync(join(tmpdir(), 'onrecord-queue-jobs-'))
afterAll(() => rmSync(directory, {recursive: true, force: true}))

/** Write files into the scratch directory and return their paths. */
function files(contents: Record<string, Uint8Array | string>): string[] {
  return Object.entries(contents).map(([name, bytes]) => {
    const path = join(directory, name)
    writeFileSync(path, bytes)
    return path
  })
}

async function tasks(inputs: string[], stdin = ''): Promise<PortableTask[]> {
  const all: PortableTask[] = []
  for await (const task of portableTasks(inputs, {stdin: Readable.from([stdin]), maxBytes: 1 << 20})) all.push(task)
  return all
}

describe('a job parses as onrecord parse parses the input', () => {
  const bytes = (...parts: Array<number[] | string>) =>
    Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : Buffer.from(part))))
  const inputs = files({
    'plain.txt': article,
    'bom-and-stray-byte.txt': bytes([0xef, 0xbb, 0xbf], 'PARIS - "Non," she said.', [0xe9], ' Then more.\r\n'),
    'utf16.txt': bytes([0xff, 0xfe], ...[...'BERLIN - "Ja," he said.'].map((c) => [c.charCodeAt(0), 0])),
    'binary.txt': bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
    'page.html': '<html><body>x</body></html>'
  })

  test.each(inputs.map((path) => [path.slice(directory.length + 1), path]))('%s', async (_, path) => {
    const [task] = await tasks([path])
    const job = jobFor(task!, none)
    // Through Redis the data travels as JSON.
    const data = JSON.parse(JSON.stringify(job.data)) as typeof job.data
    const remote = await processTask(taskOf(data), settingsOf(data))
    const local = await processTask({kind: 'file', path}, settingsOf(data))
    expect(remote.output).toBe(local.output)
    expect(remote.error === null).toBe(local.error === null)
  })

  test('bytes that are not UTF-8 travel as base64, UTF-8 as text', async () => {
    const [plain, stray] = await tasks([inputs[0]!, inputs[1]!])
    const plainData = jobFor(plain!, none).data
    const strayData = jobFor(stray!, none).data
    expect(plainData).toMatchObject({kind: 'contents', text: article})
    expect(strayData).toHaveProperty('base64')
    expect(strayData).not.toHaveProperty('text')
  })

  test('a missing file is a job whose record is the error record', async () => {
    const missing = join(directory, 'missing.txt')
    const [task] = await tasks([missing])
    const job = jobFor(task!, none)
    expect(job.data.kind).toBe('error')
    const result = await processTask(taskOf(job.data), settingsOf(job.data))
    expect(result.output).toBe((await processTask({kind: 'file', path: missing}, settingsOf(job.data))).output)
    expect(JSON.parse(result.output)).toMatchObject({source: {name: missing}, error: {code: 'ENOENT'}})
  })

  test('JSON Lines from stdin, good and bad lines alike', async () => {
    const stdin = [JSON.stringify({id: 'a1', text: article}), '{"text": 3}', 'not json', JSON.stringify({name: 'b/2.txt', text: article, published: '2020-02-03'})].join('\n') + '\n'
    const lines = await tasks(['-'], stdin)
    expect(lines).toHaveLength(4)
    const outputs = await Promise.all(
      lines.map(async (task) => {
        const data = JSON.parse(JSON.stringify(jobFor(task, none).data))
        return [(await processTask(taskOf(data), settingsOf(data))).output, (await processTask(task, settingsOf(data))).output]
      })
    )
    for (const [remote, local] of outputs) expect(remote).toBe(local)
    expect(JSON.parse(outputs[0]![0]!).id).toBe('a1')
    expect(JSON.parse(outputs[1]![0]!).error.code).toBe('bad-json')
  })
})

test('a job keeps hypothetical events when it was added with hypotheticalEvents', async () => {
  const [path] = files({'hypothetical.txt': 'The rebels could attack the town. Police arrested two men.\n'})
  const [task] = await tasks([path!])
  const events = async (options: ParseOptions) => {
    const data = JSON.parse(JSON.stringify(jobFor(task!, options).data))
    const record = JSON.parse((await processTask(taskOf(data), settingsOf(data))).output) as {events: Array<{modality: string}>}
    return record.events.map((event) => event.modality)
  }
  expect(await events(none)).toEqual(['asserted'])
  expect(await events({...none, hypotheticalEvents: true})).toEqual(['hypothetical', 'asserted'])
  // The option is part of the job: the same file added with it is another job.
  expect(jobFor(task!, {...none, hypotheticalEvents: true}).id).not.toBe(jobFor(task!, none).id)
})

describe('job ids', () => {
  const [first, second] = files({'0001.txt': article, 'copy.txt': article})
  const inner = join(directory, 'inner')

  test('the same input gives the same id, led by the article id', async () => {
    const [a] = await tasks([first!])
    const [b] = await tasks([first!])
    expect(jobFor(a!, none).id).toBe(jobFor(b!, none).id)
    expect(jobFor(a!, none).id).toMatch(/^0001-[0-9a-f]{40}$/)
    expect(jobFor(a!, none).name).toBe(first)
  })

  test('another text, name or option gives another id', async () => {
    const [a, b] = await tasks([first!, second!])
    const id = jobFor(a!, none).id
    expect(jobFor(b!, none).id).not.toBe(id)
    expect(jobFor(a!, {...none, published: '2020-01-01'}).id).not.toBe(id)
    const changed = {...a!, bytes: new TextEncoder().encode(article + ' ')} as PortableTask
    expect(jobFor(changed, none).id).not.toBe(id)
    // The same base name and text in another folder: another record (its source name differs).
    const moved = {...a!, path: join(inner, '0001.txt')} as PortableTask
    expect(jobFor(moved, none).id).not.toBe(id)
    expect(jobFor(moved, none).id.startsWith('0001-')).toBe(true)
  })

  test('ids hold no colon, whatever the name', async () => {
    const [a] = await tasks(['-'], JSON.stringify({id: 'urn:news:42', text: article}) + '\n')
    expect(jobFor(a!, none).id).toMatch(/^urn_news_42-[0-9a-f]{40}$/)
  })
})
