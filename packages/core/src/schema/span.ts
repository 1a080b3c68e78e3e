import * as z from 'zod/mini'
import {object} from './object.js'

/**
 * A stretch of the input: UTF-16 code-unit offsets, `end` exclusive, so that
 * `input.slice(span.start, span.end)` is the evidence for a value.
 *
 * @example
 * const text = 'Alvarez said on Thursday.'
 * const span = {start: 8, end: 12}
 * text.slice(span.start, span.end) // 'said'
 */
export const SpanSchema = object({
  /** Offset of the first code unit. */
  start: z.number().check(z.int(), z.nonnegative()),
  /** Offset one past the last code unit. */
  end: z.number().check(z.int(), z.nonnegative())
})

/** A stretch of the input; see {@link SpanSchema}. */
export type Span = z.infer<typeof SpanSchema>

/** A piece of text taken from the input together with where it stands. */
export const TextSpanSchema = object({
  /** The text exactly as it stands in the input at `span`. */
  text: z.string(),
  /** Where the text stands in the input. */
  span: SpanSchema
})

/** A piece of text with its span; see {@link TextSpanSchema}. */
export type TextSpan = z.infer<typeof TextSpanSchema>
