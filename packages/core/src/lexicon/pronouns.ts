/** What a subject pronoun can stand for. */
export interface PronounEntry {
  /** The pronoun, lower-cased. */
  form: string
  /** The speaker kinds it can refer to. */
  kinds: ReadonlyArray<'person' | 'organization' | 'government' | 'group' | 'anonymous'>
  /** Whether it refers to one (`he`, `it`) or many (`they`). */
  plural: boolean
}

/**
 * Subject pronouns that can stand for a speaker ("he added", "she said", "it announced",
 * "they said"). First-person pronouns are left out: in narration they are the author.
 */
export const pronouns: readonly PronounEntry[] = [
  {form: 'he', kinds: ['person'], plural: false},
  {form: 'she', kinds: ['person'], plural: false},
  {form: 'it', kinds: ['organization', 'government', 'group', 'anonymous'], plural: false},
  {form: 'they', kinds: ['group', 'anonymous', 'organization', 'government', 'person'], plural: true}
]
