import {parseArticle} from '@onrecord/core'
import {loadBbc} from './lib/corpus.mjs'
const {texts} = loadBbc()
const sample = texts.filter((_, i) => i % 5 === 0)
const a = performance.now()
for (const t of sample) parseArticle(t)
const ms = performance.now() - a
const bytes = sample.reduce((s, t) => s + t.length, 0)
console.log(sample.length, 'articles', (bytes / 1e6 / (ms / 1000)).toFixed(2), 'MB/s', (ms / sample.length).toFixed(2), 'ms/article')
