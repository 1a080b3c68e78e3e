/**
 * A stand-in for `@onrecord/corpus` while that package is not built: the seed articles parsed
 * with `@onrecord/core`, in the corpus package's shape, with a plain merge by name and a
 * timeline of the items that carry their own date.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {parseArticle, type Article} from '@onrecord/core'
import type {CorpusModule, CorpusTimelineItem} from './corpus.ts'

/** Parse `seeds/*.txt` (builds and tests run from `docs/`). */
export function seedCorpus(): CorpusModule {
  const directory = resolve(process.cwd(), '../seeds')
  const texts: Record<string, string> = {}
  const articles: Article[] = readdirSync(directory)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const text = readFileSync(resolve(directory, name), 'utf8')
      const article = parseArticle(text, {name})
      texts[article.id] = text
      return article
    })

  const speakers = new Map<string, CorpusModule['speakers'][number]>()
  for (const article of articles) {
    for (const speaker of article.speakers) {
      const key = speaker.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')
      const entry = speakers.get(key) ?? {
        id: key,
        name: speaker.name,
        kind: speaker.kind,
        titles: [],
        affiliation: speaker.affiliation,
        aliases: [],
        refs: []
      }
      entry.titles.push(...speaker.titles.filter((title) => !entry.titles.includes(title)))
      entry.aliases.push(...speaker.aliases.filter((alias) => !entry.aliases.includes(alias)))
      const claims = article.claims.filter((claim) => claim.speaker === speaker.id).map((claim) => claim.id)
      entry.refs.push({article: article.id, speaker: speaker.id, claims})
      speakers.set(key, entry)
    }
  }

  const items: CorpusTimelineItem[] = []
  for (const article of articles) {
    items.push({kind: 'published', article: article.id, id: null, date: article.published, dateOf: article.published ? 'item' : null, text: article.title?.text ?? null, speaker: null, type: null})
    for (const claim of article.claims) {
      items.push({kind: 'claim', article: article.id, id: claim.id, date: claim.date, dateOf: claim.date ? 'item' : null, text: claim.content.text, speaker: null, type: null})
    }
    for (const event of article.events) {
      items.push({kind: 'event', article: article.id, id: event.id, date: event.date, dateOf: event.date ? 'item' : null, text: event.trigger.text, speaker: null, type: event.type})
    }
  }
  const key = (item: CorpusTimelineItem) => (item.date && /^\d{4}/.test(item.date.value) ? item.date.value : null)
  const timeline = items.filter((item) => key(item) !== null).sort((a, b) => key(a)!.localeCompare(key(b)!))
  const undated = items.filter((item) => key(item) === null)

  return {articles, texts, speakers: [...speakers.values()], timeline, undated}
}
