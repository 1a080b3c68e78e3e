import {spawn, type ChildProcess} from 'node:child_process'
import {fileURLToPath} from 'node:url'

/** The repository's root. */
export const root = fileURLToPath(new URL('../../../', import.meta.url))

/** The built `onrecord` bin: the tests run the command line as users do. */
export const bin = fileURLToPath(new URL('../../cli/bin/onrecord.js', import.meta.url))

/** What a finished command printed and how it exited. */
export interface Finished {
  status: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

/** A running `onrecord …` and what it will have printed when it ends. */
export interface Running {
  child: ChildProcess
  done: Promise<Finished>
}

/** Start `onrecord …` in `cwd` (the repository's root by default), collecting its output. */
export function start(args: readonly string[], options: {cwd?: string; input?: string} = {}): Running {
  const child = spawn(process.execPath, [bin, ...args], {cwd: options.cwd ?? root, stdio: ['pipe', 'pipe', 'pipe']})
  child.stdin.end(options.input ?? '')
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  // 'close' comes after the exit and the end of both pipes.
  const done = new Promise<Finished>((resolve) => child.on('close', (status, signal) => resolve({status, signal, stdout, stderr})))
  return {child, done}
}

/** Run `onrecord …` to the end. */
export function run(args: readonly string[], options: {cwd?: string; input?: string} = {}): Promise<Finished> {
  return start(args, options).done
}
