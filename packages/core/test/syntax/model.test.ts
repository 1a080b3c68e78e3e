import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import {expect, it} from 'vitest'
import {decodeBase64} from '../../src/language/syntax/model-format.js'
import {model} from '../../src/language/syntax/model-data.js'
import {syntaxModelFrom} from '../../src/language/syntax/model.js'
import {HashMap32, WeightTable} from '../../src/language/syntax/weights.js'

const manifest = JSON.parse(readFileSync(new URL('../../src/language/syntax/model.manifest.json', import.meta.url), 'utf8')) as {
  sha256: string
  bytes: number
}

it('ships the model the training run recorded (sha256 of the decoded bytes)', () => {
  const bytes = decodeBase64(model)
  expect(bytes.length).toBe(manifest.bytes)
  expect(createHash('sha256').update(bytes).digest('hex')).toBe(manifest.sha256)
})

it('decodes base64 as Buffer does, for every padding length', () => {
  for (const length of [0, 1, 2, 3, 4, 5, 255, 256, 1000, 6000, 6001, 6002]) {
    const bytes = Uint8Array.from({length}, (_, index) => (index * 37 + length) & 255)
    expect(Array.from(decodeBase64(Buffer.from(bytes).toString('base64')))).toEqual(Array.from(bytes))
  }
})

it('rejects bytes that are not a model', () => {
  expect(() => syntaxModelFrom(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]))).toThrow(/ORSY/)
})

it('finds every key of a table filled in key order, keys at the very top included, and no other', () => {
  const keys = Int32Array.from([1, 2, 3, 0x7fffffff, 0x80000000 | 0, 0xfffffffd | 0, 0xfffffffe | 0, 0xffffffff | 0])
  const map = new HashMap32(keys, Int32Array.from(keys, (_, index) => index + 10))
  keys.forEach((key, index) => expect(map.get(key, -1)).toBe(index + 10))
  for (const absent of [4, 0x7ffffffe, 0xfffffffc | 0, 12345]) expect(map.get(absent, -1)).toBe(-1)
  // Three classes, weights 1, -2 and 3 times 0.5 on the second key only.
  const table = new WeightTable(keys, Uint8Array.from(keys, () => 3), Uint8Array.from(keys, () => 0), Float32Array.of(0.5), Uint8Array.from({length: 24}, (_, at) => at % 3), Int8Array.from({length: 24}, (_, at) => (at >= 3 && at < 6 ? [1, -2, 3][at % 3]! : 0)), 3)
  const scores = new Float64Array(3)
  table.score(Int32Array.of(2, 99, 0xffffffff | 0), 3, scores)
  expect(Array.from(scores)).toEqual([0.5, -1, 1.5])
})

it('refuses table keys out of order', () => {
  expect(() => new HashMap32(Int32Array.of(5, 3), Int32Array.of(1, 2))).toThrow(/ascending/)
})
