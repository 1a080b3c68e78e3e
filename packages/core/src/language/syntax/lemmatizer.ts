/**
 * Lemmas from suffix rules learned on the treebanks, with the irregular forms the rules miss
 * kept as exceptions: "went" VERB → "go", "children" NOUN → "child", "studies" VERB → "study".
 */
export interface LemmaData {
  /** Per tag: suffix → [characters to strip, text to append]. */
  rules: Record<string, Record<string, [number, string]>>
  /** `tag + ' ' + lower-cased form` → lemma. */
  exceptions: Record<string, string>
  /** Longest suffix a rule reads. */
  longest: number
}

/**
 * The lemma of `word` read as `tag`. Proper nouns keep their form; other words are lower-cased
 * (digits kept) before the rules apply.
 */
export function lemmaOf(data: LemmaData, word: string, tag: string): string {
  if (tag === 'PROPN') return word
  let lower = word.toLowerCase()
  if (lower.includes('\u2019')) lower = lower.replace(/\u2019/g, "'")
  const exception = exceptionsByTag(data).get(tag)?.get(lower)
  if (exception !== undefined) return exception
  const rules = data.rules[tag]
  if (!rules) return lower
  for (let length = Math.min(data.longest, lower.length - 1); length >= 0; length--) {
    const rule = rules[lower.slice(lower.length - length)]
    if (rule) return rule[0] === 0 && rule[1] === '' ? lower : lower.slice(0, lower.length - rule[0]) + rule[1]
  }
  return lower
}

// The exceptions of a model's lemma data split by tag, built once per model (its data never
// changes), so that a look-up builds no key string.
const byTag = /* @__PURE__ */ new WeakMap<LemmaData, Map<string, Map<string, string>>>()

function exceptionsByTag(data: LemmaData): Map<string, Map<string, string>> {
  let split = byTag.get(data)
  if (!split) {
    split = new Map()
    for (const [key, lemma] of Object.entries(data.exceptions)) {
      const space = key.indexOf(' ')
      const tag = key.slice(0, space)
      let forms = split.get(tag)
      if (!forms) split.set(tag, (forms = new Map()))
      forms.set(key.slice(space + 1), lemma)
    }
    byTag.set(data, split)
  }
  return split
}
