import type {Block, Stage} from '../stage.js'

/**
 * Cut the input into blocks: one block per non-blank line, trimmed, classified as a
 * `paragraph` until later stages say otherwise.
 *
 * > | Port workers strike over pay in three cities
 *     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ block
 * > |
 * > | "We will not go back to work," said Petrova.
 *     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ block
 *
 * News text puts one paragraph on a line; every line break (LF, CRLF or a lone CR) ends a
 * block, so that body and boilerplate together cover every non-blank line.
 */
export const blocks: Stage = {
  name: 'blocks',
  run({text}) {
    const found: Block[] = []
    const lineBreak = /\r\n|\r|\n|\u2028|\u2029/g
    let lineStart = 0
    let line = 0
    for (;;) {
      const match = lineBreak.exec(text)
      const lineEnd = match ? match.index : text.length
      let start = lineStart
      let end = lineEnd
      while (start < end && isSpace(text.charCodeAt(start))) start++
      while (end > start && isSpace(text.charCodeAt(end - 1))) end--
      if (end > start) {
        found.push({kind: 'paragraph', reason: null, span: {start, end}, text: text.slice(start, end), line})
      }
      if (!match) break
      lineStart = match.index + match[0].length
      line++
    }
    return {blocks: found}
  }
}

function isSpace(code: number): boolean {
  // White space as String.prototype.trim sees it, tested by code so that it stays linear.
  return (
    code === 0x20 || code === 0x09 || code === 0x0b || code === 0x0c || code === 0xa0 || code === 0xfeff ||
    code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000
  )
}
