/**
 * Run a guide's example at build time and return what it prints, so that the output shown
 * under an example is the output of the current code.
 */
import * as core from '@onrecord/core'

/**
 * Run `source` (an example that imports only from `@onrecord/core`) and collect its
 * `console.log` lines.
 */
export async function runExample(source: string): Promise<string> {
  const names = [...source.matchAll(/import\s*\{([^}]*)\}\s*from\s*'@onrecord\/core'/g)].flatMap((match) =>
    match[1]!.split(',').map((name) => name.trim()).filter((name) => name && !name.startsWith('type '))
  )
  const body = source
    .replace(/^import[^\n]*\n/gm, '')
    .replace(/\bconsole\.log\(/g, 'print(')
  const lines: string[] = []
  const print = (...values: unknown[]) =>
    lines.push(values.map((value) => (typeof value === 'string' ? value : JSON.stringify(value))).join(' '))
  const scope = Object.fromEntries(names.map((name) => [name, (core as Record<string, unknown>)[name]]))
  // Stripping types is not needed: the examples run here are plain JavaScript with ES imports.
  const run = new Function('print', ...Object.keys(scope), `return (async () => {\n${body}\n})()`)
  await run(print, ...Object.values(scope))
  return lines.join('\n')
}
