import {sentenceSpans} from './sentences.js'
import {tokenize} from './tokens.js'

/**
 * The words of each sentence of `text`, as onrecord's own sentence splitter and tokenizer cut
 * them (the words the analysis hands a parser): what `tagAndParse` takes.
 *
 * @example
 * sentenceWords('The talks failed. Rebels attacked.')
 * // [['The', 'talks', 'failed', '.'], ['Rebels', 'attacked', '.']]
 */
export function sentenceWords(text: string): string[][] {
  if (typeof text !== 'string') throw new TypeError(`sentenceWords: expected a string, got ${typeof text}`)
  const out: string[][] = []
  // Line by line: the splitter works per block, which keeps it linear on long texts.
  let offset = 0
  for (const line of text.split('\n')) {
    for (const span of sentenceSpans(text, offset, offset + line.length)) {
      const words = tokenize(text, span.start, span.end).map((token) => token.text)
      if (words.length > 0) out.push(words)
    }
    offset += line.length + 1
  }
  return out
}
