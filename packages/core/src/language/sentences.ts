import {abbreviations} from '../lexicon/abbreviations.js'
import type {Span} from '../schema/span.js'

const abbreviationSet = new Set(abbreviations)

// A candidate boundary: terminal punctuation, any closing quotes or brackets, then white space.
const boundary = /[.!?…]+["'”’)\]]*(?=\s)/g

/**
 * Split `text.slice(start, end)` into sentences, as absolute spans without surrounding white space.
 *
 * Linear in the length of the range: one regular-expression pass, no back-tracking across
 * sentences. A full stop does not end a sentence after a known abbreviation (`Mr.`, `Jan.`,
 * `U.S.` before a lower-case word), an initial (`J. Smith`) or before a lower-case letter or digit.
 *
 * @example
 * sentenceSpans('He left. She said so.', 0, 21) // [{start: 0, end: 8}, {start: 9, end: 21}]
 */
export function sentenceSpans(text: string, start: number, end: number): Span[] {
  const spans: Span[] = []
  const slice = text.slice(start, end)
  let sentenceStart = skipSpace(slice, 0)
  boundary.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = boundary.exec(slice))) {
    const stop = match.index + match[0].length
    if (!endsSentence(slice, match.index, match[0], stop)) continue
    if (stop > sentenceStart) spans.push({start: start + sentenceStart, end: start + stop})
    sentenceStart = skipSpace(slice, stop)
  }

  const tail = trimEnd(slice, slice.length)
  if (tail > sentenceStart) spans.push({start: start + sentenceStart, end: start + tail})
  return spans
}

function endsSentence(slice: string, at: number, mark: string, stop: number): boolean {
  const next = skipSpace(slice, stop)
  const following = slice.charAt(next)
  // End of the range, or the next sentence opens with a capital, a quote, a bracket or a digit after ?/!.
  if (next >= slice.length) return true
  if (mark.startsWith('.') && mark.length === 1 || mark.startsWith('.') && /^\.["'”’)\]]/.test(mark)) {
    const word = wordBefore(slice, at)
    const lower = word.toLowerCase()
    if (word.length === 1 && /[A-Z]/.test(word)) return false // an initial: "J. Smith"
    // Initials run together ("K.T. Okafor"), unless a common sentence opener follows.
    if (/^[A-Z](?:\.[A-Z])+$/.test(word) && !abbreviationSet.has(word.toLowerCase()) && !isSentenceStarter(slice, next)) return false
    if (abbreviationSet.has(lower) && !(lower.includes('.') && /[A-Z"“'‘]/.test(following) && isSentenceStarter(slice, next))) {
      // "U.S. officials" continues; "…in the U.S. The next…" ends: a dotted acronym ends a sentence before a capital.
      if (!lower.includes('.') || !/[A-Z]/.test(following)) return false
    }
  }
  if (/[a-z]/.test(following)) return false
  return true
}

// Common sentence-opening words after a dotted acronym such as "U.S.".
function isSentenceStarter(slice: string, at: number): boolean {
  return /^(?:The|A|An|He|She|It|They|We|I|But|And|In|On|At|This|That|There|His|Her|Their|Its)\b/.test(slice.slice(at, at + 6))
}

function wordBefore(slice: string, at: number): string {
  let i = at
  while (i > 0 && /[\p{L}.]/u.test(slice.charAt(i - 1))) i--
  // Drop a leading dot run, then keep the word as written ("U.S", "Mr").
  return slice.slice(i, at).replace(/^\.+/, '')
}

function skipSpace(slice: string, i: number): number {
  while (i < slice.length && /\s/.test(slice.charAt(i))) i++
  return i
}

function trimEnd(slice: string, i: number): number {
  while (i > 0 && /\s/.test(slice.charAt(i - 1))) i--
  return i
}
