import {describe, it} from 'vitest'
import {testNoClaim, testSingleCase} from './helpers.js'

// stages/attribution/as-reported.ts: "As X reported, CLAUSE".
describe('a cue in a fronted "as" clause', () => {
  it('"As the Post reported, …": the main clause is the report, whole', () => {
    testSingleCase('As The Washington Post reported, even if the senator split the delegates, he would need 55 percent of the rest.', {content: 'even if the senator split the delegates, he would need 55 percent of the rest', kind: 'indirect', cue: 'reported', speaker: 'Washington Post'})
  })

  it('not a comparison, nor "as" that is no report', () => {
    testNoClaim('The debt was larger than the council reported.')
    testNoClaim('As expected, the council reported a loss.')
  })
})
