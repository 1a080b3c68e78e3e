import {describe, expect, it} from 'vitest'
import {attribute, testSingleCase} from './helpers.js'

// stages/attribution/relative-cue.ts: a request in a relative clause before the sentence's own cue.
describe('a cue inside a relative clause', () => {
  it('"who asked not to be named" is no report: the sentence\'s own cue reports', () => {
    testSingleCase('Officials who asked not to be named said the talks had stalled.', {content: 'the talks had stalled', kind: 'indirect', cue: 'said'})
    testSingleCase('Two diplomats who asked to remain anonymous said the deal was close.', {content: 'the deal was close', kind: 'indirect', cue: 'said'})
  })

  it('a statement in a relative clause is still a claim: "who claim to have seen …"', () => {
    const cues = attribute('Residents who claim to have seen the fire were questioned by police.').claims.map((claim) => claim.cue?.text)
    expect(cues).toContain('claim')
  })
})
