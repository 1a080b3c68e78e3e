import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {expectArticle, expectError, lines, root, runBin, runMain} from './parse-helpers.js'

const seedsDirectory = join(root, 'seeds')
const seedName = readdirSync(seedsDirectory).filter((name) => name.endsWith('.txt')).sort()[0]!
const seed = readFileSync(join(seedsDirectory, seedName), 'utf8')

describe('onrecord parse - reads what it is given', () => {
  it('reads a plain-text article piped in (`cat article.txt | onrecord parse -`) as one record, the same as the file gives', async () => {
    const piped = await runMain(['parse', '--jobs', '1', '-q', '-'], seed)
    expect(piped.status).toBe(0)
    const records = lines(piped.stdout)
    expect(records).toHaveLength(1)
    const article = expectArticle(records[0], seed)
    expect(article.source.name).toBeNull()
    const file = await runMain(['parse', '--jobs', '1', '-q', join(seedsDirectory, seedName)])
    const fromFile = expectArticle(lines(file.stdout)[0], seed)
    expect(article.claims.length).toBeGreaterThan(0)
    expect(article.claims).toEqual(fromFile.claims)
    expect(article.events).toEqual(fromFile.events)
    expect(article.source.sha256).toBe(fromFile.source.sha256)
  })

  it('reads JSON Lines when the first non-blank character is {, plain text otherwise', async () => {
    const jsonl = await runMain(['parse', '--jobs', '1', '-q', '-'], ' \r\n\t{"id":"one","text":"One."}\n{"id":"two","text":"Two."}\n')
    // The blank line before the first object stands as a bad line, as anywhere in JSON Lines.
    const records = lines(jsonl.stdout)
    expect(records).toHaveLength(3)
    expectError(records[0], 'bad-json')
    expect(expectArticle(records[1], 'One.').id).toBe('one')
    expect(expectArticle(records[2], 'Two.').id).toBe('two')

    // JSON Lines saved with a UTF-8 byte order mark are JSON Lines; a plain text with one is text.
    const bom = await runBin(['parse', '-q', '-'], {input: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"id":"marked","text":"Marked."}\n')])})
    expect(expectArticle(lines(bom.stdout)[0], 'Marked.').id).toBe('marked')
    const bomText = await runBin(['parse', '-q', '-'], {input: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Talks resume.\n')])})
    expectArticle(lines(bomText.stdout)[0], 'Talks resume.\n')

    // A text opening with a quotation, a bracket or white space is an article.
    for (const text of ['"We will stay," she said.\n', '[Updated] Talks resume.\n{not JSON}\n', '\n\n  MOSCOW (Reuters) - Talks resume.']) {
      const run = await runMain(['parse', '--jobs', '1', '-q', '-'], text)
      expect(run.status).toBe(0)
      const parsed = lines(run.stdout)
      expect(parsed).toHaveLength(1)
      expectArticle(parsed[0], text)
    }
  })

  it('lets --stdin force either reading', async () => {
    const input = '{"text":"He said \\"yes.\\""}\n'
    const asText = await runMain(['parse', '--jobs', '1', '-q', '--stdin', 'text', '-'], input)
    expect(asText.status).toBe(0)
    expectArticle(lines(asText.stdout)[0], input)
    const asLines = await runMain(['parse', '--jobs', '1', '-q', '--stdin', 'jsonl', '-'], 'Talks resume.\nNo JSON here.\n')
    expect(asLines.status).toBe(1)
    const bad = lines(asLines.stdout)
    expect(bad).toHaveLength(2)
    expect(expectError(bad[1], 'bad-json').error.message).toMatch(/^stdin line 2: not JSON/)
  })

  it('decodes a plain-text article as a file is decoded: a UTF-16 byte order mark read, binary refused', async () => {
    const raw = await runBin(['parse', '-q', '-'], {input: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Talks "resume," he said.', 'utf16le')])})
    expect(raw.status).toBe(0)
    expectArticle(lines(raw.stdout)[0], 'Talks "resume," he said.')
    const binary = await runBin(['parse', '-q', '-'], {input: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 1])})
    expect(binary.status).toBe(1)
    expectError(lines(binary.stdout)[0], 'binary')
  })

  it('refuses a plain-text article over --max-bytes as too-large, exit 1', async () => {
    const run = await runMain(['parse', '--jobs', '1', '-q', '--max-bytes', '1K', '-'], 'Talks resume. '.repeat(200))
    expect(run.status).toBe(1)
    expect(expectError(lines(run.stdout)[0], 'too-large').error.message).toMatch(/^stdin: the input is more than the limit of 1024 bytes/)
  })

  it('works through the built bin, as `cat article.txt | onrecord parse -` runs', async () => {
    const run = await runBin(['parse', '-'], {input: seed})
    expect(run.status).toBe(0)
    const records = lines(run.stdout)
    expect(records).toHaveLength(1)
    expectArticle(records[0], seed)
    expect(run.stderr).toMatch(/onrecord parse: 1 article, 0 error records, \d+ claims?, \d+ events? in [\d.]+ s\n$/)
  })
})
