/**
 * The site's view of the marks: core draws them (`marksFromArticle`, `segment`,
 * `segmentsToHast`, the same code as the unified plugin), `hast-util-to-html` serializes them.
 * One module for the build (article pages) and the browser (Try it), so both show the same
 * marks. The serializer escapes every piece of text and every attribute value, so an article
 * whose text holds `<script>` or markup renders as inert text.
 *
 * It runs under Vite (build and browser) and under Node's type stripping (tests) alike, so it
 * uses erasable TypeScript only.
 */
import {
  markId,
  markKindLabels,
  markKinds,
  marksFromArticle,
  quadClassLabels,
  quadClassOf,
  segment,
  segmentsToHast,
  type Article,
  type Mark,
  type MarkKind,
  type QuadClass,
  type Segment
} from '@onrecord/core'
import {toHtml} from 'hast-util-to-html'

export {markId, markKindLabels, markKinds, marksFromArticle, quadClassLabels, quadClassOf, segment}
export type {Mark, MarkKind, QuadClass, Segment}

/** Render segments as HTML. */
export function renderSegments(segments: readonly Segment[]): string {
  return toHtml({type: 'root', children: segmentsToHast(segments)} as Parameters<typeof toHtml>[0])
}

/** The whole job: the article's text as HTML with its marks. */
export function renderMarkedText(article: Article, text: string): string {
  return renderSegments(segment(text, marksFromArticle(article, text)))
}

/** The kinds of mark a record has, in legend order, for the toggles. */
export function kindsPresent(marks: readonly Mark[]): MarkKind[] {
  const present = new Set(marks.map((mark) => mark.kind))
  return markKinds.filter((kind) => present.has(kind))
}
