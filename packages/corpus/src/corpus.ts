import type {Article} from '@onrecord/core'
import {collectOutlets} from './outlets.ts'
import {mergeSpeakers} from './speakers.ts'
import {buildTimeline} from './timeline.ts'
import type {CorpusIndexes} from './types.ts'

/**
 * Build the cross-article indexes of any set of articles: speakers merged across articles,
 * outlets, and one timeline. The package's own exports are this, applied to the seed articles
 * at build time.
 *
 * @param texts The articles' texts by id (optional), for the events' clauses on the timeline.
 *
 * @example
 * import {parseArticle} from '@onrecord/core'
 * import {buildCorpus} from '@onrecord/corpus'
 *
 * const {speakers, timeline} = buildCorpus([parseArticle(a, {id: 'a'}), parseArticle(b, {id: 'b'})])
 */
export function buildCorpus(
  articles: readonly Article[],
  texts: Readonly<Record<string, string>> = {}
): CorpusIndexes {
  const speakers = mergeSpeakers(articles)
  return {speakers, outlets: collectOutlets(articles), ...buildTimeline(articles, speakers, texts)}
}
