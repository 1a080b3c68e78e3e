import {parseArticle, type Article, type Claim, type DateValue, type Event, type Speaker} from '@onrecord/core'

/** A hand-made speaker: a person unless said otherwise. */
export function speaker(id: string, name: string, extra: Partial<Speaker> = {}): Speaker {
  return {id, name, kind: 'person', titles: [], affiliation: null, aliases: [], mentions: [], ...extra}
}

/** A hand-made claim by `speakerId`. */
export function claim(id: string, speakerId: string | null, text: string, extra: Partial<Claim> = {}): Claim {
  return {
    id,
    speaker: speakerId,
    kind: 'direct',
    cue: null,
    content: {text, span: {start: 0, end: text.length}},
    span: {start: 0, end: text.length},
    date: null,
    confidence: 1,
    ...extra
  }
}

/** A hand-made event. */
export function event(id: string, trigger: string, extra: Partial<Event> = {}): Event {
  return {
    id,
    type: 'CONSULT',
    trigger: {text: trigger, span: {start: 0, end: trigger.length}},
    mentions: [],
    actors: [],
    targets: [],
    location: null,
    date: null,
    span: {start: 0, end: trigger.length},
    claim: null,
    modality: 'asserted',
    confidence: 1,
    ...extra
  }
}

/** A date with the precision its EDTF value states. */
export function date(value: string): DateValue {
  const precision = /T\d\d:\d\d:\d\d/.test(value) ? 'second' : /T/.test(value) ? 'minute' : /^\d{4}-\d\d-\d\d/.test(value) || /^X{4}-\d\d-\d\d/.test(value) ? 'day' : /^\d{4}-\d\d/.test(value) ? 'month' : 'year'
  return {value, precision, via: 'body', span: null, confidence: 1}
}

/** A valid record with the given id and fields, the rest as core parses an empty text. */
export function article(id: string, fields: Partial<Article> = {}): Article {
  return {...parseArticle('', {id}), ...fields}
}
