import type {Stage} from '../stage.js'
import type {Block} from '../stage.js'
import {finalMark, isProse, publicationLabelAt, reclassify, titleIndex, wordCount} from '../language/anatomy.js'
import {opensWithDateline} from '../language/dateline.js'

/**
 * Mark the standfirst: the summary sentence after the headline, before the story proper.
 *
 * > | Russian ambassador says military cooperation with US in Syria
 *     title
 * > | The Russian Ambassador to the US has acknowledged 'effective' military cooperation …
 *     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ standfirst
 * > | 3 min read
 *
 * The first prose block after the title is a standfirst when header lines (byline, date,
 * caption, furniture) still follow it, when it has no closing punctuation, or when the next
 * block opens with a dateline. Otherwise it is the lead paragraph: news text without a
 * standfirst starts its story straight after the headline.
 */
export const standfirst: Stage = {
  name: 'standfirst',
  kind: 'refiner',
  run({draft}) {
    const blocks = draft.blocks
    const title = titleIndex(blocks)
    if (title < 0) return undefined
    let candidate = -1
    for (let i = title + 1; i < blocks.length && i <= title + 8; i++) {
      const block = blocks[i]!
      if (block.kind !== 'paragraph') continue
      if (isSummary(block)) candidate = i
      break
    }
    if (candidate < 0 || opensWithDateline(blocks[candidate]!.text)) return undefined

    let next = candidate + 1
    while (next < blocks.length && blocks[next]!.kind === 'boilerplate') next++
    const following = blocks[next]
    const unfinished = !'.!?…'.includes(finalMark(blocks[candidate]!.text))
    // Furniture between it and a short line, or a caption or a short unpunctuated line (a date, a byline) right after it.
    const headerFollows = following !== undefined && next > candidate + 1 && !isProse(following)
    const shortFollows =
      following !== undefined &&
      (following.kind === 'caption' || (following.kind === 'paragraph' && !isProse(following) && !'.!?…:'.includes(finalMark(following.text))))
    const datelineFollows = following !== undefined && opensWithDateline(following.text)
    if (!(unfinished || headerFollows || shortFollows || datelineFollows)) return undefined
    // A standfirst stands before the story: some prose must follow it.
    let story = next
    while (story < blocks.length && !isProse(blocks[story]!)) story++
    if (story >= blocks.length) return undefined

    const refined = [...blocks]
    refined[candidate] = reclassify(blocks[candidate]!, 'standfirst')
    return {blocks: refined}
  }
}

/**
 * Whether a block can be a standfirst: a sentence of seven words or more, not a byline or a
 * date line ("By Jane Doe", "Reuters | AFP Published January 27, 2022", "Jane Doe | Reuters").
 */
function isSummary(block: Block): boolean {
  return (
    block.kind === 'paragraph' &&
    wordCount(block.text) >= 7 &&
    /\p{Ll}/u.test(block.text) &&
    !/^by\s/i.test(block.text) &&
    !block.text.includes('|') &&
    publicationLabelAt(block.text) < 0
  )
}
