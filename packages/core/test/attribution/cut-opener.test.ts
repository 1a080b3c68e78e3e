import {describe, it} from 'vitest'
import {testSingleCase} from './helpers.js'

// stages/attribution/cue.ts (opensClause): a report that a later claim cuts ends before the
// word that opened the later claim's clause.
describe('a cut report ends before the word that opens the next clause', () => {
  it('"…, which the mayor said …": not "which"', () => {
    testSingleCase('Ana Ruiz said the budget was too small, which the mayor said was untrue.', {content: 'the budget was too small', cue: 'said', speaker: 'Ana Ruiz'}, {count: 2})
  })

  it('"…, though the mayor said …": not "though"', () => {
    testSingleCase('Ana Ruiz said the budget was too small, though the mayor told reporters it was generous.', {content: 'the budget was too small', cue: 'said', speaker: 'Ana Ruiz'}, {count: 2})
  })

  it('"… when the mayor said …": not "when"', () => {
    testSingleCase('Ana Ruiz said the budget had been cut when the mayor announced it was growing.', {content: 'the budget had been cut', cue: 'said', speaker: 'Ana Ruiz'}, {count: 2})
  })
})

describe('not a word that ends the report', () => {
  it('not "while" after an article: "for a while"', () => {
    testSingleCase('The ferry was late for a while, the captain said, and the crew said the sea was rough.', {content: 'The ferry was late for a while', cue: 'said', speaker: 'captain'}, {count: 2})
  })
})
