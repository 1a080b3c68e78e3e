import * as z from 'zod/mini'
import {described, object} from './object.js'

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
  start: described('Offset of the first code unit.', z.number().check(z.int(), z.nonnegative())),
  end: described('Offset one past the last code unit.', z.number().check(z.int(), z.nonnegative()))
})


/** A piece of text taken from the input together with where it stands. */
export const TextSpanSchema = object({
  text: described('The text exactly as it stands in the input at `span`.', z.string()),
  span: described('Where the text stands in the input.', SpanSchema)
})


export type {Span, TextSpan} from './types.js'
