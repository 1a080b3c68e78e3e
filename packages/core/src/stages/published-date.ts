import {diagnostic, type Block, type Stage} from '../stage.js'
import type {DateValue} from '../schema/date-value.js'
import type {Diagnostic} from '../schema/diagnostic.js'
import type {Span} from '../schema/span.js'
import {findDates} from '../language/dates.js'
import {weekdays} from '../lexicon/function-words.js'
import {headerEnd, insideAny, isProse, quoteRanges} from '../language/anatomy.js'

/**
 * Find the publication date: printed in the header (a date line, the byline) or the dateline;
 * else inferred from a dated photo caption and the weekday of the lead; else null with a
 * diagnostic. A day in the story's narration dates what it tells, not the page, so it is
 * never taken for the publication date.
 *
 * > | Amina KH Published March 3, 2023 | 10:09 PM
 *                          ^^^^^^^^^^^^^^^^ byline
 * > | February 13, 2017, 2:43 pm
 *     ^^^^^^^^^^^^^^^^^^^^^^^^^^ header (2017-02-13T14:43)
 * > | … at the White House in Washington, DC, on July 11, 2016. / AFP       (caption)
 * > | … White House officially announced on Thursday that …               (lead)
 *                                           ^^^^^^^^^^^ inferred: 2016-07-14
 *
 * A date in the story's narration or inside a quotation is when something happened or was
 * said, not when the article appeared; a year is never invented.
 */
export const publishedDate: Stage = {
  name: 'published-date',
  run({text, draft}) {
    if (draft.published) return undefined
    const blocks = draft.blocks
    const bodyStart = headerEnd(blocks)
    const diagnostics: Diagnostic[] = []
    let yearless: DateValue | null = null

    // Header lines: date lines and bylines, in order.
    for (let i = 0; i < bodyStart && i < 40; i++) {
      const block = blocks[i]!
      if (block.kind !== 'byline') continue
      const via = draft.authors.some((a) => a.span.start >= block.span.start && a.span.end <= block.span.end) ? 'byline' : 'header'
      for (const found of findDates(text, block.span.start, block.span.end, null, via)) {
        if (found.relative) continue
        if (!found.value.value.startsWith('XXXX')) return {published: found.value}
        yearless ??= found.value
      }
    }

    const datelineDate = draft.dateline?.date ?? null
    if (datelineDate && !datelineDate.value.startsWith('XXXX')) return {published: datelineDate}
    if (datelineDate) yearless ??= datelineDate

    const inferred = inferFromCaption(text, blocks, bodyStart)
    if (inferred) {
      diagnostics.push(
        diagnostic('published-date/inferred', `Publication date not printed; inferred ${inferred.date.value} from ${inferred.reason}`, 'info', inferred.evidence)
      )
      return {published: inferred.date, diagnostics}
    }

    if (yearless) {
      diagnostics.push(
        diagnostic('published-date/no-year', `The text prints no year for its date (${yearless.value})`, 'warning', yearless.span)
      )
      return {published: yearless, diagnostics}
    }
    return {diagnostics: [diagnostic('published-date/none', 'No publication date found in the header, byline or dateline', 'warning')]}
  }
}

// The weekdays from Sunday, as Date#getUTCDay counts them.
const fromSunday = [weekdays[6]!, ...weekdays.slice(0, 6)]
const weekdayPattern = /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g

/**
 * A dated caption ("… on July 11, 2016. / AFP") and a weekday in the lead ("announced on
 * Thursday"): the story appeared on the first such weekday on or after the photo's date.
 */
function inferFromCaption(
  text: string,
  blocks: readonly Block[],
  bodyStart: number
): {date: DateValue; reason: string; evidence: {start: number; end: number}} | null {
  let photo: DateValue | null = null
  for (let i = 0, seen = 0; i < blocks.length && seen < 10 && !photo; i++) {
    const block = blocks[i]!
    if (block.kind !== 'caption') continue
    seen++
    for (const found of findDates(text, block.span.start, block.span.end, null, 'caption')) {
      if (!found.relative && found.value.precision !== 'year' && found.value.precision !== 'month' && !found.value.value.startsWith('XXXX')) {
        photo = found.value
        break
      }
    }
  }
  if (!photo) return null

  const lead = leadBlocks(blocks, bodyStart, 3)
  for (const block of lead) {
    const quotes = quoteRanges(block.text, block.span.start)
    weekdayPattern.lastIndex = 0
    let match: RegExpExecArray | null
    while ((match = weekdayPattern.exec(block.text))) {
      const on = block.text.slice(Math.max(0, match.index - 3), match.index) === 'on ' ? 3 : 0
      const span = {start: block.span.start + match.index - on, end: block.span.start + match.index + match[0].length}
      if (insideAny(quotes, span)) continue
      const weekday = fromSunday.indexOf(match[1]!.toLowerCase())
      const [year, month, day] = photo.value.slice(0, 10).split('-').map(Number) as [number, number, number]
      const base = new Date(Date.UTC(year, month - 1, day, 12))
      const date = new Date(base.getTime() + ((weekday - base.getUTCDay() + 7) % 7) * 86_400_000)
      return {
        date: {value: date.toISOString().slice(0, 10), precision: 'day', via: 'inferred', span: null, confidence: 0.5},
        reason: `the caption date ${photo.value} and "${text.slice(span.start, span.end)}" in the lead`,
        evidence: span
      }
    }
  }
  return null
}

/** The standfirst and the first prose paragraphs. */
function leadBlocks(blocks: readonly Block[], bodyStart: number, count: number): Block[] {
  const lead: Block[] = blocks.filter((block, i) => i < bodyStart && block.kind === 'standfirst')
  for (let i = bodyStart; i < blocks.length && lead.length < count + 1; i++) {
    if (isProse(blocks[i]!)) lead.push(blocks[i]!)
  }
  return lead
}

// "On February 5th, …", "On 2 February, …": a sentence that opens with its day. A day later in
// a sentence ("talks resume on 16 March") is as often ahead of the news as on it.
