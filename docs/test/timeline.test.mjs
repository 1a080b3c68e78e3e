// The timeline SVG: rows grouped by year, links and words escaped, dates shown without the year.
import assert from 'node:assert/strict'
import {test} from 'node:test'
import {timelineSvg} from '../src/lib/timeline-svg.ts'

const rows = [
  {kind: 'published', date: '2021-12-20', type: null, text: 'Published: <b>Talks</b>', href: '/articles/a/', source: 'A & B', note: '(+ 2 claims)'},
  {kind: 'event', date: '2022-01-20', type: 'ASSAULT', text: 'ASSAULT: attacked', href: '/articles/b/#event-e1', source: 'C'},
  {kind: 'claim', date: '2022-01', type: null, text: 'X: “quote”', href: '/articles/b/#claim-c1', source: 'C'}
]

test('one year rule per year, one link per row, shapes by kind', () => {
  const svg = timelineSvg(rows, 'Timeline')
  assert.deepEqual([...svg.matchAll(/<g class="year">.*?<text[^>]*>(\d{4})<\/text>/g)].map((match) => match[1]), ['2021', '2022'])
  assert.deepEqual([...svg.matchAll(/<a href="([^"]*)"/g)].map((match) => match[1]), rows.map((row) => row.href))
  assert.match(svg, /<path class="item-published"/)
  assert.match(svg, /<circle class="item-material-conflict"/)
  assert.match(svg, /<rect class="item-claim"/)
})

test('words are escaped and dates read as month and day', () => {
  const svg = timelineSvg(rows, 'Timeline <of> things')
  assert.doesNotMatch(svg, /<b>|<of>/)
  assert.match(svg, /&lt;b&gt;Talks&lt;\/b&gt;/)
  assert.match(svg, /A &amp; B/)
  assert.match(svg, />Dec 20</)
  assert.match(svg, />Jan</)
  assert.match(svg, /material conflict/)
})
