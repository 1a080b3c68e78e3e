/**
 * Claim dates: the time phrase attached to the cue, resolved against the publication date.
 */
import {describe, expect, it} from 'vitest'
import {attribute, testSingleCase} from './helpers.js'

// Thursday 27 January 2022.
const published = '2022-01-27'

describe('claim dates', () => {
  it('"said on Thursday" is the publication day when it is a Thursday', () => {
    testSingleCase('Officials said on Thursday that the road was open.', {content: 'the road was open', date: '2022-01-27'}, {published})
  })

  it('a weekday between speaker and cue points to the past', () => {
    testSingleCase('The envoy on Wednesday called on both sides to talk.', {content: 'both sides to talk', date: '2022-01-26'}, {published})
  })

  it('"three weeks ago" and a sentence opener', () => {
    testSingleCase('Lindqvist said three weeks ago that the plan was dead.', {content: 'the plan was dead', date: '2022-01-06'}, {published})
    testSingleCase('On Monday, the ministry said that the border had reopened.', {content: 'the border had reopened', date: '2022-01-24'}, {published})
  })

  it('the words after "…," X said', () => {
    testSingleCase('"We are ready," said Ruiz in an interview on Friday.', {content: 'We are ready,', date: '2022-01-21'}, {published})
  })

  it('a date inside the content is not when it was said', () => {
    testSingleCase('Ruiz said the strikes killed 12 people on Monday.', {content: 'the strikes killed 12 people on Monday', date: null}, {published})
  })

  it('no anchor: unresolved, with a diagnostic', () => {
    const article = attribute('Officials said on Thursday that the road was open.')
    expect(article.claims[0]!.date).toBeNull()
    expect(article.diagnostics.map((d) => d.ruleId)).toContain('claim-dates/no-anchor')
  })

  it('a month and day without a year keep the year unknown', () => {
    testSingleCase('On February 5th, the envoy said that the standoffs continued.', {content: 'the standoffs continued', date: 'XXXX-02-05'})
  })

  it('a claim with no time phrase takes the date of the same speaker just before, as inferred', () => {
    const text = 'Okafor said on Wednesday that the bridge was open.\n\n"Trucks are crossing again," Okafor said.'
    const article = attribute(text, published)
    expect(article.claims.map((claim) => [claim.date?.value, claim.date?.via])).toEqual([
      ['2022-01-26', 'body'],
      ['2022-01-26', 'inferred']
    ])
  })

  it('another speaker does not inherit a date', () => {
    const text = 'Okafor said on Wednesday that the bridge was open.\n\n"Trucks are not crossing," Ruiz said.'
    const article = attribute(text, published)
    expect(article.claims[1]!.date).toBeNull()
  })
})
