/**
 * WikiEvents (Li, Ji and Han, NAACL 2021): news articles with every event annotated with a
 * KAIROS type, a trigger and arguments with roles, one JSON document per line.
 *
 * > | {"doc_id": "…", "tokens": […], "sentences": [[[["Rebels", 0, 6], …], "Rebels attacked …"], …],
 * > |  "entity_mentions": [{"id": "…-T1", "start": 0, "end": 1, …}, …],
 * > |  "event_mentions": [{"event_type": "Conflict.Attack.Unspecified", "trigger": {"start": 1, "end": 2, …},
 * > |                      "arguments": [{"entity_id": "…-T1", "role": "Attacker", …}]}]}
 *
 * Token offsets are the document's; the sentences' `text` lost the characters between them.
 * {@link rebuildText} writes each sentence at its first token's offset, the gap before it a
 * newline padded with spaces, so that every token's offsets hold in the rebuilt article.
 */
import type {PloverType, Span} from '@onrecord/core'
import {utf16Offsets} from './brat.js'

/** A participant role of the record that WikiEvents arguments are scored against. */
export type EventRole = 'actor' | 'target' | 'place'

/** The roles, in report order. */
export const eventRoles: readonly EventRole[] = ['actor', 'target', 'place']

/**
 * KAIROS event types that are a PLOVER event, by type prefix (`Conflict.Attack` covers
 * `Conflict.Attack.DetonateExplode`), and how each KAIROS argument role maps to the record's
 * participants. Roles not listed (`Instrument`, `Topic`, `Regulator`…) are not scored.
 */
export const kairosToPlover: ReadonlyArray<{
  kairos: string
  plover: PloverType
  roles: Readonly<Record<string, EventRole>>
}> = [
  {kairos: 'Conflict.Attack', plover: 'ASSAULT', roles: {Attacker: 'actor', Target: 'target', Place: 'place'}},
  {kairos: 'Conflict.Demonstrate', plover: 'PROTEST', roles: {Demonstrator: 'actor', Target: 'target', Place: 'place'}},
  {kairos: 'Justice.ArrestJailDetain', plover: 'COERCE', roles: {Jailer: 'actor', Detainee: 'target', Place: 'place'}},
  {kairos: 'Contact.Contact.Meet', plover: 'CONSULT', roles: {Participant: 'actor', Place: 'place'}},
  {kairos: 'Contact.RequestCommand', plover: 'REQUEST', roles: {Communicator: 'actor', Recipient: 'target', Place: 'place'}},
  {kairos: 'Contact.ThreatenCoerce', plover: 'THREATEN', roles: {Communicator: 'actor', Recipient: 'target', Place: 'place'}},
  {
    kairos: 'Justice.ChargeIndict',
    plover: 'ACCUSE',
    roles: {Prosecutor: 'actor', JudgeCourt: 'actor', Defendant: 'target', Place: 'place'}
  }
]

/** The PLOVER types WikiEvents annotates, in report order. */
export const wikiEventsTypes: readonly PloverType[] = kairosToPlover.map((entry) => entry.plover)

/**
 * PLOVER types whose participants are symmetric ("A met B"): WikiEvents names them all
 * `Participant`, so the record's actors and targets both count as actors.
 */
export const symmetricTypes: ReadonlySet<PloverType> = new Set(['CONSULT'])

/** The mapping entry of a KAIROS type, or undefined when it is no PLOVER event on its own. */
export function ploverOf(kairosType: string): (typeof kairosToPlover)[number] | undefined {
  return kairosToPlover.find((entry) => kairosType === entry.kairos || kairosType.startsWith(entry.kairos + '.'))
}

/** An argument of a gold event, with its character span in the rebuilt article. */
export interface WikiArgument {
  /** The KAIROS role: `Attacker`, `Victim`, `Place`. */
  kairosRole: string
  /** The record role it is scored as, or null when it is not scored. */
  role: EventRole | null
  /** The mention as written. */
  text: string
  /** Where the mention stands. */
  span: Span
}

/** A gold event with character spans in the rebuilt article. */
export interface WikiEvent {
  /** The annotation id: `doc-E3`. */
  id: string
  /** The KAIROS type: `Conflict.Attack.Unspecified`. */
  kairosType: string
  /** The PLOVER type it maps to, or null when it is no PLOVER event on its own. */
  type: PloverType | null
  /** The trigger as written. */
  triggerText: string
  /** Where the trigger stands. */
  trigger: Span
  /** Its arguments. */
  arguments: WikiArgument[]
}

/** One WikiEvents article, rebuilt. */
export interface WikiDocument {
  /** `doc_id`. */
  id: string
  /** The rebuilt article. */
  text: string
  /** Every annotated event, mapped or not. */
  events: WikiEvent[]
}

type Token = [string, number, number]

/** Rebuild an article from its sentences so that token offsets (in code points) hold. */
export function rebuildText(sentences: ReadonlyArray<readonly [readonly Token[], string]>): string {
  let text = ''
  let length = 0 // in code points, as the offsets count
  for (const [tokens, sentence] of sentences) {
    const first = tokens[0]
    if (!first) continue
    const gap = first[1] - length
    if (gap < 0) throw new Error(`sentence at ${first[1]} overlaps the one before it (ending at ${length})`)
    if (gap > 0) text += '\n' + ' '.repeat(gap - 1)
    text += sentence
    length += gap + [...sentence].length
  }
  return text
}

function fail(where: string, what: string): never {
  throw new Error(`${where}: ${what}`)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function tokenIndex(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) fail(where, 'expected a token index')
  return value
}

/**
 * Read one WikiEvents document (a parsed JSON line). Throws with `where` in the message when
 * the document lacks what scoring needs.
 */
export function readWikiDocument(value: unknown, where: string): WikiDocument {
  if (!isRecord(value)) fail(where, 'expected a JSON object')
  const id = typeof value.doc_id === 'string' ? value.doc_id : fail(where, 'expected a doc_id')
  const here = `${where} (${id})`
  if (!Array.isArray(value.sentences)) fail(here, 'expected sentences')
  const sentences = value.sentences.map((sentence, index): [Token[], string] => {
    if (!Array.isArray(sentence) || !Array.isArray(sentence[0]) || typeof sentence[1] !== 'string') {
      fail(here, `sentence ${index}: expected [[token, start, end], …] and its text`)
    }
    const tokens = (sentence[0] as unknown[]).map((token): Token => {
      if (!Array.isArray(token) || typeof token[0] !== 'string' || typeof token[1] !== 'number' || typeof token[2] !== 'number') {
        fail(here, `sentence ${index}: expected tokens as [text, start, end]`)
      }
      return [token[0], token[1], token[2]]
    })
    return [tokens, sentence[1]]
  })
  const text = rebuildText(sentences)
  const toUtf16 = utf16Offsets(text)
  const tokens = sentences.flatMap(([sentenceTokens]) => sentenceTokens)
  const spanOf = (start: number, end: number, what: string): Span => {
    const first = tokens[start]
    const last = tokens[end - 1]
    if (!first || !last || end <= start) fail(here, `${what}: tokens ${start}-${end} are not in the document`)
    return {start: toUtf16(first[1]), end: toUtf16(last[2])}
  }

  const mentions = new Map<string, {text: string; span: Span}>()
  for (const mention of Array.isArray(value.entity_mentions) ? value.entity_mentions : []) {
    if (!isRecord(mention) || typeof mention.id !== 'string') fail(here, 'expected entity mentions with an id')
    const span = spanOf(tokenIndex(mention.start, here), tokenIndex(mention.end, here), mention.id)
    mentions.set(mention.id, {text: text.slice(span.start, span.end), span})
  }

  const events: WikiEvent[] = []
  for (const event of Array.isArray(value.event_mentions) ? value.event_mentions : []) {
    if (!isRecord(event) || typeof event.event_type !== 'string' || !isRecord(event.trigger)) {
      fail(here, 'expected event mentions with an event_type and a trigger')
    }
    const eventId = typeof event.id === 'string' ? event.id : `event ${events.length + 1}`
    const mapping = ploverOf(event.event_type)
    const trigger = spanOf(tokenIndex(event.trigger.start, here), tokenIndex(event.trigger.end, here), eventId)
    const args: WikiArgument[] = []
    for (const argument of Array.isArray(event.arguments) ? event.arguments : []) {
      if (!isRecord(argument) || typeof argument.role !== 'string' || typeof argument.entity_id !== 'string') {
        fail(here, `${eventId}: expected arguments with a role and an entity_id`)
      }
      const mention = mentions.get(argument.entity_id) ?? fail(here, `${eventId}: no entity mention ${argument.entity_id}`)
      args.push({kairosRole: argument.role, role: mapping?.roles[argument.role] ?? null, ...mention})
    }
    events.push({
      id: eventId,
      kairosType: event.event_type,
      type: mapping?.plover ?? null,
      triggerText: text.slice(trigger.start, trigger.end),
      trigger,
      arguments: args
    })
  }
  return {id, text, events}
}

/** Read a WikiEvents JSON Lines file; `name` names it in errors. */
export function readWikiEvents(jsonl: string, name: string): WikiDocument[] {
  const documents: WikiDocument[] = []
  for (const [index, line] of jsonl.split(/\r?\n/).entries()) {
    if (line.trim() === '') continue
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch {
      fail(`${name}:${index + 1}`, 'not a JSON line')
    }
    documents.push(readWikiDocument(value, `${name}:${index + 1}`))
  }
  return documents
}
