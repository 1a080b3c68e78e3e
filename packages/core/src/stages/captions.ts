import {photoAgencies} from '../lexicon/sections.js'
import type {Block, Stage} from '../pipeline/context.js'
import type {Span} from '../schema/span.js'
import {SHORT_LINE, escapeRegExp, reclassify} from '../text/anatomy.js'

/**
 * Mark photo captions: lines that end with a picture credit, open with a picture label, or
 * follow a "Caption:" label.
 *
 * > | Ambassador Anatolov said the presence of US troops in Syria is 'illegal' [Getty]
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
const pictureLabel = /^(?:(?:file )?photo|image|picture|pictured|photograph|above|top|main image)\s?:\s*\S/i

const agencies = [...photoAgencies].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')
// A credit at the end of a line: "[Getty]", "[AFP via Getty Images]", "/ AFP", "(Photo: Reuters)".
const credit = new RegExp(
  String.raw`(?:\[(?:Photo:\s*|Image:\s*)?([A-Z][\w.&'’-]*(?:[ /-][A-Z][\w.&'’-]*|\svia\s){0,5})\]` +
    String.raw`|(?:^|\s)/\s?((?:Photo:\s*)?[A-Z][\w.&'’-]*(?:[ /][A-Z][\w.&'’-]*){0,3})` +
    String.raw`|\((?:Photo|Image|Picture|Credit)(?: by)?:?\s*([^()]{2,60})\)` +
    String.raw`|\((${agencies})\))\.?$`
)

/**
 * The picture credit that ends a caption line (`Getty` in "… 'illegal' [Getty]", `AFP` in
 * "… 2016. / AFP"), with its span relative to the line, or null.
 */
export function captionCredit(line: string): {name: string; span: Span} | null {
  const match = credit.exec(line)
  if (!match) return null
  const group = match.slice(1).findIndex((value) => value !== undefined)
  if (group < 0) return null
  let name = match[group + 1]!
  let start = match.index + match[0].indexOf(name)
  const label = /^(?:Photo|Image):\s*/.exec(name)
  if (label) {
    name = name.slice(label[0].length)
    start += label[0].length
  }
  name = name.trimEnd()
  return name ? {name, span: {start, end: start + name.length}} : null
}
