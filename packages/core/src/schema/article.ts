import * as z from 'zod/mini'
import {ClaimSchema} from './claim.js'
import {DateValueSchema} from './date-value.js'
import {DiagnosticSchema} from './diagnostic.js'
import {EventSchema} from './event.js'
import {described, object} from './object.js'
import {SpeakerSchema} from './speaker.js'
import {SpanSchema} from './span.js'

/** The version of the record; a breaking change bumps it. */
export const SCHEMA_VERSION = 1

/** How the outlet was recognised. */
export const OutletViaSchema = z.enum(['text', 'fingerprint', 'domain', 'option'])

/** The publication. */
export const OutletSchema = object({
  name: described("The outlet's name, as the registry spells it when it is known there.", z.string()),
  id: described('The registry id (`urdupoint`), else null.', z.nullable(z.string())),
  domain: described("The outlet's domain from the registry (`urdupoint.com`), else null.", z.nullable(z.string())),
  via: described('`text` (named in the text), `fingerprint` (its page furniture), `domain`, or `option` (given by the caller).', OutletViaSchema),
  confidence: described('How strong the evidence is, from 0 to 1.', z.number().check(z.gte(0), z.lte(1))),
  span: described('The evidence in the input, or null when given as an option.', z.nullable(SpanSchema))
})


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
  schemaVersion: described('The record version: 1.', z.literal(SCHEMA_VERSION)),
  id: described("Stable id: the source file's base name without extension, else a hash of the text.", z.string()),
  source: described(
    'Where the text came from.',
    object({
      name: described('The file name or the name the caller gave, else null.', z.nullable(z.string())),
      sha256: described('SHA-256 of the UTF-8 input, hex.', z.string()),
      length: described('Length of the input in UTF-16 code units.', z.number().check(z.int(), z.nonnegative()))
    })
  ),
  title: described(
    'The headline, once, even if the page repeats it; null when none is found.',
    z.nullable(object({
      text: described('The headline as written.', z.string()),
      span: described('Where it stands.', SpanSchema)
    }))
  ),
  outlet: described('The publication, or null when the text gives no evidence of it.', z.nullable(OutletSchema)),
  authors: described(
    'Byline people.',
    z.array(object({
      name: described("The author's name as written.", z.string()),
      span: described('Where it stands.', SpanSchema)
    }))
  ),
  credits: described(
    'Agencies credited for the text or its pictures.',
    z.array(object({
      name: described('The agency as written: `Sputnik`, `Getty`, `AFP`, `Agencies`.', z.string()),
      role: described('`wire`, `photo`, `inputs` ("with inputs from") or `other`.', CreditRoleSchema),
      span: described('Where it stands.', SpanSchema)
    }))
  ),
  published: described('The publication date; never a year the text does not support.', z.nullable(DateValueSchema)),
  dateline: described(
    'The dateline: `WASHINGTON (UrduPoint News / Sputnik - 27th January, 2022)`.',
    z.nullable(object({
      place: described('The place, as written.', z.nullable(z.string())),
      date: described('The date it prints, if any.', z.nullable(DateValueSchema)),
      span: described('The whole dateline.', SpanSchema)
    }))
  ),
  body: described(
    "The article's own text blocks in order.",
    z.array(object({
      kind: described('What the block is.', BlockKindSchema),
      span: described('Where it stands.', SpanSchema)
    }))
  ),
  boilerplate: described(
    'Page furniture kept out of the body; body and boilerplate together cover every non-blank line.',
    z.array(object({
      reason: described('Why it is furniture: `share-bar`, `donation-widget`, `repeated-title`…', z.string()),
      span: described('Where it stands.', SpanSchema)
    }))
  ),
  speakers: described('Everyone the article attributes a claim to, merged across mentions.', z.array(SpeakerSchema)),
  claims: described('Attributed statements, in text order.', z.array(ClaimSchema)),
  events: described('Events typed with PLOVER, in text order.', z.array(EventSchema)),
  diagnostics: described('What the parser noticed.', z.array(DiagnosticSchema))
})


/**
 * What `onrecord parse` prints in place of a record when an input cannot be parsed
 * (unreadable, binary, too large).
 */
export const ErrorRecordSchema = object({
  source: described(
    'The input it stands for.',
    object({
      name: described('The file name or the name the caller gave, else null.', z.nullable(z.string()))
    })
  ),
  error: described(
    'What went wrong.',
    object({
      code: described('A stable code: `ENOENT`, `binary`, `too-large`, `invalid-utf8`, `bad-json`…', z.string()),
      message: described('A sentence for people.', z.string())
    })
  )
})


export type {Article, ErrorRecord, Outlet} from './types.js'
