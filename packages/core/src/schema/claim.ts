import * as z from 'zod/mini'
import {DateValueSchema} from './date-value.js'
import {object} from './object.js'
import {SpanSchema, TextSpanSchema} from './span.js'

/** How a claim is reported. */
export const ClaimKindSchema = z.enum(['direct', 'indirect', 'mixed'])

/** How a claim is reported: `direct`, `indirect` or `mixed`. */
export type ClaimKind = z.infer<typeof ClaimKindSchema>

/** The reporting expression of a claim. */
export const CueSchema = object({
  /** The cue as written: `said`, `called on`, `according to`. */
  text: z.string(),
  /** Its dictionary form: `say`, `call on`, `according to`. */
  lemma: z.string(),
  /** Where it stands. */
  span: SpanSchema
})

/** A reporting expression; see {@link CueSchema}. */
export type Cue = z.infer<typeof CueSchema>

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
  /** Unique within the article: `c1`, `c2`, … in text order. */
  id: z.string(),
  /** The `Speaker.id` it is attributed to, or null when the text gives no source. */
  speaker: z.nullable(z.string()),
  /** `direct` (wholly quoted), `indirect` (reported, no quotation marks) or `mixed` (reported with quoted fragments). */
  kind: ClaimKindSchema,
  /** The reporting expression, or null for a quotation that continues an attributed one. */
  cue: z.nullable(CueSchema),
  /** What was said, without enclosing quotation marks, the cue, the speaker or a leading "that". */
  content: TextSpanSchema,
  /** The whole attribution: content, cue and speaker together. */
  span: SpanSchema,
  /** When it was said, resolved from "on Thursday", "last week"…, else null. */
  date: z.nullable(DateValueSchema),
  /** How sure the parser is, from 0 to 1. */
  confidence: z.number().check(z.gte(0), z.lte(1))
})

/** An attributed statement; see {@link ClaimSchema}. */
export type Claim = z.infer<typeof ClaimSchema>
