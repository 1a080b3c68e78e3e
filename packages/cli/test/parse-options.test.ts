import {availableParallelism} from 'node:os'
import {describe, expect, it} from 'vitest'
import {defaultMaxBytes, parseOptions, parseSize} from '../src/parse/options.js'
import {UsageError} from '../src/parse/usage-error.js'

describe('parseOptions', () => {
  it('has defaults: JSON Lines, a thread per core, 16 MiB', () => {
    const options = parseOptions(['a.txt'])
    expect(options).toMatchObject({inputs: ['a.txt'], format: 'jsonl', pretty: false, out: null, outDir: null, force: false, quiet: false})
    expect(options.jobs).toBe(availableParallelism())
    expect(options.maxBytes).toBe(defaultMaxBytes)
  })

  it('reads flags with separate and attached values, short forms, - and --', () => {
    const options = parseOptions(['-f', 'md', '--jobs=3', '-q', '--max-bytes', '1K', 'a', '-', '--', '--odd-name.txt'])
    expect(options).toMatchObject({format: 'md', jobs: 3, quiet: true, maxBytes: 1024, inputs: ['a', '-', '--odd-name.txt']})
  })

  it('passes caller knowledge for parseArticle through', () => {
    const options = parseOptions(['--outlet', 'Reuters', '--published', '2022-01-27', '--reference-date', '2022-02-01', 'a'])
    expect(options).toMatchObject({outlet: 'Reuters', published: '2022-01-27', referenceDate: '2022-02-01', hypotheticalEvents: false})
    expect(parseOptions(['--hypothetical-events', 'a']).hypotheticalEvents).toBe(true)
    expect(() => parseOptions(['--hypothetical-events=yes', 'a'])).toThrow(/takes no value/)
  })

  it('refuses what it does not know, saying what was expected', () => {
    expect(() => parseOptions(['--bogus', 'a'])).toThrow(/unknown option --bogus; expected one of --format/)
    expect(() => parseOptions(['-x', 'a'])).toThrow(UsageError)
    expect(() => parseOptions(['--format', 'xml', 'a'])).toThrow(/--format expects jsonl, json, md or csv, got "xml"/)
    expect(() => parseOptions(['--format', 'csv', 'a'])).toThrow(/--format csv expects --table claims, events or speakers/)
    expect(() => parseOptions(['--format', 'csv', '--table', 'quotes', 'a'])).toThrow(/--table expects claims, events or speakers, got "quotes"/)
    expect(() => parseOptions(['--table', 'claims', 'a'])).toThrow(/--table goes with --format csv/)
    expect(() => parseOptions(['--stdin', 'html', '-'])).toThrow(/--stdin expects text or jsonl, got "html"/)
    expect(() => parseOptions(['--min-severity', 'fatal', 'a'])).toThrow(/--min-severity expects error, warning or info, got "fatal"/)
    expect(() => parseOptions(['--jobs', '0', 'a'])).toThrow(/--jobs expects/)
    expect(() => parseOptions(['--jobs', 'two', 'a'])).toThrow(/--jobs expects/)
    expect(() => parseOptions(['a', '--out'])).toThrow(/--out expects a value/)
    expect(() => parseOptions(['--pretty=yes', 'a'])).toThrow(/--pretty takes no value/)
    expect(() => parseOptions(['--out', 'x', '--out-dir', 'y', 'a'])).toThrow(/exclude each other/)
    expect(() => parseOptions(['-', '-'])).toThrow(/once/)
    expect(() => parseOptions([])).toThrow(/expected inputs/)
  })

  it('reads --format csv --table, --stdin and --min-severity; stdin is read by its content and every diagnostic shown by default', () => {
    expect(parseOptions(['a'])).toMatchObject({table: null, stdin: 'auto', minSeverity: 'info'})
    expect(parseOptions(['--format=csv', '--table', 'events', '--stdin', 'text', '--min-severity', 'warning', '-'])).toMatchObject({
      format: 'csv',
      table: 'events',
      stdin: 'text',
      minSeverity: 'warning'
    })
  })

  it('refuses a URL, saying that onrecord reads text, not the web', () => {
    for (const url of ['https://example.com/news/story', 'HTTP://example.com', 'ftp://example.com/a.txt']) {
      expect(() => parseOptions(['a.txt', url])).toThrow(new UsageError(`${url} is a URL: onrecord reads text, not the web; save the article's text to a file and pass the file (or pipe it to -)`))
    }
    // A path with a colon is no URL.
    expect(parseOptions(['notes:draft.txt', 'C:/news/a.txt']).inputs).toEqual(['notes:draft.txt', 'C:/news/a.txt'])
  })

  it('needs no input for --help', () => {
    expect(parseOptions(['--help']).help).toBe(true)
  })
})

describe('parseSize', () => {
  it('reads bytes and binary multiples', () => {
    expect(parseSize('1000')).toBe(1000)
    expect(parseSize('512k')).toBe(512 * 1024)
    expect(parseSize('16MiB')).toBe(16 * 1024 * 1024)
    expect(parseSize('1.5M')).toBe(1.5 * 1024 * 1024)
    expect(parseSize('256M')).toBe(256 * 1024 ** 2)
  })

  it('refuses nonsense, zero and sizes past what a string can hold', () => {
    expect(() => parseSize('lots')).toThrow(/--max-bytes expects a size/)
    expect(() => parseSize('0')).toThrow(UsageError)
    expect(() => parseSize('-5')).toThrow(UsageError)
    expect(() => parseSize('1G')).toThrow(/at most 256MiB/)
  })
})
