import {parseOf, phraseRange} from '../../language/tree.js'
import type {CueHit, Scope} from './claim-draft.js'
import {relativePronouns} from './cue.js'
import {taggedCue} from './reported-clause.js'

/**
 * Whether a cue is the verb of a relative clause that ends before the sentence's own verb, by
 * the parse: what it says belongs to that clause, and the sentence's verb reports.
 *
 * > | Officials who asked not to be named said the talks had stalled.
 *                   ^^^^^ a relative clause's verb; "said" reports
 *
 * Only a cue with a relative pronoun among the three words before it is parsed for this.
 */
export function inRelativeClause(scope: Scope, hit: CueHit): boolean {
  const {tokens} = scope
  let relative = false
  for (let k = Math.max(scope.from, hit.from - 3); k < hit.from; k++) relative ||= relativePronouns.has(tokens[k]!.lower)
  if (!relative) return false
  const tagged = taggedCue(scope, hit)
  const parsed = tagged ? parseOf(tagged) : null
  if (!parsed) return false
  const {syntax} = parsed
  const verb = hit.verb - parsed.base
  if (syntax.relations[verb] !== 'acl:relcl') return false
  return syntax.relations.indexOf('root') > phraseRange(syntax, verb).to
}

/** Whether a report opens with an infinitive ("not to be named", "to stay"): a request of no one named, no statement. */
export function infinitiveOnly(scope: Scope, from: number): boolean {
  const first = scope.tokens[from]?.lower
  return first === 'to' || (first === 'not' && scope.tokens[from + 1]?.lower === 'to')
}
