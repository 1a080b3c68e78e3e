/**
 * The site's view of the corpus: the parsed seed articles, their texts, the speakers merged
 * across articles and the timeline, read from `@onrecord/corpus` at build time.
 *
 * Pages render whatever the records hold; nothing here knows what the articles say.
 */
import type {Article, Claim, DateValue, Speaker} from '@onrecord/core'

/** The parts of `@onrecord/corpus` the site reads (see that package for the full types). */
export interface CorpusModule {
  articles: readonly Article[]
  texts: Readonly<Record<string, string>>
  speakers: ReadonlyArray<{
    id: string
    name: string
    kind: string
    titles: string[]
    affiliation: string | null
    aliases: string[]
    refs: Array<{article: string; speaker: string; claims: string[]}>
  }>
  timeline: readonly CorpusTimelineItem[]
  undated: readonly CorpusTimelineItem[]
}

/** A timeline item as `@onrecord/corpus` gives it. */
export interface CorpusTimelineItem {
  kind: 'published' | 'claim' | 'event'
  article: string
  id: string | null
  date: DateValue | null
  dateOf: 'item' | 'article' | null
  text: string | null
  speaker: string | null
  type: string | null
}

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
  /** The corpus id, also the anchor on the speakers page. */
  slug: string
  /** The name the corpus uses. */
  name: string
  /** Every other name used for the speaker, across articles. */
  aliases: string[]
  /** The kind of source. */
  kind: string
  /** Titles as written, across articles. */
  titles: string[]
  /** The affiliation, else null. */
  affiliation: string | null
  /** Where the speaker appears. */
  appearances: Appearance[]
}

/** A claim, event or publication on the timeline, pointing into its article. */
export interface TimelineItem {
  /** What it is. */
  kind: 'published' | 'claim' | 'event'
  /** The article id. */
  article: string
  /** The claim or event id in the article; null for a publication. */
  id: string | null
  /** The date, or null. */
  date: DateValue | null
  /** Whose date it is: the item's own, or its article's publication date. */
  dateOf: 'item' | 'article' | null
  /** The PLOVER type of an event, else null. */
  type: string | null
  /** A short line for people. */
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
  cache ??= load()
  return cache
}

async function load(): Promise<SiteCorpus> {
  let source: CorpusModule
  try {
    source = (await import('@onrecord/corpus')) as unknown as CorpusModule
  } catch (error) {
    throw new Error(
      'docs: cannot load @onrecord/corpus; build the packages first (`pnpm run build` at the repository root)',
      {cause: error}
    )
  }
  return fromModule(source)
}

/** Turn the corpus package's exports into what the pages use. */
export function fromModule(source: CorpusModule): SiteCorpus {
  const articles = [...source.articles]
  const byId = new Map(articles.map((article) => [article.id, article]))
  const texts = new Map(Object.entries(source.texts))
  for (const article of articles) {
    if (!texts.has(article.id)) throw new Error(`docs: the corpus has no text for article ${article.id}`)
  }

  const speakers: SiteSpeaker[] = source.speakers.map((speaker) => ({
    slug: speaker.id,
    name: speaker.name,
    aliases: speaker.aliases.filter((alias) => alias !== speaker.name),
    kind: speaker.kind,
    titles: speaker.titles,
    affiliation: speaker.affiliation,
    appearances: speaker.refs.flatMap((ref) => {
      const article = byId.get(ref.article)
      const local = article?.speakers.find((item) => item.id === ref.speaker)
      if (!article || !local) return []
      const claims = article.claims.filter((claim) => ref.claims.includes(claim.id))
      return [{article: ref.article, speaker: local, claims}]
    })
  }))

  const line = (item: CorpusTimelineItem): TimelineItem => {
    const article = byId.get(item.article)
    let text = clip(item.text ?? '', 80)
    if (item.kind === 'published') text = `Published: ${clip(article?.title?.text ?? item.article, 80)}`
    if (item.kind === 'claim') {
      const claim = article?.claims.find((candidate) => candidate.id === item.id)
      const name = article?.speakers.find((speaker) => speaker.id === claim?.speaker)?.name ?? 'Unattributed'
      text = `${name}: “${clip(claim?.content.text ?? item.text ?? '', 70)}”`
    }
    if (item.kind === 'event') {
      const event = article?.events.find((candidate) => candidate.id === item.id)
      text = `${item.type ?? 'Event'}: ${clip(event?.trigger.text ?? '', 30)} (${clip(item.text ?? '', 60)})`
    }
    return {kind: item.kind, article: item.article, id: item.id, date: item.date, dateOf: item.dateOf, type: item.type, text}
  }

  return {
    articles,
    texts,
    speakers,
    timeline: source.timeline.map(line),
    undated: source.undated.map(line)
  }
}
