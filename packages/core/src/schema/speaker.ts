import * as z from 'zod/mini'
import {described, object} from './object.js'
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
  id: described('Unique within the article: `s1`, `s2`, …', z.string()),
  name: described('The fullest name the article uses (`Maria Alvarez`, not `Alvarez` or `the diplomat`).', z.string()),
  kind: described('`person`, `organization`, `government` (a state or its capital), `group` or `anonymous`.', SpeakerKindSchema),
  titles: described('Role phrases as written: `Russian Foreign Minister`, `UN Special Envoy for Syria`.', z.array(z.string())),
  affiliation: described('ISO 3166-1 alpha-3 country code (`USA`, `RUS`) or an organisation name (`UN`), else null.', z.nullable(z.string())),
  aliases: described('Other names the article uses for the same speaker: surnames, titles, misspellings.', z.array(z.string())),
  mentions: described('Spans of every mention, pronouns that a claim was attributed through included.', z.array(SpanSchema))
})


export type {Speaker} from './types.js'
