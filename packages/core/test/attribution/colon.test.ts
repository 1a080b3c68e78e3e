import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'
import {attribute, testSingleCase} from './helpers.js'

// stages/attribution/colon.ts: a name, a bare colon, and what was said.
describe('colon', () => {
  it('a transcript line: NAME: …', () => {
    testSingleCase('Ana Ruiz chairs the council.\n\nSMITH: Well, look, we will not leave this town.', {content: 'Well, look, we will not leave this town', kind: 'indirect', cue: ':', speaker: 'SMITH'})
  })

  it('a headline: Name: …', () => {
    testSingleCase('Ruiz: Voters Worried About Their Jobs', {content: 'Voters Worried About Their Jobs', kind: 'indirect', cue: ':', speaker: 'Ruiz'})
  })

  it('a headline in sentence case: Name: …', () => {
    const article = parseArticle('Ruiz: Voters worried about their jobs in the valley\n\nThe council met on Monday to discuss the budget.')
    const claim = article.claims.find((found) => found.cue?.text === ':')
    expect(claim?.content.text).toBe('Voters worried about their jobs in the valley')
  })

  it('a transcript turn runs to the end of its paragraph', () => {
    testSingleCase('Ana Ruiz chairs the council.\n\nSMITH: Well, look, we will not leave. We never have.', {content: 'Well, look, we will not leave. We never have', kind: 'indirect', cue: ':', speaker: 'SMITH'})
  })

  it('a person’s name before a colon and a quotation that ends the sentence', () => {
    testSingleCase('Her surge does not surprise pollster Ana Ruiz: “Lesser-known candidates often gain the most.”', {content: 'Lesser-known candidates often gain the most.', kind: 'direct', cue: ':', speaker: 'Ana Ruiz'})
    expect(attribute('The problem is plain from this finding: “27 firms reported 410 subsidiaries.”').claims).toEqual([])
  })

  it('not a list of names after a label', () => {
    expect(attribute('Replacements: Peel, Wilson, Thompson.').claims).toEqual([])
  })

  it('not a label that names no one: "Breaking:", "The Latest:", "Contributing:"', () => {
    expect(attribute('Breaking: Voters Worried About Their Jobs').claims).toEqual([])
    expect(attribute('The Latest: Voters Worried About Their Jobs').claims).toEqual([])
    expect(attribute('Ana Ruiz chairs the council.\n\nCONTRIBUTING: Tom Reyes and Ana Lee in the valley.').claims).toEqual([])
  })

  it('not a colon after a name in a sentence in lower case', () => {
    expect(attribute('The plan has one aim: to keep the town open for everyone.').claims).toEqual([])
  })
})
