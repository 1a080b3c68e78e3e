import {describe, expect, it} from 'vitest'
import {attribute, testSingleCase} from './helpers.js'

// stages/attribution/speaker-after.ts: the speaker follows the cue.
describe('speaker after the cue', () => {
  it('"…," said X.', () => {
    testSingleCase('"We will not leave," said the minister.', {content: 'We will not leave,', kind: 'direct', cue: 'said', speaker: 'minister'})
  })

  it('Said X: "…"', () => {
    testSingleCase('Said the minister: "We will not leave."', {content: 'We will not leave.', kind: 'direct', cue: 'Said', speaker: 'minister'})
  })

  it('ADVERB, said X, CLAUSE: the report follows the speaker', () => {
    testSingleCase('Instead, said the firm, the plant closed for a week.', {content: 'the plant closed for a week', kind: 'indirect', cue: 'said', speaker: 'firm'})
  })

  it('not after "told": what follows it is whom, and the subject of the verbs speaks', () => {
    const article = attribute('He spoke to the press, told the BBC that the plan failed.')
    expect(article.speakers.map((speaker) => speaker.name)).not.toContain('BBC')
    expect(article.claims.map((claim) => claim.content.text)).toEqual(['the plan failed'])
  })

  it('not a time after an opening cue: "Added Monday, …"', () => {
    expect(attribute('Added Monday, the update covers every school.').claims).toEqual([])
  })

  it('not the subject of the report: "X, who …, said the player has …"', () => {
    testSingleCase('The organisers of the cup, who met on Friday, said the player has a sore knee.', {content: 'the player has a sore knee', kind: 'indirect', cue: 'said', speaker: 'organisers of the cup'})
    testSingleCase('Sen. Ann Roe, D-Calif., a member of the panel, said Smith has broken the rules.', {content: 'Smith has broken the rules', cue: 'said', speaker: 'Ann Roe'})
  })

  it('a name set off by commas before the rest of the report still speaks: "The ruling, said X, a lawyer, changes …"', () => {
    testSingleCase('The ruling, said Dana Ortiz, a lawyer for the firm, changes everything for the family.', {content: 'The ruling', cue: 'said', speaker: 'Dana Ortiz'})
  })

  it('whom the cue asks to do something is no inverted speaker: "The scandal encouraged the regulator to act"', () => {
    expect(attribute("The 'wardrobe scandal' encouraged the regulator to impose tougher rules.").claims).toEqual([])
    testSingleCase('"Go home," urged the minister to the crowd.', {content: 'Go home,', cue: 'urged', speaker: 'minister'})
  })

  it('not a word that modifies the report\'s subject or another noun: "…, said the US race was …"', () => {
    testSingleCase('Tom Reyes, head of the Kestrel Institute, a think-tank that studies media, said the US race was a turning point.', {content: 'the US race was a turning point', cue: 'said', speaker: 'Tom Reyes'})
    expect(attribute('Mr Snow, who is in Dublin on a visit, has applauded Ireland\'s new tax rules.').speakers.map((speaker) => speaker.name)).not.toContain('Ireland')
    // The noun the name modifies is the speaker: "…, says the Kestrel building society".
    testSingleCase('House prices rose 0.5% in February, says the Kestrel building society.', {content: 'House prices rose 0.5% in February', cue: 'says', speaker: 'Kestrel'})
  })
})
