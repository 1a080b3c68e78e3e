import type {Stage} from '../stage.js'
import {finalMark, headerEnd, isProse, reclassify, wordCount} from '../language/anatomy.js'

/**
 * Mark section headings inside the story: short unpunctuated lines that a paragraph follows.
 *
 * > | 'Illegal US occupation'
 *     ^^^^^^^^^^^^^^^^^^^^^^^ heading
 * > | The diplomat, however, insisted the US troop presence in Syria is "illegal" …
 *
 * A short line that ends the text ("The BRICS Post with inputs from Agencies") is a sign-off,
 * not a heading: nothing follows it.
 */
export const headings: Stage = {
  name: 'headings',
  kind: 'refiner',
  run({draft}) {
    const blocks = [...draft.blocks]
    let changed = false
    for (let i = headerEnd(blocks) + 1; i < blocks.length; i++) {
      const block = blocks[i]!
      if (block.kind !== 'paragraph' || block.text.length > 100 || wordCount(block.text) > 10) continue
      if ('.!?:;,…'.includes(finalMark(block.text)) || !/^["'“‘(]?\p{Lu}/u.test(block.text)) continue
      let next = i + 1
      while (next < blocks.length && blocks[next]!.kind === 'boilerplate') next++
      if (next < blocks.length && isProse(blocks[next]!)) {
        blocks[i] = reclassify(block, 'heading')
        changed = true
      }
    }
    return changed ? {blocks} : undefined
  }
}
