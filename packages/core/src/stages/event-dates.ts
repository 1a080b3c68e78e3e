/**
 * Date each event with the date expression of its own clause, resolved against the
 * publication date.
 *
 * > | The Islamic State terror group on January 20 attacked a prison
 *                                    ^^^^^^^^^^^ ^^^^^^^^ 2022-01-20 (the publication's year)
 * > | carrying out airstrikes … in Syria since September 2014
 *                  ^^^^^^^^^^               ^^^^^^^^^^^^^^^^^^^^ 2014-09/..
 * > | since war broke out in 2011 when regime forces gunned down protesters
 *                          ^^^^^^^                    ^^^^^^^^^^^ 2011 (a "when" clause dates by what it follows)
 *
 * - The first date expression of the trigger's clause wins; a date in another clause is
 *   another event's.
 * - "since X" is an open interval `X/..`; a bare year after a preposition ("in 2017") is a year.
 * - A clause that opens with "when" takes the date just before it.
 * - An event reported in the past perfect ("said in January that the US had shared…") with
 *   no date of its own happened before the report: it takes the report's month. Any other
 *   reported event with no date of its own takes none.
 * - Without a year in the text or the publication date, the year stays `XXXX`.
 */
import type {PipelineContext, Stage} from '../stage.js'
import {diagnostic} from '../stage.js'
import type {DateValue} from '../schema/date-value.js'
import type {Diagnostic} from '../schema/diagnostic.js'
import type {Event} from '../schema/event.js'
import {dateAnchor, findDates, type DateAnchor, type UnresolvedDate} from '../language/dates.js'
import {clauseRange, verbGroupStart, type EventSentence, type EventToken} from '../language/event-grammar.js'
import {subsetOf} from '../language/word-sets.js'
import {auxiliaries} from '../lexicon/function-words.js'

const reportingVerbs = new Set([
  'said', 'says', 'say', 'told', 'tells', 'announced', 'announces', 'reported', 'reports', 'added', 'adds', 'stated',
  'states', 'claimed', 'claims', 'confirmed', 'confirms', 'alleged', 'alleges', 'insisted', 'insists', 'noted', 'notes',
  'wrote', 'writes', 'revealed', 'reveals', 'disclosed', 'explained', 'recalled', 'acknowledged', 'admitted'
])

/** A date expression of a sentence with the tokens it covers. */
interface SentenceDate {
  value: DateValue
  first: number
  last: number
}

/** The event-dates stage; see the file comment. */
export const eventDates: Stage = {
  name: 'event-dates',
  kind: 'refiner',
  run(context) {
    if (context.draft.events.length === 0) return
    const sentences = context.language.eventSentences()
    const facts = context.language.triggerFacts
    const anchor = dateAnchor(context.draft.published, context.options.referenceDate)
    const byDates = new Map<number, SentenceDate[]>()
    const diagnostics: Diagnostic[] = []

    const events = context.draft.events.map((event): Event => {
      const fact = facts.get(event.trigger.span.start)
      if (!fact || event.date) return event
      const sentence = sentences[fact.sentence]
      if (!sentence) return event
      let dates = byDates.get(fact.sentence)
      if (!dates) byDates.set(fact.sentence, (dates = sentenceDates(context, sentence, anchor, diagnostics)))
      const date = eventDate(sentence.tokens, dates, fact.first, fact.form === 'noun')
      return date ? {...event, date} : event
    })
    // A scheduled event named twice at the same place ("a new round of talks in Astana" … "the
    // upcoming Astana talks on February 15") is one event: the undated mention takes the date of
    // the later one when that date lies after publication.
    const published = context.draft.published?.value ?? null
    for (let index = 0; index < events.length; index++) {
      const event = events[index]!
      const fact = facts.get(event.trigger.span.start)
      if (event.date || !event.location || fact?.form !== 'noun') continue
      const place = event.location.name.toLowerCase()
      const later = events.slice(index + 1).find((other) =>
        other.type === event.type && other.date && facts.get(other.trigger.span.start)?.form === 'noun' &&
        (other.location?.name.toLowerCase() === place || other.trigger.text.toLowerCase().includes(place)) &&
        published !== null && /^\d{4}/.test(other.date.value) && other.date.value.slice(0, 10) > published.slice(0, 10))
      if (later?.date) {
        events[index] = {...event, date: {...later.date, via: 'inferred', span: null, confidence: 0.5}}
      }
    }
    if (!anchor && events.some((event) => event.date === null)) {
      diagnostics.push(diagnostic('event-dates/no-anchor', 'No publication date: relative event dates ("last month") are left out', 'info'))
    }
    return {events, diagnostics}
  }
}

const lastingAuxiliaries = new Set(subsetOf(auxiliaries, ['has', 'have', 'had', 'been', 'is', 'are']))

function eventDate(tokens: readonly EventToken[], dates: readonly SentenceDate[], first: number, isNoun: boolean): DateValue | null {
  const [start, end] = clauseRange(tokens, first)
  // "since 2014" spans a state or a repeated act ("has been carrying out airstrikes since"), not a
  // single past act ("released two nationals held since 2022").
  const group = tokens.slice(verbGroupStart(tokens, first), first).map((token) => token.norm)
  const lasting = isNoun || group.some((word) => lastingAuxiliaries.has(word))
  // "Jets struck the town, officials said on Thursday": a date after a later verb of saying dates the saying.
  const ofSaying = (date: SentenceDate) => date.first > first && tokens.slice(Math.max(first, date.first - 3), date.first).some((token) => reportingVerbs.has(token.norm))
  const own = dates.find((date) => date.first >= start && date.first < end && (lasting || !date.value.value.endsWith('/..')) && !ofSaying(date))
  if (own) return own.value

  // "in 2011 when regime forces gunned down protesters": the when-clause is dated by what it follows.
  if (tokens[start]?.norm === 'when') {
    const before = dates.filter((date) => date.last === start)
    if (before.length) return before[before.length - 1]!.value
  }

  // "The minister said three weeks ago that officials had met": the past perfect puts the event before the report.
  if (tokens[start]?.norm === 'that' && start > 0) {
    const group = tokens.slice(verbGroupStart(tokens, first), first).map((token) => token.norm)
    if (group.includes('had')) {
      const [matrixStart] = clauseRange(tokens, start - 1)
      const reporting = tokens.slice(matrixStart, start).some((token) => reportingVerbs.has(token.norm))
      const report = dates.find((date) => date.first >= matrixStart && date.first < start)
      if (reporting && report) return toMonth(report.value)
    }
  }
  return null
}

/** A date known to bound an event from above, kept to its month. */
function toMonth(value: DateValue): DateValue {
  const match = /^([\dX]{4})(?:-(\d{2}))?/.exec(value.value)
  if (!match || !match[2]) return {...value, confidence: Math.min(value.confidence, 0.5)}
  return {...value, value: `${match[1]}-${match[2]}`, precision: 'month', via: 'inferred', confidence: 0.5}
}

// A duration is not a date: "for 12 months", "in approximately 2 weeks".
const duration = /^(?:for|within|over|during)\b|^in\s+(?:(?:about|approximately|around|some|nearly|almost|roughly)\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)\s+(?:minute|hour|day|week|month|year)s?$/i

/**
 * An event date to the day at most (a clock time in news text dates the report, and a bare
 * number before a weekday is no hour), with the year left unknown when neither the expression
 * nor the anchor states it.
 */
function dayAtMost(value: DateValue, expression: string, anchor: DateAnchor | null): DateValue {
  let result = value
  if (result.precision === 'minute' || result.precision === 'second') {
    result = {...result, value: result.value.slice(0, 10), precision: 'day'}
  }
  if ((!anchor || !anchor.yearKnown) && !/\d{4}/.test(expression) && /^\d{4}/.test(result.value)) {
    result = {...result, value: `XXXX${result.value.slice(4)}`}
  }
  return result
}


const yearPattern = /\b(?:in|since|during|of|by|until|through|throughout|from|early|late|mid-?)\s+((?:1[89]|20)\d{2})\b/gi

function sentenceDates(context: PipelineContext, sentence: EventSentence, anchor: DateAnchor | null, diagnostics: Diagnostic[]): SentenceDate[] {
  const {text} = context
  const {span, tokens} = sentence
  // The dateline's date is the report's, not an event's: "JERUSALEM, March 3 (Reuters) - Jets struck…".
  const dateline = context.draft.dateline?.span
  const unresolved: UnresolvedDate[] = []
  const found = findDates(text, span.start, span.end, anchor, 'body', {past: true, unresolved})
    .filter((date) => date.value.span && !duration.test(text.slice(date.value.span.start, date.value.span.end)))
    .filter((date) => !dateline || date.value.span!.end <= dateline.start || date.value.span!.start >= dateline.end)
    .map((date) => dayAtMost(date.value, text.slice(date.value.span!.start, date.value.span!.end), anchor))
    // A year cannot be placed against no year. (findDates keeps a weekday beside a yearless day
    // only as far as every year agrees: its month.)
    .filter((value) => value.value !== 'XXXX')
  for (const date of unresolved) {
    diagnostics.push(
      diagnostic('event-dates/year-unknown', 'A weekday or relative day in the sentence cannot be placed without the year, which the text does not give', 'info', date.span)
    )
  }

  // A bare year after a preposition, which chrono leaves alone: "in 2017", "since 2011".
  const slice = text.slice(span.start, span.end)
  yearPattern.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = yearPattern.exec(slice))) {
    const start = span.start + match.index + match[0].length - match[1]!.length
    const end = start + match[1]!.length
    if (found.some((date) => date.span && date.span.start < end && start < date.span.end)) continue
    found.push({value: match[1]!, precision: 'year', via: 'body', span: {start, end}, confidence: 0.8})
  }

  const out: SentenceDate[] = []
  for (const value of found) {
    const dateSpan = value.span!
    const first = tokens.findIndex((token) => token.end > dateSpan.start)
    let last = first
    while (last < tokens.length && tokens[last]!.start < dateSpan.end) last++
    if (first < 0) continue
    const since = /\bsince\s+(?:(?:early|late|mid-?)\s*)?$/i.test(text.slice(Math.max(span.start, dateSpan.start - 20), dateSpan.start))
    out.push({value: since ? {...value, value: `${value.value}/..`} : value, first, last})
  }
  return out.sort((a, b) => a.first - b.first)
}
