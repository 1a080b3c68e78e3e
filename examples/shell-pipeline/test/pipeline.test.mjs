// Run pipeline.sh as its README shows, from other folders, and check its lines against the
// records core gives, its report of inputs it could not parse and its exit status.
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, readdirSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {delimiter, join, relative} from 'node:path'
import {test} from 'node:test'
import {fileURLToPath} from 'node:url'
import {parseArticle} from '@onrecord/core'

const script = fileURLToPath(new URL('../pipeline.sh', import.meta.url))
const root = fileURLToPath(new URL('../../../', import.meta.url))
const seeds = join(root, 'seeds')
const files = readdirSync(seeds).filter((name) => name.endsWith('.txt')).sort()
const records = files.map((name) => parseArticle(readFileSync(join(seeds, name), 'utf8'), {name}))
const hasJq = spawnSync('jq', ['--version']).status === 0
// Locally a missing jq skips the test with a message; in CI (.ci/run installs it) it fails.
const skip = !hasJq && !process.env.CI ? 'jq is not installed (apt-get install jq)' : false

/** PATH without any node_modules/.bin: onrecord is then found beside the script, as from a plain shell. */
const plainPath = (process.env.PATH ?? '').split(delimiter).filter((dir) => !dir.includes('node_modules')).join(delimiter)

function run(args, options) {
  const result = spawnSync(script, args, {encoding: 'utf8', ...options})
  const rows = result.stdout.trimEnd().split('\n').filter(Boolean).map((line) => line.split('\t'))
  return {...result, rows}
}

function assertRowsMatchRecords(rows) {
  const articleRows = rows.filter((row) => row[0] === 'article')
  assert.deepEqual(articleRows.map((row) => row[1]), records.map((record) => record.id))
  assert.deepEqual(articleRows.map((row) => Number(row[4])), records.map((record) => record.claims.length))
  const claimRows = rows.filter((row) => row[0] === 'claim')
  assert.deepEqual(claimRows.map((row) => row[4]), records.flatMap((record) => record.claims.map((claim) => claim.content.text)))
  return {articleRows, claimRows}
}

test('from the repository root, as the README shows: one line per article and one per claim', {skip}, () => {
  const result = run(files.map((name) => `seeds/${name}`), {cwd: root, env: {...process.env, PATH: plainPath}})
  assert.equal(result.status, 0, result.stderr)
  const {articleRows, claimRows} = assertRowsMatchRecords(result.rows)
  assert.equal(result.rows.length, articleRows.length + claimRows.length)
  assert.match(result.stderr, /onrecord parse: 5 articles, 0 error records/)
})

test('from any other folder, with paths relative to it', {skip}, () => {
  const elsewhere = mkdtempSync(join(tmpdir(), 'onrecord-pipeline-'))
  try {
    const result = run(files.map((name) => relative(elsewhere, join(seeds, name))), {cwd: elsewhere})
    assert.equal(result.status, 0, result.stderr)
    assertRowsMatchRecords(result.rows)
  } finally {
    rmSync(elsewhere, {recursive: true, force: true})
  }
})

test('reports an input it cannot parse as an error line and on stderr, goes on, and exits 1', {skip}, () => {
  const result = run(['missing.txt', ...files], {cwd: seeds})
  assert.equal(result.status, 1)
  assert.deepEqual(result.rows[0], ['error', 'missing.txt', 'ENOENT', 'no such file or directory'])
  assertRowsMatchRecords(result.rows.slice(1))
  assert.match(result.stderr, /missing\.txt:1:1 error no such file or directory ENOENT/)
})

test('fails when onrecord fails, whatever jq does (pipefail), and says why', {skip}, () => {
  const noInput = run([], {cwd: seeds})
  assert.equal(noInput.status, 2)
  assert.match(noInput.stderr, /usage: pipeline\.sh/)
  const url = run(['https://example.com/story'], {cwd: seeds})
  assert.equal(url.status, 2)
  assert.equal(url.stdout, '')
  assert.match(url.stderr, /onrecord reads text, not the web/)
})
