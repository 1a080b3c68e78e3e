import type {Span} from '../../schema/span.js'
import type {Speaker} from '../../schema/speaker.js'
import type {Quotation} from '../../language/quotations.js'
import {claimDraft, type Draft} from './claim-draft.js'
import {standsAlone} from './cue.js'

/**
 * Attribute a quotation with no cue of its own to the speaker of the claim before it: one that
 * makes its own sentence, or one that follows an attribution after a comma.
 *
 * > | “We will not leave,” Ana Ruiz said. “This is our home.”
 *                          ^^^^^^^^                ^^^^^^^^^^^^^^^^^
 *                          speaker of the claim before  content
 *
 * `follows` says whether the quotation comes right after an attribution (`"…," she wrote,
 * "and …"`); `last` is the claim before it. Returns null when there is no speaker to continue.
 */
export function continuedQuote(text: string, block: Span, quotation: Quotation, last: Draft | null, follows: boolean, speakers: readonly Speaker[], id: string): Draft | null {
  if (!follows && !standsAlone(text, block, quotation)) return null
  if (!last || last.speaker < 0) return null
  const speaker = speakers[last.speaker]!
  const content = {start: quotation.content.start, end: quotation.content.end}
  return claimDraft({
    id,
    speakerId: speaker.id,
    kind: 'direct',
    cue: null,
    contentText: {text: text.slice(content.start, content.end), span: content},
    span: {start: quotation.open.start, end: quotation.close ? quotation.close.end : quotation.content.end},
    confidence: 0.7,
    speaker: last.speaker,
    outer: {from: 0, to: 0},
    quotations: [quotation]
  })
}
