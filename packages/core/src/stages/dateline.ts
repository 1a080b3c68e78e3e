import type {Stage} from '../pipeline/context.js'
import {findDates} from '../text/dates.js'
import {headerEnd} from '../text/anatomy.js'
import {findOutlets, outletIndex, type OutletIndex} from '../text/outlet-index.js'

/**
 * Find the dateline that opens the story: the place, and the agency and date in parentheses.
 *
 * > | WASHINGTON (UrduPoint News / Sputnik - 27th January, 2022) The United States finds …
 *     ^^^^^^^^^^  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ dateline
 *     place       agencies and date
 * > | MOSCOW (Reuters) - Russia said …
 * > | CALGARY — The province said …
 *
 * Without parentheses the place must be in capitals and a dash or colon must follow, so that a
 * sentence opening with a name ("Washington said …") is not a dateline.
 */
export const dateline: Stage = {
  name: 'dateline',
  run({text, draft, options}) {
    if (draft.dateline) return undefined
    const blocks = draft.blocks
    const index = outletIndex(options.outlets)
    let looked = 0
    for (let i = headerEnd(blocks); i < blocks.length && looked < 3; i++) {
      const block = blocks[i]!
      if (block.kind !== 'paragraph' && block.kind !== 'dateline') continue
      looked++
      const found = matchDateline(block.text, index)
      if (!found) continue
      const start = block.span.start
      const dates = found.dateEnd > found.dateStart ? findDates(text, start + found.dateStart, start + found.dateEnd, null, 'dateline') : []
      return {dateline: {place: found.place, date: dates[0]?.value ?? null, span: {start, end: start + found.end}}}
    }
    return undefined
  }
}

/** A dateline at the start of a line, with offsets relative to the line. */
export interface DatelineMatch {
  /** The place as written: `WASHINGTON`. */
  place: string
  /** The parenthesis' content (`UrduPoint News / Sputnik - 27th January, 2022`), or null. */
  paren: string | null
  /** Where the parenthesis' content starts, or -1. */
  parenStart: number
  /** Where the part that can hold a date (region, parenthesis) starts and ends. */
  dateStart: number
  dateEnd: number
  /** Where the dateline ends (after the closing parenthesis or the dash). */
  end: number
}

// Place (1); `, region` or `, date` parts (2); a parenthesis (3); a dash or colon (4).
const pattern =
  /^([A-Z][\p{L}.'’]*(?:[ -][A-Z][\p{L}.'’]*){0,3})((?:,\s*[A-Z][\p{L}.]*(?: [\p{L}\d.]+){0,2}){0,2})(?:\s*\(([^()\n]{1,120})\))?(?:\s*([-–—]{1,2}|:)(?=\s|\p{Lu}))?/u
const agencyLike = /^[A-Z][\w.&'’-]*(?:[ /,-]+[A-Z0-9][\w.&'’-]*){0,5}$/
const dateLike = /\b\d{1,2}(?:st|nd|rd|th)?\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b/i
const labels = /^(?:UPDATE|UPDATED|BREAKING|EXCLUSIVE|WATCH|ANALYSIS|OPINION|EDITORIAL|NOTE|READ|ALSO|LIVE|VIDEO|PHOTOS?|EDITOR'?S NOTE|FILE|CAPTION|PHOTO|IMAGE|SOURCE|SOURCES|Q|A)$/

/**
 * Match a dateline at the start of `line`: `WASHINGTON (AFP) –`, `MOSCOW, Jan 27 (Reuters) -`,
 * `CALGARY —`. A parenthesis must name an outlet, hold a date, or read as agency names; without
 * one the place must be in capitals with a dash or colon after it.
 *
 * @param index The outlet index to recognise agencies by; without it, agency-like words do.
 */
export function matchDateline(line: string, index?: OutletIndex): DatelineMatch | null {
  const match = pattern.exec(line)
  if (!match) return null
  const place = match[1]!
  const region = match[2] ?? ''
  const paren = match[3]
  const dash = match[4]
  if (labels.test(place) || /^The\b/.test(place)) return null
  if (paren !== undefined) {
    const parenStart = match[0].indexOf('(', place.length + region.length) + 1
    const named = index ? findOutlets(index, paren, 0, paren.length).length > 0 : false
    if (!named && !agencyLike.test(paren.trim()) && !(dateLike.test(paren) && /[A-Z]/.test(paren))) return null
    // "The Islamic State (IS) said": a sentence, unless the place is in capitals or a dash follows.
    if (!named && dash === undefined && !isCapitals(place)) return null
    return {place, paren, parenStart, dateStart: place.length, dateEnd: parenStart + paren.length, end: match[0].length}
  }
  if (dash === undefined || !isCapitals(place)) return null
  return {place, paren: null, parenStart: -1, dateStart: place.length, dateEnd: place.length + region.length, end: match[0].length}
}

/** Whether `line` opens with a dateline (see {@link matchDateline}). */
export function opensWithDateline(line: string): boolean {
  return matchDateline(line) !== null
}

function isCapitals(place: string): boolean {
  return /\p{Lu}{3}/u.test(place) && !/\p{Ll}/u.test(place.replace(/\b(?:al|el|de|da)-/g, ''))
}
