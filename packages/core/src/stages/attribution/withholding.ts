import {dependent, dependents, parseOf} from '../../language/tree.js'
import type {CueHit, CueResult, Scope} from './claim-draft.js'
import {taggedCue} from './reported-clause.js'

/**
 * Whether "deny" withholds a thing rather than denies a statement: someone is denied what they
 * would be given, with the one who goes without as a second object or after "to", or a thing
 * that is granted as the object.
 *
 * > | The goalkeeper denied the visitors a win.          (two objects: a thing withheld)
 * > | The court denied class-action status to the workers. ("to" the one who goes without)
 * > | The judge denied bail.                             (a thing that is granted)
 * > | The minister denied the charges.                   (a statement: a report)
 *
 * A clause after the cue ("denied that …", "denied the plan had failed") is always a report.
 * A granted thing right after the cue is read from the words, since a parse of so short a
 * sentence can take the cue for a modifier of it; the other cases need the parse.
 */
export function withholds(scope: Scope, hit: CueHit, result: Pick<CueResult, 'after' | 'content' | 'quotation' | 'that'>): boolean {
  if (hit.entry.lemma !== 'deny' || !result.after || result.quotation || result.that) return false
  if (granted.has(scope.tokens[hit.verb + 1]?.lower ?? '')) return true
  const tagged = taggedCue(scope, hit)
  if (!tagged || tagged.tags.length > LONGEST) return false
  const parsed = parseOf(tagged)
  if (!parsed) return false
  const {syntax, base} = parsed
  const verb = hit.verb - base
  if (verb < 0 || verb >= syntax.heads.length) return false
  const children = dependents(syntax, verb)
  if (children.some((child) => syntax.relations[child] === 'ccomp')) return false
  if (children.some((child) => syntax.relations[child] === 'iobj')) return true
  const object = dependent(syntax, verb, (relation) => relation === 'obj')
  if (object < 0) return false
  if (granted.has(syntax.lemmas[object]!.toLowerCase())) return true
  // A second object, which a parse may read as a predicate: "denied the visitors a win"; with
  // no verb between the two, which would make them a clause ("denied suggestions there will
  // be a giveaway").
  const verbless = (from: number, to: number) => syntax.upos.slice(from, to).every((tag) => tag !== 'VERB' && tag !== 'AUX')
  if (children.some((child) => child > object && secondObject.has(syntax.relations[child]!) && nominal.has(syntax.upos[child]!) && verbless(object + 1, child))) return true
  // "denied class-action status to the workers": the one who goes without, after the object.
  return children.some((child) => child > object && syntax.relations[child] === 'obl' && dependents(syntax, child).some((word) => syntax.relations[word] === 'case' && syntax.lemmas[word]!.toLowerCase() === 'to'))
}

const nominal = new Set(['NOUN', 'PROPN', 'PRON'])

// The relations a parse gives a second noun phrase after the object: "denied the visitors a
// win" read as two objects, a predicate, or a bare noun phrase of the verb.
const secondObject = new Set(['obj', 'xcomp', 'obl:unmarked', 'obl:npmod'])

// What is granted or refused rather than asserted: "denied bail", "denied access", "denied entry".
const granted = new Set(['access', 'admission', 'asylum', 'bail', 'entry', 'parole', 'passage', 'permission', 'visa'])

// The most words a sentence read through the parse may have, as for a cue verb's clause.
const LONGEST = 150
