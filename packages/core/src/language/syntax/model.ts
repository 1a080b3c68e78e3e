import {finish} from './hash.js'
import {readModel, decodeBase64} from './model-format.js'
import {model as modelBase64} from './model-data.js'
import type {LemmaData} from './lemmatizer.js'
import {WeightTable, type CellTable, type HashMap32} from './weights.js'

/** The shipped tagger, parser and lemmatiser, decoded. */
export interface SyntaxModel {
  /** Universal part-of-speech tag of each tagger class. */
  tags: readonly string[]
  /** Penn Treebank tag of each tagger class (`VBN`), `_` when the model tags universal tags only. */
  xpos: readonly string[]
  /** Dependency relations with subtypes, by class. */
  labels: readonly string[]
  /** The class of `root`. */
  rootLabel: number
  tagger: WeightTable
  transitions: WeightTable | CellTable
  labeller: WeightTable
  /** Ambiguity classes of frequent words, by `finish(hash of the lower-cased form)`. */
  ambiguity: HashMap32
  lemma: LemmaData
  /** What the training run recorded. */
  meta: Record<string, unknown>
}

// The shipped model's source, as an object to key the memo on: the model is built from it
// once, on first use, and never changes.
const shipped: {readonly base64: string} = {base64: modelBase64}
const built = /* @__PURE__ */ new WeakMap<object, SyntaxModel>()

/** Build a model from its bytes (the shipped one, or one a training run just wrote). */
export function syntaxModelFrom(bytes: Uint8Array): SyntaxModel {
  const {header, tables, maps} = readModel(bytes)
  const table = (name: string): WeightTable => {
    const found = tables.get(name)
    if (!(found instanceof WeightTable)) throw new Error(`Syntax model lacks the ${name} table`)
    return found
  }
  const transitions = tables.get('transitions')
  if (!transitions) throw new Error('Syntax model lacks the transitions table')
  const ambiguity = maps.get('ambiguity')
  if (!ambiguity) throw new Error('Syntax model lacks the ambiguity dictionary')
  return {
    tags: header.tags.map((tag) => tag.split('|')[0]!),
    xpos: header.tags.map((tag) => tag.split('|')[1] ?? '_'),
    labels: header.labels,
    rootLabel: header.labels.indexOf('root'),
    tagger: table('tagger'),
    transitions,
    labeller: table('labeller'),
    ambiguity,
    lemma: header.lemma,
    meta: header.meta
  }
}

/** The shipped model, decoded on first use (a few milliseconds) and kept. */
export function syntaxModel(): SyntaxModel {
  let model = built.get(shipped)
  if (!model) built.set(shipped, (model = syntaxModelFrom(decodeBase64(shipped.base64))))
  return model
}

/** Ambiguity-class look-up for {@link wordBasis}. */
export function ambiguityLookup(model: SyntaxModel): (lower: number) => number {
  return (lower) => model.ambiguity.get(finish(lower), 0)
}
