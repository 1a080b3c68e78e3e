import {cardinals} from '../lexicon/function-words.js'
import type {PhraseMatch, SpeakerDescription} from './speaker-phrase.js'
import type {Token} from './tokens.js'

/**
 * A share of people as the subject of a report, as polls report answers: the respondents who
 * gave it speak.
 *
 * > | Nearly half said they prefer someone with experience.
 *     ^^^^^^^^^^^
 * > | About 4 in 10 say they want a more liberal president.
 *     ^^^^^^^^^^^^^
 * > | …, with 30 percent of voters saying they have a positive view of him.
 *             ^^^^^^^^^^^^^^^^^^^^
 *
 * The phrase is a share ("half", "a third", "two-thirds", "a majority", "most"), a ratio ("4 in
 * 10"), a percentage ("30 percent", "33%") or all who were asked ("those polled"), with its hedges ("nearly", "more than", "about")
 * before it and what it is a share of ("of voters", "of them") after it.
 */

/**
 * The share phrase that ends right before token `end` (exclusive) and starts no earlier than
 * `min`, or null. The caller checks what stands before it.
 */
export function readQuantityBefore(tokens: readonly Token[], end: number, min: number): PhraseMatch | null {
  const to = end - 1
  if (to < min) return null
  let k = to
  // "of voters", "of them", "of Republican primary voters": what the share is of, a few words.
  for (let back = to; back > min && back >= to - OF_REACH; back--) {
    const t = tokens[back]!
    if (!t.word) break
    if (t.lower === 'of' && back < to) {
      k = back - 1
      break
    }
  }
  const core = shareEnd(tokens, k, min)
  if (core < 0) return null
  let from = core
  // Hedges: "nearly", "about", "more than", "at least", "just over".
  while (from - 1 >= min && hedges.has(tokens[from - 1]!.lower)) from--
  return {from, to, apposition: null, outer: {from, to}}
}

/** A share phrase as a speaker: a group named by the phrase as written. */
export function quantitySpeaker(text: string, tokens: readonly Token[], phrase: PhraseMatch): SpeakerDescription {
  const span = {start: tokens[phrase.from]!.start, end: tokens[phrase.to]!.end}
  const name = text.slice(span.start, span.end)
  return {name, nameSpan: span, kind: 'group', titles: [], affiliation: null, pronoun: false, titleOnly: false, role: null, phrase: name, phraseSpan: span}
}

// The first token of a share that ends at token `k`, or -1.
function shareEnd(tokens: readonly Token[], k: number, min: number): number {
  if (k < min) return -1
  const t = tokens[k]!
  // "30 percent", "33%"
  if ((t.lower === 'percent' || t.text === '%') && k - 1 >= min && isNumber(tokens[k - 1]!)) return k - 1
  if (t.lower === 'cent' && k - 2 >= min && tokens[k - 1]!.lower === 'per' && isNumber(tokens[k - 2]!)) return k - 2
  // "4 in 10", "three in 10"
  if (isNumber(t) && k - 2 >= min && tokens[k - 1]!.lower === 'in' && isNumber(tokens[k - 2]!)) return k - 2
  // "those polled", "those surveyed": the people asked, as a whole.
  if (respondents.has(t.lower) && k - 1 >= min && tokens[k - 1]!.lower === 'those') return k - 1
  // "half", "a third", "two-thirds", "the majority", "most"
  if (shares.has(t.lower)) {
    const article = k - 1 >= min && (tokens[k - 1]!.lower === 'a' || tokens[k - 1]!.lower === 'the')
    // "the most elaborate": a superlative, not a share.
    if (t.lower === 'most' && article) return -1
    if (singularShares.has(t.lower) && !article && t.lower !== 'half') return -1
    return article ? k - 1 : k
  }
  return -1
}

function isNumber(token: Token): boolean {
  return /^\d+(?:\.\d+)?$/.test(token.text) || numberWords.has(token.lower)
}

// The participles that make "those" the people a poll asked: "those polled".
const respondents = new Set(['polled', 'surveyed', 'questioned', 'interviewed', 'sampled', 'asked'])

// How many words "of …" may take after a share.
const OF_REACH = 6

const numberWords = new Set([...cardinals, 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'])
const shares = new Set(['half', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'majority', 'majorities', 'plurality', 'most', 'two-thirds', 'three-quarters', 'three-fourths', 'one-third', 'one-quarter', 'one-fifth', 'two-fifths', 'three-fifths', 'four-fifths'])
// Shares that take "a" or "the": "a third", "the majority"; not "third" alone.
const singularShares = new Set(['third', 'quarter', 'fifth', 'majority', 'plurality'])
const hedges = new Set(['about', 'nearly', 'almost', 'roughly', 'around', 'approximately', 'some', 'only', 'just', 'over', 'under', 'more', 'fewer', 'less', 'than', 'at', 'least', 'barely', 'well', 'fully', 'still', 'another'])
