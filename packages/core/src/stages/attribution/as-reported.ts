import type {CueHit, CueResult, Scope} from './claim-draft.js'
import {isOpening} from './cue.js'

/**
 * Whether a cue stands in a clause of "as" that opens the sentence, with the report after its
 * comma: "As the Post reported, the inquiry had widened." The frame makes any cue one of
 * saying, even one that reports only before "that" or a quotation elsewhere ("reported",
 * "wrote", "stated").
 *
 * > | As The Washington Post reported, he would need 55 percent of the delegates.
 *        ^^^^^^^^^^^^^^^^^^^ ^^^^^^^^  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
 *        speaker             cue       content
 *
 * "The debt was larger than the council reported" and "As expected, the council reported a
 * loss" have no such frame.
 */
export function reportedAs(scope: Scope, hit: CueHit, min: number, result: Pick<CueResult, 'after' | 'content' | 'outer' | 'quotation'>): boolean {
  const {tokens} = scope
  if (!result.after || result.quotation || result.outer.from - 1 < min) return false
  const as = result.outer.from - 1
  if (tokens[as]!.lower !== 'as' || !isOpening(scope, min, as)) return false
  // The report follows the clause's comma: "As X reported, …", "As X reported on Monday, …".
  const comma = result.content.from - 1
  return comma > hit.to && tokens[comma]!.text === ','
}
