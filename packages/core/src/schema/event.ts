import * as z from 'zod/mini'
import {DateValueSchema} from './date-value.js'
import {object} from './object.js'
import {SpanSchema, TextSpanSchema} from './span.js'

/** The 16 event types of the PLOVER ontology. */
export const PloverTypeSchema = z.enum([
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT'
])

/** A PLOVER event type. */
export type PloverType = z.infer<typeof PloverTypeSchema>

/** Whether the article asserts an event, reports it inside a claim, denies it, or names it as a possibility. */
export const ModalitySchema = z.enum(['asserted', 'reported', 'denied', 'hypothetical'])

/** An event's modality. */
export type Modality = z.infer<typeof ModalitySchema>

/** A participant in an event. */
export const ParticipantSchema = object({
  /** The participant as written. */
  name: z.string(),
  /** Where it stands. */
  span: SpanSchema,
  /** The `Speaker.id` when the participant is also a speaker, else null. */
  speaker: z.nullable(z.string()),
  /** A CAMEO/PLOVER-style actor code: `USA`, `RUSGOV`, `USAMIL`, `IGOUNO`; null when the words do not support one. */
  code: z.nullable(z.string())
})

/** A participant in an event; see {@link ParticipantSchema}. */
export type Participant = z.infer<typeof ParticipantSchema>

/**
 * Something that happened or was done, typed with PLOVER.
 *
 * @example
 * {
 *   id: 'e1', type: 'ASSAULT', trigger: {text: 'attacked', span: {start: 10, end: 18}},
 *   actors: [{name: 'Islamic State', span: {start: 0, end: 13}, speaker: null, code: null}],
 *   targets: [], location: {name: 'Al-Hasakah', span: {start: 40, end: 50}},
 *   date: null, span: {start: 0, end: 51}, claim: null, modality: 'asserted', confidence: 0.8
 * }
 */
export const EventSchema = object({
  /** Unique within the article: `e1`, `e2`, … in text order. */
  id: z.string(),
  /** The PLOVER type. */
  type: PloverTypeSchema,
  /** The word or phrase that names the event: `attacked`, `peace talks`, `ceasefire`. */
  trigger: TextSpanSchema,
  /** Who did it. */
  actors: z.array(ParticipantSchema),
  /** To whom. */
  targets: z.array(ParticipantSchema),
  /** Where, from the gazetteer, else null. */
  location: z.nullable(object({
    /** The place as written. */
    name: z.string(),
    /** Where it stands. */
    span: SpanSchema
  })),
  /** When (intervals such as `2014-09/..` allowed), else null. */
  date: z.nullable(DateValueSchema),
  /** The clause that states the event. */
  span: SpanSchema,
  /** The `Claim.id` when the event is only reported inside a claim, else null. */
  claim: z.nullable(z.string()),
  /** `asserted` by the article, `reported` inside a claim, `denied`, or `hypothetical`. */
  modality: ModalitySchema,
  /** How sure the parser is, from 0 to 1. */
  confidence: z.number().check(z.gte(0), z.lte(1))
})

/** An event; see {@link EventSchema}. */
export type Event = z.infer<typeof EventSchema>
