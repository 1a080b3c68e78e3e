import {describe, type CueHit, type CueResult, type Scope} from './claim-draft.js'
import {adverbBeforeReport, clauseEnd, isOpening, prepositions, trimEnd, wholeQuotation} from './cue.js'
import {months, timeNouns, timeWords, weekdays} from '../../lexicon/function-words.js'
import {taggedCue} from './reported-clause.js'
import {isDocumentNoun, readSpeakerAfter, readSpeakerBefore} from '../../language/speaker-phrase.js'
import type {Token} from '../../language/tokens.js'

/**
 * Whether a cue stands in a clause of "as" that opens the sentence, with the report after its
 * comma: "As the Post reported, the inquiry had widened." The frame makes any cue one of
 * saying, even one that reports only before "that" or a quotation elsewhere ("reported",
 * "wrote", "stated").
 *
 * > | As The Washington Post reported, he would need 55 percent of the delegates.
 *        ^^^^^^^^^^^^^^^^^^^ ^^^^^^^^  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
 *        speaker             cue       content
 *
 * "The debt was larger than the council reported" and "As expected, the council reported a
 * loss" have no such frame.
 */
export function reportedAs(scope: Scope, hit: CueHit, min: number, result: Pick<CueResult, 'after' | 'content' | 'outer' | 'quotation'>): boolean {
  const {tokens} = scope
  if (!result.after || result.quotation || result.outer.from - 1 < min) return false
  const as = result.outer.from - 1
  if (tokens[as]!.lower !== 'as' || !isOpening(scope, min, as)) return false
  // The report follows the clause's comma: "As X reported, …", "As X reported on Monday, …".
  const comma = result.content.from - 1
  return comma > hit.to && tokens[comma]!.text === ','
}

/**
 * Attribute through a clause of "as" that opens the sentence: the report is the main clause
 * after the clause's comma, and the speaker the clause's subject or, in the passive, its agent
 * after "by" or the document after "in".
 *
 * > | As Ana Ruiz told the Gazette, the ferry will close in May.
 *        ^^^^^^^^ ^^^^             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^
 *        speaker  cue              content
 * > | As reported by the Gazette, the ferry will close in May.
 *        ^^^^^^^^    ^^^^^^^^^^^
 *        cue         speaker
 *
 * Null when "as" opens no sentence, when words other than the speaker stand between "as" and
 * the cue ("As long as the council says no, …"), or when no comma closes the clause soon after
 * the cue.
 */
export function asClause(scope: Scope, hit: CueHit, min: number): CueResult | null {
  const {tokens} = scope
  // "As", or "(As", opening the sentence, with adverbs before a passive cue ("As first reported by").
  let as = hit.from - 1
  while (as >= min && as > hit.from - AS_SUBJECT && tokens[as]!.lower !== 'as') as--
  if (as < min || tokens[as]!.lower !== 'as') return null
  // "As" opens the sentence itself: '"…," she said, as recalled by …' is no such clause.
  const opening = isOpening(scope, scope.from, as) || (as - 1 >= scope.from && tokens[as - 1]!.text === '(' && isOpening(scope, scope.from, as - 1))
  if (!opening || as < min) return null
  const comma = clauseComma(scope, hit.to + 1)
  if (comma < 0 || comma + 1 > scope.to) return null
  // The clause lacks what the cue reports, which the main clause gives: "As the Gazette
  // reported on Monday, …"; "As the mayor announced the budget, …" and "As Soviet states, …"
  // frame no report.
  const tagged = taggedCue(scope, hit)
  if (!tagged || tagged.tags[hit.verb - tagged.base] !== 'VERB') return null
  for (let k = hit.to + 1; k < comma; k++) if (tagged.tags[k - tagged.base] === 'VERB') return null
  const next = tokens[hit.to + 1]!
  const time = timeOpeners.has(next.lower) || timeDeterminers.has(next.lower) && timeOpeners.has(tokens[hit.to + 2]?.lower ?? '')
  if (hit.to + 1 < comma && hit.entry.frame !== 'tell' && !prepositions.has(next.lower) && !time && !adverbBeforeReport(next) && next.lower !== 'just' && next.lower !== 'it') return null
  let speaker: CueResult['speaker']
  if (onlyAdverbs(tokens, as + 1, hit.from)) {
    // The passive: "As reported by X", "As stated in X's report".
    const preposition = tokens[hit.to + 1]?.lower
    if (hit.from !== hit.verb || !/ed$|en$/.test(tokens[hit.verb]!.lower) || (preposition !== 'by' && preposition !== 'in')) return null
    const phrase = readSpeakerAfter(tokens, hit.to + 2, comma)
    if (!phrase || phrase.outer.to !== comma - 1) return null
    const description = describe(scope, phrase)
    if (!description || description.pronoun || (preposition === 'in' && !isDocumentNoun(tokens[phrase.to]!.lower))) return null
    speaker = {phrase, description}
  } else {
    // "As the Gazette first reported": the adverbs before the cue are not the speaker's.
    let end = hit.from
    while (end - 1 > as + 1 && adverbBeforeReport(tokens[end - 1]!)) end--
    const phrase = readSpeakerBefore(tokens, end, as + 1)
    if (!phrase || phrase.outer.from !== as + 1) return null
    const description = describe(scope, phrase)
    // The phrase ends in a noun: "As Soviet states, …" holds none.
    if (!description || !nounTags.has(tagged.tags[phrase.to - tagged.base] ?? '')) return null
    speaker = {phrase, description}
  }
  // The report: a quotation that makes the main clause, or the clause itself.
  const from = comma + 1
  if (scope.markOf[from]! > 0) {
    const quotation = scope.quotations[scope.markOf[from]! - 1]!
    let close = from + 1
    while (close <= scope.to && scope.markOf[close] !== -scope.markOf[from]!) close++
    if (close <= scope.to && trimEnd(scope, close, scope.to) === close) {
      return {speaker, sameSpeakerAs: null, content: {from, to: close}, quotation, after: true, that: false, outer: {from: as + 1, to: close}, cutAt: as}
    }
  }
  const to = clauseEnd(scope, from)
  if (to < from) return null
  return {speaker, sameSpeakerAs: null, content: {from, to}, quotation: wholeQuotation(scope, from, to), after: true, that: false, outer: {from: as + 1, to}, cutAt: as}
}

const nounTags = new Set(['NOUN', 'PROPN', 'PRON', 'NUM'])
// The words that open a time after the cue ("reported last week", "wrote Monday").
const timeOpeners = new Set([...weekdays, ...months, ...timeWords, ...timeNouns, 'earlier', 'later', 'recently'])
// What opens a time before its noun: "last week", "this month" ("this government" is an object).
const timeDeterminers = new Set(['last', 'this', 'next'])
// How far before the cue "as" may stand: the subject and its verb group.
const AS_SUBJECT = 16
// How far after the cue the comma that closes the clause may stand: an addressee, a time,
// a place ("told the New York Daily News on Monday,").
const AS_REACH = 12

/** The comma that closes a clause of "as" within reach after `from`, outside quotation marks, or -1. */
function clauseComma(scope: Scope, from: number): number {
  const {tokens} = scope
  for (let k = from; k <= scope.to && k < from + AS_REACH; k++) {
    const t = tokens[k]!
    if (scope.inQuote[k] !== -1 || scope.markOf[k] !== 0) return -1
    if (t.text === ',') return k
    if (!t.word && t.text !== '.' && t.text !== "'s" && t.text !== '’s' && t.text !== '-') return -1
    if (t.text === '.' && k === scope.to) return -1
  }
  return -1
}

/** Whether the tokens from `from` to before `to` are adverbs only ("first", "widely", none). */
function onlyAdverbs(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!adverbBeforeReport(tokens[k]!)) return false
  return true
}

