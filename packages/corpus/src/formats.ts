import {claimsTable as articleClaimsTable, type Article, type Cell} from '@onrecord/core'
import type {CorpusSpeaker} from './types.ts'

// The tables and the CSV writer are core's, so that `onrecord parse --format csv` writes the
// same columns from the same code.
export {eventsTable, speakersTable, toCsv, type Cell} from '@onrecord/core'

/** One JSON record per line, each line ending in LF. */
export function toJsonLines(records: readonly unknown[]): string {
  return records.map((record) => JSON.stringify(record) + '\n').join('')
}

/** The claims of every article as a table, one row per claim, with its corpus speaker. */
export function claimsTable(articles: readonly Article[], speakers: readonly CorpusSpeaker[]): Cell[][] {
  const corpusSpeaker = new Map<string, string>()
  for (const speaker of speakers) {
    for (const ref of speaker.refs) corpusSpeaker.set(`${ref.article}\u0000${ref.speaker}`, speaker.id)
  }
  return articleClaimsTable(articles, (article, speaker) => corpusSpeaker.get(`${article.id}\u0000${speaker.id}`) ?? null)
}
