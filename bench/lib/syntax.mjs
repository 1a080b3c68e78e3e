/**
 * The syntax section: tagging and parsing speed on the sentences of real articles (cut by
 * core's own sentence splitter and tokenizer), the model's load time, a full parse with and
 * without every sentence parsed, and the browser bundle with and without the model.
 */
import {createRequire} from 'node:module'
import {join} from 'node:path'
import {gzipSync} from 'node:zlib'
import {parseArticle, sentenceWords, tagAndParse} from '@onrecord/core'
import {root} from './corpus.mjs'

/** Sentences of `texts` as arrays of onrecord's tokens. */
export function sentencesOf(texts) {
  return texts.flatMap((text) => sentenceWords(text))
}

/**
 * Tokens per second of `tagAndParse` over `sentences` (median of `passes` after a warm-up), the
 * time of the first call (which decodes the model), and a full parse of `texts` alone and with
 * every sentence also tagged and parsed.
 */
export function syntaxSpeed(texts, {passes = 5} = {}) {
  const start = performance.now()
  tagAndParse(['The', 'model', 'loads', 'once', '.'])
  const firstCallMs = performance.now() - start
  const sentences = sentencesOf(texts)
  const tokens = sentences.reduce((sum, words) => sum + words.length, 0)
  const rates = []
  for (let pass = 0; pass <= passes; pass++) {
    const begin = performance.now()
    for (const words of sentences) tagAndParse(words)
    if (pass > 0) rates.push(tokens / ((performance.now() - begin) / 1000))
  }
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0)
  const full = (withSyntax) => {
    const rates = []
    for (let pass = 0; pass <= Math.max(1, passes - 2); pass++) {
      const begin = performance.now()
      for (const text of texts) {
        parseArticle(text)
        if (withSyntax) for (const words of sentencesOf([text])) tagAndParse(words)
      }
      if (pass > 0) rates.push(bytes / 1e6 / ((performance.now() - begin) / 1000))
    }
    return median(rates)
  }
  const plain = full(false)
  const parsed = full(true)
  return {
    sentences: sentences.length,
    tokens,
    firstCallMs,
    tokensPerSecond: median(rates),
    target: 80_000,
    fullParseMbPerSecond: plain,
    fullParseWithSyntaxMbPerSecond: parsed,
    ratio: parsed / plain
  }
}

/** Browser bundles (esbuild, minified, gzip -9) of parseArticle alone and with tagAndParse. */
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
    withoutSyntax: await build(`export {parseArticle} from './dist/index.js'`),
    withSyntax: await build(`export {parseArticle, tagAndParse} from './dist/index.js'`),
    limitGzipped: 2_000_000
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}
