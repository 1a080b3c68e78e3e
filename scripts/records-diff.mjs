#!/usr/bin/env node
// Parse every text of the seeds and the shared corpora with the current build of
// @onrecord/core and compare the records, byte for byte, to a saved baseline.
//
//   node scripts/records-diff.mjs --write [baseline.jsonl]   save the baseline
//   node scripts/records-diff.mjs [baseline.jsonl]           compare; exit 1 on a difference
//
// Build first (`pnpm run build`). Corpora that are absent are skipped with a message.
import {existsSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {join, relative, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = resolve(fileURLToPath(new URL('..', import.meta.url)))
const args = process.argv.slice(2)
const write = args.includes('--write')
const baselinePath = resolve(args.find((arg) => !arg.startsWith('--')) ?? join(root, '.tmp/records-baseline.jsonl'))

const {parseArticle} = await import(join(root, 'packages/core/dist/index.js'))

const sources = [
  join(root, 'seeds'),
  join(root, '../shared/corpora/polnear-dev/text'),
  join(root, '../shared/corpora/polnear-train/text'),
  join(root, '../shared/corpora/bbc')
]

/** Every `.txt` file under `dir`, sorted, so the order is stable across machines. */
function textFiles(dir) {
  const out = []
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry)
    if (statSync(path).isDirectory()) out.push(...textFiles(path))
    else if (entry.endsWith('.txt') && entry !== 'README.TXT') out.push(path)
  }
  return out
}

const lines = []
const started = performance.now()
for (const dir of sources) {
  if (!existsSync(dir)) {
    console.error(`records-diff: skipping ${dir}: not found`)
    continue
  }
  for (const path of textFiles(dir)) {
    const name = relative(join(root, '..'), path)
    const text = readFileSync(path, 'utf8')
    const record = parseArticle(text, {name: path.split('/').pop()})
    lines.push(JSON.stringify({name, record}))
  }
}
const seconds = ((performance.now() - started) / 1000).toFixed(1)

if (write) {
  writeFileSync(baselinePath, lines.join('\n') + '\n')
  console.log(`records-diff: wrote ${lines.length} records to ${baselinePath} (${seconds} s)`)
  process.exit(0)
}

if (!existsSync(baselinePath)) {
  console.error(`records-diff: no baseline at ${baselinePath}; run with --write on the old build first`)
  process.exit(2)
}
const baseline = readFileSync(baselinePath, 'utf8').split('\n').filter(Boolean)
let differ = 0
let first = null
for (let index = 0; index < Math.max(baseline.length, lines.length); index++) {
  if (baseline[index] === lines[index]) continue
  differ++
  first ??= index
}
if (differ === 0) {
  console.log(`records-diff: ${lines.length} records identical to ${baselinePath} (${seconds} s)`)
  process.exit(0)
}
const before = baseline[first] ?? ''
const after = lines[first] ?? ''
let at = 0
while (at < before.length && before[at] === after[at]) at++
console.log(`records-diff: ${differ} of ${lines.length} records differ; first: ${JSON.parse(after || before).name}`)
console.log(`  baseline: …${before.slice(Math.max(0, at - 200), at + 200)}`)
console.log(`  current:  …${after.slice(Math.max(0, at - 200), at + 200)}`)
process.exit(1)
