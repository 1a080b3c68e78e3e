import {describe, it} from 'vitest'
import {testSingleCase} from './helpers.js'

// stages/attribution/person-relative-end.ts: a report ends before the writer's description of
// the person it names last.
describe('a report ends before a clause of "who" about the name that ends it', () => {
  it('praised X, who …', () => {
    testSingleCase('The mayor praised the work of Ana Ruiz, who ran the town clinic for a decade.', {content: 'the work of Ana Ruiz', cue: 'praised', speaker: 'mayor'})
  })

  it('said X, whose …', () => {
    testSingleCase('The coach said he owed his career to Tom Baxter, whose advice he still follows.', {content: 'he owed his career to Tom Baxter', cue: 'said', speaker: 'coach'})
  })
})

describe('not a clause the report holds', () => {
  it('not a clause closed by a comma, after which the report goes on', () => {
    testSingleCase('The mayor said Ana Ruiz, who ran the clinic, had left the town.', {content: 'Ana Ruiz, who ran the clinic, had left the town', cue: 'said', speaker: 'mayor'})
  })

  it('not the clause of a cleft: "it was X, not Y, who …"', () => {
    testSingleCase('The council said it was Ana Ruiz, not Tom Baxter, who closed the clinic.', {content: 'it was Ana Ruiz, not Tom Baxter, who closed the clinic', cue: 'said', speaker: 'council'})
  })

  it('not after a word in lower case: "the nurses, who …"', () => {
    testSingleCase('The mayor praised the nurses, who worked through the night.', {content: 'the nurses, who worked through the night', cue: 'praised', speaker: 'mayor'})
  })
})
