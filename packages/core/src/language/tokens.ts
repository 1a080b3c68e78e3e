import {abbreviations} from '../lexicon/abbreviations.js'

/**
 * The tokenizer of the language layer: words and punctuation marks with their spans, cut one
 * block at a time.
 *
 * > | Ana Ruiz, the U.N.’s relief chief, said …
 *     ^^^ ^^^^^ ^^^ ^^^^^^ ^^^^^^ ^^^^^^ ^^^^
 */

/** A word or punctuation mark of the input. */
export interface Token {
  /** As written. */
  text: string
  /** Lower-cased, with curly apostrophes made straight. */
  lower: string
  /** Offset of the first code unit. */
  start: number
  /** Offset one past the last code unit. */
  end: number
  /** Whether it is a word (letters or digits) rather than punctuation. */
  word: boolean
}

const dottedAcronym = /^(?:\p{L}\.)+\p{L}$/u
// Honorifics and ranks keep their stop ("Mr.", "Sen.", "Gen."), so that the stop is no sentence end.
const abbreviationSet = new Set(abbreviations.filter((word) => /^[a-z]+$/.test(word) && word.length <= 5))

/**
 * Cut `text.slice(start, end)` into tokens with absolute offsets: words (letters and digits,
 * kept whole across inner hyphens, apostrophes and dots) and single punctuation marks. One
 * pass over the characters; a dotted acronym keeps its final stop ("U.S.").
 */
export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = []
  let i = start
  while (i < end) {
    const code = text.charCodeAt(i)
    if (isSpaceCode(code)) {
      i++
      continue
    }
    const from = i
    if (isWordCode(code)) {
      // Whether every code unit so far is already lower case ASCII (then `lower` is the text
      // itself, with no second string), and whether a curly apostrophe joined the word.
      let plain = (code >= 97 && code <= 122) || code <= 57
      let curly = false
      i++
      for (;;) {
        for (; i < end; i++) {
          const c = text.charCodeAt(i)
          if (c >= 97 && c <= 122) continue
          if (!isWordCode(c)) break
          if (c > 122 || (c >= 65 && c <= 90)) plain = false
        }
        const joiner = text.charCodeAt(i)
        // Inner hyphens, apostrophes, dots and ampersands ("al-Masri", "Kenya’s", "U.S", "2.8",
        // "AT&T") and digit groups ("400,000") keep a word whole.
        if (i + 1 < end && (joiner === 45 || joiner === 39 || joiner === 0x2019 || joiner === 46 || joiner === 38) && isWordCode(text.charCodeAt(i + 1))) {
          if (joiner === 0x2019) curly = true
          i++
          continue
        }
        if (joiner === 44 && i + 3 < end && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)) && isDigit(text.charCodeAt(i + 3)) && !isDigit(text.charCodeAt(i + 4))) {
          i += 4
          continue
        }
        break
      }
      let value = text.slice(from, i)
      let lower = plain ? value : value.toLowerCase()
      // A dotted acronym ("U.S.") and an abbreviation ("Mr.", "Sen.") keep their final stop.
      // So does a middle initial before a name: "Anna M. Reyes", "Paul T. Okafor".
      const initial = value.length === 1 && isUpperAscii(code) && text.charCodeAt(i + 1) === 32 && isUpperAscii(text.charCodeAt(i + 2))
      if (i < end && text.charCodeAt(i) === 46 && (initial || abbreviationSet.has(lower) || (value.includes('.') && dottedAcronym.test(value)))) {
        value += '.'
        lower += '.'
        i++
      }
      // "Radio 1", "Channel 4", "Formula 1": a name that ends in a number is one word, its
      // possessive included ("Radio 4's").
      if (isUpperAscii(code) && numberedNames.has(lower) && text.charCodeAt(i) === 32 && isDigit(text.charCodeAt(i + 1))) {
        let k = i + 2
        if (k < end && isDigit(text.charCodeAt(k))) k++
        if ((k === end || !isWordCode(text.charCodeAt(k))) && !(text.charCodeAt(k) === 44 && isDigit(text.charCodeAt(k + 1)))) {
          if ((text.charCodeAt(k) === 39 || text.charCodeAt(k) === 0x2019) && text.charCodeAt(k + 1) === 115 && !isWordCode(text.charCodeAt(k + 2))) {
            if (text.charCodeAt(k) === 0x2019) curly = true
            k += 2
          }
          value = text.slice(from, k)
          lower = value.toLowerCase()
          i = k
        }
      }
      if (curly) lower = lower.replace(/’/g, "'")
      tokens.push({text: value, lower, start: from, end: i, word: true})
      continue
    }
    // "''" (a double mark in some archives) and "--" (a dash) are one token each.
    const width = (code === 39 || code === 45) && text.charCodeAt(i + 1) === code && i + 1 < end ? 2 : 1
    i += width
    const value = text.slice(from, i)
    tokens.push({text: value, lower: value, start: from, end: i, word: false})
  }
  return tokens
}

const numberedNames = new Set(['radio', 'channel', 'formula'])

export function isUpperAscii(code: number): boolean {
  return code >= 65 && code <= 90
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

export function isSpaceCode(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x3000 || (code >= 0x2000 && code <= 0x200a) || code === 0xfeff
}

const letterOrDigit = /[\p{L}\p{N}\p{M}]/u

export function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  // Curly quotes, dashes and other general punctuation, without a regular expression.
  if (code >= 0x2000 && code <= 0x206f) return false
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7
  return letterOrDigit.test(String.fromCharCode(code))
}
