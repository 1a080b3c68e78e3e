/**
 * The BBC corpus (2,225 articles, a headline on the first line, no furniture, no byline,
 * dateline or publication date): every article gets its first line as title and keeps every
 * line, and none is given a publisher, author or dateline it does not print. Skipped when the
 * corpus is absent.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {anatomy} from './helpers.js'

const corpus = fileURLToPath(new URL('../../../../../shared/corpora/bbc/', import.meta.url))
const present = existsSync(corpus)
if (!present) console.warn(`BBC corpus not found at ${corpus}: skipping the BBC anatomy tests`)

function articles(): Array<[string, string]> {
  return readdirSync(corpus, {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) =>
      readdirSync(join(corpus, dir.name))
        .filter((name) => name.endsWith('.txt'))
        .map((name) => [`${dir.name}/${name}`, readFileSync(join(corpus, dir.name, name), 'latin1')] as [string, string])
    )
}

describe.skipIf(!present)('BBC corpus anatomy', () => {
  it('gives every article its first line as title and loses no line', () => {
    const wrongTitles: string[] = []
    const lost: string[] = []
    const published: string[] = []
    let count = 0
    for (const [name, text] of articles()) {
      count++
      const article = anatomy(text, {name})
      const first = text.split(/\r?\n/).find((line) => line.trim() !== '')!.trim()
      if (article.title?.text !== first) wrongTitles.push(`${name}: ${JSON.stringify(article.title?.text)}`)

      const covered = [...article.body, ...article.boilerplate].map((block) => block.span).sort((a, b) => a.start - b.start)
      let offset = 0
      let next = 0
      for (const line of text.split('\n')) {
        const trimmed = line.trim()
        if (trimmed !== '') {
          const start = offset + line.indexOf(trimmed)
          while (next < covered.length && covered[next]!.end < start + trimmed.length) next++
          const span = covered[next]
          if (!span || span.start > start) lost.push(`${name}: ${trimmed.slice(0, 60)}`)
        }
        offset += line.length + 1
      }
      // The articles print no publication date: at most a year-less day of the lead.
      if (article.published && !article.published.value.startsWith('XXXX')) published.push(`${name}: ${article.published.value}`)
    }
    expect(count).toBeGreaterThan(2000)
    expect(wrongTitles).toEqual([])
    expect(lost).toEqual([])
    expect(published).toEqual([])
  }, 120_000)

  it('finds no publisher, author or dateline in articles that print none', () => {
    const found: string[] = []
    for (const [name, text] of articles()) {
      const article = anatomy(text, {name})
      if (article.outlet) found.push(`${name}: outlet ${article.outlet.name} (${text.slice(article.outlet.span!.start, article.outlet.span!.end)})`)
      else expect(article.diagnostics.some((d) => d.ruleId === 'outlet/unknown')).toBe(true)
      for (const author of article.authors) found.push(`${name}: author ${author.name}`)
      if (article.dateline) found.push(`${name}: dateline ${text.slice(article.dateline.span.start, article.dateline.span.end)}`)
    }
    expect(found).toEqual([])
  }, 120_000)
})
