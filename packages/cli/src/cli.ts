import {readFile} from 'node:fs/promises'
import {parseArticle} from '@onrecord/core'
import {runEval} from './eval/command.js'

/**
 * Run the CLI with `argv` (without `node` and the script) and resolve to the exit status.
 */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  if (command === 'eval') return runEval(rest)
  if (command === 'parse') {
    for (const file of rest) {
      const text = await readFile(file, 'utf8')
      process.stdout.write(JSON.stringify(parseArticle(text, {name: file})) + '\n')
    }
    return 0
  }
  process.stderr.write('usage: onrecord parse <files…> | onrecord eval --gold DIR --text DIR\n')
  return 2
}
