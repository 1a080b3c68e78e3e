import {findOutlets, type OutletIndex} from './outlet-index.js'

/**
 * The grammar of a dateline: a place in capitals, then the agencies and date in parentheses or
 * a dash.
 *
 * > | MOSCOW (Reuters) - Russia said …
 *     ^^^^^^ ^^^^^^^^^^^
 *     place  agencies
 */

/** A dateline at the start of a line, with offsets relative to the line. */
export interface DatelineMatch {
  /** The place as written: `WASHINGTON`. */
  place: string
  /** The parenthesis' content (`UrduPoint News / Sputnik - 27th January, 2022`), or null. */
  paren: string | null
  /** Where the parenthesis' content starts, or -1. */
  parenStart: number
  /** Where the part that can hold a date (region, parenthesis) starts. */
  dateStart: number
  /** Where the part that can hold a date ends. */
  dateEnd: number
  /** Where the dateline ends (after the closing parenthesis or the dash). */
  end: number
}

/** A place name as datelines write it: up to four capitalised words. */
export const placePattern = /^[A-Z][\p{L}.'’]{0,24}(?:[ -][A-Z][\p{L}.'’]{0,24}){0,3}/u
const capitalised = /^[\p{Lu}\d]/u
const dateLike = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i
const labels = new Set(['UPDATE', 'UPDATED', 'BREAKING', 'EXCLUSIVE', 'WATCH', 'ANALYSIS', 'OPINION', 'EDITORIAL', 'NOTE', 'READ', 'ALSO', 'LIVE', 'VIDEO', 'PHOTO', 'PHOTOS', 'FILE', 'CAPTION', 'IMAGE', 'SOURCE', 'SOURCES', 'Q', 'A', 'The'])

/**
 * Match a dateline at the start of `line`: `WASHINGTON (AFP) –`, `MOSCOW, Jan 27 (Reuters) -`,
 * `CALGARY —`. A parenthesis must name an outlet, hold a date, or read as agency names; without
 * one the place must be in capitals with a dash or colon after it.
 *
 * @param index The outlet index to recognise agencies by; without it, agency-like words do.
 */
export function matchDateline(line: string, index?: OutletIndex): DatelineMatch | null {
  const placeMatch = placePattern.exec(line)
  if (!placeMatch) return null
  const place = placeMatch[0]
  if (labels.has(place.split(' ')[0]!)) return null
  let pos = place.length
  // ", D.C.", ", Jan 27": up to two short capitalised parts.
  for (let parts = 0; parts < 2 && line[pos] === ','; parts++) {
    let next = pos + 1
    while (line[next] === ' ') next++
    if (!capitalised.test(line.slice(next, next + 1))) break
    let stop = next
    while (stop < line.length && stop - next < 30 && !',(:—–/'.includes(line[stop]!) && !(line[stop] === '-' && line[stop - 1] === ' ')) stop++
    pos = stop
    while (pos > next && line[pos - 1] === ' ') pos--
  }
  const regionEnd = pos
  while (line[pos] === ' ') pos++
  let paren: string | null = null
  let parenStart = -1
  // "MOSCOW, February 13. /TASS/.": the agency between slashes.
  if (line[pos] === '/' && regionEnd > place.length) {
    const close = line.indexOf('/', pos + 1)
    if (close > pos + 1 && close - pos <= 40) {
      paren = line.slice(pos + 1, close)
      parenStart = pos + 1
      pos = close + 1
      if (line[pos] === '.') pos++
      return {place, paren, parenStart, dateStart: place.length, dateEnd: regionEnd, end: pos}
    }
  }
  if (line[pos] === '(') {
    const close = line.indexOf(')', pos)
    if (close > pos + 1 && close - pos <= 121 && !line.slice(pos + 1, close).includes('(')) {
      paren = line.slice(pos + 1, close)
      parenStart = pos + 1
      pos = close + 1
    }
  }
  let end = paren === null ? regionEnd : pos
  while (line[pos] === ' ') pos++
  let dash = false
  if ('-–—:'.includes(line[pos] ?? 'x')) {
    let after = pos + 1
    if (line[after] === '-' || line[after] === '–' || line[after] === '—') after++
    if (after < line.length && (line[after] === ' ' || /\p{Lu}/u.test(line[after]!))) {
      dash = true
      end = after
    }
  }

  if (paren !== null) {
    const named = index ? findOutlets(index, paren, 0, paren.length).length > 0 : false
    const words = paren.split(/[ /,]/).filter(Boolean)
    const agencyLike = words.length <= 6 && words.every((word) => capitalised.test(word) || word === '-' || word === '–')
    if (!named && !agencyLike && !(dateLike.test(paren) && /[A-Z]/.test(paren))) return null
    // "The Islamic State (IS) said": a sentence, unless the place is in capitals or a dash follows.
    if (!named && !dash && !isCapitals(place)) return null
    return {place, paren, parenStart, dateStart: place.length, dateEnd: parenStart + paren.length, end}
  }
  if (!dash || !isCapitals(place)) return null
  return {place, paren: null, parenStart: -1, dateStart: place.length, dateEnd: regionEnd, end}
}

/** Whether `line` opens with a dateline (see {@link matchDateline}). */
export function opensWithDateline(line: string): boolean {
  return matchDateline(line) !== null
}

/** Whether a place is written in capitals (`WASHINGTON`). */
export function isCapitals(place: string): boolean {
  return /\p{Lu}{3}/u.test(place) && !/\p{Ll}/u.test(place.replace(/\b(?:al|el|de|da)-/g, ''))
}
