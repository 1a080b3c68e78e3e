import {months, possessiveDeterminers, timeNouns, weekdays} from '../../lexicon/function-words.js'
import {speechOccasions} from '../../lexicon/cues.js'
import {taggedCue} from './reported-clause.js'
import type {CueHit, Scope} from './claim-draft.js'
import {trimEnd} from './cue.js'

/**
 * Where a noun-phrase report ends before what tells when, where or how the speaker spoke: a
 * cue's object is a noun phrase, and a phrase after it that names the occasion, the time or the
 * circumstances goes with the cue.
 *
 * > | The senator criticized the budget during a debate on Tuesday.
 *                           ^^^^^^^^^^ content
 * > | She praised the volunteers in a statement, calling them …
 *                 ^^^^^^^^^^^^^^ content
 *
 * Only a report with no verb of its own is read so ("denied he had been there during the
 * war" reports a clause, and the war may be part of it); a phrase of time or place inside the
 * noun phrase stays when it names no occasion of speech ("a ban on imports", "his record in
 * the House"). Returns `to` when nothing ends the report sooner, or without tags.
 */
export function adjunctEnd(scope: Scope, hit: CueHit, from: number, to: number): number {
  const {tokens} = scope
  const tagged = taggedCue(scope, hit)
  if (!tagged) return to
  const tagOf = (k: number): string => tagged.tags[k - tagged.base] ?? ''
  // A naming cue's report holds what the object is called ("called the remarks on Saturday
  // “a wake-up call”"): only a phrase after that ends it.
  let named = hit.entry.frame !== 'naming'
  // A report that opens with a verb ("ruled out taking part in a debate") may hold a phrase of
  // occasion; only a phrase of circumstance ends it ("ruled out retiring while …").
  const gerund = tagOf(from) === 'VERB'
  for (let k = from + 1; k <= to; k++) {
    if (scope.markOf[k] !== 0 || tokens[k]!.lower === 'as') named = true
    if (scope.inQuote[k] !== -1 || scope.markOf[k] !== 0 || !named) continue
    const tag = tagOf(k)
    // A verb or "that" makes the report a clause, whose phrases of time may be part of what was
    // said ("denied suggestions that the paper on Sunday was for sale").
    if (tag === 'VERB' || tag === 'AUX' || tokens[k]!.lower === 'that') return to
    const word = tokens[k]!.lower
    if (!(adverbials.has(word) || (!gerund && settings.has(word) && namesOccasion(scope, tagOf, k + 1, to)))) continue
    const end = measureStart(scope, tagOf, from, k) - 1
    if (end < from) return to
    return trimEnd(scope, from, end)
  }
  return to
}

/**
 * Where the phrase of circumstance opening at `k` starts, with the words that measure or
 * qualify it ("two days after", "but only after", "back in 2002", "shortly before"), and the
 * comma before them.
 */
function measureStart(scope: Scope, tagOf: (k: number) => string, from: number, k: number): number {
  const {tokens} = scope
  let start = k
  const before = (i: number) => (i > from ? tokens[i - 1]!.lower : '')
  if (nounsOfTime.has(before(start).replace(/s$/, '')) && (tagOf(start - 2) === 'NUM' || /^(?:a|an|one|several|few|some)$/.test(before(start - 1)))) start -= 2
  while (qualifiers.has(before(start))) start--
  if (start > from && tokens[start - 1]!.text === ',') start--
  return start
}

// Words that qualify a phrase of circumstance: "but only after", "back in", "shortly before".
const qualifiers = new Set(['only', 'but', 'just', 'even', 'shortly', 'soon', 'back', 'long', 'right', 'again'])

// Words that open a phrase of circumstance, never part of the noun phrase before them. Not
// "when", which may describe a noun of time ("cited the 1980s as a time when …").
const adverbials = new Set(['during', 'despite', 'following', 'amid', 'amidst', 'after', 'while', 'because'])

// Prepositions of an occasion or a time: "in a statement", "at a rally", "on Twitter", "on Monday".
const settings = new Set(['in', 'at', 'on'])

const occasionWords = new Set(speechOccasions)
const timeWords = new Set([...weekdays, ...months])
const nounsOfTime = new Set(timeNouns)
const openers = new Set(['a', 'an', 'the', 'this', 'last', ...possessiveDeterminers])

// Whether the words from `k` name an occasion of speech or a time: "a statement", "his radio
// show", "Twitter", "Monday", "June 2015", "the weekend". The head of a phrase after an article
// is its last noun before a word that is no noun or adjective ("its software every month" names
// software, no time).
function namesOccasion(scope: Scope, tagOf: (k: number) => string, k: number, to: number): boolean {
  const {tokens} = scope
  if (k > to) return false
  const first = tokens[k]!.lower
  if (timeWords.has(first) || occasionWords.has(first) || /^(?:19|20)\d\d$/.test(first)) return true
  if (!openers.has(first)) return false
  let head = -1
  for (let i = k + 1; i <= to && i <= k + 5; i++) {
    if (!tokens[i]!.word || !modifierTags.has(tagOf(i))) break
    head = i
  }
  if (head < 0) return false
  const word = tokens[head]!.lower
  return occasionWords.has(word) || nounsOfTime.has(word) || timeWords.has(word)
}

const modifierTags = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM'])
