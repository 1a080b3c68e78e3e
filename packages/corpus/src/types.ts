import type {DateValue, PloverType, SpeakerKind} from '@onrecord/core'

/** One article's speaker, as a corpus speaker points back at it. */
export interface SpeakerRef {
  /** The article id. */
  article: string
  /** The speaker's id within that article (`s1`). */
  speaker: string
  /** The ids of the claims the article attributes to that speaker (`c1`, `c4`). */
  claims: string[]
}

/** A claim, named by its article and its id within the article. */
export interface ClaimRef {
  /** The article id. */
  article: string
  /** The claim's id within that article. */
  claim: string
}

/**
 * A speaker merged across articles: the same person under transliteration variants
 * (`Aleksei Volkov`, `Alexey Volkov`) is one corpus speaker.
 */
export interface CorpusSpeaker {
  /** Unique within the corpus, from the name: `aleksei-volkov`. */
  id: string
  /** The name the corpus uses most often (on a tie, the first met). */
  name: string
  /** `person`, `organization`, `government`, `group` or `anonymous`. */
  kind: SpeakerKind
  /** Every role phrase the articles give, as written, first met first. */
  titles: string[]
  /** The affiliation the articles give most often, else null. */
  affiliation: string | null
  /** Every other name the articles use: spelling variants, surnames, misspellings. */
  aliases: string[]
  /** The ids of the articles that quote the speaker, in corpus order. */
  articles: string[]
  /** The speaker in each article, with the claims attributed there. */
  refs: SpeakerRef[]
  /** Every claim attributed to the speaker, in corpus order. */
  claims: ClaimRef[]
}

/** A publication named by at least one article of the corpus. */
export interface CorpusOutlet {
  /** The registry id (`urdupoint`) when the outlet is in core's registry, else one made from the name. */
  key: string
  /** The registry id, else null. */
  id: string | null
  /** The outlet's name. */
  name: string
  /** The outlet's domain from the registry, else null. */
  domain: string | null
  /** The ids of its articles, in corpus order. */
  articles: string[]
}

/** What a timeline item stands for. */
export type TimelineKind = 'published' | 'claim' | 'event'

/** One dated thing in the corpus: an article's publication, a claim or an event. */
export interface TimelineItem {
  /** `published` (the article itself), `claim` or `event`. */
  kind: TimelineKind
  /** The article id. */
  article: string
  /** The claim or event id within the article; null for `published`. */
  id: string | null
  /** The date: the item's own, else its article's publication date (see `dateOf`); null when neither is known. */
  date: DateValue | null
  /** Whose date `date` is: the item's own (`item`) or its article's publication date (`article`); null when undated. */
  dateOf: 'item' | 'article' | null
  /** What the item sorts by (see `dateSortKey`); null when the date gives no year. */
  sortKey: string | null
  /** The claim's content, the event's clause, or the article's title; null when the article has no title. */
  text: string | null
  /** For a claim, the corpus speaker id (see `speakers`); null otherwise or when unattributed. */
  speaker: string | null
  /** For an event, its PLOVER type; null otherwise. */
  type: PloverType | null
}

/** The cross-article indexes of a set of articles. */
export interface CorpusIndexes {
  /** Speakers merged across articles. */
  speakers: CorpusSpeaker[]
  /** Outlets, first met first. */
  outlets: CorpusOutlet[]
  /** Items whose date has a year, ordered by `sortKey`. */
  timeline: TimelineItem[]
  /** Items with no date, or a date with no year (`XXXX-02-05`), in corpus order. */
  undated: TimelineItem[]
}
