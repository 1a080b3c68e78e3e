import {normalizeName} from '@onrecord/core'

/**
 * When two names name the same speaker.
 *
 * A surname alone matches a full name (`Alvarez` ~ `Maria Alvarez`); two full names must agree on
 * the first name and the last (`George W. Bush` ~ `George Bush`, but `Laura Bush` ≁ `George
 * Bush`). Case, accents, punctuation, a leading `the` and honorifics (`Mr.`, `Sen.`) do not
 * count.
 */

/** Honorifics and short titles that may stand before a name without changing who it is. */
const honorifics = new Set([
  'the',
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'prof',
  'sir',
  'dame',
  'sen',
  'senator',
  'rep',
  'gov',
  'governor',
  'president',
  'gen',
  'general',
  'col',
  'lt',
  'capt',
  'rev',
  'sheikh'
])

/** The comparable words of a name: lower case, no accents or punctuation, no leading honorifics. */
export function nameTokens(name: string): string[] {
  const tokens = normalizeName(name, {possessive: true}).split(' ').filter(Boolean)
  let start = 0
  while (start < tokens.length - 1 && honorifics.has(tokens[start]!)) start++
  return tokens.slice(start)
}

/** Whether two names can name the same speaker; see the module comment for the rules. */
export function namesAgree(a: string, b: string): boolean {
  const ta = nameTokens(a)
  const tb = nameTokens(b)
  if (ta.length === 0 || tb.length === 0) return false
  if (ta.join(' ') === tb.join(' ')) return true
  if (ta.length === 1 || tb.length === 1) {
    const [single, full] = ta.length === 1 ? [ta, tb] : [tb, ta]
    return single[0] === full.at(-1)
  }
  return ta[0] === tb[0] && ta.at(-1) === tb.at(-1)
}

/** Whether any name of one list agrees with any name of the other. */
export function anyNamesAgree(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => b.some((y) => namesAgree(x, y)))
}

/**
 * Whether a gold speaker and a predicted one are the same, each given as its name followed by
 * its aliases. A name equal to a name or alias of the other side settles it; two full names
 * with the same surname and different first names are two people even when a surname alias
 * would match (`Ulysses Grant` is not `Tomas Grant` alias `Grant`); else the rules of
 * {@link namesAgree} apply to every pair.
 */
export function sameSpeaker(gold: readonly string[], pred: readonly string[]): boolean {
  const goldPlain = new Set(gold.map((name) => nameTokens(name).join(' ')))
  if (pred.some((name) => goldPlain.has(nameTokens(name).join(' ')))) return true
  const a = nameTokens(gold[0] ?? '')
  const b = nameTokens(pred[0] ?? '')
  if (a.length > 1 && b.length > 1 && a.at(-1) === b.at(-1) && a[0] !== b[0]) return false
  return anyNamesAgree(gold, pred)
}

/** A name normalised for exact comparison of outlets, authors, credits and places. */
export function plainName(name: string): string {
  return normalizeName(name, {article: true})
}
