import {cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {parseBrat} from '../src/eval/brat.js'
import {runEvalCaptured as run} from './eval-helpers.js'
import {evaluateBrat, evaluatePolnear} from '../src/eval/evaluate.js'
import {contentKinds, quotedStretches, scoreBrat} from '../src/eval/score-brat.js'
import {inSplit, isHeldOut} from '../src/eval/split.js'
import {WordIndex} from '../src/eval/words.js'
import {makeArticle} from './fixtures/eval/make-article.js'

const fixtures = fileURLToPath(new URL('fixtures/eval/brat/', import.meta.url))
const rally = readFileSync(`${fixtures}text/rally.txt`, 'utf8')

/** Made-up file names in the PolNeAR style. */
const names = Array.from({length: 400}, (_, index) => `outlet-${index % 7}_2016-0${(index % 9) + 1}-1${index % 10}_story-${index}.txt`)

describe('the held-out split', () => {
  it('holds out about a quarter of the texts, by name alone', () => {
    const held = names.filter((name) => isHeldOut(name)).length
    expect(held).toBeGreaterThan(names.length * 0.18)
    expect(held).toBeLessThan(names.length * 0.32)
    // The directory does not count.
    for (const name of names.slice(0, 20)) expect(isHeldOut(`/some/dir/${name}`)).toBe(isHeldOut(name))
  })

  it('splits the texts into a development part and a held-out quarter', () => {
    for (const name of names) {
      expect(inSplit(name, 'all')).toBe(true)
      expect(inSplit(name, 'dev')).not.toBe(inSplit(name, 'heldout'))
    }
  })
})

describe('kinds of speech', () => {
  it('finds the stretches inside quotation marks, closing an open one at the paragraph end', () => {
    const text = 'He said “we will” and "they won\'t" then “more\nnot this “last'
    const stretches = quotedStretches(text).map((span) => text.slice(span.start, span.end))
    expect(stretches).toEqual(['we will', "they won't", 'more', 'last'])
    // Two apostrophes are a straight double quote; one is an apostrophe.
    const archive = "''We will stay,'' she said, calling it ''a disgrace.'' It's over."
    expect(quotedStretches(archive).map((span) => archive.slice(span.start, span.end))).toEqual(['We will stay,', 'a disgrace.'])
  })

  it('tells direct, mixed and indirect contents by their quoted words', () => {
    const words = new WordIndex(rally)
    const [quote, indirect] = parseBrat(readFileSync(`${fixtures}attributions/rally_4b22.ann`, 'utf8'), rally).attributions
    const start = rally.indexOf('the rally')
    const mixedText = 'said "and we will win it big."\nA spokesman'
    const mixed = {start: rally.indexOf(mixedText), end: rally.indexOf(mixedText) + mixedText.length}
    expect(contentKinds(rally, words, [quote!.content, indirect!.content, [mixed], [{start, end: start}]])).toEqual([
      'direct',
      'indirect',
      'mixed',
      'indirect'
    ])
  })

  it('counts the recall of each kind among speech attributions', () => {
    const gold = parseBrat(readFileSync(`${fixtures}attributions/rally_4b22.ann`, 'utf8'), rally).attributions
    const found = scoreBrat('rally.txt', 'rally_4b22.ann', rally, gold, makeArticle(rally, {claims: [{content: 'We will win this state,'}]}))
    expect(found.speech.kinds.direct).toEqual({content: {right: 1, total: 1}, exact: {right: 1, total: 1}})
    expect(found.speech.kinds.indirect).toEqual({content: {right: 0, total: 1}, exact: {right: 0, total: 1}})
    // `believes` reports no speech: among all attributions only.
    expect(found.all.kinds.indirect.content.total).toBe(2)
    const none = scoreBrat('rally.txt', 'rally_4b22.ann', rally, gold, null)
    expect(none.speech.kinds.direct.content).toEqual({right: 0, total: 1})
  })
})

/** A PolNeAR-like root: polnear-dev with the fixture text, polnear-train with one held-out and one development text. */
function polnearRoot(): {root: string; heldOut: string; kept: string} {
  const root = mkdtempSync(join(tmpdir(), 'onrecord-polnear-'))
  const heldOut = names.find((name) => isHeldOut(name))!
  const kept = names.find((name) => !isHeldOut(name))!
  const ann = readFileSync(`${fixtures}attributions/rally_4b22.ann`, 'utf8')
  cpSync(fixtures, join(root, 'polnear-dev'), {recursive: true})
  for (const dir of ['attributions', 'text']) mkdirSync(join(root, 'polnear-train', dir), {recursive: true})
  for (const name of [heldOut, kept]) {
    writeFileSync(join(root, 'polnear-train', 'text', name), rally)
    writeFileSync(join(root, 'polnear-train', 'attributions', name.replace(/\.txt$/, '.ann')), ann)
  }
  return {root, heldOut, kept}
}

describe('evaluatePolnear', () => {
  it('scores polnear-dev and the development part of polnear-train, or the held-out quarter alone', async () => {
    const {root, heldOut, kept} = polnearRoot()
    const dev = await evaluatePolnear(root, {split: 'dev'})
    expect(dev.articles.map((article) => article.file)).toEqual(['rally.txt', kept])
    expect(dev.sets.map((set) => [set.split, set.texts, set.of])).toEqual([
      ['all', 1, 1],
      ['dev', 1, 2]
    ])
    const held = await evaluatePolnear(root, {split: 'heldout'})
    expect(held.articles.map((article) => article.file)).toEqual([heldOut])
    const all = await evaluatePolnear(root, {split: 'all'})
    expect(all.total.articles).toBe(3)
    expect(all.total.speech.content.gold).toBe(3 * 2)
    const one = await evaluateBrat(join(root, 'polnear-train', 'attributions'), join(root, 'polnear-train', 'text'), {split: 'heldout'})
    expect(one.articles.map((article) => article.file)).toEqual([heldOut])
  })
})

describe('onrecord eval --split', () => {
  it('prints how many texts each directory gave, and recall by kind', async () => {
    const {root} = polnearRoot()
    const {code, stdout} = await run(['--format', 'brat', '--polnear', root, '--split', 'heldout'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/polnear-train\/attributions: 1 of 2 annotated texts \(held-out quarter/)
    expect(stdout).not.toMatch(/polnear-dev/)
    expect(stdout).toMatch(/^speech direct +\S+ +\d+\/1, exact span/m)
  })

  it('refuses what does not fit together', async () => {
    expect((await run(['--format', 'brat', '--polnear', 'x', '--split', 'train'])).stderr).toMatch(
      /unknown split: train; expected dev, heldout, all/
    )
    expect((await run(['--polnear', 'x'])).stderr).toMatch(/--polnear goes with --format brat/)
    expect((await run(['--format', 'brat', '--polnear', 'x', '--gold', 'y'])).stderr).toMatch(/not both/)
    expect((await run(['--gold', 'x', '--text', 'y', '--split', 'dev'])).code).toBe(2)
    const missing = await run(['--format', 'brat', '--polnear', join(tmpdir(), 'no-such-polnear')])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/no-such-polnear/)
  })
})
