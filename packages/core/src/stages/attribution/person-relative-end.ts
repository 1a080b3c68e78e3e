import type {Scope} from './claim-draft.js'
import {reportSeparators, trimEnd} from './cue.js'

/**
 * Where a report ends before the writer's description of a person it names last: a clause of
 * "who", "whom" or "whose" after a comma and a name, running to the end of the report.
 *
 * > | The mayor praised the work of Ana Ruiz, who ran the town's clinic for a decade.
 *                      ^^^^^^^^^^^^^^^^^^^^^ content
 *
 * The name is a word in capitals that does not open the report; the clause stands outside
 * quotation marks and no comma or dash closes it ("said Ana Ruiz, who ran the clinic, had
 * left" goes on after it), and it is no clause of a cleft ("said it was Ana Ruiz, not Tom Baxter, who
 * ran it"). Returns `to` when nothing ends the report sooner.
 */
export function personRelativeEnd(scope: Scope, from: number, to: number): number {
  const {tokens} = scope
  for (let k = from + 1; k + 2 <= to; k++) {
    if (tokens[k]!.text !== ',' || scope.inQuote[k] !== -1 || scope.inQuote[k + 1] !== -1) continue
    if (!relativeWords.has(tokens[k + 1]!.lower)) continue
    const name = tokens[k - 1]!
    if (k - 1 <= from || !name.word || !/^[A-Z][a-z]/.test(name.text)) continue
    // "it was Ana Ruiz, not Tom Baxter, who …": the clause of a cleft is the report's.
    if (cleftBefore(scope, from, k)) continue
    let closed = false
    for (let i = k + 2; i <= to && !closed; i++) closed = scope.inQuote[i] === -1 && reportSeparators.has(tokens[i]!.text) && i < to
    if (closed) continue
    const end = trimEnd(scope, from, k - 1)
    return end < from ? to : end
  }
  return to
}

const relativeWords = new Set(['who', 'whom', 'whose'])


// Whether "it" and a form of "be" stand between `from` and `k`: the opening of a cleft.
function cleftBefore(scope: Scope, from: number, k: number): boolean {
  const {tokens} = scope
  for (let i = from; i + 1 < k; i++) if (tokens[i]!.lower === 'it' && /^(?:is|was|'s)$/.test(tokens[i + 1]!.lower)) return true
  return false
}
