import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import type {Article} from '@onrecord/core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {expectArticle, lines, parseCsv, root, runMain, temporaryDirectory} from './parse-helpers.js'

const seedsDirectory = join(root, 'seeds')
const seedNames = readdirSync(seedsDirectory).filter((name) => name.endsWith('.txt')).sort()
const seedText = (path: string) => readFileSync(path, 'utf8')
const corpusFiles = join(root, 'packages/corpus/dist')

let dir: {path: string; remove: () => void}
let records: Article[]

beforeAll(async () => {
  dir = temporaryDirectory()
  const run = await runMain(['parse', '--jobs', '1', '-q', seedsDirectory])
  records = lines(run.stdout).map((record, index) => expectArticle(record, seedText(join(seedsDirectory, seedNames[index]!))))
})

afterAll(() => dir.remove())

/** A table as objects by column name. */
function table(csv: string): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(csv)
  for (const row of rows) expect(row).toHaveLength(header!.length)
  return rows.map((row) => Object.fromEntries(header!.map((name, index) => [name, row[index]!])))
}

describe('onrecord parse --format csv', () => {
  it('--table claims: one row per claim of every record, whose offsets find its content in the text', async () => {
    const run = await runMain(['parse', '--jobs', '1', '-q', '--format', 'csv', '--table', 'claims', seedsDirectory])
    expect(run.status).toBe(0)
    const rows = table(run.stdout)
    const claims = records.flatMap((article) => article.claims.map((claim) => ({article, claim})))
    expect(claims.length).toBeGreaterThan(0)
    expect(rows).toHaveLength(claims.length)
    for (const [index, {article, claim}] of claims.entries()) {
      const row = rows[index]!
      const text = seedText(join(seedsDirectory, article.source.name!.slice(seedsDirectory.length + 1)))
      expect(row).toMatchObject({article: article.id, claim: claim.id, kind: claim.kind, content: claim.content.text, confidence: String(claim.confidence)})
      expect(text.slice(Number(row.content_start), Number(row.content_end))).toBe(row.content)
      // The speaker column names the article's own speaker, whose name stands beside it.
      const speaker = article.speakers.find((candidate) => candidate.id === row.speaker)
      expect(speaker?.name ?? '').toBe(row.speaker_name)
    }
    // Contents with commas and quotation marks survive the quoting.
    expect(rows.some((row) => /[",]/.test(row.content!))).toBe(true)
  })

  it('--table events: one row per event, its clause taken from the text', async () => {
    const run = await runMain(['parse', '--jobs', '1', '-q', '--format', 'csv', '--table', 'events', seedsDirectory])
    const rows = table(run.stdout)
    const events = records.flatMap((article) => article.events)
    expect(events.length).toBeGreaterThan(0)
    expect(rows.map((row) => `${row.event} ${row.type} ${row.trigger}`)).toEqual(events.map((event) => `${event.id} ${event.type} ${event.trigger.text}`))
    for (const row of rows) {
      expect(row.text!.length).toBe(Number(row.end) - Number(row.start))
      expect(row.text).toContain(row.trigger)
    }
  })

  it('--table speakers: one row per speaker of each record, with the number of its claims', async () => {
    const run = await runMain(['parse', '--jobs', '1', '-q', '--format', 'csv', '--table', 'speakers', seedsDirectory])
    const rows = table(run.stdout)
    const speakers = records.flatMap((article) => article.speakers.map((speaker) => ({article, speaker})))
    expect(rows).toHaveLength(speakers.length)
    for (const [index, {article, speaker}] of speakers.entries()) {
      expect(rows[index]).toMatchObject({speaker: speaker.id, name: speaker.name, articles: article.id, titles: speaker.titles.join('; ')})
      expect(Number(rows[index]!.claims)).toBe(article.claims.filter((claim) => claim.speaker === speaker.id).length)
    }
  })

  it.skipIf(!existsSync(corpusFiles))('writes the columns of the @onrecord/corpus tables (skipped: build packages/corpus first)', async () => {
    for (const name of ['claims', 'events', 'speakers']) {
      const run = await runMain(['parse', '--jobs', '1', '-q', '--format', 'csv', '--table', name, seedsDirectory])
      const corpus = readFileSync(join(corpusFiles, `${name}.csv`), 'utf8')
      expect(parseCsv(run.stdout)[0]).toEqual(parseCsv(corpus)[0])
      // The same rows but for the speaker ids, which the corpus merges across articles.
      if (name === 'events') expect(run.stdout).toBe(corpus)
      else expect(parseCsv(run.stdout).length).toBe(name === 'claims' ? parseCsv(corpus).length : records.reduce((sum, article) => sum + article.speakers.length, 1))
    }
  })

  it('writes the header alone for no rows, and leaves error records out of the table (exit 1)', async () => {
    writeFileSync(join(dir.path, 'quiet.txt'), 'Rain fell on the city all day.\n')
    const run = await runMain(['parse', '--jobs', '1', '--format', 'csv', '--table', 'claims', join(dir.path, 'missing.txt'), join(dir.path, 'quiet.txt')])
    expect(run.status).toBe(1)
    expect(parseCsv(run.stdout)).toHaveLength(1)
    expect(parseCsv(run.stdout)[0]![0]).toBe('article')
    expect(run.stderr).toContain('missing.txt:1:1 error no such file or directory ENOENT')
    expect(run.stderr).toMatch(/onrecord parse: 1 article, 1 error record, 0 claims, 0 events in [\d.]+ s\n$/)
  })

  it('writes the same table to an --out file', async () => {
    const target = join(dir.path, 'claims.csv')
    const toFile = await runMain(['parse', '--jobs', '1', '-q', '--format', 'csv', '--table', 'claims', '--out', target, seedsDirectory])
    const toStdout = await runMain(['parse', '--jobs', '1', '-q', '--format', 'csv', '--table', 'claims', seedsDirectory])
    expect(toFile).toMatchObject({status: 0, stdout: ''})
    expect(readFileSync(target, 'utf8')).toBe(toStdout.stdout)
  })

  it('writes one <id>.csv table per record with --out-dir', async () => {
    const out = join(dir.path, 'tables')
    mkdirSync(out)
    const run = await runMain(['parse', '--jobs', '1', '-q', '--format', 'csv', '--table', 'claims', '--out-dir', out, seedsDirectory])
    expect(run.status).toBe(0)
    expect(readdirSync(out).sort()).toEqual(records.map((article) => `${article.id}.csv`).sort())
    for (const article of records) {
      expect(table(readFileSync(join(out, `${article.id}.csv`), 'utf8')).map((row) => row.claim)).toEqual(article.claims.map((claim) => claim.id))
    }
  })
})
