import type {CueHit, CueResult, Scope} from './claim-draft.js'
import {isOpening} from './cue.js'
import {taggedCue} from './reported-clause.js'

/**
 * A question put to the subject of the sentence by someone the text does not name, in a
 * participle clause that opens the sentence: the question is reported, its asker is unknown.
 *
 * > | Asked whether he would run again, the senator said he had not decided.
 *     ^^^^^ ^^^^^^^^^^^^^^^^^^^^^^^^^^^
 *     cue   content (speaker: null)
 *
 * "When asked if …," too; "Asked about the merger, …" reports the topic ("the merger"). The
 * clause ends at the comma before the main clause; who answers is the main clause's own claim.
 * Only a question word or "about" after "asked" (an adverb or a time between): "Asked to
 * leave, she …" is a request, and "asked" with a subject before it is read by the other
 * patterns.
 */
export function askedQuestion(scope: Scope, hit: CueHit, min: number): CueResult | null {
  const {tokens, to} = scope
  if (hit.from !== hit.verb || hit.to !== hit.verb || tokens[hit.verb]!.lower !== 'asked') return null
  const when = hit.verb > min && tokens[hit.verb - 1]!.lower === 'when'
  const start = when ? hit.verb - 1 : hit.verb
  if (start !== min && !isOpening(scope, min, start)) return null
  const tagged = taggedCue(scope, hit)
  if (!tagged) return null
  let k = hit.verb + 1
  // "Asked later whether", "Asked last month about": up to three words that are no verb.
  for (let skipped = 0; skipped < 3 && k < to && !questionWords.has(tokens[k]!.lower); skipped++, k++) {
    if (!tokens[k]!.word || /^(?:VERB|AUX|PART|ADP)$/.test(tagged.tags[k - tagged.base] ?? 'VERB')) return null
  }
  if (!questionWords.has(tokens[k]!.lower) || scope.inQuote[k] !== -1) return null
  const from = tokens[k]!.lower === 'about' ? k + 1 : k
  // The comma that closes the clause, outside a quotation or just inside its closing mark
  // ('Asked if she is "ready to serve," 72 percent said …').
  let end = -1
  for (let j = from; j < to && j <= from + QUESTION; j++) {
    if (tokens[j]!.text !== ',') continue
    if (scope.inQuote[j] === -1) end = j - 1
    else if (scope.markOf[j + 1]! < 0) end = j + 1
    if (end >= 0) break
  }
  // A main clause follows: the one asked answers there, in a claim of its own that starts
  // after the comma (so the question is not marked as running on).
  if (end < from || end + 2 > to || !tokens[end + 2]!.word) return null
  return {speaker: null, sameSpeakerAs: null, content: {from, to: end}, quotation: null, after: false, that: false, outer: {from: start, to: end}, cutAt: start}
}

// The longest question, in tokens.
const QUESTION = 40
// The words that open a question put to someone, and "about" for its topic.
const questionWords = new Set(['whether', 'if', 'what', 'why', 'who', 'whom', 'which', 'how', 'when', 'where', 'about'])
