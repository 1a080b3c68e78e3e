import {createHash} from 'node:crypto'
import {expect, it} from 'vitest'
import {sha256Hex} from '../src/index.js'

it('matches node:crypto on ASCII, multi-byte, astral and block-boundary inputs', () => {
  for (const text of ['', 'abc', 'é—“quoted”', '😀 astral', 'x'.repeat(55), 'x'.repeat(56), 'y'.repeat(64), 'z'.repeat(1000)]) {
    expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'))
  }
})
