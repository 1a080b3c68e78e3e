/**
 * Score one record against one seed gold file (ANNOTATION.md, "Scoring").
 *
 * - Claims match one to one when their contents share at least half the words of the longer.
 * - Events match one to one when their triggers overlap and the predicted trigger is at most
 *   twice as long as the gold one plus 4 code units (`called on` for `called`, not a clause).
 * - Optional gold items are matched only after the required ones, and a prediction that
 *   matches one is dropped from both sides.
 * - A missing record counts as all wrong: every gold item is missed and every prediction it
 *   should have made counts as a wrong one.
 */
import type {Article, Claim, Span} from '@onrecord/core'
import {assign, type Pair} from './assign.js'
import {accuracy, counts, type Accuracy, type Counts} from './metrics.js'
import {plainName, sameSpeaker} from './names.js'
import {locate, type GoldClaim, type GoldEvent, type GoldSeed, type GoldSpeaker} from './seed-gold.js'
import {charOverlap, wordOverlap, WordIndex} from './words.js'

/** Right, wrong, or nothing predicted where gold has a value. */
export type Verdict = 'right' | 'wrong' | 'missing'

/** How a predicted publication date compares with the gold one. */
export type PublishedVerdict = 'exact' | 'consistent' | 'wrong' | 'missing' | 'invented'

/** The scores of one article. */
export interface SeedScore {
  /** The gold file's `file`. */
  file: string
  /** True when there was no record to score. */
  failed: boolean
  /** Claims. */
  claims: {
    /** Content detection. */
    detected: Counts
    /** Detection with the right speaker. */
    attributed: Counts
    /** Kind right on matched claims. */
    kind: Accuracy
    /** Cue right on matched claims. */
    cue: Accuracy
    /** Date right on matched claims with a gold date. */
    date: Accuracy
  }
  /** Events. */
  events: {
    /** Trigger detection. */
    detected: Counts
    /** Detection with the right type. */
    typed: Counts
    /** Date right on matched events with a gold date. */
    date: Accuracy
  }
  /** Speakers matched by name or alias. */
  speakers: Counts
  /** The outlet by name or alias. */
  outlet: Verdict
  /** The title, exactly (whitespace collapsed). */
  title: Verdict
  /** Byline people as a set. */
  authors: Counts
  /** Agency credits as a set. */
  credits: Counts
  /** The publication date. */
  published: PublishedVerdict
  /** The dateline's place. */
  dateline: Verdict
  /** What went wrong, item by item, for people reading a report. */
  misses: string[]
  /** Gold strings that could not be found in the text. */
  goldProblems: string[]
}

/** Longest predicted trigger allowed for a gold trigger of `length` code units. */
export function maxTriggerLength(length: number): number {
  return 2 * length + 4
}

/**
 * Score `record` (or its absence, `null`) against `gold`; `text` is the article the gold
 * strings point into.
 */
export function scoreSeed(gold: GoldSeed, text: string, record: Article | null): SeedScore {
  const words = new WordIndex(text)
  const goldProblems: string[] = []
  const misses: string[] = []
  const failed = record === null

  const goldSpeakers = gold.speakers ?? []
  const claims = scoreClaims(gold.claims ?? [], goldSpeakers, record, text, words, goldProblems, misses)
  const events = scoreEvents(gold.events ?? [], record, text, goldProblems, misses)
  const speakers = scoreSpeakers(goldSpeakers, record, misses)

  return {
    file: gold.file,
    failed,
    claims,
    events,
    speakers,
    outlet: judgeOutlet(gold, record),
    title: judgeTitle(gold, record),
    authors: scoreSet(gold.authors ?? [], record ? record.authors.map((a) => a.name) : null),
    credits: scoreSet(gold.credits ?? [], record ? record.credits.map((c) => c.name) : null),
    published: judgePublished(gold.published ?? null, record ? (record.published?.value ?? null) : undefined),
    dateline: judgeDateline(gold, record),
    misses,
    goldProblems
  }
}

/** Names of the predicted claim's speaker: its name and aliases. */
function predictedNames(record: Article, claim: Claim): string[] {
  if (claim.speaker === null) return []
  const speaker = record.speakers.find((s) => s.id === claim.speaker)
  return speaker ? [speaker.name, ...speaker.aliases] : []
}

/** Names of a gold claim's speaker: its name and the aliases of the gold speaker entry. */
function goldNames(speakers: readonly GoldSpeaker[], name: string): string[] {
  const entry = speakers.find((s) => s.name === name)
  return [name, ...(entry?.aliases ?? [])]
}

/**
 * Match predictions to required gold items, then the rest to optional ones. Returns the
 * required pairs and the indices of predictions dropped for matching an optional item.
 */
export function matchWithOptional(
  predCount: number,
  goldOptional: readonly boolean[],
  weight: (pred: number, gold: number) => number | null
): {pairs: Pair[]; dropped: Set<number>} {
  const required = goldOptional.flatMap((optional, index) => (optional ? [] : [index]))
  const optional = goldOptional.flatMap((isOptional, index) => (isOptional ? [index] : []))
  const pairs = assign(predCount, required.length, (p, g) => weight(p, required[g]!)).map((pair) => ({
    ...pair,
    gold: required[pair.gold]!
  }))
  const taken = new Set(pairs.map((pair) => pair.pred))
  const rest = Array.from({length: predCount}, (_, index) => index).filter((index) => !taken.has(index))
  const extra = assign(rest.length, optional.length, (p, g) => weight(rest[p]!, optional[g]!))
  return {pairs, dropped: new Set(extra.map((pair) => rest[pair.pred]!))}
}

function scoreClaims(
  goldClaims: readonly GoldClaim[],
  goldSpeakers: readonly GoldSpeaker[],
  record: Article | null,
  text: string,
  words: WordIndex,
  goldProblems: string[],
  misses: string[]
): SeedScore['claims'] {
  const located = goldClaims.map((claim) => {
    const span = locate(text, claim.content, claim.occurrence ?? 1)
    if (!span) goldProblems.push(`claim content not found: ${short(claim.content)}`)
    return {claim, words: span ? words.words([span]) : new Set<number>()}
  })
  const required = goldClaims.filter((claim) => !claim.optional).length
  const result = {
    detected: counts(0, 0, required),
    attributed: counts(0, 0, required),
    kind: accuracy(),
    cue: accuracy(),
    date: accuracy()
  }
  if (!record) {
    result.detected.pred = required
    result.attributed.pred = required
    return result
  }

  const preds = record.claims
  const predWords = preds.map((claim) => words.words([claim.content.span]))
  const {pairs, dropped} = matchWithOptional(
    preds.length,
    goldClaims.map((claim) => claim.optional === true),
    (p, g) => {
      const overlap = wordOverlap(predWords[p]!, located[g]!.words)
      return overlap >= 0.5 ? overlap : null
    }
  )
  const counted = preds.length - dropped.size
  result.detected.tp = pairs.length
  result.detected.pred = counted
  result.attributed.pred = counted

  for (const pair of pairs) {
    const pred = preds[pair.pred]!
    const gold = goldClaims[pair.gold]!
    const names = predictedNames(record, pred)
    const right =
      gold.speaker === null ? pred.speaker === null : sameSpeaker(goldNames(goldSpeakers, gold.speaker), names)
    if (right) result.attributed.tp++
    else misses.push(`claim speaker: ${names[0] ?? 'none'} for ${gold.speaker ?? 'none'}: ${short(gold.content)}`)
    if (gold.kind !== undefined) {
      result.kind.total++
      if (pred.kind === gold.kind) result.kind.right++
    }
    if (gold.cue !== undefined) {
      result.cue.total++
      if (sameCue(gold.cue, pred.cue?.text ?? null)) result.cue.right++
    }
    if (gold.date !== undefined && gold.date !== null) {
      result.date.total++
      if (pred.date?.value === gold.date) result.date.right++
    }
  }

  const matchedGold = new Set(pairs.map((pair) => pair.gold))
  goldClaims.forEach((claim, index) => {
    if (!claim.optional && !matchedGold.has(index)) misses.push(`claim missed: ${short(claim.content)}`)
  })
  const matchedPred = new Set(pairs.map((pair) => pair.pred))
  preds.forEach((claim, index) => {
    if (!matchedPred.has(index) && !dropped.has(index)) misses.push(`claim extra: ${short(claim.content.text)}`)
  })
  return result
}

function sameCue(gold: string | null, pred: string | null): boolean {
  if (gold === null || pred === null) return gold === pred
  return plainName(gold) === plainName(pred)
}

function scoreEvents(
  goldEvents: readonly GoldEvent[],
  record: Article | null,
  text: string,
  goldProblems: string[],
  misses: string[]
): SeedScore['events'] {
  const triggers = goldEvents.map((event) => {
    const context = locate(text, event.context, event.occurrence ?? 1)
    const trigger = context ? locate(text.slice(0, context.end), event.trigger, 1, context.start) : null
    if (!trigger) goldProblems.push(`event trigger not found: ${event.trigger} in ${short(event.context)}`)
    return trigger
  })
  const required = goldEvents.filter((event) => !event.optional).length
  const result = {detected: counts(0, 0, required), typed: counts(0, 0, required), date: accuracy()}
  if (!record) {
    result.detected.pred = required
    result.typed.pred = required
    return result
  }

  const preds = record.events
  const {pairs, dropped} = matchWithOptional(
    preds.length,
    goldEvents.map((event) => event.optional === true),
    (p, g) => triggerWeight(preds[p]!.trigger.span, triggers[g] ?? null)
  )
  const counted = preds.length - dropped.size
  result.detected = counts(pairs.length, counted, required)
  result.typed.pred = counted
  for (const pair of pairs) {
    const pred = preds[pair.pred]!
    const gold = goldEvents[pair.gold]!
    if (pred.type === gold.type) result.typed.tp++
    else misses.push(`event type: ${pred.type} for ${gold.type}: ${gold.trigger}`)
    if (gold.date !== undefined && gold.date !== null) {
      result.date.total++
      if (pred.date?.value === gold.date) result.date.right++
    }
  }
  const matchedGold = new Set(pairs.map((pair) => pair.gold))
  goldEvents.forEach((event, index) => {
    if (!event.optional && !matchedGold.has(index)) misses.push(`event missed: ${event.type} ${event.trigger}`)
  })
  const matchedPred = new Set(pairs.map((pair) => pair.pred))
  preds.forEach((event, index) => {
    if (!matchedPred.has(index) && !dropped.has(index)) misses.push(`event extra: ${event.type} ${event.trigger.text}`)
  })
  return result
}

/**
 * The weight of a predicted trigger against a gold one: their overlap over their union, or
 * null when they do not overlap or the prediction is much wider (see {@link maxTriggerLength}).
 */
export function triggerWeight(pred: Span, gold: Span | null): number | null {
  if (!gold) return null
  const shared = charOverlap(pred, gold)
  if (shared === 0) return null
  if (pred.end - pred.start > maxTriggerLength(gold.end - gold.start)) return null
  return shared / (Math.max(pred.end, gold.end) - Math.min(pred.start, gold.start))
}

function scoreSpeakers(goldSpeakers: readonly GoldSpeaker[], record: Article | null, misses: string[]): Counts {
  const required = goldSpeakers.filter((speaker) => !speaker.optional).length
  if (!record) return counts(0, required, required)
  const preds = record.speakers
  const predNames = preds.map((speaker) => [speaker.name, ...speaker.aliases])
  const goldNameLists = goldSpeakers.map((speaker) => [speaker.name, ...(speaker.aliases ?? [])])
  const {pairs, dropped} = matchWithOptional(
    preds.length,
    goldSpeakers.map((speaker) => speaker.optional === true),
    (p, g) => {
      if (!sameSpeaker(goldNameLists[g]!, predNames[p]!)) return null
      return plainName(preds[p]!.name) === plainName(goldSpeakers[g]!.name) ? 1 : 0.5
    }
  )
  const matchedGold = new Set(pairs.map((pair) => pair.gold))
  goldSpeakers.forEach((speaker, index) => {
    if (!speaker.optional && !matchedGold.has(index)) misses.push(`speaker missed: ${speaker.name}`)
  })
  const matchedPred = new Set(pairs.map((pair) => pair.pred))
  preds.forEach((speaker, index) => {
    if (!matchedPred.has(index) && !dropped.has(index)) misses.push(`speaker extra: ${speaker.name}`)
  })
  return counts(pairs.length, preds.length - dropped.size, required)
}

function judgeOutlet(gold: GoldSeed, record: Article | null): Verdict {
  if (!record) return 'wrong'
  const pred = record.outlet
  if (!gold.outlet) return pred ? 'wrong' : 'right'
  if (!pred) return 'missing'
  const names = new Set([gold.outlet.name, ...(gold.outlet.aliases ?? [])].map(plainName))
  const predNames = [pred.name, pred.id, pred.domain].filter((name): name is string => Boolean(name)).map(plainName)
  return predNames.some((name) => names.has(name)) ? 'right' : 'wrong'
}

function judgeTitle(gold: GoldSeed, record: Article | null): Verdict {
  if (!record) return 'wrong'
  const pred = record.title?.text ?? null
  if (gold.title === undefined || gold.title === null) return pred === null ? 'right' : 'wrong'
  if (pred === null) return 'missing'
  return collapse(pred) === collapse(gold.title) ? 'right' : 'wrong'
}

function judgeDateline(gold: GoldSeed, record: Article | null): Verdict {
  if (!record) return 'wrong'
  const pred = record.dateline?.place ?? null
  const place = gold.dateline?.place ?? null
  if (place === null) return pred === null ? 'right' : 'wrong'
  if (pred === null) return 'missing'
  return plainName(pred) === plainName(place) ? 'right' : 'wrong'
}

/**
 * Judge a predicted publication date (`undefined`: no record at all) against the gold one.
 *
 * - `exact`: the gold value, or nothing where gold has nothing;
 * - `consistent`: a value gold accepts (`2016-07` for `2016-07-14`);
 * - `invented`: a year the text does not support: gold has no value or no year (`XXXX…`),
 *   or gold says no year is printed (`yearPrinted: false`, or a note saying "no year"), and
 *   the prediction states a different year;
 * - `missing`: nothing where gold has a value; `wrong`: anything else.
 */
export function judgePublished(gold: GoldSeed['published'], pred: string | null | undefined): PublishedVerdict {
  if (pred === undefined) return 'wrong'
  const value = gold?.value ?? null
  const accept = gold?.accept ?? []
  if (pred === value) return 'exact'
  if (pred === null) return 'missing'
  if (accept.includes(pred)) return 'consistent'
  const predYear = /^\d{4}/.exec(pred)?.[0]
  const goldYear = value === null ? undefined : /^\d{4}/.exec(value)?.[0]
  const noYearPrinted = gold?.yearPrinted === false || /\bno year\b/i.test(gold?.note ?? '')
  if (predYear && (goldYear === undefined || (noYearPrinted && goldYear !== predYear))) return 'invented'
  return 'wrong'
}

function scoreSet(gold: readonly string[], pred: readonly string[] | null): Counts {
  const goldSet = new Set(gold.map(plainName))
  if (pred === null) return counts(0, goldSet.size, goldSet.size)
  const predSet = new Set(pred.map(plainName))
  let tp = 0
  for (const name of predSet) if (goldSet.has(name)) tp++
  return counts(tp, predSet.size, goldSet.size)
}

function collapse(value: string): string {
  return value.replaceAll('\u00A0', ' ').replace(/\s+/g, ' ').trim()
}

function short(value: string): string {
  const flat = collapse(value)
  return flat.length > 70 ? flat.slice(0, 67) + '…' : flat
}
