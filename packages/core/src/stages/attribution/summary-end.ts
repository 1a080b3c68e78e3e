import {auxiliaries, modals} from '../../lexicon/function-words.js'
import type {Scope} from './claim-draft.js'
import {cueIndex, reportSeparators, trimEnd} from './cue.js'

/**
 * Where a report ends before the writer's summary of it: a noun phrase after a comma or a dash
 * at the end of the sentence that sums up the reported act ("a move", "a plan", "an issue") and
 * describes it in a clause of its own.
 *
 * > | The mayor said she would close the bridge, a move that angered drivers.
 *                    ^^^^^^^^^^^^^^^^^^^^^^^^^^ content
 * > | He promised to cut taxes — a pledge his party has made before.
 *                 ^^^^^^^^^^^^ content
 *
 * The summary opens with "a", "an" or "another", at most two words, then a noun that names an
 * act, a claim or a matter, then "that", "which" or the subject of a clause ("a plan the
 * council rejected"). Any other noun phrase after "a" or "an" is an apposition of the same
 * kind, a description of what the report names last ("looked like Tom Baxter, an actor famed
 * for …", "rose by 4%, a bigger rise than expected"), unless a finite verb follows it before a
 * relative word (the subject of a clause: "…, a recount could not be done"), it lists more
 * items with "and" or "or" ("…, a jacket and boots"), or it ends in a cue ("…, a new book
 * claims"). Either runs to the end of the report with no comma or dash after it, and stands
 * outside quotation marks. Returns `to` when nothing ends the report sooner.
 */
export function summaryEnd(scope: Scope, from: number, to: number): number {
  const {tokens} = scope
  for (let k = from + 1; k + 2 <= to; k++) {
    if (!reportSeparators.has(tokens[k]!.text) || scope.inQuote[k] !== -1 || scope.inQuote[k + 1] !== -1) continue
    if (!openers.has(tokens[k + 1]!.lower)) continue
    let noun = -1
    for (let i = k + 2; i <= Math.min(to, k + 4); i++) {
      if (summaryNouns.has(tokens[i]!.lower)) {
        noun = i
        break
      }
      if (!tokens[i]!.word) break
    }
    if (noun >= 0) {
      if (noun + 1 > to) continue
      const after = tokens[noun + 1]!
      if (!(relativeWords.has(after.lower) || clauseSubjects.has(after.lower) || /^[A-Z]/.test(after.text))) continue
    } else if (opensClause(scope, k + 2, to) || listed(scope, k + 2, to)) continue
    // The summary runs to the end of the report.
    let closed = false
    for (let i = Math.max(noun, k + 1) + 1; i <= to && !closed; i++) closed = scope.inQuote[i] === -1 && reportSeparators.has(tokens[i]!.text)
    if (closed) continue
    const end = trimEnd(scope, from, k - 1)
    return end < from ? to : end
  }
  return to
}


const openers = new Set(['a', 'an', 'another'])

// Nouns that sum up what someone did or said, or the matter of it.
const summaryNouns = new Set([
  'move', 'step', 'plan', 'pledge', 'promise', 'claim', 'assertion', 'charge', 'allegation',
  'point', 'issue', 'practice', 'position', 'stance', 'view', 'decision', 'remark', 'comment',
  'statement', 'proposal', 'idea', 'policy', 'tactic', 'strategy', 'prospect', 'reference',
  'sentiment', 'message', 'theme', 'argument', 'criticism', 'complaint', 'accusation', 'warning'
])

const relativeWords = new Set(['that', 'which', 'whose'])

// Whether the phrase from `k` is the subject of a clause rather than an apposition: a finite
// verb follows it before any relative word ("…, a recount of the vote could not be done").
function opensClause(scope: Scope, k: number, to: number): boolean {
  const {tokens} = scope
  for (let i = k; i <= to; i++) {
    const word = tokens[i]!.lower
    if (relativeWords.has(word) || word === 'who' || word === 'whom') return false
    if (finiteVerbs.has(word)) return true
  }
  return false
}

// Whether the phrase from `k` is more items of a list ("…, a jacket and trainers") or ends in a
// cue of its own ("…, a new book claims"): no apposition.
function listed(scope: Scope, k: number, to: number): boolean {
  const {tokens} = scope
  let last = to
  while (last > k && !tokens[last]!.word) last--
  if (cueIndex.has(tokens[last]!.lower)) return true
  for (let i = k; i <= to; i++) if (listWords.has(tokens[i]!.lower) && scope.inQuote[i] === -1) return true
  return false
}

const listWords = new Set(['and', 'or', 'nor'])

const finiteVerbs = new Set([...modals, ...auxiliaries.filter((word) => !/^(?:be|been|being|have|having|do)$/.test(word))])

// Words that open the subject of a relative clause with no "that": "a plan the council rejected".
const clauseSubjects = new Set(['the', 'his', 'her', 'its', 'their', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'many', 'some', 'most', 'few'])
