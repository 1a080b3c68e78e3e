import {describe, it} from 'vitest'
import {testNoClaim, testSingleCase} from './helpers.js'

// stages/attribution/commissive.ts: what a speaker vows, promises or threatens to do.
describe('a commissive cue with an infinitive', () => {
  it('"vowed to …": the act is the report', () => {
    testSingleCase('The senator vowed to fight the ruling in court.', {content: 'to fight the ruling in court', kind: 'indirect', cue: 'vowed', speaker: 'senator'})
  })

  it('"has promised to …"', () => {
    testSingleCase('Ana Ruiz has promised to veto the bill.', {content: 'to veto the bill', kind: 'indirect', cue: 'has promised', speaker: 'Ana Ruiz'})
  })

  it('not a threat, which need not be spoken', () => {
    testNoClaim('The storm threatened to flood the lower town.')
  })

  it('no act after "to": a sum or a recipient', () => {
    testNoClaim('The foundation pledged $5 million to the hospital.')
    testNoClaim('Ana Ruiz promised to the voters a new bridge.')
  })
})
