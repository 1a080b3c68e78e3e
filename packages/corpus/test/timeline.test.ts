import {describe, expect, it} from 'vitest'
import {buildTimeline, dateSortKey} from '../src/timeline.ts'
import {article, claim, date, event} from './helpers.ts'

describe('dateSortKey', () => {
  it('keys each precision at the start of its period', () => {
    expect(dateSortKey('2021')).toBe('2021-00-00T00:00:00.0')
    expect(dateSortKey('2021-07')).toBe('2021-07-00T00:00:00.1')
    expect(dateSortKey('2021-07-05')).toBe('2021-07-05T00:00:00.2')
    expect(dateSortKey('2017-02-13T14:43')).toBe('2017-02-13T14:43:00.3')
    expect(dateSortKey('2017-02-13T14:43:09Z')).toBe('2017-02-13T14:43:09.4')
  })

  it('orders a coarser date before the finer dates inside it', () => {
    const values = ['2021-07-05T00:00', '2021-07-05', '2021-07-31', '2021-07', '2021', '2020-12-31', '2022-01']
    const sorted = [...values].sort((a, b) => (dateSortKey(a)! < dateSortKey(b)! ? -1 : 1))
    expect(sorted).toEqual(['2020-12-31', '2021', '2021-07', '2021-07-05', '2021-07-05T00:00', '2021-07-31', '2022-01'])
  })

  it('reads intervals, qualifiers and unspecified digits', () => {
    expect(dateSortKey('2014-09/..')).toBe(dateSortKey('2014-09'))
    expect(dateSortKey('../2020-05-01')).toBe(dateSortKey('2020-05-01'))
    expect(dateSortKey('2014/2016')).toBe(dateSortKey('2014'))
    expect(dateSortKey('2021-07-05?')).toBe(dateSortKey('2021-07-05'))
    expect(dateSortKey('2021-XX-05')).toBe(dateSortKey('2021'))
    expect(dateSortKey('2021-21')).toBe(dateSortKey('2021'))
  })

  it('gives no key to a date without a year', () => {
    expect(dateSortKey('XXXX-02-05')).toBeNull()
    expect(dateSortKey('..')).toBeNull()
    expect(dateSortKey('../..')).toBeNull()
    expect(dateSortKey('')).toBeNull()
    expect(dateSortKey('Monday')).toBeNull()
  })
})

describe('buildTimeline', () => {
  const a = article('a', {
    title: {text: 'Talks resume', span: {start: 0, end: 12}},
    published: date('2022-01-27'),
    claims: [claim('c1', 's1', 'We will talk.', {date: date('2022-01-20')}), claim('c2', null, 'No comment.')],
    events: [event('e1', 'talks', {date: date('XXXX-02-05')}), event('e2', 'met', {date: date('2021-07')})]
  })
  const b = article('b', {
    published: date('2021-07-05'),
    claims: [claim('c1', 's1', 'It happened.')]
  })
  const c = article('c', {claims: [claim('c1', null, 'Someone said so.')]})
  const speakers = [
    {id: 'x', name: 'X', kind: 'person' as const, titles: [], affiliation: null, aliases: [], articles: ['a'], refs: [{article: 'a', speaker: 's1', claims: ['c1']}], claims: [{article: 'a', claim: 'c1'}]}
  ]
  const {timeline, undated} = buildTimeline([a, b, c], speakers)

  it('orders dated items by date, a month before the days inside it', () => {
    expect(timeline.map((item) => [item.article, item.kind, item.id, item.date?.value])).toEqual([
      ['a', 'event', 'e2', '2021-07'],
      ['b', 'published', null, '2021-07-05'],
      ['b', 'claim', 'c1', '2021-07-05'],
      ['a', 'claim', 'c1', '2022-01-20'],
      ['a', 'published', null, '2022-01-27'],
      ['a', 'claim', 'c2', '2022-01-27']
    ])
  })

  it("says whose date an item carries and names a claim's corpus speaker", () => {
    const c1 = timeline.find((item) => item.article === 'a' && item.id === 'c1')!
    expect(c1).toMatchObject({dateOf: 'item', speaker: 'x', text: 'We will talk.'})
    const c2 = timeline.find((item) => item.article === 'a' && item.id === 'c2')!
    expect(c2).toMatchObject({dateOf: 'article', speaker: null})
    expect(timeline.find((item) => item.kind === 'published' && item.article === 'a')!.text).toBe('Talks resume')
  })

  it('keeps dates without a year and undated items apart', () => {
    expect(undated.map((item) => [item.article, item.kind, item.id, item.sortKey])).toEqual([
      ['a', 'event', 'e1', null],
      ['c', 'published', null, null],
      ['c', 'claim', 'c1', null]
    ])
    expect(undated[0]!.date?.value).toBe('XXXX-02-05')
  })

  it('reads an event as its clause when given the text', () => {
    const text = 'They met in Geneva.'
    const withText = article('t', {published: date('2020'), events: [event('e1', 'met', {span: {start: 0, end: 18}, trigger: {text: 'met', span: {start: 5, end: 8}}})]})
    const [, item] = buildTimeline([withText], [], {t: text}).timeline
    expect(item!.text).toBe('They met in Geneva')
    expect(item!.type).toBe('CONSULT')
  })
})
