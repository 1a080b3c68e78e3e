import {boilerplate as lexicon} from '../lexicon/boilerplate.js'
import type {Block, Stage} from '../pipeline/context.js'
import {SHORT_LINE, normalizeLine, reclassify} from '../text/anatomy.js'
import {outletIndex} from '../text/outlet-index.js'

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
    const fingerprints = outletIndex(options.outlets).fingerprints
    let changed = false
    const blocks = draft.blocks.map((block): Block => {
      if (block.kind === 'boilerplate' || block.text.length > SHORT_LINE) return block
      const reason = furnitureReason(block.text) ?? (fingerprints.has(normalizeLine(block.text)) ? 'outlet-furniture' : null)
      if (reason === null) return block
      changed = true
      return reclassify(block, 'boilerplate', reason)
    })
    return changed ? {blocks} : undefined
  }
}

// One alternation for the whole lexicon, compiled once: group i+1 is reason i.
const reasons = lexicon.map((entry) => entry.reason)
const furniture = new RegExp(
  `^(?:${lexicon.map((entry) => `(${entry.patterns.join('|')})`).join('|')})$`,
  'i'
)

/**
 * The boilerplate reason of a line (`share-bar`, `reading-time`…), or null when the line is not
 * furniture that the lexicon knows.
 */
export function furnitureReason(line: string): string | null {
  const match = furniture.exec(line.replace(/[\s\u00a0]+/g, ' ').trim())
  if (!match) return null
  for (let i = 1; i < match.length; i++) if (match[i] !== undefined) return reasons[i - 1] ?? null
  return null
}
