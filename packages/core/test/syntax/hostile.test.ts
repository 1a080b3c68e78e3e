import {describe, expect, it} from 'vitest'
import {tagAndParse} from '../../src/index.js'
import {expectTree} from './helpers.js'

describe('tagAndParse on hostile words', () => {
  it('parses no words as nothing', () => {
    expect(tagAndParse([])).toEqual({upos: [], heads: [], relations: []})
  })

  it('never throws on empty, huge, control and astral words, and still returns a tree', () => {
    const cases: string[][] = [
      [''],
      ['', '', ''],
      ['x'.repeat(10_000)],
      ['The', 'é'.repeat(10_000), 'said', '.'],
      ['\u0000', '\u0007', '\u001b[31m', '\ufeff', '\u200b'],
      ['😀', '\ud800', '\udc00', 'a\u0301'],
      ['\n', '\t', ' ', '\r\n'],
      Array.from({length: 50}, () => '.'),
      ['__proto__', 'constructor', 'toString', 'hasOwnProperty']
    ]
    for (const words of cases) {
      const result = tagAndParse(words)
      expect(result.upos).toHaveLength(words.length)
      expect(result.relations).toHaveLength(words.length)
      expect(result.relations.every((relation) => typeof relation === 'string' && relation !== '')).toBe(true)
      expectTree(result.heads)
    }
  })

  it('throws a clear error when not given an array', () => {
    expect(() => tagAndParse('The talks failed .' as unknown as string[])).toThrow(/array of words/)
  })

  it('parses a 2,000-word sentence in linear time', () => {
    const pattern = 'the council said on monday that the new road , which was built by a local firm , would open soon and'.split(' ')
    const sentence = (length: number) => Array.from({length}, (_, index) => pattern[index % pattern.length]!)
    const time = (words: string[], runs: number) => {
      let best = Infinity
      for (let run = 0; run < runs; run++) {
        const start = performance.now()
        tagAndParse(words)
        best = Math.min(best, performance.now() - start)
      }
      return best
    }
    const long = sentence(2000)
    const short = sentence(200)
    time(short, 3)
    const result = tagAndParse(long)
    expectTree(result.heads)
    // Ten times the words should take about ten times as long; a quadratic parser takes 100.
    expect(time(long, 5) / time(short, 5)).toBeLessThan(30)
  })
})
