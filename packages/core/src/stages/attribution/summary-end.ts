import type {Scope} from './claim-draft.js'
import {trimEnd} from './cue.js'

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
 * council rejected"); it runs to the end of the report with no comma or dash after it, and
 * stands outside quotation marks. Returns `to` when nothing ends the report sooner.
 */
export function summaryEnd(scope: Scope, from: number, to: number): number {
  const {tokens} = scope
  for (let k = from + 1; k + 2 <= to; k++) {
    if (!separators.has(tokens[k]!.text) || scope.inQuote[k] !== -1 || scope.inQuote[k + 1] !== -1) continue
    if (!openers.has(tokens[k + 1]!.lower)) continue
    let noun = -1
    for (let i = k + 2; i <= Math.min(to, k + 4); i++) {
      if (summaryNouns.has(tokens[i]!.lower)) {
        noun = i
        break
      }
      if (!tokens[i]!.word) break
    }
    if (noun < 0 || noun + 1 > to) continue
    const after = tokens[noun + 1]!
    if (!(relativeWords.has(after.lower) || clauseSubjects.has(after.lower) || /^[A-Z]/.test(after.text))) continue
    // The summary runs to the end of the report.
    let closed = false
    for (let i = noun + 1; i <= to && !closed; i++) closed = scope.inQuote[i] === -1 && separators.has(tokens[i]!.text)
    if (closed) continue
    const end = trimEnd(scope, from, k - 1)
    return end < from ? to : end
  }
  return to
}

const separators = new Set([',', '—', '–', '--', '-'])

const openers = new Set(['a', 'an', 'another'])

// Nouns that sum up what someone did or said, or the matter of it.
const summaryNouns = new Set([
  'move', 'step', 'plan', 'pledge', 'promise', 'claim', 'assertion', 'charge', 'allegation',
  'point', 'issue', 'practice', 'position', 'stance', 'view', 'decision', 'remark', 'comment',
  'statement', 'proposal', 'idea', 'policy', 'tactic', 'strategy', 'prospect', 'reference',
  'sentiment', 'message', 'theme', 'argument', 'criticism', 'complaint', 'accusation', 'warning'
])

const relativeWords = new Set(['that', 'which', 'whose'])

// Words that open the subject of a relative clause with no "that": "a plan the council rejected".
const clauseSubjects = new Set(['the', 'his', 'her', 'its', 'their', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'many', 'some', 'most', 'few'])
