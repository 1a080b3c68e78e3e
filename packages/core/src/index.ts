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
