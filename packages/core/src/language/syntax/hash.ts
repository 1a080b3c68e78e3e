/**
 * Integer hashing for features: a word is hashed once, and a feature is its template number
 * mixed with one to four such hashes, so that extracting features allocates no strings.
 */

/** FNV-1a over the UTF-16 code units of `text.slice(start, end)`. */
export function hashText(text: string, start = 0, end = text.length): number {
  let hash = 0x811c9dc5
  for (let index = start; index < end; index++) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193)
  }
  return hash | 0
}

/** Mix `value` into `hash` (one round of MurmurHash2's inner loop). */
export function mix(hash: number, value: number): number {
  let k = Math.imul(value, 0x5bd1e995)
  k ^= k >>> 24
  k = Math.imul(k, 0x5bd1e995)
  return Math.imul(hash, 0x5bd1e995) ^ k
}

/** Finish a mixed hash so that every bit depends on every input bit; never 0 (the empty key). */
export function finish(hash: number): number {
  hash ^= hash >>> 16
  hash = Math.imul(hash, 0x85ebca6b)
  hash ^= hash >>> 13
  hash = Math.imul(hash, 0xc2b2ae35)
  hash ^= hash >>> 16
  return hash === 0 ? 1 : hash | 0
}

/** A feature of one value. */
export function f1(template: number, a: number): number {
  return finish(mix(template, a))
}

/** A feature of two values. */
export function f2(template: number, a: number, b: number): number {
  return finish(mix(mix(template, a), b))
}

/** A feature of three values. */
export function f3(template: number, a: number, b: number, c: number): number {
  return finish(mix(mix(mix(template, a), b), c))
}

/** A feature of four values. */
export function f4(template: number, a: number, b: number, c: number, d: number): number {
  return finish(mix(mix(mix(mix(template, a), b), c), d))
}
