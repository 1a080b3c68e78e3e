import {dependents, hasRelation, phraseRange, type ParsedSentence} from '../../language/tree.js'
import {subsetOf} from '../../language/word-sets.js'
import * as functionWords from '../../lexicon/function-words.js'
import {cueComplement} from './reported-clause.js'
import type {CueHit, Scope} from './claim-draft.js'
import {relativePronouns, reportSeparators, trimEnd} from './cue.js'

/**
 * Where a reported clause ends when its cue stands in a clause that serves the sentence's main
 * verb: a relative clause on the subject, or a clause of time or reason before the main clause.
 * The main clause is the narrator's, not part of what was said.
 *
 * > | Officials who said the plan would fail were fired on Monday.
 *                        ^^^^^^^^^^^^^^^^^^^^ content
 * > | Two days after the minister said the war would end, troops shelled the port.
 *                                     ^^^^^^^^^^^^^^^^^^ content
 *
 * The clause is the cue's when the parse hangs the cue, through its subject noun or directly,
 * on a verb after the report's start, or when a subordinator marks the cue and the parse hangs a
 * clause with a subject of its own on it after a comma. Returns `to` when nothing ends the report
 * sooner, or without a parse.
 */
export function subordinateEnd(scope: Scope, hit: CueHit, from: number, to: number): number {
  if (!subordinateBefore(scope, hit)) return to
  // The report is the cue's clausal complement: a cue whose complement the parse does not make
  // a clause ("warned earnings would be cut" read as "warned earnings") is misread, and kept.
  const complement = cueComplement(scope, hit, from)
  if (!complement || complement.first <= complement.cue) return to
  const {parsed, cue, first, report} = complement
  const {syntax, base} = parsed
  const last = to - base
  let end = phraseRange(syntax, report).to
  if (end >= last) return to
  if (!governed(scope, parsed, cue, end, last) && !marked(scope, parsed, cue, end, last)) return to
  while (end > first && reportSeparators.has(scope.tokens[end + base]!.text)) end--
  const cut = trimEnd(scope, from, end + base)
  return cut < from ? to : cut
}

/**
 * "Officials who said … were fired": the first word above the cue that stands after the report
 * is a verb, the cue's clause hangs on it as the subject it describes or as a clause of
 * circumstance, and the main clause starts right after the report: its verb group after a
 * relative clause on the subject, its subject after the comma that closes a clause of
 * circumstance. Anything else between the report and the verb says the parse cut the report
 * short ("insisted she provided the mayor with …" read with "with …" on the main verb).
 */
function governed(scope: Scope, {syntax, base}: ParsedSentence, cue: number, end: number, last: number): boolean {
  const count = syntax.heads.length
  let below = cue
  let word = syntax.heads[cue]!
  for (let steps = 0; word >= 0 && word < cue && steps < count; steps++) {
    below = word
    word = syntax.heads[word]!
  }
  if (word <= end || word > last) return false
  if (syntax.upos[word] !== 'VERB' && syntax.upos[word] !== 'AUX' && syntax.upos[word] !== 'ADJ') return false
  const separated = reportSeparators.has(scope.tokens[end + 1 + base]!.text)
  const next = separated ? end + 2 : end + 1
  if (hasRelation(syntax, below, 'nsubj')) {
    // A bare participle before "to" goes with the report ("had 9% of users compared to 12%").
    if (next === word && scope.tokens[word + 1 + base]?.lower === 'to') return false
    return opensClause(syntax, next, word, verbGroup)
  }
  return separated && clauseRelations.some((name) => hasRelation(syntax, below, name)) && opensClause(syntax, next, word, clauseOpeners)
}

/**
 * Whether word `next` opens the clause of `verb`: it is the verb, or it stands, with the phrase
 * it heads, before the verb in one of `relations`.
 */
function opensClause(syntax: ParsedSentence['syntax'], next: number, verb: number, relations: readonly string[]): boolean {
  if (next === verb) return true
  let word = next
  for (let steps = 0; word >= 0 && syntax.heads[word] !== verb && steps < syntax.heads.length; steps++) word = syntax.heads[word]!
  return word >= 0 && word < verb && syntax.heads[word] === verb && relations.some((name) => hasRelation(syntax, word, name))
}

// What may stand between a relative clause on the subject and the main verb: "… were fired",
// "…, ultimately did not show up".
const verbGroup = ['aux', 'cop', 'advmod']

// What opens a main clause after a clause of circumstance: its subject ("…, troops shelled the
// port"). A verb group with no subject after the comma continues the report.
const clauseOpeners = ['nsubj', 'expl']

/**
 * "Two days after the minister said the war would end, troops shelled the port": a parser may
 * make the marked cue the root and the main clause its conjunct, a clause with a subject of its
 * own after the comma that closes the report.
 */
function marked(scope: Scope, {syntax, base}: ParsedSentence, cue: number, end: number, last: number): boolean {
  if (!dependents(syntax, cue, 'mark').some((word) => word < cue && openers.has(scope.tokens[word + base]!.lower))) return false
  return dependents(syntax, cue, 'conj', 'parataxis', 'advcl').some((clause) => {
    if (clause <= end || clause > last) return false
    if (!dependents(syntax, clause, 'nsubj').some((subject) => subject > end && subject < clause)) return false
    const comma = phraseRange(syntax, clause, (relation) => relation === 'punct').from - 1
    return comma > end && reportSeparators.has(scope.tokens[comma + base]!.text) && scope.inQuote[comma + base] === -1
  })
}

// How the parse hangs a clause of circumstance, or a clause as subject, on the main verb.
const clauseRelations = ['advcl', 'csubj']

// Subordinators that make a clause of time, reason or concession before the main clause.
const openers = new Set(subsetOf(functionWords.subordinators, ['after', 'before', 'when', 'once', 'since', 'because', 'although', 'though', 'while', 'whilst', 'until']))

// How far before the cue the subordinator or relative pronoun may stand.
const REACH = 8

// Whether a relative pronoun (a clause on the subject) or a subordinator stands a few words
// before the cue in its sentence: most cues have none, and their sentence is not parsed for this.
function subordinateBefore(scope: Scope, hit: CueHit): boolean {
  const {tokens} = scope
  for (let k = hit.from - 1; k >= scope.from && k >= hit.from - REACH; k--) {
    const lower = tokens[k]!.lower
    if (relativePronouns.has(lower) || openers.has(lower)) return true
  }
  return false
}
