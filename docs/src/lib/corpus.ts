/**
 * The site's view of the corpus: the parsed seed articles, their texts, the speakers merged
 * across articles and the timeline, read from `@onrecord/corpus` at build time.
 *
 * Pages render whatever the records hold; nothing here knows what the articles say.
 */
import type {Article, Claim, DateValue, Event, Speaker} from '@onrecord/core'

/** One article's part in a merged speaker. */
export interface Appearance {
  /** The article id. */
  article: string
  /** The speaker as that article records it. */
  speaker: Speaker
  /** The speaker's claims in that article, in text order. */
  claims: Claim[]
}

/** A speaker merged across articles. */
export interface SiteSpeaker {
  /** A stable anchor: kebab-case of the name. */
  slug: string
  /** The fullest name. */
  name: string
  /** Every other name used for the speaker, across articles. */
  aliases: string[]
  /** Kinds given by the articles. */
  kinds: string[]
  /** Titles as written, across articles. */
  titles: string[]
  /** Affiliations given by the articles. */
  affiliations: string[]
  /** Where the speaker appears. */
  appearances: Appearance[]
}

/** A dated (or undated) claim or event, pointing into its article. */
export interface TimelineItem {
  /** A claim or an event. */
  kind: 'claim' | 'event'
  /** The article id. */
  article: string
  /** The claim or event id in the article. */
  id: string
  /** The date, or null. */
  date: DateValue | null
  /** The PLOVER type of an event, else null. */
  type: string | null
  /** A short line for people: the trigger or the claim's speaker and opening words. */
  text: string
}

/** The corpus as the pages use it. */
export interface SiteCorpus {
  articles: Article[]
  texts: Map<string, string>
  speakers: SiteSpeaker[]
  timeline: TimelineItem[]
  undated: TimelineItem[]
}

/** Kebab-case anchor for a name. */
export function slugify(value: string): string {
  const slug = value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
  return slug || 'unnamed'
}

/** Cut a string to about `length` characters at a word boundary. */
export function clip(value: string, length = 90): string {
  const flat = value.replace(/\s+/g, ' ').trim()
  if (flat.length <= length) return flat
  const cut = flat.slice(0, length)
  const space = cut.lastIndexOf(' ')
  return `${space > length / 2 ? cut.slice(0, space) : cut}…`
}

let cache: Promise<SiteCorpus> | undefined

/** Load the corpus once per build. */
export function loadCorpus(): Promise<SiteCorpus> {
  cache ??= build()
  return cache
}

async function build(): Promise<SiteCorpus> {
  const source = await corpusModule()
  const articles = [...(source.articles as Article[])].sort((a, b) => a.id.localeCompare(b.id))
  const texts = toTextMap(source.texts)
  for (const article of articles) {
    if (!texts.has(article.id)) throw new Error(`docs: @onrecord/corpus has no text for article ${article.id}`)
  }
  const speakers = mergeSpeakers(articles)
  const {timeline, undated} = buildTimeline(articles, texts)
  return {articles, texts, speakers, timeline, undated}
}

async function corpusModule(): Promise<Record<string, unknown>> {
  try {
    return (await import('@onrecord/corpus')) as Record<string, unknown>
  } catch (error) {
    // Until @onrecord/corpus is built, parse the seeds here with the same parser.
    if (process.env.ONRECORD_DOCS_REQUIRE_CORPUS) throw error
    const {seedCorpus} = await import('./seed-corpus.ts')
    return seedCorpus()
  }
}

function toTextMap(value: unknown): Map<string, string> {
  if (value instanceof Map) return new Map(value as Map<string, string>)
  if (value && typeof value === 'object') return new Map(Object.entries(value as Record<string, string>))
  throw new Error('docs: expected `texts` from @onrecord/corpus as an object or a Map of id to text')
}

/**
 * Merge speakers across articles by name and alias. The corpus package merges with more
 * knowledge; this grouping only decides which headings the speakers page shows, and every
 * claim is listed under the article that records it.
 */
function mergeSpeakers(articles: readonly Article[]): SiteSpeaker[] {
  const groups: SiteSpeaker[] = []
  const byKey = new Map<string, SiteSpeaker>()
  for (const article of articles) {
    for (const speaker of article.speakers) {
      const claims = article.claims.filter((claim) => claim.speaker === speaker.id)
      const key = nameKey(speaker.name)
      let group = byKey.get(key)
      if (!group) {
        group = {slug: '', name: speaker.name, aliases: [], kinds: [], titles: [], affiliations: [], appearances: []}
        groups.push(group)
        byKey.set(key, group)
      }
      if (speaker.name.length > group.name.length) group.name = speaker.name
      addAll(group.aliases, [speaker.name, ...speaker.aliases])
      addAll(group.kinds, [speaker.kind])
      addAll(group.titles, speaker.titles)
      addAll(group.affiliations, speaker.affiliation ? [speaker.affiliation] : [])
      group.appearances.push({article: article.id, speaker, claims})
    }
  }
  const slugs = new Set<string>()
  for (const group of groups) {
    group.aliases = group.aliases.filter((alias) => alias !== group.name)
    let slug = slugify(group.name)
    for (let n = 2; slugs.has(slug); n++) slug = `${slugify(group.name)}-${n}`
    slugs.add(slug)
    group.slug = slug
  }
  return groups.sort(
    (a, b) => count(b) - count(a) || a.name.localeCompare(b.name, 'en', {sensitivity: 'base'})
  )
}

function count(speaker: SiteSpeaker): number {
  return speaker.appearances.reduce((sum, item) => sum + item.claims.length, 0)
}

function nameKey(name: string): string {
  return slugify(name)
}

function addAll(into: string[], values: readonly string[]): void {
  for (const value of values) if (value && !into.includes(value)) into.push(value)
}

function buildTimeline(
  articles: readonly Article[],
  texts: Map<string, string>
): {timeline: TimelineItem[]; undated: TimelineItem[]} {
  const items: TimelineItem[] = []
  for (const article of articles) {
    const names = new Map(article.speakers.map((speaker) => [speaker.id, speaker.name]))
    for (const event of article.events) items.push(eventItem(article.id, event))
    for (const claim of article.claims) {
      const who = claim.speaker ? (names.get(claim.speaker) ?? claim.speaker) : 'Unattributed'
      items.push({
        kind: 'claim',
        article: article.id,
        id: claim.id,
        date: claim.date,
        type: null,
        text: `${who}: “${clip(claim.content.text, 70)}”`
      })
    }
    void texts
  }
  const dated = items.filter((item) => item.date && sortKey(item.date.value) !== null)
  const undated = items.filter((item) => !dated.includes(item))
  dated.sort(
    (a, b) =>
      sortKey(a.date!.value)!.localeCompare(sortKey(b.date!.value)!) ||
      a.article.localeCompare(b.article) ||
      a.id.localeCompare(b.id, 'en', {numeric: true})
  )
  return {timeline: dated, undated}
}

function eventItem(article: string, event: Event): TimelineItem {
  return {kind: 'event', article, id: event.id, date: event.date, type: event.type, text: `${event.type}: ${clip(event.trigger.text, 60)}`}
}

/**
 * A sortable key for an EDTF value with a known year: `2022-01-27`, `2021-07`, `2014-09/..`
 * (its start). Null when the year is unknown (`XXXX-02-05`) or the value is not EDTF.
 */
export function sortKey(value: string): string | null {
  const start = value.split('/')[0] ?? ''
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T(\d{2}:\d{2}(?::\d{2})?))?/.exec(start)
  if (!match) return null
  return `${match[1]}-${match[2] ?? '00'}-${match[3] ?? '00'}T${match[4] ?? '00:00'}`
}
