import type {FirstNameGender} from './gender.js'
import {countries} from '../lexicon/countries.js'
import {
  articles,
  beForms,
  connectives,
  coordinators,
  demonstratives,
  doForms,
  haveForms,
  modals,
  months,
  possessiveDeterminers,
  prepositions,
  subordinators,
  timeNouns as timeNounList,
  timeWords,
  weekdays
} from '../lexicon/function-words.js'
import {cues} from '../lexicon/cues.js'
import {anonymityMarkers, documentNouns, institutions, organizationHeads, speakerNouns} from '../lexicon/institutions.js'
import {pronouns} from '../lexicon/pronouns.js'
import {honorifics, titleModifiers, titleNouns} from '../lexicon/titles.js'
import {outlets} from '../lexicon/outlets.js'
import type {Speaker, SpeakerKind} from '../schema/speaker.js'
import type {Span} from '../schema/span.js'
import {countBefore} from './search.js'
import {except, subsetOf} from './word-sets.js'
import {isDigit, isSpaceCode, isUpperAscii, isWordCode, tokenize, type Token} from './tokens.js'

/**
 * The grammar of speaker phrases (names, titles, appositions, institutions, governments,
 * groups, anonymous sources) read backward from a cue or forward after it, and the mentions of
 * speaker phrases in a stretch of text.
 *
 * > | UN Special Envoy for Yemen Hans Lindgren on Tuesday called on …
 *     ^^^^^^^^^^^^^^^^^^^^^^^^^^ ^^^^^^^^^^^^
 *     title                      name
 * > | Ana Ruiz, the U.N.’s regional relief chief, said …
 *     ^^^^^^^^  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
 *     name      apposition (title, affiliation UN)
 */

const documentNounSet = new Set(documentNouns)

/** Whether a word names a text or a body of figures that reports ("report", "poll", "figures"). */
export function isDocumentNoun(lower: string): boolean {
  return documentNounSet.has(lower)
}
// Words before a share of people: "some 87%", "nearly 60 percent".
const shareOpeners = new Set(['some', 'about', 'around', 'nearly', 'almost', 'over', 'just', 'only', 'roughly', 'barely'])

/** Whether a word heads an organisation's name, a numbered one included ("Radio 1"). */
function isOrganizationHead(lower: string): boolean {
  return organizationHeadSet.has(lower) || (/ \d{1,2}$/.test(lower) && organizationHeadSet.has(lower.replace(/ \d{1,2}$/, '')))
}


// ---------------------------------------------------------------------------------------------
// Lexicons compiled once.

const titleNounSet = new Set(titleNouns)

/** Whether a lower-cased word is a noun of a role or title ("spokesman", "lawyer", "senator"). */
export function isTitleNoun(lower: string): boolean {
  return titleNounSet.has(lower)
}
const speakerNounSet = new Set(Object.keys(speakerNouns))
const titleModifierSet = new Set(titleModifiers)
const honorificSet = new Set(honorifics)
const organizationHeadSet = new Set(organizationHeads)
const anonymitySet = new Set(anonymityMarkers)
const pronounMap = new Map(pronouns.map((entry) => [entry.form, entry]))

/** What a phrase names when it is a country, a capital or an institution. */
interface Known {
  kind: 'government' | 'organization' | 'demonym'
  code: string | null
  name: string
}

// Outlet names, for the few that hold a day ("The Mail on Sunday").
const outletNames = new Set(outlets.flatMap((outlet) => [outlet.name, ...outlet.aliases].map((name) => key(name))))

/**
 * The names the lexicons know (institutions, countries, capitals, demonyms) by look-up key,
 * with the longest in words, so that n-gram look-ups stop early, and the first words, so that
 * most positions are skipped at once. Built once, from the lexicons only.
 */
function compileKnown(): {known: ReadonlyMap<string, Known>; longest: number; firstWords: ReadonlySet<string>} {
  const known = new Map<string, Known>()
  const setKnown = (name: string, value: Known) => {
    const k = key(name)
    if (k && !known.has(k)) known.set(k, value)
  }
  // Institutions first: "White House" is an organisation even where a gazetteer lists it as a seat of government.
  for (const institution of institutions) {
    for (const name of [institution.name, ...institution.aliases]) {
      setKnown(name, {kind: institution.kind === 'government' ? 'government' : 'organization', code: institution.affiliation, name: institution.name})
    }
  }
  for (const country of countries) {
    for (const name of [country.name, ...country.aliases]) setKnown(name, {kind: 'government', code: country.code, name: country.name})
    for (const name of country.capitals) setKnown(name, {kind: 'government', code: country.code, name})
    for (const name of country.demonyms) if (!known.has(key(name))) setKnown(name, {kind: 'demonym', code: country.code, name})
  }
  let longest = 1
  const firstWords = new Set<string>()
  for (const name of known.keys()) {
    const words = name.split(' ')
    longest = Math.max(longest, words.length)
    firstWords.add(words[0]!)
  }
  return {known, longest, firstWords}
}

const {known, longest: knownLongest, firstWords: knownFirstWords} = compileKnown()

/** A look-up key: lower-cased, no leading "the", no dots, straight apostrophes, single spaces. */
function key(name: string): string {
  let k = name.toLowerCase()
  if (k.includes('’')) k = k.replace(/’/g, "'")
  if (k.includes('.')) k = k.replace(/\./g, '')
  if (/\s\s|^\s|\s$|[\t\n\u00a0]/.test(k)) k = k.replace(/\s+/g, ' ').trim()
  if (k.startsWith('the ')) k = k.slice(4)
  return k
}

// Capitalised words that are never names.
// "May" is left out: a capitalised "May" is a name or a modal opening a sentence.
const calendarWords = new Set([...weekdays, ...months.filter((month) => month !== 'may')])
// The determiners that open a speaker phrase ("the minister", "two officials"): no "my" or
// "your", which open no speaker, but numbers and quantifiers.
const determiners = new Set([
  ...articles, ...except(possessiveDeterminers, ['my', 'your']), 'another', 'one', 'two', 'three', 'several', 'some', 'many', 'other', 'both'
])
// "Speaking in London, he said …", "Asked about the plan, she …": a participle that opens a
// sentence is no name. The -ing and -ed forms of the reporting verbs, and of these.
const participles = new Set([
  ...cues.flatMap((cue) => cue.forms.map((form) => form.split(' ')[0]!)).filter((form) => /(?:ing|ed)$/.test(form)),
  'speaking', 'talking', 'writing', 'addressing', 'following', 'asked', 'quoted', 'interviewed', 'reacting', 'referring'
])

// "Starting in London, he …", "Addressing the crowd, she …": a capitalised -ing word before a
// preposition or an article opens a participle clause, not a name.
function openingParticiple(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!
  if (!t.lower.endsWith('ing') || t.lower.length < 6) return false
  const next = tokens[i + 1]?.lower ?? ''
  return next === 'the' || next === 'a' || next === 'an' || next === 'in' || next === 'at' || next === 'on' || next === 'to' || next === 'from' || next === 'with' || next === 'for' || next === 'after'
}

// Not "decade", which this rule was tuned without.
const timeNouns = new Set([...except(timeNounList, ['decade']), 'days', 'weeks', 'months', 'years', 'later', 'earlier', 'ago', 'since', ...weekdays])

// Words that open a sentence with a capital and never a name.
const sentenceAdverbs = new Set([
  ...timeWords, 'now', 'once', 'later', 'earlier', 'instead', 'indeed', 'perhaps', 'maybe', 'nor',
  'currently', 'recently', 'previously', 'finally', 'eventually', 'initially', 'originally', 'additionally', 'separately',
  'similarly', 'fortunately', 'unfortunately', 'clearly', 'obviously', 'apparently', 'reportedly', 'allegedly', 'ultimately',
  'overall', 'meanwhile', 'still', 'already', 'again', 'elsewhere', 'nonetheless', 'nevertheless'
])
// Words that open a clause before its subject and are never its speaker: "And", "But", "Later".
const sentenceOpeners = new Set([...coordinators, ...sentenceAdverbs])
// Determiners that stand alone for people: "Many said", "Both agreed".
const quantifiers = new Set(['both', 'some', 'many', 'several', 'two', 'three', 'one', 'others', 'those'])
// Adjectives that follow the people they describe: "people familiar with …", "those close to …".
const postnominal = new Set(['familiar', 'close', 'involved', 'briefed', 'knowledgeable', 'aware', 'loyal', 'opposed', 'sympathetic'])
const connectors = new Set(['of', 'for', 'on', 'to', 'de', 'the', 'del', 'la', 'and', '&'])
const nameParticle = /^(?:al|el|ad|as|ash|at|bin|ibn|abu|de|da|di|du|van|von|der|den|le|la|dos|das)-?(?=\p{Lu})/u

/**
 * Function words that never belong inside a speaker phrase, lower-cased: prepositions,
 * conjunctions, relative pronouns, auxiliaries and sentence connectives.
 */
const functionWords = new Set([
  // Not "for", "of", "on", "to" nor "and", which join the words of a name ("Minister for Health",
  // `connectors`), nor "following".
  ...except(prepositions, ['following', 'for', 'of', 'on', 'to']),
  'above', 'along', 'below', 'beneath', 'beside', 'down', 'except', 'like', 'off', 'onto', 'out', 'past', 'than', 'till', 'up',
  ...except(subordinators, ['once', 'whilst']), 'whenever', 'wherever', 'whether', ...except(coordinators, ['and']), 'so',
  'that', 'where', 'which', 'who', 'whom', 'whose', 'why', 'what', 'how',
  ...except(beForms, ["'s", "'re", "'m"]), ...haveForms, ...doForms, ...except(modals, ['ought']), 'not', 'no', 'never',
  ...subsetOf(connectives, ['also', 'besides', 'however', 'meanwhile', 'moreover', 'furthermore', 'nevertheless', 'nonetheless', 'then', 'thus', 'therefore', 'still']),
  'just', 'only', 'even', 'already', 'again', ...demonstratives, 'there', 'here',
  'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'me', 'him', 'them', 'us',
  'all', 'any', 'each', 'every', 'such', 'very', 'more', 'most', 'less', 'least', 'much', 'said', 'says', 'say', 'told', 'tells'
])

/** Whether a token looks like part of a proper name: a capital, a digit-free acronym, or a particle ("al-Masri"). */
export function isNameLike(token: Token): boolean {
  if (!token.word) return false
  const code = token.text.charCodeAt(0)
  // ASCII first: a capital is name-like, a small letter or a digit may still open a particle.
  if (code >= 65 && code <= 90) return true
  if (code >= 128) {
    const first = token.text.charAt(0)
    if (first !== first.toLowerCase() && /\p{Lu}/u.test(first)) return true
  }
  return nameParticle.test(token.text)
}

function stripPossessive(lower: string): string {
  return lower.endsWith("'s") ? lower.slice(0, -2) : lower.endsWith("'") ? lower.slice(0, -1) : lower
}

function withoutContraction(lower: string): string {
  return lower.replace(/['’](?:s|ve|re|ll|d|m)$/, '')
}

/** Whether a lower-cased word is an honorific or a rank written before a name, with or without its stop: "mr", "sen.". */
export function isHonorific(lower: string): boolean {
  return honorificSet.has(lower.endsWith('.') ? lower.slice(0, -1) : lower)
}

// Honorifics that only ever stand before a person's name ("Lord Chancellor" is a title).
const personalHonorifics = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame'])

// Whether an age stands between commas after token `end`: "Benjamin Green, 83, knows".
function ageAfter(tokens: readonly Token[], end: number): boolean {
  return tokens[end + 1]?.text === ',' && /^\d{1,3}$/.test(tokens[end + 2]?.text ?? '') && tokens[end + 3]?.text === ','
}

function isRoleWord(lower: string): boolean {
  // "ex-chief", "ex-president": the role after "ex-".
  const bare = stripPossessive(lower).replace(/^ex-(?=\p{L})/u, '')
  return titleNounSet.has(bare) || titleModifierSet.has(bare) || isHonorific(bare)
}

function isSpeakerNoun(lower: string): boolean {
  const bare = stripPossessive(lower)
  return speakerNounSet.has(bare) || titlePlurals.has(bare)
}

// Plurals of role nouns that rarely speak as a group in news text.
const notGroups = new Set(['mrs', 'heads', 'hosts', 'anchors', 'majors', 'partners', 'principals', 'sons', 'daughters', 'friends', 'generals'])

// The plurals of the role nouns, made once ("lawyers", "secretaries" stand for a group);
// "spokesmen" is a title of its own.
const titlePlurals = new Set<string>()
for (const noun of titleNouns) {
  if (noun.endsWith('y') && noun.length >= 2) titlePlurals.add(noun.slice(0, -1) + 'ies')
  if (!notGroups.has(noun + 's') && noun.length >= 2) titlePlurals.add(noun + 's')
}

// Modals that are also names ("Theresa May", "Will Reyes"): capitalised next to another
// capitalised word, they are part of the name.
const modalNames = new Set(['may', 'will'])

function isModalName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!
  if (!modalNames.has(t.lower) || t.text === t.text.toUpperCase() || !isNameLike(t)) return false
  const left = i > 0 ? tokens[i - 1]! : null
  const right = tokens[i + 1]
  const nameNeighbour = (u: Token | null | undefined) => !!u && isNameLike(u) && !functionWords.has(u.lower)
  return nameNeighbour(left) || nameNeighbour(right)
}

/** Whether a word is a function word where a name would be ("However", "While"), not a name that looks like one ("Theresa May"). */
function isFunctionWord(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!
  return functionWords.has(t.lower) && t.text !== t.text.toUpperCase() && !isModalName(tokens, i)
}

const bodyIntroducers = new Set(['firm', 'company', 'group', 'giant', 'bank', 'retailer', 'carmaker', 'airline', 'insurer', 'lender', 'maker', 'operator', 'conglomerate', 'chain', 'broadcaster', 'publisher', 'studio', 'label', 'manufacturer', 'charity', 'watchdog', 'regulator', 'exchange', 'supermarket', 'producer', 'provider', 'developer', 'firms', 'companies', 'groups'])
const spaceThenName = / (\p{Lu}[\p{L}&'’-]*)/gu

/**
 * The names a text introduces as a company or a body: "oil firm Yukos", "software giant
 * Microsoft", "carmaker Renault", lower-cased, without a possessive. The analysis reads them
 * once per parse (`context.language.introducedBodies()`).
 */
export function introducedBodies(text: string): Set<string> {
  const names = new Set<string>()
  for (const match of text.matchAll(spaceThenName)) {
    // The word before the space, read back by hand (a pattern for it would back-track).
    let start = match.index
    while (start > 0 && start > match.index - 16 && /\p{Ll}/u.test(text[start - 1]!)) start--
    if (bodyIntroducers.has(text.slice(start, match.index))) names.add(stripPossessive(match[1]!.toLowerCase()))
  }
  return names
}

/**
 * Whether a one-word name with no title ("Yukos") is one the article introduces as a company or
 * a body ("Russian oil firm Yukos"; `bodies` from {@link introducedBodies}): then it is an
 * organisation, not a person.
 */
export function isIntroducedBody(bodies: ReadonlySet<string>, description: SpeakerDescription): boolean {
  if (description.kind !== 'person' || description.titles.length > 0 || description.titleOnly || description.pronoun || /\s/.test(description.name)) return false
  return bodies.has(stripPossessive(description.name.toLowerCase()))
}

function isLowerModifier(token: Token): boolean {
  // A lower-case word that may modify a head noun: "election monitoring groups", "the monitoring group".
  return token.word && !functionWords.has(token.lower) && !/^\d/.test(token.text) && token.text.length > 1
}

// ---------------------------------------------------------------------------------------------
// Reading speaker phrases.

/** A speaker phrase found around a cue: token indices (inclusive) and an optional apposition. */
export interface PhraseMatch {
  /** First token of the phrase. */
  from: number
  /** Last token of the phrase (the apposition excluded). */
  to: number
  /** First and last token of an apposition (`, a member of …,`), else null. */
  apposition: {from: number; to: number} | null
  /** First and last token of everything matched, apposition and its commas included. */
  outer: {from: number; to: number}
}

const dashes = new Set(['–', '—', '-', '―', '--'])
// Words that open a parenthetical between a speaker and the cue: "Clinton, at a press gaggle, said".
const parentheticalOpeners = new Set([
  'who', 'whose', 'whom', 'which', ...subsetOf(prepositions, ['at', 'in', 'on', 'of', 'during', 'after', 'before', 'from', 'with', 'for']),
  'like', 'now', 'then', 'once', 'also'
])

/** Whether tokens `from`..`to` are a party's initial and a state: "R-N.Y.", "D-Calif.", "R-Texas". */
function partyAndState(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > 2) return false
  for (let i = from + 1; i <= to; i++) if (tokens[i]!.text !== '.') return false
  return /^[DRI]-\p{Lu}[\p{L}.]*$/u.test(tokens[from]!.text)
}

/**
 * Read a speaker phrase that ends with the token before `end` (exclusive), walking back no
 * further than `min`: "UN Special Envoy for Yemen Hans Lindgren", "he", "the monitoring group",
 * "Ana Ruiz, the U.N.’s regional relief chief,". Returns null when the words
 * before `end` do not make a speaker.
 */
export function readSpeakerBefore(tokens: readonly Token[], end: number, min: number): PhraseMatch | null {
  let last = end - 1
  if (last < min) return null
  let appositionRange: {from: number; to: number} | null = null
  // Up to four segments between commas or dashes: "X, a member of …," / "X, who …," /
  // "X, speaking to …," / "X – America’s NATO ally –" / "X, 59, of Dover, Md., who …,".
  for (let segment = 0; segment < 4; segment++) {
    const closing = tokens[last]!
    if (closing.text !== ',' && !dashes.has(closing.text)) break
    const isComma = closing.text === ','
    let open = last - 1
    while (open >= min && open > last - 25) {
      const t = tokens[open]!
      if (isComma ? t.text === ',' : dashes.has(t.text)) break
      // The dot of a state's abbreviation ("R-N.Y.") ends no sentence.
      const stateDot = t.text === '.' && open - 1 >= min && partyAndState(tokens, open - 1, open)
      if ((t.text === '.' && !stateDot) || t.text === ';' || (isComma && dashes.has(t.text))) return null
      open--
    }
    if (open < min || open <= last - 25 || open === last - 1) return null
    const first = tokens[open + 1]!
    const relative = parentheticalOpeners.has(first.lower) || (first.text.endsWith('ing') && /^\p{Ll}+ing$/u.test(first.text)) || /^\d{1,3}$/.test(first.text)
    // Or modifiers before a role: "X, global security strategist at Kestrel, said".
    const modifiedRole = isLowerModifier(first) && tokens.slice(open + 2, Math.min(last, open + 5)).some((t) => isRoleWord(stripPossessive(t.lower)))
    const appositive = relative || determiners.has(first.lower) || first.lower.endsWith("'s") || isNameLike(first) || isRoleWord(first.lower) || modifiedRole
    if (!appositive) return null
    // "A lawyer for the news outlets, David Schulz, said": the name between the commas; not
    // an abbreviated state ("of Dover, Va., said").
    // Nor a party and state after a lawmaker's name ("Rep. Ana Ruiz, D-Calif., said"), which
    // describes the name before it.
    const abbreviated = last - open === 2 && tokens[open + 1]!.text.endsWith('.') || partyAndState(tokens, open + 1, last - 1)
    if (!relative && !abbreviated && segment === 0 && last - open <= 5 && tokens.slice(open + 1, last).every((t) => isNameLike(t) && !functionWords.has(t.lower))) {
      const named = describeTokens(tokens, open + 1, last - 1)
      if (named && named.kind === 'person' && named.nameFrom !== null) {
        return {from: open + 1, to: last - 1, apposition: null, outer: {from: open + 1, to: end - 1}}
      }
    }
    // "The chairman of the talks, Ambassador Ana Costa of Chile, said": the same with a body.
    const of = !relative && segment === 0 ? personOfBody(tokens, open + 1, last - 1) : -1
    if (of !== -1) return {from: open + 1, to: of - 1, apposition: {from: of + 1, to: last - 1}, outer: {from: open + 1, to: end - 1}}
    if (!relative && appositionRange === null) appositionRange = {from: open + 1, to: last - 1}
    const head = chainHead(tokens, open, min)
    if (head && describeTokens(tokens, head.from, head.to)) {
      // "Ana Ruiz, head of the Kestrel Institute, a think-tank, said": a role set after a
      // person's name is one more apposition of that name.
      const person = nameBeforeRole(tokens, head, min)
      if (person) return {from: person.from, to: person.to, apposition: {from: head.from, to: appositionRange?.to ?? head.to}, outer: {from: person.outer, to: end - 1}}
      // "Senator Ana Ruiz of Ohio, who …, said": the person, and the place or body as an
      // apposition, as without the clause between commas.
      const of = personOfBody(tokens, head.from, head.to)
      if (of !== -1) return {from: head.from, to: of - 1, apposition: {from: of + 1, to: head.to}, outer: {from: head.outer, to: end - 1}}
      return {from: head.from, to: head.to, apposition: appositionRange, outer: {from: head.from, to: end - 1}}
    }
    last = open
  }
  if (last !== end - 1) return null
  const phrase = readPhraseBackward(tokens, end, min)
  // "Lt Col Jan Haller of the PCO told", "Jane Smith of Acme Corp said": the person, and
  // the body as an apposition.
  if (phrase) {
    const person = phrase.from - 1 > min && tokens[phrase.from - 1]!.lower === 'of' ? readPhraseBackward(tokens, phrase.from - 1, min) : null
    const from = person ? person.from : phrase.from
    const of = personOfBody(tokens, from, phrase.to)
    if (of !== -1) return {from, to: of - 1, apposition: {from: of + 1, to: phrase.to}, outer: {from: person ? person.outer : phrase.outer, to: end - 1}}
  }
  const described = phrase ? describeTokens(tokens, phrase.from, phrase.to) : null
  // "…, Alan Reyes, Labour's election strategist told …": a name, then its title with no
  // comma after it.
  if (phrase && described?.titleOnly && phrase.outer - 1 > min && tokens[phrase.outer - 1]!.text === ',') {
    const name = nameBeforeComma(tokens, phrase.outer - 1, min)
    if (name) {
      return {from: name.from, to: name.to, apposition: {from: phrase.outer, to: phrase.to}, outer: {from: name.outer, to: end - 1}}
    }
  }
  if (phrase && described) {
    // "…, a new poll conducted for the BBC suggests": the document reports, with whom it was
    // made for as its apposition. (Made by someone, its author speaks: "a survey by Kestrel".)
    const link = phrase.outer - 1
    if (link - 1 > min && tokens[link]!.lower === 'for') {
      const participle = /ed$/.test(tokens[link - 1]!.lower) && !isNameLike(tokens[link - 1]!) ? link - 1 : link
      const document = readPhraseBackward(tokens, participle, min)
      if (document && isDocumentNoun(tokens[document.to]!.lower) && describeTokens(tokens, document.from, document.to)) {
        return {from: document.from, to: document.to, apposition: {from: participle, to: phrase.to}, outer: {from: document.outer, to: end - 1}}
      }
    }
    // "Officials at the Pentagon said", "Sources within the party said", "Ambassador Nowak in
    // Warsaw said", "the Contract Office in Kabul said": the people or the body before the
    // preposition speak, not the place or the body after it.
    const preposition = phrase.outer - 1
    // "Sources close to the minister said": past the adjective too.
    const adjective = preposition - 1 > min && tokens[preposition]!.lower === 'to' && postnominal.has(tokens[preposition - 1]!.lower)
    if (preposition > min && (adjective || complementPrepositions.has(tokens[preposition]!.lower) && tokens[preposition]!.lower !== 'of' && tokens[preposition]!.lower !== 'for')) {
      const head = headBefore(tokens, adjective ? preposition - 1 : preposition, min, (d) => d.kind === 'group' || d.kind === 'anonymous' || d.kind === 'organization' || (d.kind === 'person' && (d.nameFrom !== null || d.titleOnly)))
      // A role with no name keeps where it works as its apposition: "a spokesman at the Foreign
      // Ministry" (title and affiliation from "at the Foreign Ministry").
      if (head && describeTokens(tokens, head.from, head.to)?.titleOnly) return {from: head.from, to: head.to, apposition: {from: preposition, to: phrase.to}, outer: {from: head.outer, to: end - 1}}
      if (head) return {from: head.from, to: head.to, apposition: null, outer: {from: head.outer, to: end - 1}}
    }
    return {from: phrase.from, to: phrase.to, apposition: null, outer: {from: phrase.outer, to: end - 1}}
  }
  // A head with a complement: "experts on North Korea said", "officials from both parties say".
  for (let p = end - 2; p > min && p >= end - 8; p--) {
    const t = tokens[p]!
    if (!t.word) break
    // "people familiar with the matter", "those close to him": an adjective after the head.
    const adjective = p - 1 > min && postnominal.has(tokens[p - 1]!.lower)
    if (!complementPrepositions.has(t.lower) && t.lower !== 'behind' && !(adjective && (t.lower === 'to' || t.lower === 'about'))) continue
    const head = headBefore(tokens, adjective ? p - 1 : p, min, (d) => d.kind === 'group' || d.kind === 'anonymous' || d.titleOnly)
    if (head) return {from: head.from, to: head.to, apposition: null, outer: {from: head.outer, to: end - 1}}
    break
  }
  return phrase ? {from: phrase.from, to: phrase.to, apposition: null, outer: {from: phrase.outer, to: end - 1}} : null
}

/**
 * The phrase that ends before token `at` (a preposition or an adjective before one), when
 * `accept` takes its description and it is no object itself: in "met with representatives of
 * the opposition and urged …" the phrase after "with" is an object, not the speaker.
 */
function headBefore(tokens: readonly Token[], at: number, min: number, accept: (described: CoreDescription) => boolean): {from: number; to: number; outer: number} | null {
  const head = readPhraseBackward(tokens, at, min)
  if (!head) return null
  const described = describeTokens(tokens, head.from, head.to)
  const object = head.outer - 1 >= min && complementPrepositions.has(tokens[head.outer - 1]!.lower)
  return described && !object && !described.pronoun && accept(described) ? head : null
}

/**
 * The "of" between a person's full name and the body they speak for ("Kenji Mori of
 * Nikko Securities", "Ambassador Ana Costa of Chile", "Jan Haller of the
 * PCO"), or -1. A title before "of" ("Secretary of State …") or an organisation ("Bank of
 * England") has none: the words before it must end in a name of two words or more.
 */
function personOfBody(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from + 2; k < to; k++) {
    if (tokens[k]!.lower !== 'of') continue
    const core = describeTokens(tokens, from, k - 1)
    if (!core || core.kind !== 'person' || core.titleOnly || core.nameFrom === null || k - 1 - core.nameFrom < 1) return -1
    let body = true
    for (let i = k + 1; i <= to && body; i++) {
      const t = tokens[i]!
      body = t.word && (isNameLike(t) || connectors.has(t.lower) || organizationHeadSet.has(t.lower))
    }
    return body && (isNameLike(tokens[to]!) || organizationHeadSet.has(tokens[to]!.lower)) ? k : -1
  }
  return -1
}

/**
 * The person's name before a role phrase and a comma ("Ana Ruiz, head of the Kestrel
 * Institute"), when the name opens the sentence or follows a comma; null otherwise.
 */
function nameBeforeRole(tokens: readonly Token[], role: {from: number; to: number; outer: number}, min: number): {from: number; to: number; outer: number} | null {
  const comma = role.outer - 1
  if (comma <= min || tokens[comma]!.text !== ',') return null
  const first = determiners.has(tokens[role.from]!.lower) ? role.from + 1 : role.from
  if (first > role.to || !isRoleWord(tokens[first]!.lower) || (isNameLike(tokens[first]!) && first === role.to)) return null
  const described = describeTokens(tokens, role.from, role.to)
  if (described && personByName(described)) return null
  return nameBeforeComma(tokens, comma, min)
}

/**
 * The name of a person, of more than one word, before the comma at `comma`, when it opens the
 * sentence or follows a comma ("Ana Ruiz, the minister"); null otherwise. One capitalised word
 * is as often a subject ("Prices, the minister said, would rise").
 */
function nameBeforeComma(tokens: readonly Token[], comma: number, min: number): {from: number; to: number; outer: number} | null {
  const name = readPhraseBackward(tokens, comma, min)
  if (!name || name.to <= name.from || (name.outer !== min && tokens[name.outer - 1]!.text !== ',')) return null
  const named = describeTokens(tokens, name.from, name.to)
  return named && personByName(named) ? name : null
}

// Whether a description is a person's, by name and not by a title alone.
function personByName(description: CoreDescription): boolean {
  return description.kind === 'person' && description.nameFrom !== null && !description.titleOnly
}

/**
 * The phrase before `end` (exclusive), past an age, a place and a state set off by commas:
 * "Donna Reyes, 59, of Dover, Md.," → "Donna Reyes"; "Sen. Ana Ruiz, D-Ohio," → "Sen. Ana Ruiz".
 */
function chainHead(tokens: readonly Token[], end: number, min: number): {from: number; to: number; outer: number} | null {
  let stop = end
  for (let guard = 0; guard < 4; guard++) {
    if (/^\d{1,3}$/.test(tokens[stop - 1]?.text ?? '') && tokens[stop - 2]?.text === ',' && stop - 2 > min) {
      stop -= 2
      continue
    }
    const head = readPhraseBackward(tokens, stop, min)
    if (!head) return null
    if (head.outer - 2 > min && tokens[head.outer - 1]!.lower === 'of' && tokens[head.outer - 2]!.text === ',') {
      stop = head.outer - 2
      continue
    }
    // "Donna Reyes, Md.,", "Ana Ruiz, D-Ohio,": a state, or a party and a state, describes the name before it.
    if (head.outer - 1 > min && (head.from === head.to && tokens[head.from]!.text.endsWith('.') || partyAndState(tokens, head.from, head.to)) && tokens[head.outer - 1]!.text === ',') {
      stop = head.outer - 1
      continue
    }
    return head
  }
  return null
}

const complementPrepositions = new Set([...subsetOf(prepositions, ['of', 'on', 'from', 'in', 'within', 'inside', 'at', 'with', 'for']), 'close'])

function readPhraseBackward(tokens: readonly Token[], end: number, min: number): {from: number; to: number; outer: number} | null {
  const to = end - 1
  if (to < min) return null
  // A parenthesis after a name: "Gov. Mike Pence (R-IN)", "Rep. Gwen Moore (D-Wis.)".
  if (tokens[to]!.text === ')') {
    let open = to - 1
    while (open > min && open > to - 8 && tokens[open]!.text !== '(') open--
    if (open <= min || tokens[open]!.text !== '(') return null
    const inner = readPhraseBackward(tokens, open, min)
    return inner && isNameLike(tokens[inner.to]!) ? {...inner, outer: inner.outer} : null
  }
  const lastToken = tokens[to]!
  // "Some 87% said", "92 percent said": a share of the people asked.
  if ((lastToken.text === '%' || lastToken.lower === 'percent') && to - 1 >= min && /^\d[\d.,]*$/.test(tokens[to - 1]!.text)) {
    const from = to - 2 >= min && shareOpeners.has(tokens[to - 2]!.lower) ? to - 2 : to - 1
    return {from, to, outer: from}
  }
  // "Those close to him said", "those behind the talks say": "those" stands for people.
  if (lastToken.lower === 'those') {
    const next = tokens[to + 1]?.lower ?? ''
    return postnominal.has(next) || next === 'behind' || next === 'who' ? {from: to, to, outer: to} : null
  }
  // "An estimated 50,000 people", "His claims were denied": an article or a possessive alone is no speaker.
  if (!lastToken.word || connectors.has(lastToken.lower) || (determiners.has(lastToken.lower) && !quantifiers.has(lastToken.lower))) return null
  if (pronounMap.has(lastToken.lower)) {
    const before = to > min ? tokens[to - 1] : undefined
    // "with him he said" is rare; a pronoun after a preposition or a verb is an object. After
    // a time it is the subject: "The next day he said".
    if (before && before.word && !functionWords.has(before.lower) && !isNameLike(before) && !timeNouns.has(before.lower)) return null
    return {from: to, to, outer: to}
  }
  // A function word ends no name, capitalised at a sentence's start or not ("That continues
  // …", "We asked …"); in capitals it may be an acronym ("US").
  if (isFunctionWord(tokens, to)) return null
  let from = to
  let lowerRun = 0
  for (let i = to - 1; i >= min; i--) {
    const t = tokens[i]!
    const right = tokens[i + 1]!
    if (!t.word) {
      if (t.text === '&' && isNameLike(right)) continue
      break
    }
    const numeral = /^\d{1,3}$/.test(t.text)
    if (determiners.has(t.lower) || numeral) {
      from = i
      // "the Polish Ambassador to the UN": an article inside a name chain.
      const left = i - 1 >= min ? tokens[i - 1]! : null
      const leftOfLeft = i - 2 >= min ? tokens[i - 2]! : null
      if (t.lower === 'the' && left && leftOfLeft && (left.lower === 'to' || left.lower === 'of' || left.lower === 'for') && (isNameLike(leftOfLeft) || isRoleWord(leftOfLeft.lower))) {
        i--
        continue
      }
      // "finance ministers of the 12 eurozone countries", "leaders of the two companies": a
      // count after "the" inside the chain.
      if (t.lower !== 'the' && left?.lower === 'the' && leftOfLeft && leftOfLeft.lower === 'of' && i - 3 >= min && (isRoleWord(tokens[i - 3]!.lower) || isSpeakerNoun(tokens[i - 3]!.lower))) continue
      if (numeral) {
        from = i + 1
        break
      }
      break
    }
    if (isNameLike(t)) {
      if (isFunctionWord(tokens, i)) break // "However", "While", "But" opening a sentence
      if (participles.has(t.lower) || sentenceAdverbs.has(t.lower)) break // "Speaking in London, Reyes said", "Today Reyes said"
      from = i
      lowerRun = 0
      continue
    }
    if (connectors.has(t.lower)) {
      // Inside a name chain only: "Envoy for Syria", "Ministry of Foreign Affairs", "activists and monitoring groups".
      const left = i - 1 >= min ? tokens[i - 1]! : null
      if (!left || !left.word) break
      if (t.lower === 'and') {
        if (isNameLike(left) || isSpeakerNoun(left.lower) || isRoleWord(left.lower)) continue
        break
      }
      if ((isNameLike(left) || isRoleWord(left.lower) || left.lower === 'the') && (isNameLike(right) || right.lower === 'the')) continue
      // "finance ministers of eurozone countries": a role of some body.
      if (t.lower === 'of' && (isRoleWord(left.lower) || isSpeakerNoun(left.lower)) && isLowerModifier(right)) continue
      break
    }
    if (isRoleWord(t.lower) || isSpeakerNoun(t.lower) || anonymitySet.has(t.lower)) {
      from = i
      continue
    }
    if (/^\d[\d.,]*$/.test(t.text) && right.lower === 'percent') {
      from = i
      continue
    }
    // A lower-case modifier before a lower-case head ("human rights groups") or inside a
    // capitalised chain ("Council middle East").
    if (isLowerModifier(t) && lowerRun < 3 && !/(?:ed|ly)$/.test(t.lower)) {
      lowerRun++
      from = i
      continue
    }
    break
  }
  // Trim connectors left dangling at the front.
  while (from < to && connectors.has(tokens[from]!.lower) && tokens[from]!.lower !== 'the') from++
  void to
  return {from, to, outer: from}
}

/**
 * Read a speaker phrase that starts at `start` and ends before `max` (exclusive): after an
 * inverted cue ("said Okafor in an interview", "according to the FT,").
 */
export function readSpeakerAfter(tokens: readonly Token[], start: number, max: number): PhraseMatch | null {
  if (start >= max) return null
  // "And he refused, saying …", "Later, she wrote …": a capitalised conjunction or sentence
  // adverb opens the clause; the speaker, if any, comes after it.
  if (sentenceOpeners.has(tokens[start]!.lower) && isNameLike(tokens[start]!)) {
    start++
    if (tokens[start]?.text === ',') start++
    if (start >= max) return null
  }
  let i = start
  const first = tokens[i]!
  if (!first.word) return null
  if (pronounMap.has(first.lower)) return {from: i, to: i, apposition: null, outer: {from: i, to: i}}
  // "say those behind the negotiations", "said those close to him": people, and what places them.
  if (first.lower === 'those') {
    let end = i
    while (end + 1 < max && end < i + 8 && tokens[end + 1]!.word) end++
    return {from: i, to: end, apposition: null, outer: {from: i, to: end}}
  }
  let to = -1
  if (determiners.has(first.lower)) i++
  for (; i < max; i++) {
    const t = tokens[i]!
    if (!t.word) break
    if (isNameLike(t) && !isFunctionWord(tokens, i)) {
      to = i
      continue
    }
    if (connectors.has(t.lower)) {
      const next = tokens[i + 1]
      const after = tokens[i + 2]
      // "the agency on Tuesday", "the ministry on March 3": a day is when, not part of the name,
      // unless the whole is a newspaper's ("The Mail on Sunday").
      const when = next !== undefined && (timeNouns.has(next.lower) || calendarWords.has(next.lower))
      if (next && (!when || outletNames.has(key(tokens.slice(start, i + 2).map((token) => token.text).join(' ')))) && (isNameLike(next) || (next.lower === 'the' && after && isNameLike(after)))) continue
      break
    }
    if (isRoleWord(t.lower) || isSpeakerNoun(t.lower) || anonymitySet.has(t.lower)) {
      to = i
      continue
    }
    if (isLowerModifier(t) && !/(?:ed|ly)$/.test(t.lower) && i + 1 < max && tokens[i + 1]!.word && i - start < 4) {
      continue
    }
    break
  }
  if (to < start) return null
  if (!describeTokens(tokens, start, to)) return null
  // "said Kenji Mori of Nikko Securities": the person, and the body as an apposition.
  const of = personOfBody(tokens, start, to)
  if (of !== -1) return {from: start, to: of - 1, apposition: {from: of + 1, to}, outer: {from: start, to}}
  // A parenthesis after the name: "Rep. G.K. Butterfield (D-N.C.)".
  let after = to
  if (tokens[to + 1]?.text === '(') {
    let close = to + 2
    while (close < max && close < to + 9 && tokens[close]!.text !== ')') close++
    if (close < max && tokens[close]!.text === ')') after = close
  }
  // An apposition after the name: "said Jane Doe, a spokeswoman for the ministry."
  const comma = tokens[after + 1]
  const next = tokens[after + 2]
  if (comma && comma.text === ',' && next && (determiners.has(next.lower) || /'s$/.test(next.lower) || isRoleWord(next.lower))) {
    let close = after + 2
    while (close < max && tokens[close]!.text !== ',' && tokens[close]!.text !== '.' && close < after + 20) close++
    const names = tokens.slice(after + 2, close).some((t) => titleNounSet.has(stripPossessive(t.lower)) || organizationHeadSet.has(stripPossessive(t.lower)))
    if (close > after + 2 && names) {
      return {from: start, to, apposition: {from: after + 2, to: close - 1}, outer: {from: start, to: close < max && tokens[close]!.text === ',' ? close : close - 1}}
    }
  }
  return {from: start, to, apposition: null, outer: {from: start, to: after}}
}

// ---------------------------------------------------------------------------------------------
// Describing a speaker phrase.

/** What a speaker phrase says about its speaker. */
export interface SpeakerDescription {
  /** The name the phrase gives: a person's name, an organisation, or the phrase itself. */
  name: string
  /** Span of `name` in the input. */
  nameSpan: Span
  /** The speaker kind. */
  kind: SpeakerKind
  /** Role phrases: the title before the name and the apposition. */
  titles: string[]
  /** Country code or organisation, else null. */
  affiliation: string | null
  /** Whether the phrase is a subject pronoun ("he"). */
  pronoun: boolean
  /** Whether the phrase is a role with no name ("the diplomat", "the Polish Ambassador to the UN"). */
  titleOnly: boolean
  /** The role noun of a title-only phrase, lower-cased ("diplomat"), else null. */
  role: string | null
  /** The whole phrase without a leading article, as written. */
  phrase: string
  /** Span of the whole phrase (without a leading article). */
  phraseSpan: Span
}

/**
 * Describe the speaker phrase `tokens[from..to]` (inclusive), with an optional apposition:
 * its name, kind, titles and affiliation. Returns null when the phrase names no speaker.
 *
 * @example
 * // "Polish Foreign Minister Tomasz Wrobel" → {name: 'Tomasz Wrobel', kind: 'person',
 * //   titles: ['Polish Foreign Minister'], affiliation: 'POL'}
 */
export function describeSpeaker(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  apposition: {from: number; to: number} | null = null,
  firstNames: FirstNameGender | null = null
): SpeakerDescription | null {
  let core = describeTokens(tokens, from, to)
  if (firstNames && (!core || core.nameFrom === null && !core.pronoun)) core = firstNameAndSurname(tokens, from, to, firstNames) ?? core
  if (!core) return null
  const slice = (a: number, b: number) => text.slice(tokens[a]!.start, tokens[b]!.end)
  const start = core.start
  const phrase = slice(start, to)
  const phraseSpan = {start: tokens[start]!.start, end: tokens[to]!.end}
  const titles: string[] = []
  let affiliation: string | null = null

  if (core.nameFrom !== null && core.nameFrom > start) {
    let titleEnd = core.nameFrom - 1
    while (titleEnd > start && (connectors.has(tokens[titleEnd]!.lower) || !tokens[titleEnd]!.word)) titleEnd--
    titles.push(stripTrailingPossessive(slice(start, titleEnd)))
    affiliation = affiliationOf(tokens, start, titleEnd)
  } else if (core.kind !== 'person' || core.titleOnly) {
    affiliation = affiliationOf(tokens, start, to)
  }
  if (apposition && apposition.to >= apposition.from) {
    let a = apposition.from
    if (determiners.has(tokens[a]!.lower) && a < apposition.to) a++
    const role = slice(a, apposition.to)
    if (core.kind === 'person') titles.push(role)
    if (affiliation === null) {
      // "a member of the team of Syrian Civil Defense first responders" → the named body.
      if (tokens[a]!.lower === 'member' || tokens[a]!.lower === 'members') affiliation = namedBody(text, tokens, a, apposition.to)
      affiliation ??= affiliationOf(tokens, a, apposition.to)
    }
  }

  let nameFrom = core.nameFrom ?? start
  // "The Britain-based Syrian Observatory …": a leading "-based" or "-led" modifier is not part of the name.
  if (core.kind !== 'person') while (nameFrom < to && bodyModifier.test(tokens[nameFrom]!.text)) nameFrom++
  const name = core.kind === 'person' && core.nameFrom !== null ? slice(nameFrom, to) : slice(nameFrom, to)
  return {
    name: stripTrailingPossessive(name),
    nameSpan: {start: tokens[nameFrom]!.start, end: tokens[to]!.end},
    kind: core.kind,
    titles: core.titleOnly ? [phrase] : titles,
    affiliation,
    pronoun: core.pronoun,
    titleOnly: core.titleOnly,
    role: core.role,
    phrase,
    phraseSpan
  }
}

/**
 * A known first name and a surname that is also a word of a role or a party, with only titles
 * before them: "Sarah Green", "Tom White", "Senator Ann Bishop". Read without a table of first
 * names, "Green" after "Sarah" is as likely a party word as a surname.
 */
function firstNameAndSurname(tokens: readonly Token[], from: number, to: number, firstNames: FirstNameGender): CoreDescription | null {
  let start = from
  if (determiners.has(tokens[start]!.lower) && start < to) start++
  const first = to - 1
  if (first < start || !isNameLike(tokens[first]!) || !isNameLike(tokens[to]!) || /['’]s$/.test(tokens[first]!.text)) return null
  if (firstNames(tokens[first]!.text) === null || /^\p{Lu}{2,}$/u.test(tokens[to]!.text)) return null
  for (let i = start; i < first; i++) {
    const lower = stripPossessive(tokens[i]!.lower).replace(/\.$/, '')
    if (!isRoleWord(lower) && !personalHonorifics.has(lower)) return null
  }
  return {start, nameFrom: first, kind: 'person', pronoun: false, titleOnly: false, role: null}
}

/**
 * Describe a noun phrase that its place alone makes a source, such as the object of "according
 * to" ("three television networks", "Lazar's plea agreement"), when no speaker grammar reads
 * one in it: an unnamed source, named by the phrase without its leading article. Returns null
 * for no one ("no official figures").
 *
 * @example
 * // "the most recent survey" → {name: 'most recent survey', kind: 'anonymous', …}
 */
export function describeSourcePhrase(text: string, tokens: readonly Token[], from: number, to: number): SpeakerDescription | null {
  if (nobody.has(tokens[from]!.lower)) return null
  const start = determiners.has(tokens[from]!.lower) && from < to ? from + 1 : from
  const phraseSpan = {start: tokens[start]!.start, end: tokens[to]!.end}
  const phrase = text.slice(phraseSpan.start, phraseSpan.end)
  return {name: phrase, nameSpan: phraseSpan, kind: 'anonymous', titles: [], affiliation: null, pronoun: false, titleOnly: false, role: null, phrase, phraseSpan}
}

function stripTrailingPossessive(name: string): string {
  return name.replace(/['’]s$|(?<=s)['’]$/, '')
}

interface CoreDescription {
  start: number
  nameFrom: number | null
  kind: SpeakerKind
  pronoun: boolean
  titleOnly: boolean
  role: string | null
}

// The participles that make a place or a body a modifier: "US-based", "Saudi-led", "state-run".
const modifierParticiples = ['based', 'led', 'backed', 'funded', 'run', 'owned', 'affiliated', 'linked', 'allied', 'sponsored']
// A modifier that may open a body's phrase ("The Britain-based Syrian Observatory").
const bodyModifier = new RegExp(`-(?:${modifierParticiples.join('|')})$`, 'i')
// A modifier that, alone, is an adjective and no speaker ("US-based", "London-born").
const placeModifier = new RegExp(`-(?:${[...modifierParticiples, 'born', 'made'].join('|')})$`, 'i')

// The first person, as written ("US" is a country), and the words for no one.
const firstPerson = new Set(['I', 'we', 'We', 'me', 'us'])
const nobody = new Set(['nobody', 'no', 'none', 'neither'])

// Phrases are described more than once (to validate, then to build the speaker): remember the
// answers per token array.
const described = new WeakMap<readonly Token[], Map<number, CoreDescription | null>>()

function describeTokens(tokens: readonly Token[], from: number, to: number): CoreDescription | null {
  if (to < from) return null
  let memo = described.get(tokens)
  if (!memo) {
    memo = new Map()
    described.set(tokens, memo)
  }
  const slot = from * 1_048_576 + to
  const hit = memo.get(slot)
  if (hit !== undefined) return hit
  const result = describeUncached(tokens, from, to)
  memo.set(slot, result)
  return result
}

function describeUncached(tokens: readonly Token[], from: number, to: number): CoreDescription | null {
  let start = from
  if (determiners.has(tokens[start]!.lower) && start < to) start++
  const last = tokens[to]!
  const lastLower = stripPossessive(last.lower)
  // "Nobody said", "no one asked": no one speaks.
  if (nobody.has(tokens[from]!.lower) || (from > 0 && tokens[from - 1]!.lower === 'no')) return null
  // "a US-based think-tank": a capitalised "-based" or "-led" word alone is an adjective.
  if (start === to && placeModifier.test(last.text)) return null
  // "Many said", "Both agreed", "Some argue": people, counted but not named; "those behind the
  // talks": people, placed but not named.
  if (from === to && quantifiers.has(last.lower) || tokens[from]!.lower === 'those' || last.text === '%') {
    return {start: from, nameFrom: null, kind: 'group', pronoun: false, titleOnly: false, role: null}
  }
  // "I say", "we agree": outside a quotation the first person is the author, whose own voice is no claim.
  // "Nina Hale and I said": the author among the speakers ("World War I" is a numeral).
  if ((from === to && firstPerson.has(last.text)) || (last.text === 'I' && to > from && tokens[to - 1]!.lower === 'and')) return null
  if (from === to && pronounMap.has(last.lower)) {
    return {start: from, nameFrom: null, kind: pronounMap.get(last.lower)!.kinds[0]!, pronoun: true, titleOnly: false, role: null}
  }

  // The whole phrase is a country, a capital or an institution: "Turkey", "Moscow", "the Pentagon".
  let phrase = tokens[start]!.text
  for (let i = start + 1; i <= to; i++) phrase += ' ' + tokens[i]!.text
  const whole = known.get(key(phrase))
  if (whole && whole.kind !== 'demonym') {
    return {start, nameFrom: null, kind: whole.kind, pronoun: false, titleOnly: false, role: null}
  }
  if (whole && whole.kind === 'demonym' && /s$/.test(lastLower)) {
    // "Russians", "Americans": the people of a country.
    return {start, nameFrom: null, kind: 'group', pronoun: false, titleOnly: false, role: null}
  }
  if (whole && whole.kind === 'demonym' && from === to && isNameLike(last) && !/s$/.test(lastLower)) {
    // "Cuban said", "English added": a singular demonym alone, with no article, is a surname.
    return {start, nameFrom: start, kind: 'person', pronoun: false, titleOnly: false, role: null}
  }
  if (whole && whole.kind === 'demonym' && start > from && tokens[from]!.lower === 'the' && start === to) {
    // "the German", "the Australian": one person, named before ("German Chancellor …").
    return {start, nameFrom: null, kind: 'person', pronoun: false, titleOnly: true, role: lastLower}
  }

  // A name at the end: the trailing run of capitalised words that are no role, no country, no institution word.
  let nameFrom: number | null = null
  for (let i = to; i >= start; i--) {
    const t = tokens[i]!
    const lower = stripPossessive(t.lower)
    // A surname that is also a place ("Jim Jordan") follows a first name.
    const previous = i > start ? tokens[i - 1]! : null
    const surnameLikePlace = i === to && previous !== null && isNameLike(previous) && !isRoleWord(stripPossessive(previous.lower)) && !known.has(key(previous.text)) && !organizationHeadSet.has(stripPossessive(previous.lower))
    // So does a surname that is also a role ("Analyst Tom Singer", "Dr Bishop"): after a
    // title and a first name, or after a personal honorific.
    // Or after a first name, when an age follows: "Benjamin Green, 83, …" is a person.
    const surnameLikeRole =
      i === to &&
      previous !== null &&
      isNameLike(t) &&
      (personalHonorifics.has(stripPossessive(previous.lower).replace(/\.$/, '')) ||
        (surnameLikePlace && i - 2 >= start && isRoleWord(stripPossessive(tokens[i - 2]!.lower))) ||
        (surnameLikePlace && ageAfter(tokens, to)))
    // "England's Josh Lewsey", "Microsoft's Bill Gates": a possessor before a name is not part of it.
    if (i < to && /['’]s$|s['’]$/.test(t.text)) break
    if (!isNameLike(t) || isRoleWord(lower) && !surnameLikeRole || isOrganizationHead(lower) || (knownWord(t) && !surnameLikePlace) || isSpeakerNoun(lower) && !surnameLikeRole) break
    if (/^\p{Lu}{2,6}$/u.test(t.text) && i === to && i === start) break // an acronym alone is an organisation
    nameFrom = i
    if (to - i >= 3) break
  }
  if (nameFrom !== null) {
    const before = nameFrom > start ? tokens[nameFrom - 1]! : null
    const beforeThat = nameFrom > start + 1 ? tokens[nameFrom - 2]! : null
    // "a spokesman for UKIP", "an adviser to Kestrel Bank": a role and whom it serves; the
    // name is the body's, not the person's.
    // "a spokesman for the British Phonographic Industry": the same with words between.
    for (let k = nameFrom - 1; k > start; k--) {
      const link = tokens[k]!
      if (link.lower !== 'for' && link.lower !== 'to') continue
      const role = tokens[k - 1]!
      if (titleNounSet.has(stripPossessive(role.lower)) && !isNameLike(role)) {
        return {start, nameFrom: null, kind: 'person', pronoun: false, titleOnly: true, role: stripPossessive(role.lower)}
      }
      break
    }
    // "Observatory for Human Rights", "Federation of the Phonographic Industry": a name after
    // "of/for (the)" that follows an organisation word belongs to it.
    const article = before?.lower === 'the' && nameFrom - 2 > start
    const link = article ? tokens[nameFrom - 2]! : before
    const head = article ? tokens[nameFrom - 3] ?? null : beforeThat
    if (link && connectors.has(link.lower) && head && organizationHeadSet.has(stripPossessive(head.lower))) {
      return {start, nameFrom: null, kind: 'organization', pronoun: false, titleOnly: false, role: null}
    }
    // "the Kyiv Independent", "the Moscow Times": after "the", capitalised words with no role
    // before them name an organisation, not a person.
    if (tokens[from]!.lower === 'the' && start < to && !tokens.slice(start, nameFrom).some((t) => isRoleWord(stripPossessive(t.lower)))) {
      return {start, nameFrom: null, kind: 'organization', pronoun: false, titleOnly: false, role: null}
    }
    return {start, nameFrom, kind: 'person', pronoun: false, titleOnly: false, role: null}
  }

  if (/^\p{Lu}{2,6}$/u.test(last.text) && start === to) {
    return {start, nameFrom: null, kind: 'organization', pronoun: false, titleOnly: false, role: null}
  }
  const hasAnonymity = tokens.slice(from, to + 1).some((t) => anonymitySet.has(t.lower))
  if (organizationHeadSet.has(lastLower) && !isNameLike(last) && start > from && tokens[from]!.lower === 'the' && !isSpeakerNoun(lastLower) && lastLower !== 'government' && lastLower !== 'administration') {
    // "the commission", "the bank": an organisation named earlier.
    return {start, nameFrom: null, kind: 'anonymous', pronoun: false, titleOnly: false, role: null}
  }
  if (isOrganizationHead(lastLower) && (isNameLike(last) || lastLower === 'government' || lastLower === 'administration')) {
    const nationalGovernment = (lastLower === 'government' || lastLower === 'administration') && tokens.slice(start, to).some((t) => known.get(key(stripPossessive(t.lower)))?.kind === 'demonym')
    return {start, nameFrom: null, kind: nationalGovernment ? 'government' : 'organization', pronoun: false, titleOnly: false, role: null}
  }
  if (lastLower === 'regime' && to > start) {
    return {start, nameFrom: null, kind: 'government', pronoun: false, titleOnly: false, role: null}
  }
  if (isSpeakerNoun(lastLower)) {
    const plural = /s$/.test(lastLower) || lastLower === 'media' || lastLower === 'police' || lastLower === 'people'
    const article = tokens[from]!.lower
    let kind: SpeakerKind = speakerNouns[lastLower] === 'anonymous' ? 'anonymous' : 'group'
    if (hasAnonymity) kind = 'anonymous'
    else if (!plural && (article === 'the' || article === 'a' || article === 'an')) kind = 'anonymous'
    if (titleNounSet.has(lastLower) && !plural && !hasAnonymity) {
      return {start, nameFrom: null, kind: 'person', pronoun: false, titleOnly: true, role: lastLower}
    }
    return {start, nameFrom: null, kind, pronoun: false, titleOnly: false, role: null}
  }
  if (titleNounSet.has(lastLower)) {
    return {start, nameFrom: null, kind: 'person', pronoun: false, titleOnly: true, role: lastLower}
  }
  // A title followed by a country or place: "the Polish Ambassador to the UN".
  for (let i = to; i >= start; i--) {
    const lower = stripPossessive(tokens[i]!.lower)
    if (titleNounSet.has(lower)) {
      const tail = tokens.slice(i + 1, to + 1)
      if (tail.length > 0 && connectors.has(tail[0]!.lower) && tail.every((t) => connectors.has(t.lower) || isNameLike(t))) {
        return {start, nameFrom: null, kind: 'person', pronoun: false, titleOnly: true, role: lower}
      }
      break
    }
  }
  if (isOrganizationHead(lastLower) && isNameLike(tokens[start]!)) {
    return {start, nameFrom: null, kind: 'organization', pronoun: false, titleOnly: false, role: null}
  }
  // "… Observatory for Human Rights", "… Ministry of Foreign Affairs": a capitalised
  // organisation word followed by its complement.
  for (let i = start; i < to; i++) {
    const t = tokens[i]!
    if (isNameLike(t) && organizationHeadSet.has(stripPossessive(t.lower)) && connectors.has(tokens[i + 1]!.lower)) {
      if (tokens.slice(i + 1, to + 1).every((u) => connectors.has(u.lower) || isNameLike(u))) {
        return {start, nameFrom: null, kind: 'organization', pronoun: false, titleOnly: false, role: null}
      }
    }
  }
  return null
}

/** The first country, demonym or institution in `tokens[from..to]`: its code, else null. */
export function affiliationOf(tokens: readonly Token[], from: number, to: number): string | null {
  for (let i = from; i <= to; i++) {
    if (!knownFirstWords.has(key(stripPossessive(tokens[i]!.lower)))) continue
    for (let n = Math.min(knownLongest, to - i + 1); n >= 1; n--) {
      const words = tokens.slice(i, i + n)
      if (!words.every((t) => t.word || t.text === '&')) continue
      const entry = known.get(key(stripPossessive(words.map((t) => t.text).join(' ').toLowerCase().replace(/’/g, "'"))))
      if (entry && entry.code) return entry.code
    }
  }
  return null
}

function namedBody(text: string, tokens: readonly Token[], from: number, to: number): string | null {
  for (let i = from; i <= to; i++) {
    if (!isNameLike(tokens[i]!)) continue
    let j = i
    while (j + 1 <= to && isNameLike(tokens[j + 1]!)) j++
    if (j > i) return text.slice(tokens[i]!.start, tokens[j]!.end)
    i = j
  }
  return null
}

// Whether a single token is a known country, capital or institution ("Jordan", "NATO").
function knownWord(token: Token): boolean {
  const lower = token.lower
  return knownFirstWords.has(lower.includes('.') ? lower.replace(/\./g, '') : lower) && known.has(key(token.text))
}

/** The kind and code of a known country, capital or institution name, else undefined. */
export function lookupKnown(name: string): {kind: 'government' | 'organization' | 'demonym'; code: string | null; name: string} | undefined {
  return known.get(key(name))
}

// ---------------------------------------------------------------------------------------------
// Mentions for other stages.

/** A person, organisation, government or group named in the text. */
export interface Mention {
  /** The phrase as written. */
  text: string
  /** Where it stands. */
  span: Span
  /** The name the phrase gives (a person's name without the title). */
  name: string
  /** What it names. */
  kind: SpeakerKind
  /** Country code or organisation, else null. */
  affiliation: string | null
}

// Whether a line break stands between two offsets (tokens are separated by white space only).
function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k)
    if (code === 10 || code === 13) return true
  }
  return false
}

/** Whether `tokens[from..to]` is a title alone set after a person's name and a comma. */
function appositiveTitle(tokens: readonly Token[], from: number, to: number, previous: Mention | undefined): boolean {
  if (!previous || previous.kind !== 'person' || from < 1 || tokens[from - 1]!.text !== ',') return false
  if (previous.span.end !== tokens[from - 1]!.start) return false
  for (let k = from; k <= to; k++) if (!isTitleNoun(tokens[k]!.lower) && !titleModifierSet.has(tokens[k]!.lower)) return false
  return true
}

/**
 * Find the people, organisations, governments and groups named in `text.slice(start, end)`:
 * runs of capitalised words with their titles ("Polish Foreign Minister Tomasz Wrobel",
 * "the Pentagon", "Turkey"), read with the speaker grammar. Linear in the range.
 */
export function findMentions(text: string, start: number, end: number): Mention[] {
  const tokens = tokenize(text, start, end)
  const found: Mention[] = []
  let i = 0
  // "It's", "We've": a function word with its contraction is no name either.
  const nameWord = (t: Token) => isNameLike(t) && !functionWords.has(withoutContraction(t.lower)) && !calendarWords.has(t.lower)
  while (i < tokens.length) {
    const t = tokens[i]!
    // A sentence opens with a capital: "And he warned …", "Today the minister …", "Our firms
    // …" name nobody.
    if (!nameWord(t) || (connectors.has(t.lower) && t.lower !== 'the') || sentenceAdverbs.has(t.lower) || participles.has(t.lower) || openingParticiple(tokens, i) || (determiners.has(t.lower) && t.lower !== 'the' && t.lower !== 'a' && t.lower !== 'an')) {
      i++
      continue
    }
    let j = i
    while (j + 1 < tokens.length) {
      const next = tokens[j + 1]!
      // A name does not run over a line break ("Headline" then "The" of the next paragraph).
      if (lineBreakBetween(text, tokens[j]!.end, next.start)) break
      if (nameWord(next)) j++
      else if (connectors.has(next.lower) && next.lower !== 'and' && tokens[j + 2] && nameWord(tokens[j + 2]!)) j += 2
      else break
    }
    // A sentence's capitalised article alone names nobody: "The prime minister met …".
    if (j === i && (t.lower === 'the' || t.lower === 'a' || t.lower === 'an')) {
      i++
      continue
    }
    const from = i > 0 && tokens[i - 1]!.lower === 'the' && !lineBreakBetween(text, tokens[i - 1]!.end, t.start) ? i - 1 : i
    const described = describeSpeaker(text, tokens, from, j)
    // "Tom Reyes, Director of the Institute, …": a title alone, set after a person's name and a
    // comma, is that person again, not another.
    if (described && appositiveTitle(tokens, from, j, found[found.length - 1])) {
      i = j + 1
      continue
    }
    if (described && !described.pronoun) {
      found.push({
        text: described.phrase,
        span: described.phraseSpan,
        name: described.name,
        kind: described.kind,
        affiliation: described.affiliation
      })
    }
    i = j + 1
  }
  return found
}
