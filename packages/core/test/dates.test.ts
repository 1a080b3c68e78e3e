import {describe, expect, it} from 'vitest'
import {dateAnchor, findDates} from '../src/language/dates.js'
import type {DateValue} from '../src/schema/date-value.js'

const published = (value: string): DateValue => ({value, precision: 'day', via: 'header', span: null, confidence: 1})

function one(text: string, anchor = dateAnchor(published('2022-01-27'), null), past = false) {
  const found = findDates(text, 0, text.length, anchor, 'body', {past})
  return found.map((f) => [f.value.value, text.slice(f.value.span!.start, f.value.span!.end)])
}

describe('findDates', () => {
  it('resolves weekdays, month-days and intervals against the anchor', () => {
    expect(one('said on Thursday')).toEqual([['2022-01-27', 'on Thursday']])
    expect(one('on Wednesday called on')).toEqual([['2022-01-26', 'on Wednesday']])
    expect(one('on January 20 attacked')).toEqual([['2022-01-20', 'January 20']])
    expect(one('since September 2014')).toEqual([['2014-09', 'September 2014']])
    expect(one('last month')).toEqual([['2021-12', 'last month']])
  })

  it('keeps a stated time', () => {
    expect(one('February 13, 2017, 2:43 pm', null)).toEqual([['2017-02-13T14:43', 'February 13, 2017, 2:43 pm']])
  })

  it('never invents a year', () => {
    expect(one('On February 5th, the envoy said', null)).toEqual([['XXXX-02-05', 'February 5th']])
    expect(one('on January 31st', dateAnchor({value: 'XXXX-02-05', precision: 'day', via: 'body', span: null, confidence: 0.5}, null))).toEqual([
      ['XXXX-01-31', 'January 31st']
    ])
  })

  it('drops relative expressions without an anchor', () => {
    expect(one('said on Thursday', null)).toEqual([])
    expect(one('three weeks ago', null)).toEqual([])
  })

  it('resolves a reported weekday into the past', () => {
    // Monday 2021-12-20: "on Friday" in reported speech is 2021-12-17.
    expect(one('said on Friday', dateAnchor(published('2021-12-20'), null), true)).toEqual([['2021-12-17', 'on Friday']])
  })

  it('finds nothing in text without dates', () => {
    expect(one('The heart of the matter, he said.')).toEqual([])
  })
})

describe('findDates spans', () => {
  it('holds the date phrase without trailing white space', () => {
    const text = 'HEMPSTEAD, N.Y., Sept. 26 (UPI) —'
    const found = findDates(text, 0, text.length, null, 'dateline')
    expect(found.map((f) => [f.value.value, text.slice(f.value.span!.start, f.value.span!.end)])).toEqual([['XXXX-09-26', 'Sept. 26']])
  })
})

describe('findDates on header phrases', () => {
  it('drops "today" without an anchor instead of dating it to a stand-in year', () => {
    const text = 'Today, 10:45 pm'
    expect(findDates(text, 0, text.length, null, 'header')).toEqual([])
  })

  it('keeps a time as printed when the phrase gives its offset', () => {
    const text = 'February 13, 2017, 14:43 UTC+3'
    expect(findDates(text, 0, text.length, null, 'header').map((f) => f.value.value)).toEqual(['2017-02-13T14:43'])
  })
})
