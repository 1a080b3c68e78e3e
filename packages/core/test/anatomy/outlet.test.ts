import {describe, expect, it} from 'vitest'
import {anatomy, at} from './helpers.js'

const lead = 'The envoy met both delegations on Monday, officials in the city said in a statement.'

function outlet(text: string, options = {}) {
  const article = anatomy(text, options)
  return article.outlet && {name: article.outlet.name, via: article.outlet.via, evidence: at(text, article.outlet.span)}
}

describe('outlet', () => {
  it('reads the publisher first in a dateline parenthesis; the agency after it is a credit', () => {
    const text = `Talks resume\n\nWASHINGTON (UrduPoint News / Sputnik - 27th January, 2022) ${lead}\n`
    expect(outlet(text)).toEqual({name: 'UrduPoint', via: 'text', evidence: 'UrduPoint News'})
  })

  it('reads a site-title line', () => {
    const text = `Talks resume in Geneva | Al Jazeera\n\n${lead}\n`
    expect(outlet(text)).toEqual({name: 'Al Jazeera', via: 'text', evidence: 'Al Jazeera'})
  })

  it('reads a sign-off line', () => {
    const text = `Talks resume in Geneva\n\n${lead}\n\n${lead}\n\nThe BRICS Post with inputs from Agencies\n`
    expect(outlet(text)).toEqual({name: 'The BRICS Post', via: 'text', evidence: 'The BRICS Post'})
  })

  it('reads the print note that closes an article, and the outlet after a headline dash', () => {
    const text = `Talks resume in Geneva\n\n${lead}\n\n${lead}\n\nPublished in Dawn, January 28th, 2022\n`
    expect(outlet(text)).toEqual({name: 'Dawn', via: 'text', evidence: 'Dawn'})
    expect(outlet(`Talks resume in Geneva - The Moscow Times\n\n${lead}\n`)).toEqual({name: 'The Moscow Times', via: 'text', evidence: 'The Moscow Times'})
  })

  it('reads a desk byline', () => {
    const text = `Talks resume in Geneva\nLeaders meet in Moscow as the crisis deepens\nMEE staff\nPublished date: 5 March 2020 16:02 UTC\n\n${lead}\n`
    expect(outlet(text)).toEqual({name: 'Middle East Eye', via: 'text', evidence: 'MEE'})
    expect(anatomy(text).published?.value).toBe('2020-03-05T16:02')
  })

  it('reads a domain in a header line', () => {
    const text = ` date 2022-01-27 thehindu.com\n\nTalks resume in Geneva\n\n${lead}\n`
    expect(outlet(text)).toEqual({name: 'The Hindu', via: 'domain', evidence: 'thehindu.com'})
  })

  it('recognises an outlet that prints no name by its page furniture', () => {
    const text = `Talks resume in Geneva\n\n${lead}\n\nLive Story\n\n${lead}\n`
    expect(outlet(text)).toEqual({name: 'The New Arab', via: 'fingerprint', evidence: 'Live Story'})
    const appeal = `Talks resume in Geneva\n\n${lead}\n\nDo you like this content? Consider helping us!\n`
    expect(outlet(appeal)).toMatchObject({name: 'SouthFront', via: 'fingerprint'})
  })

  it('reads a syndication note, and credits the wire its byline names', () => {
    const text = `Talks resume in Geneva\nWorld News | Press Trust of India | Updated: January 27, 2022 10:09 pm IST\n\n${lead}\n\n(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)\n`
    const article = anatomy(text)
    expect(outlet(text)).toEqual({name: 'NDTV', via: 'text', evidence: 'NDTV'})
    expect(article.credits.map((c) => [c.name, c.role])).toEqual([['Press Trust of India', 'wire']])
    expect(article.published?.value).toBe('2022-01-27T22:09')
  })

  it('trusts a printed name over a domain, and a domain over furniture', () => {
    const text = ` date 2022-01-27 urdupoint.com\n\nTalks resume\n\nLive Story\n\nWASHINGTON (UrduPoint News - 27th January, 2022) ${lead}\n`
    const article = anatomy(text)
    expect(article.outlet).toMatchObject({name: 'UrduPoint', via: 'text'})
    const noName = ` date 2022-01-27 urdupoint.com\n\nTalks resume\n\nLive Story\n\n${lead}\n`
    expect(outlet(noName)).toMatchObject({name: 'UrduPoint', via: 'domain'})
    expect(anatomy(noName).outlet!.confidence).toBeGreaterThan(anatomy(`Talks resume\n\nLive Story\n\n${lead}\n`).outlet!.confidence)
  })

  it('names a site the registry does not know, with no id and less confidence', () => {
    const article = anatomy(`Talks resume in Geneva | The Valley Gazette\n\n${lead}\n`)
    expect(article.outlet).toEqual({name: 'The Valley Gazette', id: null, domain: null, via: 'text', confidence: 0.7, span: {start: 25, end: 43}})
    const domain = anatomy(`Talks resume in Geneva\n\n date 2022-01-27 valleygazette.com\n\n${lead}\n`)
    expect(domain.outlet).toMatchObject({name: 'valleygazette.com', id: null, domain: 'valleygazette.com', via: 'domain'})
    expect(anatomy(`Talks resume in Geneva | World News\n\n${lead}\n`).outlet).toBeNull()
  })

  it('uses outlets the caller adds to the registry', () => {
    const text = `Talks resume in Geneva | The Gazette\n\n${lead}\n`
    const outlets = [{id: 'gazette', name: 'The Gazette', aliases: [], domains: ['gazette.example'], fingerprints: [], country: null, kind: 'newspaper' as const}]
    expect(outlet(text, {outlets})).toEqual({name: 'The Gazette', via: 'text', evidence: 'The Gazette'})
  })

  it('does not take an outlet named inside a claim or the narration for the publisher', () => {
    const claim = `Talks resume in Geneva\n\n"We talk every day," the ambassador told Newsweek on Friday, adding that the channel works.\n\nAccording to the WSJ, the contractors were Russian, officials said on Monday in Washington.\n`
    const article = anatomy(claim)
    expect(article.outlet).toBeNull()
    expect(article.diagnostics.map((d) => d.ruleId)).toContain('outlet/unknown')
  })

  it('does not take a short closing line that reports what an outlet was told', () => {
    const text = `Talks resume in Geneva\n\n${lead}\n\nHe told Reuters.\n`
    expect(outlet(text)).toBeNull()
  })

  it('gives a BBC-style text with no evidence no outlet, and a diagnostic', () => {
    const text = `Labour plans maternity pay rise\n\nMaternity pay for new mothers is to rise as part of new proposals, Ms Hewitt told the BBC's Sunday programme.\n\nShe said the plans would be paid for by taxpayers, not employers, the BBC understands.\n`
    const article = anatomy(text)
    expect(article.outlet).toBeNull()
    expect(article.diagnostics).toContainEqual(expect.objectContaining({ruleId: 'outlet/unknown', span: null}))
  })

  it('keeps the outlet the caller gives', () => {
    const text = `Talks resume in Geneva | Al Jazeera\n\n${lead}\n`
    expect(anatomy(text, {outlet: 'Reuters'}).outlet).toMatchObject({name: 'Reuters', via: 'option'})
  })
})
