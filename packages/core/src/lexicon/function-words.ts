/**
 * Function words that several parts of the grammar read, defined once: the names of days and
 * months. A stage or a grammar module builds the set it needs from these lists, so that a
 * word added here reaches every reader.
 *
 * To add a function word: put it in its list here, run the records diff
 * (`node scripts/records-diff.mjs`), and look at what changed.
 */

/** The days of the week, lower case. */
export const weekdays: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']

/** The months, lower case, in full. */
export const months: readonly string[] = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']

/** The abbreviations of month names that news text writes ("Jan.", "Sept."), lower case, without the stop. */
export const monthAbbreviations: readonly string[] = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']
