/**
 * Pronoun resolution against GUM's coreference (the `Entity=` annotations in the MISC column
 * of its CoNLL-U files).
 *
 * > | 1	Byron	…	Entity=(3-person-new-…-Lord_Byron)
 * > | 3	his	…	Entity=(3-person-giv:act-…-Lord_Byron)
 *                         ^ entity 3: "his" refers to Byron
 *
 * Each document is rebuilt from its tokens (a space unless `SpaceAfter=No`, sentences joined by
 * a space, paragraphs by a blank line) and parsed. A third-person pronoun among a speaker's
 * mentions is a resolution the record makes; it is right when GUM puts the pronoun in the
 * same entity as a name the speaker is known by (one of the speaker's other mentions overlaps a
 * mention of that entity, or the speaker's last name word is a word of one). So is an event's
 * pronoun actor or target with a `refersTo`, right when that name overlaps a mention of the
 * pronoun's entity or ends with a word of one. Coverage is the
 * share of GUM's third-person pronouns with an antecedent (a mention of their entity before
 * them that is no pronoun) that the record resolves; most of them are no speaker's, so it is low.
 */
import {readdir, readFile, stat} from 'node:fs/promises'
import {join} from 'node:path'
import type {Article, Span} from '@onrecord/core'
import {recordsFrom, type Figures, type RecordSource} from './evaluate.js'
import {accuracy, addAccuracy, percent, rate, type Accuracy} from './metrics.js'
import {charOverlap} from './words.js'

/** Third-person pronouns whose antecedent the record may name. */
export const thirdPersonPronouns: ReadonlySet<string> = new Set([
  'he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself', 'they', 'them', 'their', 'theirs', 'themselves', 'it', 'its', 'itself'
])

/** A mention of an entity in the rebuilt text. */
export interface GumMention {
  /** The entity's number within the document. */
  entity: string
  /** Where the mention stands. */
  span: Span
  /** The mention as written. */
  text: string
}

/** One GUM document, rebuilt. */
export interface GumDocument {
  /** `GUM_news_…`. */
  id: string
  /** The rebuilt text. */
  text: string
  /** Every entity mention, in the order they close. */
  mentions: GumMention[]
}

/** Read the documents of a CoNLL-U file with GUM's `Entity=` annotations. */
export function readGum(conllu: string): GumDocument[] {
  const documents: GumDocument[] = []
  let doc: {id: string; parts: string[]; length: number; mentions: GumMention[]; open: Map<string, number[]>} | null = null
  let paragraphStarts = false
  let sentenceStarts = false
  let rangeEnd = 0
  let rangeSpan: Span | null = null
  const finish = () => {
    if (!doc) return
    const text = doc.parts.join('').trimEnd()
    documents.push({id: doc.id, text, mentions: doc.mentions.map((m) => ({...m, text: text.slice(m.span.start, m.span.end)}))})
  }
  const write = (form: string, spaceAfter: boolean): Span => {
    const d = doc!
    if (paragraphStarts && d.length > 0) {
      // A paragraph ends without the space its last token may carry.
      const last = d.parts.at(-1)!
      if (last.endsWith(' ')) {
        d.parts[d.parts.length - 1] = last.slice(0, -1)
        d.length -= 1
      }
      d.parts.push('\n\n')
      d.length += 2
    } else if (sentenceStarts && d.length > 0 && !/\s$/.test(d.parts.at(-1)!)) d.parts.push(' '), (d.length += 1)
    paragraphStarts = sentenceStarts = false
    const span = {start: d.length, end: d.length + form.length}
    d.parts.push(form + (spaceAfter ? ' ' : ''))
    d.length += form.length + (spaceAfter ? 1 : 0)
    return span
  }
  for (const line of conllu.split(/\r?\n/)) {
    const newdoc = /^# newdoc id = (.+)$/.exec(line)
    if (newdoc) {
      finish()
      doc = {id: newdoc[1]!.trim(), parts: [], length: 0, mentions: [], open: new Map()}
      paragraphStarts = true
      continue
    }
    if (line.startsWith('# newpar')) paragraphStarts = true
    if (line.startsWith('#') || line.trim() === '') {
      if (line.trim() === '') sentenceStarts = true
      continue
    }
    if (!doc) doc = {id: 'document', parts: [], length: 0, mentions: [], open: new Map()}
    const fields = line.split('\t')
    const id = fields[0] ?? ''
    const form = fields[1] ?? ''
    const misc = fields[9] ?? '_'
    const spaceAfter = !/(?:^|\|)SpaceAfter=No(?:\||$)/.test(misc)
    const range = /^(\d+)-(\d+)$/.exec(id)
    if (range) {
      rangeSpan = write(form, spaceAfter)
      rangeEnd = Number(range[2])
      continue
    }
    if (!/^\d+$/.test(id)) continue // empty nodes
    let span: Span
    if (rangeSpan && Number(id) <= rangeEnd) span = rangeSpan
    else {
      rangeSpan = null
      span = write(form, spaceAfter)
    }
    const entity = /(?:^|\|)Entity=([^|]+)/.exec(misc)?.[1]
    if (!entity) continue
    for (const match of entity.matchAll(/\(([^()]+)(\))?|([^()]+)\)/g)) {
      const opened = match[1]
      const number = (opened ?? match[3] ?? '').split('-')[0]!
      if (opened !== undefined) {
        if (match[2]) doc.mentions.push({entity: number, span: {...span}, text: ''})
        else doc.open.set(number, [...(doc.open.get(number) ?? []), span.start])
      } else {
        const starts = doc.open.get(number)
        const start = starts?.pop()
        if (start !== undefined) doc.mentions.push({entity: number, span: {start, end: span.end}, text: ''})
      }
    }
  }
  finish()
  return documents
}

/** The scores of one document. */
export interface GumScore {
  /** The document id. */
  doc: string
  /** True when there was no record. */
  failed: boolean
  /** Pronouns the record resolves to a speaker that GUM marks as mentions: right out of judged. */
  accuracy: Accuracy
  /** Pronoun participants of events the record resolves (`refersTo`) that GUM marks as mentions: right out of judged. */
  events: Accuracy
  /** GUM's third-person pronouns with an antecedent: resolved by the record out of all. */
  coverage: Accuracy
  /** Pronouns the record resolves that GUM marks as no mention (not judged). */
  unannotated: number
  /** Wrong resolutions, for people reading a report. */
  misses: string[]
}

const isPronoun = (text: string) => thirdPersonPronouns.has(text.toLowerCase())

/** Score the pronouns among the record's speaker mentions, and its events' resolved pronoun participants, against GUM's entities. */
export function scoreGum(doc: GumDocument, record: Article | null): GumScore {
  const score: GumScore = {doc: doc.id, failed: !record, accuracy: accuracy(), events: accuracy(), coverage: accuracy(), unannotated: 0, misses: []}
  const pronounMention = (span: Span) =>
    doc.mentions.find((m) => m.span.start === span.start && m.span.end === span.end && isPronoun(m.text))
  const antecedent = (m: GumMention) =>
    doc.mentions.some((other) => other.entity === m.entity && other.span.end <= m.span.start && !isPronoun(other.text))
  const goldPronouns = doc.mentions.filter((m) => isPronoun(m.text) && antecedent(m))
  score.coverage.total = goldPronouns.length
  if (!record) return score
  // GUM's names for the pronoun's entity, and whether one of them overlaps a name the record
  // gives (`names`) or holds the word `last` (a surname).
  const judge = (gold: GumMention, names: readonly Span[], last: string) => {
    const chain = doc.mentions.filter((m) => m.entity === gold.entity && !isPronoun(m.text))
    const right = chain.some((m) => names.some((name) => charOverlap(name, m.span) > 0) || m.text.toLowerCase().split(/[^\p{L}\p{N}]+/u).includes(last))
    return {chain, right}
  }
  const resolved = new Set<string>()
  for (const speaker of record.speakers) {
    const names = speaker.mentions.filter((span) => !isPronoun(doc.text.slice(span.start, span.end)))
    const last = speaker.name.split(/\s+/).at(-1)?.toLowerCase() ?? ''
    for (const span of speaker.mentions) {
      if (!isPronoun(doc.text.slice(span.start, span.end))) continue
      const gold = pronounMention(span)
      if (!gold) {
        score.unannotated++
        continue
      }
      resolved.add(`${span.start}:${span.end}`)
      const {chain, right} = judge(gold, names, last)
      score.accuracy.total++
      if (right) score.accuracy.right++
      else score.misses.push(`${gold.text} at ${span.start} resolved to ${speaker.name}; GUM: ${chain[0]?.text ?? 'no name'}`)
    }
  }
  // An event's pronoun actor or target resolved to an earlier name: right when GUM puts the
  // pronoun in the entity of a name that overlaps it or ends with its last word.
  for (const event of record.events) {
    for (const participant of [...event.actors, ...event.targets]) {
      const named = participant.refersTo
      if (!named || !isPronoun(participant.name)) continue
      const key = `${participant.span.start}:${participant.span.end}`
      const gold = pronounMention(participant.span)
      if (!gold) {
        score.unannotated++
        continue
      }
      if (resolved.has(key)) continue
      resolved.add(key)
      const {chain, right} = judge(gold, [named.span], named.text.split(/\s+/).at(-1)?.toLowerCase() ?? '')
      score.events.total++
      if (right) score.events.right++
      else score.misses.push(`${gold.text} at ${participant.span.start} (an event's ${event.actors.includes(participant) ? 'actor' : 'target'}) resolved to ${named.text}; GUM: ${chain[0]?.text ?? 'no name'}`)
    }
  }
  score.coverage.right = goldPronouns.filter((m) => resolved.has(`${m.span.start}:${m.span.end}`)).length
  return score
}

/** The result of scoring GUM coreference. */
export interface GumReport {
  /** `gum-coref`. */
  format: 'gum-coref'
  /** One score per document. */
  articles: GumScore[]
  /** All documents added up. */
  total: {articles: number; failed: number; accuracy: Accuracy; events: Accuracy; coverage: Accuracy; unannotated: number}
  /** `pronouns.accuracy`, `pronouns.events`, `pronouns.coverage`. */
  figures: Figures
}

/** Score every `*.conllu` file of `gold` (a directory, or one file). */
export async function evaluateGum(gold: string, source: RecordSource = {}): Promise<GumReport> {
  const files = (await stat(gold)).isDirectory()
    ? (await readdir(gold)).filter((file) => file.endsWith('.conllu')).sort().map((file) => join(gold, file))
    : [gold]
  if (files.length === 0) throw new Error(`no .conllu files in ${gold}`)
  const records = await recordsFrom(source)
  const articles: GumScore[] = []
  for (const file of files) {
    for (const doc of readGum(await readFile(file, 'utf8'))) {
      const {record} = records(doc.id, doc.text)
      articles.push(scoreGum(doc, record))
    }
  }
  const total = {articles: articles.length, failed: 0, accuracy: accuracy(), events: accuracy(), coverage: accuracy(), unannotated: 0}
  for (const a of articles) {
    if (a.failed) total.failed++
    addAccuracy(total.accuracy, a.accuracy)
    addAccuracy(total.events, a.events)
    addAccuracy(total.coverage, a.coverage)
    total.unannotated += a.unannotated
  }
  const figures = {
    'pronouns.accuracy': percent(rate(total.accuracy)),
    'pronouns.events': percent(rate(total.events)),
    'pronouns.coverage': percent(rate(total.coverage))
  }
  return {format: 'gum-coref', articles, total, figures}
}

/** The GUM report: accuracy and coverage, and wrong resolutions when `verbose`. */
export function formatGumReport(report: GumReport, verbose = false): string {
  const t = report.total
  const pct = (a: Accuracy) => {
    const value = percent(rate(a))
    return value === null ? '–' : value.toFixed(1)
  }
  const lines = [
    `third-person pronouns resolved to a speaker: accuracy ${pct(t.accuracy)} (${t.accuracy.right}/${t.accuracy.total})`,
    `third-person pronouns of events resolved to a name (refersTo): accuracy ${pct(t.events)} (${t.events.right}/${t.events.total})`,
    `coverage of GUM's third-person pronouns with an antecedent: ${pct(t.coverage)} (${t.coverage.right}/${t.coverage.total})`,
    `resolved pronouns GUM marks as no mention (not judged): ${t.unannotated}`,
    `documents: ${t.articles}, without a record: ${t.failed}`
  ]
  if (verbose) {
    for (const a of report.articles) if (a.misses.length > 0) lines.push('', `${a.doc}:`, ...a.misses.map((m) => `  ${m}`))
  }
  return lines.join('\n') + '\n'
}
