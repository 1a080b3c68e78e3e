import {describe, expect, it} from 'vitest'
import {attribute, checkClaim, testSingleCase} from './helpers.js'

// stages/attribution/coordinated-verb.ts: a second cue shares the subject of the first.
describe('coordinated verb', () => {
  it('X criticised … and said CLAUSE', () => {
    const text = 'The mayor criticised the plan and said the town would appeal.'
    const article = attribute(text)
    expect(article.claims).toHaveLength(2)
    checkClaim(article, text, article.claims[1]!, {content: 'the town would appeal', kind: 'indirect', cue: 'said', speaker: 'mayor'})
    expect(article.claims[1]!.speaker).toBe(article.claims[0]!.speaker)
  })

  it('X criticised … but said CLAUSE', () => {
    const text = 'The mayor criticised the plan but said the town would not appeal.'
    const article = attribute(text)
    checkClaim(article, text, article.claims[1]!, {content: 'the town would not appeal', cue: 'said', speaker: 'mayor'})
  })

  it('X said CLAUSE, and accused Y of …: the same speaker, the first report ends at the comma', () => {
    const text = 'The governor said the report showed that the council did not know what it was doing, and accused the council of hiding the costs.'
    const article = attribute(text)
    expect(article.claims).toHaveLength(2)
    checkClaim(article, text, article.claims[0]!, {content: 'the report showed that the council did not know what it was doing', cue: 'said', speaker: 'governor'})
    checkClaim(article, text, article.claims[1]!, {content: 'the council of hiding the costs', cue: 'accused', speaker: 'governor'})
  })

  it('X says CLAUSE, but insists CLAUSE: a present cue after a present cue', () => {
    const text = 'The mayor says the pier is safe, but insists the repairs must wait until spring.'
    const article = attribute(text)
    expect(article.claims).toHaveLength(2)
    checkClaim(article, text, article.claims[0]!, {content: 'the pier is safe', cue: 'says', speaker: 'mayor'})
    checkClaim(article, text, article.claims[1]!, {content: 'the repairs must wait until spring', cue: 'insists', speaker: 'mayor'})
  })

  it('not a present form after a past cue: "said …, but warns …" may be a noun or the report’s own verb', () => {
    const text = 'The mayor said the pier was safe, but warns the ferry will stop.'
    expect(attribute(text).claims.map((claim) => claim.cue?.text)).toEqual(['said'])
  })

  it('not a cue with a subject of its own after ", and"', () => {
    const text = 'The governor said the bridge was sound, and residents accused the council of hiding the costs.'
    expect(attribute(text).claims.filter((claim) => claim.cue?.text === 'accused').map((claim) => claim.speaker)).not.toContain(attribute(text).claims[0]!.speaker)
  })

  it('not a noun after "and": "and demand for exports fell"', () => {
    expect(attribute('Profits rose and demand for exports fell.').claims).toEqual([])
  })
})

describe('a cue coordinated with a verb that is no cue, read from the parse', () => {
  it('X toured … and called Y “…”: the first verb’s subject, whatever its noun', () => {
    const text = 'The harbour master toured the pier on Tuesday and called the repairs “a disgrace.”'
    testSingleCase(text, {content: 'the repairs “a disgrace.”', kind: 'mixed', cue: 'called', speaker: 'harbour master'})
  })

  it('not a verb of calling that names nothing', () => {
    expect(attribute('The storm flooded the pier and called attention to the dunes.').claims).toEqual([])
  })
})

describe('a cue the parse coordinates with the last claim’s cue', () => {
  it('X said …, but called Y “…”: the same speaker', () => {
    const text = 'Ana Ruiz said on Monday that the pier was safe, but called the repairs “a disgrace.”'
    const article = attribute(text)
    expect(article.claims).toHaveLength(2)
    checkClaim(article, text, article.claims[1]!, {content: 'the repairs “a disgrace.”', kind: 'mixed', cue: 'called', speaker: 'Ana Ruiz'})
  })

  it('not a verb coordinated inside the report', () => {
    const text = 'Ana Ruiz said that the council, which met on Monday, toured the pier and called the repairs “a disgrace.”'
    expect(attribute(text).claims.map((claim) => claim.cue?.text)).toEqual(['said'])
  })
})
