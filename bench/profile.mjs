/**
 * Where a full parse spends its CPU time, by function, mapped back to core's source files.
 *
 *     pnpm --filter ./bench run profile            # the BBC corpus (or the seeds)
 *     pnpm --filter ./bench run profile -- --top 40
 *     pnpm --filter ./bench run profile -- --size 1000000   # one 1 MB input
 *     pnpm --filter ./bench run profile -- --lines          # also self time by source line
 *
 * Bundles `packages/core/src` into one private file first (esbuild, with a source map), so that the
 * profile reads the source as it is now, even while `dist/` is being rebuilt, and so that each
 * function maps to the `src/…` file it came from. Then parses every text once to warm up and
 * once under the V8 sampling profiler (node:inspector), and prints self and inclusive time.
 */
import {Session} from 'node:inspector/promises'
import {mkdtempSync, readFileSync} from 'node:fs'
import {createRequire, SourceMap} from 'node:module'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {loadBbc, loadSeeds, repeatedText, root} from './lib/corpus.mjs'

const args = process.argv.slice(2)
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined)
const top = Number(option('--top')) || 25
// `--size 1000000`: one long input of repeated seed-article text instead of the corpus.
const size = Number(option('--size')) || 0
const corpus = size
  ? {name: `${size} bytes of repeated seed text`, texts: [repeatedText(loadSeeds().texts, size)]}
  : (loadBbc() ?? loadSeeds())

const fromRoot = createRequire(join(root, 'package.json'))
const esbuild = createRequire(fromRoot.resolve('tsup'))('esbuild')
const out = join(mkdtempSync(join(tmpdir(), 'onrecord-profile-')), 'core.mjs')
await esbuild.build({
  entryPoints: [join(root, 'packages', 'core', 'src', 'index.ts')],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  outfile: out,
  sourcemap: 'external',
  logLevel: 'silent',
  mainFields: ['module', 'main'],
  nodePaths: [join(root, 'packages', 'core', 'node_modules')]
})

// Where each function of the bundle came from: `src/…:line`, through the bundle's source map.
const sourceMap = new SourceMap(JSON.parse(readFileSync(out + '.map', 'utf8')))
const origin = (line, column) => {
  const entry = sourceMap.findEntry(line, column)
  if (!entry || !entry.originalSource) return '(bundle)'
  const file = entry.originalSource.replace(/^.*node_modules\//, '').replace(/^.*packages\/core\//, '')
  return file.startsWith('src/') ? `${file}:${entry.originalLine + 1}` : file
}

const {parseArticle} = await import(pathToFileURL(out).href)
for (const text of corpus.texts) parseArticle(text)

const session = new Session()
session.connect()
await session.post('Profiler.enable')
await session.post('Profiler.setSamplingInterval', {interval: 100})
await session.post('Profiler.start')
const start = performance.now()
for (const text of corpus.texts) parseArticle(text)
const elapsed = performance.now() - start
const {profile} = await session.post('Profiler.stop')
session.disconnect()

const bytes = corpus.texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0)
console.log(`${corpus.name}: ${corpus.texts.length} articles, ${(bytes / 1e6).toFixed(2)} MB in ${elapsed.toFixed(0)} ms under the profiler (${(bytes / 1e6 / (elapsed / 1000)).toFixed(2)} MB/s)\n`)

const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
const parent = new Map()
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
const spent = new Map()
profile.samples.forEach((id, i) => spent.set(id, (spent.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)))
const total = [...spent.values()].reduce((a, b) => a + b, 0)

const label = (node) => {
  const {functionName, url, lineNumber, columnNumber} = node.callFrame
  const name = functionName || '(anonymous)'
  if (url === pathToFileURL(out).href) return `${name}  ${origin(lineNumber, columnNumber)}`
  if (!url) return name
  return `${name}  ${url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\//, '')}`
}
const self = new Map()
const inclusive = new Map()
const byFile = new Map()
for (const [id, time] of spent) {
  const node = nodes.get(id)
  self.set(label(node), (self.get(label(node)) ?? 0) + time)
  const file = (label(node).split('  ')[1] ?? label(node)).replace(/:\d+$/, '')
  byFile.set(file, (byFile.get(file) ?? 0) + time)
  const seen = new Set()
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const key = label(nodes.get(at))
    if (seen.has(key)) continue
    seen.add(key)
    inclusive.set(key, (inclusive.get(key) ?? 0) + time)
  }
}

const print = (title, map, count) => {
  console.log(title)
  for (const [key, time] of [...map].sort((a, b) => b[1] - a[1]).slice(0, count)) {
    console.log(`${(time / 1000).toFixed(0).padStart(7)} ms ${((100 * time) / total).toFixed(1).padStart(5)}%  ${key}`)
  }
  console.log()
}
// `--lines`: self time by source line of core, from the samples' line ticks.
if (args.includes('--lines')) {
  const byLine = new Map()
  for (const node of profile.nodes) {
    if (node.callFrame.url !== pathToFileURL(out).href || !node.positionTicks) continue
    const ticks = node.positionTicks.reduce((sum, tick) => sum + tick.ticks, 0)
    const perTick = ticks > 0 ? (spent.get(node.id) ?? 0) / ticks : 0
    for (const {line, ticks: count} of node.positionTicks) {
      // A tick gives a line, not a column: the last mapping before column 200 names the
      // statement that line holds in the bundle (esbuild keeps one statement per line).
      const entry = sourceMap.findEntry(line - 1, 200)
      if (!entry?.originalSource?.includes('/packages/core/src/')) continue
      const key = `${entry.originalSource.replace(/^.*packages\/core\//, '')}:${entry.originalLine + 1}`
      byLine.set(key, (byLine.get(key) ?? 0) + count * perTick)
    }
  }
  print('self time by source line of core', byLine, top)
}
print('self time by source file (regular-expression matching counts in the file that runs it)', byFile, top)
print('self time by function', self, top)
print('inclusive time by function', new Map([...inclusive].filter(([key]) => !/^\(root\)|^\(program\)/.test(key))), top)
