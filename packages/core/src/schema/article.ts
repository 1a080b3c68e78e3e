import * as z from 'zod/mini'
import {ClaimSchema} from './claim.js'
import {DateValueSchema} from './date-value.js'
import {DiagnosticSchema} from './diagnostic.js'
import {EventSchema} from './event.js'
import {object} from './object.js'
import {SpeakerSchema} from './speaker.js'
import {SpanSchema} from './span.js'

/** The version of the record; a breaking change bumps it. */
export const SCHEMA_VERSION = 1

/** How the outlet was recognised. */
export const OutletViaSchema = z.enum(['text', 'fingerprint', 'domain', 'option'])

/** The publication. */
export const OutletSchema = object({
  /** The outlet's name, as the registry spells it when it is known there. */
  name: z.string(),
  /** The registry id (`urdupoint`), else null. */
  id: z.nullable(z.string()),
  /** The outlet's domain from the registry (`urdupoint.com`), else null. */
  domain: z.nullable(z.string()),
  /** `text` (named in the text), `fingerprint` (its page furniture), `domain`, or `option` (given by the caller). */
  via: OutletViaSchema,
  /** How strong the evidence is, from 0 to 1. */
  confidence: z.number().check(z.gte(0), z.lte(1)),
  /** The evidence in the input, or null when given as an option. */
  span: z.nullable(SpanSchema)
})

/** The publication; see {@link OutletSchema}. */
export type Outlet = z.infer<typeof OutletSchema>

/** The kinds of text block that belong to the article itself. */
export const BlockKindSchema = z.enum(['title', 'standfirst', 'byline', 'dateline', 'paragraph', 'heading', 'caption', 'quote'])

/** A kind of body block. */
export type BlockKind = z.infer<typeof BlockKindSchema>

/** The role of an agency credit. */
export const CreditRoleSchema = z.enum(['wire', 'photo', 'inputs', 'other'])

/** The role of an agency credit. */
export type CreditRole = z.infer<typeof CreditRoleSchema>

/**
 * The record of one article: what `parseArticle` returns and `onrecord parse` prints.
 */
export const ArticleSchema = object({
  /** The record version: 1. */
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** Stable id: the source file's base name without extension, else a hash of the text. */
  id: z.string(),
  /** Where the text came from. */
  source: object({
    /** The file name or the name the caller gave, else null. */
    name: z.nullable(z.string()),
    /** SHA-256 of the UTF-8 input, hex. */
    sha256: z.string(),
    /** Length of the input in UTF-16 code units. */
    length: z.number().check(z.int(), z.nonnegative())
  }),
  /** The headline, once, even if the page repeats it; null when none is found. */
  title: z.nullable(object({
    /** The headline as written. */
    text: z.string(),
    /** Where it stands. */
    span: SpanSchema
  })),
  /** The publication, or null when the text gives no evidence of it. */
  outlet: z.nullable(OutletSchema),
  /** Byline people. */
  authors: z.array(object({
    /** The author's name as written. */
    name: z.string(),
    /** Where it stands. */
    span: SpanSchema
  })),
  /** Agencies credited for the text or its pictures. */
  credits: z.array(object({
    /** The agency as written: `Sputnik`, `Getty`, `AFP`, `Agencies`. */
    name: z.string(),
    /** `wire`, `photo`, `inputs` ("with inputs from") or `other`. */
    role: CreditRoleSchema,
    /** Where it stands. */
    span: SpanSchema
  })),
  /** The publication date; never a year the text does not support. */
  published: z.nullable(DateValueSchema),
  /** The dateline: `WASHINGTON (UrduPoint News / Sputnik - 27th January, 2022)`. */
  dateline: z.nullable(object({
    /** The place, as written. */
    place: z.nullable(z.string()),
    /** The date it prints, if any. */
    date: z.nullable(DateValueSchema),
    /** The whole dateline. */
    span: SpanSchema
  })),
  /** The article's own text blocks in order. */
  body: z.array(object({
    /** What the block is. */
    kind: BlockKindSchema,
    /** Where it stands. */
    span: SpanSchema
  })),
  /** Page furniture kept out of the body; body and boilerplate together cover every non-blank line. */
  boilerplate: z.array(object({
    /** Why it is furniture: `share-bar`, `donation-widget`, `repeated-title`… */
    reason: z.string(),
    /** Where it stands. */
    span: SpanSchema
  })),
  /** Everyone the article attributes a claim to, merged across mentions. */
  speakers: z.array(SpeakerSchema),
  /** Attributed statements, in text order. */
  claims: z.array(ClaimSchema),
  /** Events typed with PLOVER, in text order. */
  events: z.array(EventSchema),
  /** What the parser noticed. */
  diagnostics: z.array(DiagnosticSchema)
})

/** The record of one article; see {@link ArticleSchema}. */
export type Article = z.infer<typeof ArticleSchema>

/**
 * What `onrecord parse` prints in place of a record when an input cannot be parsed
 * (unreadable, binary, too large).
 */
export const ErrorRecordSchema = object({
  /** The input it stands for. */
  source: object({
    /** The file name or the name the caller gave, else null. */
    name: z.nullable(z.string())
  }),
  /** What went wrong. */
  error: object({
    /** A stable code: `ENOENT`, `binary`, `too-large`, `invalid-utf8`, `bad-json`… */
    code: z.string(),
    /** A sentence for people. */
    message: z.string()
  })
})

/** An error record; see {@link ErrorRecordSchema}. */
export type ErrorRecord = z.infer<typeof ErrorRecordSchema>
