import {readSpeakerAfter, readSpeakerBefore} from '../../language/speaker-phrase.js'
import {describe, type CueHit, type CueResult, type Draft, type Scope} from './claim-draft.js'
import {isDocumentNoun} from '../../language/speaker-phrase.js'
import {parsedSentenceAt} from '../../language/tree.js'
import {beForms} from '../../lexicon/function-words.js'
import {coordinatedHead, nominalSpeaker, participleSubject, personOverRole, taggedCue, verbSubject} from './reported-clause.js'
import {shareBefore} from './speaker-before.js'
import {contentAfter, contentStart, coordinators, dashTokens, hasWords, isCalendarWord, isOpening, namesATime, namesSomething, participleOpeners, prepositions, spanOfTokens, trimEnd, wholeQuotation} from './cue.js'

/**
 * Attribute through a participle cue: "…, saying that …", "…, adding …", "with the ambassador
 * saying that …". The speaker is the subject of the sentence, or the phrase before the cue.
 *
 * > | The ministry rejected the plan, saying it was illegal.
 *     ^^^^^^^^^^^^                    ^^^^^^ ^^^^^^^^^^^^^^^
 *     speaker                         cue    content
 */
export function participle(scope: Scope, hit: CueHit, min: number, last: Draft | null): CueResult | null {
  const {tokens, from} = scope
  const before = hit.from > min ? tokens[hit.from - 1]! : null
  const byPreposition = before !== null && participleOpeners.has(before.lower)
  // '… this race,” adding …': the comma stands inside the closing quotation mark.
  const afterQuotedComma = before !== null && scope.markOf[hit.from - 1]! < 0 && tokens[hit.from - 2]?.text === ','
  // "… with that” — asserting that …", "… - saying it offered nothing": a dash sets the participle off.
  const afterDash = before !== null && dashTokens.has(before.text) && hit.from - 2 >= from
  // "…, saying A and calling B …": a second participle of the same speaker.
  const second = pairedParticiple(scope, hit, last)
  if (second) return second
  // "Noting that …, Ana Ruiz said …", "After saying …, the man …": a participle that opens the
  // sentence reports for the subject of the clause after its comma.
  const opening = openingParticiple(scope, hit, min)
  if (opening) return opening
  // "…, pointing to his record and saying that …": coordinated with a participle before it, the
  // cue shares that participle's subject.
  const chained = chainedParticiple(scope, hit, min)
  if (chained) return chained
  if (before && (before.text === ',' || afterQuotedComma || afterDash || byPreposition)) {
    const subject = last && last.speaker >= 0 ? last : null
    let speaker: CueResult['speaker'] = null
    if (!subject) {
      const start = contentStart(scope, from, hit.from)
      const read = readSpeakerAfter(tokens, start, hit.from)
      // "On March 3 they …, announcing": a time opens the sentence, not its speaker.
      const phrase = read && !isCalendarWord(tokens[read.to]!) ? read : null
      const description = phrase ? describe(scope, phrase) : null
      // Else the subject the parse gives the participle: "The departments declined to
      // comment, saying …".
      speaker = (phrase ? personOverRole(scope, phrase, description) : null) ?? (phrase && description ? {phrase, description} : participleSubject(scope, hit, min))
      if (!speaker) return null
    }
    const body = participleReport(scope, hit)
    if (!body) return null
    return {speaker, sameSpeakerAs: subject, content: body.range, quotation: body.quotation, after: true, that: body.that, outer: {from: byPreposition || afterQuotedComma ? hit.from : hit.from - 1, to: body.range.to}, cutAt: afterQuotedComma ? hit.from : hit.from - 1}
  }
  // "The town released a statement saying …": who issued the statement said it.
  const issuer = issuerOf(scope, hit, min)
  if (issuer) {
    const body = contentAfter(scope, hit, hit.to + 1)
    if (!body || !body.quotation && !hasWords(scope.text, spanOfTokens(tokens, body.range.from, body.range.to), 2)) return null
    if (hit.entry.frame === 'naming' || hit.entry.strict && !body.that && !body.quotation) return null
    return {speaker: issuer, sameSpeakerAs: null, content: body.range, quotation: body.quotation, after: true, that: body.that, outer: {from: issuer.phrase.outer.from, to: body.range.to}, cutAt: issuer.phrase.outer.from - 1}
  }
  // "with the ambassador saying …", "with 30 percent of voters saying …"
  const share = shareBefore(scope, hit.from, min)
  const phrase = share && tokens[share.phrase.from - 1]?.lower === 'with' ? share.phrase : readSpeakerBefore(tokens, hit.from, min)
  if (phrase && phrase.outer.from > min && tokens[phrase.outer.from - 1]!.lower === 'with') {
    const description = share?.phrase === phrase ? share.description : describe(scope, phrase)
    const body = description ? contentAfter(scope, hit, hit.to + 1) : null
    if (!description || !body) return null
    return {speaker: {phrase, description}, sameSpeakerAs: null, content: body.range, quotation: body.quotation, after: true, that: body.that, outer: {from: phrase.outer.from, to: body.range.to}, cutAt: phrase.outer.from - 1}
  }
  return null
}

/**
 * A participle cue after "and" or "but" inside the report of a participle cue: the speaker's
 * second act, as "said A and warned B" is for finite cues.
 *
 * > | She defended him, saying he had hired women and calling him “a feminist.”
 *                       ^^^^^^ ^^^^^^^^^^^^^^^^^^^^^     ^^^^^^^ ^^^^^^^^^^^^^^^^^
 *                       cue    content                   cue     content
 *
 * Not after a progressive in the report ("saying crowds were marching and calling for …"),
 * whose participles are the report's own. Null otherwise.
 */
function pairedParticiple(scope: Scope, hit: CueHit, last: Draft | null): CueResult | null {
  const {tokens} = scope
  const before = tokens[hit.from - 1]
  if (!before || (before.lower !== 'and' && before.lower !== 'but')) return null
  if (!last || last.speaker < 0 || !last.after || !last.content || !last.claim.cue) return null
  if (!/ing$/.test(last.claim.cue.text.split(' ')[0]!.toLowerCase()) || hit.from <= last.content.from + 1 || hit.from > last.content.to + 2) return null
  for (let k = last.content.from; k < hit.from - 1; k++) {
    if (progressiveHelpers.has(tokens[k]!.lower) && /ing$/.test(tokens[k + 1]!.lower)) return null
  }
  const body = participleReport(scope, hit)
  if (!body) return null
  return {speaker: null, sameSpeakerAs: last, content: body.range, quotation: body.quotation, after: true, that: body.that, outer: {from: hit.from, to: body.range.to}, cutAt: hit.from - 1}
}

/**
 * The report after a participle cue: a clause or a quotation, not one word ("…, adding
 * colour"); for a naming cue one that names something, for a strict cue a "that" clause or a
 * quotation. Null otherwise.
 */
function participleReport(scope: Scope, hit: CueHit): ReturnType<typeof contentAfter> {
  const body = contentAfter(scope, hit, hit.to + 1)
  if (!body || !body.quotation && !hasWords(scope.text, spanOfTokens(scope.tokens, body.range.from, body.range.to), 2)) return null
  if (hit.entry.frame === 'naming' ? !namesSomething(scope, hit, {after: true, content: body.range, that: body.that, quotation: body.quotation}) : hit.entry.strict && !body.that && !body.quotation) return null
  return body
}

/**
 * A participle cue after "and" or "but" that the parse coordinates with a participle before
 * it, of an act that is no claim: both share the subject of the verb they hang from.
 *
 * > | He ducked, pointing to his record and saying that senators are overrated.
 *     ^^                                    ^^^^^^ ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
 *     speaker                               cue    content
 *
 * Null without a parse, or when the report is neither a quotation nor, for a strict cue, a
 * "that" clause.
 */
function chainedParticiple(scope: Scope, hit: CueHit, min: number): CueResult | null {
  const {tokens} = scope
  const before = hit.from > min ? tokens[hit.from - 1]! : null
  if (!before || (before.lower !== 'and' && before.lower !== 'but')) return null
  const head = coordinatedHead(scope, hit)
  if (head <= min || !/ing$/.test(tokens[head]!.lower)) return null
  // The first participle is set off as the cue would be: after a comma, a dash or "by"
  // ("…, pointing to … and saying"); not the object of a verb ("suggested looking at … and
  // asking").
  const opener = tokens[head - 1]!
  if (opener.text !== ',' && !dashTokens.has(opener.text) && !participleOpeners.has(opener.lower)) return null
  const speaker = participleSubject(scope, hit, min)
  // A time the parse took for a subject ("Biden on Monday hit …") names no speaker.
  if (!speaker || namesATime(tokens, speaker.phrase.from, speaker.phrase.to) || !tokens[speaker.phrase.from]!.word || coordinators.has(tokens[speaker.phrase.from]!.lower)) return null
  const body = participleReport(scope, hit)
  if (!body) return null
  return {speaker, sameSpeakerAs: null, content: body.range, quotation: body.quotation, after: true, that: body.that, outer: {from: hit.from, to: body.range.to}, cutAt: hit.from - 1}
}

/**
 * A participle cue that opens the sentence, alone or after "after", "while", "by" and the
 * like: its report runs to the comma that closes it, and the subject of the clause after that
 * comma is the speaker.
 *
 * > | Noting that the pier was closed, Ana Ruiz said the ferry would run.
 *     ^^^^^^      ^^^^^^^^^^^^^^^^^^^  ^^^^^^^^
 *     cue         content              speaker
 *
 * Null when no comma closes the participle's clause before a speaker phrase and a verb, or
 * when the report is a place or an addressee ("Speaking to reporters, …").
 */
function openingParticiple(scope: Scope, hit: CueHit, min: number): CueResult | null {
  const {tokens} = scope
  let start = hit.from
  // Not after "by", whose participle is a means ("By declaring their assets, people …").
  if (start - 1 >= min && participleOpeners.has(tokens[start - 1]!.lower)) start--
  if (tokens[start]!.lower === 'by') return null
  if (!isOpening(scope, min, start) || hit.from !== hit.verb) return null
  const first = tokens[hit.to + 1]
  if (!first || (prepositions.has(first.lower) && first.lower !== 'that')) return null
  // The comma that closes the participle's clause, outside quotation marks.
  let comma = -1
  for (let k = hit.to + 1; k < scope.to && k <= hit.to + OPENING_REACH; k++) {
    if (tokens[k]!.text === ',' && scope.inQuote[k] === -1 && scope.markOf[k] === 0) {
      comma = k
      break
    }
    if (tokens[k]!.text === ';' || tokens[k]!.text === ':') return null
  }
  if (comma < 0) return null
  const phrase = readSpeakerAfter(tokens, comma + 1, scope.to + 1)
  if (!phrase || phrase.outer.to + 1 > scope.to) return null
  const tagged = taggedCue(scope, hit)
  const verb = phrase.outer.to + 1
  if (!tagged || !verbTags.has(tagged.tags[verb - tagged.base] ?? '')) return null
  // "Saying …, Mr Howard argues government is …": a speaker phrase holds no verb.
  for (let k = phrase.outer.from; k <= phrase.outer.to; k++) if (verbTags.has(tagged.tags[k - tagged.base] ?? '')) return null
  const description = describe(scope, phrase)
  if (!description) return null
  const body = contentAfter(scope, hit, hit.to + 1)
  if (!body || body.range.from >= comma) return null
  const to = trimEnd(scope, body.range.from, comma - 1)
  if (to < body.range.from) return null
  const quotation = wholeQuotation(scope, body.range.from, to)
  if (!quotation && !hasWords(scope.text, spanOfTokens(tokens, body.range.from, to), 2)) return null
  if (hit.entry.frame === 'naming' || hit.entry.strict && !body.that && !quotation) return null
  return {speaker: {phrase, description}, sameSpeakerAs: null, content: {from: body.range.from, to}, quotation, after: true, that: body.that, outer: {from: start, to: phrase.outer.to}, cutAt: start - 1}
}

// How far a participle's opening clause may run before its comma.
const OPENING_REACH = 40
const verbTags = new Set(['VERB', 'AUX'])

// The helpers of a progressive: "were marching and calling …".
const progressiveHelpers = new Set(beForms)

/**
 * The speaker of a participle that describes a statement its subject put out: "The town
 * released a statement Wednesday saying …", "His office sent a letter stating …". Only verbs
 * of issuing: who cites or reads a report ("cited a report saying …") is not its author. The
 * parse is read only when a document noun stands right before the participle.
 */
function issuerOf(scope: Scope, hit: CueHit, min: number): CueResult['speaker'] {
  const {tokens} = scope
  let noun = -1
  for (let k = hit.from - 1; k >= Math.max(min, hit.from - 3); k--) {
    if (isDocumentNoun(tokens[k]!.lower)) {
      noun = k
      break
    }
  }
  if (noun < 0) return null
  const parsed = parsedSentenceAt(scope.language, scope.block, tokens, tokens[hit.verb]!.start)
  if (!parsed) return null
  const {syntax, base} = parsed
  const word = hit.verb - base
  if (word < 0 || word >= syntax.heads.length || syntax.relations[word] !== 'acl') return null
  // "a statement Wednesday saying": the parse may hang the participle on the time word.
  const object = syntax.heads[word]!
  if (object < 0 || object !== noun - base && !(syntax.heads[noun - base] === object && syntax.relations[noun - base] === 'compound')) return null
  if (syntax.relations[object] !== 'obj') return null
  const verb = syntax.heads[object]!
  if (verb < 0 || !issuingVerbs.has(syntax.lemmas[verb]!.toLowerCase())) return null
  const subject = verbSubject(parsed, verb)
  if (subject < 0 || subject > verb) return null
  return nominalSpeaker(scope, parsed, subject, min)
}

// Verbs of putting a statement out ("issued", "released", "put out", "sent", "posted").
const issuingVerbs = new Set(['issue', 'release', 'put', 'send', 'post', 'publish', 'write', 'file', 'sign', 'circulate', 'distribute', 'deliver', 'tweet', 'pen'])
