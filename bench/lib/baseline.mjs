/**
 * An earlier build of @onrecord/core to time beside the current one in the same run: the tree
 * of a git revision, exported with `git archive`, installed from pnpm's store (offline) and
 * built once, under `bench/node_modules/.cache/baseline/<rev>`; later runs reuse it.
 */
import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, rmSync} from 'node:fs'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {root} from './corpus.mjs'

/**
 * The revision before the syntax issue: the parse as it was before any stage read a
 * dependency parse. The syntax targets compare against its speed.
 */
export const beforeSyntax = '2a491b1'

/**
 * Import `@onrecord/core` as built at `rev`. Returns `{rev, core}`, or `{rev, error}` saying why
 * it could not be built (no git history, an install that needs the network).
 */
export async function baselineCore(rev, log = () => {}) {
  const dir = join(root, 'bench', 'node_modules', '.cache', 'baseline', rev)
  const entry = join(dir, 'packages', 'core', 'dist', 'index.js')
  try {
    if (!existsSync(entry)) {
      log(`building @onrecord/core at ${rev} in ${dir} (once)`)
      rmSync(dir, {recursive: true, force: true})
      mkdirSync(dir, {recursive: true})
      const archive = execFileSync('git', ['archive', '--format=tar', rev], {cwd: root, maxBuffer: 1 << 30})
      execFileSync('tar', ['-x', '-C', dir], {input: archive})
      // pnpm as it runs this script: a JavaScript file to run with Node, or a binary.
      const execpath = process.env.npm_execpath
      const pnpm = !execpath ? ['pnpm'] : /\.[cm]?js$/.test(execpath) ? [process.execPath, execpath] : [execpath]
      const run = (args, cwd) => execFileSync(pnpm[0], [...pnpm.slice(1), ...args], {cwd, stdio: ['ignore', 'ignore', 'pipe']})
      // The root (for tsup) and core with its dependencies.
      run(['install', '--offline', '--frozen-lockfile', '--ignore-scripts', '--filter', '.', '--filter', '@onrecord/core...'], dir)
      const tsup = join(dir, 'node_modules', 'tsup', 'dist', 'cli-default.js')
      execFileSync(process.execPath, [tsup], {cwd: join(dir, 'packages', 'core'), stdio: ['ignore', 'ignore', 'pipe']})
    }
    return {rev, core: await import(pathToFileURL(entry).href)}
  } catch (error) {
    const stderr = error?.stderr ? String(error.stderr).trim().split('\n').slice(-2).join(' ') : ''
    return {rev, error: `could not build ${rev}: ${stderr || (error instanceof Error ? error.message : String(error))}`}
  }
}
