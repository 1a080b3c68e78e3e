import {firstNameGender} from '../language/first-name-gender.js'
import {readHeadline} from '../language/headline.js'
import {shippedSyntax} from '../language/syntax/index.js'
import type {Article} from '../schema/article.js'
import {parseArticle as parseWithoutModel, type ParseOptions} from './parse-article.js'

/**
 * Parse a news article into an Article record: publisher, date, speakers, claims and events,
 * every value with the span it came from. Stages read each sentence they need through the
 * shipped tagger and dependency parser, headlines through the shipped headline reader, and the
 * gender of first names from the shipped table (pass `syntax: null`, `headlines: null` or
 * `firstNames: null` to go without one, or import `parseArticle` from `@onrecord/core/lite` to
 * leave them out of a browser bundle).
 *
 * Synchronous, pure and browser-safe. It never throws on text: what it cannot find is null or
 * empty, with a diagnostic. It throws only for a caller's mistake (a non-string `text`, an
 * unreadable option), saying what was expected.
 *
 * @example
 * import {parseArticle} from '@onrecord/core'
 *
 * const article = parseArticle('"We will not leave," the minister said on Monday.')
 * article.claims[0]?.content.text // 'We will not leave,'
 */
export function parseArticle(text: string, options: ParseOptions = {}): Article {
  if (options === null || typeof options !== 'object') return parseWithoutModel(text, options)
  return parseWithoutModel(text, {
    ...options,
    syntax: options.syntax === undefined ? shippedSyntax : options.syntax,
    firstNames: options.firstNames === undefined ? firstNameGender : options.firstNames,
    headlines: options.headlines === undefined ? readHeadline : options.headlines
  })
}
