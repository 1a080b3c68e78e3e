import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'

// A parser given through the `syntax` option is the caller's: its heads may form a cycle, with
// no root. Reading such a parse must end.
function cyclic(upos: string, relation: string) {
  return (words: readonly string[]) => ({
    upos: words.map(() => upos),
    // CoNLL-U heads: each word hangs on the next, the last on the first.
    heads: words.map((_, index) => (index + 1 < words.length ? index + 2 : 1)),
    relations: words.map(() => relation)
  })
}

// Each word hangs on its neighbour, in pairs: a two-word name hangs on itself. Words in "-ed"
// are verbs.
function pairs(upos: string, relation: string) {
  return (words: readonly string[]) => ({
    upos: words.map((word) => (/ed$/.test(word) ? 'VERB' : upos)),
    heads: words.map((_, index) => (index % 2 === 0 ? index + 2 : index)),
    relations: words.map(() => relation)
  })
}

describe('a parse whose heads form a cycle', () => {
  it('ends, and gives a record', {timeout: 10_000}, () => {
    const text = 'Gunmen entered the depot after the blast and shot at the guards.\n\nAna Ruiz said she had attacked the town.'
    for (const syntax of [cyclic('NOUN', 'conj'), cyclic('PROPN', 'flat'), cyclic('NOUN', 'xcomp')]) {
      const article = parseArticle(text, {syntax})
      expect(article.events.length).toBeGreaterThan(0)
    }
  })

  it('ends when a place name is a cycle of its own', {timeout: 10_000}, () => {
    for (const syntax of [pairs('PROPN', 'compound'), pairs('NOUN', 'flat')]) {
      const article = parseArticle('A bomb attack in New Delhi killed ten people.', {syntax})
      expect(article.events.map((event) => event.type)).toContain('ASSAULT')
    }
  })
})
