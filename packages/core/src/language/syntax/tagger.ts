import {f1, f2, f3} from './hash.js'
import type {WordBasis} from './words.js'

/**
 * An averaged-perceptron part-of-speech tagger, greedy left to right: each word is tagged from
 * a window of two words on each side (forms, suffixes, shapes, and the ambiguity classes of
 * the words ahead) and the two tags before it.
 */

/** Tags before the first word: two padding classes past the real ones. */
export const TAG_START = 1000
export const TAG_START2 = 1001

/** Most features one word can have. */
export const TAGGER_FEATURES = 40

/**
 * Write the features of word `index` (0-based) into `out`, and return their number.
 *
 * @param previous The tag of the word before (or `TAG_START`).
 * @param previous2 The tag two words before (or `TAG_START2`).
 */
export function taggerFeatures(basis: WordBasis, index: number, previous: number, previous2: number, out: Int32Array): number {
  const i = index + 2
  const {lower, exact, suffix1, suffix2, suffix3, suffix4, prefix1, prefix2, shape, ambiguity} = basis
  const w = lower[i]!
  const a1 = ambiguity[i + 1]!
  let n = 0
  out[n++] = f1(1, 0)
  out[n++] = f1(2, w)
  out[n++] = f1(3, lower[i - 1]!)
  out[n++] = f1(4, lower[i + 1]!)
  out[n++] = f1(5, lower[i - 2]!)
  out[n++] = f1(6, lower[i + 2]!)
  out[n++] = f1(7, exact[i]!)
  out[n++] = f1(8, suffix1[i]!)
  out[n++] = f1(9, suffix2[i]!)
  out[n++] = f1(10, suffix3[i]!)
  out[n++] = f1(11, suffix4[i]!)
  out[n++] = f1(12, prefix1[i]!)
  out[n++] = f1(13, prefix2[i]!)
  out[n++] = f1(14, shape[i]!)
  out[n++] = f2(15, shape[i - 1]!, shape[i]!)
  out[n++] = f2(16, shape[i]!, shape[i + 1]!)
  out[n++] = f1(17, previous)
  out[n++] = f2(18, previous2, previous)
  out[n++] = f2(19, previous, w)
  out[n++] = f2(20, lower[i - 1]!, w)
  out[n++] = f2(21, w, lower[i + 1]!)
  out[n++] = f1(22, suffix3[i - 1]!)
  out[n++] = f1(23, suffix3[i + 1]!)
  out[n++] = f1(24, ambiguity[i]!)
  out[n++] = f1(25, a1)
  out[n++] = f2(26, a1, ambiguity[i + 2]!)
  out[n++] = f2(27, previous, a1)
  out[n++] = f3(28, previous, ambiguity[i]!, a1)
  out[n++] = f2(29, previous, suffix3[i]!)
  out[n++] = f2(30, index === 0 ? 1 : 0, shape[i]!)
  out[n++] = f2(31, w, a1)
  out[n++] = f2(32, lower[i - 1]!, suffix3[i]!)
  out[n++] = f2(33, suffix2[i]!, a1)
  return n
}

/** What scores a tagger's classes: the shipped weights, or the weights a training run holds. */
export interface TagScorer {
  /** How many classes it scores. */
  readonly classes: number
  /** Add each class's score for `features[0..count)` to `scores`. */
  score(features: Int32Array, count: number, scores: Float64Array): void
}

/** Tag `basis`'s words greedily, left to right, with `table`; returns the tag numbers. */
export function tagWords(basis: WordBasis, table: TagScorer): Uint8Array {
  const tags = new Uint8Array(basis.length)
  const features = new Int32Array(TAGGER_FEATURES)
  const scores = new Float64Array(table.classes)
  let previous = TAG_START
  let previous2 = TAG_START2
  for (let index = 0; index < basis.length; index++) {
    const count = taggerFeatures(basis, index, previous, previous2, features)
    scores.fill(0)
    table.score(features, count, scores)
    let best = 0
    for (let c = 1; c < scores.length; c++) if (scores[c]! > scores[best]!) best = c
    tags[index] = best
    previous2 = previous
    previous = best
  }
  return tags
}
