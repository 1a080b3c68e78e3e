/**
 * A date value has a day only when the text fixes it: a weekday or a relative day beside a
 * dateline that gives no year resolves to what is known (the month), or to null with a
 * diagnostic, since its day depends on the year.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parseArticle, type Article, type DateValue} from '../src/index.js'

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
const places = ['KYIV', 'GENEVA', 'NAIROBI', 'LIMA']

/** Every date value in a record, with what it is the date of. */
function dates(article: Article): Array<[string, DateValue]> {
  const out: Array<[string, DateValue]> = []
  if (article.published) out.push(['published', article.published])
  if (article.dateline?.date) out.push(['dateline', article.dateline.date])
  for (const claim of article.claims) if (claim.date) out.push([`claim ${claim.id}`, claim.date])
  for (const event of article.events) if (event.date) out.push([`event ${event.id}`, event.date])
  return out
}

const weekdayPhrase = fc.oneof(
  fc.constantFrom(...weekdays).map((day) => `on ${day}`),
  fc.constantFrom(...weekdays).map((day) => `last ${day}`),
  fc.constantFrom(...weekdays).map((day) => `on ${day} night`)
)

const article = fc.record({
  place: fc.constantFrom(...places),
  month: fc.integer({min: 0, max: 11}),
  day: fc.integer({min: 1, max: 28}),
  phrase: weekdayPhrase,
  shape: fc.constantFrom(
    (p: string) => `The minister said ${p} that troops attacked the town.`,
    (p: string) => `Troops attacked the town ${p}, the minister said.`,
    (p: string) => `"We will not leave," the minister said ${p}.`,
    (p: string) => `${p.charAt(0).toUpperCase()}${p.slice(1)}, the minister said that talks had failed.`
  )
})

describe('no day is computed from a year the text does not give', () => {
  it('over generated yearless datelines and weekday phrases, only the dateline has a day', () => {
    fc.assert(
      fc.property(article, ({place, month, day, phrase, shape}) => {
        const text = `${place}, ${months[month]} ${day} (Reuters) - ${shape(phrase)}`
        const record = parseArticle(text)
        for (const [what, date] of dates(record)) {
          expect(date.value.startsWith('XXXX'), `${what} in ${text}`).toBe(true)
          if (what === 'published' || what === 'dateline') continue
          // The text fixes a weekday's month at most: the day it falls on depends on the year.
          expect(date.precision, `${what} ${date.value} in ${text}`).not.toBe('day')
          expect(date.value, `${what} in ${text}`).toMatch(/^XXXX-\d{2}$/)
        }
      }),
      {numRuns: 200, seed: 20261205}
    )
  })

  it('"on Wednesday" beside "March 3" is null with a diagnostic: the weekday may fall in February', () => {
    const text = 'KYIV, March 3 (Reuters) - The minister said on Wednesday that the talks would go on.'
    const record = parseArticle(text)
    expect(record.claims[0]?.date).toBeNull()
    const found = record.diagnostics.find((d) => d.ruleId === 'claim-dates/year-unknown')
    expect(found && text.slice(found.span!.start, found.span!.end)).toBe('on Wednesday')
  })

  it('"on Wednesday" beside "March 10" is March, at month precision', () => {
    const record = parseArticle('KYIV, March 10 (Reuters) - The minister said on Wednesday that the talks would go on.')
    expect(record.claims[0]?.date).toMatchObject({value: 'XXXX-03', precision: 'month'})
  })

  it('"yesterday" beside "March 10" is March 9 in every year, and beside "March 1" February only', () => {
    expect(parseArticle('KYIV, March 10 (Reuters) - The minister said yesterday that the talks would go on.').claims[0]?.date).toMatchObject({
      value: 'XXXX-03-09',
      precision: 'day'
    })
    expect(parseArticle('KYIV, March 1 (Reuters) - The minister said yesterday that the talks would go on.').claims[0]?.date).toMatchObject({
      value: 'XXXX-02',
      precision: 'month'
    })
  })

  it('with the year stated, the weekday resolves to its day', () => {
    const record = parseArticle('KYIV, March 3, 2022 (Reuters) - The minister said on Wednesday that the talks would go on.')
    expect(record.claims[0]?.date).toMatchObject({value: '2022-03-02', precision: 'day'})
  })
})
