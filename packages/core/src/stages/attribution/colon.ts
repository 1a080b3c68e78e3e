import type {SpeakerNote} from '../../stage.js'
import type {Speaker} from '../../schema/speaker.js'
import {isNameLike, readSpeakerAfter, readSpeakerBefore} from '../../language/speaker-phrase.js'
import {labelWords} from '../../lexicon/sections.js'
import {setContent, spanOf, trimEnd, useQuotation} from './cue.js'
import {addSpeaker, claimDraft, describe, type Draft, type Scope} from './claim-draft.js'

/**
 * Attribute through a bare colon: a name, a colon, and what was said, in a headline or a
 * transcript. (A cue before a colon, "He told reporters: …", is a cue pattern.)
 *
 * > | SMITH: We will not leave this town.
 *     ^^^^^ ^ ^^^^^^^^^^^^^^^^^^^^^^^^^^^^
 *     speaker cue content
 */

// "Caddell: Voters Worried About …" (a headline), "SMITH: Well, look, …" (a transcript): a
// speaker, a colon, and what was said.
export function colonClaim(scope: Scope, speakers: Speaker[], notes: SpeakerNote[]): Draft | null {
  return labelClaim(scope, speakers, notes) ?? namedQuotation(scope, speakers, notes)
}

/**
 * A person's name before a colon and a quotation that ends the sentence: "… doesn't surprise
 * pollster Ana Ruiz: “Lesser-known candidates …”", "Here is Ruiz in 1992: “…”" (the name may
 * carry a short time or place after it). The name must be a person's, first name and surname.
 */
function namedQuotation(scope: Scope, speakers: Speaker[], notes: SpeakerNote[]): Draft | null {
  const {tokens, from, to, markOf} = scope
  for (let colon = from + 1; colon < to; colon++) {
    if (tokens[colon]!.text !== ':' || scope.inQuote[colon] !== -1 || markOf[colon + 1]! <= 0) continue
    const index = markOf[colon + 1]! - 1
    const quotation = scope.quotations[index]!
    let close = colon + 2
    while (close <= to && markOf[close] !== -1 - index) close++
    if (close > to ? quotation.close !== null : trimEnd(scope, close, to) !== close) return null
    const phrase = readSpeakerBefore(tokens, colon, from)
    if (!phrase || phrase.outer.to !== colon - 1) return null
    const description = describe(scope, phrase)
    if (!description || description.kind !== 'person' || description.pronoun || description.titleOnly || !/\s/.test(description.name)) return null
    const cueSpan = {start: tokens[colon]!.start, end: tokens[colon]!.end}
    const draft = claimDraft({kind: 'direct', cue: {text: ':', lemma: 'say', span: cueSpan}, confidence: 0.7, speaker: -1, outer: {from: phrase.outer.from, to: Math.min(close, to)}, after: true})
    useQuotation(scope, draft, quotation)
    draft.speaker = addSpeaker(scope, {phrase, description}, speakers, notes)
    draft.claim.speaker = speakers[draft.speaker]!.id
    draft.claim.span = spanOf(scope, draft)
    return draft
  }
  return null
}

function labelClaim(scope: Scope, speakers: Speaker[], notes: SpeakerNote[]): Draft | null {
  const {tokens, from, to} = scope
  let start = from
  if (scope.markOf[start]! > 0) start++
  let colon = start
  while (colon <= to && colon < start + 5 && tokens[colon]!.text !== ':') colon++
  if (colon > to || colon === start || tokens[colon]!.text !== ':') return null
  const shouted = tokens.slice(start, colon).every((t) => !t.word || t.text === t.text.toUpperCase())
  // In a headline, "Reyes: Talks will resume next week" in sentence case too.
  if (!scope.titleCase && !shouted && !scope.heading) return null
  if (!tokens.slice(start, colon).every((t) => isNameLike(t) || t.text === '.')) return null
  // "Breaking: …", "The Latest: …", "Contributing: …": a label, no speaker.
  if (tokens.slice(start, colon).every((t) => !t.word || labels.has(t.lower) || t.lower === 'the')) return null
  const phrase = readSpeakerAfter(tokens, start, colon)
  if (!phrase || phrase.outer.to !== colon - 1) return null
  const description = describe(scope, phrase)
  if (!description || description.pronoun) return null
  const contentFrom = colon + 1
  // "PENCE: Well, look, … And that is why …": a transcript's speaker label that opens the
  // paragraph gives the speaker the whole turn.
  const turn = shouted && from === 0 && tokens.slice(start, colon).some((t) => t.word && t.text.length > 1)
  const end = trimEnd(scope, contentFrom, turn ? tokens.length - 1 : to)
  if (end - contentFrom < 2) return null
  // "Replacements: Peel, Wilson, Thompson.": a list of names says nothing (a headline's
  // report, "Caddell: Voters Worried About …", has no commas).
  let lower = 0
  let commas = 0
  for (let k = contentFrom; k <= end; k++) {
    if (tokens[k]!.word && /^\p{Ll}/u.test(tokens[k]!.text)) lower++
    else if (tokens[k]!.text === ',' || tokens[k]!.text === ';') commas++
  }
  if (lower === 0 && commas >= 2) return null
  const cueSpan = {start: tokens[colon]!.start, end: tokens[colon]!.end}
  const draft = claimDraft({kind: 'indirect', cue: {text: ':', lemma: 'say', span: cueSpan}, confidence: 0.6, speaker: -1, outer: {from: start, to: end}, after: true})
  setContent(scope, draft, contentFrom, end)
  draft.speaker = addSpeaker(scope, {phrase, description}, speakers, notes)
  draft.claim.speaker = speakers[draft.speaker]!.id
  draft.claim.span = spanOf(scope, draft)
  return draft
}

const labels = new Set(labelWords)
