import type {HeadlineReader, Syntax, SyntaxParser} from '../language/analysis.js'
import type {FirstNameGender} from '../language/gender.js'
import {outlets as builtInOutlets, type OutletEntry} from '../lexicon/outlets.js'
import type {Article, Outlet} from '../schema/article.js'
import type {DateValue} from '../schema/date-value.js'
import type {Stage} from '../stage.js'
import {defaultPipeline} from './default-pipeline.js'
import {runPipeline} from './run.js'

/** What a caller can tell `parseArticle`. Every field is optional. */
export interface ParseOptions {
  /** The source name, usually the file name; the record id is its base name without extension. */
  name?: string | null
  /** The record id; by default derived from `name`, else from the text's SHA-256. */
  id?: string | null
  /** The outlet, when the caller knows it: a name (looked up in the registry) or a full outlet. */
  outlet?: string | Pick<Outlet, 'name'> & Partial<Pick<Outlet, 'id' | 'domain'>> | null
  /** The publication date, when the caller knows it: EDTF/ISO (`2022-01-27`, `2017-02-13T14:43`) or a Date. */
  published?: string | Date | null
  /**
   * What relative dates ("on Thursday") resolve against when the text gives no publication
   * date, such as the date a page was crawled. It never becomes the publication date.
   */
  referenceDate?: string | Date | null
  /** More outlets for the registry; an entry with a built-in id replaces the built-in one. */
  outlets?: readonly OutletEntry[]
  /**
   * The stages to run: a list, or a function from the default list to a list.
   *
   * @example
   * parseArticle(text, {stages: (defaults) => defaults.filter((stage) => stage.name !== 'events')})
   */
  stages?: readonly Stage[] | ((defaults: readonly Stage[]) => readonly Stage[])
  /** Validate the record with the zod schema and report problems as diagnostics (default true). */
  validate?: boolean
  /**
   * The tagger and dependency parser that stages ask for a sentence's parse: heads 1-based with
   * 0 for the root, as in CoNLL-U, and lemmas if it has them. Each sentence is parsed at most
   * once, and only when a stage asks. `@onrecord/core`'s `parseArticle` uses the shipped model
   * (`tagAndParse`) unless this is `null`; `@onrecord/core/lite`'s uses none unless given one,
   * and its stages fall back to patterns over tokens.
   *
   * @example
   * import {parseArticle} from '@onrecord/core/lite'
   * import {tagAndParse} from '@onrecord/core'
   * parseArticle(text, {syntax: tagAndParse})
   */
  syntax?: SyntaxOption | null
  /**
   * The gender a first name gives (`'female'`, `'male'` or null), so that "he" and "she" skip
   * people of the other gender. `@onrecord/core`'s `parseArticle` uses the shipped table of US
   * Social Security names (`firstNameGender`) unless this is `null`; `@onrecord/core/lite`'s
   * uses none unless given one, and goes by honorifics and roles ("Ms", "Congresswoman") alone.
   */
  firstNames?: FirstNameGender | null
  /**
   * What parses a headline for events: a copy of its words told as prose ("Senator backs plan"
   * → "Senator backed plan"), parsed with `syntax`. `@onrecord/core`'s `parseArticle` uses the
   * shipped reader (`readHeadline`) unless this is `null`; `@onrecord/core/lite`'s uses none
   * unless given one, and reads headlines by the token grammar alone.
   */
  headlines?: HeadlineReader | null
  /**
   * Keep the events the article names only as possibilities: a future ("the rebels will
   * attack"), a condition ("if they attack"), a wish or a plan ("officials hope the two sides
   * will meet"), a risk ("the risk of a clash"), what ought to happen ("troops should be
   * withdrawn"), with modality `'hypothetical'`. By default they are left out: an event is
   * something done or happening. A threat made is an event either way (`THREATEN`).
   */
  hypotheticalEvents?: boolean
}

/** One sentence's tags and parse, as a {@link SyntaxOption} gives them. */
export interface SentenceParse {
  upos: readonly string[]
  heads: readonly number[]
  relations: readonly string[]
  lemmas?: readonly string[]
}

/**
 * A tagger and dependency parser of one sentence's words, as `parseArticle` accepts it. It may
 * also offer `tag`: the part-of-speech tags alone, for less than a parse, and a `parse()` that
 * finishes the same sentence from them. A stage that needs only a word's tag then leaves the
 * parse undone.
 */
export type SyntaxOption = ((words: readonly string[]) => SentenceParse) & {
  tag?: (words: readonly string[]) => {upos: readonly string[]; parse(): SentenceParse}
}

/**
 * Parse a news article into an Article record: publisher, date, speakers, claims and events,
 * every value with the span it came from. This is `@onrecord/core/lite`'s parse: no sentence is
 * parsed unless a parser is passed as `syntax`. `@onrecord/core`'s passes the shipped one.
 *
 * Synchronous, pure and browser-safe. It never throws on text: what it cannot find is null or
 * empty, with a diagnostic. It throws only for a caller's mistake (a non-string `text`, an
 * unreadable option), saying what was expected.
 *
 * @example
 * import {parseArticle} from '@onrecord/core/lite'
 *
 * const article = parseArticle('"We will not leave," the minister said on Monday.')
 * article.claims[0]?.content.text // 'We will not leave,'
 */
export function parseArticle(text: string, options: ParseOptions = {}): Article {
  if (typeof text !== 'string') {
    throw new TypeError(`parseArticle: expected \`text\` to be a string, got ${describe(text)}`)
  }
  if (options === null || typeof options !== 'object') {
    throw new TypeError(`parseArticle: expected \`options\` to be an object, got ${describe(options)}`)
  }

  const registry = mergeRegistry(options.outlets)
  const stages =
    typeof options.stages === 'function'
      ? options.stages(defaultPipeline)
      : (options.stages ?? defaultPipeline)
  if (!Array.isArray(stages)) {
    throw new TypeError(`parseArticle: expected \`stages\` to be an array of stages, got ${describe(stages)}`)
  }

  return runPipeline(text, stages, {
    name: options.name ?? null,
    id: options.id ?? null,
    outlet: resolveOutlet(options.outlet ?? null, registry),
    published: resolvePublished(options.published ?? null),
    referenceDate: resolveReferenceDate(options.referenceDate ?? null),
    outlets: registry,
    validate: options.validate ?? true,
    syntax: resolveSyntax(options.syntax ?? null),
    firstNames: resolveFirstNames(options.firstNames ?? null),
    headlines: resolveHeadlines(options.headlines ?? null),
    hypotheticalEvents: resolveFlag('hypotheticalEvents', options.hypotheticalEvents)
  })
}

function resolveFlag(name: string, value: unknown): boolean {
  if (value === undefined || value === null) return false
  if (typeof value !== 'boolean') throw new TypeError(`parseArticle: expected \`${name}\` to be true or false, got ${describe(value)}`)
  return value
}

// The analysis counts heads from 0 with -1 for the root; a CoNLL-U parser counts from 1.
function resolveSyntax(parse: ParseOptions['syntax']): SyntaxParser | null {
  if (parse === null || parse === undefined) return null
  if (typeof parse !== 'function') throw new TypeError(`parseArticle: expected \`syntax\` to be a function, got ${describe(parse)}`)
  const tag = typeof parse.tag === 'function' ? parse.tag : null
  return {
    parse: (words) => fromConllu(words, parse(words)),
    tag: tag
      ? (words) => {
          const tagging = tag(words)
          return {upos: tagging.upos, parse: () => fromConllu(words, tagging.parse())}
        }
      : null
  }
}

function resolveFirstNames(value: ParseOptions['firstNames']): FirstNameGender | null {
  if (value === null || value === undefined) return null
  if (typeof value !== 'function') throw new TypeError(`parseArticle: expected \`firstNames\` to be a function, got ${describe(value)}`)
  return value
}

function resolveHeadlines(value: ParseOptions['headlines']): HeadlineReader | null {
  if (value === null || value === undefined) return null
  if (typeof value !== 'function') throw new TypeError(`parseArticle: expected \`headlines\` to be a function, got ${describe(value)}`)
  return value
}

function fromConllu(words: readonly string[], result: SentenceParse): Syntax {
  return {
    upos: result.upos,
    heads: result.heads.map((head) => head - 1),
    relations: result.relations,
    lemmas: result.lemmas ?? words.map((word) => word.toLowerCase())
  }
}

function mergeRegistry(extra: readonly OutletEntry[] | undefined): readonly OutletEntry[] {
  if (!extra || extra.length === 0) return builtInOutlets
  if (!Array.isArray(extra)) {
    throw new TypeError(`parseArticle: expected \`outlets\` to be an array of outlet entries, got ${describe(extra)}`)
  }
  const ids = new Set(extra.map((entry) => entry.id))
  return [...extra, ...builtInOutlets.filter((entry) => !ids.has(entry.id))]
}

function resolveOutlet(value: ParseOptions['outlet'], registry: readonly OutletEntry[]): Outlet | null {
  if (value === null) return null
  const name = typeof value === 'string' ? value : value?.name
  if (typeof name !== 'string' || name.trim() === '') {
    throw new TypeError(`parseArticle: expected \`outlet\` to be a name or {name}, got ${describe(value)}`)
  }
  const key = name.trim().toLowerCase()
  const entry = registry.find(
    (candidate) =>
      candidate.id === key ||
      candidate.name.toLowerCase() === key ||
      candidate.aliases.some((alias) => alias.toLowerCase() === key) ||
      candidate.domains.includes(key)
  )
  const given: {id?: string | null; domain?: string | null} = typeof value === 'string' ? {} : (value ?? {})
  return {
    name: entry?.name ?? name.trim(),
    id: given.id ?? entry?.id ?? null,
    domain: given.domain ?? entry?.domains[0] ?? null,
    via: 'option',
    confidence: 1,
    span: null
  }
}

const edtf = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?)?)?$/

function resolvePublished(value: string | Date | null): DateValue | null {
  if (value === null) return null
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new TypeError('parseArticle: `published` is an invalid Date')
    const iso = value.toISOString()
    return {value: iso.slice(0, 19), precision: 'second', via: 'option', span: null, confidence: 1}
  }
  const match = typeof value === 'string' ? edtf.exec(value.trim()) : null
  if (!match) {
    throw new TypeError(
      `parseArticle: expected \`published\` as EDTF/ISO (\`2022-01-27\`, \`2017-02-13T14:43\`) or a Date, got ${describe(value)}`
    )
  }
  const precision = match[6] ? 'second' : match[4] ? 'minute' : match[3] ? 'day' : match[2] ? 'month' : 'year'
  const trimmed = value.trim().replace(' ', 'T')
  return {value: trimmed, precision, via: 'option', span: null, confidence: 1}
}

function resolveReferenceDate(value: string | Date | null): Date | null {
  if (value === null) return null
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null
  if (!date || Number.isNaN(date.getTime())) {
    throw new TypeError(`parseArticle: expected \`referenceDate\` as an ISO date or a Date, got ${describe(value)}`)
  }
  return date
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string') return `the string ${JSON.stringify(value.slice(0, 40))}`
  return typeof value
}
