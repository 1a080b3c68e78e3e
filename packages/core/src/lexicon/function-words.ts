/**
 * Function words that several parts of the grammar read, defined once: determiners,
 * prepositions, the forms of the auxiliaries and the modals, the words that join clauses, the
 * words of time, and the names of days and months. A stage or a grammar module builds the set
 * it needs from these lists, so that a word added here reaches every reader; a rule that needs
 * only some of a list says so where it builds its set.
 *
 * To add a function word: put it in its list here, run the records diff
 * (`node scripts/records-diff.mjs`), and look at what changed.
 */

/** The articles: "a", "an", "the". */
export const articles: readonly string[] = ['a', 'an', 'the']

/** The demonstratives: "this", "that", "these", "those". */
export const demonstratives: readonly string[] = ['this', 'that', 'these', 'those']

/** The possessive determiners: "my", "your", "his", "her", "its", "our", "their". */
export const possessiveDeterminers: readonly string[] = ['my', 'your', 'his', 'her', 'its', 'our', 'their']

/**
 * Determiners: the words that stand before a noun and its modifiers to say which or how many
 * ("the", "this", "their", "every", "such").
 */
export const determiners: readonly string[] = [
  ...articles, ...demonstratives, ...possessiveDeterminers, 'some', 'any', 'no', 'every', 'each', 'another', 'such'
]

/**
 * Prepositions, the one-word ones that news text uses: "in", "during", "amid", "towards".
 * "after", "before", "as" and "since" are also subordinators; "following" is a participle
 * used as one ("following the vote").
 */
export const prepositions: readonly string[] = [
  'about', 'across', 'after', 'against', 'amid', 'among', 'around', 'as', 'at', 'before', 'behind', 'between', 'beyond',
  'by', 'despite', 'during', 'following', 'for', 'from', 'in', 'inside', 'into', 'near', 'of', 'on', 'outside', 'over',
  'since', 'through', 'throughout', 'to', 'toward', 'towards', 'under', 'upon', 'via', 'with', 'within', 'without'
]

/** The forms of "be", with its clitics ("he's", "they're", "I'm"). */
export const beForms: readonly string[] = ['be', 'am', 'is', 'are', 'was', 'were', 'been', 'being', "'s", "'re", "'m"]

/** The forms of "have" that make a perfect ("has said", "had been"). */
export const haveForms: readonly string[] = ['have', 'has', 'had', 'having']

/** The forms of "do" that carry a question, a negation or emphasis ("did not say"). */
export const doForms: readonly string[] = ['do', 'does', 'did']

/** The auxiliary verbs: the forms of "be", "have" and "do". */
export const auxiliaries: readonly string[] = [...beForms, ...haveForms, ...doForms]

/** The modal verbs: "will", "would", "can", "could", "may", "might", "must", "shall", "should", "ought". */
export const modals: readonly string[] = ['will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should', 'ought']

/** The coordinating conjunctions that join two clauses or two phrases: "and", "but", "or", "nor", "yet". */
export const coordinators: readonly string[] = ['and', 'but', 'or', 'nor', 'yet']

/**
 * The subordinating conjunctions that open an adverbial clause: "while", "because", "if",
 * "although". Several are also prepositions ("after", "before", "since", "as").
 */
export const subordinators: readonly string[] = [
  'after', 'although', 'as', 'because', 'before', 'if', 'once', 'since', 'though', 'unless', 'until', 'when', 'whereas',
  'while', 'whilst'
]

/**
 * Connectives: the adverbs that tie a sentence to the one before it and open it ("However, …",
 * "Meanwhile, …", "Separately, …").
 */
export const connectives: readonly string[] = [
  'accordingly', 'additionally', 'also', 'besides', 'consequently', 'furthermore', 'hence', 'however', 'indeed', 'instead',
  'likewise', 'meanwhile', 'moreover', 'nevertheless', 'nonetheless', 'otherwise', 'separately', 'similarly', 'still',
  'then', 'therefore', 'thus'
]

/** The personal pronouns that stand as a subject: "i", "you", "he", "she", "it", "we", "they". */
export const subjectPronouns: readonly string[] = ['i', 'you', 'he', 'she', 'it', 'we', 'they']

/** The words that name a day from the day of writing: "today", "tonight", "yesterday", "tomorrow". */
export const timeWords: readonly string[] = ['today', 'tonight', 'yesterday', 'tomorrow']

/** The nouns that name a stretch of time or a part of the day, singular: "week", "morning". */
export const timeNouns: readonly string[] = ['day', 'week', 'weekend', 'month', 'year', 'decade', 'morning', 'afternoon', 'evening', 'night']

/** The days of the week, lower case. */
export const weekdays: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']

/** The months, lower case, in full. */
export const months: readonly string[] = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']

/** The abbreviations of month names that news text writes ("Jan.", "Sept."), lower case, without the stop. */
export const monthAbbreviations: readonly string[] = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']

/** The cardinal numbers written as words, "one" to "twelve" ("two officials", "three days ago"). */
export const cardinals: readonly string[] = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']

/** Plural counts that stand for a number: "dozens of people", "thousands marched". */
export const countWords: readonly string[] = ['dozens', 'hundreds', 'thousands', 'millions', 'billions']
