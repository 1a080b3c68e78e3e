import {describe, expect, it} from 'vitest'
import {attribute, testSingleCase} from './helpers.js'

// stages/attribution/according-to.ts: "according to" and its source.
describe('according to', () => {
  it('CLAUSE, according to X.', () => {
    testSingleCase('Talks will resume in May, according to the ministry.', {content: 'Talks will resume in May', kind: 'indirect', cue: 'according to', speaker: 'ministry'})
  })

  it('According to X, CLAUSE.', () => {
    testSingleCase('According to police, officers saw two men leave the building.', {content: 'officers saw two men leave the building', kind: 'indirect', cue: 'According to', speaker: 'police'})
  })

  it('not a source that is no speaker', () => {
    expect(attribute('According to the weather, it will rain.').claims).toEqual([])
  })
})

describe('according to counts and rules', () => {
  it('…, according to the results', () => {
    testSingleCase('Ana Ruiz won 37 percent of the vote, according to the results.', {content: 'Ana Ruiz won 37 percent of the vote', kind: 'indirect', cue: 'according to', speaker: 'results'})
  })

  it('According to state law, …', () => {
    testSingleCase('According to state law, no one may hand out leaflets near a polling station.', {content: 'no one may hand out leaflets near a polling station', kind: 'indirect', cue: 'According to', speaker: 'state law'})
  })
})

describe('according to, more sources', () => {
  it('no comma before "according to" when the source ends the sentence', () => {
    testSingleCase('Ana Ruiz leads 46 percent to 39 percent according to a poll released Monday.', {content: 'Ana Ruiz leads 46 percent to 39 percent', kind: 'indirect', cue: 'according to'})
  })

  it('a source with modifiers in "-ly" and "-ed": "a newly uncovered email"', () => {
    testSingleCase('The ministry was warned that troops were ready, according to a newly uncovered email.', {content: 'The ministry was warned that troops were ready', kind: 'indirect', cue: 'according to', speaker: 'email'})
  })
})

describe('according to, a source only the parse reads', () => {
  it('a plural noun no speaker grammar knows: "according to three regional broadcasters"', () => {
    testSingleCase('Turnout fell sharply, according to three regional broadcasters.', {content: 'Turnout fell sharply', kind: 'indirect', cue: 'according to', speaker: 'regional broadcasters'})
  })

  it('a noun narrowed by its modifiers, opening the sentence', () => {
    testSingleCase('According to early returns from the northern districts, the mayor leads.', {content: 'the mayor leads', kind: 'indirect', cue: 'According to', speaker: 'early returns from the northern districts'})
  })

  it('not "according to" that says how: "went ahead according to the original plan"', () => {
    expect(attribute('The launch went ahead according to the original plan.').claims).toEqual([])
  })

  it('not a possessive phrase whose owner it cannot name: "according to his wishes"', () => {
    expect(attribute('According to his wishes, there will be no funeral service.').claims).toEqual([])
  })

  it('not a source inside a report: the report is the cue\'s alone', () => {
    testSingleCase('She told reporters the fee should have been waived, according to the written guidance.', {content: 'the fee should have been waived, according to the written guidance', kind: 'indirect', cue: 'told'})
  })
})

describe('sources that were there or recorded it', () => {
  it('according to an attendee', () => {
    testSingleCase('The senator left the lunch early, according to an attendee.', {content: 'The senator left the lunch early', cue: 'according to', speaker: 'attendee'})
  })

  it('according to a readout of the call', () => {
    testSingleCase('The two leaders agreed to meet again, according to a readout of the call.', {content: 'The two leaders agreed to meet again', cue: 'according to'})
  })
})
