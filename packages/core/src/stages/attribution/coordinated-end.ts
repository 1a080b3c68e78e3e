import {LONGEST_PARSED} from '../../language/analysis.js'
import {except} from '../../language/word-sets.js'
import * as functionWords from '../../lexicon/function-words.js'
import {dependents, parseOf, type ParsedSentence, type TaggedSentence} from '../../language/tree.js'
import {taggedCue} from './reported-clause.js'
import type {CueHit, Scope} from './claim-draft.js'
import {cueIndex, trimEnd} from './cue.js'

/**
 * Where a report ends before a second verb of its speaker: a verb after "and" or "but" with no
 * subject of its own that goes with the cue, not with the report's own verb.
 *
 * > | Ana Ruiz said she would review the budget and warned against delays.
 *                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ content  ^^^^^^ her second act
 * > | He says he respects Ruiz and calls her “an able woman.”
 *             ^^^^^^^^^^^^^^^^ content
 *
 * The second verb goes with the cue when the parse hangs it there, or when its tense is the
 * cue's and cannot be the report's: the report's verb stands under a modal or "to" ("would
 * review … and warned"), or is finite in another tense, or is finite in the same tense and the
 * second verb alone is a verb of saying ("respects … and calls"). After "had" or a form of "be"
 * a past form may continue the report ("had met rebels and urged them to …"): the report runs
 * on. Returns `to` when nothing ends the report sooner, or without a parse.
 */
export function coordinatedEnd(scope: Scope, hit: CueHit, from: number, to: number): number {
  const {tokens} = scope
  const tagged = mayCoordinate(scope, hit, from, to)
  const parsed = tagged ? parseOf(tagged) : null
  if (!parsed) return to
  const {syntax, base} = parsed
  const cue = hit.verb - base
  const form = (word: number) => tokens[word + base]!.lower
  const cueTense = tenseOf(parsed, form, cue, hit.from < hit.verb)
  for (let k = from + 1; k <= to; k++) {
    const word = k - base
    if (word < 0 || word >= syntax.upos.length) return to
    if (syntax.relations[word] !== 'conj' || syntax.upos[word] !== 'VERB' || scope.inQuote[k] !== -1) continue
    const head = syntax.heads[word]!
    if (head !== cue && (head + base < from || head + base >= k)) continue
    const own = dependents(syntax, word)
    const cc = own.find((child) => syntax.relations[child] === 'cc' && child < word && coordinators.has(syntax.lemmas[child]!.toLowerCase()))
    if (cc === undefined || cc + base <= from) continue
    // "… said they were worried, and more than four in ten said …": a second report with its
    // own subject and cue after a comma is not part of the first.
    const subject = own.some((child) => /^(?:nsubj|expl)/.test(syntax.relations[child]!))
    if (subject && !(cueIndex.has(form(word)) && tokens[cc + base - 1]?.text === ',')) continue
    if (!subject && head !== cue && !goesWithCue(parsed, form, cueTense, head, word)) continue
    let end = cc + base - 1
    if (end >= from && tokens[end]!.text === ',') end--
    if (end < from) return to
    return trimEnd(scope, from, end)
  }
  return to
}

const coordinators = new Set(['and', 'but'])

// The tags of the cue's sentence when the report can hold a second verb of the speaker: "and"
// or "but", then a word tagged a verb outside quotation marks. Most reports cannot, and their
// sentence is not parsed: null.
function mayCoordinate(scope: Scope, hit: CueHit, from: number, to: number): TaggedSentence | null {
  const {tokens} = scope
  // Only the words of the cue's sentence count, and a sentence that is parsed has at most
  // LONGEST_PARSED tokens: a report that runs on for thousands of words is read no further.
  const last = Math.min(to, from + LONGEST_PARSED)
  let k = from + 1
  while (k <= last && !coordinators.has(tokens[k]!.lower)) k++
  if (k > last) return null
  const tagged = taggedCue(scope, hit)
  if (!tagged) return null
  const end = Math.min(to, tagged.base + tagged.tags.length - 1)
  for (k++; k <= end; k++) if (tagged.tags[k - tagged.base] === 'VERB' && scope.inQuote[k] === -1) return tagged
  return null
}

type Tense = 'past' | 'present' | 'base' | 'perfect' | 'other'

const modalWords = new Set([...except(functionWords.modals, ['ought']), 'to'])
const pastHelpers = new Set(['did', "didn't"])
const presentHelpers = new Set(['does', "doesn't", 'do', "don't"])

// The tense of a verb group, by its helpers and its form: "would order" base, "did not say"
// past, "warned" past, "calls" present; after "has", "had" or "be" a participle.
function tenseOf({syntax}: ParsedSentence, formAt: (word: number) => string, verb: number, helped = false): Tense {
  let tense: Tense | null = null
  for (const child of dependents(syntax, verb)) {
    const relation = syntax.relations[child]!
    if (relation !== 'aux' && relation !== 'aux:pass' && relation !== 'cop' && relation !== 'mark') continue
    const word = syntax.lemmas[child]!.toLowerCase()
    const form = formAt(child)
    if (relation === 'mark') {
      if (form === 'to') return 'base'
      continue
    }
    if (modalWords.has(form)) return 'base'
    if (pastHelpers.has(form)) tense = 'past'
    else if (presentHelpers.has(form)) tense = 'present'
    else if (relation === 'cop') tense = /^(?:was|were)$/.test(form) ? 'past' : /^(?:is|are|am|'s)$/.test(form) ? 'present' : 'other'
    else if (word === 'have' || word === 'be') return 'perfect'
  }
  if (tense) return tense
  if (helped) return 'perfect'
  const form = formAt(verb)
  const lemma = syntax.lemmas[verb]!.toLowerCase()
  if (form.endsWith('ing')) return 'other'
  if (form === lemma) return 'base'
  if (form === lemma + 's' || form === lemma + 'es' || /ies$/.test(form) && lemma.endsWith('y')) return 'present'
  return 'past'
}

function goesWithCue(parsed: ParsedSentence, formAt: (word: number) => string, cueTense: Tense, head: number, word: number): boolean {
  const tense = tenseOf(parsed, formAt, word)
  if (tense !== cueTense || (tense !== 'past' && tense !== 'present')) return false
  const report = tenseOf(parsed, formAt, head)
  if (report === 'perfect' || report === 'other') return false
  if (report !== tense) return true
  // Both finite in the cue's tense: only a verb of saying is the speaker's own second act.
  return cueIndex.has(formAt(word)) && !cueIndex.has(formAt(head))
}
