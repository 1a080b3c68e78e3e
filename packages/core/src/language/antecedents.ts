import type {Block} from '../stage.js'
import {possessiveDeterminers, prepositions} from '../lexicon/function-words.js'
import type {Span} from '../schema/span.js'
import type {Analysis} from './analysis.js'
import {agreeing, personGender, pronounGender, titleGender, type FirstNameGender, type Gender} from './gender.js'
import type {Quotation} from './quotations.js'
import {countBefore} from './search.js'
import {findMentions, isTitleNoun, type Mention} from './speaker-phrase.js'
import {parseOf, taggedSentenceAt} from './tree.js'
import {subsetOf} from './word-sets.js'

/**
 * Who a pronoun or a role noun stands for: the people and bodies named before it, the likeliest
 * first. The speakers' merge resolves "he said" with it, and the events stage a pronoun that
 * acts ("He attacked the airport"), so both read a pronoun alike.
 *
 * > | Ana Ruiz, a nurse, reached the clinic at dawn. Later she treated …
 *     ^^^^^^^^                                             ^^^ Ana Ruiz
 */

/** What the resolver reads: the text, its blocks, the analysis and the first-name genders. */
export interface TextAround {
  readonly text: string
  readonly blocks: readonly Block[]
  readonly language: Analysis
  readonly firstNames: FirstNameGender | null
}

/** Whether two genders, each known or not, disagree. */
export function clash(a: Gender | null, b: Gender | null): boolean {
  return a !== null && b !== null && a !== b
}

/**
 * The people (for "he", "she") or bodies (for "it", "they") named outside quotations in the
 * text before `offset`, the likeliest antecedent first: its paragraph and the one before, at
 * most {@link WINDOW} code units back (when they name nobody, `far`: a subject or a possessive up
 * to {@link FAR_PARAGRAPHS} paragraphs back). For "he" and "she", the subjects of those sentences come
 * before the names they mention in passing (the parse says which is which, where there is one),
 * and a person of the other gender is none; each list is latest first.
 */
export function antecedentsBefore(
  input: TextAround,
  offset: number,
  pronoun: string,
  subjectOnly = false,
  exclude: Span | null = null,
  known: (mention: Mention) => boolean = () => false,
  agrees: (mention: Mention) => boolean = () => false,
  far = false
): Mention[] {
  const {text} = input
  // Look back a few sentences at most, so that the cost per pronoun is bounded.
  const blocks = input.blocks
  const at = countBefore(blocks, offset, (block) => block.span.start, true) - 1
  let blockStart = at >= 0 ? blocks[at]!.span.start : 0
  // Page furniture between the paragraphs ("Live Story") names nobody.
  const furniture: Span[] = []
  let paragraphs = far ? FAR_PARAGRAPHS : 1
  const limit = at - 3 * paragraphs
  for (let k = at - 1; k >= 0 && k >= limit && paragraphs > 0; k--) {
    const kind = blocks[k]!.kind
    if (kind === 'boilerplate') {
      furniture.push(blocks[k]!.span)
      continue
    }
    // A headline or a caption is no antecedent for the story's "he": the story names its people.
    if (kind !== 'paragraph' && kind !== 'standfirst' && kind !== 'quote') break
    blockStart = blocks[k]!.span.start
    paragraphs--
  }
  const from = Math.max(blockStart, offset - (far ? FAR_WINDOW : WINDOW))
  const gender = pronounGender(pronoun)
  const firstNames = input.firstNames
  const wanted = (mention: Mention) =>
    pronoun === 'he' || pronoun === 'she'
      ? mention.kind === 'person' && !otherGender(text, mention.span.start, pronoun) && !clash(mentionGender(mention, firstNames), gender)
      : pronoun === 'it' ? mention.kind === 'organization' || mention.kind === 'government' : mention.kind !== 'person'
  const outer = input.language.outerQuotations()
  const candidates = findMentions(text, from, offset).filter(
    (mention) =>
      wanted(mention) &&
      !inside(outer, mention.span.start) &&
      !afterObjectOpener(text, mention.span.start) &&
      !furniture.some((span) => mention.span.start >= span.start && mention.span.start < span.end) &&
      // What the pronoun's own claim says names nobody who says it.
      !(exclude && mention.span.start >= exclude.start && mention.span.start < exclude.end)
  )
  // A name in a possessive ("Mr Reyes's comments") or after a preposition ("distanced himself
  // from Reyes") is not the subject that a later "he" goes on with; a person's possessive is
  // still the one a "he" or "she" stands for when nobody else is named ("Reyes's voice was
  // hoarse. … he said"), so it comes last: a name of two words or more ("Mr Reyes's", not
  // "Parkinson's disease" or "the UK's"), and not one whose possessed noun is a person ("Mr
  // Reyes's spokesman said … He added" goes on with the spokesman).
  const found = candidates.filter((mention) => !possessive(text, mention.span.end))
  const possessors =
    gender !== null && !subjectOnly
      ? candidates.filter((mention) => possessive(text, mention.span.end) && /\s/.test(mention.text.trim()) && /\p{Ll}/u.test(mention.name) && !ownsPerson(text, mention.span.end)).reverse()
      : []
  const subjects: Mention[] = []
  const others: Mention[] = []
  for (const mention of found) {
    const role = roleOf(input, mention, gender !== null || subjectOnly, known)
    // A capitalised word that opens a sentence and that the tagger reads as no name ("Soon",
    // "Take"), or a name after a preposition (a place, whom one spoke with), is no antecedent.
    if (role === 'no-name' || role === 'oblique') continue
    const opens = opensSentence(text, mention.span.start)
    // To take the pronoun from the last speaker, a subject stands first in its sentence, or
    // after an opening phrase ("Ultimately, Mr. Clarke hopes …"), not inside a clause.
    const subject = subjectOnly
      ? (role === 'subject' && (opens || afterComma(text, mention.span.start))) || (role === null && opens)
      : role === 'subject' || (role === null && opens)
    if (subject) subjects.push(mention)
    else if (!subjectOnly) others.push(mention)
  }
  subjects.reverse()
  others.reverse()
  // "It" and "they" go on with the body named last; "they" not past a group that a plural noun
  // names as a subject after it ("… said Kestrel Bank. Border guards say they …").
  if (gender === null) {
    const bodies = [...subjects, ...others].sort((a, b) => b.span.start - a.span.start)
    return pronoun === 'they' && bodies.length > 0 && groupSubjectBetween(input, bodies[0]!.span.end, offset) ? [] : bodies
  }
  // Further back, only a sentence's subject or a person's possessive holds a "he" or "she" over
  // a paragraph that names nobody ("Ana Ruiz's voice was hoarse. ¶ The hall was full. ¶ "…,"
  // she said."), and only one whose name, title or earlier mentions say the pronoun's gender.
  if (far) return [...subjects, ...possessors].filter(agrees)
  const near = [...subjects, ...others, ...possessors]
  if (near.length > 0 || subjectOnly) return near
  return antecedentsBefore(input, offset, pronoun, subjectOnly, exclude, known, agrees, true)
}

// How many paragraphs, and code units, a "he" or "she" looks back when the paragraph before
// names nobody it could stand for.
const FAR_PARAGRAPHS = 3
const FAR_WINDOW = 1500

/**
 * The last person named outside quotations in the text before `offset` (at most
 * {@link INTRODUCTION_WINDOW} code units back) with one of `roles` in their title or in the
 * apposition after the name:
 *
 * > | Ana Ruiz, a professor at Kestrel University, studies the war. The professor said …
 *     ^^^^^^^^    ^^^^^^^^^                                             ^^^^^^^^^
 */
export function introducedBefore(input: TextAround, offset: number, roles: readonly string[]): Mention | null {
  const {text} = input
  const outer = input.language.outerQuotations()
  const found = findMentions(text, Math.max(0, offset - INTRODUCTION_WINDOW), offset)
  for (let k = found.length - 1; k >= 0; k--) {
    const mention = found[k]!
    if (mention.kind !== 'person' || inside(outer, mention.span.start)) continue
    const title = mention.text.endsWith(mention.name) ? mention.text.slice(0, mention.text.length - mention.name.length) : ''
    // An apposition closed by a comma before the description itself ("Norland, the minister
    // insisted, …" introduces nobody).
    const apposition = appositionAfter(text, mention.span.end, offset)
    if (holdsRole(title, roles) || holdsRole(apposition, roles)) return mention
  }
  return null
}

// The words of an apposition set off by two commas right after `end`, and before `limit`: ",
// a professor at Kestrel University," → "a professor at Kestrel University".
function appositionAfter(text: string, end: number, limit: number): string {
  if (text.charAt(end) !== ',' || text.charAt(end + 1) !== ' ') return ''
  const stop = Math.min(limit, end + 2 + 80)
  for (let i = end + 2; i < stop; i++) {
    const char = text.charAt(i)
    if (char === ',') return text.slice(end + 2, i)
    if ('.;:()"“”\n'.includes(char)) return ''
  }
  return ''
}

// Whether a title's words before a complement include one of `roles`: "professor at Kestrel".
function holdsRole(title: string, roles: readonly string[]): boolean {
  for (const word of title.toLowerCase().split(/[\s-]+/, 12)) {
    if (roleComplements.has(word)) return false
    if (roles.includes(word)) return true
  }
  return false
}

const roleComplements = new Set(['of', 'for', 'at', 'to', 'in', 'with', 'from', 'on', 'who', 'whose', 'which', 'that', 'and'])

// How far back "the professor" looks for the person introduced as a professor.
const INTRODUCTION_WINDOW = 2000

/**
 * What a mention is in its sentence: `subject` (of its main clause, or of a clause joined to
 * it), `oblique` (after a preposition), `other`; `no-name` when it opens with a possessive
 * ("My Patients"), or opens the sentence and the tagger tags none of its words as a noun
 * ("Soon", "Take"); null when the sentence has no parse (or, without `parse`, whenever it has tags).
 */
function roleOf(input: TextAround, mention: Mention, parse: boolean, known: (mention: Mention) => boolean): 'subject' | 'oblique' | 'other' | 'no-name' | null {
  const blocks = input.blocks
  const block = countBefore(blocks, mention.span.start, (b) => b.span.start, true) - 1
  if (block < 0) return null
  const tokens = input.language.tokens(block)
  const first = countBefore(tokens, mention.span.start, (t) => t.start)
  if (first >= tokens.length || tokens[first]!.start !== mention.span.start) return null
  let last = first
  while (last + 1 < tokens.length && tokens[last + 1]!.end <= mention.span.end) last++
  // "My Patients Were Presidents": a name opens with no possessive.
  if (ownerWords.has(tokens[first]!.lower)) return 'no-name'
  const tagged = taggedSentenceAt(input.language, block, tokens, mention.span.start)
  if (!tagged) return null
  const tags = tagged.tags
  const base = tagged.base
  // A capitalised common noun that opens a sentence ("Bombs may not be falling") is at most a
  // name in passing, unless it is a speaker's name: a tagger reads some surnames as common
  // nouns ("Sanders").
  let proper = false
  if (first === base) {
    let named = false
    for (let k = first; k <= last; k++) {
      named ||= nominal.has(tags[k - base] ?? 'X')
      proper ||= tags[k - base] === 'PROPN'
    }
    if (!named) return 'no-name'
    proper ||= known(mention)
  } else proper = true
  if (!parse) return null
  const parsed = parseOf(tagged)
  if (!parsed) return null
  const {heads, relations} = parsed.syntax
  // The word of the mention whose head lies outside it heads the phrase.
  for (let k = first; k <= last && k - base < heads.length; k++) {
    let head = heads[k - base]!
    if (head >= first - base && head <= last - base) continue
    let relation = relations[k - base]!
    // "Sylvester Stallone's ex-wife Brigitte Nielsen nominated …": a person's full name in the
    // same noun phrase as its head word (a flat name, an apposition, a compound) has that word's
    // place. (Not a place or a party set beside a name: "Kevin Roe, R-Calif.")
    const fullName = mention.kind === 'person' && last > first && input.firstNames?.(tokens[first]!.text) != null
    for (let steps = 0; fullName && steps < 3 && head >= 0 && (relation === 'flat' || relation === 'appos' || relation === 'compound'); steps++) {
      relation = relations[head]!
      head = heads[head]!
    }
    // The subject of the sentence's main clause (or of a clause joined to it), not of a clause
    // inside it: "… the same fire Mr. Obama has. He noted …" goes on with the sentence's subject.
    if (relation.startsWith('nsubj')) return proper && mainClause(parsed.syntax, head) ? 'subject' : 'other'
    if (relation.startsWith('obl') || (relation.startsWith('nmod') && relation !== 'nmod:poss')) return 'oblique'
    return 'other'
  }
  return null
}

/**
 * Whether the word at `span` is the subject of its sentence's main clause, or of a clause joined
 * to it ("Later, he attacked …", "… and he vowed …"), by the parse; false without one. A pronoun
 * there goes on with the subject before it, which the resolver reads best; one inside a clause
 * ("when asked if he would …") may stand for someone that clause's sentence names anywhere.
 */
export function mainSubject(input: TextAround, span: Span): boolean {
  const block = countBefore(input.blocks, span.start, (b) => b.span.start, true) - 1
  if (block < 0) return false
  const tokens = input.language.tokens(block)
  const at = countBefore(tokens, span.start, (t) => t.start)
  if (at >= tokens.length || tokens[at]!.start !== span.start) return false
  const tagged = taggedSentenceAt(input.language, block, tokens, span.start)
  const parsed = tagged ? parseOf(tagged) : null
  if (!parsed) return false
  const word = at - parsed.base
  const relation = parsed.syntax.relations[word]
  return relation !== undefined && relation.startsWith('nsubj') && mainClause(parsed.syntax, parsed.syntax.heads[word]!)
}

/**
 * Whether a sentence between `from` and `offset` has a plural common noun as the subject of its
 * main clause, by the parse: "Border guards said …", "The researchers found …". Such a group
 * names nobody, so a "they" after it is left to it rather than given to a name before it.
 */
export function groupSubjectBetween(input: TextAround, from: number, offset: number): boolean {
  const {blocks, language} = input
  const first = Math.max(0, countBefore(blocks, from, (b) => b.span.start, true) - 1)
  const last = countBefore(blocks, offset, (b) => b.span.start, true) - 1
  for (let block = first; block <= last; block++) {
    for (const sentence of language.sentences(block)) {
      if (sentence.end <= from || sentence.start >= offset) continue
      const syntax = sentence.syntax
      if (!syntax) continue
      const {tokens} = sentence
      for (let word = 0; word < tokens.length && word < syntax.upos.length; word++) {
        const token = tokens[word]!
        if (token.start < from || token.end > offset) continue
        if (syntax.upos[word] === 'NOUN' && syntax.relations[word] === 'nsubj' && /[^s]s$/i.test(token.text) && mainClause(syntax, syntax.heads[word]!)) return true
      }
    }
  }
  return false
}

/**
 * The group that the sentence right before `offset` has as the subject of its main clause, by
 * the parse: names or people joined by "and" ("Ana Ruiz and Luis Vega arrived …"), or people
 * in the plural ("The two leaders arrived …"). A "they" that goes on from such a sentence
 * stands for that group; null when the sentence before has another subject, or no parse.
 *
 * > | The two leaders arrived in Geneva on Monday. They met for an hour.
 *     ^^^^^^^^^^^^^^^                              ^^^^ The two leaders
 */
export function groupBefore(input: TextAround, offset: number): Span | null {
  const {blocks, language} = input
  const at = countBefore(blocks, offset, (b) => b.span.start, true) - 1
  if (at < 0) return null
  let previous: ReturnType<Analysis['sentences']>[number] | undefined
  for (const sentence of language.sentences(at)) if (sentence.end <= offset) previous = sentence
  // The last sentence of the paragraph before, when the pronoun opens its paragraph.
  if (!previous && at > 0 && blocks[at - 1]!.kind === 'paragraph') previous = language.sentences(at - 1).at(-1)
  if (!previous || !previous.syntax || quoted(input, previous.start)) return null
  const {tokens, syntax} = previous
  const {heads, relations, upos, lemmas} = syntax
  const root = relations.indexOf('root')
  const subjects = relations.flatMap((relation, word) => (relation.startsWith('nsubj') && heads[word] === root ? [word] : []))
  // Two subjects of one verb are a misread list ("The leaders of X, Y and Z took …"): its phrase is not to be trusted.
  if (root < 0 || subjects.length !== 1) return null
  const subject = subjects[0]!
  const conjuncts = heads.flatMap((head, word) => (head === subject && relations[word] === 'conj' ? [word] : []))
  const person = (word: number) => upos[word] === 'PROPN' || (upos[word] === 'NOUN' && isTitleNoun(lemmas[word]!.toLowerCase()))
  const group =
    conjuncts.length > 0
      ? [subject, ...conjuncts].every(person)
      : upos[subject] === 'NOUN' && isTitleNoun(lemmas[subject]!.toLowerCase()) && tokens[subject]!.text.toLowerCase() !== lemmas[subject]!.toLowerCase()
  if (!group) return null
  // The subject's phrase, without a clause it carries or an apposition to it.
  let first = subject
  let last = subject
  const within = (word: number): boolean => {
    for (let k = word, steps = 0; k >= 0 && steps < 12; k = heads[k]!, steps++) {
      if (k === subject) return true
      if (['acl', 'acl:relcl', 'parataxis'].includes(relations[k]!) || (relations[k] === 'appos' && heads[k] === subject)) return false
    }
    return false
  }
  for (let word = 0; word < tokens.length && word < heads.length; word++) {
    if (word === subject || upos[word] === 'PUNCT' || !within(word)) continue
    first = Math.min(first, word)
    last = Math.max(last, word)
  }
  return {start: tokens[first]!.start, end: tokens[last]!.end}
}

const ownerWords = new Set(possessiveDeterminers)

// The tags of a word that may be a name: a tagger reads a surname as a common noun ("Sanders").
const nominal = new Set(['PROPN', 'NOUN', 'X'])

// Whether word `verb` heads the main clause of its sentence, or a clause coordinated with it.
function mainClause(syntax: {readonly heads: readonly number[]; readonly relations: readonly string[]}, verb: number): boolean {
  for (let steps = 0; verb >= 0 && verb < syntax.heads.length && steps < 4; steps++) {
    const relation = syntax.relations[verb]!
    if (relation === 'root') return true
    if (relation !== 'conj' && relation !== 'parataxis') return false
    verb = syntax.heads[verb]!
  }
  return false
}

/** The gender a mention's name and title give ("Congresswoman Dean", "Gloria Sam"). */
export function mentionGender(mention: Mention, firstNames: FirstNameGender | null): Gender | null {
  const title = mention.text.endsWith(mention.name) ? mention.text.slice(0, mention.text.length - mention.name.length) : ''
  return agreeing([titleGender(title), personGender(mention.name, firstNames)])
}

// Whether a person's honorific, right before or at the start of the mention, gives the other
// gender than the pronoun's: "Ms Hughes" is no "he", "Mr Reyes" no "she".
const feminine = /^(?:Ms|Mrs|Miss|Lady|Dame|Baroness)\.?\s/
const masculine = /^(?:Mr|Sir|Lord)\.?\s/

function otherGender(text: string, start: number, pronoun: string): boolean {
  const before = text.slice(Math.max(0, start - 10), start)
  const at = text.slice(start, start + 10)
  const honorific = /(?:Ms|Mrs|Miss|Lady|Dame|Baroness|Mr|Sir|Lord)\.?\s$/.exec(before)?.[0] ?? (feminine.exec(at) ?? masculine.exec(at))?.[0] ?? null
  if (!honorific) return false
  return pronoun === 'he' ? feminine.test(honorific) : masculine.test(honorific)
}

// Whether a mention opens its sentence (the subject of a news sentence mostly does).
function opensSentence(text: string, start: number): boolean {
  let i = start
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--
  if (i === 0) return true
  const before = text.charAt(i - 1)
  return before === '\n' || before === '\r' || before === '.' || before === '!' || before === '?' || before === '"' || before === '”'
}

// Whether a comma stands right before `start` (past spaces).
function afterComma(text: string, start: number): boolean {
  let i = start
  while (i > 0 && text.charCodeAt(i - 1) === 32) i--
  return text.charAt(i - 1) === ','
}

function possessive(text: string, end: number): boolean {
  // The mention may hold its possessive ("Tony Blair's"), or stop before it.
  const last = text.slice(end - 2, end)
  if (last === "'s" || last === '’s') return true
  const next = text.slice(end, end + 2)
  return next === "'s" || next === '’s' || next === "s'" || next === 's’' || next === "'" || next === '’'
}

// Whether a role noun stands among the few words after a possessor: "Mr Reyes's official
// spokesman", "Ana Ruiz's lawyer".
function ownsPerson(text: string, end: number): boolean {
  const after = text.slice(end, end + 60).replace(/^['’]s?/, '')
  const words = /^(?:\s+[\p{L}-]+){1,3}/u.exec(after)?.[0].trim().toLowerCase().split(/\s+/) ?? []
  return words.some(isTitleNoun)
}

// Words after which a name is an object, not a subject that a later pronoun goes on with: the
// prepositions that take a person as object or head a place ("in Tabennese"), and "told"
// (whom one told is the addressee).
const objectOpeners = new Set([
  ...subsetOf(prepositions, ['from', 'of', 'with', 'to', 'by', 'against', 'about', 'for', 'at', 'on']),
  ...subsetOf(prepositions, ['in', 'into', 'near', 'across', 'outside', 'inside', 'throughout', 'toward', 'towards', 'via', 'within', 'around', 'amid', 'through', 'beyond']),
  'told', 'tell', 'tells', 'telling'
])

function afterObjectOpener(text: string, start: number): boolean {
  let end = start
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--
  let begin = end
  while (begin > 0 && /[A-Za-z]/.test(text.charAt(begin - 1))) begin--
  let word = text.slice(begin, end).toLowerCase()
  // "from the …": look past an article.
  if (word === 'the' || word === 'a' || word === 'an') {
    let e = begin
    while (e > 0 && text.charCodeAt(e - 1) === 32) e--
    let b = e
    while (b > 0 && /[A-Za-z]/.test(text.charAt(b - 1))) b--
    word = text.slice(b, e).toLowerCase()
  }
  return objectOpeners.has(word)
}

// How far back a pronoun looks for a name it could stand for, in UTF-16 code units.
const WINDOW = 400

/** Whether `offset` lies inside a quotation of the text (see {@link inside}). */
export function quoted(input: TextAround, offset: number): boolean {
  return inside(input.language.outerQuotations(), offset)
}

// Whether `offset` lies inside one of `quotations` (sorted, not overlapping): mentions inside
// a quotation are what was said, not who said it.
function inside(quotations: readonly Quotation[], offset: number): boolean {
  const index = countBefore(quotations, offset, (q) => q.content.start, true) - 1
  return index >= 0 && offset < quotations[index]!.content.end
}
