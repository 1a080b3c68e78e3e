/**
 * Quantised perceptron weights in an open-addressed table: a feature's 32-bit hash finds its
 * slot by linear probing, and the slot's row of int8 weights (one per class) sits at the same
 * index, so that a look-up reads one key and one short row.
 */
export class WeightTable {
  /** Number of classes (weights per row). */
  readonly classes: number
  /** Multiply a summed integer score by this to get the trained scale (for reading only). */
  readonly scale: number
  /** Number of features. */
  readonly size: number
  private readonly mask: number
  private readonly keys: Int32Array
  private readonly rows: Int8Array

  /**
   * @param keys Feature hashes (non-zero, distinct).
   * @param rows `keys.length * classes` weights, row by row in the order of `keys`.
   */
  constructor(keys: Int32Array, rows: Int8Array, classes: number, scale: number) {
    this.classes = classes
    this.scale = scale
    this.size = keys.length
    let capacity = 16
    while (capacity < keys.length * 1.5) capacity *= 2
    this.mask = capacity - 1
    this.keys = new Int32Array(capacity)
    this.rows = new Int8Array(capacity * classes)
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index]!
      let slot = key & this.mask
      while (this.keys[slot] !== 0) slot = (slot + 1) & this.mask
      this.keys[slot] = key
      this.rows.set(rows.subarray(index * classes, index * classes + classes), slot * classes)
    }
  }

  /** Add the rows of `features[0..count)` to `scores` (which this does not clear). */
  score(features: Int32Array, count: number, scores: Int32Array): void {
    const {keys, rows, mask, classes} = this
    for (let index = 0; index < count; index++) {
      const key = features[index]!
      let slot = key & mask
      for (;;) {
        const found = keys[slot]!
        if (found === key) {
          const base = slot * classes
          for (let c = 0; c < classes; c++) scores[c]! += rows[base + c]!
          break
        }
        if (found === 0) break
        slot = (slot + 1) & mask
      }
    }
  }

  /** Row index of a feature, or -1 (for tables with one class used as a dictionary). */
  find(key: number): number {
    const {keys, mask} = this
    let slot = key & mask
    for (;;) {
      const found = keys[slot]!
      if (found === key) return slot
      if (found === 0) return -1
      slot = (slot + 1) & mask
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
