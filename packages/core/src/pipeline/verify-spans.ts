import type {Article} from '../schema/article.js'
import type {Span} from '../schema/span.js'

/** A span that does not hold: out of range, reversed, or not matching its value. */
export interface SpanProblem {
  /** Where in the record, as a path: `claims[2].content`. */
  path: string
  /** What is wrong. */
  message: string
}

/**
 * Check every span of a record against the text it was parsed from: each is in range and
 * ordered, and each value that is text from the input (`{text, span}`, and the `name` of
 * authors, credits, event participants and locations) equals `text.slice(start, end)`.
 *
 * @returns The problems; an empty array when every span round-trips.
 */
export function verifySpans(article: Article, text: string): SpanProblem[] {
  const problems: SpanProblem[] = []
  const range = (path: string, span: Span | null | undefined) => {
    if (!span) return
    if (!(span.start >= 0 && span.start <= span.end && span.end <= text.length)) {
      problems.push({path, message: `span ${span.start}-${span.end} is outside 0-${text.length}`})
    }
  }
  const exact = (path: string, value: string, span: Span) => {
    range(path, span)
    const slice = text.slice(span.start, span.end)
    if (slice !== value) problems.push({path, message: `${JSON.stringify(value)} ≠ text ${JSON.stringify(slice)}`})
  }

  if (article.title) exact('title', article.title.text, article.title.span)
  if (article.outlet) range('outlet', article.outlet.span)
  article.authors.forEach((a, i) => exact(`authors[${i}]`, a.name, a.span))
  article.credits.forEach((c, i) => exact(`credits[${i}]`, c.name, c.span))
  range('published', article.published?.span)
  if (article.dateline) {
    range('dateline', article.dateline.span)
    range('dateline.date', article.dateline.date?.span)
  }
  article.body.forEach((b, i) => range(`body[${i}]`, b.span))
  article.boilerplate.forEach((b, i) => range(`boilerplate[${i}]`, b.span))
  article.speakers.forEach((s, i) => s.mentions.forEach((m, j) => range(`speakers[${i}].mentions[${j}]`, m)))
  article.claims.forEach((c, i) => {
    exact(`claims[${i}].content`, c.content.text, c.content.span)
    if (c.cue) exact(`claims[${i}].cue`, c.cue.text, c.cue.span)
    range(`claims[${i}]`, c.span)
    range(`claims[${i}].date`, c.date?.span)
  })
  article.events.forEach((e, i) => {
    exact(`events[${i}].trigger`, e.trigger.text, e.trigger.span)
    e.actors.forEach((p, j) => exact(`events[${i}].actors[${j}]`, p.name, p.span))
    e.targets.forEach((p, j) => exact(`events[${i}].targets[${j}]`, p.name, p.span))
    if (e.location) exact(`events[${i}].location`, e.location.name, e.location.span)
    range(`events[${i}]`, e.span)
    range(`events[${i}].date`, e.date?.span)
  })
  article.diagnostics.forEach((d, i) => range(`diagnostics[${i}]`, d.span))
  return problems
}
