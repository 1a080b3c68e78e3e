import {runEval} from '../src/eval/command.js'

/** Run `onrecord eval` and capture what it prints. */
export async function runEvalCaptured(argv: string[]): Promise<{code: number; stdout: string; stderr: string}> {
  let stdout = ''
  let stderr = ''
  const code = await runEval(argv, {
    stdout: {write: (text: string) => (stdout += text)},
    stderr: {write: (text: string) => (stderr += text)}
  })
  return {code, stdout, stderr}
}
