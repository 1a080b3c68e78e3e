import {readSpeakerAfter, type SpeakerDescription} from '../../language/speaker-phrase.js'
import {describe, type CueHit, type CueResult, type Draft, type Scope} from './claim-draft.js'
import {conjoinedSubject, coordinatedHead} from './reported-clause.js'
import {contentAfter, contentStart, coordinators, cueFrame, cueIndex, plainSpeech, skipConnectives} from './cue.js'

/**
 * Attribute a second cue that shares its subject with the first: after "and", "but" or "or",
 * the speaker of the claim before it ("X has acknowledged … but slammed …"), or the subject
 * that opens the sentence ("Democrats described the showdown as ominous, and said …").
 *
 * > | The mayor criticised the plan and said the town would appeal.
 *     ^^^^^^^^^                     ^^^ ^^^^ ^^^^^^^^^^^^^^^^^^^^^
 *     speaker (of the first cue)        cue  content
 */
export function coordinatedVerb(scope: Scope, hit: CueHit, min: number, last: Draft | null): CueResult | null {
  const {tokens, from} = scope
  const entry = hit.entry
  const before = hit.from > min ? tokens[hit.from - 1]! : null
  // The cue is a verb for sure: past tense or with its auxiliary ("and demand for exports" is a noun).
  const verbForm = hit.from < hit.verb || /ed$/.test(tokens[hit.verb]!.lower)
  // The claim: the report after the cue, from a speaker of its own or the one of `sameSpeakerAs`.
  const report = (speaker: CueResult['speaker'], sameSpeakerAs: Draft | null): CueResult | null => {
    const body = contentAfter(scope, hit, hit.to + 1)
    if (!body) return null
    return {speaker, sameSpeakerAs, content: body.range, quotation: body.quotation, after: true, that: body.that, outer: {from: hit.from, to: body.range.to}, cutAt: hit.from - 1}
  }
  // A second cue sharing the subject: "X has acknowledged … but slammed …".
  const lastFrame = last?.claim.cue ? cueFrame(last.claim.cue.lemma) : null
  // ", but suggested …": after a comma, "but" opens a second statement of the same subject.
  // ", and accused …" likewise; and a cue in the present after one in the present ("says …,
  // but insists …") is as surely a verb as a past form.
  const afterComma = (before?.lower === 'but' || before?.lower === 'and') && tokens[hit.from - 2]?.text === ','
  const commaBut = afterComma && entry.frame !== 'naming' && (verbForm || (hit.from === hit.verb && presentForm(hit) && last?.claim.cue !== undefined && last.claim.cue !== null && sameTensePresent(last.claim.cue.text)))
  if (last && last.speaker >= 0 && last.after && before && coordinators.has(before.lower) && (lastFrame === 'object' || lastFrame === 'directive' || plainSpeech.has(entry.lemma) || tokens[hit.to + 1]?.lower === 'that' || commaBut)) {
    return report(null, last)
  }
  // "He says he respects her and calls her “…”": any cue the parse coordinates with the last
  // claim's own cue shares its speaker.
  if (last && last.speaker >= 0 && last.after && last.claim.cue && before && coordinators.has(before.lower)) {
    const head = coordinatedHead(scope, hit)
    if (head >= 0 && tokens[head]!.end === last.claim.cue.span.end) return report(null, last)
  }
  // "Democrats also described the showdown as ominous, and said …": the subject opens the sentence.
  // Beyond "said", "told" and "added", the cue must be a verb for sure and the subject a person
  // or a body for sure (a role, a title or a name of two words: "Profits rose and …" opens with
  // a plain noun).
  const otherCue = !plainSpeech.has(entry.lemma) && !entry.strict && entry.frame !== 'naming' && verbForm
  // "was all but ruled out" is an adverb in a passive, not a coordinator.
  const allBut = before?.lower === 'but' && tokens[hit.from - 2]?.lower === 'all'
  if (!last && before && coordinators.has(before.lower) && !allBut && (plainSpeech.has(entry.lemma) || otherCue)) {
    // After an opening adjunct: "In December, the EU pledged … but said …".
    const start = contentStart(scope, skipConnectives(scope, from), hit.from)
    const subject = readSpeakerAfter(tokens, start, hit.from)
    let description = subject ? describe(scope, subject) : null
    if (description && !plainSpeech.has(entry.lemma) && !bodyForSure(description)) description = null
    if (subject && description) {
      const result = report({phrase: subject, description}, null)
      if (result) return result
    }
  }
  // "Carson took the stage in Baltimore and called the system “rotten”": the subject of the verb
  // the parse coordinates the cue with. A naming cue takes it whatever its noun, since what it
  // names is checked as for any naming cue; another cue must be a verb for sure and its subject
  // a person or a body for sure, as above ("Prices rose and denied the region its harvest").
  if (!last && before && coordinators.has(before.lower) && !allBut && (entry.frame === 'naming' || verbForm)) {
    let speaker = conjoinedSubject(scope, hit, min)
    const known = speaker && entry.frame !== 'naming' ? describe(scope, speaker.phrase) : null
    if (speaker && entry.frame !== 'naming' && !(known && bodyForSure(known))) speaker = null
    if (speaker) return report(speaker, null)
  }
  return null
}

// The cue in the third person of the present: "insists", "calls for".
function presentForm(hit: CueHit): boolean {
  return hit.entry.forms[1] === hit.form
}

// Whether a cue as written is one word in the third person of the present ("says").
function sameTensePresent(cue: string): boolean {
  const lower = cue.toLowerCase()
  return (cueIndex.get(lower) ?? []).some((form) => form.words.length === 1 && form.entry.forms[1] === form.form)
}

// A person or a body for sure: a role, a title or a name of two words.
function bodyForSure(description: SpeakerDescription): boolean {
  return description.titleOnly || description.titles.length > 0 || /\s/.test(description.name)
}
