import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import {expect, it} from 'vitest'
import {decodeBase64} from '../../src/language/syntax/model-format.js'
import {model} from '../../src/language/syntax/model-data.js'
import {syntaxModelFrom} from '../../src/language/syntax/model.js'

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
  for (const length of [0, 1, 2, 3, 4, 5, 255, 256, 1000]) {
    const bytes = Uint8Array.from({length}, (_, index) => (index * 37 + length) & 255)
    expect(Array.from(decodeBase64(Buffer.from(bytes).toString('base64')))).toEqual(Array.from(bytes))
  }
})

it('rejects bytes that are not a model', () => {
  expect(() => syntaxModelFrom(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]))).toThrow(/ORSY/)
})
