// The timeline's layout: a time axis to scale, precision shown as length, no overlaps.
import assert from 'node:assert/strict'
import {test} from 'node:test'
import {dateInterval, displayDate, layoutTimeline} from '../src/lib/timeline-chart.ts'

test('a date stands for the interval its precision gives', () => {
  const day = 86_400_000
  assert.equal(dateInterval('2022-01-27').end - dateInterval('2022-01-27').start, day)
  assert.equal(dateInterval('2022-02').end - dateInterval('2022-02').start, 28 * day)
  assert.equal(dateInterval('2020').end - dateInterval('2020').start, 366 * day)
  assert.equal(dateInterval('2014-09/..').open, true)
  assert.equal(dateInterval('XXXX-03-01'), null)
  assert.equal(dateInterval('2022-13'), null)
})

test('the axis is to scale: four years take four times the width of one', () => {
  const layout = layoutTimeline([{date: '2010'}, {date: '2011'}, {date: '2012'}, {date: '2013'}, {date: '2014'}])
  const years = layout.ticks.filter((tick) => tick.major)
  const gaps = years.slice(1).map((tick, index) => tick.left - years[index].left)
  for (const gap of gaps) assert.ok(Math.abs(gap - gaps[0]) < 0.1, `even years: ${gaps.join(', ')}`)
  const a = layoutTimeline([{date: '2010-01-01'}, {date: '2011-01-01'}, {date: '2014-12-31'}])
  const [first, second, last] = a.items.sort((x, y) => x.left - y.left)
  const oneYear = second.left - first.left
  const rest = last.left - second.left
  assert.ok(Math.abs(rest / oneYear - 4) < 0.02, `${rest} is four times ${oneYear}`)
})

test('a year is a bar a year long; an open interval runs to the end; a day is a dot', () => {
  const layout = layoutTimeline([{date: '2011'}, {date: '2014-09/..'}, {date: '2016-07-14'}, {date: '2020'}])
  const byDate = new Map(layout.items.map((placed) => [placed.item.date, placed]))
  assert.ok(Math.abs(byDate.get('2011').width - 10) < 0.05, 'one year of ten')
  assert.equal(byDate.get('2016-07-14').width, 0)
  assert.ok(Math.abs(byDate.get('2014-09/..').left + byDate.get('2014-09/..').width - 100) < 1e-9)
  assert.equal(byDate.get('2014-09/..').open, true)
})

test('items that would overlap go to separate lanes; items far apart share one', () => {
  const layout = layoutTimeline([{date: '2022-01-27'}, {date: '2022-01-27'}, {date: '2022-01-28'}, {date: '2022-11-01'}])
  const lanes = layout.items.map((placed) => placed.lane)
  assert.equal(new Set(lanes.slice(0, 3)).size, 3)
  assert.equal(layout.items.find((placed) => placed.item.date === '2022-11-01').lane, 0)
  assert.equal(layout.lanes, 3)
})

test('dates without a year are skipped, and the list shows dates without their year', () => {
  const layout = layoutTimeline([{date: 'XXXX-02-05'}, {date: '2022-01-20'}])
  assert.deepEqual(layout.skipped, [{date: 'XXXX-02-05'}])
  assert.equal(displayDate('2022-01-20'), 'Jan 20')
  assert.equal(displayDate('2017-02-13T14:43'), 'Feb 13 14:43')
  assert.equal(displayDate('2014-09/..'), 'Sep →')
  assert.equal(displayDate('2011'), 'in the year')
})
