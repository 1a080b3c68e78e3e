import type {PipelineContext, SpeakerNote, Stage} from '../../stage.js'
import type {Claim} from '../../schema/claim.js'
import type {Speaker} from '../../schema/speaker.js'
import type {Span} from '../../schema/span.js'
import type {Quotation} from '../../language/quotations.js'
import {readSpeakerAfter} from '../../language/speaker-phrase.js'
import {attributeSentence, cueWords, dashTokens, firstTokenAt, hasWords, lastTokenBefore, quotationsWithin, sentenceEnds, sentencesOf, standsAlone} from './cue.js'
import {addSpeaker, type Draft, type Scope} from './claim-draft.js'
import {continuedQuote} from './continued-quote.js'
import {cueNounWords} from './noun-cue.js'
import {signedQuote} from './signed-quote.js'


/**
 * Attribute statements to their sources: quotations and reported clauses with the
 * reporting cue and the speaker phrase, in every order news text uses.
 *
 * > | "We will not leave this town," Okafor said.
 *       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^  ^^^^^^ ^^^^
 *       content                       speaker cue
 * > | Novak also alleged that the council was blocking aid …
 *     ^^^^^      ^^^^^^^      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^
 *     speaker    cue          content
 * > | …, according to the Polish Ambassador to Kenya Jan Nowak.
 *        ^^^^^^^^^^^^ ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
 *        cue          speaker (content: the clause before)
 *
 * Each claim gets its own speaker here, with the phrase as written; `merge-speaker-aliases`
 * then resolves pronouns, surnames and titles and merges speakers. What the refiner needs to
 * know about each phrase (pronoun, title-only, role) travels in the draft's `speakerNotes`.
 */

/**
 * Find attributed claims in the article's own blocks (boilerplate skipped).
 */
export const attribution: Stage = {
  name: 'attribution',
  run(context: PipelineContext) {
    const {text, draft} = context
    const {quotations} = context.language.quotations()
    const byBlock = new Map<number, Quotation[]>()
    for (const q of quotations) {
      if (q.depth !== 0) continue
      const list = byBlock.get(q.block) ?? []
      list.push(q)
      byBlock.set(q.block, list)
    }

    const claims: Claim[] = []
    const speakers: Speaker[] = []
    const notes: SpeakerNote[] = []
    let previousBlockLast: Draft | null = null
    // A claim whose cue ended the previous paragraph with a colon ("He told reporters:").
    let pending: Draft | null = null

    draft.blocks.forEach((block, blockIndex) => {
      if (block.kind === 'boilerplate') return
      const isHeading = block.kind === 'title' || block.kind === 'heading'
      const carried = isHeading ? null : pending
      pending = null
      const blockQuotes = byBlock.get(blockIndex) ?? []
      if (blockQuotes.length === 0 && !block.text.includes(':') && !cueWords.test(block.text) && !cueNounWords.test(block.text)) {
        // The paragraph after "He said:" is what he said.
        if (carried) {
          finishPending(text, carried, block.span, null, [], speakers, notes)
          claims.push(carried.claim)
        }
        previousBlockLast = carried
        return
      }
      const tokens = context.language.tokens(blockIndex)
      if (tokens.length === 0) return
      const inQuote = new Int32Array(tokens.length).fill(-1)
      const markOf = new Int32Array(tokens.length)
      let q = 0
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i]!
        while (q < blockQuotes.length && blockQuotes[q]!.content.end < t.start) q++
        for (let k = q; k < blockQuotes.length && blockQuotes[k]!.open.start <= t.start; k++) {
          const quotation = blockQuotes[k]!
          if (t.start === quotation.open.start) markOf[i] = k + 1
          else if (quotation.close && t.start === quotation.close.start) markOf[i] = -1 - k
          else if (t.start >= quotation.content.start && t.end <= quotation.content.end) inQuote[i] = k
        }
      }

      let words = 0
      let capitalised = 0
      for (const t of tokens) {
        if (!t.word || t.text.length <= 3) continue
        words++
        if (t.text.charCodeAt(0) !== t.lower.charCodeAt(0)) capitalised++
      }
      const titleCase = words > 0 && capitalised / words > 0.7
      const made: Draft[] = []
      const usedQuotes = new Set<Quotation>()
      const spans = context.language.sentences(blockIndex)
      for (const sentence of sentencesOf(text, spans, blockQuotes)) {
        const from = firstTokenAt(tokens, sentence.start)
        const to = lastTokenBefore(tokens, sentence.end)
        if (from > to) continue
        const scope: Scope = {text, language: context.language, block: blockIndex, tokens, inQuote, markOf, quotations: blockQuotes, from, to, titleCase, heading: isHeading, firstNames: context.options.firstNames ?? null}
        const sentenceClaims = attributeSentence(scope, speakers, notes, made.length > 0 ? made[made.length - 1]! : null)
        for (const claim of sentenceClaims) {
          for (const quotation of claim.quotations) usedQuotes.add(quotation)
          made.push(claim)
        }
      }

      // "“…” ― Sonia Perez": a quotation signed with a dash and a name.
      const blockScope: Scope = {text, language: context.language, block: blockIndex, tokens, inQuote, markOf, quotations: blockQuotes, from: 0, to: tokens.length - 1, titleCase}
      for (const quotation of blockQuotes) {
        if (usedQuotes.has(quotation)) continue
        const signed = signedQuote(blockScope, block.span.start, quotation, speakers, notes)
        if (!signed) continue
        usedQuotes.add(quotation)
        made.push(signed)
      }
      made.sort((a, b) => a.claim.span.start - b.claim.span.start)

      // After "He said:", the paragraph is his: its opening quotation, or the whole paragraph
      // when it attributes nothing itself.
      if (carried) {
        const first = blockQuotes[0]
        const opens = first !== undefined && text.slice(block.span.start, first.open.start).trim() === ''
        if (opens && !usedQuotes.has(first) && standsAlone(text, block.span, first)) {
          finishPending(text, carried, first.content, first, [], speakers, notes)
          usedQuotes.add(first)
          made.unshift(carried)
        } else if (!opens && made.length === 0) {
          const inside = quotationsWithin(blockQuotes, block.span)
          finishPending(text, carried, block.span, null, inside, speakers, notes)
          for (const quotation of inside) usedQuotes.add(quotation)
          made.unshift(carried)
        }
      }

      // Quotations that continue an attributed one with no cue of their own.
      // Claims and quotations are both in text order: one pointer finds the claim before each quotation.
      const sentenceClaimsCount = made.length
      let c = 0
      blockQuotes.forEach((quotation) => {
        while (c < sentenceClaimsCount && made[c]!.claim.span.end <= quotation.open.start) c++
        if (usedQuotes.has(quotation) || isHeading) return
        if (!hasWords(text, quotation.content, 4)) return
        const last = c > 0 ? spokenBefore(made, c) : (quotation.open.start - block.span.start < 2 || quotation.continues ? previousBlockLast : null)
        // "…," she wrote, "and …": a quotation right after an attribution continues it.
        const followsAttribution = c > 0 && /^\s*,\s*$/.test(text.slice(made[c - 1]!.claim.span.end, quotation.open.start)) && made[c - 1]!.claim.cue !== null
        const continued = continuedQuote(text, block.span, quotation, last, followsAttribution, speakers, `a${claims.length + made.length}`)
        if (continued) made.push(continued)
      })
      made.sort((a, b) => a.claim.span.start - b.claim.span.start)
      const lastMade = made.length > 0 ? made[made.length - 1]! : null
      if (lastMade?.pending) pending = lastMade
      const own = made.filter((d) => !d.pending)
      for (const d of own) claims.push(d.claim)
      previousBlockLast = own.length > 0 ? spokenBefore(own, own.length) : null
    })

    claims.forEach((claim, index) => {
      claim.id = `a${index + 1}`
    })
    return {claims, speakers, speakerNotes: notes}
  }
}

/**
 * Give a claim whose cue ended its paragraph with a colon its content from the next paragraph
 * (a quotation, or the paragraph itself), and its speaker.
 */
function finishPending(text: string, draft: Draft, content: Span, quotation: Quotation | null, inside: Quotation[], speakers: Speaker[], notes: SpeakerNote[]): void {
  const {scope, speaker} = draft.pending!
  draft.pending = undefined
  draft.speaker = addSpeaker(scope, speaker, speakers, notes)
  draft.claim.speaker = speakers[draft.speaker]!.id
  draft.claim.content = {text: text.slice(content.start, content.end), span: {...content}}
  draft.claim.kind = quotation ? 'direct' : inside.length > 0 ? 'mixed' : 'indirect'
  draft.quotations = quotation ? [quotation] : inside
  draft.claim.span = {start: draft.claim.span.start, end: quotation?.close ? quotation.close.end : content.end}
}

/**
 * The claim a quotation with no cue may continue, of the first `count` drafts: the last one,
 * or the one before a question put by someone unnamed ("“…,” she said when asked whether …"),
 * which the quotation after it answers.
 */
function spokenBefore(drafts: readonly Draft[], count: number): Draft {
  const last = drafts[count - 1]!
  const question = last.speaker < 0 && last.claim.cue?.lemma === 'ask'
  return question && count > 1 ? drafts[count - 2]! : last
}

// ---------------------------------------------------------------------------------------------
// Sentences that never cut a quotation.
