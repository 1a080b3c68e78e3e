import {createHash} from 'node:crypto'
import {expect, it} from 'vitest'
import {sha256Hex} from '../src/pipeline/sha256.js'

it('matches node:crypto on ASCII, multi-byte, astral and block-boundary inputs', () => {
  for (const text of ['', 'abc', 'é—“quoted”', '😀 astral', 'x'.repeat(55), 'x'.repeat(56), 'y'.repeat(64), 'z'.repeat(1000)]) {
    expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'))
  }
})

it('gives the same hash for a short text after a long one (the buffer kept between calls is cleared)', () => {
  const short = 'a short text'
  const expected = createHash('sha256').update(short, 'utf8').digest('hex')
  // A long text fills the shared buffer with bytes well past the short one's padding.
  for (const long of ['w'.repeat(20_000), 'w'.repeat(100_000), '€'.repeat(40_000)]) {
    expect(sha256Hex(long)).toBe(createHash('sha256').update(long, 'utf8').digest('hex'))
    expect(sha256Hex(short)).toBe(expected)
  }
  // Lone surrogates are encoded as U+FFFD, as TextEncoder and node:crypto do.
  expect(sha256Hex('a\ud800b\udc00')).toBe(createHash('sha256').update('a\ud800b\udc00', 'utf8').digest('hex'))
})
