import {readSpeakerAfter} from '../../language/speaker-phrase.js'
import type {CueHit, CueResult, Scope} from './claim-draft.js'
import {beForms, clauseEnd, cueIndex, isOpening, trimEnd} from './cue.js'
import * as functionWords from '../../lexicon/function-words.js'
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
  if (passiveAsked(scope, hit, min)) return questionAfter(scope, hit)
  const when = hit.verb > min && tokens[hit.verb - 1]!.lower === 'when'
  const start = when ? hit.verb - 1 : hit.verb
  // "X, when asked …, said …" sets the question off between a subject and its cue, which reads
  // the sentence; "X shrugged when asked …" ends with it.
  if (start !== min && !isOpening(scope, min, start)) return when && tokens[start - 1]?.text !== ',' ? questionAfter(scope, hit) : null
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

/** Whether the cue "asked" at `hit` follows a form of "be": "was asked", "were asked". */
export function passiveAsked(scope: Scope, hit: CueHit, min: number): boolean {
  return hit.verb > min && scope.tokens[hit.verb]!.lower === 'asked' && beForms.has(scope.tokens[hit.verb - 1]!.lower)
}

/** The question of "when asked whether …" at `hit`, after the cue of another claim, or null. */
export function whenAsked(scope: Scope, hit: CueHit): CueResult | null {
  const {tokens} = scope
  if (hit.from !== hit.verb || tokens[hit.verb]!.lower !== 'asked' || tokens[hit.verb - 1]?.lower !== 'when') return null
  return questionAfter(scope, hit)
}

/**
 * A question put to the subject, in the passive or in a clause of "when" after the main clause:
 * the question runs to the end of its clause, and its asker is no speaker.
 *
 * > | The actress was asked if she had ever been turned away.
 *                     ^^^^^ ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
 *                     cue   content (speaker: null)
 * > | The senator laughed when asked by a reporter whether he would run.
 *                              ^^^^^                ^^^^^^^^^^^^^^^^^^^^^^
 *                              cue                  content (speaker: null)
 */
function questionAfter(scope: Scope, hit: CueHit): CueResult | null {
  const {tokens, to} = scope
  const start = hit.verb - 1
  let k = hit.verb + 1
  // "asked by reporters whether …": the asker is named, but a question put to the subject is
  // not the asker's claim about anything; the claim keeps no speaker.
  if (k < to && tokens[k]!.lower === 'by') {
    const phrase = readSpeakerAfter(tokens, k + 1, to + 1)
    if (!phrase) return null
    k = phrase.outer.to + 1
  }
  // A question word, or "about" and its topic; not "to" (a request), and not inside a quotation.
  const topic = k <= to && tokens[k]!.lower === 'about'
  if (topic) k++
  else if (k > to || !clauseWords.has(tokens[k]!.lower)) return null
  if (k > to || scope.inQuote[k] !== -1 || scope.markOf[k] !== 0) return null
  let end = clauseEnd(scope, k)
  for (let j = k + 1; j <= end; j++) {
    const t = tokens[j]!
    // "asked whether … he replied: “…”": the answer's cue, with no comma before it, and its
    // quotation.
    if (cueIndex.has(t.lower) && scope.inQuote[j] === -1 && opensQuotation(scope, j + 1)) return null
    // The question ends before a quotation, a colon or a second clause ("…, but …").
    // A topic is a noun phrase, which a comma ends ("when asked about the ruling, she …").
    if (scope.markOf[j] !== 0 || t.text === ':' || (t.text === ',' && (topic || closers.has(tokens[j + 1]?.lower ?? '')))) {
      end = trimEnd(scope, k, j - 1)
      break
    }
  }
  if (end - k < 1 || end - k > QUESTION) return null
  return {speaker: null, sameSpeakerAs: null, content: {from: k, to: end}, quotation: null, after: true, that: false, outer: {from: start, to: end}, cutAt: start}
}

// Whether a quotation opens at `k`, after a comma or a colon or at once.
function opensQuotation(scope: Scope, k: number): boolean {
  const at = k <= scope.to && (scope.tokens[k]!.text === ',' || scope.tokens[k]!.text === ':') ? k + 1 : k
  return at <= scope.to && scope.markOf[at]! > 0
}

// The words after a comma that open a clause of the narrator after the question.
const closers = new Set([...functionWords.coordinators, ...functionWords.subordinators])

/**
 * Whether "asked" ending at `next - 1` puts a question: a question word right after it, or after
 * "by" and a short phrase naming the asker ("was asked by reporters whether …").
 */
export function questionAfterAsked(scope: Scope, next: number): boolean {
  const {tokens, to} = scope
  if (tokens[next - 1]?.lower !== 'asked' || next > to) return false
  if (clauseWords.has(tokens[next]!.lower)) return true
  if (tokens[next]!.lower !== 'by') return false
  for (let k = next + 1; k <= to && k <= next + ASKER; k++) {
    if (clauseWords.has(tokens[k]!.lower)) return true
    if (!tokens[k]!.word && tokens[k]!.text !== '.') return false
  }
  return false
}

// The longest phrase naming the asker, in tokens.
const ASKER = 6

// The words that open a question clause after "asked".
const clauseWords = new Set(['whether', 'if', 'what', 'why', 'who', 'which', 'how', 'where'])

// The longest question, in tokens.
const QUESTION = 40
// The words that open a question put to someone, and "about" for its topic.
const questionWords = new Set([...clauseWords, 'whom', 'when', 'about'])
