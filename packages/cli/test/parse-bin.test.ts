/**
 * `onrecord parse` as outside tools run it: the built bin in a child process, on the hostile
 * inputs of a crawl. Each input yields exactly one record or one error record, the exit
 * status follows the rule, memory stays bounded and the output does not depend on `--jobs`.
 */
import {execFile, spawn} from 'node:child_process'
import {chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {promisify} from 'node:util'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {bin, expectArticle, expectError, lines, reportedMaxRss, root, runBin, temporaryDirectory} from './parse-helpers.js'

const seedsDirectory = join(root, 'seeds')
const seedNames = readdirSync(seedsDirectory).filter((name) => name.endsWith('.txt')).sort()
const seed = readFileSync(join(seedsDirectory, seedNames[0]!), 'utf8')
const mib = 1024 * 1024

let dir: {path: string; remove: () => void}
const file = (name: string) => join(dir.path, name)

/** One hostile input: its bytes and the text its spans must point into (null: an error record). */
interface Case {
  name: string
  bytes: Uint8Array
  text: string | null
  code?: string
}

const cases: Case[] = []
const add = (name: string, bytes: Uint8Array | string, text: string | null, code?: string) => {
  const data = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes
  cases.push({name, bytes: data, text, ...(code ? {code} : {})})
}

add('empty.txt', '', '')
add('whitespace.txt', '  \n\t\n   \r\n \u00a0\n', '  \n\t\n   \r\n \u00a0\n')
add('nul.txt', 'Before\u0000after "quoted," he said.\n', null, 'binary')
{
  const bytes = Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' "ok," she said.\n'), Buffer.from([0xff, 0xfe, 0x80])])
  add('invalid-utf8.txt', bytes, new TextDecoder().decode(bytes))
}
{
  const text = seed.replace(/\n/g, '\r\n')
  add('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), text)
}
add('crlf.txt', seed.replace(/\n/g, '\r\n'), seed.replace(/\n/g, '\r\n'))
add('cr.txt', seed.replace(/\n/g, '\r'), seed.replace(/\n/g, '\r'))
{
  const line = seed.replace(/\s+/g, ' ')
  const text = line.repeat(Math.ceil((2 * mib) / line.length))
  add('long-line.txt', text, text)
}
{
  const text = Array.from({length: 10_000}, (_, index) => (index % 3 === 0 ? '“Word ' : index % 3 === 1 ? '"said ' : "' no ")).join('')
  add('quotes.txt', text, text)
}
add('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3]), null, 'binary')
add('page.txt', '<!DOCTYPE html>\n<html><body><p>"Hi," he said.</p></body></html>\n', null, 'html-input')

/** 10 MB of long paragraphs of plain prose. */
const bigText = (() => {
  const paragraph = 'The committee met again on a grey morning, and the report was filed with the clerk before noon. '.repeat(10).trim() + '\n'
  return paragraph.repeat(Math.ceil((10 * mib) / paragraph.length))
})()

/**
 * The peak memory of parsing `path` with the core alone, in a child process: read, parse,
 * stringify. What the CLI adds on top of it is what the CLI is answerable for.
 */
async function coreMaxRss(path: string): Promise<number> {
  const core = pathToFileURL(join(root, 'packages/core/dist/index.js')).href
  const script = `
    import {readFileSync} from 'node:fs'
    import {parseArticle} from ${JSON.stringify(core)}
    const text = readFileSync(${JSON.stringify(path)}, 'utf8')
    const json = JSON.stringify(parseArticle(text, {name: 'x'}))
    console.log(json.length, process.resourceUsage().maxRSS)
  `
  const {stdout} = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {maxBuffer: mib})
  return Number(stdout.trim().split(' ')[1]) / 1024
}

beforeAll(() => {
  dir = temporaryDirectory()
  for (const item of cases) writeFileSync(file(item.name), item.bytes)
  writeFileSync(file('big.txt'), bigText)
  // 10,000 small articles in 100 directories.
  for (let d = 0; d < 100; d++) {
    const sub = file(`many/${String(d).padStart(3, '0')}`)
    mkdirSync(sub, {recursive: true})
    for (let f = 0; f < 100; f++) {
      writeFileSync(join(sub, `${String(f).padStart(3, '0')}.txt`), `Headline ${d}-${f}\n"We are here," the mayor said on Monday.\n`)
    }
  }
  // A mix for the --jobs comparison: the seeds, the small hostile cases, and a missing file.
  mkdirSync(file('mixed'))
  for (const name of seedNames) writeFileSync(file(`mixed/${name}`), readFileSync(join(seedsDirectory, name)))
  for (const item of cases) if (item.name !== 'long-line.txt') writeFileSync(file(`mixed/${item.name.replace(/\.\w+$/, '.txt')}`), item.bytes)
}, 60_000)

afterAll(() => dir.remove(), 60_000)

describe('the hostile catalogue, one input at a time', () => {
  for (const item of cases) {
    it(`${item.name}: one ${item.text === null ? `error record (${item.code})` : 'record'}`, async () => {
      const run = await runBin(['parse', '--jobs', '1', '--quiet', file(item.name)])
      const records = lines(run.stdout)
      expect(records).toHaveLength(1)
      if (item.text === null) {
        expect(run.status).toBe(1)
        expect(expectError(records[0], item.code!).source.name).toBe(file(item.name))
      } else {
        expect(run.status).toBe(0)
        expectArticle(records[0], item.text)
      }
    }, 120_000)
  }

  it('a 10 MB file: one record, spans round-trip, the CLI adds bounded memory to the parser\'s', async () => {
    const [run, core] = await Promise.all([
      runBin(['parse', '--jobs', '1', '--quiet', file('big.txt')], {env: {ONRECORD_REPORT_MAXRSS: '1'}}),
      coreMaxRss(file('big.txt'))
    ])
    expect(run.status).toBe(0)
    const records = lines(run.stdout)
    expect(records).toHaveLength(1)
    expectArticle(records[0], bigText)
    const cli = reportedMaxRss(run.stderr)
    // Reading (10 MB), decoding, one JSON string and the write buffer: far less than 200 MB.
    expect(cli - core, `peak RSS: CLI ${cli.toFixed(0)} MB, parser alone ${core.toFixed(0)} MB`).toBeLessThan(200)
    // Every sentence here names a meeting, so the events stage parses every one: about 8 s a MB.
  }, 300_000)

  it('a 10 MB file over --max-bytes 1M: an error record, read no further', async () => {
    const run = await runBin(['parse', '--max-bytes', '1M', '--quiet', file('big.txt'), file('empty.txt')], {
      env: {ONRECORD_REPORT_MAXRSS: '1'}
    })
    expect(run.status).toBe(1)
    const [large, empty] = lines(run.stdout)
    expectError(large, 'too-large')
    expectArticle(empty, '')
    expect(reportedMaxRss(run.stderr)).toBeLessThan(300)
  })

  it.skipIf(process.getuid?.() === 0)('an unreadable file: EACCES (skipped as root, who can read anything)', async () => {
    const locked = file('locked.txt')
    writeFileSync(locked, 'secret')
    chmodSync(locked, 0o000)
    const run = await runBin(['parse', '--quiet', locked])
    expect(run.status).toBe(1)
    expectError(lines(run.stdout)[0], 'EACCES')
  })
})

describe('a directory of 10,000 small files', () => {
  it('yields 10,000 records in sorted order on every core, with bounded memory', async () => {
    const run = await runBin(['parse', '--quiet', file('many')], {env: {ONRECORD_REPORT_MAXRSS: '1'}})
    expect(run.status).toBe(0)
    const records = lines(run.stdout) as Array<{source: {name: string}}>
    expect(records).toHaveLength(10_000)
    const expected: string[] = []
    for (let d = 0; d < 100; d++) for (let f = 0; f < 100; f++) expected.push(file(`many/${String(d).padStart(3, '0')}/${String(f).padStart(3, '0')}.txt`))
    expect(records.map((record) => record.source.name)).toEqual(expected)
    // Every hundredth record in full: validity and spans.
    for (let index = 0; index < records.length; index += 100) {
      expectArticle(records[index], readFileSync(records[index]!.source.name, 'utf8'))
    }
    expect(reportedMaxRss(run.stderr)).toBeLessThan(300)
  })
})

describe('output does not depend on --jobs', () => {
  it('is byte-identical for --jobs 1, 2 and 3, in JSON Lines and Markdown, diagnostics included', async () => {
    const inputs = [file('mixed'), file('missing.txt'), file('mixed/empty.txt')]
    for (const format of ['jsonl', 'md']) {
      const runs = await Promise.all(['1', '2', '3'].map((jobs) => runBin(['parse', '--jobs', jobs, '--format', format, ...inputs])))
      for (const run of runs) expect(run.status).toBe(1)
      expect(runs[1]!.stdout).toBe(runs[0]!.stdout)
      expect(runs[2]!.stdout).toBe(runs[0]!.stdout)
      // stderr is a pipe here: diagnostics, and no progress bar.
      expect(runs[0]!.stderr).not.toContain('\u001B')
      // All but the time of the summary line.
      const stderr = runs.map((run) => run.stderr.replace(/ in [\d.]+ s\n$/, ''))
      expect(runs[0]!.stderr).toMatch(/\nonrecord parse: \d+ articles, \d+ error records?, \d+ claims?, \d+ events? in [\d.]+ s\n$/)
      expect(stderr[1]).toBe(stderr[0])
      expect(stderr[2]).toBe(stderr[0])
    }
  })
})

describe('in a pipe', () => {
  it('streams JSON Lines: a record comes out before stdin ends', async () => {
    const child = spawn(process.execPath, [bin, 'parse', '--quiet', '-'], {stdio: ['pipe', 'pipe', 'pipe']})
    let out = ''
    const firstRecord = new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString('utf8')
        if (out.includes('\n')) resolve()
      })
    })
    child.stdin.write(JSON.stringify({id: 'first', text: '"Yes," she said.'}) + '\n')
    await firstRecord
    expect(lines(out).map((record) => (record as {id: string}).id)).toEqual(['first'])
    child.stdin.end('{broken\n' + JSON.stringify({id: 'third', text: 'Done.'}) + '\n')
    const status = await new Promise((resolve) => child.on('close', resolve))
    expect(status).toBe(1)
    const records = lines(out)
    expect(records).toHaveLength(3)
    expectError(records[1], 'bad-json')
    expectArticle(records[2], 'Done.')
  })

  it('keeps the order of 2,000 lines across threads, each line one record', async () => {
    const input = Array.from({length: 2000}, (_, index) =>
      index % 500 === 7 ? '{not json' : JSON.stringify({id: `line-${index}`, text: `Line ${index}: "We are here," the mayor said.`})
    ).join('\n')
    const run = await runBin(['parse', '--jobs', '2', '--quiet', '-'], {input, env: {ONRECORD_REPORT_MAXRSS: '1'}})
    expect(run.status).toBe(1)
    const records = lines(run.stdout) as Array<{id?: string}>
    expect(records).toHaveLength(2000)
    records.forEach((record, index) => {
      if (index % 500 === 7) expectError(record, 'bad-json')
      else expect(record.id).toBe(`line-${index}`)
    })
    expect(reportedMaxRss(run.stderr)).toBeLessThan(300)
  })

  it('stops quietly when the reader goes away', async () => {
    const {stdout, stderr} = await promisify(execFile)(
      'bash',
      ['-c', `"${process.execPath}" "${bin}" parse --quiet "${file('many')}" | head -n 1 >/dev/null; echo "status \${PIPESTATUS[0]}"`],
      {maxBuffer: 10 * mib}
    )
    expect(stdout).toBe('status 0\n')
    expect(stderr).toBe('')
  })
})

describe('from the repository root', () => {
  it('`pnpm exec onrecord parse seeds/*.txt` prints five valid records whose spans round-trip', async () => {
    const {stdout} = await promisify(execFile)('bash', ['-c', 'npx -y pnpm@12.21.0 exec onrecord parse --quiet seeds/*.txt'], {
      cwd: root,
      maxBuffer: 10 * mib
    })
    const records = lines(stdout) as Array<{source: {name: string}}>
    expect(records.map((record) => record.source.name)).toEqual(seedNames.map((name) => `seeds/${name}`))
    for (const record of records) expectArticle(record, readFileSync(join(root, record.source.name), 'utf8'))
  })
})
