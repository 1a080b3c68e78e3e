/**
 * Lay out the corpus timeline on a time axis to scale: each dated item becomes an interval
 * (a year-precision date covers its year, a month its month, a day its day; an open interval
 * `2014-09/..` runs to the end of the axis), placed by percentage of the axis, and stacked in
 * lanes so that no two items overlap. The page draws it with HTML and CSS, so its text keeps
 * the page's font size at any width and the chart scrolls sideways instead of shrinking.
 *
 * Pure and erasable TypeScript: the build and the tests (Node's type stripping) both run it.
 */

/** What an item needs to be placed. */
export interface TimelineInput {
  /** EDTF date: `2022-01-27`, `2021-07`, `2011`, `2017-02-13T14:43`, `2014-09/..`. */
  date: string
}

/** An item placed on the axis. */
export interface PlacedItem<T> {
  item: T
  /** Left edge, percent of the axis. */
  left: number
  /** Width, percent of the axis (0 for an instant shown as a dot). */
  width: number
  /** Row from the top, 0-based. */
  lane: number
  /** Whether the interval is open-ended (`/..`). */
  open: boolean
}

/** A tick on the axis. */
export interface Tick {
  /** Percent of the axis. */
  left: number
  /** `2017`, or a month name under a short axis. */
  label: string
  /** A year tick (drawn stronger) or a month tick. */
  major: boolean
}

/** The whole chart. */
export interface TimelineLayout<T> {
  items: Array<PlacedItem<T>>
  ticks: Tick[]
  lanes: number
  /** The first and last instant of the axis, ISO. */
  from: string
  to: string
  /** Items whose date could not be read (left out of the chart, still in the list). */
  skipped: T[]
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** The interval an EDTF date stands for, in UTC milliseconds, or null when it has no year. */
export function dateInterval(value: string): {start: number; end: number; open: boolean} | null {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?(\/\.\.)?$/.exec(value)
  if (!match) return null
  const [, year, month, day, hour, minute, , open] = match
  const y = Number(year)
  const m = month ? Number(month) - 1 : 0
  if (m < 0 || m > 11) return null
  const d = day ? Number(day) : 1
  const start = Date.UTC(y, m, d, hour ? Number(hour) : 0, minute ? Number(minute) : 0)
  const end = hour ? start : day ? Date.UTC(y, m, d + 1) : month ? Date.UTC(y, m + 1, 1) : Date.UTC(y + 1, 0, 1)
  return {start, end, open: Boolean(open)}
}

/**
 * Place `items` on one axis from the start of the first item's year to the end of the last
 * item's year. `minWidth` is the share of the axis (percent) an item's mark takes at least: a
 * dot, or a bar too short to see; items closer than that go to separate lanes.
 */
export function layoutTimeline<T extends TimelineInput>(items: readonly T[], minWidth = 1.6): TimelineLayout<T> {
  const read = items.map((item) => ({item, interval: dateInterval(item.date)}))
  const dated = read.filter((entry) => entry.interval !== null) as Array<{item: T; interval: {start: number; end: number; open: boolean}}>
  const skipped = read.filter((entry) => entry.interval === null).map((entry) => entry.item)
  if (dated.length === 0) return {items: [], ticks: [], lanes: 0, from: '', to: '', skipped}

  const firstYear = new Date(Math.min(...dated.map((entry) => entry.interval.start))).getUTCFullYear()
  const lastYear = new Date(Math.max(...dated.map((entry) => entry.interval.end - 1))).getUTCFullYear()
  const from = Date.UTC(firstYear, 0, 1)
  const to = Date.UTC(lastYear + 1, 0, 1)
  const percent = (time: number) => ((time - from) / (to - from)) * 100

  // Lanes: greedy by start, each item in the first lane whose last item ends before it begins.
  const sorted = [...dated].sort((a, b) => a.interval.start - b.interval.start || a.interval.end - b.interval.end)
  const laneEnds: number[] = []
  const placed: Array<PlacedItem<T>> = []
  for (const {item, interval} of sorted) {
    const left = percent(interval.start)
    const width = interval.open ? 100 - left : Math.max(0, percent(interval.end) - left)
    const shown = Math.max(width, minWidth)
    let lane = laneEnds.findIndex((end) => end <= left)
    if (lane === -1) lane = laneEnds.push(0) - 1
    laneEnds[lane] = left + shown + minWidth / 4
    placed.push({item, left, width: width < minWidth / 2 ? 0 : width, lane, open: interval.open})
  }

  const ticks: Tick[] = []
  const years = lastYear - firstYear + 1
  for (let year = firstYear; year <= lastYear + 1; year++) {
    ticks.push({left: percent(Date.UTC(year, 0, 1)), label: String(year), major: true})
    if (year > lastYear || years > 3) continue
    for (let month = years > 1 ? 3 : 1; month < 12; month += years > 1 ? 3 : 1) {
      ticks.push({left: percent(Date.UTC(year, month, 1)), label: months[month]!, major: false})
    }
  }
  // The closing year rule has no year after it to name.
  ticks[ticks.length - 1]!.label = ''

  return {items: placed, ticks, lanes: laneEnds.length, from: new Date(from).toISOString(), to: new Date(to).toISOString(), skipped}
}

/**
 * The date without its year, for a list grouped by year: `Jan 23`, `Jan`, `Feb 13 14:43`,
 * `Sep →` for an open interval from September, `whole year` for a year alone.
 */
export function displayDate(value: string): string {
  const match = /^\d{4}(?:-(\d{2}))?(?:-(\d{2}))?(?:T(\d{2}:\d{2}))?(\/\.\.)?$/.exec(value)
  if (!match) return value
  const [, month, day, time, open] = match
  const name = month ? months[Number(month) - 1] : undefined
  if (!name) return open ? 'from then on' : 'in the year'
  return [name, day ? String(Number(day)) : '', time ?? '', open ? '→' : ''].filter(Boolean).join(' ')
}
