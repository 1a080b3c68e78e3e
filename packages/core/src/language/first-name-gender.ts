import {firstNames} from '../lexicon/first-names.js'
import type {Gender} from './gender.js'

/**
 * The shipped table of first names: `@onrecord/core`'s `parseArticle` passes it, the lite
 * build leaves it out (it would take most of the lite bundle's remaining budget).
 */

const genders = new Map<string, Gender>([
  ...firstNames.female.split(' ').map((name) => [name, 'female'] as const),
  ...firstNames.male.split(' ').map((name) => [name, 'male'] as const)
])

/**
 * The gender a first name gives in US Social Security records (names that at least 97% of the
 * people given them since 1930 share one sex with), else null: `firstNameGender('Gloria')` is
 * `'female'`, `firstNameGender('Taylor')` null. Case and diacritics are ignored.
 */
export function firstNameGender(name: string): Gender | null {
  return genders.get(name.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase()) ?? null
}
