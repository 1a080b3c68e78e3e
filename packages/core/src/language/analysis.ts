import type {Block, Draft} from '../stage.js'
import type {Diagnostic} from '../schema/diagnostic.js'
import type {Span} from '../schema/span.js'
import {eventSentences, type EventSentence, type EventToken, type TriggerFacts} from './event-grammar.js'
import {scanBlocks, type Quotation} from './quotations.js'
import {sentenceSpans} from './sentences.js'
import {introducedBodies} from './speaker-phrase.js'
import {tokenize, type Token} from './tokens.js'

/**
 * The one analysis of an article's text, computed once per parse and shared by every stage:
 * the tokens and sentences of each block, the quotations, the sentences that can carry
 * events. Each part is computed on first use, so a pipeline that never asks for it never pays
 * for it.
 *
 * Stages reach it as `context.language`:
 *
 * ```ts
 * const {quotations} = context.language.quotations()
 * for (const sentence of context.language.sentences(blockIndex)) sentence.tokens
 * ```
 *
 * The analysis reads the draft's blocks when a part is first asked for: the anatomy stages
 * that cut and classify blocks run before any stage that reads it.
 */
export interface Analysis {
  /** The exact input. */
  readonly text: string
  /** The tokens of block `index` of the draft: words and punctuation marks with their spans. */
  tokens(index: number): readonly Token[]
  /** The sentences of block `index`, in text order, each with its tokens and lazy parse. */
  sentences(index: number): readonly Sentence[]
  /** The quotations of the article's own blocks, and the diagnostics about unbalanced marks. */
  quotations(): {readonly quotations: readonly Quotation[]; readonly diagnostics: readonly Diagnostic[]}
  /** The outermost quotations (depth 0), in text order and not overlapping. */
  outerQuotations(): readonly Quotation[]
  /** The names the text introduces as a company or a body ("oil firm Yukos"), lower-cased. */
  introducedBodies(): ReadonlySet<string>
  /** The sentences of the blocks that can carry events (prose, not the header or captions). */
  eventSentences(): readonly EventSentence[]
  /**
   * What the `events` stage found out about each trigger, keyed by the trigger's start offset,
   * for the event stages after it (modality, dates).
   */
  readonly triggerFacts: Map<number, TriggerFacts>
  /**
   * The parse of a headline's tokens, read by the headline reader from a copy of its words
   * told as prose; null without a parser or a reader.
   */
  parseHeadline(tokens: readonly EventToken[]): Syntax | null
}

/**
 * A sentence of a block: its span (the only own fields, so that it reads as a plain span), its
 * tokens and its syntactic parse, both computed on first use.
 */
export interface Sentence extends Span {
  /** Index of the block in `draft.blocks`. */
  readonly block: number
  /** Its tokens, cut from the block's tokens. */
  readonly tokens: readonly Token[]
  /**
   * Its syntactic analysis (universal POS tags and dependency arcs over `tokens`), computed
   * once and only for the sentences a stage asks about; null when the parse has no parser, and
   * for a "sentence" of more than 250 tokens (a list or a run-on that a parser reads poorly,
   * and whose parse would cost more than the rest of the article).
   */
  readonly syntax: Syntax | null
  /**
   * The universal POS tag of each token, the same as `syntax.upos`; null when `syntax` is.
   * Where the parser can tag without parsing, this costs a fraction of `syntax`, so a stage
   * can rule a sentence out by its tags before it asks for the parse.
   */
  readonly tags: readonly string[] | null
}

/** A dependency parse of a sentence's words: one entry per word in each list. */
export interface Syntax {
  /** Universal POS tags (`NOUN`, `VERB`, `PROPN`…). */
  readonly upos: readonly string[]
  /** Index of each word's head, -1 for the root. */
  readonly heads: readonly number[]
  /** Universal dependency relations (`nsubj`, `ccomp`…). */
  readonly relations: readonly string[]
  /** Lemma of each word ("said" → "say"); the lower-cased word when the parser gives none. */
  readonly lemmas: readonly string[]
}

/** What tags and parses the words of one sentence. */
export interface SyntaxParser {
  /** Tag and parse. */
  parse(words: readonly string[]): Syntax
  /** Tag alone, where the parser can; `parse()` finishes the same words from the tags. */
  tag: ((words: readonly string[]) => {readonly upos: readonly string[]; parse(): Syntax}) | null
}

/**
 * What parses a headline: given its tokens and a parser of any words, its parse, one entry per
 * token (`readHeadline` tells the headline as prose first).
 */
export type HeadlineReader = (tokens: readonly EventToken[], parseWords: (words: readonly string[]) => Syntax | null) => Syntax | null

/** What the analysis needs besides the text and the draft. */
export interface AnalysisOptions {
  /** The parser behind `Sentence.syntax`; without one, `syntax` is null. */
  syntax?: SyntaxParser | null
  /** What parses a headline; without one, or without a parser, a headline has no parse. */
  headlines?: HeadlineReader | null
}

/** Start the analysis of one parse. Nothing is computed until a stage asks for it. */
export function createAnalysis(text: string, draft: Readonly<Draft>, options: AnalysisOptions = {}): Analysis {
  return new TextAnalysis(text, draft, options.syntax ?? null, options.headlines ?? null)
}

class TextAnalysis implements Analysis {
  readonly text: string
  readonly triggerFacts = new Map<number, TriggerFacts>()
  readonly #draft: Readonly<Draft>
  readonly #syntax: SyntaxParser | null
  readonly #headlines: HeadlineReader | null
  readonly #tokens = new Map<number, Token[]>()
  readonly #sentences = new Map<number, Sentence[]>()
  #quotations: {quotations: Quotation[]; diagnostics: Diagnostic[]} | undefined
  #outer: Quotation[] | undefined
  #eventSentences: EventSentence[] | undefined
  #bodies: Set<string> | undefined

  constructor(text: string, draft: Readonly<Draft>, syntax: SyntaxParser | null, headlines: HeadlineReader | null) {
    this.text = text
    this.#draft = draft
    this.#syntax = syntax
    this.#headlines = headlines
  }

  tokens(index: number): Token[] {
    let tokens = this.#tokens.get(index)
    if (!tokens) {
      const block = this.#block(index)
      tokens = block ? tokenize(this.text, block.span.start, block.span.end) : []
      this.#tokens.set(index, tokens)
    }
    return tokens
  }

  sentences(index: number): Sentence[] {
    let sentences = this.#sentences.get(index)
    if (!sentences) {
      const block = this.#block(index)
      sentences = block
        ? sentenceSpans(this.text, block.span.start, block.span.end).map((span) => new BlockSentence(this, index, span, this.#syntax))
        : []
      this.#sentences.set(index, sentences)
    }
    return sentences
  }

  quotations(): {quotations: Quotation[]; diagnostics: Diagnostic[]} {
    return (this.#quotations ??= scanBlocks(this.text, this.#draft.blocks))
  }

  outerQuotations(): Quotation[] {
    return (this.#outer ??= this.quotations().quotations.filter((quotation) => quotation.depth === 0))
  }

  introducedBodies(): Set<string> {
    return (this.#bodies ??= introducedBodies(this.text))
  }

  eventSentences(): EventSentence[] {
    return (this.#eventSentences ??= eventSentences(this.text, this.#draft, (index) => this.tokens(index)))
  }

  parseHeadline(tokens: readonly EventToken[]): Syntax | null {
    const parser = this.#syntax
    if (!parser || !this.#headlines) return null
    return this.#headlines(tokens, (words) => {
      if (words.length > LONGEST_PARSED) return null
      const split = parserWords(words.map((text) => ({text})))
      return foldClitics(split, parser.parse(split.words))
    })
  }

  #block(index: number): Block | undefined {
    return this.#draft.blocks[index]
  }
}

class BlockSentence implements Sentence {
  readonly start: number
  readonly end: number
  readonly #analysis: TextAnalysis
  readonly #block: number
  readonly #parser: SyntaxParser | null
  #tokens: Token[] | undefined
  #syntax: Syntax | null | undefined
  #words: ParserWords | undefined
  #tagging: {readonly upos: readonly string[]; parse(): Syntax} | undefined
  #tags: readonly string[] | null | undefined

  constructor(analysis: TextAnalysis, block: number, span: Span, parser: SyntaxParser | null) {
    this.start = span.start
    this.end = span.end
    this.#analysis = analysis
    this.#block = block
    this.#parser = parser
  }

  get block(): number {
    return this.#block
  }

  get tokens(): Token[] {
    if (!this.#tokens) {
      const all = this.#analysis.tokens(this.#block)
      let from = 0
      while (from < all.length && all[from]!.start < this.start) from++
      let to = from
      while (to < all.length && all[to]!.end <= this.end) to++
      this.#tokens = all.slice(from, to)
    }
    return this.#tokens
  }

  get syntax(): Syntax | null {
    if (this.#syntax === undefined) {
      const parser = this.#parser
      if (!parser || this.tokens.length > LONGEST_PARSED) this.#syntax = null
      else {
        const words = this.#parserWords()
        this.#syntax = foldClitics(words, this.#tagging ? this.#tagging.parse() : parser.parse(words.words))
      }
    }
    return this.#syntax
  }

  get tags(): readonly string[] | null {
    if (this.#tags === undefined) {
      const parser = this.#parser
      if (this.#syntax !== undefined || !parser?.tag || this.tokens.length > LONGEST_PARSED) this.#tags = this.syntax?.upos ?? null
      else {
        const words = this.#parserWords()
        this.#tagging = parser.tag(words.words)
        this.#tags = firstParts(words, this.#tagging.upos)
      }
    }
    return this.#tags
  }

  #parserWords(): ParserWords {
    return (this.#words ??= parserWords(this.tokens))
  }
}

/** The longest sentence, in tokens, that is tagged and parsed (news sentences run to about 60). */
export const LONGEST_PARSED = 250

// A clitic glued to its word, as treebanks split it: "Russia’s" → "Russia" + "’s", "didn’t" →
// "did" + "n’t", "they're" → "they" + "'re". The parser learnt from split words; given "Russia’s"
// whole, it reads a verb.
const clitic = /^(\p{L}[\p{L}.'’-]*?)(n['’]t|['’](?:s|re|ve|ll|d|m))$/iu

/** A sentence's words as the parser reads them, and the token each word belongs to. */
interface ParserWords {
  readonly words: readonly string[]
  readonly owner: readonly number[]
}

/** The words of a sentence's tokens, each clitic split off for the parser. */
function parserWords(tokens: readonly {readonly text: string}[]): ParserWords {
  const words: string[] = []
  const owner: number[] = []
  for (let index = 0; index < tokens.length; index++) {
    const text = tokens[index]!.text
    const match = text.length > 2 ? clitic.exec(text) : null
    if (match && match[1]!.length > 0) {
      words.push(match[1]!, match[2]!)
      owner.push(index, index)
    } else {
      words.push(text)
      owner.push(index)
    }
  }
  return {words, owner}
}

/** Of a list with one entry per word, the entry of each token's first word. */
function firstParts<T>({owner}: ParserWords, values: readonly T[]): T[] {
  if (owner.length === 0 || owner[owner.length - 1] === owner.length - 1) return [...values]
  const out: T[] = []
  for (let word = 0; word < owner.length; word++) if (word === 0 || owner[word] !== owner[word - 1]) out.push(values[word]!)
  return out
}

/**
 * Fold the parse of split words back onto the tokens: a token takes the analysis of its first
 * part, and what depended on a clitic depends on it.
 */
function foldClitics({words, owner}: ParserWords, parse: Syntax): Syntax {
  if (words.length === owner[owner.length - 1]! + 1 || words.length === 0) return parse
  const heads = Array.from(parse.heads)
  // Fold each clitic into the first part of its token.
  for (let word = 1; word < words.length; word++) {
    if (owner[word] !== owner[word - 1]) continue
    const first = firstPart(owner, word)
    for (let other = 0; other < heads.length; other++) {
      if (heads[other] !== word) continue
      heads[other] = other === first ? heads[word]! : first
    }
    if (heads[first] === first) heads[first] = heads[word]!
  }
  const upos: string[] = []
  const tokenHeads: number[] = []
  const relations: string[] = []
  const lemmas: string[] = []
  for (let word = 0; word < words.length; word++) {
    if (word > 0 && owner[word] === owner[word - 1]) continue
    const head = heads[word]!
    upos.push(parse.upos[word]!)
    tokenHeads.push(head < 0 || head >= owner.length ? -1 : owner[head]!)
    relations.push(parse.relations[word]!)
    lemmas.push(parse.lemmas[word]!)
  }
  // A head inside the same token (a clitic pointing at its own word) becomes the token's root link.
  for (let token = 0; token < tokenHeads.length; token++) if (tokenHeads[token] === token) tokenHeads[token] = -1
  return {upos, heads: tokenHeads, relations, lemmas}
}

function firstPart(owner: readonly number[], word: number): number {
  let first = word
  while (first > 0 && owner[first - 1] === owner[word]) first--
  return first
}
