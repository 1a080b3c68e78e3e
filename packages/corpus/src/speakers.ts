/**
 * Merge each article's speakers into corpus speakers.
 *
 * > | a: Aleksei Volkov (s1: c1, c3)     b: Alexey Volkov (s2: c5)
 *       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
 *       one corpus speaker `aleksei-volkov`, aliases ['Alexey Volkov'], two refs
 */
import type {Article, Speaker, SpeakerKind} from '@onrecord/core'
import {foldName, nameParts, personKey, slug} from './names.ts'
import type {CorpusSpeaker, SpeakerRef} from './types.ts'

interface Entry {
  article: Article
  speaker: Speaker
}

/**
 * Merge the speakers of several articles. People are one speaker when their names agree up to
 * transliteration (`Andrei`/`Andrey`, see `personKey`); a person named by surname alone joins
 * the one person with that surname, and stays apart when several have it. Organisations,
 * governments and groups are one speaker when their names agree up to case and punctuation.
 * Anonymous sources ("officials") are never merged across articles.
 *
 * Deterministic: the result depends only on the articles and their order.
 *
 * @example
 * mergeSpeakers([a, b]) // [{id: 'aleksei-volkov', name: 'Aleksei Volkov', aliases: ['Alexey Volkov'], articles: ['a', 'b'], …}]
 */
export function mergeSpeakers(articles: readonly Article[]): CorpusSpeaker[] {
  const groups = new Map<string, Entry[]>()
  const surnameOnly: Entry[] = []
  const add = (key: string, entry: Entry) => {
    const group = groups.get(key)
    if (group) group.push(entry)
    else groups.set(key, [entry])
  }

  for (const article of articles) {
    for (const speaker of article.speakers) {
      const entry = {article, speaker}
      if (speaker.kind === 'anonymous') {
        add(`anonymous:${article.id}:${speaker.id}`, entry)
      } else if (speaker.kind === 'person') {
        const parts = nameParts(speaker.name)
        if (parts.surname === '') add(`anonymous:${article.id}:${speaker.id}`, entry)
        else if (parts.given.length === 0) surnameOnly.push(entry)
        else add(`person:${personKey(speaker.name)}`, entry)
      } else {
        add(`${speaker.kind}:${foldName(speaker.name)}`, entry)
      }
    }
  }

  // A bare surname is attached only when exactly one full name carries it: two Johnsons stay apart.
  for (const entry of surnameOnly) {
    const surname = nameParts(entry.speaker.name).surname
    const matches = [...groups.keys()].filter((key) => key.startsWith('person:') && key.endsWith(`|${surname}`) && key !== `person:|${surname}`)
    add(matches.length === 1 ? matches[0]! : `person:|${surname}`, entry)
  }

  const used = new Map<string, number>()
  const speakers: CorpusSpeaker[] = []
  for (const entries of groups.values()) {
    const speaker = build(entries)
    const base = speaker.id || 'speaker'
    const count = (used.get(base) ?? 0) + 1
    used.set(base, count)
    speaker.id = count === 1 ? base : `${base}-${count}`
    speakers.push(speaker)
  }

  // Corpus order: by the first article (in the given order) and the speaker's place in it.
  const order = new Map(articles.map((article, index) => [article.id, index]))
  return speakers
    .map((speaker, index) => ({speaker, index}))
    .sort(
      (a, b) =>
        order.get(a.speaker.articles[0]!)! - order.get(b.speaker.articles[0]!)! || a.index - b.index
    )
    .map(({speaker}) => speaker)
}

function build(entries: Entry[]): CorpusSpeaker {
  const names = entries.map((entry) => entry.speaker.name)
  const name = mostFrequent(names, (a, b) => b.length - a.length) ?? names[0]!
  const kind: SpeakerKind = entries[0]!.speaker.kind
  const affiliations = entries.map((entry) => entry.speaker.affiliation).filter((value) => value !== null)
  const refs: SpeakerRef[] = entries.map(({article, speaker}) => ({
    article: article.id,
    speaker: speaker.id,
    claims: article.claims.filter((claim) => claim.speaker === speaker.id).map((claim) => claim.id)
  }))
  const articles = unique(refs.map((ref) => ref.article))
  const aliases = unique([...names, ...entries.flatMap((entry) => entry.speaker.aliases)]).filter((alias) => alias !== name)
  return {
    id: kind === 'anonymous' ? `${slug(name)}-${articles[0]}` : slug(name),
    name,
    kind,
    titles: unique(entries.flatMap((entry) => entry.speaker.titles)),
    affiliation: mostFrequent(affiliations) ?? null,
    aliases,
    articles,
    refs,
    claims: refs.flatMap((ref) => ref.claims.map((claim) => ({article: ref.article, claim})))
  }
}

/** The most frequent value; on a tie, the one `tieBreak` puts first, else the first met. */
function mostFrequent(values: readonly string[], tieBreak?: (a: string, b: string) => number): string | undefined {
  const counts = new Map<string, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  let best: string | undefined
  for (const [value, count] of counts) {
    if (best === undefined) best = value
    else {
      const difference = count - counts.get(best)!
      if (difference > 0 || (difference === 0 && tieBreak && tieBreak(value, best) < 0)) best = value
    }
  }
  return best
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)]
}
