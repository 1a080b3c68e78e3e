// The built package, as users get it: run after `pnpm build`.
import {readdirSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {ArticleSchema, verifySpans, type Article} from '@onrecord/core'
import {Ajv2020} from 'ajv/dist/2020.js'
import {describe, expect, it} from 'vitest'
import * as corpus from '@onrecord/corpus'
import {generate, seedsDirectory} from '../scripts/generate.ts'
import {dateSortKey} from '../src/timeline.ts'
import {parseCsv} from './csv.ts'

const {articles, texts, speakers, outlets, timeline, undated} = corpus
const dist = new URL('../dist/', import.meta.url)
const shipped = (name: string) => readFileSync(new URL(name, dist), 'utf8')
const seedFiles = readdirSync(seedsDirectory).filter((name) => name.endsWith('.txt')).sort()

describe('the public API', () => {
  it('exports the data, the index builders and nothing else', () => {
    expect(Object.keys(corpus).sort()).toEqual([
      'articles',
      'buildCorpus',
      'buildTimeline',
      'collectOutlets',
      'dateSortKey',
      'foldName',
      'foldTransliteration',
      'mergeSpeakers',
      'nameParts',
      'outlets',
      'personKey',
      'speakers',
      'texts',
      'timeline',
      'undated'
    ])
  })
})

describe('articles and texts', () => {
  it('has one record per seed, by file name', () => {
    expect(articles.map((article) => article.id)).toEqual(seedFiles.map((name) => name.replace(/\.txt$/, '')))
  })

  it('ships each seed text byte for byte', () => {
    for (const name of seedFiles) {
      expect(texts[name.replace(/\.txt$/, '')]).toBe(readFileSync(new URL(name, seedsDirectory), 'utf8'))
    }
  })

  for (const article of articles) {
    it(`${article.id}: validates against the schema and every span round-trips`, () => {
      expect(ArticleSchema.safeParse(article).success).toBe(true)
      expect(verifySpans(article, texts[article.id]!)).toEqual([])
      expect(article.source.length).toBe(texts[article.id]!.length)
    })
  }
})

describe('shipped files', () => {
  it('articles.jsonl holds the same records, one per line, each valid', () => {
    const lines = shipped('articles.jsonl').split('\n')
    expect(lines.pop()).toBe('')
    expect(lines.map((line) => JSON.parse(line))).toEqual(articles)
    for (const line of lines) expect(ArticleSchema.safeParse(JSON.parse(line)).success).toBe(true)
  })

  it('texts.jsonl ships each text beside its record, and resolves every span of articles.jsonl', () => {
    const records = shipped('articles.jsonl').trimEnd().split('\n').map((line) => JSON.parse(line) as Article)
    const lines = shipped('texts.jsonl').split('\n')
    expect(lines.pop()).toBe('')
    const shippedTexts = lines.map((line) => JSON.parse(line) as {id: string; text: string})
    // One line per record, in the same order, with the seed's text byte for byte.
    expect(shippedTexts.map((line) => line.id)).toEqual(records.map((record) => record.id))
    for (const [index, name] of seedFiles.entries()) {
      expect(shippedTexts[index]!.text).toBe(readFileSync(new URL(name, seedsDirectory), 'utf8'))
    }
    // Only the two files: every value's evidence is found at its span.
    for (const [index, record] of records.entries()) {
      const text = shippedTexts[index]!.text
      expect(record.source.length).toBe(text.length)
      expect(verifySpans(record, text)).toEqual([])
      for (const claim of record.claims) expect(text.slice(claim.content.span.start, claim.content.span.end)).toBe(claim.content.text)
    }
    expect(records.some((record) => record.claims.length > 0)).toBe(true)
  })

  it("ships core's JSON Schema of the record", () => {
    const core = readFileSync(createRequire(import.meta.url).resolve('@onrecord/core/article.schema.json'), 'utf8')
    expect(shipped('article.schema.json')).toBe(core)
    expect(JSON.parse(core).properties.claims.type).toBe('array')
  })

  it('every record of articles.jsonl validates against the shipped JSON Schema', () => {
    const validate = new Ajv2020({allErrors: true, strict: false}).compile(JSON.parse(shipped('article.schema.json')))
    const lines = shipped('articles.jsonl').trimEnd().split('\n')
    expect(lines).toHaveLength(articles.length)
    for (const line of lines) {
      const valid = validate(JSON.parse(line))
      expect(validate.errors ?? []).toEqual([])
      expect(valid).toBe(true)
    }
    // And the schema does reject: a record without its claims is not valid.
    const {claims: _, ...broken} = JSON.parse(lines[0]!)
    expect(validate(broken)).toBe(false)
  })

  it('the CSV tables have one row per claim, event and speaker', () => {
    const claims = parseCsv(shipped('claims.csv'))
    const events = parseCsv(shipped('events.csv'))
    const people = parseCsv(shipped('speakers.csv'))
    expect(claims.length - 1).toBe(articles.reduce((sum, article) => sum + article.claims.length, 0))
    expect(events.length - 1).toBe(articles.reduce((sum, article) => sum + article.events.length, 0))
    expect(people.length - 1).toBe(speakers.length)
    for (const table of [claims, events, people]) {
      for (const row of table) expect(row).toHaveLength(table[0]!.length)
    }
  })

  it('two builds are byte-identical, and equal to what was shipped', () => {
    const first = generate()
    const second = generate()
    expect(second).toEqual(first)
    for (const [path, content] of Object.entries(first)) {
      expect(readFileSync(new URL(`../generated/${path}`, import.meta.url), 'utf8')).toBe(content)
      if (path.startsWith('files/')) expect(shipped(path.slice('files/'.length))).toBe(content)
    }
  })
})

describe('indexes of the built corpus', () => {
  it('every article speaker belongs to exactly one corpus speaker, and every ref holds', () => {
    const seen = new Map<string, number>()
    for (const speaker of speakers) {
      for (const ref of speaker.refs) {
        const article = articles.find((candidate) => candidate.id === ref.article)!
        expect(article.speakers.some((local) => local.id === ref.speaker)).toBe(true)
        expect(ref.claims).toEqual(article.claims.filter((claim) => claim.speaker === ref.speaker).map((claim) => claim.id))
        const key = `${ref.article}/${ref.speaker}`
        seen.set(key, (seen.get(key) ?? 0) + 1)
      }
    }
    const local = articles.flatMap((article) => article.speakers.map((speaker) => `${article.id}/${speaker.id}`))
    expect([...seen.keys()].sort()).toEqual(local.sort())
    expect([...seen.values()].every((count) => count === 1)).toBe(true)
    expect(new Set(speakers.map((speaker) => speaker.id)).size).toBe(speakers.length)
  })

  it('every article with an outlet is listed under exactly one outlet', () => {
    const listed = outlets.flatMap((outlet) => outlet.articles).sort()
    expect(listed).toEqual(articles.filter((article) => article.outlet).map((article) => article.id).sort())
  })

  it('the timeline is ordered by non-decreasing sort keys, and holds every item once', () => {
    for (const item of timeline) expect(item.sortKey).toBe(dateSortKey(item.date!.value))
    const keys = timeline.map((item) => item.sortKey!)
    for (let index = 1; index < keys.length; index++) expect(keys[index - 1]! <= keys[index]!).toBe(true)
    for (const item of undated) expect(item.date === null || dateSortKey(item.date.value) === null).toBe(true)
    const count = articles.reduce((sum, article) => sum + 1 + article.claims.length + article.events.length, 0)
    expect(timeline.length + undated.length).toBe(count)
  })
})
