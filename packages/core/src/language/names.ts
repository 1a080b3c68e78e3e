/** How {@link normalizeName} folds a name. */
export interface NormalizeNameOptions {
  /** Drop a leading "the" ("The Kremlin" → `kremlin`). */
  article?: boolean
  /** Drop a possessive `'s` ("Reuters's" → `reuters`). */
  possessive?: boolean
  /** Drop apostrophes and dots inside words instead of splitting there ("O'Brien" → `obrien`). */
  joiners?: boolean
}

/**
 * Fold a name for comparison: no diacritics, lower case, every run of other characters than
 * letters and digits one space. The one name normaliser of onrecord: the corpus's speaker
 * index and the CLI's scorer compare names with it.
 *
 * @example
 * normalizeName('Recep Tayyip Erdoğan') // 'recep tayyip erdogan'
 * normalizeName('The Associated Press', {article: true}) // 'associated press'
 */
export function normalizeName(name: string, options: NormalizeNameOptions = {}): string {
  let value = name.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase()
  if (options.possessive) value = value.replace(/['’]s\b/g, '')
  if (options.joiners) value = value.replace(/['’‘`.]/g, '')
  if (options.article) value = value.replace(/^the\s+/, '')
  return value.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}
