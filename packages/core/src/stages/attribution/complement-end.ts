import {phraseRange} from '../../language/tree.js'
import {cueComplement} from './reported-clause.js'
import type {CueHit, Scope} from './claim-draft.js'
import {reportSeparators, trimEnd} from './cue.js'
import * as functionWords from '../../lexicon/function-words.js'
import {subsetOf} from '../../language/word-sets.js'

/**
 * Where a reported clause ends before a clause of the narrator: the report is the cue's clausal
 * complement, and a clause after a comma or a dash that the parse hangs on the cue itself (a
 * clause of time or concession, a participle, a second clause with its own subject) tells how
 * or when the speaker spoke, not what was said.
 *
 * > | Ana Ruiz said the plan would fail, pointing to its cost.
 *                   ^^^^^^^^^^^^^^^^^^^^ content
 * > | He argued the law was unfair, while his rival defended it.
 *               ^^^^^^^^^^^^^^^^^^ content
 *
 * A clause the parse hangs inside the complement stays ("said the plan would fail, because it
 * costs too much" when "because" depends on "fail"), and so does anything inside quotation
 * marks. Returns `to` when nothing ends the report sooner, or without a parse.
 */
export function complementEnd(scope: Scope, hit: CueHit, from: number, to: number): number {
  const {tokens} = scope
  // Most reports hold no comma or dash before a word of contrast: their sentence is not parsed.
  let separated = false
  for (let k = from + 1; k < to && !separated; k++) separated = scope.inQuote[k] === -1 && reportSeparators.has(tokens[k]!.text) && (contrastive.has(tokens[k + 1]!.lower) || tokens[k + 1]!.lower === 'even')
  if (!separated) return to
  const complement = cueComplement(scope, hit, from)
  if (!complement) return to
  const {parsed: {syntax, base}, cue, first, report} = complement
  const count = syntax.heads.length
  let end = phraseRange(syntax, report).to
  // The comma that closes the complement may hang on its verb.
  while (end > first && reportSeparators.has(tokens[end + base]!.text)) end--
  const mark = end + 1
  const next = end + 2
  if (next + base > to || next >= count || !reportSeparators.has(tokens[mark + base]!.text)) return to
  if (scope.inQuote[next + base] !== -1 || scope.markOf[next + base] !== 0) return to
  const opener = tokens[next + base]!.lower
  const contrast = contrastive.has(opener) || (opener === 'even' && next + 1 < count && /^(?:as|though)$/.test(tokens[next + 1 + base]!.lower))
  if (!contrast) return to
  // The word after the comma leads up, through its heads, to a dependent of the cue.
  let word = next
  for (let steps = 0; steps < count && syntax.heads[word] !== cue; steps++) {
    const head = syntax.heads[word]!
    if (head < 0 || head === report) return to
    word = head
  }
  if (syntax.heads[word] !== cue || word < next || !clauseRelations.has(syntax.relations[word]!)) return to
  const cut = trimEnd(scope, from, end + base)
  return cut < from ? to : cut
}


// The words that open a clause of contrast, which sets the narrator's fact against the report:
// "said the plan would fail, while its backers …", "…, even as …".
const contrastive = new Set(subsetOf(functionWords.subordinators, ['while', 'whilst', 'although', 'though', 'whereas']))

// How the parse may hang that clause on the cue.
const clauseRelations = new Set(['advcl', 'conj', 'parataxis'])
