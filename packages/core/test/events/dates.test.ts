import {describe, expect, it} from 'vitest'
import {parseEvents, testSingleEvent} from './helpers.js'

const dateOf = (text: string, trigger: string, published?: string) => {
  const event = parseEvents(text, published ? {published} : {}).find((candidate) => candidate.trigger.text === trigger)
  expect(event, `no event "${trigger}"`).toBeDefined()
  return event!.date
}

describe('event dates', () => {
  it('gives a month and day the publication year', () => {
    const event = testSingleEvent('The group on January 20 attacked a prison.', 'ASSAULT', 'attacked', {published: '2022-01-27'})
    expect(event.date?.value).toBe('2022-01-20')
    expect(event.date?.span).toEqual({start: 13, end: 23})
  })

  it('reads "since" as an open interval', () => {
    expect(dateOf('The coalition has carried out airstrikes in Syria since September 2014.', 'airstrikes', '2022-01-27')?.value).toBe('2014-09/..')
  })

  it('reads a bare year after a preposition', () => {
    expect(dateOf('The US sent troops to Syria in 2017.', 'sent', '2021-12-20')?.value).toBe('2017')
  })

  it('resolves "last month" against the publication date', () => {
    expect(dateOf("It follows last month's Astana peace talks.", 'Astana peace talks', '2017-02-13')?.value).toBe('2017-01')
  })

  it('keeps the year unknown when neither text nor publication states it', () => {
    expect(dateOf('Just days earlier, on January 31st, US forces blocked a convoy.', 'blocked')?.value).toBe('XXXX-01-31')
  })

  it('dates a "when" clause by what it follows', () => {
    expect(dateOf('War broke out in 2011 when regime forces gunned down protesters.', 'gunned down', '2021-12-20')?.value).toBe('2011')
  })

  it('does not take the date of another clause', () => {
    expect(dateOf('On Monday the minister said that rebels attacked the town.', 'attacked', '2017-02-13')).toBeNull()
  })

  it('gives a past-perfect report the month of the report', () => {
    expect(dateOf('In January, the media said that the US had shared intelligence.', 'shared', '2017-02-13')?.value).toBe('2017-01')
  })

  it('takes none when the clause has no date', () => {
    expect(dateOf('Russia had threatened to veto an extension.', 'threatened', '2021-12-20')).toBeNull()
  })

  it('does not read a duration as a date', () => {
    expect(dateOf('Russia agreed to a compromise for 12 months.', 'agreed', '2021-12-20')).toBeNull()
  })
})

describe('event dates: what is not the event date', () => {
  it('leaves out the dateline date', () => {
    const text = 'JERUSALEM, March 3 (Reuters) - Jets struck targets in Gaza.'
    const stage = {name: 'dateline', run: () => ({dateline: {place: 'JERUSALEM', date: null, span: {start: 0, end: 30}}})}
    const event = parseEvents(text, {published: '2020-03-03', draft: stage.run()}).find((candidate) => candidate.trigger.text === 'struck')
    expect(event?.date).toBeNull()
  })

  it('does not give a single past act the interval of a state', () => {
    expect(dateOf('Iran released two nationals held since 2022.', 'released', '2024-01-10')).toBeNull()
  })

  it('does not place a weekday against a day of unknown year', () => {
    const published = {value: 'XXXX-03-03', precision: 'day' as const, via: 'header' as const, span: null, confidence: 1}
    const event = parseEvents('Officials held talks in Cairo on Monday.', {draft: {published}})[0]
    expect(event?.trigger.text).toBe('held talks')
    expect(event?.date).toBeNull()
  })
})

describe('event dates: the date of a saying', () => {
  it('does not take the date of a later "said"', () => {
    expect(dateOf('Jets struck the town, officials said on Thursday.', 'struck', '2020-03-06')).toBeNull()
  })

  it('takes a date before the verb of saying', () => {
    expect(dateOf('Jets struck the town on Thursday, officials said.', 'struck', '2020-03-06')?.value).toBe('2020-03-05')
  })
})

describe('event dates: one scheduled event named twice', () => {
  it('gives an undated mention the date of a later mention at the same place after publication', () => {
    const text = 'Moscow hopes envoys will attend peace talks in Astana. The upcoming Astana talks on February 15 are sponsored by Iran.'
    const found = parseEvents(text, {published: '2017-02-13'})
    expect(found.map((event) => [event.trigger.text, event.date?.value ?? null])).toEqual([
      ['peace talks', '2017-02-15'],
      ['Astana talks', '2017-02-15']
    ])
  })

  it('leaves it undated when the later mention is in the past', () => {
    const text = 'Envoys attended peace talks in Astana. The Astana talks on February 1 failed.'
    expect(parseEvents(text, {published: '2017-02-13'})[0]!.date).toBeNull()
  })
})
