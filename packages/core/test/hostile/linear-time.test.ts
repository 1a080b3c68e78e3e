/**
 * Linear time: parse cost grows with input size, never with its square.
 *
 * How it is measured, and why so: the guard compares sizes, not clocks. Each case parses a
 * small and a large input of the same shape and bounds the ratio of their costs, so that the
 * machine's speed cancels out. Cost is CPU time of this thread (`process.threadCpuUsage`, or
 * the process's CPU time on Node 20), which does not count the time another process holds the
 * core, the main noise on a loaded 2-core CI machine. Small and large runs are interleaved
 * (so that a burst of load hits both), repeated, and their medians compared; the small input
 * runs once first so that both sizes are timed with optimised code. Operation counts would be
 * more exact, but they need hooks inside every stage; CPU-time ratios see every stage as it is.
 *
 * The bounds are generous: linear code measures about 1 to 1.5 times the size ratio here
 * (garbage collection and caches cost a little more per byte on a larger input), while a
 * quadratic step measures the size ratio squared (50 → 2,500), far past any bound.
 */
import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'
import {seedTexts} from './arbitraries.js'

type Usage = {user: number; system: number}
const processWithThread = process as typeof process & {threadCpuUsage?: () => Usage}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[sorted.length >> 1]!
}

/** Repeat `unit` up to `length` code units, cutting at a line or a space where there is one nearby. */
function grow(unit: string, length: number): string {
  let text = unit.repeat(Math.ceil(length / unit.length)).slice(0, length)
  const cut = Math.max(text.lastIndexOf('\n'), text.lastIndexOf(' '))
  if (cut > length * 0.95) text = text.slice(0, cut + 1)
  return text
}

/**
 * The cost of parsing `large` over the cost of parsing `small`. Each timing repeats its parse
 * until it has spent at least `floorMs` of CPU time, so that it stays well above the
 * resolution of the CPU clock, and reports the cost of one parse.
 */
function costRatio(small: string, large: string, rounds: number, floorMs = 20): number {
  const cost = (text: string) => {
    const read = (): Usage => processWithThread.threadCpuUsage?.() ?? process.cpuUsage()
    const before = read()
    let spent = 0
    let runs = 0
    do {
      parseArticle(text)
      runs++
      const now = read()
      spent = (now.user - before.user + now.system - before.system) / 1000
    } while (spent < floorMs)
    return spent / runs
  }
  // Warm up on the small input only: the code is then optimised for both, and a slow large
  // input is not parsed once more than needed.
  cost(small)
  const smallCosts: number[] = []
  const largeCosts: number[] = []
  for (let round = 0; round < rounds; round++) {
    smallCosts.push(cost(small))
    largeCosts.push(cost(large))
  }
  const ratio = median(largeCosts) / median(smallCosts)
  if (process.env.LINEAR_DEBUG) console.log(`ratio ${ratio.toFixed(1)} for ${Math.round(large.length / small.length)}× the size`)
  return ratio
}

const article = seedTexts.join('\n\n') + '\n\n'

describe('parse cost grows linearly with the input', () => {
  it('1 MB of repeated article text costs at most about 50 times 20 KB of it (bound: 100×)', () => {
    const small = grow(article, 20_000)
    const large = grow(article, 1_000_000)
    const ratio = costRatio(small, large, 3)
    expect(large.length / small.length).toBeGreaterThan(49)
    expect(ratio, `1 MB / 20 KB cost ratio ${ratio.toFixed(1)}`).toBeLessThan(100)
  }, 300_000)

  // One block of thousands of attributed sentences: each claim once searched all of its
  // block's sentences, a quadratic step small enough to hide at 160 KB.
  it('quotations with their cue, on one line: 320 KB costs at most about 32 times 10 KB (bound: 64×)', () => {
    const unit = '"Yes," he said. '
    const ratio = costRatio(grow(unit, 10_000), grow(unit, 320_000), 3)
    expect(ratio, `320 KB / 10 KB cost ratio ${ratio.toFixed(1)}`).toBeLessThan(64)
  }, 300_000)

  // Thousands of people, each quoted, then a pronoun, a title and a body: merging speakers
  // once compared each with every speaker before it.
  it('thousands of distinct speakers: 320 KB costs at most about 32 times 10 KB (bound: 64×)', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyz'
    let state = 7
    const name = () => {
      let word = ''
      for (let k = 0; k < 8; k++) {
        state = (state * 16807) % 2147483647
        word += letters[state % 26]
      }
      return word[0]!.toUpperCase() + word.slice(1)
    }
    const speakers = (length: number) => {
      let text = ''
      while (text.length < length) {
        text += `"We will win," said Maria ${name()}. "No," she said. The minister said it was fine. "Yes," the ${name()} Ministry said. It said so.\n\n`
      }
      return text
    }
    const ratio = costRatio(speakers(10_000), speakers(320_000), 3)
    expect(ratio, `320 KB / 10 KB cost ratio ${ratio.toFixed(1)}`).toBeLessThan(64)
  }, 300_000)

  // Shapes where quadratic behaviour hides: a stage that searches forward to the end of the
  // text (for a closing quote, the next line, the end of a sentence) from every position.
  const paragraphs = article.split('\n').filter(Boolean)
  const shapes: Record<string, string> = {
    'one long line': paragraphs.join(' ') + ' ',
    'quotations that never close': paragraphs.map((p) => '"' + p.replace(/["“”]/g, '')).join('\n') + '\n',
    'quotation marks only': '" “ ” \' ‘ ’ ',
    'said without quotes': 'He said she said they told reporters on Monday that ',
    'capitalised names': 'John Smith Mary Jones President Vladimir Putin Prime Minister ',
    'initials and abbreviations': 'A. B. Mr. U.S. Jan. St. e.g. ',
    'a word without spaces': 'abcdefghij',
    'short lines': 'a.\n',
    'blank lines': '\n\r\n',
    'HTML tags': '<p class="x">“Hi,” <b>she</b> said.</p>\n',
    'dates': 'on Monday, Jan. 5, 2004, at 10:30 GMT and last week ',
    'astral and combining': '😀\u0301 \ud83d \u05e9\u05dc\u05d5\u05dd ',
    // Patterns that once back-tracked without bound on these: names joined by hyphens (a
    // dateline place, a picture credit in brackets) and long runs of white space.
    'lines of hyphenated capitals': 'A-'.repeat(100) + '!\n',
    'lines of a bracket before hyphenated capitals': '[' + 'A-'.repeat(100) + '!\n',
    'runs of white space': 'By a' + ' '.repeat(300) + '- via , and / '
  }
  for (const [name, unit] of Object.entries(shapes)) {
    it(`${name}: 160 KB costs at most about 16 times 10 KB (bound: 40×)`, () => {
      const ratio = costRatio(grow(unit, 10_000), grow(unit, 160_000), 5)
      expect(ratio, `160 KB / 10 KB cost ratio ${ratio.toFixed(1)}`).toBeLessThan(40)
    }, 120_000)
  }
})
