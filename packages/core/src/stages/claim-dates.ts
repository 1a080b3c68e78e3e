import {diagnostic, type PipelineContext, type Stage} from '../stage.js'
import type {Claim} from '../schema/claim.js'
import type {DateValue} from '../schema/date-value.js'
import type {Diagnostic} from '../schema/diagnostic.js'
import type {Span} from '../schema/span.js'
import {dateAnchor, findDates, type DateAnchor, type UnresolvedDate} from '../language/dates.js'
import {countBefore} from '../language/search.js'

/**
 * Date each claim by the time phrase attached to its cue, resolved against the publication
 * date (a report speaks of the past, so a bare weekday is the latest one on or before it).
 *
 * > | Ankara announced on Tuesday that the border …
 *                      ^^^^^^^^^^ date of the claim
 * > | On Friday, the Italian Foreign Ministry said that …
 *     ^^^^^^^^^ date of the claim
 * > | "…," said Okafor in an interview with the BBC on Sunday.
 *                                                   ^^^^^^^^^
 *
 * The phrase is looked for outside the content only (a date inside what was said is not when
 * it was said): between speaker, cue and content, in the words after the attribution up to
 * the end of the sentence, or in a short opener before a comma. With no anchor, a relative
 * phrase stays unresolved and a diagnostic says so. A claim with no phrase of its own that
 * follows a dated claim of the same speaker takes that date, marked `inferred`.
 */
export const claimDates: Stage = {
  name: 'claim-dates',
  kind: 'refiner',
  run(context: PipelineContext) {
    const {draft, text, options} = context
    if (draft.claims.length === 0) return
    const anchor = dateAnchor(draft.published, options.referenceDate)
    const diagnostics: Diagnostic[] = []
    const blocks = draft.blocks.filter((block) => block.kind !== 'boilerplate')
    const blockIndex = new Map(draft.blocks.map((block, index) => [block, index]))

    const claims = draft.claims.map((claim): Claim => {
      if (!claim.cue || claim.date) return claim
      const block = blockAt(blocks, claim.span.start)
      if (!block) return claim
      // The analysis splits each block once: attribution read these sentences already.
      const spans = context.language.sentences(blockIndex.get(block)!)
      // Sentences are in text order: the last one starting at or before the cue, the first
      // one ending at or after it (binary searches: a block can hold thousands of sentences).
      const sentenceStart = spans[countBefore(spans, claim.cue.span.start, (s) => s.start, true) - 1]?.start ?? block.span.start
      const sentenceEnd = spans[countBefore(spans, claim.cue.span.end, (s) => s.end)]?.end ?? block.span.end
      const via = block.kind === 'caption' ? 'caption' : 'body'

      for (const [start, end] of regions(text, claim, sentenceStart, sentenceEnd)) {
        if (end <= start || !timeWord.test(text.slice(start, end))) continue
        const unresolved: UnresolvedDate[] = []
        const found = findDates(text, start, end, anchor, via, {past: true, unresolved})
        const date = found.map((f) => yearAsStated(f.value, anchor, text)).find((value) => !after(value, anchor))
        if (date) return {...claim, date}
        if (unresolved.length > 0) {
          diagnostics.push(
            diagnostic('claim-dates/year-unknown', 'The claim is dated by a weekday or relative day that cannot be placed without the year, which the text does not give', 'info', unresolved[0]!.span)
          )
          return claim
        }
        if (!anchor && relative.test(text.slice(start, end))) {
          diagnostics.push(
            diagnostic('claim-dates/no-anchor', 'The claim is dated relative to a publication date the text does not give', 'info', {start, end})
          )
          return claim
        }
      }
      return claim
    })
    // A claim with no time phrase of its own that follows a dated claim of the same speaker in
    // the same or the next paragraph was most likely made on the same occasion.
    const blockOf = (claim: Claim) => blockIndexAt(blocks, claim.span.start)
    for (let i = 1; i < claims.length; i++) {
      const claim = claims[i]!
      const previous = claims[i - 1]!
      if (claim.date || !previous.date || previous.date.via === 'inferred' || claim.speaker === null || claim.speaker !== previous.speaker) continue
      if (blockOf(claim) - blockOf(previous) > 1) continue
      claims[i] = {...claim, date: {...previous.date, via: 'inferred', span: null, confidence: Math.min(previous.date.confidence, 0.5)}}
    }
    return {claims, diagnostics}
  }
}

// A cheap test before chrono-node: only a weekday, a month, a relative day or period, or a
// year can date a claim.
const timeWord = /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.|today|yesterday|tonight|ago|(?:last|this|next|past) (?:week|month|year|weekend|spring|summer|fall|autumn|winter)|\d{4})\b/i

// The block holding `offset` (blocks are in text order): binary search.
function blockAt<T extends {span: Span}>(blocks: readonly T[], offset: number): T | undefined {
  const index = blockIndexAt(blocks, offset)
  return index === -1 ? undefined : blocks[index]
}

function blockIndexAt(blocks: ReadonlyArray<{span: Span}>, offset: number): number {
  const index = countBefore(blocks, offset, (block) => block.span.start, true) - 1
  return index >= 0 && offset <= blocks[index]!.span.end ? index : -1
}

const relative = /\b(?:today|yesterday|tonight|ago|last|earlier|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i

const timeOpener = /^(?:On|In|Earlier|Later|Last|This|Late|Early|By|At|Since|Yesterday|Today|Tonight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/

// A claim reported in the past is not dated after the anchor.
function after(value: DateValue, anchor: DateAnchor | null): boolean {
  if (!anchor || !anchor.yearKnown || value.value.startsWith('X')) return false
  const day = anchor.date.toISOString().slice(0, 10)
  return value.value.slice(0, 10) > day && value.value.length >= 10
}

// Against an anchor whose year is unknown, a relative phrase must not print the stand-in year
// that the date arithmetic used.
function yearAsStated(value: DateValue, anchor: DateAnchor | null, text: string): DateValue {
  if (!anchor || anchor.yearKnown || value.value.startsWith('X') || !value.span) return value
  if (/\b\d{4}\b/.test(text.slice(value.span.start, value.span.end))) return value
  return {...value, value: 'XXXX' + value.value.slice(4)}
}

// Where a claim's time phrase may stand, most telling first.
function regions(text: string, claim: Claim, sentenceStart: number, sentenceEnd: number): Array<[number, number]> {
  const cue = claim.cue!.span
  const content = claim.content.span
  const out: Array<[number, number]> = []
  if (content.start >= cue.end) {
    // "said on Thursday that …", "on Wednesday called on …"
    out.push([cue.end, content.start])
    out.push([claim.span.start, cue.start])
  } else {
    // "…," Okafor said on Thursday. / "…," said Okafor in an interview on Friday.
    out.push([Math.max(content.end, claim.span.start), cue.start])
    let end = sentenceEnd
    const stop = text.slice(cue.end, sentenceEnd).search(/["“”]|,\s+(?:adding|saying)\b/)
    if (stop !== -1) end = cue.end + stop
    out.push([cue.end, Math.min(end, cue.end + 120)])
  }
  // A short opener: "On Thursday, …", "In January, …".
  const opener = text.slice(sentenceStart, Math.min(claim.span.start, content.start))
  if (opener.length <= 40 && /,\s*$/.test(opener) && timeOpener.test(opener)) out.push([sentenceStart, sentenceStart + opener.length])
  return out
}
