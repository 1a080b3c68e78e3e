import {describe, expect, it} from 'vitest'
import {anatomy, at} from './helpers.js'

const lead = 'The envoy met both delegations on Monday, officials in the city said in a statement.'

function credits(text: string) {
  const article = anatomy(text)
  for (const credit of article.credits) expect(at(text, credit.span)).toBe(credit.name)
  return article.credits.map((credit) => [credit.name, credit.role])
}

describe('credits', () => {
  it('credits the wire service of a dateline, not the publisher before it', () => {
    expect(credits(`Talks resume\n\nWASHINGTON (UrduPoint News / Sputnik - 27th January, 2022) ${lead}\n`)).toEqual([['Sputnik', 'wire']])
  })

  it('gives a dateline that names only the publisher no credit', () => {
    expect(credits(`Talks resume\n\nMOSCOW (Reuters) - ${lead}\n`)).toEqual([])
  })

  it('credits the picture agency of a caption', () => {
    expect(credits(`Talks resume\n\nThe envoy said the talks are 'useful' [Getty]\n\n${lead}\n`)).toEqual([['Getty', 'photo']])
    expect(credits(`Talks resume\n\nThe envoy speaks at the daily briefing in Geneva on July 11, 2016. / AFP\n\n${lead}\n`)).toEqual([['AFP', 'photo']])
    expect(credits(`Talks resume\n\nThe envoy in Geneva (Photo: Reuters)\n\n${lead}\n`)).toEqual([['Reuters', 'photo']])
    expect(credits(`Talks resume\n\nThe envoy in Geneva [AFP via Getty Images]\n\n${lead}\n`)).toEqual([['AFP', 'photo'], ['Getty Images', 'photo']])
    expect(credits(`Talks resume\n\nThe envoy in Geneva (Photo by Jane Doe/Getty Images)\n\n${lead}\n`)).toEqual([['Getty Images', 'photo']])
    expect(credits(`Talks resume\n\nPhoto: EPA\n\n${lead}\n`)).toEqual([['EPA', 'photo']])
    expect(credits(`Talks resume\n\nKremlin spokesman Dmitry Peskov © Sputnik / Mikhail Klimentyev\n\n${lead}\n`)).toEqual([['Sputnik', 'photo']])
    expect(credits(`Talks resume\n\nImage source, Getty Images\n\nImage caption, The envoy arrives in Geneva\n\n${lead}\n`)).toEqual([['Getty Images', 'photo']])
  })

  it('credits the agencies a byline names before the publication date', () => {
    const text = `Talks resume - World - DAWN.COM\nReuters | AFP Published January 27, 2022 Updated about 2 hours ago\n\n${lead}\n`
    expect(credits(text)).toEqual([['Reuters', 'wire'], ['AFP', 'wire']])
    const article = anatomy(text)
    expect(article.title?.text).toBe('Talks resume')
    expect(article.published?.value).toBe('2022-01-27')
  })

  it('credits the agencies a sign-off draws on', () => {
    expect(credits(`Talks resume\n\n${lead}\n\nSource: Al Jazeera and news agencies\n`)).toEqual([['news agencies', 'inputs']])
    expect(credits(`Talks resume\n\n${lead}\n\nThe BRICS Post with inputs from Agencies\n`)).toEqual([['Agencies', 'inputs']])
    expect(credits(`Talks resume\n\n${lead}\n\n(With inputs from PTI and ANI)\n`)).toEqual([['PTI', 'inputs'], ['ANI', 'inputs']])
    expect(credits(`Talks resume | Dawn\n\n${lead}\n\n(AFP)\n`)).toEqual([['AFP', 'wire']])
  })

  it.each([
    `Talks resume\n\n${lead} The report [US officials] was cited.\n`,
    `Talks resume\n\n${lead}\n\nThe minister (left) met the envoy (right) in Geneva on Monday, officials said.\n`,
    `Talks resume\n\n${lead}\n\nHe spoke with inputs from experts and officials.\n`
  ])('finds no credit in %j', (text) => {
    expect(credits(text)).toEqual([])
  })
})
