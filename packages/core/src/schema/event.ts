import * as z from 'zod/mini'
import {DateValueSchema} from './date-value.js'
import {described, object} from './object.js'
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
  name: described('The participant as written.', z.string()),
  span: described('Where it stands.', SpanSchema),
  speaker: described('The `Speaker.id` when the participant is also a speaker (or a pronoun that stands for one), else null.', z.nullable(z.string())),
  code: described('A CAMEO/PLOVER-style actor code: `USA`, `RUSGOV`, `USAMIL`, `IGOUNO`; null when the words do not support one.', z.nullable(z.string())),
  refersTo: described(
    'For a pronoun, the name it stands for: for `he`, `she`, `they` or `it`, an earlier name, as resolved for speakers; for `I` or `me` in a claim, the claim\'s speaker. Null for any other participant, or when no name is sure.',
    z.nullable(TextSpanSchema)
  )
})


/**
 * Something that happened or was done, typed with PLOVER.
 *
 * @example
 * {
 *   id: 'e1', type: 'ASSAULT', trigger: {text: 'attacked', span: {start: 10, end: 18}}, mentions: [],
 *   actors: [{name: 'Islamic State', span: {start: 0, end: 13}, speaker: null, code: null, refersTo: null}],
 *   targets: [], location: {name: 'Al-Hasakah', span: {start: 40, end: 50}},
 *   date: null, span: {start: 0, end: 51}, claim: null, modality: 'asserted', confidence: 0.8
 * }
 */
export const EventSchema = object({
  id: described('Unique within the article: `e1`, `e2`, … in text order.', z.string()),
  type: described('The PLOVER type.', PloverTypeSchema),
  trigger: described('The word or phrase that names the event: `attacked`, `peace talks`, `ceasefire`.', TextSpanSchema),
  mentions: described(
    'Later words that name the same event again, in text order: a definite noun that points back to it (`the attack`, `the talks`), or a second name (`meetings` in `negotiations in meetings`).',
    z.array(TextSpanSchema)
  ),
  actors: described('Who did it.', z.array(ParticipantSchema)),
  targets: described('To whom.', z.array(ParticipantSchema)),
  location: described(
    'Where, from the gazetteer, else null.',
    z.nullable(object({
      name: described('The place as written.', z.string()),
      span: described('Where it stands.', SpanSchema)
    }))
  ),
  date: described('When (intervals such as `2014-09/..` allowed), else null.', z.nullable(DateValueSchema)),
  span: described('The clause that states the event.', SpanSchema),
  claim: described('The `Claim.id` when the event is only reported inside a claim, else null.', z.nullable(z.string())),
  modality: described('`asserted` by the article, `reported` inside a claim, `denied`, or `hypothetical`.', ModalitySchema),
  confidence: described('How sure the parser is, from 0 to 1.', z.number().check(z.gte(0), z.lte(1)))
})


export type {Event, Participant} from './types.js'
