/**
 * Gold annotations in the seed format (`gold/seeds/*.json`, see ANNOTATION.md) and how their
 * strings are found in the text.
 */
import type {Span} from '@onrecord/core'

/** A speaker of the gold. */
export interface GoldSpeaker {
  /** The fullest name used in the article. */
  name: string
  /** Other names used for the same speaker. */
  aliases?: string[]
  /** Neither required nor penalised. */
  optional?: boolean
  [key: string]: unknown
}

/** A claim of the gold. */
export interface GoldClaim {
  /** The gold speaker's name, or null when the text gives no source. */
  speaker: string | null
  /** `direct`, `indirect` or `mixed`. */
  kind?: string
  /** The cue as written, or null for a continued quotation. */
  cue?: string | null
  /** What was said, an exact substring of the text (NBSP read as a space). */
  content: string
  /** Which occurrence of `content`, 1-based. */
  occurrence?: number
  /** When it was said (EDTF). */
  date?: string | null
  /** Neither required nor penalised. */
  optional?: boolean
  [key: string]: unknown
}

/** An event of the gold. */
export interface GoldEvent {
  /** The PLOVER type. */
  type: string
  /** The trigger, found inside `context`. */
  trigger: string
  /** An exact substring of the text around the trigger. */
  context: string
  /** Which occurrence of `context`, 1-based. */
  occurrence?: number
  /** When (EDTF). */
  date?: string | null
  /** Neither required nor penalised. */
  optional?: boolean
  [key: string]: unknown
}

/** The publication date of the gold. */
export interface GoldPublished {
  /** EDTF, or null when the text supports no date. */
  value: string | null
  /** Coarser or partial values that are also right. */
  accept?: string[]
  /** False when the text prints no year (a year in a prediction is then invented). */
  yearPrinted?: boolean
  /** A note for people. */
  note?: string
}

/** One gold file. */
export interface GoldSeed {
  /** The text file it annotates. */
  file: string
  /** The headline. */
  title?: string | null
  /** The publication. */
  outlet?: {name: string; aliases?: string[]} | null
  /** Byline people. */
  authors?: string[]
  /** Agencies credited. */
  credits?: string[]
  /** The publication date. */
  published?: GoldPublished | null
  /** The dateline. */
  dateline?: {place: string | null} | null
  /** Speakers. */
  speakers?: GoldSpeaker[]
  /** Claims. */
  claims?: GoldClaim[]
  /** Events. */
  events?: GoldEvent[]
}

/**
 * Find the `occurrence`-th (1-based) occurrence of `needle` in `text`, both read with NBSP
 * as a space (the mapping keeps offsets); null when it is not there.
 */
export function locate(text: string, needle: string, occurrence = 1, from = 0): Span | null {
  if (needle.length === 0) return null
  const haystack = text.replaceAll('\u00A0', ' ')
  const wanted = needle.replaceAll('\u00A0', ' ')
  let index = from - 1
  for (let n = 0; n < Math.max(1, occurrence); n++) {
    index = haystack.indexOf(wanted, index + 1)
    if (index === -1) return null
  }
  return {start: index, end: index + wanted.length}
}

/** Read a gold file's JSON, checking the little the scorer relies on. */
export function readGoldSeed(json: string, name: string): GoldSeed {
  const value: unknown = JSON.parse(json)
  if (!value || typeof value !== 'object' || typeof (value as {file?: unknown}).file !== 'string') {
    throw new Error(`${name}: expected a gold object with a \`file\` string`)
  }
  return value as GoldSeed
}
