/**
 * How a headline is parsed: from a copy of its words told as prose, since a tagger that learnt
 * from prose misreads telegraphic grammar.
 *
 * > | Souness backs Smith for Scotland
 *             ^^^^^ read as "Souness backed Smith for Scotland": a verb, not a noun
 * > | Teacher accused of fraud
 *             ^^^^^^^ read as "Teacher was accused of fraud": the teacher is the target
 *
 * `@onrecord/core`'s `parseArticle` passes it as the `headlines` option; `@onrecord/core/lite`
 * has no parser, and reads headlines by the token grammar alone.
 */
import type {Syntax} from './analysis.js'
import {collectiveNouns, quoteMarks, triggerIndex, verbForms, type EventToken, type TriggerForm} from './event-grammar.js'
import * as functionWords from '../lexicon/function-words.js'
import {subsetOf} from './word-sets.js'
import {cues} from '../lexicon/cues.js'
import {triggers} from '../lexicon/triggers.js'

/**
 * The parse of a headline, read from a copy of its words told as prose, since a tagger that
 * learnt from prose misreads telegraphic grammar ("Bomb kills 3" as a noun phrase):
 *
 * - in a headline in title case, a capitalised function word or event word is given in lower
 *   case; other capitalised words are kept as names ("Rebels Attack Town" → "Rebels attack town");
 * - the topic before a colon stands apart ("Iraq: bomb kills 3" parses "bomb kills 3");
 * - the dropped "be" comes back before a participle that has no object ("3 killed in blast" →
 *   "3 were killed in blast"), an "-ing" verb after a noun ("man suing government" → "man is
 *   suing government") and a future "to" ("PM to visit China" → "PM is to visit China");
 * - when the tagger reads no verb up to a verb in the present tense that has an object after
 *   it, that verb is given in the past tense, which it is in prose ("Souness backs Smith" →
 *   "Souness backed Smith"), and so is a second one after "and" ("… and attacks critics").
 *
 * The words put back are left out of the parse that is returned: it has one entry per token
 * of the headline, as any event sentence's parse.
 */
export function readHeadline(tokens: readonly EventToken[], parseWords: (words: readonly string[]) => Syntax | null): Syntax | null {
  const index = triggerIndex()
  let copy = proseCopy(tokens, index, -1)
  let parse = parseCopy(parseWords, copy, tokens)
  if (!parse) return null
  // "to" is a future only where the tagger reads no verb before it: not "Council votes to condemn".
  const to = futureTo(tokens, index)
  if (to >= 0 && !parse.upos.slice(0, to).some((tag) => tag === 'VERB' || tag === 'AUX')) {
    const told = proseCopy(tokens, index, to)
    const again = parseCopy(parseWords, told, tokens)
    if (again && again.heads[to + 1] === -1 && again.upos[to + 1] === 'VERB') {
      copy = told
      parse = again
    }
  }
  const verb = presentVerb(tokens, index, parse)
  if (verb) {
    const retold = retell(copy, verb)
    const again = parseCopy(parseWords, retold, tokens)
    if (again && again.upos[verb.token] === 'VERB') {
      copy = retold
      parse = again
    }
  }
  // A second verb after "and" or a comma is in the present tense too: "Minister backs plan and
  // attacks critics".
  for (let k = 2; k < tokens.length - 1; k++) {
    if (!coordinating.has(tokens[k - 1]!.norm) || parse.upos[k] === 'VERB' || !/s$/.test(tokens[k]!.norm)) continue
    if (!parse.upos.slice(0, k - 1).includes('VERB')) continue
    const past = pastOf(tokens[k]!.norm, index)
    if (!past) continue
    const retold = retell(copy, {token: k, past})
    const again = parseCopy(parseWords, retold, tokens)
    if (again && again.upos[k] === 'VERB') {
      copy = retold
      parse = again
    }
  }
  return parse
}

const coordinating = new Set(['and', 'but', ','])

/** The copy with the word of token `verb.token` in the past tense, its capital kept. */
function retell(copy: readonly CopyWord[], verb: {token: number; past: string}): CopyWord[] {
  return copy.map((word) => (word.token === verb.token ? {...word, text: /^\p{Lu}/u.test(word.text) ? verb.past.replace(/^./, (c) => c.toUpperCase()) : verb.past} : word))
}

/** A word of the prose copy of a headline: its text, and its token (-1 for a word put back). */
interface CopyWord {
  text: string
  token: number
  /** For a noun put back after a bare number ("kills 3 people"), the number's token: it takes the noun's place in the parse. */
  stands?: number
}

const headlineFunctionWords = new Set([
  ...functionWords.determiners,
  ...functionWords.prepositions,
  ...functionWords.auxiliaries,
  ...functionWords.modals,
  ...functionWords.coordinators,
  ...functionWords.subordinators,
  ...functionWords.subjectPronouns,
  'to',
  'not'
])
// Prepositions that show a participle has no object after it: "accused of", "killed in".
// Not "on", "at", "with": "troops fired on crowd", "police clashed with fans" are active.
const afterPassive = new Set(subsetOf(functionWords.prepositions, ['by', 'of', 'over', 'in', 'for', 'after', 'during', 'amid', 'near', 'as', 'from', 'under']))
const nounModifier = new Set(['amod', 'acl', 'compound'])
const cueForms = new Set(cues.flatMap((entry) => entry.forms))

/** The "to" after the headline's first noun and before an event verb ("PM to visit China"), or -1. */
function futureTo(tokens: readonly EventToken[], index: ReadonlyMap<string, readonly TriggerForm[]>): number {
  const k = tokens.findIndex((token) => token.norm === 'to')
  const previous = tokens[k - 1]
  const next = tokens[k + 1]
  if (k < 1 || !previous?.word || headlineFunctionWords.has(previous.norm) || !next?.word) return -1
  return (index.get(next.norm) ?? []).some((form) => form.form === 'base') ? k : -1
}

function proseCopy(tokens: readonly EventToken[], index: ReadonlyMap<string, readonly TriggerForm[]>, future: number): CopyWord[] {
  const words = tokens.filter((token) => token.word && !/^\d/.test(token.norm))
  const titleCase = words.length > 1 && words.filter((token) => token.cap).length * 4 >= words.length * 3
  // The topic before a colon stands apart: the words after it are the sentence.
  const colon = tokens.findIndex((token, k) => token.text === ':' && k > 0 && k < tokens.length - 1)
  const start = colon + 1
  const copy: CopyWord[] = []
  const verbBefore = (k: number) => tokens.slice(start, k).some((token) => token.word && (cueForms.has(token.norm) || (index.get(token.norm) ?? []).some((form) => form.form !== 'noun' && form.words.length === 1)))
  for (let k = start; k < tokens.length; k++) {
    const token = tokens[k]!
    // Quotation marks carry no grammar, and the tagger takes one after a name for a
    // possessive ("China 'blocks news site'"): the copy leaves them out.
    if (quoteMarks.has(token.text)) continue
    const lower = token.norm
    const known = headlineFunctionWords.has(lower) || index.has(lower)
    // The first word keeps its capital, as in prose, unless it is an event word after a
    // colon ("Clinton Wades In: Urges Britain to Remain").
    const text = titleCase && token.cap && known && (k > start || (colon > 0 && index.has(lower))) ? token.text.toLowerCase() : token.text
    const forms = token.word ? (index.get(lower) ?? []) : []
    // The word before, across a quotation mark: "man 'suing government'".
    let before = k - 1
    if (before >= start && quoteMarks.has(tokens[before]!.text)) before--
    const previous = before >= start ? tokens[before] : undefined
    const next = tokens[k + 1]
    const nounBefore = previous !== undefined && previous.word && !headlineFunctionWords.has(previous.norm) && !cueForms.has(previous.norm) && !(index.get(previous.norm) ?? []).some((form) => form.form !== 'noun')
    let be: string | null = null
    const phrasal = forms.some((form) => form.words.length > 1 && form.words[1] === next?.norm)
    if (nounBefore && !phrasal && forms.some((form) => form.form === 'ed' || form.form === 'pp') && (!next || !next.word || afterPassive.has(next.norm)) && !verbBefore(k)) {
      be = /s$/.test(previous.norm) || /^\d/.test(previous.norm) ? 'were' : 'was'
    } else if (nounBefore && (!previous.cap || before === start) && forms.some((form) => form.form === 'ing') && !verbBefore(k)) {
      be = 'is'
    } else if (k === future) {
      be = /[^s]s$/.test(tokens[k - 1]!.norm) ? 'are' : 'is'
    }
    if (be) copy.push({text: be, token: -1})
    copy.push({text, token: k})
    // A bare number stands for people: "indict 2 over attack" → "indict 2 people over attack".
    if (/^\d+$/.test(lower) && k > start && tokens[k - 1]!.word && (!next || !next.word || afterPassive.has(next.norm) || next.norm === 'in' || next.norm === 'at' || next.norm === 'on')) copy.push({text: 'people', token: -1, stands: k})
  }
  return copy
}

/** Parse a prose copy and give each token the reading of its own word. */
function parseCopy(parseWords: (words: readonly string[]) => Syntax | null, copy: readonly CopyWord[], tokens: readonly EventToken[]): Syntax | null {
  const syntax = parseWords(copy.map((word) => word.text))
  if (!syntax) return null
  const n = tokens.length
  const upos: string[] = new Array(n).fill('X')
  const lemmas: string[] = tokens.map((token) => token.norm)
  const heads: number[] = new Array(n).fill(-1)
  const relations: string[] = new Array(n).fill('dep')
  // A word put back hands its dependents to its own head.
  const tokenHead = (w: number): number => {
    let head = syntax.heads[w]!
    for (let guard = 0; head >= 0 && copy[head]!.token < 0 && guard < copy.length; guard++) {
      // A word under the noun put back for a number hangs on the number.
      if (copy[head]!.stands !== undefined) return copy[head]!.stands === copy[w]!.token ? tokenHead(head) : copy[head]!.stands!
      head = syntax.heads[head]!
    }
    return head < 0 ? -1 : copy[head]!.token
  }
  for (const [w, word] of copy.entries()) {
    if (word.token < 0) continue
    upos[word.token] = syntax.upos[w] ?? 'X'
    lemmas[word.token] = (syntax.lemmas[w] ?? word.text).toLowerCase()
    relations[word.token] = syntax.relations[w] ?? 'dep'
    heads[word.token] = tokenHead(w)
  }
  for (const [w, word] of copy.entries()) {
    if (word.stands === undefined) continue
    relations[word.stands] = syntax.relations[w] ?? 'dep'
    heads[word.stands] = tokenHead(w)
  }
  return {upos, lemmas, heads, relations}
}

/**
 * A verb of the headline in the present tense that the tagger did not read as one, with no verb
 * before it ("Souness backs Smith", "EC calls truce"), and its past form; null when there is
 * none. Only a word the lexicons know as a verb is retold: an event verb, a reporting verb, a
 * verb that makes an event noun ("reaches a deal").
 */
function presentVerb(tokens: readonly EventToken[], index: ReadonlyMap<string, readonly TriggerForm[]>, parse: Syntax): {token: number; past: string} | null {
  for (let k = 1; k < tokens.length - 1; k++) {
    // A participle before a noun is no verb ("Frustrated parents rally"), nor is the first
    // word, which the tagger may read as one ("Blues slam rivals").
    if ((parse.upos[k - 1] === 'VERB' || parse.upos[k - 1] === 'AUX') && !nounModifier.has(parse.relations[k - 1]!) && k - 1 > 0) return null
    const token = tokens[k]!
    // The word before, across a quotation mark: "China 'blocks news site'".
    const previous = quoteMarks.has(tokens[k - 1]!.text) && k > 1 ? tokens[k - 2]! : tokens[k - 1]!
    const next = tokens[k + 1]!
    if (!token.word || !previous.word || headlineFunctionWords.has(previous.norm) || previous.possessive) continue
    // An adjective in -ing before it makes it a noun: "Blistering attacks upend plan".
    if (/ing$/.test(previous.norm)) continue
    // An object after it: a name, a noun, a number, a determiner; not a preposition unless
    // the verb takes it ("calls for").
    const particle = (index.get(token.norm) ?? []).some((form) => (form.form === 's' || form.form === 'base') && form.words[1] === next.norm)
    // A quotation can be the object: "Smith and Jones slam 'reckless' plan".
    const quoted = quoteMarks.has(next.text) && tokens[k + 2]?.word === true
    if (!quoted && (!next.word || (headlineFunctionWords.has(next.norm) && !functionWords.determiners.includes(next.norm) && !particle))) continue
    if (parse.upos[k] === 'VERB') return null
    // A later verb in the present tense is the headline's: "Iran sanctions bill lacks support".
    if (tokens.slice(k + 1).some((later, j) => parse.upos[k + 1 + j] === 'VERB' && /[^s]s$/.test(later.norm))) return null
    const past = pastOf(token.norm, index)
    if (!past) continue
    // A base form is a verb after a plural or two subjects: "Allies back plan", "Smith and
    // Jones slam plan", not "core support".
    if (!/s$/.test(token.norm) && !/[^s]s$/.test(previous.norm) && !collectiveNouns.has(previous.norm) && !tokens.slice(0, k).some((word) => word.norm === 'and')) continue
    return {token: k, past}
  }
  return null
}

const cueLemmas = new Map(cues.flatMap((entry) => (entry.lemma.includes(' ') ? [] : entry.forms.map((form) => [form, entry.lemma] as const))))
const madeByWords = new Set(triggers.flatMap((entry) => entry.madeBy ?? []))

/** The past form of a verb in the present tense that the lexicons know, or null. */
function pastOf(word: string, index: ReadonlyMap<string, readonly TriggerForm[]>): string | null {
  const form = (index.get(word) ?? []).find((form) => (form.form === 's' || form.form === 'base') && form.words.length === 1 && form.entry.verb)
  let spec = form?.entry.verb ?? null
  if (!spec && /s$/.test(word)) spec = cueLemmas.get(word) ?? null
  if (!spec && madeByWords.has(word)) spec = /s$/.test(word) ? word.replace(/(?:(?<=[sxz]|[cs]h)es|s)$/, '') : word
  if (!spec) return null
  const past = verbForms(spec).find(([, kind]) => kind === 'ed' || kind === 'past')
  return past ? past[0][0]! : null
}
