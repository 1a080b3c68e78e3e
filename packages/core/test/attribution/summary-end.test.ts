import {describe, it} from 'vitest'
import {testSingleCase} from './helpers.js'

// stages/attribution/summary-end.ts: a report ends before the writer's summary of it.
describe('a report ends before the writer’s summary of it', () => {
  it('said X, a move that …', () => {
    testSingleCase('The mayor said she would close the harbour bridge, a move that angered local drivers.', {content: 'she would close the harbour bridge', cue: 'said', speaker: 'mayor'})
  })

  it('said X — a pledge his party …', () => {
    testSingleCase('Tom Baxter said he would cut the fuel tax — a pledge his party has made before.', {content: 'he would cut the fuel tax', cue: 'said', speaker: 'Tom Baxter'})
  })

  it('alleges X, a claim which …', () => {
    testSingleCase('The lawsuit alleges the firm dumped waste in the river, a claim which the firm denies.', {content: 'the firm dumped waste in the river', cue: 'alleges', speaker: 'lawsuit'})
  })
})

describe('a report ends before an apposition of what it names last', () => {
  it('said X, an actor famed for …', () => {
    testSingleCase('The nurse said he looked like Tom Baxter, an actor famed for playing villains.', {content: 'he looked like Tom Baxter', cue: 'said', speaker: 'nurse'})
  })

  it('said X, a bigger rise than …', () => {
    testSingleCase('The bank said lending rose by 4% in May, a bigger rise than traders expected.', {content: 'lending rose by 4% in May', cue: 'said', speaker: 'bank'})
  })
})

describe('not a phrase of the report', () => {
  it('not a list: "…, a jacket and boots"', () => {
    testSingleCase('The police said he was wearing a hat, a green jacket and boots.', {content: 'he was wearing a hat, a green jacket and boots', cue: 'said', speaker: 'police'})
  })

  it('not the subject of a clause: "…, a recount could not be done"', () => {
    testSingleCase('Officials said that even if they wanted one, a recount could not be done.', {content: 'even if they wanted one, a recount could not be done', cue: 'said', speaker: 'Officials'})
  })

  it('not a summary the report goes on after: "…, a move that surprised many, would pass"', () => {
    testSingleCase('The mayor said the closure, a move that surprised many, would last a week.', {content: 'the closure, a move that surprised many, would last a week', cue: 'said', speaker: 'mayor'})
  })

  it('not inside quotation marks', () => {
    testSingleCase('The mayor said the closure was "needed, a step that protects everyone".', {content: 'the closure was "needed, a step that protects everyone"', kind: 'mixed', cue: 'said', speaker: 'mayor'})
  })
})
