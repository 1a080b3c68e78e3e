/**
 * `@onrecord/core/lite`: `parseArticle` without the shipped tagger and parser, for browser
 * bundles that must stay small (about a twentieth of the size). Stages read tokens only, unless
 * a parser is passed as `syntax`, so some claims and events are found less well than with
 * `@onrecord/core`.
 *
 * @packageDocumentation
 */
export {parseArticle, type ParseOptions, type SyntaxOption} from './pipeline/parse-article.js'
export type {FirstNameGender, Gender} from './language/gender.js'
export * from './schema/index.js'
