/**
 * A fixed held-out part of a corpus, so that rules are developed on most of it and a quarter
 * is scored only when a change is finished.
 *
 * A text is held out when the SHA-256 of its file name (`name.txt`, without the directory, as
 * UTF-8) begins with the hex digit 0, 1, 2 or 3: a quarter of the texts, chosen by nothing but
 * their names, the same on every machine and stable as texts are added.
 *
 * > | sha256("breitbart_2015-11-11_the-ninth-circle-the-hellish-vie.txt") = "9c…"  → development
 */
import {createHash} from 'node:crypto'
import {basename} from 'node:path'

/** Which texts to score: the development part, the held-out quarter, or all of them. */
export type Split = 'dev' | 'heldout' | 'all'

/** The splits, as the command line names them. */
export const splits: readonly Split[] = ['dev', 'heldout', 'all']

/** Whether the text file `name` belongs to the held-out quarter. */
export function isHeldOut(name: string): boolean {
  const digest = createHash('sha256').update(basename(name), 'utf8').digest('hex')
  return digest[0]! < '4'
}

/** Whether the text file `name` is scored under `split`. */
export function inSplit(name: string, split: Split): boolean {
  return split === 'all' || isHeldOut(name) === (split === 'heldout')
}
