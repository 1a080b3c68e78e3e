import type {Article, BlockKind, CreditRole, Outlet} from './schema/article.js'
import type {Claim} from './schema/claim.js'
import type {DateValue} from './schema/date-value.js'
import type {Diagnostic} from './schema/diagnostic.js'
import type {Event} from './schema/event.js'
import type {Speaker} from './schema/speaker.js'
import type {Span} from './schema/span.js'
import type {OutletEntry} from './lexicon/outlets.js'
import type {Analysis, HeadlineReader} from './language/analysis.js'
import type {FirstNameGender} from './language/gender.js'

/**
 * The stage contract: what a stage is, what it sees and what it returns. Stages import this
 * module, `language/`, `lexicon/` and `schema/`, and nothing else: never another stage, never
 * the pipeline that runs them.
 */

/**
 * A block of the input: a run of text that the `blocks` stage cut out and later stages
 * classify. Blocks that are page furniture carry `kind: 'boilerplate'` and a `reason`.
 */
export interface Block {
  /** What the block is; `boilerplate` for page furniture. */
  kind: BlockKind | 'boilerplate'
  /** Why a boilerplate block is furniture (`share-bar`, `repeated-title`…); null otherwise. */
  reason: string | null
  /** Where the block stands, without surrounding white space. */
  span: Span
  /** `text.slice(span.start, span.end)`. */
  text: string
  /** Zero-based line number of the block's first character. */
  line: number
}

/**
 * The record as the stages build it: the Article's fields plus the blocks.
 * The runner turns it into an `Article` (ids, order, body and boilerplate from the blocks).
 */
export interface Draft {
  blocks: Block[]
  title: Article['title']
  outlet: Outlet | null
  authors: Array<{name: string; span: Span}>
  credits: Array<{name: string; role: CreditRole; span: Span}>
  published: DateValue | null
  dateline: Article['dateline']
  speakers: Speaker[]
  claims: Claim[]
  events: Event[]
  diagnostics: Diagnostic[]
  /**
   * What attribution noted about each raw speaker phrase, for the stage that merges speakers.
   * Part of the draft only: the record does not carry it.
   */
  speakerNotes: SpeakerNote[]
}

/** What the attribution stage noted about a raw speaker phrase. */
export interface SpeakerNote {
  /** The id of the raw speaker the note is about. */
  speaker: string
  /** A subject pronoun ("he"). */
  pronoun: boolean
  /** A role with no name ("the diplomat"). */
  titleOnly: boolean
  /** The role noun of a title-only phrase ("diplomat"). */
  role: string | null
  /** An indefinite phrase ("a government official"): someone not named before. */
  indefinite: boolean
  /** Where the phrase stands. */
  span: Span
  /**
   * The possessor of a noun cue ("Reyes’s claim that …"): the sentence is about the claim, not
   * its speaker, so no later "he" stands for it. Absent for any other phrase.
   */
  embedded?: boolean
}

/** What a stage returns: some of the draft's fields. */
export type StageOutput = Partial<Draft>

/** The options after defaults, as stages see them. */
export interface ResolvedOptions {
  /** The source name (file name) or null. */
  name: string | null
  /** An outlet the caller already knows, or null. */
  outlet: Outlet | null
  /** A publication date the caller already knows, or null. */
  published: DateValue | null
  /**
   * The date that relative expressions resolve against when the text gives no publication
   * date, or null. It never becomes the publication date itself.
   */
  referenceDate: Date | null
  /** The outlet registry: the built-in entries and the caller's. */
  outlets: readonly OutletEntry[]
  /** The gender a first name gives, for the pronouns that stand for people; null or absent: none. */
  firstNames?: FirstNameGender | null
  /** What parses a headline; null or absent: headlines are read by the token grammar alone. */
  headlines?: HeadlineReader | null
  /** Keep events named only as possibilities, as `hypothetical`; false or absent: leave them out. */
  hypotheticalEvents?: boolean
}

/** What a stage sees: the exact input, the options, and what earlier stages produced. */
export interface PipelineContext {
  /** The exact input. Offsets are into this string. */
  readonly text: string
  /** The resolved options. */
  readonly options: ResolvedOptions
  /** What earlier stages produced. Stages read it and never change it; they return output. */
  readonly draft: Readonly<Draft>
  /**
   * The analysis of the text, computed once per parse and shared by all stages: tokens,
   * sentences, quotations (see `language/analysis.ts`).
   */
  readonly language: Analysis
}

/**
 * One step of the pipeline, named for what it recognises (`published-date`) or what it does
 * (`merge-speaker-aliases`).
 *
 * - A `parser` (the default) adds: arrays it returns are appended, and a single value
 *   (title, outlet, published, dateline) is taken only if no earlier stage set it.
 * - A `refiner` revises: every field it returns replaces the draft's, but for `diagnostics`,
 *   which every stage only adds to (they are a log of what each stage noticed).
 */
export interface Stage {
  /** Kebab-case name, also the prefix of its diagnostics' rule ids. */
  readonly name: string
  /** `parser` (adds) or `refiner` (replaces); default `parser`. */
  readonly kind?: 'parser' | 'refiner'
  /** Read the context, return candidates. Must not throw on any text. */
  run(context: PipelineContext): StageOutput | undefined | void
}

/** Build a diagnostic. */
export function diagnostic(
  ruleId: string,
  message: string,
  severity: Diagnostic['severity'] = 'warning',
  span: Span | null = null
): Diagnostic {
  return {ruleId, message, severity, span}
}
