import {describe, it} from 'vitest'
import {testSingleCase} from './helpers.js'

// stages/attribution/subordinate-end.ts: a reported clause ends before the main clause when its
// cue stands in a relative clause on the subject or in a clause of time before the main clause.
describe('a reported clause ends before the main clause', () => {
  it('N who said X VERB …', () => {
    testSingleCase('Officials who said the plan would fail were fired on Monday.', {content: 'the plan would fail', cue: 'said', speaker: 'Officials'})
  })

  it('days after X said Y, Z …', () => {
    testSingleCase('Two days after the minister said the war would end, troops shelled the port.', {content: 'the war would end', cue: 'said', speaker: 'minister'})
  })
})

describe('not the end of a report', () => {
  it('not a verb with no subject after the comma', () => {
    testSingleCase('Speaking on a channel which is owned by the state, the minister added that the port, which was sold last year, will reopen in May.', {content: 'the port, which was sold last year, will reopen in May', cue: 'added', speaker: 'minister'})
  })

  it('not a participle before "to"', () => {
    testSingleCase('The study was carried out by a group which reported that sales rose by 9% in May compared to 4% in June.', {content: 'sales rose by 9% in May compared to 4% in June', cue: 'reported', speaker: 'group'})
  })
})
