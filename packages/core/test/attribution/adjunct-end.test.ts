import {describe, expect, it} from 'vitest'
import {attribute, testSingleCase} from './helpers.js'

// stages/attribution/adjunct-end.ts: a noun-phrase report ends before the occasion, time or
// circumstance of the speaking.
describe('a noun-phrase report ends before the occasion of speech', () => {
  it('criticized X during a debate', () => {
    testSingleCase('The senator criticized the harbour budget during a debate on Tuesday.', {content: 'the harbour budget', cue: 'criticized', speaker: 'senator'})
  })

  it('called for X in a statement', () => {
    testSingleCase('The union called for more investment in rural schools in a statement on Thursday.', {content: 'more investment in rural schools', cue: 'called for', speaker: 'union'})
  })

  it('announced X in a month and year', () => {
    testSingleCase('Ana Ruiz announced her candidacy in June 2019.', {content: 'her candidacy', cue: 'announced', speaker: 'Ana Ruiz'})
  })

  it('rejected X, but only after …: the qualifying words go with the circumstance', () => {
    testSingleCase('The board rejected the offer, but only after a long debate among its members.', {content: 'the offer', cue: 'rejected', speaker: 'board'})
  })

  it('announced X two days after …', () => {
    testSingleCase('The mayor announced the closure two days after the storm hit the coast.', {content: 'the closure', cue: 'announced', speaker: 'mayor'})
  })

  it('a naming cue keeps what it names: called X on Monday “…” in a tweet', () => {
    testSingleCase('The mayor called the remarks on Monday “a disgrace” in a tweet.', {content: 'the remarks on Monday “a disgrace”', kind: 'mixed', cue: 'called', speaker: 'mayor'})
  })
})

describe('not a phrase the report holds', () => {
  it('not a place or time that is no occasion of speech: "a ban on imports", "its record in the House"', () => {
    testSingleCase('The senator criticized his record in the House of Commons.', {content: 'his record in the House of Commons', cue: 'criticized', speaker: 'senator'})
  })

  it('not a phrase inside a reported clause', () => {
    testSingleCase('The council denied that the ferry stopped during the storm.', {content: 'the ferry stopped during the storm', cue: 'denied', speaker: 'council'})
  })

  it('not a noun phrase whose head is no occasion: "its software every month"', () => {
    testSingleCase('The firm announced fixes to flaws in its software every month.', {content: 'fixes to flaws in its software every month', cue: 'announced', speaker: 'firm'})
  })

  it('not the cue of a relative clause, whose end the sentence’s cue reads', () => {
    const text = 'Ana Ruiz, who endorsed the mayor in May, said the town would recover.'
    expect(attribute(text).claims.map((claim) => claim.cue?.text)).toContain('said')
  })
})
