import {bylineNonNames} from '../lexicon/bylines.js'
import type {Block, Stage} from '../stage.js'
import type {Span} from '../schema/span.js'
import {headerEnd, isDateLine, publicationLabelAt, reclassify, wordCount} from '../language/anatomy.js'
import {findOutlets, outletIndex, type OutletIndex} from '../language/outlet-index.js'

/**
 * Find the byline lines of the header and the authors they name; mark header date lines as
 * byline lines too.
 *
 * > | Amina KH Published March 3, 2023 | 10:09 PM
 *     ^^^^^^^^^^ author
 * > | By Jane Doe and John Roe, Reuters
 *        ^^^^^^^^     ^^^^^^^^ authors
 * > | 20 December, 2021
 *     ^^^^^^^^^^^^^^^^^ byline (a date line)
 *
 * An author is one to four name-like words: capitalised, not a role ("Staff",
 * "Correspondent"), not a label ("Email the author", "3 min read"), not an outlet.
 */
export const byline: Stage = {
  name: 'byline',
  kind: 'refiner',
  run({text, draft, options}) {
    const index = outletIndex(options.outlets)
    const end = headerEnd(draft.blocks)
    const blocks = [...draft.blocks]
    const authors: Array<{name: string; span: Span}> = []
    let changed = false
    for (let i = 0; i < end && i < 40; i++) {
      const block = blocks[i]!
      if (block.kind !== 'paragraph' || block.text.length > 200 || wordCount(block.text) > 24) continue
      const names = bylineNames(block, index)
      if (names.length > 0 || isBylineLine(block.text, index) || isDateLine(text, block)) {
        authors.push(...names)
        blocks[i] = reclassify(block, 'byline')
        changed = true
      }
    }
    // "Reporting by Jane Doe in Moscow; Editing by John Roe": the reporters sign the story off.
    for (let i = blocks.length - 1, seen = 0; i >= end && seen < 3; i--) {
      const block = blocks[i]!
      if (block.kind === 'boilerplate') continue
      seen++
      const names = block.kind === 'paragraph' && block.text.length <= 300 ? reportingNames(block, index) : []
      if (names.length === 0) continue
      authors.push(...names)
      blocks[i] = reclassify(block, 'byline')
      changed = true
    }
    if (!changed) return undefined
    return {blocks, authors: [...draft.authors, ...authors]}
  }
}

const nonNames = new Set(bylineNonNames)
const roles = new Set(['editor', 'correspondent', 'reporter', 'writer', 'columnist', 'contributor', 'staff'])
const particles = new Set(['al', 'el', 'bin', 'ibn', 'van', 'von', 'de', 'da', 'di', 'du', 'la', 'le', 'der', 'den', 'del', 'dos', 'ul', 'ud'])
// A capitalised word: "Amina", "KH", "J.", "O'Brien", "al-Masri" (a particle joined by a hyphen).
const nameToken = /^(?:(?:al|el)-)?\p{Lu}[\p{L}'’.-]{0,30}$/u

// "By Jane Doe, John Roe and Ann Poe": the names run to a comma that starts a role, a bar, a dash or the end.
const byPrefix = /^(?:by|written by|words by|story by|author:?|reporting by)\s+/i
// "Amina KH Published March 3, 2023": a name, then the publication label.
const publishedLabel = /\s(?:Published|Updated|Posted)\b/

/** The authors a byline block names, with spans into the input. */
function bylineNames(block: Block, index: OutletIndex): Array<{name: string; span: Span}> {
  const prefix = byPrefix.exec(block.text)
  if (prefix) {
    const found: Array<{name: string; span: Span}> = []
    const rest = block.text.slice(prefix[0].length)
    const stop = /[|(\d]| [-–—] /.exec(rest)
    const list = rest.slice(0, stop ? stop.index : rest.length).trimEnd()
    const separator = /,|&|\band\b/g
    let from = 0
    for (;;) {
      const match = separator.exec(list)
      const to = match ? match.index : list.length
      const piece = list.slice(from, to)
      const name = leadingName(piece.trim(), index, true)
      if (name) {
        const begin = block.span.start + prefix[0].length + from + piece.indexOf(name)
        found.push({name, span: {start: begin, end: begin + name.length}})
      } else if (found.length === 0) {
        break
      }
      if (!match) break
      from = match.index + match[0].length
    }
    return found
  }
  // "Jane Doe Diplomatic editor": a name, then only role words.
  const words = block.text.split(/\s+/)
  if (words.length <= 8) {
    const name = leadingName(block.text, index, true)
    if (name && name.includes(' ')) {
      const rest = block.text.slice(name.length).split(/[\s,]+/).filter(Boolean)
      if (rest.length > 0 && rest.some((word) => roles.has(word.toLowerCase())) && rest.every((word) => nonNames.has(word.toLowerCase()))) {
        return [{name, span: {start: block.span.start, end: block.span.start + name.length}}]
      }
    }
  }
  // "Jane Doe | Reuters | January 27, 2022": a name, then outlets or dates.
  const bar = block.text.indexOf('|')
  if (bar > 0 && bar <= 40) {
    const name = leadingName(block.text.slice(0, bar).trimEnd(), index, false)
    const rest = block.text.slice(bar + 1)
    if (name && name.includes(' ') && (/\d/.test(rest) || findOutlets(index, rest, 0, rest.length).length > 0)) {
      return [{name, span: {start: block.span.start, end: block.span.start + name.length}}]
    }
  }
  const published = publishedLabel.exec(block.text)
  if (published && published.index <= 60) {
    const name = leadingName(block.text.slice(0, published.index), index, false)
    if (name) return [{name, span: {start: block.span.start, end: block.span.start + name.length}}]
  }
  return []
}

/**
 * The name at the start of `phrase`: its name-like words, up to four. With `prefix`, words after
 * the name ("Staff Writer") end it; without, every word must be part of it.
 */
function leadingName(phrase: string, index: OutletIndex, prefix: boolean): string | null {
  // "JOHN DOE Associated Press": the name ends where an outlet's name begins.
  const outletAt = findOutlets(index, phrase, 0, phrase.length).find((mention) => !mention.domain)
  const head = outletAt && outletAt.span.start > 0 ? phrase.slice(0, outletAt.span.start) : phrase
  const words = head.split(/\s+/).filter(Boolean)
  let taken = 0
  for (const word of words) {
    const lower = word.toLowerCase()
    const ok = nonNames.has(lower) ? false : particles.has(lower) ? taken > 0 : nameToken.test(word)
    if (!ok) break
    taken++
    if (taken > 4) return null
  }
  if (taken === 0 || (!prefix && (taken !== words.length || head !== phrase))) return null
  while (taken > 0 && particles.has(words[taken - 1]!.toLowerCase())) taken--
  if (taken === 0) return null
  // One short word in capitals is a desk or an agency ("HT", "PTI"), not a person.
  if (taken === 1 && (words[0]!.length < 3 || (/^\p{Lu}+$/u.test(words[0]!) && words[0]!.length <= 4))) return null
  const name = words.slice(0, taken).join(' ')
  if (index.byName.has(name.toLowerCase())) return null
  return phrase.startsWith(name) ? name : null
}

/**
 * A byline line that names no person: "By TOI Staff and Agencies", "MEE staff", "Reuters | AFP
 * Published January 27, 2022".
 */
function isBylineLine(line: string, index: OutletIndex): boolean {
  if (byPrefix.test(line) && wordCount(line) <= 10) return true
  const label = publicationLabelAt(line)
  if (label >= 0 && label <= 60) return true
  // An outlet's name and desk words only: "MEE staff", "Dawn Report".
  const mention = findOutlets(index, line, 0, line.length)[0]
  if (!mention || mention.span.start !== 0 || wordCount(line) > 5) return false
  const rest = line.slice(mention.span.end).split(/[\s,|]+/).filter(Boolean)
  return rest.length > 0 && rest.every((word) => nonNames.has(word.toLowerCase()))
}

const reportingPrefix = /^(?:reporting|writing|reporting and writing) by /i

/** The reporters of a "Reporting by …; Editing by …" sign-off, up to the editors. */
function reportingNames(block: Block, index: OutletIndex): Array<{name: string; span: Span}> {
  const prefix = reportingPrefix.exec(block.text)
  if (!prefix) return []
  const found: Array<{name: string; span: Span}> = []
  const from = prefix[0].length
  const stop = /;|\b(?:[Ee]diting|[Ww]riting|[Aa]dditional reporting) by\b/.exec(block.text.slice(from))
  const list = block.text.slice(from, stop ? from + stop.index : block.text.length)
  const separator = /,|&|\band\b/g
  let at = 0
  for (;;) {
    const match = separator.exec(list)
    const piece = list.slice(at, match ? match.index : list.length)
    // "Jane Doe in Moscow": the place goes.
    const name = leadingName(piece.split(' in ')[0]!.trim(), index, true)
    if (name) {
      const start = block.span.start + from + at + piece.indexOf(name)
      found.push({name, span: {start, end: start + name.length}})
    }
    if (!match) break
    at = match.index + match[0].length
  }
  return found
}
