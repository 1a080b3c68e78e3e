import {boilerplate as lexicon} from '../lexicon/boilerplate.js'
import type {Block, Stage} from '../stage.js'
import {escapeRegExp, normalizeLine, reclassify, wordCount} from '../language/anatomy.js'
import {fingerprintOf, outletIndex} from '../language/outlet-index.js'

/**
 * Mark page furniture: lines that are a share bar, a comment form, a donation widget, an embed
 * label, a reading time, image furniture, navigation or an appeal, by what they say (the
 * boilerplate lexicon), and lines that the outlet registry lists as an outlet's furniture.
 *
 * > | Follow us on:
 *     ^^^^^^^^^^^^^ share-bar
 * > | 2,500 $
 *     ^^^^^^^ donation-widget
 * > | 3 min read
 *     ^^^^^^^^^^ reading-time
 *
 * Whole lines only: a sentence that mentions sharing or donating is the article's text.
 */
export const boilerplate: Stage = {
  name: 'boilerplate',
  kind: 'refiner',
  run({draft, options}) {
    const index = outletIndex(options.outlets)
    let changed = false
    const blocks = draft.blocks.map((block): Block => {
      if (block.kind === 'boilerplate' || block.text.length > FURNITURE_LINE) return block
      const reason = furnitureReason(block.text) ?? (fingerprintOf(index, block.text).length > 0 ? 'outlet-furniture' : null)
      if (reason === null) return block
      changed = true
      return reclassify(block, 'boilerplate', reason)
    })
    return changed ? {blocks} : undefined
  }
}

// Furniture lines are short; longer lines are never looked up.
const FURNITURE_LINE = 160

// The lexicon, compiled once: sets for whole lines and words, one alternation each for
// openings, markers and patterns.
const lines = new Map<string, string>()
const words = new Map<string, string>()
const prefixes = new Map<string, string>()
const markers = new Map<string, string>()
const patternReasons: string[] = []
for (const entry of lexicon) {
  for (const line of entry.lines ?? []) lines.set(line, entry.reason)
  for (const word of entry.words ?? []) words.set(word, entry.reason)
  for (const prefix of entry.prefixes ?? []) prefixes.set(prefix, entry.reason)
  for (const marker of entry.markers ?? []) markers.set(marker, entry.reason)
  if (entry.patterns?.length) patternReasons.push(entry.reason)
}
const alternation = (keys: Iterable<string>) => [...keys].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|') || '(?!)'
const prefixPattern = new RegExp(`^(?:${alternation(prefixes.keys())})`)
const markerPattern = new RegExp(`(?:${alternation(markers.keys())})`)
const linePatterns = new RegExp(
  `^(?:${lexicon.filter((entry) => entry.patterns?.length).map((entry) => `(${entry.patterns!.join('|')})`).join('|') || '(?!)'})$`
)
const separators = /[\s:|•·,/]+/

/**
 * The boilerplate reason of a line (`share-bar`, `reading-time`…), or null when the line is not
 * furniture that the lexicon knows.
 */
export function furnitureReason(line: string): string | null {
  let text = normalizeLine(line)
  if (text.endsWith(':')) text = text.slice(0, -1).trimEnd()
  if (text === '') return null
  const whole = lines.get(text)
  if (whole) return whole
  const opening = prefixPattern.exec(text)
  if (opening) return prefixes.get(opening[0]) ?? null
  if (text.length <= 200) {
    const marker = markerPattern.exec(text)
    if (marker) return markers.get(marker[0]) ?? null
  }
  const match = linePatterns.exec(text)
  if (match) {
    for (let i = 1; i < match.length; i++) if (match[i] !== undefined) return patternReasons[i - 1] ?? null
  }
  if (wordCount(text) <= 12) {
    const parts = text.split(separators).filter(Boolean)
    const reason = parts.length > 0 ? words.get(parts[0]!) : undefined
    if (reason && parts.every((part) => words.get(part) === reason)) return reason
    if (isBreadcrumb(text)) return 'navigation'
  }
  return null
}

/** "Home » World » Middle East": short parts joined by a breadcrumb separator. */
function isBreadcrumb(text: string): boolean {
  if (!text.includes('»') && !text.includes('›') && !text.includes(' > ')) return false
  const parts = text.split(/[»›>]/)
  return parts.length >= 2 && parts.every((part) => part.trim() !== '' && wordCount(part) <= 4)
}
