import type {CueEntry} from '../lexicon/cues.js'

/**
 * The cue lexicon compiled for look-up: each reporting verb or noun form by its first word,
 * longest first, so that "according to" wins over a shorter form.
 *
 * > | Talks will resume, according to the ministry.
 *                        ^^^^^^^^^^^^ one form, found by its first word "according"
 */

/** One surface form of a cue. */
export interface CueForm {
  /** The lower-case words: `['according', 'to']`. */
  words: string[]
  entry: CueEntry
  /** The form as the lexicon writes it. */
  form: string
  /** Whether the form's first word ends in "ing" (a participle). */
  participle: boolean
}

/** A cue lexicon compiled once; see {@link compileCues}. */
export interface CueIndex {
  /** First word → the forms that open with it, longest first. */
  forms: ReadonlyMap<string, CueForm[]>
  /**
   * One flag per first code unit and length of a cue's first word ({@link shapeOf}), so that
   * most tokens are passed over by two integer reads instead of a map look-up.
   */
  shapes: Uint8Array
  /** Every cue's first word in one alternation: a block with none of them holds no cue. */
  firstWords: RegExp
  /** Lemma → frame. */
  frames: ReadonlyMap<string, CueEntry['frame']>
}

/** The shape of a word: its first code unit and its length, capped at 31. */
export const shapeOf = (word: string) => word.charCodeAt(0) * 32 + Math.min(word.length, 31)

// Compiled once per lexicon array, so that a lexicon a caller passes is compiled for itself.
const compiled = new WeakMap<readonly CueEntry[], CueIndex>()

/** Compile a cue lexicon for look-up, once per lexicon array. */
export function compileCues(lexicon: readonly CueEntry[]): CueIndex {
  const found = compiled.get(lexicon)
  if (found) return found
  const forms = new Map<string, CueForm[]>()
  for (const entry of lexicon) {
    for (const form of entry.forms) {
      const words = form.toLowerCase().split(' ')
      const list = forms.get(words[0]!) ?? []
      list.push({words, entry, form, participle: /ing$/.test(form.split(' ')[0]!)})
      forms.set(words[0]!, list)
    }
  }
  for (const list of forms.values()) list.sort((a, b) => b.words.length - a.words.length)

  const shapes = new Uint8Array(128 * 32)
  for (const word of forms.keys()) {
    const code = word.charCodeAt(0)
    if (code < 128) shapes[shapeOf(word)] = 1
    // Any other first unit cannot be told apart cheaply: such tokens always go to the map.
    else shapes.fill(1)
  }

  const firstWords = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${[...forms.keys()].sort((a, b) => b.length - a.length).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}])`,
    'iu'
  )
  const index: CueIndex = {forms, shapes, firstWords, frames: new Map(lexicon.map((entry) => [entry.lemma, entry.frame]))}
  compiled.set(lexicon, index)
  return index
}
