import {parseArticle} from '@onrecord/core'
import {loadBbc} from './lib/corpus.mjs'
import {stageBreakdown} from './lib/sections.mjs'
const {texts} = loadBbc()
const sample = texts.filter((_, i) => i % 10 === 0)
const rows = stageBreakdown(sample, {passes: 1})
for (const r of rows.sort((a, b) => b.ms - a.ms)) console.log(r.stage.padEnd(32), r.ms.toFixed(0).padStart(6), 'ms', (r.share * 100).toFixed(1) + '%')
let sp = 0, cl = 0, ev = 0
for (const t of sample) { const a = parseArticle(t); sp += a.speakers.length; cl += a.claims.length; ev += a.events.length }
console.log('per article: speakers', (sp / sample.length).toFixed(1), 'claims', (cl / sample.length).toFixed(1), 'events', (ev / sample.length).toFixed(1))
