import type {OutletEntry} from '../lexicon/outlets.js'
import type {Span} from '../schema/span.js'
import {escapeRegExp, normalizeLine} from './anatomy.js'

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
 * The outlet registry compiled for search: one alternation for every name and alias, one for
 * every domain, and a map from furniture lines to outlets. Built once per registry and cached.
 */
export interface OutletIndex {
  /** Every name and alias, longest first, as one case-insensitive alternation. */
  names: RegExp
  /** Every domain as one alternation. */
  domains: RegExp
  /** Lower-cased name or alias → entries. */
  byName: Map<string, OutletEntry>
  /** Lower-cased domain → entry. */
  byDomain: Map<string, OutletEntry>
  /** Names of three letters or fewer (`AP`, `RT`), which only match as written. */
  exactNames: Set<string>
  /** Normalised furniture line → the outlets it marks. */
  fingerprints: Map<string, OutletEntry[]>
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

function compile(registry: readonly OutletEntry[]): OutletIndex {
  const byName = new Map<string, OutletEntry>()
  const byDomain = new Map<string, OutletEntry>()
  const exactNames = new Set<string>()
  const fingerprints = new Map<string, OutletEntry[]>()
  for (const entry of registry) {
    for (const name of [entry.name, ...entry.aliases]) {
      const key = name.toLowerCase()
      if (!byName.has(key)) byName.set(key, entry)
      if (name.length <= 3) exactNames.add(name)
    }
    for (const domain of entry.domains) {
      const key = domain.toLowerCase()
      if (!byDomain.has(key)) byDomain.set(key, entry)
    }
    for (const line of entry.fingerprints) {
      const key = normalizeLine(line)
      const list = fingerprints.get(key)
      if (list) list.push(entry)
      else fingerprints.set(key, [entry])
    }
  }
  const alternation = (keys: Iterable<string>) =>
    [...keys].sort((a, b) => b.length - a.length).map((key) => escapeRegExp(key)).join('|') || '(?!)'
  return {
    // Names stand alone: not inside a word, and not the first part of a domain ("UrduPoint.com").
    names: new RegExp(`(?<![\\p{L}\\p{N}_@.])(?:${alternation(byName.keys())})(?![\\p{L}\\p{N}_]|\\.\\p{Ll})`, 'giu'),
    domains: new RegExp(`(?<![\\p{L}\\p{N}_.@-])(?:www\\.)?(?:${alternation(byDomain.keys())})(?![\\p{L}\\p{N}_-]|\\.\\p{L})`, 'giu'),
    byName,
    byDomain,
    exactNames,
    fingerprints
  }
}

/**
 * Find outlet names and domains in `text.slice(start, end)`.
 *
 * A name matches in any capitalisation that starts with a capital (`ASHARQ AL-AWSAT` for
 * `Asharq Al-Awsat`); a name of three letters or fewer only as written, so that `ap` or `Rt` in
 * a word is never a wire service.
 */
export function findOutlets(index: OutletIndex, text: string, start: number, end: number): OutletMention[] {
  const found: OutletMention[] = []
  const slice = text.slice(start, end)
  index.names.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = index.names.exec(slice))) {
    const written = match[0]
    const entry = index.byName.get(written.toLowerCase())
    if (!entry) continue
    const first = written.charCodeAt(0)
    const exact = index.exactNames.has(written) || [entry.name, ...entry.aliases].includes(written)
    if (written.length <= 3 ? !exact : !(exact || (first >= 0x41 && first <= 0x5a))) continue
    found.push({entry, span: {start: start + match.index, end: start + match.index + written.length}, domain: false})
  }
  index.domains.lastIndex = 0
  while ((match = index.domains.exec(slice))) {
    const key = match[0].toLowerCase().replace(/^www\./, '')
    const entry = index.byDomain.get(key)
    if (!entry) continue
    found.push({entry, span: {start: start + match.index, end: start + match.index + match[0].length}, domain: true})
  }
  return found.sort((a, b) => a.span.start - b.span.start)
}
