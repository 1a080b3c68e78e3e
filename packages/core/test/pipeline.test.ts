import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import * as z from 'zod/mini'
import {ArticleSchema, diagnostic, parseArticle, type Article, type Block, type Stage} from '../src/index.js'

const noted = (name: string, kind: Stage['kind']): Stage => ({
  name,
  kind,
  run: () => ({diagnostics: [diagnostic(`${name}/noted`, `${name} noticed something`, 'info')]})
})

describe('runPipeline', () => {
  it('keeps every stage’s diagnostics: a refiner adds to them and does not replace them', () => {
    const article = parseArticle('Some text.', {stages: [noted('first', 'parser'), noted('second', 'refiner'), noted('third', 'refiner')]})
    expect(article.diagnostics.map((d) => d.ruleId)).toEqual(['first/noted', 'second/noted', 'third/noted'])
  })

  it('lets a refiner replace other fields, and a parser only fill a single value once', () => {
    const stages: Stage[] = [
      {name: 'a', run: () => ({title: {text: 'Some', span: {start: 0, end: 4}}})},
      {name: 'b', run: () => ({title: {text: 'text', span: {start: 5, end: 9}}})},
      {name: 'c', kind: 'refiner', run: () => ({authors: [{name: 'text', span: {start: 5, end: 9}}]})},
      {name: 'd', kind: 'refiner', run: () => ({authors: []})}
    ]
    const article = parseArticle('Some text.', {stages})
    expect(article.title?.text).toBe('Some')
    expect(article.authors).toEqual([])
  })

  it('turns a stage that throws into an error diagnostic and goes on', () => {
    const article = parseArticle('Some text.', {
      stages: [{name: 'broken', run: () => { throw new Error('boom') }}, noted('after', 'parser')]
    })
    expect(article.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['broken/crash', 'error'], ['after/noted', 'info']])
  })
})

/** A stage that hands the runner every field of `record`, the body and boilerplate as blocks. */
const given = (record: Article): Stage => ({
  name: 'given',
  run: () => ({
    blocks: [
      ...record.body.map((block): Block => ({kind: block.kind, reason: null, span: block.span, text: '', line: 0})),
      ...record.boilerplate.map((block): Block => ({kind: 'boilerplate', reason: block.reason, span: block.span, text: '', line: 0}))
    ],
    title: record.title,
    outlet: record.outlet,
    authors: record.authors,
    credits: record.credits,
    published: record.published,
    dateline: record.dateline,
    speakers: record.speakers,
    claims: record.claims,
    events: record.events,
    diagnostics: record.diagnostics
  })
})

/** Every path to a value in `value`, containers included. */
function paths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (value === null || typeof value !== 'object') return [prefix]
  const keys: Array<string | number> = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value)
  return [prefix, ...keys.flatMap((key) => paths((value as Record<string | number, unknown>)[key], [...prefix, key]))]
}

const invalidRecord = (article: Article) => article.diagnostics.filter((d) => d.ruleId === 'pipeline/invalid-record')

describe('record validation', () => {
  const text = readFileSync(new URL('../../../seeds/000_7ef0ae0930d540bf.txt', import.meta.url), 'utf8')
  const record = parseArticle(text)

  it('reports a record that breaks the schema as an error diagnostic, with zod’s message', () => {
    const broken = structuredClone(record)
    broken.claims[0]!.confidence = 2
    const article = parseArticle(text, {stages: [given(broken)]})
    const [found, ...more] = invalidRecord(article)
    expect(more).toEqual([])
    expect(found?.severity).toBe('error')
    expect(found?.message).toMatch(/^The record does not validate: /)
    expect(found?.message).toContain('"claims"')
    expect(found?.message).toContain('too_big')
  })

  it('does not validate when asked not to', () => {
    const broken = structuredClone(record)
    broken.claims[0]!.confidence = 2
    expect(invalidRecord(parseArticle(text, {stages: [given(broken)], validate: false}))).toEqual([])
  })

  it('validates every object of the record with zod’s generated parser, as zod/mini objects', () => {
    const objects: z.ZodMiniType[] = []
    const walk = (schema: z.ZodMiniType): void => {
      const def = schema._zod.def as {shape?: Record<string, z.ZodMiniType>; element?: z.ZodMiniType; innerType?: z.ZodMiniType}
      if (schema._zod.def.type === 'object') objects.push(schema)
      for (const child of [...Object.values(def.shape ?? {}), def.element, def.innerType]) if (child) walk(child)
    }
    walk(ArticleSchema)
    expect(objects.length).toBeGreaterThan(20)
    for (const schema of objects) {
      expect(schema).toBeInstanceOf(z.ZodMiniObject)
      expect(schema._zod.traits.has('$ZodObjectJIT')).toBe(true)
    }
  })

  // Hundreds of parses: more than vitest's default 5 s on a busy machine.
  it('rejects exactly the records the schema rejects, with the schema’s message', () => {
    const wrongs: unknown[] = [undefined, null, -1, 0.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, 'x', {}, []]
    let rejected = 0
    for (const path of paths(record)) {
      if (path.length < 2) continue
      for (const wrong of [...wrongs, 'delete']) {
        const broken = structuredClone(record) as unknown as Record<string | number, unknown>
        let parent = broken
        for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>
        const last = path[path.length - 1]!
        if (wrong === 'delete') delete parent[last]
        else parent[last] = wrong
        let article: Article
        try {
          article = parseArticle(text, {stages: [given(broken as unknown as Article)]})
        } catch {
          // The runner sorts by span before it validates: a draft whose spans it cannot read
          // never reaches validation.
          continue
        }
        const found = invalidRecord(article)
        const unreported = {...article, diagnostics: article.diagnostics.filter((d) => d.ruleId !== 'pipeline/invalid-record')}
        // `jitless`: zod's interpreter, the reference for its generated object parsers.
        const result = ArticleSchema.safeParse(unreported, {jitless: true})
        expect(found.map((d) => d.message), `${path.join('.')} = ${String(wrong)}`).toEqual(
          result.success ? [] : [`The record does not validate: ${result.error.message}`]
        )
        if (!result.success) rejected++
      }
    }
    expect(rejected).toBeGreaterThan(100)
  }, 60_000)
})
