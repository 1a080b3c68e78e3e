import {quotedSubject, reportedClause, taggedCue} from './reported-clause.js'
import {dependent, dependents, parsedSentenceAt} from '../../language/tree.js'
import {LONGEST_PARSED} from '../../language/analysis.js'
import {coordinatedEnd} from './coordinated-end.js'
import {cues, type CueEntry} from '../../lexicon/cues.js'
import {compileCues, shapeOf} from '../../language/cue-index.js'
import * as functionWords from '../../lexicon/function-words.js'
import {except, subsetOf} from '../../language/word-sets.js'
import type {SpeakerNote} from '../../stage.js'
import type {ClaimKind} from '../../schema/claim.js'
import type {Speaker} from '../../schema/speaker.js'
import type {Span} from '../../schema/span.js'
import type {Quotation} from '../../language/quotations.js'
import {isDocumentNoun, isHonorific, isNameLike, type PhraseMatch, readSpeakerAfter, readSpeakerBefore, type SpeakerDescription} from '../../language/speaker-phrase.js'
import type {Token} from '../../language/tokens.js'
import {countBefore} from '../../language/search.js'
import {addSpeaker, claimDraft, type CueHit, type CueResult, describe, type Draft, type Scope} from './claim-draft.js'
import {colonClaim} from './colon.js'
import {accordingTo} from './according-to.js'
import {askedQuestion, passiveAsked, questionAfterAsked, whenAsked} from './asked-question.js'
import {participle} from './participle.js'
import {afterRelative, relativeToLast, speakerBefore} from './speaker-before.js'
import {speakerAfter} from './speaker-after.js'
import {coordinatedVerb} from './coordinated-verb.js'
import {adjunctEnd} from './adjunct-end.js'
import {complementEnd} from './complement-end.js'
import {summaryEnd} from './summary-end.js'
import {personRelativeEnd} from './person-relative-end.js'
import {subordinateEnd} from './subordinate-end.js'
import {promisesAct} from './commissive.js'
import {asClause, reportedAs} from './as-reported.js'
import {nounCues} from './noun-cue.js'
import {withholds} from './withholding.js'
import {infinitiveOnly, inRelativeClause} from './relative-cue.js'

/**
 * The cue patterns of attribution: a reporting verb or noun (`said`, `according to`, `claim`)
 * with its speaker before or after it and its content, and the sentence-level order in which
 * the patterns are tried (`attributeSentence`).
 *
 * > | Novak also alleged that the council was blocking aid …
 *     ^^^^^      ^^^^^^^      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^
 *     speaker    cue          content
 */

// The cue lexicon, compiled once per lexicon array by the language layer.
const compiledCues = compileCues(cues)
export const cueIndex = compiledCues.forms
export const cueShapes = compiledCues.shapes
export const cueWords = compiledCues.firstWords
export const frames = compiledCues.frames

export function cueFrame(lemma: string): CueEntry['frame'] | null {
  return frames.get(lemma) ?? null
}

// Verbs of plain saying: after "and" they take the subject of the sentence, not of the report.
export const plainSpeech = new Set(['say', 'tell', 'add'])
// The forms of "be" and "have" that open a verb group before a cue ("is saying", "has said").
export const beForms = new Set(subsetOf(functionWords.beForms, ['is', 'are', 'was', 'were', 'been', "'s"]))
export const auxiliaries = new Set([...except(functionWords.haveForms, ['having']), "hasn't", "haven't"])
// A cue in the future still names who will say what: "the envoy will ask the council to …".
export const futureAuxiliaries = new Set(['will'])
// Adverbs that stand inside a verb group: "has also said", "have repeatedly denied".
// Quantifiers floated off a subject into its verb group: "they have both warned".
const floatingQuantifiers = new Set(['both', 'all', 'each'])
const groupAdverbs = new Set([...floatingQuantifiers, 'also', 'already', 'again', 'repeatedly', 'previously', 'recently', 'since', 'now', 'once', 'twice', 'openly', 'publicly', 'privately', 'firmly', 'strongly', 'flatly', 'consistently', 'formally', 'officially', 'explicitly', 'reportedly', 'long', 'often', 'frequently', 'later', 'earlier'])
export const passiveMarkers = new Set([...except(functionWords.beForms, ['am', "'s", "'re", "'m"]), 'so-called', 'widely'])
export const passiveAdverbs = new Set(['reportedly', 'also', 'often', 'previously'])
export const adverbs = new Set([
  'also', 'likewise', 'further', 'later', 'earlier', 'again', 'then', 'now', 'once', 'repeatedly', 'previously',
  'recently', 'separately', 'publicly', 'privately', 'officially', 'reportedly', 'allegedly', 'however', 'still',
  'already', 'even', 'often', 'frequently', 'similarly', 'subsequently', 'finally', 'initially', 'first', 'last',
  'openly', 'flatly', 'firmly', 'strongly', 'directly', 'explicitly', 'persistently', 'consistently', 'specifically',
  'simply', 'quickly', 'immediately', 'angrily', 'bluntly', 'clearly', 'insistently', 'notably', 'meanwhile'
])
// Words in "-ly" that are no adverbs: nouns that head a speaker phrase ("his closest ally").
const lyNotAdverbs = new Set(['only', 'ally', 'family', 'assembly', 'daily', 'weekly', 'monthly', 'elderly', 'rally', 'supply', 'reply', 'early', 'holy'])
export const emphatic = new Set(['itself', 'himself', 'herself', 'themselves'])
export const weekdays = new Set(functionWords.weekdays)
export const months = new Set([...functionWords.months, ...functionWords.monthAbbreviations])
// The words that end a phrase of time ("last week", "on Tuesday", "two days ago"); not "decade",
// which this rule was tuned without.
export const timeHeads = new Set([
  ...weekdays, ...months, ...functionWords.timeWords, ...except(functionWords.timeNouns, ['decade']),
  'weeks', 'months', 'years', 'days', 'hours', 'ago', 'earlier', 'later', 'recently'
])
export const timeWords = new Set([...timeHeads, 'on', 'last', 'this', 'next', 'early', 'late', 'in', 'a', 'few', 'several', 'couple', 'of', 'the', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'past', 'same', 'previous'])
/**
 * Whether the preposition at `i` sizes an amount rather than opening a phrase: "said about half
 * of the losses were …", "said over 200 people had …", "said under a third …".
 */
function countsAmount(tokens: readonly Token[], i: number): boolean {
  if (!approximators.has(tokens[i]!.lower)) return false
  const next = tokens[i + 1]
  if (!next) return false
  if (/^\d/.test(next.text) || amounts.has(next.lower)) return true
  // "about a third", "over a dozen"
  return next.lower === 'a' && amounts.has(tokens[i + 2]?.lower ?? '')
}

const approximators = new Set(['about', 'around', 'over', 'under', 'above', 'below'])
const amounts = new Set(['half', 'third', 'quarter', 'fifth', 'dozen', 'hundred', 'thousand', 'million', 'billion', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'one'])

// The words that open a phrase fronted before a speaker or a cue ("In a statement, …", "While
// in Paris, …"): the prepositions, "ahead" of "ahead of", and "while" and "when". "around" and
// "throughout" were never among them, and adding them is untested.
export const prepositions = new Set([...except(functionWords.prepositions, ['around', 'throughout']), 'ahead', 'while', 'when'])
// What opens a clause set off between a subject and its cue: "X, when asked about it, said".
export const parentheticalOpeners = new Set(subsetOf(functionWords.subordinators, ['when', 'while', 'if', 'after', 'before', 'although', 'though', 'once']))
// Not "until", which this rule was tuned without.
export const subordinators = new Set(except(functionWords.subordinators, ['until']))
// The words that link a sentence to the one before, which a cue may follow ("But, he said, …").
export const connectives = new Set([...functionWords.connectives, ...except(functionWords.coordinators, ['or', 'nor']), 'so', 'now'])
// "by saying", "after saying", "aside from saying": a participle whose subject opens the sentence.
export const participleOpeners = new Set([...subsetOf(functionWords.prepositions, ['by', 'from', 'for', 'after', 'before', 'without', 'in']), 'while', 'when', 'also'])
export const whWords = new Set(['how', 'what', 'why', 'whether', 'when', 'where', 'who'])
// What a quotation that makes its own sentence can follow.
export const sentenceEnds = '.!?:"”’\''
export const dashTokens = new Set(['–', '—', '―', '--', '-'])
// The comma and the dashes after which a report may end and the writer go on.
export const reportSeparators = new Set([',', '—', '–', '--', '-'])
export const contrastive = new Set([...subsetOf(functionWords.coordinators, ['but', 'yet']), ...subsetOf(functionWords.subordinators, ['while', 'although', 'though', 'whereas'])])
// Not "nor", which this rule was tuned without.
export const coordinators = new Set(except(functionWords.coordinators, ['nor']))
// Adverbs in no "-ly" that open a sentence alone: "Already, he said, …".
export const loneAdverbs = new Set(['already', 'instead', 'now', 'still', 'yet', 'again', 'then', 'today', 'yesterday', 'anyway', 'otherwise', 'rather', 'besides', 'overall', 'worse', 'better', 'first', 'secondly', 'thirdly', 'lastly', 'ultimately', 'crucially'])

// Pronouns that stand as a report's subject before a parenthetical cue: "Nobody, he said, could …".
export const reportSubjects = new Set(['nobody', 'no-one', 'everyone', 'everybody', 'somebody', 'someone', 'something', 'nothing', 'everything', 'anyone', 'anything', 'it', 'this', 'they', 'we', 'he', 'she', 'i', 'you', 'there', 'none', 'all', 'both', 'most', 'many', 'some', 'few'])
export const openingDeterminers = new Set([...functionWords.articles, ...functionWords.demonstratives, ...functionWords.possessiveDeterminers])

/**
 * Whether the words before a parenthetical cue ("Already, he said, …", "For instance, said
 * Ms Ruiz, …") are an adverbial of a word or two rather than the report's subject ("Iraq,
 * they insisted, would …", "Nobody, he said, could …", "The vote, said the minister, …"): one
 * word must be an adverb; two must not both be capitalised, as a name is.
 */
export function isAdverbialOpener(tokens: readonly Token[], from: number, to: number): boolean {
  if (to < from || to - from > 1) return false
  const first = tokens[from]!
  if (openingDeterminers.has(first.lower) || reportSubjects.has(first.lower)) return false
  for (let k = from; k <= to; k++) if (!tokens[k]!.word || finiteVerbs.has(tokens[k]!.lower)) return false
  if (to === from) return /ly$/.test(first.lower) || adverbs.has(first.lower) || connectives.has(first.lower) || loneAdverbs.has(first.lower)
  return !(isNameLike(first) && isNameLike(tokens[to]!))
}

export const addressees = new Set(['reporters', 'journalists', 'lawmakers', 'senators', 'congress', 'parliament', 'supporters', 'him', 'her', 'them', 'us', 'me', 'viewers', 'listeners', 'students', 'delegates', 'crowds', 'the', 'a', 'an', 'his', 'their'])
export const closingMarks = new Set(['"', '”', "'", '’', '»', '›', "''"])

export function sentencesOf(text: string, spans: readonly Span[], quotations: readonly Quotation[]): Span[] {
  const merged: Span[] = []
  // Quotations are in text order and do not overlap: one pointer walks them with the sentences.
  let q = 0
  for (const s of spans) {
    const previous = merged[merged.length - 1]
    while (q < quotations.length && (quotations[q]!.close ? quotations[q]!.close!.start : quotations[q]!.content.end) < s.start) q++
    const quotation = quotations[q]
    const cutsQuote = quotation !== undefined && quotation.content.start < s.start
    if (previous && (cutsQuote || tagsQuestion(text, previous, s, quotations[q - 1]))) previous.end = s.end
    else merged.push({...s})
  }
  return merged
}

/**
 * Whether `s` is the attribution of a quotation that ends the sentence before it with its own
 * stop: '"Is it true?" Okafor asked.' and '"We will win." Reyes said.' are one sentence each.
 */
export function tagsQuestion(text: string, previous: Span, s: Span, quotation: Quotation | undefined): boolean {
  if (!quotation?.close || quotation.close.end > s.start || quotation.close.end < previous.end - 1) return false
  const last = text.charAt(quotation.content.end - 1)
  if (last !== '?' && last !== '!' && last !== '.') return false
  if (text.slice(quotation.close.end, s.start).trim() !== '' || s.end - s.start > 90) return false
  const tag = text.slice(s.start, s.end)
  // After a full stop, only a bare tag ("Reyes said."), not a sentence with a report of its own.
  if (last === '.' && (/["“”]/.test(tag) || tag.split(/\s+/).length > 6)) return false
  return cueWords.test(tag)
}

export function firstTokenAt(tokens: readonly Token[], offset: number): number {
  return countBefore(tokens, offset, (token) => token.start)
}

export function lastTokenBefore(tokens: readonly Token[], offset: number): number {
  return firstTokenAt(tokens, offset) - 1
}

// Whether a span holds at least `least` words, looking no further than needed.
export function hasWords(text: string, span: Span, least: number): boolean {
  let words = 0
  let inWord = false
  for (let i = span.start; i < span.end; i++) {
    const code = text.charCodeAt(i)
    const letter = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code >= 0xc0
    if (letter && !inWord && ++words >= least) return true
    inWord = letter || (inWord && code !== 32 && code !== 10)
  }
  return false
}

// A quotation that makes a sentence of its own: it opens the paragraph or follows the end of a
// sentence, and the paragraph ends or a new sentence starts after it.
export function standsAlone(text: string, block: Span, quotation: Quotation): boolean {
  const before = text.slice(Math.max(block.start, quotation.open.start - 120), quotation.open.start).trimEnd()
  const atStart = before === ''
  const openOk = atStart || /[.!?:"”’']$/.test(before) || /,$/.test(before) && /(?:said|says|added|adds|told|noted|continued)\s*[^,]{0,60},$/i.test(before)
  if (!openOk) return false
  if (!quotation.close) return true
  const after = text.slice(quotation.close.end, block.end)
  return /^[.!?]?\s*(?:$|["“‘'(A-Z])/.test(after) || /^[.!?]?\s*\[/.test(after)
}

// ---------------------------------------------------------------------------------------------
// Patterns within a sentence.

// Whether a word opens with a capital letter: ASCII by its code, anything else by the pattern.
export function startsUpper(word: string): boolean {
  const code = word.charCodeAt(0)
  if (code < 128) return code >= 65 && code <= 90
  return /^\p{Lu}/u.test(word)
}

export function findCues(scope: Scope): CueHit[] {
  const {tokens, inQuote, markOf, from, to} = scope
  const hits: CueHit[] = []
  for (let i = from; i <= to; i++) {
    const t = tokens[i]!
    if (!t.word || inQuote[i] !== -1 || markOf[i] !== 0) continue
    const first = t.lower.charCodeAt(0)
    if (first < 128 && cueShapes[shapeOf(t.lower)] === 0) continue
    const candidates = cueIndex.get(t.lower)
    if (!candidates) continue
    if (i > from && startsUpper(t.text) && !scope.titleCase && !closingMarks.has(tokens[i - 1]!.text)) continue
    for (const candidate of candidates) {
      const n = candidate.words.length
      if (i + n - 1 > to) continue
      let ok = true
      for (let k = 1; ok && k < n; k++) if (tokens[i + k]!.lower !== candidate.words[k]) ok = false
      if (!ok) continue
      // "called on Thursday for …" is "called", not "called on".
      const next = tokens[i + n]
      // "the report cited by the minister": a participle with its agent reports nothing.
      // Not in a clause of "as" ("As reported by the Gazette, …"), which reports.
      if (next && next.lower === 'by' && /ed$/.test(candidate.words[n - 1]!) && candidate.entry.frame !== 'according' && !afterAs(tokens, i, from) && !questionAfterAsked(scope, i + n)) break
      // "people accused of murder": one accuses someone of something; "accused of" is passive.
      if (next && next.lower === 'of' && passiveBeforeOf.has(candidate.entry.lemma) && /ed$/.test(candidate.words[n - 1]!)) break
      const lastWord = candidate.words[n - 1]!
      if (n > 1 && (lastWord === 'on' || lastWord === 'upon') && next && isCalendarWord(next)) continue
      const previous = i > from ? tokens[i - 1]! : null
      const progressive = candidate.words[0]!.endsWith('ing')
      // "was said", "is widely reported"; but "The document reportedly said" is active.
      const passive = previous !== null && (passiveMarkers.has(previous.lower) || passiveAdverbs.has(previous.lower) && i - 2 >= from && passiveMarkers.has(tokens[i - 2]!.lower))
      // "was asked whether …" reports the question (asked-question.ts).
      if (passive && candidate.entry.frame !== 'according' && !progressive && !questionAfterAsked(scope, i + n)) break
      let start = i
      // The verb group: "has announced", "will ask", "is saying", and with an adverb inside it,
      // "has also announced", "have openly blamed".
      let before = previous
      let at = i - 1
      if (before && at - 1 >= from && inVerbGroup(before)) {
        before = tokens[at - 1]!
        at--
      }
      if (before && (auxiliaries.has(before.lower) || futureAuxiliaries.has(before.lower) && !progressive || progressive && beForms.has(before.lower))) start = at
      // "has been warning", "have long been saying": the perfect of a progressive opens with
      // its "have".
      if (start === at && before!.lower === 'been') start = perfectBefore(tokens, at, from)
      hits.push({from: start, to: i + n - 1, verb: i, entry: candidate.entry, form: candidate.form, participle: candidate.participle})
      i += n - 1
      break
    }
  }
  return hits
}

/**
 * Whether the word at `i` outside quotation marks can only open a clause, so that a report cut
 * right after it ends before it: a subordinator of contrast, time or reason, or a relative
 * pronoun ("…, while", "…, which", "… when"); not "while" after a determiner ("for a while").
 */
function opensClause(scope: Scope, i: number): boolean {
  const word = scope.tokens[i]!.lower
  if (!danglingOpeners.has(word) || scope.inQuote[i] !== -1) return false
  return !(word === 'while' && i > 0 && /^(?:a|the|that|this)$/.test(scope.tokens[i - 1]!.lower))
}

const danglingOpeners = new Set(['while', 'whilst', 'although', 'though', 'whereas', 'because', 'which', 'who', 'whom', 'when'])

/** Whether "as" stands right before the cue at `i`, or before an adverb before it ("As first reported by"). */
function afterAs(tokens: readonly Token[], i: number, from: number): boolean {
  const before = i - 1 >= from ? tokens[i - 1]! : null
  if (before?.lower === 'as') return true
  return before !== null && adverbBeforeReport(before) && i - 2 >= from && tokens[i - 2]!.lower === 'as'
}

/** An adverb of a verb group, or "first": "As first reported by", "As the Gazette first reported". */
export function adverbBeforeReport(token: Token): boolean {
  return inVerbGroup(token) || token.lower === 'first'
}

/**
 * Whether a word is an adverb that stands inside a verb group: one of the group adverbs, or a
 * word in "-ly" in lower case that is no noun ("has bitterly complained", "is quietly
 * saying"; not "Kelly", "his ally").
 */
function inVerbGroup(token: Token): boolean {
  if (groupAdverbs.has(token.lower)) return true
  return token.word && /ly$/.test(token.lower) && !lyNotAdverbs.has(token.lower) && token.text === token.lower
}

/**
 * Where the verb group of a progressive cue after "been" at `been` starts: at the form of
 * "have" before it, with a group adverb between ("has been saying", "had long been warning"),
 * else at "been".
 */
function perfectBefore(tokens: readonly Token[], been: number, from: number): number {
  let at = been - 1
  if (at > from && inVerbGroup(tokens[at]!)) at--
  return at >= from && auxiliaries.has(tokens[at]!.lower) ? at : been
}

export function attributeSentence(scope: Scope, speakers: Speaker[], notes: SpeakerNote[], previous: Draft | null): Draft[] {
  const {tokens, from, to} = scope
  const hits = findCues(scope)
  const made: Draft[] = []
  const colon = colonClaim(scope, speakers, notes)
  if (colon) return [colon]
  void previous
  for (const hit of hits) {
    const last = made.length > 0 ? made[made.length - 1]! : null
    // "“…,” she said when asked whether …": a question after the claim's cue is a claim of its own.
    const asked = last && last.claim.cue && hit.verb - 1 > from && tokens[hit.verb - 1]!.start >= last.claim.cue.span.end ? whenAsked(scope, hit) : null
    if (!asked && last && hit.verb <= last.outer.to && !(last.after && last.content && hit.verb > last.content.from)) continue
    const min = last && !(last.after && last.content && hit.verb > last.content.from) ? last.outer.to + 1 : from
    let result = asked ?? attributeCue(scope, hit, min, last)
    let clause = false
    // A strict cue the patterns read with no clause ("CNN reported at least six planes flew
    // …") still reports when the parse gives it a clause complement.
    // Only cues whose bare clause is a statement ("showed it cared" shows evidence), and no
    // wh-clause object ("accepted what the court offered").
    if (result && hit.entry.frame !== 'naming' && hit.entry.strict && clauseCues.has(hit.entry.lemma) && result.after && !result.that && !result.quotation && !wholeQuotation(scope, result.content.from, result.content.to) && !reportsBareClause(tokens, hit, result, last)) {
      const parsed = reportedClause(scope, hit, min)
      if (parsed && !whWords.has(tokens[parsed.content.from]!.lower) && tokens[parsed.content.from]!.lower !== 'what') {
        result = parsed
        clause = true
      }
    }
    result ??= reportedClause(scope, hit, min) ?? quotedSubject(scope, hit, min)
    if (!result || reportsNothing(scope, hit, result)) continue
    // A day or a month read as the speaker ("… early Friday saying", where the parse made the
    // time a subject) names nobody: the claim stands with its speaker unknown. (Not a name: "Ms
    // April said", '"…," said Friday'.)
    if (result.speaker && timeAsSpeaker(tokens, result.speaker.phrase, hit)) result = {...result, speaker: null}
    // "Noting that …, Ana Ruiz said …": the opening participle's report is its own, not a
    // report of the cue after it.
    if (last && openedBy(scope, last) && result.content.to < hit.from && result.content.from <= last.content!.to) continue
    if (result.after && !result.quotation && !result.next) {
      const found = result
      const cut = (end: number) => {
        if (end >= found.content.to) return
        if (found.outer.to === found.content.to) found.outer.to = end
        found.content = {from: found.content.from, to: end}
      }
      // "said she would review it and warned …": the report ends before the speaker's second verb.
      cut(coordinatedEnd(scope, hit, found.content.from, found.content.to))
      // A report that runs on past the longest parsed sentence is read no further: the scans
      // below stay linear on any input.
      if (found.content.to - found.content.from <= LONGEST_PARSED) {
        // "said the plan would fail, pointing to its cost": the report ends before a clause of the narrator.
        cut(complementEnd(scope, hit, found.content.from, found.content.to))
        // "said she would close it, a move that angered drivers": the report ends before the writer's summary.
        cut(Math.min(summaryEnd(scope, found.content.from, found.content.to), personRelativeEnd(scope, found.content.from, found.content.to)))
        // "Officials who said the plan would fail were fired": the report ends before the main clause.
        cut(subordinateEnd(scope, hit, found.content.from, found.content.to))
      }
    }
    // "criticized the budget during a debate": a noun-phrase report ends before the occasion.
    // Not in a relative clause, whose end the cue of the sentence reads ("X, who endorsed Y in
    // May, said …").
    if (result.after && !result.quotation && !result.next && !result.that && (hit.entry.frame === 'object' || hit.entry.frame === 'naming') && relativeBefore(tokens, hit, Math.max(-1, hit.from - 4)) < 0) {
      // The claim still spans the phrase: only the report ends sooner.
      const end = adjunctEnd(scope, hit, result.content.from, result.content.to)
      if (end < result.content.to) result.content = {from: result.content.from, to: end}
    }
    const speakerIndex = result.speaker ? -2 : result.sameSpeakerAs ? result.sameSpeakerAs.speaker : -1
    const speakerId = speakerIndex >= 0 ? speakers[speakerIndex]!.id : null
    const cueSpan = {start: tokens[hit.from]!.start, end: tokens[hit.to]!.end}
    const draft = claimDraft({
      speakerId,
      kind: 'indirect',
      cue: {text: scope.text.slice(cueSpan.start, cueSpan.end), lemma: hit.entry.lemma, span: cueSpan},
      confidence: 0.8,
      speaker: speakerIndex,
      outer: {from: result.outer.from, to: result.outer.to},
      after: result.after
    })
    if (result.next && result.speaker) {
      // Only the last claim of a paragraph can run into the next one.
      draft.pending = {scope, speaker: result.speaker}
      draft.claim.span = {start: Math.min(tokens[result.outer.from]!.start, cueSpan.start), end: tokens[result.outer.to]!.end}
      draft.claim.confidence = 0.7
      made.push(draft)
      continue
    }
    if (result.quotation) {
      useQuotation(scope, draft, result.quotation)
    } else {
      setContent(scope, draft, result.content.from, result.content.to)
      if (draft.claim.content.span.end <= draft.claim.content.span.start) continue
    }
    if (hit.entry.frame === 'naming' ? !namesSomething(scope, hit, result) : hit.entry.strict && result.after && !result.that && !result.quotation && !clause && draft.claim.kind !== 'direct' && !reportsBareClause(tokens, hit, result, last) && !promisesAct(scope, hit, result) && !reportedAs(scope, hit, min, result)) continue
    // A later claim cuts the content of an earlier one that ran over it.
    // Not the report of a participle that opens the sentence, which its comma already closed.
    if (last && last.after && last.content && result.outer.from <= last.content.to && !openedBy(scope, last)) {
      let end = result.cutAt - 1
      // Nor the word that opened the later claim's clause: "…, while", "…, which", "… when".
      while (end > last.content.from && (!tokens[end]!.word && !closingMarks.has(tokens[end]!.text) || coordinators.has(tokens[end]!.lower) || opensClause(scope, end))) end--
      if (end < last.content.from) continue
      setContent(scope, last, last.content.from, end)
      last.outer.to = Math.max(last.content.to, last.outer.to > end ? end : last.outer.to)
    }
    if (result.speaker) {
      draft.speaker = addSpeaker(scope, result.speaker, speakers, notes)
      draft.claim.speaker = speakers[draft.speaker]!.id
      // "Ana Ruiz, who said …", "the agency, which said …": the relative pronoun the claim goes through is a mention too.
      const relative = relativeBefore(tokens, hit, result.speaker.phrase.outer.to)
      if (relative >= 0) speakers[draft.speaker]!.mentions.push({start: tokens[relative]!.start, end: tokens[relative]!.end})
    } else if (result.sameSpeakerAs && draft.speaker >= 0) {
      // '"…," said X, who noted …': so is the relative pronoun of the speaker shared.
      const relative = relativeBefore(tokens, hit, result.sameSpeakerAs.outer.to)
      if (relative >= 0) speakers[draft.speaker]!.mentions.push({start: tokens[relative]!.start, end: tokens[relative]!.end})
    }
    draft.claim.span = spanOf(scope, draft)
    draft.claim.confidence = confidenceOf(draft, result)
    made.push(draft)
  }
  // "his claim that …", "made the accusation that …": nouns of reporting, after the cues
  // whose reports may hold them.
  for (const draft of nounCues(scope, made, speakers, notes)) made.push(draft)
  void to
  return made
}

// Whether a claim is a participle cue that opens the sentence with its report after it.
function openedBy(scope: Scope, draft: Draft): boolean {
  if (!draft.after || !draft.content || !draft.claim.cue || !/^\S+ing$/i.test(draft.claim.cue.text)) return false
  // The cue itself opens the sentence, alone or after "after", "while" and the like.
  const second = scope.tokens[Math.min(scope.to, skipConnectives(scope, scope.from) + 1)]!
  return draft.claim.cue.span.start <= second.start
}

// The relative pronoun "who" or "which" between a speaker phrase ending at `after` and the cue, with
// the cue's auxiliaries and adverbs between ("who has also said"), else -1.
function relativeBefore(tokens: readonly Token[], hit: CueHit, after: number): number {
  for (let k = hit.from - 1; k > after && k >= hit.from - 3; k--) {
    const word = tokens[k]!.lower
    if (word === 'who' || word === 'which') return k
    if (!groupAdverbs.has(word) && !auxiliaries.has(word) && !/ly$/.test(word)) return -1
  }
  return -1
}

export function attributeCue(scope: Scope, hit: CueHit, min: number, last: Draft | null): CueResult | null {
  const result = attributeCueAnywhere(scope, hit, min, last)
  // "Officials who asked not to be named said …": a request in a relative clause, to no one
  // named, is no report; the sentence's own cue reports.
  if (result && hit.entry.frame === 'directive' && infinitiveOnly(scope, result.content.from) && inRelativeClause(scope, hit)) return null
  return result
}

function attributeCueAnywhere(scope: Scope, hit: CueHit, min: number, last: Draft | null): CueResult | null {
  const {tokens, from, to} = scope
  const entry = hit.entry
  const before = hit.from > min ? tokens[hit.from - 1]! : null

  // according to X, CLAUSE | CLAUSE, according to X.
  if (entry.frame === 'according') return accordingTo(scope, hit, min)

  // "As Ana Ruiz told the Gazette, …", "As reported by the Gazette, …": the report after the
  // comma of a clause of "as" that opens the sentence.
  const framed = asClause(scope, hit, min)
  if (framed) return framed

  // "Asked whether …, the senator said …": a question whose asker the text does not name.
  const question = askedQuestion(scope, hit, min)
  if (question) return question
  // "was asked whether …": the subject was asked; it reports nothing.
  if (passiveAsked(scope, hit, min)) return null

  // Participles: "…, saying that …", "…, adding …", "with the ambassador saying that …".
  if (hit.participle && hit.from === hit.verb && !(before && (beForms.has(before.lower) || /^(?:he|she|they)['’](?:s|re)$/.test(before.lower)))) return participle(scope, hit, min, last)

  // '"…," said X, who noted that …': the relative clause goes on with the last claim's speaker.
  const relative = relativeToLast(scope, hit, min, last) ?? afterRelative(scope, hit, min, last)
  if (relative) return relative

  // The speaker before the cue: "X said", "X, a member of …, said", "X on Wednesday called on".
  const found = speakerBefore(scope, hit, min)
  if (found !== undefined) return found

  // The speaker after the cue: "…," said Okafor, "Said Okonjo: …".
  const afterCue = speakerAfter(scope, hit, min)
  if (afterCue !== undefined) return afterCue

  // A second cue that shares the subject: "X has acknowledged … but slammed …".
  return coordinatedVerb(scope, hit, min, last)
}

/**
 * "Ana Ruiz, from the Kestrel union said …", "Ana Ruiz, head of the union said …": an
 * apposition whose closing comma is missing. When the phrase before the cue follows a comma
 * (and "from", "of" or "at") and a person's name opens the sentence before that comma, the
 * name is the speaker and the phrase its apposition.
 */
export function unclosedApposition(scope: Scope, phrase: PhraseMatch, min: number): PhraseMatch {
  const {tokens} = scope
  if (phrase.apposition !== null) return phrase
  let k = phrase.outer.from - 1
  const preposition = k >= min && appositionPrepositions.has(tokens[k]!.lower)
  if (preposition) k--
  if (k <= min || tokens[k]!.text !== ',') return phrase
  const name = readSpeakerBefore(tokens, k, min)
  if (!name || name.apposition !== null || !isOpening(scope, min, name.outer.from)) return phrase
  const description = describe(scope, name)
  // A full name ("Ana Ruiz") or a titled one ("Mr Ruiz"); one capitalised word before a comma
  // is as often an opener ("Separately,", "Overall,").
  if (!description || description.kind !== 'person' || description.titleOnly || description.pronoun) return phrase
  if (!/\s/.test(description.name) && description.titles.length === 0) return phrase
  // "Late on Monday, the exchange said": a time is no name; "Minister for Children, Young
  // People and Families Ana Ruiz said": a phrase with a name of its own is no apposition.
  if (namesATime(tokens, name.outer.from, name.outer.to)) return phrase
  const own = describe(scope, phrase)
  if (own && own.kind === 'person' && !own.titleOnly) return phrase
  return {from: name.from, to: name.to, apposition: {from: preposition ? k + 1 : phrase.outer.from, to: phrase.outer.to}, outer: {from: name.outer.from, to: phrase.outer.to}}
}

export const appositionPrepositions = new Set(['from', 'of', 'at'])

/**
 * The possessor of a noun cue with a "that" clause ("Reyes’s claim that …"), or null: the cue
 * is a bare noun form, and the possessor a name or an article and a noun ("the ministry’s").
 * "The jury heard Tom Baxter’s claim" holds a verb: only the name is the possessor.
 */
export function possessorOf(tokens: readonly Token[], phrase: PhraseMatch, hit: CueHit): PhraseMatch | null {
  const noun = tokens[hit.verb]!.lower
  const lemma = hit.entry.lemma.split(' ')[0]!
  if (!(hit.from === hit.verb && hit.to === hit.verb && (noun === lemma || noun === lemma + 's') && tokens[hit.to + 1]?.lower === 'that')) return null
  const words = tokens.slice(phrase.from, phrase.to + 1)
  const named = words.every((t, k) => isNameLike(t) || (k === 0 && words.length === 2 && (t.lower === 'the' || t.lower === 'a')) || (words.length === 1 && t.word))
  if (named) return phrase
  let from = phrase.to
  while (from - 1 >= phrase.from && isNameLike(tokens[from - 1]!)) from--
  return isNameLike(tokens[from]!) ? {from, to: phrase.to, apposition: null, outer: {from, to: phrase.to}} : null
}

// The end of a clause before the passive verb group of the sentence around it ("… was
// denied", "… were strongly rejected"): the first such group after the clause has a finite
// verb of its own ("the vote was rigged was denied"), else `to`.
export function beforePassive(scope: Scope, from: number, to: number): number {
  const {tokens} = scope
  let finite = false
  for (let k = from + 1; k < to; k++) {
    const word = tokens[k]!.lower
    if (!finiteBe.has(word) || scope.inQuote[k] !== -1) {
      if (finiteAuxiliaries.has(word)) finite = true
      continue
    }
    let verb = k + 1
    if (verb < to && /ly$/.test(tokens[verb]!.lower)) verb++
    if (finite && verb <= to && /(?:ed|en)$/.test(tokens[verb]!.lower)) return trimEnd(scope, from, k - 1)
    finite = true
  }
  return to
}

/**
 * The author of a document that is an "according to" source, as the source in its place:
 * "according to a report by the agency", "figures from the ministry", "a complaint filed by
 * …". Null when the phrase names no document, or what follows names no author: who obtained
 * it ("documents obtained by the Gazette"), a time ("a poll from March") or, after "from", a
 * place ("a report from London").
 */
export function documentAuthor(scope: Scope, phrase: PhraseMatch, source: (from: number) => PhraseMatch | null): {phrase: PhraseMatch; description: SpeakerDescription} | null {
  const {tokens, to} = scope
  if (!isDocumentNoun(tokens[phrase.to]!.lower) || phrase.apposition !== null) return null
  let k = phrase.outer.to + 1
  if (k < to && authorship.has(tokens[k]!.lower) && tokens[k + 1]?.lower === 'by') k++
  const preposition = tokens[k]?.lower
  if (k >= to || (preposition !== 'by' && preposition !== 'from') || isCalendarWord(tokens[k + 1]!)) return null
  const author = source(k + 1)
  const description = author ? describe(scope, author) : null
  if (!author || !description || namesATime(tokens, author.from, author.to)) return null
  const writes = description.kind === 'organization' || description.kind === 'group' || description.kind === 'anonymous' || (description.kind === 'person' && !description.pronoun) || (description.kind === 'government' && preposition === 'by')
  return writes ? {phrase: {...author, outer: {from: phrase.outer.from, to: author.outer.to}}, description} : null
}

/** Whether a speaker phrase before the cue is only a day or a month ("early Friday", "Wednesday" after a verb). */
function timeAsSpeaker(tokens: readonly Token[], phrase: PhraseMatch, hit: CueHit): boolean {
  const before = tokens[phrase.from - 1]
  // ('"…," said Friday.': after the cue, the word is a name.)
  if (phrase.to >= hit.from || !isCalendarWord(tokens[phrase.to]!)) return false
  // "early Friday": lower-case words before the day; "Ms April": a name.
  for (let k = phrase.from; k < phrase.to; k++) if (!/^\p{Ll}/u.test(tokens[k]!.text)) return false
  return phrase.from < phrase.to || (before !== undefined && before.word && /^\p{Ll}/u.test(before.text))
}

export function isCalendarWord(token: Token): boolean {
  return weekdays.has(token.lower) || months.has(token.lower)
}

// Whether tokens `from` to `to` name a day or a month ("Added Monday, …", "a poll from March").
export function namesATime(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (isCalendarWord(tokens[k]!)) return true
  return false
}

// The forms of "be" that make a passive; with "have", "will" and the modals they make a
// clause finite.
export const finiteBe = new Set(subsetOf(functionWords.beForms, ['is', 'are', 'was', 'were']))
export const finiteHelpers = [
  ...except(functionWords.haveForms, ['having']),
  ...except(functionWords.modals, ['shall', 'ought']),
  ...except(functionWords.doForms, ['do'])
]
export const finiteAuxiliaries = new Set([...finiteHelpers, 'do', 'shall'])

// The end of a report inside a relative clause set off by commas: the token before the next
// comma outside quotations, else `to`.
export function relativeEnd(scope: Scope, from: number, to: number): number {
  for (let k = from + 1; k <= to; k++) {
    if (scope.tokens[k]!.text === ',' && scope.inQuote[k] === -1 && scope.markOf[k] === 0) return trimEnd(scope, from, k - 1)
  }
  return to
}

/**
 * Whether a naming cue reports what someone called something: an object, then what it is
 * called, quoted or after "as".
 *
 * > | … has called the rebate "unjustified".
 *                  ^^^^^^^^^^^^^^^^^^^^^^^^^ content
 * > | … described the ban as a relic of the Cold War.
 *
 * "a firm called Norvik" and "a group called "Citizens First"" name nothing of the speaker's:
 * the object comes first. "describe" also reports a clause ("described how …") or a quotation.
 */
export function namesSomething(scope: Scope, hit: CueHit, result: Pick<CueResult, 'after' | 'content' | 'that' | 'quotation'>): boolean {
  if (!result.after) return false
  const {tokens, markOf, inQuote} = scope
  const {from, to} = result.content
  if (hit.entry.lemma === 'describe' && (result.that || result.quotation)) return true
  if (markOf[from]! > 0 || inQuote[from] !== -1) return false
  if (hit.entry.lemma !== 'describe' && namedByParse(scope, hit, from, to)) return true
  for (let k = from + 1; k <= to && k <= from + NAMED_OBJECT; k++) {
    const t = tokens[k]!
    if (markOf[k]! > 0) return true
    if (t.lower === 'as' && hit.entry.lemma !== 'call' && hit.entry.lemma !== 'dub') return k < to
    // "called him a liar", "called the vote a mistake": an object, then "a" and a noun.
    if ((t.lower === 'a' || t.lower === 'an') && hit.entry.lemma !== 'describe' && k < to && tokens[k + 1]!.word && !notNamed.has(tokens[k + 1]!.lower) && !notBeforeNamed.has(tokens[k - 1]!.lower) && !notBeforeNamed.has(tokens[from]!.lower)) return true
    if (t.text === ',' || t.text === ';' || t.text === '.' || t.lower === 'that' || t.lower === 'for' && k === from + 1) return false
  }
  return false
}

/**
 * Whether the parse reads a naming cue with an object and what the object is called, a
 * predicate after it with no verb of its own: "called him divisive", "branded the plan a
 * failure". "called the police to the scene" has no such predicate.
 */
function namedByParse(scope: Scope, hit: CueHit, from: number, to: number): boolean {
  const parsed = parsedSentenceAt(scope.language, scope.block, scope.tokens, scope.tokens[hit.verb]!.start)
  if (!parsed) return false
  const {syntax, base} = parsed
  const verb = hit.verb - base
  if (verb < 0 || verb >= syntax.upos.length) return false
  // "it is unknown if she called them rebels": a naming not stated as made.
  if (dependents(syntax, verb).some((word) => syntax.relations[word] === 'mark' && questionOpeners.has(syntax.lemmas[word]!.toLowerCase()))) return false
  const object = dependent(syntax, verb, (relation) => relation === 'obj')
  if (object < 0 || object + base < from) return false
  const predicate = dependent(syntax, verb, (relation) => relation === 'xcomp')
  if (predicate > object && predicate + base <= to) return namingPredicates.has(syntax.upos[predicate]!)
  // "called the charges baseless": an adjective after the object, which the parse may hang on the
  // object; English puts few adjectives after their noun, so it is what the object is called.
  const after = dependents(syntax, object, 'amod').find((word) => word === object + 1 && syntax.upos[word] === 'ADJ')
  return after !== undefined && after + base <= to
}

const namingPredicates = new Set(['ADJ', 'NOUN', 'PROPN'])

// "called the police a second time", "called him a day later": "a" opening a time, not a name.
export const notNamed = new Set(['day', 'week', 'month', 'year', 'second', 'third', 'few', 'couple', 'number', 'time', 'lot', 'bit', 'minute', 'hour', 'moment', 'while', 'decade'])

// "called its lawyer and a doctor", "called in to a show", "called up a friend": no object
// and name, but a list, a particle or a preposition.
export const notBeforeNamed = new Set([
  ...subsetOf(functionWords.coordinators, ['and', 'or']),
  ...subsetOf(functionWords.prepositions, ['in', 'into', 'to', 'for', 'on', 'at', 'with', 'from', 'by', 'about', 'after', 'during', 'over']),
  'up', 'off', 'out', 'back'
])

// The participles that name who made a document: "a report published by …", not "obtained by".
export const authorship = new Set(['published', 'released', 'issued', 'compiled', 'conducted', 'commissioned', 'filed', 'prepared', 'produced', 'written', 'carried', 'gathered', 'collected', 'signed', 'sent'])
// The prepositions that open a modifier after a source ("officials from the ministry").
export const sourceModifiers = new Set([...subsetOf(functionWords.prepositions, ['by', 'from', 'of', 'in', 'at', 'on', 'for', 'with', 'within', 'inside']), 'close'])

// How many words may follow the head of an "according to" source ("a report released by the
// agency on Tuesday").
export const SOURCE_TAIL = 12

// How many tokens the object of a naming cue may take ("the bloc's rebate from the common budget").
export const NAMED_OBJECT = 14

// Whether the stretch from `min` to `at` (exclusive) holds only a sentence opener: nothing,
// connectives, or a short adjunct ending in a comma ("On Thursday,").
export function isOpening(scope: Scope, min: number, at: number): boolean {
  if (at <= min) return true
  const start = skipConnectives(scope, min)
  return start >= at
}

export function skipConnectives(scope: Scope, from: number): number {
  const {tokens} = scope
  let i = from
  // '"…," Ruiz said, "and …," she added': the comma left after an earlier attribution.
  if (i < tokens.length && tokens[i]!.text === ',') i++
  while (i < tokens.length && connectives.has(tokens[i]!.lower)) {
    i++
    if (tokens[i]?.text === ',') i++
  }
  return i
}

// The first token of a reported clause before a cue: after connectives and a leading
// adjunct phrase ("Moreover, ahead of a Thursday meeting …, a series of airstrikes …").
export function contentStart(scope: Scope, min: number, end: number): number {
  const {tokens} = scope
  // A connective stays with the clause ("But a campaign aide decided …") unless a comma sets it
  // off ("Moreover, …").
  let i = min
  for (let k = min; k < end && connectives.has(tokens[k]!.lower); k++) {
    if (tokens[k + 1]?.text === ',') i = k + 2
    else break
  }
  // A dateline before the story: "WASHINGTON ― …", "GENEVA, Switzerland — …".
  if (tokens[i] && isShouted(tokens[i]!)) {
    for (let k = i + 1; k < end && k <= i + 8; k++) {
      if (dashTokens.has(tokens[k]!.text)) {
        i = k + 1
        break
      }
    }
  }
  const first = tokens[i]
  if (first && prepositions.has(first.lower) && scope.inQuote[i] === -1) {
    for (let k = i + 1; k < end - 2; k++) {
      if (scope.inQuote[k] !== -1) break
      if (tokens[k]!.text === ',') {
        i = k + 1
        break
      }
    }
  }
  return i
}

export function isShouted(token: Token): boolean {
  return token.word && token.text.length > 1 && token.text === token.text.toUpperCase() && /\p{Lu}/u.test(token.text)
}

// The last content token before `end` (inclusive), without trailing punctuation outside quotes.
export function trimEnd(scope: Scope, start: number, end: number): number {
  const {tokens} = scope
  let i = end
  // A sentence adverb after a comma belongs to the sentence: "…, though." / "…, however."
  while (i > start && tokens[i]!.text === '.') i--
  if (i - 1 > start && /^(?:though|however|too|also|then)$/.test(tokens[i]!.lower) && tokens[i - 1]!.text === ',' && scope.inQuote[i] === -1) i -= 2
  else i = end
  while (i >= start) {
    const t = tokens[i]!
    if (t.word || scope.markOf[i] !== 0 || scope.inQuote[i] !== -1) break
    // "… rates of 50%": a percent sign belongs to its number.
    if (t.text === '%' && i > start && /\d$/.test(tokens[i - 1]!.text)) break
    if (t.text === ')' || t.text === ']') {
      // A trailing credit in brackets: "[Getty]".
      let k = i - 1
      while (k >= start && tokens[k]!.text !== '(' && tokens[k]!.text !== '[') k--
      if (k >= start && t.text === ']' && i - k <= 4) {
        i = k - 1
        continue
      }
      // A bracket the report did not open closes the sentence around it: "(Some say ….)".
      if (k < start) {
        i--
        continue
      }
      break
    }
    i--
  }
  return i
}

// After "X said": is there no report after the cue (only time and place adjuncts up to the
// end of the sentence or a participle)?
export function hasNoReport(scope: Scope, hit: CueHit): boolean {
  const {tokens, to} = scope
  let i = skipTimeForward(tokens, hit.to + 1, to)
  // '“…?” he asks rhetorically.': a manner adverb that ends the sentence reports nothing.
  let manner = i
  while (manner <= to && tokens[manner]!.word && /ly$/.test(tokens[manner]!.lower) && !lyNotAdverbs.has(tokens[manner]!.lower)) manner++
  if (manner > i && (manner > to || /^[.,;!?]$/.test(tokens[manner]!.text))) return true
  if (i > to) return true
  const t = tokens[i]!
  if (!t.word) return t.text === '.' || t.text === ',' || t.text === ';' || t.text === '!' || t.text === '?'
  if (hit.entry.frame === 'tell' || (prepositions.has(t.lower) && !countsAmount(tokens, i))) {
    for (; i <= to; i++) {
      const u = tokens[i]!
      if (u.lower === 'that' || scope.markOf[i]! > 0 || u.text === ':') return false
      if (u.text === ',' || u.text === '.') return true
    }
    return true
  }
  return false
}

export function tailEnd(scope: Scope, from: number): number {
  const {tokens, to} = scope
  let i = from
  let lastWord = from - 1
  for (; i <= to; i++) {
    const t = tokens[i]!
    if (t.text === ',' || t.text === '.' || scope.markOf[i] !== 0 || t.text === ';') break
    lastWord = i
  }
  return lastWord
}

export function skipTimeForward(tokens: readonly Token[], from: number, to: number): number {
  let i = from
  while (i <= to && adverbs.has(tokens[i]!.lower)) i++
  let k = i
  // "on Thursday" but not "in the … ": the run ends on its last time word ("last week the
  // talks …" skips "last week").
  let end = -1
  while (k <= to && (timeWords.has(tokens[k]!.lower) || /^\d{1,4}(?:st|nd|rd|th)?$/.test(tokens[k]!.lower) && isDateNumber(tokens, k, to))) {
    if (timeHeads.has(tokens[k]!.lower) || /^\d/.test(tokens[k]!.lower)) end = k + 1
    k++
  }
  // "said the day was sad": a time phrase before a verb is the report's subject.
  if (end !== -1 && !(end <= to && finiteVerbs.has(tokens[end]!.lower))) i = end
  while (i <= to && adverbs.has(tokens[i]!.lower)) i++
  return i
}

// Whether a number is part of a date ("on 12 March", "March 3", "in 2004", "the 3rd"), not a
// quantity the report opens with ("said 40% of pensioners …", "said 12 people died").
export function isDateNumber(tokens: readonly Token[], k: number, to: number): boolean {
  const t = tokens[k]!.lower
  if (/^\d{4}$/.test(t) || /(?:st|nd|rd|th)$/.test(t)) return true
  const previous = tokens[k - 1]
  const next = k + 1 <= to ? tokens[k + 1] : undefined
  return (previous !== undefined && months.has(previous.lower)) || (next !== undefined && months.has(next.lower))
}

export function skipAdjunctsBack(tokens: readonly Token[], end: number, min: number): number {
  let i = end
  for (let guard = 0; guard < 6 && i > min; guard++) {
    const t = tokens[i - 1]!
    if (adverbs.has(t.lower) || /^\p{Ll}+ly$/u.test(t.text) && !lyNotAdverbs.has(t.lower)) {
      i--
      continue
    }
    // "The WTO itself has warned": an emphatic pronoun after the subject; "They both said",
    // "The ministers all agreed": a quantifier floated off the subject.
    if ((emphatic.has(t.lower) || floatingQuantifiers.has(t.lower)) && i - 1 > min && tokens[i - 2]!.word) {
      i--
      continue
    }
    // "Deutsche Bank - itself a target of the protests - said": a parenthesis between dashes.
    if (dashTokens.has(t.text)) {
      let open = i - 2
      while (open > min && open >= i - 16 && tokens[open]!.text !== t.text) open--
      if (open > min && open < i - 2 && tokens[open]!.text === t.text && tokens[open - 1]!.word) {
        i = open
        continue
      }
    }
    // "Ana Ruiz, when asked about the plan, said": a clause of time or condition between
    // commas, never the report.
    if (t.text === ',') {
      let open = i - 2
      while (open > min && open >= i - 16 && tokens[open]!.text !== ',' && tokens[open]!.word) open--
      const first = tokens[open + 1]
      if (open > min && open < i - 2 && tokens[open]!.text === ',' && tokens[open - 1]!.word && first && (parentheticalOpeners.has(first.lower) || first.lower === 'asked')) {
        i = open
        continue
      }
    }
    // ", however," between the subject and the cue.
    if (t.text === ',' && i - 3 >= min && adverbs.has(tokens[i - 2]!.lower) && tokens[i - 3]!.text === ',') {
      i -= 3
      continue
    }
    // A time phrase: "on Wednesday", "last week", "three weeks ago".
    let k = i
    let head = false
    while (k > min && (timeWords.has(tokens[k - 1]!.lower) || /^\d{1,4}(?:st|nd|rd|th)?$/.test(tokens[k - 1]!.lower))) {
      if (timeHeads.has(tokens[k - 1]!.lower) || /^\d{4}$/.test(tokens[k - 1]!.text)) head = true
      k--
    }
    // "Theresa May said", "Mrs May said": after a name, a capitalised "May" alone is a surname.
    const surnameMay = k === i - 1 && tokens[k]!.text === 'May' && k - 1 >= min && isNameLike(tokens[k - 1]!) && !finiteVerbs.has(tokens[k - 1]!.lower)
    if (head && k < i && !surnameMay && (timeHeads.has(tokens[i - 1]!.lower) || /^\d{4}$/.test(tokens[i - 1]!.text)) && tokens[k]!.lower !== 'the' && tokens[k]!.lower !== 'of') {
      // Keep "this" or "on" that starts the phrase; a capitalised weekday after a name stays a time word.
      i = k
      continue
    }
    break
  }
  return i
}

// The quotation that ends at token `at` (its closing mark, or a comma right after it), if it
// starts after `min`: returns the quotation and its opening mark's token.
export function quotationEndingAt(scope: Scope, at: number, min: number): {quotation: Quotation; start: number} | null {
  const {tokens, markOf} = scope
  let i = at
  if (i >= min && tokens[i]!.text === ',' && i - 1 >= min && markOf[i - 1]! < 0) i--
  if (i < min || markOf[i]! >= 0) return null
  const index = -1 - markOf[i]!
  const quotation = scope.quotations[index]!
  let start = i
  while (start > min && markOf[start] !== index + 1) start--
  if (markOf[start] !== index + 1) return null
  return {quotation, start}
}

// The quotation that makes the whole of tokens[from..to], if any.
export function wholeQuotation(scope: Scope, from: number, to: number): Quotation | null {
  const {markOf} = scope
  if (markOf[from]! <= 0) return null
  const index = markOf[from]! - 1
  let end = to
  if (scope.tokens[end]!.text === ',' && end > from) end--
  return markOf[end] === -1 - index ? scope.quotations[index]! : null
}

// The report after a cue: skips time adjuncts, an addressee ("told reporters"), "that", and a
// prepositional phrase before "that"; runs to the end of the clause.
// What opens an indirect yes-no question: "asked whether", "asked if".
const questionOpeners = new Set(['whether', 'if'])

export function contentAfter(scope: Scope, hit: CueHit, start: number, acceptNext = false): {range: {from: number; to: number}; quotation: Quotation | null; that: boolean; next?: boolean} | null {
  const {tokens, to, markOf} = scope
  // "putting it into the file", "put it back": a thing put somewhere reports nothing ("put it
  // in a statement: “…”" reports).
  if (hit.entry.lemma === 'put it' && placements.has(tokens[hit.to + 1]?.lower ?? '')) return null
  let i = skipTimeForward(tokens, start, to)
  if (i > to) return null
  let that = false
  const frame = hit.entry.frame
  if (frame === 'tell' && tokens[i]!.lower !== 'that' && markOf[i]! <= 0) {
    // "told host Ann Lee on Thursday how surprised he was": the report opens with a wh-word.
    for (let k = i + 1; k <= to && k <= i + 8; k++) {
      const u = tokens[k]!
      if (!u.word || scope.inQuote[k] !== -1) break
      if (whWords.has(u.lower)) return {range: {from: k, to: clauseEnd(scope, k)}, quotation: null, that: true}
      if (u.lower === 'that' || u.lower === 'to') break
    }
    // The addressee: "reporters", "the Russian news agency TASS", "CNN".
    let k = i
    if (addressees.has(tokens[k]!.lower) || /^\p{Lu}/u.test(tokens[k]!.text)) {
      const possessive = /^(?:his|her|their|its|our|the|a|an)$/.test(tokens[k]!.lower)
      k++
      if (possessive) while (k <= to && k < i + 4 && tokens[k]!.word && tokens[k]!.lower !== 'to' && tokens[k]!.lower !== 'that' && !/^\p{Lu}/u.test(tokens[k]!.text)) k++
      // "told the BBC Mr Reyes had …": an honorific opens the report's subject, not the addressee.
      while (k <= to && tokens[k]!.word && !isHonorific(tokens[k]!.lower) && (/^\p{Lu}/u.test(tokens[k]!.text) || /^(?:news|agency|newspaper|broadcaster|television|radio|channel|magazine|daily|state|press|programme|program|show|website|podcast)$/.test(tokens[k]!.lower) || /^\d+(?:['’]s)?$/.test(tokens[k]!.text) && /^\p{Lu}/u.test(tokens[k - 1]!.text) || tokens[k - 1]!.lower === 'the' || tokens[k - 1]!.lower === 'a')) k++
      k = skipTimeForward(tokens, k, to)
      if (k <= to && tokens[k]!.lower === 'to') return {range: {from: i, to: clauseEnd(scope, i)}, quotation: null, that: true}
      i = k
    } else if (tokens[k]!.lower !== 'you' && tokens[k]!.lower !== 'it' && markOf[k]! <= 0 && tokens[k]!.text !== ':' && tokens[k]!.text !== ',') {
      // "told police officials that …", "tell myself that …": an addressee the lexicon does
      // not know, then "that". "tell more jokes" tells no one: no report.
      i = thatAt(tokens, k, to, 7)
      if (i === -1) return null
    }
  }
  if (i > to) return null
  // "asked Ms Roe whether the plan would work": the question after whom it was put to.
  if (hit.entry.lemma === 'ask' && markOf[i]! <= 0 && !questionOpeners.has(tokens[i]!.lower) && !whWords.has(tokens[i]!.lower)) {
    for (let k = i + 1; k <= to && k <= i + 6; k++) {
      const u = tokens[k]!
      if (!u.word || scope.inQuote[k] !== -1 || u.lower === 'to' || u.lower === 'that' || u.lower === 'for') break
      if (questionOpeners.has(u.lower) || whWords.has(u.lower)) return {range: {from: k, to: clauseEnd(scope, k)}, quotation: null, that: false}
    }
  }
  // "He told reporters:" ending its paragraph: what was said is the next paragraph.
  if (acceptNext && tokens[i]!.text === ':' && i === to && i === tokens.length - 1 && (frame === 'clause' || frame === 'tell')) {
    return {range: {from: i, to: i}, quotation: null, that: false, next: true}
  }
  // "said, for example, that …", "said — on Twitter, as it happens — that …": an aside set off
  // by commas or dashes between the cue and its "that" clause.
  const aside = frame === 'clause' || frame === 'object' ? thatAfterAside(scope, i) : -1
  if (aside >= 0) i = aside
  else if (tokens[i]!.text === ':' || tokens[i]!.text === ',' && markOf[i + 1]! > 0) i++
  // "Ms. Ruiz said, a majority of voters …": an attribution set off by commas.
  else if (tokens[i]!.text === ',' && i + 1 <= to && tokens[i + 1]!.word && !/ing$/.test(tokens[i + 1]!.lower) && frame === 'clause' && hit.from > scope.from && tokens[hit.from - 1]!.word) i++
  if (i > to) return null
  if (tokens[i]!.lower === 'that' && scope.inQuote[i] === -1) {
    that = true
    i++
    if (i <= to && tokens[i]!.text === ',') i++
  } else if (hit.entry.lemma === 'question' && whWords.has(tokens[i]!.lower) && scope.inQuote[i] === -1) {
    // "questioned whether …", "questioned how …": a reported question is a clause, as after
    // "that" ("accepted what the court offered" is an object, not a report).
    that = true
  } else if (prepositions.has(tokens[i]!.lower) && (tokens[i]!.lower !== 'to' || toAddressee(scope, hit, i)) && !(tokens[i]!.lower === 'at' && /^(?:least|most)$/.test(tokens[i + 1]?.lower ?? '')) && !countsAmount(tokens, i) && (frame === 'clause' || frame === 'tell')) {
    // "said in a statement that …", "said during an interview with … that …", "said to
    // reporters that …"
    let k = i
    let quoted = false
    for (; k <= to && k < i + 12; k++) {
      // "said on the show ''Morning Desk'' that …": a title in quotation marks inside the phrase.
      if (markOf[k]! > 0 && k > i) {
        const close = titleEnd(scope, k)
        if (close > k) {
          k = close
          continue
        }
      }
      const u = tokens[k]!
      // "in that spot." is a demonstrative, not the start of a report.
      // "warned of a battle that could split …": a relative clause of the phrase's noun.
      if (u.lower === 'that' && scope.inQuote[k] === -1 && relativeThat(scope, hit, k)) continue
      if (u.lower === 'that' && scope.inQuote[k] === -1 && !(tokens[k + 1]?.word && (k + 2 > to || /^[.,;:!?]$/.test(tokens[k + 2]!.text)))) break
      // "says of Clinton, “If she …”": the prepositional phrase ends at a quotation.
      if ((u.text === ',' || u.text === ':') && markOf[k + 1]! > 0) {
        quoted = true
        break
      }
      // "at a campaign stop in Toledo, Ohio, that …"
      if (u.text === ',' && tokens[k + 1] && /^\p{Lu}/u.test(tokens[k + 1]!.text) && tokens[k + 2]?.text === ',') {
        k += 2
        continue
      }
      if (u.text === ',' || u.text === '.' || markOf[k] !== 0) break
    }
    // "said during a taping in Buffalo, New York, that …": the phrase runs on to ", that".
    const afterPhrase = k <= to && tokens[k]!.lower !== 'that' && !quoted ? thatAfterAside(scope, k) : -1
    if (afterPhrase >= 0) k = afterPhrase
    if (quoted) {
      i = k + 1
    } else if (k <= to && tokens[k]!.lower === 'that') {
      that = true
      i = k + 1
      if (i <= to && tokens[i]!.text === ',') i++
    } else {
      // "said in a statement the company would …": no "that", a clause after the phrase.
      const clause = clauseAfterPhrase(scope, i + 1)
      if (clause === -1) return null
      i = clause
    }
  }
  if (i > to) return null
  // "X said: "…"" or "X insisted that "…"": a quotation that runs to the end of the sentence.
  if (markOf[i]! > 0) {
    const index = markOf[i]! - 1
    let k = i + 1
    while (k <= to && markOf[k] !== -1 - index) k++
    if (k <= to && trimEnd(scope, k, to) === k) {
      return {range: {from: i, to: k}, quotation: scope.quotations[index]!, that}
    }
    // 'X responded: "Even with the refund, …' and no closing mark: the quotation runs on to the
    // end of its paragraph, or into the next one.
    if (k > to && !scope.quotations[index]!.close) return {range: {from: i, to: trimEnd(scope, i, to)}, quotation: scope.quotations[index]!, that}
  }
  if (!tokens[i]!.word && markOf[i] === 0) return null
  // "He announced himself in the opening minutes": making oneself known reports nothing.
  if (hit.entry.lemma === 'announce' && emphatic.has(tokens[i]!.lower)) return null
  // "appealed to X to …", "urged X to …", "called for …": "it appealed in categories that …"
  // asks nothing.
  if (frame === 'directive' && prepositions.has(tokens[i]!.lower) && !directivePrepositions.has(tokens[i]!.lower)) return null
  const end = clauseEnd(scope, i)
  if (end < i) return null
  return {range: {from: i, to: end}, quotation: null, that}
}

/**
 * Whether a strict cue reports the clause after it with no "that" ("has revealed he has
 * clashed with ministers", "vowed they would win"): a cue of speech, a subject pronoun and a
 * finite verb, and the cue neither after "who" nor inside an earlier claim's report.
 */
export function reportsBareClause(tokens: readonly Token[], hit: CueHit, result: CueResult, last: Draft | null): boolean {
  const {from, to} = result.content
  const clause = from + 1 <= to && subjectPronouns.has(tokens[from]!.lower) && (finiteVerbs.has(tokens[from + 1]!.lower) || /ed$/.test(tokens[from + 1]!.lower)) || nounClause(tokens, hit, from, to)
  return clause && clauseCues.has(hit.entry.lemma) && !relativePronouns.has(tokens[hit.from - 1]?.lower ?? '') && !(last?.after && last.content && hit.verb > last.content.from)
}

/**
 * Whether the words from `from` make a clause with a noun phrase for its subject: a determiner
 * or a name, a few more words, and an auxiliary or a finite form of "be" ("the Secret Service
 * had …", "the company's profits were …", "Ms. Ruiz would …"); not an object ("the accident to
 * the police").
 */
function nounClause(tokens: readonly Token[], hit: CueHit, from: number, to: number): boolean {
  // "Battleground state Florida is …", "IG report: …": a cue in its bare form may be a noun;
  // after a determiner ("some states Ruiz was sweeping") it is a noun too.
  const before = tokens[hit.from - 1]?.lower ?? ''
  if (tokens[hit.verb]!.lower === hit.entry.lemma || nounMarkers.has(before)) return false
  const first = tokens[from]!
  if (!openingDeterminers.has(first.lower) && !(isNameLike(first) && !prepositions.has(first.lower))) return false
  for (let k = from + 1; k <= to && k <= from + NOUN_CLAUSE_REACH; k++) {
    const t = tokens[k]!
    if (finiteVerbs.has(t.lower)) return k > from + (openingDeterminers.has(first.lower) ? 1 : 0)
    // "the number of requests it has received", "her innocence but the court has …": the
    // verb is another clause's.
    if (!t.word || relativePronouns.has(t.lower) || subjectPronouns.has(t.lower) || coordinators.has(t.lower) || subordinators.has(t.lower) || t.lower === 'to') return false
  }
  return false
}

// What makes the word after it a noun: a determiner or a quantifier ("some states").
const nounMarkers = new Set([...functionWords.determiners, 'many', 'several', 'most', 'few', 'all', 'both'])
// How many words a noun phrase may run before the finite verb of its clause.
const NOUN_CLAUSE_REACH = 6

export const subjectPronouns = new Set(subsetOf(functionWords.subjectPronouns, ['he', 'she', 'they', 'we', 'it']))
// Strict cues that report a statement when a clause follows with no "that" ("revealed he had
// …", "vowed they would …"); "showed it cared", "found it was" report evidence, not speech.
export const clauseCues = new Set(['disclose', 'reveal', 'concede', 'maintain', 'pledge', 'promise', 'vow', 'swear', 'guarantee', 'agree', 'repeat', 'report', 'write', 'tweet', 'reply', 'respond', 'answer', 'recall', 'state', 'comment', 'remark', 'counter', 'protest', 'object', 'lament', 'accept', 'recognize', 'conclude'])
export const relativePronouns = new Set(['who', 'which', 'that'])

export function spanOfTokens(tokens: readonly Token[], from: number, to: number): Span {
  return {start: tokens[from]!.start, end: tokens[to]!.end}
}

// Where "that" opens a clause within `reach` words, before any punctuation ("a report from
// over the weekend that …"), else -1.
/**
 * The "that" after an aside that opens at the comma or dash `at` and closes with a comma or
 * a dash right before "that" ("said, for example, that …", "said — on Twitter — that …"), or
 * -1. The aside holds no quotation and no end of a sentence or clause.
 */
function thatAfterAside(scope: Scope, at: number): number {
  const {tokens, to} = scope
  const opener = tokens[at]
  if (!opener || opener.text !== ',' && !dashTokens.has(opener.text) || scope.inQuote[at] !== -1) return -1
  for (let k = at + 1; k < to && k <= at + ASIDE; k++) {
    const u = tokens[k]!
    if (scope.markOf[k] !== 0 || scope.inQuote[k] !== -1 || u.text === '.' || u.text === ';' || u.text === ':' || u.lower === 'that') return -1
    if ((u.text === ',' || dashTokens.has(u.text)) && tokens[k + 1]!.lower === 'that' && scope.inQuote[k + 1] === -1) return k > at + 1 ? k + 1 : -1
  }
  return -1
}

/**
 * Whether "that" at `at` opens a relative clause by the tags: an auxiliary or a verb in "-ed"
 * right after it ("a battle that could split", "a compromise that ensured"), not a gerund or a
 * noun that is a clause's subject ("that drafting the platform is open").
 */
function relativeThat(scope: Scope, hit: CueHit, at: number): boolean {
  const tagged = taggedCue(scope, hit)
  const tag = tagged ? tagged.tags[at + 1 - tagged.base] : undefined
  return tag === 'AUX' || tag === 'VERB' && /ed$/.test(scope.tokens[at + 1]!.lower)
}

/**
 * Whether "to" at `at` opens an addressee before "that" or a quotation ("said to reporters
 * that …", "wrote to the council that …", "complained to her coach after the race that …"),
 * not an infinitive ("vowed to fight", "said to be") or a thing added to ("added to the
 * speculation").
 */
function toAddressee(scope: Scope, hit: CueHit, at: number): boolean {
  const {tokens, markOf, to} = scope
  const next = tokens[at + 1]
  // "to a new contract that cuts pay": an indefinite thing agreed or added to, no addressee.
  if (!next || next.lower === 'a' || next.lower === 'an' || !(addressees.has(next.lower) || openingDeterminers.has(next.lower) || isNameLike(next))) return false
  for (let k = at + 2; k <= to && k < at + ADDRESSEE; k++) {
    const u = tokens[k]!
    if (u.lower === 'that' && scope.inQuote[k] === -1) return !relativeThat(scope, hit, k)
    if ((u.text === ',' || u.text === ':') && markOf[k + 1]! > 0) return true
    if (!u.word && u.text !== "'s" && u.text !== '’s') return false
  }
  return false
}

// The most words between "to" and the "that" after its addressee.
const ADDRESSEE = 10

/**
 * The closing mark of a short quotation opening at `open` that names a title inside a phrase
 * ("on ''Morning Desk'' that …", "on the network's “Weekend Forum” that …"): a few words, with a word
 * after it, not a comma or a stop; else -1.
 */
function titleEnd(scope: Scope, open: number): number {
  const {tokens, markOf, to} = scope
  for (let k = open + 1; k <= to && k <= open + TITLE; k++) {
    if (markOf[k] === -markOf[open]!) return tokens[k + 1]?.word && tokens[k - 1]!.word ? k : -1
    if (!tokens[k]!.word && tokens[k]!.text !== "'" && tokens[k]!.text !== '’') return -1
  }
  return -1
}

// The most words a title in quotation marks may have.
const TITLE = 6

// The most words an aside between a cue and its "that" clause may have.
const ASIDE = 30

export function thatAt(tokens: readonly Token[], from: number, to: number, reach = 6): number {
  for (let k = from; k <= to && k < from + reach; k++) {
    if (tokens[k]!.lower === 'that') return k
    if (!tokens[k]!.word) return -1
  }
  return -1
}

/**
 * Where a reported clause starts after a prepositional phrase with no "that" ("in a statement
 * the company would …"): a subject pronoun or an article within a few words, then a finite
 * verb; else -1.
 */
export function clauseAfterPhrase(scope: Scope, from: number): number {
  const {tokens, to} = scope
  for (let k = from + 1; k <= to && k < from + 6; k++) {
    const t = tokens[k]!
    if (!t.word) return -1
    if (!clauseOpeners.has(t.lower)) continue
    // "in a statement Thursday night they pulled …": a subject pronoun and a verb in the past.
    const next = tokens[k + 1]
    if (subjectPronouns.has(t.lower) && t.lower !== 'it' && k + 1 <= to && next!.word && /ed$/.test(next!.lower) && scope.inQuote[k + 1] === -1) return k
    for (let v = k + 1; v <= to && v < k + 6; v++) {
      const u = tokens[v]!
      if (!u.word) break
      if (finiteVerbs.has(u.lower)) return k
    }
    return -1
  }
  return -1
}

export const clauseOpeners = new Set(['the', 'he', 'she', 'it', 'they', 'we', 'i', 'there', 'his', 'her', 'its', 'their'])

export const finiteVerbs = new Set([...finiteBe, ...finiteHelpers])

export const passiveBeforeOf = new Set(['accuse', 'charge', 'suspect', 'convict'])

export const singularDeterminers = new Set(subsetOf(functionWords.determiners, ['a', 'an', 'another', 'each', 'every']))
// The prepositions that a directive cue takes its content after ("called on the council to …").
export const directivePrepositions = new Set(subsetOf(functionWords.prepositions, ['to', 'for', 'on', 'upon', 'about']))

// The end of a reported clause that starts at `from`: the sentence's end, or the first comma
// for a clause inside a sentence-opening subordinate clause ("While the Pentagon denied …, Turkey …").
export function clauseEnd(scope: Scope, from: number): number {
  const {tokens, to} = scope
  const opener = tokens[skipConnectives(scope, scope.from)]
  // "As the Post reported, even if …, he would …": a report after the comma that closes the
  // "as" clause is the main clause, whole.
  const afterAs = opener?.lower === 'as' && tokens[from - 1]?.text === ','
  if (opener && subordinators.has(opener.lower) && !afterAs) {
    for (let k = from; k <= to; k++) {
      if (tokens[k]!.text === ',' && scope.inQuote[k] === -1) return trimEnd(scope, from, k - 1)
    }
  }
  // "confirmed it would cut 500 jobs, prompting unions to …": what the report led to is the
  // writer's narration, not part of it.
  // Within a reported clause's usual length, so that a long run of reports stays linear.
  for (let k = from + 2; k < to && k < from + CONSEQUENCE_REACH; k++) {
    if (tokens[k]!.text === ',' && scope.inQuote[k] === -1 && consequences.has(tokens[k + 1]!.lower)) return trimEnd(scope, from, k - 1)
    // "said the timing was not planned; they learned of it on Friday": a semicolon joins the
    // writer's next clause.
    if (tokens[k]!.text === ';' && scope.inQuote[k] === -1 && scope.markOf[k] === 0) return trimEnd(scope, from, k - 1)
  }
  return trimEnd(scope, from, to)
}

// What puts a thing somewhere after "put it": "into the file", "back", "aside".
const placements = new Set(['into', 'onto', 'back', 'away', 'aside', 'together', 'down', 'up', 'off', 'out', 'forward', 'through', 'behind', 'under', 'over', 'inside', 'there', 'here', 'where'])

export const CONSEQUENCE_REACH = 60
export const consequences = new Set(['prompting', 'sparking', 'triggering', 'provoking', 'fuelling', 'fueling', 'angering', 'forcing', 'sending'])

export function setContent(scope: Scope, draft: Draft, from: number, to: number): void {
  const {tokens, text, markOf} = scope
  // A reported clause that is one whole quotation is direct speech: after a dateline,
  // 'MOSCOW (Reuters) - "We will stay," the minister said.'
  if (markOf[from]! > 0 && markOf[to] === -markOf[from]!) {
    useQuotation(scope, draft, scope.quotations[markOf[from]! - 1]!)
    // Callers read the clause's token range, marks included.
    draft.content = {from, to}
    return
  }
  draft.content = {from, to}
  const span = {start: tokens[from]!.start, end: tokens[to]!.end}
  draft.claim.content = {text: text.slice(span.start, span.end), span}
  const inside = quotationsWithin(scope.quotations, span)
  draft.quotations = inside
  draft.claim.kind = inside.length > 0 ? 'mixed' : 'indirect'
}

/** The quotations that lie wholly inside `span`, their marks included. */
export function quotationsWithin(quotations: readonly Quotation[], span: Span): Quotation[] {
  return quotations.filter((q) => q.open.start >= span.start && (q.close ? q.close.end : q.content.end) <= span.end)
}

export function useQuotation(scope: Scope, draft: Draft, quotation: Quotation): void {
  const {text} = scope
  draft.content = null
  draft.quotations = [quotation]
  draft.claim.content = {text: text.slice(quotation.content.start, quotation.content.end), span: {...quotation.content}}
  draft.claim.kind = 'direct' as ClaimKind
}

export function spanOf(scope: Scope, draft: Draft): Span {
  const {tokens} = scope
  let start = Math.min(tokens[draft.outer.from]!.start, draft.claim.content.span.start)
  let end = Math.max(tokens[draft.outer.to]!.end, draft.claim.content.span.end)
  const quotation = draft.quotations.length === 1 && draft.claim.kind === 'direct' ? draft.quotations[0]! : null
  if (quotation) {
    start = Math.min(start, quotation.open.start)
    end = Math.max(end, quotation.close ? quotation.close.end : quotation.content.end)
  }
  if (draft.claim.cue) {
    start = Math.min(start, draft.claim.cue.span.start)
    end = Math.max(end, draft.claim.cue.span.end)
  }
  return {start, end}
}

export function confidenceOf(draft: Draft, result: CueResult): number {
  let confidence = draft.claim.kind === 'direct' ? 0.9 : 0.8
  if (result.sameSpeakerAs) confidence -= 0.1
  if (result.speaker?.description.pronoun) confidence -= 0.1
  if (result.speaker?.description.kind === 'anonymous' || result.speaker?.description.kind === 'group') confidence -= 0.05
  return Math.round(confidence * 100) / 100
}

/**
 * Whether the words right after a cue give it a sense that reports nothing: a sum ("shares
 * added 2 per cent", "the firm added 300 jobs", "adding to her lead") or a plea ("pleaded guilty", "pleaded not
 * guilty"). "He added two days later that …" still reports.
 */
function reportsNothing(scope: Scope, hit: CueHit, result: CueResult): boolean {
  // "denied the visitors a win", "denied bail": a thing withheld, not a statement denied.
  if (withholds(scope, hit, result)) return true
  if (!result.after || result.quotation || result.content.from !== hit.to + 1) return false
  const next = scope.tokens[hit.to + 1]!
  const lemma = hit.entry.lemma
  if (lemma === 'plead') return pleas.has(next.lower)
  // "adding to her delegate lead", "added to speculation": a sum, not a statement.
  if (lemma === 'add' && next.lower === 'to') return true
  if (lemma !== 'add' || !(/^[\d$£€]/.test(next.text) || numberWords.has(next.lower))) return false
  for (let k = hit.to + 2; k <= Math.min(scope.to, hit.to + 4); k++) if (scope.tokens[k]!.lower === 'later' || scope.tokens[k]!.lower === 'that') return false
  return true
}

const pleas = new Set(['guilty', 'not', 'innocent', 'no'])
// Numbers in words; not "eleven" or "twelve", which this rule was written without.
const numberWords = new Set([...except(functionWords.cardinals, ['eleven', 'twelve']), ...functionWords.countWords])
