/**
 * `@onrecord/core`: parse a news article into an Article record, every value with the span it
 * came from.
 *
 * The public surface, curated: the parse, the unified plugin, the schemas and their types, the
 * stage contract, the default pipeline and every stage, and the lexicons. The language layer's
 * internals (tokenizer, phrase grammar, quotation scanner) are not exported. One export a line,
 * so that additions merge cleanly.
 *
 * @packageDocumentation
 */
export {parseArticle} from './pipeline/parse-with-syntax.js'
export type {ParseOptions, SyntaxOption} from './pipeline/parse-article.js'
export {idFromName} from './pipeline/run.js'
export {onrecord, type ArticleRoot} from './unified.js'
export * from './schema/index.js'
export {formatDiagnostics, pointFinder, type Point} from './pipeline/diagnostics.js'
export {verifySpans, type SpanProblem} from './pipeline/verify-spans.js'
export {normalizeName, type NormalizeNameOptions} from './language/names.js'
export {firstNameGender} from './language/first-name-gender.js'
export {readHeadline} from './language/headline.js'
export type {FirstNameGender, Gender} from './language/gender.js'

// The stage contract.
export {diagnostic, type Block, type Draft, type PipelineContext, type ResolvedOptions, type SpeakerNote, type Stage, type StageOutput} from './stage.js'
export type {Analysis, HeadlineReader, Sentence, Syntax, SyntaxParser} from './language/analysis.js'
export type {Quotation} from './language/quotations.js'
export type {Token} from './language/tokens.js'
export type {EventToken} from './language/event-grammar.js'

// The default pipeline and every stage, in pipeline order.
export {defaultPipeline} from './pipeline/default-pipeline.js'
export {blocks} from './stages/blocks.js'
export {boilerplate} from './stages/boilerplate.js'
export {title} from './stages/title.js'
export {captions} from './stages/captions.js'
export {standfirst} from './stages/standfirst.js'
export {repeatedLead} from './stages/repeated-lead.js'
export {byline} from './stages/byline.js'
export {headings} from './stages/headings.js'
export {dateline} from './stages/dateline.js'
export {outlet} from './stages/outlet.js'
export {credits} from './stages/credits.js'
export {publishedDate} from './stages/published-date.js'
export {quotes} from './stages/quotes.js'
export {attribution} from './stages/attribution/attribution.js'
export {mergeSpeakerAliases} from './stages/merge-speaker-aliases.js'
export {speakers} from './stages/speakers.js'
export {claimDates} from './stages/claim-dates.js'
export {events} from './stages/events.js'
export {eventModality} from './stages/event-modality.js'
export {eventArguments} from './stages/event-arguments.js'
export {eventDates} from './stages/event-dates.js'

// The lexicons.
export {outlets, type OutletEntry} from './lexicon/outlets.js'
export {cues, type CueEntry, type CueClass, type CueFrame} from './lexicon/cues.js'
export {triggers, ploverQuadClass, type TriggerEntry, type QuadClass, type PloverTypeName} from './lexicon/triggers.js'
export {countries, type CountryEntry} from './lexicon/countries.js'
export {places, type PlaceEntry} from './lexicon/places.js'
export {sectors, organizations, type SectorEntry, type OrganizationEntry} from './lexicon/actors.js'
export {toCsv, claimsTable, eventsTable, speakersTable, articleSpeakers, csvColumns, type Cell, type TableName, type TableSpeaker} from './csv.js'
export * from './html/index.js'
export {weekdays, months, monthAbbreviations} from './lexicon/function-words.js'
export {tagAndParse} from './language/syntax/index.js'
export {sentenceWords} from './language/sentence-words.js'
