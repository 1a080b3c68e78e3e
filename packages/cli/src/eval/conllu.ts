/**
 * `onrecord eval --format conllu --gold FILE`: tag and parse the gold tokens of a CoNLL-U file
 * with core's syntax model and print part-of-speech accuracy, unlabelled and labelled
 * attachment (punctuation included; universal relations, and full relations with subtypes).
 *
 * ```sh
 * onrecord eval --format conllu --gold ud-english/ewt/test.conllu [--json]
 * ```
 */
import {readFile} from 'node:fs/promises'
import {tagAndParse} from '@onrecord/core'
import {table} from './format.js'

/** One sentence of gold CoNLL-U: the words (no multiword tokens, no empty nodes) and their analysis. */
export interface ConlluSentence {
  words: string[]
  upos: string[]
  /** 1-based heads, 0 for the root. */
  heads: number[]
  relations: string[]
}

/** What `--format conllu` measures. */
export interface ConlluReport {
  format: 'conllu'
  gold: string
  sentences: number
  tokens: number
  /** Percentages: UPOS accuracy, UAS, LAS on universal relations, LAS on full relations. */
  figures: {upos: number; uas: number; las: number; lasFull: number}
  /** Tokens per second for tagging and parsing, on this run. */
  tokensPerSecond: number
}

const usage = `usage: onrecord eval --format conllu --gold FILE [--json]

  --gold FILE   a CoNLL-U file; its words are tagged and parsed, and the result scored
  --json        print the report as JSON
`

/** Read the sentences of a CoNLL-U document; throws on a token line that is not ten columns. */
export function readConllu(source: string): ConlluSentence[] {
  const sentences: ConlluSentence[] = []
  let current: ConlluSentence = {words: [], upos: [], heads: [], relations: []}
  const lines = source.split(/\r?\n/)
  lines.forEach((line, index) => {
    if (line.trim() === '') {
      if (current.words.length > 0) sentences.push(current)
      current = {words: [], upos: [], heads: [], relations: []}
      return
    }
    if (line.startsWith('#')) return
    const columns = line.split('\t')
    if (columns.length !== 10) throw new Error(`line ${index + 1}: expected 10 tab-separated columns, found ${columns.length}`)
    // Multiword tokens (1-2) and empty nodes (1.1) are not words of the tree.
    if (!/^\d+$/.test(columns[0]!)) return
    current.words.push(columns[1]!)
    current.upos.push(columns[3]!)
    current.heads.push(Number(columns[6]))
    current.relations.push(columns[7]!)
  })
  if (current.words.length > 0) sentences.push(current)
  return sentences
}

/** Score core's tagger and parser on gold sentences. */
export function scoreConllu(sentences: readonly ConlluSentence[], gold = ''): ConlluReport {
  let tokens = 0
  let upos = 0
  let uas = 0
  let las = 0
  let lasFull = 0
  let seconds = 0
  // The first call decodes the model: keep it out of the speed.
  tagAndParse(['.'])
  for (const sentence of sentences) {
    const start = performance.now()
    const parse = tagAndParse(sentence.words)
    seconds += (performance.now() - start) / 1000
    for (let index = 0; index < sentence.words.length; index++) {
      tokens++
      if (parse.upos[index] === sentence.upos[index]) upos++
      if (parse.heads[index] !== sentence.heads[index]) continue
      uas++
      const relation = parse.relations[index]!
      const expected = sentence.relations[index]!
      if (relation === expected) lasFull++
      if (universal(relation) === universal(expected)) las++
    }
  }
  const percent = (count: number): number => (tokens === 0 ? 0 : Math.round((10000 * count) / tokens) / 100)
  return {
    format: 'conllu',
    gold,
    sentences: sentences.length,
    tokens,
    figures: {upos: percent(upos), uas: percent(uas), las: percent(las), lasFull: percent(lasFull)},
    tokensPerSecond: seconds === 0 ? 0 : Math.round(tokens / seconds)
  }
}

function universal(relation: string): string {
  const colon = relation.indexOf(':')
  return colon === -1 ? relation : relation.slice(0, colon)
}

/** The report as a table. */
export function formatConlluReport(report: ConlluReport): string {
  const {figures} = report
  return (
    `${report.gold}: ${report.sentences} sentences, ${report.tokens} tokens (gold tokens, punctuation included)\n\n` +
    table([
      ['measure', '%'],
      ['UPOS', figures.upos.toFixed(2)],
      ['UAS', figures.uas.toFixed(2)],
      ['LAS (universal relations)', figures.las.toFixed(2)],
      ['LAS (full relations)', figures.lasFull.toFixed(2)]
    ]) +
    `\n\ntagging + parsing: ${report.tokensPerSecond.toLocaleString('en-US')} tokens/s\n`
  )
}

/**
 * Run `onrecord eval --format conllu` with `argv` (the arguments after `eval`) and resolve to the
 * exit status: 0 when a report was printed, 2 for a usage error, 1 when the gold cannot be read.
 */
export async function runConlluEval(
  argv: readonly string[],
  output: {stdout: {write(text: string): unknown}; stderr: {write(text: string): unknown}}
): Promise<number> {
  let gold: string | undefined
  let json = false
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!
    const equals = arg.indexOf('=')
    const flag = equals === -1 ? arg : arg.slice(0, equals)
    const value = (): string | undefined => (equals === -1 ? argv[++index] : arg.slice(equals + 1))
    if (flag === '--gold') gold = value()
    else if (flag === '--format') value()
    else if (flag === '--json') json = true
    else {
      output.stderr.write(`onrecord eval: unknown option for --format conllu: ${arg}\n\n${usage}`)
      return 2
    }
  }
  if (!gold) {
    output.stderr.write(`onrecord eval: expected --gold FILE\n\n${usage}`)
    return 2
  }
  let report: ConlluReport
  try {
    report = scoreConllu(readConllu(await readFile(gold, 'utf8')), gold)
  } catch (error) {
    output.stderr.write(`onrecord eval: ${gold}: ${error instanceof Error ? error.message : String(error)}\n`)
    return 1
  }
  output.stdout.write(json ? JSON.stringify(report, null, 2) + '\n' : formatConlluReport(report))
  return 0
}
