import {roleHypernyms} from '../lexicon/titles.js'
import {countries} from '../lexicon/countries.js'
import {organizationHeads} from '../lexicon/institutions.js'
import {diagnostic, type PipelineContext, type SpeakerNote, type Stage} from '../stage.js'
import type {Claim} from '../schema/claim.js'
import type {Diagnostic} from '../schema/diagnostic.js'
import type {Speaker} from '../schema/speaker.js'
import type {Span} from '../schema/span.js'
import {antecedentsBefore, clash, groupSubjectBetween, introducedBefore, mentionGender, type TextAround} from '../language/antecedents.js'
import {lookupKnown, type Mention} from '../language/speaker-phrase.js'
import {countBefore} from '../language/search.js'
import {subsetOf} from '../language/word-sets.js'
import {personGender, pronounGender, titleGender, type FirstNameGender, type Gender} from '../language/gender.js'

/**
 * Merge the speakers of the claims into one speaker per source: surnames, spelling variants
 * (a caption's "Kostinov" for "Kostin"), acronyms and seats of government; resolve pronouns
 * to the most recent compatible speaker ("she" to no one whose honorific, role or first name
 * says "he"), else to the subject of a sentence before, and title-only mentions ("the
 * diplomat") to the speaker whose role they name, else to the person introduced with it.
 *
 * > | Polish Foreign Minister Tomasz Wrobel says … "…," Wrobel told PAP. He said …
 *                             ^^^^^^^^^^^^^         ^^^^^^            ^^
 *                             s1                    s1                s1
 *
 * A pronoun with no antecedent leaves the claim's speaker null, with a diagnostic.
 */
export const mergeSpeakerAliases: Stage = {
  name: 'merge-speaker-aliases',
  kind: 'refiner',
  run(context: PipelineContext) {
    const {draft} = context
    if (draft.speakers.length === 0) return
    const notes = new Map(draft.speakerNotes.map((note) => [note.speaker, note]))
    const firstNames = context.options.firstNames ?? null
    const around: TextAround = {text: context.text, blocks: draft.blocks, language: context.language, firstNames}
    const merged = mergeSpeakers(draft.speakers, draft.claims, notes, {
      antecedents: (offset, pronoun, subjectOnly, exclude, known, agrees) => antecedentsBefore(around, offset, pronoun, subjectOnly, exclude, known, agrees),
      groupBetween: (from, offset) => groupSubjectBetween(around, from, offset),
      introduced: (offset, roles) => introducedBefore(around, offset, roles),
      firstNames
    })
    return {speakers: merged.speakers, claims: merged.claims, diagnostics: merged.diagnostics}
  }
}


interface Cluster {
  members: Speaker[]
  kind: Speaker['kind']
  names: string[]
  /** Title-only phrases that stand for the speaker ("the diplomat"). */
  aliasNames: string[]
  titles: string[]
  affiliation: string | null
  mentions: Span[]
  first: number
  /** The cluster's place in the list: of two that match a speaker, the earlier wins. */
  order: number
  /** Whether a member's first name, title or honorific says female, or male ({@link genderOf}). */
  female: boolean
  male: boolean
  /** The words before the surname of the cluster's full names, by surname (normalised): "trump" → [["donald"]]. */
  given: Map<string, string[][]>
}

/** A cluster's gender: the one its members' names and titles give, none if they disagree. */
function genderOf(cluster: Cluster): Gender | null {
  return cluster.female === cluster.male ? null : cluster.female ? 'female' : 'male'
}

/** What the merge asks of the text around a pronoun. */
export interface Resolver {
  /**
   * The people or bodies a pronoun at `offset` may stand for, the likeliest first; with
   * `subjectOnly`, only the subjects of sentences. `exclude` is the pronoun's own claim;
   * `known` tells a speaker's name; `agrees` whether a name is known to have the pronoun's gender.
   */
  antecedents?: (
    offset: number,
    pronoun: string,
    subjectOnly: boolean,
    exclude: Span | null,
    known: (mention: Mention) => boolean,
    agrees?: (mention: Mention) => boolean
  ) => Mention[]
  /** Whether a plural common noun is the subject of a sentence between `from` and `offset` ("Border guards say …"). */
  groupBetween?: (from: number, offset: number) => boolean
  /** The person that the text before `offset` introduces with one of the role nouns `roles`. */
  introduced?: (offset: number, roles: readonly string[]) => Mention | null
  /** The gender a first name gives. */
  firstNames?: FirstNameGender | null
}

const countryNames = new Map(countries.map((country) => [country.code, country.name]))

/**
 * Cluster `speakers` and point `claims` at the merged speakers (ids `s1`, `s2`… in order of
 * first mention). Exported for callers that build speakers themselves.
 */
export function mergeSpeakers(
  speakers: readonly Speaker[],
  claims: readonly Claim[],
  notes: ReadonlyMap<string, SpeakerNote>,
  resolver: Resolver = {}
): {speakers: Speaker[]; claims: Claim[]; diagnostics: Diagnostic[]} {
  const diagnostics: Diagnostic[] = []
  const antecedents = resolver.antecedents
  const position = (speaker: Speaker) => notes.get(speaker.id)?.span.start ?? speaker.mentions[0]?.start ?? 0
  const ordered = [...speakers].sort((a, b) => position(a) - position(b))
  const clusters = new Clusters(resolver.firstNames ?? null)
  const clusterOf = new Map<string, Cluster | null>()
  const claimOf = new Map<string, Claim>()
  for (const claim of claims) if (claim.speaker !== null && !claimOf.has(claim.speaker)) claimOf.set(claim.speaker, claim)

  // Named speakers first, in any order: a caption may misspell a name that the body gives in full.
  for (const speaker of ordered) {
    const note = notes.get(speaker.id)
    if (note?.pronoun || note?.titleOnly || bodyNoun(speaker, note)) continue
    const cluster = clusters.find(speaker) ?? clusters.add(speaker.kind, position(speaker))
    clusters.join(cluster, speaker)
    clusterOf.set(speaker.id, cluster)
  }

  // Then in text order: titles and pronouns point back to the speakers before them.
  const lastSeen = new Recency()
  // The clusters named so far, by first mention: a title may come before the name.
  const byFirst = [...clusters.all].sort((a, b) => a.first - b.first)
  for (const speaker of ordered) {
    const note = notes.get(speaker.id)
    const at = position(speaker)
    if (note?.pronoun) {
      const form = speaker.name.toLowerCase()
      const gender = pronounGender(form)
      const compatible = (cluster: Cluster) =>
        gender ? cluster.kind === 'person' && !clash(genderOf(cluster), gender) : form === 'it' ? cluster.kind !== 'person' : true
      let target = lastSeen.mostRecent(compatible)
      // "They" after a group that a plural noun names as a subject ("… said Kestrel Bank. Border
      // guards say they …") goes on with that group, which is no speaker: it is left unresolved.
      const group = target !== null && form === 'they' && resolver.groupBetween?.(lastMentionEnd(target, note.span.start), note.span.start) === true
      if (group) target = null
      // No speaker before it: a person or body named in the sentences before ("Ahmed Karimi
      // spoke on Monday. "…," he said."). A sentence's subject named after the last speaker
      // takes the pronoun from that speaker: ""…," Reyes said. Mr Novak disagreed. The plan
      // had failed, he said."
      // Nobody the pronoun's own claim names says it, its opening words included ("Far
      // better, he said, to …" is no Mr Far). A name of a speaker of the other gender ("Ruiz"
      // after "Ana Ruiz") is none either.
      const own = claimOf.get(speaker.id)?.span ?? null
      const fits = (mention: Mention) => {
        const cluster = clusters.find(asSpeaker(speaker.id, mention))
        return !cluster || compatible(cluster)
      }
      const firstNames = resolver.firstNames ?? null
      const known = (mention: Mention) => clusters.find(asSpeaker(speaker.id, mention)) !== undefined
      const agrees = (mention: Mention) => {
        const cluster = clusters.find(asSpeaker(speaker.id, mention))
        return gender !== null && (mentionGender(mention, firstNames) === gender || (cluster !== undefined && genderOf(cluster) === gender))
      }
      let named = target || group ? null : (antecedents?.(note.span.start, form, false, own, known, agrees).find(fits) ?? null)
      if (target && antecedents) {
        const subject = antecedents(note.span.start, form, true, own, known, agrees).find(fits)
        if (subject && subject.span.start > (lastSeen.get(target) ?? -1)) named = subject
      }
      if (named) {
        const found = asSpeaker(speaker.id, named)
        target = clusters.find(found) ?? clusters.add(found.kind, named.span.start)
        clusters.join(target, found)
        if (found.kind === 'person') clusters.gender(target, mentionGender(named, firstNames))
      }
      clusterOf.set(speaker.id, target)
      if (target) {
        for (const item of speaker.mentions) target.mentions.push(item)
        lastSeen.set(target, at)
      } else {
        diagnostics.push(diagnostic('merge-speaker-aliases/unresolved-pronoun', `No speaker before “${speaker.name}” to attribute the claim to`, 'warning', note.span))
      }
      continue
    }
    // "Kestrel Bank said …. The bank said …", "Laura Ashley … The company said …": a body's
    // own noun, or a word for a business, stands for the body named last.
    const body = bodyNoun(speaker, note)
    if (body) {
      const target = lastSeen.mostRecent((cluster) => cluster.kind === 'organization' && standsFor(body, cluster))
      const own = target ?? clusters.add(speaker.kind, at)
      clusters.join(own, speaker, target !== null)
      clusterOf.set(speaker.id, own)
      lastSeen.set(own, at)
      continue
    }
    if (note?.titleOnly) {
      const role = note.role ?? ''
      const covered = roleHypernyms[role]
      const fits = (cluster: Cluster) =>
        cluster.kind === 'person' &&
        cluster.names.length > 0 &&
        (covered && covered.length === 0
          ? cluster.titles.length > 0
          : cluster.titles.some((title) => (covered ?? [role]).some((word) => title.toLowerCase().split(/[\s-]+/).includes(word))))
      const compatibleAffiliation = (cluster: Cluster) =>
        (!speaker.affiliation || !cluster.affiliation || cluster.affiliation === speaker.affiliation) &&
        // "The spokeswoman" is no man.
        !clash(titleGender(role), genderOf(cluster))
      // "a government official" is someone new; "the official" someone named before.
      let target = note.indefinite ? null : lastSeen.mostRecent((cluster) => fits(cluster) && compatibleAffiliation(cluster))
      // A specific title may come before the name ("The Polish Ambassador to the UN has acknowledged …").
      if (!target && speaker.titles[0] && speaker.titles[0].split(' ').length > 1) {
        target = null
        const next = countBefore(byFirst, at, (cluster) => cluster.first, true)
        for (let k = next; k < byFirst.length && k < next + LOOKAROUND; k++) {
          if (fits(byFirst[k]!) && compatibleAffiliation(byFirst[k]!)) {
            target = byFirst[k]!
            break
          }
        }
      }
      // No speaker holds it: a person the text introduced with it ("Ana Ruiz, a professor at
      // Kestrel University, …. The professor said …").
      if (!target && !note.indefinite && resolver.introduced && !(covered && covered.length === 0)) {
        const named = resolver.introduced(at, covered ?? [role])
        if (named) {
          const found = asSpeaker(speaker.id, named)
          target = clusters.find(found) ?? clusters.add(found.kind, named.span.start)
          clusters.join(target, found)
          clusters.gender(target, mentionGender(named, resolver.firstNames ?? null))
          if (!compatibleAffiliation(target)) target = null
        }
      }
      if (target) {
        clusters.join(target, speaker, true)
        clusterOf.set(speaker.id, target)
        lastSeen.set(target, at)
        continue
      }
      // A title no named speaker holds stands for a speaker of its own, named by it.
      const own = clusters.add(speaker.kind, at)
      clusters.join(own, speaker)
      clusterOf.set(speaker.id, own)
      lastSeen.set(own, at)
      continue
    }
    const cluster = clusterOf.get(speaker.id)
    if (cluster && !note?.embedded) lastSeen.set(cluster, at)
  }

  // Build the speakers, numbered by first mention.
  const used = clusters.all.filter((cluster) => cluster.members.length > 0).sort((a, b) => a.first - b.first)
  const idOf = new Map<Cluster, string>()
  const built: Speaker[] = used.map((cluster, index) => {
    const id = `s${index + 1}`
    idOf.set(cluster, id)
    const name = fullestName(cluster)
    const aliases = unique([...cluster.names, ...cluster.aliasNames].filter((n) => n !== name))
    if (cluster.kind === 'government' && cluster.affiliation) {
      const country = countryNames.get(cluster.affiliation)
      if (country && country !== name && !aliases.includes(country)) aliases.push(country)
    }
    const known = lookupKnown(name)
    let display = name
    if (known && known.kind === 'organization' && known.name !== name) {
      display = known.name
      if (!aliases.includes(name)) aliases.unshift(name)
    }
    return {
      id,
      name: display,
      kind: cluster.kind,
      titles: uniqueIgnoringCase(cluster.titles),
      affiliation: cluster.affiliation,
      aliases: aliases.filter((alias) => alias !== display),
      mentions: uniqueSpans(cluster.mentions)
    }
  })

  const outClaims = claims.map((claim) => {
    if (claim.speaker === null) return claim
    const cluster = clusterOf.get(claim.speaker)
    if (cluster === undefined) return claim
    const id = cluster ? (idOf.get(cluster) ?? null) : null
    return {...claim, speaker: id, confidence: id === null ? Math.min(claim.confidence, 0.5) : claim.confidence}
  })
  return {speakers: built, claims: outClaims, diagnostics}
}

// Nouns for a business, which a named company, bank or carrier may be called by.
const businessNouns = new Set(['company', 'firm', 'giant', 'conglomerate', 'retailer', 'airline', 'carrier', 'insurer', 'lender', 'manufacturer', 'carmaker', 'chain', 'maker', 'operator', 'broadcaster', 'publisher', 'business'])
// Heads of bodies that are no business: "the company" never stands for a party or a ministry.
const publicBodies = new Set([...subsetOf(organizationHeads, ['party', 'ministry', 'council', 'committee', 'commission', 'agency', 'union', 'court', 'department', 'office', 'bureau', 'board', 'federation', 'association', 'institute', 'foundation', 'university', 'campaign', 'government', 'administration', 'parliament', 'senate', 'congress', 'assembly', 'police', 'army', 'church', 'school', 'hospital']), 'charity'])
// Nouns that name a body by its own kind, and stand for a body whose name ends in them.
const bodyNouns = new Set([...businessNouns, ...publicBodies, 'bank', 'club', 'group', 'network', 'station', 'newspaper', 'paper', 'magazine'])
// Heads of news media, which a word for a business would rather not mean: the article's sources
// are more often companies it reports on than the outlets it cites.
const mediaHeads = new Set(subsetOf(organizationHeads, ['times', 'post', 'journal', 'news', 'tribune', 'herald', 'gazette', 'telegraph', 'guardian', 'tv', 'radio', 'television', 'channel', 'magazine', 'press', 'house']))

/** The noun of "the company", "the bank": a definite description that may stand for a body named before, else null. */
function bodyNoun(speaker: Speaker, note: SpeakerNote | undefined): string | null {
  if (!note || note.indefinite || note.pronoun || speaker.kind !== 'anonymous') return null
  const name = speaker.name.toLowerCase()
  return bodyNouns.has(name) ? name : null
}

// Whether "the <noun>" can stand for the body of `cluster`: its name ends in the noun ("the
// bank" for Kestrel Bank), or the noun is a business's and the name is no other kind of body's.
function standsFor(noun: string, cluster: Cluster): boolean {
  return cluster.names.some((name) => {
    const last = name.toLowerCase().split(/\s+/).pop() ?? ''
    return last === noun || (businessNouns.has(noun) && !publicBodies.has(last) && !mediaHeads.has(last) && !/^\p{Lu}+$/u.test(name))
  })
}

// Where the last mention of `cluster` before `offset` ends (0 when none does).
function lastMentionEnd(cluster: Cluster, offset: number): number {
  let end = 0
  for (const mention of cluster.mentions) if (mention.end <= offset && mention.end > end) end = mention.end
  return end
}

/** The speaker a mention found in the text stands for. */
function asSpeaker(id: string, mention: Mention): Speaker {
  return {id: `${id}-antecedent`, name: mention.name, kind: mention.kind, titles: [], affiliation: mention.affiliation, aliases: [], mentions: [mention.span]}
}

// How many speakers a pronoun or a title looks back (or a title forward) past: news text
// refers to a recent one, and the bound keeps the cost per mention constant.
const LOOKAROUND = 64

/** When each cluster was last mentioned, searched from the latest mention back. */
class Recency {
  private readonly at = new Map<Cluster, number>()
  /** Clusters in the order of their mentions; an entry is current if it is its cluster's last. */
  private readonly log: Cluster[] = []
  private readonly lastEntry = new Map<Cluster, number>()

  /** Mentions come in text order: `at` never decreases. */
  set(cluster: Cluster, at: number): void {
    this.at.set(cluster, at)
    this.lastEntry.set(cluster, this.log.length)
    this.log.push(cluster)
  }

  get(cluster: Cluster): number | undefined {
    return this.at.get(cluster)
  }

  /** The most recently mentioned cluster that `accept`s, among the last {@link LOOKAROUND}. */
  mostRecent(accept: (cluster: Cluster) => boolean): Cluster | null {
    let looked = 0
    for (let i = this.log.length - 1; i >= 0 && looked < LOOKAROUND; i--) {
      const cluster = this.log[i]!
      if (this.lastEntry.get(cluster) !== i) continue
      if (accept(cluster)) return cluster
      looked++
    }
    return null
  }
}

// How many clusters before the index pays for itself (a news article has a dozen or so).
const INDEXED = 48

/**
 * The clusters, with an index from keys of their names to the clusters, so that finding the
 * one a speaker belongs to compares it with a few candidates, not with every cluster: a text
 * may quote thousands of people. {@link sameSource} decides; the keys only narrow the search
 * and every pair it could accept shares one:
 *
 * - a person's surname with up to two letters deleted (two surnames within two edits of each
 *   other share such a form: "kostin" and "kostinov" share "kostin");
 * - a body's name, the institution it is known as, its initials or its acronym;
 * - a government's country.
 *
 * Below {@link INDEXED} clusters, a scan costs less than the keys, and gives the same answer.
 */
class Clusters {
  readonly all: Cluster[] = []
  /** Built once there are {@link INDEXED} clusters; below that, a scan costs less. */
  private index: Map<string, Cluster[]> | null = null
  /** The names compared in this merge, each normalised and cut once. */
  private readonly names = new NameCache()

  constructor(private readonly firstNames: FirstNameGender | null) {}

  add(kind: Speaker['kind'], first: number): Cluster {
    const cluster: Cluster = {members: [], kind, names: [], aliasNames: [], titles: [], affiliation: null, mentions: [], first, order: this.all.length, female: false, male: false, given: new Map()}
    this.all.push(cluster)
    return cluster
  }

  /** The first cluster (in the order they were added) that `speaker` is the same source as. */
  find(speaker: Speaker): Cluster | undefined {
    if (!this.index && this.all.length >= INDEXED) this.build()
    if (!this.index) return this.all.find((cluster) => sameSource(this.names, cluster, speaker))
    let best: Cluster | undefined
    for (const key of keysOf(this.names, speaker.name, speaker.kind, speaker.affiliation, true)) {
      for (const cluster of this.index.get(key) ?? []) {
        if ((!best || cluster.order < best.order) && sameSource(this.names, cluster, speaker)) best = cluster
      }
    }
    return best
  }

  /** Add `speaker` to `cluster`, its name as one of the cluster's names or, `asAlias`, as an alias. */
  join(cluster: Cluster, speaker: Speaker, asAlias = false): void {
    cluster.members.push(speaker)
    if (asAlias) cluster.aliasNames.push(speaker.name)
    else this.name(cluster, speaker.name)
    if (speaker.kind === 'person') {
      if (!asAlias) this.gender(cluster, personGender(speaker.name, this.firstNames))
      for (const title of speaker.titles) this.gender(cluster, titleGender(title))
    }
    for (const item of speaker.titles) cluster.titles.push(item)
    if (cluster.affiliation === null && speaker.affiliation) {
      cluster.affiliation = speaker.affiliation
      this.fileAffiliation(cluster)
    }
    for (const item of speaker.mentions) cluster.mentions.push(item)
  }

  /** Note a gender that a member's name, title or honorific gives. */
  gender(cluster: Cluster, gender: Gender | null): void {
    if (gender === 'female') cluster.female = true
    else if (gender === 'male') cluster.male = true
  }

  private build(): void {
    this.index = new Map()
    for (const cluster of this.all) {
      for (const name of cluster.names) this.fileName(cluster, name)
      this.fileAffiliation(cluster)
    }
  }

  private name(cluster: Cluster, name: string): void {
    cluster.names.push(name)
    const words = this.names.wordsOf(this.names.normal(name))
    if (words.length > 1) {
      const surname = words[words.length - 1]!
      const before = words.slice(0, -1)
      const given = cluster.given.get(surname)
      if (!given) cluster.given.set(surname, [before])
      else if (given.length < GIVEN_NAMES && !given.some((known) => known.join(' ') === before.join(' '))) given.push(before)
    }
    this.fileName(cluster, name)
  }

  private fileName(cluster: Cluster, name: string): void {
    if (this.index) for (const key of keysOf(this.names, name, cluster.kind, null, false)) this.file(this.index, key, cluster)
  }

  private fileAffiliation(cluster: Cluster): void {
    if (this.index && cluster.kind === 'government' && cluster.affiliation) this.file(this.index, `government|g:${cluster.affiliation}`, cluster)
  }

  private file(index: Map<string, Cluster[]>, key: string, cluster: Cluster): void {
    const list = index.get(key)
    if (!list) index.set(key, [cluster])
    else if (list[list.length - 1] !== cluster) list.push(cluster)
  }
}

/**
 * The index keys of a name: those it is filed under (`probe` false), or those to look up to
 * find every cluster it could match (`probe` true; acronyms and initials cross over).
 */
function keysOf(names: NameCache, name: string, kind: Speaker['kind'], affiliation: string | null, probe: boolean): string[] {
  const k = names.normal(name)
  if (kind === 'person') {
    const words = names.wordsOf(k)
    return deletions(words[words.length - 1]!).map((form) => `p:${form}`)
  }
  const keys = [`n:${k}`]
  const known = names.knownName(name)
  if (known) keys.push(`k:${known.name}`)
  const letters = name.replace(/\./g, '')
  const acronym = /^\p{Lu}{2,6}$/u.test(letters)
  const initials = initialsOf(name)
  if (probe) {
    if (acronym) keys.push(`i:${letters}`)
    if (initials.length >= 2) keys.push(`a:${initials}`)
    if (kind === 'government' && affiliation) keys.push(`g:${affiliation}`)
  } else {
    if (acronym) keys.push(`a:${letters}`)
    if (initials.length >= 2) keys.push(`i:${initials}`)
  }
  return keys.map((key) => `${kind}|${key}`)
}

// A word with none, one or two of its letters deleted (a word under 5 letters or over 30
// only matches itself: see samePerson).
function deletions(word: string): string[] {
  if (word.length < 5 || word.length > LONGEST_NAME) return [word]
  const forms = new Set([word])
  for (let i = 0; i < word.length; i++) {
    const one = word.slice(0, i) + word.slice(i + 1)
    forms.add(one)
    for (let j = i; j < one.length; j++) forms.add(one.slice(0, j) + one.slice(j + 1))
  }
  return [...forms]
}

function sameSource(names: NameCache, cluster: Cluster, speaker: Speaker): boolean {
  if (cluster.kind !== speaker.kind) {
    // An organisation and a government may be the same institution ("the Kremlin").
    return false
  }
  if (speaker.kind === 'government' && speaker.affiliation && cluster.affiliation === speaker.affiliation) return true
  const k = names.normal(speaker.name)
  // The speaker's own entry is read once, not once per name of the cluster.
  const b = speaker.kind !== 'person' ? names.knownName(speaker.name) : undefined
  // A full name is another person than a full name of the cluster with the same surname and
  // another first name ("Ivanka Trump" and "Donald Trump"), though both match "Trump".
  if (speaker.kind === 'person' && otherFirstName(names.wordsOf(k), cluster)) return false
  for (const name of cluster.names) {
    const other = names.normal(name)
    if (other === k) return true
    if (speaker.kind === 'person' && samePerson(names, other, k)) return true
    if (speaker.kind !== 'person') {
      const a = names.knownName(name)
      if (a && b && a.name === b.name) return true
      if (isAcronymOf(name, speaker.name) || isAcronymOf(speaker.name, name)) return true
    }
  }
  return false
}

// How many ways of writing the names before one surname a cluster keeps ("Hillary", "Hillary
// Rodham"): enough for news, and a bound on the cost of comparing a name with them.
const GIVEN_NAMES = 8

// Longer "surnames" are no names (a run of letters in a hostile text) and match only themselves.
const LONGEST_NAME = 30

// Whether a full name's surname is that of a full name of the cluster that shares none of its
// other words ("Ivanka Trump", "Donald Trump"; "Rival Hillary Clinton" shares "Hillary" with
// "Hillary Clinton"). A transliteration, one edit away, is the same word.
function otherFirstName(words: readonly string[], cluster: Cluster): boolean {
  if (words.length < 2) return false
  const given = cluster.given.get(words[words.length - 1]!)
  if (given === undefined) return false
  const before = words.slice(0, -1)
  const near = (a: string, b: string) => a === b || (a.length <= LONGEST_NAME && b.length <= LONGEST_NAME && distance(a, b) <= 1)
  return given.some((known) => !known.some((word) => before.some((other) => near(word, other))))
}

function samePerson(names: NameCache, a: string, b: string): boolean {
  const x = names.wordsOf(a)
  const y = names.wordsOf(b)
  const xs = x[x.length - 1]!
  const ys = y[y.length - 1]!
  const close = (p: string, q: string) =>
    p === q || (p.length >= 5 && q.length >= 5 && p.length <= LONGEST_NAME && q.length <= LONGEST_NAME && p[0] === q[0] && distance(p, q) <= 2)
  if (x.length === 1 || y.length === 1) {
    // A surname alone, or a near-miss spelling of one.
    return close(xs, ys)
  }
  // Two full names: the surnames agree and so do the first names (allowing transliterations).
  return close(xs, ys) && (x[0] === y[0] || distance(x[0]!, y[0]!) <= 1)
}

function isAcronymOf(acronym: string, name: string): boolean {
  const letters = acronym.replace(/\./g, '')
  if (!/^\p{Lu}{2,6}$/u.test(letters)) return false
  return initialsOf(name) === letters
}

// The initials of a name's capitalised words: "the World Health Organization" → "WHO".
function initialsOf(name: string): string {
  return name
    .replace(/^the\s+/i, '')
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('')
}

/**
 * The names one merge compares, each normalised, cut into words and looked up once: names are
 * compared pairwise. Built per merge, so nothing is kept between parses.
 */
class NameCache {
  private readonly normals = new Map<string, string>()
  private readonly words = new Map<string, readonly string[]>()
  private readonly known = new Map<string, ReturnType<typeof lookupKnown>>()

  /** The words of a normalised name. */
  wordsOf(name: string): readonly string[] {
    let words = this.words.get(name)
    if (words === undefined) {
      words = name.split(' ')
      this.words.set(name, words)
    }
    return words
  }

  /** The known institution or country a name stands for. */
  knownName(name: string): ReturnType<typeof lookupKnown> {
    if (this.known.has(name)) return this.known.get(name)
    const found = lookupKnown(name)
    this.known.set(name, found)
    return found
  }

  /** The name lower-cased, without a possessive, dots, a leading "the" or extra spaces. */
  normal(name: string): string {
    let k = this.normals.get(name)
    if (k === undefined) {
      k = normalize(name)
      this.normals.set(name, k)
    }
    return k
  }
}

function normalize(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/\./g, '')
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim()
}

function fullestName(cluster: Cluster): string {
  let best = cluster.names[0] ?? ''
  if (cluster.kind !== 'person') return best
  let bestWords = best.split(/\s+/).length
  for (const name of cluster.names) {
    const words = name.split(/\s+/).length
    if (words > bestWords) {
      best = name
      bestWords = words
    }
  }
  return best
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values.filter((value) => value.length > 0))]
}

// "Foreign Minister" and "foreign minister" are one title: the first spelling is kept.
function uniqueIgnoringCase(values: readonly string[]): string[] {
  const seen = new Set<string>()
  return values.filter((value) => {
    const key = value.toLowerCase()
    if (value.length === 0 || seen.has(key)) return false
    seen.add(key)
    return true
  })
}

function uniqueSpans(spans: readonly Span[]): Span[] {
  const seen = new Set<string>()
  return [...spans]
    .sort((a, b) => a.start - b.start)
    .filter((span) => {
      const k = `${span.start}:${span.end}`
      if (seen.has(k)) return false
      seen.add(k)
      return true
    })
}

/** Levenshtein distance, bounded: short names only. */
function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99
  const row = Array.from({length: b.length + 1}, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1))
      previous = current
    }
  }
  return row[b.length]!
}
