/**
 * The syntax section: tagging and parsing speed on the sentences of real articles (cut by
 * core's own sentence splitter and tokenizer), the model's load time, a full parse with and
 * without every sentence parsed, and the browser bundle with and without the model.
 */
import {execFileSync} from 'node:child_process'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {gzipSync} from 'node:zlib'
import {parseArticle, sentenceWords, tagAndParse} from '@onrecord/core'
import {root} from './corpus.mjs'

/** Sentences of `texts` as arrays of onrecord's tokens. */
export function sentencesOf(texts) {
  return texts.flatMap((text) => sentenceWords(text))
}

/**
 * Tokens per second of `tagAndParse` over `sentences` (median of `passes` after a warm-up), the
 * time of the first call (which decodes the model), and the full parse of `texts`: as it is
 * (stages reading the shipped parser), with `syntax: null`, and, given `baseline` (an earlier
 * build's `@onrecord/core`), as that build parses them, the passes interleaved so that all
 * three see the same machine.
 */
export function syntaxSpeed(texts, {passes = 5, baseline = null} = {}) {
  const firstCallMs = firstCall()
  const sentences = sentencesOf(texts)
  const tokens = sentences.reduce((sum, words) => sum + words.length, 0)
  const rates = []
  for (let pass = 0; pass <= passes; pass++) {
    const begin = performance.now()
    for (const words of sentences) tagAndParse(words)
    if (pass > 0) rates.push(tokens / ((performance.now() - begin) / 1000))
  }
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0)
  const readers = {
    parsed: (text) => parseArticle(text),
    plain: (text) => parseArticle(text, {syntax: null}),
    ...(baseline ? {baseline: (text) => baseline.parseArticle(text)} : {})
  }
  const full = Object.fromEntries(Object.keys(readers).map((name) => [name, []]))
  for (let pass = 0; pass <= Math.max(1, passes - 2); pass++) {
    for (const [name, read] of Object.entries(readers)) {
      const begin = performance.now()
      for (const text of texts) read(text)
      if (pass > 0) full[name].push(bytes / 1e6 / ((performance.now() - begin) / 1000))
    }
  }
  const parsed = median(full.parsed)
  const before = baseline ? median(full.baseline) : null
  return {
    sentences: sentences.length,
    tokens,
    firstCallMs,
    tokensPerSecond: median(rates),
    target: 80_000,
    fullParseMbPerSecond: parsed,
    fullParseWithoutSyntaxMbPerSecond: median(full.plain),
    baselineMbPerSecond: before,
    ratio: before ? parsed / before : null
  }
}

/**
 * Milliseconds of `tagAndParse`'s first call, which decodes the model, in a fresh Node process
 * each time (this one has decoded it already): the median of `runs`.
 */
export function firstCall(runs = 5) {
  const script = "import {tagAndParse} from '@onrecord/core'; const start = performance.now(); tagAndParse(['The', 'model', 'loads', 'once', '.']); process.stdout.write(String(performance.now() - start))"
  const cwd = dirname(dirname(fileURLToPath(import.meta.url)))
  const times = Array.from({length: runs}, () => Number(execFileSync(process.execPath, ['--single-threaded', '--input-type=module', '-e', script], {cwd, encoding: 'utf8'})))
  return median(times)
}

/** Browser bundles (esbuild, minified, gzip -9) of `@onrecord/core/lite`'s parseArticle and of `@onrecord/core`'s with the model. */
export async function syntaxBundles() {
  const core = join(root, 'packages', 'core')
  const fromRoot = createRequire(join(root, 'package.json'))
  const esbuild = createRequire(fromRoot.resolve('tsup'))('esbuild')
  const build = async (contents) => {
    const result = await esbuild.build({
      bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', write: false, logLevel: 'silent',
      stdin: {contents, resolveDir: core, sourcefile: 'entry.js'}
    })
    const code = result.outputFiles[0].contents
    return {minified: code.length, gzipped: gzipSync(code, {level: 9}).length}
  }
  return {
    // `@onrecord/core/lite`: the parse without the model.
    withoutSyntax: await build(`export {parseArticle} from './dist/lite.js'`),
    withSyntax: await build(`export {parseArticle, tagAndParse} from './dist/index.js'`),
    limitGzipped: 2_000_000
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}
