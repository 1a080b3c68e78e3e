import {lemmaOf} from './lemmatizer.js'
import {ambiguityLookup, syntaxModel, type SyntaxModel} from './model.js'
import {parseWords} from './parser.js'
import {tagWords} from './tagger.js'
import {wordBasis, type WordBasis} from './words.js'

/**
 * Part-of-speech tags, lemmas and a labelled dependency parse for one sentence's words, from a
 * model trained on Universal Dependencies English treebanks (EWT and GUM) and shipped with the
 * package.
 *
 * > | The minister said talks had failed .
 *     DET NOUN     VERB NOUN  AUX VERB   PUNCT
 *     minister ←nsubj– said –ccomp→ failed
 */

/** The syntax of one sentence, word by word. */
export interface SentenceSyntax {
  /** Universal part-of-speech tag of each word (`NOUN`, `VERB`, `PROPN`, …). */
  upos: string[]
  /** Head of each word, 1-based (word `i` is `words[i - 1]`), 0 for the root, as in CoNLL-U. */
  heads: number[]
  /** Relation of each word to its head: universal relations with subtypes (`nsubj:pass`, `obl:tmod`). */
  relations: string[]
  /** Lemma of each word: "went" → "go", "children" → "child"; proper nouns as written. */
  lemmas: string[]
}

/**
 * Tag, lemmatise and parse one sentence. Any words are accepted (empty strings, long or odd
 * ones); the parse is a tree with exactly one word attached to the root.
 *
 * @param words The sentence's tokens, in order.
 * @param model A model other than the shipped one (for evaluation while training).
 */
export function parseSentence(words: readonly string[], model: SyntaxModel = syntaxModel()): SentenceSyntax {
  return tagSentence(words, model).parse()
}

/**
 * Tag one sentence, and keep what the parse needs: `parse()` finishes the sentence from the
 * same tags (it is {@link parseSentence}, split in two for a reader that may stop at the tags).
 */
export function tagSentence(words: readonly string[], model: SyntaxModel = syntaxModel()): {upos: string[]; parse(): SentenceSyntax} {
  const tagged = tag(words, model)
  return {
    upos: tagged.upos,
    parse: () => {
      const parse = parseTagged(tagged, model)
      const lemmas: string[] = []
      for (let index = 0; index < words.length; index++) {
        const word = words[index]
        lemmas.push(lemmaOf(model.lemma, typeof word === 'string' ? word : String(word), parse.upos[index]!))
      }
      return {...parse, lemmas}
    }
  }
}

/** The shipped tagger and parser as `parseArticle`'s `syntax` option: {@link parseSentence}, with {@link tagSentence} as its `tag`. */
export const shippedSyntax = /* @__PURE__ */ Object.assign((words: readonly string[]) => parseSentence(words), {
  tag: (words: readonly string[]) => tagSentence(words)
})

interface Tagged {
  readonly basis: WordBasis
  readonly tags: Uint8Array
  readonly upos: string[]
}

function tag(words: readonly string[], model: SyntaxModel): Tagged {
  if (!Array.isArray(words)) throw new TypeError(`Expected an array of words, not ${typeof words}`)
  const basis = wordBasis(words, ambiguityLookup(model))
  const tags = tagWords(basis, model.tagger)
  const upos: string[] = []
  for (let index = 0; index < words.length; index++) upos.push(model.tags[tags[index]!]!)
  return {basis, tags, upos}
}

function parseTagged({basis, tags, upos}: Tagged, model: SyntaxModel): {upos: string[]; heads: number[]; relations: string[]} {
  const {heads, labels} = parseWords(basis, tags, model.transitions, model.labeller, model.rootLabel)
  const relations: string[] = []
  for (let index = 0; index < labels.length; index++) relations.push(model.labels[labels[index]!] ?? 'dep')
  return {upos: [...upos], heads: Array.from(heads), relations}
}

/**
 * Tag and parse one sentence: universal part-of-speech tags, CoNLL-U heads (1-based, 0 for the
 * root) and relations.
 *
 * @example
 * tagAndParse(['Prices', 'rose', '.'])
 * // {upos: ['NOUN', 'VERB', 'PUNCT'], heads: [2, 0, 2], relations: ['nsubj', 'root', 'punct']}
 */
export function tagAndParse(words: readonly string[]): {upos: string[]; heads: number[]; relations: string[]} {
  const model = syntaxModel()
  return parseTagged(tag(words, model), model)
}

/** The lemma of `word` read as the universal tag `upos`. */
export function lemmatize(word: string, upos: string): string {
  return lemmaOf(syntaxModel().lemma, word, upos)
}

export {syntaxModel, syntaxModelFrom, type SyntaxModel} from './model.js'
