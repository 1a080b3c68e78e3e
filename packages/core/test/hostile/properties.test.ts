/**
 * What holds on any text: `parseArticle` returns, the record validates, every span is in range
 * and round-trips, and no stage crashed. Fixed seeds and bounded runs keep CI deterministic and
 * the file well under 30 seconds; a failure prints the seed and the shrunk counterexample.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'
import {anyString, hostileText, htmlLike, mutatedSeed, problems, seedTexts} from './arbitraries.js'

const settings = (seed: number, numRuns: number) => ({seed, numRuns, endOnFailure: true})

describe('parseArticle on hostile input', () => {
  it('reads the five seeds for the mutations', () => {
    expect(seedTexts).toHaveLength(5)
  })

  it('never throws and keeps every span on random UTF-16 strings', () => {
    fc.assert(fc.property(anyString, (text) => {
      expect(problems(text)).toEqual([])
    }), settings(20_241, 300))
  })

  it('never throws and keeps every span on news words, quotes, astral, combining, RTL, NUL and lone surrogates', () => {
    fc.assert(fc.property(hostileText, (text) => {
      expect(problems(text)).toEqual([])
    }), settings(4_242, 300))
  })

  it('never throws and keeps every span on mutated seed articles', () => {
    fc.assert(fc.property(mutatedSeed, (text) => {
      expect(problems(text)).toEqual([])
    }), settings(7, 150))
  })

  it('never throws and keeps every span on HTML-like text', () => {
    fc.assert(fc.property(htmlLike, (text) => {
      expect(problems(text)).toEqual([])
    }), settings(1_999, 150))
  })

  it('never throws with the caller’s options (name, outlet, published, reference date)', () => {
    const options = fc.record({
      name: fc.constantFrom('a.txt', 'dir/b.md', '.hidden', 'no-extension', ''),
      outlet: fc.constantFrom(null, 'Reuters', 'The Unknown Gazette'),
      published: fc.constantFrom(null, '2022-01-27', '2017-02-13T14:43', '1999'),
      referenceDate: fc.constantFrom(null, '2005-01-15', '1970-01-01T00:00:00Z')
    })
    fc.assert(
      fc.property(fc.oneof(hostileText, mutatedSeed), options, (text, option) => {
        expect(problems(text, option)).toEqual([])
      }),
      settings(31, 150)
    )
  })

  it('is deterministic: the same text gives the same record', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, mutatedSeed), (text) => {
        expect(JSON.stringify(parseArticle(text))).toBe(JSON.stringify(parseArticle(text)))
      }),
      settings(5, 60)
    )
  })

  // Hand-picked shapes that have broken parsers: each alone, not left to chance.
  const shapes: Record<string, string> = {
    empty: '',
    'white space only': ' \t\n\r\n\u00a0\u2028\u3000',
    'one NUL': '\0',
    'lone high surrogate': '\ud83d',
    'lone low surrogate at the end': 'He said "yes"\ude00',
    'reversed pair': '\ude00\ud83d',
    'byte order mark first': '\ufeffTitle\n\n"Quote," he said.',
    'only quotation marks': '""""“”“”‘’\'\'«»',
    'unclosed quotation': '"' + 'word '.repeat(500),
    'closing before opening': '” he said “',
    'CR line ends': 'Title\r\rBy Jane Doe\r\r"Yes," she said.\r',
    'mixed line ends': 'Title\r\n\nBy Jane\u2028Doe\u2029"No," he said.\r',
    'combining marks on quotes': '"\u0301Yes,\u0301"\u0301 he\u0301 said\u0301.',
    'right to left': 'قال الرئيس "نعم" يوم الاثنين.\n\n"שלום," אמר הוא.',
    'bidi override': '\u202e"dias eh ",seY"',
    'emoji names': '"Go," said 😀 Smith 👍🏽 on Monday.',
    'dots': '. . . ... …… .'.repeat(50),
    'initials': 'A. B. C. D. E. F. G. H. '.repeat(50),
    'a long word': 'x'.repeat(20_000),
    'a long line of sentences': 'He said it was fine. '.repeat(1000),
    'HTML page': '<!doctype html><html><head><title>T</title></head><body><p>“Hi,” she said.</p></body></html>',
    'dateline alone': 'LONDON (Reuters) -',
    'byline alone': 'By',
    'numbers as dates': '2024 2024-13-45 31/02/2020 99:99 Feb. 30, 2021 on Monday, Tuesday.'
  }
  for (const [name, text] of Object.entries(shapes)) {
    it(`never throws and keeps every span: ${name}`, () => {
      expect(problems(text)).toEqual([])
    })
  }

  // Arrays of 100,000 items and more: spreading them into a call (`push(...items)`) overflows
  // the call stack, which the runner turns into a `<stage>/crash` error.
  it('never throws and keeps every span: 300,000 lines', () => {
    expect(problems('Word number x.\n'.repeat(300_000))).toEqual([])
  }, 120_000)

  // Once took minutes: every claim searched its block's sentences one by one, and this block
  // holds 130,000 of them. The linear-time test guards the same shape at a smaller size.
  it('never throws and keeps every span: 130,000 quotations on one line', () => {
    expect(problems('"Yes," he said. '.repeat(130_000))).toEqual([])
  }, 120_000)
})

describe('the hostile-input check itself', () => {
  // Without these, a check that never reports anything would pass every property above.
  const text = 'Title\n\n"Yes," she said.'
  const claim = {
    id: 'x',
    speaker: null,
    content: {text: 'Yes', span: {start: 8, end: 12}},
    cue: null,
    span: {start: 7, end: 24},
    kind: 'direct',
    date: null,
    confidence: 1
  }

  it('reports a stage that throws', () => {
    const crash = {name: 'crash', run: () => { throw new Error('boom') }}
    expect(problems(text, {stages: (d) => [...d, crash]})).toEqual([expect.stringContaining('crash/crash')])
  })

  it('reports a span that does not round-trip', () => {
    const shifted = {name: 'shifted', run: () => ({claims: [claim as never]})}
    const found = problems(text, {stages: (d) => [...d, shifted]})
    expect(found.some((p) => /^span claims\[\d+\]\.content: "Yes" ≠ text "Yes,"$/.test(p))).toBe(true)
  })
})
