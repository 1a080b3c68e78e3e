import type {Analysis, Sentence, Syntax} from './analysis.js'

/**
 * Reading a sentence's dependency parse by the block's token indices: the parse of the
 * sentence that holds a token, a word's dependents, and the stretch of words a phrase covers.
 *
 * > | Sen. Ann Roe , a member of the panel , said the plan failed .
 *       subject: Roe ←nsubj– said –ccomp→ failed
 *       phrase of Roe without its apposition: "Sen. Ann Roe"
 */

/** A sentence's parse, placed in its block: word `i` of the parse is block token `base + i`. */
export interface ParsedSentence {
  readonly sentence: Sentence
  readonly syntax: Syntax
  /** Block token index of the sentence's first word. */
  readonly base: number
}

/**
 * The parse of the sentence of block `block` that holds the token starting at `start`, or null
 * when there is no parser or no such sentence. Parses that sentence if no stage has yet.
 */
export function parsedSentenceAt(language: Analysis, block: number, blockTokens: readonly {start: number}[], start: number): ParsedSentence | null {
  const found = sentenceAt(language, block, blockTokens, start)
  const syntax = found?.sentence.syntax
  return found && syntax ? {sentence: found.sentence, syntax, base: found.base} : null
}

/** A sentence's part-of-speech tags, placed in its block as {@link ParsedSentence} places a parse. */
export interface TaggedSentence {
  readonly sentence: Sentence
  readonly tags: readonly string[]
  /** Block token index of the sentence's first word. */
  readonly base: number
}

/**
 * The part-of-speech tags of the sentence that holds the token starting at `start`, placed in
 * the block as {@link parsedSentenceAt} places a parse; tagging costs a fraction of a parse.
 */
export function taggedSentenceAt(language: Analysis, block: number, blockTokens: readonly {start: number}[], start: number): TaggedSentence | null {
  const found = sentenceAt(language, block, blockTokens, start)
  const tags = found?.sentence.tags
  return found && tags ? {sentence: found.sentence, tags, base: found.base} : null
}

/** The parse of a sentence whose tags were read first, with no second look-up. */
export function parseOf(tagged: TaggedSentence): ParsedSentence | null {
  const syntax = tagged.sentence.syntax
  return syntax ? {sentence: tagged.sentence, syntax, base: tagged.base} : null
}

function sentenceAt(language: Analysis, block: number, blockTokens: readonly {start: number}[], start: number): {sentence: Sentence; base: number} | null {
  const sentences = language.sentences(block)
  let low = 0
  let high = sentences.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const sentence = sentences[middle]!
    if (start < sentence.start) high = middle - 1
    else if (start >= sentence.end) low = middle + 1
    else {
      const words = sentence.tokens
      if (words.length === 0) return null
      const base = tokenIndexAt(blockTokens, words[0]!.start)
      return base < 0 ? null : {sentence, base}
    }
  }
  return null
}

function tokenIndexAt(tokens: readonly {start: number}[], start: number): number {
  let low = 0
  let high = tokens.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const at = tokens[middle]!.start
    if (at === start) return middle
    if (at < start) low = middle + 1
    else high = middle - 1
  }
  return -1
}

// The dependents of every word, built once per parse.
const dependentLists = new WeakMap<Syntax, number[][]>()

function dependentsOf(syntax: Syntax): number[][] {
  let lists = dependentLists.get(syntax)
  if (!lists) {
    lists = syntax.heads.map(() => [])
    syntax.heads.forEach((head, word) => {
      if (head >= 0 && head < lists!.length) lists![head]!.push(word)
    })
    dependentLists.set(syntax, lists)
  }
  return lists
}

/**
 * The dependents of word `head`, in sentence order; given `relations`, only those that stand in
 * one of them or one of their subtypes (`obl` finds `obl:agent`).
 */
export function dependents(syntax: Syntax, head: number, ...relations: string[]): readonly number[] {
  const all = dependentsOf(syntax)[head] ?? []
  return relations.length === 0 ? all : all.filter((word) => relations.some((relation) => hasRelation(syntax, word, relation)))
}

/** Whether word `word` stands in `relation` or one of its subtypes (`nsubj` for `nsubj:pass`). */
export function hasRelation(syntax: Syntax, word: number, relation: string): boolean {
  const value = syntax.relations[word] ?? ''
  return value === relation || (value.length > relation.length && value.charCodeAt(relation.length) === 58 && value.startsWith(relation))
}

/** The first dependent of `head` whose relation passes `test`, or -1. */
export function dependent(syntax: Syntax, head: number, test: (relation: string) => boolean): number {
  for (const child of dependents(syntax, head)) if (test(syntax.relations[child]!)) return child
  return -1
}

/**
 * The first and last word of the phrase headed by `head`: the word and everything below it,
 * leaving out the dependents of `head` that `skip` refuses (and what hangs below them). A
 * phrase is contiguous in a projective parse, so a left-out dependent in the middle of the
 * range stays inside it.
 */
export function phraseRange(syntax: Syntax, head: number, skip: (relation: string, word: number) => boolean = () => false): {from: number; to: number} {
  const lists = dependentsOf(syntax)
  let from = head
  let to = head
  const stack = (lists[head] ?? []).filter((child) => !skip(syntax.relations[child]!, child))
  // Each word has one head, so a tree's walk visits each word once; a parser's cycle stops it.
  for (let steps = 0; stack.length > 0 && steps < lists.length; steps++) {
    const word = stack.pop()!
    if (word < from) from = word
    if (word > to) to = word
    for (const child of lists[word] ?? []) stack.push(child)
  }
  return {from, to}
}
