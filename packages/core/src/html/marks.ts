import type {Article} from '../schema/article.js'
import {ploverQuadClass, type QuadClass} from '../lexicon/triggers.js'

/**
 * What a mark stands for. Containers (`boilerplate`, `title`, `byline`, `dateline`, `claim`)
 * wrap other marks; the rest are the evidence itself: a speaker mention, a claim's cue and
 * content, an event's trigger and arguments (`actor`, `target`, `place`), a `date`.
 */
export type MarkKind =
  | 'boilerplate'
  | 'title'
  | 'byline'
  | 'dateline'
  | 'claim'
  | 'content'
  | 'cue'
  | 'speaker'
  | 'trigger'
  | 'actor'
  | 'target'
  | 'place'
  | 'date'

/** Every mark kind, outer kinds first: when two spans are equal the earlier kind holds the later. */
export const markKinds: readonly MarkKind[] = [
  'boilerplate',
  'title',
  'byline',
  'dateline',
  'claim',
  'content',
  'cue',
  'speaker',
  'trigger',
  'actor',
  'target',
  'place',
  'date'
]

/** Kinds that wrap other marks and take no keyboard focus. */
export const containerKinds: ReadonlySet<MarkKind> = new Set(['boilerplate', 'title', 'byline', 'dateline', 'claim'])

/** What each kind is called in a legend or a toggle. */
export const markKindLabels: Readonly<Record<MarkKind, string>> = {
  boilerplate: 'page furniture',
  title: 'title',
  byline: 'byline',
  dateline: 'dateline',
  claim: 'whole claim',
  content: 'claim content',
  cue: 'reporting cue',
  speaker: 'speaker mention',
  trigger: 'event trigger',
  actor: 'event actor',
  target: 'event target',
  place: 'event place',
  date: 'date'
}

/** A stretch of the text to mark, with what to say about it. */
export interface Mark {
  /** What it stands for. */
  kind: MarkKind
  /** UTF-16 offset of the first code unit. */
  start: number
  /** UTF-16 offset one past the last code unit. */
  end: number
  /** The record item it shows: a claim, speaker or event id; the reason for boilerplate. */
  ref: string
  /** A short label drawn beside the mark (`c1`, `ASSAULT`); empty for none. */
  label: string
  /** A sentence for the tooltip and the aside: who said it, which event type. */
  tip: string
  /**
   * More `data-*` attributes, names without the prefix (`claim`, `speaker`, `event`, `type`,
   * `quad`). `of` lists, space-separated, the items an argument or date belongs to (`e1 c3
   * published`), so that focusing an item can light up its arguments.
   */
  data: Record<string, string>
}

/** How the quad classes read in prose. */
export const quadClassLabels: Readonly<Record<QuadClass, string>> = {
  'verbal-cooperation': 'verbal cooperation',
  'material-cooperation': 'material cooperation',
  'verbal-conflict': 'verbal conflict',
  'material-conflict': 'material conflict'
}

/** The quad class of a PLOVER type, or null for a type outside the 16. */
export function quadClassOf(type: string): QuadClass | null {
  return (ploverQuadClass as Readonly<Record<string, QuadClass>>)[type] ?? null
}

/** The element id of a content or trigger mark, for links from claim and event lists. */
export function markId(kind: 'content' | 'trigger', ref: string): string {
  return `mark-${kind}-${ref.replace(/[^\w-]/g, '_')}`
}

/**
 * The marks of a record: page furniture; the title, byline and dateline; speaker mentions;
 * claims (the whole attribution, its content and its cue); event triggers with their actors,
 * targets and places; and every date that has a span (published, dateline, claim and event
 * dates).
 *
 * Spans outside the text or empty are left out rather than trusted. An argument or date that
 * serves several items (one actor of two events) is one mark whose `data.of` names them all.
 */
export function marksFromArticle(article: Article, text: string): Mark[] {
  const marks: Mark[] = []
  const shared = new Map<string, Mark>()
  const speakerName = new Map(article.speakers.map((speaker) => [speaker.id, speaker.name]))
  const claimById = new Map(article.claims.map((claim) => [claim.id, claim]))
  const said = (id: string | null) => (id === null ? 'no source given' : `said by ${speakerName.get(id) ?? id}`)

  const add = (mark: Mark) => {
    if (!Number.isInteger(mark.start) || !Number.isInteger(mark.end)) return
    if (mark.start < 0 || mark.end > text.length || mark.start >= mark.end) return
    marks.push({...mark, data: {...mark.data}})
  }

  /** An argument or date: one mark per kind and span, naming every item it belongs to. */
  const addShared = (kind: MarkKind, span: {start: number; end: number}, of: string, tip: string, data: Record<string, string> = {}) => {
    const key = `${kind}:${span.start}:${span.end}`
    const seen = shared.get(key)
    if (seen) {
      const owners = seen.data.of!.split(' ')
      if (!owners.includes(of)) seen.data.of = [...owners, of].join(' ')
      if (!seen.tip.split('; ').includes(tip)) seen.tip += `; ${tip}`
      return
    }
    const before = marks.length
    add({kind, start: span.start, end: span.end, ref: of, label: '', tip, data: {...data, of}})
    if (marks.length > before) shared.set(key, marks[marks.length - 1]!)
  }

  for (const item of article.boilerplate) {
    add({kind: 'boilerplate', ...item.span, ref: item.reason, label: '', tip: `Page furniture (${item.reason})`, data: {}})
  }

  if (article.title) {
    add({kind: 'title', ...article.title.span, ref: 'title', label: '', tip: `Title: ${article.title.text}`, data: {}})
  }

  const authors = article.authors.map((author) => author.name).join(', ')
  for (const block of article.body) {
    if (block.kind !== 'byline') continue
    add({kind: 'byline', ...block.span, ref: 'byline', label: '', tip: `Byline${authors ? `: ${authors}` : ''}`, data: {}})
  }

  if (article.dateline) {
    const {place, date, span} = article.dateline
    const about = [place, date?.value].filter(Boolean).join(', ')
    add({kind: 'dateline', ...span, ref: 'dateline', label: '', tip: `Dateline${about ? `: ${about}` : ''}`, data: {}})
    if (date?.span) addShared('date', date.span, 'dateline', `Dateline date ${date.value} (${date.precision})`)
  }

  if (article.published?.span) {
    const {value, precision, via, span} = article.published
    addShared('date', span, 'published', `Published ${value} (${precision}, from the ${via})`)
  }

  for (const speaker of article.speakers) {
    const about = [speaker.kind, ...speaker.titles, speaker.affiliation ?? ''].filter(Boolean).join(', ')
    for (const mention of speaker.mentions) {
      add({
        kind: 'speaker',
        ...mention,
        ref: speaker.id,
        label: '',
        tip: `Speaker ${speaker.id}: ${speaker.name} (${about})`,
        data: {speaker: speaker.id}
      })
    }
  }

  for (const claim of article.claims) {
    const tip = `Claim ${claim.id} (${claim.kind}), ${said(claim.speaker)}`
    const data = {claim: claim.id, speaker: claim.speaker ?? ''}
    // The whole attribution: not a tab stop itself, it lights up while its content or cue has focus.
    add({kind: 'claim', ...claim.span, ref: claim.id, label: '', tip, data})
    add({kind: 'content', ...claim.content.span, ref: claim.id, label: claim.id, tip, data})
    if (claim.cue) {
      add({
        kind: 'cue',
        ...claim.cue.span,
        ref: claim.id,
        label: '',
        tip: `Cue “${claim.cue.text}” (${claim.cue.lemma}) of claim ${claim.id}, ${said(claim.speaker)}`,
        data
      })
    }
    if (claim.date?.span) addShared('date', claim.date.span, claim.id, `Date of claim ${claim.id}: ${claim.date.value} (${claim.date.precision})`)
  }

  for (const event of article.events) {
    const quad = quadClassOf(event.type)
    const claim = event.claim ? claimById.get(event.claim) : undefined
    const within = claim ? `, inside claim ${claim.id} ${said(claim.speaker)}` : ''
    add({
      kind: 'trigger',
      ...event.trigger.span,
      ref: event.id,
      label: event.type,
      tip: `Event ${event.id}: ${event.type}${quad ? ` (${quadClassLabels[quad]})` : ''}, ${event.modality}${within}`,
      data: {event: event.id, type: event.type, quad: quad ?? 'none'}
    })
    for (const actor of event.actors) {
      addShared('actor', actor.span, event.id, `Actor of ${event.id} (${event.type}): ${actor.name}${actor.code ? ` [${actor.code}]` : ''}`)
    }
    for (const target of event.targets) {
      addShared('target', target.span, event.id, `Target of ${event.id} (${event.type}): ${target.name}${target.code ? ` [${target.code}]` : ''}`)
    }
    if (event.location) addShared('place', event.location.span, event.id, `Place of ${event.id} (${event.type}): ${event.location.name}`)
    if (event.date?.span) addShared('date', event.date.span, event.id, `Date of ${event.id} (${event.type}): ${event.date.value} (${event.date.precision})`)
  }

  return marks
}
