import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {ArticleSchema, parseArticle, verifySpans} from '../src/index.js'

const seeds = new URL('../../../seeds/', import.meta.url)
const files = readdirSync(seeds).filter((name) => name.endsWith('.txt')).sort()

describe('seed conformance', () => {
  it('has the five seed articles', () => {
    expect(files).toHaveLength(5)
  })

  for (const file of files) {
    it(`${file}: the record validates and every span round-trips`, () => {
      const text = readFileSync(new URL(file, seeds), 'utf8')
      const article = parseArticle(text, {name: file})
      expect(ArticleSchema.safeParse(article).success).toBe(true)
      expect(verifySpans(article, text)).toEqual([])
      expect(article.id).toBe(file.replace(/\.txt$/, ''))
      expect(article.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
    })
  }
})
