// Run pipeline.sh on the seed articles and check its lines against the records core gives.
import assert from 'node:assert/strict'
import {execFileSync, spawnSync} from 'node:child_process'
import {readFileSync, readdirSync} from 'node:fs'
import {test} from 'node:test'
import {fileURLToPath} from 'node:url'
import {parseArticle} from '@onrecord/core'

const here = fileURLToPath(new URL('..', import.meta.url))
const seeds = fileURLToPath(new URL('../../../seeds/', import.meta.url))
const hasJq = spawnSync('jq', ['--version']).status === 0
// Locally a missing jq skips the test with a message; in CI (.ci/run installs it) it fails.
const skip = !hasJq && !process.env.CI ? 'jq is not installed (apt-get install jq)' : false

test('one line per article and one per claim, as the records say', {skip}, () => {
  const files = readdirSync(seeds).filter((name) => name.endsWith('.txt')).sort()
  const output = execFileSync('sh', ['pipeline.sh', ...files.map((name) => seeds + name)], {cwd: here, encoding: 'utf8'})
  const rows = output.trimEnd().split('\n').map((line) => line.split('\t'))
  const records = files.map((name) => parseArticle(readFileSync(seeds + name, 'utf8'), {name}))
  const articleRows = rows.filter((row) => row[0] === 'article')
  assert.deepEqual(articleRows.map((row) => row[1]), records.map((record) => record.id))
  assert.deepEqual(articleRows.map((row) => Number(row[4])), records.map((record) => record.claims.length))
  const claimRows = rows.filter((row) => row[0] === 'claim')
  assert.equal(claimRows.length, records.reduce((sum, record) => sum + record.claims.length, 0))
  assert.equal(rows.length, articleRows.length + claimRows.length)
})
