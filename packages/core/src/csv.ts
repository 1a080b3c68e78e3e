import type {Article} from './schema/article.js'
import type {Speaker, SpeakerKind} from './schema/speaker.js'

/** A cell of a table: null and undefined are written as an empty field. */
export type Cell = string | number | null | undefined

/** The tables records flatten into: one row per claim, per event or per speaker. */
export type TableName = 'claims' | 'events' | 'speakers'

/**
 * The header of each table. `onrecord parse --format csv` and `@onrecord/corpus` write these
 * columns, in this order.
 */
export const csvColumns: Readonly<Record<TableName, readonly string[]>> = {
  claims: ['article', 'claim', 'speaker', 'speaker_name', 'kind', 'cue', 'cue_lemma', 'content', 'date', 'date_precision', 'published', 'outlet', 'start', 'end', 'content_start', 'content_end', 'confidence'],
  events: ['article', 'event', 'type', 'modality', 'trigger', 'actors', 'actor_codes', 'targets', 'target_codes', 'location', 'date', 'date_precision', 'published', 'claim', 'text', 'start', 'end', 'confidence'],
  speakers: ['speaker', 'name', 'kind', 'affiliation', 'titles', 'aliases', 'articles', 'claims']
}

/** How lists inside one cell are joined. */
const listSeparator = '; '

/**
 * A speaker as the speakers table lists it: an article's own speaker (see
 * {@link articleSpeakers}), or one merged across articles (`@onrecord/corpus`).
 */
export interface TableSpeaker {
  /** The speaker's id: `s1` within an article, or a corpus-wide id. */
  id: string
  /** The fullest name. */
  name: string
  /** `person`, `organization`, `government`, `group` or `anonymous`. */
  kind: SpeakerKind
  /** A country code or an organisation, else null. */
  affiliation: string | null
  /** Role phrases as written. */
  titles: readonly string[]
  /** Other names used for the speaker. */
  aliases: readonly string[]
  /** The ids of the articles that quote the speaker. */
  articles: readonly string[]
  /** The claims attributed to the speaker (the table writes their number). */
  claims: readonly unknown[]
}

/**
 * Write rows as CSV by RFC 4180: CRLF line ends, and a field quoted (with quotes doubled) when
 * it holds a comma, a quote, CR or LF.
 *
 * @example
 * toCsv([['a', 'b'], ['x, y', null]]) // 'a,b\r\n"x, y",\r\n'
 */
export function toCsv(rows: ReadonlyArray<readonly Cell[]>): string {
  return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('')
}

function csvField(cell: Cell): string {
  const value = cell === null || cell === undefined ? '' : String(cell)
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

/**
 * The claims of the articles as a table, header first, one row per claim.
 *
 * @param speakerId The `speaker` column for a claim's speaker; by default the article's own
 *   speaker id (`s1`). A corpus passes its merged speaker's id.
 */
export function claimsTable(
  articles: readonly Article[],
  speakerId: (article: Article, speaker: Speaker) => string | null = (_, speaker) => speaker.id
): Cell[][] {
  const rows: Cell[][] = [[...csvColumns.claims]]
  for (const article of articles) {
    for (const claim of article.claims) {
      const speaker = article.speakers.find((candidate) => candidate.id === claim.speaker)
      rows.push([
        article.id,
        claim.id,
        speaker ? speakerId(article, speaker) : null,
        speaker?.name,
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

/**
 * The events of the articles as a table, header first, one row per event.
 *
 * @param texts The articles' texts by id: the `text` column is the clause that states the
 *   event, and is empty for an article whose text is not given.
 */
export function eventsTable(articles: readonly Article[], texts: Readonly<Record<string, string>> = {}): Cell[][] {
  const rows: Cell[][] = [[...csvColumns.events]]
  for (const article of articles) {
    const text = Object.hasOwn(texts, article.id) ? texts[article.id] : undefined
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

/** Speakers as a table, header first, one row per speaker; lists are joined by `; `. */
export function speakersTable(speakers: readonly TableSpeaker[]): Cell[][] {
  const rows: Cell[][] = [[...csvColumns.speakers]]
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

/** An article's own speakers for {@link speakersTable}, unmerged, each with its claims' ids. */
export function articleSpeakers(article: Article): TableSpeaker[] {
  return article.speakers.map((speaker) => ({
    id: speaker.id,
    name: speaker.name,
    kind: speaker.kind,
    affiliation: speaker.affiliation,
    titles: speaker.titles,
    aliases: speaker.aliases,
    articles: [article.id],
    claims: article.claims.filter((claim) => claim.speaker === speaker.id).map((claim) => claim.id)
  }))
}
