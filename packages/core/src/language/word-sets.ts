/**
 * Parts of the shared function-word lists (`lexicon/function-words.ts`) that one rule reads.
 * The words named here must be in the list, checked when the module loads, so that a rule's
 * part of a list says where its words come from and cannot name a word the list has dropped.
 */

/**
 * The words of `words`, each of which must be in `list`: the part of a shared list that a
 * rule reads ("the prepositions that head a place").
 *
 * @example
 *   const placePrepositions = new Set(subsetOf(prepositions, ['in', 'at', 'near']))
 */
export function subsetOf(list: readonly string[], words: readonly string[]): string[] {
  check(list, words)
  return [...words]
}

/**
 * The words of `list` except `words`, each of which must be in `list`: a shared list less
 * the words that a rule leaves out.
 *
 * @example
 *   const finiteBe = new Set(except(beForms, ['be', 'been', 'being']))
 */
export function except(list: readonly string[], words: readonly string[]): string[] {
  check(list, words)
  return list.filter((word) => !words.includes(word))
}

function check(list: readonly string[], words: readonly string[]): void {
  for (const word of words) {
    if (!list.includes(word)) throw new Error(`Expected a word of the list (${list.slice(0, 3).join(', ')}, …), got \`${word}\``)
  }
}
