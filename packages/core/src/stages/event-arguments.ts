/**
 * Fill each event's actors, targets and place from the clause around its trigger.
 *
 * > | US forces once again blocked Russian Military Police from patrolling
 *     ^^^^^^^^^            ^^^^^^^ ^^^^^^^^^^^^^^^^^^^^^^^
 *     actor USAMIL         trigger target RUSMIL
 * > | a Thursday meeting between the French foreign minister and … her Turkish counterpart in Ankara
 *                ^^^^^^^         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^     ^^^^^^^^^^^^^    ^^^^^^
 *                trigger         actor                                     actor            location
 * > | attacked a prison in the Syrian city of Al-Hasakah
 *                                             ^^^^^^^^^^ location
 *
 * - A verb's actor is the subject before its verb group ("X and Y have cooperated" gives two),
 *   its target the object after it; in the passive the actor follows "by".
 * - A noun's actors stand "between X and Y" or after "by", its target after "against" or
 *   "on", and a modifier names its actor ("Russian airstrikes", "regime-led airstrikes"); the
 *   subject of a light verb acts through the noun ("the coalition has been carrying out airstrikes").
 * - Codes in the CAMEO style: the country of a name, demonym or seat of government, plus the
 *   sector of the head noun (`Russian forces` → `RUSMIL`, `Moscow` → `RUSGOV`), or an
 *   organisation's code (`IGOUNO`). No code when the words do not support one.
 * - A participant who is also a speaker gets the speaker's id.
 * - A pronoun ("He attacked …") is resolved as a speaker's is: `refersTo` names the person or
 *   body it stands for, and an actor pronoun that stands for nobody is left out. A "he" or
 *   "she" inside a clause goes with the subject of its own sentence, a person of its gender,
 *   when no other stands between; a "they" who meet, with the group the sentence before names.
 */
import type {PipelineContext, Stage} from '../stage.js'
import type {Event, Participant} from '../schema/event.js'
import type {Speaker} from '../schema/speaker.js'
import {organizations, sectors} from '../lexicon/actors.js'
import {countries} from '../lexicon/countries.js'
import {placeNouns, places} from '../lexicon/places.js'
import {
  beForms,
  clauseRange,
  dateWords,
  determiners,
  gazetteerAt,
  quoteMarks,
  verbGroupStart,
  type EventToken,
  type GazetteerHit
} from '../language/event-grammar.js'
import {countBefore} from '../language/search.js'
import {except, subsetOf} from '../language/word-sets.js'
import * as functionWords from '../lexicon/function-words.js'
import {cues} from '../lexicon/cues.js'
import {caseOf, eventParse, misreadSubject, reducedRelative, type EventParse} from '../language/event-syntax.js'
import {dependents, hasRelation} from '../language/tree.js'
import {antecedentsBefore, groupBefore, mainSubject, mentionGender, quoted, type TextAround} from '../language/antecedents.js'
import {pronounGender} from '../language/gender.js'

// Words that end a noun phrase: prepositions, conjunctions that open clauses, verbs of saying.
// "of" is left out: it stays inside a name ("the Bank of England"); "tomorrow" was never among them.
const phraseStops = new Set([
  ...except(functionWords.prepositions, ['of']), 'including', 'according', 'like', 'per', 'along', 'off', 'out', 'up', 'down', 'ahead', 'leading',
  ...except(functionWords.coordinators, ['and']), 'so', 'that', 'which', 'who', 'whom', 'when', 'while', 'because', 'if', 'until', 'than',
  ...except(functionWords.beForms, ['am', 'being', "'s", "'re", "'m"]), ...except(functionWords.haveForms, ['having']),
  ...except(functionWords.modals, ['shall', 'ought']), 'not', 'said', 'says', 'told',
  'also', 'once', 'again', 'then', 'there', 'here', 'where', 'how', 'why', 'what', 'both', 'all', 'further', 'last', 'next', 'this',
  ...except(functionWords.timeWords, ['tomorrow']), 'overnight', 'earlier', 'later', 'recently', 'ago', 'early', 'late'
])
const sentenceAdverbs = new Set([
  ...subsetOf(functionWords.connectives, ['moreover', 'however', 'meanwhile', 'also', 'still', 'then', 'thus', 'instead', 'indeed', 'furthermore']),
  'earlier', 'later', 'just', 'now', 'in', 'on', 'at'
])
// Times are no participants: "exploded at one a minute", "for hours".
const timeWords = new Set([...functionWords.timeWords, ...functionWords.timeNouns, ...functionWords.timeNouns.map((noun) => noun + 's'), 'minute', 'minutes', 'hour', 'hours', 'season', 'summer', 'winter', 'spring', 'autumn', 'fall'])
// Double quotation marks, which set off a name within a phrase ('the "Black Heron" militia').
const doubleQuotes = new Set(subsetOf([...quoteMarks], ['"', '“', '”']))
const connectors = new Set(['of', 'and', 'al', 'el', 'de', 'bin', 'ibn', 'the', '&'])
const pronouns = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'them', 'him', 'her', 'us', 'you', 'me']) 
const lightVerbs = new Set([
  'carry', 'carries', 'carried', 'carrying', 'conduct', 'conducts', 'conducted', 'conducting', 'launch', 'launches',
  'launched', 'launching', 'hold', 'holds', 'held', 'holding', 'stage', 'stages', 'staged', 'staging', 'mount',
  'mounts', 'mounted', 'mounting', 'impose', 'imposes', 'imposed', 'imposing', 'begin', 'began', 'begun', 'start',
  'started', 'announce', 'announced', 'reach', 'reached', 'sign', 'signed', 'attend', 'attended', 'join', 'joined',
  'host', 'hosts', 'hosted', 'hosting'
])
const sectorIndex = sectors
  .flatMap((sector) => sector.words.map((words) => ({code: sector.code, words: words.split(' ')})))
  .sort((a, b) => b.words.length - a.words.length)
const sectorWords = new Set(sectorIndex.flatMap((entry) => entry.words))
// The sector phrases by first word, longest first as in `sectorIndex`.
const sectorsByFirst = new Map<string, typeof sectorIndex>()
for (const entry of sectorIndex) {
  const list = sectorsByFirst.get(entry.words[0]!)
  if (list) list.push(entry)
  else sectorsByFirst.set(entry.words[0]!, [entry])
}
const organizationCodes = new Map(organizations.flatMap((entry) => entry.names.map((name) => [name, entry.code] as const)))
// One alternation, longest names first, compiled once.
const organizationPattern = new RegExp(
  `(?:^|\\s)(${[...organizationCodes.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})(?=$|\\s)`
)
const placeNounSet = new Set(placeNouns)

/** The event-arguments stage; see the file comment. */
export const eventArguments: Stage = {
  name: 'event-arguments',
  kind: 'refiner',
  run(context) {
    if (context.draft.events.length === 0) return
    const sentences = context.language.eventSentences()
    const facts = context.language.triggerFacts
    // The actors of the last verb of each sentence, for a verb coordinated with it ("had met … and urged").
    const lastActors = new Map<number, Range[]>()
    const ordered = [...context.draft.events].sort((a, b) => a.trigger.span.start - b.trigger.span.start)
    const rolesOf = new Map<Event, Roles>()
    for (const event of ordered) {
      const fact = facts.get(event.trigger.span.start)
      const sentence = fact ? sentences[fact.sentence] : undefined
      if (!fact || !sentence) continue
      const {tokens} = sentence
      // The parse, when there is one, says who did what to whom (a headline's is read from its
      // words told as prose); the token grammar is the fallback.
      const parse = eventParse(context.language, sentence)
      if (parse) {
        const roles = parseRoles(tokens, parse, fact.first, fact.last, fact.form, event.type, sentence.block.kind === 'title')
        if (fact.form !== 'noun' && roles.actors.length === 0 && sentence.block.kind !== 'title') roles.actors = strayedSubjects(tokens, parse, fact.first, fact.last, fact.form, roles)
        rolesOf.set(event, roles)
        continue
      }
      // A headline drops its articles: "Rebels Attack Town" has a subject and an object round a
      // word that reads as a noun or a verb; read it as the verb.
      // A headline verb is in the present tense: "Bombing" in "… of Boston Bombing Suspect" stays a noun.
      const telegraphic = sentence.block.kind === 'title' && !/ing$/.test(tokens[fact.last - 1]!.norm) && tokens[fact.first - 1]?.word === true && tokens[fact.last]?.word === true && tokens[fact.last]!.cap && !phraseStops.has(tokens[fact.last]!.norm)
      if (fact.form === 'noun' && !telegraphic) {
        rolesOf.set(event, nounRoles(tokens, fact.first, fact.last, event.type))
        continue
      }
      const roles = verbRoles(tokens, fact.first, fact.last, fact.form)
      const before = tokens[verbGroupStart(tokens, fact.first) - 1]
      if (before && ['and', 'or', 'but'].includes(before.norm) && lastActors.has(fact.sentence)) roles.actors = lastActors.get(fact.sentence)!
      if (roles.actors.length) lastActors.set(fact.sentence, roles.actors)
      rolesOf.set(event, roles)
    }
    const speakers = speakerIndex(context.draft.speakers)
    const around: TextAround = {text: context.text, blocks: context.draft.blocks, language: context.language, firstNames: context.options.firstNames ?? null}
    const participants = new Map<string, Participant>()
    const events = context.draft.events.map((event): Event => {
      const fact = facts.get(event.trigger.span.start)
      const sentence = fact ? sentences[fact.sentence] : undefined
      const roles = rolesOf.get(event)
      if (!fact || !sentence || !roles) return event
      const {tokens} = sentence
      // A dateline ("GENEVA, Jan 27 (Reuters) -") stands before the sentence's grammar: no participant in it.
      const dateline = context.draft.dateline?.span
      const outsideDateline = (range: Range) => !dateline || tokens[range[0]]!.start >= dateline.end || tokens[range[1] - 1]!.end <= dateline.start
      roles.actors = roles.actors.filter(outsideDateline)
      roles.targets = roles.targets.filter(outsideDateline)
      if (roles.place && !outsideDateline(roles.place)) roles.place = null
      const participant = (range: Range) => {
        // Coordinated events share their actors' phrases: each is read, and its pronoun resolved, once.
        const meeting = event.type === 'CONSULT'
        const key = `${tokens[range[0]]!.start}:${tokens[range[1] - 1]!.end}:${meeting}`
        let found = participants.get(key)
        if (!found) participants.set(key, (found = toParticipant(context, around, speakers, tokens, range, meeting)))
        return found
      }
      const place = roles.place ? toPlace(context, tokens, roles.place) : null
      return {
        ...event,
        actors: event.actors.length ? event.actors : roles.actors.map(participant).filter(named),
        targets: event.targets.length ? event.targets : roles.targets.map(participant),
        location: event.location ?? place ?? locationOf(context, tokens, fact.first, eventParse(context.language, sentence))
      }
    })
    return {events}
  }
}

/** A token range `[start, end)`. */
type Range = [number, number]

interface Roles {
  actors: Range[]
  targets: Range[]
  /** The place the parse found, when it found one. */
  place?: Range | null
}

// Verbs that take an event noun as their object and add nothing but the doing: "carried out an attack".
const lightVerbLemmas = new Set(['carry', 'conduct', 'launch', 'stage', 'hold', 'mount', 'wage', 'commit', 'perpetrate', 'execute', 'begin', 'start', 'continue', 'resume', 'intensify', 'step', 'unleash', 'plan', 'orchestrate', 'mastermind', 'organise', 'organize', 'lead', 'claim', 'order', 'attend', 'join', 'host'])
// Verbs whose subject, an attack, reaches what they name: "the bombing targeted a convoy".
// Who an attack killed or wounded is who it struck too: "the blast killed three people".
const reachVerbs = new Set(['target', 'hit', 'strike', 'destroy', 'damage', 'rock', 'tear', 'ravage', 'kill', 'wound', 'injure', 'hurt', 'maim'])
// Verbs whose subject is the one a charge is against: "faces charges", "pleaded guilty to charges", "denied the charges".
const chargedVerbs = new Set(['face', 'plead', 'deny', 'contest', 'dispute', 'admit'])
// Nouns of violent acts, which cannot be who did one.
const actNouns = new Set(['attack', 'assault', 'bombing', 'raid', 'strike', 'airstrike', 'shooting', 'offensive', 'ambush', 'shelling', 'bombardment', 'invasion'])
// Verbs by which someone owns an act: "claimed responsibility", "took responsibility".
const owningVerbs = new Set(['claim', 'take', 'accept', 'admit', 'bear', 'assume'])

/**
 * The subject that owns the event noun at `head`: of "claimed responsibility for the attack",
 * "is responsible for the bombings"; none when the owning is denied ("is not responsible").
 */
function responsibleFor(parse: EventParse, tokens: readonly EventToken[], head: number): number[] {
  if (caseOf(parse, tokens, head) !== 'for') return []
  let owner = parse.heads[head]!
  if (owner < 0) return []
  if (parse.lemmas[owner] === 'responsibility') owner = parse.heads[owner]!
  if (owner < 0) return []
  const lemma = parse.lemmas[owner]!
  const claimed = owningVerbs.has(lemma) && dependents(parse, owner, 'obj').some((object) => parse.lemmas[object] === 'responsibility')
  if (!claimed && lemma !== 'responsible') return []
  if (dependents(parse, owner, 'advmod').some((word) => tokens[word]!.norm === 'not' || tokens[word]!.norm.endsWith("n't"))) return []
  const subjects = dependents(parse, owner, 'nsubj')
  // "the group had to admit responsibility": the subject of "have to" (not of "refused to", "denied
  // wanting to", which deny the owning).
  if (subjects.length === 0 && hasRelation(parse, owner, 'xcomp') && parse.heads[owner]! >= 0 && parse.lemmas[parse.heads[owner]!] === 'have') return [...dependents(parse, parse.heads[owner]!, 'nsubj')].filter((subject) => !relativePronouns.has(tokens[subject]!.norm))
  return [...subjects]
}

/**
 * The objects of a verb of striking and of the verbs coordinated with it: "killed 11 people
 * and left 40 others wounded", "killing one soldier and wounding 10 others".
 */
function reached(parse: EventParse, verb: number): number[] {
  const out = [...dependents(parse, verb, 'obj')]
  for (const next of dependents(parse, verb, 'conj')) {
    if (reachVerbs.has(parse.lemmas[next]!)) out.push(...dependents(parse, next, 'obj'))
    if (parse.lemmas[next] !== 'leave') continue
    // "left 24 others wounded", however the parse hangs "wounded" or "dead" on "left".
    for (const state of dependents(parse, next, 'xcomp', 'conj', 'ccomp')) {
      if (!reachVerbs.has(parse.lemmas[state]!) && parse.lemmas[state] !== 'dead') continue
      out.push(...dependents(parse, next, 'obj'), ...dependents(parse, state, 'nsubj'))
    }
  }
  return out
}
const aimingCases = new Set(subsetOf(functionWords.prepositions, ['on', 'at', 'into', 'against']))
// Nouns that count or group events: "a total of 563 strikes", "a spate of bombings".
const countingNouns = new Set(['total', 'number', 'series', 'spate', 'wave', 'string', 'spree', 'flurry', 'barrage', 'volley', 'round', 'rash', 'succession', 'couple', 'pair', 'dozen', 'dozens', 'hundreds', 'thousands'])

/** The noun of number or series before "of" that counts the events at `k` ("a spate of bombings"), or -1. */
function countingHead(parse: EventParse, tokens: readonly EventToken[], k: number): number {
  const head = parse.heads[k]!
  return hasRelation(parse, k, 'nmod') && caseOf(parse, tokens, k) === 'of' && head >= 0 && head < k && countingNouns.has(parse.lemmas[head]!) ? head : -1
}

/** The noun that stands for the events at `k`: the one that counts them, as far up as nouns count ("a total of a series of raids"), or `k`. */
function countedAs(parse: EventParse, tokens: readonly EventToken[], k: number): number {
  // Each step goes to a word before: the walk ends within the sentence.
  for (let up = countingHead(parse, tokens, k); up >= 0; up = countingHead(parse, tokens, k)) k = up
  return k
}
// Nouns whose possessor undergoes the act ("his arrest"); a crackdown's possessor makes it ("China's crackdown").
const undergoneNouns = new Set(['arrest', 'detention', 'capture', 'deportation', 'extradition', 'expulsion', 'imprisonment', 'jailing', 'internment', 'abduction', 'kidnapping'])
// Verbs of a blast, which strike what they go off by.
const blastLemmas = new Set(['explode', 'detonate', 'blow', 'go'])
const deviceVerbs = new Set(['detonate', 'explode'])
// Types whose noun's "from" phrase names who makes it: "charges from prosecutors", "a demand from the union".
const sourceTypes = new Set(['ACCUSE', 'THREATEN', 'REQUEST'])
// Types whose "of" phrase names who took part rather than who suffered: "a meeting of ministers", "a march of thousands".
const ofActorTypes = new Set(['CONSULT', 'PROTEST', 'COOPERATE', 'AGREE', 'MOBILIZE', 'SUPPORT'])
// The case markers of a place in the parse ("in Kabul"); unlike `placePrepositions` below they
// read "on" and not "to".
const placeCases = new Set(subsetOf(functionWords.prepositions, ['in', 'at', 'near', 'outside', 'inside', 'across', 'around', 'throughout', 'into', 'on']))
// The prepositions before a place that cannot be a subject: "Protesters in Khartoum rallied".
const beforePlace = new Set(subsetOf(functionWords.prepositions, ['in', 'from', 'at', 'across']))
const nominalTags = new Set(['NOUN', 'PROPN', 'PRON', 'NUM', 'X'])
const relativePronouns = new Set(['who', 'which', 'that', 'whom'])
// Relations that stay inside a participant's name: "Syria’s National Defense Forces", "the Afghan security forces".
const phraseRelations = ['compound', 'flat', 'amod', 'nmod:poss', 'nummod', 'appos:name']

/**
 * Actors, targets and place from the dependency parse. A verb's subject acts and its object
 * undergoes; in the passive the subject undergoes and the "by" agent acts; a verb coordinated
 * with another shares its subject; a reduced relative ("those arrested") undergoes. A noun's
 * possessor or "by" phrase acts and its "of", "on" or "against" phrase undergoes; the subject
 * of a light verb ("carried out an attack") acts through the noun.
 */
function parseRoles(tokens: readonly EventToken[], parse: EventParse, first: number, last: number, form: string, type: string, headline = false): Roles {
  const actors: number[] = []
  const targets: number[] = []
  const places: number[] = []
  // Actors that are a modifier, not a noun phrase of their own: "Russian" in "Russian airstrikes".
  const modifierActors: Range[] = []
  // The first name of an "including" list, whose others the parse may not have joined to it.
  let included = -1
  const isNoun = form === 'noun'
  const head = isNoun ? last - 1 : first
  const inTrigger = (k: number) => k >= first && k < last
  const obliques = (at: number) => {
    for (const child of dependents(parse, at, 'obl', 'nmod', 'advcl')) {
      if (inTrigger(child) || !nominalTags.has(parse.upos[child]!)) continue
      const marker = caseOf(parse, tokens, child)
      if (!marker) continue
      if (marker === 'by') {
        actors.push(child)
        // "the attack by X on Y": the "on" phrase after the agent is the attack's, wherever the parse hung it.
        if (isNoun) for (const inner of dependents(parse, child, 'nmod')) if (['on', 'against'].includes(caseOf(parse, tokens, inner) ?? '')) targets.push(inner)
      }
      else if (marker === 'between') actors.push(child)
      // "Dozens were arrested, including Ana Ruiz and Luis Vega": who the arrest or attack reached, named
      // (a charge's "including" lists charges).
      else if (marker === 'including' && !isNoun && (type === 'COERCE' || type === 'ASSAULT')) {
        targets.push(child)
        if (included < 0) included = child
      }
      // "charges from prosecutors", "threats from the militants": who they come from.
      else if (marker === 'from' && isNoun && sourceTypes.has(type)) {
        // "scandals from the 1990s": a time is no one.
        if (!/^\d/.test(tokens[child]!.norm) && !timeWords.has(tokens[child]!.norm) && !dateWords.has(tokens[child]!.norm)) actors.push(child)
      }
      else if (marker === 'against') targets.push(child)
      // "charges of fraud", "accusations of corruption": the "of" phrase is what is charged, not who.
      else if (marker === 'of' && isNoun && type === 'ACCUSE') continue
      else if (marker === 'of' && isNoun) (ofActorTypes.has(type) ? actors : targets).push(child)
      // A trigger that ends in its preposition aims at what follows: "fired on", "lashed out at", "crashed into".
      else if (aimingCases.has(marker) && tokens[last - 1]!.norm === marker) targets.push(child)
      else if (marker === 'on' && isNoun && type !== 'CONSULT' && parse.upos[child] !== 'PROPN') targets.push(child)
      // "the attack on the MV Kestrel": a name attacked that is no place the gazetteer knows is a target.
      else if (marker === 'on' && isNoun && type === 'ASSAULT' && child > head && parse.upos[child] === 'PROPN' && tokens[child]!.cap && !dateWords.has(tokens[child]!.norm) && !namesPlace(parse, tokens, child)) targets.push(child)
      else if (marker === 'with' && (type === 'CONSULT' || type === 'COOPERATE' || type === 'AGREE')) targets.push(child)
      // "on Friday" is a date, no place.
      else if (placeCases.has(marker) && (parse.upos[child] === 'PROPN' || sitesOf(parse, tokens, child)) && !dateWords.has(tokens[child]!.norm)) places.push(child)
      // "shot at soldiers", "fired on the crowd": who was aimed at.
      else if ((marker === 'at' || marker === 'on') && type === 'ASSAULT' && !isNoun && parse.upos[child] === 'NOUN') targets.push(child)
      // "a bomb exploded near an army patrol": the forces or people a blast went off by were struck.
      else if ((marker === 'near' || marker === 'beside') && type === 'ASSAULT' && !isNoun && parse.upos[child] === 'NOUN' && blastLemmas.has(parse.lemmas[at]!) && [child, ...dependents(parse, child, 'compound', 'amod')].some((k) => sectorWords.has(tokens[k]!.norm))) targets.push(child)
    }
  }
  if (isNoun) {
    // "his arrest", "Navarro's detention": who is arrested, unless an "of" phrase names them ("Russia's detention of the crew").
    const undergoes = undergoneNouns.has(parse.lemmas[head]!) && !dependents(parse, head, 'nmod').some((child) => child > head && caseOf(parse, tokens, child) === 'of')
    for (const child of dependents(parse, head, 'nmod:poss')) {
      if (inTrigger(child)) continue
      // "Venezuela's protests": a country's protests are held in it, by its people, not by its state.
      if (type === 'PROTEST' && countryName(tokens, child)) places.push(child)
      else (undergoes ? targets : actors).push(child)
    }
    // A possessive glued to its word ("Russia’s invasion") can be misread: the token says it.
    if (actors.length === 0) {
      let k = first - 1
      while (k >= 0 && tokens[k]!.word && !tokens[k]!.possessive && (parse.upos[k] === 'ADJ' || parse.upos[k] === 'NOUN' || parse.upos[k] === 'VERB') && first - k < 3) k--
      if (k >= 0 && tokens[k]!.possessive && !pronouns.has(tokens[k]!.norm) && !targets.includes(k) && !places.includes(k)) {
        if (type === 'PROTEST' && countryName(tokens, k)) places.push(k)
        else (undergoes ? targets : actors).push(k)
      }
    }
    obliques(head)
    // "the assassination attempt against the president", "attempts on the prime minister": whom
    // an attempt or a plot is against or on is whom the act it names is against.
    const attempt = parse.heads[head]!
    if (hasRelation(parse, head, 'compound') && attempt > head && attemptNouns.has(parse.lemmas[attempt]!)) {
      for (const child of dependents(parse, attempt, 'nmod')) if (nominalTags.has(parse.upos[child]!) && ['on', 'against'].includes(caseOf(parse, tokens, child) ?? '')) targets.push(child)
    }
    // "an attempt had been made to assassinate the president": whom the attempt was to kill.
    if (attemptNouns.has(parse.lemmas[head]!) && targets.length === 0) {
      for (let k = last; k < Math.min(tokens.length, last + 8) && tokens[k]!.word; k++) {
        if (lifeVerbs.has(parse.lemmas[k]!) && parse.upos[k] === 'VERB') {
          targets.push(...dependents(parse, k, 'obj'))
          break
        }
      }
    }
    // Who faces a charge or pleads to it is the one charged: "Rahimi faces charges from
    // prosecutors", "he pleaded not guilty to charges of fraud".
    if (type === 'ACCUSE' && targets.length === 0) {
      let verb = parse.heads[head]!
      // "pleaded not guilty to charges": the charges hang on "guilty".
      if (verb >= 0 && parse.lemmas[verb] === 'guilty' && parse.heads[verb]! >= 0) verb = parse.heads[verb]!
      if (verb >= 0 && chargedVerbs.has(parse.lemmas[verb]!) && (hasRelation(parse, head, 'obj') || caseOf(parse, tokens, head) === 'to')) targets.push(...dependents(parse, verb, 'nsubj'))
    }
    // Who claims an attack or is responsible for it did it: "the Taliban claimed responsibility
    // for the attack", "the terror group is responsible for the pub bombings".
    if (actors.length === 0) actors.push(...responsibleFor(parse, tokens, head))
    // "attacks carried out by militants", "the bombing claimed by the group": the agent of a
    // participle that does or owns the act did it. The parse may read the participle as the
    // noun's verb ("The attacks carried out by the rebels killed …"): with no object, a "by"
    // phrase still makes it a passive.
    if (actors.length === 0) {
      const verb = parse.heads[head]!
      const misreadRelative = verb > head && hasRelation(parse, head, 'nsubj') && dependents(parse, verb, 'obj', 'aux', 'aux:pass').length === 0 ? [verb] : []
      for (const clause of [...dependents(parse, head, 'acl'), ...misreadRelative]) {
        if (clause < head || !lightVerbLemmas.has(parse.lemmas[clause]!) || !/ed$/.test(tokens[clause]!.norm)) continue
        for (const agent of dependents(parse, clause, 'obl')) if (caseOf(parse, tokens, agent) === 'by' && nominalTags.has(parse.upos[agent]!) && !timeWords.has(tokens[agent]!.norm)) actors.push(agent)
      }
    }
    // A modifier names the actor, as without the parse: "Russian airstrikes", "regime-led airstrikes".
    // The tagger reads "Regime-led" as a verb: the word before the noun is taken as it stands.
    // "Russian air attacks": past a word for the arm that struck.
    const at = modifierBefore(tokens, first)
    if (actors.length === 0 && tokens[at]?.word && namesActor(tokens, at, type)) modifierActors.push([at, at + 1])
    // "US bombardment": a country's initials that lead the noun, within its name, are who acted.
    if (actors.length === 0 && modifierActors.length === 0 && first < head && leadingInitials(tokens, first, type)) modifierActors.push([first, first + 1])
    // "Checkpoint shootings and bomb blasts … killed 11 people": a noun coordinated with the
    // subject is a subject too.
    let subjectHead = head
    while (hasRelation(parse, subjectHead, 'conj') && parse.heads[subjectHead]! >= 0 && parse.heads[subjectHead]! < subjectHead && nominalTags.has(parse.upos[parse.heads[subjectHead]!]!)) subjectHead = parse.heads[subjectHead]!
    // "A total of 563 strikes … targeted Pakistan", "a spate of bombings killed 17 people": a
    // noun of number or series before "of" stands for the events it counts.
    subjectHead = countedAs(parse, tokens, subjectHead)
    if (subjectHead !== head && hasRelation(parse, subjectHead, 'nsubj') && (!hasRelation(parse, subjectHead, 'nsubj:pass') || activeAfterAll(parse, parse.heads[subjectHead]!)) && reachVerbs.has(parse.lemmas[parse.heads[subjectHead]!]!)) {
      targets.push(...reached(parse, parse.heads[subjectHead]!))
    }
    // "after a bombing killed 12 people", read with "after" as a preposition and "killed" as a
    // verb coordinated with the main one: a verb joined with no "and" and no subject of its own,
    // right after the noun's phrase, has the noun for its subject.
    if (hasRelation(parse, subjectHead, 'obl') && subordinators.has(caseOf(parse, tokens, subjectHead) ?? '') && parse.heads[subjectHead]! >= 0) {
      const main = parse.heads[subjectHead]!
      const verb = dependents(parse, main, 'conj').find((k) => k > head && parse.upos[k] === 'VERB' && reachVerbs.has(parse.lemmas[k]!) && !/ing$/.test(tokens[k]!.norm) && dependents(parse, k, 'nsubj', 'cc', 'mark', 'aux:pass').length === 0)
      if (verb !== undefined && !dependents(parse, main, 'obj', 'obl', 'nsubj', 'advmod', 'xcomp', 'ccomp').some((other) => other > subjectHead && other < verb)) targets.push(...reached(parse, verb))
    }
    // "a suicide attack targeting emergency responders", "an attack that targeted a convoy",
    // "bombings aimed at civilians": what the act is aimed at.
    if (type === 'ASSAULT') {
      for (const clause of dependents(parse, head, 'acl')) {
        if (clause < last) continue
        const lemma = parse.lemmas[clause]!
        const relative = hasRelation(parse, clause, 'acl:relcl')
        if (lemma === 'target' && (relative ? dependents(parse, clause, 'nsubj').some((subject) => relativePronouns.has(tokens[subject]!.norm)) : /ing$/.test(tokens[clause]!.norm))) {
          targets.push(...dependents(parse, clause, 'obj').filter((object) => nominalTags.has(parse.upos[object]!)))
        } else if (lemma === 'aim' && !relative && /ed$/.test(tokens[clause]!.norm)) {
          targets.push(...dependents(parse, clause, 'obl').filter((child) => caseOf(parse, tokens, child) === 'at' && nominalTags.has(parse.upos[child]!)))
        }
      }
    }
    // "the Birmingham pub bombings", "a market attack": the place attacked names the attack.
    // A name before the place is where it stands: "the Birmingham pub bombings".
    if (type === 'ASSAULT') {
      for (const child of dependents(parse, head, 'compound')) {
        if (child >= first || !sitesOf(parse, tokens, child)) continue
        targets.push(child)
        for (const name of dependents(parse, child, 'compound')) if (parse.upos[name] === 'PROPN') places.push(name)
      }
    }
    // "were given an ultimatum by their bosses", "handed the envoy a warning", "received death
    // threats": who is given or receives the act undergoes it.
    if (recipientTypes.has(type) && targets.length === 0 && hasRelation(parse, head, 'obj') && parse.heads[head]! >= 0) {
      const verb = parse.heads[head]!
      const lemma = parse.lemmas[verb]!
      const passive = dependents(parse, verb, 'aux:pass').length > 0
      if (givingVerbs.has(lemma)) targets.push(...dependents(parse, verb, passive ? 'nsubj:pass' : 'iobj'))
      else if (receivingVerbs.has(lemma) && !passive) targets.push(...dependents(parse, verb, 'nsubj').filter((subject) => !relativePronouns.has(tokens[subject]!.norm)))
    }
    // "launched a series of attacks": the light verb's object is the noun that counts them.
    const counter = countingHead(parse, tokens, head)
    const counted = counter >= 0 && hasRelation(parse, counter, 'obj') && lightVerbLemmas.has(parse.lemmas[parse.heads[counter]!] ?? '') ? counter : head
    const governor = parse.heads[counted]!
    if (governor >= 0) {
      const lemma = parse.lemmas[governor]!
      if (hasRelation(parse, counted, 'obj') && lightVerbLemmas.has(lemma)) {
        for (const subject of dependents(parse, governor, 'nsubj')) if (!hasRelation(parse, subject, 'nsubj:pass') && !prepositional(parse, tokens, subject)) actors.push(subject)
        // "Varga is charged with planning the bombings", "after launching the attack": a
        // gerund without a subject of its own has the subject of the verb it hangs on, or its
        // object when it has one ("accused Varga of planning", "stopped the rebels from launching").
        if (actors.length === 0 && /ing$/.test(tokens[governor]!.norm) && dependents(parse, governor, 'nsubj').length === 0 && (hasRelation(parse, governor, 'advcl') || hasRelation(parse, governor, 'obl')) && dependents(parse, governor, 'mark', 'case').length > 0) {
          const verb = parse.heads[governor]!
          const objects = verb >= 0 ? dependents(parse, verb, 'obj').filter((object) => object < governor) : []
          if (verb >= 0 && parse.upos[verb] === 'VERB') for (const controller of objects.length ? objects : dependents(parse, verb, 'nsubj')) if (!relativePronouns.has(tokens[controller]!.norm) && !prepositional(parse, tokens, controller)) actors.push(controller)
        }
      } else if (hasRelation(parse, head, 'nsubj:pass') && lightVerbLemmas.has(lemma)) {
        for (const child of dependents(parse, governor, 'obl')) if (caseOf(parse, tokens, child) === 'by') actors.push(child)
      } else if (hasRelation(parse, head, 'nsubj') && (!hasRelation(parse, head, 'nsubj:pass') || activeAfterAll(parse, governor)) && reachVerbs.has(lemma)) {
        targets.push(...reached(parse, governor))
      }
      if (lightVerbLemmas.has(lemma) && (hasRelation(parse, counted, 'obj') || hasRelation(parse, head, 'nsubj:pass'))) obliques(governor)
    }
  } else {
    // The verb whose subject this verb shares: itself, or the first of a coordination ("ambushed and killed").
    let owner = head
    // A verb under another ("had threatened to", read as a complement of "had") takes that one's subject too.
    let raised = false
    for (let steps = 0; steps < parse.heads.length && parse.heads[owner]! >= 0 && dependents(parse, owner, 'nsubj').length === 0; steps++) {
      // "X is believed to have detonated the bomb": the subject of a passive verb of saying or
      // thinking is the subject of the infinitive under it, active unless that one is passive.
      // "The opposition responded by calling for a strike, asking citizens to join": a
      // participle's clause, through the "-ing" verbs joined to it, has the subject of the verb
      // it hangs on, and its own voice.
      const under = hasRelation(parse, owner, 'xcomp') || (!raised && /ing$/.test(tokens[head]!.norm) && participleClause(parse, tokens, owner))
      if (!under && !hasRelation(parse, owner, 'conj')) break
      if (under) raised = true
      owner = parse.heads[owner]!
    }
    // A participle right after a form of "be" is passive whatever relation the parse gave "been":
    // "only two men have been detained".
    const beforeParticiple = (form === 'ed' || form === 'pp') && beForms.has(tokens[head - 1]?.norm ?? '') && tokens[head - 1]!.norm !== "'s"
    // A passive has its "be" (or "get"): a subject the parse calls passive with none is the
    // subject of an active verb ("Tom Hale, leader of the party, called for an inquiry"). A
    // headline's parse was read with its "be" put back ("Minister accused of lying"): there
    // the passive subject says it.
    const passiveAt = (k: number) => dependents(parse, k, 'aux:pass').length > 0 || (dependents(parse, k, 'nsubj:pass').length > 0 && (headline || dependents(parse, k, 'aux').some((aux) => beForms.has(tokens[aux]!.norm) || /^g[eo]t/.test(tokens[aux]!.norm))))
    // "The men arrested last week were students", read with "arrested" as the men's verb: a
    // participle right after its subject, before an "is" or "was" whose predicate has no subject,
    // modifies that subject and tells what it underwent.
    // The predicate hangs on the participle or the participle on it: "arrested … were students",
    // "arrested for the explosions were innocent".
    const strayRelative = owner === head && form === 'ed' && dependents(parse, head, 'aux', 'aux:pass').length === 0 && dependents(parse, head, 'nsubj').includes(head - 1) && parse.upos[head - 1] !== 'PRON' &&
      tokens.some((token, c) => {
        const predicate = parse.heads[c]!
        return c > head && finiteBe.has(token.norm) && hasRelation(parse, c, 'cop') && predicate > c && dependents(parse, predicate, 'nsubj').length === 0 &&
          ((parse.heads[head] === predicate && !hasRelation(parse, head, 'conj')) || (parse.heads[predicate] === head && !hasRelation(parse, predicate, 'conj') && !hasRelation(parse, predicate, 'ccomp')) ||
            // "knew that the men arrested for the explosions were innocent", read with "arrested" as
            // the clause's verb and "innocent" as the sentence's: a participle without an object.
            ((parse.relations[predicate] === 'root' || (parse.relations[predicate] === 'conj' && parse.heads[predicate] !== head)) && dependents(parse, head, 'obj').length === 0 && dependents(parse, head, 'mark').some((mark) => tokens[mark]!.norm === 'that')))
      })
    const ownPassive = beforeParticiple || strayRelative || passiveAt(head)
    // A verb whose object is the weapon: "detonated the bomb", "set off a device".
    const device = deviceVerbs.has(parse.lemmas[head]!) || (parse.lemmas[head] === 'set' && tokens[head + 1]?.norm === 'off')
    const passive = raised || owner === head ? ownPassive : passiveAt(owner)
    for (const subject of dependents(parse, owner, 'nsubj')) {
      // A subject with a preposition is a misread phrase: "on high alert since the group launched …".
      if (prepositional(parse, tokens, subject)) continue
      const pass = raised || owner === head ? ownPassive : passive && hasRelation(parse, subject, 'nsubj:pass')
      let who = subject
      // "militants who attacked": the relative pronoun stands for the noun the clause modifies.
      if (relativePronouns.has(tokens[subject]!.norm) && hasRelation(parse, owner, 'acl') && parse.heads[owner]! >= 0) who = parse.heads[owner]!
      else if (relativePronouns.has(tokens[subject]!.norm)) continue
      else who = reporter(parse, tokens, owner, subject) ?? who
      // "the bombs were detonated": what is detonated is the weapon, not whom it struck.
      if (pass && device) continue
      ;(pass ? targets : actors).push(who)
      // "Cruz said both he and Rubio promised": the others coordinated with the pronoun stay.
      if (who !== subject && !relativePronouns.has(tokens[subject]!.norm)) (pass ? targets : actors).push(...conjuncts(parse, subject))
    }
    // A reduced relative: "those arrested", "protesters detained in the capital".
    // "shot at soldiers before being gunned down": a clause opened by "before" or "while" is no relative.
    if (reducedRelative(parse, head) && dependents(parse, head, 'nsubj').length === 0 && dependents(parse, head, 'mark').length === 0 && !device) {
      ;(form === 'ing' ? actors : targets).push(parse.heads[head]!)
    }
    // "The suspect, Tom Reyes – shot dead by police – had …", with the participle read as a noun
    // in apposition: the one it is said of, by name when a name stands before it, underwent it.
    if ((form === 'ed' || form === 'pp') && hasRelation(parse, head, 'appos') && ['–', '—', '-', ','].includes(tokens[first - 1]?.norm ?? '') && parse.heads[head]! >= 0 && parse.heads[head]! < head && dependents(parse, head, 'det', 'nmod:poss', 'case').length === 0) {
      const named = dependents(parse, parse.heads[head]!, 'appos').filter((k) => k < head && parse.upos[k] === 'PROPN')
      targets.push(named.length ? named[named.length - 1]! : parse.heads[head]!)
    }
    // "Two gunmen entered the campus after the blast and shot at soldiers", with "shot" read as a
    // noun coordinated with "blast": the verb before "and" lends its subject, and what follows the
    // trigger hangs on that verb.
    if (tokens[first - 1]?.norm === 'and' && hasRelation(parse, head, 'conj') && nominalTags.has(parse.upos[head]!)) {
      let verb = parse.heads[head]!
      // (Bounded: a parser given through the `syntax` option may return heads in a cycle.)
      for (let steps = 0; verb >= 0 && parse.upos[verb] !== 'VERB' && steps < parse.heads.length; steps++) verb = parse.heads[verb]!
      if (verb >= 0 && parse.upos[verb] !== 'VERB') verb = -1
      if (verb >= 0 && verb < head) {
        for (const subject of dependents(parse, verb, 'nsubj')) if (!hasRelation(parse, subject, 'nsubj:pass') && !prepositional(parse, tokens, subject)) actors.push(subject)
        if (type === 'ASSAULT') for (const child of dependents(parse, verb, 'obl')) if (child > head && nominalTags.has(parse.upos[child]!) && aimingCases.has(caseOf(parse, tokens, child) ?? '')) targets.push(child)
      }
    }
    // "Troops fired on protesters" read as a noun phrase: the noun is the verb's subject.
    const misread = misreadSubject(parse, head)
    if (misread >= 0 && dependents(parse, head, 'nsubj').length === 0) actors.push(misread)
    // The object undergoes; so does the one who receives ("provided the forces support").
    if (!device && (!passive || owner === head)) for (const object of dependents(parse, head, 'obj', 'iobj')) if (!inTrigger(object) && !(hasRelation(parse, object, 'obj') && dependents(parse, head, 'iobj').length > 0) && !(strayRelative && dependents(parse, object, 'cop').length > 0)) targets.push(object)
    // "ambushed and killed four soldiers": a verb joined right away by "and" or "or" to a verb
    // after it shares that verb's object (a noun or a name), when it has none of its own.
    if (!device && !passive && dependents(parse, head, 'obj').length === 0 && (tokens[head + 1]?.norm === 'and' || tokens[head + 1]?.norm === 'or')) {
      const next = dependents(parse, head, 'conj').find((verb) => verb === head + 2 && parse.upos[verb] === 'VERB' && !passiveAt(verb))
      if (next !== undefined) for (const object of dependents(parse, next, 'obj')) if (!inTrigger(object) && (parse.upos[object] === 'NOUN' || parse.upos[object] === 'PROPN')) targets.push(object)
    }
    // "a car bomb exploded near an army patrol, killing one soldier": who the blast killed it struck.
    if (type === 'ASSAULT') for (const clause of dependents(parse, head, 'advcl')) if (reachVerbs.has(parse.lemmas[clause]!) && /ing$/.test(tokens[clause]!.norm)) targets.push(...reached(parse, clause))
    obliques(head)
    // "shot dead by police", "gunned down by troops": the parse may hang the agent on the
    // trigger's other word.
    if (form === 'ed' && actors.length === 0) {
      for (let k = first + 1; k < last; k++) for (const agent of dependents(parse, k, 'obl', 'nmod')) if (agent >= last && caseOf(parse, tokens, agent) === 'by' && nominalTags.has(parse.upos[agent]!) && !timeWords.has(tokens[agent]!.norm)) actors.push(agent)
    }
  }
  // "Fighting broke out in the northern districts", "the blast occurred near the station": where
  // the event happened, said by a verb of happening.
  if (isNoun && places.length === 0) {
    const subject = countedAs(parse, tokens, head)
    const verb = parse.heads[subject]!
    if (verb > head && hasRelation(parse, subject, 'nsubj') && !hasRelation(parse, subject, 'nsubj:pass') && happening(parse, tokens, verb)) {
      const site = dependents(parse, verb, 'obl').find((child) => placeCases.has(caseOf(parse, tokens, child) ?? '') && (parse.upos[child] === 'PROPN' || sitesOf(parse, tokens, child)) && !dateWords.has(tokens[child]!.norm))
      if (site !== undefined) places.push(site)
    }
  }
  // "The worst explosion was at the bus station": a place said of the event with "be".
  if (isNoun && places.length === 0 && hasRelation(parse, head, 'nsubj')) {
    const predicate = parse.heads[head]!
    if (predicate >= 0 && dependents(parse, predicate, 'cop').length > 0 && placeCases.has(caseOf(parse, tokens, predicate) ?? '') && (parse.upos[predicate] === 'PROPN' || sitesOf(parse, tokens, predicate))) places.push(predicate)
  }
  // "an attack on the Christmas market in Strasbourg": where the target stands is where it happened.
  if (places.length === 0) {
    for (const target of targets) {
      const site = dependents(parse, target, 'nmod').find((child) => child > target && ['in', 'at', 'near'].includes(caseOf(parse, tokens, child) ?? '') && parse.upos[child] === 'PROPN')
      if (site !== undefined) {
        places.push(site)
        break
      }
    }
  }
  // "set off a car bomb outside a compound", "planted a bomb near the station": where the weapon was is where it happened.
  if (places.length === 0 && !isNoun) {
    for (const object of dependents(parse, head, 'obj', 'obl')) {
      if (!instrumentWords.has(parse.lemmas[object]!) && !instrumentWords.has(tokens[object]!.norm)) continue
      const site = dependents(parse, object, 'nmod').find((child) => child > object && placeCases.has(caseOf(parse, tokens, child) ?? '') && (parse.upos[child] === 'PROPN' || sitesOf(parse, tokens, child)))
      if (site !== undefined) {
        places.push(site)
        break
      }
    }
    // "exploded on Friday, wounding 13 people on a busy street": where it struck is where it happened.
    for (const clause of dependents(parse, head, 'advcl')) {
      if (places.length > 0 || !reachVerbs.has(parse.lemmas[clause]!) || !/ing$/.test(tokens[clause]!.norm)) continue
      const site = dependents(parse, clause, 'obl').find((child) => placeCases.has(caseOf(parse, tokens, child) ?? '') && (parse.upos[child] === 'PROPN' || sitesOf(parse, tokens, child)))
      if (site !== undefined) places.push(site)
    }
  }
  // A weapon is the instrument, neither who acts nor what is attacked: "a bomb exploded",
  // "killed by an improvised explosive device", "detonated a car bomb". Who planted, placed or
  // left it acts through it: "a pipe bomb planted by the rebels went off".
  if (type === 'ASSAULT') {
    for (const weapon of [...actors]) {
      if (!instrumentWords.has(parse.lemmas[weapon]!) && !instrumentWords.has(tokens[weapon]!.norm)) continue
      for (const participle of dependents(parse, weapon, 'acl')) {
        if (!/ed$/.test(tokens[participle]!.norm) && !irregularPlacing.has(tokens[participle]!.norm)) continue
        for (const agent of dependents(parse, participle, 'obl')) if (caseOf(parse, tokens, agent) === 'by' && nominalTags.has(parse.upos[agent]!) && !instrumentWords.has(parse.lemmas[agent]!)) actors.push(agent)
      }
    }
  }
  for (const list of [actors, targets]) {
    for (let k = list.length - 1; k >= 0; k--) if (instrumentWords.has(parse.lemmas[list[k]!]!) || instrumentWords.has(tokens[list[k]!]!.norm)) list.splice(k, 1)
  }
  // An act is no one who acts: "the assault began … when the attackers … detonated the vehicle".
  for (let k = actors.length - 1; k >= 0; k--) if (actNouns.has(parse.lemmas[actors[k]!]!)) actors.splice(k, 1)
  const toRanges = (heads: number[], role: 'actor' | 'target'): Range[] => {
    const out: Range[] = []
    const seen = new Set<number>()
    for (const h of heads) {
      for (const part of [h, ...conjuncts(parse, h)]) {
        if (seen.has(part)) continue
        seen.add(part)
        const range = argumentPhrase(tokens, parse, part, role)
        if (range && !out.some(([a, b]) => a < range[1] && range[0] < b) && !(range[0] < last && first < range[1])) out.push(range)
      }
    }
    return out
  }
  const place = places.length ? argumentPhrase(tokens, parse, places[0]!, 'place') : null
  const actorRanges = toRanges(actors, 'actor')
  // The light verb's subject ("Russian jets carried out airstrikes") says it better than the modifier.
  if (actorRanges.length === 0) actorRanges.push(...modifierActors)
  const targetRanges = toRanges(targets, 'target')
  if (included >= 0) {
    const start = dependents(parse, included, 'case').find((marker) => tokens[marker]!.norm === 'including')
    // "arrested, including Ana Ruiz, the lawyer Luis Vega and the writer Eva Soto": every name of the list.
    if (start !== undefined) for (const range of includedNames(tokens, start + 1)) if (!targetRanges.some(([a, b]) => a < range[1] && range[0] < b)) targetRanges.push(range)
  }
  return {actors: actorRanges, targets: targetRanges, place}
}

// Lower-case words inside a name: "Ana del Carmen", "Tomás Vega de la Cruz".
const nameParticles = new Set(['de', 'del', 'la', 'da', 'das', 'do', 'dos', 'van', 'von', 'der', 'den', 'di', 'le', 'al', 'bin', 'ibn', 'el'])
// Tokens that end a list.
const listEnds = new Set(['.', ';', ':', '—', '–', '(', ')', '!', '?'])

/**
 * The names of an "including" list from `from`: each item, set off by commas and "and", gives
 * the name it ends in ("the theatre director Tomás Vega de la Cruz"); an item with "of"
 * before its name describes the one before it ("wife of the playwright Luis Vega"). An
 * item of more than eight words, or of more than three without a name, ends the list.
 */
function includedNames(tokens: readonly EventToken[], from: number): Range[] {
  const out: Range[] = []
  let start = from
  for (let k = from; k <= Math.min(tokens.length, from + 60); k++) {
    const token = tokens[k]
    const end = !token || listEnds.has(token.norm)
    if (!end && token.norm !== ',' && token.norm !== 'and') continue
    // "…, on Tuesday", "…, after a raid": a phrase of the clause, past the list.
    if (k - start > 8 || functionWords.prepositions.includes(tokens[start]?.norm ?? '')) break
    let runEnd = -1
    let runStart = -1
    for (let j = k - 1; j >= start; j--) {
      const word = tokens[j]!
      if (runEnd < 0) {
        if (word.word && word.cap) runEnd = runStart = j
        continue
      }
      if (word.word && word.cap) runStart = j
      else if (!nameParticles.has(word.norm)) break
      else {
        // Particles stand between the words of a name: "de la" in "Vega de la Cruz".
        let before = j - 1
        while (before >= start && nameParticles.has(tokens[before]!.norm)) before--
        if (before < start || !tokens[before]!.cap) break
      }
    }
    const described = runStart >= 0 && tokens.slice(start, runStart).some((word) => word.norm === 'of')
    if (runStart >= 0 && !described && !dateWords.has(tokens[runEnd]!.norm)) out.push([runStart, runEnd + 1])
    // An item without a name ends the list, unless it is short ("and her relatives").
    if (end || (runStart < 0 && k - start > 3)) break
    start = k + 1
  }
  return out
}

// Verbs of saying, by lemma.
const sayingLemmas = new Set(cues.filter((cue) => !cue.lemma.includes(' ')).map((cue) => cue.lemma))

/**
 * Whether a preposition of place or time marks token `i`, which then heads no subject; a word
 * that opens a clause ("after its rival accused it") or "along with" is read as one by the parse.
 */
function prepositional(parse: EventParse, tokens: readonly EventToken[], i: number): boolean {
  return nonSubjectCases.has(caseOf(parse, tokens, i) ?? '')
}
const nonSubjectCases = new Set(subsetOf(functionWords.prepositions, ['on', 'in', 'at', 'into', 'from', 'during', 'for', 'of', 'to', 'under', 'over', 'across', 'throughout']))

/**
 * The one who says it, when "it" or "they" is the subject of what they say: "the Taliban said
 * it met with U.S. officials", "the ministry said they had arrested six men". A pronoun that
 * agrees with a group or a thing reports on the group itself; "he" or "she" on a person named
 * ("Anna Berg said she has instructed the police chiefs"), not on a spokesman, who speaks for others.
 */
function reporter(parse: EventParse, tokens: readonly EventToken[], verb: number, subject: number): number | null {
  const personal = personalPronouns.has(tokens[subject]!.norm)
  if ((!groupPronouns.has(tokens[subject]!.norm) && !personal) || !hasRelation(parse, verb, 'ccomp')) return null
  const saying = parse.heads[verb]!
  if (saying < 0 || !sayingLemmas.has(parse.lemmas[saying]!)) return null
  // Said at once, not in a quotation or a question after a comma: "said it met", "said that they had".
  if (saying > subject || tokens.slice(saying + 1, subject).some((token) => !token.word)) return null
  // A group or a thing: a name, or a noun of an institution ("the ministry", "police"), not a
  // person ("the head of research said that it withdrew …" speaks of the company); for "he" or
  // "she", a person's name.
  const speaker = dependents(parse, saying, 'nsubj').find((word) => word < saying && (personal ? personNamed(parse, tokens, word) : parse.upos[word] === 'PROPN' || (sectorWords.has(tokens[word]!.norm) && !onePerson.has(tokens[word]!.norm))))
  if (speaker === undefined) return null
  // "it" stands for one thing, "they" for a plural or a group.
  const plural = parse.upos[speaker] === 'NOUN' && /[^s]s$/.test(tokens[speaker]!.norm)
  return tokens[subject]!.norm === 'it' && plural ? null : speaker
}
/** Whether token `w` heads a name with no article and no country or organisation in it: a person's. */
function personNamed(parse: EventParse, tokens: readonly EventToken[], w: number): boolean {
  if (parse.upos[w] !== 'PROPN' || dependents(parse, w, 'det').length > 0) return false
  const name = [w]
  for (let k = 0; k < name.length && name.length <= parse.heads.length; k++) name.push(...dependents(parse, name[k]!, 'flat', 'compound').filter((child) => parse.upos[child] === 'PROPN' && !name.includes(child)))
  let start = Math.min(...name)
  const end = Math.max(...name) + 1
  // The name is the whole subject: not "the Acme executive", misread as two subjects.
  if (determiners.has(tokens[start - 1]?.norm ?? '') || (tokens[end]?.word && nominalTags.has(parse.upos[end]!)) || parse.upos[end] === 'ADJ') return false
  // The name after a title: "Interior Minister Anna Berg".
  for (let k = start; k < end; k++) if (sectorWords.has(tokens[k]!.norm)) start = k + 1
  return start < end && actorCode(tokens, start, end) === null
}
// Nouns of an act tried or planned, whose own trigger is a compound or an infinitive: "an assassination attempt against …".
const attemptNouns = new Set(['attempt', 'plot'])
// Types whose noun can be given to the one who undergoes it: "given an ultimatum", "received threats".
const recipientTypes = new Set(['THREATEN', 'REQUEST', 'ACCUSE', 'COERCE'])
const givingVerbs = new Set(['give', 'issue', 'hand', 'serve', 'send', 'deliver'])
const receivingVerbs = new Set(['receive', 'get'])
// Verbs by which an event happens: "erupted", "took place", "broke out".
const happeningLemmas = new Set(['occur', 'happen', 'erupt', 'unfold'])

/** Whether the verb at `verb` says that its subject happened: "occurred", "took place", "broke out", "flared up". */
function happening(parse: EventParse, tokens: readonly EventToken[], verb: number): boolean {
  const lemma = parse.lemmas[verb]!
  if (happeningLemmas.has(lemma)) return true
  const particle = dependents(parse, verb, 'compound:prt').map((k) => tokens[k]!.norm)
  if ((lemma === 'break' && particle.includes('out')) || (lemma === 'flare' && particle.includes('up'))) return true
  return lemma === 'take' && dependents(parse, verb, 'obj').some((object) => tokens[object]!.norm === 'place' && object === verb + 1)
}

/** Whether a word of the name at `k` (its compounds and flat words included) is a place the gazetteer knows. */
function namesPlace(parse: EventParse, tokens: readonly EventToken[], k: number): boolean {
  return [k, ...dependents(parse, k, 'compound', 'flat')].some((word) => gazetteerAt(tokens, word, countries, places) !== null)
}

// Prepositions that also open a clause: "after a bombing killed 12 people".
const subordinators = new Set(subsetOf(functionWords.prepositions, ['after', 'before', 'since']))

/**
 * Whether `k` is an "-ing" clause that modifies the verb of the main clause, with no subject of
 * its own ("responded by calling for a strike", "fired on the crowd, wounding ten").
 */
function participleClause(parse: EventParse, tokens: readonly EventToken[], k: number): boolean {
  const verb = parse.heads[k]!
  if (!hasRelation(parse, k, 'advcl') || parse.upos[k] !== 'VERB' || !/ing$/.test(tokens[k]!.norm) || verb < 0 || parse.upos[verb] !== 'VERB') return false
  if (dependents(parse, k, 'aux', 'aux:pass').length > 0 || dependents(parse, verb, 'aux:pass').length > 0) return false
  // The verb of the main clause only: in "criticised the way the government operates, accusing
  // it", the participle is the main verb's, whatever the parse hung it on.
  return parse.relations[verb] === 'root' || (parse.relations[verb] === 'conj' && parse.heads[verb]! >= 0 && parse.relations[parse.heads[verb]!] === 'root')
}

/**
 * Whether the verb at `verb`, whose subject the parse calls passive, is active: no passive
 * auxiliary and an object of its own ("Two bomb blasts killed seven people").
 */
function activeAfterAll(parse: EventParse, verb: number): boolean {
  return verb >= 0 && dependents(parse, verb, 'aux:pass').length === 0 && dependents(parse, verb, 'obj').length > 0 && !dependents(parse, verb, 'aux').some((aux) => beForms.has(parse.lemmas[aux]!))
}
// The verbs an attempt on a life is made to do.
const lifeVerbs = new Set(['assassinate', 'kill', 'murder'])
const groupPronouns = new Set(['it', 'they'])
const personalPronouns = new Set(['he', 'she'])
const finiteBe = new Set(subsetOf(functionWords.beForms, ['is', 'are', 'was', 'were']))
// Sector nouns that name one person, who is neither "it" nor "they".
const onePerson = new Set(['minister', 'president', 'ambassador', 'envoy', 'diplomat', 'spokesman', 'spokeswoman', 'spokesperson', 'leader', 'king', 'emir', 'sultan', 'chancellor', 'governor', 'mayor', 'commander', 'soldier', 'official'])

/**
 * Whether the word at `k`, before an event noun of `type`, names who did it: "Russian
 * airstrikes", "regime-led airstrikes", the initials of a group that is no place ("IS attacks",
 * "PKK bombings"), or a country's initials ("US bombardment") unless the type is one that a
 * country's name places rather than leads.
 */
function namesActor(tokens: readonly EventToken[], k: number, type: string): boolean {
  if (/-(?:led|backed)$/.test(tokens[k]!.norm)) return true
  const hit = gazetteerAt(tokens, k, countries, places)
  if (hit === null) return initials(tokens, k)
  return hit.kind === 'demonym' || (countryInitialsHit(hit) && !placedTypes.has(type) && initials(tokens, k))
}

/** Where the word that may name an event noun's actor stands: before it, or past a word for the arm that struck ("Russian air attacks"). */
function modifierBefore(tokens: readonly EventToken[], first: number): number {
  return meansWords.has(tokens[first - 1]?.norm ?? '') ? first - 2 : first - 1
}

/** Whether the event noun's own first word, at `first`, is a country's initials that lead it ("US bombardment"), for a type the country leads. */
function leadingInitials(tokens: readonly EventToken[], first: number, type: string): boolean {
  return !placedTypes.has(type) && countryInitials(tokens, first)
}

/** Whether token `k` opens a country's name: "Venezuela" of "Venezuela's protests". */
function countryName(tokens: readonly EventToken[], k: number): boolean {
  return gazetteerAt(tokens, k, countries, places)?.kind === 'country'
}

// Words for the arm or the weapon that struck, between an actor and its attack: "Russian air attacks".
const meansWords = new Set(['air', 'naval', 'artillery', 'drone', 'missile', 'rocket', 'mortar', 'ground'])

// Events that a country's name before the noun places rather than leads: "a US visit", "UK protests".
const placedTypes = new Set(['CONSULT', 'PROTEST'])

/**
 * Whether token `k` names a country by its initials ("US", "UK"). Set before a noun, such
 * initials work as the country's adjective ("US forces", "US bombardment"): who acted, as a
 * demonym says, where a full name before an event noun is as often the place ("Syria strikes").
 */
function countryInitials(tokens: readonly EventToken[], k: number): boolean {
  const hit = gazetteerAt(tokens, k, countries, places)
  return hit !== null && countryInitialsHit(hit) && initials(tokens, k)
}

// A gazetteer hit of one token that names a country: its initials, when written in capitals.
function countryInitialsHit(hit: GazetteerHit): boolean {
  return hit.kind === 'country' && hit.length === 1
}

/** Whether token `k` is a group's initials, two to five capitals, in a sentence not set in capitals. */
function initials(tokens: readonly EventToken[], k: number): boolean {
  if (!/^[A-Z]{2,5}$/.test(tokens[k]!.text)) return false
  return tokens.filter((token) => token.word && /^[A-Z]{2,}$/.test(token.text)).length * 3 < tokens.filter((token) => token.word).length
}

// Common nouns of places where things happen: "outside the station", "in a crowded market".
const sites = new Set([
  ...placeNouns, 'station', 'street', 'streets', 'house', 'building', 'market', 'marketplace', 'mosque', 'church', 'temple', 'shrine',
  'school', 'hospital', 'compound', 'checkpoint', 'campus', 'university', 'neighbourhood', 'hotel', 'restaurant', 'cafe',
  'café', 'pub', 'bar', 'office', 'offices', 'embassy', 'consulate', 'bridge', 'mall', 'stadium', 'park', 'parliament',
  'palace', 'headquarters', 'courthouse', 'court', 'ministry', 'station', 'bus', 'train', 'subway', 'metro', 'capital',
  'centre', 'center', 'post', 'posts', 'areas', 'places', 'zone', 'front', 'line', 'streets', 'barracks', 'garrison'
])

function sitesOf(parse: EventParse, tokens: readonly EventToken[], i: number): boolean {
  return parse.upos[i] === 'NOUN' && (sites.has(tokens[i]!.norm) || sites.has(parse.lemmas[i]!))
}

// Participles of putting a weapon somewhere that do not end in "-ed": "a bomb left by …", "set by …".
const irregularPlacing = new Set(['left', 'set', 'laid', 'hidden', 'sent', 'thrown', 'driven', 'built', 'made'])
const instrumentWords = new Set(['device', 'devices', 'bomb', 'bombs', 'explosive', 'explosives', 'ied', 'ieds', 'mine', 'mines', 'grenade', 'grenades', 'blast', 'explosion', 'fire', 'shell', 'shells', 'rocket', 'rockets', 'missile', 'missiles', 'mortar', 'mortars', 'drone', 'drones', 'vest', 'gun', 'guns', 'rifle', 'knife', 'weapon', 'weapons', 'vehicle', 'car', 'truck', 'accident', 'crash'])

function conjuncts(parse: EventParse, h: number): number[] {
  const out: number[] = []
  for (const child of dependents(parse, h, 'conj')) if (nominalTags.has(parse.upos[child]!)) out.push(child, ...conjuncts(parse, child))
  return out
}

/**
 * The words of the participant headed by token `h`: its compounds, flat names, adjectives,
 * numbers and possessor, as one run of tokens with the head in it. Null for what is no
 * participant: a time, a relative pronoun, a bare number as an actor, a word the parse did not
 * read as a noun.
 */
function argumentPhrase(tokens: readonly EventToken[], parse: EventParse, h: number, role: 'actor' | 'target' | 'place'): Range | null {
  const token = tokens[h]!
  // A possessive glued to its name ("Russia’s") can be mistagged; the token says what it is.
  if (!token.word || (!nominalTags.has(parse.upos[h]!) && !(token.possessive && token.cap))) return null
  // "arrested the man minutes after the blast", read as a compound "man minutes": the man.
  if (timeWords.has(token.norm)) {
    const noun = dependents(parse, h, 'compound').find((child) => child < h && nominalTags.has(parse.upos[child]!) && !timeWords.has(tokens[child]!.norm))
    return noun === undefined ? null : argumentPhrase(tokens, parse, noun, role)
  }
  if (relativePronouns.has(token.norm) || dateWords.has(token.norm)) return null
  if (parse.upos[h] === 'NUM' && role !== 'target') return null
  if (hasRelation(parse, h, 'obl:tmod') || hasRelation(parse, h, 'nmod:tmod')) return null
  // "on 13 September 1974" is a date.
  if (parse.upos[h] === 'NUM' && (dateWords.has(tokens[h + 1]?.norm ?? '') || /^\d{4}$/.test(token.norm))) return null
  const inside = new Set<number>([h])
  const grow = (at: number) => {
    for (const child of dependents(parse, at)) {
      if (!phraseRelations.some((relation) => hasRelation(parse, child, relation))) continue
      // A possessor keeps its own name only: "Syria’s National Defense Forces".
      inside.add(child)
      grow(child)
    }
    // "the city of Deir ez-Zor", "the president of Venezuela", "the Special Envoy for Yemen
    // Ana Ruiz": a name after "of" or "for" belongs to the phrase.
    for (const child of dependents(parse, at, 'nmod')) {
      if (['of', 'for'].includes(caseOf(parse, tokens, child) ?? '') && parse.upos[child] === 'PROPN' && child > at) {
        for (let k = at + 1; k <= child; k++) inside.add(k)
        grow(child)
      }
    }
  }
  grow(h)
  // A hyphen between two words of the phrase stays in it; so does a quotation mark, when the
  // phrase holds the whole quotation: 'the "Black Heron" militia'.
  const run = (quotes: boolean): Range | null => {
    const joint = (k: number) => tokens[k]!.text === '-' || (quotes && doubleQuotes.has(tokens[k]!.text))
    let start = h
    while (start > 0 && (inside.has(start - 1) || (joint(start - 1) && inside.has(start - 2)))) start--
    let end = h + 1
    while (end < tokens.length && (inside.has(end) || (joint(end) && inside.has(end + 1)))) end++
    // The quotation closed inside the phrase opened before it: '"Black Heron" militia'.
    if (quotes && start > 0 && doubleQuotes.has(tokens[start - 1]!.text) && tokens.slice(start, end).filter((token) => doubleQuotes.has(token.text)).length % 2 === 1) start--
    return trim(tokens, start, end)
  }
  const quoted = run(true)
  const range = quoted && tokens.slice(quoted[0], quoted[1]).filter((token) => doubleQuotes.has(token.text)).length % 2 === 0 ? quoted : run(false)
  return range ? withQuotedName(tokens, range) : null
}

/**
 * A phrase with the quoted name that stands before it, after an article: 'the "Black Heron"
 * militant group', which a parse may hang elsewhere.
 */
function withQuotedName(tokens: readonly EventToken[], [start, end]: Range): Range {
  if (start < 3 || !doubleQuotes.has(tokens[start - 1]!.text)) return [start, end]
  let k = start - 2
  while (k > 0 && start - k <= 6 && tokens[k]!.word && tokens[k]!.cap) k--
  if (k === start - 2 || !doubleQuotes.has(tokens[k]!.text)) return [start, end]
  return k === 0 || determiners.has(tokens[k - 1]!.norm) ? [k, end] : [start, end]
}

function toPlace(context: PipelineContext, tokens: readonly EventToken[], [start, end]: Range): Event['location'] {
  // "Venezuela's protests": the place is the name without its possessive ending.
  const span = {start: tokens[start]!.start, end: withoutPossessive(context.text, tokens[end - 1]!)}
  return {name: context.text.slice(span.start, span.end), span}
}

/**
 * The subject the token grammar finds for a verb the parse left without one, when the parse
 * went astray ("Taliban fighters set off a car bomb", with "fighters" read as the verb and "set"
 * as its modifier): the verb is still read as a verb, it has no subject in the parse and is not
 * joined to a verb before it, and the phrase before it is a noun or a name, no weapon, not
 * after a preposition, not a possessive ("Smith's widely criticized remarks"), and none of the
 * targets or the place.
 */
function strayedSubjects(tokens: readonly EventToken[], parse: EventParse, first: number, last: number, form: string, roles: Roles): Range[] {
  const start = verbGroupStart(tokens, first)
  if (parse.upos[first] !== 'VERB' || dependents(parse, first, 'nsubj', 'csubj').length > 0 || functionWords.coordinators.includes(tokens[start - 1]?.norm ?? '')) return []
  const overlaps = ([a, b]: Range, [c, d]: Range) => a < d && c < b
  return verbRoles(tokens, first, last, form).actors.filter((range) => {
    const end = range[1] - 1
    return nominalHeads.has(parse.upos[end]!) && !prepositional(parse, tokens, end) && !phrasePrepositions.has(tokens[range[0] - 1]?.norm ?? '') &&
      !instrumentWords.has(tokens[end]!.norm) && !tokens[end]!.possessive && !roles.targets.some((target) => overlaps(range, target)) && !(roles.place && overlaps(range, roles.place))
  })
}
const nominalHeads = new Set(['NOUN', 'PROPN', 'PRON'])
// Prepositions that take a noun phrase only; "after", "before", "since" and "as" also open a clause ("after militants killed …").
const phrasePrepositions = new Set(except(functionWords.prepositions, ['after', 'before', 'since', 'as']))

function verbRoles(tokens: readonly EventToken[], first: number, last: number, form: string): Roles {
  const group = tokens.slice(verbGroupStart(tokens, first), first).map((token) => token.norm)
  const [clauseStart, clauseEnd] = clauseRange(tokens, first)
  const passive = (form === 'ed' || form === 'pp') && group.some((word) => beForms.has(word))
  let subject = leftPhrase(tokens, verbGroupStart(tokens, first), clauseStart)
  // "Protesters in Khartoum rallied": a place after a preposition is not the subject.
  if (subject && beforePlace.has(tokens[subject[0] - 1]?.norm ?? '') && gazetteerAt(tokens, subject[0], countries, places)) {
    subject = leftPhrase(tokens, subject[0] - 1, clauseStart) ?? subject
  }
  if (passive) {
    const by = findWord(tokens, last, clauseEnd, 'by')
    return {actors: by >= 0 ? split(tokens, rightPhrase(tokens, by + 1, clauseEnd)) : [], targets: split(tokens, subject)}
  }
  const object = rightPhrase(tokens, last, clauseEnd)
  const targets = split(tokens, object)
  // "agreed to a compromise with the US", "met with representatives": a partner after "with".
  if (!tokens[last - 1] || tokens[last - 1]!.norm !== 'with') {
    const withAt = findWord(tokens, last, Math.min(clauseEnd, last + 8), 'with')
    if (withAt >= 0) targets.push(...split(tokens, rightPhrase(tokens, withAt + 1, clauseEnd)))
  }
  return {actors: split(tokens, subject), targets}
}

function nounRoles(tokens: readonly EventToken[], first: number, last: number, type: string): Roles {
  const [clauseStart, clauseEnd] = clauseRange(tokens, first)
  const actors: Range[] = []
  const targets: Range[] = []
  const between = tokens[last]?.norm === 'between' ? last : -1
  if (between >= 0) actors.push(...split(tokens, rightPhrase(tokens, between + 1, clauseEnd, true)))
  const by = findWord(tokens, last, Math.min(clauseEnd, last + 3), 'by')
  if (by >= 0) actors.push(...split(tokens, rightPhrase(tokens, by + 1, clauseEnd)))
  const against = findWord(tokens, last, Math.min(clauseEnd, last + 3), 'against', 'on')
  const after = tokens[against + 1]
  // "talks on February 15" is a date, not a target.
  if (against >= 0 && after && !dateWords.has(after.norm) && !/^\d/.test(after.norm)) targets.push(...split(tokens, rightPhrase(tokens, against + 1, clauseEnd)))

  if (actors.length === 0) {
    // A modifier names the actor: "Russian airstrikes", "regime-led airstrikes", "Russia's raids".
    const at = modifierBefore(tokens, first)
    const modifier = tokens[at]
    if (modifier && modifier.word && !timeWords.has(modifier.norm) && (modifier.possessive || namesActor(tokens, at, type))) {
      actors.push([at, at + 1])
    } else if (first < last - 1 && leadingInitials(tokens, first, type)) actors.push([first, first + 1])
  }
  if (actors.length === 0) {
    // The subject of a light verb acts through the noun: "the coalition has been carrying out airstrikes".
    for (let k = first - 1; k >= Math.max(clauseStart, first - 6); k--) {
      if (lightVerbs.has(tokens[k]!.norm)) {
        actors.push(...split(tokens, leftPhrase(tokens, verbGroupStart(tokens, k), clauseStart)))
        break
      }
    }
  }
  return {actors, targets}
}

function findWord(tokens: readonly EventToken[], from: number, to: number, ...words: string[]): number {
  for (let k = from; k < to; k++) if (words.includes(tokens[k]!.norm)) return k
  return -1
}

/** Whether a token can stand in a name-like noun phrase. */
function nominal(token: EventToken): boolean {
  if (!token.word) return false
  if (token.cap) return !phraseStops.has(token.norm) && !determiners.has(token.norm) && !dateWords.has(token.norm) && !sentenceAdverbs.has(token.norm)
  return sectorWords.has(token.norm) || /-(?:led|backed|based)$/.test(token.norm)
}

/** The noun phrase that ends just before token `end`, no further back than `limit`. */
function leftPhrase(tokens: readonly EventToken[], end: number, limit: number): Range | null {
  let k = end - 1
  // Skip a date and a parenthesis between subject and verb: "The group (IS) on January 20 attacked".
  for (;;) {
    const token = tokens[k]
    if (!token || k < limit) return null
    if (token.text === ')') {
      while (k >= limit && tokens[k]!.text !== '(') k--
      k--
      continue
    }
    if (token.word && (dateWords.has(token.norm) || /^\d/.test(token.norm) || /^(?:\d+)?(?:st|nd|rd|th)$/.test(token.norm))) {
      k--
      if (tokens[k] && ['on', 'in', 'since'].includes(tokens[k]!.norm)) k--
      continue
    }
    break
  }
  const stop = k + 1
  let start = stop
  while (k >= limit) {
    const token = tokens[k]!
    if (nominal(token) || (token.word && !token.cap && pronouns.has(token.norm) && start === stop)) {
      start = k
      if (pronouns.has(token.norm)) break
      k--
      continue
    }
    if (token.word && connectors.has(token.norm)) {
      // "Russia and the United States": connectors join two name-like words.
      let j = k
      while (j >= limit && tokens[j]!.word && connectors.has(tokens[j]!.norm)) j--
      if (j >= limit && nominal(tokens[j]!)) {
        k = j
        continue
      }
    }
    // A lower-case noun inside a name-like phrase: "The Islamic State terror group".
    if (token.word && !token.cap && !/^\d/.test(token.norm) && !phraseStops.has(token.norm) && !determiners.has(token.norm) && start < stop && tokens[k - 1]?.cap && nominal(tokens[k - 1]!)) {
      start = k
      k--
      continue
    }
    break
  }
  return trim(tokens, start, stop)
}

/** The noun phrase that starts at token `start` (after determiners), up to `limit`. */
function rightPhrase(tokens: readonly EventToken[], start: number, limit: number, coordinated = false): Range | null {
  let k = start
  while (k < limit && tokens[k]!.word && (determiners.has(tokens[k]!.norm) || ['yet', 'another', 'once', 'again', 'also'].includes(tokens[k]!.norm))) k++
  const first = k
  while (k < limit && k - first < 12) {
    const token = tokens[k]!
    if (!token.word) break
    if (token.norm === 'of' || (coordinated && token.norm === 'and') || token.norm === 'al') {
      if (tokens[k + 1] && (tokens[k + 1]!.cap || determiners.has(tokens[k + 1]!.norm) || nominal(tokens[k + 1]!))) { k++; continue }
      break
    }
    if (token.norm === 'the' && k > first) { k++; continue }
    if (phraseStops.has(token.norm) || determiners.has(token.norm)) break
    if (!token.cap && /(?:ing|ed|ly)$/.test(token.norm) && !nominal(token)) break
    // "the general's regime": a possessive goes on to what it possesses.
    if (token.possessive && !(tokens[k + 1]?.word && !phraseStops.has(tokens[k + 1]!.norm))) { k++; break }
    k++
  }
  return trim(tokens, first, k)
}

function trim(tokens: readonly EventToken[], start: number, end: number): Range | null {
  while (start < end && (connectors.has(tokens[start]!.norm) || determiners.has(tokens[start]!.norm))) start++
  while (end > start && (connectors.has(tokens[end - 1]!.norm) || !tokens[end - 1]!.word)) end--
  return end > start ? [start, end] : null
}

/** Split "Russia and the United States" into two participants. */
function split(tokens: readonly EventToken[], range: Range | null): Range[] {
  if (!range) return []
  const [start, end] = range
  const parts: Range[] = []
  let from = start
  for (let k = start; k < end; k++) {
    if (tokens[k]!.norm === 'and' && !tokens.slice(from, k).some((token) => token.norm === 'of')) {
      const part = trim(tokens, from, k)
      if (part) parts.push(part)
      from = k + 1
    }
  }
  const part = trim(tokens, from, end)
  if (part) parts.push(part)
  return parts
}

function toParticipant(context: PipelineContext, around: TextAround, speakers: SpeakerIndex, tokens: readonly EventToken[], [start, end]: Range, meeting = false): Participant {
  // A modifier that names who led or backed the act is the name without its ending: "Regime" of
  // "Regime-led airstrikes".
  const led = end - start === 1 ? /-(?:led|backed)$/i.exec(tokens[start]!.text) : null
  const span = {start: tokens[start]!.start, end: led ? tokens[start]!.end - led[0].length : withoutPossessive(context.text, tokens[end - 1]!)}
  const name = context.text.slice(span.start, span.end)
  const speaker = speakerOf(speakers, name, span)
  // "I" and "me" inside what a speaker says are that speaker: '"I ordered the strike," Reyes said'.
  if (end - start === 1 && speaker === null && firstPerson.has(tokens[start]!.norm)) {
    const saying = context.draft.claims.find((claim) => claim.speaker !== null && claim.content.span.start <= span.start && span.end <= claim.content.span.end)
    const named = saying ? nameOf(context.draft.speakers.find((candidate) => candidate.id === saying.speaker), context.text, saying.span) : null
    if (saying && named) return {name, span, speaker: saying.speaker, code: null, refersTo: named}
  }
  // Inside a quotation, "he" is whoever the speaker talks of, whom the words before the quotation
  // need not name: it is left unresolved.
  // Only the subject of a main clause is resolved ("He attacked …", "Later, he met …"), where a
  // pronoun goes on with the subject before it; an object or a pronoun inside a clause is left as it stands.
  const unquoted = end - start === 1 && speaker === null && !quoted(around, span.start) && subjectForms.has(tokens[start]!.norm)
  const pronoun = unquoted && mainSubject(around, span) ? tokens[start]!.norm : undefined
  // A "he" or "she" inside a clause stands for the subject of its own sentence's main clause
  // before it, when that is a person of its gender: "Ana Ruiz denied charges that she set off the bomb".
  const inner = unquoted && !pronoun && personalPronouns.has(tokens[start]!.norm) ? tokens[start]!.norm : undefined
  if (inner) {
    const found = antecedentsBefore(around, span.start, inner)
    const candidate = found[0]
    const sameSentence = candidate !== undefined && !/[.!?]["”’]?\s/.test(context.text.slice(candidate.span.end, span.start))
    // Nobody else who could be "he" stands between: "Reyes said Navarro should resign if he …".
    const between = candidate !== undefined && found.some((other) => other.span.start >= candidate.span.end && other.span.start < span.start)
    if (candidate && sameSentence && !between && mainSubject(around, candidate.span) && mentionGender(candidate, around.firstNames) === pronounGender(inner)) {
      const named = {start: candidate.span.start, end: possessiveCut(context.text, candidate.span.end, false)}
      return {name, span, speaker: speakerOf(speakers, candidate.name, candidate.span), code: null, refersTo: {text: context.text.slice(named.start, named.end), span: named}}
    }
  }
  const antecedent = pronoun ? (antecedentsBefore(around, span.start, pronoun)[0] ?? null) : null
  const antecedentSpeaker = antecedent ? speakerOf(speakers, antecedent.name, antecedent.span) : null
  // The likeliest name is taken only when it is sure enough: a speaker's, or a person whose
  // first name, title or honorific gives the pronoun's gender. "It" and "they" go with a
  // speaker only: a place or a team named last is no body that acts.
  const gender = pronoun ? pronounGender(pronoun) : null
  const sure = antecedent !== null && (antecedentSpeaker !== null || (gender !== null && mentionGender(antecedent, around.firstNames) === gender))
  // "The two leaders arrived in Geneva. They met for an hour": those who meet are more than one,
  // and a "they" that meets goes on with the group the sentence before has as its subject.
  const group = pronoun === 'they' && meeting && !sure ? groupBefore(around, span.start) : null
  if (group) return {name, span, speaker: null, code: null, refersTo: {text: context.text.slice(group.start, group.end), span: group}}
  if (!antecedent || !sure) return {name, span, speaker, code: actorCode(tokens, start, end), refersTo: null}
  const named = {start: antecedent.span.start, end: possessiveCut(context.text, antecedent.span.end, false)}
  const refersTo = {text: context.text.slice(named.start, named.end), span: named}
  return {name, span, speaker: antecedentSpeaker, code: null, refersTo}
}

// First-person singular pronouns, which stand for whoever says them.
const firstPerson = new Set(['i', 'me'])

/**
 * The mention of `speaker` that names them (no pronoun), the one in the claim at `near` first,
 * else their first: the name an "I" in that claim stands for.
 */
function nameOf(speaker: Speaker | undefined, text: string, near: {start: number; end: number}): {text: string; span: {start: number; end: number}} | null {
  if (!speaker) return null
  const names = speaker.mentions.filter((mention) => !pronouns.has(text.slice(mention.start, mention.end).toLowerCase()))
  const found = names.find((mention) => mention.start >= near.start && mention.end <= near.end) ?? names[0]
  return found ? {text: text.slice(found.start, found.end), span: {start: found.start, end: found.end}} : null
}

// Third-person subject pronouns, which the resolver reads.
const subjectForms = new Set(subsetOf(functionWords.subjectPronouns, ['he', 'she', 'they', 'it']))

/**
 * An actor named by a pronoun ("he", "they", "I") is kept only when it stands for someone: a
 * mention of a speaker, or a name before it that the resolver finds (`refersTo`); any other
 * pronoun gives no actor, since a bare "He" tells a reader nothing and may stand for the wrong
 * one ("it exploded", "it met"). A target keeps its pronoun: "he was arrested" says at least
 * that someone already named was.
 */
function named(participant: Participant): boolean {
  // "US" in capitals is the country, no "us".
  const pronoun = pronouns.has(participant.name.toLowerCase()) && !/^[A-Z]{2,}$/.test(participant.name)
  return !pronoun || participant.speaker !== null || participant.refersTo !== null
}

/** Where a participant's last word ends without its possessive ending: "Russia" of "Russia’s". */
function withoutPossessive(text: string, token: EventToken): number {
  return token.possessive ? possessiveCut(text, token.end, true) : token.end
}

/**
 * Where a name ending at `end` ends without a possessive ending it holds: "Andre Agassi" of
 * "Andre Agassi's"; with `plural`, also "the Joneses" of "the Joneses'".
 */
function possessiveCut(text: string, end: number, plural: boolean): number {
  const ending = text.slice(end - 2, end)
  if (/^['’]s$/i.test(ending)) return end - 2
  if (plural && /^s['’]$/i.test(ending)) return end - 1
  return end
}

/** The speakers' mentions in text order and their names, for lookups in logarithmic time. */
interface SpeakerIndex {
  mentions: Array<{start: number; end: number; id: string}>
  names: Map<string, string>
}

function speakerIndex(speakers: readonly Speaker[]): SpeakerIndex {
  const mentions = speakers
    .flatMap((speaker) => speaker.mentions.map((mention) => ({start: mention.start, end: mention.end, id: speaker.id})))
    .sort((a, b) => a.start - b.start)
  const names = new Map<string, string>()
  for (const speaker of speakers) {
    for (const value of [speaker.name, ...speaker.aliases]) if (!names.has(value.toLowerCase())) names.set(value.toLowerCase(), speaker.id)
  }
  return {mentions, names}
}

function speakerOf(speakers: SpeakerIndex, name: string, span: {start: number; end: number}): string | null {
  // The first mention that starts before the participant ends; mentions are short, so look back a little.
  const low = countBefore(speakers.mentions, span.end, (mention) => mention.start)
  for (let k = low - 1; k >= 0 && k >= low - 8; k--) {
    const mention = speakers.mentions[k]!
    if (mention.start < span.end && span.start < mention.end) return mention.id
  }
  const key = name.replace(/['’]s$/, '').toLowerCase()
  if (pronouns.has(key)) return null
  return speakers.names.get(key) ?? null
}

/**
 * The CAMEO-style code of a participant's words: an organisation's code, else a country's code
 * followed by the sector of the head noun (`RUSMIL`), a seat of government counting as `GOV`.
 */
export function actorCode(tokens: readonly EventToken[], start: number, end: number): string | null {
  const words = tokens.slice(start, end)
  const text = words.map((token) => token.text.replace(/['’]s$/, '')).join(' ')
  const organization = organizationPattern.exec(text)
  if (organization) return organizationCodes.get(organization[1]!) ?? null
  let country: string | null = null
  let sector: string | null = null
  for (let k = start; k < end; k++) {
    const hit = gazetteerAt(tokens, k, countries, places)
    if (hit && hit.kind !== 'place' && hit.country) {
      country ??= hit.country
      if (hit.kind === 'capital') sector ??= 'GOV'
      k += hit.length - 1
    }
  }
  // The sector of the head: the sector phrase that ends last.
  let best: {end: number; code: string} | null = null
  for (let k = start; k < end; k++) {
    const entries = sectorsByFirst.get(tokens[k]!.norm)
    if (!entries) continue
    for (const entry of entries) {
      if (phraseAt(tokens, k, end, entry.words)) {
        const stop = k + entry.words.length
        if (!best || stop > best.end) best = {end: stop, code: entry.code}
        break
      }
    }
  }
  if (best) sector = best.code
  if (!country && !sector) return null
  return `${country ?? ''}${sector ?? ''}`
}

/** Whether `words` stand at token `k`, all before `end`. */
function phraseAt(tokens: readonly EventToken[], k: number, end: number, words: readonly string[]): boolean {
  if (k + words.length > end) return false
  for (let n = 0; n < words.length; n++) if (tokens[k + n]!.norm !== words[n]) return false
  return true
}

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * The place of an event: "in the Syrian city of X", "X province", "at X Airbase", or a
 * gazetteer name after "in", "at", "near"… in the trigger's clause, after the trigger first.
 */
function locationOf(context: PipelineContext, tokens: readonly EventToken[], first: number, parse: EventParse | null): Event['location'] {
  const [clauseStart, clauseEnd] = clauseRange(tokens, first)
  const order: number[] = []
  for (let k = first; k < clauseEnd; k++) order.push(k)
  for (let k = clauseStart; k < first; k++) order.push(k)
  for (const k of order) {
    const range = placeAt(tokens, k)
    if (range && parse && elsewhere(parse, tokens, range, first)) continue
    if (range) {
      const span = {start: tokens[range[0]]!.start, end: tokens[range[1] - 1]!.end}
      return {name: context.text.slice(span.start, span.end), span}
    }
  }
  return null
}

/**
 * Whether the parse puts the place at `range` away from the event whose trigger starts at
 * `first`: inside a relative clause the trigger is not in ("two men who had lived in France carried
 * the bombs"), or naming a thing that is not a place ("the New York indictment").
 */
function elsewhere(parse: EventParse, tokens: readonly EventToken[], range: Range, first: number): boolean {
  const above = new Set<number>()
  for (let k = first, steps = 0; k >= 0 && steps < parse.heads.length; k = parse.heads[k]!, steps++) above.add(k)
  let k = range[1] - 1
  for (let steps = 0; steps < parse.heads.length && parse.heads[k]! >= range[0] && parse.heads[k]! < range[1]; steps++) k = parse.heads[k]!
  // Up a chain of compounds: "the Geneva trade talks" still names the talks' place.
  let named = k
  for (let steps = 0; hasRelation(parse, named, 'compound') && parse.heads[named]! >= 0 && !above.has(named) && steps < parse.heads.length; steps++) named = parse.heads[named]!
  if (named !== k && !above.has(named) && parse.upos[named] === 'NOUN' && !sitesOf(parse, tokens, named)) return true
  for (let steps = 0; k >= 0 && !above.has(k) && steps < parse.heads.length; k = parse.heads[k]!, steps++) {
    if (hasRelation(parse, k, 'acl:relcl')) return true
  }
  return false
}

const placeAdjective = /(?:ern|held|controlled|occupied|besieged|torn|ravaged|annexed|divided|central|neighbou?ring|greater|downtown)$/
const placePrepositions = new Set(subsetOf(functionWords.prepositions, ['in', 'at', 'near', 'outside', 'across', 'into', 'to', 'inside', 'around', 'throughout']))

function placeAt(tokens: readonly EventToken[], k: number): Range | null {
  const token = tokens[k]!
  // "the Syrian city of Al-Hasakah", "the province of Idlib".
  if (token.word && placeNounSet.has(token.norm) && !token.cap && tokens[k + 1]?.norm === 'of' && tokens[k + 2]?.cap) {
    let end = k + 2
    while (end < tokens.length && tokens[end]!.cap && tokens[end]!.word) end++
    return [k + 2, end]
  }
  if (!token.word || (!token.cap && !/^(?:al|el|ad|as|ar)-/.test(token.norm)) || token.possessive) return null
  const previous = tokens[k - 1]
  const hit = gazetteerAt(tokens, k, countries, places)
  if (hit && hit.kind !== 'demonym' && !tokens[k + hit.length - 1]!.possessive) {
    const after = tokens[k + hit.length]
    if (after && after.word && after.cap && placeNounSet.has(after.norm)) return [k, k + hit.length + 1]
    if ((previous && placePrepositions.has(previous.norm)) || (after && placeNounSet.has(after.norm))) return [k, k + hit.length]
    // "in the Gaza Strip".
    if (previous?.norm === 'the' && tokens[k - 2] && placePrepositions.has(tokens[k - 2]!.norm)) return [k, k + hit.length]
    // "in northern Syria", "in rebel-held Idlib".
    if (previous && previous.word && placeAdjective.test(previous.norm) && tokens[k - 2] && placePrepositions.has(tokens[k - 2]!.norm)) return [k, k + hit.length]
  }
  // "at al-Qamishli Airbase", "in Idlib province": an unknown name before a place noun, after a preposition.
  if (previous && placePrepositions.has(previous.norm)) {
    let end = k
    while (end < tokens.length && tokens[end]!.word && (tokens[end]!.cap || /^(?:al|el|ad|as|ar)-/.test(tokens[end]!.norm)) && !placeNounSet.has(tokens[end]!.norm)) end++
    const noun = tokens[end]
    if (end > k && noun && noun.word && placeNounSet.has(noun.norm)) return noun.cap ? [k, end + 1] : [k, end]
  }
  return null
}
