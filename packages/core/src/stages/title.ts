import {sectionWords} from '../lexicon/sections.js'
import {diagnostic, type Block, type Stage} from '../stage.js'
import type {Span} from '../schema/span.js'
import {SHORT_LINE, finalMark, isDateLine, normalizeLine, reclassify, wordCount} from '../language/anatomy.js'
import {findOutlets, outletIndex} from '../language/outlet-index.js'
import {opensWithDateline} from '../language/dateline.js'

/**
 * Find the headline: the first line near the top that reads as one. A site-title line gives
 * its first part; copies of the headline are furniture.
 *
 * > | Novak expects close work with EU on energy
 *     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ title
 * > | No U.S.-Russian Military Operations Coordination in Syria | ASHARQ AL-AWSAT English Archive
 *     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ title
 * > | Middle-east Arab News Opinion | Asharq Al-awsat
 *     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ site-title (a section path, no headline)
 */
export const title: Stage = {
  name: 'title',
  kind: 'refiner',
  run({text, draft, options}) {
    if (draft.title) return undefined
    const blocks = [...draft.blocks]
    const index = outletIndex(options.outlets)
    const found = findTitle(
      text,
      blocks,
      (text, start, end) => findOutlets(index, text, start, end).length > 0,
      (name) => index.byName.has(name.trim().toLowerCase())
    )
    if (!found) {
      return {diagnostics: [diagnostic('title/none', 'No headline found near the top of the text', 'info')]}
    }

    let titleBlock = found.index
    const key = normalizeLine(found.text)
    // A headline printed on its own line is the title; a site-title line that carries it is furniture.
    if (found.siteTitle) {
      for (let i = found.index + 1; i < blocks.length && i < found.index + 12; i++) {
        const block = blocks[i]!
        if (block.kind !== 'boilerplate' && block.text.length <= SHORT_LINE && normalizeLine(block.text) === key) {
          blocks[found.index] = reclassify(blocks[found.index]!, 'boilerplate', 'site-title')
          titleBlock = i
          found.span = block.span
          found.text = block.text
          break
        }
      }
    }
    blocks[titleBlock] = reclassify(blocks[titleBlock]!, 'title')
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i]!
      // Only lines about as long as the headline can repeat it.
      if (i === titleBlock || block.kind === 'boilerplate' || block.text.length < key.length - 4 || block.text.length > key.length + 80) continue
      const text = normalizeLine(block.text)
      if (text === key || (text.startsWith(key) && /^ ?[|–—-] /.test(text.slice(key.length)))) {
        blocks[i] = reclassify(block, 'boilerplate', 'repeated-title')
      }
    }
    return {blocks, title: {text: found.text, span: found.span}}
  }
}

interface FoundTitle {
  index: number
  text: string
  span: Span
  siteTitle: boolean
}

const sections = new Set(sectionWords)
// Lines that open like a byline or a date label are not headlines.
const notHeadline = /^(?:by |date\b|published\b|updated\b|posted\b|last updated\b)/i
// "Jane Doe Published January 27, 2022": a byline, whatever comes before the label.
const publishedLabel = / (?:Published|Updated|Posted)(?: on)?:? \d| (?:Published|Updated|Posted)(?: on)?:? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)/
// A date line opens with a number, a month or a weekday; only such lines go to chrono.
const opensLikeDate = /^(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,7}\b)/i
const siteSeparator = / [|•] /

/** The headline among the first blocks, looking past furniture, date lines and section paths. */
function findTitle(
  text: string,
  blocks: Block[],
  namesOutlet: (text: string, start: number, end: number) => boolean,
  isOutletName: (text: string) => boolean
): FoundTitle | null {
  let seen = 0
  for (let i = 0; i < blocks.length && seen < 6; i++) {
    const block = blocks[i]!
    if (block.kind === 'boilerplate') continue
    seen++
    if (block.text.length > SHORT_LINE || notHeadline.test(block.text) || publishedLabel.test(block.text)) continue
    if (opensLikeDate.test(block.text) && isDateLine(text, block)) continue
    // "LONDON (Reuters) - …" opens the story; a text of one line is a sentence, not a headline.
    if (opensWithDateline(block.text) || !blocks.some((other, j) => j > i && other.kind !== 'boilerplate')) continue
    if (isSectionPath(block.text)) {
      // "Home World News": the site's navigation.
      blocks[i] = reclassify(block, 'boilerplate', 'navigation')
      continue
    }
    if (isOutletName(block.text)) {
      // A line that is only the site's name ("Al Jazeera") heads the page, not the story.
      blocks[i] = reclassify(block, 'boilerplate', 'site-title')
      continue
    }
    const words = wordCount(block.text)
    if (words > 30 || (words > 15 && '.;,'.includes(finalMark(block.text)))) continue

    // "Headline - The Moscow Times": a dash before nothing but an outlet's name.
    const dash = Math.max(block.text.lastIndexOf(' - '), block.text.lastIndexOf(' – '), block.text.lastIndexOf(' — '))
    if (dash > 0 && isOutletName(block.text.slice(dash + 3))) {
      let left = block.text.slice(0, dash).trimEnd()
      // "Headline - World - DAWN.COM": the section goes with the outlet.
      const section = Math.max(left.lastIndexOf(' - '), left.lastIndexOf(' – '), left.lastIndexOf(' — '))
      if (section > 0 && isSectionPath(left.slice(section + 3))) left = left.slice(0, section).trimEnd()
      return {index: i, text: left, span: {start: block.span.start, end: block.span.start + left.length}, siteTitle: true}
    }
    const separator = siteSeparator.exec(block.text)
    if (separator) {
      const left = block.text.slice(0, separator.index).trimEnd()
      if (isSectionPath(left) || (namesOutlet(left, 0, left.length) && wordCount(left) <= 4)) {
        // "Opinion | Outlet" or "Outlet | Section": navigation, not a headline.
        blocks[i] = reclassify(block, 'boilerplate', 'site-title')
        continue
      }
      return {index: i, text: left, span: {start: block.span.start, end: block.span.start + left.length}, siteTitle: true}
    }
    return {index: i, text: block.text, span: block.span, siteTitle: false}
  }
  return null
}

/** Whether a line is made only of section names ("Middle-east Arab News Opinion"). */
function isSectionPath(text: string): boolean {
  const words = text.toLowerCase().split(/[\s\-–—/»>:]+/).filter(Boolean)
  return words.length > 0 && words.length <= 8 && words.every((word) => sections.has(word))
}
