import type {OutletEntry} from '../lexicon/outlets.js'
import {sectionWords} from '../lexicon/sections.js'
import {diagnostic, type Block, type Stage} from '../stage.js'
import type {Outlet} from '../schema/article.js'
import type {Span} from '../schema/span.js'
import {headerEnd, signOffBlocks, titleIndex} from '../language/anatomy.js'
import {findOutlets, fingerprintOf, outletIndex, type OutletMention} from '../language/outlet-index.js'

/**
 * Find the publisher: its name where a page prints its own name, its domain, or its page
 * furniture.
 *
 * > | No U.S.-Russian Military Operations Coordination in Syria | ASHARQ AL-AWSAT English Archive
 *                                                                 ^^^^^^^^^^^^^^^ text (site title)
 * > | WASHINGTON (UrduPoint News / Sputnik - 27th January, 2022) …
 *                 ^^^^^^^^^^^^^^ text (dateline)
 * > | The BRICS Post with inputs from Agencies
 *     ^^^^^^^^^^^^^^ text (sign-off)
 * > | Live Story
 *     ^^^^^^^^^^ fingerprint (The New Arab)
 *
 * Only the places where a page names itself count: the site-title, header and furniture lines,
 * the dateline and the sign-off. An outlet named in the story ("told Newsweek", "according to
 * the WSJ") is a source, not the publisher.
 */
export const outlet: Stage = {
  name: 'outlet',
  run({text, draft, options}) {
    if (draft.outlet) return undefined
    const index = outletIndex(options.outlets)
    const blocks = draft.blocks
    const bodyStart = headerEnd(blocks)
    const candidates: Candidate[] = []
    const add = (mentions: OutletMention[], textConfidence: number, guard: boolean) => {
      for (const mention of mentions) {
        if (guard && narrated(text, mention.span)) continue
        candidates.push({entry: mention.entry, span: mention.span, via: mention.domain ? 'domain' : 'text', confidence: mention.domain ? 0.75 : textConfidence})
      }
    }

    // The site part of the title line: "Headline | Outlet".
    const title = titleIndex(blocks)
    if (title >= 0 && draft.title) {
      const block = blocks[title]!
      const titleEnd = draft.title.span.end
      if (titleEnd < block.span.end && draft.title.span.start === block.span.start) {
        add(findOutlets(index, text, titleEnd, block.span.end), 0.95, false)
      }
    }
    // The dateline's parenthesis names the publisher first: "(UrduPoint News / Sputnik - …)".
    if (draft.dateline) {
      const mentions = findOutlets(index, text, draft.dateline.span.start, draft.dateline.span.end)
      add(mentions.slice(0, 1), 0.9, false)
    }
    // Header lines (bylines, date lines) and furniture.
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i]!
      if (block.text.length > 300) continue
      if (block.kind === 'boilerplate' && block.reason === 'site-title') {
        // "Section Path | Outlet": the outlet is the last part.
        const bar = block.text.lastIndexOf(' | ')
        const from = bar >= 0 ? block.span.start + bar + 3 : block.span.start
        add(findOutlets(index, text, from, block.span.end), 0.95, false)
      } else if (block.kind === 'boilerplate') {
        // A syndication note names the outlet that republished the story.
        add(findOutlets(index, text, block.span.start, block.span.end), block.reason === 'syndication-note' ? 0.9 : 0.8, true)
      } else if (i < bodyStart && block.kind === 'byline') {
        add(findOutlets(index, text, block.span.start, block.span.end), 0.85, true)
      }
    }
    // Sign-off lines open with the publisher's name: "The BRICS Post with inputs from Agencies".
    for (const block of signOffBlocks(blocks, bodyStart)) {
      const mentions = findOutlets(index, text, block.span.start, block.span.end)
      const first = mentions[0]
      if (first && signOffOpenings.has(text.slice(block.span.start, first.span.start).replace(/[\s()[\]—–\-©:]+/g, ' ').trim().toLowerCase())) {
        add([first], 0.85, false)
      }
    }
    // Furniture the registry knows the outlet by.
    const hits = new Map<OutletEntry, Block[]>()
    for (const block of blocks) {
      if (block.text.length > 300) continue
      for (const entry of fingerprintOf(index, block.text)) {
        const list = hits.get(entry)
        if (list) list.push(block)
        else hits.set(entry, [block])
      }
    }
    for (const [entry, found] of hits) {
      candidates.push({entry, span: found[0]!.span, via: 'fingerprint', confidence: Math.min(0.7, (55 + 5 * found.length) / 100)})
    }

    // A site name the registry does not know: "Headline | The Gazette" (no registry entry), or a
    // domain in a header line. Weaker than anything the registry confirms.
    if (title >= 0 && draft.title) {
      const block = blocks[title]!
      const site = siteName(block.text.slice(draft.title.span.end - block.span.start))
      if (site) candidates.push({entry: null, name: site.name, domain: null, span: {start: draft.title.span.end + site.start, end: draft.title.span.end + site.start + site.name.length}, via: 'text', confidence: 0.7})
    }
    for (let i = 0; i < bodyStart && i < 40; i++) {
      const block = blocks[i]!
      if (block.kind !== 'byline' || block.text.length > 300) continue
      const domain = headerDomain.exec(block.text)
      if (domain) {
        const start = block.span.start + domain.index + domain[0].length - domain[1]!.length
        candidates.push({entry: null, name: domain[1]!, domain: domain[1]!.toLowerCase(), span: {start, end: start + domain[1]!.length}, via: 'domain', confidence: 0.5})
      }
    }

    if (candidates.length === 0) {
      return {diagnostics: [diagnostic('outlet/unknown', 'No evidence of the publisher: no outlet name, domain or page furniture that the registry knows', 'info')]}
    }
    let best = candidates[0]!
    for (const candidate of candidates) {
      if (candidate.confidence > best.confidence) best = candidate
    }
    const found: Outlet = {
      name: best.entry?.name ?? best.name ?? '',
      id: best.entry?.id ?? null,
      domain: best.via === 'domain' ? text.slice(best.span.start, best.span.end).toLowerCase().replace(/^www\./, '') : (best.entry?.domains[0] ?? best.domain ?? null),
      via: best.via,
      confidence: best.confidence,
      span: best.span
    }
    return {outlet: found}
  }
}

interface Candidate {
  entry: OutletEntry | null
  /** The name and domain when the registry does not know the outlet. */
  name?: string
  domain?: string | null
  span: Span
  via: 'text' | 'domain' | 'fingerprint'
  confidence: number
}

// What may stand before the publisher's name on a sign-off line.
const signOffOpenings = new Set([
  '', 'source', 'sources', 'copyright', 'published in', 'first published in', 'originally published in', 'published by',
  'this article was first published in', 'this article was originally published in', 'this article was first published by',
  'this article was originally published by', 'this story was first published in', 'this story was originally published by'
])

// The word before a name that makes it a source of the story: "told Newsweek", "according to the WSJ".
const narration = new Set(['told', 'tells', 'telling', 'to', 'according', 'with', 'said', 'says', 'reported', 'reports', 'cited', 'citing', 'quoted', 'quoting', 'interview'])

function narrated(text: string, span: Span): boolean {
  const words = text.slice(Math.max(0, span.start - 30), span.start).toLowerCase().split(/[^a-z]+/).filter(Boolean)
  let last = words.pop()
  if (last === 'the') last = words.pop()
  return last !== undefined && narration.has(last)
}

const sections = new Set(sectionWords)

// "date 2022-01-27 example.com": a web domain on a header line.
const headerDomain = /(?:^|\s)(?:www\.)?([a-z0-9][a-z0-9-]{0,40}\.(?:com|net|org|co\.uk|com\.pk|in|ir|ru|tv|info|news))(?=$|[\s|,;])/i

/**
 * The site name after a headline (` | The Gazette`): a short run of capitalised words, not a
 * section path. Offsets are relative to `rest`.
 */
function siteName(rest: string): {name: string; start: number} | null {
  const bar = rest.lastIndexOf(' | ')
  if (bar < 0) return null
  const name = rest.slice(bar + 3).trim()
  const words = name.split(' ')
  if (name === '' || words.length > 5 || !words.every((word) => /^[\p{Lu}\d]/u.test(word) || word === 'of' || word === 'the')) return null
  // "| World News" is a section of the site, not its name.
  if (words.every((word) => sections.has(word.toLowerCase()))) return null
  return {name, start: rest.indexOf(name, bar)}
}
