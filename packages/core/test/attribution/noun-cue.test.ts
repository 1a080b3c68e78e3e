import {describe, expect, it} from 'vitest'
import {attribute, testNoClaim, testSingleCase} from './helpers.js'

// stages/attribution/noun-cue.ts: a noun of reporting with a "that" clause, and who made it.
describe('a noun of reporting with a "that" clause', () => {
  it('the subject of a light verb: "made the claim that …"', () => {
    testSingleCase('The senator made the claim that the vote was rigged.', {content: 'the vote was rigged', kind: 'indirect', cue: 'claim', speaker: 'senator'})
  })

  it('a possessive pronoun: "his accusation that …", inside another report', () => {
    const article = attribute('Ana Ruiz spoke first. She rejected his accusation that she had lied to the committee.')
    const claim = article.claims.find((candidate) => candidate.cue?.text === 'accusation')
    expect(claim?.content.text).toBe('she had lied to the committee')
    expect(claim?.cue?.lemma).toBe('accuse')
  })

  it('a possessor that names the speaker: "the ministry’s announcement that …"', () => {
    const article = attribute('Farmers were angered by the ministry’s announcement that prices would rise.')
    const claim = article.claims.find((candidate) => candidate.cue?.text === 'announcement')
    expect(claim?.content.text).toBe('prices would rise')
    expect(article.speakers.find((speaker) => speaker.id === claim?.speaker)?.name).toMatch(/ministry/)
  })

  it('no one who made it, or a relative clause', () => {
    testNoClaim('The accusation that she had lied was false.')
    testNoClaim('The court heard the claim that he made in May.')
  })

  it('"its" or "their" on the object of a body\'s verb: "The union repeated its claim that …"', () => {
    testSingleCase('The union repeated its claim that the mayor had lied.', {content: 'the mayor had lied', cue: 'claim', speaker: 'union'})
    testSingleCase('The unions renewed their claim that the mayor had lied.', {content: 'the mayor had lied', cue: 'claim', speaker: 'unions'})
  })

  it('one claim when a cue verb already reports the clause: "repeated his claim that …"', () => {
    testSingleCase('Tom Baxter repeated his claim that the mayor had lied.', {content: 'the mayor had lied', speaker: 'Tom Baxter'})
  })
})
