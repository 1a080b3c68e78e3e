import {describe, expect, it} from 'vitest'
import {attribute, checkClaim, testSingleCase} from './helpers.js'

// stages/attribution/asked-question.ts: a question put by someone the text does not name.
describe('asked, with no asker', () => {
  it('Asked whether …, X said …: the question, with no speaker, and the answer, with its own', () => {
    const text = 'Asked whether he would run again, the senator said he had not decided.'
    const article = testSingleCase(text, {content: 'whether he would run again', kind: 'indirect', cue: 'Asked', speaker: null}, {count: 2, index: 0})
    checkClaim(article, text, article.claims[1]!, {content: 'he had not decided', cue: 'said', speaker: 'senator'})
  })

  it('When asked if …, with a day between: "Asked Tuesday about …" reports the topic', () => {
    testSingleCase('When asked if the ferry would run, Ana Ruiz shrugged.', {content: 'if the ferry would run', cue: 'asked', speaker: null})
    testSingleCase('Asked Tuesday about the merger, the chief executive shrugged.', {content: 'the merger', cue: 'Asked', speaker: null})
  })

  it('the answer after the comma takes the quotation, not the question', () => {
    const text = 'Asked whether he would sell the club, Tom Baxter said, "Probably not."'
    const article = testSingleCase(text, {content: 'whether he would sell the club', cue: 'Asked', speaker: null}, {count: 2, index: 0})
    checkClaim(article, text, article.claims[1]!, {content: 'Probably not.', kind: 'direct', cue: 'said', speaker: 'Tom Baxter'})
  })

  it('not a request: "Asked to leave, she refused."', () => {
    expect(attribute('Asked to leave, she refused.').claims).toEqual([])
  })

  it('not a question with no main clause after it, nor "asked" after its subject', () => {
    expect(attribute('Asked whether the ferry would run.').claims).toEqual([])
    expect(attribute('The union asked whether the ferry would run.').claims.every((claim) => claim.speaker !== null)).toBe(true)
  })
})
