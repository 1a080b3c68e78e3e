/**
 * Score one record against brat attributions (PolNeAR).
 *
 * - Content: a prediction matches an attribution (one to one) when it shares at least half the
 *   words of the longer with the whole content or with one of its pieces. Once an attribution
 *   in pieces is matched, further predictions that match another of its pieces are neither right
 *   nor wrong.
 * - Exact content: a matched prediction whose span equals the whole content or one of its
 *   pieces after both are trimmed of surrounding whitespace, punctuation and quotation marks
 *   and of a leading "that" (see {@link trimContent}).
 * - Cue: distinct predicted cue spans against distinct gold cue spans, one to one, when they
 *   overlap.
 * - Source, on matched attributions that have a source: right when a name or alias of the
 *   predicted speaker agrees with the source text or with its part before a comma, a
 *   parenthesis, a relative pronoun or a complement (`Clinton`, `Mrs. Clinton`, `Sen. Bernie
 *   Sanders (Vt.), who…`, `Sen. Sherrod Brown of Ohio`), or ending a longer source: `campaign manager Robby Mook`, not `a spokesman for
 *   Trump`), or when one of the speaker's mentions sits tightly on the source span (they share
 *   at least half of the longer): who, not where.
 * - Speech: the same figures restricted to attributions whose cue is a speech verb (see
 *   {@link speechLemma}); predictions matched to a non-speech attribution are left out, and
 *   unmatched ones count when their cue is a speech verb or absent.
 * - Recall by kind of speech: a gold content is direct when every word of it stands inside
 *   quotation marks, mixed when some do, indirect when none do (see {@link speechKinds}).
 */
import type {Article, Claim, Span} from '@onrecord/core'
import {assign} from './assign.js'
import {speechLemma, type BratAttribution} from './brat.js'
import {accuracy, counts, type Accuracy, type Counts} from './metrics.js'
import {nameTokens, namesAgree} from './names.js'
import {charOverlap, wordOverlap, WordIndex} from './words.js'

/** How a content reports speech: quoted whole, quoted in part, or not quoted at all. */
export type SpeechKind = 'direct' | 'mixed' | 'indirect'

/** The kinds, in report order. */
export const speechKinds: readonly SpeechKind[] = ['direct', 'mixed', 'indirect']

/** Recall of gold contents of one kind: found (half the words), and found with the exact span. */
export interface KindRecall {
  /** Gold contents matched by a prediction, out of the gold contents of the kind. */
  content: Accuracy
  /** Gold contents matched with the exact span. */
  exact: Accuracy
}

/** The figures of one group of attributions. */
export interface BratFigures {
  /** Content detection (half the words). */
  content: Counts
  /** Content spans right after trimming. */
  exact: Counts
  /** Cue detection. */
  cue: Counts
  /** Source right on matched attributions with a source. */
  source: Accuracy
  /** Recall by kind of speech. */
  kinds: Record<SpeechKind, KindRecall>
}

/** The scores of one article. */
export interface BratScore {
  /** The text file. */
  file: string
  /** The annotation file scored against. */
  annotation: string
  /** True when there was no record to score. */
  failed: boolean
  /** Every attribution. */
  all: BratFigures
  /** Attributions with a speech cue. */
  speech: BratFigures
  /** What went wrong, item by item, for people reading a report. */
  misses: string[]
}

/** Empty figures. */
export function bratFigures(): BratFigures {
  return {content: counts(), exact: counts(), cue: counts(), source: accuracy(), kinds: kindRecalls()}
}

/** Empty recall by kind. */
export function kindRecalls(): Record<SpeechKind, KindRecall> {
  return {
    direct: {content: accuracy(), exact: accuracy()},
    mixed: {content: accuracy(), exact: accuracy()},
    indirect: {content: accuracy(), exact: accuracy()}
  }
}

/**
 * The stretches of `text` inside quotation marks: curly quotes pair up, a straight quote
 * opens or closes, and a quotation still open at the end of a paragraph ends there (a
 * quotation running over paragraphs reopens each one). Two apostrophes stand for a straight
 * double quote, as some news archives write it (''We will stay,'' she said).
 */
export function quotedStretches(text: string): Span[] {
  const stretches: Span[] = []
  let open: number | null = null
  for (let i = 0; i < text.length; i++) {
    // Two apostrophes are one straight double quote: a quotation opens after both.
    const pair = text[i] === "'" && text[i + 1] === "'"
    if (pair && open === null) {
      open = i + 2
      i++
      continue
    }
    const char = pair ? '"' : text[i]!
    if (char === '\n') {
      if (open !== null) stretches.push({start: open, end: i})
      open = null
    } else if (char === '“' || (char === '"' && open === null)) {
      if (open === null) open = i + 1
    } else if ((char === '”' || char === '"') && open !== null) {
      stretches.push({start: open, end: i})
      open = null
    }
  }
  if (open !== null) stretches.push({start: open, end: text.length})
  return stretches
}

/** The kind of speech of each content: by the share of its words inside quotation marks. */
export function contentKinds(text: string, words: WordIndex, contents: ReadonlyArray<readonly Span[]>): SpeechKind[] {
  const stretches = quotedStretches(text)
  const quoted = (offset: number): boolean => {
    // Binary search for the last stretch starting at or before the offset.
    let lo = 0
    let hi = stretches.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (stretches[mid]!.start <= offset) lo = mid + 1
      else hi = mid
    }
    const stretch = stretches[lo - 1]
    return stretch !== undefined && offset < stretch.end
  }
  return contents.map((pieces) => {
    let inside = 0
    let outside = 0
    for (const index of words.words(pieces)) {
      if (quoted(words.starts[index]!)) inside++
      else outside++
    }
    return outside === 0 && inside > 0 ? 'direct' : inside === 0 ? 'indirect' : 'mixed'
  })
}

/** Prepositions that make the last word of a source a complement, not its head (`a spokesman for Trump`). */
const complementMarkers = new Set(['of', 'for', 'from', 'to', 'with', 'at', 'by', 'near', 'close'])

/**
 * Score `record` (or its absence) against the attributions of `text`.
 */
export function scoreBrat(
  file: string,
  annotation: string,
  text: string,
  gold: readonly BratAttribution[],
  record: Article | null
): BratScore {
  const speechGold = gold.map((attribution) => speechLemma(attribution.cueText) !== null)
  const speechCount = speechGold.filter(Boolean).length
  const words = new WordIndex(text)
  const kinds = contentKinds(text, words, gold.map((attribution) => attribution.content))
  /** Recall by kind over the gold attributions `inGold` keeps; `found(g)` tells content and exact matches. */
  const recallByKind = (inGold: (g: number) => boolean, found: (g: number) => {content: boolean; exact: boolean}) => {
    const recalls = kindRecalls()
    gold.forEach((_, g) => {
      if (!inGold(g)) return
      const recall = recalls[kinds[g]!]
      const {content, exact} = found(g)
      recall.content.total++
      recall.exact.total++
      if (content) recall.content.right++
      if (exact) recall.exact.right++
    })
    return recalls
  }
  if (!record) {
    const none = () => ({content: false, exact: false})
    const failedFigures = (n: number, cues: number, sources: number, inGold: (g: number) => boolean): BratFigures => ({
      content: counts(0, n, n),
      exact: counts(0, n, n),
      cue: counts(0, cues, cues),
      source: accuracy(0, sources),
      kinds: recallByKind(inGold, none)
    })
    const cues = uniqueCues(gold).length
    const speechCues = uniqueCues(gold.filter((_, index) => speechGold[index])).length
    return {
      file,
      annotation,
      failed: true,
      misses: ['no record'],
      all: failedFigures(gold.length, cues, gold.filter((a) => a.source).length, () => true),
      speech: failedFigures(
        speechCount,
        speechCues,
        gold.filter((a, index) => a.source && speechGold[index]).length,
        (g) => speechGold[g]!
      )
    }
  }

  const preds = record.claims
  const predWords = preds.map((claim) => words.words([claim.content.span]))
  const goldWhole = gold.map((attribution) => words.words(attribution.content))
  const goldPieces = gold.map((attribution) => attribution.content.map((piece) => words.words([piece])))

  const weight = (p: number, g: number): number | null => {
    let best = wordOverlap(predWords[p]!, goldWhole[g]!)
    for (const piece of goldPieces[g]!) best = Math.max(best, wordOverlap(predWords[p]!, piece))
    return best >= 0.5 ? best : null
  }
  const pairs = assign(preds.length, gold.length, weight)
  const goldOfPred = new Map(pairs.map((pair) => [pair.pred, pair.gold]))
  const matchedGold = new Set(pairs.map((pair) => pair.gold))

  // A further piece of an attribution already matched is neither right nor wrong.
  const ignored = new Set<number>()
  for (let p = 0; p < preds.length; p++) {
    if (goldOfPred.has(p)) continue
    for (let g = 0; g < gold.length; g++) {
      if (!matchedGold.has(g) || goldPieces[g]!.length < 2) continue
      if (goldPieces[g]!.some((piece) => wordOverlap(predWords[p]!, piece) >= 0.5)) {
        ignored.add(p)
        break
      }
    }
  }

  const figures = (inGold: (g: number) => boolean, inPred: (p: number) => boolean): BratFigures => {
    const result = bratFigures()
    const goldIndices = gold.flatMap((_, g) => (inGold(g) ? [g] : []))
    result.content.gold = goldIndices.length
    result.exact.gold = goldIndices.length
    const exactGold = new Set<number>()
    for (let p = 0; p < preds.length; p++) {
      if (ignored.has(p)) continue
      const g = goldOfPred.get(p)
      if (g === undefined ? !inPred(p) : !inGold(g)) continue
      result.content.pred++
      result.exact.pred++
      if (g === undefined) continue
      result.content.tp++
      const attribution = gold[g]!
      if (exactContent(text, preds[p]!.content.span, attribution.content)) {
        result.exact.tp++
        exactGold.add(g)
      }
      if (attribution.source) {
        result.source.total++
        const right = sourceAgrees(text, record, preds[p]!, attribution.source, attribution.sourceText ?? '')
        if (right) result.source.right++
      }
    }
    const goldCues = uniqueCues(goldIndices.map((g) => gold[g]!))
    // One cue may report several claims (`X said A and B`): count each cue span once.
    const predCueMap = new Map<string, Span>()
    preds.forEach((claim, p) => {
      if (!claim.cue || ignored.has(p)) return
      const g = goldOfPred.get(p)
      const {span} = claim.cue
      if (g === undefined ? inPred(p) : inGold(g)) predCueMap.set(`${span.start}:${span.end}`, span)
    })
    const predCues = [...predCueMap.values()]
    const cuePairs = assign(predCues.length, goldCues.length, (p, g) => {
      const shared = charOverlap(predCues[p]!, goldCues[g]!)
      if (shared === 0) return null
      const a = predCues[p]!
      const b = goldCues[g]!
      return shared / (Math.max(a.end, b.end) - Math.min(a.start, b.start))
    })
    result.cue = counts(cuePairs.length, predCues.length, goldCues.length)
    result.kinds = recallByKind(inGold, (g) => ({content: matchedGold.has(g), exact: exactGold.has(g)}))
    return result
  }

  const misses: string[] = []
  gold.forEach((attribution, g) => {
    if (!matchedGold.has(g)) misses.push(`missed: ${short(text, attribution.content[0]!)} (${attribution.cueText})`)
  })
  preds.forEach((claim, p) => {
    const g = goldOfPred.get(p)
    if (g === undefined) {
      if (!ignored.has(p)) misses.push(`extra: ${short(text, claim.content.span)}`)
      return
    }
    const attribution = gold[g]!
    if (attribution.source && !sourceAgrees(text, record, claim, attribution.source, attribution.sourceText ?? '')) {
      const name = record.speakers.find((speaker) => speaker.id === claim.speaker)?.name ?? 'none'
      misses.push(`source: ${name} for ${attribution.sourceText ?? ''}: ${short(text, claim.content.span)}`)
    }
  })

  const isSpeechPred = (p: number): boolean => {
    const cue = preds[p]!.cue
    return cue === null || speechLemma(cue.lemma) !== null || speechLemma(cue.text) !== null
  }
  return {
    file,
    annotation,
    failed: false,
    all: figures(
      () => true,
      () => true
    ),
    speech: figures((g) => speechGold[g]!, isSpeechPred),
    misses
  }
}

function short(text: string, span: Span): string {
  const flat = text.slice(span.start, span.end).replace(/\s+/g, ' ').trim()
  return flat.length > 70 ? flat.slice(0, 67) + '…' : flat
}

/** Cue spans of attributions, one per distinct cue (fragments as their hull). */
function uniqueCues(gold: readonly BratAttribution[]): Span[] {
  const seen = new Map<string, Span>()
  for (const attribution of gold) {
    if (attribution.cue.length === 0) continue
    const span = {start: attribution.cue[0]!.start, end: attribution.cue.at(-1)!.end}
    seen.set(`${span.start}:${span.end}`, span)
  }
  return [...seen.values()]
}

/**
 * Trim a content span of what annotators and parsers disagree on: surrounding whitespace,
 * punctuation and quotation marks, and a leading complementiser "that".
 */
export function trimContent(text: string, span: Span): Span {
  let {start, end} = span
  const edge = /[\s\p{P}\p{S}]/u
  for (;;) {
    const before = start
    while (start < end && edge.test(text[start]!)) start++
    while (end > start && edge.test(text[end - 1]!)) end--
    const lead = /^that\b/i.exec(text.slice(start, Math.min(end, start + 5)))
    if (lead) start += 4
    if (start === before && !lead) break
  }
  return {start, end}
}

function exactContent(text: string, pred: Span, pieces: readonly Span[]): boolean {
  const a = trimContent(text, pred)
  const candidates = pieces.length > 1 ? [...pieces, {start: pieces[0]!.start, end: pieces.at(-1)!.end}] : pieces
  return candidates.some((piece) => {
    const b = trimContent(text, piece)
    return a.start === b.start && a.end === b.end
  })
}

function sourceAgrees(text: string, record: Article, claim: Claim, source: Span[], sourceText: string): boolean {
  if (claim.speaker === null) return false
  const speaker = record.speakers.find((s) => s.id === claim.speaker)
  if (!speaker) return false
  const names = [speaker.name, ...speaker.aliases]
  const plain = sourceText || source.map((span) => text.slice(span.start, span.end)).join(' ')
  // A source's name stands before its apposition or relative clause:
  // `Sen. Bernie Sanders (Vt.), who lost the primaries to Clinton,`.
  const head = plain.split(/[,(;:–—]|\s(?:who|which|whose)\s/)[0]!.trim()
  // And before its complement: `Sen. Sherrod Brown of Ohio` names Sherrod Brown, `a spokesman
  // for Smith` a spokesman.
  const beforeComplement = head.split(new RegExp(`\\s(?:${[...complementMarkers].join('|')})\\s`, 'i'))[0]!.trim()
  const phrases = [...new Set([plain, head, beforeComplement])]
  for (const phrase of phrases) {
    // `a spokesman for Smith` names the spokesman, so a surname rule must not reach past `for`.
    const complement = nameTokens(phrase).some((token) => complementMarkers.has(token))
    if (names.some((name) => (!complement && namesAgree(name, phrase)) || headOf(name, phrase))) return true
  }
  return speaker.mentions.some((mention) =>
    source.some((span) => {
      const shared = charOverlap(mention, span)
      return shared > 0 && shared * 2 >= Math.max(mention.end - mention.start, span.end - span.start)
    })
  )
}

/** Whether `name` ends `source` as its head: `campaign manager Robby Mook`, not `a spokesman for Trump`. */
function headOf(name: string, source: string): boolean {
  const tail = nameTokens(name)
  const tokens = nameTokens(source)
  if (tail.length === 0 || tail.length >= tokens.length) return false
  const start = tokens.length - tail.length
  if (!tail.every((token, index) => tokens[start + index] === token)) return false
  const before = tokens[start - 1]!
  return !complementMarkers.has(before)
}
