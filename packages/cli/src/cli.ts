import {createRequire} from 'node:module'
import {runEval} from './eval/command.js'
import {parseHelp, runParse, type Io} from './parse/command.js'
import {runQueueCommand} from './queue.js'

export type {Io} from './parse/command.js'

const help = `usage: onrecord <command> [options]

Read news articles and say, with evidence, who published them and when, who is
quoted, what each said, and what happened.

commands:
  parse <file | directory | ->…   print one record per input (JSON Lines)
  eval                            score records against gold annotations
  queue <add|work|status|export>  parse on many machines through Redis (@onrecord/queue)

options:
  -h, --help      show this help (onrecord <command> --help for a command's)
  -v, --version   show the version
`

/**
 * Run the CLI with `argv` (without `node` and the script) and resolve to the exit status:
 * 0 success, 1 when an input stood as an error record, 2 for a usage error.
 *
 * @param argv The arguments, such as `['parse', 'article.txt']`.
 * @param io The streams and environment; the process's own by default.
 *
 * @example
 * process.exitCode = await main(['parse', '--pretty', 'article.txt'])
 */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const [command, ...rest] = argv
  if (command === 'eval') return runEval(rest)
  if (command === 'parse') return runParse(rest, io)
  if (command === 'queue') return runQueueCommand(rest, io)
  if (command === '--help' || command === '-h' || command === 'help') {
    io.stdout.write(rest[0] === 'parse' ? parseHelp : help)
    return 0
  }
  if (command === '--version' || command === '-v') {
    io.stdout.write(version() + '\n')
    return 0
  }
  io.stderr.write(
    (command === undefined ? 'onrecord: expected a command' : `onrecord: unknown command ${command}; expected parse or eval`) +
      '\n' +
      help
  )
  return 2
}

function processIo(): Io {
  return {
    // Lazily: touching process.stdin opens it, and only `-` needs it.
    get stdin() {
      return process.stdin
    },
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env
  }
}

function version(): string {
  // `dist/` and `src/` both sit next to package.json.
  const pkg = createRequire(import.meta.url)('../package.json') as {version: string}
  return pkg.version
}
