/**
 * The shallow grammar that the event stages share: the sentences of the blocks that carry
 * events, their tokens (the language layer's, see `tokens.ts`, each with its form without a
 * possessive ending), clause limits, and the compiled trigger lexicon.
 *
 * > | US forces once again blocked Russian Military Police from patrolling.
 *     ^^ ^^^^^^ ^^^^ ^^^^^ ^^^^^^^ … one token per word, `.` a token of its own
 *
 * Not a stage: `events`, `event-arguments`, `event-dates` and `event-modality` read it. What it
 * derives from the text is kept in the parse's analysis (`context.language`), so that each
 * sentence is cut once, and its tokens are the block's tokens that every stage reads.
 */
import type {Block, Draft} from '../stage.js'
import type {Span} from '../schema/span.js'
import * as functionWords from '../lexicon/function-words.js'
import {except} from './word-sets.js'
import {irregularVerbs, triggers, type TriggerEntry} from '../lexicon/triggers.js'
import {sentenceSpans} from './sentences.js'
import {tokenize, type Token} from './tokens.js'

/**
 * A token of the language layer ({@link Token}) with what the event grammar reads off it: its
 * form without a possessive ending, its capital and its possessive.
 */
export interface EventToken extends Token {
  /** Lower case, curly apostrophes straightened, a possessive `'s` removed: `russia` for `Russia’s`. */
  norm: string
  /** Starts with a capital letter. */
  cap: boolean
  /** Ends in a possessive `'s`, or is a plural before a possessive apostrophe (`protesters'`). */
  possessive: boolean
}

/** A sentence of a block that can carry events, with its tokens. */
export interface EventSentence {
  /** Where the sentence stands. */
  span: Span
  /** Its tokens in order. */
  tokens: EventToken[]
  /** The block it belongs to. */
  block: Block
  /** The index of that block in the draft's blocks. */
  blockIndex: number
}

/**
 * The event tokens of `tokens` (a stretch of the language layer's tokens): each with its form
 * without a possessive ending, its capital and whether it is a possessive. A plural's
 * possessive apostrophe joins its word, as the singular's `'s` does: `protesters'` is one
 * event token, so that "the protesters' leaders" reads as one phrase.
 */
export function eventTokens(tokens: readonly Token[]): EventToken[] {
  const out: EventToken[] = []
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    const {text, lower, start, word} = token
    let end = token.end
    let norm = lower
    let possessive = false
    let joined = text
    let joinedLower = lower
    if (word) {
      const n = lower.length
      const next = tokens[index + 1]
      if (n > 2 && lower.charCodeAt(n - 1) === 115 && lower.charCodeAt(n - 2) === 39) {
        norm = lower.slice(0, -2)
        possessive = true
      } else if (lower.charCodeAt(n - 1) === 115 && next && next.start === end && (next.text === "'" || next.text === '’')) {
        possessive = true
        joined = text + next.text
        joinedLower = lower + "'"
        end = next.end
        index++
      }
    }
    const first = text.charCodeAt(0)
    const cap = first < 128 ? first >= 65 && first <= 90 : startsUpper.test(text)
    out.push({text: joined, lower: joinedLower, start, end, word, norm, cap, possessive})
  }
  return out
}

const startsUpper = /^\p{Lu}/u
const space = /\s/y

function isSpaceAt(value: string, at: number): boolean {
  space.lastIndex = at
  return space.test(value)
}

// Blocks that are not article prose repeat or summarise it, or are page furniture.
const eventBlockKinds = new Set(['paragraph', 'quote'])

/**
 * The sentences of the blocks that carry events: paragraphs and block quotes, without the
 * title, headings, standfirst, captions and boilerplate, which repeat or summarise the body.
 * A block that no earlier stage classified and reads like a headline (no sentence-final
 * punctuation, few words) is left out too, and so is a block in which no trigger word occurs.
 */
export function eventSentences(text: string, draft: Readonly<Draft>, blockTokens: (blockIndex: number) => readonly Token[]): EventSentence[] {
  const title = draft.title ? text.slice(draft.title.span.start, draft.title.span.end).trim() : null
  const found: EventSentence[] = []
  let headline = false
  for (const [blockIndex, block] of draft.blocks.entries()) {
    // The headline names the article's events in its telegraphic grammar ("Roadside bomb kills 3
    // in north"): read once, as a sentence of its own.
    if (block.kind === 'title' && !headline && mayHoldTriggerWord(text, block.span)) {
      headline = true
      found.push(new LazySentence(blockTokens, block.span, block, blockIndex))
      continue
    }
    if (!eventBlockKinds.has(block.kind)) continue
    if (title && block.text.trim() === title) continue
    if (looksLikeHeadline(block.text)) continue
    // A block with no trigger word anywhere in it (even inside another word) names no event.
    if (!mayHoldTriggerWord(text, block.span)) continue
    for (const span of joinAcronymSplits(text, sentenceSpans(text, block.span.start, block.span.end))) {
      found.push(new LazySentence(blockTokens, span, block, blockIndex))
    }
  }
  return found
}

// Most sentences hold no trigger and are never read word by word: cut them into tokens on first use.
class LazySentence implements EventSentence {
  readonly span: Span
  readonly block: Block
  readonly blockIndex: number
  private readonly blockTokens: (blockIndex: number) => readonly Token[]
  private cut: EventToken[] | undefined
  constructor(blockTokens: (blockIndex: number) => readonly Token[], span: Span, block: Block, blockIndex: number) {
    this.blockTokens = blockTokens
    this.span = span
    this.block = block
    this.blockIndex = blockIndex
  }
  get tokens(): EventToken[] {
    if (!this.cut) {
      const all = this.blockTokens(this.blockIndex)
      const from = firstAtOrAfter(all, this.span.start)
      let to = from
      while (to < all.length && all[to]!.end <= this.span.end) to++
      this.cut = eventTokens(all.slice(from, to))
    }
    return this.cut
  }
}

// The index of the first token starting at or after `offset`.
function firstAtOrAfter(tokens: readonly Token[], offset: number): number {
  let low = 0
  let high = tokens.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (tokens[middle]!.start < offset) low = middle + 1
    else high = middle
  }
  return low
}

/** The patterns of a trigger lexicon's forms, compiled once per lexicon array. */
interface TriggerPatterns {
  words: RegExp
  asciiWords: RegExp
  substrings: RegExp
}

const triggerPatternMemo = new WeakMap<readonly TriggerEntry[], TriggerPatterns>()

function triggerPatterns(lexicon: readonly TriggerEntry[]): TriggerPatterns {
  let patterns = triggerPatternMemo.get(lexicon)
  if (!patterns) {
    const phrases = triggerPhrases(lexicon)
    patterns = {
      words: new RegExp(`(?<![\\p{L}\\p{N}])${triePattern(phrases, false)}(?![\\p{L}\\p{N}])`, 'iu'),
      asciiWords: new RegExp(`\\b${triePattern(phrases, true)}(?![A-Za-z0-9])`, 'i'),
      substrings: new RegExp(triePattern(phrases, false), 'iu')
    }
    triggerPatternMemo.set(lexicon, patterns)
  }
  return patterns
}

/**
 * Whether a sentence may hold a trigger: the words of some trigger form stand in it in a row.
 * One pattern of every form, compiled once as a trie so that a position fails on its first
 * letter, answers before the sentence is cut into tokens; it is bounded by letters and digits
 * as tokens are, so it never misses a trigger.
 */
export function mayHoldTrigger(text: string, span: Span, lexicon: readonly TriggerEntry[] = triggers): boolean {
  const {words: triggerWords, asciiWords: asciiTriggerWords} = triggerPatterns(lexicon)
  const slice = text.slice(span.start, span.end)
  // The ASCII pattern is the faster one; it misses a word after "_" (a word character to \b)
  // and one that opens with the Kelvin sign (which lower-cases to "k"), which the other finds.
  return asciiTriggerWords.test(slice) || ((slice.includes('_') || slice.includes('\u212A')) && triggerWords.test(slice))
}

/**
 * Whether a trigger form occurs in the span at all, even inside another word:
 * looser than {@link mayHoldTrigger} and true of every span that holds a sentence for which that is true.
 */
function mayHoldTriggerWord(text: string, span: Span, lexicon: readonly TriggerEntry[] = triggers): boolean {
  return triggerPatterns(lexicon).substrings.test(text.slice(span.start, span.end))
}

/**
 * Every trigger form as a phrase (`called on`). The words of a form are consecutive tokens, so
 * in the text only white space stands between them, and only the last may carry a possessive.
 */
function triggerPhrases(lexicon: readonly TriggerEntry[]): string[] {
  const phrases = new Set<string>()
  for (const forms of triggerIndex(lexicon).values()) for (const form of forms) phrases.add(form.words.join(' '))
  return [...phrases]
}

interface TrieNode {
  end: boolean
  next: Map<string, TrieNode>
}

/**
 * A pattern that matches exactly `words`, with shared prefixes factored out: `ban(?:s|ned)?`.
 * With `kelvin`, a `k` also matches the Kelvin sign, which a pattern without the `u` flag
 * does not fold to `k` as `toLowerCase` does.
 */
function triePattern(words: readonly string[], kelvin: boolean): string {
  const root: TrieNode = {end: false, next: new Map()}
  for (const word of words) {
    let node = root
    for (const char of word) {
      let child = node.next.get(char)
      if (!child) node.next.set(char, (child = {end: false, next: new Map()}))
      node = child
    }
    node.end = true
  }
  const emit = (node: TrieNode): string => {
    const branches = [...node.next].map(([char, child]) => (char === "'" ? "['’]" : char === ' ' ? '\\s+' : kelvin && char === 'k' ? '[k\\u212A]' : char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')) + emit(child))
    if (branches.length === 0) return ''
    const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`
    return node.end ? `(?:${body})?` : body
  }
  return emit(root)
}

// Words that open a sentence after a dotted acronym ("… in the U.S. The next day …").
const sentenceOpeners = new Set(['The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'But', 'And', 'In', 'On', 'At', 'This', 'That', 'There', 'His', 'Her', 'Their', 'Its', 'However', 'Meanwhile', 'Moreover', 'Earlier', 'Later', 'After', 'Before', 'When', 'While', 'Since', 'According', 'Last', 'Yesterday', 'Today', 'Some', 'Many', 'Most', 'These', 'Those', 'Such', 'One', 'Two', 'Both', 'If', 'As', 'For', 'Still', 'Yet', 'So', 'Then', 'Also', 'Now'])

/**
 * Join sentences that were cut after a dotted acronym before a name ("U.S. Secretary of State
 * Ana Ruiz"): a sentence goes on unless the next word is one that opens sentences.
 */
function joinAcronymSplits(text: string, spans: Span[]): Span[] {
  const out: Span[] = []
  for (const span of spans) {
    const previous = out[out.length - 1]
    if (previous && mayEndInAcronym(text, previous) && /(?:^|[\s(])(?:\p{Lu}\.){2,}$/u.test(text.slice(previous.start, previous.end))) {
      const next = /^[\p{L}]+/u.exec(text.slice(span.start, span.end))?.[0] ?? ''
      if (/^\p{Lu}/u.test(next) && !sentenceOpeners.has(next)) {
        out[out.length - 1] = {start: previous.start, end: span.end}
        continue
      }
    }
    out.push(span)
  }
  return out
}

// Most sentences end in a small letter and a full stop: no dotted acronym, no need to read further.
function mayEndInAcronym(text: string, span: Span): boolean {
  if (span.end - span.start < 4 || text.charCodeAt(span.end - 1) !== 46) return false
  const code = text.charCodeAt(span.end - 2)
  return code >= 128 || (code >= 65 && code <= 90)
}

function looksLikeHeadline(value: string): boolean {
  // The last character that is not white space: sentence-final punctuation makes it prose.
  let last = value.length - 1
  while (last >= 0 && isSpace(value, last)) last--
  if (last >= 0 && '.!?…:"”’)'.includes(value[last]!)) return false
  return value.split(/\s+/).length < 20
}

function isSpace(value: string, at: number): boolean {
  const code = value.charCodeAt(at)
  return code === 32 || (code >= 9 && code <= 13) || (code >= 128 && isSpaceAt(value, at))
}

/** How a verb form stands: base, third person, past or participle (`ed` when they look the same), `-ing`. */
export type FormKind = 'base' | 's' | 'past' | 'pp' | 'ed' | 'ing' | 'noun'

/** One surface form of a trigger. */
export interface TriggerForm {
  /** The lower-case words: `['called', 'on']`. */
  words: string[]
  /** Which form it is. */
  form: FormKind
  /** The lexicon entry. */
  entry: TriggerEntry
}

const triggerIndexMemo = new WeakMap<readonly TriggerEntry[], Map<string, TriggerForm[]>>()

/**
 * The trigger lexicon compiled once: every inflection of every verb and both numbers of every
 * noun, indexed by first word, longest first, so that multiword triggers win over their parts.
 */
export function triggerIndex(lexicon: readonly TriggerEntry[] = triggers): Map<string, TriggerForm[]> {
  const compiled = triggerIndexMemo.get(lexicon)
  if (compiled) return compiled
  const index = new Map<string, TriggerForm[]>()
  const add = (words: string[], form: FormKind, entry: TriggerEntry) => {
    const first = words[0]
    if (!first) return
    let list = index.get(first)
    if (!list) index.set(first, (list = []))
    // "set" is a base form and a past one ("they set off", "he set off"): each form is kept.
    if (!list.some((item) => item.entry === entry && item.form === form && item.words.join(' ') === words.join(' '))) list.push({words, form, entry})
  }
  for (const entry of lexicon) {
    if (entry.verb) for (const [words, form] of verbForms(entry.verb)) add(words, form, entry)
    if (entry.noun) for (const words of nounForms(entry.noun)) add(words, 'noun', entry)
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length)
  triggerIndexMemo.set(lexicon, index)
  return index
}

/** Every form of a verb spec (`attack`, `gun down|gunned down|gunned down`, `expel+`). */
export function verbForms(spec: string): Array<[string[], FormKind]> {
  const [lemmaPart = '', pastPart, participlePart] = spec.split('|')
  const double = lemmaPart.endsWith('+')
  const [head = '', ...rest] = lemmaPart.replace(/\+$/, '').toLowerCase().split(' ')
  const irregular = irregularVerbs[head]
  const regularPast = pastTense(head, double)
  const past = pastPart?.split(' ')[0] ?? irregular?.[0] ?? regularPast
  const participle = participlePart?.split(' ')[0] ?? irregular?.[1] ?? regularPast
  const forms: Array<[string, FormKind]> = [
    [head, 'base'],
    [thirdPerson(head), 's'],
    [presentParticiple(head, double), 'ing']
  ]
  if (past === participle) forms.push([past, 'ed'])
  else forms.push([past, 'past'], [participle, 'pp'])
  return forms.map(([word, form]) => [[word, ...rest], form])
}

/** Both numbers of a noun spec (`airstrike`, `air strike`, `talks*`). */
export function nounForms(spec: string): string[][] {
  const words = spec.replace(/\*$/, '').toLowerCase().split(' ')
  if (spec.endsWith('*')) return [words]
  const last = words[words.length - 1] ?? ''
  return [words, [...words.slice(0, -1), plural(last)]]
}

function thirdPerson(verb: string): string {
  if (/(?:s|x|z|ch|sh)$/.test(verb)) return `${verb}es`
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`
  if (/[^aeiou]o$/.test(verb)) return `${verb}es`
  return `${verb}s`
}

function plural(noun: string): string {
  if (/(?:s|x|z|ch|sh)$/.test(noun)) return `${noun}es`
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`
  if (/[^aeiou]o$/.test(noun)) return `${noun}es`
  return `${noun}s`
}

// One syllable ending consonant-vowel-consonant doubles its last letter: ban → banned.
function doubles(verb: string, marked: boolean): boolean {
  return marked || /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(verb)
}

function pastTense(verb: string, marked: boolean): string {
  if (/e$/.test(verb)) return `${verb}d`
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`
  if (doubles(verb, marked)) return `${verb}${verb.slice(-1)}ed`
  return `${verb}ed`
}

function presentParticiple(verb: string, marked: boolean): string {
  if (/ie$/.test(verb)) return `${verb.slice(0, -2)}ying`
  if (/[^eoy]e$/.test(verb)) return `${verb.slice(0, -1)}ing`
  if (doubles(verb, marked)) return `${verb}${verb.slice(-1)}ing`
  return `${verb}ing`
}

// Words that open a new clause: what follows them has its own subject, verb and date.
// The subordinators that are also prepositions ("after", "as", "before", "since") or adverbs
// ("once") are left out: they open a phrase as often as a clause.
const clauseOpeners = new Set([
  ...except(functionWords.subordinators, ['after', 'as', 'before', 'once', 'since', 'whilst']), 'whether',
  'that', 'which', 'who', 'whom', 'whose', 'where', 'but'
])
const clausePunctuation = new Set([';', ':', '—', '–', '(', ')', '“', '”', '"', '«', '»', '‘', '[', ']'])

/** Whether token `i` opens a new clause (a subordinator, a semicolon, a dash, a quotation mark). */
export function opensClause(tokens: readonly EventToken[], i: number): boolean {
  const token = tokens[i]
  if (!token) return false
  if (!token.word) {
    if (clausePunctuation.has(token.text)) return true
    // A straight or curly single quote standing alone opens or closes a quotation.
    return (token.text === "'" || token.text === '’') && !tokens[i - 1]?.text.endsWith('s')
  }
  // ", and the envoy urged…": a conjunction after a comma joins two clauses.
  if ((token.norm === 'and' || token.norm === 'or') && tokens[i - 1]?.text === ',') return true
  return clauseOpeners.has(token.norm)
}

/** The token range `[start, end)` of the clause around token `i`. */
export function clauseRange(tokens: readonly EventToken[], i: number): [number, number] {
  // A parenthesis inside a clause does not end it: "The group (IS, banned in Russia) on January 20 attacked".
  let start = i
  while (start > 0 && !opensClause(tokens, start)) {
    start--
    if (tokens[start]!.text === ')') {
      const open = matching(tokens, start, -1)
      if (open >= 0) start = open - 1 > 0 ? open - 1 : 0
    }
  }
  let end = i + 1
  while (end < tokens.length && !opensClause(tokens, end)) end++
  if (tokens[end]?.text === '(') {
    const close = matching(tokens, end, 1)
    if (close >= 0) return [start, clauseRange(tokens, Math.min(close + 1, tokens.length - 1))[1]]
  }
  return [start, end]
}

function matching(tokens: readonly EventToken[], at: number, step: 1 | -1): number {
  const [open, close] = step === 1 ? ['(', ')'] : [')', '(']
  let depth = 0
  for (let k = at; k >= 0 && k < tokens.length && Math.abs(k - at) < 40; k += step) {
    if (tokens[k]!.text === open) depth++
    else if (tokens[k]!.text === close && --depth === 0) return k
  }
  return -1
}

/** Forms of "be" and "have" and the modals that can stand in a verb group (not the clitics "'re" and "'m", which it was tuned without). */
export const auxiliaries = new Set([
  ...except(functionWords.beForms, ["'re", "'m"]), ...functionWords.haveForms, ...functionWords.doForms, ...functionWords.modals,
  'not', "n't", 'never'
])

/** The forms of "be" that make a progressive or a passive. */
export const beForms = new Set(functionWords.beForms)

/** Whether a word is an adverb that can stand inside a verb group ("once again", "persistently"). */
export function isGroupAdverb(token: EventToken): boolean {
  return token.word && !token.cap && (/ly$/.test(token.norm) || groupAdverbs.has(token.norm))
}

const groupAdverbs = new Set(['also', 'again', 'once', 'still', 'already', 'now', 'just', 'even', 'ever', 'often', 'then', 'reportedly', 'allegedly', 'jointly', 'further', 'previously', 'recently', 'later', 'first', 'yet', 'all', 'both', 'repeatedly', 'long', 'since', 'so', 'far', 'thus'])

/** The index of the first token of the verb group that ends just before token `i` (auxiliaries, adverbs, negators). */
export function verbGroupStart(tokens: readonly EventToken[], i: number): number {
  let j = i
  while (j > 0) {
    const previous = tokens[j - 1]!
    // After a determiner an -ly word is an adjective: "the deadly attacks", "a friendly meeting".
    if (previous.word && !previous.cap && (auxiliaries.has(previous.norm) || previous.norm.endsWith("n't") || (isGroupAdverb(previous) && !nounDeterminers.has(tokens[j - 2]?.norm ?? '')))) j--
    else break
  }
  return j
}

/** Determiners and possessive pronouns. */
export const determiners = new Set(functionWords.determiners)
// Determiners that stand only before a noun: "that" and "this" also open a clause or stand alone ("a group that only attacks").
const nounDeterminers = new Set(except(functionWords.determiners, ['that', 'this']))

/** Quotation marks, straight and curly, single and double, as tokens. */
export const quoteMarks: ReadonlySet<string> = new Set(["'", '‘', '’', '"', '“', '”'])

/** Singular nouns that take a plural verb ("staff agree", "police arrest"): a base form after one can be its verb. */
export const collectiveNouns = new Set(['staff', 'police', 'people', 'workforce', 'crew', 'personnel', 'public', 'clergy', 'military', 'army'])

/** What a name in the gazetteers is: a country (by name, alias, demonym or seat of government) or a place. */
export interface GazetteerHit {
  /** The country code (`SYR`), or null for a place across borders. */
  country: string | null
  /** How the name relates to the country. */
  kind: 'country' | 'demonym' | 'capital' | 'place'
  /** How many tokens the name spans. */
  length: number
}

type Gazetteer = Map<string, Array<Omit<GazetteerHit, 'length'> & {words: string[]}>>

// Compiled once per pair of lexicon arrays: the countries, then the places.
const gazetteerMemo = new WeakMap<readonly CountryLike[], WeakMap<readonly PlaceLike[], Gazetteer>>()

function compileGazetteer(countries: readonly CountryLike[], places: readonly PlaceLike[]): Gazetteer {
  let byPlaces = gazetteerMemo.get(countries)
  if (!byPlaces) gazetteerMemo.set(countries, (byPlaces = new WeakMap()))
  let gazetteer = byPlaces.get(places)
  if (gazetteer) return gazetteer
  const index: Gazetteer = new Map()
  const add = (name: string, country: string | null, kind: GazetteerHit['kind']) => {
    const words = eventTokens(tokenize(name, 0, name.length)).map((token) => token.norm)
    const first = words[0]
    if (!first) return
    let list = index.get(first)
    if (!list) index.set(first, (list = []))
    list.push({words, country, kind})
  }
  for (const entry of countries) {
    for (const name of [entry.name, ...entry.aliases]) add(name, entry.code, 'country')
    for (const name of entry.demonyms) add(name, entry.code, 'demonym')
    for (const name of entry.capitals) add(name, entry.code, 'capital')
  }
  for (const entry of places) for (const name of [entry.name, ...entry.aliases]) add(name, entry.country, 'place')
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length)
  gazetteer = index
  byPlaces.set(places, gazetteer)
  return gazetteer
}

/**
 * Look up the name that starts at token `i` in the country and place gazetteers, longest name
 * first. Names compare in lower case; a capital letter is required on the first word so that
 * "turkey" the bird and "chad" the name stay out when written in lower case.
 */
export function gazetteerAt(tokens: readonly EventToken[], i: number, countries: readonly CountryLike[], places: readonly PlaceLike[]): GazetteerHit | null {
  const token = tokens[i]
  // Most tokens are not capitalised: they need no look-up of the compiled gazetteer.
  if (!token || !token.word || !token.cap) return null
  const list = compileGazetteer(countries, places).get(token.norm)
  if (!list) return null
  for (const candidate of list) {
    let ok = true
    for (let k = 0; k < candidate.words.length; k++) {
      if (tokens[i + k]?.norm !== candidate.words[k]) { ok = false; break }
    }
    if (ok) return {country: candidate.country, kind: candidate.kind, length: candidate.words.length}
  }
  return null
}

/** The fields of a country entry the gazetteer reads (see `CountryEntry`). */
export interface CountryLike {
  /** ISO 3166-1 alpha-3 code. */
  code: string
  /** Short name. */
  name: string
  /** Other names. */
  aliases: readonly string[]
  /** Adjectives and demonyms. */
  demonyms: readonly string[]
  /** Seats of government. */
  capitals: readonly string[]
}

/** The fields of a place entry the gazetteer reads (see `PlaceEntry`). */
export interface PlaceLike {
  /** Usual name. */
  name: string
  /** Other spellings. */
  aliases: readonly string[]
  /** Country code, or null. */
  country: string | null
}

/** Per-event facts that the trigger stage finds and later event stages read, by trigger start. */
export interface TriggerFacts {
  /** The sentence, as an index into {@link eventSentences}. */
  sentence: number
  /** The first token of the trigger. */
  first: number
  /** One past the last token of the trigger. */
  last: number
  /** The form of the trigger word. */
  form: FormKind
  /** A noun trigger inside an infinitive that names a scheduled event of its own ("to attend peace talks in Astana"). */
  anchored: boolean
  /** A headline's verb after "to" that heads the headline: its future ("PM to visit China"). */
  future?: boolean
}

/** Month and weekday names and other words that make a modifier a date ("the December 29 ceasefire"); not "tonight", which it was tuned without. */
export const dateWords = new Set([
  ...functionWords.months,
  ...functionWords.monthAbbreviations,
  ...functionWords.weekdays,
  ...except(functionWords.timeWords, ['tonight']),
  'upcoming', 'forthcoming', 'scheduled', 'planned', 'weekend', 'weekly', 'annual', 'monthly'
])
