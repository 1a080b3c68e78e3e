/**
 * `onrecord eval`: score records against gold annotations.
 *
 * ```sh
 * onrecord eval --gold gold/seeds --text seeds [--records out.jsonl] [--json] [--verbose]
 * onrecord eval --format brat --gold polnear-dev/attributions --text polnear-dev/text
 * onrecord eval … --write-baseline packages/cli/test/fixtures/quality-baseline.json
 * ```
 */
import {readFile, writeFile} from 'node:fs/promises'
import {evaluateBrat, evaluateSeeds, type BratReport, type SeedReport} from './evaluate.js'
import {formatBratReport, formatSeedReport} from './format.js'
import {runConlluEval} from './conllu.js'

/** Where `runEval` writes: anything with a `write(text)`, such as `process.stdout`. */
export interface EvalOutput {
  /** Reports. */
  stdout: {write(text: string): unknown}
  /** Usage and errors. */
  stderr: {write(text: string): unknown}
}

const usage = `usage: onrecord eval --gold DIR --text DIR [options]

  --format seed|brat      gold format: seed JSON files (default) or brat standoff attributions
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
  format: 'seed' | 'brat'
  records: string | null
  json: boolean
  verbose: boolean
  writeBaseline: string | null
}

function parseOptions(argv: readonly string[]): EvalOptions | string {
  const options: Partial<EvalOptions> & {format: 'seed' | 'brat'; json: boolean; verbose: boolean} = {
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
      case '--records':
        options.records = value() ?? null
        break
      case '--write-baseline':
        options.writeBaseline = value() ?? null
        break
      case '--format': {
        const format = value()
        if (format !== 'seed' && format !== 'brat') {
          return `unknown format: ${format ?? '(none)'}; expected seed or brat`
        }
        options.format = format
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
  if (!options.gold || !options.text) return 'expected --gold DIR and --text DIR'
  return {
    gold: options.gold,
    text: options.text,
    format: options.format,
    records: options.records ?? null,
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
  let report: SeedReport | BratReport
  try {
    report =
      options.format === 'brat'
        ? await evaluateBrat(options.gold, options.text, {records: options.records})
        : await evaluateSeeds(options.gold, options.text, {records: options.records})
  } catch (error) {
    output.stderr.write(`onrecord eval: ${error instanceof Error ? error.message : String(error)}\n`)
    return 1
  }
  if (options.json) output.stdout.write(JSON.stringify(report, null, 2) + '\n')
  else if (report.format === 'brat') output.stdout.write(formatBratReport(report, options.verbose))
  else output.stdout.write(formatSeedReport(report, options.verbose))
  if (options.writeBaseline) await writeBaseline(options.writeBaseline, report)
  return 0
}

/** Store the report's figures in a baseline file under the format's key, keeping the other keys. */
async function writeBaseline(file: string, report: SeedReport | BratReport): Promise<void> {
  let baseline: Record<string, unknown> = {}
  try {
    baseline = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>
  } catch {
    // A new baseline file.
  }
  baseline[report.format] = report.figures
  await writeFile(file, JSON.stringify(baseline, null, 2) + '\n')
}
