import assert from 'node:assert/strict'
import {execFileSync, spawnSync} from 'node:child_process'
import {readFileSync, readdirSync, realpathSync} from 'node:fs'
import {delimiter, join} from 'node:path'
import {test} from 'node:test'
import {fileURLToPath} from 'node:url'
import {parseArticle} from '@onrecord/core'
import {articles, speakers, timeline} from '@onrecord/corpus'

const here = fileURLToPath(new URL('..', import.meta.url))
const seeds = fileURLToPath(new URL('../../../seeds/', import.meta.url))

/** The lowest Node major the packages allow (`engines.node` of @onrecord/core, such as `>=20`). */
const core = JSON.parse(readFileSync(fileURLToPath(import.meta.resolve('@onrecord/core/package.json')), 'utf8'))
const lowest = Number(/^>=\s*(\d+)/.exec(core.engines.node)?.[1])

/**
 * Every distinct Node on this machine: the one running the tests (pnpm's) and each `node` on
 * PATH (such as the system's), with its major version.
 */
function nodes() {
  const found = new Map()
  const candidates = [process.execPath, ...(process.env.PATH ?? '').split(delimiter).filter(Boolean).map((dir) => join(dir, 'node'))]
  for (const candidate of candidates) {
    let path
    try {
      path = realpathSync(candidate)
    } catch {
      continue
    }
    if (found.has(path)) continue
    const version = spawnSync(path, ['--version'], {encoding: 'utf8'})
    if (version.status !== 0) continue
    found.set(path, Number(/^v(\d+)/.exec(version.stdout)?.[1]))
  }
  return [...found].map(([path, major]) => ({path, major}))
}

const allowed = nodes().filter((node) => node.major >= lowest)

test('engines gives a lowest Node version', () => {
  assert.ok(Number.isInteger(lowest) && lowest >= 18, `engines.node of @onrecord/core: ${core.engines.node}`)
})

for (const node of allowed) {
  test(`prints every claim of the article it is given, and the corpus figures (Node ${node.major}, ${node.path})`, () => {
    const seed = readdirSync(seeds).filter((name) => name.endsWith('.txt')).sort().at(-1)
    const file = join(seeds, seed)
    const output = execFileSync(node.path, ['index.js', file], {cwd: here, encoding: 'utf8'})
    const article = parseArticle(readFileSync(file, 'utf8'), {name: seed})
    const lines = output.split('\n')
    assert.equal(lines[0], `# ${article.id}: ${article.title?.text ?? '(no title)'}`)
    assert.ok(lines.includes(`${article.claims.length} claims`))
    assert.equal(lines.filter((line) => /^- .*\[\d+-\d+\]$/.test(line)).length, article.claims.length)
    assert.ok(lines.includes('span problems: 0'))
    assert.ok(lines.includes(`# corpus: ${articles.length} articles, ${speakers.length} speakers, ${timeline.length} dated items`))
  })

  test(`reads the first seed by default, from any folder (Node ${node.major})`, () => {
    const output = execFileSync(node.path, [join(here, 'index.js')], {cwd: seeds, encoding: 'utf8'})
    assert.match(output, /^# 000_7ef0ae0930d540bf: /)
  })
}

// The lowest allowed Node is where an example breaks first (type stripping, newer APIs).
test(`runs on the lowest Node that engines allows (${lowest})`, {skip: allowed.some((node) => node.major === lowest) ? false : `no Node ${lowest} on PATH here`}, () => {
  assert.ok(allowed.some((node) => node.major === lowest))
})
