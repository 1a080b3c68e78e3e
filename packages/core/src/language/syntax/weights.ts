/**
 * Quantised perceptron weights in an open-addressed table: a feature's 32-bit hash finds its
 * slot by linear probing; the slot holds the feature's non-zero weights as (class, int8) pairs
 * and one scale, so a look-up reads a key and a few bytes.
 */
export class WeightTable {
  /** Number of classes. */
  readonly classes: number
  /** Number of features. */
  readonly size: number
  private readonly mask: number
  private readonly keys: Int32Array
  private readonly starts: Int32Array
  private readonly lengths: Uint8Array
  private readonly scales: Float32Array
  private readonly targets: Uint8Array
  private readonly weights: Int8Array
  /** For tables of at most four classes: each slot's weights as floats, four to a slot. */
  private readonly dense: Float32Array | null

  /**
   * @param keys Feature hashes (non-zero, distinct).
   * @param lengths Number of non-zero weights of each feature.
   * @param scales What an int8 weight of each feature is worth.
   * @param targets The class of each non-zero weight, feature after feature.
   * @param weights The weights, in the same order.
   */
  constructor(keys: Int32Array, lengths: Uint8Array, scales: Float32Array, targets: Uint8Array, weights: Int8Array, classes: number) {
    this.classes = classes
    this.size = keys.length
    this.targets = targets
    this.weights = weights
    let capacity = 16
    while (capacity < keys.length * 1.5) capacity *= 2
    this.mask = capacity - 1
    this.keys = new Int32Array(capacity)
    this.starts = new Int32Array(capacity)
    this.lengths = new Uint8Array(capacity)
    this.scales = new Float32Array(capacity)
    let start = 0
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index]!
      let slot = key & this.mask
      while (this.keys[slot] !== 0) slot = (slot + 1) & this.mask
      this.keys[slot] = key
      this.starts[slot] = start
      this.lengths[slot] = lengths[index]!
      this.scales[slot] = scales[index]!
      start += lengths[index]!
    }
    // A parser move reads about a hundred features: one float row per slot saves four reads each.
    this.dense = null
    if (classes <= 4) {
      const dense = new Float32Array(capacity * 4)
      for (let slot = 0; slot < capacity; slot++) {
        if (this.keys[slot] === 0) continue
        const from = this.starts[slot]!
        for (let at = from; at < from + this.lengths[slot]!; at++) dense[slot * 4 + targets[at]!] = weights[at]! * this.scales[slot]!
      }
      this.dense = dense
    }
  }

  /** Add the weights of `features[0..count)` to `scores` (which this does not clear). */
  score(features: Int32Array, count: number, scores: Float64Array): void {
    const {keys, mask, starts, lengths, scales, targets, weights, dense} = this
    if (dense !== null) {
      let a = 0
      let b = 0
      let c = 0
      let d = 0
      for (let index = 0; index < count; index++) {
        const key = features[index]!
        let slot = key & mask
        for (;;) {
          const found = keys[slot]!
          if (found === key) {
            const base = slot * 4
            a += dense[base]!
            b += dense[base + 1]!
            c += dense[base + 2]!
            d += dense[base + 3]!
            break
          }
          if (found === 0) break
          slot = (slot + 1) & mask
        }
      }
      scores[0]! += a
      if (scores.length > 1) scores[1]! += b
      if (scores.length > 2) scores[2]! += c
      if (scores.length > 3) scores[3]! += d
      return
    }
    for (let index = 0; index < count; index++) {
      const key = features[index]!
      let slot = key & mask
      for (;;) {
        const found = keys[slot]!
        if (found === key) {
          const scale = scales[slot]!
          const from = starts[slot]!
          const to = from + lengths[slot]!
          for (let at = from; at < to; at++) scores[targets[at]!]! += weights[at]! * scale
          break
        }
        if (found === 0) break
        slot = (slot + 1) & mask
      }
    }
  }
}

/** A dictionary from 32-bit hashes to 32-bit values, open-addressed. */
export class HashMap32 {
  private readonly mask: number
  private readonly keys: Int32Array
  private readonly values: Int32Array

  constructor(keys: Int32Array, values: Int32Array) {
    let capacity = 16
    while (capacity < keys.length * 1.5) capacity *= 2
    this.mask = capacity - 1
    this.keys = new Int32Array(capacity)
    this.values = new Int32Array(capacity)
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index]!
      let slot = key & this.mask
      while (this.keys[slot] !== 0) slot = (slot + 1) & this.mask
      this.keys[slot] = key
      this.values[slot] = values[index]!
    }
  }

  /** The value of `key`, or `fallback`. */
  get(key: number, fallback: number): number {
    const {keys, mask} = this
    let slot = key & mask
    for (;;) {
      const found = keys[slot]!
      if (found === key) return this.values[slot]!
      if (found === 0) return fallback
      slot = (slot + 1) & mask
    }
  }
}
