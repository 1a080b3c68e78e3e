import * as z from 'zod/mini'
import {described, object} from './object.js'
import {SpanSchema} from './span.js'

/** How finely a date is known. */
export const DatePrecisionSchema = z.enum(['year', 'month', 'day', 'minute', 'second'])

/** How finely a date is known. */
export type DatePrecision = z.infer<typeof DatePrecisionSchema>

/** Where a date came from. */
export const DateViaSchema = z.enum(['header', 'byline', 'dateline', 'body', 'caption', 'inferred', 'option'])

/** Where a date came from. */
export type DateVia = z.infer<typeof DateViaSchema>

/**
 * A date as EDTF (the ISO 8601 profile of the Library of Congress) with its evidence.
 *
 * @example
 * {value: '2022-01-27', precision: 'day', via: 'header', span: {start: 6, end: 16}, confidence: 0.95}
 * {value: 'XXXX-02-05', precision: 'day', via: 'body', span: {start: 120, end: 134}, confidence: 0.6}
 * {value: '2014-09/..', precision: 'month', via: 'body', span: {start: 800, end: 820}, confidence: 0.8}
 */
export const DateValueSchema = object({
  value: described(
    'EDTF string: `2022-01-27`, `2017-02-13T14:43`, `2021-07`, `XXXX-02-05` (year not stated), `2014-09/..` (an open interval: since September 2014).',
    z.string()
  ),
  precision: described('The finest unit the value states.', DatePrecisionSchema),
  via: described('Where it came from: a header line, a byline, the dateline, the body, a caption, inference, or the caller.', DateViaSchema),
  span: described('The date expression in the input, or null when inferred or given as an option.', z.nullable(SpanSchema)),
  confidence: described('How sure the parser is, from 0 to 1.', z.number().check(z.gte(0), z.lte(1)))
})


export type {DateValue} from './types.js'
