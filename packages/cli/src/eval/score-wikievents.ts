/**
 * Score records' events against WikiEvents.
 *
 * - Triggers: the record's events of the PLOVER types WikiEvents annotates (see
 *   {@link kairosToPlover}) against the gold events of KAIROS types that map to them, one to
 *   one, when the trigger spans overlap and the types agree. Identification is the same
 *   matching with the types ignored.
 * - Arguments, on matched events only, by role (actor, target, place): the record's actors,
 *   targets and location against the gold arguments the role mapping keeps, one to one, when
 *   the spans overlap. WikiEvents marks one mention of an argument, often its head word
 *   (`general` in `a Russian major general`), so overlap is the test, not equality.
 * - Predictions of PLOVER types WikiEvents has no counterpart for (AGREE, SUPPORT…) are left
 *   out; a wrong prediction that sits on a gold trigger of an unmapped KAIROS type (`killed`,
 *   Life.Die) still counts as wrong, and the report tallies those by KAIROS type.
 */
import {readdir, readFile, stat} from 'node:fs/promises'
import {join} from 'node:path'
import type {Article, Event, PloverType, Span} from '@onrecord/core'
import {assign} from './assign.js'
import {recordsFrom, type Figures, type RecordSource} from './evaluate.js'
import {table} from './format.js'
import {addCounts, counts, percent, prf, type Counts} from './metrics.js'
import {
  eventRoles,
  readWikiEvents,
  symmetricTypes,
  wikiEventsTypes,
  type EventRole,
  type WikiDocument,
  type WikiEvent
} from './wikievents.js'
import {charOverlap} from './words.js'
import {inSplit, type Split} from './split.js'

/** Argument counts by role. */
export type RoleCounts = Record<EventRole, Counts>

/** The counts of one PLOVER type. */
export interface TypeCounts {
  /** Typed triggers. */
  triggers: Counts
  /** Arguments on matched events, by role. */
  arguments: RoleCounts
}

/** The scores of one article, or of all of them added up. */
export interface WikiEventsCounts {
  /** By PLOVER type, for the types WikiEvents annotates. */
  types: Record<string, TypeCounts>
  /** Triggers matched with the types ignored. */
  identified: Counts
  /** Wrong predictions that sit on a gold trigger of an unmapped KAIROS type, by that type (`Life.Die`). */
  onUnmappedGold: Record<string, number>
  /** Predictions of PLOVER types that WikiEvents does not annotate, by type; not scored. */
  unscored: Record<string, number>
}

/** The scores of one article. */
export interface WikiEventsScore extends WikiEventsCounts {
  /** The document id. */
  doc: string
  /** True when there was no record to score. */
  failed: boolean
  /** What went wrong, item by item, for people reading a report. */
  misses: string[]
}

/** The result of scoring WikiEvents. */
export interface WikiEventsReport {
  /** `wikievents`. */
  format: 'wikievents'
  /** The JSON Lines files read. */
  files: string[]
  /** One score per document, in file order. */
  articles: WikiEventsScore[]
  /** All articles added up. */
  total: WikiEventsCounts & {articles: number; failed: number}
  /** The headline figures of `total`. */
  figures: Figures
}

function roleCounts(): RoleCounts {
  return {actor: counts(), target: counts(), place: counts()}
}

/** Empty counts. */
export function wikiEventsCounts(): WikiEventsCounts {
  return {
    types: Object.fromEntries(wikiEventsTypes.map((type) => [type, {triggers: counts(), arguments: roleCounts()}])),
    identified: counts(),
    onUnmappedGold: {},
    unscored: {}
  }
}

function overlapWeight(a: Span, b: Span): number | null {
  const shared = charOverlap(a, b)
  if (shared === 0) return null
  return shared / (Math.max(a.end, b.end) - Math.min(a.start, b.start))
}

function distinct(spans: readonly Span[]): Span[] {
  const seen = new Map<string, Span>()
  for (const span of spans) seen.set(`${span.start}:${span.end}`, span)
  return [...seen.values()]
}

/** The record's spans for a role of an event. */
function predictedSpans(event: Event, role: EventRole): Span[] {
  const symmetric = symmetricTypes.has(event.type)
  if (role === 'actor') {
    return distinct([...event.actors, ...(symmetric ? event.targets : [])].map((participant) => participant.span))
  }
  if (role === 'target') return symmetric ? [] : distinct(event.targets.map((participant) => participant.span))
  return event.location ? [event.location.span] : []
}

function short(text: string, span: Span): string {
  const flat = text.slice(span.start, span.end).replace(/\s+/g, ' ').trim()
  return flat.length > 50 ? flat.slice(0, 47) + '…' : flat
}

function tally(into: Record<string, number>, key: string, n = 1): void {
  into[key] = (into[key] ?? 0) + n
}

/** The KAIROS type's first two parts: `Life.Die.Unspecified` → `Life.Die`. */
function kairosFamily(type: string): string {
  return type.split('.').slice(0, 2).join('.')
}

/** An event's trigger or one of its later mentions, as a prediction. */
interface Prediction {
  event: Event
  span: Span
  mention: boolean
}

/** Score `record` (or its absence) against the gold events of `doc`. */
export function scoreWikiEvents(doc: WikiDocument, record: Article | null): WikiEventsScore {
  const score: WikiEventsScore = {doc: doc.id, failed: record === null, misses: [], ...wikiEventsCounts()}
  const gold = doc.events.filter((event) => event.type !== null)
  const goldArgs = gold.map((event) =>
    Object.fromEntries(
      eventRoles.map((role) => [role, distinct(event.arguments.filter((arg) => arg.role === role).map((arg) => arg.span))])
    ) as Record<EventRole, Span[]>
  )
  for (const event of gold) {
    const type = score.types[event.type!]!
    type.triggers.gold++
    score.identified.gold++
  }
  if (!record) {
    score.misses.push('no record')
    return score
  }

  // WikiEvents annotates every mention of an event as an event of its own: each of an event's
  // mentions ("the attack" after "attacked") is a prediction too, scored for its trigger only,
  // since its arguments are the first mention's.
  const scored = new Set<string>(wikiEventsTypes)
  const preds: Prediction[] = []
  for (const event of record.events) {
    if (!scored.has(event.type)) {
      tally(score.unscored, event.type)
      continue
    }
    preds.push({event, span: event.trigger.span, mention: false})
    for (const mention of event.mentions ?? []) preds.push({event, span: mention.span, mention: true})
  }
  for (const {event} of preds) score.types[event.type]!.triggers.pred++
  score.identified.pred = preds.length

  const typed = assign(preds.length, gold.length, (p, g) =>
    preds[p]!.event.type === gold[g]!.type ? overlapWeight(preds[p]!.span, gold[g]!.trigger) : null
  )
  score.identified.tp = assign(preds.length, gold.length, (p, g) =>
    overlapWeight(preds[p]!.span, gold[g]!.trigger)
  ).length

  const matchedPred = new Set<number>()
  const matchedGold = new Set<number>()
  for (const {pred: p, gold: g} of typed) {
    matchedPred.add(p)
    matchedGold.add(g)
    const {event, mention} = preds[p]!
    const type = score.types[event.type]!
    type.triggers.tp++
    if (mention) continue
    for (const role of eventRoles) {
      const predicted = predictedSpans(event, role)
      const expected = goldArgs[g]![role]
      const pairs = assign(predicted.length, expected.length, (a, b) => overlapWeight(predicted[a]!, expected[b]!))
      addCounts(type.arguments[role], counts(pairs.length, predicted.length, expected.length))
      const found = new Set(pairs.map((pair) => pair.gold))
      for (const [b, span] of expected.entries()) {
        if (!found.has(b)) score.misses.push(`${event.type} ${short(doc.text, event.trigger.span)}: ${role} missed: ${short(doc.text, span)}`)
      }
      const right = new Set(pairs.map((pair) => pair.pred))
      for (const [a, span] of predicted.entries()) {
        if (!right.has(a)) score.misses.push(`${event.type} ${short(doc.text, event.trigger.span)}: ${role} extra: ${short(doc.text, span)}`)
      }
    }
  }

  const unmapped: WikiEvent[] = doc.events.filter((event) => event.type === null)
  for (const [p, {event, span, mention}] of preds.entries()) {
    if (matchedPred.has(p)) continue
    const other = unmapped.find((gold) => charOverlap(gold.trigger, span) > 0)
    if (other) tally(score.onUnmappedGold, kairosFamily(other.kairosType))
    score.misses.push(
      `extra ${event.type}${mention ? ' mention' : ''}: ${short(doc.text, span)}` + (other ? ` (gold ${other.kairosType})` : '')
    )
  }
  for (const [g, event] of gold.entries()) {
    if (!matchedGold.has(g)) score.misses.push(`missed ${event.type}: ${event.triggerText} (${event.kairosType})`)
  }
  return score
}

/** Add `b` into `a`. */
export function addWikiEventsCounts(a: WikiEventsCounts, b: WikiEventsCounts): void {
  for (const type of wikiEventsTypes) {
    addCounts(a.types[type]!.triggers, b.types[type]!.triggers)
    for (const role of eventRoles) addCounts(a.types[type]!.arguments[role], b.types[type]!.arguments[role])
  }
  addCounts(a.identified, b.identified)
  for (const [key, n] of Object.entries(b.onUnmappedGold)) tally(a.onUnmappedGold, key, n)
  for (const [key, n] of Object.entries(b.unscored)) tally(a.unscored, key, n)
}

/** Triggers of every type added up. */
export function allTriggers(total: WikiEventsCounts): Counts {
  const sum = counts()
  for (const type of wikiEventsTypes) addCounts(sum, total.types[type]!.triggers)
  return sum
}

/** Arguments of a role (or of every role) over every type. */
export function allArguments(total: WikiEventsCounts, role?: EventRole): Counts {
  const sum = counts()
  for (const type of wikiEventsTypes) {
    for (const r of role ? [role] : eventRoles) addCounts(sum, total.types[type]!.arguments[r])
  }
  return sum
}

function prfFigures(figures: Figures, key: string, c: Counts): void {
  const {p, r, f1} = prf(c)
  figures[`${key}.p`] = percent(p)
  figures[`${key}.r`] = percent(r)
  figures[`${key}.f1`] = percent(f1)
}

/** The headline figures: overall and per type. */
export function wikiEventsFigures(total: WikiEventsCounts): Figures {
  const figures: Figures = {}
  prfFigures(figures, 'triggers', allTriggers(total))
  figures['triggers.identified.f1'] = percent(prf(total.identified).f1)
  prfFigures(figures, 'arguments', allArguments(total))
  for (const role of eventRoles) prfFigures(figures, `arguments.${role}`, allArguments(total, role))
  for (const type of wikiEventsTypes) {
    const counts = total.types[type]!
    // A type absent from both gold and records has no figure.
    if (counts.triggers.gold + counts.triggers.pred === 0) continue
    figures[`${type}.triggers.f1`] = percent(prf(counts.triggers).f1)
  }
  return figures
}

/**
 * Score every `*.jsonl` file of `gold` (a directory, or one file): rebuild each article, parse
 * it (or take its record from `source.records`, keyed by `doc_id`) and score its events.
 * `split` picks the documents by their `doc_id`: held out when its sha256 begins with 0-3.
 */
export async function evaluateWikiEvents(gold: string, source: RecordSource & {split?: Split} = {}): Promise<WikiEventsReport> {
  const files = (await stat(gold)).isDirectory()
    ? (await readdir(gold))
        .filter((file) => file.endsWith('.jsonl'))
        .sort()
        .map((file) => join(gold, file))
    : [gold]
  if (files.length === 0) throw new Error(`no .jsonl files in ${gold}`)
  const records = await recordsFrom(source)
  const articles: WikiEventsScore[] = []
  for (const file of files) {
    for (const doc of readWikiEvents(await readFile(file, 'utf8'), file)) {
      if (!inSplit(doc.id, source.split ?? 'all')) continue
      const {record, error} = records(doc.id, doc.text)
      let score: WikiEventsScore
      try {
        score = scoreWikiEvents(doc, record)
      } catch (problem) {
        // A record too broken to walk counts as no record.
        score = scoreWikiEvents(doc, null)
        score.misses.unshift(`unreadable record: ${String(problem)}`)
      }
      if (error) score.misses.unshift(error)
      articles.push(score)
    }
  }
  const total = {articles: articles.length, failed: 0, ...wikiEventsCounts()}
  for (const article of articles) {
    if (article.failed) total.failed++
    addWikiEventsCounts(total, article)
  }
  return {format: 'wikievents', files, articles, total, figures: wikiEventsFigures(total)}
}

function pct(value: number | null): string {
  return value === null ? '–' : value.toFixed(1)
}

function prfCells(c: Counts): string[] {
  const {p, r, f1} = prf(c)
  return [pct(percent(p)), pct(percent(r)), pct(percent(f1)), `tp ${c.tp}  pred ${c.pred}  gold ${c.gold}`]
}

function listed(record: Record<string, number>): string {
  const entries = Object.entries(record).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
  return entries.length === 0 ? 'none' : entries.map(([key, n]) => `${key} ${n}`).join(', ')
}

/** The WikiEvents report: triggers per type, arguments per role, and misses when `verbose`. */
export function formatWikiEventsReport(report: WikiEventsReport, verbose = false): string {
  const t = report.total
  // Nothing found against nothing to find has no figure here.
  const f1 = (c: Counts) => (c.pred + c.gold === 0 ? '–' : pct(percent(prf(c).f1)))
  const typeRows = [['type', 'P', 'R', 'F1', '', 'actor F1', 'target F1', 'place F1']]
  const typeRow = (label: string, triggers: Counts, args: RoleCounts): string[] => [
    label,
    ...prfCells(triggers),
    ...eventRoles.map((role) => f1(args[role]))
  ]
  for (const type of wikiEventsTypes) {
    const counts = t.types[type]!
    typeRows.push(typeRow(type, counts.triggers, counts.arguments))
  }
  const allArgs = Object.fromEntries(eventRoles.map((role) => [role, allArguments(t, role)])) as RoleCounts
  typeRows.push(typeRow('overall', allTriggers(t), allArgs))

  const roleRows = [
    ['arguments on matched events', 'P', 'R', 'F1', ''],
    ...eventRoles.map((role) => [role, ...prfCells(allArgs[role])]),
    ['all roles', ...prfCells(allArguments(t))]
  ]
  const lines = [
    'typed triggers (one to one, overlapping span, same type)',
    table(typeRows),
    '',
    table(roleRows),
    '',
    table([['triggers, type ignored', ...prfCells(t.identified)]]),
    `wrong predictions on a gold trigger of an unmapped KAIROS type: ${listed(t.onUnmappedGold)}`,
    `predictions of PLOVER types WikiEvents does not annotate (not scored): ${listed(t.unscored)}`,
    `articles: ${t.articles}, without a record: ${t.failed}`
  ]
  if (verbose) {
    for (const a of report.articles) {
      if (a.misses.length === 0) continue
      lines.push('', `${a.doc}:`, ...a.misses.map((miss) => `  ${miss}`))
    }
  }
  return lines.join('\n') + '\n'
}
