import {describe, expect, it} from 'vitest'
import {attribute, checkClaim} from './helpers.js'

// stages/attribution/continued-quote.ts: a quotation with no cue continues the claim before it.
describe('continued quote', () => {
  it('a quotation of its own after an attributed one takes its speaker', () => {
    const text = '“We will not leave,” Ana Ruiz said. “This is our home and we stay.”'
    const article = attribute(text)
    expect(article.claims).toHaveLength(2)
    checkClaim(article, text, article.claims[1]!, {content: 'This is our home and we stay.', kind: 'direct', cue: null, speaker: 'Ana Ruiz'})
    expect(article.claims[1]!.speaker).toBe(article.claims[0]!.speaker)
  })

  it('not a quotation of fewer than four words', () => {
    expect(attribute('“We will not leave,” Ana Ruiz said. “Home.”').claims).toHaveLength(1)
  })

  it('not a quotation with no attributed claim before it', () => {
    expect(attribute('Ana Ruiz left. “This is our home and we stay.”').claims).toEqual([])
  })
})
