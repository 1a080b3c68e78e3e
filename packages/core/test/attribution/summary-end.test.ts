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

describe('not a phrase of the report', () => {
  it('not a noun that sums up no act: "a bridge that …"', () => {
    testSingleCase('The mayor said the town needed a second crossing, a bridge that could carry trucks.', {content: 'the town needed a second crossing, a bridge that could carry trucks', cue: 'said', speaker: 'mayor'})
  })

  it('not a summary the report goes on after: "…, a move that surprised many, would pass"', () => {
    testSingleCase('The mayor said the closure, a move that surprised many, would last a week.', {content: 'the closure, a move that surprised many, would last a week', cue: 'said', speaker: 'mayor'})
  })

  it('not inside quotation marks', () => {
    testSingleCase('The mayor said the closure was "needed, a step that protects everyone".', {content: 'the closure was "needed, a step that protects everyone"', kind: 'mixed', cue: 'said', speaker: 'mayor'})
  })
})
