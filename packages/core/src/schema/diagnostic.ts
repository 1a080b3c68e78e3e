import * as z from 'zod/mini'
import {described, object} from './object.js'
import {SpanSchema} from './span.js'

/** How serious a diagnostic is. */
export const SeveritySchema = z.enum(['info', 'warning', 'error'])

/** How serious a diagnostic is: `info`, `warning` or `error`. */
export type Severity = z.infer<typeof SeveritySchema>

/**
 * Something the parser noticed, as data (like a vfile message or a zod issue).
 *
 * @example
 * {ruleId: 'published-date/no-year', severity: 'warning', message: 'The text prints no year', span: null}
 */
export const DiagnosticSchema = object({
  ruleId: described('`stage/problem`, such as `published-date/no-year`.', z.string()),
  message: described('A sentence for people.', z.string()),
  severity: described('How serious it is.', SeveritySchema),
  span: described('Where in the input it applies, or null for the whole text.', z.nullable(SpanSchema))
})


export type {Diagnostic} from './types.js'
