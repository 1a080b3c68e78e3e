import type {Article, BlockKind, CreditRole, Outlet} from '../schema/article.js'
import type {Claim} from '../schema/claim.js'
import type {DateValue} from '../schema/date-value.js'
import type {Diagnostic} from '../schema/diagnostic.js'
import type {Event} from '../schema/event.js'
import type {Speaker} from '../schema/speaker.js'
import type {Span} from '../schema/span.js'
import type {OutletEntry} from '../lexicon/outlets.js'

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
}

/** What a stage sees: the exact input, the options, and what earlier stages produced. */
export interface PipelineContext {
  /** The exact input. Offsets are into this string. */
  readonly text: string
  /** The resolved options. */
  readonly options: ResolvedOptions
  /** What earlier stages produced. Stages read it and never change it; they return output. */
  readonly draft: Readonly<Draft>
  /** A per-parse cache that stages may use to share derived data (such as sentence spans). */
  readonly memo: Map<string, unknown>
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
