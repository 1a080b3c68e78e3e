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
  type SpeakerNote,
  type Stage,
  type StageOutput
} from './stage.js'
export {onrecord, type ArticleRoot} from './unified.js'
export * from './schema/index.js'
export {outlets, type OutletEntry} from './lexicon/outlets.js'
export {verifySpans, type SpanProblem} from './pipeline/verify-spans.js'
export {sentenceSpans} from './language/sentences.js'
export {sha256Hex} from './pipeline/sha256.js'
export {quotes} from './stages/quotes.js'
export {scanBlocks, type Quotation} from './language/quotations.js'
export {attribution} from './stages/attribution.js'
export {mergeSpeakerAliases, mergeSpeakers} from './stages/merge-speaker-aliases.js'
export {speakers} from './stages/speakers.js'
export {tokenize, type Token} from './language/tokens.js'
export {
  findMentions,
  describeSpeaker,
  readSpeakerBefore,
  readSpeakerAfter,
  affiliationOf,
  lookupKnown,
  isNameLike,
  type Mention,
  type PhraseMatch,
  type SpeakerDescription
} from './language/speaker-phrase.js'
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
export {normalizeName, type NormalizeNameOptions} from './language/names.js'
