import * as z from 'zod/mini'
import {object} from './object.js'
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
  /** `stage/problem`, such as `published-date/no-year`. */
  ruleId: z.string(),
  /** A sentence for people. */
  message: z.string(),
  /** How serious it is. */
  severity: SeveritySchema,
  /** Where in the input it applies, or null for the whole text. */
  span: z.nullable(SpanSchema)
})

/** Something the parser noticed; see {@link DiagnosticSchema}. */
export type Diagnostic = z.infer<typeof DiagnosticSchema>
