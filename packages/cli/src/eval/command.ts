/**
 * `onrecord eval`: score records against gold annotations.
 */
export async function runEval(argv: string[]): Promise<number> {
  process.stderr.write(`onrecord eval: the scorer is not built yet (${argv.join(' ')})\n`)
  return 2
}
