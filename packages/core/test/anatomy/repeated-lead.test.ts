import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'
import {anatomy, layout} from './helpers.js'

const lead = 'The talks will go on despite the attack, Foreign Minister Ann Roe said on Monday.'

describe('repeated-lead', () => {
  it('a teaser that the lead repeats is furniture, and its claim is read once', () => {
    const text = `Minister vows talks will continue\n\n${lead}\n\nBy Jo Kemp\n\n${lead}\n\nShe spoke after a meeting in Geneva.`
    expect(layout(anatomy(text), text)).toEqual([
      'title: Minister vows talks will continue',
      `boilerplate/repeated-lead: ${lead}`,
      'byline: By Jo Kemp',
      `paragraph: ${lead}`,
      'paragraph: She spoke after a meeting in Geneva.'
    ])
    const claims = parseArticle(text).claims.filter((claim) => claim.content.text.startsWith('The talks will go on'))
    expect(claims).toHaveLength(1)
    expect(claims[0]!.span.start).toBe(text.lastIndexOf(lead))
  })

  it('a teaser cut short with an ellipsis is furniture too', () => {
    const teaser = 'The talks will go on despite the attack, Foreign Minister Ann Roe…'
    const text = `Minister vows talks will continue\n\n${teaser}\n\nBy Jo Kemp\n\n${lead}\n\nShe spoke after a meeting in Geneva.`
    expect(layout(anatomy(text), text)[1]).toBe(`boilerplate/repeated-lead: ${teaser}`)
  })

  it.each([
    ['a paragraph quoted again later in the story', `Minister vows talks will continue\n\nShe spoke after a meeting in Geneva, where delegates met for hours.\n\nMore talks are due next week in the city, officials said.\n\nThe delegates left at noon.\n\nThey will come back.\n\nShe spoke after a meeting in Geneva, where delegates met for hours.`],
    ['a standfirst that the lead only begins like', `Minister vows talks will continue\n\nThe talks will go on despite the attack, the minister said.\n\nBy Jo Kemp\n\n${lead}`],
    ['a short line repeated', `Minister vows talks will continue\n\nWatch the video\n\nBy Jo Kemp\n\nWatch the video\n\n${lead}`]
  ])('leaves alone %s', (_, text) => {
    expect(layout(anatomy(text), text).some((line) => line.startsWith('boilerplate/repeated-lead'))).toBe(false)
  })
})
