import {CellTable, HashMap32, WeightTable, cellCodebook} from './weights.js'
import type {LemmaData} from './lemmatizer.js'

/**
 * The binary model: `ORSY`, the byte length of a JSON header, the header, then each weight
 * table (sorted feature hashes as varint deltas; a byte per feature for its scale, on a log
 * scale from `minLog` to `maxLog`; a byte per feature for its number of non-zero weights; the
 * classes of those weights; the int8 weights) and each dictionary (sorted hashes as varint
 * deltas, then values as varints). Sorted keys make the file compress well. A cell table
 * (`kind: 'cells'`) is its cells as they are used, four bytes each (see {@link CellTable}).
 */
export interface ModelHeader {
  /** Format version. */
  version: number
  /** Part-of-speech tags, in class order. */
  tags: string[]
  /** Dependency relations (with subtypes), in class order. */
  labels: string[]
  /** Weight tables, in file order. */
  tables: Array<{
    name: string
    /** `cells`: a {@link CellTable} of `count` cells; otherwise a {@link WeightTable} of `count` features. */
    kind?: 'cells'
    classes: number
    count: number
    weights: number
    minLog: number
    maxLog: number
  }>
  /** Dictionaries, in file order. */
  maps: Array<{name: string; count: number}>
  /** Lemmatisation rules and exceptions. */
  lemma: LemmaData
  /** Anything the training run wants to record (settings, sizes). */
  meta: Record<string, unknown>
}

/** A decoded model. */
export interface SyntaxModelData {
  header: ModelHeader
  tables: Map<string, WeightTable | CellTable>
  maps: Map<string, HashMap32>
}

/** The four bytes a model file starts with. */
export const MAGIC = [0x4f, 0x52, 0x53, 0x59]

/** Read a model from its bytes; throws when the bytes are not a model. */
export function readModel(bytes: Uint8Array): SyntaxModelData {
  if (bytes.length < 8 || MAGIC.some((byte, index) => bytes[index] !== byte)) {
    throw new Error('Expected a syntax model starting with ORSY')
  }
  const headerLength = bytes[4]! | (bytes[5]! << 8) | (bytes[6]! << 16) | (bytes[7]! << 24)
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as ModelHeader
  const cursor = {offset: 8 + headerLength}
  const readKeys = (count: number): Int32Array => readDeltas(bytes, cursor, count, true)
  const tables = new Map<string, WeightTable | CellTable>()
  for (const table of header.tables) {
    if (table.kind === 'cells') {
      const end = cursor.offset + table.count * 4
      if (end > bytes.length) throw new Error(`Syntax model ends inside the ${table.name} table`)
      tables.set(table.name, new CellTable(bytes.subarray(cursor.offset, end), cellCodebook(table.minLog, table.maxLog), table.classes))
      cursor.offset = end
      continue
    }
    const step = (table.maxLog - table.minLog) / 255
    // 256 possible scales: compute each once.
    const levels = new Float32Array(256)
    for (let level = 0; level < 256; level++) levels[level] = Math.exp(table.minLog + level * step) / 127
    const keys = readKeys(table.count)
    let offset = cursor.offset
    const scales = new Float32Array(table.count)
    for (let index = 0; index < table.count; index++) scales[index] = levels[bytes[offset++]!]!
    // Views of the bytes, not copies: the table reads them once, as it is built.
    const lengths = bytes.subarray(offset, offset + table.count)
    offset += table.count
    const targets = bytes.subarray(offset, offset + table.weights)
    offset += table.weights
    const weights = new Int8Array(bytes.buffer, bytes.byteOffset + offset, table.weights)
    offset += table.weights
    cursor.offset = offset
    tables.set(table.name, new WeightTable(keys, lengths, scales, targets, weights, table.classes))
  }
  const maps = new Map<string, HashMap32>()
  for (const map of header.maps) {
    const keys = readKeys(map.count)
    const values = readDeltas(bytes, cursor, map.count, false)
    maps.set(map.name, new HashMap32(keys, values))
  }
  if (cursor.offset !== bytes.length) throw new Error(`Syntax model has ${bytes.length - cursor.offset} stray bytes`)
  return {header, tables, maps}
}

/** Read `count` varints from `cursor.offset`, summed as deltas when `deltas`, as 32-bit integers. */
function readDeltas(bytes: Uint8Array, cursor: {offset: number}, count: number, deltas: boolean): Int32Array {
  const out = new Int32Array(count)
  let offset = cursor.offset
  let previous = 0
  for (let index = 0; index < count; index++) {
    let byte = bytes[offset++]!
    let value = byte & 0x7f
    let unit = 128
    while (byte >= 0x80) {
      byte = bytes[offset++]!
      value = (value + (byte & 0x7f) * unit) >>> 0
      unit *= 128
    }
    previous = deltas ? (previous + value) >>> 0 : value
    out[index] = previous | 0
  }
  cursor.offset = offset
  return out
}

/** Decode base64 (standard alphabet, padded) into bytes, without `atob` or `Buffer`. */
export function decodeBase64(text: string): Uint8Array {
  const lookup = new Uint8Array(128)
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
  for (let index = 0; index < 64; index++) lookup[alphabet.charCodeAt(index)] = index
  let length = text.length
  while (length > 0 && text.charCodeAt(length - 1) === 61) length--
  const bytes = new Uint8Array((length * 3) >> 2)
  let out = 0
  let index = 0
  for (; index + 4 <= length; index += 4) {
    const n =
      (lookup[text.charCodeAt(index)]! << 18) |
      (lookup[text.charCodeAt(index + 1)]! << 12) |
      (lookup[text.charCodeAt(index + 2)]! << 6) |
      lookup[text.charCodeAt(index + 3)]!
    bytes[out++] = n >> 16
    bytes[out++] = (n >> 8) & 255
    bytes[out++] = n & 255
  }
  const rest = length - index
  if (rest >= 2) {
    const n = (lookup[text.charCodeAt(index)]! << 18) | (lookup[text.charCodeAt(index + 1)]! << 12) | (rest === 3 ? lookup[text.charCodeAt(index + 2)]! << 6 : 0)
    bytes[out++] = n >> 16
    if (rest === 3) bytes[out++] = (n >> 8) & 255
  }
  return bytes
}
