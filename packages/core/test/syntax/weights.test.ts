import {expect, it} from 'vitest'
import {CellTable, HashMap32, WeightTable, cellCodebook} from '../../src/language/syntax/weights.js'

// A code book whose code k is worth k, and code k | 128 worth -k.
const codebook = Float64Array.from({length: 256}, (_, code) => (code & 128 ? -(code & 127) : code))

/** Cells of a cell table: [fingerprint, code0, code1, code2] each. */
function cells(...values: Array<[number, number, number, number]>): Uint8Array {
  return Uint8Array.from(values.flat())
}

it('scores a feature from the cell its high bits pick when the fingerprint matches', () => {
  // Four cells: a key's two high bits choose the home cell, its low byte is its fingerprint.
  const table = new CellTable(cells([0, 0, 0, 0], [0x11, 1, 2 | 128, 3], [0, 0, 0, 0], [0x22, 127 | 128, 127, 5]), codebook, 3)
  const scores = new Float64Array(3)
  table.score(Int32Array.from([0x40000011, 0xc0000022 | 0, 0x7fffff11]), 3, scores)
  expect(Array.from(scores)).toEqual([1 + 1 - 127, -2 - 2 + 127, 3 + 3 + 5])
  // Scores are added to, not replaced; a count below the array's length stops early.
  table.score(Int32Array.from([0xc0000022 | 0, 0x40000011]), 1, scores)
  expect(Array.from(scores)).toEqual([-125 - 127, 123 + 127, 11 + 5])
})

it('scores a key whose probe reaches an empty cell, or only other fingerprints, as nothing', () => {
  const table = new CellTable(cells([0, 0, 0, 0], [0x11, 1, 1, 1], [0x12, 2, 2, 2], [0, 0, 0, 0]), codebook, 3)
  const scores = new Float64Array(3)
  // Home cell 0 is empty; home cell 1 holds 0x11, then 0x12, then an empty cell.
  table.score(Int32Array.from([0x00000011, 0x40000013]), 2, scores)
  expect(Array.from(scores)).toEqual([0, 0, 0])
})

it('probes past a cell with another fingerprint, wrapping round the end of the table', () => {
  const table = new CellTable(cells([0x33, 7, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], [0x44, 1, 0, 0]), codebook, 3)
  const scores = new Float64Array(3)
  // Home cell 3 holds 0x44: the probe moves to cell 0.
  table.score(Int32Array.from([0xc0000033 | 0]), 1, scores)
  expect(scores[0]).toBe(7)
})

it('reads a fingerprint of 0 as 1, since 0 marks an empty cell', () => {
  const table = new CellTable(cells([1, 9, 0, 0], [0, 0, 0, 0]), codebook, 3)
  const scores = new Float64Array(3)
  table.score(Int32Array.from([0x00000100]), 1, scores)
  expect(scores[0]).toBe(9)
})

it('gives two-class scores from a cell table without touching a third', () => {
  const table = new CellTable(cells([5, 4, 6, 9], [0, 0, 0, 0]), codebook, 2)
  const scores = new Float64Array(2)
  table.score(Int32Array.from([5]), 1, scores)
  expect(Array.from(scores)).toEqual([4, 6])
})

it('refuses a cell table that is not a power of two of cells, of more than three classes, or without a full code book', () => {
  expect(() => new CellTable(new Uint8Array(12), codebook, 3)).toThrow(/power of two/)
  expect(() => new CellTable(new Uint8Array(16), codebook, 4)).toThrow(/three classes/)
  expect(() => new CellTable(new Uint8Array(16), new Float64Array(10), 3)).toThrow(/256/)
})

it('codes magnitudes on a log scale, 0 as 0 and the top bit as a sign', () => {
  const book = cellCodebook(Math.log(0.01), Math.log(10))
  expect(book[0]).toBe(0)
  expect(book[1]).toBeCloseTo(0.01, 10)
  expect(book[127]).toBeCloseTo(10, 10)
  expect(book[129]).toBeCloseTo(-0.01, 10)
  for (let code = 2; code < 128; code++) expect(book[code]! / book[code - 1]!).toBeCloseTo(book[2]! / book[1]!, 10)
})

it('finds every key of a keyed table and scores an unknown key as nothing', () => {
  const keys = Int32Array.from([5, 17, 0x7ffffff0, 0x80000001 | 0])
  const lengths = Uint8Array.from([1, 2, 1, 1])
  const scales = Float32Array.from([1, 0.5, 2, 1])
  const targets = Uint8Array.from([0, 1, 4, 2, 3])
  const weights = Int8Array.from([10, -4, 6, 100, -1])
  const table = new WeightTable(keys, lengths, scales, targets, weights, 5)
  const scores = new Float64Array(5)
  table.score(Int32Array.from([17, 99, 0x80000001 | 0]), 3, scores)
  expect(Array.from(scores)).toEqual([0, -2, 0, -1, 3])
  scores.fill(0)
  table.score(Int32Array.from([0x7ffffff0]), 1, scores)
  expect(Array.from(scores)).toEqual([0, 0, 200, 0, 0])
})

it('looks up a dictionary of hashes, with a fallback for a missing key', () => {
  const map = new HashMap32(Int32Array.from([3, 1000, 0x90000000 | 0]), Int32Array.from([7, 8, 9]))
  expect([map.get(3, -1), map.get(1000, -1), map.get(0x90000000 | 0, -1), map.get(4, -1)]).toEqual([7, 8, 9, -1])
})
