/**
 * The benchmark's sections besides throughput: per-stage cost, scaling with input size, the
 * browser bundle size, and the CLI's speed-up with worker threads.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {createRequire} from 'node:module'
import {join} from 'node:path'
import {gzipSync} from 'node:zlib'
import {performance} from 'node:perf_hooks'
import {ArticleSchema, defaultPipeline, parseArticle, verifySpans} from '@onrecord/core'
import {median} from './measure.mjs'
import {repeatedText, root} from './corpus.mjs'

/**
 * Where the time of a full parse goes: each default stage timed through a wrapper, and the
 * rest (record building, sorting, schema validation, hashing) as `runner`.
 */
export function stageBreakdown(texts, {passes = 3} = {}) {
  const spent = new Map(defaultPipeline.map((stage) => [stage.name, 0]))
  const timed = defaultPipeline.map((stage) => ({
    ...stage,
    name: stage.name,
    kind: stage.kind,
    run(context) {
      const start = performance.now()
      try {
        return stage.run(context)
      } finally {
        spent.set(stage.name, spent.get(stage.name) + performance.now() - start)
      }
    }
  }))
  for (const text of texts) parseArticle(text, {stages: timed})
  for (const key of spent.keys()) spent.set(key, 0)

  let total = 0
  for (let pass = 0; pass < passes; pass++) {
    const start = performance.now()
    for (const text of texts) parseArticle(text, {stages: timed})
    total += performance.now() - start
  }
  const rows = [...spent].map(([name, ms]) => ({stage: name, ms: ms / passes, share: ms / total}))
  const inStages = rows.reduce((sum, row) => sum + row.ms, 0)
  rows.push({stage: 'runner (build, validate, hash)', ms: total / passes - inStages, share: 1 - (inStages * passes) / total})
  return rows
}

/** Check every record of a corpus: it validates, every span round-trips, no stage crashed. */
export function checkRecords(texts) {
  let invalid = 0
  let spanProblems = 0
  let crashes = 0
  for (const text of texts) {
    const article = parseArticle(text)
    if (!ArticleSchema.safeParse(article).success) invalid++
    spanProblems += verifySpans(article, text).length
    crashes += article.diagnostics.filter((d) => d.severity === 'error').length
  }
  return {records: texts.length, invalid, spanProblems, errorDiagnostics: crashes}
}

/** The sizes of the scaling table, in bytes. */
export const scalingSizes = [20_000, 50_000, 100_000, 200_000, 500_000, 1_000_000, 2_000_000]

/**
 * Parse time for one input of each size, made of repeated article text. Linear time shows as a
 * flat time per kilobyte; `ratio` is each step's time per kilobyte over the smallest input's.
 */
export function scaling(texts, {sizes = scalingSizes} = {}) {
  const rows = []
  for (const bytes of sizes) {
    const text = repeatedText(texts, bytes)
    parseArticle(text)
    const runs = bytes <= 200_000 ? 7 : 3
    const times = []
    for (let i = 0; i < runs; i++) {
      const start = performance.now()
      parseArticle(text)
      times.push(performance.now() - start)
    }
    const ms = median(times)
    rows.push({bytes: text.length, ms, msPerKb: ms / (text.length / 1000)})
  }
  for (const row of rows) row.ratio = row.msPerKb / rows[0].msPerKb
  const worst = Math.max(...rows.map((row) => row.ratio))
  // Linear within noise: no step costs more than twice the smallest input's time per kilobyte.
  return {rows, worstRatio: worst, linear: worst <= 2}
}

/**
 * The browser bundle of `@onrecord/core`: `dist/index.js` and its dependencies bundled by
 * esbuild (the one tsup installs) for the browser, minified, then gzipped with node:zlib.
 * Measured twice: every export, and an app that imports `parseArticle` alone.
 */
export async function bundleSize() {
  const core = join(root, 'packages', 'core')
  const entry = join(core, 'dist', 'index.js')
  if (!existsSync(entry)) return {error: 'packages/core/dist/index.js is missing: build core first'}
  const fromRoot = createRequire(join(root, 'package.json'))
  const esbuild = createRequire(fromRoot.resolve('tsup'))('esbuild')
  // A minified browser bundle, kept in memory with its metafile.
  const browser = {bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', write: false, metafile: true, logLevel: 'silent'}
  const build = async (contents) => {
    const result = await esbuild.build({...browser, stdin: {contents, resolveDir: core, sourcefile: 'entry.js'}})
    const code = result.outputFiles[0].contents
    // What takes the room: minified bytes by package, and by source file of core (from its
    // source map comments, dist/index.js keeps no file boundaries, so core counts as one).
    const inputs = Object.values(result.metafile.outputs)[0].inputs
    const byPackage = new Map()
    for (const [path, {bytesInOutput}] of Object.entries(inputs)) {
      const name = path.includes('node_modules/')
        ? path.split('node_modules/').pop().split('/').slice(0, path.split('node_modules/').pop().startsWith('@') ? 2 : 1).join('/')
        : '@onrecord/core'
      byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput)
    }
    const parts = [...byPackage].sort((a, b) => b[1] - a[1]).map(([name, bytes]) => ({name, minified: bytes}))
    return {minified: code.length, gzipped: gzipSync(code, {level: 9}).length, parts}
  }
  // Core's own share by source file: the same bundle built from src/, whose files esbuild sees.
  const fromSource = await esbuild.build({...browser, entryPoints: [join(core, 'src', 'index.ts')]})
  const coreFiles = Object.entries(Object.values(fromSource.metafile.outputs)[0].inputs)
    .filter(([path]) => !path.includes('node_modules/'))
    .map(([path, {bytesInOutput}]) => ({file: path.replace(/^.*packages\/core\//, ''), minified: bytesInOutput}))
    .sort((a, b) => b.minified - a.minified)
  return {
    coreFiles,
    all: await build(`export * from './dist/index.js'`),
    parseArticle: await build(`export {parseArticle} from './dist/index.js'`),
    targetGzipped: 40_000
  }
}

/**
 * The CLI over a list of files with `--jobs 1` (twice, the faster counts) and `--jobs 2`: wall
 * time of each, the speed-up, and whether the outputs are byte for byte the same. Null when the
 * CLI has no `--jobs`.
 *
 * Where the system tells it (Linux), also the CPU time each run used, all its threads counted.
 * A run with one job that keeps more than one core busy (V8 compiles on background threads)
 * bounds what any number of threads can gain: on `cores` cores a run needs at least its CPU
 * time ÷ `cores`, and two jobs use no less CPU than one, so the speed-up is at most
 * `cores × wall ÷ CPU` of the one-job run.
 */
export function cliScaling(files) {
  const bin = join(root, 'packages', 'cli', 'bin', 'onrecord.js')
  const source = join(root, 'packages', 'cli', 'src')
  const dist = join(root, 'packages', 'cli', 'dist')
  if (!existsSync(bin) || !existsSync(dist) || !mentionsJobs(source)) return null

  const run = (jobs) => {
    const cpuBefore = childrenCpuMs()
    const start = performance.now()
    const child = spawnSync(process.execPath, [bin, 'parse', '--jobs', String(jobs), ...files], {
      cwd: root,
      maxBuffer: 1 << 30,
      encoding: 'utf8'
    })
    const ms = performance.now() - start
    const cpuAfter = childrenCpuMs()
    const cpuMs = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore
    return {ms, cpuMs, status: child.status, stdout: child.stdout ?? '', stderr: (child.stderr ?? '').slice(0, 500)}
  }

  // One untimed run first, so that the timed runs find the files in the page cache; then each
  // setting twice, alternating, and the faster run of each counts (the machine's speed drifts).
  // The second run with one job also tells a difference between the outputs from a core
  // rebuilt meanwhile.
  run(1)
  const one = run(1)
  const first = run(2)
  const again = run(1)
  const second = run(2)
  const two = second.ms < first.ms ? second : first
  const stable = one.stdout === again.stdout && first.stdout === second.stdout
  const same = one.stdout === two.stdout || (!stable && again.stdout === two.stdout)
  const linesOne = one.stdout.split('\n')
  const linesTwo = two.stdout.split('\n')
  const sameAsSets = same || [...linesOne].sort().join('\n') === [...linesTwo].sort().join('\n')
  const differing = linesOne.filter((line, i) => line !== linesTwo[i])
  const firstDiffering = differing.length ? (JSON.parse(differing[0] || '{}').source?.name ?? null) : null
  const oneJob = again.ms < one.ms ? again : one
  const cores = availableParallelism()
  return {
    files: files.length,
    jobs1Ms: oneJob.ms,
    jobs1CpuMs: oneJob.cpuMs,
    jobs2CpuMs: two.cpuMs,
    cores,
    speedUpBound: oneJob.cpuMs ? (cores * oneJob.ms) / oneJob.cpuMs : null,
    stable,
    jobs2Ms: two.ms,
    speedUp: Math.min(one.ms, again.ms) / two.ms,
    target: 1.6,
    identical: same,
    identicalIgnoringOrder: sameAsSets,
    differingRecords: differing.length,
    firstDiffering,
    status: [one.status, two.status],
    records: one.stdout.split('\n').filter(Boolean).length,
    stderr: one.status === 0 && two.status === 0 ? undefined : one.stderr || two.stderr
  }
}

/**
 * The CPU time, user and system, of the children this process has waited for, in ms; null
 * where `/proc` does not tell it. Clock ticks are 100 a second on Linux's usual builds.
 */
function childrenCpuMs() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8')
    // The fields after the command's name, which is in parentheses and may hold spaces:
    // cutime and cstime are the 16th and 17th fields of the line.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const ticks = Number(fields[13]) + Number(fields[14])
    return Number.isFinite(ticks) ? ticks * 10 : null
  } catch {
    return null
  }
}

function mentionsJobs(dir) {
  const walk = (path) =>
    readdirSync(path, {withFileTypes: true}).some((entry) =>
      entry.isDirectory()
        ? walk(join(path, entry.name))
        : entry.name.endsWith('.ts') && readFileSync(join(path, entry.name), 'utf8').includes('--jobs')
    )
  return existsSync(dir) && walk(dir)
}
