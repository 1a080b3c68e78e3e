import type {OutletEntry} from '../lexicon/outlets.js'
import type {Span} from '../schema/span.js'
import {normalizeLine} from './anatomy.js'

/** An outlet name or domain found in the text. */
export interface OutletMention {
  /** The registry entry it names. */
  entry: OutletEntry
  /** Where it stands. */
  span: Span
  /** Whether it is a web domain (`urdupoint.com`) rather than a name. */
  domain: boolean
}

/**
 * The outlet registry compiled for search: names, aliases and domains grouped by their first
 * word, and a map from furniture lines to outlets. Built once per registry and cached.
 */
export interface OutletIndex {
  /** First word (lower case) → names and domains that start with it, longest first. */
  byFirstWord: Map<string, Array<{key: string; entry: OutletEntry; domain: boolean}>>
  /** Lower-cased name or alias → entry. */
  byName: Map<string, OutletEntry>
  /** Lower-cased domain → entry. */
  byDomain: Map<string, OutletEntry>
  /** Names of three letters or fewer (`AP`, `RT`), which only match as written. */
  exactNames: Set<string>
  /** Normalised furniture line → the outlets it marks. */
  fingerprints: Map<string, OutletEntry[]>
  /** The shortest and longest furniture line, so that other lines are not normalised to be looked up. */
  fingerprintLength: {min: number; max: number}
}

const cache = new WeakMap<readonly OutletEntry[], OutletIndex>()

/** The compiled index of `registry` (cached per registry array). */
export function outletIndex(registry: readonly OutletEntry[]): OutletIndex {
  let index = cache.get(registry)
  if (!index) {
    index = compile(registry)
    cache.set(registry, index)
  }
  return index
}

const wordPattern = /[\p{L}\p{N}]+/gu

function firstWord(value: string): string {
  wordPattern.lastIndex = 0
  return wordPattern.exec(value)?.[0] ?? ''
}

function compile(registry: readonly OutletEntry[]): OutletIndex {
  const byName = new Map<string, OutletEntry>()
  const byDomain = new Map<string, OutletEntry>()
  const exactNames = new Set<string>()
  const fingerprints = new Map<string, OutletEntry[]>()
  const byFirstWord = new Map<string, Array<{key: string; entry: OutletEntry; domain: boolean}>>()
  const file = (key: string, entry: OutletEntry, domain: boolean) => {
    const first = firstWord(key)
    if (!first) return
    const list = byFirstWord.get(first) ?? []
    list.push({key, entry, domain})
    list.sort((a, b) => b.key.length - a.key.length)
    byFirstWord.set(first, list)
  }
  for (const entry of registry) {
    for (const name of [entry.name, ...entry.aliases]) {
      const key = name.toLowerCase()
      if (!byName.has(key)) {
        byName.set(key, entry)
        file(key, entry, false)
      }
      if (name.length <= 3) exactNames.add(name)
    }
    for (const domain of entry.domains) {
      const key = domain.toLowerCase()
      if (!byDomain.has(key)) {
        byDomain.set(key, entry)
        file(key, entry, true)
      }
    }
    for (const line of entry.fingerprints) {
      const key = normalizeLine(line)
      const list = fingerprints.get(key)
      if (list) list.push(entry)
      else fingerprints.set(key, [entry])
    }
  }
  const lengths = [...fingerprints.keys()].map((key) => key.length)
  const fingerprintLength = {min: Math.min(...lengths, Infinity) - 4, max: Math.max(...lengths, 0) + 8}
  return {byFirstWord, byName, byDomain, exactNames, fingerprints, fingerprintLength}
}

/**
 * Find outlet names and domains in `text.slice(start, end)`: at each word, the longest name or
 * domain of the registry that starts there and stands alone.
 *
 * A name matches in any capitalisation that starts with a capital (`ASHARQ AL-AWSAT` for
 * `Asharq Al-Awsat`); a name of three letters or fewer only as written, so that `ap` or `Rt` in
 * a word is never a wire service. A name followed by a domain ending (`UrduPoint.com`) is the
 * domain.
 */
export function findOutlets(index: OutletIndex, text: string, start: number, end: number): OutletMention[] {
  const found: OutletMention[] = []
  const slice = text.slice(start, end)
  const lowerSlice = slice.toLowerCase()
  wordPattern.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = wordPattern.exec(slice))) {
    let at = match.index
    let word = match[0].toLowerCase()
    // "www.urdupoint.com": the domain starts after "www.".
    if (word === 'www' && slice[at + 3] === '.') {
      const next = /^[\p{L}\p{N}]+/u.exec(slice.slice(at + 4, at + 64))
      if (!next) continue
      at += 4
      word = next[0].toLowerCase()
    }
    const before = slice[match.index - 1] ?? ' '
    if (before === '@' || before === '.' || before === '-') continue
    for (const candidate of index.byFirstWord.get(word) ?? []) {
      const stop = at + candidate.key.length
      if (lowerSlice.slice(at, stop) !== candidate.key) continue
      const after = slice[stop] ?? ' '
      const afterNext = slice[stop + 1] ?? ' '
      if (wordChar(after) || after === '-' || (after === '.' && wordChar(afterNext))) continue
      if (!candidate.domain && !casedLikeName(slice.slice(at, stop), candidate.entry, index)) continue
      const from = candidate.domain ? match.index : at
      found.push({entry: candidate.entry, span: {start: start + from, end: start + stop}, domain: candidate.domain})
      wordPattern.lastIndex = stop
      break
    }
  }
  return found
}

/** A name as written: exactly as registered, or (longer than three letters) starting with a capital. */
function casedLikeName(written: string, entry: OutletEntry, index: OutletIndex): boolean {
  if (written.length <= 3) return index.exactNames.has(written)
  if (written === entry.name || entry.aliases.includes(written)) return true
  const first = written.charCodeAt(0)
  return first >= 0x41 && first <= 0x5a
}

const letterOrDigit = /[\p{L}\p{N}_]/u

function wordChar(char: string): boolean {
  return letterOrDigit.test(char)
}

/** The outlets whose furniture `line` is (an empty list for most lines). */
export function fingerprintOf(index: OutletIndex, line: string): readonly OutletEntry[] {
  if (line.length < index.fingerprintLength.min || line.length > index.fingerprintLength.max) return []
  return index.fingerprints.get(normalizeLine(line)) ?? []
}
