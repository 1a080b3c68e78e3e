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
 * governments and groups of one kind are one speaker when a name or a proper alias agrees up
 * to case and punctuation (`United Nations` with alias `U.N.` meets `U.N.`), and governments
 * also when they stand for the same country (`Moscow` and `Russia`, both `RUS`). Anonymous
 * sources ("officials") are never merged across articles.
 *
 * Deterministic: the result depends only on the articles and their order.
 *
 * @example
 * mergeSpeakers([a, b]) // [{id: 'aleksei-volkov', name: 'Aleksei Volkov', aliases: ['Alexey Volkov'], articles: ['a', 'b'], …}]
 */
export function mergeSpeakers(articles: readonly Article[]): CorpusSpeaker[] {
  const entries: Entry[] = articles.flatMap((article) => article.speakers.map((speaker) => ({article, speaker})))
  // Union-find over entries: each entry starts alone, shared keys join them.
  const parent = entries.map((_, index) => index)
  const find = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index]!]!
    return index
  }
  const union = (a: number, b: number) => {
    const [ra, rb] = [find(a), find(b)]
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb)
  }
  const firstWithKey = new Map<string, number>()
  const join = (key: string, index: number) => {
    const first = firstWithKey.get(key)
    if (first === undefined) firstWithKey.set(key, index)
    else union(first, index)
  }

  const surnameOnly: number[] = []
  entries.forEach(({speaker}, index) => {
    if (speaker.kind === 'anonymous') return
    if (speaker.kind === 'person') {
      const parts = nameParts(speaker.name)
      if (parts.surname === '') return
      if (parts.given.length === 0) surnameOnly.push(index)
      else join(`person:${personKey(speaker.name)}`, index)
      return
    }
    for (const name of [speaker.name, ...speaker.aliases.filter(isProperName)]) {
      const folded = foldName(name)
      if (folded !== '') join(`${speaker.kind}:${folded}`, index)
    }
    if (speaker.kind === 'government' && speaker.affiliation && /^[A-Z]{3}$/.test(speaker.affiliation)) {
      join(`government:country:${speaker.affiliation}`, index)
    }
  })

  // A bare surname joins only when exactly one full name carries it: two Johnsons stay apart.
  for (const index of surnameOnly) {
    const surname = nameParts(entries[index]!.speaker.name).surname
    const matches = [...firstWithKey.keys()].filter((key) => key.startsWith('person:') && key.endsWith(`|${surname}`) && key !== `person:|${surname}`)
    join(matches.length === 1 ? matches[0]! : `person:|${surname}`, index)
  }

  const groups = new Map<number, Entry[]>()
  entries.forEach((entry, index) => {
    const root = find(index)
    const group = groups.get(root)
    if (group) group.push(entry)
    else groups.set(root, [entry])
  })

  // Groups come in corpus order: by their first entry, as the articles were given.
  const used = new Map<string, number>()
  const speakers: CorpusSpeaker[] = []
  for (const group of groups.values()) {
    const speaker = build(group)
    const base = speaker.id || 'speaker'
    const count = (used.get(base) ?? 0) + 1
    used.set(base, count)
    speaker.id = count === 1 ? base : `${base}-${count}`
    speakers.push(speaker)
  }
  return speakers
}

/** An alias that names (`U.N.`, `Russia`) rather than describes (`the ministry`). */
function isProperName(alias: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(alias)
}

function build(entries: Entry[]): CorpusSpeaker {
  const names = entries.map((entry) => entry.speaker.name)
  const kind: SpeakerKind = entries[0]!.speaker.kind
  // A person is named by the full name the articles use most; an institution by the name it
  // goes by most, aliases included (`Washington` and `White House` with alias `United States`
  // twice are `United States`).
  const candidates = kind === 'person' ? names : [...names, ...entries.flatMap((entry) => entry.speaker.aliases.filter(isProperName))]
  const name = mostFrequent(candidates, (a, b) => b.length - a.length) ?? names[0]!
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
    titles: uniqueIgnoringCase(entries.flatMap((entry) => entry.speaker.titles)),
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

/** The values, each once whatever its case, in the form first met. */
function uniqueIgnoringCase(values: readonly string[]): string[] {
  const seen = new Set<string>()
  return values.filter((value) => {
    const key = value.toLowerCase()
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
