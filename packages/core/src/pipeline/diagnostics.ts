import type {Diagnostic} from '../schema/diagnostic.js'
import {countBefore} from '../language/search.js'

/** A 1-based line and column. */
export interface Point {
  line: number
  column: number
  offset: number
}

/**
 * Turn offsets into 1-based lines and columns for `text`. Build it once per text and call
 * it for each offset (binary search over line starts).
 */
export function pointFinder(text: string): (offset: number) => Point {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1)
  }
  return (offset) => {
    const line = Math.max(countBefore(starts, offset, (start) => start, true), 1)
    return {line, column: offset - starts[line - 1]! + 1, offset}
  }
}

/**
 * Render diagnostics the one way the CLI and the tests show them:
 * `3:12-3:30 warning The text prints no year published-date/no-year`.
 *
 * @param name An optional file name to prefix each line with.
 */
export function formatDiagnostics(diagnostics: readonly Diagnostic[], text: string, name?: string): string {
  const point = pointFinder(text)
  return diagnostics
    .map((d) => {
      let place = '1:1'
      if (d.span) {
        const start = point(d.span.start)
        const end = point(d.span.end)
        place = `${start.line}:${start.column}-${end.line}:${end.column}`
      }
      return `${name ? name + ':' : ''}${place} ${d.severity} ${d.message} ${d.ruleId}`
    })
    .join('\n')
}
