import {hashText, mix, finish} from './hash.js'

/**
 * What the tagger and the parser know of each word of a sentence, as hashes computed once:
 * its lower-cased form (digits as `0`), its form as written, suffixes, prefixes, a word shape
 * and its ambiguity class (the tags it took in the treebanks). Arrays carry two padding slots
 * on each side, so that word `i` (0-based) is at `i + 2`.
 */
export interface WordBasis {
  /** Number of words. */
  length: number
  /** Lower-cased form, digits as `0`. */
  lower: Int32Array
  /** Form as written. */
  exact: Int32Array
  /** Last one, two, three and four characters of the lower-cased form. */
  suffix1: Int32Array
  suffix2: Int32Array
  suffix3: Int32Array
  suffix4: Int32Array
  /** First one and two characters. */
  prefix1: Int32Array
  prefix2: Int32Array
  /** Shape: `Xxxx`, `dd.d`, `XX-x` (runs capped at four). */
  shape: Int32Array
  /** Ambiguity class: a bit per tag the word took often enough in the treebanks, 0 if rare. */
  ambiguity: Int32Array
}

/** Padding values: before the sentence, after it. */
export const BEFORE = 0x5b5b5b5b
export const AFTER = 0x5d5d5d5d

const zero = 48
const nine = 57

// Characters beyond this are read for the hashes only, not for the shape; a 10,000-character
// word costs one pass.
const shapeLimit = 40

/** A tag-dictionary look-up: a word's lower-cased hash to its ambiguity class (0 if unknown). */
export type AmbiguityLookup = (lower: number) => number

/** Normalise a word as the models see it: lower case, digits as `0`, curly quotes straight. */
export function normalizeWord(word: string): string {
  let lower = word.toLowerCase()
  if (/[0-9\u2018\u2019\u201c\u201d]/.test(lower)) {
    lower = lower.replace(/[0-9]/g, '0').replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"')
  }
  return lower
}

/** Compute the basis of a sentence's words. */
export function wordBasis(words: readonly string[], ambiguityOf: AmbiguityLookup): WordBasis {
  const length = words.length
  const size = length + 4
  const basis: WordBasis = {
    length,
    lower: new Int32Array(size),
    exact: new Int32Array(size),
    suffix1: new Int32Array(size),
    suffix2: new Int32Array(size),
    suffix3: new Int32Array(size),
    suffix4: new Int32Array(size),
    prefix1: new Int32Array(size),
    prefix2: new Int32Array(size),
    shape: new Int32Array(size),
    ambiguity: new Int32Array(size)
  }
  for (const array of Object.values(basis)) {
    if (typeof array === 'number') continue
    array[0] = array[1] = BEFORE
    array[size - 1] = array[size - 2] = AFTER
  }
  for (let index = 0; index < length; index++) {
    const raw = words[index]
    const word = typeof raw === 'string' ? raw : String(raw)
    const lower = normalizeWord(word)
    const slot = index + 2
    const n = lower.length
    basis.lower[slot] = hashText(lower)
    basis.exact[slot] = hashText(word)
    basis.suffix1[slot] = hashText(lower, Math.max(0, n - 1), n)
    basis.suffix2[slot] = n >= 2 ? hashText(lower, n - 2, n) : BEFORE
    basis.suffix3[slot] = n >= 3 ? hashText(lower, n - 3, n) : BEFORE
    basis.suffix4[slot] = n >= 4 ? hashText(lower, n - 4, n) : BEFORE
    basis.prefix1[slot] = hashText(lower, 0, Math.min(1, n))
    basis.prefix2[slot] = n >= 2 ? hashText(lower, 0, 2) : BEFORE
    basis.shape[slot] = shapeOf(word)
    basis.ambiguity[slot] = ambiguityOf(basis.lower[slot]!)
  }
  return basis
}

function shapeOf(word: string): number {
  let hash = 0x2545f491
  let previous = -1
  let run = 0
  const end = Math.min(word.length, shapeLimit)
  for (let index = 0; index < end; index++) {
    const code = word.charCodeAt(index)
    let kind: number
    if (code >= 65 && code <= 90) kind = 88 // X
    else if (code >= 97 && code <= 122) kind = 120 // x
    else if (code >= zero && code <= nine) kind = 100 // d
    else if (code > 127) kind = word[index]!.toLowerCase() === word[index] ? (word[index]!.toUpperCase() === word[index] ? code : 120) : 88
    else kind = code
    if (kind === previous) {
      if (++run >= 4) continue
    } else {
      run = 0
      previous = kind
    }
    hash = mix(hash, kind)
  }
  return finish(mix(hash, word.length > shapeLimit ? 1 : 0))
}
