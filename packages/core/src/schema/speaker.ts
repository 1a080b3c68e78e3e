import * as z from 'zod/mini'
import {object} from './object.js'
import {SpanSchema} from './span.js'

/** What kind of source a speaker is. */
export const SpeakerKindSchema = z.enum(['person', 'organization', 'government', 'group', 'anonymous'])

/** What kind of source a speaker is. */
export type SpeakerKind = z.infer<typeof SpeakerKindSchema>

/**
 * Someone the article attributes a claim to, merged across mentions.
 *
 * @example
 * {
 *   id: 's1', name: 'Maria Alvarez', kind: 'person',
 *   titles: ['Russian Ambassador to Washington'], affiliation: 'RUS',
 *   aliases: ['Alvarez', 'the diplomat'], mentions: [{start: 240, end: 255}]
 * }
 */
export const SpeakerSchema = object({
  /** Unique within the article: `s1`, `s2`, … */
  id: z.string(),
  /** The fullest name the article uses (`Maria Alvarez`, not `Alvarez` or `the diplomat`). */
  name: z.string(),
  /** `person`, `organization`, `government` (a state or its capital), `group` or `anonymous`. */
  kind: SpeakerKindSchema,
  /** Role phrases as written: `Russian Foreign Minister`, `UN Special Envoy for Syria`. */
  titles: z.array(z.string()),
  /** ISO 3166-1 alpha-3 country code (`USA`, `RUS`) or an organisation name (`UN`), else null. */
  affiliation: z.nullable(z.string()),
  /** Other names the article uses for the same speaker: surnames, titles, misspellings. */
  aliases: z.array(z.string()),
  /** Spans of every mention, pronouns that a claim was attributed through included. */
  mentions: z.array(SpanSchema)
})

/** A speaker; see {@link SpeakerSchema}. */
export type Speaker = z.infer<typeof SpeakerSchema>
