/**
 * Words of a text with their offsets, so that two spans of the same text can be compared by
 * the words they share ("at least half the words of the longer span").
 *
 * > | "We find ways," Alvarez said.
 *      ^^ ^^^^ ^^^^   ^^^^^^ ^^^^
 */
import type {Span} from '@onrecord/core'

/** Letters and digits, with inner apostrophes and hyphens (`they're`, `Al-Hasakah`). */
const wordPattern = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu

/** The words of one text, in order. */
export class WordIndex {
  /** Start offset of each word. */
  readonly starts: number[] = []
  /** End offset of each word. */
  readonly ends: number[] = []

  /** Index the words of `text`. */
  constructor(text: string) {
    for (const match of text.matchAll(wordPattern)) {
      this.starts.push(match.index)
      this.ends.push(match.index + match[0].length)
    }
  }

  /** The indices `[from, to)` of the words a span touches (a word cut by the span counts). */
  range(span: Span): [number, number] {
    const from = lowerBound(this.ends, span.start + 1)
    const to = lowerBound(this.starts, span.end)
    return [from, Math.max(from, to)]
  }

  /** The set of word indices several fragments touch. */
  words(spans: readonly Span[]): Set<number> {
    const set = new Set<number>()
    for (const span of spans) {
      const [from, to] = this.range(span)
      for (let i = from; i < to; i++) set.add(i)
    }
    return set
  }
}

/**
 * Shared words of two word sets over the words of the longer: 1 for the same words, 0.5 when
 * they share half the words of the longer, 0 when disjoint.
 */
export function wordOverlap(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const longer = Math.max(a.size, b.size)
  if (longer === 0) return 0
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let shared = 0
  for (const word of small) if (large.has(word)) shared++
  return shared / longer
}

/** The number of code units two spans share. */
export function charOverlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start))
}

/** First index whose value is at least `value` in a sorted array. */
function lowerBound(values: readonly number[], value: number): number {
  let lo = 0
  let hi = values.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (values[mid]! < value) lo = mid + 1
    else hi = mid
  }
  return lo
}
