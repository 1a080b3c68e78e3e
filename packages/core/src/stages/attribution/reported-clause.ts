import {dependent, dependents, parsedSentenceAt, parseOf, phraseRange, taggedSentenceAt, type ParsedSentence, type TaggedSentence} from '../../language/tree.js'
import type {Syntax} from '../../language/analysis.js'
import {describe, type CueHit, type CueResult, type Scope} from './claim-draft.js'
import {isOpening, quotationEndingAt, trimEnd, wholeQuotation} from './cue.js'
import {readSpeakerAfter, type PhraseMatch, type SpeakerDescription} from '../../language/speaker-phrase.js'
import {except} from '../../language/word-sets.js'
import {modals as modalVerbs, articles, months, timeNouns, timeWords, weekdays} from '../../lexicon/function-words.js'

/**
 * Attribute through the dependency parse: a cue verb's subject is the speaker and its clausal
 * complement the report, however long the subject phrase or whatever stands between them.
 *
 * > | Dr. Ana Ruiz, who ran the clinic for a decade, said that the ward would close.
 *     ^^^^^^^^^^^^                                   ^^^^ ^^^^^^^^^^^^^^^^^^^^^^^^^^
 *     speaker (nsubj, its relative clause left out)  cue  content (ccomp)
 * > | Nearly half said they prefer someone with experience.
 *     ^^^^^^^^^^^ ^^^^ ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
 *
 * The subject of a coordinated cue is its first verb's ("… thanked Miami and said it was
 * great"); a cue in a relative clause speaks for the noun the clause describes ("listeners
 * who said they …"). Only a clause complement makes a report: a noun-phrase object ("denied
 * the visitors a win") does not. Returns null without a parse.
 */
export function reportedClause(scope: Scope, hit: CueHit, min: number): CueResult | null {
  const {tokens} = scope
  // The tags rule most cues out before the sentence is parsed.
  const tagged = taggedCue(scope, hit)
  // A "sentence" of hundreds of words is a list or a run-on the parse reads poorly; reading
  // its nested clauses once per cue would also cost the square of its length.
  if (!tagged || tagged.tags.length > LONGEST) return null
  const verb = hit.verb - tagged.base
  if (verb < 0 || verb >= tagged.tags.length || tagged.tags[verb] !== 'VERB') return null
  // The speaker's head is a nominal between where a claim may start and the cue.
  if (!hasTag(tagged.tags, Math.max(min, scope.from) - tagged.base, verb, nominalTags)) return null
  const parsed = parseOf(tagged)
  if (!parsed) return null
  const {syntax, base} = parsed
  // "could say", "might claim": a report not yet made.
  if (hasModal(parsed, verb)) return null
  const complement = dependent(syntax, verb, (relation) => relation === 'ccomp')
  // "urged people to protest peacefully": a directive's addressee and what it is to do.
  const directive = complement < 0 && hit.entry.frame === 'directive' && hit.entry.lemma !== 'encourage' ? directiveRange(parsed, verb) : null
  if ((complement < 0 || complement < verb) && !directive) return null
  const subject = subjectOf(parsed, verb)
  if (subject < 0 || subject > verb) return null

  // The speaker: the subject's phrase without what describes it at length.
  const phrase = speakerPhrase(parsed, subject)
  if (!phrase || phrase.outer.from + base < Math.max(min, scope.from)) return null
  const match = inBlock(phrase, base)
  const description = subjectDescription(scope, parsed, subject, match)
  if (!description) return null

  // The report: the complement's clause, with the quotation marks it opens or closes.
  const range = directive ?? phraseRange(syntax, complement)
  let from = Math.max(range.from + base, hit.to + 1)
  let to = Math.min(range.to + base, scope.to)
  if (from > to) return null
  if (scope.inQuote[from] !== -1 && from - 1 > hit.to && scope.markOf[from - 1]! > 0) from--
  if (scope.inQuote[to] !== -1 && to + 1 <= scope.to && scope.markOf[to + 1]! < 0) to++
  to = trimEnd(scope, from, to)
  if (to < from) return null
  // "said that …": the report starts after "that", as with every other pattern.
  const that = tokens[from]!.lower === 'that'
  if (that && from < to) from++
  const quotation = wholeQuotation(scope, from, to)
  return {
    speaker: {phrase: match, description},
    sameSpeakerAs: null,
    content: {from, to},
    quotation,
    after: true,
    that,
    outer: {from: match.outer.from, to},
    cutAt: match.outer.from
  }
}

/**
 * Attribute a quotation that opens the sentence through the parse of its cue: the cue verb's
 * subject, before or after it, is the speaker, whatever nouns it is made of.
 *
 * > | “He is a fine leader,” said the 46-year-old.
 *       ^^^^^^^^^^^^^^^^^^^    ^^^^ ^^^^^^^^^^^^^^^
 *       content                cue  speaker (nsubj)
 *
 * Returns null without a parse, when a word other than the speaker stands between the
 * quotation and the cue, or when a word follows the attribution.
 */
export function quotedSubject(scope: Scope, hit: CueHit, min: number): CueResult | null {
  const {tokens} = scope
  const tagged = hit.from === hit.verb ? taggedCue(scope, hit) : null
  // Parsed only when the tags make the cue a verb.
  if (!tagged || tagged.tags.length > LONGEST || tagged.tags[hit.verb - tagged.base] !== 'VERB') return null
  const parsed = parseOf(tagged)
  if (!parsed) return null
  const {syntax, base} = parsed
  const verb = hit.verb - base
  if (hasModal(parsed, verb)) return null
  const subject = dependent(syntax, verb, (relation) => relation === 'nsubj')
  if (subject < 0) return null
  const phrase = speakerPhrase(parsed, subject)
  if (!phrase) return null
  const after = subject > verb
  // The quotation ends right before the cue ("…,” said X) or right before the subject ("…,” X said).
  const quoted = quotationEndingAt(scope, (after ? hit.from : phrase.outer.from + base) - 1, min)
  if (!quoted || !isOpening(scope, min, quoted.start)) return null
  if (!after && phrase.outer.to + base !== hit.from - 1) return null
  const last = after ? phrase.outer.to + base : hit.to
  if (tokens[last + 1]?.word) return null
  const match = inBlock(phrase, base)
  const description = subjectDescription(scope, parsed, subject, match)
  if (!description) return null
  return {
    speaker: {phrase: match, description},
    sameSpeakerAs: null,
    content: {from: quoted.start, to: (after ? hit.from : match.outer.from) - 1},
    quotation: quoted.quotation,
    after: false,
    that: false,
    outer: {from: quoted.start, to: last},
    cutAt: quoted.start
  }
}

/**
 * The speaker of a participle cue read from the parse: the subject of the verb the participle
 * hangs from, through clauses that share it ("The departments declined to comment, saying …"
 * → "The departments"). Null without a parse or a subject before the cue.
 */
export function participleSubject(scope: Scope, hit: CueHit, min: number): {phrase: PhraseMatch; description: SpeakerDescription} | null {
  const {tokens} = scope
  const parsed = parsedSentenceAt(scope.language, scope.block, tokens, tokens[hit.verb]!.start)
  if (!parsed || parsed.syntax.heads.length > LONGEST) return null
  const {syntax, base} = parsed
  let word = hit.verb - base
  if (word < 0 || word >= syntax.upos.length) return null
  for (let steps = 0; steps < 4; steps++) {
    if (!sharedSubject.has(syntax.relations[word]!)) return null
    word = syntax.heads[word]!
    if (word < 0) return null
    const subject = dependent(syntax, word, (relation) => relation === 'nsubj')
    if (subject < 0) continue
    const phrase = speakerPhrase(parsed, subject)
    if (!phrase || phrase.outer.from + base < Math.max(min, scope.from) || phrase.outer.to + base >= hit.from) return null
    const match = inBlock(phrase, base)
    const description = subjectDescription(scope, parsed, subject, match)
    return description ? {phrase: match, description} : null
  }
  return null
}

/**
 * The speaker of a cue coordinated with an earlier verb, read from the parse: the subject of
 * that verb ("Carson took the stage and called …" → "Carson"). Parsed only when the tags make
 * the cue a verb; null when the parse does not coordinate it with a verb that has a subject
 * before the cue.
 */
export function conjoinedSubject(scope: Scope, hit: CueHit, min: number): {phrase: PhraseMatch; description: SpeakerDescription} | null {
  return coordinatedHead(scope, hit) >= 0 ? participleSubject(scope, hit, min) : null
}

/**
 * The block token of the verb the parse coordinates a cue with ("… said A and called B" →
 * "said"), or -1. Parsed only when the tags make the cue a verb.
 */
export function coordinatedHead(scope: Scope, hit: CueHit): number {
  const tagged = taggedCue(scope, hit)
  if (!tagged || tagged.tags.length > LONGEST || tagged.tags[hit.verb - tagged.base] !== 'VERB') return -1
  const parsed = parseOf(tagged)
  const word = hit.verb - tagged.base
  if (!parsed || parsed.syntax.relations[word] !== 'conj') return -1
  const head = parsed.syntax.heads[word]!
  return head >= 0 && parsed.syntax.upos[head] === 'VERB' ? head + parsed.base : -1
}

/**
 * The speaker a nominal of the parse names, with the phrase read as a cue's subject is: "the
 * ministry" of "an announcement by the ministry", "the senator" of "the senator made the claim".
 * Null for a phrase that starts before `min`, or that names no speaker.
 */
export function nominalSpeaker(scope: Scope, parsed: ParsedSentence, word: number, min: number): {phrase: PhraseMatch; description: SpeakerDescription} | null {
  const phrase = speakerPhrase(parsed, word)
  if (!phrase || phrase.outer.from + parsed.base < Math.max(min, scope.from)) return null
  const match = inBlock(phrase, parsed.base)
  const description = subjectDescription(scope, parsed, word, match)
  return description ? {phrase: match, description} : null
}

/** How a phrase of the parse names its speaker: as a name or role, else as a plain noun ("officials"). */
function subjectDescription(scope: Scope, parsed: ParsedSentence, word: number, match: PhraseMatch): SpeakerDescription | null {
  const description = headNamed(scope, parsed, word, match, describe(scope, match)) ?? plainNounSpeaker(scope, parsed, word, match)
  return personOverRole(scope, match, description)?.description ?? description
}

/**
 * "The party leader, Ana Ruiz, voiced support …, saying": a role set off before a person's full
 * name is that person, the role a title. The name as the phrase, with the role as its
 * apposition, and its description; null unless the phrase is read as a role only and the name
 * after it a person's full name.
 */
export function personOverRole(scope: Scope, match: PhraseMatch, description: SpeakerDescription | null): {phrase: PhraseMatch; description: SpeakerDescription} | null {
  if (!description?.titleOnly) return null
  const {tokens} = scope
  let name = match.apposition && match.apposition.from > match.to ? {from: match.apposition.from, to: match.apposition.to} : null
  // The name set off by commas right after the role: "The party leader, Ana Ruiz, …".
  if (!name && tokens[match.to + 1]?.text === ',') {
    const read = readSpeakerAfter(tokens, match.to + 2, Math.min(tokens.length, match.to + 8))
    if (read && read.apposition === null && tokens[read.to + 1]?.text === ',') name = {from: read.from, to: read.to}
  }
  if (!name) return null
  const phrase = {from: name.from, to: name.to, apposition: {from: match.from, to: match.to}, outer: {from: match.outer.from, to: Math.max(match.outer.to, name.to)}}
  const named = describe(scope, phrase)
  return named && namedPerson(named) ? {phrase, description: named} : null
}

/**
 * A description that names what stands after a common noun, not the noun ("Europe" of "Policy
 * makers in Europe"), gives way to the whole phrase: the people, and where they are.
 */
function headNamed(scope: Scope, parsed: ParsedSentence, word: number, match: PhraseMatch, description: SpeakerDescription | null): SpeakerDescription | null {
  if (!description || description.pronoun || description.titleOnly || namedPerson(description) || parsed.syntax.upos[word] !== 'NOUN') return description
  const {tokens, text} = scope
  const at = word + parsed.base
  if (at > match.to || description.nameSpan.start < tokens[at]!.end) return description
  // The name stands in a prepositional phrase on the noun: "makers in Europe", not "manager Ana Ruiz".
  if (parsed.syntax.upos[word + 1] !== 'ADP') return description
  // A phrase with a verb is a clause the parse hung on the noun ("It is a nomination for X"), not a name.
  for (let i = match.from - parsed.base; i <= match.to - parsed.base; i++) if (parsed.syntax.upos[i] === 'VERB' || parsed.syntax.upos[i] === 'AUX') return description
  for (let i = match.from; i <= match.to; i++) if (!tokens[i]!.word || placingTime.has(tokens[i]!.lower)) return description
  const from = leadingArticles.has(tokens[match.from]!.lower) && match.from < match.to ? match.from + 1 : match.from
  const span = {start: tokens[from]!.start, end: tokens[match.to]!.end}
  const name = text.slice(span.start, span.end)
  const head = tokens[at]!.lower
  const plural = /[^s]s$/.test(head) && parsed.syntax.lemmas[word]!.toLowerCase() !== head
  return {name, nameSpan: span, kind: plural ? 'group' : 'anonymous', titles: [], affiliation: description.affiliation, pronoun: false, titleOnly: false, role: null, phrase: name, phraseSpan: span}
}

/** Whether a description names a person by a full name ("Gary Megson"). */
export function namedPerson(description: SpeakerDescription): boolean {
  return description.kind === 'person' && !description.titleOnly && /\s/.test(description.name)
}

// Words of time, which place a report rather than its speaker ("the report on Wednesday").
export const placingTime: ReadonlySet<string> = new Set([...weekdays, ...months, ...timeNouns, ...timeWords])

/** The subject of a verb of the parse (its own, its first conjunct's), or -1. */
export function verbSubject(parsed: ParsedSentence, verb: number): number {
  return subjectOf(parsed, verb)
}

/**
 * The words of a directive's report in the parse: its addressee (an object) and the
 * infinitive after it ("urged people to protest peacefully"), or null. Not for "encourage",
 * whose subject is as often a thing as a speaker ("the rally encouraged people to vote").
 */
function directiveRange({syntax}: ParsedSentence, verb: number): {from: number; to: number} | null {
  const addressee = dependent(syntax, verb, (relation) => relation === 'obj' || relation === 'iobj')
  if (addressee < verb) return null
  for (const child of dependents(syntax, verb)) {
    if (child <= addressee || (syntax.relations[child] !== 'xcomp' && syntax.relations[child] !== 'advcl')) continue
    const to = dependent(syntax, child, (relation) => relation === 'mark')
    if (to < 0 || syntax.lemmas[to]!.toLowerCase() !== 'to' || to > child) continue
    return {from: phraseRange(syntax, addressee).from, to: phraseRange(syntax, child).to}
  }
  return null
}

// The relations through which a participle or an infinitive shares its head's subject.
const sharedSubject = new Set(['advcl', 'xcomp', 'conj'])

/**
 * A speaker phrase headed by a common noun the lexicon does not know ("the 46-year-old", "an
 * attendee", "the billionaire real estate magnate"): the subject of a cue verb speaks whatever
 * its noun, as an unnamed person or, in the plural, a group. Null for pronouns, names and
 * phrases with quotation marks.
 */
function plainNounSpeaker(scope: Scope, {syntax}: ParsedSentence, subject: number, match: PhraseMatch): SpeakerDescription | null {
  if (syntax.upos[subject] !== 'NOUN') return null
  const {tokens, text} = scope
  // Names may stand before the noun as its modifiers ("the NFL legend", "a Senate aide"), not as
  // the noun itself.
  for (let i = match.from; i <= match.to; i++) if (scope.inQuote[i] !== -1 || scope.markOf[i] !== 0 || /^\p{Lu}/u.test(tokens[i]!.text) && i === match.to && i > match.from) return null
  let from = match.from
  // "No official said", "Neither side said": no one speaks.
  if (noSpeaker.has(tokens[from]!.lower)) return null
  if (leadingArticles.has(tokens[from]!.lower) && from < match.to) from++
  const span = {start: tokens[from]!.start, end: tokens[match.to]!.end}
  const phrase = text.slice(span.start, span.end)
  const head = tokens[match.to]!.lower
  const plural = /[^s]s$/.test(head) && syntax.lemmas[subject]!.toLowerCase() !== head
  return {name: phrase, nameSpan: span, kind: plural ? 'group' : 'anonymous', titles: [], affiliation: null, pronoun: false, titleOnly: false, role: null, phrase, phraseSpan: span}
}

const leadingArticles = new Set(articles)
const noSpeaker = new Set(['no', 'neither', 'nor', 'none', 'few', 'any'])

/** The tags of the sentence that holds a cue, or null without a tagger. */
export function taggedCue(scope: Scope, hit: CueHit): TaggedSentence | null {
  return taggedSentenceAt(scope.language, scope.block, scope.tokens, scope.tokens[hit.verb]!.start)
}

/**
 * The parse of a cue's sentence, the cue and the report's first word `from` in it, and the
 * cue's clausal complement that holds that word; null without a parse, or when the parse gives
 * the cue no such complement.
 */
export function cueComplement(scope: Scope, hit: CueHit, from: number): {parsed: ParsedSentence; cue: number; first: number; report: number} | null {
  const tagged = taggedCue(scope, hit)
  const parsed = tagged ? parseOf(tagged) : null
  if (!parsed) return null
  const {syntax, base} = parsed
  const cue = hit.verb - base
  const first = from - base
  const count = syntax.heads.length
  if (cue < 0 || cue >= count || first < 0 || first >= count) return null
  const report = dependents(syntax, cue, 'ccomp').find((child) => {
    const range = phraseRange(syntax, child)
    return range.from <= first && first <= range.to
  })
  return report === undefined ? null : {parsed, cue, first, report}
}

// A speaker phrase of the parse (word numbers of the sentence) in block tokens.
function inBlock(phrase: SentencePhrase, base: number): PhraseMatch {
  const shift = (range: {from: number; to: number}) => ({from: range.from + base, to: range.to + base})
  return {...shift(phrase), apposition: phrase.apposition ? shift(phrase.apposition) : null, outer: shift(phrase.outer)}
}

// The tags a speaker phrase's head can have.
const nominalTags = new Set(['NOUN', 'PROPN', 'NUM', 'PRON'])

function hasTag(tags: readonly string[], from: number, to: number, wanted: ReadonlySet<string>): boolean {
  for (let index = Math.max(0, from); index < to; index++) if (wanted.has(tags[index]!)) return true
  return false
}

// The modals on a cue that make a report not yet made ("could say"): not "will", since a cue in
// the future still reports (see `futureAuxiliaries` in cue.ts), nor "ought", never among them.
const modals = new Set(except(modalVerbs, ['will', 'ought']))

function hasModal({syntax}: ParsedSentence, verb: number): boolean {
  return dependents(syntax, verb).some((word) => syntax.relations[word] === 'aux' && modals.has(syntax.lemmas[word]!.toLowerCase()))
}

// Pronouns that stand for a speaker named elsewhere; "we", "this" and "it" speak for nobody
// the article names.
const speakingPronouns = new Set(['he', 'she', 'they', 'him', 'her', 'them'])

// The most words a sentence read through the parse may have (news sentences run to about 60).
const LONGEST = 150

// The subject of a cue verb: its own, its first conjunct's, the noun a relative clause
// describes, or the subject of a verb or adjective whose infinitive it is.
function subjectOf(parsed: ParsedSentence, verb: number, depth = 0): number {
  const {syntax} = parsed
  const own = activeSubject(syntax, verb)
  if (own >= 0) {
    const word = syntax.upos[own]
    // "who said …": the relative pronoun stands for the noun the clause describes.
    if (relativeFor(syntax, verb, own)) return syntax.heads[verb]!
    return own
  }
  if (syntax.relations[verb] === 'conj') {
    // "reversed themselves, rushed everyone inside and said …": the parse may chain the
    // conjuncts, each on the one before; the first with a subject gives it.
    let first = syntax.heads[verb]!
    for (let steps = 0; steps < 4 && first >= 0 && syntax.upos[first] === 'VERB'; steps++) {
      const subject = dependent(syntax, first, (relation) => relation === 'nsubj')
      // "the organisers, who met on Friday and said …": the relative pronoun stands for the noun.
      if (subject >= 0 && relativeFor(syntax, first, subject)) return syntax.heads[first]!
      if (subject >= 0 || syntax.relations[first] !== 'conj') return subject
      first = syntax.heads[first]!
    }
    if (first >= 0 && syntax.upos[first] === 'VERB') return -1
  }
  const head = controller(parsed, verb)
  return head >= 0 && depth < 3 ? subjectOf(parsed, head, depth + 1) : -1
}

// Whether `subject` is a relative pronoun ("who", "that", "which") of the relative clause `verb`.
function relativeFor(syntax: Syntax, verb: number, subject: number): boolean {
  return syntax.upos[subject] === 'PRON' && syntax.relations[verb] === 'acl:relcl' && /^(?:who|that|which)$/i.test(syntax.lemmas[subject]!)
}

/**
 * A verb's subject: its `nsubj`, or a passive subject the parse gives a verb with no passive
 * auxiliary ("Both sides have acknowledged that …" is active: no form of "be" makes it passive).
 */
function activeSubject(syntax: Syntax, verb: number): number {
  const own = dependent(syntax, verb, (relation) => relation === 'nsubj')
  if (own >= 0) return own
  const passive = dependent(syntax, verb, (relation) => relation === 'nsubj:pass')
  if (passive < 0 || passive > verb) return -1
  const passiveHelper = dependents(syntax, verb).some((word) => (syntax.relations[word] === 'aux:pass' || syntax.relations[word] === 'aux') && passiveHelpers.has(syntax.lemmas[word]!.toLowerCase()))
  return passiveHelper ? -1 : passive
}

// The helpers of a passive: "was told", "got told".
const passiveHelpers = new Set(['be', 'get'])

/**
 * The verb or adjective whose subject a cue in the infinitive shares, when saying so reports
 * that the cue happened: "continued to insist", "went on to explain", "was quick to add".
 * Not a verb with an object of its own, whose object is the one
 * who speaks or is told to ("forced the chief to admit", "urged him to say"), nor a verb of
 * wanting, planning or refusing ("wants to say", "declined to say"): those report nothing yet.
 * -1 when there is none.
 */
function controller({syntax}: ParsedSentence, verb: number): number {
  const relation = syntax.relations[verb]
  // The parse may read the infinitive of "was quick to add" as the adjective's clausal subject.
  if (relation !== 'xcomp' && relation !== 'csubj') return -1
  const to = dependent(syntax, verb, (relation) => relation === 'mark')
  if (to < 0 || to > verb || syntax.lemmas[to]!.toLowerCase() !== 'to') return -1
  const head = syntax.heads[verb]!
  if (head < 0 || head > verb || !reportingControllers.has(syntax.lemmas[head]!.toLowerCase())) return -1
  if (dependents(syntax, head).some((word) => syntax.relations[word] === 'obj' || syntax.relations[word] === 'iobj')) return -1
  return head
}

// Verbs and adjectives whose infinitive happens as the sentence says: going on or starting to
// say something is saying it ("began to argue", "appeared to suggest", "was careful to note",
// "was the first to say"). Not "likely": "is likely to say" foretells a report.
const reportingControllers = new Set(['continue', 'go', 'begin', 'start', 'proceed', 'resume', 'appear', 'seem', 'manage', 'rush', 'hasten', 'quick', 'careful', 'right', 'correct', 'first'])

// What a speaker phrase leaves out: relative and participle clauses, appositions (kept apart),
// punctuation at its edges, and the preposition of a phrase that a relative clause hangs on
// ("in the list which predicts", "by the authorities, who promised").
const described = new Set(['acl', 'acl:relcl', 'punct', 'parataxis', 'advcl', 'dep', 'case'])

/** A speaker phrase in the sentence's word numbers: its name part, apposition and whole extent. */
interface SentencePhrase {
  from: number
  to: number
  apposition: {from: number; to: number} | null
  outer: {from: number; to: number}
}

function speakerPhrase({syntax}: ParsedSentence, subject: number): SentencePhrase | null {
  const tag = syntax.upos[subject]
  if (!nominalTags.has(tag ?? '')) return null
  if (tag === 'PRON' && !speakingPronouns.has(syntax.lemmas[subject]!.toLowerCase())) return null
  // "delegate Mary Susan" is one name with its title; ", a member of the panel," describes.
  const setOff = (word: number) => {
    const first = phraseRange(syntax, word).from
    // (The opening comma may hang on the apposition itself.)
    return first > 0 && (syntax.upos[first - 1] === 'PUNCT' || syntax.upos[first] === 'PUNCT')
  }
  const core = phraseRange(syntax, subject, (relation, word) => (relation === 'appos' ? setOff(word) : described.has(relation)))
  const appositive = dependent(syntax, subject, (relation) => relation === 'appos')
  const apposition = appositive > core.to ? phraseRange(syntax, appositive, (relation) => relation === 'punct') : null
  const whole = phraseRange(syntax, subject)
  return {from: core.from, to: core.to, apposition, outer: {from: Math.min(core.from, whole.from), to: Math.max(core.to, whole.to)}}
}
