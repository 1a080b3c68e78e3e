/**
 * `@onrecord/core`: parse a news article into an Article record, every value with the span it
 * came from.
 *
 * @packageDocumentation
 */
export {parseArticle, type ParseOptions} from './pipeline/parse-article.js'
export {runPipeline, idFromName, type RunOptions} from './pipeline/run.js'
export {defaultPipeline} from './pipeline/default-pipeline.js'
export {formatDiagnostics, pointFinder, type Point} from './pipeline/diagnostics.js'
export {
  diagnostic,
  type Block,
  type Draft,
  type PipelineContext,
  type ResolvedOptions,
  type Stage,
  type StageOutput
} from './pipeline/context.js'
export {onrecord, type ArticleRoot} from './unified.js'
export * from './schema/index.js'
export {outlets, type OutletEntry} from './lexicon/outlets.js'
export {verifySpans, type SpanProblem} from './pipeline/verify-spans.js'
export {sentenceSpans} from './text/sentences.js'
export {sha256Hex} from './text/sha256.js'
export {quotes, findQuotations, scanBlocks, type Quotation} from './stages/quotes.js'
export {attribution, SPEAKER_NOTES, type SpeakerNote} from './stages/attribution.js'
export {mergeSpeakerAliases, mergeSpeakers} from './stages/merge-speaker-aliases.js'
export {
  speakers,
  findMentions,
  describeSpeaker,
  readSpeakerBefore,
  readSpeakerAfter,
  tokenize,
  affiliationOf,
  lookupKnown,
  isNameLike,
  type Mention,
  type Token,
  type PhraseMatch,
  type SpeakerDescription
} from './stages/speakers.js'
export {claimDates} from './stages/claim-dates.js'
export {cues, type CueEntry, type CueClass, type CueFrame} from './lexicon/cues.js'
export {events} from './stages/events.js'
export {eventModality} from './stages/event-modality.js'
export {eventDates} from './stages/event-dates.js'
export {eventArguments} from './stages/event-arguments.js'
export {triggers, ploverQuadClass, type TriggerEntry, type QuadClass, type PloverTypeName} from './lexicon/triggers.js'
export {countries, type CountryEntry} from './lexicon/countries.js'
export {places, type PlaceEntry} from './lexicon/places.js'
export {sectors, organizations, type SectorEntry, type OrganizationEntry} from './lexicon/actors.js'
export {tagAndParse} from './language/syntax/index.js'
