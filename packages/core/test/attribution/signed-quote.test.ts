import {describe, expect, it} from 'vitest'
import {attribute, testSingleCase} from './helpers.js'

// stages/attribution/signed-quote.ts: a quotation of its own, signed with a dash and a name.
describe('signed quote', () => {
  it('“…” ― Name', () => {
    testSingleCase('“We will rebuild every school.” ― Sonia Perez', {content: 'We will rebuild every school.', kind: 'direct', cue: '―', speaker: 'Sonia Perez'})
  })

  it('a signed quotation after a paragraph of its own', () => {
    testSingleCase('The mayor spoke for an hour.\n\n“We will rebuild every school.” — Sonia Perez', {content: 'We will rebuild every school.', kind: 'direct', cue: '—', speaker: 'Sonia Perez'})
  })

  it('not a quotation inside a sentence that a dash and a name follow', () => {
    const article = attribute('He said “we will rebuild” ― Sonia Perez')
    expect(article.claims.filter((claim) => claim.cue?.text === '―')).toEqual([])
  })

  it('not a quotation signed with a pronoun', () => {
    expect(attribute('“We will rebuild every school.” ― she').claims).toEqual([])
  })
})
