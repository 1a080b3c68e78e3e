import type {Block, Stage} from '../stage.js'
import {normalizeLine, reclassify} from '../language/anatomy.js'

/**
 * Mark a teaser that repeats the lead: a block in the article's header (a standfirst or a
 * paragraph before the story) whose text the lead paragraph repeats, whole or cut short with
 * an ellipsis, is page furniture, so the lead's claims and events are read once.
 *
 * > | The talks will go on despite the attack, the minister said on Monday.
 *     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ repeated-lead
 * > | By Jo Kemp
 * > | The talks will go on despite the attack, the minister said on Monday.
 *
 * Only the first blocks of prose are compared, each with the next two, and a paragraph only
 * when header lines (a byline, a date, a caption, furniture) stand between it and its repeat:
 * a paragraph quoted again in the story is the article's own text both times.
 */
export const repeatedLead: Stage = {
  name: 'repeated-lead',
  kind: 'refiner',
  run({draft}) {
    const blocks = draft.blocks
    // Only the first prose blocks matter: the teasers, and the two blocks after each.
    const prose: Array<{block: Block; index: number}> = []
    for (let index = 0; index < blocks.length && prose.length < HEADER_BLOCKS + 2; index++) {
      const block = blocks[index]!
      if (block.kind === 'standfirst' || block.kind === 'paragraph') prose.push({block, index})
    }
    // Each block's text is normalised once, and only when a comparison needs it.
    const normalised = new Map<number, string>()
    const textOf = ({block, index}: {block: Block; index: number}) => {
      let text = normalised.get(index)
      if (text === undefined) normalised.set(index, (text = normalizeLine(block.text)))
      return text
    }
    let changed = false
    const out = [...blocks]
    // A teaser stands among the first blocks of the text and is repeated by the next prose block or two.
    for (const [position, teaserBlock] of prose.slice(0, HEADER_BLOCKS).entries()) {
      const {block, index} = teaserBlock
      if (block.text.length < MIN_LENGTH) continue
      const repeated = prose.slice(position + 1, position + 3).some((later) => {
        // A standfirst is the header's; a paragraph is, when a byline, date, caption or furniture stands between it and the lead.
        if (block.kind !== 'standfirst' && !blocks.slice(index + 1, later.index).some((between) => headerKinds.has(between.kind))) return false
        const teaser = textOf(teaserBlock)
        if (teaser.length < MIN_LENGTH) return false
        const head = withoutEllipsis(teaser)
        const lead = textOf(later)
        return head.length < teaser.length ? lead.startsWith(head) && lead.length > head.length : lead === teaser
      })
      if (!repeated) continue
      out[index] = reclassify(block, 'boilerplate', 'repeated-lead')
      changed = true
    }
    return changed ? {blocks: out} : undefined
  }
}

// A teaser stands in the first few blocks of prose.
const HEADER_BLOCKS = 3
// Shorter lines ("Watch", "Live") are not compared: they repeat for other reasons.
const MIN_LENGTH = 40

const headerKinds = new Set<Block['kind']>(['byline', 'dateline', 'caption', 'boilerplate'])

/** The text without a closing ellipsis ("…" or "..."), trimmed. */
function withoutEllipsis(text: string): string {
  if (text.endsWith('…')) return text.slice(0, -1).trimEnd()
  if (text.endsWith('...')) return text.slice(0, -3).trimEnd()
  return text
}

