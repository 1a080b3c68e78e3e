/**
 * The tasks the benchmark times side by side on the same texts. Each takes one article and
 * returns something whose size keeps the work alive.
 *
 * - `onrecord`: the full `parseArticle` (every default stage, record building, validation).
 * - `chrono-node`: `parse` over the whole article with a reference date.
 * - `wink-nlp`: sentences and entities with `wink-eng-lite-web-model`.
 * - `compromise`: people, organisations and quotations.
 * - `regex floor`: one linear regular-expression pass counting words, the least any reader of
 *   the text must spend.
 */
import {createRequire} from 'node:module'
import {parseArticle} from '@onrecord/core'
import * as chrono from 'chrono-node'
import nlp from 'compromise'

const require = createRequire(import.meta.url)
const winkNlp = require('wink-nlp')
const winkModel = require('wink-eng-lite-web-model')
const wink = winkNlp(winkModel)

const reference = new Date(Date.UTC(2005, 0, 15, 12))
const word = /\w+/g

/** @type {Array<{name: string, describe: string, run: (text: string) => unknown, stride?: number}>} */
export const tasks = [
  {
    name: 'onrecord',
    describe: 'parseArticle (full record)',
    run: (text) => parseArticle(text).claims.length
  },
  {
    name: 'chrono-node',
    describe: 'parse(text, referenceDate)',
    run: (text) => chrono.parse(text, reference)
  },
  {
    name: 'wink-nlp',
    describe: 'sentences + entities (lite web model)',
    run: (text) => {
      const doc = wink.readDoc(text)
      return doc.sentences().out().length + doc.entities().out().length
    }
  },
  {
    name: 'compromise',
    describe: 'people + organizations + quotations',
    // About 0.1 MB/s: timed on every tenth article of a large corpus so that a pass stays short.
    stride: 10,
    run: (text) => {
      const doc = nlp(text)
      return doc.people().out('array').length + doc.organizations().out('array').length + doc.quotations().out('array').length
    }
  },
  {
    name: 'regex floor',
    describe: 'count /\\w+/g matches',
    run: (text) => {
      let count = 0
      word.lastIndex = 0
      while (word.exec(text)) count++
      return count
    }
  }
]

/**
 * The targets, as the onrecord/peer speed ratio each must reach (`min`) or stay under (`max`).
 */
export const targets = [
  {peer: 'chrono-node', min: 1.5, label: '≥ 1.5× chrono-node parse'},
  {peer: 'wink-nlp', min: 6, label: '≥ 6× wink-nlp'},
  {peer: 'compromise', min: 100, label: '≥ 100× compromise'},
  {peer: 'regex floor', min: 1 / 20, label: 'within 20× of the regex floor'}
]

/** Full parse speed target, MB/s on one core. */
export const targetMbPerSecond = 10
