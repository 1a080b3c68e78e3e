import {readdirSync, readFileSync, statSync} from 'node:fs'
import {dirname, join, relative, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import ts from 'typescript'

/** The folder of core's sources. */
export const sourceRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../src')

/** Every `.ts` file under `dir`, as absolute paths, sorted. */
export function sourceFiles(dir: string): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry)
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path))
    else if (entry.endsWith('.ts')) out.push(path)
  }
  return out
}

/** Parse a source file (from disk, or `code` when given) into a TypeScript syntax tree. */
export function parseSource(path: string, code = readFileSync(path, 'utf8')): ts.SourceFile {
  return ts.createSourceFile(path, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
}

/** The path of `path` relative to `src/`, with forward slashes. */
export function fromRoot(path: string): string {
  return relative(sourceRoot, path).split('\\').join('/')
}

export {ts}
