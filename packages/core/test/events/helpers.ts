import {expect} from 'vitest'
import {parseArticle} from '../../src/pipeline/parse-article.js'
import type {Stage, StageOutput} from '../../src/stage.js'
import {blocks} from '../../src/stages/blocks.js'
import {title} from '../../src/stages/title.js'
import {events} from '../../src/stages/events.js'
import {eventModality} from '../../src/stages/event-modality.js'
import {eventDates} from '../../src/stages/event-dates.js'
import {eventArguments} from '../../src/stages/event-arguments.js'
import type {Event} from '../../src/schema/event.js'
import {parseSentence} from '../../src/language/syntax/index.js'
import {readHeadline} from '../../src/language/headline.js'

/** What a test may give the event stages besides the text. */
export interface Given {
  published?: string
  /** Run the title stage too, so that a first line can be the headline. */
  title?: boolean
  /** Claims, speakers… as an earlier stage would have produced them. */
  draft?: StageOutput
  /** Keep hypothetical events (default here: true, so that tests can read their modality). */
  hypotheticalEvents?: boolean
}

/**
 * Run the blocks stage, what the test gives, and the four event stages on `text`, with the
 * token grammar alone (as `@onrecord/core/lite` does) or, with `syntax`, reading the parse.
 */
export function parseEvents(text: string, given: Given = {}, syntax = false): Event[] {
  const earlier: Stage = {name: 'given', run: () => given.draft ?? {}}
  const article = parseArticle(text, {
    published: given.published ?? null,
    stages: [blocks, ...(given.title ? [title] : []), earlier, events, eventModality, eventArguments, eventDates],
    syntax: syntax ? parseSentence : null,
    headlines: syntax ? readHeadline : null,
    hypotheticalEvents: given.hypotheticalEvents ?? true
  })
  for (const event of article.events) {
    // Every value carries its evidence.
    expect(text.slice(event.trigger.span.start, event.trigger.span.end)).toBe(event.trigger.text)
    for (const participant of [...event.actors, ...event.targets]) {
      expect(text.slice(participant.span.start, participant.span.end)).toBe(participant.name)
    }
    if (event.location) expect(text.slice(event.location.span.start, event.location.span.end)).toBe(event.location.name)
    expect(article.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
  }
  return article.events
}

/**
 * Assert that `text` yields exactly one event, of `type`, whose trigger is `trigger` at its
 * first occurrence (or at `at`), and return it.
 */
export function testSingleEvent(text: string, type: Event['type'], trigger: string, given: Given = {}, at = text.indexOf(trigger)): Event {
  const found = parseEvents(text, given)
  expect(found.map((event) => `${event.type} ${event.trigger.text}`)).toEqual([`${type} ${trigger}`])
  const event = found[0]!
  expect(event.trigger.span).toEqual({start: at, end: at + trigger.length})
  return event
}

/** Assert that `text` yields no event at all. */
export function testNoEvent(text: string, given: Given = {}): void {
  expect(parseEvents(text, given).map((event) => `${event.type} ${event.trigger.text}`)).toEqual([])
}

/** {@link parseEvents} reading the dependency parse. */
export function parseEventsWithSyntax(text: string, given: Given = {}): Event[] {
  return parseEvents(text, given, true)
}

/** {@link testSingleEvent} reading the dependency parse. */
export function testSingleParsedEvent(text: string, type: Event['type'], trigger: string, at = text.indexOf(trigger)): Event {
  const found = parseEventsWithSyntax(text)
  expect(found.map((event) => `${event.type} ${event.trigger.text}`)).toEqual([`${type} ${trigger}`])
  const event = found[0]!
  expect(event.trigger.span).toEqual({start: at, end: at + trigger.length})
  return event
}
