import {describe, expect, it} from 'vitest'
import {attribute, testNoClaim, testSingleCase} from './helpers.js'

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

describe('"put it" as a cue', () => {
  it('As X put it, CLAUSE', () => {
    testSingleCase('As the minister put it, the pier is beyond repair.', {content: 'the pier is beyond repair', cue: 'put it', speaker: 'minister'})
  })

  it('as X, APPOSITION, put it: “…”', () => {
    testSingleCase('Or, as Ana Ruiz, a former mayor, put it: “The pier is gone.”', {content: 'The pier is gone.', kind: 'direct', cue: 'put it', speaker: 'Ana Ruiz'})
  })

  it('not a thing put somewhere: "put it on the table", "putting it into the file: “…”"', () => {
    expect(attribute('The harbour master put it on the table and left.').claims).toEqual([])
    expect(attribute('The clerk checked the ledger, saying it was late and putting it into the file: “The ledger is overdue.”').claims.map((claim) => claim.cue?.text)).not.toContain('putting it')
  })

  it('put it in a statement: “…”: a place that is an occasion of speech', () => {
    testSingleCase('The minister put it in a statement: “The pier is gone.”', {content: 'The pier is gone.', kind: 'direct', cue: 'put it', speaker: 'minister'})
  })
})
