import {diagnostic, type Block} from '../stage.js'
import type {Diagnostic} from '../schema/diagnostic.js'
import type {Span} from '../schema/span.js'

/**
 * Find quotations: straight and curly double quotes, single quotes, nested quotes, and
 * quotations that run over paragraphs (an opening mark with no closing one before the next
 * paragraph, which opens again).
 *
 * > | "We will not leave this town," said Okafor.
 *     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
 *     quotation (content without the marks)
 * > | They're here. Kenya’s army.
 *         ^            ^ apostrophes, not quotation marks
 *
 * The analysis of a parse computes them once (`context.language.quotations()`); the `quotes`
 * stage reports the marks that do not pair up.
 */

/** A quotation in one block. */
export interface Quotation {
  /** The opening mark. */
  open: Span
  /** The closing mark, or null when the quotation runs to the end of its block. */
  close: Span | null
  /** What is quoted, without the marks. */
  content: Span
  /** Index of the block in `context.draft.blocks`. */
  block: number
  /** `double` (" “ ” « ») or `single` (' ‘ ’). */
  mark: 'double' | 'single'
  /** 0 for an outer quotation, 1 or more inside another. */
  depth: number
  /** Whether it continues a quotation of the previous paragraph (opened there, never closed). */
  continues: boolean
  /** Whether it runs on into the next paragraph. */
  continued: boolean
}

/** Find the quotations of `blocks` (boilerplate skipped); the analysis computes them once per parse. */
export function scanBlocks(text: string, blocks: readonly Block[]): {quotations: Quotation[]; diagnostics: Diagnostic[]} {
  const quotations: Quotation[] = []
  const diagnostics: Diagnostic[] = []
  let carry: 'double' | 'single' | null = null
  const own = blocks.map((block, index) => ({block, index})).filter(({block}) => block.kind !== 'boilerplate')
  for (let n = 0; n < own.length; n++) {
    const {block, index} = own[n]!
    const next = own[n + 1]?.block
    const found = scanBlock(text, block, index, carry, next ? openingMarkAt(text, next.span.start, next.span.end) : null, diagnostics)
    for (const item of found.quotations) quotations.push(item)
    carry = found.carry
  }
  return {quotations, diagnostics}
}

type Mark = 'double' | 'single'

const MAX_DEPTH = 6

const marks = /["“”„«»'‘’‹›]/g

interface Open {
  mark: Mark
  at: number
  width: number
  continues: boolean
}

function openingMarkAt(text: string, at: number, end: number): Mark | null {
  const c = text.charAt(at)
  if (c === '"' || c === '“' || c === '„' || c === '«' || text.startsWith("''", at)) return 'double'
  if (c === '”' && misdirected(text, at, end)) return 'double'
  if (c === "'" || c === '‘' || c === '‹') return 'single'
  return null
}

// A paragraph that opens with a closing mark ("” … what we saw,” she said.") opens a quotation
// with it, when another closing mark in the paragraph ends that quotation.
function misdirected(text: string, at: number, end: number): boolean {
  const close = text.indexOf('”', at + 1)
  return close !== -1 && close < end
}

function scanBlock(
  text: string,
  block: Block,
  index: number,
  carry: Mark | null,
  nextOpening: Mark | null,
  diagnostics: Diagnostic[]
): {quotations: Quotation[]; carry: Mark | null} {
  const quotations: Quotation[] = []
  const stack: Open[] = []
  const {start, end} = block.span
  // A paragraph that continues an open quotation opens with the mark again; that mark is the
  // opening of the continuation.
  let continuing = carry !== null && openingMarkAt(text, start, end) === carry

  marks.lastIndex = start
  for (let i = start; i < end; i++) {
    // Jump to the next mark with one regular-expression search.
    marks.lastIndex = i
    const next = marks.exec(text)
    if (!next || next.index >= end) break
    i = next.index
    const c = text.charAt(i)
    // Two apostrophes stand for a double quotation mark in some archives ('' … '').
    const width = c === "'" && text.charAt(i + 1) === "'" ? 2 : 1
    const before = i > start ? text.charAt(i - 1) : ' '
    const after = i + width < end ? text.charAt(i + width) : ' '
    const mark: Mark = width === 2 || c === '"' || c === '“' || c === '”' || c === '„' || c === '«' || c === '»' ? 'double' : 'single'
    const openOfKind = findOpen(stack, mark)

    let role: 'open' | 'close' | 'none'
    if (c === '“' || c === '„' || c === '«' || c === '‹') role = 'open'
    else if (c === '”' && i === start && stack.length === 0 && misdirected(text, i, end)) role = 'open'
    else if (c === '”' || c === '»' || c === '›') role = 'close'
    else if (c === '‘') role = isLetter(before) ? 'none' : 'open'
    else if (width === 2) {
      if (openOfKind !== -1) role = 'close'
      else if (!isSpace(before) && !isOpenPunct(before) && (isSpace(after) || /[.,;:!?)\]]/.test(after))) role = 'close'
      else role = 'open'
    } else if (c === '’' || c === "'") {
      // An apostrophe: inside a word (They're, Russia’s) or after a plural (countries’) with
      // no single quotation open.
      if (isLetter(before) && isLetter(after)) role = 'none'
      else if (openOfKind !== -1 && !isSpace(before)) role = 'close'
      else if (c === "'" && (isSpace(before) || isOpenPunct(before)) && isWordChar(after)) role = 'open'
      else role = 'none'
    } else {
      // A straight double quote: closes the open one, else opens (a mark glued to the end of a
      // word with none open is a stray closing mark). After the end of a sentence and before a
      // word, it opens the next paragraph of the same quotation, which a text that lost its
      // line breaks runs on: '"… than last year. "There can be no deal …"'.
      if (openOfKind !== -1 && openOfKind === stack.length - 1 && reopens(text, start, i, after)) {
        const open = stack.pop()!
        let close = i
        while (close > open.at + open.width && isSpace(text.charAt(close - 1))) close--
        quotations.push({...unclosed(open, close, index, true), depth: stack.length})
        stack.push({mark, at: i, width, continues: true})
        continue
      }
      if (openOfKind !== -1) role = 'close'
      else if (!isSpace(before) && !isOpenPunct(before) && (isSpace(after) || /[.,;:!?)\]]/.test(after))) role = 'close'
      else role = 'open'
    }
    if (role === 'none') continue
    if (role === 'open') {
      // Quotations nest a few levels deep at most; deeper marks are stray (and would make the
      // search for an open mark quadratic).
      if (stack.length >= MAX_DEPTH) {
        i += width - 1
        continue
      }
      stack.push({mark, at: i, width, continues: continuing && stack.length === 0 && i === start})
      if (i === start) continuing = false
      i += width - 1
      continue
    }
    const at = findOpen(stack, mark)
    if (at === -1) {
      if (mark === 'double') {
        diagnostics.push(diagnostic('quotes/unbalanced', 'A closing quotation mark has no opening one', 'info', {start: i, end: i + width}))
      }
      i += width - 1
      continue
    }
    // Close it; quotations opened inside it and left open are dropped as stray marks.
    const open = stack[at]!
    stack.length = at
    quotations.push({
      open: {start: open.at, end: open.at + open.width},
      close: {start: i, end: i + width},
      content: {start: open.at + open.width, end: i},
      block: index,
      mark,
      depth: at,
      continues: open.continues,
      continued: false
    })
    i += width - 1
  }

  let carryOut: Mark | null = null
  for (let s = 0; s < stack.length; s++) {
    const open = stack[s]!
    if (s === 0 && nextOpening === open.mark) {
      carryOut = open.mark
      quotations.push(unclosed(open, end, index, true))
    } else if (open.mark === 'double') {
      diagnostics.push(diagnostic('quotes/unbalanced', 'An opening quotation mark is never closed', 'info', {start: open.at, end: open.at + 1}))
      if (s === 0 && end - open.at > 1) {
        quotations.push(unclosed(open, end, index, false))
      }
    }
  }
  quotations.sort((a, b) => a.open.start - b.open.start)
  return {quotations, carry: carryOut}
}

// A quotation still open at the end of its block: it runs on into the next paragraph
// (`continued`), or it is never closed.
function unclosed(open: Open, end: number, block: number, continued: boolean): Quotation {
  return {
    open: {start: open.at, end: open.at + open.width},
    close: null,
    content: {start: open.at + open.width, end},
    block,
    mark: open.mark,
    depth: 0,
    continues: open.continues,
    continued
  }
}

// Whether a straight mark at `i` opens a new paragraph of the open quotation: white space
// before it, a sentence's end before that, and a word after it.
function reopens(text: string, start: number, i: number, after: string): boolean {
  let k = i
  while (k > start && (text.charAt(k - 1) === ' ' || text.charAt(k - 1) === '\t')) k--
  if (k === i || k === start) return false
  const end = text.charAt(k - 1)
  return (end === '.' || end === '!' || end === '?') && /[\p{Lu}]/u.test(after)
}

function findOpen(stack: readonly Open[], mark: Mark): number {
  for (let s = stack.length - 1; s >= 0; s--) if (stack[s]!.mark === mark) return s
  return -1
}

function isLetter(c: string): boolean {
  return /[\p{L}\p{N}]/u.test(c)
}

function isWordChar(c: string): boolean {
  return /[\p{L}\p{N}[(]/u.test(c)
}

function isSpace(c: string): boolean {
  return c === '' || /\s/.test(c)
}

function isOpenPunct(c: string): boolean {
  return c === '(' || c === '[' || c === '—' || c === '–' || c === '-' || c === '/' || c === '"' || c === '“'
}
