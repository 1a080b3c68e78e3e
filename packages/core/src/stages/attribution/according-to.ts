import {readSpeakerAfter, type PhraseMatch} from '../../language/speaker-phrase.js'
import {describe, type CueHit, type CueResult, type Scope} from './claim-draft.js'
import {contentStart, contrastive, dashTokens, documentAuthor, hasWords, isOpening, sentenceEnds, SOURCE_TAIL, sourceModifiers, spanOfTokens, startsUpper, trimEnd, wholeQuotation} from './cue.js'
import * as functionWords from '../../lexicon/function-words.js'

/**
 * Attribute through "according to": the source after it, the report before it or after the
 * comma that closes the source.
 *
 * > | Talks will resume in May, according to the ministry.
 *     ^^^^^^^^^^^^^^^^^^^^^^^^  ^^^^^^^^^^^^ ^^^^^^^^^^^^
 *     content                   cue          speaker
 */
export function accordingTo(scope: Scope, hit: CueHit, min: number): CueResult | null {
  const {tokens, from, to} = scope
  const before = hit.from > min ? tokens[hit.from - 1]! : null
  const opening = hit.from === min || isOpening(scope, min, hit.from)
  // "According to police, officers saw …": what follows the comma is the report, not an
  // apposition, unless a comma closes it ("According to Ana Ruiz, a spokeswoman, …").
  const source = (from: number): PhraseMatch | null => {
    const found = readSpeakerAfter(tokens, from, to + 1) ?? modifiedSource(scope, from)
    if (found?.apposition && tokens[found.outer.to]?.text !== ',' && tokens[found.to + 1]?.text === ',' && opening) {
      return {...found, apposition: null, outer: {from: found.outer.from, to: found.to}}
    }
    return found
  }
  let phrase = source(hit.to + 1)
  let speaker = phrase ? describe(scope, phrase) : null
  if (!phrase || !speaker) return null
  const author = documentAuthor(scope, phrase, source)
  if (author) ({phrase, description: speaker} = author)
  // A source with a modifier after it runs on to the comma or the sentence's end:
  // "According to officials from the ministry, …", "…, according to a report released Tuesday."
  const modifier = tokens[phrase.outer.to + 1]
  if (phrase.apposition === null && modifier && (sourceModifiers.has(modifier.lower) || (/ed$/.test(modifier.lower) && !startsUpper(modifier.text)))) {
    let j = phrase.outer.to + 1
    while (j <= to && j <= phrase.outer.to + SOURCE_TAIL && (tokens[j]!.word || tokens[j]!.text === '-' || tokens[j]!.text === '&') && scope.inQuote[j] === -1) j++
    const stop = tokens[j]
    if (j > phrase.outer.to + 1 && (j > to || stop?.text === ',' || (stop !== undefined && sentenceEnds.includes(stop.text)))) phrase = {...phrase, outer: {from: phrase.outer.from, to: j - 1}}
  }
  // The comma after the source, or the one that closes its apposition.
  const next = tokens[phrase.outer.to]!.text === ',' ? phrase.outer.to : phrase.outer.to + 1
  if (next <= to && tokens[next]!.text === ',' && opening) {
    let stop = to
    for (let k = next + 1; k < to; k++) {
      if (tokens[k]!.text === ',' && scope.inQuote[k] === -1 && contrastive.has(tokens[k + 1]!.lower)) {
        stop = k - 1
        break
      }
    }
    const end = trimEnd(scope, next + 1, stop)
    // "According to the network, basically.": one word reports nothing.
    if (end < next + 1 || !hasWords(scope.text, spanOfTokens(tokens, next + 1, end), 2)) return null
    return {speaker: {phrase, description: speaker}, sameSpeakerAs: null, content: {from: next + 1, to: end}, quotation: null, after: true, that: true, outer: {from: hit.from, to: end}, cutAt: hit.from}
  }
  // "… 46 percent to 39 percent according to a poll released Monday.": with no comma, the
  // source must end the sentence, and the report is the sentence before the cue.
  const unmarked = before !== null && before.word && scope.inQuote[hit.from - 1] === -1 && (phrase.outer.to + 1 > to || sentenceEnds.includes(tokens[phrase.outer.to + 1]!.text))
  if (before && (before.text === ',' || dashTokens.has(before.text) || unmarked)) {
    const start = contentStart(scope, min, hit.from - 1)
    const end = trimEnd(scope, start, unmarked ? hit.from - 1 : hit.from - 2)
    if (end < start) return null
    const quotation = wholeQuotation(scope, start, end)
    return {speaker: {phrase, description: speaker}, sameSpeakerAs: null, content: {from: start, to: end}, quotation, after: false, that: false, outer: {from: start, to: phrase.outer.to}, cutAt: unmarked ? hit.from : hit.from - 1}
  }
  return null
}

/**
 * A source whose noun follows an article and modifiers the speaker phrase reader stops at
 * ("a newly uncovered email", "early results of exit polls"): up to three lower-case words
 * before the noun; the phrase keeps the article and the modifiers.
 */
function modifiedSource(scope: Scope, from: number): PhraseMatch | null {
  const {tokens, to} = scope
  let k = from
  if (k <= to && articles.has(tokens[k]!.lower)) k++
  for (let skipped = 0; skipped < 3 && k < to; skipped++) {
    const t = tokens[k]!
    if (!t.word || startsUpper(t.text) || !/(?:ly|ed)$/.test(t.lower)) break
    k++
    const found = readSpeakerAfter(tokens, k, to + 1)
    if (found && found.from === k) return {...found, from: k, outer: {from, to: found.outer.to}}
  }
  return null
}

const articles = new Set(functionWords.articles)
