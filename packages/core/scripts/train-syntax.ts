/**
 * Train the part-of-speech tagger, the dependency parser and the lemmatiser that core ships,
 * from Universal Dependencies English (EWT and GUM train; EWT dev for the figures printed).
 *
 *     pnpm train:syntax                 # writes src/language/syntax/model-data.ts and its manifest
 *     pnpm train:syntax -- --quick      # fewer iterations, for a look
 *
 * Deterministic: a fixed seed shuffles the sentences, and the same data gives the same bytes.
 */
import {createHash} from 'node:crypto'
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {gzipSync} from 'node:zlib'
import {deserialize, serialize} from 'node:v8'
import {finish} from '../src/language/syntax/hash.js'
import {lemmaOf, type LemmaData} from '../src/language/syntax/lemmatizer.js'
import {MAGIC, type ModelHeader} from '../src/language/syntax/model-format.js'
import {syntaxModelFrom} from '../src/language/syntax/model.js'
import {cellCodebook} from '../src/language/syntax/weights.js'
import {parseSentence} from '../src/language/syntax/index.js'
import {
  LABEL_FEATURES,
  LEFT,
  PARSER_FEATURES,
  ParseState,
  RIGHT,
  SHIFT,
  labelFeatures,
  parserFeatures
} from '../src/language/syntax/parser.js'
import {TAGGER_FEATURES, TAG_START, TAG_START2, tagWords, taggerFeatures} from '../src/language/syntax/tagger.js'
import {normalizeWord, wordBasis, type WordBasis} from '../src/language/syntax/words.js'
import {hashText} from '../src/language/syntax/hash.js'
import {readConllu, type Sentence} from './conllu.js'

const here = dirname(fileURLToPath(import.meta.url))
const core = existsSync(join(here, '../src')) ? resolve(here, '..') : resolve(here, '../../..')
const corpora = resolve(core, '../../../shared/corpora/ud-english')
const out = join(core, 'src/language/syntax')
const args = new Set(process.argv.slice(2))
const quick = args.has('--quick')
const noWrite = args.has('--no-write')
function option(name: string, fallback: string): string {
  return process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback
}

const settings = {
  seed: Number(option('seed', '20251205')),
  taggerIterations: Number(option('tagger-iterations', quick ? '3' : '6')),
  parserIterations: Number(option('parser-iterations', quick ? '4' : '12')),
  folds: 4,
  exploreAfter: 1,
  explore: Number(option('explore', '0.9')),
  ambiguityMinCount: 3,
  ambiguityMinShare: 0.05,
  /** Features whose weights all stay below this are dropped. */
  minWeight: 0.05,
  /** Tag with pairs of universal and Penn Treebank tags (`AUX|VBD`), each seen this often. */
  joint: !args.has('--upos-only'),
  jointMinCount: 3,
  /** The parser's moves are scored from a table of 2^transitionBits cells (0: a keyed table). */
  transitionBits: Number(option('bits', '18')),
  /** Most features kept per table, strongest first (the rest barely move a score). */
  budget: {tagger: Number(option('tagger', '70000')), transitions: Number(option('transitions', '190000')), labeller: Number(option('labeller', '20000'))} as Record<string, number>
}

const UPOS = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X']

function log(line: string): void {
  process.stderr.write(`train-syntax: ${line}\n`)
}

// ---------------------------------------------------------------------------------------------
// Seeded randomness.

function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let index = items.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1))
    const swap = items[index]!
    items[index] = items[other]!
    items[other] = swap
  }
  return items
}

// ---------------------------------------------------------------------------------------------
// An averaged perceptron with lazily created rows (the averaging trick: w - u / t).

class KeyIndex {
  keys = new Int32Array(1 << 16)
  rows = new Int32Array(1 << 16)
  size = 0
  private mask = (1 << 16) - 1

  get(key: number): number {
    const {keys, mask} = this
    let slot = key & mask
    for (;;) {
      const found = keys[slot]!
      if (found === key) return this.rows[slot]!
      if (found === 0) return -1
      slot = (slot + 1) & mask
    }
  }

  add(key: number, row: number): void {
    if (this.size * 2 >= this.keys.length) this.grow()
    let slot = key & this.mask
    while (this.keys[slot] !== 0) slot = (slot + 1) & this.mask
    this.keys[slot] = key
    this.rows[slot] = row
    this.size++
  }

  private grow(): void {
    const {keys, rows} = this
    this.keys = new Int32Array(keys.length * 2)
    this.rows = new Int32Array(keys.length * 2)
    this.mask = this.keys.length - 1
    this.size = 0
    for (let slot = 0; slot < keys.length; slot++) if (keys[slot] !== 0) this.add(keys[slot]!, rows[slot]!)
  }

  *entries(): Generator<[number, number]> {
    for (let slot = 0; slot < this.keys.length; slot++) if (this.keys[slot] !== 0) yield [this.keys[slot]!, this.rows[slot]!]
  }
}

class TrainTable {
  readonly classes: number
  readonly index = new KeyIndex()
  w: Float32Array
  u: Float32Array
  rows = 0
  time = 1

  constructor(classes: number) {
    this.classes = classes
    this.w = new Float32Array(classes * 65536)
    this.u = new Float32Array(classes * 65536)
  }

  score(features: Int32Array, count: number, scores: Float64Array): void {
    scores.fill(0)
    const {classes, w} = this
    for (let index = 0; index < count; index++) {
      const row = this.index.get(features[index]!)
      if (row === -1) continue
      const base = row * classes
      for (let c = 0; c < classes; c++) scores[c]! += w[base + c]!
    }
  }

  private row(key: number): number {
    let row = this.index.get(key)
    if (row === -1) {
      row = this.rows++
      this.index.add(key, row)
      if (this.rows * this.classes > this.w.length) {
        const w = new Float32Array(this.w.length * 2)
        w.set(this.w)
        this.w = w
        const u = new Float32Array(this.u.length * 2)
        u.set(this.u)
        this.u = u
      }
    }
    return row
  }

  update(features: Int32Array, count: number, good: number, bad: number): void {
    const {classes, time} = this
    for (let index = 0; index < count; index++) {
      const base = this.row(features[index]!) * classes
      this.w[base + good]! += 1
      this.u[base + good]! += time
      this.w[base + bad]! -= 1
      this.u[base + bad]! -= time
    }
  }

  /** Averaged weights, as [keys, rows]. */
  averaged(): {keys: Int32Array; rows: Float32Array} {
    const keys = new Int32Array(this.rows)
    const rows = new Float32Array(this.rows * this.classes)
    for (const [key, row] of this.index.entries()) {
      keys[row] = key
      for (let c = 0; c < this.classes; c++) {
        const at = row * this.classes + c
        rows[at] = this.w[at]! - this.u[at]! / this.time
      }
    }
    return {keys, rows}
  }
}

/** A float model at evaluation time inside training (for jackknifing). */
interface FloatTable {
  classes: number
  map: KeyIndex
  rows: Float32Array
}

function floatTable(table: TrainTable): FloatTable {
  const {keys, rows} = table.averaged()
  const map = new KeyIndex()
  keys.forEach((key, row) => map.add(key, row))
  return {classes: table.classes, map, rows}
}

function scoreFloat(table: FloatTable, features: Int32Array, count: number, scores: Float64Array): void {
  scores.fill(0)
  for (let index = 0; index < count; index++) {
    const row = table.map.get(features[index]!)
    if (row === -1) continue
    const base = row * table.classes
    for (let c = 0; c < table.classes; c++) scores[c]! += table.rows[base + c]!
  }
}

// ---------------------------------------------------------------------------------------------
// Data.

interface Example {
  sentence: Sentence
  basis: WordBasis
  tags: Uint8Array
  /** Tags predicted by a tagger that did not see this sentence. */
  predicted: Uint8Array
  labels: Int32Array
}

function ambiguityClasses(sentences: Sentence[]): Map<number, number> {
  const counts = new Map<number, Map<number, number>>()
  for (const sentence of sentences) {
    sentence.words.forEach((word, index) => {
      const key = finish(hashText(normalizeWord(word)))
      let tags = counts.get(key)
      if (!tags) counts.set(key, (tags = new Map()))
      const tag = UPOS.indexOf(sentence.upos[index]!)
      tags.set(tag, (tags.get(tag) ?? 0) + 1)
    })
  }
  const classes = new Map<number, number>()
  for (const [key, tags] of counts) {
    let total = 0
    for (const count of tags.values()) total += count
    if (total < settings.ambiguityMinCount) continue
    let mask = 0
    for (const [tag, count] of tags) if (count / total >= settings.ambiguityMinShare) mask |= 1 << tag
    classes.set(key, mask)
  }
  return classes
}

// ---------------------------------------------------------------------------------------------
// Tagger.

/** The tagger's classes: a universal tag with a Penn Treebank tag (`VERB|VBN`), or the universal tag alone. */
let TAGS: string[] = []

function tagClasses(sentences: Sentence[]): {tags: string[]; classOf: (upos: string, xpos: string) => number} {
  if (!settings.joint) return {tags: UPOS, classOf: (upos) => Math.max(0, UPOS.indexOf(upos))}
  const counts = new Map<string, number>()
  for (const sentence of sentences) sentence.upos.forEach((upos, index) => counts.set(`${upos}|${sentence.xpos[index]}`, (counts.get(`${upos}|${sentence.xpos[index]}`) ?? 0) + 1))
  const kept = [...counts].filter(([, count]) => count >= settings.jointMinCount).sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([name]) => name)
  // Every universal tag keeps a class, its commonest pair.
  const commonest = new Map<string, string>()
  for (const upos of UPOS) {
    const best = [...counts].filter(([name]) => name.startsWith(upos + '|')).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]
    const name = best?.[0] ?? `${upos}|_`
    commonest.set(upos, name)
    if (!kept.includes(name)) kept.push(name)
  }
  kept.sort()
  return {tags: kept, classOf: (upos, xpos) => {
    const at = kept.indexOf(`${upos}|${xpos}`)
    return at !== -1 ? at : kept.indexOf(commonest.get(upos) ?? `${UPOS[0]}|_`)
  }}
}

function trainTagger(examples: Example[], iterations: number, random: () => number): TrainTable {
  const table = new TrainTable(TAGS.length)
  const features = new Int32Array(TAGGER_FEATURES)
  const scores = new Float64Array(TAGS.length)
  const order = examples.slice()
  for (let iteration = 0; iteration < iterations; iteration++) {
    shuffle(order, random)
    let correct = 0
    let total = 0
    for (const example of order) {
      let previous = TAG_START
      let previous2 = TAG_START2
      for (let index = 0; index < example.basis.length; index++) {
        const count = taggerFeatures(example.basis, index, previous, previous2, features)
        table.score(features, count, scores)
        let best = 0
        for (let c = 1; c < scores.length; c++) if (scores[c]! > scores[best]!) best = c
        const gold = example.tags[index]!
        if (best !== gold) table.update(features, count, gold, best)
        else correct++
        total++
        table.time++
        previous2 = previous
        previous = best
      }
    }
    log(`tagger iteration ${iteration + 1}: ${((100 * correct) / total).toFixed(2)}% on train`)
  }
  return table
}

// The training weights, tagged with the same greedy loop as the shipped model.
function tagFloat(table: FloatTable, basis: WordBasis): Uint8Array {
  return tagWords(basis, {classes: table.classes, score: (features, count, scores) => scoreFloat(table, features, count, scores)})
}

// ---------------------------------------------------------------------------------------------
// Parser, with the arc-hybrid dynamic oracle (Goldberg and Nivre 2013).

function costs(state: ParseState, gold: ArrayLike<number>, out: Int32Array): void {
  const {stack, depth, front, length} = state
  const s0 = stack[depth - 1]!
  const s1 = depth >= 2 ? stack[depth - 2]! : -1
  // Dependents of s0 still in the buffer are lost by either reduction.
  let bufferChildren = 0
  if (depth >= 2) for (let word = front; word <= length; word++) if (gold[word] === s0) bufferChildren++
  out[SHIFT] = 0
  if (state.valid(SHIFT)) {
    const b = front
    let cost = 0
    for (let index = 0; index < depth; index++) {
      const item = stack[index]!
      if (item !== s0 && gold[b] === item) cost++
      if (item > 0 && gold[item] === b) cost++
    }
    out[SHIFT] = cost
  }
  if (state.valid(LEFT)) {
    const head = gold[s0]!
    out[LEFT] = bufferChildren + (head !== front && (head === s1 || head > front) ? 1 : 0)
  }
  if (state.valid(RIGHT)) {
    const head = gold[s0]!
    out[RIGHT] = bufferChildren + (head >= front && front <= length ? 1 : 0)
  }
}

function trainParser(examples: Example[], labels: string[], iterations: number, random: () => number): {transitions: TrainTable; labeller: TrainTable} {
  const transitions = new TrainTable(3)
  const labeller = new TrainTable(labels.length)
  const rootLabel = labels.indexOf('root')
  const features = new Int32Array(PARSER_FEATURES)
  const labelFeaturesOut = new Int32Array(LABEL_FEATURES)
  const scores = new Float64Array(3)
  const labelScores = new Float64Array(labels.length)
  const cost = new Int32Array(3)
  const order = examples.slice()
  for (let iteration = 0; iteration < iterations; iteration++) {
    shuffle(order, random)
    let moves = 0
    let wrong = 0
    let arcs = 0
    let rightArcs = 0
    for (const example of order) {
      const gold = example.sentence.heads
      const state = new ParseState(example.basis, example.predicted)
      while (!state.done) {
        const count = parserFeatures(state, features)
        transitions.score(features, count, scores)
        costs(state, gold, cost)
        let predicted = -1
        let best = -1
        let least = Infinity
        for (let move = 0; move < 3; move++) if (state.valid(move) && cost[move]! < least) least = cost[move]!
        for (let move = 0; move < 3; move++) {
          if (!state.valid(move)) continue
          if (predicted === -1 || scores[move]! > scores[predicted]!) predicted = move
          if (cost[move] === least && (best === -1 || scores[move]! > scores[best]!)) best = move
        }
        moves++
        if (cost[predicted]! > least) {
          wrong++
          transitions.update(features, count, best, predicted)
        }
        transitions.time++
        const move = iteration >= settings.exploreAfter && random() < settings.explore ? predicted : best
        let label = 0
        if (move !== SHIFT) {
          const [head, dependent] = state.arc(move)
          if (head === 0) label = rootLabel
          else {
            const n = labelFeatures(state, head, dependent, labelFeaturesOut)
            labeller.score(labelFeaturesOut, n, labelScores)
            let guess = rootLabel === 0 ? 1 : 0
            for (let c = 0; c < labels.length; c++) if (c !== rootLabel && labelScores[c]! > labelScores[guess]!) guess = c
            label = guess
            if (gold[dependent] === head) {
              const goldLabel = example.labels[dependent]!
              arcs++
              if (guess !== goldLabel) labeller.update(labelFeaturesOut, n, goldLabel, guess)
              else rightArcs++
              labeller.time++
              label = goldLabel
            }
          }
        }
        state.apply(move, label)
      }
    }
    log(`parser iteration ${iteration + 1}: ${((100 * wrong) / moves).toFixed(2)}% costly moves, labels ${((100 * rightArcs) / arcs).toFixed(2)}%`)
  }
  return {transitions, labeller}
}

// ---------------------------------------------------------------------------------------------
// Lemmas.

function learnLemmas(sentences: Sentence[]): LemmaData {
  const longest = 5
  // Type counts of (tag, form, lemma).
  const types = new Map<string, number>()
  for (const sentence of sentences) {
    sentence.words.forEach((word, index) => {
      const tag = sentence.upos[index]!
      if (tag === 'PROPN') return
      const lemma = sentence.lemmas[index]!
      const key = `${tag} ${word.toLowerCase().replace(/\u2019/g, "'")} ${tag === 'PROPN' ? lemma : lemma.toLowerCase()}`
      types.set(key, (types.get(key) ?? 0) + 1)
    })
  }
  // Most frequent lemma of each (tag, form).
  const best = new Map<string, [string, number]>()
  for (const [key, count] of types) {
    const [tag, form, lemma] = key.split(' ') as [string, string, string]
    const formKey = `${tag} ${form}`
    const seen = best.get(formKey)
    if (!seen || count > seen[1] || (count === seen[1] && lemma < seen[0])) best.set(formKey, [lemma, count])
  }
  const ruleCounts = new Map<string, Map<string, number>>()
  for (const [formKey, [lemma]] of best) {
    const [tag, form] = formKey.split(' ') as [string, string]
    let prefix = 0
    while (prefix < form.length && prefix < lemma.length && form[prefix] === lemma[prefix]) prefix++
    const rule = `${form.length - prefix} ${lemma.slice(prefix)}`
    for (let length = 0; length <= Math.min(longest, form.length - 1); length++) {
      const key = `${tag} ${form.slice(form.length - length)}`
      let counts = ruleCounts.get(key)
      if (!counts) ruleCounts.set(key, (counts = new Map()))
      counts.set(rule, (counts.get(rule) ?? 0) + 1)
    }
  }
  const rules: LemmaData['rules'] = {}
  const sortedKeys = [...ruleCounts.keys()].sort((a, b) => a.length - b.length || (a < b ? -1 : 1))
  const chosen = new Map<string, string>()
  for (const key of sortedKeys) {
    const counts = ruleCounts.get(key)!
    let top = ''
    let topCount = 0
    let total = 0
    for (const [rule, count] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      total += count
      if (count > topCount) {
        top = rule
        topCount = count
      }
    }
    const [tag, suffix] = key.split(' ') as [string, string]
    // A suffix earns a rule when it is seen often and differs from its parent's.
    const parent = suffix.length === 0 ? undefined : chosen.get(`${tag} ${suffix.slice(1)}`) ?? inherited(chosen, tag, suffix.slice(1))
    if (suffix.length > 0 && (topCount < 3 || top === parent)) continue
    chosen.set(key, top)
    const [strip, append] = top.split(' ') as [string, string]
    ;(rules[tag] ??= {})[suffix] = [Number(strip), append ?? '']
    void total
  }
  const data: LemmaData = {rules, exceptions: {}, longest}
  for (const [formKey, [lemma, count]] of best) {
    const [tag, form] = formKey.split(' ') as [string, string]
    if (lemmaOf(data, form, tag) === lemma) continue
    if (count < 2 && tag !== 'VERB' && tag !== 'AUX' && tag !== 'PRON') continue
    data.exceptions[formKey] = lemma
  }
  return data
}

function inherited(chosen: Map<string, string>, tag: string, suffix: string): string | undefined {
  for (let length = suffix.length; length >= 0; length--) {
    const rule = chosen.get(`${tag} ${suffix.slice(suffix.length - length)}`)
    if (rule !== undefined) return rule
  }
  return undefined
}

// ---------------------------------------------------------------------------------------------
// Quantise and write.

interface Quantised {
  keys: Int32Array
  scaleBytes: Uint8Array
  lengths: Uint8Array
  targets: Uint8Array
  weights: Int8Array
  minLog: number
  maxLog: number
}

/**
 * Keep the `budget` strongest features (by their largest weight) and store each as its
 * non-zero int8 weights times a per-feature scale on a log scale.
 */
/** Averaged float weights of a trained table. */
interface Averaged {
  keys: Int32Array
  rows: Float32Array
  classes: number
}

/**
 * The `budget` strongest features of a table, strongest first, as [key, row, strength]; a
 * feature's strength is its largest weight, and one below `minWeight` is left out.
 */
function strongest(table: Averaged, budget: number): Array<[number, number, number]> {
  const {keys, rows, classes} = table
  const kept: Array<[number, number, number]> = []
  for (let row = 0; row < keys.length; row++) {
    let strength = 0
    for (let c = 0; c < classes; c++) strength = Math.max(strength, Math.abs(rows[row * classes + c]!))
    if (strength > settings.minWeight) kept.push([keys[row]! >>> 0, row, strength])
  }
  return kept.sort((a, b) => b[2] - a[2] || a[0] - b[0]).slice(0, budget)
}

/**
 * The log scale's ends for magnitudes `values` (0 and 1 when there are none, a span of 1 when
 * they are one), rounded to float32 so that the reader, which computes in float64 from the
 * header, agrees.
 */
function logRange(values: Iterable<number>): {minLog: number; maxLog: number} {
  let minLog = Infinity
  let maxLog = -Infinity
  for (const value of values) {
    minLog = Math.min(minLog, Math.log(value))
    maxLog = Math.max(maxLog, Math.log(value))
  }
  if (!Number.isFinite(minLog)) minLog = maxLog = 0
  if (maxLog === minLog) maxLog = minLog + 1
  return {minLog: Math.fround(minLog), maxLog: Math.fround(maxLog)}
}

function quantise(table: Averaged, budget: number, dense: boolean): Quantised {
  const {rows, classes} = table
  const kept = strongest(table, budget).sort((a, b) => a[0] - b[0])
  const {minLog, maxLog} = logRange(kept.map(([, , strength]) => strength))
  const step = (maxLog - minLog) / 255
  const outKeys = new Int32Array(kept.length)
  const scaleBytes = new Uint8Array(kept.length)
  const lengths = new Uint8Array(kept.length)
  const targets: number[] = []
  const weights: number[] = []
  kept.forEach(([key, row, strength], index) => {
    outKeys[index] = key | 0
    // Round the scale up, so that the largest weight stays within 127.
    const level = Math.min(255, Math.ceil((Math.log(strength) - minLog) / step - 1e-9))
    scaleBytes[index] = level
    const unit = Math.exp(minLog + level * step) / 127
    let length = 0
    for (let c = 0; c < classes; c++) {
      const q = Math.max(-127, Math.min(127, Math.round(rows[row * classes + c]! / unit)))
      if (q === 0 && !dense) continue
      targets.push(c)
      weights.push(q)
      length++
    }
    lengths[index] = length
  })
  return {keys: outKeys, scaleBytes, lengths, targets: Uint8Array.from(targets), weights: Int8Array.from(weights), minLog, maxLog}
}

/** A cell table as shipped: four bytes a cell (see `CellTable`). */
interface QuantisedCells {
  kind: 'cells'
  cells: Uint8Array
  count: number
  /** Features kept, and features left out because a probe would stop at another's cell. */
  kept: number
  shadowed: number
  minLog: number
  maxLog: number
}

/**
 * Place the `budget` strongest features of a table of at most three classes in 2^bits cells,
 * strongest first, as `CellTable` reads them. Weights are coded on a log scale from the
 * smallest kept magnitude (at least `minWeight / 4`) to the largest; smaller ones become 0.
 */
function quantiseCells(table: Averaged, budget: number, bits: number): QuantisedCells {
  const {rows, classes} = table
  const size = 1 << bits
  const kept = strongest(table, Math.min(budget, Math.floor(size * 0.75)))
  const floor = settings.minWeight / 4
  const {minLog, maxLog} = logRange(
    kept.flatMap(([, row]) => Array.from(rows.subarray(row * classes, (row + 1) * classes), Math.abs).filter((magnitude) => magnitude >= floor))
  )
  const codebook = cellCodebook(minLog, maxLog)
  // The nearest code to a weight, by binary search over the positive magnitudes.
  const code = (weight: number): number => {
    const magnitude = Math.abs(weight)
    if (magnitude < floor) return 0
    let low = 1
    let high = 127
    while (low < high) {
      const middle = (low + high) >> 1
      if (codebook[middle]! < magnitude) low = middle + 1
      else high = middle
    }
    if (low > 1 && magnitude - codebook[low - 1]! < codebook[low]! - magnitude) low--
    return weight < 0 ? low | 128 : low
  }
  const cells = new Uint8Array(size * 4)
  const shift = 32 - bits
  let shadowed = 0
  let placed = 0
  for (const [key, row] of kept) {
    const print = key & 255 || 1
    let slot = key >>> shift
    let blocked = false
    while (cells[slot * 4] !== 0) {
      if (cells[slot * 4] === print) {
        blocked = true
        break
      }
      slot = (slot + 1) & (size - 1)
    }
    if (blocked) {
      shadowed++
      continue
    }
    cells[slot * 4] = print
    for (let c = 0; c < classes; c++) cells[slot * 4 + 1 + c] = code(rows[row * classes + c]!)
    placed++
  }
  return {kind: 'cells', cells, count: size, kept: placed, shadowed, minLog, maxLog}
}

function varint(bytes: number[], value: number): void {
  while (value >= 0x80) {
    bytes.push((value & 0x7f) | 0x80)
    value = Math.floor(value / 128)
  }
  bytes.push(value)
}

function writeModel(header: ModelHeader, tables: Array<Quantised | QuantisedCells>, maps: Array<{keys: Int32Array; values: Int32Array}>): Uint8Array {
  const headerBytes = new TextEncoder().encode(JSON.stringify(header))
  const parts: Uint8Array[] = []
  const head = new Uint8Array(8)
  head.set(MAGIC)
  new DataView(head.buffer).setUint32(4, headerBytes.length, true)
  parts.push(head, headerBytes)
  const writeKeys = (keys: Int32Array): void => {
    const bytes: number[] = []
    let previous = 0
    for (const key of keys) {
      varint(bytes, (key >>> 0) - previous)
      previous = key >>> 0
    }
    parts.push(Uint8Array.from(bytes))
  }
  for (const table of tables) {
    if ('kind' in table) {
      parts.push(table.cells)
      continue
    }
    writeKeys(table.keys)
    parts.push(table.scaleBytes, table.lengths, table.targets, new Uint8Array(table.weights.buffer, table.weights.byteOffset, table.weights.length))
  }
  for (const map of maps) {
    writeKeys(map.keys)
    const bytes: number[] = []
    for (const value of map.values) varint(bytes, value >>> 0)
    parts.push(Uint8Array.from(bytes))
  }
  const total = parts.reduce((sum, part) => sum + part.length, 0)
  const out = new Uint8Array(total)
  let offset = 0
  for (const part of parts) {
    out.set(part, offset)
    offset += part.length
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// Evaluation of the written model.

function evaluate(name: string, sentences: Sentence[], model: ReturnType<typeof syntaxModelFrom>): Record<string, number> {
  let tokens = 0
  let upos = 0
  let uas = 0
  let las = 0
  let lasFull = 0
  let lemmas = 0
  let lemmaTotal = 0
  const start = performance.now()
  for (const sentence of sentences) {
    const parse = parseSentence(sentence.words, model)
    sentence.words.forEach((_, index) => {
      tokens++
      if (parse.upos[index] === sentence.upos[index]) upos++
      if (parse.heads[index] === sentence.heads[index + 1]) {
        uas++
        const relation = parse.relations[index]!
        const gold = sentence.deprels[index]!
        if (relation.split(':')[0] === gold.split(':')[0]) las++
        if (relation === gold) lasFull++
      }
      const tag = sentence.upos[index]!
      if (tag === 'NOUN' || tag === 'VERB' || tag === 'AUX') {
        lemmaTotal++
        if (lemmaOf(model.lemma, sentence.words[index]!, tag) === sentence.lemmas[index]!.toLowerCase()) lemmas++
      }
    })
  }
  const seconds = (performance.now() - start) / 1000
  const figures = {
    upos: (100 * upos) / tokens,
    uas: (100 * uas) / tokens,
    las: (100 * las) / tokens,
    lasFull: (100 * lasFull) / tokens,
    lemmaNounVerb: (100 * lemmas) / lemmaTotal,
    tokensPerSecond: tokens / seconds
  }
  log(`${name}: UPOS ${figures.upos.toFixed(2)} UAS ${figures.uas.toFixed(2)} LAS ${figures.las.toFixed(2)} (full ${figures.lasFull.toFixed(2)}) lemmas ${figures.lemmaNounVerb.toFixed(2)} — ${Math.round(figures.tokensPerSecond)} tokens/s`)
  return figures
}

// ---------------------------------------------------------------------------------------------

function main(): void {
  const started = performance.now()
  const trainFiles = ['ewt/train.conllu', 'gum/train.conllu'].map((file) => join(corpora, file))
  for (const file of trainFiles) {
    if (!existsSync(file)) {
      log(`missing ${file}: the treebanks are read from ../shared/corpora/ud-english beside the repository`)
      process.exit(1)
    }
  }
  const sources = trainFiles.map((file) => readFileSync(file, 'utf8'))
  const sentences = sources.flatMap((text) => readConllu(text))
  log(`${sentences.length} training sentences, ${sentences.reduce((sum, s) => sum + s.words.length, 0)} tokens`)
  const random = mulberry32(settings.seed)

  const ambiguity = ambiguityClasses(sentences)
  const lookup = (lower: number): number => ambiguity.get(finish(lower)) ?? 0
  const labelSet = new Set<string>()
  for (const sentence of sentences) for (const relation of sentence.deprels) labelSet.add(relation)
  const labels = [...labelSet].sort()
  const classes = tagClasses(sentences)
  TAGS = classes.tags
  log(`${TAGS.length} tag classes`)
  const examples: Example[] = sentences.map((sentence) => ({
    sentence,
    basis: wordBasis(sentence.words, lookup),
    tags: Uint8Array.from(sentence.upos, (tag, index) => classes.classOf(tag, sentence.xpos[index]!)),
    predicted: new Uint8Array(sentence.words.length),
    labels: Int32Array.from(['root', ...sentence.deprels], (relation) => labels.indexOf(relation))
  }))

  // `--tagger-only` (for trying tagger settings): train the tagger on everything and print its
  // UPOS accuracy on EWT dev, before pruning; writes nothing.
  if (args.has('--tagger-only')) {
    const table = floatTable(trainTagger(examples, settings.taggerIterations, random))
    const dev = readConllu(readFileSync(join(corpora, 'ewt/dev.conllu'), 'utf8'))
    let right = 0
    let total = 0
    for (const sentence of dev) {
      const tags = tagFloat(table, wordBasis(sentence.words, lookup))
      sentence.upos.forEach((gold, index) => {
        total++
        if (TAGS[tags[index]!]!.split('|')[0] === gold) right++
      })
    }
    log(`tagger alone, unpruned: EWT dev UPOS ${((100 * right) / total).toFixed(2)}`)
    return
  }
  // The averaged float weights are kept in a cache, so that `--requantise` can try other budgets
  // without training again.
  const cacheFile = join(core, 'node_modules/.cache/train-syntax/averaged.bin')
  const requantise = args.has('--requantise') && existsSync(cacheFile)
  // `--parser-only` (for trying parser settings): the tagger and the jackknifed tags of the last
  // full run, from the cache. Its randomness differs from a full run's, so a model to ship
  // comes from a full run.
  const tagsFile = join(core, 'node_modules/.cache/train-syntax/tagged.bin')
  const parserOnly = !requantise && args.has('--parser-only') && existsSync(tagsFile)
  let cachedTagger: Averaged | undefined
  if (parserOnly) {
    const cached = deserialize(readFileSync(tagsFile)) as {predicted: Uint8Array[]; tagger: Averaged}
    examples.forEach((example, index) => (example.predicted = cached.predicted[index]!))
    cachedTagger = cached.tagger
  }
  // Jackknife: each fold is tagged by a tagger trained on the others.
  for (let fold = 0; fold < (requantise || parserOnly ? 0 : settings.folds); fold++) {
    const train = examples.filter((_, index) => index % settings.folds !== fold)
    const held = examples.filter((_, index) => index % settings.folds === fold)
    const table = floatTable(trainTagger(train, settings.taggerIterations, random))
    let right = 0
    let total = 0
    for (const example of held) {
      example.predicted = tagFloat(table, example.basis)
      example.predicted.forEach((tag, index) => {
        total++
        if (tag === example.tags[index]) right++
      })
    }
    log(`fold ${fold + 1}/${settings.folds}: held-out tagging ${((100 * right) / total).toFixed(2)}%`)
  }
  let averaged: {tagger: Averaged; transitions: Averaged; labeller: Averaged}
  if (requantise) {
    averaged = deserialize(readFileSync(cacheFile)) as typeof averaged
  } else {
    let tagger = cachedTagger
    if (!tagger) {
      const trained = trainTagger(examples, settings.taggerIterations, random)
      tagger = {...trained.averaged(), classes: trained.classes}
      writeFileSync(tagsFile, serialize({predicted: examples.map((example) => example.predicted), tagger}))
    }
    const {transitions, labeller} = trainParser(examples, labels, settings.parserIterations, parserOnly ? mulberry32(settings.seed + 1) : random)
    averaged = {
      tagger,
      transitions: {...transitions.averaged(), classes: 3},
      labeller: {...labeller.averaged(), classes: labeller.classes}
    }
    writeFileSync(cacheFile, serialize(averaged))
  }

  const lemma = learnLemmas(sentences)
  const tagger = quantise(averaged.tagger, settings.budget.tagger!, false)
  const transitionTable =
    settings.transitionBits > 0
      ? quantiseCells(averaged.transitions, settings.budget.transitions!, settings.transitionBits)
      : quantise(averaged.transitions, settings.budget.transitions!, true)
  if ('kind' in transitionTable) log(`transitions: ${transitionTable.kept} features in ${transitionTable.count} cells, ${transitionTable.shadowed} left out behind a cell with their fingerprint`)
  const labeller = quantise(averaged.labeller, settings.budget.labeller!, false)
  const ambiguityKeys = [...ambiguity.keys()].sort((a, b) => (a >>> 0) - (b >>> 0))
  const header: ModelHeader = {
    version: 1,
    tags: TAGS,
    labels,
    tables: [
      {name: 'tagger', classes: TAGS.length, count: tagger.keys.length, weights: tagger.weights.length, minLog: tagger.minLog, maxLog: tagger.maxLog},
      'kind' in transitionTable
        ? {name: 'transitions', kind: 'cells', classes: 3, count: transitionTable.count, weights: transitionTable.kept * 3, minLog: transitionTable.minLog, maxLog: transitionTable.maxLog}
        : {name: 'transitions', classes: 3, count: transitionTable.keys.length, weights: transitionTable.weights.length, minLog: transitionTable.minLog, maxLog: transitionTable.maxLog},
      {name: 'labeller', classes: labels.length, count: labeller.keys.length, weights: labeller.weights.length, minLog: labeller.minLog, maxLog: labeller.maxLog}
    ],
    maps: [{name: 'ambiguity', count: ambiguityKeys.length}],
    lemma,
    meta: {
      sources: ['UD_English-EWT train (CC BY-SA 4.0)', 'UD_English-GUM train (CC BY parts)'],
      settings
    }
  }
  const bytes = writeModel(header, [tagger, transitionTable, labeller], [
    {keys: Int32Array.from(ambiguityKeys), values: Int32Array.from(ambiguityKeys, (key) => ambiguity.get(key)!)}
  ])
  const trainSeconds = (performance.now() - started) / 1000
  const model = syntaxModelFrom(bytes)
  log(`model: ${bytes.length} bytes, ${gzipSync(bytes).length} gzipped; tagger ${header.tables[0]!.count}, transitions ${header.tables[1]!.count}, labeller ${header.tables[2]!.count} features; trained in ${trainSeconds.toFixed(0)} s`)
  const dev = readConllu(readFileSync(join(corpora, 'ewt/dev.conllu'), 'utf8'))
  const figures: Record<string, Record<string, number>> = {'ewt-dev': evaluate('EWT dev', dev, model)}
  if (args.has('--gum')) figures['gum-dev'] = evaluate('GUM dev', readConllu(readFileSync(join(corpora, 'gum/dev.conllu'), 'utf8')), model)
  if (noWrite) return
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  const base64 = Buffer.from(bytes).toString('base64')
  writeFileSync(
    join(out, 'model-data.ts'),
    `// Generated by \`pnpm train:syntax\` (packages/core/scripts/train-syntax.ts): do not edit.\n` +
      `// Trained on UD_English-EWT (CC BY-SA 4.0) and UD_English-GUM (CC BY) train sets; see NOTICE.\n` +
      `// sha256 of the decoded bytes: ${sha256}\n` +
      `/** The syntax model, base64. */\nexport const model =\n  '${base64}'\n`
  )
  writeFileSync(
    join(out, 'model.manifest.json'),
    JSON.stringify(
      {
        sha256,
        bytes: bytes.length,
        sources: header.meta.sources,
        settings,
        features: Object.fromEntries(header.tables.map((table) => [table.name, table.count])),
        dev: figures
      },
      null,
      2
    ) + '\n'
  )
  log(`wrote ${join(out, 'model-data.ts')} (sha256 ${sha256})`)
}

main()
