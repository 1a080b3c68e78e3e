/**
 * Draw the corpus timeline as an SVG string at build time: one row per dated claim or event,
 * grouped under year rules, each row a link to the item in its article. Events are circles
 * coloured by PLOVER quad class and named by type; claims are grey squares. Every text piece
 * is escaped.
 */
import {escapeHtml, quadClassLabels, quadClassOf} from './marks.ts'

/** What a row needs. */
export interface TimelineRow {
  /** `published` (an article), `claim` or `event`. */
  kind: 'published' | 'claim' | 'event'
  /** EDTF date. */
  date: string
  /** PLOVER type of an event, else null. */
  type: string | null
  /** The row's words. */
  text: string
  /** Where the row links. */
  href: string
  /** The article's short name, shown after the words. */
  source: string
  /** A remark shown small after the words, never clipped; empty for none. */
  note?: string
}

const rowHeight = 26
const yearHeight = 34
const width = 980
const axisX = 118

/** The SVG markup of the timeline. */
export function timelineSvg(rows: readonly TimelineRow[], title: string): string {
  const parts: string[] = []
  let y = 8
  let year = ''
  for (const row of rows) {
    const rowYear = /\d{4}/.exec(row.date)?.[0] ?? '?'
    if (rowYear !== year) {
      y += year === '' ? 0 : 8
      year = rowYear
      parts.push(
        `<g class="year"><line class="axis" x1="0" x2="${width}" y1="${y + 0.5}" y2="${y + 0.5}" stroke-dasharray="2 4"/>` +
          `<text x="0" y="${y + 22}" font-size="15">${escapeHtml(year)}</text></g>`
      )
      y += yearHeight
    }
    const quad = row.kind === 'event' && row.type ? quadClassOf(row.type) : null
    const cls = row.kind === 'event' ? `item-${quad ?? 'claim'}` : `item-${row.kind}`
    const mid = y + rowHeight / 2
    // Shapes tell the kinds apart without colour: circle event, square claim, diamond article.
    const shape =
      row.kind === 'event'
        ? `<circle class="${cls}" cx="${axisX}" cy="${mid}" r="6.5"/>`
        : row.kind === 'claim'
          ? `<rect class="${cls}" x="${axisX - 5.5}" y="${mid - 5.5}" width="11" height="11"/>`
          : `<path class="${cls}" d="M${axisX} ${mid - 7.5} l7.5 7.5 l-7.5 7.5 l-7.5 -7.5 z"/>`
    const kindLabel = row.kind === 'event' ? `event, ${quad ? quadClassLabels[quad] : 'untyped'}` : row.kind === 'claim' ? 'claim' : 'article'
    const label = `${row.date}: ${row.text}${row.note ? ` ${row.note}` : ''} (${kindLabel}; ${row.source})`
    parts.push(
      `<a href="${escapeHtml(row.href)}" aria-label="${escapeHtml(label)}">` +
        `<rect class="hit" x="0" y="${y + 1}" width="${width}" height="${rowHeight - 2}" rx="3" fill="transparent" stroke="none"/>` +
        `<text x="0" y="${mid + 4}" font-size="12">${escapeHtml(displayDate(row.date))}</text>` +
        shape +
        `<text x="${axisX + 16}" y="${mid + 4}" font-size="13">${escapeHtml(clipTo(row.text, row.note ? 70 : 90))}` +
        `<tspan font-size="11" opacity="0.75">${row.note ? ` ${escapeHtml(row.note)}` : ''} · ${escapeHtml(kindLabel)} · ${escapeHtml(row.source)}</tspan></text>` +
        `</a>`
    )
    y += rowHeight
  }
  const height = y + 8
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="group" aria-labelledby="timeline-svg-title">` +
    `<title id="timeline-svg-title">${escapeHtml(title)}</title>` +
    `<line class="axis" x1="${axisX}" x2="${axisX}" y1="8" y2="${height - 8}" stroke-width="2"/>` +
    parts.join('') +
    `</svg>`
  )
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/**
 * The date without its year, which the year rule shows: `Jan 23`, `Jan`, `Feb 13 14:43`,
 * `Sep →` for an open interval from September, nothing for a year alone; the value itself
 * when it is not that simple.
 */
function displayDate(value: string): string {
  const match = /^\d{4}(?:-(\d{2}))?(?:-(\d{2}))?(?:T(\d{2}:\d{2}))?(\/\.\.)?$/.exec(value)
  if (!match) return value.slice(5) || value
  const [, month, day, time, open] = match
  const name = month ? months[Number(month) - 1] : undefined
  if (!name) return open ? 'from →' : ''
  return [name, day ? String(Number(day)) : '', time ?? '', open ? '→' : ''].filter(Boolean).join(' ')
}

function clipTo(value: string, length: number): string {
  return value.length <= length ? value : `${value.slice(0, length - 1)}…`
}
