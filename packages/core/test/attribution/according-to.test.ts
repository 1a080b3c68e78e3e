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
