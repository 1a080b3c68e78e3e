/**
 * `@onrecord/corpus`: the onrecord seed articles parsed by `@onrecord/core` at build time, with
 * what only a corpus gives: speakers recognised across articles, outlets, and one timeline.
 *
 * @packageDocumentation
 */
import type {Article} from '@onrecord/core'
import * as data from '../generated/corpus.ts'
import type {CorpusOutlet, CorpusSpeaker, TimelineItem} from './types.ts'

/** The seed articles as Article records (see `@onrecord/core`), ordered by id. */
export const articles: readonly Article[] = data.articles

/** The raw text of each article by id: every span of `articles` points into it. */
export const texts: Readonly<Record<string, string>> = data.texts

/** Speakers merged across articles (`Andrei`/`Andrey` are one), with references to each article and claim. */
export const speakers: readonly CorpusSpeaker[] = data.speakers

/** The outlets the articles name, each with its articles. */
export const outlets: readonly CorpusOutlet[] = data.outlets

/** Publications, claims and events whose date has a year, ordered by date (see `dateSortKey`). */
export const timeline: readonly TimelineItem[] = data.timeline

/** Publications, claims and events with no date, or a date with no year (`XXXX-02-05`). */
export const undated: readonly TimelineItem[] = data.undated

export {buildCorpus} from './corpus.ts'
export {mergeSpeakers} from './speakers.ts'
export {collectOutlets} from './outlets.ts'
export {buildTimeline, dateSortKey} from './timeline.ts'
export {foldName, foldTransliteration, nameParts, personKey, type NameParts} from './names.ts'
export type {
  ClaimRef,
  CorpusIndexes,
  CorpusOutlet,
  CorpusSpeaker,
  SpeakerRef,
  TimelineItem,
  TimelineKind
} from './types.ts'
