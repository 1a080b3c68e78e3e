/**
 * Quotation marks: pairs, apostrophes, nesting, paragraphs, unbalanced marks.
 */
import {describe, expect, it} from 'vitest'
import {scanBlocks} from '../../src/language/quotations.js'
import type {Block} from '../../src/index.js'

function paragraphs(text: string): Block[] {
  const out: Block[] = []
  let offset = 0
  for (const line of text.split('\n')) {
    if (line.trim()) out.push({kind: 'paragraph', reason: null, span: {start: offset, end: offset + line.length}, text: line, line: out.length})
    offset += line.length + 1
  }
  return out
}

function quoted(text: string): string[] {
  return scanBlocks(text, paragraphs(text)).quotations.map((q) => text.slice(q.content.start, q.content.end))
}

/** Each quotation's content, and whether it runs on into the next paragraph or continues one. */
function paragraphsOf(quotations: ReturnType<typeof scanBlocks>['quotations'], text: string): Array<[string, boolean, boolean]> {
  return quotations.map((q) => [text.slice(q.content.start, q.content.end), q.continued, q.continues])
}

describe('quotations', () => {
  it('pairs straight and curly double quotes', () => {
    expect(quoted('He said "yes" and then “no”.')).toEqual(['yes', 'no'])
  })

  it('takes apostrophes for what they are', () => {
    expect(quoted("They're there. Russia’s air force and the two countries’ forces.")).toEqual([])
  })

  it('reads single quotes as quotation marks', () => {
    expect(quoted("Minister hails 'effective' cooperation")).toEqual(['effective'])
  })

  it('keeps nested quotes inside the outer quotation', () => {
    const text = '"He told me \'never again\' twice," she said.'
    const found = scanBlocks(text, paragraphs(text)).quotations
    expect(found.map((q) => [text.slice(q.content.start, q.content.end), q.depth])).toEqual([
      ["He told me 'never again' twice,", 0],
      ['never again', 1]
    ])
  })

  it('reads a closing mark that opens a paragraph as a misdirected opening one', () => {
    const text = '” … what we saw changed our minds,” she said.\nHe left. “Yes,” he said.'
    expect(quoted(text)).toEqual([' … what we saw changed our minds,', 'Yes,'])
    // A paragraph that goes on with an open quotation may open with the same misdirected mark.
    const running = '“We will stay.\n” We will not be moved,” he said.'
    expect(paragraphsOf(scanBlocks(running, paragraphs(running)).quotations, running)).toEqual([
      ['We will stay.', true, false],
      [' We will not be moved,', false, true]
    ])
    // Inside a paragraph a closing mark with nothing open is still stray, and so is one that
    // opens a paragraph no other mark closes.
    expect(quoted('He said it. ” Then he left.')).toEqual([])
    expect(quoted('“We are ready.\n” The crowd cheered, and the mayor said the vote was fair.')).toEqual(['We are ready.'])
  })

  it('runs a quotation over paragraphs when the next one opens again', () => {
    const text = '"We will stay.\n"We will not be moved," he said.'
    expect(paragraphsOf(scanBlocks(text, paragraphs(text)).quotations, text)).toEqual([
      ['We will stay.', true, false],
      ['We will not be moved,', false, true]
    ])
  })

  it('reads a mark after a sentence\'s end inside a quotation as the next paragraph of it', () => {
    // Texts that lost their line breaks run a quotation's paragraphs on in one line.
    const text = 'An official responded: "We pay more than France. "There can be no deal without it."'
    const found = scanBlocks(text, paragraphs(text))
    expect(paragraphsOf(found.quotations, text)).toEqual([
      ['We pay more than France.', true, false],
      ['There can be no deal without it.', false, true]
    ])
    expect(found.diagnostics).toEqual([])
  })

  it('still closes a quotation at a mark glued to its last word', () => {
    expect(quoted('He said "yes." Then "no" came.')).toEqual(['yes.', 'no'])
    expect(quoted('"It was late. "Too late," he said.')).toEqual(['It was late.', 'Too late,'])
  })

  it('reports an unbalanced mark and never throws', () => {
    const text = 'The so-called "reform was never passed.'
    const result = scanBlocks(text, paragraphs(text))
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['quotes/unbalanced'])
    expect(() => scanBlocks('"""\'\'\'“”””', paragraphs('"""\'\'\'“”””'))).not.toThrow()
  })

  it('skips boilerplate blocks', () => {
    const text = '"Share this," the widget said.'
    const blocks = paragraphs(text).map((block) => ({...block, kind: 'boilerplate' as const, reason: 'share-bar'}))
    expect(scanBlocks(text, blocks).quotations).toEqual([])
  })
})
