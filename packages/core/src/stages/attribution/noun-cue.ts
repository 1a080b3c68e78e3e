import type {SpeakerNote} from '../../stage.js'
import type {Speaker} from '../../schema/speaker.js'
import {cueNouns} from '../../lexicon/cues.js'
import {pronouns} from '../../lexicon/pronouns.js'
import {dependent, dependents, parsedSentenceAt, phraseRange, type ParsedSentence} from '../../language/tree.js'
import type {PhraseMatch, SpeakerDescription} from '../../language/speaker-phrase.js'
import {addSpeaker, claimDraft, type Draft, type Scope} from './claim-draft.js'
import {setContent, spanOf, trimEnd} from './cue.js'
import {nominalSpeaker, verbSubject} from './reported-clause.js'

/**
 * Attribute through a noun of reporting with a "that" clause: what the accusation, the claim
 * or the announcement says, and who made it: the noun's possessor, its "by" phrase, or the
 * subject of a light verb that has it as its object.
 *
 * > | She rejected his claim that the vote was rigged.
 *                  ^^^ ^^^^^      ^^^^^^^^^^^^^^^^^^^
 *                  speaker cue    content
 * > | The senator made the accusation that the count was rigged.
 *     ^^^^^^^^^^^          ^^^^^^^^^^      ^^^^^^^^^^^^^^^^^^^^^
 * > | The announcement by the ministry that prices would rise …
 *         ^^^^^^^^^^^^    ^^^^^^^^^^^^      ^^^^^^^^^^^^^^^^^^
 *
 * The clause is the noun's own (`acl` or `ccomp` with "that" as its marker), not a relative
 * clause ("the claim that he made"); a noun with no one to make it ("the accusation that …")
 * reports nothing. Needs the parse.
 */
export function nounCues(scope: Scope, made: readonly Draft[], speakers: Speaker[], notes: SpeakerNote[]): Draft[] {
  const {tokens, from, to} = scope
  const drafts: Draft[] = []
  let parsed: ParsedSentence | null | undefined
  for (let i = from; i < to; i++) {
    const lemma = nounLemma.get(tokens[i]!.lower)
    if (lemma === undefined || tokens[i + 1]!.lower !== 'that' || scope.inQuote[i] !== -1 || scope.markOf[i] !== 0) continue
    // A noun that is already a claim's cue ("Reyes’s claim that …").
    const start = tokens[i]!.start
    if (made.some((draft) => draft.claim.cue !== null && draft.claim.cue.span.start <= start && start < draft.claim.cue.span.end)) continue
    // "repeated his claim that …": a cue verb has already reported the same clause.
    if (made.some((draft) => draft.claim.cue !== null && draft.claim.cue.span.end <= start && draft.claim.content.span.start >= tokens[i + 1]!.end && draft.claim.content.span.start <= tokens[i + 2]!.start)) continue
    parsed ??= parsedSentenceAt(scope.language, scope.block, tokens, start)
    if (!parsed || parsed.syntax.heads.length > LONGEST) return drafts
    const draft = nounClaim(scope, parsed, i, lemma, speakers, notes)
    if (draft) drafts.push(draft)
  }
  return drafts
}

function nounClaim(scope: Scope, parsed: ParsedSentence, cue: number, lemma: string, speakers: Speaker[], notes: SpeakerNote[]): Draft | null {
  const {syntax, base} = parsed
  const {tokens} = scope
  const noun = cue - base
  const that = noun + 1
  // (After a possessive or an article, the tagger's VERB is a misreading: "its claim that".)
  if (noun < 0 || that >= syntax.heads.length || !(syntax.upos[noun] === 'NOUN' || syntax.upos[noun] === 'VERB' && noun > 0 && (syntax.relations[noun - 1] === 'nmod:poss' || syntax.relations[noun - 1] === 'det'))) return null
  // "the claim that the vote was rigged": "that" marks a clause that hangs from the noun, or
  // from the verb the noun is the object of ("rejected his accusation that she had lied"),
  // where a parse may put it.
  const clause = syntax.heads[that]!
  if (syntax.relations[that] !== 'mark' || clause <= that || !ownClause.has(syntax.relations[clause]!)) return null
  const owner = syntax.heads[clause]!
  if (owner !== noun && !(owner === syntax.heads[noun] && syntax.relations[noun] === 'obj')) return null
  // "Contrary to his claim that …, there would be …": a clause set beside it is the writer's.
  const range = phraseRange(syntax, clause, (relation) => relation === 'parataxis')
  // The noun stands in a sentence of its own verb, outside its clause: a parse that makes the
  // noun the root, or hangs it from a word of the clause, has read the sentence wrong.
  const head = syntax.heads[noun]!
  if (head < 0 || (head >= that && head <= range.to)) return null
  const speaker = makerOf(scope, parsed, noun)
  if (!speaker) return null
  const contentFrom = that + 1 + base
  let contentTo = Math.min(range.to + base, scope.to)
  // "his assertion that …; his criticism of …": a semicolon ends the clause, as it ends a cue's.
  for (let k = contentFrom; k < contentTo; k++) {
    if (tokens[k]!.text === ';' && scope.inQuote[k] === -1) contentTo = k - 1
  }
  // A quotation the clause ends in keeps its closing mark.
  if (scope.inQuote[contentTo] !== -1 && contentTo + 1 <= scope.to && scope.markOf[contentTo + 1]! < 0) contentTo++
  contentTo = trimEnd(scope, contentFrom, contentTo)
  if (contentTo < contentFrom) return null
  const cueSpan = {start: tokens[cue]!.start, end: tokens[cue]!.end}
  const outerFrom = Math.min(speaker.phrase.outer.from, cue)
  const draft = claimDraft({
    kind: 'indirect',
    cue: {text: tokens[cue]!.text, lemma, span: cueSpan},
    confidence: 0.7,
    speaker: -1,
    outer: {from: outerFrom, to: Math.max(contentTo, speaker.phrase.outer.to)},
    after: true
  })
  setContent(scope, draft, contentFrom, contentTo)
  if (draft.claim.content.span.end <= draft.claim.content.span.start) return null
  draft.speaker = addSpeaker(scope, speaker, speakers, notes)
  draft.claim.speaker = speakers[draft.speaker]!.id
  draft.claim.span = spanOf(scope, draft)
  return draft
}

/**
 * Who made the act a noun names: its possessor ("his claim", "the ministry’s announcement"),
 * its "by" phrase ("the announcement by the ministry"), or the subject of a light verb it is
 * the object of ("the senator made the claim").
 */
function makerOf(scope: Scope, parsed: ParsedSentence, noun: number): {phrase: PhraseMatch; description: SpeakerDescription} | null {
  const {syntax} = parsed
  const possessor = dependent(syntax, noun, (relation) => relation === 'nmod:poss')
  if (possessor >= 0 && possessor < noun) {
    if (syntax.upos[possessor] !== 'PRON') return nominalSpeaker(scope, parsed, possessor, scope.from)
    // "The union repeated its claim that …": "its" and "their" on the object stand for the
    // verb's subject when it is a noun.
    const verb = syntax.heads[noun]!
    const subject = syntax.relations[noun] === 'obj' && verb >= 0 && verb < noun ? verbSubject(parsed, verb) : -1
    const binds = subject >= 0 && subject < verb && (syntax.upos[subject] === 'NOUN' || syntax.upos[subject] === 'PROPN') && boundPossessives.has(scope.tokens[possessor + parsed.base]!.lower)
    return (binds ? nominalSpeaker(scope, parsed, subject, scope.from) : null) ?? possessivePronoun(scope, parsed, possessor)
  }
  for (const child of dependents(syntax, noun)) {
    if (child < noun || syntax.relations[child] !== 'nmod') continue
    if (dependents(syntax, child).some((word) => syntax.relations[word] === 'case' && syntax.lemmas[word]!.toLowerCase() === 'by')) return nominalSpeaker(scope, parsed, child, scope.from)
  }
  const verb = syntax.heads[noun]!
  if (syntax.relations[noun] !== 'obj' || verb < 0 || verb > noun || syntax.upos[verb] !== 'VERB' || !lightVerbs.has(syntax.lemmas[verb]!.toLowerCase())) return null
  const subject = verbSubject(parsed, verb)
  return subject >= 0 && subject < verb ? nominalSpeaker(scope, parsed, subject, scope.from) : null
}

/**
 * A possessive pronoun as the speaker: "his claim" is what he claimed. The speaker phrase is
 * the pronoun as written; its name is the subject form, which the pronoun resolver reads.
 */
function possessivePronoun(scope: Scope, {base}: ParsedSentence, word: number): {phrase: PhraseMatch; description: SpeakerDescription} | null {
  const at = word + base
  const token = scope.tokens[at]!
  const form = possessives.get(token.lower)
  const entry = form === undefined ? undefined : pronounEntry.get(form)
  if (form === undefined || entry === undefined) return null
  const span = {start: token.start, end: token.end}
  const description: SpeakerDescription = {name: form, nameSpan: span, kind: entry.kinds[0]!, titles: [], affiliation: null, pronoun: true, titleOnly: false, role: null, phrase: token.text, phraseSpan: span}
  return {phrase: {from: at, to: at, apposition: null, outer: {from: at, to: at}}, description}
}

// The relations of a noun's own "that" clause.
const ownClause = new Set(['acl', 'ccomp'])

// Verbs that make the act their object names: "made the claim", "issued a warning", "repeated
// his accusation" (whose speaker is the possessor).
const lightVerbs = new Set(['make', 'issue', 'level', 'voice', 'deliver', 'give', 'offer', 'renew', 'reiterate', 'repeat'])

// Possessive pronouns and the subject pronoun each stands for; not "my", "our" or "your", the
// author's or the reader's.
const possessives = new Map([['his', 'he'], ['her', 'she'], ['its', 'it'], ['their', 'they']])
const pronounEntry = new Map(pronouns.map((entry) => [entry.form, entry]))
// The possessives that a body's or a group's own act takes ("its claim", "their claim").
const boundPossessives = new Set(['its', 'their'])

const nounLemma = new Map(cueNouns.flatMap((noun) => noun.forms.map((form) => [form, noun.lemma] as const)))

/** Whether a text holds a noun of reporting and "that" after it: a paragraph without one is not read for it. */
export const cueNounWords = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...nounLemma.keys()].join('|')}) that(?![\\p{L}\\p{N}])`, 'iu')

// The most words a sentence read through the parse may have, as for a cue verb's clause.
const LONGEST = 150
