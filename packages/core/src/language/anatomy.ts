import {photoAgencies} from '../lexicon/agencies.js'
import type {Block, Draft} from '../stage.js'
import type {Diagnostic} from '../schema/diagnostic.js'
import type {Span} from '../schema/span.js'
import {findDates} from './dates.js'

/**
 * Helpers that the article-anatomy stages share: where the header ends, how a line is
 * normalised for comparison, and where the quotations of a line are.
 */

/** Lines longer than this are never furniture, a headline or a byline: they are prose. */
export const SHORT_LINE = 300

/** The number of white-space separated words in `text`. */
export function wordCount(text: string): number {
  let count = 0
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    const space = isSpaceCode(text.charCodeAt(i))
    if (!space && !inWord) count++
    inWord = !space
  }
  return count
}

/** Whether a code unit is white space. */
export function isSpaceCode(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xa0 || code === 0x0b || code === 0x0c ||
    code === 0xfeff || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000
}

/**
 * A line for comparison: no-break spaces as spaces, white space collapsed, curly quotes
 * straightened, lower case, trimmed.
 */
export function normalizeLine(text: string): string {
  return text
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[‘’`]/g, "'")
    .replace(/[“”]/g, '"')
    .trim()
    .toLowerCase()
}

/**
 * Whether a block reads as prose: a paragraph of a dozen words or more with lower-case words in
 * it. Headlines, bylines, date lines and furniture are shorter.
 */
export function isProse(block: Block): boolean {
  return (
    block.kind === 'paragraph' &&
    block.text.length >= 40 &&
    hasWords(block.text, 12) &&
    /\p{Ll}/u.test(block.text) &&
    // "Reuters | AFP Published January 27, 2022 Updated about 2 hours ago" is a byline.
    (hasWords(block.text, 20) || publicationLabelAt(block.text) < 0)
  )
}

/** Whether `text` has at least `count` words (it stops counting there). */
function hasWords(text: string, count: number): boolean {
  let seen = 0
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    const space = isSpaceCode(text.charCodeAt(i))
    if (!space && !inWord && ++seen >= count) return true
    inWord = !space
  }
  return false
}

/** The index of the title block, or -1. */
export function titleIndex(blocks: readonly Block[]): number {
  for (let i = 0; i < blocks.length && i < 40; i++) if (blocks[i]!.kind === 'title') return i
  return -1
}

/**
 * The index of the first block of the article's body: the first prose paragraph after the
 * title. Blocks before it (headline, standfirst, byline, date lines, captions, furniture) are the
 * header. `blocks.length` when there is no prose.
 */
export function headerEnd(blocks: readonly Block[]): number {
  const cached = headerEnds.get(blocks)
  if (cached && cached.length === blocks.length) return cached.end
  let end = blocks.length
  for (let i = titleIndex(blocks) + 1; i < blocks.length; i++) {
    if (isProse(blocks[i]!)) {
      end = i
      break
    }
  }
  headerEnds.set(blocks, {length: blocks.length, end})
  return end
}

// Stages after the last refiner of blocks share one array: its header end is found once.
const headerEnds = new WeakMap<readonly Block[], {length: number; end: number}>()

/**
 * The blocks at the end of an article that can sign it off ("The BRICS Post with inputs from
 * Agencies", "(Reuters)"): the last few short non-furniture blocks after the body.
 */
export function signOffBlocks(blocks: readonly Block[], bodyStart: number, count = 2): Block[] {
  const found: Block[] = []
  for (let i = blocks.length - 1; i >= bodyStart && found.length < count; i--) {
    const block = blocks[i]!
    if (block.kind === 'boilerplate') continue
    if (block.kind !== 'paragraph' && block.kind !== 'byline') break
    if (block.text.length > 160 || wordCount(block.text) > 14) break
    found.push(block)
  }
  return found
}

/**
 * The spans of `text` (offset by `offset`) that stand inside quotation marks: straight double
 * quotes paired in order, and curly double quotes paired by direction. An unclosed quotation
 * runs to the end.
 */
export function quoteRanges(text: string, offset = 0): Span[] {
  const ranges: Span[] = []
  let open = -1
  let curly = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x22) {
      if (open < 0) {
        open = i
        curly = false
      } else if (!curly) {
        ranges.push({start: offset + open, end: offset + i + 1})
        open = -1
      }
    } else if (c === 0x201c || c === 0xab) {
      if (open < 0) {
        open = i
        curly = true
      }
    } else if ((c === 0x201d || c === 0xbb) && open >= 0 && curly) {
      ranges.push({start: offset + open, end: offset + i + 1})
      open = -1
    }
  }
  if (open >= 0) ranges.push({start: offset + open, end: offset + text.length})
  return ranges
}

/** Whether `span` lies inside one of `ranges`. */
export function insideAny(ranges: readonly Span[], span: Span): boolean {
  for (const range of ranges) if (span.start >= range.start && span.end <= range.end) return true
  return false
}

/** Replace one block by a reclassified copy. */
export function reclassify(block: Block, kind: Block['kind'], reason: string | null = null): Block {
  return {...block, kind, reason}
}

/** Escape a string for use inside a regular expression. */
export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

const closers = new Set(['"', "'", '”', '’', ')', ']', '»'])

/**
 * The last character of `text` before any closing quotation marks and brackets: `.` for
 * `He left."`, `y` for `'Illegal US occupation'`.
 */
export function finalMark(text: string): string {
  let i = text.length - 1
  while (i >= 0 && (closers.has(text[i]!) || isSpaceCode(text.charCodeAt(i)))) i--
  return i >= 0 ? text[i]! : ''
}

// Every printed date has a digit; chrono only sees lines that have one.
const dateHint = /\d/

/**
 * Whether a short line is a date line: a date with little else (labels such as "Published",
 * a time, an outlet name or domain): `20 December, 2021`, `date 2022-01-27 UrduPoint.com`.
 */
export function isDateLine(text: string, block: Block): boolean {
  if (block.text.length > 200 || !dateHint.test(block.text)) return false
  const dates = findDates(text, block.span.start, block.span.end, null, 'header')
  if (dates.length === 0) return false
  let rest = block.text
  for (const found of dates) {
    const span = found.value.span!
    rest = rest.slice(0, span.start - block.span.start) + ' '.repeat(span.end - span.start) + rest.slice(span.end - block.span.start)
  }
  // What is left is labels, times and domains, and at most one other word (a name's initials, a
  // place); a full date with its year may carry a few more ("Source: Xinhua | Editor: huaxia").
  const full = dates.some((found) => !found.value.value.startsWith('XXXX') && found.value.precision !== 'year' && found.value.precision !== 'month')
  const allowed = full && finalMark(block.text) !== '.' ? 6 : 1
  let other = 0
  for (const word of rest.split(/[\s|•·,;:()–—]+/)) {
    if (word === '' || word === '-' || dateLabels.has(word.toLowerCase()) || isDomain(word)) continue
    if (++other > allowed) return false
  }
  return true
}

const dateLabels = new Set(['source', 'editor', 'by', 'edited', 'update', 'date', 'dated', 'published', 'updated', 'posted', 'last', 'on', 'at', 'am', 'pm', 'a.m.', 'p.m.', 'gmt', 'utc', 'est', 'edt', 'bst', 'cet', 'ist', 'pkt', 'ast', 'time', 'first', 'modified', 'created'])

/** Whether a word reads as a web domain: `UrduPoint.com`. */
function isDomain(word: string): boolean {
  const dot = word.lastIndexOf('.')
  return dot > 0 && /^[a-z]{2,}$/i.test(word.slice(dot + 1))
}

// "Reuters | AFP Published January 27, 2022", "Published On 27 Jan 2022": a label before a date.
const publicationLabel = /\b(?:Published|Updated|Posted)(?: [Oo]n| date)?:? (?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun))/

/** Where a "Published <date>" label stands in `line`, or -1. */
export function publicationLabelAt(line: string): number {
  const match = publicationLabel.exec(line)
  return match ? match.index : -1
}

const agencies = new Set(photoAgencies.map((name) => name.toLowerCase()))
const label = /^(?:Image source|Photo|Image|Picture|Photograph|Credit)(?: by)?[:,]? ?/i
const capitalised = /^\p{Lu}/u

/**
 * The picture credit that ends a caption line (`Getty` in "… 'illegal' [Getty]", `AFP` in
 * "… 2016. / AFP", `Reuters` in "(Photo: Reuters)"), with its span relative to the line, or null.
 */
export function captionCredit(line: string): {name: string; span: Span} | null {
  // "Photo: AFP", "Image: Getty Images": a credit line of its own.
  const whole = label.exec(line)
  if (whole && (whole[0].includes(':') || whole[0].includes(',')) && line.length - whole[0].length <= 40 && /^\p{Lu}/u.test(line.slice(whole[0].length))) {
    const name = line.slice(whole[0].length).trimEnd()
    const words = name.split(/ |\//).filter(Boolean)
    if (words.length <= 5 && words.every((word) => word === 'via' || capitalised.test(word))) {
      return {name, span: {start: whole[0].length, end: whole[0].length + name.length}}
    }
  }
  // "Kremlin spokesman Dmitry Peskov © Sputnik / Mikhail Klimentyev": the credit follows ©.
  const copyright = line.lastIndexOf('©')
  if (copyright >= 0 && line.length - copyright <= 64) {
    let start = copyright + 1
    while (line[start] === ' ') start++
    const name = line.slice(start).trimEnd()
    if (capitalised.test(name)) return {name, span: {start, end: start + name.length}}
  }
  let end = line.length
  if (line.endsWith('.')) end--
  let start: number
  let labelled = false
  const last = line[end - 1]
  if (last === ']' || last === ')') {
    const open = line.lastIndexOf(last === ']' ? '[' : '(', end - 1)
    if (open < 0 || end - open > 64) return null
    start = open + 1
    end--
  } else {
    const slash = line.lastIndexOf('/', end)
    // "… 2016. / AFP": a slash after a space, and a short credit after it.
    if (slash < 1 || end - slash > 48 || line[slash - 1] !== ' ') return null
    start = slash + 1
  }
  const found = label.exec(line.slice(start, end))
  if (found) {
    start += found[0].length
    labelled = true
  }
  while (start < end && line[start] === ' ') start++
  while (end > start && line[end - 1] === ' ') end--
  const name = line.slice(start, end)
  if (name === '') return null
  const words = name.split(/ |\//).filter(Boolean)
  if (words.length > 6 || !words.every((word) => word === 'via' || capitalised.test(word))) return null
  // A parenthesis is a credit only with a label or a known agency: "(AFP)", not "(Reuters Institute)".
  if (last === ')' && !labelled && !agencies.has(name.toLowerCase())) return null
  return {name, span: {start, end}}
}
