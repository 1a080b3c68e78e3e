import {readSpeakerAfter, type PhraseMatch, type SpeakerDescription} from '../../language/speaker-phrase.js'
import {hasRelation, parsedSentenceAt} from '../../language/tree.js'
import {determiners} from '../../language/event-grammar.js'
import {describe, type CueHit, type CueResult, type Scope} from './claim-draft.js'
import {closingMarks, contentAfter, contentStart, hasWords, isAdverbialOpener, isOpening, namesATime, plainSpeech, quotationEndingAt, spanOfTokens, trimEnd, wholeQuotation} from './cue.js'

/**
 * Attribute through a cue with its speaker after it: the cue after the report and a comma or a
 * closing mark ("…," said Okafor; CLAUSE, said the ministry), or a cue of plain saying that
 * opens the sentence ("Said Okonjo: “…”"). Not after "told": what follows it is whom, not who.
 *
 * > | "We will not leave this town," said Okafor.
 *       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^  ^^^^ ^^^^^^
 *       content                       cue  speaker
 *
 * Returns undefined when neither shape applies, so that the families after it try.
 */
export function speakerAfter(scope: Scope, hit: CueHit, min: number): CueResult | null | undefined {
  const {tokens, to} = scope
  const entry = hit.entry
  const before = hit.from > min ? tokens[hit.from - 1]! : null
  // The speaker phrase after the cue, read once for the two shapes below.
  let after: {phrase: PhraseMatch | null; description: SpeakerDescription | null} | undefined
  const readAfter = () => {
    if (!after) {
      const phrase = readSpeakerAfter(tokens, hit.to + 1, to + 1)
      after = {phrase, description: phrase ? describe(scope, phrase) : null}
    }
    return after
  }

  // "Said Okonjo: “…”", "Added one official, …": the cue opens the sentence, its speaker follows.
  if (plainSpeech.has(entry.lemma) && hit.from === hit.verb && entry.lemma !== 'tell' && isOpening(scope, min, hit.from)) {
    const {phrase: phraseAfter, description: descriptionAfter} = readAfter()
    const mark = phraseAfter ? tokens[phraseAfter.outer.to + 1] : undefined
    // "Added Monday, …" is when, not who.
    if (phraseAfter && descriptionAfter && !descriptionAfter.pronoun && !namesATime(tokens, phraseAfter.from, phraseAfter.to) && (mark?.text === ':' || mark?.text === ',')) {
      const body = contentAfter(scope, hit, phraseAfter.outer.to + 2)
      if (body && (body.quotation || hasWords(scope.text, spanOfTokens(tokens, body.range.from, body.range.to), 2))) {
        return {speaker: {phrase: phraseAfter, description: descriptionAfter}, sameSpeakerAs: null, content: body.range, quotation: body.quotation, after: true, that: body.that, outer: {from: hit.from, to: body.range.to}, cutAt: hit.from}
      }
    }
  }

  // The speaker after the cue: "…," said Okafor  /  CLAUSE, said the ministry. Not after
  // "told": what follows it is whom, not who ("…, told the BBC that …").
  if (before && (before.text === ',' || closingMarks.has(before.text)) && entry.frame !== 'tell') {
    const {phrase: phraseAfter, description: descriptionAfter} = readAfter()
    if (phraseAfter && descriptionAfter && !descriptionAfter.pronoun) {
      const speaker = {phrase: phraseAfter, description: descriptionAfter}
      const quoted = quotationEndingAt(scope, hit.from - 1, min)
      if (!quoted && subjectOfReport(scope, hit, phraseAfter)) return undefined
      // "'…' encouraged the regulator to act": whom the cue asks to do something is its
      // object, not an inverted speaker.
      const afterTo = tokens[phraseAfter.outer.to + 2]
      if (tokens[phraseAfter.outer.to + 1]?.lower === 'to' && afterTo?.word && !determiners.has(afterTo.lower) && !/^\p{Lu}/u.test(afterTo.text)) return undefined
      if (quoted && isOpening(scope, min, quoted.start)) {
        return {speaker, sameSpeakerAs: null, content: {from: quoted.start, to: hit.from - 1}, quotation: quoted.quotation, after: false, that: false, outer: {from: quoted.start, to: phraseAfter.outer.to}, cutAt: hit.from}
      }
      const contentFrom = contentStart(scope, min, hit.from - 1)
      const end = trimEnd(scope, contentFrom, hit.from - 1)
      const quotation = end < contentFrom ? null : wholeQuotation(scope, contentFrom, end)
      // "For instance, said Ms Ruiz, the plant closed.", "Instead, said the firm, …": an
      // opening connective or adverbial of a word or two is no report; the report follows the
      // speaker. An apposition that runs on into a verb was the report's subject ("said Mr
      // Ruiz, the firm had to …"): the report starts after the name.
      const comma = tokens[phraseAfter.outer.to + 1]?.text === ',' ? phraseAfter.outer.to + 1 : phraseAfter.to + 1
      // ("The vote, said the minister, was fair": a subject before the cue is part of the report.)
      if (!quotation && tokens[comma]?.text === ',' && (end < contentFrom || isAdverbialOpener(tokens, contentFrom, end))) {
        const rest = trimEnd(scope, comma + 1, to)
        if (rest >= comma + 1 && hasWords(scope.text, spanOfTokens(tokens, comma + 1, rest), 3)) {
          return {speaker, sameSpeakerAs: null, content: {from: comma + 1, to: rest}, quotation: wholeQuotation(scope, comma + 1, rest), after: true, that: false, outer: {from: Math.min(contentFrom, hit.from), to: rest}, cutAt: hit.from}
        }
      }
      if (end < contentFrom) return null
      return {speaker, sameSpeakerAs: null, content: {from: contentFrom, to: end}, quotation, after: false, that: false, outer: {from: contentFrom, to: phraseAfter.outer.to}, cutAt: hit.from}
    }
  }
  return undefined
}

// Relations of a word that modifies a noun after it: "the US race", "Ireland's plan".
const modifierRelations = new Set(['compound', 'amod', 'nmod:poss'])

/**
 * Whether the phrase read after the cue is, in the parse, the subject of the cue's clause
 * complement (or a modifier of that subject) and not the cue's own subject: then the words
 * before the comma are the speaker with its apposition, and the report follows the cue.
 *
 * > | The organisers, who met on Friday, said the player has an injury.
 *                                         ^^^^ ^^^^^^^^^^ subject of "has", not of "said"
 */
function subjectOfReport(scope: Scope, hit: CueHit, phrase: PhraseMatch): boolean {
  const {tokens} = scope
  // "…, said Ana Ruiz." and "…, said Ana Ruiz, a lawyer": nothing of a clause follows. ("The
  // ruling, said Ana Ruiz, a lawyer, changes …": the name set off by commas is the speaker.)
  if (phrase.apposition || !tokens[phrase.to + 1]?.word) return false
  const parsed = parsedSentenceAt(scope.language, scope.block, tokens, tokens[hit.verb]!.start)
  if (!parsed) return false
  const {syntax, base} = parsed
  const verb = hit.verb - base
  for (let word = phrase.from - base; word <= phrase.to - base; word++) {
    if (word < 0) continue
    // "…, said the US race was close", "…, has applauded Ireland's plan": the phrase is the
    // possessor of a noun after it, or modifies one that belongs to another clause than the
    // cue's ("…, says the Kestrel building society", "…, said the operators of the Kestrel
    // site" name the speaker).
    const head = syntax.heads[word]!
    const relation = syntax.relations[word]!
    if (head > phrase.to - base) {
      const above = syntax.heads[head]!
      const inPhrase = above >= phrase.from - base && above <= phrase.to - base
      if (relation === 'nmod:poss' || (modifierRelations.has(relation) && above !== verb && !inPhrase)) return true
    }
    if (!hasRelation(syntax, word, 'nsubj')) continue
    const clause = syntax.heads[word]!
    if (clause > verb && syntax.heads[clause] === verb && syntax.relations[clause] === 'ccomp') return true
  }
  return false
}
