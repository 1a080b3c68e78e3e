/**
 * `onrecord eval`: score records against gold annotations.
 *
 * ```sh
 * onrecord eval --gold gold/seeds --text seeds [--records out.jsonl] [--json] [--verbose]
 * onrecord eval --format brat --gold polnear-dev/attributions --text polnear-dev/text
 * onrecord eval --format wikievents --gold corpora/wikievents [--split dev|heldout|all]
 * onrecord eval --format brat --polnear corpora --split dev|heldout|all
 * onrecord eval … --write-baseline packages/cli/test/fixtures/quality-baseline.json
 * ```
 */
import {readFile, writeFile} from 'node:fs/promises'
import {evaluateBrat, evaluatePolnear, evaluateSeeds, type BratReport, type SeedReport} from './evaluate.js'
import {formatBratReport, formatSeedReport} from './format.js'
import {evaluateWikiEvents, formatWikiEventsReport, type WikiEventsReport} from './score-wikievents.js'
import {splits, type Split} from './split.js'
import {evaluateGum, formatGumReport, type GumReport} from './gum-coref.js'
import {runConlluEval} from './conllu.js'

/** Where `runEval` writes: anything with a `write(text)`, such as `process.stdout`. */
export interface EvalOutput {
  /** Reports. */
  stdout: {write(text: string): unknown}
  /** Usage and errors. */
  stderr: {write(text: string): unknown}
}

const usage = `usage: onrecord eval --gold DIR --text DIR [options]

  --format seed|brat|wikievents|gum-coref|conllu
                          gold format: seed JSON files (default), brat standoff attributions,
                          WikiEvents JSON Lines, or GUM CoNLL-U coreference (the last two with
                          --gold DIR only: the articles are rebuilt from it)
  --polnear DIR           brat: score PolNeAR from DIR holding polnear-dev/ and polnear-train/
                          (instead of --gold and --text)
  --split dev|heldout|all brat and wikievents: which texts to score. A text is held out when
                          the sha256 of its file name (WikiEvents: its doc_id) begins with 0-3
                          (a quarter). With --polnear, dev (the
                          default) is polnear-dev and the rest of polnear-train, heldout the
                          held-out quarter of polnear-train, all both whole; with --gold and
                          --text it selects from that directory (default all)
  --format conllu         tag and parse a CoNLL-U file's words (--gold FILE, no --text)
  --records FILE          score the records of a JSON Lines file instead of parsing the texts
  --json                  print the report as JSON
  --verbose               list misses per article
  --write-baseline FILE   store the overall figures in FILE under the format's key
`

/** Parsed command-line options. */
interface EvalOptions {
  gold: string
  text: string
  format: Format
  records: string | null
  polnear: string | null
  split: Split | null
  json: boolean
  verbose: boolean
  writeBaseline: string | null
}

type Format = 'seed' | 'brat' | 'wikievents' | 'gum-coref'
const formats: readonly string[] = ['seed', 'brat', 'wikievents', 'gum-coref']

function parseOptions(argv: readonly string[]): EvalOptions | string {
  const options: Partial<EvalOptions> & {format: Format; json: boolean; verbose: boolean} = {
    format: 'seed',
    json: false,
    verbose: false
  }
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!
    const equals = arg.indexOf('=')
    const flag = equals === -1 ? arg : arg.slice(0, equals)
    const inline = equals === -1 ? undefined : arg.slice(equals + 1)
    const value = (): string | undefined => inline ?? argv[++index]
    switch (flag) {
      case '--gold':
        options.gold = value()
        break
      case '--text':
        options.text = value()
        break
      case '--polnear':
        options.polnear = value() ?? null
        break
      case '--split': {
        const split = value()
        if (split === undefined || !(splits as readonly string[]).includes(split)) {
          return `unknown split: ${split ?? '(none)'}; expected ${splits.join(', ')}`
        }
        options.split = split as Split
        break
      }
      case '--records':
        options.records = value() ?? null
        break
      case '--write-baseline':
        options.writeBaseline = value() ?? null
        break
      case '--format': {
        const format = value()
        if (format === undefined || !formats.includes(format)) {
          return `unknown format: ${format ?? '(none)'}; expected ${formats.join(', ')}`
        }
        options.format = format as Format
        break
      }
      case '--json':
        options.json = true
        break
      case '--verbose':
        options.verbose = true
        break
      default:
        return `unknown option: ${arg}`
    }
  }
  if ((options.format === 'wikievents' || options.format === 'gum-coref') && options.gold) options.text ??= ''
  if (options.polnear) {
    if (options.format !== 'brat') return '--polnear goes with --format brat'
    if (options.gold || options.text) return 'expected --polnear DIR or --gold DIR and --text DIR, not both'
    options.gold = options.text = options.polnear
  }
  if (options.split && options.format !== 'brat' && options.format !== 'wikievents') return '--split goes with --format brat or wikievents'
  if (!options.gold || options.text === undefined) return 'expected --gold DIR and --text DIR'
  return {
    gold: options.gold,
    text: options.text,
    format: options.format,
    records: options.records ?? null,
    polnear: options.polnear ?? null,
    split: options.split ?? null,
    json: options.json,
    verbose: options.verbose,
    writeBaseline: options.writeBaseline ?? null
  }
}

/**
 * Run `onrecord eval` with `argv` (the arguments after `eval`) and resolve to the exit status:
 * 0 when a report was printed, 2 for a usage error, 1 when the gold or texts cannot be read.
 */
export async function runEval(argv: string[], output: EvalOutput = process): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    output.stdout.write(usage)
    return 0
  }
  if (argv.some((arg, index) => arg === '--format=conllu' || (arg === '--format' && argv[index + 1] === 'conllu'))) return runConlluEval(argv, output)
  const options = parseOptions(argv)
  if (typeof options === 'string') {
    output.stderr.write(`onrecord eval: ${options}\n\n${usage}`)
    return 2
  }
  let report: SeedReport | BratReport | WikiEventsReport | GumReport
  try {
    report =
      options.format === 'gum-coref'
        ? await evaluateGum(options.gold, {records: options.records})
        : options.format === 'wikievents'
        ? await evaluateWikiEvents(options.gold, {records: options.records, split: options.split ?? 'all'})
        : options.polnear
          ? await evaluatePolnear(options.polnear, {records: options.records, split: options.split ?? 'dev'})
          : options.format === 'brat'
            ? await evaluateBrat(options.gold, options.text, {records: options.records, split: options.split ?? 'all'})
        : await evaluateSeeds(options.gold, options.text, {records: options.records})
  } catch (error) {
    output.stderr.write(`onrecord eval: ${error instanceof Error ? error.message : String(error)}\n`)
    return 1
  }
  if (options.json) output.stdout.write(JSON.stringify(report, null, 2) + '\n')
  else if (report.format === 'gum-coref') output.stdout.write(formatGumReport(report, options.verbose))
  else if (report.format === 'wikievents') output.stdout.write(formatWikiEventsReport(report, options.verbose))
  else if (report.format === 'brat') output.stdout.write(formatBratReport(report, options.verbose))
  else output.stdout.write(formatSeedReport(report, options.verbose))
  if (options.writeBaseline) await writeBaseline(options.writeBaseline, report)
  return 0
}

/** Store the report's figures in a baseline file under the format's key, keeping the other keys. */
async function writeBaseline(file: string, report: SeedReport | BratReport | WikiEventsReport | GumReport): Promise<void> {
  let baseline: Record<string, unknown> = {}
  try {
    baseline = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>
  } catch {
    // A new baseline file.
  }
  baseline[report.format] = report.figures
  await writeFile(file, JSON.stringify(baseline, null, 2) + '\n')
}
