import {photoAgencies} from '../lexicon/agencies.js'
import type {Stage} from '../pipeline/context.js'
import type {Span} from '../schema/span.js'
import {SHORT_LINE, reclassify} from '../text/anatomy.js'

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

const agencies = new Set(photoAgencies.map((name) => name.toLowerCase()))
const label = /^(?:Image source|Photo|Image|Picture|Photograph|Credit)(?: by)?[:,]? ?/i
const capitalised = /^\p{Lu}/u

/**
 * The picture credit that ends a caption line (`Getty` in "… 'illegal' [Getty]", `AFP` in
 * "… 2016. / AFP", `Reuters` in "(Photo: Reuters)"), with its span relative to the line, or null.
 */
export function captionCredit(line: string): {name: string; span: Span} | null {
  // "Photo: AFP", "Image: Getty Images": a credit line of its own.
  const whole = label.exec(line)
  if (whole && (whole[0].includes(':') || whole[0].includes(',')) && line.length - whole[0].length <= 40 && /^\p{Lu}/u.test(line.slice(whole[0].length))) {
    const name = line.slice(whole[0].length).trimEnd()
    const words = name.split(/ |\//).filter(Boolean)
    if (words.length <= 5 && words.every((word) => word === 'via' || capitalised.test(word))) {
      return {name, span: {start: whole[0].length, end: whole[0].length + name.length}}
    }
  }
  // "Kremlin spokesman Dmitry Peskov © Sputnik / Mikhail Klimentyev": the credit follows ©.
  const copyright = line.lastIndexOf('©')
  if (copyright >= 0 && line.length - copyright <= 64) {
    let start = copyright + 1
    while (line[start] === ' ') start++
    const name = line.slice(start).trimEnd()
    if (capitalised.test(name)) return {name, span: {start, end: start + name.length}}
  }
  let end = line.length
  if (line.endsWith('.')) end--
  let start: number
  let labelled = false
  const last = line[end - 1]
  if (last === ']' || last === ')') {
    const open = line.lastIndexOf(last === ']' ? '[' : '(', end - 1)
    if (open < 0 || end - open > 64) return null
    start = open + 1
    end--
  } else {
    const slash = line.lastIndexOf('/', end)
    // "… 2016. / AFP": a slash after a space, and a short credit after it.
    if (slash < 1 || end - slash > 48 || line[slash - 1] !== ' ') return null
    start = slash + 1
  }
  const found = label.exec(line.slice(start, end))
  if (found) {
    start += found[0].length
    labelled = true
  }
  while (start < end && line[start] === ' ') start++
  while (end > start && line[end - 1] === ' ') end--
  const name = line.slice(start, end)
  if (name === '') return null
  const words = name.split(/ |\//).filter(Boolean)
  if (words.length > 6 || !words.every((word) => word === 'via' || capitalised.test(word))) return null
  // A parenthesis is a credit only with a label or a known agency: "(AFP)", not "(Reuters Institute)".
  if (last === ')' && !labelled && !agencies.has(name.toLowerCase())) return null
  return {name, span: {start, end}}
}
