/**
 * The dependency parse of an event sentence, word for word with its tokens.
 *
 * > | Police arrested 12 protesters and detained their leader
 *     ^^^^^^ ←nsubj– arrested –obj→ protesters
 *                    arrested –conj→ detained –obj→ leader
 *
 * The event stages count in the tokens of {@link eventSentences}; the parse is the analysis's
 * (`context.language.sentences(block)`, one per sentence of a block). This lines the two up by
 * offsets, so that each token of an event sentence has its part of speech, lemma, head and
 * relation. Nothing is parsed until a stage asks, and only the sentences a stage asks about;
 * `null` when the analysis has no parser (`@onrecord/core/lite`, `syntax: null`), and the
 * event stages then read the token grammar alone.
 */
import type {Analysis, Syntax} from './analysis.js'
import type {EventSentence, EventToken} from './event-grammar.js'
import {dependents} from './tree.js'

/**
 * The parse of an event sentence, one entry per token in each list, read with the helpers of
 * `tree.ts` like any sentence's parse: a token's part of speech (`X` for a token the parse has
 * no word for), its lemma (or its lower form), its head (-1 for a root or a head outside the
 * sentence) and its relation with its subtype (`nsubj:pass`, `obl:agent`).
 */
export type EventParse = Syntax

// Keyed on the sentence object, which the analysis makes once per parse and never changes.
const parseMemo = new WeakMap<EventSentence, EventParse | null>()

/** The parse of `sentence`, or null when the analysis has no parser. */
export function eventParse(language: Analysis, sentence: EventSentence): EventParse | null {
  if (parseMemo.has(sentence)) return parseMemo.get(sentence)!
  // A headline is parsed from a copy of its words told as prose (see `readHeadline`).
  const parse = sentence.block.kind === 'title' ? language.parseHeadline(sentence.tokens) : align(language, sentence)
  parseMemo.set(sentence, parse)
  return parse
}

function align(language: Analysis, sentence: EventSentence): EventParse | null {
  const blockIndex = sentence.blockIndex
  const tokens: readonly EventToken[] = sentence.tokens
  const n = tokens.length
  const upos: string[] = new Array(n).fill('X')
  const lemmas: string[] = tokens.map((token) => token.norm)
  const heads: number[] = new Array(n).fill(-1)
  const relations: string[] = new Array(n).fill('dep')
  // The analysis's word of each token, as [sentence, word], and the token of each word.
  const wordOf: Array<[number, number] | null> = new Array(n).fill(null)
  const tokenOf = new Map<string, number>()
  const analysed = language.sentences(blockIndex).filter((other) => other.start < sentence.span.end && sentence.span.start < other.end)
  let parsed = false
  for (const [s, other] of analysed.entries()) {
    const words = other.tokens
    let w = 0
    for (let t = 0; t < n; t++) {
      const token = tokens[t]!
      while (w < words.length && words[w]!.end <= token.start) w++
      const word = words[w]
      if (!word || word.start > token.start) continue
      if (wordOf[t]) continue
      wordOf[t] = [s, w]
      const key = `${s}:${w}`
      if (!tokenOf.has(key)) tokenOf.set(key, t)
    }
  }
  for (let t = 0; t < n; t++) {
    const at = wordOf[t]
    if (!at) continue
    const syntax = analysed[at[0]]!.syntax
    if (!syntax) return null
    parsed = true
    const [s, w] = at
    upos[t] = syntax.upos[w] ?? 'X'
    lemmas[t] = (syntax.lemmas[w] ?? tokens[t]!.norm).toLowerCase()
    relations[t] = syntax.relations[w] ?? 'dep'
    const head = syntax.heads[w] ?? -1
    const headToken = head < 0 ? undefined : tokenOf.get(`${s}:${head}`)
    heads[t] = headToken === undefined || headToken === t ? -1 : headToken
  }
  if (!parsed) return null
  return {upos, lemmas, heads, relations}
}

/** The preposition that marks a nominal (its `case` child), lower-cased, or null. */
export function caseOf(parse: EventParse, tokens: readonly EventToken[], i: number): string | null {
  const marker = dependents(parse, i, 'case').find((child) => child < i)
  return marker === undefined ? null : tokens[marker]!.norm
}

/**
 * Whether token `i` is a participle that modifies a noun (a reduced relative: "those arrested",
 * "protesters detained in the capital"). A noun that is the root of its sentence has no verb
 * but this one: the tagger read a headline-like clause ("Troops fired on protesters") as a noun
 * phrase, and the participle is the clause's verb.
 */
export function reducedRelative(parse: EventParse, i: number): boolean {
  if (parse.relations[i] !== 'acl') return false
  const governor = parse.heads[i]!
  return governor >= 0 && parse.heads[governor]! >= 0
}

/** The noun a clause's verb was misread as modifying (see {@link reducedRelative}), or -1. */
export function misreadSubject(parse: EventParse, i: number): number {
  if (parse.relations[i] !== 'acl') return -1
  const governor = parse.heads[i]!
  return governor >= 0 && parse.heads[governor]! < 0 ? governor : -1
}
