import type {PipelineContext, Stage} from '../stage.js'
import type {Speaker} from '../schema/speaker.js'
import type {Span} from '../schema/span.js'
import {tokenize} from '../language/tokens.js'
import {countBefore} from '../language/search.js'

/**
 * Record every further mention of a known speaker: after claims are attributed and aliases
 * merged, each occurrence of a speaker's name or alias of two letters or more in the
 * article's own blocks is added to its `mentions`.
 *
 * > | Talks will resume in May, according to … Ambassador Jan Nowak.
 * > | In the same interview, Nowak blamed …
 *                            ^^^^^ mention of s1
 */
export const speakers: Stage = {
  name: 'speakers',
  kind: 'refiner',
  run(context: PipelineContext) {
    const {draft} = context
    if (draft.speakers.length === 0) return
    // Names by their first word, as token sequences: one pass over each block's tokens.
    const byFirst = new Map<string, Array<{words: string[]; index: number}>>()
    draft.speakers.forEach((speaker, index) => {
      if (speaker.kind !== 'person' && speaker.kind !== 'organization') return
      for (const name of [speaker.name, ...speaker.aliases]) {
        if (name.length < 3 || !/^\p{Lu}/u.test(name) || /^(?:the|he|she|it|they)\b/i.test(name)) continue
        const words = tokenize(name, 0, name.length).map((t) => t.text)
        if (words.length === 0) continue
        const list = byFirst.get(words[0]!) ?? []
        list.push({words, index})
        byFirst.set(words[0]!, list)
      }
    })
    for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length)
    if (byFirst.size === 0) return
    const mentions = draft.speakers.map((speaker) => [...speaker.mentions])
    // Whether a known mention covers a span: the known mentions by start, each with the
    // furthest end reached so far. The mentions found below come in text order and do not
    // overlap, so they need not join the list.
    const known = draft.speakers.flatMap((speaker) => speaker.mentions).sort((a, b) => a.start - b.start)
    const reach: number[] = []
    for (const span of known) reach.push(Math.max(span.end, reach[reach.length - 1] ?? -1))
    const covered = (start: number, end: number) => {
      const index = countBefore(known, start, (span) => span.start, true) - 1
      return index >= 0 && reach[index]! >= end
    }
    // A block that holds none of the first words needs no tokens (checked for a few names
    // only: with many, the check would cost more than the tokens).
    const firstWords = [...byFirst.keys()]
    draft.blocks.forEach((block, blockIndex) => {
      if (block.kind === 'boilerplate') return
      if (firstWords.length <= 16 && !firstWords.some((word) => block.text.includes(word))) return
      const tokens = context.language.tokens(blockIndex)
      for (let i = 0; i < tokens.length; i++) {
        // Every name opens with a capital: a word in small ASCII letters needs no look-up.
        const code = tokens[i]!.text.charCodeAt(0)
        if (code >= 97 && code <= 122) continue
        const candidates = byFirst.get(tokens[i]!.text)
        if (!candidates) continue
        for (const candidate of candidates) {
          const n = candidate.words.length
          let ok = i + n <= tokens.length
          for (let k = 1; ok && k < n; k++) ok = tokens[i + k]!.text === candidate.words[k]
          if (!ok) continue
          const span = {start: tokens[i]!.start, end: tokens[i + n - 1]!.end}
          if (!covered(span.start, span.end)) mentions[candidate.index]!.push(span)
          i += n - 1
          break
        }
      }
    })
    const updated: Speaker[] = draft.speakers.map((speaker, index) => ({
      ...speaker,
      mentions: mentions[index]!.sort((a, b) => a.start - b.start)
    }))
    return {speakers: updated}
  }
}
