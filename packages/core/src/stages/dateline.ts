import type {Stage} from '../stage.js'
import {findDates} from '../language/dates.js'
import {headerEnd} from '../language/anatomy.js'
import {outletIndex} from '../language/outlet-index.js'
import {isCapitals, matchDateline, placePattern} from '../language/dateline.js'

/**
 * Find the dateline that opens the story: the place, and the agency and date in parentheses.
 *
 * > | WASHINGTON (UrduPoint News / Sputnik - 27th January, 2022) The United States finds …
 *     ^^^^^^^^^^  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ dateline
 *     place       agencies and date
 * > | MOSCOW (Reuters) - Russia said …
 * > | CALGARY — The province said …
 *
 * Without parentheses the place must be in capitals and a dash or colon must follow, so that a
 * sentence opening with a name ("Washington said …") is not a dateline; a place in capitals may
 * also stand on a line of its own right before the story.
 */
export const dateline: Stage = {
  name: 'dateline',
  run({text, draft, options}) {
    if (draft.dateline) return undefined
    const blocks = draft.blocks
    const index = outletIndex(options.outlets)
    let looked = 0
    // A short text may have no block long enough to count as prose: look from the top then.
    const bodyStart = headerEnd(blocks)
    for (let i = bodyStart < blocks.length ? bodyStart : 0; i < blocks.length && looked < 3; i++) {
      const block = blocks[i]!
      if (block.kind !== 'paragraph' && block.kind !== 'dateline') continue
      looked++
      const found = matchDateline(block.text, index)
      if (!found) continue
      const start = block.span.start
      const dates = found.dateEnd > found.dateStart ? findDates(text, start + found.dateStart, start + found.dateEnd, null, 'dateline') : []
      return {dateline: {place: found.place, date: dates[0]?.value ?? null, span: {start, end: start + found.end}}}
    }
    // "ANKARA" on a line of its own, after the byline and right before the story.
    const at = headerEnd(blocks) - 1
    let previous = at - 1
    while (previous >= 0 && blocks[previous]!.kind === 'boilerplate') previous--
    const before = blocks[at]
    const afterHeader = previous >= 0 && ['byline', 'title', 'caption'].includes(blocks[previous]!.kind)
    if (before && afterHeader && before.kind === 'paragraph' && before.text.length <= 40 && !/\d/.test(before.text) && isCapitals(before.text) && placePattern.exec(before.text)?.[0] === before.text) {
      return {dateline: {place: before.text, date: null, span: before.span}}
    }
    return undefined
  }
}

