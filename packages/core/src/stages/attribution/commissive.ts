import type {CueHit, CueResult, Scope} from './claim-draft.js'
import {taggedCue} from './reported-clause.js'

/**
 * Whether a cue that commits its speaker to an act reports the act as an infinitive: "vowed
 * to fight the ruling", "promised to veto the bill". What one vows, promises, pledges or
 * swears to do is what one said one would do; a threat need not be spoken ("the storm
 * threatened to flood the town").
 *
 * > | The senator vowed to fight the ruling in court.
 *     ^^^^^^^^^^^ ^^^^^ ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
 *     speaker     cue   content
 *
 * Only "to" right after the cue, and a verb after "to" by the sentence's tags: "pledged $5
 * million to the fund" and "promised to the voters" report no act. False without a tagger.
 */
export function promisesAct(scope: Scope, hit: CueHit, result: Pick<CueResult, 'after' | 'content' | 'quotation'>): boolean {
  if (!commissives.has(hit.entry.lemma) || !result.after || result.quotation) return false
  const {from, to} = result.content
  const {tokens} = scope
  if (from !== hit.to + 1 || from >= to || tokens[from]!.lower !== 'to' || scope.inQuote[from] !== -1) return false
  const tagged = taggedCue(scope, hit)
  if (!tagged) return false
  const tag = tagged.tags[from + 1 - tagged.base]
  return tag === 'VERB' || tag === 'AUX'
}

// The cues that commit their speaker to an act of their own.
const commissives = new Set(['promise', 'pledge', 'vow', 'swear'])
