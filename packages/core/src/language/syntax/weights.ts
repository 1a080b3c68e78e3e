/**
 * Quantised perceptron weights in an open-addressed table: a feature's 32-bit hash finds its
 * slot by linear probing from its top bits; the slot holds the feature's non-zero weights as
 * (class, int8) pairs and one scale, so a look-up reads a key and a few bytes.
 *
 * The model file lists a table's keys in ascending order, and a key's home slot is its top
 * bits, so the table fills from left to right in one pass: each key goes to its home slot or
 * just after the key before it. Building it costs a sequential write per feature, with no
 * probing and no random access, which keeps the first call of the parser cheap.
 */
export class WeightTable {
  /** Number of classes. */
  readonly classes: number
  /** Number of features. */
  readonly size: number
  private readonly shift: number
  private readonly keys: Int32Array
  /** Sparse tables: where each slot's weights start, how many there are, and their scale's level. */
  private readonly starts: Int32Array
  private readonly lengths: Uint8Array
  private readonly levels: Uint8Array
  private readonly scales: Float32Array
  private readonly targets: Uint8Array
  private readonly weights: Int8Array
  /**
   * Tables of at most three classes: each slot as four 32-bit words, its key then its weights as
   * floats, so that a look-up reads one cache line (`keys` views the same memory).
   */
  private readonly dense: Float32Array | null

  /**
   * @param keys Feature hashes (non-zero, distinct), in ascending order as unsigned integers.
   * @param lengths Number of non-zero weights of each feature.
   * @param levels The level of each feature's scale in `scales`.
   * @param scales What an int8 weight is worth, by level.
   * @param targets The class of each non-zero weight, feature after feature.
   * @param weights The weights, in the same order.
   */
  constructor(keys: Int32Array, lengths: Uint8Array, levels: Uint8Array, scales: Float32Array, targets: Uint8Array, weights: Int8Array, classes: number) {
    const count = keys.length
    this.classes = classes
    this.size = count
    this.targets = targets
    this.weights = weights
    this.scales = scales
    let bits = 4
    while (1 << bits < count * 1.5) bits++
    const shift = (this.shift = 32 - bits)
    const capacity = capacityFor(keys, shift)
    let next = 0
    let start = 0
    if (classes <= 3) {
      // A parser move reads about a hundred features, mostly from memory outside the cache.
      const dense = (this.dense = new Float32Array(capacity * 4))
      const slotKeys = (this.keys = new Int32Array(dense.buffer))
      this.starts = new Int32Array(0)
      this.lengths = this.levels = new Uint8Array(0)
      for (let index = 0; index < count; index++) {
        const key = keys[index]!
        const home = key >>> shift
        const slot = home > next ? home : next
        next = slot + 1
        slotKeys[slot * 4] = key
        const scale = scales[levels[index]!]!
        const to = start + lengths[index]!
        for (let at = start; at < to; at++) dense[slot * 4 + 1 + targets[at]!] = weights[at]! * scale
        start = to
      }
      return
    }
    this.dense = null
    const slotKeys = (this.keys = new Int32Array(capacity))
    const starts = (this.starts = new Int32Array(capacity))
    const slotLengths = (this.lengths = new Uint8Array(capacity))
    const slotLevels = (this.levels = new Uint8Array(capacity))
    for (let index = 0; index < count; index++) {
      const key = keys[index]!
      const home = key >>> shift
      const slot = home > next ? home : next
      next = slot + 1
      slotKeys[slot] = key
      starts[slot] = start
      slotLengths[slot] = lengths[index]!
      slotLevels[slot] = levels[index]!
      start += lengths[index]!
    }
  }

  /** Add the weights of `features[0..count)` to `scores` (which this does not clear). */
  score(features: Int32Array, count: number, scores: Float64Array): void {
    const {keys, shift, starts, lengths, levels, scales, targets, weights, dense} = this
    if (dense !== null) {
      let a = 0
      let b = 0
      let c = 0
      for (let index = 0; index < count; index++) {
        const key = features[index]!
        let at = (key >>> shift) * 4
        for (;;) {
          const found = keys[at]!
          if (found === key) {
            a += dense[at + 1]!
            b += dense[at + 2]!
            c += dense[at + 3]!
            break
          }
          if (found === 0) break
          at += 4
        }
      }
      scores[0]! += a
      if (scores.length > 1) scores[1]! += b
      if (scores.length > 2) scores[2]! += c
      return
    }
    for (let index = 0; index < count; index++) {
      const key = features[index]!
      let slot = key >>> shift
      for (;;) {
        const found = keys[slot]!
        if (found === key) {
          const scale = scales[levels[slot]!]!
          const from = starts[slot]!
          const to = from + lengths[slot]!
          for (let at = from; at < to; at++) scores[targets[at]!]! += weights[at]! * scale
          break
        }
        if (found === 0) break
        slot++
      }
    }
  }
}

/** A dictionary from 32-bit hashes to 32-bit values, open-addressed, filled like {@link WeightTable}. */
export class HashMap32 {
  private readonly shift: number
  private readonly keys: Int32Array
  private readonly values: Int32Array

  /** @param keys Distinct non-zero keys, in ascending order as unsigned integers. */
  constructor(keys: Int32Array, values: Int32Array) {
    const count = keys.length
    let bits = 4
    while (1 << bits < count * 1.5) bits++
    this.shift = 32 - bits
    const capacity = capacityFor(keys, this.shift)
    this.keys = new Int32Array(capacity)
    this.values = new Int32Array(capacity)
    let next = 0
    for (let index = 0; index < count; index++) {
      const key = keys[index]!
      const home = key >>> this.shift
      const slot = home > next ? home : next
      next = slot + 1
      this.keys[slot] = key
      this.values[slot] = values[index]!
    }
  }

  /** The value of `key`, or `fallback`. */
  get(key: number, fallback: number): number {
    const {keys} = this
    let slot = key >>> this.shift
    for (;;) {
      const found = keys[slot]!
      if (found === key) return this.values[slot]!
      if (found === 0) return fallback
      slot++
    }
  }
}

/**
 * Slots a table needs for `keys` homed by their top `32 - shift` bits: keys past the last home
 * slot run on into a tail, and one empty slot always ends it, so probing needs no wrap-around.
 */
function capacityFor(keys: Int32Array, shift: number): number {
  let next = 0
  let previous = -1
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index]! >>> 0
    if (key <= previous) throw new Error('Expected table keys in ascending order')
    previous = key
    const home = key >>> shift
    next = (home > next ? home : next) + 1
  }
  return Math.max(2 ** (32 - shift), next + 1)
}
