import * as z from 'zod/mini'
import {DateValueSchema} from './date-value.js'
import {described, object} from './object.js'
import {SpanSchema, TextSpanSchema} from './span.js'

/** How a claim is reported. */
export const ClaimKindSchema = z.enum(['direct', 'indirect', 'mixed'])

/** How a claim is reported: `direct`, `indirect` or `mixed`. */
export type ClaimKind = z.infer<typeof ClaimKindSchema>

/** The reporting expression of a claim. */
export const CueSchema = object({
  text: described('The cue as written: `said`, `called on`, `according to`.', z.string()),
  lemma: described('Its dictionary form: `say`, `call on`, `according to`.', z.string()),
  span: described('Where it stands.', SpanSchema)
})


/**
 * An attributed statement.
 *
 * @example
 * {
 *   id: 'c1', speaker: 's1', kind: 'direct',
 *   cue: {text: 'said', lemma: 'say', span: {start: 52, end: 56}},
 *   content: {text: 'We find ways to work with the Russians,', span: {start: 1, end: 40}},
 *   span: {start: 0, end: 56}, date: null, confidence: 0.9
 * }
 */
export const ClaimSchema = object({
  id: described('Unique within the article: `c1`, `c2`, … in text order.', z.string()),
  speaker: described('The `Speaker.id` it is attributed to, or null when the text gives no source.', z.nullable(z.string())),
  kind: described('`direct` (wholly quoted), `indirect` (reported, no quotation marks) or `mixed` (reported with quoted fragments).', ClaimKindSchema),
  cue: described('The reporting expression, or null for a quotation that continues an attributed one.', z.nullable(CueSchema)),
  content: described('What was said, without enclosing quotation marks, the cue, the speaker or a leading "that".', TextSpanSchema),
  span: described('The whole attribution: content, cue and speaker together.', SpanSchema),
  date: described('When it was said, resolved from "on Thursday", "last week"…, else null.', z.nullable(DateValueSchema)),
  confidence: described('How sure the parser is, from 0 to 1.', z.number().check(z.gte(0), z.lte(1)))
})


export type {Claim, Cue} from './types.js'
