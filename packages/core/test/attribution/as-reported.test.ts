import {describe, expect, it} from 'vitest'
import {attribute, testNoClaim, testSingleCase} from './helpers.js'

// stages/attribution/as-reported.ts: "As X reported, CLAUSE".
describe('a cue in a fronted "as" clause', () => {
  it('"As the Post reported, …": the main clause is the report, whole', () => {
    testSingleCase('As The Washington Post reported, even if the senator split the delegates, he would need 55 percent of the rest.', {content: 'even if the senator split the delegates, he would need 55 percent of the rest', kind: 'indirect', cue: 'reported', speaker: 'Washington Post'})
  })

  it('"As X told Y, …", "As X noted, …": a subject and an addressee or a time before the comma', () => {
    testSingleCase('As Ana Ruiz told the Harbour Gazette, tax relief is given in exchange for new jobs.', {content: 'tax relief is given in exchange for new jobs', kind: 'indirect', cue: 'told', speaker: 'Ana Ruiz'})
    testSingleCase('As another survey from 2011 noted, the average age of ferry users was 44.', {content: 'the average age of ferry users was 44', cue: 'noted'})
  })

  it('"As reported by X, …", "As stated in X, …": the passive, with its agent or its document', () => {
    testSingleCase('As reported by the Harbour Gazette, the ferry company was warned of the risk.', {content: 'the ferry company was warned of the risk', kind: 'indirect', cue: 'reported', speaker: 'Harbour Gazette'})
    testSingleCase('As first reported by the Harbour Gazette, the ferry company was warned of the risk.', {content: 'the ferry company was warned of the risk', cue: 'reported', speaker: 'Harbour Gazette'})
    testSingleCase("As stated in the council's report, the pier is unsafe.", {content: 'the pier is unsafe', cue: 'stated'})
  })

  it('"As X had written, “…”": the quotation after the comma', () => {
    testSingleCase('As the columnist Ana Ruiz had written years earlier, “We could not run the port without him.”', {content: 'We could not run the port without him.', kind: 'direct', cue: 'had written', speaker: 'Ana Ruiz'})
  })

  it('not a clause with an object or a verb of its own, nor "as" inside the sentence', () => {
    expect(attribute('But as Ana Ruiz criticises this council, the pier has been criticised by most residents.').claims.map((claim) => claim.content.text)).not.toContain('the pier has been criticised by most residents')
    expect(attribute('As the mayor announced the budget date, the firm urged him to focus.').claims.map((claim) => claim.content.text)).not.toContain('the firm urged him to focus')
    testNoClaim('As residents continue to leave, the council is planning new homes.')
    expect(attribute('“It has happened,” she said, as recalled by Tom Okafor, son of the founder, in a book.').claims.map((claim) => claim.content.text)).not.toContain('son of the founder, in a book')
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
