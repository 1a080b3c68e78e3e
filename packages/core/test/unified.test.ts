import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {ArticleSchema, onrecord, parseArticle, type Article} from '../src/index.js'

const text = 'Talks Resume In Geneva\n\n"We are closer than ever," the envoy said on Monday.\n'

describe('unified plugin', () => {
  it('puts the record in file.data and compiles to its JSON', async () => {
    const file = await unified().use(onrecord, {published: '2022-01-27'}).process(text)
    const article = file.data.article as Article
    expect(ArticleSchema.safeParse(article).success).toBe(true)
    expect(article).toEqual(parseArticle(text, {published: '2022-01-27'}))
    expect(JSON.parse(String(file))).toEqual(article)
  })

  it('reports the diagnostics as messages with positions, rule ids and severities', async () => {
    // An unbalanced quotation mark gives a diagnostic with a place.
    const input = text + '\nThe mayor said "the bridge will reopen.\n'
    const file = await unified().use(onrecord).process(input)
    const article = file.data.article as Article
    expect(article.diagnostics.length).toBeGreaterThan(0)
    expect(file.messages.map((m) => m.ruleId)).toEqual(article.diagnostics.map((d) => d.ruleId))
    expect(file.messages.every((m) => m.source === 'onrecord')).toBe(true)
    const placed = article.diagnostics.findIndex((d) => d.span !== null)
    expect(placed).toBeGreaterThanOrEqual(0)
    const span = article.diagnostics[placed]!.span!
    const lineStart = input.lastIndexOf('\n', span.start - 1) + 1
    const line = input.slice(0, span.start).split('\n').length
    expect(file.messages[placed]!.place).toMatchObject({start: {line, column: span.start - lineStart + 1}})
    article.diagnostics.forEach((d, i) => {
      const fatal = file.messages[i]!.fatal
      expect(fatal).toBe(d.severity === 'error' ? true : d.severity === 'warning' ? false : undefined)
    })
  })

  it('names the record after the file path', async () => {
    const file = await unified().use(onrecord).process({path: 'stories/geneva-talks.txt', value: text})
    expect((file.data.article as Article).id).toBe('geneva-talks')
  })
})
