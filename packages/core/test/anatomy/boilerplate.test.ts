import {describe, expect, it} from 'vitest'
import {furnitureReason} from '../../src/stages/boilerplate.js'
import {anatomy, at} from './helpers.js'

describe('boilerplate', () => {
  it.each([
    ['Follow us on:   ', 'share-bar'],
    ['Share on Facebook | Tweet | Email', 'share-bar'],
    ['Leave a Reply', 'comment-form'],
    ['Your email address will not be published. Required fields are marked *', 'comment-form'],
    ['Anti-Spam * Time limit is exhausted. Please reload the CAPTCHA.', 'comment-form'],
    ['2,500 $', 'donation-widget'],
    ['$ 50', 'donation-widget'],
    ['Live Story', 'embed'],
    ['3 min read', 'reading-time'],
    ['Click to see full-size image', 'image-furniture'],
    ['Media ID: 55354469', 'image-furniture'],
    ['Caption:', 'image-furniture'],
    ['Select Page', 'navigation'],
    ['Home » World » Middle East', 'navigation'],
    ['Do you like this content? Consider helping us!', 'appeal'],
    ['ASHARQ AL-AWSAT English Archive 2005 -2017', 'site-title'],
    ['© 2021 All rights reserved.', 'copyright'],
    ['READ MORE: Talks collapse as envoy walks out', 'related-link'],
    ['WATCH: Protesters clash with police in the capital', 'related-link'],
    ['Related: Why the talks matter', 'related-link'],
    ['See also: Minister resigns', 'related-link']
  ])('%j is %s', (line, reason) => {
    expect(furnitureReason(line)).toBe(reason)
  })

  it.each([
    'Share prices fell 3% on Monday.',
    'Twitter shares jump after results',
    'Anti-spam laws bite spammer hard',
    'The minister said he would leave a reply to the letter on Monday.',
    'He read for 3 min before the vote.',
    'Donations of 2,500 $ were sent to the region last year, officials said.',
    'Home Office rejects the claim',
    'Read the full statement below.',
    'Watchdog says the talks were fair'
  ])('%j is the article’s text', (line) => {
    expect(furnitureReason(line)).toBeNull()
  })

  it('marks furniture blocks with their reason and keeps them out of the body', () => {
    const text = 'Talks resume in Geneva\n\n3 min read\n\nThe envoy met both delegations on Monday, officials in the city said in a statement.\n\nLeave a Reply\n'
    const article = anatomy(text)
    expect(article.boilerplate.map((b) => [b.reason, at(text, b.span)])).toEqual([
      ['reading-time', '3 min read'],
      ['comment-form', 'Leave a Reply']
    ])
    expect(article.body.map((b) => at(text, b.span))).not.toContain('3 min read')
  })

  it('marks a line that the caller’s registry lists as an outlet’s furniture', () => {
    const text = 'Talks resume in Geneva\n\nThe envoy met both delegations on Monday, officials in the city said.\n\nRead the Gazette every day\n'
    const outlets = [{id: 'gazette', name: 'The Gazette', aliases: [], domains: [], fingerprints: ['Read the Gazette every day'], country: null, kind: 'newspaper' as const}]
    const article = anatomy(text, {outlets})
    expect(article.boilerplate.map((b) => [b.reason, at(text, b.span)])).toEqual([['outlet-furniture', 'Read the Gazette every day']])
  })
})

it('a related-link label before a headline is never a speaker', async () => {
  const {parseArticle} = await import('../../src/index.js')
  const text = 'Minister vows talks will continue\n\nThe talks will go on, Foreign Minister Ann Roe said on Monday.\n\nREAD MORE: Talks collapse as envoy walks out\n\nWATCH: Protesters clash with police\n\nShe spoke in Geneva.'
  const article = parseArticle(text)
  expect(article.speakers.map((speaker) => speaker.name)).toEqual(['Ann Roe'])
  expect(article.boilerplate.map((block) => block.reason)).toEqual(['related-link', 'related-link'])
})
