import {describe, expect, it} from 'vitest'
import {attribute, checkClaim} from './helpers.js'

// stages/attribution/participle.ts: "…, saying …", "…, adding that …".
describe('participle', () => {
  it('…, saying CLAUSE: the subject of the sentence is the speaker', () => {
    const text = 'The ministry rejected the plan, saying it was illegal.'
    const article = attribute(text)
    const claim = article.claims.find((found) => found.cue?.text === 'saying')!
    checkClaim(article, text, claim, {content: 'it was illegal', kind: 'indirect', cue: 'saying', speaker: 'ministry'})
  })

  it('…, adding that CLAUSE', () => {
    const text = 'The ministry rejected the plan, adding that talks would go on.'
    const article = attribute(text)
    const claim = article.claims.find((found) => found.cue?.text === 'adding')!
    checkClaim(article, text, claim, {content: 'talks would go on', kind: 'indirect', cue: 'adding', speaker: 'ministry'})
  })

  it('not a participle that opens a sentence as its subject', () => {
    expect(attribute('Saying goodbye is hard for everyone in town.').claims).toEqual([])
  })
})
