import {normalizeName} from '@onrecord/core'

/**
 * Person names compared across articles, whatever the transliteration.
 *
 * > | Aleksei Volkov   Alexey Volkov   Aleksei Sokolov
 *       ^^^^^^^ ^^^^^^   ^^^^^^ ^^^^^^   ^^^^^^^ ^^^^^^^
 *       alexei|volkov    alexei|volkov   alexei|sokolov   (given|surname, folded)
 */

/**
 * Spelling pairs that transliterations of one name swap (Cyrillic and Arabic names above all),
 * each folded to one side. Order matters: `ks` and `ph` go before single letters are touched,
 * and doubled letters collapse last so that `Dmitriy` (→ `dmitrii`) meets `Dmitri`.
 */
const transliterationPairs: ReadonlyArray<readonly [RegExp, string]> = [
  // Aleksandr / Alexandr, Aleksei / Alexei.
  [/ks/g, 'x'],
  // Joseph / Josef.
  [/ph/g, 'f'],
  // Mikhail / Mihail.
  [/kh/g, 'h'],
  // Andrei / Andrey, Dmitri / Dmitry, Yuri / Iuri, Tatiana / Tatyana.
  [/y/g, 'i'],
  // Mohammed / Mohamed, Zelenskyy / Zelensky.
  [/(\p{L})\1+/gu, '$1']
]

/** Words that join a surname to its family or place and that spellings keep or drop: `al-Amin`, `van der`. */
const particles = new Set(['al', 'el', 'ad', 'as', 'ash', 'bin', 'ben', 'ibn', 'da', 'de', 'del', 'der', 'di', 'du', 'la', 'le', 'van', 'von'])

/** Generational suffixes, not part of a name's identity for comparison. */
const suffixes = new Set(['jr', 'sr', 'ii', 'iii', 'iv'])

/**
 * Fold a name for comparison: drop diacritics, apostrophes and dots, lowercase, and turn every
 * other run of non-letters into one space.
 *
 * @example
 * foldName("Recep Tayyip Erdoğan") // 'recep tayyip erdogan'
 */
export function foldName(name: string): string {
  return normalizeName(name, {joiners: true})
}

/**
 * Fold one name token across common transliteration pairs: `ei`/`ey` and `i`/`y`, `ks`/`x`,
 * `ph`/`f`, `kh`/`h`, and doubled letters.
 *
 * @example
 * foldTransliteration('sergey') // 'sergei'
 * foldTransliteration('aleksandr') // 'alexandr'
 */
export function foldTransliteration(token: string): string {
  let value = token
  for (const [pattern, replacement] of transliterationPairs) value = value.replace(pattern, replacement)
  return value
}

/** A person's name split for comparison. */
export interface NameParts {
  /** Given names, folded, initials dropped when a full given name is there. */
  given: string[]
  /** The surname, folded; empty when the name is empty. */
  surname: string
}

/**
 * Split a person's name into folded given names and surname: the last word is the surname,
 * particles (`al-`, `van`) and suffixes (`Jr.`) are dropped, and a middle initial is dropped
 * when a full given name stands before it (`George W. Bush` = `George Bush`).
 */
export function nameParts(name: string): NameParts {
  const tokens = foldName(name)
    .split(' ')
    .filter((token) => token !== '' && !particles.has(token) && !suffixes.has(token))
    .map(foldTransliteration)
  const surname = tokens.pop() ?? ''
  const full = tokens.filter((token) => token.length > 1)
  return {given: full.length > 0 ? full : tokens, surname}
}

/**
 * The key under which two person names are the same person: surnames equal and given names
 * equal, both after folding transliteration variants. A name of one word has only a surname.
 *
 * @example
 * personKey('Aleksei Volkov') === personKey('Alexey Volkov') // true
 * personKey('Aleksei Volkov') === personKey('Aleksei Sokolov') // false
 */
export function personKey(name: string): string {
  const {given, surname} = nameParts(name)
  return `${given.join(' ')}|${surname}`
}

/**
 * A slug for ids: ASCII letters and digits joined by hyphens.
 *
 * @example
 * slug('Aleksei Volkov') // 'aleksei-volkov'
 */
export function slug(name: string): string {
  return foldName(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}
