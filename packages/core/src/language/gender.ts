import {genderedRoles} from '../lexicon/titles.js'

/**
 * The gender a person's mention gives, for the pronoun that stands for the person to agree with:
 * an honorific or a gendered role ("Ms Ruiz", "Congresswoman Dean", "the king") or, with a
 * table of first names, the first name ("Gloria Sam"). Evidence that disagrees gives none.
 *
 * > | Ms Hughes met Mr Reyes. He said …
 *     female         male     male: Reyes
 */

/** A person's gender as a pronoun shows it. */
export type Gender = 'female' | 'male'

/** The gender a first name gives, or null when it gives none (or is no first name it knows). */
export type FirstNameGender = (firstName: string) => Gender | null

const roleGender = new Map<string, Gender>([
  ...genderedRoles.female.map((word) => [word, 'female'] as const),
  ...genderedRoles.male.map((word) => [word, 'male'] as const)
])

/** The gender of a third-person singular personal pronoun ("he", "She", "him"), else null. */
export function pronounGender(pronoun: string): Gender | null {
  const lower = pronoun.toLowerCase()
  if (lower === 'he' || lower === 'him' || lower === 'his' || lower === 'himself') return 'male'
  if (lower === 'she' || lower === 'her' || lower === 'hers' || lower === 'herself') return 'female'
  return null
}

// Words after which a title speaks of someone else: "wife of the president", "a spokesman for Ms Ruiz".
const complements = new Set(['of', 'for', 'at', 'to', 'in', 'with', 'from', 'on', 'and', 'whose', 'who', 'whom', 'by'])

/**
 * The gender that a title or an honorific gives ("Congresswoman", "Mr.", "the Queen's
 * spokesman" gives "male": only the words before a complement or a possessive count, and
 * the last of a possessive's words is what the phrase is).
 */
export function titleGender(title: string): Gender | null {
  let found: Gender | null = null
  // At most a handful of words: a title is short, an apposition's head comes early.
  const words = title.toLowerCase().split(/[\s-]+/, 12)
  for (const raw of words) {
    if (complements.has(raw)) break
    // A possessor's gender is not the person's: "the Queen's spokesman".
    if (/['’]s?$/.test(raw)) {
      found = null
      continue
    }
    const gender = roleGender.get(raw.replace(/\.$/, ''))
    if (!gender) continue
    if (found && found !== gender) return null
    found = gender
  }
  return found
}

/**
 * The gender a person's name gives through its first name, when it has a first name and a
 * surname ("Gloria Sam"; "Sam" alone gives nothing), and `firstNames` knows the first name.
 */
export function nameGender(name: string, firstNames: FirstNameGender | null): Gender | null {
  if (!firstNames) return null
  const words = name.split(/\s+/, 4).filter((word) => word.length > 0)
  if (words.length < 2) return null
  const first = words[0]!
  // An initial ("J. Smith") or an honorific left in the name gives no first name.
  if (!/^\p{Lu}\p{Ll}+$/u.test(first)) return null
  return firstNames(first.toLowerCase())
}

/**
 * The gender a person's name gives through its first name or a role left in it
 * ("Congresswoman Dean": the last word is the surname, and may be a role word itself).
 */
export function personGender(name: string, firstNames: FirstNameGender | null): Gender | null {
  return agreeing([nameGender(name, firstNames), titleGender(name.slice(0, Math.max(0, name.lastIndexOf(' '))))])
}

/** Several pieces of evidence together: one gender if all that give one agree, else null. */
export function agreeing(genders: ReadonlyArray<Gender | null>): Gender | null {
  let found: Gender | null = null
  for (const gender of genders) {
    if (!gender) continue
    if (found && found !== gender) return null
    found = gender
  }
  return found
}
