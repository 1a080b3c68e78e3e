import {describe, expect, it} from 'vitest'
import {anatomy, at} from './helpers.js'

const lead = 'The envoy met both delegations, officials in the city said in a statement on the talks.'

function published(text: string) {
  const article = anatomy(text)
  const date = article.published
  return {
    value: date?.value ?? null,
    via: date?.via ?? null,
    evidence: at(text, date?.span),
    rules: article.diagnostics.filter((d) => d.ruleId.startsWith('published-date/')).map((d) => d.ruleId)
  }
}

describe('published-date', () => {
  it.each([
    [' date 2022-01-27 UrduPoint.com', '2022-01-27', 'header', '2022-01-27'],
    ['20 December, 2021', '2021-12-20', 'header', '20 December, 2021'],
    ['February 13, 2017, 2:43 pm', '2017-02-13T14:43', 'header', 'February 13, 2017, 2:43 pm'],
    ['Updated: 13 Feb 2017 2:43pm', '2017-02-13T14:43', 'header', '13 Feb 2017 2:43pm'],
    ['2017-02-13T14:43:00Z', '2017-02-13T14:43', 'header', '2017-02-13T14:43:00Z'],
    ['Sumaira FH Published January 27, 2022 | 10:09 PM', '2022-01-27', 'byline', 'January 27, 2022']
  ])('reads the header line %j', (line, value, via, evidence) => {
    expect(published(`Talks resume in Geneva\n\n${line}\n\n${lead}\n`)).toEqual({value, via, evidence, rules: []})
  })

  it('reads the date of the dateline', () => {
    expect(published(`Talks resume\n\nWASHINGTON (UrduPoint News / Sputnik - 27th January, 2022) ${lead}\n`)).toMatchObject({
      value: '2022-01-27',
      via: 'dateline',
      evidence: '27th January, 2022'
    })
  })

  it('infers the date from a dated caption and the weekday of the lead', () => {
    // Monday 2016-07-11; the first Thursday on or after it is 2016-07-14.
    const text = `Talks resume\n\nCaption:\n\nThe spokesman speaks at the daily briefing in Washington, DC, on July 11, 2016. / AFP\n\nThe White House officially announced on Thursday that it is not coordinating operations with Moscow.\n`
    const article = anatomy(text)
    expect(article.published).toEqual({value: '2016-07-14', precision: 'day', via: 'inferred', span: null, confidence: 0.5})
    const note = article.diagnostics.find((d) => d.ruleId === 'published-date/inferred')
    expect(at(text, note?.span)).toBe('on Thursday')
  })

  it('takes no publication date from a day in the narration of a page that prints none, and never the current year', () => {
    // The day a lead sentence opens with dates what it tells, not the page.
    const text = `Talks resume\n\nOn February 5th, the envoy said that the two sides were having standoffs in the northeast of the country.\n`
    expect(published(text)).toEqual({value: null, via: null, evidence: null, rules: ['published-date/none']})
  })

  it('does not take a day later in a sentence for the publication date', () => {
    const text = `Talks resume\n\nThe chancellor will present his Budget to the House of Commons on 16 March, officials said on Monday.\n`
    expect(published(text).value).toBeNull()
  })

  it('does not take a date inside a quotation for the publication date', () => {
    const text = `Talks resume\n\n"On February 5th we met them and nothing has moved since," the envoy told reporters in the city.\n`
    expect(published(text)).toEqual({value: null, via: null, evidence: null, rules: ['published-date/none']})
  })

  it('does not take a dated event of the narration for the publication date', () => {
    const text = `Talks resume\n\nRussia has been involved in the operation in Syria since September 2015, when it sent its air force on September 30, 2015.\n`
    expect(published(text).value).toBeNull()
  })

  it('does not resolve a weekday without an anchor, and invents no year', () => {
    const text = `Talks resume\n\nThe White House officially announced on Thursday that it is not coordinating operations with Moscow.\n`
    expect(published(text)).toEqual({value: null, via: null, evidence: null, rules: ['published-date/none']})
  })

  it('does not take a date in the headline for the publication date', () => {
    expect(published(`Brown names 16 March for Budget\n\n${lead}\n`).value).toBeNull()
  })

  it('does not date "Today" when the text prints no date', () => {
    expect(published(`Talks resume in Geneva\nBy TOI Staff and Agencies\nToday, 10:45 pm\n\n${lead}\n`)).toEqual({value: null, via: null, evidence: null, rules: ['published-date/none']})
  })

  it('reads a source line with the date and time', () => {
    expect(published(`Talks resume in Geneva\nSource: Xinhua| 2020-06-18 19:32:45|Editor: huaxia\n\n${lead}\n`)).toMatchObject({value: '2020-06-18T19:32', via: 'header'})
  })

  it('keeps the date the caller gives', () => {
    const article = anatomy(`Talks resume\n\n20 December, 2021\n\n${lead}\n`, {published: '2021-12-21'})
    expect(article.published).toMatchObject({value: '2021-12-21', via: 'option'})
  })
})
