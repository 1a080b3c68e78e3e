import type {Stage} from '../stage.js'
import {SHORT_LINE, captionCredit, reclassify} from '../language/anatomy.js'

/**
 * Mark photo captions: lines that end with a picture credit, open with a picture label, or
 * follow a "Caption:" label.
 *
 * > | Minister Petrova said the closure of the border is 'illegal' [Getty]
 *     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ caption
 * > | … speaks at the daily briefing at the White House in Washington, DC, on July 11, 2016. / AFP
 *                                                                                            ^^^ credit
 *
 * The last line of an article is not a caption: "[AFP]" there signs the text off.
 */
export const captions: Stage = {
  name: 'captions',
  kind: 'refiner',
  run({draft}) {
    const blocks = [...draft.blocks]
    let last = blocks.length - 1
    while (last >= 0 && blocks[last]!.kind === 'boilerplate') last--
    let changed = false
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i]!
      if (block.kind !== 'paragraph' || block.text.length > SHORT_LINE * 2) continue
      const afterLabel = i > 0 && blocks[i - 1]!.kind === 'boilerplate' && captionLabel.test(blocks[i - 1]!.text)
      if (afterLabel || pictureLabel.test(block.text) || (i !== last && captionCredit(block.text) !== null)) {
        blocks[i] = reclassify(block, 'caption')
        changed = true
      }
    }
    return changed ? {blocks} : undefined
  }
}

const captionLabel = /^(?:image )?caption:?$/i
const pictureLabel = /^(?:(?:file )?photo|image|picture|pictured|photograph|above|top|main image)\s?:\s*\S|^image (?:caption|source), \S/i

