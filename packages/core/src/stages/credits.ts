import type {Block, Stage} from '../stage.js'
import type {CreditRole} from '../schema/article.js'
import type {Span} from '../schema/span.js'
import {captionCredit, headerEnd, publicationLabelAt, signOffBlocks} from '../language/anatomy.js'
import {findOutlets, outletIndex, type OutletIndex} from '../language/outlet-index.js'
import {photoAgencies} from '../lexicon/agencies.js'

/**
 * Find the agencies an article credits: the wire services of the dateline, the picture agencies
 * of captions, the agencies whose reports it draws on.
 *
 * > | WASHINGTON (UrduPoint News / Sputnik - 27th January, 2022)
 *                                  ^^^^^^^ wire
 * > | The minister said that talks must resume … [Xinhua]
 *                                                     ^^^^^^ photo
 * > | The BRICS Post with inputs from Agencies
 *                                     ^^^^^^^^ inputs
 *
 * The publisher itself is not a credit: in "(UrduPoint News / Sputnik - …)" the first name is
 * the outlet.
 */
export const credits: Stage = {
  name: 'credits',
  run({text, draft, options}) {
    const index = outletIndex(options.outlets)
    const found: Credit[] = []
    const publisher = draft.outlet
    const isPublisher = (name: string) => {
      if (!publisher) return false
      const entry = index.byName.get(name.toLowerCase())
      return entry ? entry.id === publisher.id || entry.name === publisher.name : name.toLowerCase() === publisher.name.toLowerCase()
    }

    if (draft.dateline) found.push(...datelineCredits(text, draft.dateline.span, isPublisher))

    const blocks = draft.blocks
    const bodyStart = headerEnd(blocks)
    const signOff = new Set(signOffBlocks(blocks, bodyStart))
    for (const block of blocks) {
      if (block.kind === 'caption') {
        const credit = captionCredit(block.text)
        if (credit) found.push(...knownAgencies(splitAgencies(credit.name, block.span.start + credit.span.start, 'photo'), index))
      }
    }
    for (const block of signOff) found.push(...signOffCredits(text, block, index, isPublisher))
    for (let i = 0; i < blocks.length && i < bodyStart; i++) {
      const block = blocks[i]!
      if (block.kind !== 'byline') continue
      found.push(...inputs(block))
      // "Reuters | AFP Published January 27, 2022": the agencies of the story.
      const label = publicationLabelAt(block.text)
      if (label > 0) {
        for (const mention of findOutlets(index, text, block.span.start, block.span.start + label)) {
          const name = text.slice(mention.span.start, mention.span.end)
          if (!mention.domain && !isPublisher(name)) found.push({name, role: 'wire', span: mention.span})
        }
      }
    }

    if (found.length === 0) return undefined
    found.sort((a, b) => a.span.start - b.span.start)
    const seen = new Set<number>()
    return {credits: found.filter((credit) => !seen.has(credit.span.start) && seen.add(credit.span.start))}
  }
}

interface Credit {
  name: string
  role: CreditRole
  span: Span
}

/** The names of "(UrduPoint News / Sputnik - 27th January, 2022)" after the publisher, as wire credits. */
function datelineCredits(text: string, span: Span, isPublisher: (name: string) => boolean): Credit[] {
  const line = text.slice(span.start, span.end)
  const open = line.indexOf('(')
  const close = line.lastIndexOf(')')
  if (open < 0 || close < open) return []
  let content = line.slice(open + 1, close)
  // Drop the date: "Sputnik - 27th January, 2022".
  const dash = Math.max(content.lastIndexOf(' - '), content.lastIndexOf(' – '), content.lastIndexOf(' — '))
  if (dash >= 0 && /\d/.test(content.slice(dash))) content = content.slice(0, dash)
  const found: Credit[] = []
  const part = /[^/;,]+/g
  let match: RegExpExecArray | null
  while ((match = part.exec(content))) {
    const name = match[0].trim()
    if (!/^\p{Lu}/u.test(name) || /\d/.test(name) || isPublisher(name)) continue
    const start = span.start + open + 1 + match.index + match[0].indexOf(name)
    found.push({name, role: 'wire', span: {start, end: start + name.length}})
  }
  return found
}

const agencies = new Set(photoAgencies.map((name) => name.toLowerCase()))

/**
 * Of several names in one credit ("Jane Doe/Getty Images"), the agencies: the picture agencies
 * and the registry's outlets. A photographer's name is not an agency.
 */
function knownAgencies(credits: Credit[], index: OutletIndex): Credit[] {
  if (credits.length < 2) return credits
  const known = credits.filter((credit) => agencies.has(credit.name.toLowerCase()) || index.byName.has(credit.name.toLowerCase()))
  return known.length > 0 ? known : credits.slice(-1)
}

/** "AFP via Getty Images", "Reuters/Pool": one credit per agency. */
function splitAgencies(credit: string, start: number, role: CreditRole): Credit[] {
  return pieces(credit, / via |\//g).map(([offset, name]) => ({name, role, span: {start: start + offset, end: start + offset + name.length}}))
}

/** The trimmed non-empty pieces of `text` between matches of `separator` (global), with their offsets. */
function pieces(text: string, separator: RegExp): Array<[number, string]> {
  const found: Array<[number, string]> = []
  let from = 0
  separator.lastIndex = 0
  for (;;) {
    const match = separator.exec(text)
    const to = match ? match.index : text.length
    const piece = text.slice(from, to)
    const name = piece.trim()
    if (name) found.push([from + piece.indexOf(name), name])
    if (!match) break
    from = match.index + match[0].length
    if (match[0].length === 0) separator.lastIndex++
  }
  return found
}

// "with inputs from Agencies", "(With inputs from PTI and ANI)".
const inputsPattern = /\b[Ww]ith (?:additional )?inputs? from /g

/** The agencies of "with inputs from …" in a block. */
function inputs(block: Block): Credit[] {
  const found: Credit[] = []
  inputsPattern.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = inputsPattern.exec(block.text))) {
    const listStart = match.index + match[0].length
    const rest = block.text.slice(listStart, listStart + 80)
    const stop = /[).;]/.exec(rest)
    const list = stop ? rest.slice(0, stop.index) : rest
    for (const [offset, name] of pieces(list, /,| and |\//g)) {
      if (!/^(?:[Aa]gencies|\p{Lu})/u.test(name) || name.split(' ').length > 4) break
      const start = block.span.start + listStart + offset
      found.push({name, role: 'inputs', span: {start, end: start + name.length}})
    }
  }
  return found
}

/** A sign-off line: "with inputs from …", or nothing but agency names ("(AFP)", "— Reuters/AP"). */
function signOffCredits(text: string, block: Block, index: OutletIndex, isPublisher: (name: string) => boolean): Credit[] {
  const found = inputs(block)
  if (found.length > 0) return found
  const mentions = findOutlets(index, text, block.span.start, block.span.end).filter((mention) => !mention.domain)
  if (mentions.length === 0) return []
  let rest = block.text
  for (const mention of mentions) {
    const from = mention.span.start - block.span.start
    rest = rest.slice(0, from) + ' '.repeat(mention.span.end - mention.span.start) + rest.slice(from + mention.span.end - mention.span.start)
  }
  // "Source: Al Jazeera and news agencies": the publisher and the agencies it drew on.
  const agenciesAt = /\band ((?:news )?agencies)\.?$/.exec(rest)
  if (agenciesAt) {
    const start = block.span.start + agenciesAt.index + 4
    found.push({name: agenciesAt[1]!, role: 'inputs', span: {start, end: start + agenciesAt[1]!.length}})
    rest = rest.slice(0, agenciesAt.index)
  }
  rest = rest.replace(/^\s*source:/i, ' ')
  if (!/^[\s()[\]\/,.;:&—–-]*$/.test(rest.replace(/\band\b/g, ' '))) return found
  return [
    ...found,
    ...mentions
      .filter((mention) => !isPublisher(text.slice(mention.span.start, mention.span.end)))
      .map((mention) => ({name: text.slice(mention.span.start, mention.span.end), role: 'wire' as const, span: mention.span}))
  ]
}
