import type {Article} from '../schema/article.js'
import {containerKinds, markId, marksFromArticle, type Mark} from './marks.js'
import {segment, type Segment} from './segment.js'

/**
 * A hast text node. The hast types are written out here, structurally, so that core needs no
 * dependency: the trees below are hast trees, and pass as such to `hast-util-to-html`,
 * `rehype-stringify` or any other hast utility.
 */
export interface HastText {
  type: 'text'
  value: string
}

/** A hast element: `properties` use hast's names (`className`, `tabIndex`, `dataKind`). */
export interface HastElement {
  type: 'element'
  tagName: string
  properties: Record<string, string | number | boolean | Array<string | number>>
  children: Array<HastElement | HastText>
}

/** A hast root. */
export interface HastRoot {
  type: 'root'
  children: Array<HastElement | HastText>
  data?: Record<string, unknown>
}

/** `data-of` -> `dataOf`: hast's property name for a `data-*` attribute. */
function dataProperty(name: string): string {
  return 'data' + name.replace(/(^|-)([a-z])/g, (_, __: string, letter: string) => letter.toUpperCase())
}

function markElement(item: Extract<Segment, {type: 'mark'}>): HastElement {
  const {mark} = item
  const properties: HastElement['properties'] = {
    className: ['om', `om-${mark.kind}`],
    dataKind: mark.kind,
    dataRef: mark.ref,
    dataTip: mark.tip,
    dataPart: item.first ? 'first' : 'rest'
  }
  for (const [name, value] of Object.entries(mark.data)) {
    if (/^[a-z][a-z-]*$/.test(name)) properties[dataProperty(name)] = value
  }
  const children = segmentsToHast(item.children)
  if (containerKinds.has(mark.kind)) return {type: 'element', tagName: 'span', properties, children}
  if (item.first) {
    // One tab stop per mark: its first piece, which claim and event lists link to.
    properties.tabIndex = 0
    if (mark.kind === 'content' || mark.kind === 'trigger') properties.id = markId(mark.kind, mark.ref)
    if (mark.label) properties.dataLabel = mark.label
  }
  return {type: 'element', tagName: 'mark', properties, children}
}

/**
 * Segments as hast nodes: evidence marks are `<mark>` elements (the first piece of each is a
 * tab stop), containers are `<span>`s; each carries `class="om om-<kind>"`, `data-kind`,
 * `data-ref`, `data-tip`, `data-part` and its mark's `data-*`. Text stays text: a serializer
 * escapes it, so markup in an article renders inert.
 */
export function segmentsToHast(segments: readonly Segment[]): Array<HastElement | HastText> {
  return segments.map((item) => (item.type === 'text' ? {type: 'text', value: item.text} : markElement(item)))
}

/** Options for {@link articleToHast}. */
export interface ArticleToHastOptions {
  /** The marks to draw; default every mark of the record (`marksFromArticle`). */
  marks?: readonly Mark[]
}

/**
 * The article's text as a hast tree with its evidence marked: a root holding one
 * `<div class="onrecord" data-article="…">` whose text content is `text`, unchanged (style it
 * with `white-space: pre-wrap` to keep the line breaks).
 *
 * @example
 * import {toHtml} from 'hast-util-to-html'
 * const text = '"We will stay," the minister said.'
 * toHtml(articleToHast(parseArticle(text), text))
 * // '<div class="onrecord" data-article="…">"<mark class="om om-content" …>We will stay,</mark>" …'
 */
export function articleToHast(article: Article, text: string, options: ArticleToHastOptions = {}): HastRoot {
  const marks = options.marks ?? marksFromArticle(article, text)
  return {
    type: 'root',
    children: [
      {
        type: 'element',
        tagName: 'div',
        properties: {className: ['onrecord'], dataArticle: article.id},
        children: segmentsToHast(segment(text, marks))
      }
    ]
  }
}
