import type {SpeakerNote} from '../../stage.js'
import type {Speaker} from '../../schema/speaker.js'
import type {Quotation} from '../../language/quotations.js'
import {readSpeakerAfter} from '../../language/speaker-phrase.js'
import {addSpeaker, claimDraft, describe, type Draft, type Scope} from './claim-draft.js'
import {dashTokens, firstTokenAt, sentenceEnds} from './cue.js'

/**
 * Attribute a quotation that makes its own sentence and is signed with a dash and a name.
 *
 * > | “We will rebuild every school.” ― Sonia Perez
 *     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ ^ ^^^^^^^^^^^
 *     content                         cue speaker
 *
 * `block` is the scope of the whole block; the draft's speaker is added to `speakers`.
 */
export function signedQuote(block: Scope, blockStart: number, quotation: Quotation, speakers: Speaker[], notes: SpeakerNote[]): Draft | null {
  const {text, tokens, markOf} = block
  if (!quotation.close) return null
  // Only a quotation that makes its own sentence is signed this way.
  const before = text.slice(Math.max(blockStart, quotation.open.start - 2), quotation.open.start)
  const last = before.trimEnd().slice(-1)
  if (before !== '' && (last === '' || !sentenceEnds.includes(last))) return null
  const closeAt = firstTokenAt(tokens, quotation.close.start)
  const dash = tokens[closeAt + 1]
  if (!dash || !dashTokens.has(dash.text)) return null
  const scope: Scope = {...block, from: closeAt + 2, to: tokens.length - 1}
  const phrase = readSpeakerAfter(tokens, closeAt + 2, tokens.length)
  const description = phrase ? describe(scope, phrase) : null
  if (!phrase || !description || description.pronoun) return null
  const next = tokens[phrase.outer.to + 1]
  if (next && next.text !== '.' && markOf[phrase.outer.to + 1]! <= 0) return null
  const speaker = addSpeaker(scope, {phrase, description}, speakers, notes)
  return claimDraft({
    speakerId: speakers[speaker]!.id,
    kind: 'direct',
    cue: {text: dash.text, lemma: 'say', span: {start: dash.start, end: dash.end}},
    contentText: {text: text.slice(quotation.content.start, quotation.content.end), span: {...quotation.content}},
    span: {start: quotation.open.start, end: tokens[phrase.outer.to]!.end},
    confidence: 0.7,
    speaker,
    outer: {from: firstTokenAt(tokens, quotation.open.start), to: phrase.outer.to},
    quotations: [quotation]
  })
}
