/**
 * The record drawn over its text: marks from a record, cut into nested segments, as a hast
 * tree. Browser-safe and free of dependencies; used by the unified plugin and the docs site.
 */
export {
  markKinds,
  markKindLabels,
  containerKinds,
  marksFromArticle,
  markId,
  quadClassLabels,
  quadClassOf,
  type Mark,
  type MarkKind
} from './marks.js'
export {segment, type Segment} from './segment.js'
export {
  articleToHast,
  segmentsToHast,
  type ArticleToHastOptions,
  type HastElement,
  type HastRoot,
  type HastText
} from './hast.js'
