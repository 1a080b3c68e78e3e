import {describe, expect, it} from 'vitest'
import {attribute, testSingleCase} from './helpers.js'

// stages/attribution/coordinated-end.ts: a report ends before the speaker's second verb.
describe('coordinated end', () => {
  it('a past verb after a report under "would": the speaker’s act, not the report', () => {
    const text = 'Tom Baxter said he would order a review of the budget and warned against delays.'
    testSingleCase(text, {content: 'he would order a review of the budget', kind: 'indirect', cue: 'said', speaker: 'Tom Baxter'})
  })

  it('a verb of saying in the cue’s tense after a report in the same tense', () => {
    const text = 'He says he respects Ana Ruiz and calls her “an able woman.”'
    testSingleCase(text, {content: 'he respects Ana Ruiz', kind: 'indirect', cue: 'says'})
  })

  it('not a second verb of the report itself', () => {
    const text = 'Ana Ruiz said she went to the market and bought fresh bread.'
    testSingleCase(text, {content: 'she went to the market and bought fresh bread', kind: 'indirect', cue: 'said', speaker: 'Ana Ruiz'})
  })

  it('not a past form that continues a report after "had"', () => {
    const text = 'Ana Ruiz said the envoys had met the rebels and urged them to disarm.'
    expect(attribute(text).claims[0]?.content.text).toBe('the envoys had met the rebels and urged them to disarm')
  })
})

describe('a second report with its own subject', () => {
  it('"…, and more than four in ten said …" ends the first report', () => {
    const text = 'Most of the farmers said they were worried about the harvest, and more than 4 in 10 said Tom Baxter would handle it best.'
    const article = attribute(text)
    expect(article.claims[0]?.content.text).toBe('they were worried about the harvest')
  })
})

describe('naming with a predicate, read from the parse', () => {
  it('called OBJECT ADJECTIVE', () => {
    const text = 'Ana Ruiz called him divisive.'
    testSingleCase(text, {content: 'him divisive', kind: 'indirect', cue: 'called', speaker: 'Ana Ruiz'})
  })

  it('not "called the police to the scene", nor a naming under "if"', () => {
    expect(attribute('The mayor called the police to the scene.').claims).toEqual([])
    expect(attribute('It is unknown if Tom Baxter explicitly called them mercenaries.').claims).toEqual([])
  })
})
