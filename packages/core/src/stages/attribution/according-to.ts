import {describeSourcePhrase, readSpeakerAfter, type PhraseMatch, type SpeakerDescription} from '../../language/speaker-phrase.js'
import {dependents, parsedSentenceAt, phraseRange} from '../../language/tree.js'
import {describe, type CueHit, type CueResult, type Scope} from './claim-draft.js'
import {contentStart, contrastive, cueIndex, dashTokens, documentAuthor, hasWords, isOpening, sentenceEnds, SOURCE_TAIL, sourceModifiers, spanOfTokens, startsUpper, trimEnd, wholeQuotation} from './cue.js'
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
  // The report of a source phrase: after the comma that closes it, or before the cue.
  const report = (phrase: PhraseMatch, speaker: SpeakerDescription): CueResult | null => {
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
  const phrase = source(hit.to + 1)
  const speaker = phrase ? describe(scope, phrase) : null
  const read = phrase && speaker ? report(phrase, speaker) : null
  if (read) return read
  // After a comma, or opening the sentence, "according to" names a source whatever its noun;
  // "went according to plan" names none.
  const parsed = opening || before?.text === ',' ? parsedSource(scope, hit) : null
  return parsed ? report(parsed.phrase, parsed.description) : null
}

/**
 * The noun phrase the parse puts after "according to" when the speaker grammar reads no speaker
 * in it: the noun the cue is a case marker of, with everything it heads ("three television
 * networks", "a review of available transcripts", "the most recent data available from the
 * agency"). A bare singular noun ("according to the weather") must be narrowed by a modifier
 * or be plural to count: on its own it too often says how, not who.
 */
function parsedSource(scope: Scope, hit: CueHit): {phrase: PhraseMatch; description: SpeakerDescription} | null {
  const {tokens} = scope
  const parsed = parsedSentenceAt(scope.language, scope.block, tokens, tokens[hit.from]!.start)
  if (!parsed) return null
  const {syntax, base} = parsed
  const word = hit.from - base
  if (word < 0 || word >= syntax.heads.length || syntax.relations[word] !== 'case') return null
  const head = syntax.heads[word]!
  const noun = base + head
  if (noun <= hit.to || noun > scope.to || (syntax.upos[head] !== 'NOUN' && syntax.upos[head] !== 'PROPN')) return null
  // The phrase opens right after "to": nothing of the report stands between (the comma before
  // the cue may hang on the noun).
  const left = phraseRange(syntax, head, (relation, child) => child > head || child === word || relation === 'punct')
  if (base + left.from !== hit.to + 1) return null
  const plural = syntax.upos[head] === 'NOUN' && syntax.lemmas[head] !== tokens[noun]!.lower
  const narrowed = dependents(syntax, head).some((child) => child !== word && !['det', 'punct', 'case', 'cc'].includes(syntax.relations[child]!))
  if (!plural && !narrowed) return null
  // "According to its estimate", "according to his wishes": the owner is the source, and this
  // phrase cannot name it.
  if (possessives.has(tokens[hit.to + 1]!.lower)) return null
  // "She told the BBC the advice should have been attached, according to the code": a source
  // inside a report, or heading one ("According to the text, he told delegates …"), qualifies
  // that report; it makes no claim of its own.
  for (let w = syntax.heads[head]!, steps = 0; w >= 0 && steps < syntax.heads.length; w = syntax.heads[w]!, steps++) {
    if (syntax.upos[w] === 'VERB' && cueIndex.has(tokens[base + w]!.lower)) return null
  }
  // The source ends at the comma after its noun: past it the parse may hang an apposition or
  // the report.
  let to = base + phraseRange(syntax, head).to
  for (let k = noun + 1; k < to; k++) if (tokens[k]!.text === ',') to = k
  while (to > noun && !tokens[to]!.word) to--
  if (to > scope.to || to - hit.to > SOURCE_SPAN) return null
  for (let k = hit.to + 1; k <= to; k++) if (scope.inQuote[k] !== -1 || scope.markOf[k] !== 0) return null
  const description = describeSourcePhrase(scope.text, tokens, hit.to + 1, to)
  return description ? {phrase: {from: hit.to + 1, to, apposition: null, outer: {from: hit.to + 1, to}}, description} : null
}

// The longest source phrase the parse may give, in tokens.
const SOURCE_SPAN = 30
const possessives = new Set(functionWords.possessiveDeterminers)

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
