import type {Article} from '@onrecord/core'
import type {CorpusSpeaker} from './types.ts'

/** A cell of a table: null and undefined are written as an empty field. */
export type Cell = string | number | null | undefined

/** How lists inside one cell are joined. */
const listSeparator = '; '

/**
 * Write rows as CSV by RFC 4180: CRLF line ends, and a field quoted (with quotes doubled) when
 * it holds a comma, a quote, CR or LF. The first row is the header.
 */
export function toCsv(rows: ReadonlyArray<readonly Cell[]>): string {
  return rows.map((row) => row.map(field).join(',') + '\r\n').join('')
}

function field(cell: Cell): string {
  const value = cell === null || cell === undefined ? '' : String(cell)
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

/** One JSON record per line, each line ending in LF. */
export function toJsonLines(records: readonly unknown[]): string {
  return records.map((record) => JSON.stringify(record) + '\n').join('')
}

/** The claims of every article as a table, one row per claim, with its corpus speaker. */
export function claimsTable(articles: readonly Article[], speakers: readonly CorpusSpeaker[]): Cell[][] {
  const corpusSpeaker = speakerIndex(speakers)
  const rows: Cell[][] = [
    ['article', 'claim', 'speaker', 'speaker_name', 'kind', 'cue', 'cue_lemma', 'content', 'date', 'date_precision', 'published', 'outlet', 'start', 'end', 'content_start', 'content_end', 'confidence']
  ]
  for (const article of articles) {
    for (const claim of article.claims) {
      const local = article.speakers.find((speaker) => speaker.id === claim.speaker)
      rows.push([
        article.id,
        claim.id,
        local ? corpusSpeaker.get(`${article.id}\u0000${local.id}`) : null,
        local?.name,
        claim.kind,
        claim.cue?.text,
        claim.cue?.lemma,
        claim.content.text,
        claim.date?.value,
        claim.date?.precision,
        article.published?.value,
        article.outlet?.name,
        claim.span.start,
        claim.span.end,
        claim.content.span.start,
        claim.content.span.end,
        claim.confidence
      ])
    }
  }
  return rows
}

/** The events of every article as a table, one row per event; `text` is the clause that states it. */
export function eventsTable(articles: readonly Article[], texts: Readonly<Record<string, string>>): Cell[][] {
  const rows: Cell[][] = [
    ['article', 'event', 'type', 'modality', 'trigger', 'actors', 'actor_codes', 'targets', 'target_codes', 'location', 'date', 'date_precision', 'published', 'claim', 'text', 'start', 'end', 'confidence']
  ]
  for (const article of articles) {
    const text = texts[article.id]
    for (const event of article.events) {
      rows.push([
        article.id,
        event.id,
        event.type,
        event.modality,
        event.trigger.text,
        event.actors.map((actor) => actor.name).join(listSeparator),
        event.actors.map((actor) => actor.code ?? '').join(listSeparator),
        event.targets.map((target) => target.name).join(listSeparator),
        event.targets.map((target) => target.code ?? '').join(listSeparator),
        event.location?.name,
        event.date?.value,
        event.date?.precision,
        article.published?.value,
        event.claim,
        text?.slice(event.span.start, event.span.end),
        event.span.start,
        event.span.end,
        event.confidence
      ])
    }
  }
  return rows
}

/** The merged speakers as a table, one row per corpus speaker; lists are joined by `; `. */
export function speakersTable(speakers: readonly CorpusSpeaker[]): Cell[][] {
  const rows: Cell[][] = [['speaker', 'name', 'kind', 'affiliation', 'titles', 'aliases', 'articles', 'claims']]
  for (const speaker of speakers) {
    rows.push([
      speaker.id,
      speaker.name,
      speaker.kind,
      speaker.affiliation,
      speaker.titles.join(listSeparator),
      speaker.aliases.join(listSeparator),
      speaker.articles.join(listSeparator),
      speaker.claims.length
    ])
  }
  return rows
}

function speakerIndex(speakers: readonly CorpusSpeaker[]): Map<string, string> {
  const index = new Map<string, string>()
  for (const speaker of speakers) {
    for (const ref of speaker.refs) index.set(`${ref.article}\u0000${ref.speaker}`, speaker.id)
  }
  return index
}
