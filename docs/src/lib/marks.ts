/**
 * Render an article's text with its evidence marked: speaker mentions, claim cues, claim
 * contents and event triggers. One module for the build (article pages) and the browser
 * (Try it), so both show the same marks.
 *
 * Spans nest and may cross (a trigger inside a content, a cue equal to a trigger). The text is
 * cut into a tree of segments: a mark that crosses its parent's end is clipped there and its
 * rest continues as a second piece. Every text piece and attribute value is escaped, so an
 * article whose text holds `<script>` or markup renders as inert text.
 *
 * It runs under Vite (build and browser) and under Node's type stripping (tests) alike, so it
 * uses erasable TypeScript only and imports nothing but `@onrecord/core`.
 */
import {ploverQuadClass, type Article, type QuadClass} from '@onrecord/core'

/** What a mark stands for. */
export type MarkKind = 'boilerplate' | 'claim' | 'content' | 'cue' | 'speaker' | 'trigger'

/** A stretch of the text to mark, with what to say about it. */
export interface Mark {
  /** What it stands for. */
  kind: MarkKind
  /** UTF-16 offset of the first code unit. */
  start: number
  /** UTF-16 offset one past the last code unit. */
  end: number
  /** The record item it shows: a claim, speaker or event id; the reason for boilerplate. */
  ref: string
  /** A short label drawn beside the mark (`c1`, `ASSAULT`); empty for none. */
  label: string
  /** A sentence for the tooltip and the aside: who said it, which event type. */
  tip: string
  /** More `data-*` attributes (names without the prefix). */
  data: Record<string, string>
}

/** A piece of the rendered text: plain text, or a mark holding pieces. */
export type Segment =
  | {type: 'text'; text: string}
  | {type: 'mark'; mark: Mark; first: boolean; children: Segment[]}

/** Outer kinds first when spans are equal: a content holds a trigger, not the reverse. */
const rank: Record<MarkKind, number> = {boilerplate: 0, claim: 1, content: 2, cue: 3, speaker: 4, trigger: 5}

export type {QuadClass}

/** How the quad classes read in prose. */
export const quadClassLabels: Record<QuadClass, string> = {
  'verbal-cooperation': 'verbal cooperation',
  'material-cooperation': 'material cooperation',
  'verbal-conflict': 'verbal conflict',
  'material-conflict': 'material conflict'
}

/** The quad class of a PLOVER type (core's `ploverQuadClass`), or null for a type outside the 16. */
export function quadClassOf(type: string): QuadClass | null {
  return (ploverQuadClass as Readonly<Record<string, QuadClass>>)[type] ?? null
}

/** Escape text for HTML content and double-quoted attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
}

/**
 * The marks of a record: boilerplate, speaker mentions, claims (the whole attribution, its
 * content and its cue), event triggers. Spans outside the text or empty are left out rather than trusted.
 */
export function marksFromArticle(article: Article, text: string): Mark[] {
  const marks: Mark[] = []
  const speakerName = new Map(article.speakers.map((speaker) => [speaker.id, speaker.name]))
  const claimById = new Map(article.claims.map((claim) => [claim.id, claim]))
  const said = (id: string | null) => (id === null ? 'no source given' : `said by ${speakerName.get(id) ?? id}`)

  for (const item of article.boilerplate) {
    add(marks, text, {kind: 'boilerplate', ...item.span, ref: item.reason, label: '', tip: `Page furniture (${item.reason})`, data: {}})
  }

  for (const speaker of article.speakers) {
    const about = [speaker.kind, ...speaker.titles, speaker.affiliation ?? ''].filter(Boolean).join(', ')
    for (const mention of speaker.mentions) {
      add(marks, text, {
        kind: 'speaker',
        ...mention,
        ref: speaker.id,
        label: '',
        tip: `Speaker ${speaker.id}: ${speaker.name} (${about})`,
        data: {speaker: speaker.id}
      })
    }
  }

  for (const claim of article.claims) {
    // The whole attribution: not a tab stop itself, it lights up while its content or cue has focus.
    add(marks, text, {
      kind: 'claim',
      ...claim.span,
      ref: claim.id,
      label: '',
      tip: `Claim ${claim.id} (${claim.kind}), ${said(claim.speaker)}`,
      data: {claim: claim.id, speaker: claim.speaker ?? ''}
    })
    add(marks, text, {
      kind: 'content',
      ...claim.content.span,
      ref: claim.id,
      label: claim.id,
      tip: `Claim ${claim.id} (${claim.kind}), ${said(claim.speaker)}`,
      data: {claim: claim.id, speaker: claim.speaker ?? ''}
    })
    if (claim.cue) {
      add(marks, text, {
        kind: 'cue',
        ...claim.cue.span,
        ref: claim.id,
        label: '',
        tip: `Cue “${claim.cue.text}” (${claim.cue.lemma}) of claim ${claim.id}, ${said(claim.speaker)}`,
        data: {claim: claim.id, speaker: claim.speaker ?? ''}
      })
    }
  }

  for (const event of article.events) {
    const quad = quadClassOf(event.type)
    const claim = event.claim ? claimById.get(event.claim) : undefined
    const within = claim ? `, inside claim ${claim.id} ${said(claim.speaker)}` : ''
    add(marks, text, {
      kind: 'trigger',
      ...event.trigger.span,
      ref: event.id,
      label: event.type,
      tip: `Event ${event.id}: ${event.type}${quad ? ` (${quadClassLabels[quad]})` : ''}, ${event.modality}${within}`,
      data: {event: event.id, type: event.type, quad: quad ?? 'none'}
    })
  }

  return marks
}

function add(marks: Mark[], text: string, mark: Mark): void {
  if (!Number.isInteger(mark.start) || !Number.isInteger(mark.end)) return
  if (mark.start < 0 || mark.end > text.length || mark.start >= mark.end) return
  marks.push({kind: mark.kind, start: mark.start, end: mark.end, ref: mark.ref, label: mark.label, tip: mark.tip, data: mark.data})
}

interface Piece {
  mark: Mark
  start: number
  end: number
  first: boolean
}

interface Node {
  piece: Piece | null
  start: number
  end: number
  children: Node[]
}

function compare(a: Piece, b: Piece): number {
  return a.start - b.start || b.end - a.end || rank[a.mark.kind] - rank[b.mark.kind]
}

/**
 * Cut `text` into a tree of segments from `marks`. Marks nest by span (outer first, then by
 * kind); a mark that crosses the end of the mark it starts in is split in two pieces.
 */
export function segment(text: string, marks: readonly Mark[]): Segment[] {
  const queue: Piece[] = marks
    .filter((mark) => mark.start >= 0 && mark.end <= text.length && mark.start < mark.end)
    .map((mark) => ({mark, start: mark.start, end: mark.end, first: true}))
    .sort(compare)
  const root: Node = {piece: null, start: 0, end: text.length, children: []}
  const stack: Node[] = []

  for (let index = 0; index < queue.length; index++) {
    const piece = queue[index]!
    while (stack.length > 0 && stack[stack.length - 1]!.end <= piece.start) stack.pop()
    const parent = stack[stack.length - 1] ?? root
    if (piece.end > parent.end) {
      // Crossing: keep the part inside the parent, queue the rest where it sorts.
      const rest: Piece = {mark: piece.mark, start: parent.end, end: piece.end, first: false}
      piece.end = parent.end
      let at = index + 1
      while (at < queue.length && compare(queue[at]!, rest) <= 0) at++
      queue.splice(at, 0, rest)
    }
    const node: Node = {piece, start: piece.start, end: piece.end, children: []}
    parent.children.push(node)
    stack.push(node)
  }

  return fill(text, root)
}

function fill(text: string, node: Node): Segment[] {
  const out: Segment[] = []
  let at = node.start
  for (const child of node.children) {
    if (child.start > at) out.push({type: 'text', text: text.slice(at, child.start)})
    const piece = child.piece!
    out.push({type: 'mark', mark: piece.mark, first: piece.first, children: fill(text, child)})
    at = child.end
  }
  if (node.end > at) out.push({type: 'text', text: text.slice(at, node.end)})
  return out
}

/** Render segments as HTML. Text and attribute values are escaped; nothing else is emitted. */
export function renderSegments(segments: readonly Segment[]): string {
  let html = ''
  for (const item of segments) {
    if (item.type === 'text') {
      html += escapeHtml(item.text)
      continue
    }
    const {mark} = item
    const attributes = [
      `class="om om-${mark.kind}"`,
      `data-kind="${mark.kind}"`,
      `data-ref="${escapeHtml(mark.ref)}"`,
      `data-tip="${escapeHtml(mark.tip)}"`,
      `data-part="${item.first ? 'first' : 'rest'}"`
    ]
    for (const [name, value] of Object.entries(mark.data)) {
      if (/^[a-z][a-z-]*$/.test(name)) attributes.push(`data-${name}="${escapeHtml(value)}"`)
    }
    if (mark.kind === 'boilerplate' || mark.kind === 'claim') {
      html += `<span ${attributes.join(' ')}>${renderSegments(item.children)}</span>`
      continue
    }
    if (item.first) {
      // One tab stop per mark: its first piece, which claim and event lists link to.
      attributes.push('tabindex="0"')
      if (mark.kind === 'content' || mark.kind === 'trigger') attributes.push(`id="${markId(mark.kind, mark.ref)}"`)
      if (mark.label) attributes.push(`data-label="${escapeHtml(mark.label)}"`)
    }
    html += `<mark ${attributes.join(' ')}>${renderSegments(item.children)}</mark>`
  }
  return html
}

/** The element id of a content or trigger mark, for links from the claim and event lists. */
export function markId(kind: 'content' | 'trigger', ref: string): string {
  return `mark-${kind}-${ref.replace(/[^\w-]/g, '_')}`
}

/** The whole job: the article's text as HTML with its marks. */
export function renderMarkedText(article: Article, text: string): string {
  return renderSegments(segment(text, marksFromArticle(article, text)))
}
