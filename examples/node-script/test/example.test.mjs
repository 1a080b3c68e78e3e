import assert from 'node:assert/strict'
import {execFileSync} from 'node:child_process'
import {readFileSync, readdirSync} from 'node:fs'
import {test} from 'node:test'
import {parseArticle} from '@onrecord/core'
import {articles, speakers, timeline} from '@onrecord/corpus'

const here = new URL('..', import.meta.url)
const seeds = new URL('../../../seeds/', import.meta.url)

test('prints every claim of the article it is given, and the corpus figures', () => {
  const seed = readdirSync(seeds).filter((name) => name.endsWith('.txt')).sort().at(-1)
  const file = new URL(seed, seeds).pathname
  const output = execFileSync(process.execPath, ['index.ts', file], {cwd: here, encoding: 'utf8'})
  const article = parseArticle(readFileSync(file, 'utf8'), {name: seed})
  const lines = output.split('\n')
  assert.equal(lines[0], `# ${article.id}: ${article.title?.text ?? '(no title)'}`)
  assert.ok(lines.includes(`${article.claims.length} claims`))
  assert.equal(lines.filter((line) => /^- .*\[\d+-\d+\]$/.test(line)).length, article.claims.length)
  assert.ok(lines.includes('span problems: 0'))
  assert.ok(lines.includes(`# corpus: ${articles.length} articles, ${speakers.length} speakers, ${timeline.length} dated items`))
})

test('reads the first seed by default', () => {
  const output = execFileSync(process.execPath, ['index.ts'], {cwd: here, encoding: 'utf8'})
  assert.match(output, /^# 000_7ef0ae0930d540bf: /)
})
