/**
 * Say how the article stands to each event: asserted in its own voice, reported inside a
 * claim, denied, or named as a possibility.
 *
 * > | The envoy also alleged that Russia was using its veto
 *                                ^^^^^^^^^^^^^^^^^^^^^^^^ claim content: "veto" is reported
 * > | the risk of a clash between the two major powers
 *         ^^^^      ^^^^^ hypothetical
 * > | the rebels will attack the town
 *                  ^^^^ hypothetical (a future has not happened)
 * > | Rebels to attack town            (a headline's future)
 *               ^^^^^^ hypothetical
 * > | the U.S. is not conducting or coordinating military operations
 *                 ^^^ denied
 * > | The Pentagon denied reports that fighter bombers had flown sorties together
 *                  ^^^^^^^^^^^^^^^^^^^^ whatever that clause says happened is denied
 *
 * Denied wins over hypothetical, which wins over reported; an event inside a claim keeps the
 * claim's id whatever its modality. An event is something done or happening, so hypothetical
 * events leave the record unless the caller asks for them (`hypotheticalEvents`).
 */
import type {Stage} from '../stage.js'
import type {Event, Modality} from '../schema/event.js'
import {denialVerbs, hypotheticalModals, hypotheticalModifiers, hypotheticalNouns, hypotheticalVerbs, negators} from '../lexicon/triggers.js'
import {clauseRange, verbGroupStart, type EventToken, type FormKind} from '../language/event-grammar.js'
import {countBefore} from '../language/search.js'
import * as functionWords from '../lexicon/function-words.js'
import {subsetOf} from '../language/word-sets.js'

const modalSet = new Set(hypotheticalModals)
const possibilityNouns = new Set(hypotheticalNouns)
const possibilityModifiers = new Set(hypotheticalModifiers)
// Where a noun's own words begin: its determiner, or a preposition before it.
const nounPhraseEnds = new Set([...functionWords.determiners, ...functionWords.prepositions])
const wishVerbs = new Set(hypotheticalVerbs)
const negatorSet = new Set(negators)
const denialSet = new Set(denialVerbs)
const conditionals = new Set(['if', 'unless', 'whether'])
// A future has not happened yet: "the rebels will attack".
const futures = new Set(['will', 'shall', "'ll", 'wo'])
const faceWords = new Set(['face', 'faces', 'faced', 'facing', 'risk', 'risks', 'risked', 'risking'])

/** The event-modality stage; see the file comment. */
export const eventModality: Stage = {
  name: 'event-modality',
  kind: 'refiner',
  run(context) {
    if (context.draft.events.length === 0) return
    const sentences = context.language.eventSentences()
    const facts = context.language.triggerFacts
    // Claims by content start, so that the claim around a trigger is found by binary search.
    const claims = [...context.draft.claims].sort((a, b) => a.content.span.start - b.content.span.start)
    const events = context.draft.events.map((event): Event => {
      const {start, end} = event.trigger.span
      const low = countBefore(claims, start, (c) => c.content.span.start, true)
      let claim: (typeof claims)[number] | undefined
      for (let k = low - 1; k >= 0 && k >= low - 8 && !claim; k--) {
        if (end <= claims[k]!.content.span.end) claim = claims[k]
      }
      const fact = facts.get(start)
      const sentence = fact ? sentences[fact.sentence] : undefined
      let modality: Modality = claim ? 'reported' : 'asserted'
      if (fact && sentence) {
        const mood = fact.future ? 'hypothetical' : moodOf(sentence.tokens, fact.first, fact.form, fact.anchored, event.type)
        if (mood) modality = mood
      }
      return {...event, modality, claim: claim ? claim.id : null}
    })
    return {events: context.options.hypotheticalEvents ? events : events.filter((event) => event.modality !== 'hypothetical')}
  }
}

/** `denied`, `hypothetical`, or null when the grammar around the trigger says neither. */
function moodOf(tokens: readonly EventToken[], first: number, form: FormKind, anchored: boolean, type: string): Modality | null {
  const isNoun = form === 'noun'
  const [clauseStart] = clauseRange(tokens, first)
  const group = tokens.slice(verbGroupStart(tokens, first), first)

  if (!isNoun && group.some(negating)) return 'denied'
  if (isNoun && tokens[first - 1]?.norm === 'no') return 'denied'
  // "denied reports that …": the clause after "that" is what was denied.
  if (tokens[clauseStart]?.norm === 'that' && clauseStart > 0) {
    const [matrixStart] = clauseRange(tokens, clauseStart - 1)
    if (tokens.slice(matrixStart, clauseStart).some((token) => denialSet.has(token.norm))) return 'denied'
  }
  // A scheduled event named inside an infinitive stands on its own ("to attend peace talks in Astana").
  if (anchored) return null

  // "We will kill them" is a threat made now, whatever becomes of the killing.
  if (!isNoun && type !== 'THREATEN' && group.some(futureOrModal)) return 'hypothetical'
  // "warned it would mount new attacks": a noun that a verb of doing takes, under a modal or a future.
  if (isNoun && type !== 'THREATEN') {
    const verb = doingVerbBefore(tokens, first, clauseStart)
    if (verb >= 0 && tokens.slice(verbGroupStart(tokens, verb), verb).some(futureOrModal)) return 'hypothetical'
  }
  if (conditionals.has(tokens[clauseStart]?.norm ?? '')) return 'hypothetical'
  // What someone faces has not happened: "activists face arrest", "faces deportation". Charges
  // that someone faces have been brought.
  if (isNoun && type !== 'ACCUSE' && [1, 2].some((back) => faceWords.has(tokens[first - back]?.norm ?? '') && tokens.slice(first - back + 1, first).every((token) => token.word))) return 'hypothetical'
  if (isNoun) {
    // "the risk of a clash", "the threat of sanctions", "the prevention of an attack".
    for (let k = first - 1; k >= Math.max(clauseStart, first - 4); k--) {
      if (tokens[k]!.norm === 'of' && possibilityNouns.has(tokens[k - 1]?.norm ?? '')) return 'hypothetical'
    }
    // "a possible attack", "an impending strike": among the noun's own words, after its determiner.
    for (let k = first - 1; k >= Math.max(clauseStart, first - 3) && tokens[k]!.word && !nounPhraseEnds.has(tokens[k]!.norm); k--) {
      if (possibilityModifiers.has(tokens[k]!.norm)) return 'hypothetical'
    }
  }
  // "officials expect that the two sides will meet": what is hoped or planned has not happened.
  if (tokens[clauseStart]?.norm === 'that' && clauseStart > 0) {
    const [matrixStart] = clauseRange(tokens, clauseStart - 1)
    const wish = tokens.slice(matrixStart, clauseStart).find((token) => wishVerbs.has(token.norm) && !token.cap)
    if (wish && !(evidenceVerbs.has(wish.norm) && pastClause(tokens, clauseStart, first, form))) return 'hypothetical'
  }
  return null
}

const negating = (token: EventToken) => negatorSet.has(token.norm) || token.norm.endsWith("n't")
const futureOrModal = (token: EventToken) => modalSet.has(token.norm) || futures.has(token.norm) || /['’]ll$/.test(token.norm)

// Verbs of doing that take an event noun and add nothing but the doing: "mount attacks", "hold talks".
const doingVerbs = new Set(['mount', 'launch', 'carry', 'stage', 'conduct', 'commit', 'wage', 'unleash', 'hold', 'begin', 'start', 'resume', 'step', 'intensify', 'escalate', 'perpetrate'])
const particles = new Set(['out', 'up'])
const prepositionSet = new Set(functionWords.prepositions)

/** The verb of doing right before a noun trigger (its particle and a few modifiers between), or -1: "mount new attacks", "carry out an attack". */
function doingVerbBefore(tokens: readonly EventToken[], first: number, clauseStart: number): number {
  for (let k = first - 1; k >= Math.max(clauseStart, first - 4); k--) {
    const token = tokens[k]!
    if (!token.word) return -1
    if (doingVerbs.has(token.norm)) return k
    if (particles.has(token.norm)) continue
    // A preposition ends the noun's phrase: "called for attacks".
    if (prepositionSet.has(token.norm)) return -1
  }
  return -1
}

// "suggest" proposes ("suggested that the leaders meet") or gives evidence ("the footage
// suggests that the gunmen attacked the convoy"); a past tense in its clause is the evidence.
const evidenceVerbs = new Set(['suggest', 'suggests', 'suggested'])
const pastFinite = new Set([...subsetOf(functionWords.beForms, ['was', 'were']), ...subsetOf(functionWords.haveForms, ['had']), ...subsetOf(functionWords.doForms, ['did'])])

/**
 * Whether the clause up to the trigger tells, plainly, of the past: a past verb, or the trigger
 * in the past tense; not under a modal, an infinitive or a negator ("was not due to an attack").
 */
function pastClause(tokens: readonly EventToken[], clauseStart: number, first: number, form: FormKind): boolean {
  const before = tokens.slice(clauseStart + 1, first)
  if (before.some((token) => token.norm === 'to' || modalSet.has(token.norm) || futures.has(token.norm) || negating(token))) return false
  if ((form === 'past' || form === 'ed') && !tokens[first]!.norm.endsWith('ing')) return true
  return before.some((token) => pastFinite.has(token.norm))
}
