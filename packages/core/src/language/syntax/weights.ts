/**
 * Quantised perceptron weights in an open-addressed table: a feature's 32-bit hash finds its
 * slot by linear probing. A look-up is memory-bound, so each slot keeps what a look-up reads
 * side by side, in one cache line:
 * - a table of at most three classes (the parser's moves) holds the key and the three weights
 *   as floats, four words to a slot;
 * - a wider table holds the key, where the feature's weights start, how many there are and
 *   their scale, and the weights are (class, int8) pairs packed into 16 bits each.
 *
 * A key's home slot is read from its high bits. The model file stores keys in ascending order,
 * so the table fills front to back in one pass, which keeps loading quick.
 */
export class WeightTable {
  /** Number of classes. */
  readonly classes: number
  /** Number of features. */
  readonly size: number
  private readonly mask: number
  private readonly shift: number
  /** Four words a slot: the key, then the weights (dense) or start, length and scale (sparse). */
  private readonly slots: Int32Array
  /** The same memory as floats, for the weights and scales. */
  private readonly floats: Float32Array
  /** Sparse tables: class × 256 + (weight & 255), feature after feature. */
  private readonly pairs: Uint16Array
  private readonly dense: boolean

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
    const capacity = capacityFor(keys.length)
    this.mask = capacity - 1
    this.shift = 32 - Math.log2(capacity)
    this.slots = new Int32Array(capacity * 4)
    this.floats = new Float32Array(this.slots.buffer)
    this.dense = classes <= 3
    this.pairs = new Uint16Array(this.dense ? 0 : weights.length)
    const {slots, floats, pairs, dense} = this
    let start = 0
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index]!
      let slot = key >>> this.shift
      while (slots[slot * 4] !== 0) slot = (slot + 1) & this.mask
      const base = slot * 4
      const length = lengths[index]!
      const scale = scales[index]!
      slots[base] = key
      if (dense) {
        for (let at = start; at < start + length; at++) floats[base + 1 + targets[at]!] = weights[at]! * scale
      } else {
        slots[base + 1] = start
        slots[base + 2] = length
        floats[base + 3] = scale
        for (let at = start; at < start + length; at++) pairs[at] = (targets[at]! << 8) | (weights[at]! & 255)
      }
      start += length
    }
  }

  /** Add the weights of `features[0..count)` to `scores` (which this does not clear). */
  score(features: Int32Array, count: number, scores: Float64Array): void {
    const {slots, floats, pairs, mask, shift} = this
    if (this.dense) {
      let a = 0
      let b = 0
      let c = 0
      for (let index = 0; index < count; index++) {
        const key = features[index]!
        let slot = key >>> shift
        for (;;) {
          const base = slot * 4
          const found = slots[base]!
          if (found === key) {
            a += floats[base + 1]!
            b += floats[base + 2]!
            c += floats[base + 3]!
            break
          }
          if (found === 0) break
          slot = (slot + 1) & mask
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
        const base = slot * 4
        const found = slots[base]!
        if (found === key) {
          const scale = floats[base + 3]!
          const from = slots[base + 1]!
          const to = from + slots[base + 2]!
          for (let at = from; at < to; at++) {
            const pair = pairs[at]!
            scores[pair >>> 8]! += ((pair << 24) >> 24) * scale
          }
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
  private readonly shift: number
  private readonly keys: Int32Array
  private readonly values: Int32Array

  /** @param keys Non-zero and distinct; in ascending unsigned order, the table fills in one pass. */
  constructor(keys: Int32Array, values: Int32Array) {
    const capacity = capacityFor(keys.length)
    this.mask = capacity - 1
    this.shift = 32 - Math.log2(capacity)
    this.keys = new Int32Array(capacity)
    this.values = new Int32Array(capacity)
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index]!
      let slot = key >>> this.shift
      while (this.keys[slot] !== 0) slot = (slot + 1) & this.mask
      this.keys[slot] = key
      this.values[slot] = values[index]!
    }
  }

  /** The value of `key`, or `fallback`. */
  get(key: number, fallback: number): number {
    const {keys, mask} = this
    let slot = key >>> this.shift
    for (;;) {
      const found = keys[slot]!
      if (found === key) return this.values[slot]!
      if (found === 0) return fallback
      slot = (slot + 1) & mask
    }
  }
}

// A power of two at least 1.5 times the number of keys, so that probes stay short.
function capacityFor(count: number): number {
  let capacity = 16
  while (capacity < count * 1.5) capacity *= 2
  return capacity
}

/**
 * Weights of at most three classes (the parser's moves) in cells of 32 bits, open-addressed by
 * the feature hash's high bits: a cell holds a one-byte fingerprint of the key (its low byte;
 * 0 marks an empty cell) and three one-byte weight codes, each a sign and a magnitude on a log
 * scale. The table is stored as it is used, so loading it is one pass over its bytes, and at
 * 4 bytes a cell it stays in cache. A missing feature whose probe meets a cell with its
 * fingerprint reads that cell's weights: about one look-up in 250 that probe an occupied cell.
 * The training run leaves out any feature whose probe would stop at another's cell.
 */
export class CellTable {
  /** Number of classes (at most three). */
  readonly classes: number
  /** Number of cells. */
  readonly size: number
  private readonly mask: number
  private readonly shift: number
  /** Byte 0: fingerprint; bytes 1, 2 and 3: codes of the weights of classes 0, 1 and 2. */
  private readonly cells: Int32Array
  /** The weight of each code. */
  private readonly codebook: Float64Array

  /**
   * @param bytes The cells, 4 bytes each, in order; their number a power of two.
   * @param codebook The weight of each of the 256 codes.
   */
  constructor(bytes: Uint8Array, codebook: Float64Array, classes: number) {
    const size = bytes.length >>> 2
    if (size < 2 || (size & (size - 1)) !== 0) throw new Error(`A cell table needs a power of two of cells, not ${size}`)
    if (classes > 3) throw new Error(`A cell table holds at most three classes, not ${classes}`)
    if (codebook.length !== 256) throw new Error('A cell table needs a code book of 256 weights')
    this.classes = classes
    this.size = size
    this.mask = size - 1
    this.shift = 32 - Math.log2(size)
    this.codebook = codebook
    this.cells = new Int32Array(size)
    const {cells} = this
    for (let index = 0, at = 0; index < size; index++, at += 4) {
      cells[index] = bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)
    }
  }

  /** Add the weights of `features[0..count)` to `scores` (which this does not clear). */
  score(features: Int32Array, count: number, scores: Float64Array): void {
    const {cells, codebook, mask, shift} = this
    let a = 0
    let b = 0
    let c = 0
    for (let index = 0; index < count; index++) {
      const key = features[index]!
      const print = key & 255 || 1
      let slot = key >>> shift
      for (;;) {
        const cell = cells[slot]!
        const found = cell & 255
        if (found === print) {
          a += codebook[(cell >>> 8) & 255]!
          b += codebook[(cell >>> 16) & 255]!
          c += codebook[cell >>> 24]!
          break
        }
        if (found === 0) break
        slot = (slot + 1) & mask
      }
    }
    scores[0]! += a
    if (scores.length > 1) scores[1]! += b
    if (scores.length > 2) scores[2]! += c
  }
}

/**
 * The code book of a {@link CellTable}: code 0 is 0; codes 1-127 are magnitudes from
 * e^minLog to e^maxLog on a log scale, and 129-255 the same magnitudes negated.
 */
export function cellCodebook(minLog: number, maxLog: number): Float64Array {
  const codebook = new Float64Array(256)
  const step = (maxLog - minLog) / 126
  for (let code = 1; code < 128; code++) {
    const magnitude = Math.exp(minLog + (code - 1) * step)
    codebook[code] = magnitude
    codebook[code | 128] = -magnitude
  }
  return codebook
}
