/**
 * onrecord's benchmark: one process, one core, the same texts for every reader.
 *
 *     pnpm bench            # builds, then prints the tables
 *     pnpm bench -- --json  # the same figures as one JSON document on stdout
 *     pnpm bench -- --quick # fewer passes, for a quick look
 *     pnpm bench -- --json-out=bench.json  # the tables, and the JSON document in a file
 *     pnpm bench -- --no-baseline           # without the build before the syntax issue beside this one
 *
 * Sections: throughput of onrecord's full parse beside its peers on the BBC corpus and the
 * seeds (median of several passes after a warm-up, MB = 10^6 bytes of UTF-8 input), where the
 * parse spends its time by stage, parse time against input size, the browser bundle size, and
 * the CLI's speed-up with two worker threads. Every target is printed as met or not; none of
 * them fails the run, because timings are figures to read, not tests.
 */
import {writeFileSync} from 'node:fs'
import {cpus, loadavg} from 'node:os'
import {loadBbc, loadSeeds} from './lib/corpus.mjs'
import {measure} from './lib/measure.mjs'
import {targetMbPerSecond, targets, tasks} from './lib/peers.mjs'
import {bundleSize, checkRecords, cliScaling, scaling, scalingSizes, stageBreakdown} from './lib/sections.mjs'
import {baselineCore, beforeSyntax} from './lib/baseline.mjs'
import {syntaxBundles, syntaxSpeed} from './lib/syntax.mjs'

const args = new Set(process.argv.slice(2))
const json = args.has('--json')
// `--json-out=FILE`: print the tables and also write the JSON document to FILE.
const jsonOut = [...args].find((arg) => arg.startsWith('--json-out='))?.slice('--json-out='.length)
const quick = args.has('--quick')
const passes = quick ? 3 : 5
const log = (line = '') => {
  if (!json) process.stdout.write(line + '\n')
}
const progress = (line) => process.stderr.write(`bench: ${line}\n`)

const report = {
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  date: new Date().toISOString(),
  corpora: {},
  stages: null,
  scaling: null,
  bundle: null,
  cli: null
}

const seeds = loadSeeds()
const bbc = loadBbc()
if (!bbc) log('BBC corpus not found at ../shared/corpora/bbc (beside the repository): skipped; timing the seeds only.\n')
const corpora = [bbc, seeds].filter(Boolean)

const load = () => loadavg()[0]
report.loadBefore = load()
log(`onrecord benchmark — Node ${process.version}, one core (main thread), median of ${passes} passes after a warm-up`)
log(`${cpus().length} cores, load average ${report.loadBefore.toFixed(2)}${report.loadBefore > cpus().length / 2 ? ' — the machine is busy: timings run slow and ratios are noisy' : ''}`)
log('MB = 10^6 bytes of UTF-8 input; ratio = onrecord speed / peer speed\n')

for (const corpus of corpora) {
  const bytes = corpus.texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0)
  const results = {}
  for (const task of tasks) {
    const texts = task.stride && corpus.texts.length > 100 ? corpus.texts.filter((_, i) => i % task.stride === 0) : corpus.texts
    progress(`${corpus.name}: ${task.name} on ${texts.length} articles`)
    const slow = task.name === 'compromise'
    const result = measure(texts, task.run, {passes: slow ? 3 : passes, minMs: slow ? 1000 : 300})
    results[task.name] = {...result, describe: task.describe, sample: texts.length === corpus.texts.length ? 'all' : `every ${task.stride}th`}
  }
  const onrecord = results.onrecord
  for (const [name, result] of Object.entries(results)) result.ratio = onrecord.mbPerSecond / result.mbPerSecond

  const checks = targets.map((target) => ({
    target: target.label,
    value: results[target.peer].ratio,
    met: results[target.peer].ratio >= target.min
  }))
  checks.unshift({target: `≥ ${targetMbPerSecond} MB/s full parse`, value: onrecord.mbPerSecond, met: onrecord.mbPerSecond >= targetMbPerSecond})
  progress(`${corpus.name}: checking every record`)
  report.corpora[corpus.name] = {articles: corpus.texts.length, bytes, results, targets: checks, records: checkRecords(corpus.texts)}

  log(`## ${corpus.name}: ${corpus.texts.length} articles, ${(bytes / 1e6).toFixed(2)} MB`)
  log(table(
    ['reader', 'what', 'articles', 'MB/s', 'ms/article', 'onrecord ×'],
    Object.entries(results).map(([name, r]) => [
      name, r.describe, r.sample === 'all' ? String(r.articles) : `${r.articles} (${r.sample})`,
      r.mbPerSecond.toFixed(2), r.msPerArticle.toFixed(3), name === 'onrecord' ? '1' : formatRatio(r.ratio)
    ])
  ))
  const measured = (c) =>
    c.target.includes('MB/s') ? `${c.value.toFixed(2)} MB/s` : c.value < 1 ? `${formatRatio(1 / c.value)}× slower` : `${formatRatio(c.value)}×`
  log(table(['target', 'measured', 'met'], checks.map((c) => [c.target, measured(c), c.met ? 'yes' : 'NO'])))
  const records = report.corpora[corpus.name].records
  log(`records: ${records.records}, invalid: ${records.invalid}, span problems: ${records.spanProblems}, error diagnostics: ${records.errorDiagnostics}\n`)
}

const main = bbc ?? seeds
progress('stage breakdown')
report.stages = stageBreakdown(main.texts, {passes: quick ? 1 : 3})
log(`## where a full parse spends its time (${main.name}, ${main.texts.length} articles)`)
log(table(['stage', 'ms per pass', 'share'], report.stages.map((r) => [r.stage, r.ms.toFixed(1), `${(r.share * 100).toFixed(1)}%`])))
log()

progress('scaling')
report.scaling = scaling(seeds.texts, {sizes: quick ? scalingSizes.filter((size) => size <= 1_000_000) : scalingSizes})
log('## scaling: one input of repeated seed-article text')
log(table(
  ['size', 'ms', 'ms per KB', 'ratio to 20 KB'],
  report.scaling.rows.map((r) => [`${(r.bytes / 1000).toFixed(0)} KB`, r.ms.toFixed(1), r.msPerKb.toFixed(4), r.ratio.toFixed(2)])
))
log(`linear (no step above 2× the 20 KB time per KB): ${report.scaling.linear ? 'yes' : 'NO'} (worst ${report.scaling.worstRatio.toFixed(2)}×)\n`)

progress('bundle')
report.bundle = await bundleSize()
log('## browser bundle of @onrecord/core (esbuild, minified, gzip -9)')
if (report.bundle.error) log(report.bundle.error)
else {
  const b = report.bundle
  log(table(['entry', 'minified', 'gzipped', 'target ≤ 40 kB'], [
    ['every export', kb(b.all.minified), kb(b.all.gzipped), b.all.gzipped <= b.targetGzipped ? 'yes' : 'NO'],
    ['parseArticle only', kb(b.parseArticle.minified), kb(b.parseArticle.gzipped), b.parseArticle.gzipped <= b.targetGzipped ? 'yes' : 'NO']
  ]))
  log(`minified bytes by package: ${b.all.parts.map((part) => `${part.name} ${kb(part.minified)}`).join(', ')}`)
  log(`largest files of core: ${b.coreFiles.slice(0, 8).map((part) => `${part.file} ${kb(part.minified)}`).join(', ')}`)
}
log()

progress('syntax')
// The build before the syntax issue, timed beside this one (`--no-baseline` skips it).
const baseline = args.has('--no-baseline') ? null : await baselineCore(beforeSyntax, progress)
report.syntax = {speed: syntaxSpeed(main.texts, {passes: quick ? 2 : 5, baseline: baseline?.core ?? null}), bundles: await syntaxBundles()}
{
  const {speed, bundles} = report.syntax
  log(`## syntax: tagAndParse on the sentences of ${main.name} (onrecord's own tokens), one core`)
  log(table(['measure', 'value', 'target'], [
    ['tagging + parsing', `${Math.round(speed.tokensPerSecond).toLocaleString('en-US')} tokens/s`, `≥ 80,000: ${speed.tokensPerSecond >= speed.target ? 'yes' : 'NO'}`],
    ['first call (decodes the model)', `${speed.firstCallMs.toFixed(1)} ms`, `≤ 50 ms: ${speed.firstCallMs <= 50 ? 'yes' : 'NO'}`],
    ['full parse, stages reading the parse', `${speed.fullParseMbPerSecond.toFixed(2)} MB/s`, ''],
    ['full parse, syntax: null', `${speed.fullParseWithoutSyntaxMbPerSecond.toFixed(2)} MB/s`, ''],
    speed.baselineMbPerSecond === null
      ? ['full parse before the syntax issue', baseline?.error ?? 'skipped (--no-baseline)', '']
      : [`full parse before the syntax issue (${beforeSyntax}, same run)`, `${speed.baselineMbPerSecond.toFixed(2)} MB/s`, `now ≥ half of it: ${speed.ratio >= 0.5 ? 'yes' : 'NO'} (${speed.ratio.toFixed(2)}×)`],
    ['bundle: parseArticle from @onrecord/core/lite, no model (gzip)', kb(bundles.withoutSyntax.gzipped), ''],
    ['bundle: parseArticle + tagAndParse from @onrecord/core (gzip)', kb(bundles.withSyntax.gzipped), `model ≤ 2 MB: ${bundles.withSyntax.gzipped - bundles.withoutSyntax.gzipped <= bundles.limitGzipped ? 'yes' : 'NO'}`]
  ]))
  log(`${speed.sentences} sentences, ${speed.tokens} tokens\n`)
}

log('## CLI: onrecord parse with --jobs 1 and --jobs 2')
if (!bbc) log('not available: the BBC corpus is absent')
else {
  progress('cli')
  report.cli = cliScaling(bbc.files)
  if (!report.cli) log('not available: the CLI has no --jobs option yet')
  else {
    const c = report.cli
    log(table(['files', '--jobs 1', '--jobs 2', 'speed-up', 'target ≥ 1.6×', 'outputs identical'], [[
      String(c.files), `${(c.jobs1Ms / 1000).toFixed(2)} s`, `${(c.jobs2Ms / 1000).toFixed(2)} s`, `${c.speedUp.toFixed(2)}×`,
      c.speedUp >= c.target ? 'yes' : 'NO', c.identical ? 'yes' : c.identicalIgnoringOrder ? 'same records, other order' : 'NO'
    ]]))
    if (c.speedUpBound !== null) {
      log(`CPU time, all threads: ${(c.jobs1CpuMs / 1000).toFixed(2)} s with --jobs 1 (${(c.jobs1CpuMs / c.jobs1Ms).toFixed(2)} cores busy on average), ` +
        `${(c.jobs2CpuMs / 1000).toFixed(2)} s with --jobs 2. Two jobs use no less CPU than one, so on ${c.cores} cores no --jobs ` +
        `setting can beat ${c.cores} × wall ÷ CPU of the --jobs 1 run: ${c.speedUpBound.toFixed(2)}×.`)
    }
    if (!c.identical) log(`${c.differingRecords} records differ, the first: ${c.firstDiffering}`)
    if (!c.stable) log('the two --jobs 1 runs differ too: core was rebuilt during the benchmark')
    if (c.stderr) log(`exit status ${c.status.join(', ')}: ${c.stderr}`)
  }
}

report.loadAfter = load()
log(`\nload average at the end: ${report.loadAfter.toFixed(2)}`)
if (json) process.stdout.write(JSON.stringify(report, null, 2) + '\n')
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(report, null, 2) + '\n')

function table(head, rows) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)))
  // Words read left-aligned, figures right-aligned.
  const left = head.map((_, i) => i === 0 || rows.some((row) => /^[a-z(]/i.test(row[i]) && !/^(yes|NO)$/.test(row[i])))
  const line = (cells) => '| ' + cells.map((cell, i) => (left[i] ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ') + ' |'
  return [line(head), '|' + widths.map((w, i) => (left[i] ? ':' : '-') + '-'.repeat(w) + (left[i] ? '-' : ':')).join('|') + '|', ...rows.map(line)].join('\n')
}

function formatRatio(value) {
  return value >= 10 ? value.toFixed(0) : value >= 1 ? value.toFixed(1) : value.toFixed(3)
}

function kb(bytes) {
  return `${(bytes / 1000).toFixed(1)} kB`
}
