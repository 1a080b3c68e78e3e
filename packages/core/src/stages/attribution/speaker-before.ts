import type {Token} from '../../language/tokens.js'
import {readSpeakerBefore, type PhraseMatch, type SpeakerDescription} from '../../language/speaker-phrase.js'
import {quantitySpeaker, readQuantityBefore} from '../../language/quantity-phrase.js'
import {describe, type CueHit, type CueResult, type Draft, type Scope} from './claim-draft.js'
import {namedPerson, nominalSpeaker, placingTime, taggedCue, verbSubject} from './reported-clause.js'
import {dependents, hasRelation, parsedSentenceAt, phraseRange} from '../../language/tree.js'
import {connectives, coordinators} from '../../lexicon/function-words.js'
import {beforePassive, contentAfter, plainSpeech, contentStart, hasNoReport, hasWords, isAdverbialOpener, isOpening, possessorOf, prepositions, quotationEndingAt, relativeEnd, singularDeterminers, skipAdjunctsBack, skipConnectives, spanOfTokens, startsUpper, subordinators, tailEnd, thatAt, trimEnd, unclosedApposition, wholeQuotation} from './cue.js'

/**
 * Attribute through a cue with its speaker before it: "X said", "X, a member of …, said",
 * "X on Wednesday called on", "an architect who said …", and a possessor of a noun cue
 * ("Reyes’s claim that …").
 *
 * > | Novak also alleged that the council was blocking aid …
 *     ^^^^^      ^^^^^^^      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^
 *     speaker    cue          content
 *
 * Returns undefined when no speaker stands before the cue, so that the families after it try.
 */
export function speakerBefore(scope: Scope, hit: CueHit, min: number): CueResult | null | undefined {
  const {tokens, to} = scope
  const entry = hit.entry
  let back = skipAdjunctsBack(tokens, hit.from, min)
  // "an architect who said …", "Ms. Ruiz, who …": the speaker stands before the relative pronoun.
  const relative = back - 1 > min && (tokens[back - 1]!.lower === 'who' || tokens[back - 1]!.lower === 'which')
  if (relative) back = tokens[back - 2]!.text === ',' ? back - 2 : back - 1
  let phrase = back > min ? readSpeakerBefore(tokens, back, min) : null
  if (phrase) phrase = unclosedApposition(scope, phrase, min)
  // "he’s said", "they’re warning": a pronoun fused with the helper of the cue.
  const fused = !relative && back - 1 >= min ? fusedSubject(scope, back - 1) : null
  if (fused) phrase = fused.phrase
  // "Editor’s note:", "the ministry’s statement": a possessive makes the cue a noun, which
  // reports only what its "that" clause says: "Reyes’s claim that the vote was rigged".
  const possessor = phrase !== null && !fused && phrase.apposition === null && /'s?$/.test(tokens[phrase.to]!.lower) && phrase.outer.to === phrase.to
  if (phrase && possessor) phrase = possessorOf(tokens, phrase, hit)
  // "A US government claim accusing …": after a singular "a" or "an", a bare form ("claim",
  // "report") is a noun, and reports only what its "that" clause says ("a Times report that …").
  if (phrase && hit.from === hit.verb && singularDeterminers.has(tokens[phrase.outer.from]!.lower) && tokens[hit.verb]!.lower === hit.entry.lemma.split(' ')[0] && thatAt(tokens, hit.to + 1, scope.to) === -1) phrase = null
  // "Somehow, after all that, the plan held, says Tom Reyes": read back past its commas, the
  // phrase is an opener, when the parse gives the cue its subject after it.
  if (phrase && phrase.apposition && subjectAfter(scope, hit)) return undefined
  let description = fused ? fused.description : phrase ? describe(scope, phrase) : null
  if (phrase && description && !possessor && !relative) {
    const whole = wholeSubject(scope, hit, min, phrase, description)
    if (whole) ({phrase, description} = whole)
  }
  // "Nearly half said …", "About 4 in 10 say …": a share of respondents.
  if (!phrase || !description) {
    const share = back > min && isVerb(scope, hit) ? shareBefore(scope, back, min) : null
    if (share) ({phrase, description} = share)
  }
  // "CLAUSE, a lawyer representing the family said.": a subject the speaker grammar cannot
  // read whole (a participle or a relative clause on its noun), between the report's comma and
  // a cue of plain saying that ends the sentence.
  if ((!phrase || !description) && !relative && back > min && plainSpeech.has(entry.lemma) && sentenceEndAfter(tokens, hit.to, to) && isVerb(scope, hit)) {
    const subject = parsedSubjectAfterComma(scope, hit, back, min)
    if (subject) ({phrase, description} = subject)
  }
  if (phrase && description) {
    const speaker = {phrase, description}
    let opener = phrase.outer.from - 1
    // "…," X said  /  "…" X said; "…," retired general X said: a participle before the
    // speaker phrase belongs to it.
    if (opener - 1 >= min && tokens[opener]!.word && !startsUpper(tokens[opener]!.text) && /ed$/.test(tokens[opener]!.lower) && quotationEndingAt(scope, opener - 1, min)) opener--
    const quoted = quotationEndingAt(scope, opener, min)
    if (quoted) {
      const {quotation, start} = quoted
      const afterEnd = tailEnd(scope, hit.to + 1)
      // '"… of the town. " A spokesman said the ministry had no comment': a quotation
      // that ends its own sentence is not the report of a cue that has a report after it.
      const sentenceOwn = /[.!?]/.test(scope.text.slice(quotation.content.start, quotation.content.end).trimEnd().slice(-1))
      const reported = sentenceOwn && !hasNoReport(scope, hit) ? contentAfter(scope, hit, hit.to + 1) : null
      if (reported) {
        return {speaker, sameSpeakerAs: null, content: reported.range, quotation: reported.quotation, after: true, that: reported.that, outer: {from: phrase.outer.from, to: reported.range.to}, cutAt: phrase.outer.from}
      }
      if (isOpening(scope, min, start)) {
        return {speaker, sameSpeakerAs: null, content: {from: start, to: opener}, quotation, after: false, that: false, outer: {from: start, to: Math.max(hit.to, afterEnd)}, cutAt: phrase.outer.from}
      }
      // A quotation inside an opening phrase ("On the broadcast of “Sunday Talk,” X said …")
      // is no report when a report follows the cue.
      const following = contentAfter(scope, hit, hit.to + 1)
      if (following && !hasNoReport(scope, hit)) {
        return {speaker, sameSpeakerAs: null, content: following.range, quotation: following.quotation, after: true, that: following.that, outer: {from: phrase.outer.from, to: following.range.to}, cutAt: phrase.outer.from}
      }
      const contentFrom = contentStart(scope, min, opener)
      const end = trimEnd(scope, contentFrom, opener)
      return {speaker, sameSpeakerAs: null, content: {from: contentFrom, to: end}, quotation: null, after: false, that: false, outer: {from: contentFrom, to: hit.to}, cutAt: phrase.outer.from}
    }
    // "During his years in office, X said, a majority …": an opening adjunct is no report.
    const openerWord = tokens[skipConnectives(scope, min)]
    const adjunctFirst = openerWord !== undefined && (subordinators.has(openerWord.lower) || prepositions.has(openerWord.lower))
    if (adjunctFirst && tokens[hit.to + 1]?.text === ',' && tokens[hit.to + 2]?.word && !/ing$/.test(tokens[hit.to + 2]!.lower)) {
      const body = contentAfter(scope, hit, hit.to + 1)
      if (body) return {speaker, sameSpeakerAs: null, content: body.range, quotation: body.quotation, after: true, that: body.that, outer: {from: phrase.outer.from, to: body.range.to}, cutAt: phrase.outer.from}
    }
    // CLAUSE, X said [adjuncts]. Only connectives before the comma ("Also, he said, …"): the
    // report follows.
    // Nor an opening adjunct ("In December, the EU pledged to …").
    const opening = skipConnectives(scope, min)
    const adjunctOnly = opening < opener && prepositions.has(tokens[opening]!.lower) && opener - opening <= 6
    const clauseBefore = opener >= min && tokens[opener]!.text === ',' && opening < opener && !adjunctOnly
    // "Holding up a book, the mayor said, “…”": a quotation after the cue's comma or colon is
    // its report when the phrase before the speaker only sets the scene: a phrase of place or
    // time, a participle. A clause there may be the report's first part ("If it passes, she
    // said, “we will …”"); "Asked whether …, X said" reports the question (asked-question.ts).
    if (clauseBefore && quotationAfter(scope, hit) && setsScene(scope, min)) {
      const body = contentAfter(scope, hit, hit.to + 2)
      if (body?.quotation) return {speaker, sameSpeakerAs: null, content: body.range, quotation: body.quotation, after: true, that: false, outer: {from: phrase.outer.from, to: body.range.to}, cutAt: phrase.outer.from}
    }
    if (clauseBefore && hasNoReport(scope, hit)) {
      const contentFrom = contentStart(scope, min, opener)
      const end = trimEnd(scope, contentFrom, opener - 1)
      if (end < contentFrom) return null
      const quotation = wholeQuotation(scope, contentFrom, end)
      // "Already, he said, friends had …": an adverb of a word or two before the speaker is
      // no report; the report follows the cue's comma.
      const opensOnly = !quotation && tokens[hit.to + 1]?.text === ',' && isAdverbialOpener(tokens, contentFrom, end)
      const following = opensOnly ? contentAfter(scope, hit, hit.to + 1) : null
      if (following && hasWords(scope.text, spanOfTokens(tokens, following.range.from, following.range.to), 3)) {
        return {speaker, sameSpeakerAs: null, content: following.range, quotation: following.quotation, after: true, that: following.that, outer: {from: contentFrom, to: following.range.to}, cutAt: phrase.outer.from}
      }
      return {speaker, sameSpeakerAs: null, content: {from: contentFrom, to: end}, quotation, after: false, that: false, outer: {from: contentFrom, to: hit.to}, cutAt: phrase.outer.from}
    }
    const body = contentAfter(scope, hit, hit.to + 1, !possessor && !relative)
    if (!body) return null
    if (body.next) return {speaker, sameSpeakerAs: null, content: body.range, quotation: null, after: true, that: false, outer: {from: phrase.outer.from, to: body.range.to}, cutAt: phrase.outer.from, next: true}
    // "The report, which said prices would rise, was published …": the report ends with the
    // relative clause.
    if (relative && tokens[back]?.text === ',') body.range.to = relativeEnd(scope, body.range.from, body.range.to)
    // "Reyes’s claim that the vote was rigged was denied": the clause ends before the verb of
    // the sentence the claim is the subject of.
    if (possessor && isOpening(scope, min, phrase.outer.from)) body.range.to = beforePassive(scope, body.range.from, body.range.to)
    return {speaker, sameSpeakerAs: null, content: body.range, quotation: body.quotation, after: true, that: body.that, outer: {from: phrase.outer.from, to: body.range.to}, cutAt: phrase.outer.from}
  }
  return undefined
}

/**
 * A subject pronoun fused with a helper in one token, as the subject of the cue after it: "he’s
 * said", "she’s predicting", "they’re warning". The speaker's name is the pronoun alone; "it",
 * "we" and "I" speak for no one the article names, as elsewhere.
 */
function fusedSubject(scope: Scope, at: number): {phrase: PhraseMatch; description: SpeakerDescription} | null {
  const token = scope.tokens[at]!
  const match = /^(he|she|they)['’](?:s|re|ve|d)$/i.exec(token.text)
  if (!match || scope.inQuote[at] !== -1) return null
  const pronoun = match[1]!
  const span = {start: token.start, end: token.start + pronoun.length}
  const name = pronoun.toLowerCase()
  const description: SpeakerDescription = {name, nameSpan: span, kind: name === 'they' ? 'group' : 'person', titles: [], affiliation: null, pronoun: true, titleOnly: false, role: null, phrase: pronoun, phraseSpan: span}
  return {phrase: {from: at, to: at, apposition: null, outer: {from: at, to: at}}, description}
}

/**
 * A share of respondents as the speaker before a cue ("Nearly half said", "About 4 in 10 say",
 * "Most of them said"), at the opening of the sentence or after a comma, "and" or "but".
 */
export function shareBefore(scope: Scope, end: number, min: number): {phrase: PhraseMatch; description: SpeakerDescription} | null {
  const {tokens} = scope
  const phrase = readQuantityBefore(tokens, end, min)
  if (!phrase) return null
  for (let k = phrase.from; k <= phrase.to; k++) if (scope.inQuote[k] !== -1 || scope.markOf[k] !== 0) return null
  const before = phrase.from > min ? tokens[phrase.from - 1]!.lower : null
  if (!(isOpening(scope, min, phrase.from) || (before !== null && shareOpeners.has(before)))) return null
  return {phrase, description: quantitySpeaker(scope.text, tokens, phrase)}
}

// What may stand right before a share that is a report's subject: "…, and 44 percent said".
const shareOpeners = new Set([',', 'and', 'but', 'while', 'whereas', 'with', ';'])

// Whether the tags make the cue a verb: after a share, "state" and "elaborate" may be other words.
/**
 * The cue's subject in the parse, when it fills the words between a comma and the cue: the
 * speaker of "CLAUSE, a lawyer representing the family said". Null otherwise.
 */
function parsedSubjectAfterComma(scope: Scope, hit: CueHit, back: number, min: number): {phrase: PhraseMatch; description: SpeakerDescription} | null {
  const {tokens} = scope
  const parsed = parsedSentenceAt(scope.language, scope.block, tokens, tokens[hit.verb]!.start)
  if (!parsed) return null
  const verb = hit.verb - parsed.base
  const subject = verbSubject(parsed, verb)
  if (subject < 0 || subject >= verb) return null
  const found = nominalSpeaker(scope, parsed, subject, min)
  if (!found || found.phrase.outer.to !== back - 1) return null
  // (The parse may hang the comma on the subject itself.)
  const {outer} = found.phrase
  if (tokens[outer.from]!.text === ',') return outer.from > min ? {...found, phrase: {...found.phrase, outer: {from: outer.from + 1, to: outer.to}}} : null
  return outer.from - 1 > min && tokens[outer.from - 1]!.text === ',' ? found : null
}

// Whether only the sentence's closing punctuation follows token `at` (up to `to`).
function sentenceEndAfter(tokens: readonly Token[], at: number, to: number): boolean {
  const next = tokens[at + 1]
  return at + 1 > to || (next !== undefined && (next.text === '.' || next.text === '!' || next.text === '?'))
}

function isVerb(scope: Scope, hit: CueHit): boolean {
  const tagged = taggedCue(scope, hit)
  return tagged !== null && tagged.tags[hit.verb - tagged.base] === 'VERB'
}

/**
 * A cue in a relative clause on the speaker of the claim before it: "…," said Ana Ruiz, who
 * noted that …; the speaker of both is the same.
 *
 * > | “Revenues are up,” said Mr. Ekovich, who noted that prices had fallen.
 *                             ^^^^^^^^^^^       ^^^^^^      ^^^^^^^^^^^^^^^^^^ content
 *                             speaker of both   cue
 *
 * Null unless the earlier claim's speaker phrase ends its attribution right before ", who".
 */
export function relativeToLast(scope: Scope, hit: CueHit, min: number, last: Draft | null): CueResult | null {
  const {tokens} = scope
  if (!last || last.speaker < 0 || last.after || hit.participle) return null
  const back = skipAdjunctsBack(tokens, hit.from, min)
  if (back - 2 !== last.outer.to + 1 || tokens[back - 1]!.lower !== 'who' || tokens[back - 2]!.text !== ',') return null
  const body = contentAfter(scope, hit, hit.to + 1)
  if (!body) return null
  return {speaker: null, sameSpeakerAs: last, content: body.range, quotation: body.quotation, after: true, that: body.that, outer: {from: back - 1, to: body.range.to}, cutAt: back - 1}
}

/**
 * The main verb after a relative clause that reported through its own cue: "X, who said A,
 * said B" gives B to X as well.
 *
 * > | Barkley, who said he votes Democratic, said one candidate he likes is Kasich.
 *     ^^^^^^^                                ^^^^ ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
 *     speaker of both                        cue  content
 *
 * Null unless the claim before ends its report right before the comma before this cue, and its
 * cue follows ", who" or ", which".
 */
export function afterRelative(scope: Scope, hit: CueHit, min: number, last: Draft | null): CueResult | null {
  const {tokens} = scope
  if (!last || last.speaker < 0 || !last.after || !last.content || !last.claim.cue || hit.participle) return null
  const back = skipAdjunctsBack(tokens, hit.from, min)
  if (back - 1 !== last.content.to + 1 || tokens[back - 1]!.text !== ',') return null
  // The earlier cue opens a relative clause set off by a comma: ", who said …".
  let cue = last.content.from - 1
  while (cue > scope.from && tokens[cue]!.start > last.claim.cue.span.start) cue--
  let relative = cue - 1
  while (relative > scope.from && relative >= cue - 3 && !relativeWords.has(tokens[relative]!.lower)) relative--
  if (!relativeWords.has(tokens[relative]?.lower ?? '') || tokens[relative - 1]?.text !== ',') return null
  const body = contentAfter(scope, hit, hit.to + 1)
  if (!body) return null
  return {speaker: null, sameSpeakerAs: last, content: body.range, quotation: body.quotation, after: true, that: body.that, outer: {from: hit.from, to: body.range.to}, cutAt: hit.from}
}

const relativeWords = new Set(['who', 'which'])

/**
 * The cue's whole subject when the parse gives it a common noun and the phrase read back from
 * the cue lies in what follows the noun: the people and what places them, not the place alone.
 *
 * > | Policy makers in Europe have called for a tax …
 *     ^^^^^^^^^^^^^^^^^^^^^^^ (not "Europe")
 * > | A survey by the Kestrel Institute found …
 *       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ (not "Kestrel Institute")
 */
function wholeSubject(scope: Scope, hit: CueHit, min: number, phrase: PhraseMatch, read: SpeakerDescription): {phrase: PhraseMatch; description: SpeakerDescription} | null {
  if (read.pronoun || namedPerson(read)) return null
  // The whole subject holds the phrase read after its own head, joined by a preposition ("in",
  // "by", "like") or a conjunction ("wine makers and farmers"): without one before the phrase,
  // the parse has nothing to add, and the sentence need not be parsed for it.
  // (The whole phrase is words only: the search stops at punctuation.)
  let joined = false
  for (let k = phrase.from - 1; k >= Math.max(min, phrase.from - 12) && !joined && scope.tokens[k]!.word; k--) {
    const word = scope.tokens[k]!.lower
    joined = prepositions.has(word) || joiningConjunctions.has(word)
  }
  if (!joined) return null
  const parsed = parsedSentenceAt(scope.language, scope.block, scope.tokens, scope.tokens[hit.verb]!.start)
  if (!parsed) return null
  const {syntax, base} = parsed
  const verb = hit.verb - base
  if (verb < 0 || verb >= syntax.heads.length || syntax.upos[verb] !== 'VERB') return null
  const subject = verbSubject(parsed, verb)
  if (subject < 0 || subject > verb || syntax.upos[subject] !== 'NOUN') return null
  const whole = nominalSpeaker(scope, parsed, subject, min)
  if (!whole || whole.phrase.apposition || phrase.apposition) return null
  // A name the whole phrase gives must be the one read ("study by the Pew Internet and American
  // Life Project" names no "Life Project").
  if (namedPerson(whole.description) && whole.description.name !== read.name) return null
  const {from, to} = whole.phrase
  // Only a phrase that holds the one read, with words of its own around it, and no comma.
  if (from > phrase.from || to < phrase.to || (from === phrase.from && to === phrase.to) || to >= hit.from) return null
  for (let i = from; i <= to; i++) if (!scope.tokens[i]!.word) return null
  // Only words read after the head, in what places it: when the words read hold the head, they
  // are the people themselves ("Officials at the Pentagon", "Lawyers for the family"), and
  // words the parse adds before it only are as often a misreading ("which human rights groups").
  if (phrase.from <= subject + base) return null
  // "And producer X said": a conjunction or connective opens the sentence, not the subject.
  if (openers.has(scope.tokens[from]!.lower)) return null
  // "the report on Wednesday for the first time cited": when, not who.
  for (let i = subject + base + 1; i <= to; i++) if (placingTime.has(scope.tokens[i]!.lower) || scope.tokens[i]!.lower === 'time') return null
  return whole
}

const openers = new Set([...coordinators, ...connectives])
// What joins a second noun to a subject's head besides a preposition: "wine makers and farmers",
// "proponents like Mr Ruiz".
const joiningConjunctions = new Set([...coordinators, 'like', '&'])
const closingPunctuation = new Set([',', '.', ';', '!', '?', '–', '—'])

// Whether the parse gives the cue a subject right after it that ends the sentence or its clause,
// with a comma right before the cue: "CLAUSE, says Tom Reyes." (A subject with words after it is
// as often the report's own, misread: "X, a spokesman, said the union expected …".)
function subjectAfter(scope: Scope, hit: CueHit): boolean {
  const {tokens} = scope
  if (hit.from !== hit.verb || tokens[hit.from - 1]?.text !== ',') return false
  const parsed = parsedSentenceAt(scope.language, scope.block, tokens, tokens[hit.verb]!.start)
  if (!parsed) return false
  const {syntax, base} = parsed
  const verb = hit.verb - base
  // "…, adds Tom Reyes.": a name the parse reads as the object of a verb of saying is its
  // subject too.
  const naming = plainSpeech.has(hit.entry.lemma) && hit.entry.lemma !== 'tell'
  for (const word of dependents(syntax, verb)) {
    if (word <= verb || !(hasRelation(syntax, word, 'nsubj') || naming && syntax.relations[word] === 'obj' && syntax.upos[word] === 'PROPN')) continue
    // "…, said Sunday": a time the parse misreads as the subject.
    if (placingTime.has(syntax.lemmas[word]!.toLowerCase())) continue
    const range = phraseRange(syntax, word)
    if (range.from !== verb + 1) continue
    // "said the union expected production to rise": a verb before any comma makes the phrase
    // a clause, not a name and its apposition.
    // Nor does a quotation mark before that comma ('said the ruling "transforms" the case').
    let k = range.from
    while (k <= range.to && syntax.upos[k] !== 'PUNCT' && syntax.upos[k] !== 'VERB' && syntax.upos[k] !== 'AUX') k++
    if (k <= range.to && tokens[base + k]!.text !== ',') continue
    // Only punctuation that ends the sentence or sets off an apposition follows the subject (a
    // quotation mark after it opens the report: 'said the ruling "transforms" …').
    const next = range.to + 1
    if (next >= syntax.heads.length || closingPunctuation.has(tokens[base + next]!.text)) return true
  }
  return false
}

// Whether a quotation opens right after the cue and its comma or colon: "said, “…”".
function quotationAfter(scope: Scope, hit: CueHit): boolean {
  const mark = hit.to + 2
  return mark <= scope.to && (scope.tokens[hit.to + 1]!.text === ',' || scope.tokens[hit.to + 1]!.text === ':') && scope.markOf[mark]! > 0
}

// Whether the sentence opens, past its connectives, with a preposition (not "while", which opens
// a clause) or a participle in "-ing".
function setsScene(scope: Scope, min: number): boolean {
  const first = scope.tokens[skipConnectives(scope, min)]
  if (!first?.word) return false
  return (prepositions.has(first.lower) && first.lower !== 'while') || (/ing$/.test(first.lower) && first.lower.length > 5)
}
