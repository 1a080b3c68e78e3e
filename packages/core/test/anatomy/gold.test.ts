/**
 * The seed articles against their gold annotations: title, outlet, authors, credits,
 * publication date and dateline, field by field.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseArticle, verifySpans} from '../../src/index.js'

interface Gold {
  file: string
  title: string
  outlet: {name: string; aliases?: string[]; via: string} | null
  authors: string[]
  credits: string[]
  published: {value: string | null; accept?: string[]} | null
  dateline: {place: string} | null
}

const seeds = new URL('../../../../seeds/', import.meta.url)
const goldDir = new URL('../../../../gold/seeds/', import.meta.url)
const golds = readdirSync(goldDir)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => JSON.parse(readFileSync(new URL(name, goldDir), 'utf8')) as Gold)

describe('article anatomy matches the seed gold', () => {
  it('reads the five gold files', () => {
    expect(golds).toHaveLength(5)
  })

  for (const gold of golds) {
    describe(gold.file, () => {
      const text = readFileSync(new URL(gold.file, seeds), 'utf8')
      const article = parseArticle(text, {name: gold.file})

      it('title', () => {
        expect(article.title?.text).toBe(gold.title)
        expect(text.slice(article.title!.span.start, article.title!.span.end)).toBe(gold.title)
      })

      it('outlet', () => {
        if (gold.outlet === null) {
          expect(article.outlet).toBeNull()
          return
        }
        const names = [gold.outlet.name, ...(gold.outlet.aliases ?? [])]
        expect(names).toContain(article.outlet?.name)
        expect(article.outlet?.via).toBe(gold.outlet.via)
        expect(article.outlet?.span).not.toBeNull()
      })

      it('authors', () => {
        expect(article.authors.map((author) => author.name)).toEqual(gold.authors)
      })

      it('credits', () => {
        expect(article.credits.map((credit) => credit.name).sort()).toEqual([...gold.credits].sort())
      })

      it('publication date', () => {
        const expected = gold.published?.value ?? null
        const accepted = [expected, ...(gold.published?.accept ?? [])]
        if (expected === null && article.published === null) return
        expect(accepted).toContain(article.published?.value)
        // Never a year the text does not support.
        if (expected === null) expect(article.published?.value.startsWith('XXXX')).toBe(true)
      })

      it('dateline', () => {
        expect(article.dateline?.place ?? null).toBe(gold.dateline?.place ?? null)
      })

      it('every span round-trips', () => {
        expect(verifySpans(article, text)).toEqual([])
      })
    })
  }
})
