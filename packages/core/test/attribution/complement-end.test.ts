import {describe, it} from 'vitest'
import {testSingleCase} from './helpers.js'

// stages/attribution/complement-end.ts: a reported clause ends before a clause of contrast the
// parse hangs on the cue, the narrator's own fact set against the report.
describe('a reported clause ends before a clause of contrast', () => {
  it('claimed X, while Y …', () => {
    testSingleCase('The minister claimed the scheme was working, while the figures showed a rise in waiting times.', {content: 'the scheme was working', cue: 'claimed', speaker: 'minister'})
  })

  it('claimed X, although Y …', () => {
    testSingleCase('The minister claimed the scheme was working, although the figures showed a rise in waiting times.', {content: 'the scheme was working', cue: 'claimed', speaker: 'minister'})
  })

  it('claimed X, even though Y …', () => {
    testSingleCase('The minister claimed the scheme was working, even though the figures showed a rise in waiting times.', {content: 'the scheme was working', cue: 'claimed', speaker: 'minister'})
  })

  it('has said X, even as Y …', () => {
    testSingleCase('The company has said its plant is clean, even as residents have complained about the smell.', {content: 'its plant is clean', cue: 'has said', speaker: 'company'})
  })
})

describe('not a clause the report holds', () => {
  it('not without a word of contrast: "claimed X, because Y"', () => {
    testSingleCase('The minister claimed the scheme was working, because the figures showed a fall in waiting times.', {content: 'the scheme was working, because the figures showed a fall in waiting times', cue: 'claimed', speaker: 'minister'})
  })

  it('not a clause of contrast the parse hangs inside the report', () => {
    testSingleCase('The council insisted the roads were safe, although three people were hurt there in March.', {content: 'the roads were safe, although three people were hurt there in March', cue: 'insisted', speaker: 'council'})
  })

  it('not a clause of contrast inside a quotation', () => {
    testSingleCase('The minister claimed the scheme "was working, while the old one failed".', {content: 'the scheme "was working, while the old one failed"', kind: 'mixed', cue: 'claimed', speaker: 'minister'})
  })
})
