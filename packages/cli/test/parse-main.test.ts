import {mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {once} from 'node:events'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {main} from '../src/cli.js'
import {expectArticle, expectError, lines, memoryIo, runMain, temporaryDirectory} from './parse-helpers.js'

let dir: {path: string; remove: () => void}
const texts: Record<string, string> = {
  'b.txt': 'Talks resume\n"We will not leave," the minister said on Monday.\n',
  'a/2.txt': 'Second in a.\n',
  'a/10.txt': 'First in a: "10" sorts before "2" by code unit.\n',
  'a/skip.md': 'Not a .txt file.\n',
  'a/.hidden.txt': 'Hidden files are skipped.\n',
  'c.TXT': 'Upper-case extension.\n'
}
const file = (name: string) => join(dir.path, name)

beforeAll(() => {
  dir = temporaryDirectory()
  mkdirSync(file('a'))
  for (const [name, text] of Object.entries(texts)) writeFileSync(file(name), text)
  writeFileSync(file('bad.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]))
})

afterAll(() => dir.remove())

describe('onrecord parse (in-process)', () => {
  it('prints one record per input in input order: files as given, directories walked sorted and recursively', async () => {
    const run = await runMain(['parse', '--jobs', '1', '--quiet', file('b.txt'), dir.path])
    expect(run.status).toBe(0)
    const names = lines(run.stdout).map((record) => (record as {source: {name: string}}).source.name)
    expect(names).toEqual([file('b.txt'), file('a/10.txt'), file('a/2.txt'), file('b.txt'), file('bad.txt'), file('c.TXT')])
    for (const [index, record] of lines(run.stdout).entries()) {
      const name = names[index]!
      const text = name.endsWith('bad.txt') ? 'caf\uFFFD\n' : texts[name.slice(dir.path.length + 1)]!
      expectArticle(record, text)
    }
  })

  it('writes an error record in place of an input it cannot read, goes on, and exits 1', async () => {
    const run = await runMain(['parse', '--jobs', '1', '--quiet', file('missing.txt'), file('b.txt')])
    expect(run.status).toBe(1)
    const [missing, parsed] = lines(run.stdout)
    expect(expectError(missing, 'ENOENT').source.name).toBe(file('missing.txt'))
    expectArticle(parsed, texts['b.txt']!)
  })

  it('names the system\'s reason: ENOTDIR for a path through a file', async () => {
    const run = await runMain(['parse', '--jobs', '1', '--quiet', file('b.txt/inner.txt')])
    expect(run.status).toBe(1)
    expectError(lines(run.stdout)[0], 'ENOTDIR')
  })

  it('refuses inputs over --max-bytes', async () => {
    const run = await runMain(['parse', '--jobs', '1', '--quiet', '--max-bytes', '20', file('b.txt'), file('a/2.txt')])
    expect(run.status).toBe(1)
    const [large, small] = lines(run.stdout)
    expect(expectError(large, 'too-large').error.message).toContain('20 bytes')
    expectArticle(small, texts['a/2.txt']!)
  })

  it('refuses HTML files with a clear error', async () => {
    writeFileSync(file('page.html'), '<p>Hello</p>')
    const run = await runMain(['parse', '--jobs', '1', '--quiet', file('page.html')])
    expect(run.status).toBe(1)
    expect(expectError(lines(run.stdout)[0], 'html-input').error.message).toBe('onrecord parses plain text; convert the page to text first')
  })

  it('prints diagnostics on stderr through the one formatter, and --quiet silences them', async () => {
    const loud = await runMain(['parse', '--jobs', '1', file('bad.txt'), file('missing.txt')])
    expect(loud.stderr).toContain(`${file('bad.txt')}:1:4-1:5 warning The input is not valid UTF-8`)
    expect(loud.stderr).toMatch(/input\/invalid-utf8\n/)
    expect(loud.stderr).toContain(`${file('missing.txt')}:1:1 error no such file or directory ENOENT\n`)
    // stdout holds records alone.
    for (const record of lines(loud.stdout)) expect(record).toHaveProperty('source')
    const quiet = await runMain(['parse', '--jobs', '1', '--quiet', file('bad.txt'), file('missing.txt')])
    expect(quiet.stderr).toBe('')
    expect(quiet.stdout).toBe(loud.stdout)
  })

  it('ends with a summary line on stderr: articles, error records, claims, events and seconds; --quiet leaves it out', async () => {
    const run = await runMain(['parse', '--jobs', '1', file('b.txt'), file('missing.txt'), file('a/2.txt')])
    expect(run.status).toBe(1)
    const [b, , two] = lines(run.stdout) as Array<{claims: unknown[]; events: unknown[]}>
    const claims = b!.claims.length + two!.claims.length
    const events = b!.events.length + two!.events.length
    expect(claims).toBeGreaterThan(0)
    const last = run.stderr.trimEnd().split('\n').at(-1)!
    expect(last).toMatch(new RegExp(`^onrecord parse: 2 articles, 1 error record, ${claims} claims?, ${events} events? in \\d+\\.\\d\\d s$`))
    expect(run.stdout).not.toContain('onrecord parse:')
    const quiet = await runMain(['parse', '--jobs', '1', '-q', file('b.txt')])
    expect(quiet.stderr).toBe('')
  })

  it('prints on stderr only the diagnostics at or above --min-severity; records keep them all', async () => {
    const severities = (stderr: string) => new Set([...stderr.matchAll(/^\S+:\d+:\d+(?:-\d+:\d+)? (info|warning|error) /gm)].map((match) => match[1]))
    const inputs = [file('b.txt'), file('bad.txt'), file('missing.txt')]
    const all = await runMain(['parse', '--jobs', '1', ...inputs])
    expect(severities(all.stderr)).toEqual(new Set(['info', 'warning', 'error']))
    const warning = await runMain(['parse', '--jobs', '1', '--min-severity', 'warning', ...inputs])
    expect(severities(warning.stderr)).toEqual(new Set(['warning', 'error']))
    expect(warning.stderr).toContain('input/invalid-utf8')
    const error = await runMain(['parse', '--jobs', '1', '--min-severity=error', ...inputs])
    expect(severities(error.stderr)).toEqual(new Set(['error']))
    expect(error.stdout).toBe(all.stdout)
    expect(warning.stdout).toBe(all.stdout)
    expect(lines(all.stdout).some((record) => (record as {diagnostics?: Array<{severity: string}>}).diagnostics?.some((d) => d.severity === 'info'))).toBe(true)
  })

  it('refuses a directory without a .txt file as a usage error that says so (exit 2), before writing anything', async () => {
    const empty = temporaryDirectory()
    mkdirSync(join(empty.path, 'nested'))
    writeFileSync(join(empty.path, 'notes.md'), 'Not an article.\n')
    writeFileSync(join(empty.path, '.hidden.txt'), 'Hidden.\n')
    const run = await runMain(['parse', '--jobs', '1', file('b.txt'), empty.path])
    expect(run).toMatchObject({status: 2, stdout: ''})
    expect(run.stderr).toContain(`onrecord parse: ${empty.path} holds no .txt file`)
    // One .txt file, however deep, is enough.
    writeFileSync(join(empty.path, 'nested', 'story.txt'), 'Talks resume.\n')
    const found = await runMain(['parse', '--jobs', '1', '-q', empty.path])
    empty.remove()
    expect(found.status).toBe(0)
    expect(lines(found.stdout)).toHaveLength(1)
  })

  it('refuses a URL with a message that onrecord reads text, not the web (exit 2)', async () => {
    const run = await runMain(['parse', 'https://example.com/news/talks-resume'])
    expect(run).toMatchObject({status: 2, stdout: ''})
    expect(run.stderr).toContain('onrecord parse: https://example.com/news/talks-resume is a URL: onrecord reads text, not the web')
  })

  it('prints one JSON array with --format json, and [] for no records', async () => {
    const run = await runMain(['parse', '--jobs', '1', '-q', '--format', 'json', file('b.txt'), file('missing.txt')])
    const array = JSON.parse(run.stdout) as unknown[]
    expect(array).toHaveLength(2)
    expectArticle(array[0], texts['b.txt']!)
    expectError(array[1], 'ENOENT')
    const pretty = await runMain(['parse', '--jobs', '1', '-q', '--format', 'json', '--pretty', file('b.txt'), file('missing.txt')])
    expect(pretty.stdout).toBe(JSON.stringify(array, null, 2) + '\n')
    const none = await runMain(['parse', '--jobs', '1', '-q', '--format', 'json', '-'], '')
    expect(none.stdout).toBe('[]\n')
    expect(none.status).toBe(0)
  })

  it('indents JSON Lines records with --pretty', async () => {
    const run = await runMain(['parse', '--jobs', '1', '-q', '--pretty', file('b.txt')])
    expect(run.stdout.startsWith('{\n  "schemaVersion": 1,')).toBe(true)
    expectArticle(JSON.parse(run.stdout), texts['b.txt']!)
  })

  it('prints Markdown documents with --format md, error records as front matter', async () => {
    const run = await runMain(['parse', '--jobs', '1', '-q', '--format', 'md', file('b.txt'), file('missing.txt'), file('a/2.txt')])
    expect(run.status).toBe(1)
    const documents = run.stdout.split(/\n(?=---\n(?:id|source):)/)
    expect(documents).toHaveLength(3)
    expect(documents[0]).toMatch(/^---\nid: b\n/)
    expect(documents[1]).toMatch(/^---\nsource:\n {2}name: .*missing\.txt\nerror:\n {2}code: ENOENT\n/)
    expect(documents[2]).toMatch(/^---\nid: "?2"?\n/)
  })

  it('applies --outlet and --published to every input', async () => {
    const run = await runMain(['parse', '--jobs', '1', '-q', '--outlet', 'Reuters', '--published', '2022-01-27', file('a/2.txt')])
    const article = expectArticle(lines(run.stdout)[0], texts['a/2.txt']!)
    expect(article.outlet).toMatchObject({name: 'Reuters', via: 'option', span: null})
    expect(article.published).toMatchObject({value: '2022-01-27', via: 'option'})
  })

  it('keeps hypothetical events with --hypothetical-events, in worker threads too', async () => {
    const text = 'The rebels could attack the town on Friday. Police arrested two men.'
    const events = async (args: string[]) => {
      const run = await runMain(['parse', '-q', ...args, '-'], text)
      return expectArticle(lines(run.stdout)[0], text).events.map((event) => `${event.trigger.text} ${event.modality}`)
    }
    expect(await events(['--jobs', '1'])).toEqual(['arrested asserted'])
    expect(await events(['--jobs', '1', '--hypothetical-events'])).toEqual(['attack hypothetical', 'arrested asserted'])
    // A directory of two files goes to two worker threads, which take the setting with them.
    const two = temporaryDirectory()
    try {
      writeFileSync(join(two.path, 'one.txt'), text)
      writeFileSync(join(two.path, 'two.txt'), text)
      const run = await runMain(['parse', '-q', '--jobs', '2', '--hypothetical-events', two.path])
      const found = lines(run.stdout).map((line) => expectArticle(line, text).events.map((event) => event.modality))
      expect(found).toEqual([['hypothetical', 'asserted'], ['hypothetical', 'asserted']])
    } finally {
      two.remove()
    }
  })

  it('refuses a bad --published before reading anything (exit 2)', async () => {
    const run = await runMain(['parse', '--jobs', '1', '--published', 'last week', file('b.txt')])
    expect(run.status).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/onrecord parse: expected --published as EDTF\/ISO/)
  })
})

describe('onrecord parse - (JSON Lines on stdin)', () => {
  it('prints one record per line, an error record in place of each bad line', async () => {
    const input = [
      JSON.stringify({id: 'one', text: 'He said "yes."'}),
      'not json',
      '',
      JSON.stringify({name: 'two.txt', text: 5}),
      JSON.stringify([1]),
      JSON.stringify({name: 'page.html', text: 'x'}),
      JSON.stringify({name: 'nul.txt', text: 'a\u0000b'}) + '\r',
      JSON.stringify({name: 'dir/three.txt', text: 'Last line, no line feed.', published: '2020-05'})
    ].join('\n')
    const run = await runMain(['parse', '--jobs', '1', '-q', '-'], input)
    expect(run.status).toBe(1)
    const records = lines(run.stdout)
    expect(records).toHaveLength(8)
    const one = expectArticle(records[0], 'He said "yes."')
    expect(one.id).toBe('one')
    expect(one.source.name).toBeNull()
    expect(expectError(records[1], 'bad-json').error.message).toMatch(/^stdin line 2: not JSON/)
    expect(expectError(records[2], 'bad-json').error.message).toMatch(/^stdin line 3: empty line/)
    expect(expectError(records[3], 'bad-json').error.message).toBe('stdin line 4: expected "text" to be a string, got number')
    expect(expectError(records[3], 'bad-json').source.name).toBe('two.txt')
    expect(expectError(records[4], 'bad-json').error.message).toMatch(/expected a JSON object/)
    expectError(records[5], 'html-input')
    expectError(records[6], 'binary')
    const three = expectArticle(records[7], 'Last line, no line feed.')
    expect(three).toMatchObject({id: 'three', source: {name: 'dir/three.txt'}, published: {value: '2020-05'}})
  })

  it('streams: a record comes out as soon as its line is parsed, before stdin ends', async () => {
    for (const jobs of ['1', '2']) {
      const memory = memoryIo()
      const status = main(['parse', '--jobs', jobs, '-q', '-'], memory.io)
      memory.stdin.write(JSON.stringify({id: 'first', text: 'One.'}) + '\n')
      while (!memory.out().includes('\n')) await once(memory.stdout, 'data')
      expect((JSON.parse(memory.out()) as {id: string}).id).toBe('first')
      memory.stdin.end(JSON.stringify({id: 'second', text: 'Two.'}) + '\n')
      expect(await status).toBe(0)
      expect(lines(memory.out()).map((record) => (record as {id: string}).id)).toEqual(['first', 'second'])
    }
  })

  it('stands a line over --max-bytes as too-large without holding it, and reads on', async () => {
    const long = JSON.stringify({text: 'x'.repeat(5000)})
    const run = await runMain(['parse', '--jobs', '1', '-q', '--max-bytes', '1K', '-'], `${long}\n{"text":"ok"}\n${long}`)
    const records = lines(run.stdout)
    expect(records).toHaveLength(3)
    expect(expectError(records[0], 'too-large').error.message).toMatch(/^stdin line 1: /)
    expectArticle(records[1], 'ok')
    expectError(records[2], 'too-large')
  })

  it('stands a line whose own options the parser refuses as parse-failed', async () => {
    const run = await runMain(['parse', '--jobs', '1', '-q', '-'], JSON.stringify({name: 'a.txt', text: 'Hi.', published: 'soon'}) + '\n')
    expect(run.status).toBe(1)
    expect(expectError(lines(run.stdout)[0], 'parse-failed').error.message).toContain('published')
  })

  it('mixes stdin with files in order', async () => {
    const run = await runMain(['parse', '--jobs', '1', '-q', file('a/2.txt'), '-', file('c.TXT')], '{"id":"middle","text":"In between."}\n')
    expect(lines(run.stdout).map((record) => (record as {id: string}).id)).toEqual(['2', 'middle', 'c'])
  })
})

describe('onrecord parse --out', () => {
  it('writes the file atomically, refuses to replace it without --force, and prints nothing on stdout', async () => {
    const out = temporaryDirectory()
    const target = join(out.path, 'records.jsonl')
    const first = await runMain(['parse', '--jobs', '1', '-q', '--out', target, file('b.txt')])
    expect(first.status).toBe(0)
    expect(first.stdout).toBe('')
    const written = readFileSync(target, 'utf8')
    expectArticle(lines(written)[0], texts['b.txt']!)

    const again = await runMain(['parse', '--jobs', '1', '-q', '--out', target, file('a/2.txt')])
    expect(again.status).toBe(2)
    expect(again.stderr).toContain('exists; pass --force to replace it')
    expect(readFileSync(target, 'utf8')).toBe(written)

    const forced = await runMain(['parse', '--jobs', '1', '-q', '--out', target, '--force', file('a/2.txt')])
    expect(forced.status).toBe(0)
    expectArticle(lines(readFileSync(target, 'utf8'))[0], texts['a/2.txt']!)
    // No temporary file is left behind.
    expect(readdirSync(out.path)).toEqual(['records.jsonl'])
    out.remove()
  })

  it('refuses an output in a directory that does not exist (exit 2)', async () => {
    const run = await runMain(['parse', '--jobs', '1', '--out', file('nowhere/records.jsonl'), file('b.txt')])
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('is not a directory')
  })
})

describe('onrecord parse --out-dir', () => {
  it('writes one file per record and error records to stdout', async () => {
    const out = temporaryDirectory()
    const target = join(out.path, 'records')
    const run = await runMain(['parse', '--jobs', '1', '-q', '--out-dir', target, file('b.txt'), file('missing.txt'), file('a/2.txt'), file('b.txt')])
    expect(run.status).toBe(1)
    expect(readdirSync(target).sort()).toEqual(['2.json', 'b.json'])
    expectArticle(JSON.parse(readFileSync(join(target, 'b.json'), 'utf8')), texts['b.txt']!)
    const errors = lines(run.stdout)
    expect(errors).toHaveLength(2)
    expectError(errors[0], 'ENOENT')
    expectError(errors[1], 'duplicate-id')
    out.remove()
  })
})

describe('onrecord (usage)', () => {
  it('prints help and the version on stdout', async () => {
    const help = await runMain(['--help'])
    expect(help.status).toBe(0)
    expect(help.stdout).toContain('usage: onrecord <command>')
    const parseHelp = await runMain(['parse', '--help'])
    expect(parseHelp.status).toBe(0)
    for (const flag of ['--format', '--pretty', '--out', '--out-dir', '--force', '--jobs', '--max-bytes', '--quiet']) {
      expect(parseHelp.stdout).toContain(flag)
    }
    const version = await runMain(['--version'])
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\S*\n$/)
  })

  it('exits 2 on an unknown flag, an unknown command or no input, saying what was expected', async () => {
    const flag = await runMain(['parse', '--frobnicate', file('b.txt')])
    expect(flag).toMatchObject({status: 2, stdout: ''})
    expect(flag.stderr).toContain('unknown option --frobnicate; expected one of --format')
    const command = await runMain(['parsley'])
    expect(command.status).toBe(2)
    expect(command.stderr).toContain('unknown command parsley; expected parse or eval')
    const none = await runMain(['parse'])
    expect(none.status).toBe(2)
    expect(none.stderr).toContain('expected inputs')
    expect((await runMain([])).status).toBe(2)
  })
})

describe('progress', () => {
  it('draws a bar on stderr when it is a terminal, never on stdout', async () => {
    const memory = memoryIo({isTTY: true})
    const status = await main(['parse', '--jobs', '1', file('b.txt'), file('a/2.txt'), file('missing.txt')], memory.io)
    expect(status).toBe(1)
    expect(memory.err()).toMatch(/\r\u001B\[2K\[#+-*\] \d\/3 {2}[\d.]+\/s {2}ETA/)
    // Diagnostics still get their own lines.
    expect(memory.err()).toContain('error no such file or directory ENOENT\n')
    expect(memory.out()).not.toContain('\u001B')
    expect(lines(memory.out())).toHaveLength(3)
  })

  it('draws nothing when stderr is not a terminal', async () => {
    const run = await runMain(['parse', '--jobs', '1', file('b.txt'), file('missing.txt')])
    expect(run.stderr).not.toContain('\u001B')
    expect(run.stderr).not.toContain('\r')
  })
})
