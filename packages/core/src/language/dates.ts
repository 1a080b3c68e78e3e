import * as chrono from 'chrono-node/en'
import {timeWords, weekdays} from '../lexicon/function-words.js'
import type {DatePrecision, DateValue, DateVia} from '../schema/date-value.js'

/**
 * What relative date expressions resolve against: a day (UTC) and whether its year is known.
 * With `yearKnown: false` the month and day are known but not the year, so dates that
 * resolve against it print `XXXX` for the year.
 */
export interface DateAnchor {
  /** Noon UTC of the anchor day (a year-unknown anchor uses a stand-in leap year). */
  date: Date
  /** Whether the anchor's year is stated by the text or the caller. */
  yearKnown: boolean
  /** How finely the anchor is known: a month-only anchor cannot resolve "on Thursday". */
  precision: DatePrecision
}

/** A date expression found in the text, with its resolved value. */
export interface FoundDate {
  /** The resolved value; `span` is the expression's span. */
  value: DateValue
  /** Whether the expression is relative to the anchor ("on Thursday", "last month"). */
  relative: boolean
}

/**
 * A relative expression that cannot be resolved at all: its month and day depend on a year
 * the text does not give ("on Wednesday" beside a yearless "March 3").
 */
export interface UnresolvedDate {
  /** The expression's span. */
  span: {start: number; end: number}
}

// A year-unknown anchor uses a leap year so that February 29 survives the round trip.
const STAND_IN_YEAR = 2000

/**
 * The anchor for relative dates: the publication date when known (to the day or the month),
 * else the caller's reference date, else null.
 */
export function dateAnchor(published: DateValue | null, referenceDate: Date | null): DateAnchor | null {
  if (published) {
    const match = /^(\d{4}|XXXX)(?:-(\d{2}))?(?:-(\d{2}))?/.exec(published.value)
    if (match && match[2]) {
      const yearKnown = match[1] !== 'XXXX'
      const year = yearKnown ? Number(match[1]) : STAND_IN_YEAR
      const day = match[3] ? Number(match[3]) : 1
      return {
        date: new Date(Date.UTC(year, Number(match[2]) - 1, day, 12)),
        yearKnown,
        precision: match[3] ? 'day' : 'month'
      }
    }
  }
  if (referenceDate) {
    const d = referenceDate
    return {date: new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 12)), yearKnown: true, precision: 'day'}
  }
  return null
}

const relativeWords = new Set([...timeWords, 'ago', 'last', 'next', 'this', 'earlier', 'later', ...weekdays])
const anchorWords = new Set(['ago', 'last', 'next'])
const deicticWords = new Set(timeWords)

/** Whether a date phrase has one of `words` in it (compared in lower case, word by word). */
function hasWord(phrase: string, words: ReadonlySet<string>): boolean {
  for (const word of phrase.toLowerCase().split(/[^a-z]+/)) if (words.has(word)) return true
  return false
}

// Every English date chrono-node reads holds a digit or one of these word starts (months,
// weekdays, parts of the day, relative words and units).
const mayHoldDate =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|tomorrow|yesterday|ago|last|next|this|past|noon|midnight|morning|afternoon|evening|night|week|month|year|decade|centur|spring|summer|autumn|fall|winter|now|later|earlier|hour|minute|second|day|fortnight|christmas|easter|new year)/i

/**
 * Find the date expressions in `text.slice(start, end)` with chrono-node and resolve them to
 * EDTF against `anchor`.
 *
 * - A stated year is kept; a missing year comes from the anchor, or is `XXXX` when the anchor's
 *   year is unknown. Without an anchor a relative expression is dropped (the caller reports it),
 *   and a month-day without a year becomes `XXXX-MM-DD`: the year is never invented.
 * - `past: true` (reported speech) resolves a bare weekday to the most recent one on or before
 *   the anchor.
 * - Only the date phrase goes to chrono, never a whole article, so that this stays fast.
 */
export function findDates(
  text: string,
  start: number,
  end: number,
  anchor: DateAnchor | null,
  via: DateVia,
  options: {past?: boolean; unresolved?: UnresolvedDate[]} = {}
): FoundDate[] {
  const slice = text.slice(start, end)
  // Most sentences hold no date: skip chrono-node unless a digit or a time word is there.
  if (!mayHoldDate.test(slice)) return []
  const reference = anchor ? anchor.date : new Date(Date.UTC(STAND_IN_YEAR, 0, 1, 12))
  let results: chrono.ParsedResult[]
  try {
    results = chrono.parse(slice, {instant: reference, timezone: 0}, {forwardDate: false})
  } catch {
    return []
  }

  const found: FoundDate[] = []
  for (const result of results) {
    const known = certain(result.start)
    // chrono fills in the reference's year for "today": such a phrase is relative all the same.
    const relative =
      hasWord(result.text, anchorWords) || hasWord(result.text, deicticWords) || (known.year === undefined && hasWord(result.text, relativeWords))
    if (relative && (!anchor || anchor.precision !== 'day' && known.month === undefined)) continue
    if (known.year === undefined && known.month === undefined && known.day === undefined && known.weekday === undefined && !relative) continue

    let date = result.start.date()
    // Keep the time as printed: "14:43 UTC+3" is 14:43 on the page, not 11:43.
    const offset = result.start.isCertain('timezoneOffset') ? (result.start.get('timezoneOffset') ?? 0) : 0
    if (offset) date = new Date(date.getTime() + offset * 60_000)
    if (options.past && anchor && known.weekday !== undefined && known.day === undefined && date > anchor.date) {
      date = new Date(date.getTime() - 7 * 86_400_000)
    }

    const yearStated = known.year !== undefined && !relative
    const yearKnown = yearStated || (anchor !== null && anchor.yearKnown)
    // Against a yearless anchor, a relative day ("on Wednesday", "yesterday") is known only as
    // far as it comes out the same in every year: the month at most, else nothing.
    let knownUpTo: 'day' | 'month' | null = 'day'
    if (anchor && !yearKnown && (relative || (known.weekday !== undefined && known.day === undefined))) {
      knownUpTo = sameInEveryYear(result.text, anchor, options.past === true, date)
      if (knownUpTo === null) {
        options.unresolved?.push({span: {start: start + result.index, end: start + result.index + result.text.trimEnd().length}})
        continue
      }
    }
    const year = yearKnown ? String(date.getUTCFullYear()).padStart(4, '0') : 'XXXX'
    const month = String(date.getUTCMonth() + 1).padStart(2, '0')
    const day = String(date.getUTCDate()).padStart(2, '0')

    let precision: DatePrecision
    let value: string
    const hasDay = known.day !== undefined || known.weekday !== undefined || (relative && /\b(?:day|week|yesterday|today|tomorrow|tonight)s?\b/i.test(result.text))
    if (hasDay && knownUpTo === 'day') {
      precision = 'day'
      value = `${year}-${month}-${day}`
      if (known.hour !== undefined && known.minute !== undefined && yearKnown) {
        precision = 'minute'
        value += `T${String(date.getUTCHours()).padStart(2, '0')}:${String(date.getUTCMinutes()).padStart(2, '0')}`
      }
    } else if (hasDay || known.month !== undefined || /\bmonth\b/i.test(result.text)) {
      precision = 'month'
      value = `${year}-${month}`
    } else if (yearStated) {
      precision = 'year'
      value = year
    } else {
      continue
    }

    // chrono can take in white space after an abbreviated month ("Sept. 26 "): the span holds the phrase alone.
    const phrase = result.text.trimEnd()
    const spanStart = start + result.index
    found.push({
      value: {
        value,
        precision,
        via,
        span: {start: spanStart, end: spanStart + phrase.length},
        confidence: relative ? 0.7 : yearStated ? 0.9 : 0.8
      },
      relative
    })
  }
  return found
}

/**
 * How much of a relative date resolved against a yearless anchor holds whatever the year is:
 * the phrase is resolved again against the anchor's month and day in years that between them
 * give every weekday and a leap year. `day` when every year gives the month and day of `date`,
 * `month` when they agree on the month only, else null.
 */
function sameInEveryYear(phrase: string, anchor: DateAnchor, past: boolean, date: Date): 'day' | 'month' | null {
  const month = anchor.date.getUTCMonth()
  const day = anchor.date.getUTCDate()
  let sameDay = true
  for (let year = 2001; year <= 2012; year++) {
    const instant = new Date(Date.UTC(year, month, day, 12))
    // February 29 exists in leap years only: such an anchor is checked in those.
    if (instant.getUTCMonth() !== month) continue
    let results: chrono.ParsedResult[]
    try {
      results = chrono.parse(phrase, {instant, timezone: 0}, {forwardDate: false})
    } catch {
      return null
    }
    const result = results[0]
    if (!result) return null
    let other = result.start.date()
    if (past && result.start.isCertain('weekday') && !result.start.isCertain('day') && other > instant) {
      other = new Date(other.getTime() - 7 * 86_400_000)
    }
    if (other.getUTCMonth() !== date.getUTCMonth()) return null
    if (other.getUTCDate() !== date.getUTCDate()) sameDay = false
  }
  return sameDay ? 'day' : 'month'
}

type Component = 'year' | 'month' | 'day' | 'weekday' | 'hour' | 'minute'

/** The components chrono read from the text rather than implied, by name. */
function certain(components: chrono.ParsedResult["start"]): Partial<Record<Component, number>> {
  const known: Partial<Record<Component, number>> = {}
  for (const name of ['year', 'month', 'day', 'weekday', 'hour', 'minute'] as const) {
    if (components.isCertain(name)) known[name] = components.get(name) ?? undefined
  }
  return known
}
