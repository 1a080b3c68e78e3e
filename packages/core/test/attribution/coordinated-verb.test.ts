import {describe, expect, it} from 'vitest'
import {attribute, checkClaim} from './helpers.js'

// stages/attribution/coordinated-verb.ts: a second cue shares the subject of the first.
describe('coordinated verb', () => {
  it('X criticised … and said CLAUSE', () => {
    const text = 'The mayor criticised the plan and said the town would appeal.'
    const article = attribute(text)
    expect(article.claims).toHaveLength(2)
    checkClaim(article, text, article.claims[1]!, {content: 'the town would appeal', kind: 'indirect', cue: 'said', speaker: 'mayor'})
    expect(article.claims[1]!.speaker).toBe(article.claims[0]!.speaker)
  })

  it('X criticised … but said CLAUSE', () => {
    const text = 'The mayor criticised the plan but said the town would not appeal.'
    const article = attribute(text)
    checkClaim(article, text, article.claims[1]!, {content: 'the town would not appeal', cue: 'said', speaker: 'mayor'})
  })

  it('not a noun after "and": "and demand for exports fell"', () => {
    expect(attribute('Profits rose and demand for exports fell.').claims).toEqual([])
  })
})
