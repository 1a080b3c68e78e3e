/**
 * Find PLOVER event triggers: verbs, event nouns and phrases from the trigger lexicon, in
 * every inflection, kept only where the grammar around them says they name an event.
 *
 * > | US forces once again blocked Russian Military Police from patrolling.
 *                            ^^^^^^^ COERCE
 * > | a new round of peace talks in Astana
 *                    ^^^^^^^^^^^ CONSULT
 * > | Russia had threatened to veto an extension
 *                ^^^^^^^^^^ THREATEN (the veto is what was threatened, not an event)
 *
 * What is left out, and why:
 *
 * - a verb in the infinitive ("threatened to veto", "pledged to cooperate", "ways to work
 *   with"): it is the content or the purpose of another act, not an act of its own; a noun
 *   inside one stays only when a place or a date anchors it ("to attend peace talks in Astana");
 * - a bare `-ing` participle or gerund ("incidents of troops blocking patrols"), and a past
 *   participle used as an adjective after a determiner ("the alleged attack");
 * - support and cooperation in the present tense ("the US backs militias", "are working
 *   together"): a standing relation, not an event;
 * - a definite noun that points back to an event already named ("The meeting was aimed…")
 *   unless a date or a place makes it a new one ("the December 29 ceasefire"): it is a
 *   mention of the latest event of its type (`Event.mentions`), not an event;
 * - a second trigger of the same event: "negotiations in meetings" (a mention of it, as the
 *   definite noun above), or a consequence such as "killed" next to the attack that did it.
 *
 * Every event comes out `asserted` with no participants, place or date; later stages fill those.
 */
import type {Stage} from '../stage.js'
import type {Event} from '../schema/event.js'
import {countries} from '../lexicon/countries.js'
import {places} from '../lexicon/places.js'
import {criticismVerbs, modifierHeads, playWords, weaponSubjects, type PloverTypeName, type Retype, type TriggerEntry} from '../lexicon/triggers.js'
import {
  beForms,
  clauseRange,
  collectiveNouns,
  dateWords,
  determiners,
  gazetteerAt,
  isGroupAdverb,
  mayHoldTrigger,
  opensClause,
  quoteMarks,
  triggerIndex,
  verbGroupStart,
  type FormKind,
  type EventToken,
  type TriggerForm
} from '../language/event-grammar.js'
import {caseOf, eventParse, misreadSubject, reducedRelative, type EventParse} from '../language/event-syntax.js'
import {dependents, hasRelation} from '../language/tree.js'
import {except, subsetOf} from '../language/word-sets.js'
import * as functionWords from '../lexicon/function-words.js'
import {cues} from '../lexicon/cues.js'
import {isTitleNoun} from '../language/speaker-phrase.js'

const modifierHeadSet = new Set(modifierHeads)
const definite = new Set(['the', ...functionWords.demonstratives])
// Determiners that only ever stand before a noun ("that" can open a relative clause).
const articles = new Set([...functionWords.articles, ...functionWords.possessiveDeterminers, ...except(functionWords.demonstratives, ['this', 'that'])])
// Relations rather than acts: their present tense describes a state.
const stativeTypes = new Set(['SUPPORT', 'COOPERATE'])
const presentBe = new Set(subsetOf(functionWords.beForms, ['is', 'are', 'am', "'s", "'re"]))
const modals = new Set([...except(functionWords.modals, ['ought']), ...functionWords.doForms, 'to'])
// Words after which a base form can be a verb: pronouns, modals, "to", coordinators.
const subjectLike = new Set(['i', 'we', 'you', 'they', 'who', 'which', 'to', ...functionWords.doForms, ...except(functionWords.modals, ['ought']), 'not', "n't", 'never', 'let', 'help', 'make', 'and', 'or', 'also', 'please', 'people', 'police', 'military', 'army'])
const nounModifiers = new Set(['new', 'other', 'many', 'several', 'some', 'key', 'main', 'previous', 'election', 'tax', 'such', 'further', 'more', 'fresh', 'recent', 'latest', 'early', 'earlier', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'manifesto', 'campaign', 'spending', 'major', 'repeated', 'similar', 'false', 'specific', 'broken'])
// Quotation marks do not end an infinitive: 'to apologise for his "ill-judged comment" and withdraw it'.
const scopeEnds = new Set([';', ':', '—', '–', '-', '--', '(', ')', '.', '!', '?'])
const participleModifiers = new Set(['better', 'well', 'best', 'poorly', 'badly', 'worse', 'ill', 'newly', 'other', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'many', 'some', 'those', 'this', 'these'])
/**
 * Whether a passive "threatened" at `i` is an act against someone: it has a "by" or "with"
 * after it ("threatened by rebels", "threatened with death"), or its subject, the word before
 * its verb group, is a person, a name or a group of people ("he was threatened", "residents
 * were threatened"), not a thing ("journalism is threatened").
 */
function endangered(tokens: readonly EventToken[], subjectEnd: number, i: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length, i + 6) && tokens[k]!.word; k++) if (tokens[k]!.norm === 'by' || tokens[k]!.norm === 'with') return true
  const subject = tokens[subjectEnd - 1]
  if (!subject?.word) return true
  // A capital marks a name, except on the sentence's first word ("Jobs are threatened").
  return (subject.cap && subjectEnd > 1) || personalPronouns.has(subject.norm) || isTitleNoun(subject.norm) || peopleNouns.has(subject.norm)
}
const personalPronouns = new Set([...except(functionWords.subjectPronouns, ['it']), 'who'])
// Plural nouns of people, or of businesses that someone may threaten, that no role list holds:
// "residents were threatened", "shops were threatened and blackmailed".
const peopleNouns = new Set(['businesses', 'companies', 'firms', 'shops', 'owners', 'people', 'residents', 'villagers', 'civilians', 'workers', 'staff', 'employees', 'families', 'children', 'women', 'men', 'members', 'voters', 'students', 'journalists', 'reporters', 'witnesses', 'protesters', 'activists', 'farmers', 'teachers', 'doctors', 'nurses', 'patients', 'refugees', 'migrants', 'minorities', 'communities', 'neighbours', 'neighbors', 'officials', 'lawmakers', 'judges', 'players', 'fans'])

// Linking verbs, after which a participle says what state one is in: "has since become
// withdrawn", "seemed threatened", "remained divided".
const linkingVerbs = new Set([
  'become', 'becomes', 'became', 'becoming', 'seem', 'seems', 'seemed', 'seeming', 'appear', 'appears', 'appeared', 'appearing',
  'remain', 'remains', 'remained', 'remaining', 'feel', 'feels', 'felt', 'feeling', 'look', 'looks', 'looked', 'looking', 'sound', 'sounds', 'sounded'
])
const notPlural = new Set(['this', 'thus', 'plus', 'was', 'has', 'does', 'his', 'its', 'is', 'as', 'us', 'yes', 'less', 'unless', 'always', 'perhaps', 'whereas', 'besides', 'towards', 'afterwards', 'news', 'politics', 'status', 'various', 'previous', 'serious', 'famous', 'obvious', 'numerous'])
// The prepositions this stage was tuned with: 22 of the shared list.
const prepositions = new Set(subsetOf(functionWords.prepositions, ['of', 'in', 'on', 'for', 'with', 'by', 'at', 'from', 'to', 'into', 'about', 'against', 'over', 'under', 'after', 'before', 'during', 'amid', 'despite', 'without', 'between', 'among']))
// The prepositions that join two triggers into one event: "negotiations in UN-sponsored meetings".
const joining = new Set(subsetOf(functionWords.prepositions, ['in', 'at', 'of', 'during', 'with']))
const objectStops = new Set([',', ';', ':', '.', '!', '?', '(', ')', '“', '”', '"', '—', '–'])
// Words after "to" that show it is a preposition, not the mark of an infinitive.
const notVerbAfterTo = new Set([
  ...determiners, 'him', 'them', 'us', 'me', 'it', 'you', 'all', 'both', 'many', 'more', 'most', 'other', 'war', 'power',
  'court', 'prison', 'jail', 'office', 'hospital', 'school', 'church', 'home', 'bed', 'date', 'death', 'trial',
  'justice', 'peace', 'life', 'light', 'mind', 'market', 'sea', 'land', 'safety', 'zero', 'around', 'about',
  'almost', 'nearly', 'over', 'under', 'up', 'down', 'where', 'what', 'whom', 'which', 'mass', 'date', 'millions',
  'thousands', 'hundreds', 'dozens', 'tens', 'scale', 'rest', 'one', 'two', 'three', 'last', 'next', 'early',
  'late', 'recent', 'previous', 'further', 'new', 'local', 'foreign', 'international', 'national', 'military',
  'humanitarian', 'political'
])

const doneToPeople = new Set(['COERCE', 'ACCUSE', 'ASSAULT'])
const strikeNouns = new Set(['strike', 'strikes'])
const relativePronouns = new Set(['that', 'which'])
// The prepositions that bring in what a noun of attack or criticism is aimed at, or who made it.
const nounObjectMarkers = new Set(subsetOf(functionWords.prepositions, ['on', 'against', 'from', 'by', 'over']))
const temporalPrepositions = new Set([...subsetOf(functionWords.prepositions, ['before', 'after']), ...subsetOf(functionWords.subordinators, ['while'])])

/** The trigger stage; see the file comment. */
export const events: Stage = {
  name: 'events',
  run(context) {
    const sentences = context.language.eventSentences()
    const facts = context.language.triggerFacts
    const found: Event[] = []

    const index = triggerIndex()
    // Whether the story has named air, drone or missile strikes yet.
    let strikesNamed = false
    for (let sentenceIndex = 0; sentenceIndex < sentences.length; sentenceIndex++) {
      const sentence = sentences[sentenceIndex]!
      // Most sentences name no event: they are not cut into tokens at all.
      if (!mayHoldTrigger(context.text, sentence.span)) continue
      const candidates: Candidate[] = []
      const {tokens} = sentence
      const headline = sentence.block.kind === 'title'
      // A headline's parse is one sentence's, read before the words: it says whether a word
      // that may be a noun or a verb is the verb ("Tories attack plans").
      const headlineTags = headline ? eventParse(context.language, sentence)?.upos : undefined
      for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i]!
        if (!token.word) continue
        const forms = index.get(token.norm)
        if (!forms) continue
        const candidate = pick(forms, tokens, i, headline, strikesNamed, headlineTags)
        if (!candidate) continue
        // An agreement noun found after its verb makes the verb's trigger longer: "signed" → "signed an accord".
        const same = candidates.findIndex((other) => other.spanFirst === candidate.spanFirst)
        if (same >= 0) {
          if (candidate.last > candidates[same]!.last || (candidate.entry.madeBy && !candidates[same]!.entry.madeBy)) candidates[same] = candidate
          continue
        }
        candidates.push(candidate)
        // An agreement verb before its noun is the trigger: go on after the noun all the same.
        i = Math.max(i, candidate.last - 1)
      }

      if (candidates.length === 0) continue
      // The parse settles what the words around could not: "city blocks" is no verb, "the shop
      // charges customers" no noun. A headline is parsed as prose (see `readHeadline`), and a
      // verb read only by the headline's grammar stands when the parse reads a verb there too.
      const parse = eventParse(context.language, sentence)
      if (parse) {
        for (let k = candidates.length - 1; k >= 0; k--) if (!partOfSpeechAgrees(candidates[k]!, parse, tokens) || (candidates[k]!.telegraphic && parse.upos[candidates[k]!.first] !== 'VERB')) candidates.splice(k, 1)
      } else {
        for (let k = candidates.length - 1; k >= 0; k--) if (candidates[k]!.telegraphic) candidates.splice(k, 1)
      }
      if (candidates.length === 0) continue
      // The event each kept candidate names, itself or as a mention.
      const kept = new Map<Candidate, Event>()
      // Whether the sentence tells of a match, read once and only for an attack.
      let inPlay: boolean | undefined
      const scope = infinitiveScope(tokens, parse)
      // A headline's "to" before its verb is a future, no purpose: "PM to visit China".
      const future = new Set<number>()
      if (headline && parse) for (const candidate of candidates) if (candidate.form !== 'noun' && headlineFuture(tokens, parse, candidate.first)) future.add(candidate.first)
      for (const first of future) scope[first] = false
      for (let index = 0; index < candidates.length; index++) {
        const candidate = candidates[index]!
        const {entry, first, type} = candidate
        const isNoun = candidate.form === 'noun'

        // A campaign rally and rallying supporters are no protest.
        if (type === 'PROTEST' && /^rall/.test(tokens[first]!.norm) && !protestRally(tokens, parse, candidate)) continue
        // What a ban is on has not taken place: "a ban on public gatherings and protests".
        if (isNoun && parse && banned(parse, tokens, candidate.last - 1)) continue
        // An attack in a match is a move of play: "the first attack of the second half".
        if (type === 'ASSAULT' && /^attack/.test(tokens[first]!.norm) && (inPlay ??= ofPlay(tokens))) continue
        // A kind of event, no event that took place: "any attack on civilians", "such bombings".
        if (isNoun && generic(tokens, candidate.spanFirst)) continue
        // Events told by how often they happen: "attacks remain common", "such protests were rare".
        if (isNoun && frequencyPredicate(tokens, candidate.last)) continue
        // Events told as what happens every day: "soldiers are killed every day in clashes".
        if (parse && habitual(parse, tokens, candidate.last - 1)) continue
        // A name given to what the story has told: "called the explosion an attack".
        if (isNoun && parse && namedAs(parse, candidate.last - 1)) continue
        // A noun alone in quotation marks is a word quoted, a name given: what the mayor called an "attack".
        if (isNoun && quoted(tokens, candidate.spanFirst, candidate.last)) continue
        // The content or purpose of another act.
        if (scope[first]) {
          if (!isNoun || !(anchoredAfter(tokens, candidate.last) || timedBy(tokens, candidate.spanFirst) || reactedTo(tokens, candidate.spanFirst))) continue
          candidate.anchored = true
        }
        // What someone is accused or blamed of is the content of the accusation: "accused Russia of war crimes";
        // what is called for is the content of the request: "called for new protests".
        // An event named by its date or place is one that happened, whoever is accused of it:
        // "accused of carrying out the August 17 bombing".
        if (!(isNoun && namedByDateOrPlace(tokens, candidate.spanFirst)) && candidates.some((other) => other.type === 'ACCUSE' && other.last <= first && accusationContent(tokens, other.last, first, criticism(other.entry) && parse !== null && complementOf(parse, isNoun ? candidate.last - 1 : first, other)))) continue
        if (candidates.some((other) => other.type === 'REQUEST' && other.last <= first && first - other.last <= 3 && tokens.slice(other.last, first).every((token) => token.word && !opensClause(tokens, tokens.indexOf(token))))) continue
        // A verb whose object names the same event yields to the noun: "Norway hosted exploratory talks".
        const following = candidates[index + 1]
        if (following && following.type === type && candidate.form !== 'noun' && following.form === 'noun' && following.first - candidate.last <= 2 && tokens.slice(candidate.last, following.first).every((token) => token.word && !prepositions.has(token.norm))) continue
        const previous = candidates[index - 1]
        // The passive turned round: "The meeting on reform is being hosted by the prime
        // minister": a participle right after "is", "was", "being" (an adverb between), with no
        // conjunction or new subject between it and the noun.
        if (previous && previous.type === type && previous.form === 'noun' && (candidate.form === 'ed' || candidate.form === 'pp') && first - previous.last <= 6 && passiveAfter(tokens, previous.last, first)) continue
        // A consequence yields to the act of the same type in the sentence.
        // A consequence yields to the act of the same type in the sentence, unless it is a verb
        // coordinated with it, an act of its own: "ambushed and killed two soldiers".
        if (entry.secondary && !coordinatedVerb(tokens, candidates, candidate) && candidates.some((other) => other !== candidate && other.type === type && !other.entry.secondary)) continue
        // A consequence with no one who did it is a casualty count, not an act: "six people were
        // killed", "the blast killed three"; one done with a weapon is the attack ("a roadside
        // bomb killed three soldiers").
        if (entry.secondary && !isNoun && !(parse ? agentiveInParse(parse, tokens, candidate) ?? agentive(tokens, candidate) : agentive(tokens, candidate))) continue
        // A second name for the same event: "negotiations in UN-sponsored meetings"; and a
        // definite noun that points back to an event already named. Each is a mention of it.
        // Only an event that was kept can be pointed back to: "the attack" after "plotted to
        // attack" (no event) names the attack first.
        // A second name continues the event of the trigger before it. When that one was left
        // out (a casualty count: "was killed in a gun battle"), an indefinite noun is the event
        // itself, and a definite one ("were killed in the complex attack") points back.
        const joined = previous !== undefined && previous.type === type && continues(tokens, previous.last, first)
        const continued = joined ? kept.get(previous) : undefined
        const pointsBack = (joined && continued === undefined && isNoun && definiteNoun(tokens, candidate.spanFirst)) || (isNoun && anaphoric(tokens, candidate))
        const earlier = continued ?? (pointsBack ? pointedAt(context.text, found, type, tokens, candidate) : undefined)
        if (earlier) {
          const start = tokens[candidate.spanFirst]!.start
          const end = tokens[candidate.last - 1]!.end
          earlier.mentions.push({text: context.text.slice(start, end), span: {start, end}})
          kept.set(candidate, earlier)
          continue
        }

        const [clauseStart, clauseEnd] = clauseRange(tokens, first)
        const start = tokens[candidate.spanFirst]!.start
        const end = tokens[candidate.last - 1]!.end
        facts.set(start, {sentence: sentenceIndex, first: candidate.spanFirst, last: candidate.last, form: candidate.form, anchored: candidate.anchored, future: future.has(first)})
        if (type === 'ASSAULT' && /strikes?$/.test(tokens[candidate.last - 1]!.norm)) strikesNamed = true
        const event: Event = {
          id: `event-${start}`,
          type,
          trigger: {text: context.text.slice(start, end), span: {start, end}},
          mentions: [],
          actors: [],
          targets: [],
          location: null,
          date: null,
          span: {start: tokens[clauseStart]!.start, end: tokens[clauseEnd - 1]!.end},
          claim: null,
          modality: 'asserted',
          confidence: isNoun ? 0.7 : 0.8
        }
        found.push(event)
        kept.set(candidate, event)
      }
    }
    return {events: found}
  }
}

interface Candidate {
  entry: TriggerEntry
  /** The type: the entry's, or its `retype` when the object calls for it. */
  type: PloverTypeName
  form: FormKind
  /** The first token of the trigger word(s). */
  first: number
  /** The first token of the trigger span (earlier when a place name or an agreement verb leads it). */
  spanFirst: number
  /** One past the last token. */
  last: number
  anchored: boolean
  /** A verb read by a headline's grammar alone ("Allies back plan"): it stands only where the parse reads a verb. */
  telegraphic?: boolean
}

/** The first form at token `i` that the context accepts: longest first, a noun reading before a verb reading unless a verb group precedes or a headline's parse reads a verb. */
function pick(forms: readonly TriggerForm[], tokens: readonly EventToken[], i: number, headline: boolean, strikesNamed = false, headlineTags?: readonly string[]): Candidate | null {
  const matching: TriggerForm[] = []
  for (const form of forms) if (formAt(form.words, tokens, i)) matching.push(form)
  if (matching.length === 0) return null
  const groupStart = verbGroupStart(tokens, i)
  const previous = tokens[groupStart - 1]
  // "we'll", "they'd": a pronoun with its auxiliary glued on opens a verb group.
  // "to" marks an infinitive only before a base form: "pleaded guilty to charges" names a noun.
  const verbal = groupStart < i || (previous?.norm === 'to' && !plural(tokens[i]!.norm)) || contracted(previous) || headlineTags?.[i] === 'VERB'
  if (matching.length > 1) matching.sort((a, b) => b.words.length - a.words.length || rank(a, verbal) - rank(b, verbal))
  let verbRejected = false
  for (const form of matching) {
    // After a verb group, a rejected verb reading is not read again as a noun: "has been meeting standards".
    if (form.form === 'noun' && verbal && verbRejected) continue
    const candidate = accept(form, tokens, i, headline, strikesNamed)
    if (candidate) return candidate
    if (form.form !== 'noun') verbRejected = true
  }
  return null
}

/** Whether a token is a pronoun with "will" or "would" glued on: "we'll", "they'd". */
function contracted(token: EventToken | undefined): boolean {
  return token !== undefined && /^(?:i|we|you|he|she|it|they)'(?:ll|d)$/.test(token.norm)
}

// The words of a form at token `i`, none but the last possessive.
function formAt(words: readonly string[], tokens: readonly EventToken[], i: number): boolean {
  for (let k = 0; k < words.length; k++) {
    const token = tokens[i + k]
    if (!token || token.norm !== words[k] || (k > 0 && tokens[i + k - 1]!.possessive)) return false
  }
  return true
}

function rank(form: TriggerForm, verbal: boolean): number {
  const isNoun = form.form === 'noun'
  return isNoun === verbal ? 1 : 0
}

function accept(form: TriggerForm, tokens: readonly EventToken[], i: number, headline: boolean, strikesNamed = false): Candidate | null {
  const {entry} = form
  const last = i + form.words.length
  const previous = tokens[i - 1]
  const next = tokens[last]
  const previousWord = previous?.word ? previous.norm : previous?.text ?? ''
  const nextWord = next?.word ? next.norm : next?.text ?? ''
  if (entry.notPrevious?.includes(previousWord)) return null
  if (entry.previous && !preceding(tokens, i, 3).some((token) => entry.previous!.includes(token.norm))) return null
  if (entry.notNext?.includes(nextWord)) return null
  if (entry.next && !entry.next.includes(nextWord)) return null
  // "fired on 1 November" is a date, not a target.
  const lastWord = form.words[form.words.length - 1]!
  if ((lastWord === 'on' || lastWord === 'at') && next?.word && (/^\d/.test(next.norm) || dateWords.has(next.norm))) return null
  if (entry.notWith && nextWord === 'with' && entry.notWith.includes(tokens[last + 1]?.norm ?? '')) return null
  // A capitalised trigger inside a sentence is part of a name: "the Court of Appeals", "Operation Storm".
  // A headline in title case capitalises every word: there, a capital marks no name.
  if (tokens[i]!.cap && previous?.word && !(headline && titleCase(tokens))) return null
  // A capitalised noun before a number is a month or a name: "March 5", "Attack 2".
  if (form.form === 'noun' && tokens[i]!.cap && next?.word && /^\d/.test(next.norm)) return null
  // Verbs whose other forms name things: "stormed" is an assault, "storms" are weather.
  if (entry.forms && form.form !== 'noun' && !entry.forms.includes(formGroup(form.form))) return null

  // The words after the trigger, read only by entries that look at the object.
  const objectWindow = entry.object || entry.notObject || entry.retype ? following(tokens, last, 8) : []
  if (entry.object) {
    // A passive names its object before it ("the prisoners were executed"); "to" and "for" stand close ("asked them to").
    const passive = (form.form === 'ed' || form.form === 'pp') && beForms.has(previousWord)
    const near = entry.object.includes('to') || entry.object.includes('for') ? 5 : 8
    const window = passive ? [...objectWindow.slice(0, near), ...preceding(tokens, i, 8)] : objectWindow.slice(0, near)
    // "her" before a noun is a possessive ("released four hits from her album"), no object.
    if (!window.some((token, k) => entry.object!.includes(token.norm) && !(token.norm === 'her' && window[k + 1]?.word && !prepositions.has(window[k + 1]!.norm) && !dateWords.has(window[k + 1]!.norm)))) return null
  }
  if (entry.notObject) {
    // The object's head is near ("released a statement"); a passive names it before ("the transcript … was released").
    const passive = beForms.has(previousWord)
    const window = passive ? [...objectWindow.slice(0, 4), ...preceding(tokens, i, 12)] : objectWindow.slice(0, 4)
    if (window.some((token) => entry.notObject!.includes(token.norm))) return null
  }

  const candidate: Candidate = {entry, form: form.form, first: i, spanFirst: i, last, anchored: false, type: entry.type}
  const retypes: readonly Retype[] = entry.retype === undefined ? [] : 'type' in entry.retype ? [entry.retype] : entry.retype
  // What a noun is aimed at follows a preposition ("an attack on the plans", "attacks from
  // rivals") or stands right after it ("an attack ad"); the words after a noun that is a
  // subject are its verb's ("the attack could have cost $10,000"). A passive names its
  // object before it: "the plan was attacked", "'Nuclear dumpsite' plan attacked".
  const retypeWindow = form.form === 'noun' ? objectWindow.slice(nounObjectMarkers.has(nextWord) ? 1 : 0, nounObjectMarkers.has(nextWord) ? 6 : 1) : objectWindow.slice(0, 5)
  const participle = form.form === 'ed' || form.form === 'pp'
  // A participle's window reaches back to its subject: built once for the retypes that need it.
  let passiveWindow: EventToken[] | null = null
  for (const retype of retypes) {
    const passive = participle && (beForms.has(previousWord) || retype.object?.includes(previousWord) === true)
    const window = passive ? (passiveWindow ??= [...retypeWindow, ...preceding(tokens, i, 6)]) : retypeWindow
    if (window.some((token) => retype.object?.includes(token.norm)) || (previous?.word && retype.previous?.includes(previous.norm))) {
      candidate.type = retype.type
      break
    }
  }

  // What is attacked in quotation marks is someone's words: "Greer attacks 'bully' Big Brother".
  if (retypes.some((retype) => retype.type === 'ACCUSE') && form.form !== 'noun' && [last, last + 1].some((k) => quoteMarks.has(tokens[k]?.text ?? '') && tokens[k + 1]?.word)) candidate.type = 'ACCUSE'

  // "We will kill them": an act of force that the speaker says they will do is a threat.
  if (form.form !== 'noun' && (candidate.type === 'ASSAULT' || candidate.type === 'COERCE') && firstPersonFuture(tokens, i)) candidate.type = 'THREATEN'

  if (form.form === 'noun') {
    if (next?.word && modifierHeadSet.has(next.norm)) return null
    // An -ing noun after punctuation with no preposition after it is a participle: "strong,
    // meeting or exceeding"; after the comma that closes a date it is the noun the date names
    // ("the April 15, 2013, bombing"), and after a quotation mark that opens a quoted phrase
    // inside a sentence it is a noun ("the IRA's "bombing outrages"").
    if (/ing$/.test(tokens[last - 1]!.norm) && i > 0 && !previous?.word && !(next?.word && prepositions.has(next.norm)) && !(previous?.text === ',' && /^\d{4}$/.test(tokens[i - 2]?.norm ?? '')) && !(previous && quoteMarks.has(previous.text) && tokens[i - 2]?.word)) return null
    // After "is", "are", an -ing word is a verb: "they are fighting this".
    if (/ing$/.test(tokens[last - 1]!.norm) && previous?.word && beForms.has(previous.norm)) return null
    // An -ing word with a determiner after it is a verb with its object: "when meeting the costs".
    if (/ing$/.test(tokens[last - 1]!.norm) && next?.word && articles.has(next.norm)) return null
    if (entry.madeBy) {
      // The agreement noun names an event only as the object of a verb that makes one; the verb is the trigger.
      const verb = madeBy(tokens, i, entry.madeBy)
      // One sense in one story: after "drone strikes" or "airstrikes", a bare "strikes" is
      // more of them ("563 strikes, largely by drones, targeted Pakistan").
      if (verb < 0 && strikesNamed && strikeNouns.has(tokens[i]!.norm)) return candidate
      if (verb < 0) return null
      if (entry.notSubject && preceding(tokens, verbGroupStart(tokens, verb), 4).some((token) => entry.notSubject!.includes(token.norm))) return null
      // "reached a deal", "launched an offensive" as one trigger when short; else the verb names it.
      const end = i - verb <= 2 ? last : verb + 1
      return {...candidate, form: 'ed', first: verb, spanFirst: verb, last: end}
    }
    // A place that leads the noun is part of its name: "Astana peace talks".
    const lead = leadingPlace(tokens, i)
    if (lead >= 0) candidate.spanFirst = lead
    return candidate
  }

  const groupStart = verbGroupStart(tokens, i)
  const group = tokens.slice(groupStart, i).map((token) => token.norm)
  const hasBe = group.some((word) => beForms.has(word))
  const before = tokens[groupStart - 1]
  // A sentence does not open with an event verb in the base form or a participle: "Demand for coal rose", "Supported by …".
  if (i === 0 && (form.form === 'base' || form.form === 'ed' || form.form === 'pp')) return null
  // A relative clause's subject is the noun it modifies: "another bomb that did not go off".
  let subjectEnd = relativePronouns.has(tokens[groupStart - 1]?.norm ?? '') ? groupStart - 1 : groupStart
  if (subjectEnd < groupStart && tokens[subjectEnd - 1]?.text === ',') subjectEnd--
  if (entry.notSubject && preceding(tokens, subjectEnd, 4).some((token) => entry.notSubject!.includes(token.norm))) return null
  if (entry.subject && !preceding(tokens, subjectEnd, 4).some((token) => entry.subject!.includes(token.norm))) return null
  // After an article and a noun, a base form is the head of a compound: "a media request".
  if (form.form === 'base' && !group.length && before?.word && !plural(before.norm) && tokens[groupStart - 2] && articles.has(tokens[groupStart - 2]!.norm)) return null
  // After a possessive a participle is a noun: "the striker's shot".
  if ((form.form === 'ed' || form.form === 'pp') && !hasBe && previous?.possessive) return null
  // After a preposition a participle modifies the noun after it: "found in both raided
  // apartments", "of wounded soldiers"; no verb stands there.
  if ((form.form === 'ed' || form.form === 'pp') && group.every((word) => quantifiers.has(word)) && next?.word && !prepositions.has(next.norm) && prepositions.has(before?.norm ?? '') && before?.norm !== 'to') return null
  // A participle after "better", "other", a number is an adjective: "a better coordinated strategy", "three other freed detainees".
  // "those arrested", "those charged": a participle that stands for the people it was done
  // to names the act when it is an act of force or of law; "those asked in a poll" does not,
  // and a consequence ("those killed") is a casualty count all the same.
  const afterThose = (form.form === 'ed' || form.form === 'pp') && previous?.norm === 'those' && !entry.secondary && doneToPeople.has(entry.type) && (!next?.word || prepositions.has(next.norm) || beForms.has(next.norm) || /^includ/.test(next.norm) || next.norm === 'have' || next.norm === 'had')
  if ((form.form === 'ed' || form.form === 'pp') && !hasBe && previous?.word && participleModifiers.has(previous.norm) && !afterThose) return null
  // After a linking verb a participle is an adjective of state: "he has since become withdrawn".
  if ((form.form === 'ed' || form.form === 'pp') && previous?.word && linkingVerbs.has(previous.norm)) return null
  // "Journalism is threatened", "jobs are threatened": a thing in danger, with no one named
  // who threatens, is a state; a person or a group threatened is threatened by someone.
  if (entry.type === 'THREATEN' && tokens[i]!.norm === 'threatened' && hasBe && !endangered(tokens, subjectEnd, i)) return null
  // A headline tells a past event in the present tense after a bare noun ("Staff agree to pay
  // cut", "Allies back plan") and drops "is" before an -ing verb ("man suing government"): a
  // verb read so stands only where the parse reads a verb too.
  const telegraphic = headline && !group.length && before?.word === true && !articles.has(before.norm) && !prepositions.has(before.norm) && !before.possessive
  // A base form needs a subject, a modal or "to" before it: "house arrest" is no verb.
  if (form.form === 'base' && !group.length && (!before || !before.word || (!before.cap && !subjectLike.has(before.norm) && !plural(before.norm) && !contracted(before)))) {
    if (!(telegraphic && collectiveNouns.has(before!.norm))) return null
    candidate.telegraphic = true
  }
  // A third-person form after a number, a possessive, a preposition or a modifier is a plural noun: "six new pledges".
  if (form.form === 's' && before && before.word && (before.possessive || /^\d/.test(before.norm) || nounModifiers.has(before.norm) || prepositions.has(before.norm) || (/ed$/.test(before.norm) && !before.cap))) return null
  // A gerund after "before", "after" or "while" is an act of the clause's subject, told in
  // its time: "carried the bombs to the finish line before detonating them". A trigger whose
  // sense hangs on its subject ("shares rallied", "a drought killed") is not read there: the
  // gerund does not show one.
  // A participle of speech after a comma is what the clause's subject did as it acted: "the
  // opposition called a strike, asking citizens to take to the streets".
  const spokenAlong = form.form === 'ing' && !hasBe && previous?.text === ',' && speechActs.has(candidate.type) && next?.word === true && !prepositions.has(next.norm)
  if (form.form === 'ing' && !hasBe && !spokenAlong && !(previous?.word && temporalPrepositions.has(previous.norm) && !entry.subject && !entry.notSubject)) {
    // A capital other than the first word's marks a name or a title-case headline ("Boston Bombing Suspect").
    const subject = previous !== undefined && !previous.word && quoteMarks.has(previous.text) ? i - 2 : i - 1
    const noun = tokens[subject]
    const headlineIng = headline && noun?.word === true && (!noun.cap || subject === 0) && !articles.has(noun.norm) && !prepositions.has(noun.norm) && !noun.possessive && (subject === i - 2 || telegraphic)
    if (!headlineIng) return null
    candidate.telegraphic = true
  }
  // After a determiner a verb form is a noun or an adjective: "the blame", "the alleged attack".
  if (previous && previous.word && articles.has(previous.norm) && !group.length && !afterThose) return null
  // In a headline the present tense tells an act of support done to someone: "Minister backs
  // plan", not "prices back above $50". Cooperation in the present is a relation all the
  // same: "US works with Russia in Syria".
  if (entry.type === 'SUPPORT' && telegraphic && (form.form === 's' || form.form === 'base') && next?.word && !functionWords.prepositions.includes(next.norm)) candidate.telegraphic = true
  else if (stativeTypes.has(entry.type)) {
    if (form.form === 's' || form.form === 'ing') return null
    if (form.form === 'base' && !group.some((word) => modals.has(word)) && previousWord !== 'to') return null
    if ((form.form === 'ed' || form.form === 'pp') && group.length > 0 && presentBe.has(group[group.length - 1]!)) return null
  }
  return candidate
}

// Requests and accusations, which a participle after a comma tells as made along with the
// clause's act (a threat there is often no one's: "the pressure is growing, threatening losses").
const speechActs = new Set<PloverTypeName>(['REQUEST', 'ACCUSE'])

// What causes a consequence without being someone who acts: an event or a weapon as the subject.
const causes = new Set(['attack', 'attacks', 'blast', 'blasts', 'explosion', 'explosions', 'bomb', 'bombs', 'bombing', 'bombings', 'violence', 'fighting', 'clashes', 'strike', 'strikes', 'airstrike', 'airstrikes', 'shelling', 'fire', 'device', 'devices', 'ied', 'ieds', 'mine', 'mines', 'shell', 'shells', 'rocket', 'rockets', 'missile', 'missiles', 'raid', 'raids', 'assault', 'shooting', 'car', 'truck', 'vehicle', 'grenade', 'grenades', 'explosive', 'explosives', 'crash', 'accident', 'collapse', 'quake', 'earthquake', 'flood', 'floods', 'storm', 'it', 'which', 'that'])
// Weapons that someone set or fired: when one kills ("a roadside bomb killed three soldiers"),
// the killing is the only word for the attack, which no event noun names.
const weapons = new Set(weaponSubjects)

/**
 * Whether a consequence verb names who did it: an active verb whose subject is no event or
 * weapon ("gunmen killed five"), or a passive with a "by" agent that is no event or weapon
 * ("was killed by police", not "killed by an improvised explosive device").
 */
function agentive(tokens: readonly EventToken[], candidate: Candidate): boolean {
  const groupStart = verbGroupStart(tokens, candidate.first)
  const group = tokens.slice(groupStart, candidate.first).map((token) => token.norm)
  const [clauseStart, clauseEnd] = clauseRange(tokens, candidate.first)
  const passive = (candidate.form === 'ed' || candidate.form === 'pp') && (group.some((word) => beForms.has(word)) || tokens[groupStart - 1]?.word === true)
  if (passive) {
    for (let k = candidate.last; k < clauseEnd && k < candidate.last + 8; k++) {
      if (tokens[k]!.norm !== 'by') continue
      for (let j = k + 1; j < clauseEnd && j < k + 6; j++) {
        if (causes.has(tokens[j]!.norm)) return weaponHead(tokens, j)
        if (!tokens[j + 1]?.word || prepositions.has(tokens[j + 1]!.norm)) return true
      }
      return true
    }
    // "those killed", "were killed": nobody named as the agent.
    if (group.some((word) => beForms.has(word)) || !tokens[groupStart - 1]?.word || determiners.has(tokens[groupStart - 1]!.norm) || /^\d/.test(tokens[groupStart - 1]!.norm)) return false
  }
  // The subject is the nearest word before the verb group, in the clause.
  for (let k = groupStart - 1; k >= clauseStart && k >= groupStart - 4; k--) {
    const token = tokens[k]!
    if (!token.word) break
    if (causes.has(token.norm)) return weaponHead(tokens, k)
    if (!prepositions.has(token.norm)) return true
  }
  return true
}

/**
 * What the parse says of who did a consequence, or null when it says nothing: a reduced
 * relative ("the six members killed") or a passive names no one unless a "by" phrase does; a
 * subject that is an event or a weapon ("a car bomb outside a government office … killed")
 * is no one who acted, however far before the verb it stands.
 */
function agentiveInParse(parse: EventParse, tokens: readonly EventToken[], candidate: Candidate): boolean | null {
  const head = candidate.first
  const cause = (k: number) => (causes.has(tokens[k]!.norm) || causes.has(parse.lemmas[k]!)) && !weaponHead(tokens, k)
  const agent = dependents(parse, head, 'obl').find((child) => caseOf(parse, tokens, child) === 'by')
  if (agent !== undefined) return !cause(agent)
  if (reducedRelative(parse, head) || dependents(parse, head, 'nsubj:pass', 'aux:pass').length > 0) return false
  const misread = misreadSubject(parse, head)
  const subject = misread >= 0 ? misread : dependents(parse, head, 'nsubj')[0]
  if (subject === undefined) return null
  return !cause(subject)
}

/**
 * Whether the cause at `k` is a weapon and the head of its phrase: "a roadside bomb", "by an
 * improvised explosive device"; not "a bomb blast", "the car bomb attack" (events), nor
 * "explosive" before another noun.
 */
function weaponHead(tokens: readonly EventToken[], k: number): boolean {
  if (!weapons.has(tokens[k]!.norm)) return false
  const next = tokens[k + 1]
  return !(next?.word && causes.has(next.norm) && !weapons.has(next.norm))
}

/** Whether the verb at `i` has "will" or "shall" after "I" or "we": "we will kill", "I'll shoot". */
function firstPersonFuture(tokens: readonly EventToken[], i: number): boolean {
  const start = verbGroupStart(tokens, i)
  const group = tokens.slice(start, i)
  if (group.some((token) => token.norm === 'not' || token.norm.endsWith("n't"))) return false
  // "We'll" is one token, and stands before the verb group.
  if (/^(?:i|we)'ll$/.test(tokens[start - 1]?.norm ?? '')) return true
  const future = group.findIndex((token) => futureWords.has(token.norm))
  if (future < 0) return false
  const subject = future === 0 ? tokens[start - 1] : group[future - 1]
  return subject !== undefined && (subject.norm === 'i' || subject.norm === 'we')
}
const futureWords = new Set(['will', 'shall'])

/** Whether a verb trigger follows another verb trigger through "and" or "or": "ambushed and killed". */
function coordinatedVerb(tokens: readonly EventToken[], candidates: readonly Candidate[], candidate: Candidate): boolean {
  if (candidate.form === 'noun') return false
  const conjunction = verbGroupStart(tokens, candidate.first) - 1
  const word = tokens[conjunction]?.norm
  if (word !== 'and' && word !== 'or') return false
  return candidates.some((other) => other.form !== 'noun' && other.last === conjunction)
}

/**
 * Whether the verb at `i` is a headline's future: "to" after its subject, with no verb before,
 * which the prose copy reads as "is to" ("PM to visit China"), so the verb heads the headline.
 */
function headlineFuture(tokens: readonly EventToken[], parse: EventParse, i: number): boolean {
  return tokens[i - 1]?.norm === 'to' && parse.heads[i] === -1 && parse.upos[i] === 'VERB'
}

/** Whether most words of a headline begin with a capital: "Thai Authorities Indict 2 Over Shrine Attack". */
function titleCase(tokens: readonly EventToken[]): boolean {
  let words = 0
  let capitals = 0
  for (const token of tokens) {
    if (!token.word || /^\d/.test(token.norm)) continue
    words++
    if (token.cap) capitals++
  }
  return words > 0 && capitals * 4 >= words * 3
}

/**
 * Whether the parse reads a candidate as the token grammar did: a verb reading needs a verb
 * (or an auxiliary, an adjective-like participle), a noun reading anything but a finite verb.
 * An `-ing` word may be either ("the shooting", "were shooting").
 */
function partOfSpeechAgrees(candidate: Candidate, parse: EventParse, tokens: readonly EventToken[]): boolean {
  const upos = parse.upos[candidate.first]
  if (!upos || upos === 'X') return true
  if (candidate.form === 'noun') {
    if (candidate.entry.madeBy) return true
    return !(upos === 'VERB' && !/ing$/.test(tokens[candidate.last - 1]!.norm) && parse.relations[candidate.last - 1] !== 'compound')
  }
  // A verb reading the parse takes for a noun: "city blocks", "the attack helicopters". A
  // past form stays a verb where a singular noun could not stand without a determiner: after
  // "and" ("entered the campus and shot at soldiers"), and before a "by" agent ("– shot dead
  // by police –").
  if (upos === 'NOUN' && pastForms.has(candidate.form) && !/s$/.test(tokens[candidate.first]!.norm)) {
    if (coordinators.has(tokens[candidate.first - 1]?.norm ?? '') || tokens[candidate.last]?.norm === 'by') return true
  }
  if (upos === 'NOUN' || upos === 'PROPN' || upos === 'NUM') return false
  // A participle that modifies the noun after it, inside a noun phrase (after a determiner, a
  // number, an adjective or a preposition), is an adjective: "in both raided apartments", "more
  // pledged delegates". After a noun it may be a verb the parse misread: "the inquiry criticised
  // Hardie's actions".
  const before = candidate.first - 1
  return !((candidate.form === 'ed' || candidate.form === 'pp') && candidate.last - candidate.first === 1 && hasRelation(parse, candidate.first, 'amod') && parse.heads[candidate.first]! > candidate.first && before >= 0 && tokens[before]!.word && (insideNounPhrase.has(parse.upos[before]!) || quantifiers.has(tokens[before]!.norm)))
}
const insideNounPhrase = new Set(['DET', 'NUM', 'ADJ', 'ADP'])
// Words of quantity and degree that the tagger may read as something else: "both", "most".
const quantifiers = new Set(['both', 'all', 'most', 'more', 'least', 'less'])

// Words that make a rally a protest: "an anti-war rally", "a rally against the war".
const protestSigns = new Set(['against', 'protest', 'protests', 'protesting', 'demanding', 'denouncing', 'condemning', 'opposing', 'opposition', 'solidarity', 'mass', 'street', 'peace', 'antiwar', 'antigovernment', 'protesters', 'demonstrators', 'thousands', 'hundreds', 'tens'])
// What a campaign rally is named for: "a victory rally", "a Super Tuesday rally".
const campaignWords = new Set(['victory', 'campaign', 'election', 'primary', 'caucus', 'presidential', 're-election', 'reelection', 'fundraising', 'evening', 'morning', 'night', 'weekend'])
// Verbs of speaking: someone who speaks or is told at a rally is at a campaign event.
const speechVerbs = new Set([...cues.filter((cue) => !cue.lemma.includes(' ')).flatMap((cue) => cue.forms), 'speak', 'speaks', 'spoke', 'speaking', 'joked', 'joking', 'thanked', 'thanking', 'greeted', 'addressed', 'addressing', 'vowed', 'promised', 'introduced'])

/**
 * Whether a rally is a protest. A rally that someone owns ("Trump's rallies", "his rally"),
 * that is named for a campaign ("a victory rally"), or at which someone speaks ("said at a
 * rally in Ohio") is a campaign event; "rallied supporters" gathers backing. Either is a
 * protest with a sign of one: "an anti-war rally", "a rally against the ban", "thousands
 * rallied in the capital".
 */
function protestRally(tokens: readonly EventToken[], parse: EventParse | null, candidate: Candidate): boolean {
  const {first, last} = candidate
  const [clauseStart, clauseEnd] = clauseRange(tokens, first)
  const sign = (token: EventToken) => token.word && (protestSigns.has(token.norm) || /^(?:anti|pro)-/.test(token.norm))
  for (let k = Math.max(clauseStart, first - 4); k < Math.min(clauseEnd, last + 6); k++) if (sign(tokens[k]!)) return true
  if (candidate.form !== 'noun') {
    const next = tokens[last]
    // "the side rallied to beat Wales", "rallied to the cause": a comeback, or joining a side.
    if (next?.norm === 'to') return false
    // "rallied young people", "rallies Democrats": an object is who is rallied to a side.
    if (parse) return dependents(parse, first, 'obj').length === 0
    return !(next?.word && (articles.has(next.norm) || ['them', 'us', 'him', 'her'].includes(next.norm) || (next.cap && !dateWords.has(next.norm) && !titleCase(tokens))))
  }
  for (let k = first - 1; k >= 0 && k >= first - 4; k--) {
    const token = tokens[k]!
    if (!token.word) break
    if (token.possessive || ['his', 'her', 'their'].includes(token.norm) || campaignWords.has(token.norm)) return false
    // An article or a preposition opens the phrase; one that opens a sentence ("A rally was
    // held …") is no name.
    if (determiners.has(token.norm) || prepositions.has(token.norm)) break
    // "a Trump rally": a name that is no place or date is whose rally it is.
    if (k === first - 1 && token.cap && !titleCase(tokens) && !dateWords.has(token.norm) && !gazetteerAt(tokens, k, countries, places) && !(k > 0 && tokens[k - 1]!.cap && gazetteerAt(tokens, k - 1, countries, places))) return false
  }
  // "said at a rally in Ohio", "during a rally, the candidate said".
  if ([1, 2, 3].some((n) => rallySettings.has(tokens[first - n]?.norm ?? ''))) {
    for (let k = clauseStart; k < clauseEnd; k++) if (tokens[k]!.word && speechVerbs.has(tokens[k]!.norm)) return false
  }
  return true
}
const rallySettings = new Set(subsetOf(functionWords.prepositions, ['at', 'during', 'after', 'before']))

const pastForms = new Set<FormKind>(['ed', 'past', 'pp'])
const pastBe = new Set(subsetOf(functionWords.beForms, ['was', 'were', 'been']))
const coordinators = new Set(subsetOf(functionWords.coordinators, ['and', 'or', 'but']))

// Nouns of forbidding: what they are on is kept from happening.
const banNouns = new Set(['ban', 'prohibition', 'moratorium'])

/** Whether the noun at `head` (or the noun it is coordinated with) is what a ban is on: "a ban on rallies and protests". */
function banned(parse: EventParse, tokens: readonly EventToken[], head: number): boolean {
  let k = head
  while (hasRelation(parse, k, 'conj') && parse.heads[k]! >= 0 && parse.heads[k]! < k) k = parse.heads[k]!
  const governor = parse.heads[k]!
  return governor >= 0 && hasRelation(parse, k, 'nmod') && caseOf(parse, tokens, k) === 'on' && banNouns.has(parse.lemmas[governor]!)
}

const playWordSet = new Set(playWords)
const halves = new Set(['first', 'second'])

/** Whether a sentence tells of a match: a word of play in it, or "the second half" (not "the second half of 2008"). */
function ofPlay(tokens: readonly EventToken[]): boolean {
  return tokens.some((token, k) => token.word && (playWordSet.has(token.norm) || (token.norm === 'half' && halves.has(tokens[k - 1]?.norm ?? '') && tokens[k + 1]?.norm !== 'of')))
}

// Determiners of a kind rather than of one event: "any attack", "every protest", "such bombings".
const kindDeterminers = new Set(['any', 'every', 'such'])

// Nouns of kind: "types of attack", "the most popular form of attack".
const kindNouns = new Set(['type', 'types', 'kind', 'kinds', 'form', 'forms', 'sort', 'sorts'])

/** Whether a noun trigger's determiner makes it a kind of event: "any attack on non-military targets", "types of attacks". */
function generic(tokens: readonly EventToken[], spanFirst: number): boolean {
  for (let k = spanFirst - 1; k >= 0 && k >= spanFirst - 4; k--) {
    const token = tokens[k]!
    if (!token.word || token.possessive) return false
    if (kindDeterminers.has(token.norm)) return true
    if (token.norm === 'of' && kindNouns.has(tokens[k - 1]?.norm ?? '')) return true
    if (determiners.has(token.norm) || prepositions.has(token.norm) || opensClause(tokens, k)) return false
  }
  return false
}

// The words that make a time noun a frequency: "every day", "each week".
const everyWords = new Set(['every', 'each'])
const frequencyNouns = new Set([...functionWords.timeNouns, ...functionWords.weekdays])
// Auxiliaries of a past verb group: "were killed every day" tells of a time gone by.
const pastAuxiliaries = new Set([...subsetOf(functionWords.beForms, ['was', 'were']), ...subsetOf(functionWords.haveForms, ['had']), ...subsetOf(functionWords.doForms, ['did'])])

/**
 * Whether the trigger at `head` belongs to a verb in the present tense (or after a modal) with
 * a frequency of time among its dependents: "35 soldiers are killed every day in attacks and
 * clashes", "each week protesters march on the square". It tells what happens again and
 * again, no event that took place; in the past ("protesters marched every day") the events
 * were.
 */
function habitual(parse: EventParse, tokens: readonly EventToken[], head: number): boolean {
  let verb = head
  for (let steps = 0; steps < 4 && verb >= 0 && parse.upos[verb] !== 'VERB'; steps++) verb = parse.heads[verb]!
  if (verb < 0 || parse.upos[verb] !== 'VERB') return false
  const often = dependents(parse, verb).some((k) => frequencyNouns.has(tokens[k]!.norm) && dependents(parse, k, 'det').some((det) => everyWords.has(tokens[det]!.norm)))
  if (!often) return false
  const auxiliaries = dependents(parse, verb, 'aux', 'aux:pass')
  if (auxiliaries.length > 0) return !auxiliaries.some((k) => pastAuxiliaries.has(tokens[k]!.norm))
  const form = tokens[verb]!.norm
  const lemma = parse.lemmas[verb]!
  return form === lemma || form === lemma + 's' || form === lemma + 'es' || (lemma.endsWith('y') && form === lemma.slice(0, -1) + 'ies')
}

// The verbs that say how often something happens of a subject, and how often.
const frequencyVerbs = new Set([...subsetOf(functionWords.beForms, ['is', 'are', 'was', 'were', 'been']), ...subsetOf([...linkingVerbs], ['remain', 'remains', 'remained', 'become', 'becomes', 'became'])])
const frequencyAdjectives = new Set(['common', 'commonplace', 'frequent', 'rare', 'routine', 'uncommon', 'infrequent', 'widespread', 'everyday', 'regular', 'endemic'])
const degreeWords = new Set(['still', 'now', 'increasingly', 'very', 'fairly', 'relatively', 'quite', 'extremely', 'more', 'less', 'so', 'too', 'not', 'never', 'always', 'also', 'once', 'far', 'much', 'have', 'has', 'had'])

/**
 * Whether the noun ending before `last` is the subject of a verb that says how often such
 * events happen: "attacks remain common", "protests have become increasingly rare". It names
 * a kind of event, none that took place.
 */
function frequencyPredicate(tokens: readonly EventToken[], last: number): boolean {
  let k = last
  while (k < tokens.length && k < last + 3 && tokens[k]!.word && degreeWords.has(tokens[k]!.norm)) k++
  if (!tokens[k]?.word || !frequencyVerbs.has(tokens[k]!.norm)) return false
  k++
  while (k < tokens.length && k < last + 7 && tokens[k]!.word && degreeWords.has(tokens[k]!.norm)) k++
  return tokens[k]?.word === true && frequencyAdjectives.has(tokens[k]!.norm)
}

/** Whether the words from `first` to `last` stand alone in quotation marks, a stop allowed inside the closing one. */
function quoted(tokens: readonly EventToken[], first: number, last: number): boolean {
  if (!quoteMarks.has(tokens[first - 1]?.text ?? '')) return false
  const after = tokens[last]
  if (after && quoteMarks.has(after.text)) return true
  return after !== undefined && (after.text === '.' || after.text === ',') && quoteMarks.has(tokens[last + 1]?.text ?? '')
}

// Verbs that give something a name: "called the blast an attack", "described it as a bombing".
const namingVerbs = new Set(['call', 'label', 'term', 'dub', 'brand', 'describe', 'characterize', 'characterise', 'deem'])

/**
 * Whether the noun at `head` is the name a verb of naming gives: its second object ("called
 * the explosion an attack", "what the president called an attack") or its "as" phrase
 * ("described as an attack"). The event is what is named, told in its own words.
 */
function namedAs(parse: EventParse, head: number): boolean {
  const verb = parse.heads[head]!
  if (verb < 0 || !namingVerbs.has(parse.lemmas[verb]!)) return false
  // "called a truce" makes one: the name needs the thing named before it.
  if (hasRelation(parse, head, 'xcomp') || hasRelation(parse, head, 'obj')) return dependents(parse, verb, 'obj', 'nsubj:pass').some((other) => other < head)
  return hasRelation(parse, head, 'obl') && dependents(parse, head, 'case').some((marker) => parse.lemmas[marker] === 'as')
}

function formGroup(form: FormKind): 'base' | 's' | 'ed' | 'ing' {
  return form === 'past' || form === 'pp' || form === 'ed' ? 'ed' : form === 'noun' ? 'base' : form
}

// A plural noun can be the subject of a base form: "US forces block", "rebels attack".
function plural(word: string): boolean {
  return word.length > 3 && /[^s]s$/.test(word) && !notPlural.has(word)
}

function following(tokens: readonly EventToken[], from: number, count: number): EventToken[] {
  const out: EventToken[] = []
  for (let k = from; k < tokens.length && out.length < count; k++) {
    const token = tokens[k]!
    if (objectStops.has(token.text) || (token.word && opensClause(tokens, k) && token.norm !== 'that')) break
    // "that" right after the trigger opens a clause ("warned that …"), unless one word and the
    // sentence's end follow: a determiner ("met that target.").
    if (token.norm === 'that' && out.length === 0 && !(tokens[k + 1]?.word && !tokens[k + 2]?.word)) break
    out.push(token)
  }
  return out
}

function preceding(tokens: readonly EventToken[], before: number, count: number): EventToken[] {
  const out: EventToken[] = []
  for (let k = before - 1; k >= 0 && out.length < count; k--) {
    const token = tokens[k]!
    if (objectStops.has(token.text) || opensClause(tokens, k)) break
    out.push(token)
  }
  return out
}

// Whether `tokens[first]` is a participle in a passive verb group whose subject ends at `from`:
// only words between, none a conjunction, and a form of "be" right before it or an adverb.
function passiveAfter(tokens: readonly EventToken[], from: number, first: number): boolean {
  if (tokens.slice(from, first).some((token) => !token.word || token.norm === 'and' || token.norm === 'but' || token.norm === 'or')) return false
  let k = first - 1
  if (k > from && /ly$/.test(tokens[k]!.norm)) k--
  return k >= from && beForms.has(tokens[k]!.norm)
}

function madeBy(tokens: readonly EventToken[], i: number, verbs: readonly string[]): number {
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
    const token = tokens[k]!
    if (!token.word || prepositions.has(token.norm)) return -1
    if (verbs.includes(token.norm)) {
      // "a central broker of the accord" is a noun; "reached a deal", "will sign an accord" are verbs.
      const before = tokens[k - 1]
      if (before && before.word && articles.has(before.norm)) return -1
      return k
    }
  }
  return -1
}

function leadingPlace(tokens: readonly EventToken[], i: number): number {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const hit = gazetteerAt(tokens, k, countries, places)
    if (hit && hit.kind !== 'demonym' && k + hit.length === i && !tokens[i - 1]!.possessive) return k
  }
  return -1
}

/**
 * Mark the tokens that stand inside an infinitive: from the verb after "to" to the end of the
 * clause or the next comma. "Threatened to veto an extension" marks "veto an extension".
 */
function infinitiveScope(tokens: readonly EventToken[], parse: EventParse | null): boolean[] {
  const marked: boolean[] = new Array(tokens.length).fill(false)
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.norm !== 'to') continue
    let k = i + 1
    while (k < tokens.length && isGroupAdverb(tokens[k]!)) k++
    const verb = tokens[k]
    if (!verb || !verb.word || verb.cap || /^\d/.test(verb.norm) || notVerbAfterTo.has(verb.norm)) continue
    // The parse knows a noun after "to" when the words alone do not: "pleaded guilty to fraud".
    if (parse && (nounPhraseTags.has(parse.upos[k] ?? '') || (parse.upos[k] === 'ADJ' && adjectiveEnding.test(verb.norm)))) continue
    if (/[^su]s$/.test(verb.norm)) continue
    if (verb.norm.includes('-') && !/^(?:re|co|pre|de|un|over|under|out)-/.test(verb.norm)) continue
    // What someone is believed or said to be or to have done is a state or a past act that
    // is reported, no purpose: "a man believed to be responsible for a blast", "is said to have
    // detonated the bomb". A passive is ("believed to be planning an attack" neither).
    const after = tokens[k + 1]
    // A verb of beginning or going on has the event itself after "to", no purpose or
    // content: "the bombs began to explode", "troops continued to shell the town".
    if (aspectualVerbs.has(tokens[i - 1]?.norm ?? '') && verb.norm !== 'be' && verb.norm !== 'have') continue
    // What an instrument was used to do is the act done with it: "drones were used to attack the president".
    // A present "is used to block traffic" says what it is for.
    if (tokens[i - 1]?.norm === 'used' && pastBe.has(tokens[i - 2]?.norm ?? '') && verb.norm !== 'be' && verb.norm !== 'have') continue
    if (reportingParticiples.has(tokens[i - 1]?.norm ?? '')) {
      if (verb.norm === 'be' && !(after?.word && (participle(after.norm) || /ing$/.test(after.norm)))) continue
      if (verb.norm === 'have' && after?.word && (after.norm === 'been' || participle(after.norm))) continue
    }
    for (let j = k; j < tokens.length; j++) {
      const token = tokens[j]!
      if (j > k && (token.text === ',' || scopeEnds.has(token.text) || (token.word && opensClause(tokens, j)))) break
      // "vowed to retaliate and accused Israel": a finite verb after "and" is no longer in the infinitive.
      const after = tokens[j + 1]
      if (j > k && ['and', 'but', 'or'].includes(token.norm) && after?.word && !after.cap && /(?:ed|[^s]s)$/.test(after.norm)) break
      // "was to expire and Mr. Reyes refused": a new subject and its verb after "and" or "but" is a clause of its own.
      if (j > k && (token.norm === 'and' || token.norm === 'but') && newSubjectAndVerb(tokens, j + 1)) break
      // "not allowed to enter the court and the indictments took place": a clause with a subject
      // of its own after "and" is no longer in the infinitive.
      if (j > k && parse && ['and', 'but', 'or'].includes(token.norm) && ownSubject(parse, j)) break
      marked[j] = true
    }
  }
  return marked
}

// A subject pronoun or a capitalised name, then a verb in the past, from token `at`.
function newSubjectAndVerb(tokens: readonly EventToken[], at: number): boolean {
  let k = at
  if (tokens[k]?.word && subjectPronouns.has(tokens[k]!.norm)) k++
  else while (k < at + 4 && tokens[k]?.word && tokens[k]!.cap) k++
  const verb = tokens[k]
  return k > at && verb !== undefined && verb.word && !verb.cap && /[a-z]ed$/.test(verb.norm)
}

const subjectPronouns = new Set(subsetOf(functionWords.subjectPronouns, ['he', 'she', 'they', 'we', 'i']))

// Not any ADJ: the tagger reads "to free imprisoned terrorists" with an adjective "free"; one
// that ends as adjectives do is one ("lying to federal investigators").
const nounPhraseTags = new Set(['NOUN', 'PROPN', 'DET', 'NUM', 'PRON'])

/** Whether the conjunct a coordinator at `j` joins is a verb with a subject of its own. */
function ownSubject(parse: EventParse, j: number): boolean {
  const conjunct = parse.heads[j]!
  return conjunct > j && parse.relations[j] === 'cc' && (parse.upos[conjunct] === 'VERB' || parse.upos[conjunct] === 'AUX') && dependents(parse, conjunct, 'nsubj', 'nsubj:pass').length > 0
}
const adjectiveEnding = /(?:al|ic|ous|ive|ary|ful|less|ish|ian|ese)$/
// Verbs of beginning and going on, in the past: what they begin had begun ("began to
// explode"); their present and future forms ("will begin to") leave it to come, as modality says.
const aspectualVerbs = new Set(['began', 'begun', 'started', 'continued', 'resumed'])
// Participles that report what is held true of someone: "X is believed to have …".
const reportingParticiples = new Set(['believed', 'said', 'reported', 'thought', 'alleged', 'understood', 'known', 'suspected', 'claimed', 'rumoured', 'rumored', 'presumed', 'assumed', 'feared', 'estimated', 'confirmed', 'deemed'])
// A past participle by its ending, or one of the irregular ones news reports use.
const irregularParticiples = new Set(['had', 'made', 'held', 'sent', 'set', 'put', 'hit', 'shot', 'struck', 'caught', 'brought', 'taken', 'given', 'seen', 'done', 'left', 'led', 'met', 'fought', 'thrown', 'blown', 'known', 'told', 'found', 'built', 'kept', 'run', 'begun', 'won', 'lost', 'paid', 'said', 'beaten', 'hidden', 'stolen', 'sought', 'bought', 'spent', 'written', 'driven', 'broken', 'chosen', 'fallen', 'forced'])
function participle(word: string): boolean {
  return /[a-z](?:ed|en)$/.test(word) || irregularParticiples.has(word)
}

const whenWords = new Set(subsetOf(functionWords.subordinators, ['when', 'while', 'whilst']))

const criticismSet = new Set(criticismVerbs)

/** Whether an ACCUSE entry is a verb of criticism ("condemn", "slam+", "lash out at"). */
function criticism(entry: TriggerEntry): boolean {
  return entry.verb !== undefined && criticismSet.has(entry.verb.split(/[+| ]/)[0]!)
}

/**
 * Whether the parse hangs the word on the trigger of `act`, through a coordination or not, or
 * on its object when that is a name or a pronoun, which takes no "for" of its own: "blamed
 * Tom Reyes for the shelling", "was condemned for corruption and the murder of reporters", not
 * "rebuked the proposal for more airstrikes" (the airstrikes are the proposal's).
 */
function complementOf(parse: EventParse, word: number, act: Candidate): boolean {
  const onAct = (k: number) => k >= act.first && k < act.last
  let k = word
  for (let steps = 0; steps < 4 && hasRelation(parse, k, 'conj'); steps++) k = parse.heads[k]!
  const head = parse.heads[k]!
  if (onAct(head)) return true
  return head >= 0 && (parse.upos[head] === 'PROPN' || parse.upos[head] === 'PRON') && hasRelation(parse, head, 'obj') && onAct(parse.heads[head]!)
}

/**
 * Whether "of" or "for" stands between an accusation and a later trigger in the same clause;
 * after a verb of criticism, "of" only: what someone is condemned "for" took place.
 */
function accusationContent(tokens: readonly EventToken[], from: number, to: number, factive = false): boolean {
  // "charged with masterminding the 1998 bombings of two embassies, believed to have had a
  // role in the October 2000 attack": past a comma, an "of" no longer joins them.
  let joined = false
  for (let k = from; k < to; k++) {
    const token = tokens[k]!
    if (token.text === ',') return false
    // "accusing her of being asleep when calls came in during the attack": a clause of time
    // tells when the accused act was, and what happened then is no part of the accusation.
    if (token.word && whenWords.has(token.norm) && joined) return false
    if (opensClause(tokens, k)) return joined
    if (token.norm === 'of' || (token.norm === 'for' && !factive)) joined = true
  }
  return joined
}

/**
 * Whether the noun is the event that an act is timed by: "tried to plant a bomb a week before
 * the pub bombings", "to repair its image after the bombings". What an act comes before or
 * after has happened, whatever the act is the purpose of.
 */
function timedBy(tokens: readonly EventToken[], spanFirst: number): boolean {
  // The noun's own modifiers stand between: "after the Birmingham and the Guildford pub bombings".
  for (let k = spanFirst - 1; k >= 0 && k >= spanFirst - 8; k--) {
    const token = tokens[k]!
    if (!token.word) return false
    if (timePrepositions.has(token.norm)) return true
    if (prepositions.has(token.norm) || token.norm === 'to' || opensClause(tokens, k)) return false
  }
  return false
}
const timePrepositions = new Set(subsetOf(functionWords.prepositions, ['before', 'after', 'since', 'during']))

// Words of reacting to something, or of answering for it, with the preposition that brings it
// in: "a response to the attacks", "responsibility for the bombing".
const reactions = new Map([
  ['response', 'to'], ['responses', 'to'], ['respond', 'to'], ['responding', 'to'], ['reaction', 'to'], ['reactions', 'to'], ['react', 'to'], ['reacting', 'to'],
  ['retaliation', 'for'], ['revenge', 'for'], ['reprisal', 'for'], ['reprisals', 'for'], ['responsibility', 'for']
])

/**
 * Whether the noun is what an act reacts to or answers for: "to make a clear response to the
 * attacks on civilians", "to take revenge for the bombing", "had to admit responsibility for
 * attacks carried out". What one responds to or is responsible for has happened, whatever the
 * response is the purpose of.
 */
function reactedTo(tokens: readonly EventToken[], spanFirst: number): boolean {
  for (let k = spanFirst - 1; k > 0 && k >= spanFirst - 6; k--) {
    const token = tokens[k]!
    if (!token.word || opensClause(tokens, k)) return false
    if (token.norm === 'to' || token.norm === 'for') return reactions.get(tokens[k - 1]!.norm) === token.norm
    if (prepositions.has(token.norm)) return false
  }
  return false
}

/**
 * Whether a definite noun carries a date or a name among its modifiers: "the August 17
 * bombing", "the Boston Marathon bombing"; not "war crimes", "the crimes".
 */
function namedByDateOrPlace(tokens: readonly EventToken[], spanFirst: number): boolean {
  let named = false
  for (let k = spanFirst - 1; k >= 0 && k >= spanFirst - 5; k--) {
    const token = tokens[k]!
    if (!token.word) return false
    if (token.norm === 'the') return named
    if (token.cap || /^\d/.test(token.norm) || dateWords.has(token.norm)) named = true
    else if (prepositions.has(token.norm) || determiners.has(token.norm)) return false
  }
  return false
}

/** Whether a place or a date follows the noun closely: "peace talks in Astana", "talks on February 15". */
function anchoredAfter(tokens: readonly EventToken[], last: number): boolean {
  const preposition = tokens[last]
  if (!preposition || !['in', 'at', 'on'].includes(preposition.norm)) return false
  const next = tokens[last + 1]
  if (!next) return false
  if (gazetteerAt(tokens, last + 1, countries, places)) return true
  return dateWords.has(next.norm) || /^\d/.test(next.norm)
}

/** Whether the tokens between two triggers join them into one event: "negotiations in UN-sponsored meetings". */
function continues(tokens: readonly EventToken[], end: number, start: number): boolean {
  const gap = tokens.slice(end, start)
  return gap.length > 0 && gap.length <= 3 && joining.has(gap[0]!.norm) && gap.every((token) => token.word)
}

// The kinds of attack a noun names by its weapon: an explosion, a shooting, a stabbing.
const attackKinds: readonly RegExp[] = [/bomb|blast|explo|deton|went off|blew up|set off/, /shoot|shot|gunfire|gunned|gunman|gunmen/, /stab/]

/**
 * The event a definite noun points back to: the latest of its type, or, for a noun that names
 * a kind of attack ("the bombing", "the explosion"), the latest event of that kind, told by its
 * trigger or a mention, when there is one: after "a bomb exploded … the attacker was killed by
 * police", "the bombing" is the explosion, not the killing.
 */
function pointedAt(text: string, found: readonly Event[], type: PloverTypeName, tokens: readonly EventToken[], candidate: Candidate): Event | undefined {
  const ofType = found.filter((event) => event.type === type)
  // A name among the noun's modifiers says which: "the Sandy Hook shootings" is the event
  // whose clause names Sandy Hook.
  const names: string[] = []
  for (let k = candidate.spanFirst - 1; k > 0 && tokens[k]!.word && !definite.has(tokens[k]!.norm); k--) if (tokens[k]!.cap) names.push(tokens[k]!.text.replace(/['’]s$/, ''))
  // The latest event of the type whose sentence holds every one of `words`.
  const naming = (words: readonly string[]) => ofType.findLast((event) => words.every((word) => text.slice(event.span.start, event.span.end).includes(word)))
  const named = names.length > 0 ? naming(names) : undefined
  if (named) return named
  // A place named right after it, set off by a comma or not ("The talks, in Feakle, …"), says
  // which as well; when no event of the type was told there, the noun names a new one.
  const place = placeAfter(tokens, candidate.last)
  if (place.length > 0) return naming(place)
  const noun = tokens[candidate.last - 1]!.norm
  const kind = attackKinds.find((pattern) => pattern.test(noun))
  const ofKind = kind && ofType.findLast((event) => [event.trigger, ...event.mentions].some((mention) => kind.test(mention.text.toLowerCase())))
  return ofKind || ofType[ofType.length - 1]
}

/** The capitalised words of a place after "in" or "at" right after a noun, a comma allowed before: "talks, in Feakle". */
function placeAfter(tokens: readonly EventToken[], last: number): string[] {
  let k = last
  if (tokens[k]?.text === ',') k++
  if (tokens[k]?.norm !== 'in' && tokens[k]?.norm !== 'at') return []
  const names: string[] = []
  for (k++; tokens[k]?.word && tokens[k]!.cap && names.length < 3; k++) names.push(tokens[k]!.text)
  return names
}

/** Whether a noun's phrase opens with "the" or a demonstrative, a few modifiers before it: "the complex attack". */
function definiteNoun(tokens: readonly EventToken[], spanFirst: number): boolean {
  for (let k = spanFirst - 1; k >= 0 && k >= spanFirst - 4; k--) {
    const token = tokens[k]!
    if (!token.word || token.possessive) return false
    if (definite.has(token.norm)) return true
    if (determiners.has(token.norm) || prepositions.has(token.norm)) return false
  }
  return false
}

/**
 * Whether a noun trigger is a definite description of an event already named: "the talks",
 * "The Smith-Jones meeting". A date or a place among its modifiers, or just after it, makes
 * it a new event ("the December 29 ceasefire", "the talks in Geneva on Monday").
 */
function anaphoric(tokens: readonly EventToken[], candidate: Candidate): boolean {
  let k = candidate.spanFirst - 1
  if (candidate.spanFirst !== candidate.first) return false
  let steps = 0
  while (k >= 0 && steps < 5) {
    const token = tokens[k]!
    if (!token.word) return false
    if (definite.has(token.norm)) break
    if (determiners.has(token.norm) || token.possessive) return false
    if (dateWords.has(token.norm) || /^\d/.test(token.norm)) return false
    if (gazetteerAt(tokens, k, countries, places)) return false
    if (!token.cap && !/[-]/.test(token.norm) && !/(?:al|ic|ive|ary|ed|ful|ous|ent|ant)$/.test(token.norm)) return false
    k--
    steps++
  }
  if (k < 0 || !definite.has(tokens[k]!.norm)) return false
  return !anchoredAfter(tokens, candidate.last)
}

